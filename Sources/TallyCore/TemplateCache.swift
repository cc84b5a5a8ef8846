import Foundation
import TallyYAML

/// The templates of one run, each read, merged with the templates it extends and checked once,
/// however many programmes extend it; its errors are kept here and reported once, at its own file.
public final class TemplateCache: @unchecked Sendable {
    /// How many templates may extend one another above a programme.
    public static let maxDepth = 8

    /// A template after merging and checking: its merged mapping, or nil when it (or one it extends) has errors.
    struct Entry {
        var merged: Node?
        /// The template's `language:`, for what is said about it.
        var language: Language?
        /// Each of its targets' titles by id (reports show a template target's title beside an override's).
        var titles: [String: String] = [:]
        /// Each of its targets' id nodes by id, for merging a programme's targets with them.
        var targetIDs: [String: Node] = [:]
    }

    /// What resolving an `extends:` gave.
    enum Resolution {
        case merged(Node, String, titles: [String: String], targetIDs: [String: Node])
        /// The `extends:` itself is wrong (reported at it).
        case invalid
        /// The template has errors, reported once at the template.
        case brokenTemplate(String)
    }

    private let lock = NSRecursiveLock()
    private var entries: [String: Entry] = [:]
    private var order: [String] = []
    private var errors: [String: Diagnostics] = [:]
    private var parts: [String: TemplateParts] = [:]
    /// The targets of the run's programmes (their templates' and their own) as loaded in their contexts.
    let targetMemo = TargetMemo()

    public init() {}

    /// The templates' own diagnostics, template by template in path order (programmes load in parallel,
    /// so the order they were first read in varies).
    public var diagnostics: Diagnostics {
        var all = Diagnostics()
        for (_, items) in diagnosticsByTemplate() { all.append(contentsOf: items) }
        return all
    }

    /// The same, template by template: each template read so far with its diagnostics, in path order.
    public func diagnosticsByTemplate() -> [(path: String, diagnostics: Diagnostics)] {
        lock.lock()
        defer { lock.unlock() }
        return order.sorted().map { ($0, errors[$0] ?? Diagnostics()) }
    }

    /// The `language:` of a template read in this run (nil when it names none).
    public func language(of path: String) -> Language? {
        lock.lock()
        defer { lock.unlock() }
        return entries[path]?.language
    }

    /// The parts built from template `path` by a programme that changes none of them (see `TemplateParts`).
    func parts(of path: String) -> TemplateParts? {
        lock.lock()
        defer { lock.unlock() }
        return parts[path]
    }

    /// Shares the parts a programme built from template `path` without a diagnostic.
    func keep(_ built: TemplateParts, of path: String) {
        lock.lock()
        defer { lock.unlock() }
        if parts[path] == nil { parts[path] = built }
    }

    /// Resolves the `extends:` node of `file`; problems with the reference itself go to `diagnostics`.
    func resolve(_ node: Node, from file: String, chain: [String], diagnostics: inout Diagnostics) -> Resolution {
        guard let relative = node.scalar, !node.isNull, !relative.isEmpty else {
            diagnostics.add(.badExtends, at: node)
            return .invalid
        }
        let path = Glob.resolve(relative, besideFile: file)
        if let start = chain.firstIndex(of: path) {
            let cycle = (chain[start...] + [path]).joined(separator: " -> ")
            diagnostics.add(.templateCycle, ["cycle": "\(cycle)"], at: node)
            return .invalid
        }
        if chain.count > Self.maxDepth {
            diagnostics.add(.templatesTooDeep, ["limit": "\(Self.maxDepth)"], at: node)
            return .invalid
        }
        // A template read already is not looked for again: every programme of a tree extends one.
        if !isRead(path), !FileManager.default.fileExists(atPath: path) {
            diagnostics.add(.templateNotFound, ["file": "\(path)"], at: node)
            return .invalid
        }
        lock.lock()
        defer { lock.unlock() }
        let entry = entries[path] ?? load(path, chain: chain + [path])
        guard let merged = entry.merged else { return .brokenTemplate(path) }
        return .merged(merged, path, titles: entry.titles, targetIDs: entry.targetIDs)
    }

    private func isRead(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return entries[path] != nil
    }

    /// Reads, merges and checks one template, remembering the result and its errors.
    private func load(_ path: String, chain: [String]) -> Entry {
        var loader = ProgrammeLoader(templates: self, isTemplate: true, chain: chain)
        let merged = loader.loadTemplate(path: path)
        let usable = loader.diagnostics.hasErrors || loader.blockedByTemplate != nil ? nil : merged
        let entry = Entry(merged: usable, language: loader.declaredLanguage, titles: usable.map(ProgrammeLoader.titles) ?? [:],
                          targetIDs: usable.flatMap { $0["targets"] }.map(TemplateMerge.targetIDs) ?? [:])
        entries[path] = entry
        order.append(path)
        var diagnostics = loader.diagnostics
        diagnostics.setLanguage(loader.declaredLanguage)
        errors[path] = diagnostics
        return entry
    }
}
