import Foundation
import TallyCore

/// The programmes of one run, loaded on every core with one set of templates, each reduced by
/// `body` to what the command needs inside the worker, so that a programme's records are released
/// as soon as it has been handled: memory does not grow with the number of programmes.
struct ProgrammeBatch {
    /// What one programme left behind.
    struct Outcome<Value: Sendable>: Sendable {
        var path: String
        var diagnostics: Diagnostics
        var blockedByTemplate: String?
        /// What `body` made of the programme; nil when it is invalid.
        var value: Value?
    }

    let templates = TemplateCache()
    let extraRecords: [String]

    func run<Value: Sendable>(_ paths: [String], progressLabel: String? = nil,
                              _ body: @escaping @Sendable (Programme, LoadedProgramme) -> Value) -> [Outcome<Value>] {
        let progress = progressLabel.map { Progress(total: paths.count, label: $0) }
        let templates = templates, extraRecords = extraRecords
        let outcomes = ParallelMap.map(paths) { path -> Outcome<Value> in
            defer { progress?.step() }
            let loaded = LoadedProgramme.load(path: path, extraRecords: extraRecords, templates: templates)
            var outcome = Outcome<Value>(path: path, diagnostics: loaded.diagnostics, blockedByTemplate: loaded.blockedByTemplate)
            if loaded.isValid, let programme = loaded.programme { outcome.value = body(programme, loaded) }
            return outcome
        }
        progress?.finish()
        return outcomes
    }

    /// Every diagnostic of the run: the templates' first (once each), then each programme's, then one
    /// line per broken template saying which programmes it kept from being checked.
    func diagnostics<Value>(_ outcomes: [Outcome<Value>]) -> Diagnostics {
        var all = templates.diagnostics
        for outcome in outcomes { all.append(contentsOf: outcome.diagnostics) }
        var blocked: [String: Int] = [:]
        for outcome in outcomes { if let template = outcome.blockedByTemplate { blocked[template, default: 0] += 1 } }
        for (template, count) in blocked.sorted(by: { $0.key < $1.key }) {
            var diagnostic = Diagnostic(.blockedByTemplate, ["programmes": DiagnosticWords.programmes(count), "template": "\(template)"])
            diagnostic.language = templates.language(of: template)
            all.add(diagnostic)
        }
        return all
    }
}
