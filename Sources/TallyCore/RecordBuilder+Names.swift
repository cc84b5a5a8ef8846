import TallyYAML

/// Field names: each read as bytes is given an id once per file, with what the programme says
/// about it (which field it is stored as, whether it must be a number, what it may misspell).
extension RecordBuilder {
    /// The id of a field name given as bytes (a YAML key or a CSV header cell).
    mutating func nameID(_ bytes: UnsafeRawBufferPointer) -> Interned {
        let id = names.intern(bytes)
        if id.index == recordField.count {
            let name = names[id]
            recordField.append(Self.recordKeys.contains(name) ? nil : records.fieldID(name))
            if rules.numericEverywhere.contains(name) { numericEverywhere.insert(id) }
            if rules.truthyFields.contains(name) { truthyNames.insert(id) }
            if name.utf8.count <= 40, !knownNames.contains(name),
               let meant = MisspellingMemo.meant(by: name, among: knownNames, signature: knownSignature) {
                misspelt[id] = nameID(meant)
            }
        }
        return id
    }

    /// The id of a field name of a record given as bytes: `nameID`, tried first against the name
    /// last seen with the same length, first, middle and last byte.
    mutating func fieldName(_ bytes: UnsafeRawBufferPointer) -> Interned {
        let count = bytes.count
        let slot = count == 0 ? 0 : (count &* 31 ^ Int(bytes[0]) &* 7 ^ Int(bytes[count / 2]) &* 3 ^ Int(bytes[count - 1])) & 63
        let recent = recentNames[slot]
        if recent >= 0, names.holds(Interned(raw: recent), bytes) { return Interned(raw: recent) }
        let id = nameID(bytes)
        recentNames[slot] = id.raw
        return id
    }

    mutating func nameID(_ name: String) -> Interned {
        var copy = name
        return copy.withUTF8 { nameID(UnsafeRawBufferPointer($0)) }
    }

    func name(_ id: Interned) -> String { names[id] }

    /// The record set's field that the name interned as `id` is stored as; nil for `date` and `activity`.
    func field(named id: Interned) -> FieldID? { recordField[id.index] }
}
