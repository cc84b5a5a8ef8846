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
        // Each reminder is written in the worker, in every language the mail may end up in (the
        // programmes' languages are known only at the end, unless --lang says), and its lines go to
        // an external sort by date as the slices come: a tree's reminders are never held together.
        let several = paths.count > 1
        let languages: [Language] = options.language.map { [$0] } ?? [.vi, .en]
        let format = format
        var gathered = ProgrammeBatch.Gathered()
        let sorted = KeyedTextSort()
        var found: Set<Language> = []
        batch.run(paths, slice: ProgrammeBatch.slice, { programme, loaded in
            let result = Evaluator(programme: programme, records: loaded.records, asOf: asOf).evaluate()
            let writers = languages.map { RemindText(language: $0, namesOrganisations: several) }
            let calendars = languages.map { RemindCalendar(language: $0, namesOrganisations: several) }
            let lines = ReminderPlanner.reminders(for: result, within: days).map { item -> (section: Int, day: Int, texts: [String]) in
                // A calendar keeps the order given; the mail puts overdue answers first, then the rest by date.
                if format == .ics { return (0, 0, calendars.map { $0.block(item, asOf: asOf) }) }
                let place = RemindText.Section.of(item)
                return (place.section, place.day, writers.map { $0.line(item, asOf: asOf) })
            }
            return (programme.language, lines)
        }, take: { outcomes in
            for outcome in outcomes {
                gathered.add(outcome)
                guard let (language, lines) = outcome.value else { continue }
                found.insert(language)
                for line in lines { sorted.add(KeyedText(section: line.section, day: line.day, sequence: sorted.count, texts: line.texts)) }
            }
        })
        let diagnostics = batch.diagnostics(gathered)
        DiagnosticText(language: options.language).print(diagnostics)
        let language = options.language ?? (found.count == 1 ? found.first! : .en)
        let text = languages.firstIndex(of: language) ?? 0
        let lines = sorted.finish()
        if lines.count > 0 {
            try Output.stream(to: output, language: options.language) { out in
                if format == .ics {
                    out.write(RemindCalendar.header)
                    for line in lines { out.write(line.texts[text]) }
                    out.write(RemindCalendar.footer)
                } else {
                    RemindText(language: language, namesOrganisations: several).write(sorted: lines, text: text, asOf: asOf, within: days, to: out)
                }
            }
        }
        if diagnostics.hasErrors { throw TallyExit.invalid }
    }
}
