import TallyYAML

/// An id a records file gives (`id:`) or names (`responds-to:`), and where: 24 bytes (a short id
/// is held inline by its `String`), not the 40 of a `String` and a `Mark`, for each of a hundred
/// thousand proposals and answers while a file is read and its ids are checked.
struct IDMention: Sendable {
    var id: String
    private var line: Int32
    private var column: Int32

    init(_ id: String, at mark: Mark) {
        self.id = id
        line = Int32(clamping: mark.line)
        column = Int32(clamping: mark.column)
    }

    /// Where the id is written (its line and column; diagnostics need no more).
    var mark: Mark { Mark(line: Int(line), column: Int(column)) }
}
