import Foundation
import TallyCore

/// The programmes below the served folder, each loaded once per change on disk.
///
/// A look at a programme stamps its files again (at most every `recheck` seconds); when a stamp
/// changed, that request reloads it while concurrent requests are answered from the last load.
actor ProgrammeStore {
    let folder: String
    /// How long a check of the files on disk is trusted, in seconds.
    let recheck: Double
    private var states: [String: LoadedState] = [:]
    private var checked: [String: Double] = [:]
    private var reloads: [String: Task<LoadedState, Never>] = [:]
    private var catalogue: (slugs: [(slug: String, path: String)], at: Double)?
    /// How many times each programme was read from disk, by path, for tests that pages are served from the cache.
    private(set) var loads: [String: Int] = [:]

    init(folder: String, recheck: Double) {
        self.folder = folder
        self.recheck = recheck
    }

    /// The programmes' slugs (paths below the folder without `.yaml`) and files, by slug.
    func programmes() -> [(slug: String, path: String)] {
        let now = Self.now()
        if let catalogue, now - catalogue.at < recheck { return catalogue.slugs }
        // The programmes `check FOLDER --recursive` finds, in slug order.
        let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        let slugs = ProgrammeFinder.programmes(in: base, recursive: true).map { path in
            (slug: Slug.of(base == "." ? path : String(path.dropFirst(base.count + 1))), path: path)
        }.sorted { $0.slug < $1.slug }
        catalogue = (slugs, now)
        // Programmes removed from disk leave the cache with it.
        let paths = Set(slugs.map(\.path))
        states = states.filter { paths.contains($0.key) }
        return slugs
    }

    /// The file of the programme with `slug`, if there is one.
    func path(of slug: String) -> String? {
        programmes().first { $0.slug == slug }?.path
    }

    /// The programme at `path` as it is on disk now (or, while another request reloads it, as last loaded).
    func state(of path: String) async -> LoadedState {
        let now = Self.now()
        if let state = states[path] {
            if now - (checked[path] ?? 0) < recheck || reloads[path] != nil { return state }
            if !state.suspect && state.fingerprint.restamped() == state.fingerprint {
                checked[path] = now
                return state
            }
        } else if let reload = reloads[path] {
            return await reload.value
        }
        loads[path, default: 0] += 1
        let reload = Task { await OffPool.run { ProgrammeStore.load(path) } }
        reloads[path] = reload
        let state = await reload.value
        states[path] = state
        checked[path] = Self.now()
        reloads[path] = nil
        return state
    }

    /// This server has just written a record for the programme at `path`: the next look stamps its
    /// files at once, so the clerk's next page shows the record without waiting for `recheck`.
    func recorded(_ path: String) {
        checked[path] = nil
    }

    /// Reads the programme and its records and stamps the files read.
    nonisolated static func load(_ path: String) -> LoadedState {
        let started = Date().timeIntervalSince1970
        let loaded = LoadedProgramme.load(path: path)
        let fingerprint = Fingerprint.of(path, loaded: loaded)
        // A little slack covers clocks and file times that disagree slightly.
        return LoadedState(path: path, loaded: loaded, fingerprint: fingerprint, suspect: fingerprint.modified(since: started - 0.05))
    }

    nonisolated static func now() -> Double { Date().timeIntervalSince1970 }
}

/// A programme's name in addresses: its path below the served folder without `.yaml` or `.yml`.
enum Slug {
    static func of(_ relative: String) -> String {
        for suffix in [".yaml", ".yml"] where relative.hasSuffix(suffix) { return String(relative.dropLast(suffix.count)) }
        return relative
    }
}
