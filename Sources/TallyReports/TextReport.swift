import Foundation
import TallyCore

/// The terminal report: a header per programme, then one line per target with its
/// status and value against what is required, and the details that matter below it.
public struct TextReport: StreamingReportRenderer, ProgrammeDetailsRenderer {
    public init() {}

    /// Writes the roll-up, then each programme as it comes (a roll-up's programmes are not all held).
    public func write(_ report: Report, to output: ReportOutput) {
        let phrases = Phrases(report.effectiveLanguage)
        var paint = Paint(enabled: report.color)
        if let rollUp = report.rollUp {
            RollUp(summary: rollUp, phrases: phrases).writeText(to: output)
            if !report.results.isEmpty { output.write("\n") }
        }
        let context = DetailsContext(report)
        for index in report.results.indices {
            if index > 0 { output.write("\n") }
            output.write(report.results.details(at: index, context: context) { programme($0, phrases: phrases, paint: &paint) })
        }
    }

    public func details(of result: ProgrammeResult, position: Int, context: DetailsContext) -> String {
        var paint = Paint(enabled: context.color)
        return programme(result, phrases: Phrases(context.language), paint: &paint)
    }

    func programme(_ result: ProgrammeResult, phrases: Phrases, paint: inout Paint) -> String {
        let words = phrases.words
        var out = paint.bold(result.programme.organisation) + "\n"
        out += "\(result.programme.title) — \(words.asOf) \(phrases.style.date(result.asOf))\n"
        var header = "\(words.verdictLabel): \(paint.verdict(result.verdict, phrases.verdict(result).uppercased()))"
        header += " · \(words.score): \(phrases.score(result))"
        if let rating = phrases.rating(result) { header += " · \(words.rating): \(rating)" }
        out += header + "\n"
        if let projection = phrases.projection(result) { out += projection + "\n" }
        out += "\n"
        let idWidth = min(28, result.targets.map(\.target.id.count).max() ?? 0)
        let statusWidth = Status.allCases.map { words.status($0).count }.max() ?? 0
        let values = result.targets.map { phrases.valueAgainstRequired($0) }
        let valueWidth = values.map(\.count).max() ?? 0
        let stories = TargetStory.lines(of: result, phrases: phrases)
        for ((target, value), lines) in zip(zip(result.targets, values), stories) {
            let status = words.status(target.status)
            out += "  " + paint.status(target.status, pad(status, statusWidth)) + "  " + pad(target.target.id, idWidth)
            out += "  " + pad(value, valueWidth) + "  " + phrases.title(target.target) + "\n"
            for line in lines { out += "      " + line + "\n" }
        }
        let exemptions = result.exemptions
        if !exemptions.isEmpty {
            out += "\n\(words.exemptions):\n"
            for item in exemptions { out += "  - " + phrases.exemption(item) + "\n" }
        }
        return out
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

/// ANSI colours for the terminal, off unless asked for.
struct Paint {
    let enabled: Bool

    func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ text: String) -> String { wrap("1", text) }

    func status(_ status: Status, _ text: String) -> String {
        switch status {
        case .met: wrap("32", text)
        case .onTrack: wrap("36", text)
        case .behind: wrap("33", text)
        case .missed: wrap("31;1", text)
        case .upcoming, .exempt: wrap("2", text)
        }
    }

    func verdict(_ verdict: Verdict, _ text: String) -> String {
        switch verdict {
        case .compliant: wrap("32;1", text)
        case .atRisk: wrap("33;1", text)
        case .nonCompliant: wrap("31;1", text)
        }
    }
}
