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
            // UTF-16 is what Excel's "Unicode Text" saves: the fix gives the menu path to "CSV UTF-8".
            let refused = Diagnostic.yaml(refusal, in: source)
            builder.diagnostics.add(refused.code == .utf16File ? refused.withOtherFix : refused)
            return builder
        }
        if let bad = UTF8Check.firstInvalidByte(bytes) {
            builder.diagnostics.add(builder.diagnostic(.notUTF8, ["byte": "0x\(String(bytes[bad], radix: 16, uppercase: true))"],
                                                       at: source.position(ofByte: bad)).withOtherFix)
            return builder
        }
        var parser = CSVParser(bytes: bytes)
        do {
            guard let header = try parser.nextRow() else {
                builder.diagnostics.add(builder.diagnostic(.emptyRecords, at: Mark(line: 1, column: 1)).withOtherFix)
                return builder
            }
            // A header that ends with the separator (as some sheets write every row) has one
            // empty last cell; then, or when every row ends with one, rows may end with one empty
            // cell. Otherwise a row with one cell too many has moved its cells: an error.
            let headerTrails = header.cells.count > 1 && parser.isBlank(header.cells.last!)
            let cells = (headerTrails ? Array(header.cells.dropLast()) : header.cells).map { HeaderRow.Cell(text: parser.text(of: $0), mark: $0.mark, width: $0.width) }
            guard let names = HeaderRow.check(cells, builder: &builder) else { return builder }
            let trails = headerTrails || CSVRowLayout.everyRowTrails(parser, columns: names.count)
            var fields = [Interned?](repeating: nil, count: names.count)
            let layout = CSVRowLayout(names: names, headerLine: header.line, trails: trails, separator: parser.separator)
            // One array of cells for every row, its room kept.
            var row: [CSVParser.Cell] = []
            while let line = try parser.nextRow(into: &row) {
                if row.allSatisfy(parser.isBlank) { continue }
                guard let count = layout.cellCount(of: row, parser) else {
                    let problem = layout.misalignment(row, parser)
                    builder.error(problem.code, problem.arguments, at: problem.cell?.mark ?? Mark(line: line, column: 1), width: problem.cell?.width ?? 1)
                    continue
                }
                record(line, row.prefix(count), parser, names: names, fields: &fields)
            }
        } catch {
            builder.error(error.code, at: error.mark)
        }
        return builder
    }

    /// One record from a row's cells, one per header name; `fields` keeps each name's id once
    /// it has a value (names are interned in the order their first values come, as the builder expects).
    private mutating func record(_ line: Int, _ cells: ArraySlice<CSVParser.Cell>, _ parser: CSVParser, names: [String], fields: inout [Interned?]) {
        builder.begin()
        for (position, cell) in cells.enumerated() {
            parser.withTrimmedBytes(of: cell) { text in
                guard !text.isEmpty else { return }
                let id = fields[position] ?? builder.nameID(names[position])
                fields[position] = id
                builder.field(id, bytes: text, quoted: false, at: cell.mark, width: cell.width)
            }
        }
        builder.finish(at: Mark(line: line, column: 1))
    }
}
