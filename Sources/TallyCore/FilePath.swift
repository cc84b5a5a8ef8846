import Foundation

/// Parts of file paths as Foundation's `NSString` gives them, worked out on bytes for the shapes a
/// walk and a programme's relative paths give (Foundation takes about 95,000 instructions for one,
/// and every programme of a roll-up asks for a few).
public enum FilePath {
    /// `(path as NSString).deletingLastPathComponent`: a path with one slash before its file name
    /// gives the part before it (a doubled slash further up stays doubled, where Foundation makes it
    /// single: `Glob.normalize` drops it, and a roll-up shows folders as the walk found them); a
    /// name without a folder gives ""; anything else (a trailing or doubled last slash, a file at the
    /// root) goes to Foundation. Tests compare the two on these shapes.
    public static func parent(of path: String) -> String {
        let bytes = path.utf8
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")), slash != bytes.startIndex, bytes.index(after: slash) != bytes.endIndex,
           bytes[bytes.index(before: slash)] != UInt8(ascii: "/") {
            return String(path[..<slash])
        }
        // A name with no slash but at its end ("p", "p.yaml", "x/"): no folder. Foundation says so
        // too, except that it crashes on a one-character name (SIGILL on this toolchain).
        if let last = bytes.lastIndex(where: { $0 != UInt8(ascii: "/") }), !bytes[...last].contains(UInt8(ascii: "/")) { return "" }
        return (path as NSString).deletingLastPathComponent
    }
}
