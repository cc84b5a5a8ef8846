import Foundation
import TallyCore

/// The HTML roll-up (FORMAT.md section 9): the summary worst first, folder subtotals, the
/// by-target table and a matrix of organisations × targets coloured by status, worst first, each
/// cell linking to that target's card below (when the details are in the page). Sticky headers,
/// a legend, counts per column; a symbol in every cell so it reads in black and white too.
struct HTMLRollUp {
    let summary: RollUpSummary
    let phrases: Phrases
    /// Where rows and cells link: the details below in the page, or the server's pages; nil for
    /// no links (a summary without details).
    let links: HTMLLinks?

    var words: Words { phrases.words }
    var table: RollUp { RollUp(summary: summary, phrases: phrases) }

    /// A symbol per status, so the matrix reads without colour; the legend explains them.
    static func symbol(_ status: Status) -> String {
        switch status {
        case .met: "✓"
        case .onTrack: "→"
        case .behind: "!"
        case .missed: "✗"
        case .exempt: "–"
        case .upcoming: "·"
        }
    }

    func render() -> String {
        let output = ReportOutput.memory()
        write(to: output)
        return output.text
    }

    /// Writes the roll-up a row at a time: a national roll-up's tables are never one string.
    func write(to output: ReportOutput) {
        let html = HTMLWords(words.language), rollUpWords = table.rollUpWords
        output.write("<section class=\"rollup\" id=\"summary\">\n<p class=\"eyebrow\">\(HTML.escape(html.report))</p>\n")
        output.write("<h1>\(HTML.escape(words.summary)) (\(summary.programmes.count))</h1>\n")
        if let day = summary.commonAsOf {
            output.write("<p class=\"muted\">\(HTML.escape(HTML.capitalised(words.asOf))) \(HTML.escape(phrases.style.date(day)))</p>\n")
        }
        writeSummaryTable(to: output)
        if table.showsFolders {
            output.write("<h2>\(HTML.escape(rollUpWords.folders))</h2>\n" + plainTable(table.folderHeader(), table.folderRows(), numericFrom: 1, className: "folders"))
        }
        if !summary.byTarget.isEmpty {
            output.write("<h2>\(HTML.escape(rollUpWords.byTarget))</h2>\n" + plainTable(table.targetHeader(), table.targetRows(), numericFrom: 1, className: "by-target"))
            writeMatrix(to: output)
        }
        output.write("</section>\n")
    }

    /// The summary: organisation (linking to its details), verdict badge, score, rating, count per status.
    func writeSummaryTable(to output: ReportOutput) {
        let header = table.header()
        let offset = table.showsFolders ? 1 : 0
        var out = "<div class=\"table-wrap\"><table class=\"stack rollup-table\">\n<thead><tr>"
        for (column, name) in header.enumerated() {
            if column >= offset + 4 {
                out += "<th class=\"num \(HTML.statusClass(Status.allCases[column - offset - 4]))\">\(HTML.escape(name))</th>"
            } else {
                out += "<th\(column == offset + 2 ? " class=\"num\"" : "")>\(HTML.escape(name))</th>"
            }
        }
        output.write(out + "</tr></thead>\n<tbody>\n")
        for item in summary.programmes {
            let row = table.row(item)
            var out = "<tr>"
            for (column, cell) in row.enumerated() {
                let label = "data-label=\"\(HTML.escape(header[column]))\""
                switch column - offset {
                case -1: out += "<td \(label)>\(HTML.path(cell))</td>"
                case 0: out += "<td \(label)>\(link(cell, to: links?.programme(item.position + 1, item.path)))</td>"
                case 1: out += "<td \(label)><span class=\"badge v-\(item.verdict.rawValue)\">\(HTML.escape(cell))</span></td>"
                case 2: out += "<td class=\"num\" \(label)>\(HTML.escape(cell))</td>"
                case 3: out += "<td \(label)>\(HTML.escape(cell))</td>"
                default: out += "<td class=\"num\(cell == "0" ? " muted" : "")\" \(label)>\(HTML.escape(cell))</td>"
                }
            }
            output.write(out + "</tr>\n")
        }
        output.write("</tbody></table></div>\n")
    }

    func link(_ text: String, to href: String?) -> String {
        href.map { "<a href=\"\(HTML.escape($0))\">\(HTML.escape(text))</a>" } ?? HTML.escape(text)
    }

    func plainTable(_ header: [String], _ rows: [[String]], numericFrom: Int, className: String) -> String {
        var out = "<div class=\"table-wrap\"><table class=\"stack \(className)\">\n<thead><tr>"
        out += header.enumerated().map { "<th\($0 >= numericFrom && $0 < numericFrom + 1 + 3 + Status.allCases.count ? " class=\"num\"" : "")>\(HTML.escape($1))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.enumerated().map { column, cell in
                "<td data-label=\"\(HTML.escape(header[column]))\"\(column >= numericFrom && Int(cell) != nil ? " class=\"num\(cell == "0" ? " muted" : "")\"" : "")>\(HTML.escape(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    /// The most organisations the matrix shows: a roll-up of a whole province or country would
    /// otherwise be a matrix of gigabytes (rows × every target id any programme has) that no one
    /// can read; the summary table and the CSV still list every organisation.
    static let matrixRows = 1_000

    /// Organisations × targets, worst first, coloured by status, with the count of missed and
    /// behind per target in a header row and a legend: the first `matrixRows` organisations, and the
    /// targets at least one of them has.
    func writeMatrix(to output: ReportOutput) {
        let rollUpWords = table.rollUpWords
        let rows = summary.programmes.prefix(Self.matrixRows)
        var held = Set<String>()
        for item in rows { for target in item.targets { held.insert(target.id) } }
        let columns = summary.targetColumns.filter(held.contains)
        let titles = Dictionary(summary.byTarget.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let tallies = Dictionary(summary.byTarget.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out = "<h2>\(HTML.escape(rollUpWords.matrix))</h2>\n"
        out += "<p class=\"legend\"><strong>\(HTML.escape(rollUpWords.legend)):</strong> "
        out += Status.allCases.map { "<span class=\"cell \(HTML.statusClass($0))\">\(Self.symbol($0))</span> \(HTML.escape(words.status($0)))" }.joined(separator: " ")
        out += " <span class=\"cell absent\"></span> \(HTML.escape(rollUpWords.absent))</p>\n"
        out += "<div class=\"matrix-wrap\"><table class=\"matrix\">\n<thead><tr><th class=\"corner\">\(HTML.escape(words.organisation))</th>"
        for id in columns {
            out += "<th class=\"target-id\" title=\"\(HTML.escape(titles[id] ?? id))\"><span>\(HTML.escape(id))</span></th>"
        }
        out += "</tr>\n<tr class=\"column-counts\"><th class=\"corner\">\(HTML.escape(words.status(.missed))) / \(HTML.escape(words.status(.behind)))</th>"
        for id in columns {
            let tally = tallies[id]
            let missed = tally?.counts[.missed] ?? 0, behind = tally?.counts[.behind] ?? 0
            out += "<th class=\"num\"><span class=\"s-missed count\">\(missed)</span>/<span class=\"s-behind count\">\(behind)</span></th>"
        }
        output.write(out + "</tr></thead>\n<tbody>\n")
        for item in rows {
            var out = ""
            let statuses = Dictionary(item.targets.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
            out += "<tr><th class=\"org\" scope=\"row\">\(link(item.organisation, to: links?.programme(item.position + 1, item.path)))</th>"
            for id in columns {
                guard let status = statuses[id] else {
                    out += "<td class=\"cell absent\" title=\"\(HTML.escape(rollUpWords.absent))\"></td>"
                    continue
                }
                let label = HTML.escape("\(item.organisation) · \(id): \(words.status(status))")
                let symbol = Self.symbol(status)
                let href = links?.target(item.position + 1, item.path, id)
                let content = href.map { "<a href=\"\(HTML.escape($0))\" aria-label=\"\(label)\">\(symbol)</a>" } ?? symbol
                out += "<td class=\"cell \(HTML.statusClass(status))\" title=\"\(label)\">\(content)</td>"
            }
            output.write(out + "</tr>\n")
        }
        output.write("</tbody></table></div>\n")
        let hidden = summary.programmes.count - Self.matrixRows
        if hidden > 0 { output.write("<p class=\"muted matrix-more\">\(HTML.escape(rollUpWords.matrixMore(shown: Self.matrixRows, hidden: hidden, byName: summary.order == .name)))</p>\n") }
    }

    /// The matrix's styles: sticky header rows and first column, compact coloured cells, print-friendly.
    static let css = """
    .legend{font-size:.85rem}.legend .cell{display:inline-block;width:1.4em;text-align:center;border-radius:3px}
    .matrix-wrap{overflow:auto;max-height:80vh;border:1px solid #d1d9e0;margin:.5rem 0 1rem}
    table.matrix{border-collapse:separate;border-spacing:0;font-size:.8rem;width:auto}
    table.matrix th,table.matrix td{border-bottom:1px solid #eaeef2;border-right:1px solid #eaeef2;padding:.15rem .3rem}
    table.matrix thead th{position:sticky;top:0;background:#fff;z-index:2}
    table.matrix thead tr.column-counts th{top:1.9rem;font-weight:400;white-space:nowrap}
    table.matrix th.org,table.matrix th.corner{position:sticky;left:0;background:#fff;z-index:1;text-align:left;min-width:14rem;max-width:22rem;font-weight:500}
    table.matrix thead th.corner{z-index:3}
    table.matrix th.target-id{white-space:nowrap;font-family:ui-monospace,monospace;font-size:.75rem}
    table.matrix td.cell{text-align:center;color:var(--c);background:var(--bg);font-weight:700;min-width:1.6rem}
    table.matrix td.cell a{color:inherit;text-decoration:none;display:block}
    table.matrix td.absent{background:repeating-linear-gradient(45deg,#fff,#fff 3px,#f3f4f6 3px,#f3f4f6 6px)}
    .count{color:var(--c);font-weight:700}
    @media print{.matrix-wrap{overflow:visible;max-height:none;border:0}table.matrix thead{display:table-header-group}table.matrix thead th,table.matrix th.org{position:static}table.matrix td.cell{-webkit-print-color-adjust:exact;print-color-adjust:exact}}

    """
}
