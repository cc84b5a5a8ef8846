import Foundation
import TallyCore

/// The reminder mail: what is due, grouped by date, with days left, the owner and what is missing.
/// Empty when nothing is due, so cron sends nothing.
public struct RemindText {
    let phrases: Phrases
    /// Whether each reminder starts with its organisation: a run over several programmes (a tree,
    /// an inspector's cron) must say whose deadline it is.
    let namesOrganisations: Bool

    public init(language: Language, namesOrganisations: Bool = false) {
        phrases = Phrases(language)
        self.namesOrganisations = namesOrganisations
    }

    private func pick(_ vi: String, _ en: String) -> String { phrases.words.language == .vi ? vi : en }

    public func render(_ reminders: [Reminder], asOf: Day, within: Int) -> String {
        let output = ReportOutput.memory()
        write(reminders, asOf: asOf, within: within, to: output)
        return output.text
    }

    /// Writes the reminders a line at a time (those of a whole tree of unions are never one string).
    public func write(_ reminders: [Reminder], asOf: Day, within: Int, to output: ReportOutput) {
        let lines = reminders.enumerated().map { index, item in
            let place = Section.of(item)
            return KeyedText(section: place.section, day: place.day, sequence: index, texts: [line(item, asOf: asOf)])
        }
        write(sorted: lines.sorted(by: KeyedText.precedes), text: 0, asOf: asOf, within: within, to: output)
    }

    /// The same from lines already written and put in order (`Section`, `KeyedText.precedes`):
    /// overdue first in the order given, then by date. `text` picks which of each line's texts to write.
    public func write(sorted lines: some Sequence<KeyedText>, text: Int, asOf: Day, within: Int, to output: ReportOutput) {
        var shown: (section: Int, day: Int)?
        for line in lines {
            if shown == nil { output.write(title(asOf: asOf, within: within)) }
            if shown?.section != line.section || shown?.day != line.day {
                output.write(line.section == Section.overdue ? overdueHeading : dateHeading(Day(number: Int32(line.day)), asOf: asOf))
                shown = (line.section, line.day)
            }
            output.write(line.texts[text])
        }
    }

    /// Where a reminder's line goes in the mail: overdue answers first, in the order given, then
    /// the others by date.
    public enum Section {
        public static let overdue = 0
        public static let dated = 1

        public static func of(_ item: Reminder) -> (section: Int, day: Int) {
            item.kind == .overdue ? (overdue, 0) : (dated, Int(item.date.number))
        }
    }

    func title(asOf: Day, within: Int) -> String {
        let style = phrases.style
        return pick("Nhắc việc tính đến ngày \(style.date(asOf)) (trong \(within) ngày tới)", "Reminders as of \(style.date(asOf)) (next \(within) days)") + "\n"
    }

    var overdueHeading: String { "\n" + pick("Quá hạn", "Overdue") + "\n" }

    func dateHeading(_ day: Day, asOf: Day) -> String {
        let left = asOf.distance(to: day)
        let when = left == 0 ? pick("hôm nay", "today") : pick("còn \(left) ngày", "in \(left) day\(left == 1 ? "" : "s")")
        return "\n\(phrases.style.date(day)) (\(when))\n"
    }

    /// The trigger named by its id and title: `OD-03 “Ốm nằm viện”`.
    func trigger(_ item: Reminder) -> String {
        (item.triggerID ?? "") + (item.trigger?.title.map { " “\($0)”" } ?? "")
    }

    public func line(_ item: Reminder, asOf: Day) -> String {
        let style = phrases.style
        let target = item.target
        var text = "  - " + (namesOrganisations ? item.organisation + " — " : "")
        switch item.kind {
        case .deadline: text += pick("Hết hạn chỉ tiêu", "Deadline of") + " \(target.id): \(target.title)"
        case .milestone: text += pick("Mốc của chỉ tiêu", "Milestone of") + " \(target.id): \(target.title)"
        case .period:
            let period = item.period.map { phrases.window($0) } ?? ""
            text += pick("Kết thúc kỳ \(period) của chỉ tiêu", "End of the period \(period) of") + " \(target.id): \(target.title)"
        case .trigger: text += trigger(item) + " " + pick("cần được đáp ứng", "needs an answer") + " (\(target.id): \(target.title))"
        case .overdue:
            let late = -item.daysLeft(from: asOf)
            text += trigger(item) + ": " + pick("quá hạn \(late) ngày, hạn \(style.date(item.date))", "\(late) day\(late == 1 ? "" : "s") overdue, due \(style.date(item.date))")
            text += " (\(target.id): \(target.title))"
        }
        text += "\n"
        if let facts = item.trigger {
            text += "      " + pick("\(facts.activity) ngày \(style.date(facts.date))", "\(facts.activity) on \(style.date(facts.date))")
                + (facts.unit.map { ", " + pick("đơn vị", "unit") + ": " + $0 } ?? "") + "\n"
        }
        if let owner = target.owner { text += "      \(phrases.words.owner): \(owner)\n" }
        if let shortfall = item.shortfall, shortfall > 0 {
            let amount = style.number(shortfall)
            text += "      " + pick("cần thêm: \(amount)", "still needed: \(amount)") + (target.each != nil ? " \(phrases.words.members)" : "") + "\n"
        }
        if !item.missing.isEmpty { text += "      \(phrases.words.missing): " + item.missing.joined(separator: ", ") + "\n" }
        return text
    }
}
