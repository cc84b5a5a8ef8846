import Foundation
import Hummingbird
import Logging
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
    /// The diagnostics as `tally` prints them on a terminal (without colour), for the error page.
    public var diagnosticsText: @Sendable ([Diagnostic]) -> String
    public var logger: Logger

    public init(folder: String, host: String = "127.0.0.1", port: Int = 8080, recheck: Double = 0.5,
                today: @escaping @Sendable () -> Day = { Day.today() },
                diagnosticsText: @escaping @Sendable ([Diagnostic]) -> String,
                logger: Logger = Logger(label: "tally.serve")) {
        self.folder = folder
        self.host = host
        self.port = port
        self.recheck = recheck
        self.today = today
        self.diagnosticsText = diagnosticsText
        self.logger = logger
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

    public init(settings: ServerSettings) {
        self.settings = settings
        store = ProgrammeStore(folder: settings.folder, recheck: settings.recheck)
    }

    /// The router with every route of the read-only server.
    public func router() -> Router<TallyRequestContext> {
        let router = Router(context: TallyRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: RequestLogMiddleware(logger: settings.logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware())
        // Accounts (FORMAT.md section 13) add their authentication middleware here, before the routes.
        let site = Site(server: self)
        PageRoutes(site: site).register(on: router)
        APIRoutes(site: site).register(on: router.group("api/v1"))
        FileRoutes(site: site).register(on: router)
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

/// The request context of every route; accounts add the signed-in user here.
public struct TallyRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
