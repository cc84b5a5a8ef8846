import Foundation

/// Something due soon (or overdue) that a board should be reminded of.
public struct Reminder: Sendable {
    public enum Kind: String, Sendable {
        /// The target's window ends.
        case deadline
        /// A milestone of the target falls due.
        case milestone
        /// The current `every` period ends.
        case period
        /// A `respond` trigger is due.
        case trigger
        /// A `respond` trigger is past its deadline, unanswered.
        case overdue
    }

    public var kind: Kind
    /// When it is due.
    public var date: Day
    public var organisation: String
    public var programmePath: String
    public var target: Target
    /// Members that do not meet the target yet, by name.
    public var missing: [String]
    /// How much more is needed to meet the threshold, when that is a number.
    public var shortfall: Decimal?
    /// The trigger id, for trigger and overdue reminders.
    public var triggerID: String?
    /// The trigger record itself (title, unit by its roster name, date, kind's label), so a
    /// reminder says who is waiting, not only `OD-03`.
    public var trigger: TriggerFacts?
    /// The period, for period reminders.
    public var period: DateWindow?

    /// Days from `asOf` to the due date (negative when overdue).
    public func daysLeft(from asOf: Day) -> Int { asOf.distance(to: date) }

    /// A key that stays the same across runs, for calendar UIDs.
    public var stableKey: String {
        [programmePath, target.id, kind.rawValue, triggerID ?? date.description].joined(separator: "|")
    }
}

/// What a reminder says about the record waiting for an answer.
public struct TriggerFacts: Sendable {
    public var title: String?
    public var unit: String?
    public var date: Day
    /// The label of the trigger's activity kind (`Đề xuất thăm hỏi đoàn viên khó khăn`).
    public var activity: String

    init(record index: Int, in records: RecordSet, programme: Programme) {
        title = records.text(KnownField.title, of: index)
        unit = records.text(KnownField.unit, of: index).map(programme.unitName)
        date = records.records[index].day
        activity = programme.label(of: records.kind(of: index))
    }
}

/// Finds what is due within a horizon after the as-of date, for targets not yet met.
public enum ReminderPlanner {
    public static func reminders(for result: ProgrammeResult, within days: Int) -> [Reminder] {
        let asOf = result.asOf
        let horizon = asOf.advanced(by: days)
        func due(_ day: Day) -> Bool { day >= asOf && day <= horizon }
        var items: [Reminder] = []
        for target in result.targets where target.status != .met && target.status != .exempt && target.status != .missed {
            func reminder(_ kind: Reminder.Kind, _ date: Day, shortfall: Decimal? = nil) -> Reminder {
                Reminder(kind: kind, date: date, organisation: result.programme.organisation, programmePath: result.programme.path,
                         target: target.target, missing: target.missing, shortfall: shortfall)
            }
            let isAtLeast = target.target.atMost == nil
            let gap = isAtLeast && target.target.measure.isMonotone ? max(0, target.required - target.value) : nil
            if due(target.window.to) { items.append(reminder(.deadline, target.window.to, shortfall: gap)) }
            for milestone in target.milestones where milestone.state == .upcoming && due(milestone.by) && milestone.value < milestone.required {
                var item = reminder(.milestone, milestone.by, shortfall: milestone.required - milestone.value)
                // With `each`, the members still missing are those short of this milestone, not of the final threshold.
                if target.target.each != nil { item.missing = milestone.missing }
                items.append(item)
            }
            if let current = target.periods.first(where: { $0.window.contains(asOf) }), current.status != .met,
               current.window.to != target.window.to, due(current.window.to) {
                var item = reminder(.period, current.window.to, shortfall: isAtLeast ? max(0, current.required - current.value) : nil)
                item.period = current.window
                items.append(item)
            }
        }
        for target in result.targets where target.status != .exempt {
            for trigger in target.triggers {
                guard trigger.state == .overdue || (trigger.state == .pending && due(trigger.deadline)) else { continue }
                var item = Reminder(kind: trigger.state == .overdue ? .overdue : .trigger, date: trigger.deadline,
                                    organisation: result.programme.organisation, programmePath: result.programme.path,
                                    target: target.target, missing: [])
                item.triggerID = trigger.id
                item.trigger = TriggerFacts(record: trigger.record, in: result.records, programme: result.programme)
                items.append(item)
            }
        }
        return items.sorted { ($0.date, $0.target.id, $0.triggerID ?? "") < ($1.date, $1.target.id, $1.triggerID ?? "") }
    }
}
