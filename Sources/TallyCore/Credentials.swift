import Crypto
import Foundation
import HummingbirdBcrypt

/// Passwords as bcrypt hashes and API tokens as SHA-256 hashes: the only forms in which they are stored.
public enum Credentials {
    /// The bcrypt cost (log2 of the rounds): FORMAT.md asks for at least 10.
    public static let bcryptCost: UInt8 = 12
    /// bcrypt reads only the first 72 bytes of a password.
    public static let longestPassword = 72
    public static let shortestPassword = 8

    /// Why a password cannot be used, or nil.
    public static func passwordProblem(_ password: String) -> Diagnostic? {
        let problem: LocalizedText
        if password.count < shortestPassword {
            problem = LocalizedText(en: "is shorter than \(shortestPassword) characters", vi: "ngắn hơn \(shortestPassword) ký tự")
        } else if password.utf8.count > longestPassword {
            problem = LocalizedText(en: "is longer than \(longestPassword) bytes (bcrypt reads no more)", vi: "dài quá \(longestPassword) byte (bcrypt không đọc quá độ dài này)")
        } else if password.utf8.contains(0) {
            problem = LocalizedText(en: "holds a NUL character", vi: "có ký tự NUL")
        } else {
            return nil
        }
        return Diagnostic(.weakPassword, ["problem": problem])
    }

    /// The bcrypt hash of a password (a fresh random salt each time).
    public static func hashPassword(_ password: String, cost: UInt8 = bcryptCost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` matches a stored bcrypt hash.
    public static func verifyPassword(_ password: String, hash: String) -> Bool {
        guard hash.hasPrefix("$2"), !password.utf8.contains(0) else { return false }
        return Bcrypt.verify(password, hash: hash)
    }

    /// A bcrypt hash of nothing anyone knows, checked against when a name is unknown so that
    /// a failed login takes as long for an unknown name as for a wrong password.
    public static let decoyHash = Bcrypt.hash(randomHex(bytes: 16), cost: bcryptCost)

    /// The cost a bcrypt hash was made with, if it reads as one.
    public static func bcryptCost(of hash: String) -> Int? {
        let parts = hash.split(separator: "$", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[0].hasPrefix("2") else { return nil }
        return Int(parts[1])
    }

    /// A new API token: 256 random bits from the system's CSPRNG, as `tally_` and 64 hex digits.
    public static func newToken() -> String { "tally_" + randomHex(bytes: 32) }

    /// How a token is stored: `sha256:` and the hex SHA-256 of its UTF-8 bytes.
    public static func tokenHash(_ token: String) -> String {
        "sha256:" + hex(SHA256.hash(data: Data(token.utf8)))
    }

    /// `bytes` random bytes from the system's cryptographically secure generator, in hex.
    public static func randomHex(bytes: Int) -> String {
        let key = SymmetricKey(size: SymmetricKeySize(bitCount: bytes * 8))
        return key.withUnsafeBytes { hex($0) }
    }

    /// The hex SHA-256 of some bytes (evidence files are named by it).
    public static func sha256Hex(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    /// Compares two strings in time that depends only on their lengths.
    public static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
