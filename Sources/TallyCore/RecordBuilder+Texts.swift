import Foundation

/// How a record builder keeps texts: interned ones stored once, quoted ones trimmed.
extension RecordBuilder {
    /// The stored form of an interned text, put in the record set's side table once.
    mutating func storedText(_ id: Interned) -> StoredValue {
        while textStore.count <= id.index { textStore.append(nil) }
        if let stored = textStore[id.index] { return stored }
        let stored = records.storeText(values[id])
        textStore[id.index] = stored
        return stored
    }

    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    /// A cell or value of evidence as its list of files: split at `|`, each trimmed, empty ones left
    /// out. Most name one file (no `|`): split by characters only when there is one.
    static func evidenceList(_ bytes: UnsafeRawBufferPointer) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "|")) else {
            let trimmed = text.trimmedOfWhitespace
            return trimmed.isEmpty ? [] : [trimmed]
        }
        return text.split(separator: "|").map { $0.trimmedOfWhitespace }.filter { !$0.isEmpty }
    }

    static func equals(_ bytes: UnsafeRawBufferPointer, _ word: StaticString) -> Bool { PlainScalar.equals(bytes, word) }
}
