import TallyCore

/// JUnit XML for CI dashboards: one test suite per programme, one test case per target.
/// A missed target is a failure; a behind one only with `--strict`; exempt and upcoming are skipped.
/// Attribute values that tools match on (`type`, `skipped` messages) stay the JSON status words;
/// the messages people read are in the report's language.
public struct JUnitReport: StreamingReportRenderer, ProgrammeDetailsRenderer {
    public init() {}

    /// Writes the suites, each programme's as it comes (a roll-up's programmes are not all held,
    /// so the totals come from its summaries).
    public func write(_ report: Report, to output: ReportOutput) {
        let phrases = Phrases(report.effectiveLanguage)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let rollUp = report.rollUp.map { JUnitRollUp(summary: $0, phrases: phrases, strict: report.strict, xml: xml) }
        let statuses: [Status: Int] = report.results.isEmpty ? [:] : report.rollUp?.totals
            ?? report.results.reduce(into: [:]) { counts, result in for target in result.targets { counts[target.status, default: 0] += 1 } }
        let failures = statuses.filter { $0.key.fails(strict: report.strict) }.values.reduce(0, +) + (rollUp?.failures ?? 0)
        let total = statuses.values.reduce(0, +) + (rollUp?.tests ?? 0)
        out += "<testsuites name=\"tally\" tests=\"\(total)\" failures=\"\(failures)\">\n"
        if let rollUp { out += rollUp.render() }
        let context = DetailsContext(report)
        for index in report.results.indices {
            output.write(out)
            out = report.results.details(at: index, context: context) { suite($0, phrases: phrases, strict: report.strict) }
        }
        output.write(out + "</testsuites>\n")
    }

    public func details(of result: ProgrammeResult, position: Int, context: DetailsContext) -> String {
        suite(result, phrases: Phrases(context.language), strict: context.strict)
    }

    /// One programme's test suite: a test case per target.
    func suite(_ result: ProgrammeResult, phrases: Phrases, strict: Bool) -> String {
        let words = phrases.words
        var out = ""
        let suiteFailures = result.targets.filter { $0.fails(strict: strict) }.count
        let skipped = result.targets.filter { $0.status == .exempt || $0.status == .upcoming }.count
        out += "  <testsuite name=\"\(xml(result.programme.organisation))\" tests=\"\(result.targets.count)\" failures=\"\(suiteFailures)\" skipped=\"\(skipped)\" timestamp=\"\(result.asOf)\">\n"
        out += "    <properties>\n"
        out += "      <property name=\"programme\" value=\"\(xml(result.programme.title))\"/>\n"
        out += "      <property name=\"verdict\" value=\"\(result.verdict.rawValue)\"/>\n"
        out += "      <property name=\"score\" value=\"\(result.scoreAsDouble)\"/>\n"
        out += "      <property name=\"provisional\" value=\"\(result.isProvisional)\"/>\n"
        if result.isProvisional {
            out += "      <property name=\"projectedScore\" value=\"\(result.projected.double)\"/>\n"
            if let rating = result.projected.rating { out += "      <property name=\"projectedRating\" value=\"\(xml(rating))\"/>\n" }
        }
        out += "    </properties>\n"
        for target in result.targets {
            out += "    <testcase classname=\"\(xml(result.programme.path))\" name=\"\(xml(target.target.id)): \(xml(phrases.title(target.target)))\">\n"
            let summary = "\(words.status(target.status)): \(phrases.valueAgainstRequired(target))"
            if target.fails(strict: strict) {
                var body = summary
                if !target.missing.isEmpty { body += "\n\(words.missing): " + target.missing.joined(separator: ", ") }
                if !target.overdue.isEmpty { body += "\n\(words.overdue): " + target.overdue.joined(separator: ", ") }
                if !target.late.isEmpty { body += "\n\(words.late): " + target.late.joined(separator: ", ") }
                out += "      <failure type=\"\(target.status.rawValue)\" message=\"\(xml(summary))\">\(xml(body))</failure>\n"
            } else if target.status == .exempt || target.status == .upcoming {
                out += "      <skipped message=\"\(target.status.rawValue)\"/>\n"
            } else {
                out += "      <system-out>\(xml(summary))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n"
        return out
    }

    /// Escapes text for XML attributes and content, dropping characters XML 1.0 forbids.
    func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
