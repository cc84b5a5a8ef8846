import TallyCore
import TallyYAML

/// Lays out a run's diagnostics for showing: each in the language `Language.chosen` picks, each
/// file's in line order, with the source lines they point at (each file read once per run).
/// `DiagnosticText` prints the result on a terminal, `DiagnosticHTML` on the server's error page.
public struct DiagnosticLayout: Sendable {
    /// `--lang`, when given.
    public var flag: Language?
    /// Whether notes are shown (by `lint`; other commands show errors and warnings only, so
    /// `remind` in cron stays silent on an empty records folder).
    public var notes: Bool
    /// How many characters of the line to show on each side of the column.
    public static let excerptRadius = 60

    public init(language flag: Language? = nil, notes: Bool = false) {
        self.flag = flag
        self.notes = notes
    }

    public func language(of diagnostic: Diagnostic) -> Language { Language.chosen(flag: flag, programme: diagnostic.language) }

    /// The language of a run's closing lines: its last diagnostic's, else the flag or the locale.
    public func language(of diagnostics: Diagnostics) -> Language {
        diagnostics.items.last.map(language(of:)) ?? Language.chosen(flag: flag, programme: nil)
    }

    /// The diagnostics to show, in order.
    public func shown(_ diagnostics: Diagnostics) -> [ShownDiagnostic] {
        let items = Self.ordered(notes ? diagnostics.items : diagnostics.problems)
        let lines = Self.lines(of: items)
        return items.map { shown($0, lines: lines) }
    }

    /// `… and 12 more errors not shown` (or warnings), when the cap dropped some.
    public func notShownLine(_ diagnostics: Diagnostics) -> String? {
        guard diagnostics.dropped + diagnostics.droppedWarnings > 0 else { return nil }
        return DiagnosticWords.notShown(errors: diagnostics.dropped, warnings: diagnostics.droppedWarnings).text(in: language(of: diagnostics))
    }

    /// Source lines already read, by file and line number.
    public typealias Lines = [ObjectIdentifier: [Int: String]]

    public func shown(_ diagnostic: Diagnostic, lines: Lines) -> ShownDiagnostic {
        let language = language(of: diagnostic)
        let label = DiagnosticWords.label(diagnostic.severity).text(in: language) + "[\(diagnostic.code.rawValue)]"
        let noteLabel = DiagnosticWords.note.text(in: language), noteText = Excerpt.visible(diagnostic.noteText(in: language))
        return ShownDiagnostic(
            severity: diagnostic.severity, location: diagnostic.location, label: label,
            message: Excerpt.visible(diagnostic.message(in: language)),
            quote: diagnostic.showsExcerpt ? quote(diagnostic.source, diagnostic.start, diagnostic.width, lines) : nil,
            fixLabel: DiagnosticWords.fix.text(in: language), fix: Excerpt.visible(diagnostic.fix(in: language)),
            notes: diagnostic.notes.map { note in
                ShownDiagnostic.Note(location: note.location, label: noteLabel, text: noteText,
                                     quote: quote(note.source, note.start, note.width, lines))
            },
            language: language
        )
    }

    /// The source line with the caret under the place, or nothing when there is no line to show.
    private func quote(_ source: SourceFile?, _ start: Mark?, _ width: Int, _ lines: Lines) -> ShownDiagnostic.Quote? {
        guard let start, let source, let line = lines[ObjectIdentifier(source)]?[start.line] else { return nil }
        return ShownDiagnostic.Quote(lineNumber: start.line, excerpt: Excerpt(line: line, column: start.column, width: width, radius: Self.excerptRadius))
    }

    /// The lines the diagnostics and their notes point at, read once per file.
    public static func lines(of items: [Diagnostic]) -> Lines {
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
    public static func ordered(_ items: [Diagnostic]) -> [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for item in items where fileOrder[item.source?.path ?? ""] == nil { fileOrder[item.source?.path ?? ""] = fileOrder.count }
        return items.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            let keyX = (fileOrder[x.source?.path ?? ""]!, x.start?.line ?? 0, x.start?.column ?? 0, a.offset)
            let keyY = (fileOrder[y.source?.path ?? ""]!, y.start?.line ?? 0, y.start?.column ?? 0, b.offset)
            return keyX < keyY
        }.map(\.element)
    }
}
