import HTTPTypes
import Hummingbird
import NIOCore
import TallyCore
import TallyReports

/// An error a route answers with: its status, and a message in the page's language.
struct PageError: Error {
    var status: HTTPResponse.Status
    var message: String
    var language: Language?
    /// The catalogue code of a refusal, given to API clients beside the message.
    var code: String?

    /// `404` for an address that leads to no page (`no-such-page`).
    /// The address is not repeated: a page never says which files exist.
    static func noSuchPage(_ language: Language? = nil) -> PageError { refusal(.notFound, Diagnostic(.noSuchPage), language) }

    /// `404` for an address naming a programme that is not served (`no-such-programme`).
    static func noSuchProgramme(_ slug: String) -> PageError {
        refusal(.notFound, Diagnostic(.noSuchProgramme, ["slug": LocalizedText(slug)]))
    }

    /// `400` for a form whose fields cannot be read (`bad-form`).
    static func badForm(_ problem: String) -> PageError {
        refusal(.badRequest, Diagnostic(.badForm, ["problem": LocalizedText(problem)]))
    }
}

/// Responses with a body and its content type.
enum Answer {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(text, type: "text/html; charset=utf-8", status: status)
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        body(value.serialized() + "\n", type: "application/json; charset=utf-8", status: status)
    }

    static func jsonText(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(text, type: "application/json; charset=utf-8", status: status)
    }

    static func body(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The page of a 404 or 400: what went wrong and the way back to the summary.
struct ErrorPage {
    let status: HTTPResponse.Status
    let message: String
    let language: Language?

    func render() -> String {
        let words = PageWords(language ?? .vi), english = PageWords(.en), e = HTMLParts.escape
        let heading: String
        if let language {
            heading = PageWords(language).heading(status)
        } else {
            heading = "\(words.heading(status)) — \(english.heading(status))"
        }
        var body = "<main>\n<section class=\"notice errors\">\n<p class=\"eyebrow\">\(status.code)</p>\n<h1>\(e(heading))</h1>\n"
        body += "<p>\(e(message))</p>\n<p><a href=\"/\">\(e((language.map(PageWords.init) ?? words).backHome))</a></p>\n</section>\n</main>\n"
        return HTMLParts(language: language ?? .vi, links: .inPage).document(title: "\(status.code) — \(heading)", body: body, style: PageLayout.style)
    }
}
