import Foundation

/// Where the cells of a worksheet shown as text start: per line (a sheet row), the text column
/// where each cell starts and its sheet column, from which the reference (`C7`) is written.
public struct CellPlaces: Sendable {
    // Kept flat rather than as a dictionary of rows of structs: a sheet of 300,000 rows holds 1.5
    // million cells. Line n's cells are at indices firstCell[n - 1] ..< firstCell[n].
    private var firstCell: [Int32] = [0]
    private var textColumns: [Int32] = []
    private var sheetColumns: [Int32] = []

    public init() {}

    /// A cell of the line being added: the text column where it starts, and its sheet column (1 is A).
    public mutating func add(textColumn: Int, sheetColumn: Int) {
        textColumns.append(Int32(clamping: textColumn))
        sheetColumns.append(Int32(clamping: sheetColumn))
    }

    /// Ends the line being added (line 1 first); the next cells belong to the next line.
    public mutating func endLine() { firstCell.append(Int32(textColumns.count)) }

    /// The reference of the cell holding text `column` of `line` ("A7" when the row has no cells).
    public func reference(line: Int, column: Int) -> String {
        guard line >= 1, line < firstCell.count, firstCell[line - 1] < firstCell[line] else { return "A\(line)" }
        let cells = Int(firstCell[line - 1])..<Int(firstCell[line])
        let cell = cells.last { Int(textColumns[$0]) <= column } ?? cells.lowerBound
        return Self.columnName(Int(sheetColumns[cell])) + String(line)
    }

    /// Column 28 as "AB".
    public static func columnName(_ column: Int) -> String {
        var number = column, name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}

/// A file being read: its displayed path and, when loaded whole, its bytes.
///
/// Streamed files keep no bytes; their lines are read back from disk only when
/// a diagnostic needs an excerpt.
public final class SourceFile: Sendable {
    /// The path as it is shown to the user.
    public let path: String
    /// The whole content, for files read into memory.
    public let bytes: [UInt8]?

    /// For a worksheet shown as text (one line per row), where each cell starts, so that places
    /// read `FILE#SHEET!C7` rather than a line and column.
    public let cellPlaces: CellPlaces?

    public init(path: String, bytes: [UInt8]?, cellPlaces: CellPlaces? = nil) {
        self.path = path
        self.bytes = bytes
        self.cellPlaces = cellPlaces
    }

    /// Whether the file is a spreadsheet (CSV or a workbook's sheet), for fixes that speak of columns.
    public var isSpreadsheet: Bool { cellPlaces != nil || path.lowercased().hasSuffix(".csv") }

    /// `path:line:column`, or `path!C7` for a worksheet's cell.
    public func place(_ mark: Mark) -> String {
        if let cellPlaces { return "\(path)!\(cellPlaces.reference(line: mark.line, column: mark.column))" }
        return "\(path):\(mark.line):\(mark.column)"
    }

    /// Reads a whole file into memory.
    public static func read(path: String) throws(SourceReadError) -> SourceFile {
        SourceFile(path: path, bytes: try SourceFile.readBytes(path))
    }

    /// Reads the bytes of a file, with a precise error for folders and unreadable files: one
    /// open, one `fstat` and (for a file that does not grow meanwhile) one read.
    public static func readBytes(_ path: String) throws(SourceReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw errno == ENOENT || errno == ENOTDIR ? .missing(path) : .unreadable(path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path) }
        var bytes: [UInt8] = []
        // One byte more than the size, so that the read that fills it is seen to reach the end.
        var chunk = max(Int(info.st_size), 0) + 1
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + start, chunk) }
            if count < 0 && errno == EINTR {
                bytes.removeLast(chunk)
                continue
            }
            guard count >= 0 else { throw .unreadable(path) }
            bytes.removeLast(chunk - count)
            if count == 0 { return bytes }
            chunk = 1 << 16
        }
    }

    /// The text of 1-based line `number`, without its line break, if it exists.
    public func line(_ number: Int) -> String? {
        let content: [UInt8]
        if let bytes { content = bytes } else if let read = try? SourceFile.readBytes(path) { content = read } else { return nil }
        return SourceFile.line(number, in: content)
    }

    /// The texts of several lines at once, reading a file on disk once, in chunks, and only up
    /// to the last line asked for (printing the first errors of a huge file costs one pass, not
    /// one pass per error).
    public func lines(_ numbers: Set<Int>) -> [Int: String] {
        guard let last = numbers.max(), last >= 1 else { return [:] }
        if let bytes {
            let starts = SourceFile.lineStarts(bytes, upTo: bytes.count)
            return numbers.reduce(into: [:]) { result, number in result[number] = SourceFile.line(number, in: bytes, starts: starts) }
        }
        guard let file = fopen(path, "rb") else { return [:] }
        defer { fclose(file) }
        var result: [Int: String] = [:]
        var splitter = LineSplitter(wanted: numbers)
        // 64 KB at a time: a diagnostic's file is read once per report, often for one early line,
        // and a megabyte zeroed for each of a run's files cost more than reading them.
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while splitter.line <= last {
            let count = fread(&chunk, 1, chunk.count, file)
            if ferror(file) != 0 { return [:] }
            if count <= 0 { break }
            chunk.withUnsafeBufferPointer { buffer in
                splitter.feed(UnsafeBufferPointer(rebasing: buffer[0..<count]), into: &result)
            }
        }
        splitter.finish(into: &result)
        return result
    }

    /// The 1-based line and column (in characters) of a byte offset.
    public func position(ofByte offset: Int) -> Mark {
        let content = bytes ?? ((try? SourceFile.readBytes(path)) ?? [])
        let starts = SourceFile.lineStarts(content, upTo: min(offset, content.count))
        let lineStart = starts.last ?? 0
        let prefix = content[min(lineStart, content.count)..<min(offset, content.count)]
        let column = prefix.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } + 1
        return Mark(line: starts.count, column: column, offset: offset)
    }

    /// The number of lines, counted as libyaml counts them.
    public var lineCount: Int {
        let content = bytes ?? ((try? SourceFile.readBytes(path)) ?? [])
        return SourceFile.lineStarts(content, upTo: content.count).count
    }

    /// The byte offsets where lines start, up to `limit`, with the line breaks libyaml knows:
    /// CR LF, CR, LF, NEL (U+0085), LS (U+2028) and PS (U+2029).
    static func lineStarts(_ content: [UInt8], upTo limit: Int) -> [Int] {
        var starts = [0]
        var index = 0
        while index < limit {
            let width = breakWidth(content, at: index)
            if width > 0 {
                index += width
                if index <= limit && index <= content.count { starts.append(index) }
            } else {
                index += 1
            }
        }
        return starts
    }

    /// The length in bytes of the line break at `index`, or 0 when there is none.
    static func breakWidth(_ content: [UInt8], at index: Int) -> Int {
        let byte = content[index]
        if byte == 0x0A { return 1 }
        if byte == 0x0D { return index + 1 < content.count && content[index + 1] == 0x0A ? 2 : 1 }
        if byte == 0xC2, index + 1 < content.count, content[index + 1] == 0x85 { return 2 }
        if byte == 0xE2, index + 2 < content.count, content[index + 1] == 0x80, content[index + 2] == 0xA8 || content[index + 2] == 0xA9 { return 3 }
        return 0
    }

    static func line(_ number: Int, in content: [UInt8]) -> String? {
        line(number, in: content, starts: lineStarts(content, upTo: content.count))
    }

    static func line(_ number: Int, in content: [UInt8], starts: [Int]) -> String? {
        guard number >= 1 else { return nil }
        guard number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = start
        while end < content.count && breakWidth(content, at: end) == 0 { end += 1 }
        var slice = content[start..<end]
        if number == 1 && slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        return String(decoding: slice, as: UTF8.self)
    }
}

/// Splits bytes fed in chunks into lines at the breaks libyaml knows (see `lineStarts`),
/// keeping the text of wanted lines only.
struct LineSplitter {
    private(set) var line = 1
    private var current: [UInt8] = []
    /// Bytes that may begin a line break split across chunks (CR, or the lead of NEL, LS, PS).
    private var held: [UInt8] = []
    /// The lines wanted, in order, and the first of them not yet passed: lines only go forward, so
    /// whether one is wanted is a comparison, not a set's hash per line.
    private let wanted: [Int]
    private var nextWanted = 0

    init(wanted: Set<Int>) { self.wanted = wanted.sorted() }

    /// Whether the line being read is one of those wanted.
    private mutating func wantsLine() -> Bool {
        while nextWanted < wanted.count && wanted[nextWanted] < line { nextWanted += 1 }
        return nextWanted < wanted.count && wanted[nextWanted] == line
    }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout [Int: String]) {
        var keeping = wantsLine()
        var index = 0
        while index < bytes.count {
            if held.isEmpty {
                // Most bytes neither end a line nor may start a break: taken (or passed) in one run.
                let run = index
                // Eight bytes at a time past those that cannot end or start a break (`LineStarts`' test).
                while index + 8 <= bytes.count,
                      !LineStarts.mayHoldBreak(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                }
                while index < bytes.count, !LineStarts.mayBreak(bytes[index]) { index += 1 }
                if keeping && index > run { current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index])) }
                if index == bytes.count { break }
            }
            let byte = bytes[index]
            index += 1
            if !held.isEmpty {
                held.append(byte)
                switch held {
                case [0x0D, 0x0A], [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9]:
                    held.removeAll()
                    end(into: &result)
                    keeping = wantsLine()
                    continue
                case [0xE2], [0xE2, 0x80]:
                    continue
                default:
                    if held[0] == 0x0D {
                        // A lone CR ends the line; the byte after it starts the next one.
                        held.removeAll()
                        end(into: &result)
                        keeping = wantsLine()
                        if byte == 0x0D || byte == 0xC2 || byte == 0xE2 { held = [byte]; continue }
                        if byte == 0x0A { end(into: &result); keeping = wantsLine(); continue }
                        if keeping { current.append(byte) }
                        continue
                    }
                    let bytes = held
                    held.removeAll()
                    if keeping { current += bytes.dropLast() }
                    if byte == 0x0A { end(into: &result); keeping = wantsLine(); continue }
                    if byte == 0x0D || byte == 0xC2 || byte == 0xE2 { held = [byte]; continue }
                    if keeping { current.append(byte) }
                    continue
                }
            }
            if byte == 0x0A {
                end(into: &result)
                keeping = wantsLine()
            } else if byte == 0x0D || byte == 0xC2 || byte == 0xE2 {
                held = [byte]
            } else if keeping {
                current.append(byte)
            }
        }
    }

    mutating func finish(into result: inout [Int: String]) {
        if held.first == 0x0D {
            held.removeAll()
            end(into: &result)
        } else if wantsLine() {
            current += held
        }
        held.removeAll()
        if wantsLine() { end(into: &result) }
    }

    private mutating func end(into result: inout [Int: String]) {
        if wantsLine() {
            var text = current[...]
            if line == 1 && text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
            result[line] = String(decoding: text, as: UTF8.self)
        }
        current.removeAll(keepingCapacity: true)
        line += 1
    }
}

/// Finds where bytes stop being valid UTF-8.
public enum UTF8Check {
    /// The offset of the first byte that breaks UTF-8, if any.
    public static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0) }
    }

    static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes at a time (no byte with its high bit set): most of a CSV file.
            while index + 8 <= bytes.count,
                  UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
            if length == 3 && ((byte == 0xE0 && bytes[index + 1] < 0xA0) || (byte == 0xED && bytes[index + 1] > 0x9F)) { return index }
            if length == 4 && ((byte == 0xF0 && bytes[index + 1] < 0x90) || (byte == 0xF4 && bytes[index + 1] > 0x8F)) { return index }
            index += length
        }
        return nil
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
