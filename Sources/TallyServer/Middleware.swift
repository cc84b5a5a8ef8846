import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import TallyCore

/// One log line per request, once it is answered: method, path, status and time taken.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status.code, since: start)
            return response
        } catch let error as any HTTPResponseError {
            log(request, status: error.status.code, since: start)
            throw error
        } catch {
            log(request, status: 500, since: start)
            throw error
        }
    }

    func log(_ request: Request, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info("\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", milliseconds)) ms")
    }
}

/// Headers that keep pages and served files inert: no script, no external resource, no framing,
/// no sniffing of content types, no referrer.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String { "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.policy }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        return response
    }
}

/// Turns errors into answers a person or a program can read: an HTML page for pages, a JSON
/// `{"error": ...}` for the API.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = TallyRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PageError {
            return answer(request, status: error.status, message: error.message, language: error.language, code: error.code)
        } catch let error as HTTPError where error.status == .notFound {
            let page = PageError.noSuchPage()
            return answer(request, status: page.status, message: page.message, language: nil, code: page.code)
        } catch let error as HTTPError {
            return answer(request, status: error.status, message: error.body ?? error.status.reasonPhrase, language: nil)
        }
    }

    func answer(_ request: Request, status: HTTPResponse.Status, message: String, language: Language?, code: String? = nil) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            return Answer.json(.object([("error", .string(message))] + (code.map { [("code", .string($0))] } ?? [])), status: status)
        }
        return Answer.html(ErrorPage(status: status, message: message, language: language).render(), status: status)
    }
}
