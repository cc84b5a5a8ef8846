import TallyYAML
@testable import TallyCore

/// The CSV parser as it was before it scanned eight bytes at a time and checked UTF-8 on the way:
/// byte by byte, columns counted again from the line's start where they were not known, widths
/// from `CharacterCount`. The tests take it as the oracle of where cells are and how wide.
struct CSVReferenceParser {
    typealias Cell = CSVParser.Cell
    typealias Failure = CSVParser.Failure

    private let bytes: [UInt8]
    /// The unescaped texts of the current row's quoted cells that held doubled quotes or line breaks.
    private var unescapedTexts: [UInt8] = []
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
        separator = CSVParser.detectSeparator(bytes[index...])
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

    /// The same into `cells` (emptied first, its room kept), giving the row's line.
    mutating func nextRow(into cells: inout [Cell]) throws(Failure) -> Int? {
        cells.removeAll(keepingCapacity: true)
        unescapedTexts.removeAll(keepingCapacity: true)
        while index < bytes.count, bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
            skipLineBreak()
        }
        guard index < bytes.count else { return nil }
        let rowLine = line
        while true {
            cells.append(try cell())
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == separator { index += 1; continue }
            skipLineBreak()
            break
        }
        lastWidth = cells.count
        return rowLine
    }

    /// Calls `body` with the UTF-8 text of `cell`, a cell of the row read last.
    func withBytes<Result>(of cell: Cell, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        (cell.unescaped ? unescapedTexts : bytes).withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[cell.start..<cell.end])) }
    }

    /// The text of `cell`, a cell of the row read last.
    func text(of cell: Cell) -> String { withBytes(of: cell) { String(decoding: $0, as: UTF8.self) } }

    private mutating func cell() throws(Failure) -> Cell {
        let start = mark(at: index)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            let begin = index
            // One pass over the cell: its end, whether it is ASCII, and its continuation bytes, so
            // that the next cell's column follows without reading these bytes again.
            var continuations = 0, ascii = true
            while index < bytes.count, bytes[index] != separator, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    throw Failure(code: .strayQuote, mark: mark(at: index))
                }
                if byte >= 0x80 {
                    ascii = false
                    if byte & 0xC0 == 0x80 { continuations += 1 }
                }
                index += 1
            }
            // `mark(at:)` left its count at `begin`: it moves on past the cell.
            scanIndex = index
            scanColumn += index - begin - continuations
            // An ASCII cell (no line break in it) is as many characters as bytes.
            let width = ascii ? index - begin : bytes.withUnsafeBytes { CharacterCount.of(utf8: UnsafeRawBufferPointer(rebasing: $0[begin..<index])) }
            return Cell(start: begin, end: index, mark: start, width: max(1, width))
        }
        index += 1
        // Unescaped into the row's texts only when the cell holds a doubled quote or a line break.
        let contentStart = index
        var content: [UInt8] = []
        var escaped = false
        while true {
            guard index < bytes.count else {
                throw Failure(code: .unclosedQuote, mark: start)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                    if !escaped { content = Array(bytes[contentStart..<index]); escaped = true }
                    content.append(byte)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if !escaped { content = Array(bytes[contentStart..<index]); escaped = true }
                let breakStart = index
                skipLineBreak()
                content.append(contentsOf: bytes[breakStart..<index])
                continue
            }
            if escaped { content.append(byte) }
            index += 1
        }
        let contentEnd = index - 1
        if index < bytes.count, bytes[index] != separator, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
            throw Failure(code: .textAfterQuote, mark: mark(at: index))
        }
        guard escaped else {
            let width = bytes.withUnsafeBytes { CharacterCount.of(utf8: UnsafeRawBufferPointer(rebasing: $0[contentStart..<contentEnd])) }
            return Cell(start: contentStart, end: contentEnd, mark: start, width: width + 2)
        }
        let from = unescapedTexts.count
        unescapedTexts.append(contentsOf: content)
        return Cell(start: from, end: unescapedTexts.count, unescaped: true, mark: start,
                    width: content.withUnsafeBytes { CharacterCount.of(utf8: $0) } + 2)
    }
}
