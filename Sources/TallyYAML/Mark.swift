/// A position in a source file: 1-based line and column (in characters), and
/// the 0-based character offset libyaml reports.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int = 0) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// Moves the mark `count` characters to the right on the same line.
    public func advanced(by count: Int) -> Mark {
        Mark(line: line, column: column + count, offset: offset + count)
    }

    public var description: String { "\(line):\(column)" }
}
