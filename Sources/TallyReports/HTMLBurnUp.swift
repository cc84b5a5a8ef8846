import Foundation
import TallyCore

/// The burn-up chart of a count or sum target as inline SVG: the cumulative value over
/// the window against the required line, the pace line, the milestones and the as-of date.
struct HTMLBurnUp {
    let result: TargetResult
    let programme: ProgrammeResult
    let phrases: Phrases

    static let width = 460.0, height = 200.0
    static let left = 78.0, right = 14.0, top = 16.0, bottom = 30.0

    /// Where days and values land in the chart's coordinates.
    struct Frame {
        let window: DateWindow
        let yMax: Double

        var plotW: Double { HTMLBurnUp.width - HTMLBurnUp.left - HTMLBurnUp.right }
        var plotH: Double { HTMLBurnUp.height - HTMLBurnUp.top - HTMLBurnUp.bottom }
        var baseY: Double { HTMLBurnUp.top + plotH }

        func x(_ day: Day) -> Double {
            HTMLBurnUp.left + Double(window.from.distance(to: day)) / Double(max(window.length - 1, 1)) * plotW
        }

        /// The vertical position of a value, kept inside the plot (negative values sit on the axis).
        func y(_ value: Double) -> Double { baseY - min(max(value, 0), yMax) / yMax * plotH }
        func y(_ value: Decimal) -> Double { y(Exact.double(value)) }
    }

    /// The figure (SVG and legend), or nil when the target has no burn-up or its window has not opened yet.
    func render() -> String? {
        guard result.rule.window != .upcoming,
              let points = programme.series(of: result) else { return nil }
        let html = HTMLWords(phrases.words.language), n = HTML.number
        var isCount = false
        if case .count = result.target.measure { isCount = true }
        let highest = ([result.required, result.value] + result.milestones.map(\.required) + points.map(\.value)).max() ?? 0
        let ticks = Self.ticks(upTo: max(Exact.double(highest), 1), integer: isCount)
        let frame = Frame(window: result.window, yMax: ticks.last ?? 1)
        let label = "\(html.burnUp): \(phrases.valueAgainstRequired(result))"
        var svg = "<svg viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\" font-size=\"12\" font-family=\"system-ui,sans-serif\">"
        svg += "<title>\(HTML.escape(label))</title>"
        for tick in ticks {
            svg += "<line x1=\"\(n(Self.left))\" x2=\"\(n(Self.left + frame.plotW))\" y1=\"\(n(frame.y(tick)))\" y2=\"\(n(frame.y(tick)))\" stroke=\"#d1d9e0\" stroke-width=\"1\"/>"
            svg += "<text x=\"\(n(Self.left - 6))\" y=\"\(n(frame.y(tick) + 4))\" text-anchor=\"end\" fill=\"#59636e\">\(HTML.escape(phrases.style.number(Decimal(tick))))</text>"
        }
        svg += axis(frame) + guides(frame) + line(points, frame) + milestones(frame) + "</svg>"
        return "<figure>\n<figcaption>\(HTML.escape(html.burnUp))</figcaption>\n\(svg)\n\(legend())</figure>\n"
    }

    /// The pace line (from nothing on the first day to the threshold on the last), the required line and the as-of date.
    func guides(_ frame: Frame) -> String {
        let words = phrases.words, n = HTML.number, window = result.window
        let bound = result.isUpperBound
        var out = ""
        if !bound && result.required > 0 {
            out += "<line x1=\"\(n(frame.x(window.from)))\" y1=\"\(n(frame.y(0.0)))\" x2=\"\(n(frame.x(window.to)))\" y2=\"\(n(frame.y(result.required)))\" stroke=\"#59636e\" stroke-width=\"1.5\" stroke-dasharray=\"2 4\"/>"
        }
        let requiredY = frame.y(result.required)
        out += "<line x1=\"\(n(Self.left))\" x2=\"\(n(Self.left + frame.plotW))\" y1=\"\(n(requiredY))\" y2=\"\(n(requiredY))\" stroke=\"#1f2328\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
        let requiredText = (bound ? "\(words.atMost) " : "\(words.required): ") + phrases.amount(result.required, of: result)
        out += "<text x=\"\(n(Self.left + 4))\" y=\"\(n(max(requiredY - 5, 10)))\" fill=\"#1f2328\">\(HTML.escape(requiredText))</text>"
        if window.contains(programme.asOf) {
            let x = frame.x(programme.asOf)
            out += "<line x1=\"\(n(x))\" x2=\"\(n(x))\" y1=\"\(n(Self.top))\" y2=\"\(n(frame.baseY))\" stroke=\"#59636e\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>"
        }
        return out
    }

    /// The running total as a step line up to the as-of date (or the window's end), a dot per day with records, and the value.
    func line(_ points: [(day: Day, value: Decimal)], _ frame: Frame) -> String {
        let n = HTML.number, colour = HTMLStyle.colour(result.status)
        let end = min(programme.asOf, result.window.to)
        var path = "M\(n(frame.x(result.window.from))) \(n(frame.y(0.0)))"
        var dots = ""
        var last = Decimal(0)
        for point in points where point.day <= end {
            let x = frame.x(point.day), y = frame.y(point.value)
            path += " H\(n(x)) V\(n(y))"
            last = point.value
            let tip = "\(phrases.style.date(point.day)): \(phrases.amount(point.value, of: result))"
            dots += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3\" fill=\"\(colour)\"><title>\(HTML.escape(tip))</title></circle>"
        }
        path += " H\(n(frame.x(end)))"
        var out = "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>" + dots
        let nearEnd = frame.x(end) > Self.left + frame.plotW * 0.75
        let x = frame.x(end) + (nearEnd ? -6 : 6)
        out += "<text x=\"\(n(x))\" y=\"\(n(max(frame.y(last) - 6, 10)))\" text-anchor=\"\(nearEnd ? "end" : "start")\" fill=\"\(colour)\" font-weight=\"600\">"
        return out + HTML.escape(phrases.amount(result.value, of: result)) + "</text>"
    }

    /// A diamond per milestone inside the window, coloured by whether it was reached.
    func milestones(_ frame: Frame) -> String {
        let words = phrases.words, n = HTML.number
        var out = ""
        for milestone in result.milestones where result.window.contains(milestone.by) {
            let cx = frame.x(milestone.by), cy = frame.y(milestone.required)
            let values = "\(phrases.amount(milestone.value, of: result)) / \(phrases.amount(milestone.required, of: result))"
            let tip = "\(words.milestone) \(phrases.style.date(milestone.by)): \(values) — \(HTMLTarget.state(milestone.state, words))"
            out += "<path d=\"M\(n(cx)) \(n(cy - 6)) L\(n(cx + 6)) \(n(cy)) L\(n(cx)) \(n(cy + 6)) L\(n(cx - 6)) \(n(cy)) Z\" fill=\"\(HTMLStyle.colour(milestone.state))\" stroke=\"#fff\" stroke-width=\"1\"><title>\(HTML.escape(tip))</title></path>"
        }
        return out
    }

    /// The x axis: month ticks labelled by month, or the window's first and last dates when it is shorter than two months.
    func axis(_ frame: Frame) -> String {
        let window = result.window, n = HTML.number, html = HTMLWords(phrases.words.language)
        let baseY = frame.baseY, x = frame.x
        var out = "<line x1=\"\(n(Self.left))\" x2=\"\(n(Self.left + frame.plotW))\" y1=\"\(n(baseY))\" y2=\"\(n(baseY))\" stroke=\"#59636e\" stroke-width=\"1\"/>"
        var starts: [Day] = []
        var (year, month, _) = window.from.components
        while let start = Day(year: year, month: month, day: 1), start <= window.to {
            if start >= window.from { starts.append(start) }
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        guard starts.count >= 2 else {
            out += "<text x=\"\(n(Self.left))\" y=\"\(n(baseY + 18))\" fill=\"#59636e\">\(HTML.escape(phrases.style.date(window.from)))</text>"
            out += "<text x=\"\(n(Self.width - Self.right))\" y=\"\(n(baseY + 18))\" text-anchor=\"end\" fill=\"#59636e\">\(HTML.escape(phrases.style.date(window.to)))</text>"
            return out
        }
        let every = starts.count > 12 ? 2 : 1
        for (offset, start) in starts.enumerated() {
            out += "<line x1=\"\(n(x(start)))\" x2=\"\(n(x(start)))\" y1=\"\(n(baseY))\" y2=\"\(n(baseY + 4))\" stroke=\"#59636e\" stroke-width=\"1\"/>"
            guard offset % every == 0 else { continue }
            let (_, month, _) = start.components
            let end = offset + 1 < starts.count ? starts[offset + 1].advanced(by: -1) : window.to
            let middle = (x(start) + x(end)) / 2
            out += "<text x=\"\(n(middle))\" y=\"\(n(baseY + 18))\" text-anchor=\"middle\" fill=\"#59636e\">\(HTML.escape(html.monthName(month)))</text>"
        }
        return out
    }

    /// The legend under the chart, in the report's language.
    func legend() -> String {
        let words = phrases.words, bound = result.isUpperBound
        var items = ["<li class=\"\(HTML.statusClass(result.status))\"><i></i>\(HTML.escape(words.value))</li>",
                     "<li><i class=\"dash\"></i>\(HTML.escape(bound ? words.atMost : words.required))</li>"]
        if !bound && result.required > 0 { items.append("<li><i class=\"dot\"></i>\(HTML.escape(words.pace))</li>") }
        if result.milestones.contains(where: { result.window.contains($0.by) }) {
            items.append("<li class=\"s-upcoming\"><i class=\"diamond\"></i>\(HTML.escape(words.milestones))</li>")
        }
        if result.window.contains(programme.asOf) {
            items.append("<li><i class=\"dash\" style=\"border-top-width:1px\"></i>\(HTML.escape(words.asOf)) \(HTML.escape(phrases.style.date(programme.asOf)))</li>")
        }
        return "<ul class=\"legend\">" + items.joined() + "</ul>\n"
    }

    /// Gridline values from 0 to at least `highest`, in steps of 1, 2 or 5 times a power of ten (whole numbers for counts).
    static func ticks(upTo highest: Double, integer: Bool) -> [Double] {
        let rough = highest / 4
        let power = pow(10, (log10(rough)).rounded(.down))
        var step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        if integer { step = max(1, step.rounded(.up)) }
        var values = [0.0]
        while values.last! < highest * 1.04 { values.append(values.last! + step) }
        return values
    }
}
