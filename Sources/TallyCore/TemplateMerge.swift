import Foundation
import TallyYAML

/// Merges a template (already merged with its own templates) into the file that extends it,
/// node by node, by the rules of FORMAT.md section 8. Every node keeps its own file and place,
/// so an error in a template target still points into the template.
struct TemplateMerge {
    /// The target keys `override:` may change.
    static var overridable: [String] { AllowedKeys.overridable }
    /// Keys whose value in the extending file replaces the template's.
    static let merged = ["rosters", "activities"]
    /// Keys the extending file alone decides; the template's are never inherited.
    static let ownOnly = ["organisation", "records", "exemptions", "extends", "override"]

    let templatePath: String

    /// The extending file's mapping with the template's keys merged in (`extends` and `override` consumed).
    /// `baseIDs`, when given, are the base's `targetIDs` (worked out once per template).
    func merge(base: Node, own: Node, baseIDs known: [String: Node]? = nil, diagnostics: inout Diagnostics) -> Node {
        let basePairs = base.mapping ?? []
        let ownPairs = own.mapping ?? []
        let ownValue = { (key: String) in ownPairs.first { $0.key.scalar == key } }
        var pairs: [Node.Pair] = []
        for pair in basePairs {
            guard let key = pair.key.scalar, !Self.ownOnly.contains(key), key != "targets" else { continue }
            if let mine = ownValue(key) {
                pairs.append(Self.merged.contains(key) ? Node.Pair(key: mine.key, value: Self.byName(pair.value, mine.value)) : mine)
            } else {
                pairs.append(pair)
            }
        }
        let baseTargets = basePairs.first { $0.key.scalar == "targets" }
        let ownTargets = ownValue("targets")
        var targets = baseTargets?.value ?? Node(.sequence([]), start: own.start, end: own.start, source: own.source)
        let baseIDs = known ?? Self.targetIDs(targets)
        if let override = ownValue("override") { targets = apply(override.value, to: targets, diagnostics: &diagnostics) }
        if let ownTargets { targets = concatenate(targets, ownTargets.value, baseIDs: baseIDs, diagnostics: &diagnostics) }
        if let key = ownTargets?.key ?? baseTargets?.key { pairs.append(Node.Pair(key: key, value: targets)) }
        let taken = Set(pairs.compactMap(\.key.scalar))
        for pair in ownPairs {
            guard let key = pair.key.scalar, !taken.contains(key), key != "extends", key != "override" else { continue }
            pairs.append(pair)
        }
        var result = own
        result.content = .mapping(pairs)
        return result
    }

    /// The ids of a targets list, to the node of each id.
    static func targetIDs(_ targets: Node) -> [String: Node] {
        var ids: [String: Node] = [:]
        for item in targets.sequence ?? [] {
            if let idNode = item["id"], let id = idNode.scalar { ids[id] = idNode }
        }
        return ids
    }

    /// The template's targets, then the file's own; an own target reusing a template id is an error.
    func concatenate(_ base: Node, _ own: Node, baseIDs: [String: Node], diagnostics: inout Diagnostics) -> Node {
        guard let ownItems = own.sequence, let baseItems = base.sequence else { return own }
        var items = baseItems
        for item in ownItems {
            if let idNode = item["id"], let id = idNode.scalar, let original = baseIDs[id] {
                diagnostics.add(Diagnostic(.templateTargetRedefined, ["id": "\(id)", "template": "\(templatePath)"], at: idNode)
                    .noting(original.source, at: original.start, width: id.count))
                continue
            }
            items.append(item)
        }
        var result = own
        result.content = .sequence(items)
        return result
    }

    /// The template's targets with the keys listed under `override:` replaced.
    func apply(_ override: Node, to targets: Node, diagnostics: inout Diagnostics) -> Node {
        guard let entries = override.mapping else {
            if !override.isNull {
                diagnostics.add(.notAMapping, ["what": "override", "found": override.kindWords, "example": "override: {party: {at-least: 2}}"], at: override)
            }
            return targets
        }
        var items = targets.sequence ?? []
        let ids = items.map { $0["id"]?.scalar }
        for entry in entries {
            guard let id = entry.key.scalar else { continue }
            guard let index = ids.firstIndex(of: id) else {
                let known = ids.compactMap { $0 }
                diagnostics.add(Diagnostic(.unknownOverride, ["template": "\(templatePath)", "id": "\(id)", "known": "\(known.joined(separator: ", "))"], at: entry.key)
                    .suggesting(Suggestion.nearest(to: id, in: known)))
                continue
            }
            guard let changes = entry.value.mapping else {
                diagnostics.add(.notAMapping, ["what": LocalizedText(en: "override of \"\(id)\"", vi: "phần thay đổi của \"\(id)\""), "found": entry.value.kindWords,
                                                "example": "\(id): {at-least: 2}"], at: entry.value)
                continue
            }
            items[index] = replacing(changes, in: items[index], id: id, diagnostics: &diagnostics)
        }
        var result = targets
        result.content = .sequence(items)
        return result
    }

    /// One target with the overridden keys replaced; a new window or bound replaces its rival key too.
    func replacing(_ changes: [Node.Pair], in target: Node, id: String, diagnostics: inout Diagnostics) -> Node {
        var pairs = target.mapping ?? []
        for change in changes {
            guard let key = change.key.scalar else { continue }
            guard Self.overridable.contains(key) else {
                diagnostics.add(Diagnostic(.notOverridable, ["key": "\(key)", "id": "\(id)", "allowed": "\(Self.overridable.joined(separator: ", "))"], at: change.key)
                    .suggesting(Suggestion.nearest(to: key, in: Self.overridable)))
                continue
            }
            let rivals: Set<String> = switch key {
            case "during": ["by"]
            case "by": ["during"]
            case "at-least": ["at-most"]
            case "at-most": ["at-least"]
            default: []
            }
            pairs.removeAll { pair in pair.key.scalar.map { $0 == key || rivals.contains($0) } ?? false }
            pairs.append(change)
        }
        var result = target
        result.content = .mapping(pairs)
        return result
    }

    /// Two rosters or activities mappings merged by name: the template's order, the extending file winning
    /// on a clash, its new names after. A list of activity kinds counts as a mapping of each kind to itself.
    static func byName(_ base: Node, _ own: Node) -> Node {
        guard let basePairs = pairs(base), let ownPairs = pairs(own) else { return own }
        var merged = basePairs
        for pair in ownPairs {
            if let index = merged.firstIndex(where: { $0.key.scalar == pair.key.scalar }) { merged[index] = pair } else { merged.append(pair) }
        }
        var result = own
        result.content = .mapping(merged)
        return result
    }

    static func pairs(_ node: Node) -> [Node.Pair]? {
        if let pairs = node.mapping { return pairs }
        guard let items = node.sequence, items.allSatisfy({ $0.scalar != nil }) else { return nil }
        return items.map { Node.Pair(key: $0, value: $0) }
    }
}
