import Testing
@testable import TallyCore
@testable import TallyYAML

/// Where each CSV cell starts (line, column in characters) and how wide it is, as diagnostics show
/// them, against the same worked out from the row's text: on random rows of ASCII, Vietnamese,
/// combining marks, tabs and quoted cells.
@Suite struct CSVCellPlacesTests {
    @Test func placesAndWidthsAreTheTextsOwn() throws {
        let pieces = ["a", "12", "Đoàn", "ổ", "e\u{301}", "\t", " ", "–", "😀", "x y", "漢"]
        var random = TestRandom(seed: 2031)
        for _ in 0..<2_000 {
            var lines: [[String]] = []
            for _ in 0..<(1 + random.next(4)) {
                // A cell is quoted whole (then it may hold a comma) or not at all.
                lines.append((0..<(1 + random.next(5))).map { _ in
                    let text = random.text(from: pieces, most: 3)
                    return random.next(4) == 0 ? "\"" + text + ", z\"" : text
                })
            }
            // Either separator, either line end, with or without a byte-order mark (not counted in columns).
            let separator = random.next(2) == 0 ? "," : ";", end = random.next(2) == 0 ? "\n" : "\r\n"
            if separator == ";" {
                lines = lines.map { $0.map { $0.replacingOccurrences(of: ", z", with: "; z") } }
                // The separator is told from the first row: it needs two cells to show a `;`.
                if lines[0].count < 2 { lines[0].append("a") }
            }
            let text = lines.map { $0.joined(separator: separator) }.joined(separator: end) + end
            var parser = CSVParser(bytes: (random.next(3) == 0 ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
            var cells: [CSVParser.Cell] = []
            for (number, line) in lines.enumerated() {
                guard let rowLine = try parser.nextRow(into: &cells) else { Issue.record("row \(number) missing in \(text.debugDescription)"); break }
                #expect(rowLine == number + 1)
                #expect(cells.count == line.count, "\(text.debugDescription)")
                var column = 1
                for (cell, written) in zip(cells, line) {
                    #expect(cell.mark.line == number + 1 && cell.mark.column == column, "\(written.debugDescription) in \(text.debugDescription)")
                    if !written.hasPrefix("\"") { #expect(cell.width == max(1, written.count), "\(written.debugDescription)") }
                    column += written.unicodeScalars.count + 1
                }
            }
        }
    }
}
