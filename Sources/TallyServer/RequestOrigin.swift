import HTTPTypes
import Hummingbird

/// Where a browser says a request came from. Browsers send `Sec-Fetch-Site` (and `Origin` on every
/// post); a post whose page was on another site is cross-site. Clients that send neither (curl,
/// scripts) are not browsers carrying someone's cookies, and are taken as they are.
enum RequestOrigin {
    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let origin = HTTPField.Name("Origin")!

    static func isCrossSite(_ request: Request) -> Bool {
        if let site = request.headers[fetchSite]?.lowercased() {
            return site != "same-origin" && site != "none"
        }
        guard let origin = request.headers[origin] else { return false }
        guard let host = request.head.authority ?? request.headers[HTTPField.Name("Host")!] else { return true }
        // `Origin: scheme://host[:port]`, compared with the Host the browser addressed.
        guard let separator = origin.range(of: "://") else { return true }
        return origin[separator.upperBound...].lowercased() != host.lowercased()
    }
}
