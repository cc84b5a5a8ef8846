import Foundation
import HTTPTypes
import Hummingbird

/// Whose address a request is, for login throttling. Normally the connection's peer. Behind a
/// reverse proxy every connection comes from the proxy, so 5 failures of anyone would lock
/// everyone out: when the peer is a proxy named with `--trusted-proxy`, the client is the last
/// `X-Forwarded-For` entry that is not itself a trusted proxy. The header of any other peer is
/// ignored, so nobody escapes throttling by writing it.
public enum ClientAddress {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    static func of(peer: String, forwardedFor header: String?, trusted: Set<String>) -> String {
        guard trusted.contains(normal(peer)), let header else { return peer }
        let hops = header.split(separator: ",").map { normal($0.trimmingCharacters(in: .whitespaces)) }
        for hop in hops.reversed() where !trusted.contains(hop) {
            return hop.isEmpty ? peer : hop
        }
        return peer
    }

    /// An address as one compares it: IPv4-mapped IPv6 (`::ffff:10.0.0.1`) as IPv4, lower case.
    static func normal(_ address: String) -> String {
        let lower = address.lowercased()
        return lower.hasPrefix("::ffff:") && lower.contains(".") ? String(lower.dropFirst(7)) : lower
    }

    /// Whether `text` is an IPv4 or IPv6 address (what `--trusted-proxy` takes).
    public static func isAddress(_ text: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }
}

/// Sets the request context's client address (`ClientAddress`) before anything reads it.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = TallyRequestContext
    let trusted: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !trusted.isEmpty else { return try await next(request, context) }
        var context = context
        context.address = ClientAddress.of(peer: context.address, forwardedFor: request.headers[ClientAddress.forwardedFor], trusted: trusted)
        return try await next(request, context)
    }
}
