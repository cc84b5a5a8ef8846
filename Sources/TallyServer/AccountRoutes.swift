import Foundation
import HTTPTypes
import Hummingbird
import TallyCore
import TallyReports

/// `GET /login`, `POST /login` (fields `user` and `password`) and `POST /logout` (field `csrf`,
/// checked by `AuthMiddleware` like every post made with a session).
struct AccountRoutes: Sendable {
    let site: Site
    var server: TallyServer { site.server }

    func register(on router: Router<TallyRequestContext>) {
        router.get("/login") { request, _ in
            loginPage(next: Self.safeNext(request.uri.queryParameters.get("next")), user: "", problem: nil, status: .ok)
        }
        router.post("/login") { request, context in try await login(request, context: context) }
        router.post("/logout") { request, context in logout(context) }
    }

    func login(_ request: Request, context: TallyRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request, limit: FormBody.smallLimit)
        let name = form.value("user") ?? "", password = form.value("password") ?? ""
        let next = Self.safeNext(form.value("next"))
        guard case .accounts(let file) = server.accounts.current() else {
            return loginPage(next: next, user: name, problem: Diagnostic(.recordingNeedsAccounts), status: .notFound)
        }
        guard !RequestOrigin.isCrossSite(request) else {
            return loginPage(next: next, user: name, problem: Diagnostic(.crossSiteSignIn), status: .forbidden)
        }
        let throttle = server.throttle
        if throttle.isLocked(name: name, address: context.address) {
            var response = loginPage(next: next, user: name, problem: Diagnostic(.signInThrottled), status: .tooManyRequests)
            response.headers[.retryAfter] = "\(Int(LoginThrottle.lockout))"
            return response
        }
        let account = file.account(named: name)
        // An unknown name costs as much as a wrong password, so timing does not tell names apart.
        let hash = account?.passwordHash ?? Credentials.decoyHash
        let matches = await OffPool.run { Credentials.verifyPassword(password, hash: hash) }
        guard let account, account.passwordHash != nil, matches else {
            throttle.failed(name: name, address: context.address)
            return loginPage(next: next, user: name, problem: Diagnostic(.signInFailed), status: .unauthorized)
        }
        let session = server.sessions.start(account: account.name, credential: account.passwordHash)
        var response = Response(status: .seeOther, headers: [.location: next])
        response.setCookie(sessionCookie(session.id))
        return response
    }

    /// Ends the session (its CSRF field was checked before) and clears the cookie.
    func logout(_ context: TallyRequestContext) -> Response {
        if let session = context.identity?.session { server.sessions.end(session.id) }
        var response = Response(status: .seeOther, headers: [.location: "/login"])
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    func sessionCookie(_ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: AuthMiddleware.cookieName, value: value, maxAge: maxAge, path: "/",
               secure: server.settings.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// Where to go after signing in: a path on this server only (never `//host` or a full address).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
              !next.contains(where: { $0.isNewline || $0 == "\\" || $0.asciiValue.map { $0 < 32 } ?? false }) else { return "/" }
        return next
    }

    /// The sign-in form, in both languages (no programme gives one yet), keeping the name typed.
    func loginPage(next: String, user: String, problem: Diagnostic?, status: HTTPResponse.Status) -> Response {
        let vi = AccountWords(.vi), en = AccountWords(.en), e = HTMLParts.escape
        func both(_ pick: (AccountWords) -> String) -> String { e(pick(vi)) + " — " + e(pick(en)) }
        var body = "<main>\n<section class=\"notice\">\n<h1>\(both(\.signIn))</h1>\n"
        if let problem { body += "<p class=\"form-error\" role=\"alert\">\(e(PageError.words(problem, nil)))</p>\n" }
        body += "<form class=\"login\" method=\"post\" action=\"/login\">\n<input type=\"hidden\" name=\"next\" value=\"\(e(next))\">\n"
        body += "<label for=\"user\">\(both(\.user))</label><input id=\"user\" name=\"user\" value=\"\(e(user))\" autocomplete=\"username\" autocapitalize=\"none\" required>\n"
        body += "<label for=\"password\">\(both(\.password))</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n"
        body += "<p><button type=\"submit\">\(both(\.signIn))</button></p>\n</form>\n</section>\n</main>\n"
        let html = HTMLParts(language: .vi, links: .inPage).document(title: "\(vi.signIn) — \(en.signIn)", body: body, style: PageLayout.style)
        return Answer.html(html, status: status)
    }
}
