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
        let console = file.console
        guard Account.isValidName(name) else {
            throw console.fail(.badUserName, ["name": "\(name)"])
        }
        guard let role = Role(rawValue: role.lowercased()) else {
            throw console.fail(Diagnostic(.unknownRole, ["role": "\(self.role)"]).suggesting(Suggestion.nearest(to: self.role, in: Role.allCases.map(\.rawValue))))
        }
        let account = Account(name: name, role: role, programmes: programmes, units: units)
        if let problem = AccountRules.problem(account) { throw console.fail(problem, ["name": "\(name)"]) }
        let existing = try console.load(file.path)
        if let other = existing.account(named: name) { throw console.fail(duplicate(other.name)) }
        let password = try PasswordInput.read(fromStandardInput: passwordStdin, for: name, console: console)
        if let problem = Credentials.passwordProblem(password) { throw console.fail(problem) }
        var made = account
        made.passwordHash = Credentials.hashPassword(password)
        try console.update(file.path) { (users: inout AccountsFile) throws(AccountsFile.Failure) in
            if let other = users.account(named: name) { throw .refused(duplicate(other.name)) }
            users.accounts.append(made)
        }
        console.say(UserWords.added(role, name, file.path))
    }

    func duplicate(_ other: String) -> Diagnostic { Diagnostic(.duplicateUser, ["name": "\(other)", "given": "\(name)"]) }
}

/// Reads a password: from standard input's first line, or asked twice on the terminal without echo.
enum PasswordInput {
    static func read(fromStandardInput: Bool, for name: String, console: UserConsole) throws -> String {
        if fromStandardInput {
            guard var line = Swift.readLine(strippingNewline: true) else {
                throw console.fail(.noPassword, ["why": UserWords.noStandardInput])
            }
            if line.hasSuffix("\r") { line.removeLast() }
            return line
        }
        guard isatty(0) == 1 else {
            throw console.fail(.noPassword, ["why": UserWords.noTerminal(name)])
        }
        let first = try ask(UserWords.passwordFor(name), console: console)
        let second = try ask(UserWords.again, console: console)
        guard first == second else { throw console.fail(.passwordMismatch) }
        return first
    }

    /// Asks on the terminal with echo turned off (and back on afterwards).
    static func ask(_ prompt: LocalizedText, console: UserConsole) throws -> String {
        console.say(prompt, to: .standardError, newline: false)
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
            throw console.fail(.noPassword, ["why": UserWords.nothingTyped])
        }
        return line
    }
}
