import TallyYAML

/// An RFC 4180 CSV reader over UTF-8 bytes: comma or semicolon (detected from the
/// header), quoted cells with doubled quotes and line breaks, an optional byte-order mark.
struct CSVParser {
    /// One cell and where it starts.
    struct Cell {
        /// The cell's UTF-8 text: a slice of the file, or the unescaped content of a quoted cell.
        var bytes: ArraySlice<UInt8>
        var mark: Mark
        var width: Int

        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// Whether the cell is empty or white space alone (`trimmedOfWhitespace` is empty).
        var isBlank: Bool {
            if bytes.isEmpty { return true }
            if bytes.contains(where: { WhiteSpace.neverIn(UInt32($0)) }) { return false }
            return text.trimmedOfWhitespace.isEmpty
        }

        /// Calls `body` with the cell's bytes without white space at either end (as `trimmedOfWhitespace`).
        func withTrimmedBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
            if let first = bytes.first, let last = bytes.last, WhiteSpace.neverIn(UInt32(first)), WhiteSpace.neverIn(UInt32(last)) {
                return bytes.withUnsafeBytes(body)
            }
            var trimmed = text.trimmedOfWhitespace
            return trimmed.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    /// A syntax problem, with its place.
    struct Failure: Error {
        var code: DiagnosticCode
        var mark: Mark
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var scanLineStart = -1
    private var scanIndex = 0
    private var scanColumn = 1
    private(set) var separator = UInt8(ascii: ",")
    /// How many cells the last row had: room for as many is made at once for the next.
    private var lastWidth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
        separator = Self.detectSeparator(bytes[index...])
    }

    /// Picks `;` when the header row has more semicolons than commas outside quotes.
    static func detectSeparator(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Consumes one line break at `index`: CR LF, LF, or a lone CR (old Mac and some exports).
    private mutating func skipLineBreak() {
        guard index < bytes.count else { return }
        if bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") { index += 2 } else { index += 1 }
        line += 1
        lineStart = index
    }

    /// The mark of a byte on the current line; columns are counted incrementally, so a long
    /// line costs linear time, not quadratic.
    private mutating func mark(at position: Int) -> Mark {
        if scanLineStart != lineStart || position < scanIndex {
            scanLineStart = lineStart
            scanIndex = lineStart
            scanColumn = 1
        }
        while scanIndex < position {
            if bytes[scanIndex] & 0xC0 != 0x80 { scanColumn += 1 }
            scanIndex += 1
        }
        return Mark(line: line, column: scanColumn, offset: position)
    }

    /// The next row (nil at the end of input); blank lines are skipped.
    mutating func nextRow() throws(Failure) -> (line: Int, cells: [Cell])? {
        while index < bytes.count, bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
            skipLineBreak()
        }
        guard index < bytes.count else { return nil }
        let rowLine = line
        var cells: [Cell] = []
        cells.reserveCapacity(lastWidth)
        while true {
            cells.append(try cell())
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == separator { index += 1; continue }
            skipLineBreak()
            break
        }
        lastWidth = cells.count
        return (rowLine, cells)
    }

    private mutating func cell() throws(Failure) -> Cell {
        let start = mark(at: index)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            let begin = index
            while index < bytes.count, bytes[index] != separator, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
                if bytes[index] == UInt8(ascii: "\"") {
                    throw Failure(code: .strayQuote, mark: mark(at: index))
                }
                index += 1
            }
            let cell = bytes[begin..<index]
            return Cell(bytes: cell, mark: start, width: max(1, cell.withUnsafeBytes { CharacterCount.of(utf8: $0) }))
        }
        index += 1
        var content: [UInt8] = []
        while true {
            guard index < bytes.count else {
                throw Failure(code: .unclosedQuote, mark: start)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                    content.append(byte)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                let breakStart = index
                skipLineBreak()
                content.append(contentsOf: bytes[breakStart..<index])
                continue
            }
            content.append(byte)
            index += 1
        }
        if index < bytes.count, bytes[index] != separator, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
            throw Failure(code: .textAfterQuote, mark: mark(at: index))
        }
        return Cell(bytes: content[...], mark: start, width: content.withUnsafeBytes { CharacterCount.of(utf8: $0) } + 2)
    }
}
