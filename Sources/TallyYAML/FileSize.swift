import Foundation

/// The size of a file from one `stat` call: nil when there is no such file or it is a folder.
/// (FileManager's attributes build a dictionary of every attribute, and a roll-up asks this
/// for tens of thousands of files.)
public enum FileSize {
    public static func of(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        return Int(info.st_size)
    }
}
