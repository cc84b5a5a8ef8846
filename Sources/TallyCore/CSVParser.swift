import TallyYAML

/// An RFC 4180 CSV reader over UTF-8 bytes: comma or semicolon (detected from the
/// header), quoted cells with doubled quotes and line breaks, an optional byte-order mark.
struct CSVParser {
    /// One cell and where it starts. Its text is not held: it is `start..<end` of the file, or of
    /// the row's unescaped texts for a quoted cell with doubled quotes or line breaks; the parser
    /// gives it (`text(of:)`, `withTrimmedBytes(of:)`) until it reads the next row. A cell is then
    /// copied without a retain, and a file of a hundred thousand rows of twenty cells reads fast.
    struct Cell {
        var start: Int
        var end: Int
        var unescaped = false
        var mark: Mark
        var width: Int
    }

    /// A syntax problem, with its place; or `.notUTF8` at the first byte that breaks UTF-8 (only
    /// its offset is meaningful then), found on the way as `UTF8Check` would find it.
    struct Failure: Error {
        var code: DiagnosticCode
        var mark: Mark
    }

    private let bytes: [UInt8]
    /// The unescaped texts of the current row's quoted cells that held doubled quotes or line breaks.
    private var unescapedTexts: [UInt8] = []
    private var index = 0
    private var line = 1
    /// The column of the byte at `index`: the characters from its line's start (after a byte-order
    /// mark) to it, plus one. The bytes are read once, in order, so it follows them without counting any twice.
    private var column = 1
    private(set) var separator = UInt8(ascii: ",")
    /// How many cells the last row had: room for as many is made at once for the next.
    private var lastWidth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
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
    private mutating func skipLineBreak(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard index < bytes.count else { return }
        if bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") { index += 2 } else { index += 1 }
        line += 1
        column = 1
    }

    /// The next row (nil at the end of input); blank lines are skipped.
    mutating func nextRow() throws(Failure) -> (line: Int, cells: [Cell])? {
        var cells: [Cell] = []
        cells.reserveCapacity(lastWidth)
        guard let line = try nextRow(into: &cells) else { return nil }
        return (line, cells)
    }

    /// The same into `cells` (emptied first, its room kept), giving the row's line.
    mutating func nextRow(into cells: inout [Cell]) throws(Failure) -> Int? {
        cells.removeAll(keepingCapacity: true)
        unescapedTexts.removeAll(keepingCapacity: true)
        let bytes = self.bytes
        return try bytes.withUnsafeBufferPointer { (bytes) throws(Failure) -> Int? in try row(bytes, into: &cells) }
    }

    /// Reads one row. Its place is kept in locals while its unquoted cells are read (the commonest
    /// work of all, and a file has millions of cells), and in the parser for a quoted cell.
    private mutating func row(_ bytes: UnsafeBufferPointer<UInt8>, into cells: inout [Cell]) throws(Failure) -> Int? {
        while index < bytes.count, bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
            skipLineBreak(bytes)
        }
        guard index < bytes.count else { return nil }
        let rowLine = line, separator = separator, count = bytes.count
        var index = index, column = column
        while true {
            let byte = index < count ? bytes[index] : 0
            if byte == separator {
                // An empty cell, the commonest of all.
                cells.append(Cell(start: index, end: index, mark: Mark(line: line, column: column, offset: index), width: 1))
                index &+= 1
                column &+= 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                self.index = index
                self.column = column
                cells.append(try quotedCell(bytes, start: Mark(line: line, column: column, offset: index)))
                index = self.index
                column = self.column
            } else {
                let scan = try CSVTextScan(bytes, from: index, separator: separator)
                let start = Mark(line: line, column: column, offset: index), begin = index
                index = scan.end
                column &+= scan.characters
                if index < count, bytes[index] == UInt8(ascii: "\"") {
                    throw Failure(code: .strayQuote, mark: Mark(line: line, column: column, offset: index))
                }
                let width = scan.simple ? scan.width : CharacterCount.of(utf8: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[begin..<index])))
                cells.append(Cell(start: begin, end: index, mark: start, width: max(1, width)))
            }
            guard index < count else { break }
            if bytes[index] == separator { index &+= 1; column &+= 1; continue }
            break
        }
        self.index = index
        self.column = column
        skipLineBreak(bytes)
        lastWidth = cells.count
        return rowLine
    }

    /// Calls `body` with the UTF-8 text of `cell`, a cell of the row read last.
    func withBytes<Result>(of cell: Cell, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        (cell.unescaped ? unescapedTexts : bytes).withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[cell.start..<cell.end])) }
    }

    /// The text of `cell`, a cell of the row read last.
    func text(of cell: Cell) -> String { withBytes(of: cell) { String(decoding: $0, as: UTF8.self) } }

    /// Whether `cell` is empty or white space alone (`trimmedOfWhitespace` is empty).
    func isBlank(_ cell: Cell) -> Bool {
        if cell.start == cell.end { return true }
        if withBytes(of: cell, { $0.contains { WhiteSpace.neverIn(UInt32($0)) } }) { return false }
        return text(of: cell).trimmedOfWhitespace.isEmpty
    }

    /// Calls `body` with the bytes of `cell` without white space at either end (as `trimmedOfWhitespace`).
    func withTrimmedBytes<Result>(of cell: Cell, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        withBytes(of: cell) { bytes in
            if bytes.isEmpty || WhiteSpace.edgesAreNotSpace(bytes) { return body(bytes) }
            var trimmed = String(decoding: bytes, as: UTF8.self).trimmedOfWhitespace
            return trimmed.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    /// A quoted cell from its opening quote at `index`. Its text is unescaped into the row's texts
    /// only when it holds a doubled quote or a line break; otherwise it is the bytes between the quotes.
    private mutating func quotedCell(_ bytes: UnsafeBufferPointer<UInt8>, start: Mark) throws(Failure) -> Cell {
        index += 1
        column += 1
        let contentStart = index
        // Where this cell's text starts in `unescapedTexts`, once it is unescaped there.
        var escapedFrom: Int?
        var width = 0, simple = true
        while true {
            let scan = try CSVTextScan(bytes, from: index, separator: UInt8(ascii: "\""))
            if escapedFrom != nil { unescapedTexts.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<scan.end])) }
            index = scan.end
            column += scan.characters
            width += scan.width
            simple = simple && scan.simple
            guard index < bytes.count else {
                throw Failure(code: .unclosedQuote, mark: start)
            }
            let byte = bytes[index]
            if escapedFrom == nil && (byte != UInt8(ascii: "\"") || index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"")) {
                escapedFrom = unescapedTexts.count
                unescapedTexts.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
            }
            if byte == UInt8(ascii: "\"") {
                index += 1
                column += 1
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { break }
                unescapedTexts.append(byte)
                index += 1
                column += 1
                continue
            }
            let breakStart = index
            skipLineBreak(bytes)
            unescapedTexts.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[breakStart..<index]))
        }
        if index < bytes.count, bytes[index] != separator, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
            throw Failure(code: .textAfterQuote, mark: Mark(line: line, column: column, offset: index))
        }
        guard let from = escapedFrom else {
            let contentEnd = index - 1
            let text = UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd])
            return Cell(start: contentStart, end: contentEnd, mark: start, width: (simple ? width : CharacterCount.of(utf8: UnsafeRawBufferPointer(text))) + 2)
        }
        let unescapedWidth = unescapedTexts.withUnsafeBytes { CharacterCount.of(utf8: UnsafeRawBufferPointer(rebasing: $0[from...])) }
        return Cell(start: from, end: unescapedTexts.count, unescaped: true, mark: start, width: unescapedWidth + 2)
    }
}
