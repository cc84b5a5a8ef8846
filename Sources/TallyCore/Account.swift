import Foundation

/// What a person may do on the web server (FORMAT.md section 13).
public enum Role: String, Sendable, CaseIterable {
    /// Reads its programmes (all when none is given) and records for any of their units.
    case board
    /// Reads every programme and records nothing.
    case inspector
    /// Reads its programmes and records only for its units.
    case clerk
}

/// One account of the users file: who, in which role, for which programmes and units,
/// with the password and API token kept only as hashes.
public struct Account: Sendable, Equatable {
    public var name: String
    public var role: Role
    /// Programme slugs (paths below the served folder without `.yaml`).
    public var programmes: [String]
    /// Units (roster members' names, ids or aliases) a clerk records for.
    public var units: [String]
    /// The bcrypt hash of the password; nil when the account can only use a token.
    public var passwordHash: String?
    /// The SHA-256 hash of the API token (`sha256:HEX`); nil when none was made.
    public var tokenHash: String?

    public init(name: String, role: Role, programmes: [String] = [], units: [String] = [],
                passwordHash: String? = nil, tokenHash: String? = nil) {
        self.name = name
        self.role = role
        self.programmes = programmes
        self.units = units
        self.passwordHash = passwordHash
        self.tokenHash = tokenHash
    }

    /// Whether `text` is a usable account name: 1 to 64 letters, digits, `.`, `_` or `-`.
    public static func isValidName(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 64 else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0) }
    }

    /// Whether two names are the same account (letter case and Unicode form ignored).
    public static func sameName(_ a: String, _ b: String) -> Bool { NameKey.of(a) == NameKey.of(b) }
}
