/// What each role needs and refuses when an account is made or read: a clerk names programmes
/// and units, an inspector neither, a board programmes at most.
public enum AccountRules {
    public struct Problem: Sendable, Equatable {
        public var code: String
        public var message: String
        public var fix: String
    }

    /// Why `account` is not a well-formed account of its role, or nil.
    public static func problem(_ account: Account) -> Problem? {
        switch account.role {
        case .inspector where !account.programmes.isEmpty || !account.units.isEmpty:
            return Problem(code: "inspector-scope", message: "an inspector reads every programme and records nothing, so \"\(account.name)\" takes no programmes or units",
                           fix: "remove --programme and --unit, or give the account the role board or clerk")
        case .board where !account.units.isEmpty:
            return Problem(code: "board-units", message: "a board member records for every unit of their programmes, so \"\(account.name)\" takes no units",
                           fix: "remove --unit, or give the account the role clerk")
        case .clerk where account.programmes.isEmpty:
            return Problem(code: "clerk-without-programme", message: "a clerk reads only their programmes, and \"\(account.name)\" names none",
                           fix: "add --programme SLUG (the programme's path below the served folder, without .yaml)")
        case .clerk where account.units.isEmpty:
            return Problem(code: "clerk-without-unit", message: "a clerk records only for their units, and \"\(account.name)\" names none",
                           fix: "add --unit UNIT (a roster member's name, id or alias)")
        default:
            return nil
        }
    }
}
