import TallyCore
import TallyYAML

/// The tables of a roll-up (FORMAT.md section 9) as rows of cells, shared by the text, Markdown
/// and HTML reports: the summary (worst first unless sorted by name), the folder subtotals and the
/// by-target table.
struct RollUp {
    /// How many organisations a by-target row names before "and N more" (JSON lists every one).
    static let namesShown = 20

    let summary: RollUpSummary
    let phrases: Phrases
    /// The score column's texts, each formatted once per table.
    let scoreTexts = ScoreTexts()
    var words: Words { phrases.words }
    var rollUpWords: RollUpWords { RollUpWords(words.language) }

    /// Whether the summary shows a folder column: only for programmes in more than one folder.
    var showsFolders: Bool { summary.folders.count > 1 }

    func header() -> [String] {
        (showsFolders ? [rollUpWords.folder] : []) + [words.organisation, words.verdictLabel, words.score, words.rating]
            + Status.allCases.map { words.status($0) }
    }

    /// The summary row of a programme: (folder), organisation, verdict, score, rating and the count per status.
    func row(_ item: ProgrammeSummary) -> [String] {
        (showsFolders ? [item.folder] : []) + [item.organisation, phrases.verdict(item), scoreTexts.score(item, phrases), phrases.rating(item) ?? "—"]
            + Status.allCases.map { String(item.count(of: $0)) }
    }

    func folderHeader() -> [String] {
        [rollUpWords.folder, rollUpWords.programmes] + Verdict.worstFirst.map { words.verdict($0) }
            + Status.allCases.map { words.status($0) }
    }

    /// One subtotal row per folder, then the total.
    func folderRows() -> [[String]] {
        var rows = summary.folders.map { folder in
            [folder.folder, String(folder.programmes)] + Verdict.worstFirst.map { String(folder.verdicts[$0] ?? 0) }
                + Status.allCases.map { String(folder.counts[$0] ?? 0) }
        }
        let all = summary.folders
        rows.append([rollUpWords.total, String(all.map(\.programmes).reduce(0, +))]
                    + Verdict.worstFirst.map { verdict in String(all.map { $0.verdicts[verdict] ?? 0 }.reduce(0, +)) }
                    + Status.allCases.map { status in String(all.map { $0.counts[status] ?? 0 }.reduce(0, +)) })
        return rows
    }

    func targetHeader() -> [String] {
        [words.target, rollUpWords.programmes] + Status.allCases.map { words.status($0) } + [rollUpWords.missedBy, rollUpWords.behindBy]
    }

    /// One row per target id: id and title, how many programmes have it, the count per status and
    /// the first organisations that missed it and that are behind.
    func targetRows() -> [[String]] {
        summary.byTarget.map { tally in
            ["\(tally.id) — \(tally.title)", String(tally.programmes)] + Status.allCases.map { String(tally.counts[$0] ?? 0) }
                + [names(tally.missed), names(tally.behind)]
        }
    }

    /// The first names and "and N more" (only those shown are read).
    func names(_ list: OrganisationNames) -> String {
        let first = Array(list.prefix(Self.namesShown + 1))
        return phrases.shortened(count: list.count, limit: Self.namesShown) { first[$0] }.joined(separator: ", ")
    }

    /// The three tables as aligned plain text, written a row at a time: the summary of a national
    /// year has 126,000 rows, which are never all held as text.
    func writeText(to output: ReportOutput) {
        output.write("\(words.summary) (\(summary.programmes.count))\n")
        Self.writeAligned(header: header(), rows: summary.programmes, cells: row, to: output)
        if showsFolders {
            output.write("\n\(rollUpWords.folders)\n")
            let rows = folderRows()
            Self.writeAligned(header: folderHeader(), rows: rows, cells: { $0 }, to: output)
        }
        if !summary.byTarget.isEmpty {
            output.write("\n\(rollUpWords.byTarget)\n")
            let rows = targetRows()
            Self.writeAligned(header: targetHeader(), rows: rows, cells: { $0 }, to: output)
        }
    }

    /// Rows as columns padded to their widest cell, with a rule under the header: one pass over
    /// the rows for the widths, another to write them.
    static func writeAligned<Rows: Sequence>(header: [String], rows: Rows, cells: (Rows.Element) -> [String], to output: ReportOutput) {
        var widths = header.map(CharacterCount.of)
        for row in rows {
            for (column, cell) in cells(row).enumerated() where column < widths.count {
                widths[column] = max(widths[column], min(CharacterCount.of(cell), widestPadded))
            }
        }
        output.write(line(header, widths: widths))
        output.write(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n")
        for row in rows { output.write(line(cells(row), widths: widths)) }
    }

    /// How wide a cell may make its column: a longer one (an organisation named in 200 KB) runs past
    /// it instead of padding every other row to its width (a 20,000-row summary was 2 GB of spaces).
    static let widestPadded = 200

    /// One row, each cell but the last padded to its column's width.
    /// Written as UTF-8 bytes (a summary has a row per programme), spaces at the end dropped.
    static func line(_ row: [String], widths: [Int]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(row.reduce(0) { $0 + $1.utf8.count + 2 } + widths.reduce(0, +))
        for (column, cell) in row.enumerated() {
            if column > 0 { bytes.append(contentsOf: [0x20, 0x20]) }
            bytes.append(contentsOf: cell.utf8)
            if column < row.count - 1 {
                bytes.append(contentsOf: repeatElement(0x20, count: max(0, widths[column] - CharacterCount.of(cell))))
            }
        }
        // Spaces at the end (an empty last cell) are dropped by characters, rarely.
        if bytes.last == 0x20 { return String(decoding: bytes, as: UTF8.self).trimmingTrailingSpaces() + "\n" }
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
