import Foundation

/// The one place that decides what an account may read and record. Pages, the API and the
/// record path all ask here; none of them decides a permission itself.
public enum Access {
    /// Why something was refused, for a `403` page or answer.
    public enum Refusal: Sendable, Equatable {
        /// The account may not read this programme.
        case programme(String)
        /// The role records nothing (inspectors).
        case readOnly
        /// A clerk recording without naming one of their units.
        case noUnit
        /// A clerk recording for a unit that is not theirs.
        case unit(String)

        /// The refusal as a diagnostic of the catalogue.
        public var diagnostic: Diagnostic {
            switch self {
            case .programme(let slug): Diagnostic(.notYourProgramme, ["slug": "\(slug)"])
            case .readOnly: Diagnostic(.readOnlyAccount)
            case .noUnit: Diagnostic(.chooseYourUnit)
            case .unit(let unit): Diagnostic(.notYourUnit, ["unit": "\(unit)"])
            }
        }

        public func message(_ language: Language) -> String { diagnostic.message(in: language) }
    }

    /// Whether `account` may read the programme `slug`.
    public static func mayRead(_ account: Account, programme slug: String) -> Bool {
        switch account.role {
        case .inspector: return true
        case .board: return account.programmes.isEmpty || account.programmes.contains { sameSlug($0, slug) }
        case .clerk: return account.programmes.contains { sameSlug($0, slug) }
        }
    }

    /// Whether `account` may record anything at all in the programme `slug` (shows the record form).
    public static func mayRecordSomething(_ account: Account, programme slug: String) -> Bool {
        account.role != .inspector && mayRead(account, programme: slug)
    }

    /// Whether `account` must name a unit to record (a clerk records for their own units only;
    /// the record form marks the field required).
    public static func mustNameUnit(_ account: Account) -> Bool { account.role == .clerk }

    /// Why `account` may not record a record for `unit` (nil: no unit) in `programme` (slug `slug`),
    /// or nil when it may. A unit is matched by the roster rules: id, name or alias, any letter case,
    /// NFC or NFD.
    public static func refusal(_ account: Account, recordingFor unit: String?, programme slug: String, _ programme: Programme) -> Refusal? {
        guard mayRead(account, programme: slug) else { return .programme(slug) }
        guard account.role != .inspector else { return .readOnly }
        let named = unit.flatMap { $0.trimmedOfWhitespace.isEmpty ? nil : $0 }
        guard let unit = named else { return mustNameUnit(account) ? .noUnit : nil }
        switch account.role {
        case .inspector: return .readOnly
        case .board: return nil
        case .clerk: return account.units.contains { sameUnit($0, unit, in: programme) } ? nil : .unit(unit)
        }
    }

    /// The units `account` may record for in `programme`, as the roster names them (for the form):
    /// every member of every roster for a board, the clerk's own units for a clerk, none for an inspector.
    public static func recordableUnits(_ account: Account, programme slug: String, _ programme: Programme) -> [String] {
        guard mayRecordSomething(account, programme: slug) else { return [] }
        var names: [String] = []
        for rosterName in programme.rosterOrder {
            for member in programme.rosters[rosterName]?.members ?? [] where !names.contains(member.name) {
                if account.role == .board || account.units.contains(where: { sameUnit($0, member.name, in: programme) }) {
                    names.append(member.name)
                }
            }
        }
        if account.role == .clerk {
            // Units no roster names (a programme without rosters keeps `unit` free text).
            for unit in account.units where !names.contains(where: { sameUnit($0, unit, in: programme) }) { names.append(unit) }
        }
        return names
    }

    /// Whether two spellings name the same unit: the same member of some roster, or, when no roster
    /// knows either, the same name by the matching rules.
    public static func sameUnit(_ a: String, _ b: String, in programme: Programme) -> Bool {
        var known = false
        for roster in programme.rosters.values {
            let left = roster.member(named: a), right = roster.member(named: b)
            if let left, left == right { return true }
            if left != nil || right != nil { known = true }
        }
        return !known && NameKey.of(a) == NameKey.of(b)
    }

    /// Slugs compare as paths: surrounding slashes and a `.yaml` ending are ignored.
    /// Whether the account's `granted` slug (as typed to `tally user add`, perhaps with `.yaml`)
    /// names the served programme `served` (already without its extension: only the account's side
    /// loses one, so `x` does not open a programme stored as `x.yaml.yaml`, whose slug is `x.yaml`).
    public static func sameSlug(_ granted: String, _ served: String) -> Bool {
        normalSlug(granted) == served.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))
    }

    public static func normalSlug(_ slug: String) -> String {
        var text = slug.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))
        for ending in [".yaml", ".yml"] where text.hasSuffix(ending) { text.removeLast(ending.count) }
        return text
    }
}
