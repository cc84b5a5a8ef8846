import Foundation

/// A string hashed and compared by its UTF-8 bytes, for keys that are already in one normal form
/// (`NameKey.of` gives NFC): `String`'s own hashing normalises every non-ASCII string again, which
/// is most of the cost of looking up a Vietnamese name.
struct UTF8Key: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        var (left, right) = (a.text, b.text)
        return left.withUTF8 { l in right.withUTF8 { r in l.count == r.count && (l.isEmpty || memcmp(l.baseAddress!, r.baseAddress!, l.count) == 0) } }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
