import ArgumentParser
import Foundation
import TallyCore
import TallyReports

extension ReportFormat: ExpressibleByArgument {}

/// `tally check`: evaluate programmes and report, with an exit status for scripts.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Evaluate programmes and report compliance.",
        discussion: "Give programme files or folders (a folder stands for the programmes directly in it; with --recursive, for every programme below it)."
    )

    @Argument(help: "Programme files or folders of programmes.")
    var programmes: [String]

    @OptionGroup var options: EvaluationOptions

    @Option(name: .long, help: "Report format: text, json, markdown, html, junit or csv (one row per programme, for spreadsheets).")
    var format: ReportFormat = .text

    @Flag(name: .long, help: "Check every programme below the folders given, in sub-folders too.")
    var recursive = false

    @Flag(name: .long, help: "Print only the roll-up: summary, folder subtotals and the by-target table.")
    var summary = false

    @Option(name: .long, help: "Order of the roll-up: worst (verdict, then score, then name; the default) or name.")
    var sort: RollUpOrder = .worst

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Also fail (exit 1) when a target is behind.")
    var strict = false

    func run() throws {
        let asOf = try options.day()
        var clock = PhaseClock()
        // Without details (--summary, CSV), each programme is reduced to its summary row as soon as
        // it is evaluated and its records released, and the row goes to the roll-up's sort on disk.
        // With details in a roll-up, each programme's details are also written ahead, as soon as it is
        // evaluated, into a spool the report copies them from in order (one pass; see DetailSpool).
        // Otherwise results are held up to a budget of records; the others (and any whose details in
        // the spool do not fit the report) are evaluated again, a batch at a time, as the report is written.
        // TALLY_DETAIL_SPOOL=0 turns the spool off, for tests that compare the three ways.
        let details = !summary && format != .csv
        // Details need every path first (how many decides the report's shape); a roll-up alone walks
        // the folders as it checks them, so that a national tree is never listed whole.
        let paths = details ? ProgrammePaths.expand(programmes, recursive: recursive) : nil
        if paths?.isEmpty == true { throw ProgrammePaths.noneFound(in: programmes, language: options.language) }
        clock.lap("find programmes")
        let color = output == nil && format == .text && Terminal.isColorTerminal(fileDescriptor: 1)
        let renderer = details && (paths!.count > 1 || recursive) ? format.detailsRenderer : nil
        let spool = renderer != nil && ProcessInfo.processInfo.environment["TALLY_DETAIL_SPOOL"] != "0" ? DetailSpool() : nil
        // Where each programme was given, for the details spool only.
        let places = spool == nil ? [:] : Dictionary(paths!.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let batch = ProgrammeBatch(extraRecords: options.extraRecords)
        let budget = RecordBudget(records: RecordBudget.held)
        var gathered = ProgrammeBatch.Gathered()
        // The roll-up takes each summary as it comes and keeps its rows in order on disk.
        let builder = RollUpBuilder(order: sort, namesKept: format.rollUpNamesKept)
        var held: [Int: ProgrammeResult] = [:]
        // The programmes evaluated, by path, to evaluate again for their details.
        var evaluated: [String] = []
        // A result held for the details is boxed: an outcome without one then takes a pointer's room,
        // not a whole ProgrammeResult's. Outcomes come a slice at a time and are reduced to their
        // summaries at once, so that a roll-up of a hundred thousand programmes never holds them all.
        let label = DiagnosticWords.checkingProgrammes.text(in: Language.chosen(flag: options.language, programme: nil))
        // Paths already found are sliced as they are; otherwise the folders are walked a slice at a time.
        var source = ProgrammePaths.Source(programmes, recursive: recursive), found = 0, walked = 0
        let given = paths.map { ProgrammeBatch.slices(of: $0, by: ProgrammeBatch.slice) }
        batch.run(slices: {
            let slice = given != nil ? given!() : source.next(upTo: ProgrammeBatch.walkSlice(walked))
            walked += 1
            found += slice?.count ?? 0
            return slice
        }, progress: Progress(total: paths?.count, label: label), ahead: true, { [options, strict, output] programme, loaded -> (summary: ProgrammeSummary, held: HeldResult?) in
            let result = Self.evaluate(programme, loaded.records, asOf: asOf, series: details && format.drawsBurnUp)
            if let spool, let renderer, let place = places[programme.path] {
                // Written for the place the programme was given at, in its own language unless --lang says.
                let context = DetailsContext(language: options.language ?? programme.language, strict: strict, color: color, outputPath: output)
                spool.keep(renderer.details(of: result, position: place, context: context), place: place, position: place, context: context)
                return (summary: ProgrammeSummary(result), held: nil)
            }
            return (summary: ProgrammeSummary(result), held: details && budget.take(max(loaded.records.count, RecordBudget.programmeWeight)) ? HeldResult(result) : nil)
        }, take: { outcomes in
            for outcome in outcomes {
                gathered.add(outcome)
                // The position among the programmes evaluated, which is also the index of its details.
                guard var item = outcome.value?.summary else { continue }
                item.position = builder.count
                if let box = outcome.value?.held { held[item.position] = box.result }
                builder.add(item)
                if details { evaluated.append(outcome.path) }
            }
        })
        clock.lap("load and evaluate")
        if found == 0 { throw ProgrammePaths.noneFound(in: programmes, language: options.language) }
        let diagnostics = batch.diagnostics(gathered)
        gathered = ProgrammeBatch.Gathered()
        spool?.place(evaluated.map { places[$0] ?? -1 })
        let results = !details ? [] : ProgrammeResults(count: builder.count, held: held, spool: spool, batchSize: 4 * Cores.count) { [evaluated] range in
            batch.run(Array(evaluated[range])) { programme, loaded in
                Self.evaluate(programme, loaded.records, asOf: asOf, series: format.drawsBurnUp)
            }.map { outcome in
                guard let result = outcome.value else { Self.changedWhileWriting(outcome.path, language: options.language) }
                return result
            }
        }
        DiagnosticText(language: options.language).print(diagnostics)
        let anyEvaluated = builder.count > 0, anyFails = builder.anyFails(strict: strict)
        let rollUp = builder.count > 1 || summary || recursive || format == .csv ? builder.finish() : nil
        let report = Report(programmes: results, language: options.language, strict: strict, color: color, diagnostics: diagnostics.problems,
                            rollUp: rollUp, summaryOnly: !details, outputPath: output)
        if anyEvaluated || format == .json {
            try Output.stream(to: output, language: options.language) { format.renderer.write(report, to: $0) }
        }
        clock.lap("report")
        clock.report()
        if diagnostics.hasErrors { throw TallyExit.invalid }
        if anyFails { throw TallyExit.missed }
    }
}

extension CheckCommand {
    /// A programme read again while the report is written no longer loads (it was edited in
    /// between): the report cannot be finished; say so and stop with status 2.
    static func changedWhileWriting(_ path: String, language: Language?) -> Never {
        var diagnostics = Diagnostics()
        diagnostics.add(Diagnostic(.changedDuringCheck, ["file": LocalizedText(path)]))
        DiagnosticText(language: language).print(diagnostics)
        Foundation.exit(TallyExit.invalid.rawValue)
    }
}

extension CheckCommand {
    /// One programme's result; `series` keeps the burn-up charts' points, which only some reports draw.
    static func evaluate(_ programme: Programme, _ records: RecordSet, asOf: Day, series: Bool) -> ProgrammeResult {
        var evaluator = Evaluator(programme: programme, records: records, asOf: asOf)
        evaluator.keepsSeries = series
        return evaluator.evaluate()
    }
}

extension RollUpOrder: ExpressibleByArgument {}

/// One evaluated programme kept for the report's details, behind a reference.
final class HeldResult: Sendable {
    let result: ProgrammeResult
    init(_ result: ProgrammeResult) { self.result = result }
}

/// How many records a run may hold in evaluated results before it evaluates programmes again
/// while writing the report (TALLY_HELD_RECORDS overrides it, for tests of that path).
final class RecordBudget: @unchecked Sendable {
    static var held: Int { ProcessInfo.processInfo.environment["TALLY_HELD_RECORDS"].flatMap { Int($0) } ?? 2_000_000 }
    /// What a programme costs at least, in records: its targets, rosters and results weigh about
    /// as much as that many records, so a tree of small programmes holds at most a thousand.
    static let programmeWeight = 2_000

    private let lock = NSLock()
    private var left: Int

    init(records: Int) { left = records }

    /// Whether `count` more records fit, taking them when they do.
    func take(_ count: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard count <= left else { return false }
        left -= count
        return true
    }
}

/// Writes command output to standard output or, atomically, to a file; a failure is
/// `output-not-written` in `language` (`--lang`, else the locale).
enum Output {
    /// Hands `body` an output that goes to standard output or replaces `path` once complete.
    static func stream(to path: String?, language: Language?, _ body: (ReportOutput) -> Void) throws {
        do {
            let output = try path.map { path throws(ReportOutput.Failure) in try ReportOutput.replacing(path) } ?? ReportOutput.standardOutput()
            body(output)
            try output.finish()
        } catch {
            throw Output.notWritten(path, error.reason, language: language)
        }
    }

    static func write(_ text: String, to path: String?, language: Language?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw notWritten(path, SystemReason.words(error), language: language)
        }
    }

    /// The `output-not-written` refusal (standard output when there is no path), in `--lang` or the locale.
    static func notWritten(_ path: String?, _ detail: LocalizedText, language: Language?) -> ExitCode {
        Refusal.argument(.outputNotWritten, ["file": path.map { LocalizedText($0) } ?? LocalizedText(en: "standard output", vi: "đầu ra chuẩn"), "detail": detail], language: language)
    }
}
