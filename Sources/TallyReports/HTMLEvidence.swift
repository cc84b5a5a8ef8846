import Foundation
import TallyCore

/// The tables under a target: the `respond` triggers with what became of them, and the
/// records that counted, each with its file and line, date, activity, unit, title and evidence paths.
struct HTMLEvidence {
    let story: TargetStory
    let link: EvidenceLink

    /// Rows shown before "and N more" (full lists stay in JSON and explain).
    static let limit = 50

    var result: TargetResult { story.result }
    var programme: ProgrammeResult { story.programme }
    var phrases: Phrases { story.phrases }
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
        for trigger in result.triggers.prefix(Self.limit) {
            let day = records.records[trigger.record].day
            let answered = trigger.answeredOn.map { phrases.style.date($0) } ?? "—"
            let colour = HTMLStyle.colour(trigger.state)
            out += "<tr><td data-label=\"\(HTML.escape(header[0]))\"><code>\(HTML.escape(trigger.id))</code></td>"
            out += cell(header[1], phrases.style.date(day)) + cell(header[2], phrases.style.date(trigger.deadline)) + cell(header[3], answered)
            out += "<td data-label=\"\(HTML.escape(header[4]))\"><strong style=\"color:\(colour)\">\(HTML.escape(words.trigger(trigger.state)))</strong></td></tr>\n"
        }
        out += more(result.triggers.count, columns: header.count)
        return out + "</tbody></table></div>\n</details>\n"
    }

    /// The records that counted towards the value, by date.
    func counted() -> String {
        let html = HTMLWords(words.language)
        let evidence = result.evidence
        let summary = "\(words.evidence) (\(phrases.style.number(Decimal(evidence.count))) \(words.records(evidence.count)))"
        guard !evidence.isEmpty else {
            let checked = story.checked
            guard !checked.isEmpty else {
                return "<p class=\"muted\"><strong>\(HTML.escape(words.evidence))</strong>: \(HTML.escape(html.noEvidence))</p>\n"
            }
            return table(HTML.capitalised(phrases.checked(checked.count)), checked.first.map { ($0, nil) }, total: checked.count)
        }
        var amountField: FieldID?
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
        for index in records.earliest(evidence, limit: Self.limit) {
            out += row(index, header: header, amountField: amountField)
        }
        out += more(evidence.count, columns: header.count)
        return out + "</tbody></table></div>\n</details>\n"
    }

    /// The records of the target's kinds left out, with Core's reason: held after the deadline, not on the roster...
    func leftOut() -> String {
        let items = story.leftOutShown
        guard !items.isEmpty else { return "" }
        let html = HTMLWords(words.language)
        return table("\(html.leftOut) (\(phrases.style.number(Decimal(items.count))) \(words.records(items.count)))",
                     items.first.prefix(Self.limit).map { ($0.record, story.reason($0)) }, total: items.count, open: result.status != .met)
    }

    /// A table of records with a reason each (or none, for records checked): date, title, reason, file:line;
    /// `items` are the first of `total`.
    func table(_ summary: String, _ items: [(record: Int, reason: String?)], total: Int, open: Bool = true) -> String {
        let html = HTMLWords(words.language)
        let withReason = items.contains { $0.reason != nil }
        let withEvidence = items.prefix(Self.limit).contains { evidence($0.record) != nil }
        let header = [html.date, html.title] + (withReason ? [html.reason] : []) + (withEvidence ? [words.evidence] : []) + [words.file]
        var out = "<details\(open ? " open" : "")><summary>\(HTML.escape(summary))</summary>\n"
        out += "<div class=\"table-wrap\"><table class=\"evidence stack\">\n<thead><tr>"
        out += header.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for item in items.prefix(Self.limit) {
            let (file, line) = records.location(of: item.record)
            out += "<tr>" + cell(header[0], phrases.style.date(records.records[item.record].day))
            out += "<td data-label=\"\(HTML.escape(header[1]))\">\(title(item.record))</td>"
            if withReason { out += cell(header[2], item.reason ?? "") }
            if withEvidence { out += "<td class=\"paths\" data-label=\"\(HTML.escape(words.evidence))\">\(evidence(item.record) ?? "—")</td>" }
            out += "<td class=\"where\" data-label=\"\(HTML.escape(header.last!))\"><code>\(HTML.path("\(file):\(line)"))</code></td></tr>\n"
        }
        out += more(total, columns: header.count)
        return out + "</tbody></table></div>\n</details>\n"
    }

    /// The "and N more" row of a table cut at `limit` rows.
    func more(_ count: Int, columns: Int) -> String {
        guard count > Self.limit else { return "" }
        return "<tr><td colspan=\"\(columns)\" class=\"muted\">\(HTML.escape(words.more(count - Self.limit, phrases.style)))</td></tr>\n"
    }

    /// One counted record: date, title (with its id or the trigger it answers, its activity and unit), amount, evidence paths, file:line.
    func row(_ index: Int, header: [String], amountField: FieldID?) -> String {
        let html = HTMLWords(words.language)
        let (file, line) = records.location(of: index)
        let record = records.records[index]
        var out = "<tr>" + cell(header[0], phrases.style.date(record.day))
        out += "<td data-label=\"\(HTML.escape(header[1]))\">\(title(index))</td>"
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
        out += "<td class=\"paths\" data-label=\"\(HTML.escape(header[column]))\">\(evidence(index) ?? "—")</td>"
        out += "<td class=\"where\" data-label=\"\(HTML.escape(header[column + 1]))\"><code>\(HTML.path("\(file):\(line)"))</code></td></tr>\n"
        return out
    }

    /// A record's evidence entries, each a link where it safely can be; nil when it has none.
    func evidence(_ index: Int) -> String? {
        let paths: [String]
        switch records.value(KnownField.evidence, of: index) {
        case .list(let items)?: paths = items
        case let value?: paths = [value.description]
        case nil: paths = []
        }
        guard !paths.isEmpty else { return nil }
        let file = records.location(of: index).file
        return paths.map { path in
            guard let href = link.href(path, recordsFile: file) else { return "<code>\(HTML.path(path))</code>" }
            return "<a href=\"\(HTML.escape(href))\"><code>\(HTML.path(path))</code></a>"
        }.joined(separator: "<br>")
    }

    /// A record's title cell: its id or the trigger it answers, its title, then its activity and unit by roster name.
    func title(_ index: Int) -> String {
        let html = HTMLWords(words.language)
        let record = records.records[index]
        var title = ""
        if let id = records.text(KnownField.id, of: index) { title += "<code>\(HTML.escape(id))</code> " }
        if let answered = records.text(KnownField.respondsTo, of: index) { title += "→ <code>\(HTML.escape(answered))</code> " }
        title += HTML.escape(records.text(KnownField.title, of: index) ?? "")
        var about = ["\(html.activity): \(programme.programme.label(of: records.kinds[record.kind.index]))"]
        if let unit = records.text(KnownField.unit, of: index) { about.append("\(html.unit): \(programme.programme.unitName(unit))") }
        var sub = about.map(HTML.escape)
        let key = result.target.key
        if result.target.each != nil, key != "unit", let id = records.existingFieldID(key), let member = records.text(id, of: index) {
            sub.append("<code>\(HTML.escape(key))</code>: \(HTML.escape(programme.programme.unitName(member)))")
        }
        return title + "<br><small class=\"muted\">" + sub.joined(separator: " · ") + "</small>"
    }

    /// A table cell of plain text, labelled for the stacked phone layout.
    func cell(_ label: String, _ text: String) -> String {
        "<td data-label=\"\(HTML.escape(label))\">\(HTML.escape(text))</td>"
    }
}
