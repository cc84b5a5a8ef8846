import Foundation

/// Expands `records:` patterns: `*`, `?` and `[...]` within a path component, `**` for any depth.
public enum Glob {
    /// Whether `pattern` has any wildcard.
    public static func isPattern(_ pattern: String) -> Bool {
        pattern.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[") }
    }

    /// The regular files matching `pattern`, sorted by path.
    public static func expand(_ pattern: String) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var results: Set<String> = []
        walk(base: absolute ? "/" : "", components: components[...], into: &results)
        return results.sorted()
    }

    private static func walk(base: String, components: ArraySlice<String>, into results: inout Set<String>) {
        let manager = FileManager.default
        guard let first = components.first else {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: base, isDirectory: &isDirectory), !isDirectory.boolValue { results.insert(base) }
            return
        }
        let rest = components.dropFirst()
        let directory = base.isEmpty ? "." : base
        func join(_ name: String) -> String { base.isEmpty ? name : (base.hasSuffix("/") ? base + name : base + "/" + name) }
        if first == "**" {
            walk(base: base, components: rest, into: &results)
            for entry in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] where !entry.hasPrefix(".") {
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: join(entry), isDirectory: &isDirectory), isDirectory.boolValue {
                    walk(base: join(entry), components: components, into: &results)
                }
            }
            return
        }
        guard isPattern(first) else {
            walk(base: join(first), components: rest, into: &results)
            return
        }
        for entry in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] where !entry.hasPrefix(".") || first.hasPrefix(".") {
            if fnmatch(first, entry, 0) == 0 { walk(base: join(entry), components: rest, into: &results) }
        }
    }

    /// The folder a pattern starts looking in: its components before the first one with a wildcard.
    public static func literalFolder(of pattern: String) -> String {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let literal = components.prefix { !isPattern($0) && $0 != "**" }.dropLast(components.allSatisfy { !isPattern($0) } ? 1 : 0)
        let joined = literal.joined(separator: "/")
        if pattern.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Whether `path` is one of the paths `pattern` names (component by component, `**` for any depth).
    public static func matches(_ path: String, _ pattern: String) -> Bool {
        let names = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        func match(_ n: Int, _ p: Int) -> Bool {
            guard p < parts.count else { return n == names.count }
            if parts[p] == "**" { return (n...names.count).contains { match($0, p + 1) } }
            guard n < names.count else { return false }
            let hidden = names[n].hasPrefix(".") && !parts[p].hasPrefix(".")
            return !hidden && fnmatch(parts[p], names[n], 0) == 0 && match(n + 1, p + 1)
        }
        return path.hasPrefix("/") == pattern.hasPrefix("/") && match(0, 0)
    }

    /// Folds `.` and `..` out of a relative or absolute path, lexically.
    public static func normalize(_ path: String) -> String {
        // On the bytes: `/` and `.` are ASCII, so no UTF-8 sequence holds them, and comparing parts
        // as Strings (by characters, normalising each) was a good part of loading a roll-up.
        let bytes = Array(path.utf8)
        let absolute = bytes.first == UInt8(ascii: "/")
        var parts: [ArraySlice<UInt8>] = []
        let dot: [UInt8] = [UInt8(ascii: ".")], dots: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: ".")]
        for part in bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if part.elementsEqual(dot) { continue }
            if part.elementsEqual(dots), let last = parts.last, !last.elementsEqual(dots) { parts.removeLast(); continue }
            if part.elementsEqual(dots), absolute { continue }
            parts.append(part)
        }
        var joined: [UInt8] = absolute ? [UInt8(ascii: "/")] : []
        for (index, part) in parts.enumerated() {
            if index > 0 { joined.append(UInt8(ascii: "/")) }
            joined.append(contentsOf: part)
        }
        return joined.isEmpty ? "." : String(decoding: joined, as: UTF8.self)
    }

    /// `relative` resolved against the folder holding `file`.
    public static func resolve(_ relative: String, besideFile file: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        let folder = FilePath.parent(of: file)
        return normalize(folder.isEmpty ? relative : folder + "/" + relative)
    }
}
