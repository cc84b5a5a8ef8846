import TallyYAML

/// The checks a record builder makes on a finished record: its kind's rules, its unit and
/// member fields against the rosters, numeric fields, and spreadsheet booleans.
extension RecordBuilder {
    /// Checks every field of the pending record against the rules of its kind.
    mutating func checkFields(_ rule: KindRule) {
        // Fields are read in place, and copied only to report one: a copy costs a retain per text.
        for index in pending.indices {
            let name = pending[index].name
            if pending[index].storedAs == KnownField.unit, !rules.rosters.isEmpty, !unitKnown(at: index),
               case .text(let unit) = value(at: index) {
                let field = pending[index]
                fail(diagnostic(.unknownMember, ["name": "\(unit)", "roster": Subject.anyRoster], at: field.mark, width: field.width)
                    .suggesting(diagnostics.isFull ? [] : rules.unitSuggestions(unit)))
            }
            for (member, roster, cache) in rule.members where member == name && !isMember(at: index, roster, cache) {
                let field = pending[index], value = value(at: index)
                fail(diagnostic(.unknownMember, ["name": "\(value)", "roster": Subject.roster(roster.name)], at: field.mark, width: field.width)
                    .suggesting(diagnostics.isFull ? [] : roster.suggestions(for: value.description)))
            }
            if !truthyNames.isEmpty, truthyNames.contains(name), let valueID = pending[index].valueID, case .text(let text) = value(at: index),
               Self.booleanLooking.contains(text.lowercased()), warnedValues.insert(valueID).inserted {
                let field = pending[index]
                let meaning = ["false", "no", "không", "sai"].contains(text.lowercased())
                    ? LocalizedText(en: "it counts as yes (any text does)", vi: "nó vẫn bị tính là có (chữ nào cũng vậy)")
                    : LocalizedText(en: "it is text, not true", vi: "đây là chữ, không phải true")
                diagnostics.add(diagnostic(.notABoolean, ["what": "\(self.name(name))", "value": "\(text)", "meaning": meaning], at: field.mark, width: field.width))
            }
            if !rule.numeric.isEmpty || !numericEverywhere.isEmpty,
               rule.numeric.contains(name) || numericEverywhere.contains(name) {
                if case .number = pending[index].given { continue }
                checkNumber(pending[index], value(at: index))
            } else if !pending[index].quoted, startsLikeANumber(at: index), case .text(let text) = value(at: index) {
                warnIfSeparated(pending[index], text)
            }
        }
    }

    /// A text value that looks like an amount written with separators (`1.000.000`, `1,000,000`):
    /// kept as text, as FORMAT.md says, but no number may be lost without a word. Once per value;
    /// a value in quotes is deliberate text and passes.
    mutating func warnIfSeparated(_ field: PendingField, _ text: String) {
        guard case .separated(let suggestion) = ScalarText.number(text), field.valueID.map({ warnedValues.insert($0).inserted }) ?? true else { return }
        let fieldName = name(field.name)
        let isSheet = source.isSpreadsheet
        let found = diagnostic(.separatorsInText, ["value": "\(text)", "what": "\(fieldName)", "suggestion": "\(suggestion)"], at: field.mark, width: field.width)
        diagnostics.add(isSheet ? found.withOtherFix : found)
    }

    /// "did you mean A or B?", or `otherwise` when nothing is near (or the diagnostics are full,
    /// so the hint would not be shown: `near` is then empty).
    mutating func checkNumber(_ field: PendingField, _ value: Value) {
        if case .number = value { return }
        let text = value.description, fieldName = name(field.name)
        let isSheet = source.isSpreadsheet
        if case .separated(let suggestion) = ScalarText.number(text) {
            var found = diagnostic(.thousandsSeparator, ["value": "\(text)", "what": "\(fieldName)", "suggestion": "\(suggestion)"], at: field.mark, width: field.width)
            if isSheet { found = found.withOtherFix }
            fail(found)
        } else if case .number = ScalarText.number(text) {
            error(.quotedNumber, ["what": "\(fieldName)", "value": "\(text)"], at: field.mark, width: field.width)
        } else {
            error(.notANumber, ["what": "\(fieldName)", "value": "\(text)"], at: field.mark, width: field.width)
        }
    }

    /// Whether pending field `index` is a text whose first byte is a digit or `-` (which may be an
    /// amount written with separators), read without making its `String`.
    func startsLikeANumber(at index: Int) -> Bool {
        let first: UInt8?
        if let placed = pending[index].placed {
            first = placed.isEmpty ? nil : pendingBytes[placed.lowerBound]
        } else if case .text(let text) = pending[index].given {
            first = text.utf8.first
        } else {
            return false
        }
        guard let first else { return false }
        return first >= 48 && first <= 57 || first == UInt8(ascii: "-")
    }

    /// Whether pending field `index`, a unit, is in a roster: once per distinct value.
    mutating func unitKnown(at index: Int) -> Bool {
        if let id = pending[index].valueID, let known = unitState[id] { return known }
        guard case .text(let unit) = value(at: index) else { return true }
        let id = pending[index].valueID ?? values.intern(unit)
        let known = rules.unitMatches(unit)
        unitState[id] = known
        return known
    }

    /// Whether pending field `index` names a member of `roster`: once per distinct value.
    mutating func isMember(at index: Int, _ roster: Roster, _ cache: Int) -> Bool {
        if let id = pending[index].valueID, let known = memberCaches[cache][id] { return known }
        let text = value(at: index).description
        let id = pending[index].valueID ?? values.intern(text)
        if let known = memberCaches[cache][id] { return known }
        let known = roster.member(named: text) != nil
        memberCaches[cache][id] = known
        return known
    }
}
