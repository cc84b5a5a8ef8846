import TallyYAML

/// The rosters, activities and targets a programme builds from a template it extends without
/// changing any of them (no own `rosters`, `activities`, `period`, `targets` or `override`): every
/// such programme builds the very same ones, so the run builds them once, for the first programme,
/// and shares them with the others (a tree of thousands of programmes on one template no longer
/// reads the template's rosters and targets again for each). Only parts built without a single
/// diagnostic are shared, so what each programme reports is unchanged.
struct TemplateParts: Sendable {
    var rosterOrder: [String]
    var rosters: [String: Roster]
    var activities: [(kind: String, label: String)]?
    var targets: [Target]

    /// The keys of an extending file that change what it builds from the template's parts.
    static let changingKeys: Set<String> = ["rosters", "activities", "period", "targets", "override"]

    /// Whether a file with this root mapping builds the template's parts unchanged.
    static func keepsParts(_ root: Node) -> Bool {
        !(root.mapping ?? []).contains { pair in pair.key.scalar.map(changingKeys.contains) ?? true }
    }
}

extension Diagnostics {
    /// How many diagnostics were added so far, kept or dropped at the cap.
    var added: Int { items.count + dropped + droppedWarnings }
}
