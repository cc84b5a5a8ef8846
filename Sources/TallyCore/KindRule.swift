extension RecordBuilder {
    /// What the rules say about one activity kind, worked out once.
    final class KindRule: Sendable {
        /// Its id in the record set; nil when the set holds as many kinds as it can.
        let kind: KindID?
        let known: Bool
        let isTrigger: Bool
        let numeric: InternedSet
        let members: [(name: Interned, roster: Roster, cache: Int)]

        init(kind: KindID?, known: Bool, isTrigger: Bool, numeric: InternedSet, members: [(name: Interned, roster: Roster, cache: Int)]) {
            self.kind = kind
            self.known = known
            self.isTrigger = isTrigger
            self.numeric = numeric
            self.members = members
        }
    }

    /// The rules for the kind interned as `id`, worked out on first use.
    mutating func kindRule(_ id: Interned) -> KindRule {
        if let last = lastRule, lastRuleID == id { return last }
        if let rule = kindRules[id] {
            lastRule = rule
            lastRuleID = id
            return rule
        }
        let text = values[id]
        var numeric = InternedSet()
        for field in rules.numericFields[text] ?? [] { numeric.insert(nameID(field)) }
        var members: [(name: Interned, roster: Roster, cache: Int)] = []
        for (field, roster) in rules.memberFields[text] ?? [] {
            memberCaches.append(InternedTable())
            members.append((nameID(field), roster, memberCaches.count - 1))
        }
        let rule = KindRule(kind: records.kindID(text), known: rules.activities?.contains(text) ?? true,
                            isTrigger: rules.triggerKinds.contains(text), numeric: numeric, members: members)
        kindRules[id] = rule
        return rule
    }
}
