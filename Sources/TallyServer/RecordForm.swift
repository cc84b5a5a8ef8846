import Foundation
import TallyCore
import TallyReports

/// The record form of a programme (FORMAT.md section 13): the activity kinds, the units the
/// account may record for (from `Access`), the pending and overdue triggers a `responds-to` may
/// answer, the attributes its targets add up, and evidence files; errors beside their fields in
/// the programme's language, what was typed kept, and after a record what it changed.
struct RecordForm {
    let slug: String
    let programme: Programme
    let state: LoadedState
    let result: ProgrammeResult?
    let identity: Identity
    let today: Day

    var language: Language { programme.language }
    var words: AccountWords { AccountWords(language) }
    var path: String { Site.programmePath(slug) + "/record" }

    /// What the page shows besides the fields.
    struct Outcome {
        var values: [String: String] = [:]
        var errors = WebRecorder.Errors()
        var effect: RecordEffect?
    }

    /// Attribute names the targets add up, offered as `field.NAME` inputs (decided in Core).
    var attributes: [String] { programme.summedAttributes }

    /// The triggers still waiting for an answer, overdue first, with their titles.
    var triggers: [(id: String, label: String)] {
        guard let result else { return [] }
        let records = state.loaded.records
        let title = records.existingFieldID("title")
        var seen = Set<String>(), out: [(id: String, label: String)] = []
        for state in [TriggerResult.State.overdue, .pending] {
            for target in result.targets {
                for trigger in target.triggers where trigger.state == state && seen.insert(trigger.id).inserted {
                    let text = title.flatMap { records.text($0, of: trigger.record) }
                    let mark = state == .overdue ? words.overdue : words.pending
                    out.append((trigger.id, [trigger.id, text].compactMap { $0 }.joined(separator: " — ") + " (\(mark), \(trigger.deadline))"))
                }
            }
        }
        return out
    }

    /// The `id` and `responds-to` inputs appear when a target counts answers, or when a value or
    /// an error for them came back (sent by hand), so nothing typed is lost.
    func showsAnswerFields(_ outcome: Outcome) -> Bool {
        programme.takesAnswers || ["id", "responds-to"].contains { !(outcome.values[$0] ?? "").isEmpty || outcome.errors.byField[$0] != nil }
    }

    func shownFields(_ outcome: Outcome) -> [String] {
        ["date", "activity", "unit", "title", "evidence"] + (showsAnswerFields(outcome) ? ["id", "responds-to"] : []) + attributes.map { "field." + $0 }
    }

    func render(_ outcome: Outcome) -> String {
        let e = HTMLParts.escape, values = outcome.values, errors = outcome.errors
        var body = "<section class=\"notice\">\n<p class=\"eyebrow\">\(e(programme.organisation)) · <a href=\"\(e(Site.programmePath(slug)))\">\(e(programme.title))</a></p>\n"
        body += "<h1>\(e(words.record))</h1>\n"
        if let effect = outcome.effect {
            body += "<div class=\"notice recorded\" role=\"status\"><p><strong>\(e(words.recorded))</strong></p>\n<ul>\n"
            for line in RecordEffectText(language).lines(effect) { body += "<li>\(e(line))</li>\n" }
            body += "</ul></div>\n"
        }
        let shown = shownFields(outcome)
        let stray = errors.byField.filter { !shown.contains($0.key) }.sorted { $0.key < $1.key }
        if !errors.byField.isEmpty || !errors.general.isEmpty { body += "<p class=\"form-error\" role=\"alert\">\(e(words.notRecorded))</p>\n" }
        for message in errors.general { body += "<p class=\"form-error\">\(e(message))</p>\n" }
        for (name, messages) in stray { for message in messages { body += "<p class=\"form-error\">\(e(name)): \(e(message))</p>\n" } }
        body += "<form class=\"record\" method=\"post\" action=\"\(e(path))\" enctype=\"multipart/form-data\">\n\(CSRFField.html(identity.session))\n"
        body += field("date", words.date, input("date", type: "date", value: values["date"] ?? "\(today)", required: true), errors)
        let kinds = programme.activities ?? []
        body += field("activity", words.activity, kinds.isEmpty ? input("activity", value: values["activity"], required: true)
                      : select("activity", kinds.map { ($0.kind, $0.label) }, values["activity"], required: true), errors)
        let units = Access.recordableUnits(identity.account, programme: slug, programme)
        let unitRequired = Access.mustNameUnit(identity.account)
        body += field("unit", words.unit, units.isEmpty ? input("unit", value: values["unit"], required: unitRequired)
                      : select("unit", units.map { ($0, $0) }, values["unit"], required: unitRequired), errors)
        body += field("title", words.title, input("title", value: values["title"]), errors)
        for name in attributes { body += field("field." + name, name, input("field." + name, value: values["field." + name], mode: "decimal"), errors) }
        if shown.contains("id") {
            let waiting = triggers
            body += field("responds-to", words.respondsTo, waiting.isEmpty ? input("responds-to", value: values["responds-to"])
                          : select("responds-to", waiting.map { ($0.id, $0.label) }, values["responds-to"], required: false), errors)
            body += field("id", words.id, input("id", value: values["id"]), errors)
        }
        body += field("evidence", words.evidence, "<input id=\"evidence\" name=\"evidence\" type=\"file\" multiple accept=\".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png\">", errors)
        body += "<p><button type=\"submit\">\(e(words.recordButton))</button></p>\n</form>\n</section>\n"
        let layout = PageLayout(language: language, asOf: AsOf(day: today, explicit: false),
                                trail: [(programme.organisation, Site.programmePath(slug)), (words.record, path)], formPath: Site.programmePath(slug))
        return layout.render(title: "\(words.record) — \(programme.organisation)", body: body, links: .inPage)
    }

    /// A labelled field with its errors right below it.
    func field(_ name: String, _ label: String, _ control: String, _ errors: WebRecorder.Errors) -> String {
        let e = HTMLParts.escape
        var html = "<label for=\"\(e(name))\">\(e(label))</label>\(control)\n"
        for message in errors.byField[name] ?? [] { html += "<p class=\"field-error\" id=\"\(e(name))-error\">\(e(message))</p>\n" }
        return html
    }

    func input(_ name: String, type: String = "text", value: String?, required: Bool = false, mode: String? = nil) -> String {
        let e = HTMLParts.escape
        return "<input id=\"\(e(name))\" name=\"\(e(name))\" type=\"\(type)\" value=\"\(e(value ?? ""))\"\(required ? " required" : "")\(mode.map { " inputmode=\"\($0)\"" } ?? "")>"
    }

    /// A choice of `options`; a value typed that is not among them (sent by hand) is kept as one more.
    func select(_ name: String, _ options: [(value: String, label: String)], _ chosen: String?, required: Bool) -> String {
        let e = HTMLParts.escape
        var all = options
        if let chosen, !chosen.isEmpty, !options.contains(where: { $0.value == chosen }) { all.append((chosen, chosen)) }
        var html = "<select id=\"\(e(name))\" name=\"\(e(name))\"\(required ? " required" : "")>\n<option value=\"\"></option>\n"
        for option in all {
            html += "<option value=\"\(e(option.value))\"\(chosen == option.value ? " selected" : "")>\(e(option.label))</option>\n"
        }
        return html + "</select>"
    }
}
