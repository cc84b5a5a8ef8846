import ArgumentParser
import Foundation
import TallyCore
import TallyReports

/// `tally lint`: validate programmes and their records without evaluating.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate programmes and their records files."
    )

    @Argument(help: "Programme files or folders of programmes.")
    var programmes: [String]

    @Flag(name: .long, help: "Take every programme below the folders given, in sub-folders too.")
    var recursive = false

    @Option(name: .customLong("records"), help: "An extra records file to read (repeatable).")
    var extraRecords: [String] = []

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let paths = ProgrammePaths.expand(programmes, recursive: recursive)
        if paths.isEmpty { throw ProgrammePaths.noneFound(in: programmes, language: languageOption.language) }
        let batch = ProgrammeBatch(extraRecords: extraRecords)
        let outcomes = batch.run(paths) { programme, loaded in
            DiagnosticWords.linted(targets: programme.targets.count, records: loaded.records.count, files: loaded.files.count)
                .text(in: Language.chosen(flag: languageOption.language, programme: programme.language))
        }
        let printer = DiagnosticText(language: languageOption.language, notes: true)
        printer.print(batch.templates.diagnostics)
        var failed = batch.templates.diagnostics.hasErrors
        for outcome in outcomes {
            printer.print(outcome.diagnostics)
            if let summary = outcome.value {
                print("ok: \(outcome.path): " + summary)
            } else {
                failed = true
                FileHandle.standardError.write(Data(printer.summary(outcome.path, outcome.diagnostics, blockedBy: outcome.blockedByTemplate,
                                                                       templateLanguage: outcome.blockedByTemplate.flatMap(batch.templates.language(of:))).utf8))
            }
        }
        if failed { throw TallyExit.invalid }
    }
}
