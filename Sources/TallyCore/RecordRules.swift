/// What a programme requires of its records, precomputed once so each record is checked in O(fields).
public struct RecordRules: Sendable {
    /// The allowed activity kinds, when the programme lists them.
    public var activities: [String]?
    /// Every roster, to check `unit` against; empty when the programme has none.
    public var rosters: [Roster]
    /// Per activity kind: fields that must name a member of a roster (an `each` target's `key`).
    public var memberFields: [String: [(field: String, roster: Roster)]]
    /// Per activity kind: fields that must hold numbers (summed or compared with numbers).
    public var numericFields: [String: Set<String>]
    /// Fields that must hold numbers in every record, whatever its kind.
    public var numericEverywhere: Set<String>
    /// Kinds that are `respond` triggers and so need an `id`.
    public var triggerKinds: Set<String>
    /// Fields that conditions test bare, where text such as `FALSE` would surprise.
    public var truthyFields: Set<String>
    /// Every field the programme reads (sums, keys, conditions, distinct), for "did you mean" hints.
    public private(set) var expectedFields: Set<String>
    /// The field names Tally knows or the programme reads, for misspelling hints.
    private(set) var knownNames: [String] = []
    /// The known names as one text, for `MisspellingMemo`: each with its length in front, so that no two lists give the same text.
    private(set) var knownSignature = ""

    public init(programme: Programme) {
        activities = programme.activities?.map(\.kind)
        rosters = programme.rosterOrder.compactMap { programme.rosters[$0] }
        memberFields = [:]
        numericFields = [:]
        numericEverywhere = []
        triggerKinds = []
        truthyFields = []
        expectedFields = []
        for target in programme.targets {
            expectedFields.formUnion(target.condition?.fieldNames ?? [])
            if target.each != nil { expectedFields.insert(target.key) }
            switch target.measure {
            case .sum(let field, _): expectedFields.insert(field)
            case .count(_, let distinct?): expectedFields.insert(distinct)
            case .share(_, let that): expectedFields.formUnion(that.fieldNames)
            default: break
            }
            truthyFields.formUnion(target.condition?.truthyFields ?? [])
            if case .share(_, let that) = target.measure { truthyFields.formUnion(that.truthyFields) }
            if let each = target.each, let roster = programme.rosters[each], target.key != "unit" {
                for kind in target.measure.kinds where !(memberFields[kind] ?? []).contains(where: { $0.field == target.key && $0.roster.name == each }) {
                    memberFields[kind, default: []].append((target.key, roster))
                }
            }
            if case .sum(let field, let kinds) = target.measure {
                for kind in kinds { numericFields[kind, default: []].insert(field) }
            }
            if case .respond(let to, _, _) = target.measure { triggerKinds.formUnion(to) }
            numericEverywhere.formUnion(target.condition?.numericFields ?? [])
        }
        knownNames = KnownField.names + RecordBuilder.recordKeys + expectedFields.sorted()
        knownSignature = knownNames.map { "\($0.utf8.count):\($0)" }.joined()
    }

    /// The roster member a unit names, searching every roster; nil when none matches.
    public func unitMatches(_ text: String) -> Bool {
        let key = NameKey.of(text)  // worked out once, not once per roster
        return rosters.contains { $0.member(key: key) != nil }
    }

    /// Nearest member names to an unknown unit, across rosters.
    public func unitSuggestions(_ text: String) -> [String] {
        var seen: [String] = []
        for roster in rosters { for name in roster.suggestions(for: text) where !seen.contains(name) { seen.append(name) } }
        return Array(seen.prefix(3))
    }
}
