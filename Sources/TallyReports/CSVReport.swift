import TallyCore

/// `--format csv` (FORMAT.md section 9): one row per programme, in the roll-up's order, for
/// spreadsheets: folder, organisation, programme file, verdict, score, rating, then one column per
/// target id holding its status (empty where the programme lacks the target).
///
/// UTF-8 with a byte-order mark (so spreadsheets read the diacritics), comma separated, CRLF line
/// ends and RFC 4180 quoting; a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// prefixed with `'` so that a spreadsheet shows it as text instead of running it as a formula.
/// Verdicts and statuses are the JSON words; the score is the JSON number (0 to 1).
public struct CSVReport: StreamingReportRenderer {
    public init() {}

    static let fixedColumns = ["folder", "organisation", "programme file", "verdict", "score", "rating"]

    /// Writes the rows one by one: a national roll-up's sheet is never one string.
    public func write(_ report: Report, to output: ReportOutput) {
        let summary = JSONRollUp(report).summary
        let columns = summary.targetColumns
        output.write("\u{FEFF}" + line(Self.fixedColumns + columns))
        for item in summary.programmes {
            let statuses = Dictionary(zip(item.targetList.ids, item.statuses), uniquingKeysWith: { first, _ in first })
            var row = [item.folder, item.organisation, item.path, item.verdict.rawValue, JSONValue.number(item.scoreAsDouble).serialized(),
                       item.rating ?? ""].map(Self.cell).joined(separator: ",")
            // Status words (the JSON ones) need neither quotes nor a formula guard; most cells are empty.
            for column in columns {
                row += ","
                if let status = statuses[column] { row += status.rawValue }
            }
            output.write(row + "\r\n")
        }
    }

    func line(_ cells: [String]) -> String {
        cells.map(Self.cell).joined(separator: ",") + "\r\n"
    }

    /// One cell, made safe from formulas and quoted when it holds a comma, a quote or a line break.
    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
