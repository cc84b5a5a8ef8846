import ArgumentParser
import Foundation
import TallyCore
import TallyReports

/// `tally remind`: what falls due soon, for cron; prints nothing when nothing is due.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "List deadlines, milestones, periods and answers due soon, and overdue answers.",
        discussion: "Prints nothing and exits 0 when nothing is due, so cron mails only when there is something to say."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, ics }

    @Argument(help: "Programme files or folders of programmes.")
    var programmes: [String]

    @Flag(name: .long, help: "Take every programme below the folders given, in sub-folders too.")
    var recursive = false

    @OptionGroup var options: EvaluationOptions

    @Option(name: .long, help: "How far ahead to look: Nd or Nw (default 14d).")
    var within: String = "14d"

    @Option(name: .long, help: "Output format: text or ics (an RFC 5545 calendar of to-dos).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let asOf = try options.day()
        guard let days = ScalarText.duration(within) else {
            throw Refusal.argument(.notADuration, ["what": "--within", "value": "\(within)"], language: options.language)
        }
        let paths = ProgrammePaths.expand(programmes, recursive: recursive)
        if paths.isEmpty { throw ProgrammePaths.noneFound(in: programmes, language: options.language) }
        let batch = ProgrammeBatch(extraRecords: options.extraRecords)
        let outcomes = batch.run(paths) { programme, loaded in
            let result = Evaluator(programme: programme, records: loaded.records, asOf: asOf).evaluate()
            return (programme.language, ReminderPlanner.reminders(for: result, within: days))
        }
        let diagnostics = batch.diagnostics(outcomes)
        let reminders = outcomes.compactMap(\.value).flatMap(\.1)
        let languages = Set(outcomes.compactMap(\.value?.0))
        DiagnosticText(language: options.language).print(diagnostics)
        let language = options.language ?? (languages.count == 1 ? languages.first! : .en)
        if !reminders.isEmpty {
            let text = format == .ics
                ? RemindCalendar(language: language).render(reminders, asOf: asOf)
                : RemindText(language: language).render(reminders, asOf: asOf, within: days)
            try Output.write(text, to: output, language: options.language)
        }
        if diagnostics.hasErrors { throw TallyExit.invalid }
    }
}
