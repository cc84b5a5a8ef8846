import Foundation

/// A file being read: its displayed path and, when loaded whole, its bytes.
///
/// Streamed files keep no bytes; their lines are read back from disk only when
/// a diagnostic needs an excerpt.
public final class SourceFile: Sendable {
    /// The path as it is shown to the user.
    public let path: String
    /// The whole content, for files read into memory.
    public let bytes: [UInt8]?

    public init(path: String, bytes: [UInt8]?) {
        self.path = path
        self.bytes = bytes
    }

    /// Reads a whole file into memory.
    public static func read(path: String) throws(SourceReadError) -> SourceFile {
        SourceFile(path: path, bytes: try SourceFile.readBytes(path))
    }

    /// Reads the bytes of a file, with a precise error for folders and unreadable files.
    public static func readBytes(_ path: String) throws(SourceReadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path)
        }
        if isDirectory.boolValue { throw .isDirectory(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return [UInt8](data)
    }

    /// The text of 1-based line `number`, without its line break, if it exists.
    public func line(_ number: Int) -> String? {
        let content: [UInt8]
        if let bytes { content = bytes } else if let read = try? SourceFile.readBytes(path) { content = read } else { return nil }
        return SourceFile.line(number, in: content)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    public func position(ofByte offset: Int) -> Mark {
        let content = bytes ?? ((try? SourceFile.readBytes(path)) ?? [])
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, content.count) where content[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let prefix = content[lineStart..<min(offset, content.count)]
        let column = prefix.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } + 1
        return Mark(line: line, column: column, offset: offset)
    }

    static func line(_ number: Int, in content: [UInt8]) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = 0
        var index = 0
        while index < content.count && current < number {
            if content[index] == UInt8(ascii: "\n") {
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == number, start <= content.count else { return nil }
        var end = start
        while end < content.count && content[end] != UInt8(ascii: "\n") { end += 1 }
        if end > start && content[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        var slice = content[start..<end]
        if number == 1 && slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        return String(decoding: slice, as: UTF8.self)
    }
}

/// Why a file could not be read.
public enum SourceReadError: Error, Sendable, Equatable {
    case missing(String)
    case isDirectory(String)
    case unreadable(String)

    public var path: String {
        switch self {
        case .missing(let path), .isDirectory(let path), .unreadable(let path): path
        }
    }
}
