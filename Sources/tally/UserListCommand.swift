import ArgumentParser
import Foundation
import TallyCore

/// `tally user list`: one line per account (never a hash).
struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts, their roles, programmes and units.")

    @OptionGroup var file: UsersFileOptions

    func run() throws {
        let console = file.console
        let users = try console.load(file.path)
        guard !users.accounts.isEmpty else {
            console.say(UserWords.noAccounts(file.path), to: .standardError)
            return
        }
        for account in users.accounts { console.say(UserWords.listed(account)) }
    }
}
