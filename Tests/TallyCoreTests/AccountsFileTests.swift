import Foundation
import Testing
@testable import TallyCore
import TallyYAML

/// The users file: written through libyaml, read back with diagnostics, hashes only, atomic and locked.
@Suite struct AccountsFileTests {
    func scratch() throws -> String {
        let folder = Scratch.folder("users")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(".tally/users.yaml").path
    }

    @Test func roundTripsAccountsWithHashesOnly() throws {
        let path = try scratch()
        let token = Credentials.newToken()
        try AccountsFile.update(path: path) { (file: inout AccountsFile) throws(AccountsFile.Failure) in
            file.accounts.append(Account(name: "lan", role: .clerk, programmes: ["2024-cd-so"], units: ["Trung tâm Dịch vụ việc làm", "NO # - x"],
                                         passwordHash: Credentials.hashPassword("mật khẩu dài", cost: 10), tokenHash: Credentials.tokenHash(token)))
            file.accounts.append(Account(name: "kiem-tra", role: .inspector))
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("mật khẩu dài") && !text.contains(token))
        #expect(text.contains("$2b$10$"))
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600, "readable by its owner only")
        let read = try AccountsFile.load(path: path)
        #expect(read.accounts.map(\.name) == ["lan", "kiem-tra"])
        #expect(read.accounts[0].units == ["Trung tâm Dịch vụ việc làm", "NO # - x"])
        #expect(read.account(named: "LAN")?.name == "lan")
        #expect(read.account(token: token)?.name == "lan")
        #expect(read.account(token: token + "0") == nil)
        #expect(Credentials.verifyPassword("mật khẩu dài", hash: read.accounts[0].passwordHash!))
        #expect(!Credentials.verifyPassword("mật khẩu dàj", hash: read.accounts[0].passwordHash!))
    }

    @Test func aMissingFileHasNoAccounts() throws {
        #expect(try AccountsFile.load(path: try scratch()).accounts.isEmpty)
    }

    func errors(_ yaml: String) -> [String] {
        do {
            _ = try AccountsFile.parse(SourceFile(path: "users.yaml", bytes: Array(yaml.utf8)))
            return []
        } catch {
            guard case .invalid(let diagnostics) = error else { return ["\(error)"] }
            return diagnostics.items.map { "\($0.start?.line ?? 0):\($0.start?.column ?? 0): \($0.message)" }
        }
    }

    @Test func badFilesAreDiagnosedWithPlaces() {
        let hash = Credentials.hashPassword("password1", cost: 10)
        #expect(errors("- {name: a, role: boss}\n") == ["1:19: \"boss\" is not a role"])
        #expect(errors("- {name: a, role: board, pasword: x}\n") == ["1:26: unknown key \"pasword\" in an account"])
        #expect(errors("- {name: a, role: board, password: hunter22}\n") == ["1:36: password must be a bcrypt hash of cost 10 or more"])
        #expect(errors("- {name: a, role: board, password: \"$2b$04$abcdefghijklmnopqrstuu\"}\n") == ["1:36: password must be a bcrypt hash of cost 10 or more"])
        #expect(errors("- {name: a, role: board, token: abc}\n") == ["1:33: token must be a SHA-256 hash (sha256: and 64 hex digits)"])
        #expect(errors("- {name: a, role: board, password: \"\(hash)\"}\n- {name: A, role: inspector}\n") == ["2:3: the account \"A\" is written twice (also as \"a\")"])
        #expect(errors("- {name: a, role: clerk, programmes: [p]}\n") == ["1:3: a clerk records only for their units, and \"a\" names none"])
        #expect(errors("name: a\n") == ["1:1: the users file must be a list, not a mapping"])
        #expect(errors("- {name: \"a b\", role: board}\n") == ["1:10: \"a b\" is not a usable account name"])
        #expect(errors("- {name: a, role: board\n").count == 1)
        #expect(errors("[]\n").isEmpty && errors("").isEmpty)
    }

    @Test func concurrentUpdatesLoseNothing() throws {
        let path = try scratch()
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            _ = try? AccountsFile.update(path: path) { (file: inout AccountsFile) throws(AccountsFile.Failure) in
                file.accounts.append(Account(name: "u\(index)", role: .inspector))
            }
        }
        #expect(Set(try AccountsFile.load(path: path).accounts.map(\.name)) == Set((0..<16).map { "u\($0)" }))
    }

    @Test func tokensAreRandom256BitsAndStoredAsSHA256() {
        let a = Credentials.newToken(), b = Credentials.newToken()
        #expect(a != b && a.count == 6 + 64 && a.hasPrefix("tally_"))
        #expect(Credentials.tokenHash("abc") == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func passwordsAreBcryptOfCostAtLeastTen() {
        let hash = Credentials.hashPassword("correct horse")
        #expect(Credentials.bcryptCost(of: hash).map { $0 >= 10 } == true)
        #expect(Credentials.verifyPassword("correct horse", hash: hash))
        #expect(!Credentials.verifyPassword("correct horse", hash: "plain"))
        #expect(Credentials.passwordProblem("short") != nil)
        #expect(Credentials.passwordProblem(String(repeating: "ă", count: 40)) != nil, "80 bytes is more than bcrypt reads")
        #expect(Credentials.passwordProblem("long enough") == nil)
    }
}
