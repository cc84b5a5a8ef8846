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

/// How `tally user` reports a refusal: `error[CODE]: message`, the fix (from the catalogue, in
/// the locale's language), exit status 2.
enum UserError {
    static func fail(_ diagnostic: Diagnostic) -> ExitCode {
        var diagnostics = Diagnostics()
        diagnostics.add(diagnostic)
        DiagnosticText().print(diagnostics)
        return TallyExit.invalid
    }

    static func fail(_ code: DiagnosticCode, _ arguments: [String: LocalizedText] = [:]) -> ExitCode {
        fail(Diagnostic(code, arguments))
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
            UserWords.say(UserWords.fileHasErrors, to: .standardError)
            return TallyExit.invalid
        case .refused(let diagnostic):
            return fail(diagnostic)
        }
    }
}

/// The lines `tally user` prints when all goes well, in the locale's language.
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

    static var language: Language { Language.chosen(flag: nil, programme: nil) }

    /// Writes one line (or a prompt, without a newline) in the locale's language.
    static func say(_ text: LocalizedText, to handle: FileHandle = .standardOutput, newline: Bool = true) {
        handle.write(Data((text.text(in: language) + (newline ? "\n" : "")).utf8))
    }
}
