import Foundation
import TallyCore

/// Where an evidence entry of a record points, as a link from the report's own folder: an http(s) URL
/// as it is; a path relative to the records file's folder (where evidence is kept beside the journal),
/// rewritten relative to the report; anything else with a scheme (`javascript:`, `data:`, `file:`) is no link.
public struct EvidenceLink: Sendable {
    /// The folder the report is written to (nil: the current folder, for standard output).
    let reportFolder: String?
    /// Another rule in place of this one (the web server's), if any.
    var override: (@Sendable (_ entry: String, _ recordsFile: String) -> String?)?

    public init(reportFolder: String?, override: (@Sendable (String, String) -> String?)? = nil) {
        self.reportFolder = reportFolder
        self.override = override
    }

    /// The `href` for `entry` of a record kept in `recordsFile`, or nil when it must not be a link.
    public func href(_ entry: String, recordsFile: String) -> String? {
        if let override { return override(entry, recordsFile) }
        let text = entry.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0 != "\"" && $0 != "<" && $0 != ">" } ? text : nil
        }
        if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }) {
            return nil
        }
        if text.contains("\\") { return nil }
        let recordsFolder = FilePath.parent(of: recordsFile)
        let target = text.hasPrefix("/") ? text : Self.join(recordsFolder, text)
        let relative = Self.relative(from: reportFolder ?? ".", to: target)
        return relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: ":?#;")))
    }

    static func join(_ folder: String, _ path: String) -> String { folder.isEmpty ? path : folder + "/" + path }

    /// Path components with `.` dropped and `..` folded, absolute paths made from the current folder.
    static func components(_ path: String) -> [String] {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [String] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(String(part))
        }
        return parts
    }

    /// The path from folder `from` to `to`.
    static func relative(from: String, to: String) -> String {
        let base = components(from), target = components(to)
        var common = 0
        while common < base.count && common < target.count && base[common] == target[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        return (up + target[common...]).joined(separator: "/")
    }
}
