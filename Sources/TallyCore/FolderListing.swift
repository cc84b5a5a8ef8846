import Foundation

/// One folder's entries, read with `readdir`: visible names (not starting with "."), told apart into
/// sub-folders and files by the entry's own type where the file system gives one, by `stat`
/// otherwise (and for symbolic links, which count as what they point to).
struct FolderListing {
    var folders: [String] = []
    var files: [String] = []

    /// The entries of `folder`, each list in name order; empty when it cannot be read.
    init(_ folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): folders.append(name)
            case Int32(DT_REG): files.append(name)
            default:
                // Unknown (some file systems), a link or something else: ask stat, following links.
                var status = stat()
                guard stat(folder + "/" + name, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR { folders.append(name) } else if status.st_mode & S_IFMT == S_IFREG { files.append(name) }
            }
        }
        folders.sort()
        files.sort()
    }
}
