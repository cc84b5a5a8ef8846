import Foundation
import TallyYAML
import ZIPFoundation

/// An `.xlsx` workbook read through ZIPFoundation and Foundation's XML parser: its sheets, shared
/// strings and number formats, and the typed cells of one sheet (FORMAT.md section 11).
struct XLSXWorkbook {
    /// Why a workbook cannot be read: a catalogue code and its arguments.
    struct Problem: Error {
        var code: DiagnosticCode
        var arguments: [String: LocalizedText] = [:]
        var suggestions: [String] = []
    }

    /// One cell's value, typed as the workbook stores it.
    enum CellValue: Equatable {
        case text(String)
        case number(String)
        case date(Day)
        case bool(Bool)
        /// An error value such as `#DIV/0!`.
        case error(String)
        /// A formula whose result was never saved.
        case unsavedFormula
    }

    /// Cells merged into one, from the first (top left) to the last (bottom right).
    struct MergedRange {
        var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int
    }

    /// One filled cell. Kept to 32 bytes (the value first, then 32-bit numbers: rows stop at
    /// 1,048,576, columns at 16,384): a sheet of 300,000 rows holds 1.5 million cells at once.
    struct Cell {
        var value: CellValue
        private var row32: Int32, column32: Int32
        private var start32: Int32 = 1

        init(row: Int, column: Int, value: CellValue) {
            self.value = value
            row32 = Int32(clamping: row)
            column32 = Int32(clamping: column)
        }

        var row: Int { Int(row32) }
        var column: Int { Int(column32) }
        /// Where the cell's text starts in its row shown as a line of text (set by the reader).
        var start: Int {
            get { Int(start32) }
            set { start32 = Int32(clamping: newValue) }
        }
        /// "C7".
        var reference: String { XLSXWorkbook.columnName(column) + String(row) }
    }

    /// The largest part read, uncompressed, in MB: a records sheet is far smaller; a bigger part
    /// is refused rather than spending minutes on it (a "zip bomb"), whatever size its header claims.
    static let maxPartMegabytes = 100
    static let maxPartSize = maxPartMegabytes << 20

    let archive: Archive
    /// Sheet names in workbook order, with the archive path of each.
    private(set) var sheets: [(name: String, path: String)] = []
    private var sharedStrings: [String] = []
    /// Per cell style index, whether numbers in that style are dates.
    private var dateStyles: [Bool] = []
    private var date1904 = false

    init(path: String) throws(Problem) {
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Problem(code: .workbookUnreadable)
        }
        try readWorkbook()
        sharedStrings = try readSharedStrings()
        dateStyles = try readStyles()
    }

    /// Reads the XML part `path` as a stream of events; false when the workbook lacks it. The part
    /// is unpacked as it is parsed, never held whole; it is refused past `maxPartSize` unpacked,
    /// whatever size its header claims, and is damaged when it does not unpack or is not whole,
    /// well-formed XML.
    func xml(_ path: String, start: @escaping (String, [String: String]) -> Void, text: @escaping (String) -> Void = { _ in },
             end: @escaping (String) -> Void = { _ in }) throws(Problem) -> Bool {
        guard let entry = archive[path] else { return false }
        let tooLarge = Problem(code: .workbookPartTooLarge, arguments: ["part": "\(path)", "limit": "\(Self.maxPartMegabytes)"])
        let damaged = Problem(code: .workbookPartDamaged, arguments: ["part": "\(path)"])
        guard entry.uncompressedSize <= UInt64(Self.maxPartSize) else { throw tooLarge }
        let stream = XLSXPartStream(archive: archive, entry: entry, limit: Self.maxPartSize)
        let wellFormed = XLSXXML.parse(stream, start: start, text: text, end: end)
        switch stream.failure {
        case .tooLarge: throw tooLarge
        case .damaged: throw damaged
        case nil: guard wellFormed else { throw damaged }
        }
        return true
    }

    private mutating func readWorkbook() throws(Problem) {
        var found: [(String, String)] = []
        var is1904 = false
        let hasWorkbook = try xml("xl/workbook.xml", start: { name, attributes in
            if name == "sheet", let sheet = attributes["name"], let id = attributes["r:id"] ?? attributes.first(where: { $0.key.hasSuffix(":id") })?.value {
                found.append((sheet, id))
            }
            if name == "workbookPr", let value = attributes["date1904"] { is1904 = value == "1" || value == "true" }
        })
        guard hasWorkbook else {
            throw Problem(code: .notAWorkbook)
        }
        var targets: [String: String] = [:]
        _ = try xml("xl/_rels/workbook.xml.rels", start: { name, attributes in
            if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
        })
        date1904 = is1904
        sheets = found.compactMap { sheet, id in
            guard let target = targets[id] else { return nil }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return (sheet, path)
        }
    }

    private func readSharedStrings() throws(Problem) -> [String] {
        var strings: [String] = []
        var current = "", inText = false, inPhonetic = false
        _ = try xml("xl/sharedStrings.xml", start: { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = !inPhonetic
            case "rPh": inPhonetic = true
            default: break
            }
        }, text: { text in
            if inText { current += text }
        }, end: { name in
            switch name {
            case "t": inText = false
            case "rPh": inPhonetic = false
            case "si": strings.append(current)
            default: break
            }
        })
        return strings
    }

    /// For each cell style (`cellXfs`), whether its number format shows a date.
    private func readStyles() throws(Problem) -> [Bool] {
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        _ = try xml("xl/styles.xml", start: { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }, end: { name in
            if name == "cellXfs" { inCellXfs = false }
        })
        return formats.map { id in custom[id].map(Self.isDateFormat) ?? Self.builtInDateFormats.contains(id) }
    }

    /// Excel's built-in number formats that show dates (the locale-dependent ones included).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a format code shows a date: it has d or y outside quotes, brackets and escapes
    /// (`[h]:mm`, `0.00"m"` and `#,##0" VND"` are not dates; `dd/mm/yyyy` and `[$-42A]d/m/yyyy`
    /// are). An m alone is minutes (`mm:ss`).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d" where !inQuotes && !inBrackets, "y" where !inQuotes && !inBrackets: return true
            default: break
            }
        }
        return false
    }

    /// The sheet named `name`, or the first one.
    func sheet(named name: String?) throws(Problem) -> (name: String, path: String) {
        guard let name else {
            guard let first = sheets.first else { throw Problem(code: .noWorksheet) }
            return first
        }
        if let sheet = sheets.first(where: { $0.name == name }) ?? sheets.first(where: { NameKey.of($0.name) == NameKey.of(name) }) { return sheet }
        let names = sheets.map(\.name)
        throw Problem(code: .unknownSheet, arguments: ["sheet": "\(name)", "sheets": "\(names.map { "\"\($0)\"" }.joined(separator: ", "))"],
                      suggestions: Suggestion.nearest(to: name, in: names))
    }

    /// The non-empty cells of a sheet, by row (each row's cells in the order the sheet gives them,
    /// left to right when Excel wrote it), and its merged ranges. Cells go straight into their
    /// row as they are parsed: the sheet is held once, as cells.
    func cells(of sheetPath: String) throws(Problem) -> (rows: [Int: [Cell]], merged: [MergedRange]) {
        var rows: [Int: [Cell]] = [:]
        // The cells of the row being read, stored in `rows` at its end with no spare capacity.
        var current: [Cell] = [], currentRow = 0
        func store() {
            guard !current.isEmpty else { return }
            if rows[currentRow] == nil {
                rows[currentRow] = current.withUnsafeBufferPointer { Array($0) }
            } else {
                rows[currentRow]!.append(contentsOf: current)
            }
            current.removeAll(keepingCapacity: true)
        }
        var merged: [MergedRange] = []
        var row = 0, column = 0, nextColumn = 1
        var type = "", style = 0, value = "", inline = "", hasFormula = false, hasValue = false
        var inValue = false, inInline = false
        let strings = sharedStrings, dateStyles = dateStyles, date1904 = date1904
        let found = try xml(sheetPath, start: { name, attributes in
            switch name {
            case "row":
                row = attributes["r"].flatMap(Int.init) ?? row + 1
                nextColumn = 1
            case "c":
                let reference = attributes["r"].flatMap(Self.parseReference)
                column = reference?.column ?? nextColumn
                if let reference { row = reference.row }
                nextColumn = column + 1
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""; inline = ""; hasFormula = false; hasValue = false
            case "v": inValue = true; hasValue = true
            case "t": inInline = true
            case "f": hasFormula = true
            case "mergeCell":
                if let range = attributes["ref"], let (first, last) = Self.parseRange(range) {
                    merged.append(MergedRange(firstRow: first.row, firstColumn: first.column, lastRow: last.row, lastColumn: last.column))
                }
            default: break
            }
        }, text: { text in
            if inValue { value += text } else if inInline { inline += text }
        }, end: { name in
            switch name {
            case "v": inValue = false
            case "t": inInline = false
            case "c":
                let cellValue: CellValue?
                let unsaved = hasFormula && value.isEmpty && type != "inlineStr"
                switch unsaved ? "unsaved" : type {
                case "unsaved": cellValue = .unsavedFormula
                case "s": cellValue = Int(value).flatMap { $0 >= 0 && $0 < strings.count ? .text(strings[$0]) : nil }
                case "inlineStr": cellValue = .text(inline)
                case "str": cellValue = hasValue ? .text(value) : .unsavedFormula
                case "b": cellValue = .bool(value == "1")
                case "e": cellValue = .error(value)
                case "d": cellValue = .text(value.prefix(10).description)
                default:
                    if !hasValue { cellValue = hasFormula ? .unsavedFormula : nil } else if style < dateStyles.count, dateStyles[style],
                              let serial = Double(value), let day = Self.day(serial: serial, date1904: date1904) {
                        cellValue = .date(day)
                    } else {
                        cellValue = .number(value)
                    }
                }
                if let cellValue, cellValue != .text("") {
                    if row != currentRow { store(); currentRow = row }
                    current.append(Cell(row: row, column: column, value: cellValue))
                }
            case "row": store()
            default: break
            }
        })
        guard found else { throw Problem(code: .workbookPartMissing, arguments: ["part": "\(sheetPath)"]) }
        store()
        return (rows, merged)
    }

    /// The day of a date serial in the 1900 system (with Excel's fictitious 29 February 1900) or the 1904 system.
    static func day(serial: Double, date1904: Bool) -> Day? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        var whole = Int(serial.rounded(.down))
        if date1904 { whole += 1462 } else if whole < 60 { whole += 1 }
        // Day 1 of the 1900 system (after the correction) is 1899-12-31; serial 61 is 1 March 1900.
        return Day(year: 1899, month: 12, day: 30).map { $0.advanced(by: whole) }
    }

    /// "AB12" as row 12, column 28.
    static func parseReference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0, digits = ""
        for character in text.uppercased() {
            if let ascii = character.asciiValue, ascii >= 65, ascii <= 90, digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
                if column > 16_384 { return nil }
            } else if character.isNumber, character.isASCII {
                digits.append(character)
            } else if character != "$" {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (row, column)
    }

    static func parseRange(_ text: String) -> ((row: Int, column: Int), (row: Int, column: Int))? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let first = parseReference(String(parts[0])), let last = parseReference(String(parts[1])) else { return nil }
        return (first, last)
    }

    /// Column 28 as "AB".
    static func columnName(_ column: Int) -> String { CellPlaces.columnName(column) }
}
