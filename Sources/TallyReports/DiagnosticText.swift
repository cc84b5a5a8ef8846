import Foundation
import TallyCore

/// Diagnostics as text, the way compilers print them: `file:line:column: lỗi[CODE]: what`, the
/// line with a caret, the fix, then any notes at second places (laid out by `DiagnosticLayout`).
public struct DiagnosticText: Sendable {
    public var layout: DiagnosticLayout
    public var color: Bool

    public init(language flag: Language? = nil, color: Bool = Terminal.isColorTerminal(fileDescriptor: 2), notes: Bool = false) {
        layout = DiagnosticLayout(language: flag, notes: notes)
        self.color = color
    }

    /// Every diagnostic of a run, blank-line separated, then the count the cap left out.
    public func render(_ diagnostics: Diagnostics) -> String {
        var text = layout.shown(diagnostics).map(render).joined(separator: "\n")
        if let notShown = layout.notShownLine(diagnostics) { text += "\n" + notShown + "\n" }
        return text
    }

    /// Prints `render(diagnostics)` on standard error.
    public func print(_ diagnostics: Diagnostics) {
        FileHandle.standardError.write(Data(render(diagnostics).utf8))
    }

    public func render(_ item: ShownDiagnostic) -> String {
        let label = paint(item.label + ":", item.severity == .error ? "31;1" : item.severity == .warning ? "33;1" : "34;1")
        var out = place(item.location) + label + " " + item.message + "\n"
        out += quote(item.quote)
        if !item.fix.isEmpty { out += "  " + paint(item.fixLabel + ":", "36;1") + " " + item.fix + "\n" }
        for note in item.notes {
            out += place(note.location) + paint(note.label + ":", "1") + " " + note.text + "\n"
            out += quote(note.quote)
        }
        return out
    }

    /// `programme.yaml: 2 errors, 1 warning` in the language of that programme's diagnostics, or
    /// the template with errors that kept it from being checked, in the template's language.
    public func summary(_ path: String, _ diagnostics: Diagnostics, blockedBy template: String? = nil, templateLanguage: Language? = nil) -> String {
        let language = diagnostics.items.first.map(layout.language(of:)) ?? Language.chosen(flag: layout.flag, programme: templateLanguage)
        let why = template.map(DiagnosticWords.blocked) ?? DiagnosticWords.count(errors: diagnostics.errorCount, warnings: diagnostics.warningCount)
        return "\(path): " + why.text(in: language) + "\n"
    }

    private func place(_ location: String?) -> String { location.map { paint($0 + ":", "1") + " " } ?? "" }

    private func quote(_ quote: ShownDiagnostic.Quote?) -> String {
        guard let quote else { return "" }
        let number = String(quote.lineNumber), gutter = String(repeating: " ", count: number.count)
        return " \(number) | \(quote.excerpt.text)\n" + " \(gutter) | \(quote.excerpt.padding)"
            + paint(String(repeating: "^", count: quote.excerpt.caretWidth), "32;1") + "\n"
    }

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}

/// Whether output goes to a terminal that wants colour (honours NO_COLOR).
public enum Terminal {
    public static func isColorTerminal(fileDescriptor: Int32) -> Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }
}
