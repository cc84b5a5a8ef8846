/// The known field each record field name of a run is probably a misspelling of (see
/// `Suggestion.probableMisspelling`), worked out once per name and list of known names: every
/// records file of a roll-up has the same few fields of its own, and each new name was compared
/// with every known one again, file after file.
enum MisspellingMemo {
    private struct Key: Hashable {
        var name: UTF8Key
        var known: UTF8Key
    }

    private static let answers = BoundedMemo<Key, String?>(limit: 16_384)

    /// The known name `name` probably misspells; `signature` is the known names as one text.
    static func meant(by name: String, among known: [String], signature: String) -> String? {
        answers.value(for: Key(name: UTF8Key(name), known: UTF8Key(signature))) { Suggestion.probableMisspelling(of: name, among: known) }
    }
}
