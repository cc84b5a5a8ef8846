import TallyYAML

/// The part of a source line shown under a diagnostic: clipped around the column, with control
/// characters made visible, and the caret padding measured in terminal cells (wide characters
/// such as emoji and CJK take two).
public struct Excerpt: Sendable {
    public var text: String
    public var padding: String
    public var caretWidth: Int

    public init(line: String, column: Int, width: Int, radius: Int) {
        let scalars = Array(line.unicodeScalars)
        let position = min(max(column - 1, 0), scalars.count)
        let from = max(0, position - radius)
        let to = min(scalars.count, position + max(width, 1) + radius)
        // The shown part cut from the line itself (appending its scalars one by one cost far more).
        let view = line.unicodeScalars
        let start = view.index(view.startIndex, offsetBy: from)
        let shown = String(view[start..<view.index(start, offsetBy: to - from)])
        text = (from > 0 ? "…" : "") + Excerpt.visible(shown) + (to < scalars.count ? "…" : "")
        var pad = from > 0 ? " " : ""
        for scalar in scalars[from..<position] {
            if scalar == "\t" { pad += "\t"; continue }
            pad += String(repeating: " ", count: Excerpt.cells(scalar))
        }
        padding = pad
        let underlined = scalars[position..<min(scalars.count, position + max(width, 1))]
        caretWidth = max(1, min(underlined.reduce(0) { $0 + Excerpt.cells($1) }, 2 * radius))
    }

    /// Terminal cells a character takes: 0 for combining marks, 2 for wide ones, else 1.
    public static func cells(_ scalar: Unicode.Scalar) -> Int {
        // Printable ASCII and the Latin letter blocks take one cell: answered without looking up
        // their Unicode properties.
        let value = scalar.value
        if (0x20..<0x7F).contains(value) || LatinBlocks.holds(value) { return 1 }
        return cellsByProperties(scalar)
    }

    /// The same, from the character's Unicode properties.
    static func cellsByProperties(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isControl(scalar) { return 1 }
        let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value)
        return wide || scalar.properties.isEmojiPresentation ? 2 : 1
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value)
    }

    /// Text with control characters shown as `␀`-style symbols or `\u{..}`, so a diagnostic can
    /// never move the cursor or colour the terminal.
    public static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                if scalar.value < 0x20, let symbol = Unicode.Scalar(0x2400 + scalar.value) { out.append(symbol) } else { out.append("�") }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
