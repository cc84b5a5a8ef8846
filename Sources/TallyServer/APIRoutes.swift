import Hummingbird
import TallyCore
import TallyReports

/// The JSON API: the list of programmes and each programme's `tally check --format json` document.
struct APIRoutes: Sendable {
    let site: Site

    func register(on group: RouterGroup<TallyRequestContext>) {
        group.get("programmes") { request, context in try await APIRoutes(site: site.seen(by: context)).list(request) }
        group.get("programmes/**") { request, context in try await APIRoutes(site: site.seen(by: context)).document(request) }
    }

    /// `GET /api/v1/programmes`: slug, programme, organisation, verdict, score and rating of each
    /// programme the account may read.
    func list(_ request: Request) async throws -> Response {
        let asOf = try site.asOf(request)
        var items: [JSONValue] = []
        for (slug, state) in await site.all() {
            if let result = await state.result(asOf: asOf.day) {
                items.append(JSONReport().listing(result, slug: slug))
            } else {
                items.append(JSONReport().invalidListing(slug: slug, errors: state.loaded.diagnostics.errorCount))
            }
        }
        return Answer.json(.array(items))
    }

    /// `GET /api/v1/programmes/SLUG`: the document `tally check --format json` writes for it
    /// (`?as-of=`), with its diagnostics when it has errors.
    func document(_ request: Request) async throws -> Response {
        guard let components = PathComponents.decode(request.uri.path, dropping: 3), !components.isEmpty else {
            throw PageError.noSuchPage()
        }
        let slug = components.joined(separator: "/")
        let state = try await site.state(slug)
        let asOf = try site.asOf(request)
        let result = await state.result(asOf: asOf.day)
        let text = await state.rendered("json|\(asOf.day)") {
            JSONReport().render(Report(results: result.map { [$0] } ?? [], diagnostics: state.loaded.diagnostics.items))
        }
        return Answer.jsonText(text)
    }
}
