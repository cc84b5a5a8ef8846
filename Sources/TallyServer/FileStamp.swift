import Foundation
import TallyCore

/// What identifies a file's version on disk: device, inode, size and modification time to the
/// nanosecond (an editor's atomic replace changes the inode, an append the size and time).
/// A missing file has no stamp, so its appearance is a change too.
struct FileStamp: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var modifiedNanoseconds: Int64

    /// The stamp of the file or folder at `path` (following links), or nil when there is none.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         modified: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec))
    }

    /// The modification time in seconds since 1970.
    var modifiedSeconds: Double { Double(modified) + Double(modifiedNanoseconds) / 1e9 }
}

/// The stamps of every file a programme's evaluation read, and of the folders its records
/// patterns list, so an edit, a replaced file or a new file matching a pattern is noticed.
struct Fingerprint: Equatable, Sendable {
    var stamps: [String: FileStamp?]

    /// The fingerprint of the programme as loaded: its file, the templates its targets come from,
    /// its records files, the files its diagnostics point at (a template with errors), and the
    /// folders its patterns look in.
    static func of(_ path: String, loaded: LoadedProgramme) -> Fingerprint {
        var paths = Set([path] + loaded.files + (loaded.programme?.targets.compactMap(\.from) ?? []))
        for diagnostic in loaded.diagnostics.items { if let source = diagnostic.source?.path { paths.insert(source) } }
        for pattern in loaded.recordPatterns {
            if Glob.isPattern(pattern) { paths.formUnion(PatternFolders.folders(of: pattern)) } else { paths.insert(pattern) }
        }
        return Fingerprint(stamps: Dictionary(uniqueKeysWithValues: paths.map { ($0, FileStamp.of($0)) }))
    }

    /// The same files stamped again now.
    func restamped() -> Fingerprint {
        Fingerprint(stamps: Dictionary(uniqueKeysWithValues: stamps.keys.map { ($0, FileStamp.of($0)) }))
    }

    /// Whether a file was modified at or after `moment` (seconds since 1970): an edit made while
    /// the files were being read, which the loaded programme may have missed.
    func modified(since moment: Double) -> Bool {
        stamps.values.contains { $0.map { $0.modifiedSeconds >= moment } ?? false }
    }
}

/// The folders a records pattern lists: the folder before its first wildcard and, when a
/// wildcard is followed by more of the path (`*/x.yaml`, `**`), every folder below it.
enum PatternFolders {
    static let maxFolders = 10_000

    static func folders(of pattern: String) -> [String] {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let wild = components.firstIndex(where: Glob.isPattern) else { return [] }
        let prefix = (pattern.hasPrefix("/") ? "/" : "") + components[..<wild].joined(separator: "/")
        let base = prefix.isEmpty ? "." : prefix
        var folders = [base]
        if wild < components.count - 1 || components[wild] == "**" { below(base, into: &folders) }
        return folders
    }

    private static func below(_ folder: String, into folders: inout [String]) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
            guard folders.count < maxFolders else { return }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            folders.append(path)
            below(path, into: &folders)
        }
    }
}
