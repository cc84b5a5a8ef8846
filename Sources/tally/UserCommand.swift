import ArgumentParser
import Foundation
import TallyCore
import TallyReports

/// `tally user`: the accounts of the web server (FORMAT.md section 13).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the accounts of `tally serve`: add, remove, make an API token, list.",
        discussion: """
        Accounts live in DIR/.tally/users.yaml (or --users FILE). Roles: board (reads its programmes, \
        all when none is given, and records for any of their units), inspector (reads every programme, \
        records nothing), clerk (reads its programmes, records only for its units). Passwords are kept \
        only as bcrypt hashes, API tokens only as SHA-256 hashes.
        """,
        subcommands: [UserAddCommand.self, UserRemoveCommand.self, UserTokenCommand.self, UserListCommand.self]
    )
}

/// Where the users file is: `--users FILE`, or `--dir DIR` for `DIR/.tally/users.yaml`.
struct UsersFileOptions: ParsableArguments {
    @Option(help: "The users file.")
    var users: String?

    @Option(help: "The served folder: its users file is DIR/.tally/users.yaml (default: the current folder).")
    var dir: String?

    var path: String { users ?? AccountsFile.defaultPath(dir: dir ?? ".") }

    func validate() throws {
        if users != nil && dir != nil { throw ValidationError("give --users FILE or --dir DIR, not both") }
    }
}

/// How `tally user` reports a refusal: `error[CODE]: message`, the fix, exit status 2.
enum UserError {
    static func fail(_ code: String, _ message: String, fix: String) -> ExitCode {
        FileHandle.standardError.write(Data("error[\(code)]: \(message)\n  fix: \(fix)\n".utf8))
        return TallyExit.invalid
    }

    /// Runs `change` on the users file under its lock, reporting its failures.
    static func update<Result>(_ path: String, _ change: (inout AccountsFile) throws(AccountsFile.Failure) -> Result) throws -> Result {
        do { return try AccountsFile.update(path: path, change) } catch {
            throw report(error)
        }
    }

    static func load(_ path: String) throws -> AccountsFile {
        do { return try AccountsFile.load(path: path) } catch { throw report(error) }
    }

    static func report(_ failure: AccountsFile.Failure) -> ExitCode {
        switch failure {
        case .invalid(let diagnostics):
            DiagnosticText().print(diagnostics)
            FileHandle.standardError.write(Data("the users file has errors; nothing was changed\n".utf8))
            return TallyExit.invalid
        case .refused(let code, let message, let fix):
            return fail(code, message, fix: fix)
        case .problem(let message, let fix):
            return fail("users-file", message, fix: fix)
        }
    }

    /// A refusal thrown from inside an update, carrying its code.
    static func refusal(_ code: String, _ message: String, fix: String) -> AccountsFile.Failure {
        .refused(code: code, message, fix: fix)
    }
}
