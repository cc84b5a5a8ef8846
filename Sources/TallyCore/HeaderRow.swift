import TallyYAML

/// The header row of records kept as a table, a CSV file or a workbook's sheet: each cell names
/// the field of its column. One check for both readers.
enum HeaderRow {
    struct Cell {
        var text: String
        var mark: Mark
        var width: Int
    }

    /// The fields every table of records must name.
    static let required = ["date", "activity"]

    /// Whether a row's texts name every required field (a header, not a title or a record).
    static func namesRequiredFields(_ texts: [String]) -> Bool {
        let names = Set(texts.map { $0.trimmedOfWhitespace })
        return required.allSatisfy(names.contains)
    }

    /// The column names, or nil after reporting unnamed, repeated and missing columns.
    static func check(_ cells: [Cell], builder: inout RecordBuilder) -> [String]? {
        // Room for every name at once: growing the set one name at a time hashed each name again at each growth.
        var names: [String] = []
        names.reserveCapacity(cells.count)
        var seen = Set<String>(minimumCapacity: cells.count)
        var ok = true
        for cell in cells {
            let name = cell.text.trimmedOfWhitespace
            if name.isEmpty {
                builder.error(.unnamedColumn, at: cell.mark)
                ok = false
            } else if !seen.insert(name).inserted {
                builder.error(.duplicateColumn, ["name": "\(name)"], at: cell.mark, width: cell.width)
                ok = false
            }
            names.append(name)
        }
        for name in required where !names.contains(name) {
            var missing = builder.diagnostic(.missingColumn, ["name": "\(name)"], at: cells.first?.mark ?? Mark(line: 1, column: 1))
            if let near = Suggestion.nearest(to: name, in: names).first, let cell = cells.first(where: { $0.text.trimmedOfWhitespace == near }) {
                missing = missing.noting(builder.source, at: cell.mark, width: cell.width)
            }
            builder.diagnostics.add(missing)
            ok = false
        }
        return ok ? names : nil
    }
}
