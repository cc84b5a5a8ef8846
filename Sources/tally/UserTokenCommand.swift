import ArgumentParser
import Foundation
import TallyCore

/// `tally user token NAME`: a new API token, printed once; the file keeps only its SHA-256 hash,
/// and the account's earlier token stops working.
struct UserTokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Make a new API token for an account and print it once (the previous one stops working)."
    )

    @Argument(help: "The account name.")
    var name: String

    @OptionGroup var file: UsersFileOptions

    func run() throws {
        let console = file.console
        let token = Credentials.newToken()
        try console.update(file.path) { (users: inout AccountsFile) throws(AccountsFile.Failure) in
            guard let index = users.accounts.firstIndex(where: { Account.sameName($0.name, name) }) else { throw UserUnknown.refusal(name, in: users) }
            users.accounts[index].tokenHash = Credentials.tokenHash(token)
        }
        print(token)
        console.say(UserWords.tokenOnce, to: .standardError)
    }
}
