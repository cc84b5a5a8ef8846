import Foundation

/// Tells a typo from an empty year when a `records:` glob matches no file: a folder that exists
/// but holds no records file yet is the normal state at the start of a year (a note); a folder
/// that does not exist, or records files the pattern misses, is an error with a did-you-mean.
enum RecordPatternCheck {
    static let recordSuffixes = [".yaml", ".yml", ".csv", ".xlsx"]

    static func isRecordsFile(_ name: String) -> Bool {
        recordSuffixes.contains { name.lowercased().hasSuffix($0) }
    }

    /// What to say about `pattern` (as written) whose resolved form `path` matches nothing;
    /// `journal` is the programme's declared journal when the pattern matches it.
    static func diagnose(pattern: String, path: String, journal: String? = nil) -> (code: DiagnosticCode, arguments: [String: LocalizedText], otherFix: Bool) {
        let folder = Glob.literalFolder(of: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            if let journal {
                // The declared journal's folder is created with the first record: not a typo.
                return (.journalFolderNotYet, ["pattern": "\(pattern)", "folder": "\(folder)", "journal": "\(journal)"], false)
            }
            let meant = nearestFolder(folder)
            return (.recordsFolderMissing, ["pattern": "\(pattern)", "folder": "\(folder)", "meant": "\(meant ?? "")"], meant != nil)
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let missed = entries.filter(isRecordsFile)
        let parent = FilePath.parent(of: path)
        let lastComponent = (path as NSString).lastPathComponent
        if folder == (parent.isEmpty ? "." : parent), let (meant, matched) = nearMiss(lastComponent, missed) {
            let written = FilePath.parent(of: pattern)
            return (.recordsGlobMissesFiles, ["pattern": "\(pattern)", "folder": "\(folder)", "files": "\(shown(matched))",
                                              "meant": "\(written.isEmpty ? meant : written + "/" + meant)"], false)
        }
        if !missed.isEmpty { return (.recordsFolderOtherFiles, ["pattern": "\(pattern)", "folder": "\(folder)", "files": "\(shown(missed))"], false) }
        return (.recordsFolderEmpty, ["pattern": "\(pattern)", "folder": "\(folder)"], false)
    }

    static func shown(_ names: [String]) -> String {
        names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
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

    /// The existing folder nearest to a folder that does not exist (`records/2025` for `records/2026`).
    static func nearestFolder(_ folder: String) -> String? {
        var existing = folder
        var missing: [String] = []
        var isDirectory: ObjCBool = false
        while !(FileManager.default.fileExists(atPath: existing, isDirectory: &isDirectory) && isDirectory.boolValue) {
            let parent = FilePath.parent(of: existing)
            missing.insert((existing as NSString).lastPathComponent, at: 0)
            if parent == existing || parent.isEmpty { existing = existing.hasPrefix("/") ? "/" : "."; break }
            existing = parent
        }
        guard let first = missing.first else { return nil }
        let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: existing)) ?? []).filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: (existing as NSString).appendingPathComponent(name), isDirectory: &isFolder) && isFolder.boolValue
        }
        guard let near = Suggestion.nearest(to: first, in: siblings).first else { return nil }
        return ([existing == "." ? nil : existing, near] + missing.dropFirst().map { Optional($0) }).compactMap { $0 }.joined(separator: "/")
    }
}
