import ArgumentParser
import Foundation
import TallyCore

/// `tally user remove NAME`: the account, its password and its token go at once.
struct UserRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an account (its sessions end on the server's next request).")

    @Argument(help: "The account name.")
    var name: String

    @OptionGroup var file: UsersFileOptions

    func run() throws {
        let console = file.console
        let removed = try console.update(file.path) { (users: inout AccountsFile) throws(AccountsFile.Failure) -> String in
            guard let account = users.account(named: name) else { throw UserUnknown.refusal(name, in: users) }
            users.accounts.removeAll { Account.sameName($0.name, name) }
            return account.name
        }
        console.say(UserWords.removed(removed, file.path))
    }
}

/// The refusal for a name that has no account, with the nearest names.
enum UserUnknown {
    static func refusal(_ name: String, in users: AccountsFile) -> AccountsFile.Failure {
        let names = users.accounts.map(\.name)
        let unknown = Diagnostic(.unknownUser, ["name": "\(name)"])
        return .refused(names.isEmpty ? unknown.withOtherFix : unknown.suggesting(Suggestion.nearest(to: name, in: names)))
    }
}
