import TallyCore

/// Builds the HTML report page.
struct HTMLPage {
    let report: Report

    func render() -> String {
        let phrases = Phrases(report.effectiveLanguage)
        let words = phrases.words
        var body = ""
        for result in report.results {
            body += "<section><h1>\(escape(result.programme.organisation))</h1>\n"
            body += "<p>\(escape(result.programme.title)) — \(words.asOf) \(phrases.style.date(result.asOf))</p>\n"
            body += "<p class=\"verdict \(result.verdict.rawValue)\">\(words.verdictLabel): <strong>\(escape(words.verdict(result.verdict)))</strong> · \(words.score): \(phrases.score(result))"
            if let rating = result.rating { body += " · \(words.rating): \(escape(rating))" }
            body += "</p>\n<table><tr><th>\(words.statusLabel)</th><th>\(words.target)</th><th>\(words.value)</th><th>\(escape(words.missingHeader))</th></tr>\n"
            for target in result.targets {
                body += "<tr class=\"\(target.status.rawValue)\"><td>\(escape(words.status(target.status)))</td><td><code>\(escape(target.target.id))</code> \(escape(target.target.title))</td>"
                body += "<td>\(escape(phrases.valueAgainstRequired(target)))</td><td>\(escape(target.missing.joined(separator: ", ")))</td></tr>\n"
            }
            body += "</table></section>\n"
        }
        return "<!DOCTYPE html>\n<html lang=\"\(report.effectiveLanguage.rawValue)\"><head><meta charset=\"utf-8\"><title>Tally</title></head><body>\n\(body)</body></html>\n"
    }

    /// Escapes text for HTML content and attribute values.
    func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
