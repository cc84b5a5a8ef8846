import Foundation
import TallyYAML

/// Reads records from a worksheet of an `.xlsx` workbook (FORMAT.md section 11) into the same
/// record builder as CSV: the header row names the fields, each later row is a record, and cells
/// are read by the rules of CSV, except that a date cell is a date, a number cell a number and a
/// boolean cell a boolean, whatever the cell shows. Places are `FILE#SHEET!CELL`.
///
/// The sheet is shown to the builder as text, one line per sheet row (its cells joined by " | "),
/// so errors carry an excerpt of the row with a caret under the cell.
struct XLSXRecordReader {
    /// The header row may follow title rows (a merged title, a subtitle): rows with at most one
    /// filled cell, within this many rows of the top.
    static let titleRows = 10

    let path: String
    let sheetName: String?
    let rules: RecordRules

    /// `path` may end with `#Sheet name`.
    init(path: String, rules: RecordRules) {
        (self.path, sheetName) = Self.split(path)
        self.rules = rules
    }

    /// A records entry split into its file and the sheet it names (`a.xlsx#Sheet` -> `a.xlsx`, `Sheet`).
    static func split(_ path: String) -> (file: String, sheet: String?) {
        guard path.utf8.contains(UInt8(ascii: "#")), let hash = path.range(of: ".xlsx#", options: [.caseInsensitive, .backwards]) else { return (path, nil) }
        return (String(path[..<path.index(hash.lowerBound, offsetBy: 5)]), String(path[hash.upperBound...]))
    }

    /// Whether a records path is a workbook (with or without a sheet).
    static func isWorkbook(_ path: String) -> Bool { split(path).file.lowercased().hasSuffix(".xlsx") }

    func read() -> RecordBuilder {
        let sheet: (name: String, path: String)
        // The sheet's cells are held once, in `rows`, and changed in place: no copy of the sheet.
        var rows: [Int: [XLSXWorkbook.Cell]]
        let merged: [XLSXWorkbook.MergedRange]
        do {
            let workbook = try XLSXWorkbook(path: path)
            sheet = try workbook.sheet(named: sheetName)
            (rows, merged) = try workbook.cells(of: sheet.path)
        } catch {
            var builder = RecordBuilder(rules: rules, source: SourceFile(path: sheetName.map { "\(path)#\($0)" } ?? path, bytes: []))
            builder.diagnostics.add(Diagnostic(error.code, error.arguments, source: builder.source).suggesting(error.suggestions).withoutExcerpt)
            return builder
        }
        Self.fillDown(merged, in: &rows)
        for row in Array(rows.keys) where !Self.leftToRight(rows[row]!) { rows[row]!.sort { $0.column < $1.column } }
        let source = Self.text(of: &rows, path: "\(path)#\(sheet.name)")
        var builder = RecordBuilder(rules: rules, source: source)
        guard let header = header(rows, builder: &builder) else { return builder }
        let headerCells = rows[header] ?? []
        let cells = headerCells.map { HeaderRow.Cell(text: Self.text($0.value), mark: Self.mark($0), width: Self.text($0.value).count) }
        guard let names = HeaderRow.check(cells, builder: &builder) else { return builder }
        let columns = Dictionary(uniqueKeysWithValues: zip(headerCells.map(\.column), names))
        // Each row is let go once it is a record, so the sheet's cells and its records are not both held whole.
        for row in rows.keys.sorted() where row > header {
            record(rows.removeValue(forKey: row)!, names: columns, builder: &builder)
        }
        return builder
    }

    /// A value merged down several rows (a unit written once beside its records) belongs to each
    /// of those rows, in the range's first column; merged across columns it stays in the first.
    /// Rows past the last filled one are not created.
    static func fillDown(_ merged: [XLSXWorkbook.MergedRange], in rows: inout [Int: [XLSXWorkbook.Cell]]) {
        guard let lastRow = rows.keys.max() else { return }
        for range in merged where range.lastRow > range.firstRow {
            guard let value = rows[range.firstRow]?.first(where: { $0.column == range.firstColumn })?.value else { continue }
            for row in (range.firstRow + 1)...min(range.lastRow, lastRow) where rows[row] != nil {
                if rows[row]!.contains(where: { $0.column == range.firstColumn }) { continue }
                rows[row]!.append(XLSXWorkbook.Cell(row: row, column: range.firstColumn, value: value))
            }
        }
    }

    /// The header row: the first row naming `date` and `activity` among the first `titleRows`
    /// filled rows, when every row above it holds at most one cell (a title, merged or not).
    /// Otherwise an error that says which row looks like the header, or that none does.
    func header(_ rows: [Int: [XLSXWorkbook.Cell]], builder: inout RecordBuilder) -> Int? {
        let order = rows.keys.sorted()
        guard let first = order.first else {
            builder.diagnostics.add(builder.diagnostic(.emptySheet, at: Mark(line: 1, column: 1)))
            return nil
        }
        guard let header = order.prefix(Self.titleRows).first(where: { HeaderRow.namesRequiredFields(rows[$0]!.map { Self.text($0.value) }) }) else {
            builder.error(.noHeaderRow, ["rows": "\(Self.titleRows)"], at: Mark(line: first, column: 1))
            return nil
        }
        if let data = order.first(where: { $0 < header && rows[$0]!.count > 1 }) {
            builder.error(.dataAboveHeader, ["row": "\(header)"], at: Mark(line: data, column: 1))
            return nil
        }
        return header
    }

    static func leftToRight(_ cells: [XLSXWorkbook.Cell]) -> Bool { zip(cells, cells.dropFirst()).allSatisfy { $0.column < $1.column } }

    static func mark(_ cell: XLSXWorkbook.Cell) -> Mark { Mark(line: cell.row, column: cell.start) }

    /// One sheet row as a record; a row whose cells are all blank is skipped, as in CSV.
    func record(_ cells: [XLSXWorkbook.Cell], names: [Int: String], builder: inout RecordBuilder) {
        guard let row = cells.first?.row else { return }
        let texts = cells.map { Self.text($0.value).trimmedOfWhitespace }
        if texts.allSatisfy(\.isEmpty) { return }
        builder.begin()
        for (cell, text) in zip(cells, texts) where !text.isEmpty {
            let at = Self.mark(cell)
            guard let name = names[cell.column] else {
                builder.error(.cellOutsideColumns, ["cell": "\(cell.reference)", "value": "\(text)"], at: at, width: text.count)
                continue
            }
            switch cell.value {
            case .error(let code):
                builder.error(.spreadsheetErrorValue, ["cell": "\(cell.reference)", "field": "\(name)", "value": "\(code)"], at: at, width: text.count)
            case .unsavedFormula:
                builder.error(.unsavedFormula, ["cell": "\(cell.reference)", "field": "\(name)"], at: at)
            default:
                builder.field(name, text: text, quoted: false, at: at, width: text.count)
            }
        }
        builder.finish(at: Mark(line: row, column: 1))
    }

    /// A cell's value as the text the record builder types: a date as YYYY-MM-DD, a boolean as true or false.
    static func text(_ value: XLSXWorkbook.CellValue) -> String {
        switch value {
        case .text(let text): text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        case .number(let text): text
        case .date(let day): day.description
        case .bool(let flag): flag ? "true" : "false"
        case .error(let code): code
        case .unsavedFormula: "="
        }
    }

    /// The sheet as text, one line per row, with where each cell starts, both in the source's
    /// cell places and in each cell (`start`).
    static func text(of rows: inout [Int: [XLSXWorkbook.Cell]], path: String) -> SourceFile {
        var out: [UInt8] = []
        var places = CellPlaces()
        let last = rows.keys.max() ?? 0
        for number in stride(from: 1, through: last, by: 1) {
            var column = 1
            for index in rows[number]?.indices ?? 0..<0 {
                if index > 0 { out.append(contentsOf: " | ".utf8); column += 3 }
                rows[number]![index].start = column
                let cell = rows[number]![index]
                places.add(textColumn: column, sheetColumn: cell.column)
                let text = Self.text(cell.value)
                out.append(contentsOf: text.utf8)
                column += text.count
            }
            places.endLine()
            out.append(0x0A)
        }
        return SourceFile(path: path, bytes: out, cellPlaces: places)
    }
}
