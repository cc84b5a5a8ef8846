import Foundation
import TallyCore

/// Prints diagnostics the way compilers do: `file:line:column: error: what`, the line with a caret, and the fix.
struct DiagnosticPrinter {
    var color: Bool

    init(color: Bool = Terminal.isColorTerminal(fileDescriptor: 2)) { self.color = color }

    func format(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.severity == .error ? paint("error:", "31;1") : paint("warning:", "33;1")
        var out = (diagnostic.location.map { paint($0 + ":", "1") + " " } ?? "") + label + " " + diagnostic.message + "\n"
        if let start = diagnostic.start, let line = diagnostic.source?.line(start.line) {
            let number = String(start.line)
            let gutter = String(repeating: " ", count: number.count)
            out += " \(number) | \(line)\n"
            out += " \(gutter) | \(caretPadding(line, column: start.column))" + paint(String(repeating: "^", count: caretWidth(line, start.column, diagnostic.width)), "32;1") + "\n"
        }
        if let fix = diagnostic.fix { out += "  " + paint("fix:", "36;1") + " " + fix + "\n" }
        return out
    }

    func print(_ diagnostics: Diagnostics) {
        var text = diagnostics.items.map(format).joined(separator: "\n")
        if diagnostics.dropped > 0 { text += "\n… and \(diagnostics.dropped) more errors not shown\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Spaces (tabs kept) under the first `column - 1` characters, so the caret lands under the column.
    func caretPadding(_ line: String, column: Int) -> String {
        var padding = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: padding.append(scalar == "\t" ? "\t" : " ")
            }
        }
        return padding
    }

    func caretWidth(_ line: String, _ column: Int, _ width: Int) -> Int {
        let remaining = line.unicodeScalars.count - (column - 1)
        return max(1, min(width, remaining))
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
