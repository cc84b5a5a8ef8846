import Hummingbird
import TallyCore
import TallyReports

/// Who is signed in, shown in every page's header: the name and role, a link to the record form
/// on a programme's pages when the account may record there, and the sign-out form with its
/// CSRF field. Pages are cached for every reader, so the bar is put in per request, in place of
/// `marker`.
struct AccountBar {
    static let marker = "<!--account-->"
    let identity: Identity?
    let language: Language
    let slug: String?

    func html() -> String {
        guard let identity else { return "" }
        let words = AccountWords(language), e = HTMLParts.escape
        var out = "<div class=\"account\"><span>\(e(words.signedInAs)): <strong>\(e(identity.account.name))</strong> (\(e(words.role(identity.account.role))))</span>"
        if let slug, Access.mayRecordSomething(identity.account, programme: slug) {
            out += "<a href=\"\(e(Site.programmePath(slug) + "/record"))\">\(e(words.record))</a>"
        }
        if let session = identity.session {
            out += "<form method=\"post\" action=\"/logout\">\(CSRFField.html(session))<button type=\"submit\">\(e(words.signOut))</button></form>"
        }
        return out + "</div>"
    }

    func insert(into page: String) -> String {
        guard let range = page.range(of: Self.marker) else { return page }
        return page.replacingCharacters(in: range, with: html())
    }
}

/// The hidden `csrf` field every posting form carries, bound to the session.
enum CSRFField {
    static func html(_ session: SessionStore.Session?) -> String {
        guard let session else { return "" }
        return "<input type=\"hidden\" name=\"csrf\" value=\"\(HTMLParts.escape(session.csrf))\">"
    }
}

extension Site {
    /// A page for the viewer: the cached HTML with their account bar.
    func page(_ html: String, language: Language, slug: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        Answer.html(AccountBar(identity: viewer, language: language, slug: slug).insert(into: html), status: status)
    }
}
