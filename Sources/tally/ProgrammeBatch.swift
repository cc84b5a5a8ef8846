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
    /// How many programmes a roll-up loads between handing their outcomes on: enough to keep both
    /// cores busy, few enough that their outcomes take a few hundred kilobytes. Tests make it
    /// smaller (TALLY_PROGRAMME_SLICE) to see a small tree handed on in several slices.
    static let slice = Int(ProcessInfo.processInfo.environment["TALLY_PROGRAMME_SLICE"] ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 1024
    let extraRecords: [String]

    /// How many programmes the `index`th slice of a walk takes (from 0): 32, then four times more
    /// each slice up to `slice`. Loading starts on every core once 32 programmes are found, not
    /// 1,024; the walk for the next slice goes on meanwhile.
    static func walkSlice(_ index: Int) -> Int { min(slice, 32 << (2 * min(index, 8))) }

    func run<Value: Sendable>(_ paths: [String], progressLabel: String? = nil,
                              _ body: @escaping @Sendable (Programme, LoadedProgramme) -> Value) -> [Outcome<Value>] {
        var outcomes: [Outcome<Value>] = []
        run(paths, slice: paths.count, progressLabel: progressLabel, body) { outcomes = $0 }
        return outcomes
    }

    /// Runs `body` on `paths` a slice of `slice` programmes at a time and hands each slice's
    /// outcomes, in order, to `take`: only one slice's outcomes are held at once, however many
    /// programmes a roll-up has.
    func run<Value: Sendable>(_ paths: [String], slice: Int, progressLabel: String? = nil,
                              _ body: @escaping @Sendable (Programme, LoadedProgramme) -> Value,
                              take: ([Outcome<Value>]) -> Void) {
        run(slices: Self.slices(of: paths, by: slice), progress: progressLabel.map { Progress(total: paths.count, label: $0) }, body, take: take)
    }

    /// Hands `paths` over `size` at a time, then nil.
    static func slices(of paths: [String], by size: Int) -> () -> [String]? {
        var start = 0
        return {
            guard start < paths.count else { return nil }
            defer { start += max(size, 1) }
            return Array(paths[start..<min(start + max(size, 1), paths.count)])
        }
    }

    /// The same for programmes that `slices` hands over a slice at a time (a tree walked as it is
    /// checked); `progress` counts them. With `ahead`, each slice is loaded on the other threads
    /// while this one walks the folders for the next slice and hands on the slice before (both
    /// cores stay busy through the walk and the hand-over); `take` is still called in order, on
    /// this thread, but templates read for the next slice may already be in `templates` then.
    func run<Value: Sendable>(slices: () -> [String]?, progress: Progress?, ahead: Bool = false,
                              _ body: @escaping @Sendable (Programme, LoadedProgramme) -> Value,
                              take: ([Outcome<Value>]) -> Void) {
        let templates = templates, extraRecords = extraRecords
        let load: @Sendable ([String]) -> [Outcome<Value>] = { paths in
            ParallelMap.map(paths) { path -> Outcome<Value> in
                defer { progress?.step() }
                let loaded = LoadedProgramme.load(path: path, extraRecords: extraRecords, templates: templates)
                var outcome = Outcome<Value>(path: path, diagnostics: loaded.diagnostics, blockedByTemplate: loaded.blockedByTemplate)
                if loaded.isValid, let programme = loaded.programme { outcome.value = body(programme, loaded) }
                return outcome
            }
        }
        if ahead {
            var loading = slices().map { Background.start(load, $0) }
            while let current = loading {
                let next = slices()
                let outcomes = current.wait()
                loading = next.map { Background.start(load, $0) }
                take(outcomes)
            }
        } else {
            while let paths = slices() { take(load(paths)) }
        }
        progress?.finish()
    }

    /// What a run's outcomes said, gathered slice by slice: their diagnostics in order and how many
    /// programmes each broken template kept from being checked.
    struct Gathered {
        var diagnostics = Diagnostics()
        var blocked: [String: Int] = [:]

        mutating func add<Value>(_ outcome: Outcome<Value>) {
            diagnostics.append(contentsOf: outcome.diagnostics)
            if let template = outcome.blockedByTemplate { blocked[template, default: 0] += 1 }
        }
    }

    /// Every diagnostic of the run: the templates' first (once each), then each programme's, then one
    /// line per broken template saying which programmes it kept from being checked.
    func diagnostics<Value>(_ outcomes: [Outcome<Value>]) -> Diagnostics {
        var gathered = Gathered()
        for outcome in outcomes { gathered.add(outcome) }
        return diagnostics(gathered)
    }

    /// Every diagnostic of the run from what was gathered (see `diagnostics(_:)` for outcomes).
    func diagnostics(_ gathered: Gathered) -> Diagnostics {
        var all = templates.diagnostics
        all.append(contentsOf: gathered.diagnostics)
        for (template, count) in gathered.blocked.sorted(by: { $0.key < $1.key }) {
            var diagnostic = Diagnostic(.blockedByTemplate, ["programmes": DiagnosticWords.programmes(count), "template": "\(template)"])
            diagnostic.language = templates.language(of: template)
            all.add(diagnostic)
        }
        return all
    }
}
