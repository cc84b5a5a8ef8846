import ArgumentParser
import Foundation
import Logging
import TallyCore
import TallyReports
import TallyServer

/// `tally serve`: the programmes below a folder as web pages and a JSON API, live from the files.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the programmes below a folder as web pages and a JSON API, updated as the files change.",
        discussion: """
        Pages: / (summary), /p/SLUG (a programme; SLUG is its path below the folder without .yaml), \
        /p/SLUG/t/TARGET, /p/SLUG/remind, /p/SLUG/record; API: /api/v1/programmes and /api/v1/programmes/SLUG \
        (POST .../records records one activity); all take ?as-of=YYYY-MM-DD. With a users file (tally user add), \
        everyone signs in at /login or sends Authorization: Bearer TOKEN. Stops cleanly on Ctrl-C or SIGTERM.
        """
    )

    @Argument(help: "The folder of programmes (searched in its sub-folders too).")
    var folder: String

    @Option(name: .long, help: "The address to listen on; without accounts only a loopback address (default 127.0.0.1).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The users file (default FOLDER/.tally/users.yaml); when it exists, everyone signs in.")
    var users: String?

    @Flag(name: .long, help: "Mark the session cookie Secure (when the server is reached through HTTPS).")
    var secureCookies = false

    @Option(name: .long, help: ArgumentHelp("A reverse proxy in front of the server (an IP address; repeat for several): its X-Forwarded-For names the client, so sign-in throttling locks out that client, not everyone.", valueName: "address"))
    var trustedProxy: [String] = []

    @Option(name: .long, help: "The port to listen on; 0 picks a free one (the first line printed gives the address).")
    var port = 8080

    /// Refusals before listening, in the locale's language (the pages speak each programme's).
    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Refusal.argument(.serveNeedsFolder, ["folder": "\(folder)"], language: nil)
        }
        guard (0...65535).contains(port) else { throw Refusal.argument(.portOutOfRange, ["port": "\(port)"], language: nil) }
        for proxy in trustedProxy where !ClientAddress.isAddress(proxy) {
            throw Refusal.argument(.badProxyAddress, ["address": "\(proxy)"], language: nil)
        }
        let usersFile = users ?? AccountsFile.defaultPath(dir: folder)
        var hasAccounts = false
        if FileManager.default.fileExists(atPath: usersFile) {
            // A users file with errors would lock everyone out: say so before listening.
            do { hasAccounts = !(try AccountsFile.load(path: usersFile).accounts.isEmpty) } catch {
                if case .invalid(let diagnostics) = error { DiagnosticText().print(diagnostics) }
                throw Refusal.argument(.usersFileBroken, ["file": "\(usersFile)"], language: nil)
            }
        }
        if !hasAccounts, let refusal = HostPolicy.refusal(host: host, folder: folder) { throw Refusal.argument(refusal, language: nil) }
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        // Pages name files inside the served folder (`records/q1.yaml:14`), never the server's own
        // paths: the server works from within the folder, with the users file resolved first.
        let usersFile = users.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        guard FileManager.default.changeCurrentDirectoryPath(folder) else {
            throw Refusal.argument(.serveNeedsFolder, ["folder": "\(folder)"], language: nil)
        }
        let settings = ServerSettings(
            folder: ".", host: host, port: port,
            logger: Logger(label: "tally.serve"),
            usersFile: usersFile, secureCookies: secureCookies, trustedProxies: trustedProxy
        )
        let host = self.host
        let application = TallyServer(settings: settings).application { port in
            // The first line of output, so a script started with --port 0 learns the address.
            FileHandle.standardOutput.write(Data("listening on \(HostPolicy.url(host: host, port: port))\n".utf8))
        }
        try await application.runService()
    }
}
