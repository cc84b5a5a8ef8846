import TallyCore
import TallyReports

/// The pages of one evaluated programme, each rendered once per load, date and address.
struct ProgrammePages: Sendable {
    /// How many entries of each list a target page's explanation shows (a target with 125,000
    /// triggers would otherwise make a page of many megabytes).
    static let explainListLimit = 50

    let site: Site
    let slug: String
    let state: LoadedState
    let programme: Programme
    let result: ProgrammeResult
    let asOf: AsOf

    var language: Language { programme.language }
    var path: String { Site.programmePath(slug) }
    var links: HTMLLinks { site.links(slugs: [programme.path: slug], asOf: asOf) }
    var key: String { "\(asOf.day)|\(asOf.explicit)" }
    var programmeStep: (label: String, href: String) { (programme.organisation, path) }

    /// `/p/SLUG`: the programme as the HTML report shows it, its targets linking to their pages.
    func report() async -> String {
        await state.rendered("report|" + key) { [self] in
            let body = HTMLParts(language: language, links: links).programme(result)
                + "<p><a href=\"\(HTMLParts.escape(asOf.link(path + "/remind")))\">\(HTMLParts.escape(PageWords(language).reminders))</a></p>\n"
            let layout = PageLayout(language: language, asOf: asOf, trail: [programmeStep], formPath: path)
            return layout.render(title: "\(programme.organisation) — \(programme.title)", body: body, links: links)
        }
    }

    /// `/p/SLUG/t/TARGET`: the target's card (status, bar, facts, chart, evidence) and what
    /// `tally explain` says about it.
    func target(_ target: TargetResult) async -> String {
        let id = target.target.id
        return await state.rendered("target|\(id)|" + key) { [self] in
            let words = PageWords(language), e = HTMLParts.escape
            let evaluator = Evaluator(programme: programme, records: state.loaded.records, asOf: asOf.day)
            let explanation = Explanation(evaluator: evaluator, target: target.target)
            let limit = Self.explainListLimit
            let text = ExplainReport(language: language, listLimit: limit).render(explanation, programme: programme, records: state.loaded.records)
            let longest = [target.members.count, target.periods.count, target.triggers.count, explanation.counted.count, explanation.leftOut.count].max() ?? 0
            var body = "<p class=\"eyebrow\">\(e(programme.organisation)) · <a href=\"\(e(asOf.link(path)))\">\(e(programme.title))</a></p>\n"
            body += HTMLParts(language: language, links: links).target(target, of: result, level: 1)
            body += "<section class=\"explain\">\n<h2>\(e(words.explain))</h2>\n<pre class=\"explain\">\(e(text))</pre>\n"
            if longest > limit + 1 {
                body += "<p class=\"note\">\(e(words.listsCut(limit, command: "tally explain \(slug)\(programme.path.hasSuffix(".yml") ? ".yml" : ".yaml") \(id)")))</p>\n"
            }
            body += "</section>\n"
            let href = path + "/t/" + PathComponents.encode(id)
            let layout = PageLayout(language: language, asOf: asOf, trail: [programmeStep, (target.target.title, href)], formPath: href)
            return layout.render(title: "\(target.target.title) — \(programme.organisation)", body: body, links: links)
        }
    }

    /// `/p/SLUG/remind?within=`: what `tally remind` says for the programme.
    func reminders(within days: Int, text: String) async -> String {
        await state.rendered("remind|\(days)|\(text)|" + key) { [self] in
            let words = PageWords(language), e = HTMLParts.escape
            let reminders = ReminderPlanner.reminders(for: result, within: days)
            let said = RemindText(language: language).render(reminders, asOf: asOf.day, within: days)
            var body = "<section class=\"notice\">\n<p class=\"eyebrow\">\(e(programme.organisation)) · <a href=\"\(e(asOf.link(path)))\">\(e(programme.title))</a></p>\n"
            body += "<h1>\(e(words.reminders))</h1>\n"
            body += said.isEmpty ? "<p>\(e(words.nothingDue(days)))</p>\n" : "<pre class=\"explain\">\(e(said))</pre>\n"
            body += "</section>\n"
            let href = path + "/remind"
            let fields = text == "14d" ? [] : [(name: "within", value: text)]
            let layout = PageLayout(language: language, asOf: asOf, trail: [programmeStep, (words.reminders, href + AsOf.query(fields))],
                                    formPath: href, shownFields: [(name: "within", label: words.within, value: text)])
            return layout.render(title: "\(words.reminders) — \(programme.organisation)", body: body, links: links)
        }
    }
}
