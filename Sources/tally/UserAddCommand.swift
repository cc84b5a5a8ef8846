import ArgumentParser
import Foundation
import TallyCore

/// `tally user add NAME --role ROLE [--programme SLUG]... [--unit UNIT]... [--password-stdin]`.
struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account; asks for its password (without echo), or reads it from standard input."
    )

    @Argument(help: "The account name (letters, digits, \".\", \"_\", \"-\").")
    var name: String

    @Option(help: "board, inspector or clerk.")
    var role: String

    @Option(name: .customLong("programme"), help: "A programme's slug: its path below the served folder without .yaml (repeatable).")
    var programmes: [String] = []

    @Option(name: .customLong("unit"), help: "A unit a clerk records for: a roster member's name, id or alias (repeatable).")
    var units: [String] = []

    @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
    var passwordStdin = false

    @OptionGroup var file: UsersFileOptions

    func run() throws {
        guard Account.isValidName(name) else {
            throw UserError.fail("bad-user-name", "\"\(name)\" is not a usable account name", fix: "use 1 to 64 letters, digits, \".\", \"_\" or \"-\"")
        }
        guard let role = Role(rawValue: role.lowercased()) else {
            let hint = Suggestion.didYouMean(self.role, in: Role.allCases.map(\.rawValue))
            throw UserError.fail("unknown-role", "\"\(self.role)\" is not a role", fix: (hint.map { $0 + " " } ?? "") + "the roles are board, inspector and clerk")
        }
        let account = Account(name: name, role: role, programmes: programmes, units: units)
        if let problem = AccountRules.problem(account) { throw UserError.fail(problem.code, problem.message, fix: problem.fix) }
        let existing = try UserError.load(file.path)
        if let other = existing.account(named: name) { throw duplicate(other.name) }
        let password = try PasswordInput.read(fromStandardInput: passwordStdin, for: name)
        if let problem = Credentials.passwordProblem(password) {
            throw UserError.fail("weak-password", problem, fix: "choose a password of 8 or more characters (a short sentence is easy to remember)")
        }
        var made = account
        made.passwordHash = Credentials.hashPassword(password)
        try UserError.update(file.path) { (users: inout AccountsFile) throws(AccountsFile.Failure) in
            if let other = users.account(named: name) { throw UserError.refusal("duplicate-user", duplicateMessage(other.name), fix: duplicateFix) }
            users.accounts.append(made)
        }
        print("added \(role.rawValue) \(name) to \(file.path)")
    }

    func duplicateMessage(_ other: String) -> String { "an account named \"\(other)\" already exists" }
    var duplicateFix: String { "choose another name, or `tally user remove \(name)` first" }
    func duplicate(_ other: String) -> ExitCode { UserError.fail("duplicate-user", duplicateMessage(other), fix: duplicateFix) }
}

/// Reads a password: from standard input's first line, or asked twice on the terminal without echo.
enum PasswordInput {
    static func read(fromStandardInput: Bool, for name: String) throws -> String {
        if fromStandardInput {
            guard var line = Swift.readLine(strippingNewline: true) else {
                throw UserError.fail("no-password", "standard input is empty", fix: "pipe the password in: printf '%s\\n' \"$PASSWORD\" | tally user add ...")
            }
            if line.hasSuffix("\r") { line.removeLast() }
            return line
        }
        guard isatty(0) == 1 else {
            throw UserError.fail("no-password", "there is no terminal to ask \(name)'s password on", fix: "pass --password-stdin and pipe the password in")
        }
        let first = try ask("Password for \(name): ")
        let second = try ask("Again: ")
        guard first == second else { throw UserError.fail("password-mismatch", "the two passwords differ", fix: "run the command again and type the same password twice") }
        return first
    }

    /// Asks on the terminal with echo turned off (and back on afterwards).
    static func ask(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        let hasTerminal = tcgetattr(0, &saved) == 0
        if hasTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(0, TCSAFLUSH, &quiet)
        }
        defer {
            if hasTerminal { tcsetattr(0, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true) else {
            throw UserError.fail("no-password", "no password was typed", fix: "type the password and press Enter")
        }
        return line
    }
}
