import Foundation
import TallyYAML

/// A template's targets as loaded in a programme's context, kept for the next programme whose
/// context is the same for that target: ten thousand programmes extending one template would
/// otherwise read its targets ten thousand times (a sixth of loading them). A target is looked up
/// only as the template wrote it (no key from the programme's `override:`) and kept only when it
/// loaded; the key holds everything of the context that loading a target reads (see `Key`).
final class TemplateTargetMemo: @unchecked Sendable {
    /// Everything `TargetLoader.load` reads besides the target's own node, except the ids seen
    /// before it (a target is looked up only when its id was not seen: see `ProgrammeLoader.loadTargets`).
    struct Key: Hashable {
        /// The template file (held by the run's `TemplateCache`, which holds this memo) and where the target starts in it.
        let template: ObjectIdentifier
        let offset: Int
        let activities: [String]?
        let period: DateWindow?
        /// Which rosters exist (for `each:`, `where:`, `that:` and the suggestions when one does not).
        let rosters: [String]
        let rostersOpen: Bool
        /// How many members the target's `each:` roster has, when it says how many must count (`members:`).
        let eachMembers: Int?
    }

    struct Loaded {
        let target: Target
        let diagnostics: Diagnostics
    }

    /// A target that did not load is kept as nil: it is loaded again each time, for its diagnostics.
    private let memo = BoundedMemo<Key, Loaded?>(limit: 4_096)

    /// The key of template target `item` in `context`, or nil when it cannot be shared: a key of it
    /// comes from the programme (`override:`), or its bound depends on its members' attributes
    /// (`at-least: 80% of members`).
    static func key(of item: Node, context: TargetLoader.Context) -> Key? {
        // Only a template's targets: their files live as long as the run's templates, so no other file takes their identity.
        guard item.source.path != context.path, let pairs = item.mapping else { return nil }
        var each: String?, hasMembers = false
        for pair in pairs {
            guard pair.key.source === item.source, pair.value.source === item.source, let key = pair.key.scalar else { return nil }
            if key == "each" { each = pair.value.scalar }
            if key == "members" { hasMembers = true }
            if key == "at-least", pair.value.scalar?.contains(" of ") != false { return nil }
        }
        return Key(template: ObjectIdentifier(item.source), offset: item.start.offset, activities: context.activities, period: context.period,
                   rosters: context.rosters.keys.sorted(), rostersOpen: context.rostersOpen, eachMembers: hasMembers ? each.flatMap { context.rosters[$0]?.members.count } : nil)
    }

    /// Target `item` loaded in `context`: as loaded before in the same context, or loaded now
    /// (and kept when it loads). `diagnostics` gets what loading it said.
    func load(_ item: Node, context: inout TargetLoader.Context, diagnostics: inout Diagnostics) -> Target? {
        guard let id = item["id"]?.scalar, context.seenIDs[id] == nil, let key = Self.key(of: item, context: context) else {
            return TargetLoader.load(item, context: &context, diagnostics: &diagnostics)
        }
        var loadedNow = false, fresh: Target?
        let kept = memo.value(for: key) { () -> Loaded? in
            loadedNow = true
            var said = Diagnostics()
            fresh = TargetLoader.load(item, context: &context, diagnostics: &said)
            diagnostics.append(contentsOf: said)
            return fresh.map { Loaded(target: $0, diagnostics: said) }
        }
        if loadedNow { return fresh }
        guard let kept else { return TargetLoader.load(item, context: &context, diagnostics: &diagnostics) }
        context.seenIDs[kept.target.id] = item["id"]
        diagnostics.append(contentsOf: kept.diagnostics)
        return kept.target
    }
}

