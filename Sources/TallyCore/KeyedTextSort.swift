/// A text to write once every text of a run is in, and where it goes: its section, then its day,
/// then the order it came in. `texts` holds the same text in each language it may be written in
/// (the language is known only at the end), or just one.
public struct KeyedText: Sendable {
    public var section: Int
    public var day: Int
    public var sequence: Int
    public var texts: [String]

    public init(section: Int, day: Int, sequence: Int, texts: [String]) {
        self.section = section
        self.day = day
        self.sequence = sequence
        self.texts = texts
    }

    /// The order texts are written in: by section, then day, then the order they came in.
    public static func precedes(_ a: KeyedText, _ b: KeyedText) -> Bool {
        (a.section, a.day, a.sequence) < (b.section, b.day, b.sequence)
    }
}

/// Texts put in order on disk as they come (the external sort of the roll-ups): the reminders of a
/// tree of thousands of programmes, sorted by date, without holding them all.
public final class KeyedTextSort {
    private let sort: ExternalSort<KeyedText>

    public init(runLength: Int = 4_096) {
        sort = ExternalSort(SpoolOrder(encode: { text, writer in
            writer.int(text.section)
            writer.int(text.day)
            writer.int(text.sequence)
            writer.int(text.texts.count)
            for item in text.texts { writer.text(item) }
        }, decode: { reader in
            let section = reader.int(), day = reader.int(), sequence = reader.int(), count = reader.int()
            return KeyedText(section: section, day: day, sequence: sequence, texts: (0..<count).map { _ in reader.text() })
        }, less: KeyedText.precedes), runLength: runLength)
    }

    public func add(_ text: KeyedText) { sort.add(text) }

    public var count: Int { sort.count }

    /// The texts in order, to read as often as needed.
    public func finish() -> SortedRows<KeyedText> { sort.finish() }
}
