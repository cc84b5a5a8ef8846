import Foundation
import TallyCore

/// The charts of targets that are not one running total: a column per period for `every`
/// (inline SVG, coloured by status) and a bar per roster member for `each`.
struct HTMLBreakdown {
    let result: TargetResult
    let phrases: Phrases

    /// The figure that fits the target, or nil when none does.
    func render() -> String? {
        if result.target.every != nil && !result.periods.isEmpty { return periods() }
        if result.target.each != nil && !result.members.isEmpty { return members() }
        return nil
    }

    /// One column per calendar period: the value against the period's required level, in the period's status colour.
    func periods() -> String {
        let words = phrases.words, html = HTMLWords(words.language), n = HTML.number
        let unit = result.target.every ?? .month
        let list = result.periods
        let width = 460.0, height = 150.0, left = 8.0, right = 8.0, top = 18.0, bottom = 24.0
        let plotW = width - left - right, plotH = height - top - bottom
        let highest = max(list.map { max($0.value, $0.required) }.max() ?? 1, 1)
        let slot = plotW / Double(list.count)
        let barW = min(slot * 0.7, 48)
        let labelEvery = Int((Double(list.count) / 12).rounded(.up))
        func y(_ value: Decimal) -> Double { top + plotH - HTML.percent(value, of: highest) / 100 * plotH }
        let label = "\(html.periodChart): \(phrases.valueAgainstRequired(result))"
        var svg = "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\" font-size=\"12\" font-family=\"system-ui,sans-serif\">"
        svg += "<title>\(HTML.escape(label))</title>"
        for (offset, period) in list.enumerated() {
            let middle = left + slot * (Double(offset) + 0.5), x = middle - barW / 2
            let colour = HTMLStyle.colour(period.status)
            let tip = "\(phrases.window(period.window)): \(words.status(period.status)) — \(amount(period.value)) / \(amount(period.required))"
            svg += "<g><title>\(HTML.escape(tip))</title>"
            svg += "<rect x=\"\(n(x))\" y=\"\(n(y(period.required)))\" width=\"\(n(barW))\" height=\"\(n(top + plotH - y(period.required)))\" fill=\"\(HTMLStyle.background(period.status))\" stroke=\"\(colour)\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>"
            if period.value > 0 {
                svg += "<rect x=\"\(n(x))\" y=\"\(n(y(period.value)))\" width=\"\(n(barW))\" height=\"\(n(top + plotH - y(period.value)))\" fill=\"\(colour)\"/>"
            }
            if list.count <= 16 {
                svg += "<text x=\"\(n(middle))\" y=\"\(n(min(y(period.value), y(period.required)) - 4))\" text-anchor=\"middle\" fill=\"\(colour)\">\(HTML.escape(amount(period.value)))</text>"
            }
            if offset % labelEvery == 0 {
                svg += "<text x=\"\(n(middle))\" y=\"\(n(height - 8))\" text-anchor=\"middle\" fill=\"#59636e\">\(HTML.escape(html.period(period.window, unit: unit)))</text>"
            }
            svg += "</g>"
        }
        svg += "<line x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(top + plotH))\" y2=\"\(n(top + plotH))\" stroke=\"#59636e\" stroke-width=\"1\"/>"
        svg += "</svg>"
        var seen: [Status] = []
        for period in list where !seen.contains(period.status) { seen.append(period.status) }
        let legend = Status.allCases.filter(seen.contains).map {
            "<li class=\"\(HTML.statusClass($0))\"><i class=\"box\"></i>\(HTML.escape(words.status($0)))</li>"
        }.joined()
        return "<figure>\n<figcaption>\(HTML.escape(html.periodChart))</figcaption>\n\(svg)\n<ul class=\"legend\">\(legend)</ul>\n</figure>\n"
    }

    /// One bar per roster member against its own threshold, with its standing in words.
    func members() -> String {
        let html = HTMLWords(phrases.words.language)
        var rows = ""
        for member in result.members {
            let status = member.status
            let bound = result.memberBound == .atMost
            let scale = bound ? max(member.threshold, member.value, 1) : max(member.threshold, member.value)
            let width = member.threshold > 0 || member.value > 0 ? HTML.percent(member.value, of: scale) : (member.meets ? 100 : 0)
            let mark = HTML.percent(member.threshold, of: scale)
            let value = "\(phrases.style.number(member.value)) / \(bound ? "≤ " : "")\(phrases.style.number(member.threshold))"
            let exempt = member.exempt ? " class=\"expired\"" : ""
            rows += "<div class=\"name\"><span\(exempt)>\(HTML.escape(member.name))</span></div>"
            rows += "<div class=\"bar \(HTML.statusClass(status))\" role=\"img\" aria-label=\"\(HTML.escape(value))\"><span class=\"fill\" style=\"width:\(HTML.number(width))%\"></span>"
            rows += "<span class=\"required\" style=\"left:\(HTML.number(mark))%\"></span></div>"
            rows += "<div class=\"num\">\(HTML.escape(value))</div><div>\(HTML.badge(status, phrases.words))</div>\n"
        }
        return "<figure>\n<figcaption>\(HTML.escape(html.memberChart))</figcaption>\n<div class=\"members\">\n\(rows)</div>\n</figure>\n"
    }

    /// A period's value: a percentage for share and respond, else a number.
    func amount(_ value: Decimal) -> String {
        phrases.amount(value, unit: result.periodUnit)
    }
}
