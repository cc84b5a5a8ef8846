import Foundation
import Testing

/// `tally user add/remove/token/list` against a real users file, with the errors people make.
@Suite struct UserCommandTests {
    @Test func addsListsMakesATokenAndRemoves() throws {
        let folder = try TemporaryFolder()
        let add = try TallyRunner.run(["user", "add", "lan", "--role", "clerk", "--programme", "2024-cd-so", "--unit", "TTDVVL", "--unit", "Văn phòng Sở",
                                       "--password-stdin", "--dir", folder.url.path], input: "mật khẩu của Lan\n")
        #expect(add.status == 0, "\(add.stderr)")
        let users = folder.url.appendingPathComponent(".tally/users.yaml").path
        let text = try String(contentsOfFile: users, encoding: .utf8)
        #expect(text.contains("password: \"$2b$12$") && !text.contains("mật khẩu"))
        let inspector = try TallyRunner.run(["user", "add", "kt", "--role", "inspector", "--password-stdin", "--users", users], input: "another secret\n")
        #expect(inspector.status == 0, "\(inspector.stderr)")
        let token = try TallyRunner.run(["user", "token", "LAN", "--users", users])
        #expect(token.status == 0)
        let printed = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(printed.hasPrefix("tally_") && printed.count == 70)
        let stored = try String(contentsOfFile: users, encoding: .utf8)
        #expect(!stored.contains(printed) && stored.contains("token: \"sha256:"))
        let list = try TallyRunner.run(["user", "list", "--dir", folder.url.path])
        #expect(list.stdout == "lan\tclerk\tprogrammes: 2024-cd-so\tunits: TTDVVL, Văn phòng Sở\tpassword: yes\ttoken: yes\nkt\tinspector\tprogrammes: all\tpassword: yes\ttoken: no\n")
        let remove = try TallyRunner.run(["user", "remove", "lan", "--users", users])
        #expect(remove.status == 0)
        #expect(try TallyRunner.run(["user", "list", "--users", users]).stdout.hasPrefix("kt\t"))
    }

    @Test(arguments: [
        (["add", "a", "--role", "boss", "--password-stdin"], "error[unknown-role]: \"boss\" is not a role\n  fix: the roles are board, inspector and clerk\n"),
        (["add", "a", "--role", "clerc", "--password-stdin"], "error[unknown-role]: \"clerc\" is not a role\n  fix: did you mean \"clerk\"?\n"),
        (["add", "kt", "--role", "board", "--password-stdin"], "error[duplicate-user]: an account named \"kt\" already exists\n  fix: choose another name, or `tally user remove kt` first\n"),
        (["add", "KT", "--role", "board", "--password-stdin"], "error[duplicate-user]: an account named \"kt\" already exists\n  fix: choose another name, or `tally user remove KT` first\n"),
        (["remove", "kx"], "error[unknown-user]: there is no account named \"kx\"\n  fix: did you mean \"kt\"?\n"),
        (["token", "nobody"], "error[unknown-user]: there is no account named \"nobody\"\n  fix: `tally user list` shows the accounts\n"),
        (["add", "c", "--role", "clerk", "--programme", "p", "--password-stdin"], "error[clerk-without-unit]: a clerk records only for their units, and \"c\" names none\n  fix: add --unit UNIT (a roster member's name, id or alias)\n"),
        (["add", "i", "--role", "inspector", "--unit", "x", "--password-stdin"], "error[inspector-scope]: an inspector reads every programme and records nothing, so \"i\" takes no programmes or units\n  fix: remove --programme and --unit, or give the account the role board or clerk\n"),
        (["add", "a b", "--role", "board", "--password-stdin"], "error[bad-user-name]: \"a b\" is not a usable account name\n  fix: use 1 to 64 letters, digits, \".\", \"_\" or \"-\"\n"),
        (["add", "short", "--role", "board", "--password-stdin"], "error[weak-password]: the password is shorter than 8 characters\n  fix: choose a password of 8 or more characters (a short sentence is easy to remember)\n"),
        (["add", "noterm", "--role", "board"], "error[no-password]: no password was given: there is no terminal to ask noterm's password on (pass --password-stdin)\n  fix: type the password and press Enter, or pipe it in: printf '%s\\n' \"$PASSWORD\" | tally user add NAME --role ROLE --password-stdin\n"),
    ])
    func refusesWithACodeAndExitTwo(arguments: [String], expected: String) throws {
        let folder = try TemporaryFolder()
        let users = folder.url.appendingPathComponent("users.yaml").path
        #expect(try TallyRunner.run(["user", "add", "kt", "--role", "inspector", "--password-stdin", "--users", users], input: "a long secret\n").status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: users))
        let run = try TallyRunner.run(["user"] + arguments + ["--users", users], input: arguments.first == "add" ? "pw\n" : nil)
        #expect(run.status == 2)
        #expect(run.stderr == expected)
        #expect(try Data(contentsOf: URL(fileURLWithPath: users)) == before, "nothing was changed")
    }

    @Test func aBrokenUsersFileIsDiagnosedAndLeftAlone() throws {
        let folder = try TemporaryFolder()
        let users = try folder.write("users.yaml", "- {name: a, role: board, password: hunter22}\n")
        let run = try TallyRunner.run(["user", "token", "a", "--users", users])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(users):1:36: error[password-not-a-hash]: password must be a bcrypt hash of cost 10 or more\n"))
        #expect(try String(contentsOfFile: users, encoding: .utf8) == "- {name: a, role: board, password: hunter22}\n")
    }
}
