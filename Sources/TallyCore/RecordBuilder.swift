import Foundation
import TallyYAML

/// Builds records of one file field by field, typing values and checking them against the programme's rules.
///
/// Shared by the YAML and CSV readers so both accept and reject exactly the same things.
struct RecordBuilder: Sendable {
    struct PendingField {
        var name: String
        var value: Value
        var mark: Mark
        var width: Int
    }

    let rules: RecordRules
    let source: SourceFile
    var records = RecordSet()
    var diagnostics = Diagnostics()
    /// Ids defined and referenced in this file, for the cross-file checks.
    var ids: [(id: String, mark: Mark)] = []
    var references: [(id: String, mark: Mark)] = []
    private var fileID: Int32 = 0
    private var pending: [PendingField] = []
    private var day: Day?
    private var kind: String?
    private var kindMark = Mark(line: 0, column: 0)
    private var kindWidth = 1
    private var failed = false
    private var unitCache: [String: Bool] = [:]

    init(rules: RecordRules, source: SourceFile) {
        self.rules = rules
        self.source = source
        fileID = records.fileID(source.path)
    }

    mutating func error(_ message: String, at mark: Mark, width: Int = 1, fix: String) {
        diagnostics.add(Diagnostic(.error, message, fix: fix, source: source, at: mark, width: width))
        failed = true
    }

    mutating func begin() {
        pending.removeAll(keepingCapacity: true)
        day = nil
        kind = nil
        failed = false
    }

    /// Adds one field; `quoted` scalars stay text, plain ones are typed.
    mutating func field(_ name: String, text: String, quoted: Bool, at mark: Mark, width: Int) {
        if pending.contains(where: { $0.name == name }) || (name == "date" && day != nil) || (name == "activity" && kind != nil) {
            error("duplicate field \"\(name)\" in this record", at: mark, width: width, fix: "keep one \"\(name)\"")
            return
        }
        switch name {
        case "date":
            day = readDay(text, at: mark, width: width, what: "date")
        case "activity":
            kind = text.trimmingCharacters(in: .whitespaces)
            kindMark = mark
            kindWidth = width
        case "evidence":
            add(name, .list(splitEvidence(text)), mark, width)
        case "recorded":
            if let recorded = readDay(text, at: mark, width: width, what: "recorded") { add(name, .date(recorded), mark, width) }
        case "unit", "id", "responds-to", "title":
            add(name, .text(records.intern(text.trimmingCharacters(in: .whitespaces))), mark, width)
        default:
            if quoted { add(name, .text(records.intern(text)), mark, width); return }
            guard let value = Value.typing(plain: text) else {
                if case .impossible(let why) = ScalarText.date(text) {
                    error("\(text) is not a real date: \(why)", at: mark, width: width, fix: "write an existing date as YYYY-MM-DD or D/M/YYYY")
                }
                return
            }
            if case .text(let string) = value { add(name, .text(records.intern(string)), mark, width) } else { add(name, value, mark, width) }
        }
    }

    /// Adds a list value (YAML `evidence: [a, b]`).
    mutating func list(_ name: String, items: [String], at mark: Mark, width: Int) {
        add(name, .list(items), mark, width)
    }

    private mutating func add(_ name: String, _ value: Value, _ mark: Mark, _ width: Int) {
        pending.append(PendingField(name: name, value: value, mark: mark, width: width))
    }

    private func splitEvidence(_ text: String) -> [String] {
        text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private mutating func readDay(_ text: String, at mark: Mark, width: Int, what: String) -> Day? {
        switch ScalarText.date(text.trimmingCharacters(in: .whitespaces)) {
        case .day(let day): return day
        case .impossible(let why):
            error("\(text) is not a real date: \(why)", at: mark, width: width, fix: "write an existing date as YYYY-MM-DD or D/M/YYYY")
        case .notADate:
            error("\(what) must be a date, not \"\(text)\"", at: mark, width: width, fix: "write YYYY-MM-DD (2024-03-12) or day first D/M/YYYY (12/03/2024)")
        }
        return nil
    }

    /// Checks the record as a whole and keeps it when it is valid.
    mutating func finish(at start: Mark) {
        if day == nil && !failed { error("this record has no date", at: start, fix: "add date: YYYY-MM-DD") }
        guard let kind, !kind.isEmpty else {
            if !failed { error("this record has no activity", at: start, fix: "add activity: KIND (one of the programme's activities)") }
            return
        }
        if let known = rules.activities, !known.contains(kind) {
            error("\"\(kind)\" is not one of the programme's activities", at: kindMark, width: kindWidth,
                  fix: Suggestion.didYouMean(kind, in: known) ?? "use one of: " + known.joined(separator: ", "))
        }
        checkFields(kind: kind)
        if rules.triggerKinds.contains(kind) && !pending.contains(where: { $0.name == "id" }) {
            error("a \(kind) record needs an id, so that answers can name it in responds-to", at: start, fix: "add id: e.g. \(kind.prefix(2).uppercased())-001")
        }
        for field in pending {
            if field.name == "id", case .text(let id) = field.value { ids.append((id, field.mark)) }
            if field.name == "responds-to", case .text(let id) = field.value { references.append((id, field.mark)) }
        }
        guard !failed, let day else { return }
        var fields: [(Int32, Value)] = []
        fields.reserveCapacity(pending.count)
        for field in pending { fields.append((records.fieldID(field.name), field.value)) }
        records.append(day: day, kind: records.kindID(kind), file: fileID, line: Int32(start.line), fields: fields)
    }

    private mutating func checkFields(kind: String) {
        let members = rules.memberFields[kind] ?? []
        let numeric = rules.numericFields[kind] ?? []
        for field in pending {
            if field.name == "unit", !rules.rosters.isEmpty, case .text(let unit) = field.value, !unitKnown(unit) {
                let near = rules.unitSuggestions(unit)
                error("\"\(unit)\" is not a member of any roster", at: field.mark, width: field.width,
                      fix: near.isEmpty ? "use a name, id or alias from the programme's rosters" : "did you mean " + near.map { "\"\($0)\"" }.joined(separator: " or ") + "?")
            }
            for (name, roster) in members where name == field.name && roster.member(named: field.value.description) == nil {
                let near = roster.suggestions(for: field.value.description)
                error("\"\(field.value)\" is not a member of roster \"\(roster.name)\"", at: field.mark, width: field.width,
                      fix: near.isEmpty ? "use a name, id or alias from \(roster.name)" : "did you mean " + near.map { "\"\($0)\"" }.joined(separator: " or ") + "?")
            }
            if numeric.contains(field.name) || rules.numericEverywhere.contains(field.name) {
                checkNumber(field)
            }
        }
    }

    private mutating func checkNumber(_ field: PendingField) {
        if case .number = field.value { return }
        let text = field.value.description
        if case .separated(let suggestion) = ScalarText.number(text) {
            error("\"\(text)\" in \(field.name) uses separators inside a number", at: field.mark, width: field.width,
                  fix: "write digits only, with \".\" for decimals: \(field.name): \(suggestion)")
        } else if case .number = ScalarText.number(text) {
            error("\(field.name) is in quotes, so it is text, not a number", at: field.mark, width: field.width,
                  fix: "remove the quotes: \(field.name): \(text)")
        } else {
            error("\(field.name) must be a number, not \"\(text)\"", at: field.mark, width: field.width, fix: "write digits, e.g. \(field.name): 2000000")
        }
    }

    private mutating func unitKnown(_ unit: String) -> Bool {
        if let known = unitCache[unit] { return known }
        let known = rules.unitMatches(unit)
        unitCache[unit] = known
        return known
    }
}
