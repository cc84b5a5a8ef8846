import Foundation
import TallyYAML

/// The users file (FORMAT.md section 13): a YAML list of accounts, read with diagnostics like any
/// other file of Tally, and changed only under an exclusive lock with an atomic replace.
///
/// ```yaml
/// - name: "lan"
///   role: "clerk"
///   programmes: ["2024-cd-so-ldtbxh-thai-nguyen"]
///   units: ["Trung tâm Dịch vụ việc làm"]
///   password: "$2b$12$..."
///   token: "sha256:..."
/// ```
public struct AccountsFile: Sendable {
    public static let keys = ["name", "role", "programmes", "units", "password", "token"]
    public static let header = "# Tally accounts, written by `tally user`. Passwords are kept only as bcrypt hashes,\n# API tokens only as SHA-256 hashes.\n"

    public var path: String
    public var accounts: [Account]

    public init(path: String, accounts: [Account] = []) {
        self.path = path
        self.accounts = accounts
    }

    /// The default users file below a served folder.
    public static func defaultPath(dir: String) -> String {
        (dir.isEmpty ? "." : dir) + "/.tally/users.yaml"
    }

    /// Why a `tally user` command or the server cannot use the users file.
    public enum Failure: Error, Sendable {
        case invalid(Diagnostics)
        /// The file could not be changed, or the command making the change refused it (an unknown
        /// or duplicate name).
        case refused(Diagnostic)
    }

    /// Reads the users file; a missing file is an empty one.
    public static func load(path: String) throws(Failure) -> AccountsFile {
        guard FileManager.default.fileExists(atPath: path) else { return AccountsFile(path: path) }
        let source: SourceFile
        do { source = try SourceFile.read(path: path) } catch {
            var diagnostics = Diagnostics()
            diagnostics.add(FileProblem.diagnostic(for: error, isProgramme: false))
            throw .invalid(diagnostics)
        }
        return try parse(source)
    }

    /// Reads a users file already in memory.
    public static func parse(_ source: SourceFile) throws(Failure) -> AccountsFile {
        var diagnostics = Diagnostics()
        let (root, errors) = YAMLDocument(allowsAliases: false).parse(source)
        for error in errors { diagnostics.add(.yaml(error, in: source)) }
        var accounts: [Account] = []
        if let root, !root.isNull {
            if let items = root.sequence {
                for item in items {
                    guard let account = account(item, &diagnostics) else { continue }
                    if let earlier = accounts.first(where: { Account.sameName($0.name, account.name) }) {
                        diagnostics.add(.duplicateAccount, ["name": "\(account.name)", "other": "\(earlier.name)"], at: item)
                        continue
                    }
                    accounts.append(account)
                }
            } else {
                diagnostics.add(.notAList, ["what": Subject.usersFile, "found": root.kindWords, "example": "- {name: lan, role: clerk}"], at: root)
            }
        }
        if diagnostics.hasErrors { throw .invalid(diagnostics) }
        return AccountsFile(path: source.path, accounts: accounts)
    }

    static func account(_ node: Node, _ diagnostics: inout Diagnostics) -> Account? {
        guard let fields = NodeFields(node, what: "an account", allowed: keys, diagnostics: &diagnostics,
                                      example: "{name: lan, role: clerk, programmes: [...], units: [...]}") else { return nil }
        let name = fields.required("name", what: "an account", example: "name: lan", diagnostics: &diagnostics).flatMap { Read.text($0, what: "name", &diagnostics) }
        let roleNode = fields.required("role", what: "an account", example: "role: clerk", diagnostics: &diagnostics)
        var role: Role?
        if let roleNode, let text = Read.text(roleNode, what: "role", &diagnostics) {
            role = Role(rawValue: text)
            if role == nil {
                diagnostics.add(Diagnostic(.unknownRole, ["role": "\(text)"], at: roleNode).suggesting(Suggestion.nearest(to: text, in: Role.allCases.map(\.rawValue))))
            }
        }
        let programmes = fields["programmes"].flatMap { Read.list($0, what: "programmes", &diagnostics) } ?? []
        let units = fields["units"].flatMap { Read.list($0, what: "units", &diagnostics) } ?? []
        let password = fields["password"].flatMap { Read.text($0, what: "password", &diagnostics) }
        if let node = fields["password"], let password, Credentials.bcryptCost(of: password).map({ $0 < 10 }) ?? true {
            diagnostics.add(.passwordNotAHash, at: node)
        }
        let token = fields["token"].flatMap { Read.text($0, what: "token", &diagnostics) }
        if let node = fields["token"], let token, !(token.hasPrefix("sha256:") && token.count == 71) {
            diagnostics.add(.tokenNotAHash, at: node)
        }
        if let nameNode = fields["name"], let name, !Account.isValidName(name) {
            diagnostics.add(.badUserName, ["name": "\(name)"], at: nameNode)
            return nil
        }
        guard let name, let role else { return nil }
        var account = Account(name: name, role: role, programmes: programmes, units: units, passwordHash: password, tokenHash: token)
        if let problem = AccountRules.problem(account) {
            diagnostics.add(problem, ["name": "\(account.name)"], at: node)
            account.units = []
            return nil
        }
        return account
    }

    /// The account named `name` (letter case and Unicode form ignored).
    public func account(named name: String) -> Account? {
        accounts.first { Account.sameName($0.name, name) }
    }

    /// The account whose API token is `token`, compared by hash.
    public func account(token: String) -> Account? {
        let hash = Credentials.tokenHash(token)
        return accounts.first { account in account.tokenHash.map { Credentials.constantTimeEqual($0, hash) } ?? false }
    }

    /// The file's content as libyaml writes it.
    public func serialised() -> [UInt8] {
        var text = Self.header
        for account in accounts {
            var fields: [(key: String, value: YAMLEmitter.Value)] = [("name", .text(account.name)), ("role", .text(account.role.rawValue))]
            if !account.programmes.isEmpty { fields.append(("programmes", .list(account.programmes.map { .text($0) }))) }
            if !account.units.isEmpty { fields.append(("units", .list(account.units.map { .text($0) }))) }
            if let hash = account.passwordHash { fields.append(("password", .text(hash))) }
            if let hash = account.tokenHash { fields.append(("token", .text(hash))) }
            text += YAMLEmitter.recordItem(fields) ?? ""
        }
        if accounts.isEmpty { text += "[]\n" }
        return Array(text.utf8)
    }

    /// Reads the file under its lock, lets `change` edit the accounts, and writes the result
    /// atomically (a new file, and its folder, readable by its owner only).
    @discardableResult
    public static func update<Result>(path: String, _ change: (inout AccountsFile) throws(Failure) -> Result) throws(Failure) -> Result {
        let folder = FilePath.parent(of: path)
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) } catch {
                throw .refused(notWritten(path, folder, "\(error.localizedDescription)"))
            }
        }
        let lock: FileLock
        do { lock = try FileLock(for: path) } catch { throw .refused(notWritten(path, folder, error.reason)) }
        defer { lock.unlock() }
        var file = try load(path: path)
        let result = try change(&file)
        if !FileManager.default.fileExists(atPath: path) {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { close(fd) }
        }
        do { try AtomicFile.replace(path, with: file.serialised()) } catch { throw .refused(notWritten(path, folder, error.reason)) }
        return result
    }

    static func notWritten(_ path: String, _ folder: String, _ detail: LocalizedText) -> Diagnostic {
        Diagnostic(.usersFileNotWritten, ["file": "\(path)", "folder": "\(folder.isEmpty ? "." : folder)", "detail": detail])
    }
}
