import ArgumentParser
import Foundation
import TallyCore

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

    /// Runs the command; a command line the parser does not understand is `bad-arguments` from
    /// the catalogue (in `--lang` when it was read, else the locale), exit status 64 as before.
    static func main() async {
        MemoryReturn.configure()
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? AsyncParsableCommand { try await asyncCommand.run() } else { try command.run() }
        } catch {
            // Tally's own refusals (an ExitCode, even from validate()) were printed already: no message here.
            let detail = message(for: error)
            guard !detail.isEmpty, exitCode(for: error) == TallyExit.usage else { exit(withError: error) }
            let arguments = Array(CommandLine.arguments.dropFirst())
            let refusal = Refusal.argument(.badArguments, ["detail": LocalizedText(detail), "command": LocalizedText(ParsedWords.command(arguments))],
                                           language: ParsedWords.language(arguments))
            Foundation.exit(refusal.rawValue)
        }
    }
}

/// What can be read of a command line the parser refused: the subcommand named, and `--lang`.
enum ParsedWords {
    /// `tally user add`: the command words before the first that is not a subcommand.
    static func command(_ arguments: [String]) -> String {
        var words = ["tally"], command: ParsableCommand.Type = Tally.self
        for argument in arguments {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == argument }) else { break }
            words.append(argument)
            command = next
        }
        return words.joined(separator: " ")
    }

    /// The language of `--lang vi` or `--lang=vi`, when the command line says one.
    static func language(_ arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst("--lang=".count))) }
        }
        return nil
    }
}
