import Foundation

/// What a `/p/...` address asks for: a programme (its slug may span folders) and a page of it.
public struct ProgrammeAddress: Sendable, Equatable {
    public enum Page: Sendable, Equatable {
        /// `/p/SLUG`
        case report
        /// `/p/SLUG/t/TARGET`
        case target(String)
        /// `/p/SLUG/remind`
        case remind
        /// `/p/SLUG/NAME...`: a page another route group may serve (e.g. `record`).
        case other([String])
    }

    public var slug: String
    public var page: Page

    /// Splits the decoded path components after `/p/` into a slug among `slugs` and a page: the
    /// longest leading run of components that names a programme wins, so `t` and `remind` may
    /// also be folder names.
    public static func parse(_ components: [String], slugs: Set<String>) -> ProgrammeAddress? {
        guard !components.isEmpty else { return nil }
        for count in stride(from: components.count, through: 1, by: -1) {
            let slug = components[..<count].joined(separator: "/")
            guard slugs.contains(slug) else { continue }
            let rest = Array(components[count...])
            switch rest.count {
            case 0: return ProgrammeAddress(slug: slug, page: .report)
            case 1 where rest[0] == "remind": return ProgrammeAddress(slug: slug, page: .remind)
            case 2 where rest[0] == "t": return ProgrammeAddress(slug: slug, page: .target(rest[1]))
            default: return ProgrammeAddress(slug: slug, page: .other(rest))
            }
        }
        return nil
    }
}

/// Path components from a raw request path: split on `/`, then percent-decoded one by one, so an
/// encoded slash (`..%2f`) stays inside its component and is refused with it.
public enum PathComponents {
    /// The decoded components after `prefix` components, or nil when one cannot be decoded or
    /// is `.`, `..`, empty after decoding, or holds a slash, a backslash or a NUL.
    public static func decode(_ path: String, dropping prefix: Int) -> [String]? {
        let raw = path.split(separator: "/", omittingEmptySubsequences: true).dropFirst(prefix)
        var out: [String] = []
        for part in raw {
            guard let decoded = String(part).removingPercentEncoding, !decoded.isEmpty, decoded != ".", decoded != "..",
                  !decoded.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\u{0}" }) else { return nil }
            out.append(decoded)
        }
        return out
    }

    /// A path of components encoded for an address (each component percent-encoded, joined by `/`).
    public static func encode(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { component in
            String(component).addingPercentEncoding(withAllowedCharacters: allowed) ?? String(component)
        }.joined(separator: "/")
    }

    static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        set.insert(charactersIn: "-._~")
        return set
    }()
}
