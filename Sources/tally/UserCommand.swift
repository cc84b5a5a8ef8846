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

/// Where the users file is: `--users FILE`, or `--dir DIR` for `DIR/.tally/users.yaml`; and
/// `--lang`, the language `tally user` speaks (no programme: else the locale).
struct UsersFileOptions: ParsableArguments {
    @Option(help: "The users file.")
    var users: String?

    @Option(help: "The served folder: its users file is DIR/.tally/users.yaml (default: the current folder).")
    var dir: String?

    @OptionGroup var languageOption: LanguageOption

    var path: String { users ?? AccountsFile.defaultPath(dir: dir ?? ".") }

    var console: UserConsole { UserConsole(flag: languageOption.language) }

    func validate() throws {
        if users != nil && dir != nil { throw Refusal.argument(.usersAndDir, language: languageOption.language) }
    }
}

/// How `tally user` speaks: its refusals (`error[CODE]: message`, the fix, exit status 2) and its
/// lines, in `--lang`, else the locale's language.
struct UserConsole {
    let flag: Language?

    var language: Language { Language.chosen(flag: flag, programme: nil) }

    func fail(_ diagnostic: Diagnostic) -> ExitCode { Refusal.invalid(diagnostic, language: flag) }

    func fail(_ code: DiagnosticCode, _ arguments: [String: LocalizedText] = [:]) -> ExitCode {
        fail(Diagnostic(code, arguments))
    }

    /// Runs `change` on the users file under its lock, reporting its failures.
    func update<Result>(_ path: String, _ change: (inout AccountsFile) throws(AccountsFile.Failure) -> Result) throws -> Result {
        do { return try AccountsFile.update(path: path, change) } catch {
            throw report(error)
        }
    }

    func load(_ path: String) throws -> AccountsFile {
        do { return try AccountsFile.load(path: path) } catch { throw report(error) }
    }

    func report(_ failure: AccountsFile.Failure) -> ExitCode {
        switch failure {
        case .invalid(let diagnostics):
            DiagnosticText(language: flag).print(diagnostics)
            say(UserWords.fileHasErrors, to: .standardError)
            return TallyExit.invalid
        case .refused(let diagnostic):
            return fail(diagnostic)
        }
    }

    /// Writes one line (or a prompt, without a newline).
    func say(_ text: LocalizedText, to handle: FileHandle = .standardOutput, newline: Bool = true) {
        handle.write(Data((text.text(in: language) + (newline ? "\n" : "")).utf8))
    }
}

/// The lines `tally user` prints when all goes well, in both languages.
enum UserWords {
    static let fileHasErrors = LocalizedText(en: "the users file has errors; nothing was changed", vi: "tệp tài khoản có lỗi; chưa thay đổi gì")
    static func added(_ role: Role, _ name: String, _ path: String) -> LocalizedText {
        LocalizedText(en: "added \(role.rawValue) \(name) to \(path)", vi: "đã thêm \(role.rawValue) \(name) vào \(path)")
    }
    static func removed(_ name: String, _ path: String) -> LocalizedText {
        LocalizedText(en: "removed \(name) from \(path)", vi: "đã xoá \(name) khỏi \(path)")
    }
    static let tokenOnce = LocalizedText(en: "this token is shown only once: send it as \"Authorization: Bearer TOKEN\"",
                                         vi: "mã này chỉ hiện một lần: gửi kèm dạng \"Authorization: Bearer TOKEN\"")
    static func passwordFor(_ name: String) -> LocalizedText { LocalizedText(en: "Password for \(name): ", vi: "Mật khẩu của \(name): ") }
    static let again = LocalizedText(en: "Again: ", vi: "Gõ lại: ")
    static let noStandardInput = LocalizedText(en: "standard input is empty", vi: "đầu vào chuẩn trống")
    static func noTerminal(_ name: String) -> LocalizedText {
        LocalizedText(en: "there is no terminal to ask \(name)'s password on (pass --password-stdin)", vi: "không có màn hình lệnh để hỏi mật khẩu của \(name) (dùng --password-stdin)")
    }
    static func noAccounts(_ path: String) -> LocalizedText {
        LocalizedText(en: "no accounts in \(path): add one with `tally user add NAME --role ROLE`",
                      vi: "chưa có tài khoản nào trong \(path): thêm bằng `tally user add TÊN --role VAI_TRÒ`")
    }
    static let nothingTyped = LocalizedText(en: "nothing was typed", vi: "chưa gõ gì")

    /// One account of `tally user list`, tab-separated (never a hash).
    static func listed(_ account: Account) -> LocalizedText {
        let yes = LocalizedText(en: "yes", vi: "có"), no = LocalizedText(en: "no", vi: "không")
        var line = LocalizedText("\(account.name)\t\(account.role.rawValue)\t") + LocalizedText(en: "programmes: ", vi: "chương trình: ")
        line = line + (account.programmes.isEmpty
            ? (account.role == .clerk ? LocalizedText(en: "none", vi: "chưa có") : LocalizedText(en: "all", vi: "tất cả"))
            : LocalizedText(account.programmes.joined(separator: ", ")))
        if account.role == .clerk { line = line + LocalizedText(en: "\tunits: ", vi: "\tđơn vị: ") + LocalizedText(account.units.joined(separator: ", ")) }
        line = line + LocalizedText(en: "\tpassword: ", vi: "\tmật khẩu: ") + (account.passwordHash == nil ? no : yes)
        return line + LocalizedText(en: "\ttoken: ", vi: "\tmã API: ") + (account.tokenHash == nil ? no : yes)
    }
}
