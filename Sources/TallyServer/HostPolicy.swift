import Foundation
import TallyCore

/// Where the server may listen: without accounts it is read-only for anyone who can reach it,
/// so it listens only on this machine.
public enum HostPolicy {
    /// Why `host` is refused for a server without accounts (`host-not-loopback`), or nil when it
    /// is a loopback address.
    public static func refusal(host: String, folder: String) -> Diagnostic? {
        guard !isLoopback(host) else { return nil }
        return Diagnostic(.hostNotLoopback, ["host": LocalizedText(host), "folder": LocalizedText(folder)])
    }

    /// Whether `host` names this machine only: `localhost`, 127.0.0.0/8 or ::1.
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if name.lowercased() == "localhost" { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, name, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, name, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { bytes in bytes.dropLast().allSatisfy { $0 == 0 } && bytes.last == 1 }
        }
        return false
    }

    /// The address to print for `host` and `port`, with brackets around an IPv6 address.
    public static func url(host: String, port: Int) -> String {
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shown):\(port)"
    }
}
