import Foundation
import HTTPTypes
import Hummingbird
import TallyCore
import TallyReports

/// Recording through the web (FORMAT.md section 13): the form (`GET`/`POST /p/SLUG/record`) and
/// the API (`POST /api/v1/programmes/SLUG/records`). Both hand the record to Core's
/// `WebRecorder`, which asks `Access` and appends exactly as `tally record` does.
struct RecordRoutes: Sendable {
    static let page = ["record"]
    let site: Site

    func register(on router: Router<TallyRequestContext>) {
        router.post("/p/**") { request, context in try await RecordRoutes(site: site.seen(by: context)).post(request, context: context) }
        router.post("/api/v1/programmes/**") { request, context in try await RecordRoutes(site: site.seen(by: context)).api(request, context: context) }
    }

    var today: Day { site.settings.today() }

    /// The signed-in account: recording needs accounts.
    func identity(_ language: Language?) throws -> Identity {
        guard let identity = site.viewer else { throw PageError.refusal(.forbidden, Diagnostic(.recordingNeedsAccounts), language) }
        return identity
    }

    /// `GET /p/SLUG/record`: the empty form, for those who may record in the programme.
    func form(slug: String, state: LoadedState, programme: Programme) async throws -> Response {
        let identity = try identity(programme.language)
        guard Access.mayRecordSomething(identity.account, programme: slug) else {
            throw PageError.refusal(.forbidden, Access.Refusal.readOnly.diagnostic, programme.language)
        }
        return try await page(slug: slug, identity: identity, RecordForm.Outcome(), status: .ok)
    }

    /// `POST /p/SLUG/record`: records, then shows what changed with an empty form; or the form
    /// again with the errors beside the fields and what was typed (`422`, `403` outside one's role).
    func post(_ request: Request, context: TallyRequestContext) async throws -> Response {
        guard let components = PathComponents.decode(request.uri.path, dropping: 1),
              let address = ProgrammeAddress.parse(components, slugs: Set(await site.store.programmes().map(\.slug))),
              address.page == .other(Self.page) else { throw PageError.noSuchPage() }
        let state = try await site.state(address.slug)
        let language = state.loaded.programme?.language
        let identity = try identity(language)
        var request = request
        let form: FormBody
        if let read = context.form { form = read } else { form = try await FormBody.read(&request, limit: FormBody.recordLimit) }
        var values: [String: String] = [:]
        for (name, value) in form.fields where name != "csrf" { values[name] = value }
        let outcome = await record(values, uploads: form.files, identity: identity, path: state.path, slug: address.slug)
        switch outcome {
        case .recorded(let recorded):
            return try await page(slug: address.slug, identity: identity, RecordForm.Outcome(effect: recorded.effect), status: .created)
        case .refused(let refusal, _):
            var errors = WebRecorder.Errors(language: language ?? .vi)
            let message = refusal.message(language ?? .vi)
            if case .programme = refusal { errors.general.append(message) } else { errors.byField["unit", default: []].append(message) }
            return try await page(slug: address.slug, identity: identity, RecordForm.Outcome(values: values, errors: errors), status: .forbidden)
        case .invalid(let errors):
            return try await page(slug: address.slug, identity: identity, RecordForm.Outcome(values: values, errors: errors), status: .unprocessableContent)
        }
    }

    /// The form page as the programme stands now; a programme with errors shows them instead.
    func page(slug: String, identity: Identity, _ outcome: RecordForm.Outcome, status: HTTPResponse.Status) async throws -> Response {
        let state = try await site.state(slug)
        guard let programme = state.programme else {
            let asOf = AsOf(day: today, explicit: false)
            return site.page(PageRoutes(site: site).errorsPage(slug, state: state, asOf: asOf), language: state.loaded.programme?.language ?? .vi,
                             slug: slug, status: status == .created ? .created : .unprocessableContent)
        }
        let result = await state.result(asOf: today)
        let form = RecordForm(slug: slug, programme: programme, state: state, result: result, identity: identity, today: today)
        return site.page(form.render(outcome), language: programme.language, slug: slug, status: status)
    }

    /// `POST /api/v1/programmes/SLUG/records`: JSON in; `201` with the stored record, `422` with
    /// `{"diagnostics": [...]}`, `403` outside one's role.
    func api(_ request: Request, context: TallyRequestContext) async throws -> Response {
        guard let components = PathComponents.decode(request.uri.path, dropping: 3), components.count >= 2, components.last == "records" else {
            throw PageError.noSuchPage()
        }
        let slug = components.dropLast().joined(separator: "/")
        let state = try await site.state(slug)
        let identity = try identity(nil)
        var request = request
        let body = try await FormBody.collect(&request, limit: FormBody.smallLimit)
        guard let values = RecordJSON.values(Array(body.readableBytesView)) else {
            return Answer.json(RecordJSON.badBody(), status: .unprocessableContent)
        }
        switch await record(values, uploads: [], identity: identity, path: state.path, slug: slug) {
        case .recorded(let recorded): return Answer.json(RecordJSON.stored(recorded, folder: site.settings.folder), status: .created)
        case .refused(let refusal, let language): throw PageError.refusal(.forbidden, refusal.diagnostic, language)
        case .invalid(let errors): return Answer.json(RecordJSON.invalid(errors), status: .unprocessableContent)
        }
    }

    /// Records the posted values (the form's names) off the request's executor.
    func record(_ values: [String: String], uploads: [EvidenceUpload], identity: Identity, path: String, slug: String) async -> WebRecorder.Outcome {
        let request = Self.request(values), today = today
        let outcome = await OffPool.run {
            WebRecorder(programmePath: path, slug: slug).record(request, uploads: uploads, by: identity.account, now: Date(), today: today)
        }
        if case .recorded = outcome { await site.store.recorded(path) }
        return outcome
    }

    /// The record a form or JSON asks for: empty fields are absent; `field.NAME` are attributes.
    static func request(_ values: [String: String]) -> RecordRequest {
        func given(_ key: String) -> String? {
            guard let value = values[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        let attributes = values.keys.filter { $0.hasPrefix("field.") }.sorted().compactMap { key -> RecordRequest.Attribute? in
            given(key).map { RecordRequest.Attribute(name: String(key.dropFirst("field.".count)), value: $0) }
        }
        return RecordRequest(date: given("date") ?? "", activity: given("activity") ?? "", unit: given("unit"), id: given("id"),
                             respondsTo: given("responds-to"), title: given("title"), attributes: attributes)
    }
}
