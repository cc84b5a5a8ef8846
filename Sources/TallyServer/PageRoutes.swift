import Foundation
import Hummingbird
import TallyCore
import TallyReports

/// The pages: the roll-up, a programme, a target in detail, the reminders, and `/healthz`.
struct PageRoutes: Sendable {
    let site: Site

    func register(on router: Router<TallyRequestContext>) {
        router.get("/") { request, context in try await PageRoutes(site: site.seen(by: context)).rollUp(request) }
        router.get("/p/**") { request, context in try await PageRoutes(site: site.seen(by: context)).programmePage(request) }
        router.get("/healthz") { _, _ in Answer.body("ok\n", type: "text/plain; charset=utf-8") }
    }

    /// `/`: the summary table of every programme that evaluates, and the list of those with errors.
    func rollUp(_ request: Request) async throws -> Response {
        let asOf = try site.asOf(request)
        let all = await site.all()
        var results: [ProgrammeResult] = []
        var broken: [(slug: String, errors: Int)] = []
        for (slug, state) in all {
            if let result = await state.result(asOf: asOf.day) { results.append(result) } else { broken.append((slug, state.loaded.diagnostics.errorCount)) }
        }
        let language = Report(results: results).effectiveLanguage
        let slugs = Dictionary(all.map { ($0.state.path, $0.slug) }, uniquingKeysWith: { first, _ in first })
        let links = site.links(slugs: slugs, asOf: asOf)
        let words = PageWords(language), e = HTMLParts.escape
        var body = ""
        if results.isEmpty && broken.isEmpty {
            body += "<section class=\"notice\"><h1>\(e(words.home))</h1><p>\(e(words.noProgrammes))</p></section>\n"
        } else if !results.isEmpty {
            body += HTMLParts(language: language, links: links).rollUp(results)
        }
        if !broken.isEmpty {
            body += "<section class=\"notice errors\" id=\"errors\">\n<h2>\(e(words.brokenProgrammes)) (\(broken.count))</h2>\n<ul class=\"links\">\n"
            for item in broken {
                body += "<li><a href=\"\(e(asOf.link(Site.programmePath(item.slug))))\">\(e(item.slug))</a> — \(e(words.errors(item.errors)))</li>\n"
            }
            body += "</ul>\n</section>\n"
        }
        let layout = PageLayout(language: language, asOf: asOf, formPath: "/")
        return site.page(layout.render(title: "\(words.home) (\(results.count))", body: body, links: links), language: language)
    }

    /// `/p/SLUG...`: the programme, one of its targets, or its reminders; its errors when it has any.
    func programmePage(_ request: Request) async throws -> Response {
        guard let components = PathComponents.decode(request.uri.path, dropping: 1) else { throw PageError.noSuchPage() }
        let slugs = Set(await site.store.programmes().map(\.slug))
        guard let address = ProgrammeAddress.parse(components, slugs: slugs) else {
            throw PageError.noSuchProgramme(components.joined(separator: "/"))
        }
        let state = try await site.state(address.slug)
        let language = state.loaded.programme?.language
        let asOf = try site.asOf(request, language: language)
        guard let programme = state.programme, let result = await state.result(asOf: asOf.day) else {
            if case .other(let rest) = address.page, rest != RecordRoutes.page { throw PageError.noSuchPage(language) }
            return site.page(errorsPage(address.slug, state: state, asOf: asOf), language: language ?? .vi, slug: address.slug)
        }
        let pages = ProgrammePages(site: site, slug: address.slug, state: state, programme: programme, result: result, asOf: asOf)
        let page = { (html: String) in site.page(html, language: programme.language, slug: address.slug) }
        switch address.page {
        case .report: return page(await pages.report())
        case .target(let id):
            guard let target = result.targets.first(where: { $0.target.id == id }) else {
                let ids = result.targets.map(\.target.id)
                let unknown = Diagnostic(.noSuchTarget, ["id": "\(id)", "programme": "\(address.slug)", "targets": "\(ids.joined(separator: ", "))"])
                throw PageError.refusal(.notFound, unknown.suggesting(Suggestion.nearest(to: id, in: ids)), programme.language)
            }
            return page(await pages.target(target))
        case .remind:
            let text = request.uri.queryParameters.get("within") ?? "14d"
            guard let days = ScalarText.duration(text) else { throw PageError.refusal(.badRequest, Diagnostic(.notADuration, ["what": "within", "value": "\(text)"]), programme.language) }
            return page(await pages.reminders(within: days, text: text))
        case .other(RecordRoutes.page):
            return try await RecordRoutes(site: site).form(slug: address.slug, state: state, programme: programme)
        case .other: throw PageError.noSuchPage(programme.language)
        }
    }

    /// The page of a programme that cannot be evaluated: its diagnostics as `tally check` prints
    /// them (place, source line and caret, fix, code), in the programme's language.
    func errorsPage(_ slug: String, state: LoadedState, asOf: AsOf) -> String {
        let language = state.loaded.programme?.language ?? state.loaded.diagnostics.items.lazy.compactMap(\.language).first ?? .vi
        let words = PageWords(language), e = HTMLParts.escape
        var body = "<section class=\"notice errors\">\n<p class=\"eyebrow\">\(e(slug))</p>\n<h1>\(e(words.errorsTitle))</h1>\n"
        body += "<p>\(e(words.errorsHelp))</p>\n"
        body += DiagnosticHTML(language: language, folder: site.settings.folder).render(state.loaded.diagnostics) + "</section>\n"
        let path = Site.programmePath(slug)
        let layout = PageLayout(language: language, asOf: asOf, trail: [(slug, path)], formPath: path)
        return layout.render(title: "\(slug) — \(words.errorsTitle)", body: body, links: .inPage)
    }
}
