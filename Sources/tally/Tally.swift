import ArgumentParser

/// The `tally` command: evaluates a year's work programme against its targets.
@main
struct Tally: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Track a year's work programme (chỉ tiêu) against its targets.",
        discussion: """
        Exit status: 0 when no target is missed (with --strict: and none behind); \
        1 when a target is missed (or behind, with --strict); 2 when a programme or \
        a records file is invalid.
        """,
        version: "1.0.0",
        subcommands: [CheckCommand.self, ExplainCommand.self, RemindCommand.self, RecordCommand.self,
                      LintCommand.self, InitCommand.self, SchemaCommand.self, UserCommand.self, ErrorsCommand.self, ServeCommand.self]
    )
}
