import Foundation
import TallyCore
import TallyYAML

/// Prints diagnostics the way compilers do: `file:line:column: error[CODE]: what`, the line with a
/// caret, the fix, then any notes at second places, in the language `Language.chosen` picks.
struct DiagnosticPrinter {
    var color: Bool
    /// `--lang`, when given.
    var flag: Language?
    /// How many characters of the line to show on each side of the column.
    static let excerptRadius = 60

    /// Whether notes are printed (by `lint`; other commands show errors and warnings only, so
    /// `remind` in cron stays silent on an empty records folder).
    var notes: Bool

    init(language flag: Language? = nil, color: Bool = Terminal.isColorTerminal(fileDescriptor: 2), notes: Bool = false) {
        self.flag = flag
        self.color = color
        self.notes = notes
    }

    func language(of diagnostic: Diagnostic) -> Language { Language.chosen(flag: flag, programme: diagnostic.language) }

    /// Source lines already read, by file and line number (see `lines(of:)`).
    typealias Lines = [ObjectIdentifier: [Int: String]]

    func format(_ diagnostic: Diagnostic) -> String { format(diagnostic, lines: Self.lines(of: [diagnostic])) }

    /// The diagnostic with the lines it points at (read once per file for a whole run) under it.
    func format(_ diagnostic: Diagnostic, lines: Lines) -> String {
        let language = language(of: diagnostic)
        let code = diagnostic.code == .unclassified ? "" : "[\(diagnostic.code.rawValue)]"
        let word = DiagnosticWords.label(diagnostic.severity).text(in: language) + code + ":"
        let label = paint(word, diagnostic.severity == .error ? "31;1" : diagnostic.severity == .warning ? "33;1" : "34;1")
        var out = place(diagnostic.location) + label + " " + Excerpt.visible(diagnostic.message(in: language)) + "\n"
        if diagnostic.showsExcerpt { out += excerpt(diagnostic.source, diagnostic.start, diagnostic.width, lines) }
        let fix = diagnostic.fix(in: language)
        if !fix.isEmpty { out += "  " + paint(DiagnosticWords.fix.text(in: language) + ":", "36;1") + " " + Excerpt.visible(fix) + "\n" }
        for note in diagnostic.notes {
            out += place(note.location) + paint(DiagnosticWords.note.text(in: language) + ":", "1") + " " + Excerpt.visible(diagnostic.noteText(in: language)) + "\n"
            out += excerpt(note.source, note.start, note.width, lines)
        }
        return out
    }

    private func place(_ location: String?) -> String { location.map { paint($0 + ":", "1") + " " } ?? "" }

    /// The source line with a caret under the place, or nothing when there is no line to show.
    private func excerpt(_ source: SourceFile?, _ start: Mark?, _ width: Int, _ lines: Lines) -> String {
        guard let start, let source, let line = lines[ObjectIdentifier(source)]?[start.line] else { return "" }
        let excerpt = Excerpt(line: line, column: start.column, width: width, radius: Self.excerptRadius)
        let number = String(start.line)
        let gutter = String(repeating: " ", count: number.count)
        return " \(number) | \(excerpt.text)\n" + " \(gutter) | \(excerpt.padding)" + paint(String(repeating: "^", count: excerpt.caretWidth), "32;1") + "\n"
    }

    /// Prints every diagnostic, each file's in line order.
    func print(_ diagnostics: Diagnostics) {
        let items = Self.ordered(notes ? diagnostics.items : diagnostics.problems)
        let lines = Self.lines(of: items)
        var text = items.map { format($0, lines: lines) }.joined(separator: "\n")
        let notShown = diagnostics.dropped + diagnostics.droppedWarnings
        if notShown > 0 {
            let language = diagnostics.items.last.map(language(of:)) ?? Language.chosen(flag: flag, programme: nil)
            text += "\n" + DiagnosticWords.notShown(notShown).text(in: language) + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `programme.yaml: 2 errors, 1 warning` (or the template with errors that kept it from being
    /// checked), in the language of that programme's diagnostics.
    func summary(_ path: String, _ diagnostics: Diagnostics, blockedBy template: String? = nil) -> String {
        let language = diagnostics.items.first.map(language(of:)) ?? Language.chosen(flag: flag, programme: nil)
        let why = template.map(DiagnosticWords.blocked) ?? DiagnosticWords.count(errors: diagnostics.errorCount, warnings: diagnostics.warningCount)
        return "\(path): " + why.text(in: language) + "\n"
    }

    /// The lines the diagnostics and their notes point at, read once per file.
    static func lines(of items: [Diagnostic]) -> Lines {
        var wanted: [ObjectIdentifier: (SourceFile, Set<Int>)] = [:]
        func want(_ source: SourceFile?, _ start: Mark?) {
            guard let source, let start else { return }
            wanted[ObjectIdentifier(source), default: (source, [])].1.insert(start.line)
        }
        for item in items {
            if item.showsExcerpt { want(item.source, item.start) }
            for note in item.notes { want(note.source, note.start) }
        }
        return wanted.mapValues { $0.0.lines($0.1) }
    }

    /// Diagnostics grouped by file (in the order files first appear) and sorted by place within each.
    static func ordered(_ items: [Diagnostic]) -> [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for item in items where fileOrder[item.source?.path ?? ""] == nil { fileOrder[item.source?.path ?? ""] = fileOrder.count }
        return items.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            let keyX = (fileOrder[x.source?.path ?? ""]!, x.start?.line ?? 0, x.start?.column ?? 0, a.offset)
            let keyY = (fileOrder[y.source?.path ?? ""]!, y.start?.line ?? 0, y.start?.column ?? 0, b.offset)
            return keyX < keyY
        }.map(\.element)
    }

    func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}

/// Whether output goes to a terminal that wants colour (honours NO_COLOR).
enum Terminal {
    static func isColorTerminal(fileDescriptor: Int32) -> Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }
}
