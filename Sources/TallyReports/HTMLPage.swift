import Foundation
import TallyCore

/// Builds the HTML report page: one self-contained file (inline stylesheet and SVG, no script,
/// no fonts, no network) that reads on a screen and a phone and prints on A4.
///
/// A roll-up of several programmes opens with their summary table; each programme then shows its
/// organisation, title, as-of date, verdict, score and rating, a list of its targets, and a card per target.
/// The output depends only on the report, so it can be compared with golden files.
struct HTMLPage {
    let report: Report
    var links: HTMLLinks = .inPage

    /// The whole page, from the doctype to the closing tag.
    func render() -> String {
        let output = ReportOutput.memory()
        write(to: output)
        return output.text
    }

    /// Writes the page, each programme as it comes (a roll-up's programmes are not all held).
    func write(to output: ReportOutput) {
        let phrases = Phrases(report.effectiveLanguage)
        let words = phrases.words
        let rollUp = report.rollUp != nil
        let title: String
        if rollUp || report.results.isEmpty {
            title = "\(words.summary) (\(report.programmeCount))"
        } else {
            title = "\(report.results[0].programme.organisation) — \(report.results[0].programme.title)"
        }
        output.write(HTMLDocument.head(language: report.effectiveLanguage, title: title, style: HTMLStyle.css) + "<main>\n")
        if let summary = report.rollUp {
            HTMLRollUp(summary: summary, phrases: phrases, links: report.results.isEmpty ? nil : links).write(to: output)
        }
        let context = DetailsContext(report)
        for index in report.results.indices {
            output.write(report.results.details(at: index, context: context) { programme($0, number: index + 1, level: rollUp ? 2 : 1, phrases: phrases) })
        }
        output.write("</main>\n" + HTMLDocument.tail)
    }

    /// One programme: its header with verdict, score and rating, its list of targets and a card per target.
    func programme(_ result: ProgrammeResult, number: Int, level: Int, phrases: Phrases) -> String {
        let words = phrases.words, html = HTMLWords(words.language)
        var out = "<section class=\"programme\" id=\"p\(number)\">\n"
        out += "<p class=\"eyebrow\">\(HTML.escape(result.programme.organisation))</p>\n"
        out += "<h\(level)>\(HTML.escape(result.programme.title))</h\(level)>\n"
        out += "<p class=\"muted\">\(HTML.escape(HTML.capitalised(words.asOf))) <strong>\(HTML.escape(phrases.style.date(result.asOf)))</strong></p>\n"
        out += "<div class=\"scorecard\">\n"
        out += "<div class=\"verdict v-\(result.verdict.rawValue)\"><span class=\"label\">\(HTML.escape(words.verdictLabel))</span><strong>\(HTML.escape(phrases.verdict(result)))</strong></div>\n"
        out += "<div><span class=\"label\">\(HTML.escape(words.score))</span><strong>\(HTML.escape(phrases.score(result)))</strong></div>\n"
        out += "<div><span class=\"label\">\(HTML.escape(words.rating))</span><strong>\(HTML.escape(phrases.rating(result) ?? words.noRating))</strong></div>\n"
        if result.isProvisional {
            let projected = result.projected
            out += "<div><span class=\"label\">\(HTML.escape(words.projected))</span><strong>\(HTML.escape(phrases.style.percent(projected.value * 100)))</strong></div>\n"
            out += "<div><span class=\"label\">\(HTML.escape(words.projectedRating))</span><strong>\(HTML.escape(projected.rating ?? words.noRating))</strong></div>\n"
        }
        out += "</div>\n"
        if result.isProvisional { out += "<p class=\"muted\">\(HTML.escape(HTML.capitalised(words.projectedHow)))</p>\n" }
        let counts = result.counts
        out += "<ul class=\"counts\" aria-label=\"\(HTML.escape(html.counts))\">"
        for status in Status.allCases where (counts[status] ?? 0) > 0 {
            out += "<li><span class=\"badge \(HTML.statusClass(status))\">\(HTML.escape(words.status(status))): \(counts[status] ?? 0)</span></li>"
        }
        out += "</ul>\n"
        out += overview(result, number: number, level: level + 1, phrases: phrases)
        let link = EvidenceLink(reportFolder: report.outputPath.map { FilePath.parent(of: $0) }, override: links.evidence)
        let anchors = result.targets.map { anchor(number, $0.target.id) }
        // Each target's card is told on its own core (its explanation looks at every record left out).
        let cards = ParallelMap.map(Array(result.targets.indices)) { index in
            let story = TargetStory(result: result.targets[index], programme: result, evaluator: result.evaluator, phrases: phrases)
            return HTMLTarget(story: story, link: link, anchor: anchors[index], level: level + 1).render()
        }
        out += cards.joined()
        return out + "</section>\n"
    }

    /// The list of targets at a glance, each linking to its card.
    func overview(_ result: ProgrammeResult, number: Int, level: Int, phrases: Phrases) -> String {
        let words = phrases.words, html = HTMLWords(words.language)
        let header = [words.statusLabel, words.target, words.value, words.window]
        var out = "<h\(level)>\(HTML.escape(html.targetList)) (\(result.targets.count))</h\(level)>\n"
        out += "<div class=\"table-wrap\"><table class=\"stack overview\">\n<thead><tr>"
        out += header.enumerated().map { "<th\($0 == 2 ? " class=\"num\"" : "")>\(HTML.escape($1))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for target in result.targets {
            out += "<tr><td data-label=\"\(HTML.escape(header[0]))\">\(HTML.badge(target.status, words))</td>"
            out += "<td data-label=\"\(HTML.escape(header[1]))\"><a href=\"\(HTML.escape(links.target(number, result.programme.path, target.target.id)))\">\(HTML.escape(target.target.title))</a></td>"
            out += "<td class=\"num\" data-label=\"\(HTML.escape(header[2]))\">\(HTML.escape(phrases.valueAgainstRequired(target)))</td>"
            out += "<td class=\"window\" data-label=\"\(HTML.escape(header[3]))\">\(HTML.escape(phrases.window(target.window)))</td></tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    /// The anchor of a target's card: the programme's number and the target's id, unique in the page.
    func anchor(_ number: Int, _ id: String) -> String { HTMLLinks.anchor(number, id) }
}
