import ArgumentParser
import TallyReports

/// `tally schema`: print the JSON Schema of the programme format, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema of the programme format (for editor completion and validation).",
        discussion: "Save it beside your programmes and add `# yaml-language-server: $schema=programme.schema.json` as their first line."
    )

    func run() throws {
        print(Self.text, terminator: "")
    }

    /// The schema file's text, as printed here and written by `tally init`.
    static var text: String { ProgrammeSchema.document().serialized() + "\n" }
}
