import TallyCore
import TallyReports

/// The frame of every page: a navigation bar (summary › programme › target or reminders), the
/// as-of form (a plain GET form, no script), then the body made of the HTML report's parts.
struct PageLayout {
    let language: Language
    let asOf: AsOf
    /// The breadcrumb trail after the summary: label and address; the last is the current page.
    var trail: [(label: String, href: String)] = []
    /// The path the as-of form submits to, and extra fields it keeps (e.g. `within`).
    var formPath: String
    var formFields: [(name: String, value: String)] = []
    /// Fields the form shows beside the date, with their labels.
    var shownFields: [(name: String, label: String, value: String)] = []

    var words: PageWords { PageWords(language) }

    func render(title: String, body: String, links: HTMLLinks) -> String {
        let parts = HTMLParts(language: language, links: links)
        return parts.document(title: title, body: header() + "<main>\n" + body + "</main>\n", style: Self.style + DiagnosticHTML.style)
    }

    func header() -> String {
        let e = HTMLParts.escape
        var crumbs = ["<a href=\"\(e(asOf.link("/")))\">\(e(words.home))</a>"]
        for (index, step) in trail.enumerated() {
            let current = index == trail.count - 1 ? " aria-current=\"page\"" : ""
            crumbs.append("<a href=\"\(e(asOf.link(step.href)))\"\(current)>\(e(step.label))</a>")
        }
        var out = "<header class=\"site\">\n<nav aria-label=\"\(e(words.navigation))\">" + crumbs.joined(separator: "<span aria-hidden=\"true\"> › </span>") + "</nav>\n" + AccountBar.marker + "\n"
        out += "<form class=\"asof\" method=\"get\" action=\"\(e(formPath))\">"
        out += "<label for=\"as-of\">\(e(words.asOf))</label> "
        out += "<input type=\"date\" id=\"as-of\" name=\"as-of\" value=\"\(asOf.day)\" required> "
        for field in formFields { out += "<input type=\"hidden\" name=\"\(e(field.name))\" value=\"\(e(field.value))\">" }
        for field in shownFields {
            out += "<label for=\"\(e(field.name))\">\(e(field.label))</label> "
            out += "<input type=\"text\" id=\"\(e(field.name))\" name=\"\(e(field.name))\" value=\"\(e(field.value))\" size=\"4\" inputmode=\"text\" pattern=\"[0-9]+[dw]\"> "
        }
        out += "<button type=\"submit\">\(e(words.show))</button>"
        let kept = formFields + shownFields.map { (name: $0.name, value: $0.value) }
        if asOf.explicit { out += " <a href=\"\(e(formPath + AsOf.query(kept)))\">\(e(words.today))</a>" }
        return out + "</form>\n</header>\n"
    }

    static let style = """
    header.site{background:#fff;border-bottom:1px solid #d1d9e0;padding:.5rem max(1.25rem,calc((100% - 60rem)/2 + 1.25rem));display:flex;flex-wrap:wrap;gap:.4rem 1.5rem;align-items:center;justify-content:space-between}
    header.site nav{font-size:.95rem;overflow-wrap:anywhere}
    header.site nav a{display:inline-block;max-width:min(24rem,60vw);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
    header.site nav a[aria-current]{color:#1f2328;font-weight:600;text-decoration:none}
    form.asof{display:flex;flex-wrap:wrap;gap:.3rem .5rem;align-items:center;font-size:.9rem}
    form.asof input,form.asof button{font:inherit;padding:.2rem .4rem;border:1px solid #d1d9e0;border-radius:6px;background:#fff}
    form.asof button{background:#0969da;border-color:#0969da;color:#fff;cursor:pointer}
    .target-head h1{margin:0;font-size:1.3rem;flex:1 1 20rem}
    pre.explain{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #d1d9e0;border-radius:8px;padding:.8rem 1rem;font:.85rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
    .notice{background:#fff;border:1px solid #d1d9e0;border-radius:10px;padding:1rem 1.25rem;margin:0 0 1.5rem}
    .notice.errors{border-left:6px solid #cf222e}
    ul.links{padding-left:1.2rem}
    .account{display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:center;font-size:.9rem}
    .account form{display:inline;margin:0}
    .account button,form.record button,form.login button{font:inherit;padding:.25rem .7rem;border:1px solid #0969da;border-radius:6px;background:#0969da;color:#fff;cursor:pointer}
    .account button{background:#fff;color:#0969da}
    form.record label,form.login label{display:block;font-weight:600;margin:.8rem 0 .2rem}
    form.record input,form.record select,form.login input{font:inherit;width:100%;max-width:28rem;box-sizing:border-box;padding:.35rem .5rem;border:1px solid #d1d9e0;border-radius:6px;background:#fff}
    .field-error,.form-error{color:#cf222e;margin:.2rem 0}
    .recorded{border-left:6px solid #1a7f37}
    @media (max-width:40rem){header.site{padding:.5rem}header.site nav a{max-width:calc(100vw - 7rem)}.target-head h1{font-size:1.15rem}}
    @media print{header.site form{display:none}header.site{border:0;padding:0 0 .5rem}pre.explain{border:0;padding:0}}

    """
}

/// The date a page is evaluated as of: today unless the address gives `?as-of=`.
struct AsOf: Sendable {
    var day: Day
    /// Whether the address gave it; links then carry it on, so the whole site shows that day.
    var explicit: Bool

    /// `path` with `?as-of=` when the date was given.
    func link(_ path: String) -> String { explicit ? path + (path.contains("?") ? "&" : "?") + "as-of=\(day)" : path }

    /// A query string for `fields`, or nothing.
    static func query(_ fields: [(name: String, value: String)]) -> String {
        fields.isEmpty ? "" : "?" + fields.map { "\($0.name)=\(PathComponents.encode($0.value))" }.joined(separator: "&")
    }
}
