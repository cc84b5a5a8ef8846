import ArgumentParser
import Foundation
import TallyCore
import TallyReports

/// `tally explain`: how one target was evaluated, record by record.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show which records counted for a target, which were left out and why, and the arithmetic."
    )

    @Argument(help: "The programme file.")
    var programme: String

    @Argument(help: "The target's id.")
    var target: String

    @OptionGroup var options: EvaluationOptions

    func run() throws {
        let asOf = try options.day()
        let loaded = LoadedProgramme.load(path: programme, extraRecords: options.extraRecords)
        DiagnosticText(language: options.language).print(loaded.diagnostics)
        guard loaded.isValid, let programme = loaded.programme else { throw TallyExit.invalid }
        guard let target = programme.target(self.target) else {
            let ids = programme.targets.map(\.id)
            var unknown = Diagnostic(.noSuchTarget, ["id": "\(self.target)", "programme": "\(self.programme)", "targets": "\(ids.joined(separator: ", "))"])
            unknown.language = programme.language
            throw Refusal.argument(unknown.suggesting(Suggestion.nearest(to: self.target, in: ids)), language: options.language)
        }
        let evaluator = Evaluator(programme: programme, records: loaded.records, asOf: asOf)
        let explanation = Explanation(evaluator: evaluator, target: target)
        let text = ExplainReport(language: options.language ?? programme.language).render(explanation, programme: programme, records: loaded.records)
        try Output.write(text, to: nil, language: options.language)
    }
}
