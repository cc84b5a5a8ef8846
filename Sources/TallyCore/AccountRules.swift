/// What each role needs and refuses when an account is made or read: a clerk names programmes
/// and units, an inspector neither, a board programmes at most.
public enum AccountRules {
    /// Why `account` is not a well-formed account of its role (a catalogue code that takes the
    /// account's `name`), or nil.
    public static func problem(_ account: Account) -> DiagnosticCode? {
        switch account.role {
        case .inspector where !account.programmes.isEmpty || !account.units.isEmpty: .inspectorScope
        case .board where !account.units.isEmpty: .boardUnits
        case .clerk where account.programmes.isEmpty: .clerkWithoutProgramme
        case .clerk where account.units.isEmpty: .clerkWithoutUnit
        default: nil
        }
    }
}
