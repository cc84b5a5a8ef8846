import TallyCore

/// Markdown tables that paste into an email, a wiki or an issue.
public struct MarkdownReport: StreamingReportRenderer, ProgrammeDetailsRenderer {
    public init() {}

    /// Writes the roll-up, then each programme as it comes (a roll-up's programmes are not all held).
    public func write(_ report: Report, to output: ReportOutput) {
        let phrases = Phrases(report.effectiveLanguage)
        let words = phrases.words
        var out = ""
        if let summary = report.rollUp {
            let rollUp = RollUp(summary: summary, phrases: phrases), rollUpWords = rollUp.rollUpWords
            // The summary rows are written one by one: a national roll-up is never one string.
            output.write("# \(words.summary) (\(summary.programmes.count))\n\n" + table([rollUp.header()]))
            for item in summary.programmes { output.write(tableRow(rollUp.row(item))) }
            out += "\n"
            if rollUp.showsFolders { out += "## \(rollUpWords.folders)\n\n" + table([rollUp.folderHeader()] + rollUp.folderRows()) + "\n" }
            if !summary.byTarget.isEmpty { out += "## \(rollUpWords.byTarget)\n\n" + table([rollUp.targetHeader()] + rollUp.targetRows()) + "\n" }
        }
        let context = DetailsContext(report)
        for index in report.results.indices {
            output.write(out)
            out = report.results.details(at: index, context: context) { programme($0, phrases: phrases) }
        }
        output.write(out)
    }

    public func details(of result: ProgrammeResult, position: Int, context: DetailsContext) -> String {
        programme(result, phrases: Phrases(context.language))
    }

    /// One programme's section: its header, its targets' table and its exemptions.
    func programme(_ result: ProgrammeResult, phrases: Phrases) -> String {
        let words = phrases.words
        var out = "## \(escape(result.programme.organisation))\n\n"
        out += "**\(escape(result.programme.title))** — \(words.asOf) \(phrases.style.date(result.asOf))\n\n"
        out += "- \(words.verdictLabel): **\(phrases.verdict(result))**\n"
        out += "- \(words.score): \(phrases.score(result))\n"
        if let rating = phrases.rating(result) { out += "- \(words.rating): \(escape(rating))\n" }
        if let projection = phrases.projection(result) { out += "- \(escape(projection))\n" }
        out += "\n"
        var rows = [[words.statusLabel, words.target, words.value, words.window, words.details]]
        for (target, lines) in zip(result.targets, TargetStory.lines(of: result, phrases: phrases)) {
            rows.append([words.status(target.status), "`\(target.target.id)` \(phrases.title(target.target))",
                         phrases.valueAgainstRequired(target), phrases.window(target.window), lines.joined(separator: "; ")])
        }
        out += table(rows)
        if !result.exemptions.isEmpty {
            out += "\n**\(words.exemptions)**\n\n"
            for item in result.exemptions { out += "- " + escape(phrases.exemption(item)) + "\n" }
        }
        out += "\n"
        return out
    }

    func table(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var out = "| " + header.map(escapeCell).joined(separator: " | ") + " |\n"
        out += "|" + header.map { _ in " --- " }.joined(separator: "|") + "|\n"
        for row in rows.dropFirst() { out += tableRow(row) }
        return out
    }

    func tableRow(_ row: [String]) -> String { "| " + row.map(escapeCell).joined(separator: " | ") + " |\n" }

    /// Escapes Markdown syntax so user text shows as written and cannot break a table, and a leading `=`, `+`, `-` or `@` that a spreadsheet would read
    /// as a formula when the table is pasted into one.
    func escape(_ text: String) -> String {
        var out = ""
        if let first = text.first, "=+-@".contains(first) { out.append("\\") }
        for character in text {
            switch character {
            case "\\", "*", "_", "[", "]", "<", ">", "#", "|", "`", "&":
                out.append("\\")
                out.append(character)
            case "\n", "\r", "\u{2028}", "\u{2029}": out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }

    func escapeCell(_ text: String) -> String {
        // Target ids are wrapped in backticks on purpose; keep those, escape the rest.
        if text.hasPrefix("`"), let close = text.dropFirst().firstIndex(of: "`") {
            let id = text[text.startIndex...close]
            return String(id) + escape(String(text[text.index(after: close)...]))
        }
        return escape(text)
    }
}
