import TallyYAML

/// Reads a CSV records file: a header row naming the fields, then one record per row.
struct CSVRecordReader {
    let source: SourceFile
    var builder: RecordBuilder

    init(source: SourceFile, rules: RecordRules) {
        self.source = source
        builder = RecordBuilder(rules: rules, source: source)
    }

    mutating func read() -> RecordBuilder {
        let bytes = source.bytes ?? []
        if let refusal = FileSniffer.refusal(Array(bytes.prefix(512))) {
            builder.diagnostics.add(.yaml(refusal, in: source))
            return builder
        }
        if let bad = UTF8Check.firstInvalidByte(bytes) {
            builder.error("the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))", at: source.position(ofByte: bad),
                          fix: "export the spreadsheet as \"CSV UTF-8\" (Excel) or \"Text CSV, Unicode (UTF-8)\" (LibreOffice)")
            return builder
        }
        var parser = CSVParser(bytes: bytes)
        do {
            guard let header = try parser.nextRow() else {
                builder.diagnostics.add(Diagnostic(.warning, "this records file is empty", fix: "add a header row such as date,activity,unit", source: source, at: Mark(line: 1, column: 1)))
                return builder
            }
            // A header that ends with the separator (as some sheets write every row) has one
            // empty last cell; then, or when every row ends with one, rows may end with one empty
            // cell. Otherwise a row with one cell too many has moved its cells: an error.
            let headerTrails = header.cells.count > 1 && header.cells.last!.text.trimmingCharacters(in: .whitespaces).isEmpty
            guard let names = checkHeader(headerTrails ? Array(header.cells.dropLast()) : header.cells) else { return builder }
            let trails = headerTrails || CSVRowLayout.everyRowTrails(parser, columns: names.count)
            let layout = CSVRowLayout(names: names, headerLine: header.line, trails: trails, separator: parser.separator)
            while let row = try parser.nextRow() {
                if row.cells.allSatisfy({ $0.text.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                guard let cells = layout.cells(of: row.cells) else {
                    let problem = layout.misalignment(row.cells)
                    builder.error(problem.message, at: problem.cell?.mark ?? Mark(line: row.line, column: 1), width: problem.cell?.width ?? 1, fix: problem.fix)
                    continue
                }
                record((row.line, cells), names: names)
            }
        } catch {
            builder.error(error.message, at: error.mark, fix: error.fix)
        }
        return builder
    }

    private mutating func checkHeader(_ cells: [CSVParser.Cell]) -> [String]? {
        var names: [String] = []
        var seen = Set<String>()
        var ok = true
        for cell in cells {
            let name = cell.text.trimmingCharacters(in: .whitespaces)
            if name.isEmpty {
                builder.error("a column has no name in the header row", at: cell.mark, fix: "name every column, e.g. date,activity,unit")
                ok = false
            } else if !seen.insert(name).inserted {
                builder.error("the column \"\(name)\" appears twice in the header", at: cell.mark, width: cell.width, fix: "rename or remove one of them")
                ok = false
            }
            names.append(name)
        }
        for required in ["date", "activity"] where !names.contains(required) {
            let near = Suggestion.didYouMean(required, in: names)
            builder.error("the header row has no \"\(required)\" column", at: cells.first?.mark ?? Mark(line: 1, column: 1),
                          fix: near.map { "\($0) The header must say \"\(required)\"." } ?? "add a \(required) column")
            ok = false
        }
        return ok ? names : nil
    }

    private mutating func record(_ row: (line: Int, cells: [CSVParser.Cell]), names: [String]) {
        builder.begin()
        for (position, cell) in row.cells.enumerated() {
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            builder.field(names[position], text: text, quoted: false, at: cell.mark, width: cell.width)
        }
        builder.finish(at: Mark(line: row.line, column: 1))
    }
}
