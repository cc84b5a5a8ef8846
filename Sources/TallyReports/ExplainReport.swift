import Foundation
import TallyCore

/// The text of `tally explain`: the target, the records that counted, those left out and why, and the arithmetic.
public struct ExplainReport {
    let phrases: Phrases
    /// At most this many entries of each list (members, periods, triggers, records counted and left
    /// out), then "and N more"; nil for every entry, as `tally explain` prints them.
    let listLimit: Int?
    var words: Words { phrases.words }

    public init(language: Language, listLimit: Int? = nil) {
        phrases = Phrases(language)
        self.listLimit = listLimit
    }

    /// The indented lines of a list of `count` entries, cut after `listLimit` with "and N more".
    private func list(_ count: Int, _ entry: (Int) -> String) -> String {
        let entries = listLimit.map { phrases.shortened(count: count, limit: $0, entry) } ?? (0..<count).map(entry)
        return entries.map { "  " + $0 + "\n" }.joined()
    }

    private func pick(_ vi: String, _ en: String) -> String { phrases.words.language == .vi ? vi : en }

    public func render(_ explanation: Explanation, programme: Programme, records: RecordSet) -> String {
        let result = explanation.result
        let target = result.target
        var out = "\(target.id) — \(target.title)\n"
        out += describe(target, programme: programme) + "\n"
        out += "\(words.window): \(phrases.window(result.window)) · \(words.asOf) \(phrases.style.date(explanation.asOf))\n"
        out += "\(words.statusLabel): \(words.status(result.status)) — \(phrases.valueAgainstRequired(result))\n"
        if !result.members.isEmpty {
            out += "\n\(pick("Từng thành viên (✓ đạt · ~ đúng tiến độ · ✗ chậm hoặc không đạt · – được miễn)", "Members (✓ meets · ~ keeps pace · ✗ behind or short · – exempt)")):\n"
            out += list(result.members.count) { index in
                let member = result.members[index]
                let exempt = member.exempt ? "  (\(words.status(.exempt)))" : ""
                return "\(Self.mark(member.status)) \(member.name): \(phrases.style.number(member.value)) / \(phrases.style.number(member.threshold))\(exempt)"
            }
        }
        if !result.periods.isEmpty {
            out += "\n\(pick("Từng kỳ", "Periods")):\n"
            out += list(result.periods.count) { index in
                let period = result.periods[index]
                let bound = result.periodBound == .atMost ? "≤ " : ""
                let values = "\(phrases.amount(period.value, unit: result.periodUnit)) / \(bound)\(phrases.amount(period.required, unit: result.periodUnit))"
                return "\(phrases.window(period.window)): \(words.status(period.status)) — \(values)"
            }
        }
        if !result.triggers.isEmpty {
            out += "\n\(pick("Đề nghị cần đáp ứng", "Triggers")):\n"
            out += list(result.triggers.count) { index in
                let trigger = result.triggers[index]
                let answered = trigger.answeredOn.map { ", \(pick("đáp ứng ngày", "answered")) \(phrases.style.date($0))" } ?? ""
                return "\(trigger.id): \(words.trigger(trigger.state)) (\(pick("hạn", "due")) \(phrases.style.date(trigger.deadline))\(answered))"
            }
        }
        out += "\n\(pick("Được tính", "Counted")) (\(explanation.counted.count)):\n"
        let shown = shownFields(target)
        out += list(explanation.counted.count) { line(explanation.counted[$0], records: records, fields: shown) }
        out += "\n\(pick("Không được tính", "Left out")) (\(explanation.leftOut.count)):\n"
        out += list(explanation.leftOut.count) { position in
            let (index, why) = explanation.leftOut[position]
            return line(index, records: records, fields: shown) + "\n      — " + phrases.reason(why, day: records.records[index].day)
        }
        out += "\n\(pick("Cách tính", "Arithmetic")):\n"
        for item in arithmetic(result, asOf: explanation.asOf) { out += "  " + item + "\n" }
        return out
    }

    /// The target's measure and modifiers in the programme file's own syntax, which reads the same in any language.
    func describe(_ target: Target, programme: Programme) -> String {
        var parts: [String] = []
        switch target.measure {
        case .count(let kinds, let distinct):
            parts.append("count: " + kinds.joined(separator: ", "))
            if let distinct { parts.append("distinct: \(distinct)") }
        case .sum(let field, let kinds): parts += ["sum: \(field)", "of: " + kinds.joined(separator: ", ")]
        case .share(let kinds, _): parts += ["share: " + kinds.joined(separator: ", "), "that: \(target.thatText ?? "")"]
        case .respond(let to, let with, let within):
            parts.append("respond: {to: \(to.joined(separator: ", ")), with: \(with.joined(separator: ", ")), within: \(within)d}")
        }
        if let condition = target.conditionText { parts.append("where: \(condition)") }
        if let each = target.each { parts.append("each: \(each)" + (target.key != "unit" ? " · key: \(target.key)" : "")) }
        if let every = target.every { parts.append("every: \(every.rawValue)") }
        var out = parts.joined(separator: " · ")
        if let owner = target.owner { out += "\n\(words.owner): \(owner)" }
        return out
    }

    /// The fields besides unit, id and title that decide whether a record counts.
    func shownFields(_ target: Target) -> [String] {
        var names: [String] = []
        if target.each != nil && target.key != "unit" { names.append(target.key) }
        switch target.measure {
        case .sum(let field, _): names.append(field)
        case .count(_, let distinct?) where distinct != "unit": names.append(distinct)
        default: break
        }
        for name in (target.condition?.fieldNames ?? []) + thatFields(target) where !names.contains(name) && !["date", "activity", "unit"].contains(name) {
            names.append(name)
        }
        return names
    }

    func thatFields(_ target: Target) -> [String] {
        if case .share(_, let that) = target.measure { return that.fieldNames }
        return []
    }

    func line(_ index: Int, records: RecordSet, fields: [String]) -> String {
        let (file, lineNumber) = records.location(of: index)
        let record = records.records[index]
        var text = "\(file):\(lineNumber)  \(phrases.style.date(record.day))  \(records.kinds[record.kind.index])"
        for field in [KnownField.unit, KnownField.id, KnownField.respondsTo, KnownField.title] {
            if let value = records.text(field, of: index) { text += "  " + (field == KnownField.respondsTo ? "→ " : "") + value }
        }
        for name in fields {
            let value = records.existingFieldID(name).flatMap { records.value($0, of: index) }
            text += "  \(name)=" + (value.map { $0.description } ?? "—")
        }
        return text
    }

    func arithmetic(_ result: TargetResult, asOf: Day) -> [String] {
        var lines: [String] = []
        let window = result.window
        let style = phrases.style
        let value = phrases.amount(result.value, of: result), required = phrases.amount(result.required, of: result)
        if result.isUpperBound {
            lines.append(pick("giá trị \(value), tối đa cho phép \(required)", "value \(value), allowed at most \(required)"))
        } else {
            lines.append(pick("giá trị \(value), cần đạt \(required)", "value \(value), required \(required)"))
        }
        if let why = result.unreachable, result.rule.window == .open {
            lines.append(unreachable(why))
        } else if result.rule.window == .upcoming {
            lines.append(pick("thời hạn bắt đầu ngày \(style.date(window.from))", "the window opens on \(style.date(window.from))"))
        } else if result.rule.window == .closed {
            lines.append(pick("thời hạn đã kết thúc ngày \(style.date(window.to))", "the window closed on \(style.date(window.to))"))
        } else {
            let elapsed = window.elapsedDays(on: asOf)
            lines.append(pick("đã qua \(elapsed)/\(window.length) ngày của thời hạn", "\(elapsed) of \(window.length) days of the window have elapsed"))
            if let pace = result.pace, result.target.each == nil {
                // With every:, the pace is the current period's own: its threshold over its days.
                let current = result.periods.first { $0.window.contains(asOf) }
                let span = current?.window ?? window
                let threshold = current.map { style.number($0.required) } ?? required
                let days = span.elapsedDays(on: asOf)
                let paceText = phrases.amount(pace, unit: current == nil ? result.unit : result.periodUnit)
                let prefix = current.map { _ in pick("kỳ hiện tại \(phrases.window(span)): ", "current period \(phrases.window(span)): ") } ?? ""
                lines.append(prefix + pick("tiến độ cần đạt = floor(\(threshold) × \(days)/\(span.length)) = \(paceText)",
                                           "pace = floor(\(threshold) × \(days)/\(span.length)) = \(paceText)"))
            }
        }
        for milestone in result.milestones {
            lines.append("\(words.milestone) \(style.date(milestone.by)): \(phrases.amount(milestone.value, of: result)) / \(phrases.amount(milestone.required, of: result)) — \(milestoneState(milestone.state))")
            if !milestone.missing.isEmpty && milestone.state != .reached {
                lines.append("  \(words.missing): " + milestone.missing.joined(separator: ", "))
            }
        }
        if result.nothingToMeasure { lines.append(words.nothingToMeasure) }
        return lines
    }

    /// Why a target whose window is still open is already missed (v1.1), instead of the days elapsed.
    func unreachable(_ why: TargetResult.Unreachable) -> String {
        switch why {
        case .periodsFailed:
            pick("số kỳ không đạt đã vượt mức cho phép: không thể đạt dù thời hạn chưa kết thúc",
                 "more periods have failed than allowed: it cannot be met although the window is still open")
        case .boundExceeded:
            pick("đã vượt mức tối đa cho phép: không thể đạt dù thời hạn chưa kết thúc",
                 "the bound is already exceeded: it cannot be met although the window is still open")
        case .recordFails:
            pick("yêu cầu 100% mà đã có hồ sơ không đạt: không thể đạt dù thời hạn chưa kết thúc",
                 "100% is required and a counted record already fails: it cannot be met although the window is still open")
        }
    }

    /// The mark of a member's status in the list of members.
    static func mark(_ status: Status) -> String {
        switch status {
        case .met: "✓"
        case .onTrack: "~"
        case .behind, .missed: "✗"
        case .exempt, .upcoming: "–"
        }
    }

    func milestoneState(_ state: MilestoneResult.State) -> String {
        switch state {
        case .upcoming: words.upcomingWord
        case .reached: words.reached
        case .missed: words.missedWord
        }
    }
}
