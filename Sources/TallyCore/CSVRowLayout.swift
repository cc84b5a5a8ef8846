/// How a CSV row must line up with its header: exactly one cell per column (plus one empty
/// trailing cell when the header itself ends with the separator). Any other row is an error
/// naming the row, the header and where each cell would have gone: no number may move silently
/// into another column (a `;` typed inside a title shifts every later cell one column right).
struct CSVRowLayout {
    let names: [String]
    let headerLine: Int
    let trails: Bool
    let separator: UInt8

    /// Whether every data row (blank ones aside, at least two) has one cell more than the header,
    /// and that cell is empty: a file written with a separator at the end of each row, where nothing moved.
    /// Reads ahead on a copy of the parser and stops at the first row that is not so.
    static func everyRowTrails(_ parser: CSVParser, columns: Int) -> Bool {
        var probe = parser
        var rows = 0
        while let row = try? probe.nextRow() {
            if row.cells.allSatisfy({ probe.isBlank($0) }) { continue }
            guard row.cells.count == columns + 1, probe.isBlank(row.cells.last!) else { return false }
            rows += 1
        }
        return rows > 1  // one row alone could be the one that moved
    }

    /// How many of the row's cells are its columns' (one per column), or nil when they do not line up with the header.
    func cellCount(of row: [CSVParser.Cell], _ parser: CSVParser) -> Int? {
        if row.count == names.count { return row.count }
        if trails, row.count == names.count + 1, parser.isBlank(row.last!) { return names.count }
        return nil
    }

    /// What is wrong with a row that does not line up (too many cells or too few), with where
    /// each cell would go, and the cell to point at (the likely split, else the first extra cell, else none).
    func misalignment(_ row: [CSVParser.Cell], _ parser: CSVParser) -> (code: DiagnosticCode, arguments: [String: LocalizedText], cell: CSVParser.Cell?) {
        let separatorText = String(UnicodeScalar(separator))
        let expected = names.count + (trails ? 1 : 0)
        let header = names.joined(separator: separatorText) + (trails ? separatorText : "")
        let data = trails && row.last.map({ parser.text(of: $0).trimmedOfWhitespace.isEmpty }) == true ? Array(row.dropLast()) : row
        var placed: [LocalizedText] = []
        for (position, cell) in data.enumerated() {
            let column = position < names.count ? LocalizedText(names[position]) : LocalizedText(en: "(no column)", vi: "(không có cột)")
            let text = parser.text(of: cell).trimmedOfWhitespace
            placed.append(column + " = " + (text.isEmpty ? LocalizedText(en: "(empty)", vi: "(trống)") : LocalizedText("\"" + Self.clip(text) + "\"")))
        }
        for missing in names.dropFirst(data.count) { placed.append(LocalizedText(missing) + LocalizedText(en: " = (missing)", vi: " = (thiếu)")) }
        let split = data.count > names.count ? data.dropFirst().first(where: { parser.text(of: $0).first == " " }) : nil
        let hint = split.map { cell -> LocalizedText in
            let text = Self.clip(parser.text(of: cell).trimmedOfWhitespace)
            return LocalizedText(en: " (the cell \"\(text)\" starts with a space: it was probably part of the cell before it)",
                                 vi: " (ô \"\(text)\" bắt đầu bằng dấu cách: có lẽ nó là phần sau của ô đứng trước)")
        } ?? ""
        let arguments: [String: LocalizedText] = [
            "count": "\(row.count)", "line": "\(headerLine)", "expected": "\(expected)", "header": "\(header)",
            "placed": placed.dropFirst().reduce(placed.first ?? "") { $0 + ", " + $1 }, "separator": "\(separatorText)", "split": hint,
        ]
        return (data.count > names.count ? .extraCell : .missingCell, arguments, split ?? (data.count > names.count ? data[names.count] : nil))
    }

    static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }
}
