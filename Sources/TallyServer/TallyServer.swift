import Foundation
import Hummingbird
import Logging
import NIOCore
import TallyCore

/// How `tally serve` runs: the folder it serves, where it listens, and how it prints diagnostics.
public struct ServerSettings: Sendable {
    public var folder: String
    public var host: String
    public var port: Int
    /// How long a look at the files on disk is trusted before they are stamped again, in seconds.
    public var recheck: Double
    /// Today's date, the as-of date when a page gives none.
    public var today: @Sendable () -> Day
    public var logger: Logger
    /// The users file (FORMAT.md section 13): when it exists, everyone signs in.
    public var usersFile: String
    /// Whether the session cookie is marked `Secure` (behind HTTPS).
    public var secureCookies: Bool
    /// The clock of sessions and login throttling.
    public var clock: @Sendable () -> Date
    /// Reverse proxies whose `X-Forwarded-For` names the client (`ClientAddress`).
    public var trustedProxies: Set<String>

    public init(folder: String, host: String = "127.0.0.1", port: Int = 8080, recheck: Double = 0.5,
                today: @escaping @Sendable () -> Day = { Day.today() },
                logger: Logger = Logger(label: "tally.serve"),
                usersFile: String? = nil, secureCookies: Bool = false, clock: @escaping @Sendable () -> Date = { Date() },
                trustedProxies: [String] = []) {
        self.folder = folder
        self.host = host
        self.port = port
        self.recheck = recheck
        self.today = today
        self.logger = logger
        self.usersFile = usersFile ?? AccountsFile.defaultPath(dir: folder)
        self.secureCookies = secureCookies
        self.clock = clock
        self.trustedProxies = Set(trustedProxies.map(ClientAddress.normal))
    }
}

/// The web server of `tally serve` (FORMAT.md section 12): pages and a JSON API over the
/// programmes below a folder, evaluated by Core and shown by the reports' renderers.
///
/// The router's layers, outermost first: the request log, the security headers, error pages,
/// then (with accounts) authentication; then the route groups: pages, API, files.
public struct TallyServer: Sendable {
    public let settings: ServerSettings
    let store: ProgrammeStore
    let accounts: AccountDirectory
    let sessions: SessionStore
    let throttle: LoginThrottle

    public init(settings: ServerSettings) {
        self.settings = settings
        store = ProgrammeStore(folder: settings.folder, recheck: settings.recheck)
        accounts = AccountDirectory(path: settings.usersFile)
        sessions = SessionStore(clock: settings.clock)
        throttle = LoginThrottle(clock: settings.clock)
    }

    /// The router with every route: pages, API, files, and (with a users file) accounts and recording.
    public func router() -> Router<TallyRequestContext> {
        let router = Router(context: TallyRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: ClientAddressMiddleware(trusted: settings.trustedProxies))
        router.add(middleware: RequestLogMiddleware(logger: settings.logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware())
        // With a users file, nobody passes without a session or token (FORMAT.md section 13).
        router.add(middleware: AuthMiddleware(accounts: accounts, sessions: sessions))
        let site = Site(server: self)
        PageRoutes(site: site).register(on: router)
        APIRoutes(site: site).register(on: router.group("api/v1"))
        FileRoutes(site: site).register(on: router)
        AccountRoutes(site: site).register(on: router)
        RecordRoutes(site: site).register(on: router)
        return router
    }

    /// The application listening on the settings' host and port; `onRunning` gets the bound port
    /// (useful with port 0).
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Tally"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
            logger: settings.logger
        )
    }
}

/// The request context of every route: who is signed in, and the posted form the
/// authentication middleware already read (to check its CSRF field).
public struct TallyRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in account; nil without accounts (or on `/login` and `/healthz`).
    public var identity: Identity?
    var form: FormBody?
    /// The client's address, for login throttling: the peer, or behind a trusted proxy the
    /// client it names (`ClientAddressMiddleware`).
    public var address: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        address = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
