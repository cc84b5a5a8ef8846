import Foundation

/// Tells a typo from an empty year when a `records:` glob matches no file: a folder that exists
/// but holds no records file yet is the normal state at the start of a year (a note); a folder
/// that does not exist, or records files the pattern misses, is an error with a did-you-mean.
enum RecordPatternCheck {
    static let recordSuffixes = [".yaml", ".yml", ".csv"]

    static func isRecordsFile(_ name: String) -> Bool {
        recordSuffixes.contains { name.lowercased().hasSuffix($0) }
    }

    /// What to say about `pattern` (as written) whose resolved form `path` matches nothing;
    /// `journal` is the programme's declared journal when the pattern matches it.
    static func diagnose(pattern: String, path: String, journal: String? = nil) -> (severity: Diagnostic.Severity, message: String, fix: String) {
        let folder = Glob.literalFolder(of: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            if let journal {
                // The declared journal's folder is created with the first record: not a typo.
                return (.note, "records: \"\(pattern)\" matches no file yet; the folder \(folder) does not exist yet",
                        fix: "nothing to fix: the first record creates it, with the journal \(journal)")
            }
            return (.error, "records: \"\(pattern)\" looks in the folder \(folder), which does not exist", fix: missingFolderFix(folder))
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let missed = entries.filter(isRecordsFile)
        let parent = (path as NSString).deletingLastPathComponent
        let lastComponent = (path as NSString).lastPathComponent
        if folder == (parent.isEmpty ? "." : parent), let (meant, matched) = nearMiss(lastComponent, missed) {
            let shown = matched.prefix(3).joined(separator: ", ") + (matched.count > 3 ? ", …" : "")
            let written = (pattern as NSString).deletingLastPathComponent
            return (.error, "records: \"\(pattern)\" matches none of the records files in \(folder) (\(shown))",
                    fix: "did you mean \"\(written.isEmpty ? meant : written + "/" + meant)\"? Change the pattern so it matches them, or move them out of the folder")
        }
        if !missed.isEmpty {
            let shown = missed.prefix(3).joined(separator: ", ") + (missed.count > 3 ? ", …" : "")
            return (.note, "records: \"\(pattern)\" matches no file yet; the folder \(folder) holds only other records files (\(shown))",
                    fix: "nothing to fix at the start of a year: tally record creates the first file")
        }
        return (.note, "records: \"\(pattern)\" matches no file yet; the folder \(folder) holds no records file",
                fix: "nothing to fix at the start of a year: tally record creates the first file")
    }

    /// A spelling of the pattern's last component that matches files in the folder when the
    /// pattern does not: another case, or `.yml` for `.yaml` (a typo, not an empty year).
    static func nearMiss(_ component: String, _ names: [String]) -> (String, [String])? {
        var variants = [component.lowercased()]
        for (from, to) in [(".yaml", ".yml"), (".yml", ".yaml")] where component.lowercased().hasSuffix(from) {
            variants.append(String(component.dropLast(from.count)) + to)
        }
        for variant in variants {
            let matched = names.filter { fnmatch(variant.lowercased(), $0.lowercased(), 0) == 0 }
            if !matched.isEmpty { return (variant, matched) }
        }
        return nil
    }

    /// The fix for a folder that does not exist: the nearest existing sibling, or how to create it.
    static func missingFolderFix(_ folder: String) -> String {
        var existing = folder
        var missing: [String] = []
        var isDirectory: ObjCBool = false
        while !(FileManager.default.fileExists(atPath: existing, isDirectory: &isDirectory) && isDirectory.boolValue) {
            let parent = (existing as NSString).deletingLastPathComponent
            missing.insert((existing as NSString).lastPathComponent, at: 0)
            if parent == existing || parent.isEmpty { existing = existing.hasPrefix("/") ? "/" : "."; break }
            existing = parent
        }
        if let first = missing.first {
            let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: existing)) ?? []).filter { name in
                var isFolder: ObjCBool = false
                return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: (existing as NSString).appendingPathComponent(name), isDirectory: &isFolder) && isFolder.boolValue
            }
            if let near = Suggestion.nearest(to: first, in: siblings).first {
                let meant = ([existing == "." ? nil : existing, near] + missing.dropFirst().map { Optional($0) }).compactMap { $0 }.joined(separator: "/")
                return "did you mean \(meant)? If not, create the folder: mkdir -p \(folder) (paths are relative to the programme file)"
            }
        }
        return "check the path (it is relative to the programme file), or create the folder: mkdir -p \(folder)"
    }
}
