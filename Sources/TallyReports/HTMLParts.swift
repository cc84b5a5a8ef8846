import TallyCore

/// The HTML report's parts, for pages made elsewhere (the web server): the roll-up, a programme,
/// a target's card, and the document around them with the report's stylesheet.
public struct HTMLParts: Sendable {
    public let language: Language
    public let links: HTMLLinks

    public init(language: Language, links: HTMLLinks) {
        self.language = language
        self.links = links
    }

    var phrases: Phrases { Phrases(language) }

    /// The roll-up of section 9 (summary worst first, folder subtotals, by-target table, matrix),
    /// its rows and cells linking to the programmes and their targets.
    public func rollUp(_ results: [ProgrammeResult]) -> String {
        let summary = RollUpSummary(results.enumerated().map { ProgrammeSummary($1, position: $0) })
        return HTMLRollUp(summary: summary, phrases: phrases, links: links).render()
    }

    /// One programme: its scorecard, its list of targets (linking to them) and a card per target.
    public func programme(_ result: ProgrammeResult) -> String {
        HTMLPage(report: Report(results: [result], language: language), links: links)
            .programme(result, number: 1, level: 1, phrases: phrases)
    }

    /// One target's card: status, bar, facts, chart, the records that counted and those left out.
    public func target(_ target: TargetResult, of result: ProgrammeResult, level: Int = 2) -> String {
        let story = TargetStory(result: target, programme: result, evaluator: result.evaluator, phrases: phrases)
        return HTMLTarget(story: story, link: EvidenceLink(reportFolder: nil, override: links.evidence),
                          anchor: "t-" + target.target.id, level: level).render()
    }

    /// A whole page around `body`, with the report's stylesheet and `style` after it.
    public func document(title: String, body: String, style: String = "") -> String {
        HTMLDocument.render(language: language, title: title, style: HTMLStyle.css + style, body: body)
    }

    /// Escapes text for HTML content and attribute values.
    public static func escape(_ text: String) -> String { HTML.escape(text) }
}

/// The frame of every HTML page: doctype, language, viewport, title and the inline stylesheet.
enum HTMLDocument {
    static func render(language: Language, title: String, style: String, body: String) -> String {
        head(language: language, title: title, style: style) + body + tail
    }

    /// The page up to the start of its body's content.
    static func head(language: Language, title: String, style: String) -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"generator\" content=\"Tally\">\n"
        page += "<title>\(HTML.escape(title))</title>\n<style>\n\(style)</style>\n</head>\n"
        return page + "<body>\n"
    }

    /// The page after its body's content.
    static let tail = "</body>\n</html>\n"
}
