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
        // The parser checks UTF-8 as it reads. A file that is not UTF-8 gets that one error, as if
        // nothing else had been read: a new builder, as `init` made it (not a copy kept of it,
        // which would copy its tables on the first change of every file), takes it.
        let reading = readRows(bytes)
        if let bad = reading.badByte ?? (reading.readAll ? nil : UTF8Check.firstInvalidByte(bytes)) {
            builder = RecordBuilder(rules: builder.rules, source: source)
            builder.diagnostics.add(builder.diagnostic(.notUTF8, ["byte": "0x\(String(bytes[bad], radix: 16, uppercase: true))"],
                                                       at: source.position(ofByte: bad)).withOtherFix)
        }
        return builder
    }

    /// How far the rows were read: to the end (then every byte was checked as UTF-8), to the
    /// first byte that is not UTF-8, or only partly (a syntax error, or a header that failed).
    private struct Reading {
        var readAll = false
        var badByte: Int?
    }

    /// Reads the header and every row into the builder.
    private mutating func readRows(_ bytes: [UInt8]) -> Reading {
        var parser = CSVParser(bytes: bytes)
        do {
            guard let header = try parser.nextRow() else {
                builder.diagnostics.add(builder.diagnostic(.emptyRecords, at: Mark(line: 1, column: 1)).withOtherFix)
                return Reading(readAll: true)
            }
            // A header that ends with the separator (as some sheets write every row) has one
            // empty last cell; then, or when every row ends with one, rows may end with one empty
            // cell. Otherwise a row with one cell too many has moved its cells: an error.
            let headerTrails = header.cells.count > 1 && parser.isBlank(header.cells.last!)
            let cells = (headerTrails ? Array(header.cells.dropLast()) : header.cells).map { HeaderRow.Cell(text: parser.text(of: $0), mark: $0.mark, width: $0.width) }
            guard let names = HeaderRow.check(cells, builder: &builder) else { return Reading() }
            let trails = headerTrails || CSVRowLayout.everyRowTrails(parser, columns: names.count)
            var fields = [Interned?](repeating: nil, count: names.count)
            let layout = CSVRowLayout(names: names, headerLine: header.line, trails: trails, separator: parser.separator)
            // One array of cells for every row, its room kept.
            var row: [CSVParser.Cell] = []
            while let line = try parser.nextRow(into: &row) {
                if row.allSatisfy({ parser.isBlank($0) }) { continue }
                guard let count = layout.cellCount(of: row, parser) else {
                    let problem = layout.misalignment(row, parser)
                    builder.error(problem.code, problem.arguments, at: problem.cell?.mark ?? Mark(line: line, column: 1), width: problem.cell?.width ?? 1)
                    continue
                }
                record(line, row.prefix(count), parser, names: names, fields: &fields)
            }
        } catch where error.code == .notUTF8 {
            return Reading(badByte: error.mark.offset)
        } catch {
            builder.error(error.code, at: error.mark)
            return Reading()
        }
        return Reading(readAll: true)
    }

    /// One record from a row's cells, one per header name; `fields` keeps each name's id once
    /// it has a value (names are interned in the order their first values come, as the builder expects).
    private mutating func record(_ line: Int, _ cells: ArraySlice<CSVParser.Cell>, _ parser: CSVParser, names: [String], fields: inout [Interned?]) {
        builder.begin()
        for (position, cell) in cells.enumerated() {
            parser.withTrimmedBytes(of: cell) { text in
                guard !text.isEmpty else { return }
                let id: Interned
                if let known = fields[position] {
                    id = known
                } else {
                    id = builder.nameID(names[position])
                    fields[position] = id
                }
                builder.field(id, bytes: text, quoted: false, at: cell.mark, width: cell.width)
            }
        }
        builder.finish(at: Mark(line: line, column: 1))
    }
}
