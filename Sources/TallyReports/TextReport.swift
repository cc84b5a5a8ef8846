import Foundation
import TallyCore

/// The terminal report: a header per programme, then one line per target with its
/// status and value against what is required, and the details that matter below it.
public struct TextReport: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        let phrases = Phrases(report.effectiveLanguage)
        var paint = Paint(enabled: report.color)
        var out = ""
        if let rollUp = report.rollUp {
            out += RollUp(summary: rollUp, phrases: phrases).text()
            if !report.results.isEmpty { out += "\n" }
        }
        for (index, result) in report.results.enumerated() {
            if index > 0 { out += "\n" }
            out += programme(result, phrases: phrases, paint: &paint)
        }
        return out
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
        for (target, value) in zip(result.targets, values) {
            let status = words.status(target.status)
            out += "  " + paint.status(target.status, pad(status, statusWidth)) + "  " + pad(target.target.id, idWidth)
            out += "  " + pad(value, valueWidth) + "  " + phrases.title(target.target) + "\n"
            for detail in details(target, phrases: phrases) { out += "      " + detail + "\n" }
        }
        let exemptions = result.exemptions
        if !exemptions.isEmpty {
            out += "\n\(words.exemptions):\n"
            for item in exemptions { out += "  - " + phrases.exemption(item) + "\n" }
        }
        return out
    }

    func details(_ result: TargetResult, phrases: Phrases) -> [String] {
        let words = phrases.words
        var lines: [String] = []
        if !result.missing.isEmpty && result.status != .exempt {
            lines.append("\(words.missing): " + phrases.list(result.missing))
        }
        let overdue = result.overdue, pending = result.pending, late = result.late
        if !overdue.isEmpty { lines.append("\(words.overdue): " + phrases.list(overdue)) }
        if !late.isEmpty { lines.append("\(words.late): " + phrases.list(late)) }
        if !pending.isEmpty { lines.append("\(words.pending): " + phrases.list(pending)) }
        if let pace = result.shownPace, result.status == .behind {
            lines.append("\(words.pace): \(phrases.amount(pace, of: result)) · \(words.window.lowercased()) \(phrases.window(result.window))")
        }
        for milestone in result.milestones where milestone.state == .missed {
            lines.append("\(words.milestone) \(phrases.style.date(milestone.by)): \(words.missedWord) (\(phrases.amount(milestone.value, of: result)) / \(phrases.amount(milestone.required, of: result)))")
        }
        if result.nothingToMeasure && result.status != .upcoming { lines.append(words.nothingToMeasure) }
        for item in result.exemptions where item.exemption.member != nil || item.expired {
            lines.append("\(words.exemption): " + phrases.exemption(item))
        }
        return lines
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
