import Testing
@testable import TallyYAML

/// `NodeContentKey`: nodes equal by what they say (scalars byte for byte, styles, tags,
/// structure), wherever they are; a detached key equals the key it came from.
@Suite struct NodeContentKeyTests {
    static func root(_ text: String, path: String = "a.yaml") -> Node {
        YAMLDocument().parse(SourceFile(path: path, bytes: Array(text.utf8))).root!
    }

    @Test func samePlaceOrNotEqualByContent() {
        let a = NodeContentKey(Self.root("# one\n- {id: x, title: Hội nghị, at-least: 2}\n", path: "a.yaml").sequence![0])
        let b = NodeContentKey(Self.root("\n\n- {id: x, title: Hội nghị, at-least: 2}\n", path: "b.yaml").sequence![0])
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a.detached() == b && a.detached().hashValue == b.hashValue)
        #expect(a.detached().node.source.path == "", "a detached key holds no file")
    }

    @Test(arguments: [
        "{id: x, title: Hội nghị, at-least: \"2\"}",      // quoted: another style
        "{id: x, title: Hội nghị, at-least: 3}",          // another value
        "{id: x, title: Hô\u{323}i nghị, at-least: 2}",   // the same title in NFD
        "{id: x, at-least: 2, title: Hội nghị}",          // another order
        "{id: x, title: Hội nghị, at-least: !!str 2}",    // a tag
        "{id: x, title: Hội nghị}",                       // fewer keys
        "[x, Hội nghị, 2]",                               // a sequence
    ])
    func anyDifferenceInWhatItSaysMakesAnotherKey(_ other: String) {
        let a = NodeContentKey(Self.root("{id: x, title: Hội nghị, at-least: 2}"))
        #expect(a != NodeContentKey(Self.root(other)))
    }
}
