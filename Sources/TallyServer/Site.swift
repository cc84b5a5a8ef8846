import Foundation
import Hummingbird
import TallyCore
import TallyReports

/// What every route group shares: the programmes, the as-of date of a request, and the links
/// between pages and to served files.
struct Site: Sendable {
    let server: TallyServer
    /// Who asks: with accounts, only the programmes `Access` lets them read are shown.
    var viewer: Identity?
    var store: ProgrammeStore { server.store }
    var settings: ServerSettings { server.settings }

    init(server: TallyServer, viewer: Identity? = nil) {
        self.server = server
        self.viewer = viewer
    }

    /// The site as the request's account sees it.
    func seen(by context: TallyRequestContext) -> Site { Site(server: server, viewer: context.identity) }

    /// Whether the viewer may read the programme `slug` (everyone may without accounts).
    func mayRead(_ slug: String) -> Bool {
        viewer.map { Access.mayRead($0.account, programme: slug) } ?? true
    }

    /// The as-of date of a request: `?as-of=` (400 when it is not a real date) or today.
    func asOf(_ request: Request, language: Language? = nil) throws -> AsOf {
        guard let text = request.uri.queryParameters.get("as-of"), !text.isEmpty else {
            return AsOf(day: settings.today(), explicit: false)
        }
        switch Day.asOf(text) {
        case .success(let day): return AsOf(day: day, explicit: true)
        case .failure(let problem): throw PageError.refusal(.badRequest, problem.diagnostic(option: "as-of"), language)
        }
    }

    /// The programme a decoded slug names, loaded as it is on disk now; 404 when there is none,
    /// 403 when the viewer may not read it.
    func state(_ slug: String) async throws -> LoadedState {
        guard let path = await store.path(of: slug) else { throw PageError.noSuchProgramme(slug) }
        guard mayRead(slug) else { throw PageError.refusal(.forbidden, Access.Refusal.programme(slug).diagnostic) }
        return await store.state(of: path)
    }

    /// Every programme the viewer may read, with its slug, loaded, in slug order.
    func all() async -> [(slug: String, state: LoadedState)] {
        var out: [(slug: String, state: LoadedState)] = []
        for (slug, path) in await store.programmes() where mayRead(slug) { out.append((slug, await store.state(of: path))) }
        return out
    }

    /// Whether the viewer may read the file at `realPath` (resolved): its owners are the programmes
    /// of the deepest programme folder that holds it, and the viewer must read one of them (a
    /// programme at the top does not open the files of the programmes below it). When several
    /// programmes share that folder, the file is theirs whose records file it is or whose journal's
    /// `evidence/` folder holds it; a file none of them claims needs all of them. Without
    /// accounts, and for those who read every programme, any file `ServedFile` serves.
    func mayReadFile(_ realPath: String) async -> Bool {
        guard viewer != nil else { return true }
        var owners: (depth: Int, programmes: [(slug: String, path: String)]) = (-1, [])
        for (slug, path) in await store.programmes() {
            guard let folder = ServedFile.realPath(FilePath.parent(of: path)) else { continue }
            let prefix = folder == "/" ? "/" : folder + "/"
            guard realPath.hasPrefix(prefix) else { continue }
            if prefix.count > owners.depth { owners = (prefix.count, [(slug, path)]) } else if prefix.count == owners.depth { owners.programmes.append((slug, path)) }
        }
        guard owners.programmes.count > 1 else { return owners.programmes.contains { mayRead($0.slug) } }
        var claimed: [String] = []
        for (slug, path) in owners.programmes where await claims(path, realPath) { claimed.append(slug) }
        return claimed.isEmpty ? owners.programmes.allSatisfy { mayRead($0.slug) } : claimed.contains(where: mayRead)
    }

    /// Whether the file at `realPath` is one of the programme's records files or lies in its
    /// journal's `evidence/` folder.
    private func claims(_ programmePath: String, _ realPath: String) async -> Bool {
        let state = await store.state(of: programmePath)
        if state.loaded.files.contains(where: { ServedFile.realPath($0) == realPath }) { return true }
        guard let journal = state.loaded.programme?.journal else { return false }
        let base = FilePath.parent(of: programmePath)
        let journalFolder = FilePath.parent(of: journal.hasPrefix("/") ? journal : (base as NSString).appendingPathComponent(journal))
        guard let evidence = ServedFile.realPath((journalFolder as NSString).appendingPathComponent("evidence")) else { return false }
        return realPath.hasPrefix(evidence + "/")
    }

    /// Links to the server's pages (keeping the as-of date) and to files below the folder.
    func links(slugs: [String: String], asOf: AsOf) -> HTMLLinks {
        let folder = FileLinks(folder: settings.folder)
        return HTMLLinks(
            programme: { _, path in asOf.link(Site.programmePath(slugs[path] ?? "")) },
            target: { _, path, id in asOf.link(Site.programmePath(slugs[path] ?? "") + "/t/" + PathComponents.encode(id)) },
            evidence: { entry, recordsFile in folder.link(entry, recordedIn: recordsFile) }
        )
    }

    static func programmePath(_ slug: String) -> String { "/p/" + PathComponents.encode(slug) }
}

/// Links to the evidence a record names: a web address as it is, a file below the served folder
/// (found by the report's own rule, `EvidenceLink`) under `/files/`, anything else unlinked.
struct FileLinks: Sendable {
    let folder: String

    func link(_ entry: String, recordedIn recordsFile: String) -> String? {
        guard let href = EvidenceLink(reportFolder: folder).href(entry, recordsFile: recordsFile) else { return nil }
        let lower = href.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return href }
        // Relative to the folder: anything climbing out of it, or hidden, is not served.
        guard !href.hasPrefix("/"), !href.split(separator: "/").contains(where: { $0.hasPrefix(".") || $0.hasPrefix("%2E") || $0.hasPrefix("%2e") }) else { return nil }
        return "/files/" + href
    }
}
