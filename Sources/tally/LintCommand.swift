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

    /// Programmes are linted a slice at a time as the folders are walked, and each slice's results
    /// printed before the next is read, so that a national tree is never listed or held whole. A
    /// template's own diagnostics are printed once, before the results of the first slice that read it.
    func run() throws {
        var source = ProgrammePaths.Source(programmes, recursive: recursive), found = 0
        let batch = ProgrammeBatch(extraRecords: extraRecords)
        let printer = DiagnosticText(language: languageOption.language, notes: true)
        var printedTemplates: Set<String> = [], failed = false
        batch.run(slices: {
            let slice = source.next(upTo: ProgrammeBatch.slice)
            found += slice?.count ?? 0
            return slice
        }, progress: nil, { [languageOption] programme, loaded in
            DiagnosticWords.linted(targets: programme.targets.count, records: loaded.records.count, files: loaded.files.count)
                .text(in: Language.chosen(flag: languageOption.language, programme: programme.language))
        }, take: { outcomes in
            for (path, diagnostics) in batch.templates.diagnosticsByTemplate() where !printedTemplates.contains(path) {
                printedTemplates.insert(path)
                printer.print(diagnostics)
                failed = failed || diagnostics.hasErrors
            }
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
        })
        if found == 0 { throw ProgrammePaths.noneFound(in: programmes, language: languageOption.language) }
        if failed { throw TallyExit.invalid }
    }
}
