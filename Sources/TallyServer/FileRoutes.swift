import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import TallyCore

/// `/files/PATH`: the evidence and records files below the served folder, and nothing else.
struct FileRoutes: Sendable {
    let site: Site

    func register(on router: Router<TallyRequestContext>) {
        router.get("/files/**") { request, context in try await serve(request, site: site.seen(by: context)) }
    }

    func serve(_ request: Request, site: Site) async throws -> Response {
        guard let components = PathComponents.decode(request.uri.path, dropping: 1),
              let file = ServedFile.resolve(components, in: site.settings.folder),
              await site.mayReadFile(file),
              let data = FileManager.default.contents(atPath: file) else {
            throw PageError.noSuchPage()
        }
        var headers: HTTPFields = [.contentType: ServedFile.contentType(of: file)]
        // A served file never runs: no script, no plug-in, even when it is HTML or SVG.
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox; frame-ancestors 'none'"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Which file a `/files/` address names: a regular file inside the served folder once every link
/// is resolved, with no hidden part (`.tally/`, `.git/`, dotfiles) on the way.
enum ServedFile {
    static func resolve(_ components: [String], in folder: String) -> String? {
        guard !components.isEmpty, !components.contains(where: { $0.hasPrefix(".") }) else { return nil }
        guard let base = realPath(folder), let real = realPath(folder + "/" + components.joined(separator: "/")) else { return nil }
        let prefix = base == "/" ? "/" : base + "/"
        guard real.hasPrefix(prefix) else { return nil }
        let inside = real.dropFirst(prefix.count).split(separator: "/")
        guard !inside.contains(where: { $0.hasPrefix(".") }) else { return nil }
        var info = stat()
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return real
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The content type by extension; text types say UTF-8, unknown ones are plain bytes.
    static func contentType(of path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "yaml", "yml", "md", "txt": return "text/plain; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        default: break
        }
        guard let type = MediaType.getMediaType(forExtension: ext) else { return "application/octet-stream" }
        return type.type == .text ? "\(type); charset=utf-8" : "\(type)"
    }
}
