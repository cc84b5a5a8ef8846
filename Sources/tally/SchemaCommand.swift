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
        print(ProgrammeSchema.document().serialized())
    }
}
