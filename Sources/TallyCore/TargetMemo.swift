import Foundation
import TallyYAML

/// Targets as loaded in a programme's context, kept for the next programme that has the same
/// target in the same context: ten thousand programmes extending one template would otherwise
/// read its targets ten thousand times, and programmes whose clerks copied the same targets from
/// the same guidance read the same text again (the deep-tree shape: 81,000 targets written in
/// programmes, 198 different ones). A template's target is found by its place in the template (as
/// the template wrote it: no key from the programme's `override:`), with what loading it said;
/// a programme's own by what it says (`NodeContentKey`), and only when loading it said nothing,
/// since what is said points into its file. The key holds everything of the context that
/// loading a target reads (see `Key`).
final class TargetMemo: @unchecked Sendable {
    /// Everything `TargetLoader.load` reads besides the target's own node, except the ids seen
    /// before it (a target is looked up only when its id was not seen: see `load`) and the
    /// activities (a kept target is used only where its kinds are known: see `knows`).
    struct Key: Hashable {
        enum Place: Hashable {
            /// The template file (held by the run's `TemplateCache`, which holds this memo) and where the target starts in it.
            case template(ObjectIdentifier, offset: Int)
            /// A programme's own target, by what it says.
            case written(NodeContentKey)
            /// A programme's own target, by the text it is written as (when its reading depends on
            /// nothing else, `NodeText`): far cheaper to hash and compare than what it says.
            case text(NodeText)
            /// A template's target that the programme's `override:` changed: the template file, and
            /// what the target says once changed.
            case overridden(ObjectIdentifier, NodeContentKey)

            /// Whether the target is found by what it says (kept only when loading it said nothing,
            /// since what is said points into the programme's file).
            var isByContent: Bool {
                if case .template = self { return false }
                return true
            }
        }
        let place: Place
        let context: Context
        /// How many members each roster has (in the context's order of roster names), when the
        /// target says how many must count (`members:`): whichever roster its `each:` names, however written.
        let eachMembers: [Int]?

        /// The same key, holding no file of a programme (to be kept).
        var detached: Key {
            switch place {
            case .template: self
            case .written(let content): Key(place: .written(content.detached()), context: context, eachMembers: eachMembers)
            case .text(let text): Key(place: .text(text.detached()), context: context, eachMembers: eachMembers)
            case .overridden(let template, let content):
                Key(place: .overridden(template, content.detached()), context: context, eachMembers: eachMembers)
            }
        }
    }

    /// What a programme's targets are all loaded in, worked out once per programme (with its hash):
    /// its period, which rosters exist (for `each:`, `where:`, `that:` and the suggestions when
    /// one does not), and whether rosters are left open (a template). Not its activities, which
    /// programmes add to a template's at will: loading reads them only to find each kind a target
    /// names, so a target is shared where every kind it names is known (`knows`).
    final class Context: Hashable, @unchecked Sendable {
        let period: DateWindow?
        let rosters: [String]
        let rostersOpen: Bool
        private let hash: Int

        init(_ context: TargetLoader.Context) {
            period = context.period
            rosters = context.rosters.keys.sorted()
            rostersOpen = context.rostersOpen
            var hasher = Hasher()
            hasher.combine(period)
            hasher.combine(rosters)
            hasher.combine(rostersOpen)
            hash = hasher.finalize()
        }

        static func == (a: Context, b: Context) -> Bool {
            a === b || (a.hash == b.hash && a.period == b.period && a.rosters == b.rosters && a.rostersOpen == b.rostersOpen)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    struct Loaded {
        let target: Target
        let diagnostics: Diagnostics
    }

    /// Targets that loaded and can be shared. One that cannot (it did not load, a programme's own
    /// said something, or it names a kind its programme lacks) is not kept: it is loaded each time,
    /// and the next programme to load it without a word keeps it.
    private let memo = BoundedMemo<Key, Loaded>(limit: 4_096)
    /// One instance of each context: programmes in the same context then share it, and a key's
    /// context compares by identity, not by its period and list of rosters.
    private let contexts = BoundedMemo<Context, Context>(limit: 4_096)

    /// The run's instance of a context equal to `context`.
    func shared(_ context: TargetLoader.Context) -> Context {
        let made = Context(context)
        return contexts.value(for: made) { made }
    }

    /// The key of target `item` in `context`, or nil when it cannot be shared: its bound depends
    /// on its members' attributes (`at-least: 80% of headcount`) and some member lacks it (the
    /// error names that member), or it is the programme's own and holds what another file says.
    /// `lines` are those of the programme's file, when known.
    static func key(of item: Node, context: TargetLoader.Context, shared: Context, lines: LineStarts? = nil) -> Key? {
        guard let pairs = item.mapping else { return nil }
        var hasMembers = false, changed = false
        for pair in pairs {
            guard let key = pair.key.scalar else { return nil }
            // A key from another file: the programme's `override:` of a template's target.
            if pair.key.source !== item.source || pair.value.source !== item.source { changed = true }
            // A number of members is checked against the roster's size; a percentage is not.
            if key == "members" { hasMembers = pair.value.scalar?.hasSuffix("%") != true }
            if key == "at-least" {
                guard let bound = pair.value.scalar else { return nil }
                if Modifiers.namesAnAttribute(bound), !everyMember(of: pairs, context: context, has: bound) { return nil }
            }
        }
        // A template's file lives as long as the run's templates, so no other file takes its identity.
        let fromTemplate = item.source.path != context.path
        if changed && !fromTemplate { return nil }
        let place: Key.Place = !fromTemplate ? (lines.flatMap { NodeText(item, lines: $0) }.map { .text($0) } ?? .written(NodeContentKey(item)))
            : changed ? .overridden(ObjectIdentifier(item.source), NodeContentKey(item))
            : .template(ObjectIdentifier(item.source), offset: item.start.offset)
        return Key(place: place, context: shared, eachMembers: hasMembers ? shared.rosters.map { context.rosters[$0]?.members.count ?? 0 } : nil)
    }

    /// Whether the bound `at-least: P% of ATTRIBUTE` loads alike whatever the programme: true when
    /// it names no attribute as `Modifiers.threshold` reads it, or every member of the roster the
    /// target's `each:` names has the attribute as a number (the only part of loading it that
    /// reads the members: a member without it is reported by name, so that load is not shared).
    static func everyMember(of pairs: [Node.Pair], context: TargetLoader.Context, has bound: String) -> Bool {
        let parts = bound.trimmedOfWhitespace.components(separatedBy: " of ")
        guard parts.count == 2, ScalarText.percent(parts[0].trimmedOfWhitespace) != nil else { return true }
        let attribute = parts[1].trimmedOfWhitespace
        guard let each = pairs.first(where: { $0.key.scalar == "each" })?.value.scalar,
              let roster = context.rosters[each.trimmedOfWhitespace] else { return true }
        return roster.members.allSatisfy { member in
            if case .number? = member.attributes[attribute] { return true }
            return false
        }
    }

    /// Whether a programme's activities (nil: it lists none) hold every kind of a target: loading
    /// it then reads nothing else of them, and says nothing about them.
    static func knows(_ activities: [String]?, _ kinds: [String]) -> Bool {
        guard let activities else { return true }
        return kinds.allSatisfy(activities.contains)
    }

    /// Target `item` loaded in `context`: as loaded before in the same context, or loaded now
    /// (and kept when it can be shared). `diagnostics` gets what loading it said.
    func load(_ item: Node, context: inout TargetLoader.Context, shared: Context, lines: LineStarts? = nil, diagnostics: inout Diagnostics) -> Target? {
        guard let id = item["id"]?.scalar, context.seenIDs[id] == nil, let key = Self.key(of: item, context: context, shared: shared, lines: lines) else {
            return TargetLoader.load(item, context: &context, diagnostics: &diagnostics)
        }
        if let kept = memo.known(key) {
            guard Self.knows(context.activities, kept.target.measure.kinds) else {
                return TargetLoader.load(item, context: &context, diagnostics: &diagnostics)
            }
            return use(kept, for: item, context: &context, diagnostics: &diagnostics)
        }
        var said = Diagnostics()
        let fresh = TargetLoader.load(item, context: &context, diagnostics: &said)
        diagnostics.append(contentsOf: said)
        // What a programme's own target says points into its file; a kind it lacks is reported with its activities.
        guard let fresh, !key.place.isByContent || said.items.isEmpty, Self.knows(context.activities, fresh.measure.kinds) else { return fresh }
        memo.keep(Loaded(target: fresh, diagnostics: said), for: key.detached)
        return fresh
    }

    /// A kept target as the programme loading `item` has it: its id seen, what loading it said, its own line.
    private func use(_ kept: Loaded, for item: Node, context: inout TargetLoader.Context, diagnostics: inout Diagnostics) -> Target {
        context.seenIDs[kept.target.id] = item["id"]
        diagnostics.append(contentsOf: kept.diagnostics)
        var target = kept.target
        target.line = item.start.line
        return target
    }
}
