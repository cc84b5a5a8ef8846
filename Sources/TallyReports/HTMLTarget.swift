import Foundation
import TallyCore

/// One target's card: status in colour and words, a progress bar with the pace mark,
/// the facts (window, owner, missing members, triggers, milestones, exemptions), a chart and the evidence.
struct HTMLTarget {
    /// The target's facts, shared with the text and Markdown reports.
    let story: TargetStory
    let link: EvidenceLink
    /// The anchor of the card, unique in the page.
    let anchor: String
    /// The heading level of the target's title.
    let level: Int

    var result: TargetResult { story.result }
    var programme: ProgrammeResult { story.programme }
    var phrases: Phrases { story.phrases }
    var words: Words { phrases.words }

    /// A small mark on a target that comes from a template, naming the template on hover.
    var templateMark: String {
        guard let from = result.target.from else { return "" }
        return "<span class=\"from-template\" title=\"\(HTML.escape(from))\">\(HTML.escape(words.fromTemplate))</span>"
    }

    /// The card as an `<article>` whose id is the anchor.
    func render() -> String {
        let target = result.target
        var out = "<article class=\"target \(HTML.statusClass(result.status))\" id=\"\(HTML.escape(anchor))\">\n"
        out += "<div class=\"target-head\"><h\(level)>\(HTML.escape(target.title))</h\(level)>\(HTML.badge(result.status, words))\(templateMark)</div>\n"
        var meta = ["<span><code>\(HTML.escape(target.id))</code></span>",
                    "<span>\(HTML.escape(words.window)): \(HTML.escape(phrases.window(result.window)))</span>"]
        if let owner = target.owner { meta.append("<span>\(HTML.escape(words.owner)): \(HTML.escape(owner))</span>") }
        if target.weight != 1 {
            meta.append("<span>\(HTML.escape(HTMLWords(words.language).weight)): \(HTML.escape(phrases.style.number(target.weight)))</span>")
        }
        out += "<p class=\"meta\">" + meta.joined() + "</p>\n"
        out += progress()
        out += facts()
        if result.status != .exempt {
            out += HTMLBurnUp(result: result, programme: programme, phrases: phrases).render()
                ?? HTMLBreakdown(result: result, phrases: phrases).render() ?? ""
        }
        let evidence = HTMLEvidence(story: story, link: link)
        out += evidence.triggers()
        out += evidence.counted()
        out += evidence.leftOut()
        out += "</article>\n"
        return out
    }

    /// The bar of value against required, with the required mark and the pace mark.
    func progress() -> String {
        var scale = result.unit == .percent ? Decimal(100) : max(result.required, result.value)
        if result.isUpperBound { scale = max(scale, 1) }
        let shownPace = result.shownPace
        let text = phrases.valueAgainstRequired(result)
        let paceText = shownPace.map { "\(words.pace): \(phrases.amount($0, of: result))" }
        let label = "\(words.value): \(text)" + (paceText.map { "; " + $0 } ?? "")
        var out = "<div class=\"bar\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
        out += "<span class=\"fill\" style=\"width:\(HTML.number(HTML.percent(result.value, of: scale)))%\"></span>"
        out += "<span class=\"required\" style=\"left:\(HTML.number(HTML.percent(result.required, of: scale)))%\" title=\"\(HTML.escape(words.required))\"></span>"
        if let pace = shownPace, let paceText {
            out += "<span class=\"pace\" style=\"left:\(HTML.number(HTML.percent(pace, of: scale)))%\" title=\"\(HTML.escape(paceText))\"></span>"
        }
        out += "</div>\n<div class=\"bar-text\"><span>\(HTML.escape(words.value)): <strong>\(HTML.escape(text))</strong></span>"
        if let paceText { out += "<span>\(HTML.escape(paceText))</span>" }
        return out + "</div>\n"
    }

    /// The details that matter: who is missing, what is overdue, milestones and exemptions.
    func facts() -> String {
        var rows: [(String, String)] = []
        let html = HTMLWords(words.language)
        if let condition = result.target.conditionText { rows.append((html.condition, "<code>\(HTML.escape(condition))</code>")) }
        if let that = result.target.thatText { rows.append((html.share, "<code>\(HTML.escape(that))</code>")) }
        for group in story.memberGroups {
            rows.append((HTML.capitalised(group.label), HTML.chips(phrases.shortened(group.names, limit: 20), kind: HTML.chipKind(group.status))))
        }
        for group in story.triggerGroups {
            rows.append((HTML.capitalised(group.label), HTML.chips(phrases.shortened(group.ids, limit: 20), kind: HTML.chipKind(group.state))))
        }
        if !result.milestones.isEmpty {
            let items = result.milestones.map { milestone -> String in
                let values = "\(phrases.amount(milestone.value, of: result)) / \(phrases.amount(milestone.required, of: result))"
                let colour = HTMLStyle.colour(milestone.state)
                let short = milestone.missing.isEmpty || milestone.state == .reached ? ""
                    : " · \(HTML.escape(words.missing)): " + HTML.escape(phrases.shortened(milestone.missing, limit: 20).joined(separator: ", "))
                return "<li>\(HTML.escape(phrases.style.date(milestone.by))): \(HTML.escape(values)) — <strong style=\"color:\(colour)\">\(HTML.escape(Self.state(milestone.state, words)))</strong>\(short)</li>"
            }
            rows.append((words.milestones, "<ul class=\"plain\">" + items.joined() + "</ul>"))
        }
        if result.nothingToMeasure && result.status != .upcoming {
            rows.append((words.value, HTML.escape(HTML.capitalised(words.nothingToMeasure))))
        }
        if !result.exemptions.isEmpty {
            rows.append((words.exemptions, "<ul class=\"plain\">" + result.exemptions.map(exemption).joined() + "</ul>"))
        }
        guard !rows.isEmpty else { return "" }
        return "<dl class=\"facts\">\n" + rows.map { "<dt>\(HTML.escape($0.0))</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
    }

    /// One exemption: who, why, approved by whom, until when, and whether it has expired.
    func exemption(_ item: ExemptionResult) -> String {
        let exemption = item.exemption
        var text = "<strong>\(HTML.escape(exemption.member ?? HTML.capitalised(words.wholeTarget)))</strong>: "
        text += HTML.escape(exemption.reason) + " — " + HTML.escape("\(words.approvedBy) \(exemption.approvedBy)")
        if let until = exemption.until { text += HTML.escape(", \(words.until) \(phrases.style.date(until))") }
        if item.expired { return "<li><span class=\"expired\">\(text)</span><span class=\"tag\">\(HTML.escape(words.expired))</span></li>" }
        return "<li>\(text)</li>"
    }

    /// A milestone's state in words.
    static func state(_ state: MilestoneResult.State, _ words: Words) -> String {
        switch state {
        case .upcoming: words.upcomingWord
        case .reached: words.reached
        case .missed: words.missedWord
        }
    }
}
