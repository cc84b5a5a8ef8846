import TallyCore

/// Diagnostics as HTML, for the server's page of a programme with errors: the same pieces as
/// `DiagnosticText` (place, label with code, message, the source line with its caret, fix, notes)
/// laid out by the same `DiagnosticLayout`, every piece of text escaped.
public struct DiagnosticHTML: Sendable {
    public var layout: DiagnosticLayout
    /// A folder prefix left out of the places shown (the served folder), so pages show
    /// `unit/programme.yaml:3:5` rather than a path on the server.
    public var folder: String?

    public init(language flag: Language? = nil, folder: String? = nil) {
        layout = DiagnosticLayout(language: flag, notes: false)
        self.folder = folder
    }

    /// Every diagnostic of a run as a list, then the count the cap left out.
    public func render(_ diagnostics: Diagnostics) -> String {
        var out = "<ol class=\"diagnostics\">\n"
        for item in layout.shown(diagnostics) { out += render(item) }
        out += "</ol>\n"
        if let notShown = layout.notShownLine(diagnostics) { out += "<p class=\"muted\">\(e(notShown))</p>\n" }
        return out
    }

    public func render(_ item: ShownDiagnostic) -> String {
        var out = "<li class=\"diagnostic \(item.severity.rawValue)\" lang=\"\(item.language.rawValue)\">\n<p>"
        out += place(item.location) + "<strong class=\"label\">\(e(item.label)):</strong> \(e(item.message))</p>\n"
        out += quote(item.quote)
        if !item.fix.isEmpty { out += "<p class=\"fix\"><strong>\(e(item.fixLabel)):</strong> \(e(item.fix))</p>\n" }
        for note in item.notes {
            out += "<p class=\"note\">" + place(note.location) + "<strong>\(e(note.label)):</strong> \(e(note.text))</p>\n"
            out += quote(note.quote)
        }
        return out + "</li>\n"
    }

    private func place(_ location: String?) -> String {
        guard var location else { return "" }
        if let folder, !folder.isEmpty {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            if location.hasPrefix(prefix) { location.removeFirst(prefix.count) }
        }
        return "<code class=\"place\">\(e(location)):</code> "
    }

    /// The line and the caret in a preformatted block, so the caret stands under the place.
    private func quote(_ quote: ShownDiagnostic.Quote?) -> String {
        guard let quote else { return "" }
        let number = String(quote.lineNumber), gutter = String(repeating: " ", count: number.count)
        let caret = String(repeating: "^", count: quote.excerpt.caretWidth)
        return "<pre class=\"excerpt\">\(number) | \(e(quote.excerpt.text))\n\(gutter) | \(e(quote.excerpt.padding))<span class=\"caret\">\(caret)</span></pre>\n"
    }

    private func e(_ text: String) -> String { HTML.escape(text) }

    /// The stylesheet of these parts, for pages that show them.
    public static let style = """
    ol.diagnostics{list-style:none;padding:0;margin:0}
    li.diagnostic{border-top:1px solid #d1d9e0;padding:.6rem 0}
    li.diagnostic p{margin:.2rem 0;overflow-wrap:anywhere}
    li.diagnostic .label{color:#cf222e}
    li.diagnostic.warning .label{color:#9a6700}
    li.diagnostic code.place{font-weight:600}
    pre.excerpt{margin:.3rem 0;overflow-x:auto;white-space:pre;background:#f6f8fa;border-radius:6px;padding:.4rem .6rem;font:.85rem/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
    pre.excerpt .caret{color:#1a7f37;font-weight:700}
    li.diagnostic p.fix strong{color:#0969da}

    """
}
