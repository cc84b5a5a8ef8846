import Foundation
import TallyCore

/// Sentences shared by the human-readable formats (text, markdown, HTML).
public struct Phrases: Sendable {
    public let words: Words
    public let style: NumberStyle

    public init(_ language: Language) {
        words = Words(language)
        style = NumberStyle(language)
    }

    /// A value formatted for its measure: a percentage for share and respond, else a number.
    public func amount(_ value: Decimal, of result: TargetResult) -> String { amount(value, unit: result.unit) }

    /// A value in its unit: a percentage, else a number.
    public func amount(_ value: Decimal, unit: ValueUnit) -> String {
        unit == .percent ? style.percent(value) : style.number(value)
    }

    /// "7/9 members", "83% / 100%", "1 / ≤ 0".
    public func valueAgainstRequired(_ result: TargetResult) -> String {
        let value = amount(result.value, of: result)
        let required = amount(result.required, of: result)
        var text = "\(value) / \(result.isUpperBound ? "≤ " : "")\(required)"
        switch result.unit {
        case .periods: text += " " + words.periods
        case .members: text += " " + words.members
        default: break
        }
        return text
    }

    /// "2024-01-01 – 2024-03-31" in the language's date form.
    public func window(_ window: DateWindow) -> String {
        "\(style.date(window.from)) – \(style.date(window.to))"
    }

    /// The score as a percentage, marked provisional until the period has ended (v1.1).
    public func score(_ result: some ProgrammeStanding) -> String {
        style.percent(result.score * 100) + (result.isProvisional ? " (\(words.provisional))" : "")
    }

    /// The rating, marked provisional until the period has ended.
    public func rating(_ result: some ProgrammeStanding) -> String? {
        result.rating.map { $0 + (result.isProvisional ? " (\(words.provisional))" : "") }
    }

    /// The verdict in words: while the period runs, what stands so far rather than a judgement on the year.
    public func verdict(_ result: some ProgrammeStanding) -> String {
        result.isProvisional ? words.verdictSoFar(result.verdict) : words.verdict(result.verdict)
    }

    /// "Projected: 80% · Projected rating: Good (met and on-track targets)", while the period runs; else nil.
    public func projection(_ result: some ProgrammeStanding) -> String? {
        guard result.isProvisional else { return nil }
        let projected = result.projected
        var text = "\(words.projected): \(style.percent(projected.value * 100))"
        if let rating = projected.rating { text += " · \(words.projectedRating): \(rating)" }
        return text + " (\(words.projectedHow))"
    }

    /// The label of members not meeting a target, by their status: "missed", "not met yet, on track".
    public func memberLabel(_ status: Status) -> String {
        status == .missed ? words.status(.missed) : "\(words.notYet), \(words.status(status))"
    }

    /// "checked 3 records, none counted": what an upper bound looked at when nothing exceeded it.
    public func checked(_ count: Int) -> String {
        words.language == .vi ? "đã kiểm tra \(style.number(Decimal(count))) hồ sơ, không có hồ sơ nào bị tính"
            : "checked \(style.number(Decimal(count))) \(words.records(count)), none counted"
    }

    /// Why a record dated `day` was left out, from Core's reason.
    public func reason(_ why: Exclusion, day: Day) -> String {
        let vi = words.language == .vi
        switch why {
        case .afterAsOf(let day):
            return vi ? "ghi ngày \(style.date(day)), sau ngày tính" : "dated \(style.date(day)), after the as-of date"
        case .outsideWindow(let window):
            if day > window.to {
                return vi ? "ngày \(style.date(day)), sau hạn \(style.date(window.to))" : "on \(style.date(day)), after the deadline \(style.date(window.to))"
            }
            return vi ? "ngày \(style.date(day)), trước ngày bắt đầu \(style.date(window.from))"
                : "on \(style.date(day)), before the window opened \(style.date(window.from))"
        case .conditionFalse(let text):
            return vi ? "không thỏa điều kiện where: \(text)" : "where: \(text) does not hold"
        case .notInRoster(let value, let roster):
            return vi ? "\"\(value)\" không thuộc danh sách \(roster)" : "\"\(value)\" is not a member of \(roster)"
        case .noKey(let field):
            return vi ? "không có trường \(field)" : "has no \(field)"
        case .exemptMember(let name):
            return vi ? "\(name) được miễn" : "\(name) is exempt"
        case .missingField(let field):
            return vi ? "không có giá trị \(field)" : "has no \(field) value"
        case .notAnswer:
            return vi ? "không phải trả lời kịp thời cho đề nghị nào trong thời hạn" : "answers no trigger in the window (or a trigger already answered)"
        }
    }

    /// The first `limit` items of a long list and "and N more" (full lists stay in JSON and explain).
    public func list(_ items: [String], limit: Int = 10) -> String {
        shortened(items, limit: limit).joined(separator: ", ")
    }

    /// The first `limit` items and, when some are left out, "and N more" as a last item.
    public func shortened(_ items: [String], limit: Int = 10) -> [String] {
        shortened(count: items.count, limit: limit) { items[$0] }
    }

    /// The same for `count` items that `item` words only when shown: a list of a million
    /// records costs its first few, not a million sentences.
    public func shortened(count: Int, limit: Int = 10, _ item: (Int) -> String) -> [String] {
        guard count > limit + 1 else { return (0..<count).map(item) }
        return (0..<limit).map(item) + [words.more(count - limit, style)]
    }

    /// One line describing an exemption and whether it still applies.
    public func exemption(_ item: ExemptionResult) -> String {
        let exemption = item.exemption
        var text = "\(exemption.target)"
        text += exemption.member.map { " · \($0)" } ?? " (\(words.wholeTarget))"
        text += ": \(exemption.reason) — \(words.approvedBy) \(exemption.approvedBy)"
        if let until = exemption.until { text += ", \(words.until) \(style.date(until))" }
        if item.expired { text += " [\(words.expired)]" }
        return text
    }

    /// A target's title with a small mark when it comes from a template: "Hội nghị CBCC [mẫu]".
    public func title(_ target: Target) -> String {
        target.from == nil ? target.title : "\(target.title) [\(words.fromTemplate)]"
    }
}
