import TallyCore

/// The summary table that opens a report on several programmes.
enum RollUp {
    /// The row values: organisation, verdict, score, rating and the count per status.
    static func rows(_ results: [ProgrammeResult], phrases: Phrases) -> [[String]] {
        results.map { result in
            let counts = result.counts
            return [result.programme.organisation, phrases.verdict(result), phrases.score(result), phrases.rating(result) ?? "—"]
                + Status.allCases.map { String(counts[$0] ?? 0) }
        }
    }

    static func header(_ phrases: Phrases) -> [String] {
        let words = phrases.words
        return [words.organisation, words.verdictLabel, words.score, words.rating] + Status.allCases.map { words.status($0) }
    }

    static func text(_ results: [ProgrammeResult], phrases: Phrases) -> String {
        let table = [header(phrases)] + rows(results, phrases: phrases)
        let widths = table[0].indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        var out = "\(phrases.words.summary) (\(results.count))\n"
        for (index, row) in table.enumerated() {
            out += row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ") + "\n"
            if index == 0 { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }
}
