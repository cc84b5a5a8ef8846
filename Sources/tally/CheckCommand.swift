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
        discussion: "Give programme files or folders (a folder stands for the .yaml files directly in it)."
    )

    @Argument(help: "Programme files or folders of programmes.")
    var programmes: [String]

    @OptionGroup var options: EvaluationOptions

    @Option(name: .long, help: "Report format: text, json, markdown, html or junit.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Also fail (exit 1) when a target is behind.")
    var strict = false

    func run() throws {
        let asOf = try options.day()
        let paths = ProgrammePaths.expand(programmes)
        if paths.isEmpty { throw ValidationError("no programme .yaml files found in \(programmes.joined(separator: ", "))") }
        var clock = PhaseClock()
        let batch = ProgrammeBatch(extraRecords: options.extraRecords)
        let outcomes = batch.run(paths, progressLabel: "checking programmes") { programme, loaded in
            Evaluator(programme: programme, records: loaded.records, asOf: asOf).evaluate()
        }
        clock.lap("load and evaluate")
        let diagnostics = batch.diagnostics(outcomes)
        let results = outcomes.compactMap(\.value)
        DiagnosticPrinter().print(diagnostics)
        let color = output == nil && format == .text && Terminal.isColorTerminal(fileDescriptor: 1)
        let report = Report(results: results, language: options.language, strict: strict, color: color, diagnostics: diagnostics.problems)
        if !results.isEmpty || format == .json {
            try Output.write(format.renderer.render(report), to: output)
        }
        clock.lap("report")
        clock.report()
        if diagnostics.hasErrors { throw TallyExit.invalid }
        if results.contains(where: { $0.fails(strict: strict) }) { throw TallyExit.missed }
    }
}

/// Writes command output to standard output or, atomically, to a file.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ValidationError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
