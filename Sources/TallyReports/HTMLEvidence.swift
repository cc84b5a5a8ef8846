import Foundation
import TallyCore

/// The tables under a target: the `respond` triggers with what became of them, and the
/// records that counted, each with its file and line, date, activity, unit, title and evidence paths.
struct HTMLEvidence {
    let result: TargetResult
    let programme: ProgrammeResult
    let phrases: Phrases

    var words: Words { phrases.words }
    var records: RecordSet { programme.records }

    /// The condition of a `share` target, whose records are marked with whether it holds.
    var that: TallyCore.Expression? {
        if case .share(_, let that) = result.target.measure { return that }
        return nil
    }

    var context: ExpressionContext { ExpressionContext(records: records, rosters: programme.programme.rosters) }

    /// The triggers of a `respond` target, or nothing.
    func triggers() -> String {
        guard !result.triggers.isEmpty else { return "" }
        let html = HTMLWords(words.language)
        let header = [html.trigger, html.date, html.due, html.answered, words.statusLabel]
        var out = "<details open><summary>\(HTML.escape(html.triggers)) (\(result.triggers.count))</summary>\n"
        out += "<div class=\"table-wrap\"><table class=\"stack\">\n<thead><tr>"
        out += header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for trigger in result.triggers {
            let day = records.records[trigger.record].day
            let answered = trigger.answeredOn.map { phrases.style.date($0) } ?? "—"
            let colour = HTMLStyle.colour(trigger.state)
            out += "<tr><td data-label=\"\(HTML.escape(header[0]))\"><code>\(HTML.escape(trigger.id))</code></td>"
            out += cell(header[1], phrases.style.date(day)) + cell(header[2], phrases.style.date(trigger.deadline)) + cell(header[3], answered)
            out += "<td data-label=\"\(HTML.escape(header[4]))\"><strong style=\"color:\(colour)\">\(HTML.escape(words.trigger(trigger.state)))</strong></td></tr>\n"
        }
        return out + "</tbody></table></div>\n</details>\n"
    }

    /// The records that counted towards the value, by date.
    func counted() -> String {
        let html = HTMLWords(words.language)
        let evidence = result.evidence.sorted { (records.records[$0].day, $0) < (records.records[$1].day, $1) }
        let summary = "\(words.evidence) (\(phrases.style.number(Decimal(evidence.count))) \(words.records(evidence.count)))"
        guard !evidence.isEmpty else {
            return "<p class=\"muted\"><strong>\(HTML.escape(words.evidence))</strong>: \(HTML.escape(html.noEvidence))</p>\n"
        }
        var amountField: Int32?
        if case .sum(let field, _) = result.target.measure { amountField = records.existingFieldID(field) }
        var header = [html.date, html.title]
        if amountField != nil { header.append(html.amount) }
        if that != nil { header.append(html.holds) }
        header += [words.evidence, words.file]
        var out = "<details open><summary>\(HTML.escape(summary))</summary>\n"
        out += "<div class=\"table-wrap\"><table class=\"evidence stack\">\n<thead><tr>"
        out += header.enumerated().map { index, name in
            let numeric = (amountField != nil || that != nil) && index == 2
            return "<th\(numeric ? " class=\"num\"" : "")>\(HTML.escape(name))</th>"
        }.joined() + "</tr></thead>\n<tbody>\n"
        for index in evidence {
            out += row(index, header: header, amountField: amountField)
        }
        return out + "</tbody></table></div>\n</details>\n"
    }

    /// One counted record: date, title (with its id or the trigger it answers, its activity and unit), amount, evidence paths, file:line.
    func row(_ index: Int, header: [String], amountField: Int32?) -> String {
        let html = HTMLWords(words.language)
        let (file, line) = records.location(of: index)
        let record = records.records[index]
        var out = "<tr>" + cell(header[0], phrases.style.date(record.day))
        var title = ""
        if let id = records.text(KnownField.id, of: index) { title += "<code>\(HTML.escape(id))</code> " }
        if let answered = records.text(KnownField.respondsTo, of: index) { title += "→ <code>\(HTML.escape(answered))</code> " }
        title += HTML.escape(records.text(KnownField.title, of: index) ?? "")
        var about = ["\(html.activity): \(programme.programme.label(of: records.kinds[Int(record.kind)]))"]
        if let unit = records.text(KnownField.unit, of: index) { about.append("\(html.unit): \(unit)") }
        var sub = about.map(HTML.escape)
        let key = result.target.key
        if result.target.each != nil, key != "unit", let id = records.existingFieldID(key), let member = records.text(id, of: index) {
            sub.append("<code>\(HTML.escape(key))</code>: \(HTML.escape(member))")
        }
        title += "<br><small class=\"muted\">" + sub.joined(separator: " · ") + "</small>"
        out += "<td data-label=\"\(HTML.escape(header[1]))\">\(title)</td>"
        var column = 2
        if let amountField {
            var amount = "—"
            if case .number(let number)? = records.value(amountField, of: index) { amount = phrases.style.number(number) }
            out += "<td class=\"num\" data-label=\"\(HTML.escape(header[column]))\">\(HTML.escape(amount))</td>"
            column += 1
        }
        if let that {
            let holds = that.holds(for: index, in: context)
            let mark = "<span class=\"\(HTML.statusClass(holds ? .met : .missed))\" style=\"color:var(--c)\" title=\"\(HTML.escape(holds ? html.yes : html.no))\">\(holds ? "✓" : "✗")</span>"
            out += "<td class=\"num\" data-label=\"\(HTML.escape(header[column]))\">\(mark)</td>"
            column += 1
        }
        let paths: [String]
        switch records.value(KnownField.evidence, of: index) {
        case .list(let items)?: paths = items
        case let value?: paths = [value.description]
        case nil: paths = []
        }
        let shown = paths.isEmpty ? "—" : paths.map { "<code>\(HTML.path($0))</code>" }.joined(separator: "<br>")
        out += "<td class=\"paths\" data-label=\"\(HTML.escape(header[column]))\">\(shown)</td>"
        out += "<td class=\"where\" data-label=\"\(HTML.escape(header[column + 1]))\"><code>\(HTML.path("\(file):\(line)"))</code></td></tr>\n"
        return out
    }

    /// A table cell of plain text, labelled for the stacked phone layout.
    func cell(_ label: String, _ text: String) -> String {
        "<td data-label=\"\(HTML.escape(label))\">\(HTML.escape(text))</td>"
    }
}
