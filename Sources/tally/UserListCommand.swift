import ArgumentParser
import Foundation
import TallyCore

/// `tally user list`: one line per account (never a hash).
struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts, their roles, programmes and units.")

    @OptionGroup var file: UsersFileOptions

    func run() throws {
        let users = try UserError.load(file.path)
        guard !users.accounts.isEmpty else {
            UserWords.say(UserWords.noAccounts(file.path), to: .standardError)
            return
        }
        for account in users.accounts {
            var line = "\(account.name)\t\(account.role.rawValue)"
            line += "\tprogrammes: " + (account.programmes.isEmpty ? (account.role == .clerk ? "none" : "all") : account.programmes.joined(separator: ", "))
            if account.role == .clerk { line += "\tunits: " + account.units.joined(separator: ", ") }
            line += "\tpassword: " + (account.passwordHash == nil ? "no" : "yes")
            line += "\ttoken: " + (account.tokenHash == nil ? "no" : "yes")
            print(line)
        }
    }
}
