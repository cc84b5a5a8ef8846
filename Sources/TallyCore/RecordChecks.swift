import TallyYAML

/// The checks a record builder makes on a finished record: its kind's rules, its unit and
/// member fields against the rosters, numeric fields, and spreadsheet booleans.
extension RecordBuilder {
    /// Checks every field of the pending record against the rules of its kind.
    mutating func checkFields(_ rule: KindRule) {
        for field in pending {
            if field.storedAs == KnownField.unit, !rules.rosters.isEmpty, case .text(let unit) = field.value, !unitKnown(unit, field.valueID) {
                fail(diagnostic(.unknownMember, ["name": "\(unit)", "roster": Subject.anyRoster], at: field.mark, width: field.width)
                    .suggesting(diagnostics.isFull ? [] : rules.unitSuggestions(unit)))
            }
            for (name, roster, cache) in rule.members where name == field.name && !isMember(field, roster, cache) {
                fail(diagnostic(.unknownMember, ["name": "\(field.value)", "roster": Subject.roster(roster.name)], at: field.mark, width: field.width)
                    .suggesting(diagnostics.isFull ? [] : roster.suggestions(for: field.value.description)))
            }
            if !truthyNames.isEmpty, truthyNames.contains(field.name), case .text(let text) = field.value, let valueID = field.valueID,
               Self.booleanLooking.contains(text.lowercased()), warnedValues.insert(valueID).inserted {
                let meaning = ["false", "no", "không", "sai"].contains(text.lowercased())
                    ? LocalizedText(en: "it counts as yes (any text does)", vi: "nó vẫn bị tính là có (chữ nào cũng vậy)")
                    : LocalizedText(en: "it is text, not true", vi: "đây là chữ, không phải true")
                diagnostics.add(diagnostic(.notABoolean, ["what": "\(name(field.name))", "value": "\(text)", "meaning": meaning], at: field.mark, width: field.width))
            }
            if !rule.numeric.isEmpty || !numericEverywhere.isEmpty,
               rule.numeric.contains(field.name) || numericEverywhere.contains(field.name) {
                checkNumber(field)
            } else if !field.quoted, case .text(let text) = field.value, let first = text.utf8.first, first >= 48 && first <= 57 || first == UInt8(ascii: "-") {
                warnIfSeparated(field, text)
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
    mutating func checkNumber(_ field: PendingField) {
        if case .number = field.value { return }
        let text = field.value.description, fieldName = name(field.name)
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

    mutating func unitKnown(_ unit: String, _ valueID: Interned?) -> Bool {
        let id = valueID ?? values.intern(unit)
        if let known = unitState[id] { return known }
        let known = rules.unitMatches(unit)
        unitState[id] = known
        return known
    }

    mutating func isMember(_ field: PendingField, _ roster: Roster, _ cache: Int) -> Bool {
        let id = field.valueID ?? values.intern(field.value.description)
        if let known = memberCaches[cache][id] { return known }
        let known = roster.member(named: field.value.description) != nil
        memberCaches[cache][id] = known
        return known
    }
}
