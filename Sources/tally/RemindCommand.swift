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
        // Outcomes come a slice at a time and only their reminders are kept.
        var gathered = ProgrammeBatch.Gathered()
        var reminders: [Reminder] = []
        var languages: Set<Language> = []
        batch.run(paths, slice: ProgrammeBatch.slice, { programme, loaded in
            let result = Evaluator(programme: programme, records: loaded.records, asOf: asOf).evaluate()
            return (programme.language, ReminderPlanner.reminders(for: result, within: days))
        }, take: { outcomes in
            for outcome in outcomes {
                gathered.add(outcome)
                guard let (language, found) = outcome.value else { continue }
                languages.insert(language)
                reminders += found
            }
        })
        let diagnostics = batch.diagnostics(gathered)
        DiagnosticText(language: options.language).print(diagnostics)
        let language = options.language ?? (languages.count == 1 ? languages.first! : .en)
        // A run over several programmes names each reminder's organisation.
        let several = paths.count > 1
        if !reminders.isEmpty {
            if format == .ics {
                try Output.write(RemindCalendar(language: language, namesOrganisations: several).render(reminders, asOf: asOf), to: output, language: options.language)
            } else {
                try Output.stream(to: output, language: options.language) {
                    RemindText(language: language, namesOrganisations: several).write(reminders, asOf: asOf, within: days, to: $0)
                }
            }
        }
        if diagnostics.hasErrors { throw TallyExit.invalid }
    }
}
