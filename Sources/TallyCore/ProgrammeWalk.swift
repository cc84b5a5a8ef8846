import Foundation

/// The programmes below a folder, found a slice at a time in `ProgrammeFinder`'s order (a folder's
/// own files first, then its sub-folders', each in name order): a tree of a national year's
/// programmes is walked as it is checked, never listed whole. It holds the folder being read and,
/// for each folder above it, the sub-folders still to visit. A link to a folder counts as that
/// folder, unless it leads back to a folder the walk is already inside (a loop, read once).
public struct ProgrammeWalk {
    /// A folder still to read, with the folders it is inside (device and inode), to stop at loops.
    private struct Pending {
        var path: String
        var ancestors: [FileIdentity]
    }

    struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64

        init?(_ path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// Folders still to read, the next last.
    private var folders: [Pending]
    /// YAML files of the folders read, not yet told apart.
    private var candidates: [String] = []
    private var nextCandidate = 0
    private let recursive: Bool

    public init(_ folder: String, recursive: Bool) {
        let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        folders = [Pending(path: base, ancestors: [])]
        self.recursive = recursive
    }

    /// The next programmes, at most `count` of them (each candidate's first lines are read on every
    /// core); nil when the walk is over.
    public mutating func next(upTo count: Int) -> [String]? {
        var programmes: [String] = []
        while programmes.count < count {
            if nextCandidate == candidates.count {
                candidates.removeAll(keepingCapacity: true)
                nextCandidate = 0
                guard let folder = folders.popLast() else { break }
                read(folder)
                continue
            }
            let end = min(candidates.count, nextCandidate + count - programmes.count)
            let slice = Array(candidates[nextCandidate..<end])
            nextCandidate = end
            let found = ParallelMap.map(slice) { ProgrammeFinder.isProgramme($0) }
            programmes += zip(slice, found).filter(\.1).map(\.0)
        }
        return programmes.isEmpty ? nil : programmes
    }

    /// Takes `folder`'s YAML files as candidates and, when recursive, its sub-folders to visit next.
    private mutating func read(_ folder: Pending) {
        let identity = FileIdentity(folder.path)
        if let identity, folder.ancestors.contains(identity) { return }
        let listing = FolderListing(folder.path)
        let prefix = folder.path == "." ? "" : folder.path + "/"
        for file in listing.files where file.hasSuffix(".yaml") || file.hasSuffix(".yml") { candidates.append(prefix + file) }
        guard recursive else { return }
        let ancestors = folder.ancestors + (identity.map { [$0] } ?? [])
        folders += listing.folders.reversed().map { Pending(path: prefix + $0, ancestors: ancestors) }
    }
}
