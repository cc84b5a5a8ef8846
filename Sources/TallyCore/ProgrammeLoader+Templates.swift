import Foundation
import TallyYAML

/// The part of loading that deals with `extends:` (FORMAT.md section 8).
extension ProgrammeLoader {
    /// Reads and checks a template, returning it merged with the templates it extends.
    mutating func loadTemplate(path: String) -> Node? {
        guard let source = read(path, what: "template"), let root = parse(source),
              let merged = withTemplate(root, path: path) else { return nil }
        _ = build(merged, path: path)
        return merged
    }

    /// The file's mapping merged with the template it extends (itself when it extends none);
    /// nil when the template cannot be used.
    mutating func withTemplate(_ root: Node, path: String) -> Node? {
        guard let node = root.mapping?.first(where: { $0.key.scalar == "extends" })?.value else {
            if let override = root.mapping?.first(where: { $0.key.scalar == "override" }) {
                diagnostics.add(.overrideWithoutExtends, at: override.key)
            }
            return root
        }
        extendsNode = node
        let cache = templates ?? TemplateCache()
        defer { if templates == nil { diagnostics.append(contentsOf: cache.diagnostics) } }
        switch cache.resolve(node, from: path, chain: chain.isEmpty ? [path] : chain, diagnostics: &diagnostics) {
        case .merged(let base, let templatePath, let titles, let targetIDs):
            templateTitles = titles
            if !isTemplate && templates != nil && TemplateParts.keepsParts(root) { partsTemplate = templatePath }
            return TemplateMerge(templatePath: templatePath).merge(base: base, own: root, baseIDs: targetIDs, diagnostics: &diagnostics)
        case .invalid:
            return nil
        case .brokenTemplate(let templatePath):
            blockedByTemplate = templatePath
            return nil
        }
    }

    /// The targets list, each target loaded in this file's context. A template target that does not fit
    /// (a roster or attribute this file lacks) is reported here, at `extends:`, naming the target.
    mutating func loadTargets(_ node: Node, context: inout TargetLoader.Context, path: String) -> [Target] {
        guard let items = node.sequence else { return TargetLoader.loadAll(node, context: &context, diagnostics: &diagnostics) }
        // In a run, a target is shared with the programmes that have it in the same context (`TargetMemo`).
        let memo = templates?.targetMemo, shared = memo.map { $0.shared(context) }
        // Where the programme's lines start, for looking its own targets up by their text; worked out once.
        var lines: LineStarts??
        func load(_ item: Node, _ said: inout Diagnostics) -> Target? {
            guard let memo, let shared else { return TargetLoader.load(item, context: &context, diagnostics: &said) }
            if lines == nil, item.source.path == path { lines = .some(LineStarts(item.source)) }
            return memo.load(item, context: &context, shared: shared, lines: lines ?? nil, diagnostics: &said)
        }
        guard let extendsNode else { return items.compactMap { load($0, &diagnostics) } }
        var targets: [Target] = []
        for item in items {
            var scratch = Diagnostics()
            let loaded = load(item, &scratch)
            if var target = loaded {
                if target.from != nil { target.templateTitle = templateTitles[target.id] }
                targets.append(target)
            }
            for problem in scratch.items {
                guard let source = problem.source, source.path != path else { diagnostics.add(problem); continue }
                let id = item["id"]?.scalar ?? "?"
                var moved = Diagnostic(.templateTargetDoesNotFit, ["id": "\(id)", "problem": LocalizedText(en: problem.message(in: .en), vi: problem.message(in: .vi)),
                                                                    "fix": LocalizedText(en: problem.fix(in: .en), vi: problem.fix(in: .vi))], at: extendsNode)
                    .noting(source, at: problem.start, width: problem.width)
                moved.severityOverride = problem.severity
                diagnostics.add(moved)
            }
        }
        return targets
    }

    /// Each target's title in a (merged) template, by id.
    static func titles(of template: Node) -> [String: String] {
        var titles: [String: String] = [:]
        for item in template["targets"]?.sequence ?? [] {
            if let id = item["id"]?.scalar, let title = item["title"]?.scalar { titles[id] = title }
        }
        return titles
    }
}
