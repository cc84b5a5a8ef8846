import Foundation

/// Which records file a new record goes into, and whether it must be created first. The one
/// decision shared by `tally record` and the web form.
public struct Journal: Sendable, Equatable {
    /// The file's path (relative to the working folder when the programme's path is).
    public var path: String
    /// Whether the file does not exist yet and the record starts it.
    public var isNew: Bool
    /// Whether its folder must be created too (only for the programme's declared journal).
    public var createsFolder: Bool

    /// The name of a journal that `tally record` starts in a records folder with no file yet.
    public static func defaultName(_ language: Language) -> String {
        language == .vi ? "nhat-ky.yaml" : "journal.yaml"
    }

    /// The file a record goes into: `into` when it is (or would be) one of the programme's YAML
    /// records files; else the declared journal; else the programme's only YAML records file;
    /// else, when there is none yet, a new file in the folder of its YAML pattern.
    public static func choose(for programme: Programme, declared: String? = nil, into: String?) throws(RecordAppender.Failure) -> Journal {
        var resolver = RecordLoader()
        let files = resolver.resolveFiles(for: programme)
        let resolved = programme.recordPatterns.map { Glob.resolve($0, besideFile: programme.path) }
        let literal = resolved.filter { !Glob.isPattern($0) }
        let patterns = resolved.filter { Glob.isPattern($0) && isYAML($0) }
        let declaredPath = declared.map { Glob.resolve($0, besideFile: programme.path) }
        let candidates = Array(Set(files + literal + (declaredPath.map { [$0] } ?? []))).sorted()
        if let into {
            let wanted = Glob.normalize(into)
            if let match = candidates.first(where: { AtomicFile.realPath($0) == AtomicFile.realPath(wanted) }) {
                guard isYAML(match) else {
                    throw .problem(Diagnostic(.recordIntoCSV, ["file": "\(into)"]))
                }
                return try journal(match, declared: declaredPath)
            }
            if isYAML(wanted), !FileManager.default.fileExists(atPath: wanted), patterns.contains(where: { Glob.matches(wanted, $0) }) {
                return try journal(wanted, declared: declaredPath)
            }
            throw .problem(Diagnostic(.notARecordsFile, ["file": "\(into)", "known": "\((candidates + patterns).joined(separator: ", "))"]))
        }
        if let declaredPath { return try journal(declaredPath, declared: declaredPath) }
        let yaml = candidates.filter(isYAML)
        if yaml.count > 1 {
            throw .problem(Diagnostic(.severalRecordsFiles, ["count": "\(yaml.count)", "known": "\(yaml.joined(separator: ", "))"]))
        }
        if let only = yaml.first { return try journal(only, declared: nil) }
        let starts = patterns.compactMap { pattern -> String? in
            let folder = Glob.literalFolder(of: pattern)
            let path = (folder == "." ? "" : folder + "/") + defaultName(programme.language)
            return Glob.matches(path, pattern) ? path : nil
        }
        guard let start = starts.first else {
            let year = programme.period.from.components.year
            throw .problem(patterns.isEmpty ? Diagnostic(.noRecordsFile, ["year": "\(year)"])
                                            : Diagnostic(.noRecordsFileName, ["patterns": LocalizedText.alternatives(patterns)]))
        }
        return try journal(start, declared: nil)
    }

    static func isYAML(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    /// The journal at `path`; its folder must exist unless it is the declared journal.
    static func journal(_ path: String, declared: String?) throws(RecordAppender.Failure) -> Journal {
        let exists = FileManager.default.fileExists(atPath: path)
        let folder = FilePath.parent(of: path)
        var isDirectory: ObjCBool = false
        let folderExists = folder.isEmpty || (FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue)
        if !folderExists && path != declared {
            throw .problem(Diagnostic(.newRecordsFolderMissing, ["folder": "\(folder)", "file": "\(path)"]))
        }
        return Journal(path: path, isNew: !exists, createsFolder: !folderExists)
    }
}
