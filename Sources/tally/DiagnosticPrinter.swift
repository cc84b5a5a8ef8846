import Foundation
import TallyCore
import TallyYAML

/// Prints diagnostics the way compilers do: `file:line:column: error: what`, the line with a caret, and the fix.
struct DiagnosticPrinter {
    var color: Bool
    /// How many characters of the line to show on each side of the column.
    static let excerptRadius = 60

    /// Whether notes are printed (by `lint`; other commands show errors and warnings only, so
    /// `remind` in cron stays silent on an empty records folder).
    var notes: Bool

    init(color: Bool = Terminal.isColorTerminal(fileDescriptor: 2), notes: Bool = false) {
        self.color = color
        self.notes = notes
    }

    func format(_ diagnostic: Diagnostic) -> String {
        format(diagnostic, line: diagnostic.start.flatMap { diagnostic.source?.line($0.line) })
    }

    /// The diagnostic with `line`, the text of the line it points at, under it.
    func format(_ diagnostic: Diagnostic, line: String?) -> String {
        let label = switch diagnostic.severity {
        case .error: paint("error:", "31;1")
        case .warning: paint("warning:", "33;1")
        case .note: paint("note:", "34;1")
        }
        var out = (diagnostic.location.map { paint($0 + ":", "1") + " " } ?? "") + label + " " + Excerpt.visible(diagnostic.message) + "\n"
        if diagnostic.showsExcerpt, let start = diagnostic.start, let line {
            let excerpt = Excerpt(line: line, column: start.column, width: diagnostic.width, radius: Self.excerptRadius)
            let number = String(start.line)
            let gutter = String(repeating: " ", count: number.count)
            out += " \(number) | \(excerpt.text)\n"
            out += " \(gutter) | \(excerpt.padding)" + paint(String(repeating: "^", count: excerpt.caretWidth), "32;1") + "\n"
        }
        if let fix = diagnostic.fix { out += "  " + paint("fix:", "36;1") + " " + Excerpt.visible(fix) + "\n" }
        return out
    }

    /// Prints every diagnostic, each file's in line order.
    func print(_ diagnostics: Diagnostics) {
        let items = Self.ordered(notes ? diagnostics.items : diagnostics.problems)
        let lines = Self.lines(of: items)
        var text = items.map { item in
            format(item, line: item.source.flatMap { source in item.start.flatMap { lines[ObjectIdentifier(source)]?[$0.line] } })
        }.joined(separator: "\n")
        if diagnostics.dropped > 0 { text += "\n… and \(diagnostics.dropped) more errors not shown\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The lines the diagnostics point at, read once per file.
    static func lines(of items: [Diagnostic]) -> [ObjectIdentifier: [Int: String]] {
        var wanted: [ObjectIdentifier: (SourceFile, Set<Int>)] = [:]
        for item in items where item.showsExcerpt {
            guard let source = item.source, let start = item.start else { continue }
            wanted[ObjectIdentifier(source), default: (source, [])].1.insert(start.line)
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
