import ArgumentParser
import Foundation
import TallyCore
import TallyReports

/// `tally errors [CODE]`: the catalogue of diagnostics (FORMAT.md section 10).
struct ErrorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errors",
        abstract: "List every diagnostic code, or explain one: what triggers it, an example, how to fix it."
    )

    @Argument(help: "A code such as impossible-date (as printed in error[CODE]).")
    var code: String?

    @OptionGroup var languageOption: LanguageOption

    @Flag(name: .long, help: "Print docs/errors.md: every entry in both languages, as Markdown.")
    var markdown = false

    func run() throws {
        let language = Language.chosen(flag: languageOption.language, programme: nil)
        if markdown { return print(CatalogueText.markdown(), terminator: "") }
        guard let code else { return print(CatalogueText.list(in: language), terminator: "") }
        switch DiagnosticCatalogue.lookUp(code) {
        case .success(let entry):
            print(CatalogueText.explain(entry, in: language), terminator: "")
        case .failure(let unknown):
            throw Refusal.argument(Diagnostic(.unknownCode, ["code": "\(unknown.code)"]).suggesting(unknown.near), language: languageOption.language)
        }
    }
}
