import Foundation
import TallyCore

/// What the human formats tell about one target beyond its value, so text, Markdown and HTML carry the
/// same facts: members not meeting it by their own status, triggers overdue, answered late and pending,
/// the pace, missed milestones, "nothing to measure", exemptions, records outside the window and records
/// left out with Core's reason, and for an upper bound that counted nothing, what was checked.
struct TargetStory {
    let result: TargetResult
    let programme: ProgrammeResult
    let phrases: Phrases
    /// The records of the target's kinds left out (other than those dated after the as-of date), less
    /// those shown as checked: the first ones with Core's reason, and how many.
    let leftOutShown: ShortList<(record: Int, why: Exclusion)>
    /// For an upper bound that counted nothing: the records its condition looked at and cleared (a clean inspection).
    let checked: ShortList<Int>
    /// For members of an `each` target, why their records outside the window did not count
    /// ("on 2024-04-08, after the deadline 2024-03-31"): a member that acted late is not one that never acted.
    let outsideByMember: [String: String]

    var words: Words { phrases.words }
    var records: RecordSet { programme.records }

    /// The lines of every target of `programme`, each target told on its own core (it looks at every
    /// record left out); only the lines are kept.
    static func lines(of programme: ProgrammeResult, phrases: Phrases) -> [[String]] {
        ParallelMap.map(programme.targets) { target in
            TargetStory(result: target, programme: programme, evaluator: programme.evaluator, phrases: phrases).lines
        }
    }

    init(result: TargetResult, programme: ProgrammeResult, evaluator: Evaluator, phrases: Phrases) {
        self.result = result
        self.programme = programme
        self.phrases = phrases
        // One pass over the records left out, keeping what the reports print: the first of each list
        // (as many as the longest table shows, and one more) and the counts.
        let keep = HTMLEvidence.limit + 1
        var shown = ShortList<(record: Int, why: Exclusion)>(keep: keep), checked = ShortList<Int>(keep: keep)
        var outside: [String: String] = [:]
        let checks = result.memberBound == .atMost && result.evidence.isEmpty
        let records = programme.records
        let keyID = result.target.each == nil ? nil : records.existingFieldID(result.target.key)
        if result.status != .exempt {
            Explanation.eachLeftOut(evaluator: evaluator, result: result, includeLater: false) { record, why in
                switch why {
                case .afterAsOf: return
                case .conditionFalse where checks: checked.add(record)
                case .outsideWindow:
                    shown.add((record, why))
                    if let keyID, let key = records.text(keyID, of: record) {
                        let name = programme.programme.unitName(key)
                        if outside[name] == nil { outside[name] = phrases.reason(why, day: records.records[record].day) }
                    }
                default: shown.add((record, why))
                }
            }
        }
        leftOutShown = shown
        self.checked = checked
        outsideByMember = outside
    }

    /// The members that do not meet the target, grouped by their status (missed, behind, on track, upcoming),
    /// each group with its label: on-track members are "not met yet, on track", not "missing".
    var memberGroups: [(status: Status, label: String, names: [String])] {
        guard result.status != .exempt else { return [] }
        let waiting = result.members.filter { !$0.meets && !$0.exempt }
        let outside = outsideByMember
        return [Status.missed, .behind, .onTrack, .upcoming].compactMap { status in
            let names = waiting.filter { $0.status == status }.map { member in
                outside[member.name].map { "\(member.name) (\($0))" } ?? member.name
            }
            return names.isEmpty ? nil : (status, phrases.memberLabel(status), names)
        }
    }

    /// Triggers overdue, answered late and pending, with their labels.
    var triggerGroups: [(state: TriggerResult.State, label: String, ids: [String])] {
        [(TriggerResult.State.overdue, words.overdue), (.late, words.late), (.pending, words.pending)].compactMap { state, label in
            let ids = result.ids(state)
            return ids.isEmpty ? nil : (state, label, ids)
        }
    }

    /// "pace: 5 · window 01/01/2024 – 31/12/2024" while a plain count or sum is behind.
    var pace: String? {
        guard let pace = result.shownPace, result.status == .behind else { return nil }
        return "\(words.pace): \(phrases.amount(pace, of: result)) · \(words.window.lowercased()) \(phrases.window(result.window))"
    }

    /// One record in a line: its date, unit by roster name, and title or id.
    func summary(_ index: Int) -> String {
        var parts = [phrases.style.date(records.records[index].day)]
        if let unit = records.text(KnownField.unit, of: index) { parts.append(programme.programme.unitName(unit)) }
        if let title = records.text(KnownField.title, of: index) ?? records.text(KnownField.id, of: index) { parts.append(title) }
        return parts.joined(separator: " · ")
    }

    /// Why a record was left out, in words.
    func reason(_ item: (record: Int, why: Exclusion)) -> String {
        phrases.reason(item.why, day: records.records[item.record].day)
    }

    /// The story as lines of "label: items", long lists shortened (full lists stay in JSON and explain).
    var lines: [String] {
        var lines: [String] = []
        for group in memberGroups { lines.append("\(group.label): " + phrases.list(group.names)) }
        for group in triggerGroups { lines.append("\(group.label): " + phrases.list(group.ids)) }
        if let pace { lines.append(pace) }
        for milestone in result.milestones where milestone.state == .missed {
            lines.append("\(words.milestone) \(phrases.style.date(milestone.by)): \(words.missedWord) (\(phrases.amount(milestone.value, of: result)) / \(phrases.amount(milestone.required, of: result)))")
        }
        if result.nothingToMeasure && result.status != .upcoming { lines.append(words.nothingToMeasure) }
        if !checked.isEmpty {
            lines.append("\(phrases.checked(checked.count)): " + phrases.shortened(count: checked.count, limit: 5) { summary(checked.first[$0]) }.joined(separator: "; "))
        }
        let shown = leftOutShown
        if !shown.isEmpty {
            let items = phrases.shortened(count: shown.count, limit: 5) { "\(summary(shown.first[$0].record)) (\(reason(shown.first[$0])))" }
            lines.append("\(words.leftOut) (\(phrases.style.number(Decimal(shown.count)))): " + items.joined(separator: "; "))
        }
        for item in result.exemptions where item.exemption.member != nil || item.expired {
            lines.append("\(words.exemption): " + phrases.exemption(item))
        }
        return lines
    }
}
