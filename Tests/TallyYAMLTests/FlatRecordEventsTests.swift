import Foundation
import Testing
@testable import TallyYAML

/// `FlatRecordEvents` against libyaml: wherever the plain reader does not give up, its events
/// (kinds, marks, styles, bytes) are libyaml's to the letter; where libyaml fails, it gives up.
@Suite struct FlatRecordEventsTests {
    /// One event as both readers describe it.
    struct Seen: Equatable, CustomStringConvertible {
        var kind: YAMLEventKind
        var start: Mark
        var end: Mark
        var style: ScalarStyle?
        var bytes: [UInt8]?
        /// For a document's start or end: whether it was implicit (no `---` or `...`).
        var implicit: Bool?
        var description: String {
            "\(kind) \(start)/\(start.offset)-\(end)/\(end.offset)" + (bytes.map { " \(style!) [\(String(decoding: $0, as: UTF8.self))]" } ?? "")
        }
    }

    /// Every event of `events` to the stream's end, or nil at an error.
    static func events(_ events: some YAMLEventSource) -> [Seen]? {
        var seen: [Seen] = []
        while true {
            guard let kind = try? events.next() else { return nil }
            let scalar = kind == .scalar
            let document = kind == .documentStart || kind == .documentEnd
            seen.append(Seen(kind: kind, start: events.start, end: events.end, style: scalar ? events.scalarStyle : nil,
                             bytes: scalar ? Array(events.scalarBytes) : nil, implicit: document ? events.isImplicitDocumentMarker : nil))
            if kind == .streamEnd { return seen }
        }
    }

    /// libyaml's events and the plain reader's for `text`: nil for the latter when it gave up.
    static func both(_ bytes: [UInt8]) -> (libyaml: [Seen]?, flat: [Seen]?) {
        let source = SourceFile(path: "records.yaml", bytes: bytes)
        let flat = FlatRecordEvents(source: source)
        let flatEvents = events(flat)
        #expect((flatEvents == nil) == flat.gaveUp)
        return (events(YAMLEventReader(source: source)), flatEvents)
    }

    static let plain = """
        # Hồ sơ năm 2024

        - date: 2024-01-02
          unit: "Tổ 1"   
          n: -5
          note: a:b, c#d [x] {y} – Đề xuất số 0
        # giữa
        - date: x
          t: 'a b'
          url: http://example.org/a?b=c
          empty-quoted: ""

        - date: 2024-03-04
          kind: visit   
        """

    @Test func plainFileGivesLibyamlsEvents() throws {
        let windows = Self.plain.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        for text in [Self.plain, Self.plain + "\n", Self.plain + "\n\n   \n", "- a: b", "- a: b\n  a: c\n", windows, "- a: b\r\n\r\n  c: 'd'\r\n",
                     "---\n" + Self.plain, "# c\n\n---\r\n- a: b\r\n", "---\n- {a: b}\n"] {
            let (libyaml, flat) = Self.both(Array(text.utf8))
            let expected = try #require(libyaml)
            #expect(flat == expected, "\(text)")
        }
    }

    /// Records on one line in braces, and fields holding a list on one line, as clerks' tools and
    /// spreadsheets exported to YAML write them.
    static let flow = """
        # Sổ theo dõi
        - {date: 2024-01-02, unit: Tổ công đoàn Nữ công, so-tien: 100000, title: "Tặng quà, con đoàn viên"}
        - {date: 20/9/2024,activity: x , evidence: [bien-ban/a.pdf, 'ảnh b.jpg' ,c], n: -5}
        - date: 2024-03-04
          evidence: [a.pdf, "b, c.jpg"]
          empty: []
          kind: visit
        - {a: b}   
        - evidence: [x]
          unit: Tổ  1 – Đề xuất
        - {title: it's, url: http://example.org/a?b=c, q: 'x "y"', t: "ổ 'z'"}
        """

    @Test func flowLinesGiveLibyamlsEvents() throws {
        let windows = Self.flow.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        for text in [Self.flow, Self.flow + "\n", windows, "- {a: b}", "- {a: b}\n", "- a: [x, y]\n", "- a: []", "- a: [ x ,y ]\n  b: c\n",
                     "- {a: [], b: [ổ, ổ]}\n- {c: d}\n", "- {a: b}\n- c: d\n  e: f\n- {g: h}\n", Self.plain + "\n" + Self.flow] {
            let (libyaml, flat) = Self.both(Array(text.utf8))
            let expected = try #require(libyaml, "\(text.debugDescription)")
            #expect(flat == expected, "\(text.debugDescription)")
        }
    }

    /// Fields holding a list written one item a line below the key (four spaces, `- `), as the
    /// clerks of a generated shape write their evidence.
    static let lists = """
        - date: 2024-01-02
          evidence:
            - a.pdf
            - "b, c.jpg"
          unit: Tổ 1 – ổ
        - date: 2024-02-03
          evidence:   
            - x
        # giữa
            - 'y z'

        - {a: b}
        - date: 2024-03-04
          e:
            - -5
          f:
            - ổ
        """

    @Test func listsBelowTheirKeyGiveLibyamlsEvents() throws {
        let windows = Self.lists.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        for text in [Self.lists, Self.lists + "\n", Self.lists + "\n\n", windows, "- a: b\n  c:\n    - x", "- a: b\n  c:\n    - x\n- d: e\n",
                     "- a: b\n  c:\n    - x\n  d:\n    - y\n  e: f\n", Self.plain + "\n" + Self.lists + "\n" + Self.flow] {
            let (libyaml, flat) = Self.both(Array(text.utf8))
            let expected = try #require(libyaml, "\(text.debugDescription)")
            #expect(flat == expected, "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        "- a: b\n  c:\n", "- a: b\n  c:\n  d: e\n", "- a: b\n  c:\n- d: e\n", "- a: b\n  c:\n   - x\n", "- a: b\n  c:\n      - x\n",
        "- a: b\n    - x\n", "- a: b\n  c:\n    - x\n    - [y]\n", "- a: b\n  c:\n    - x: y\n", "- a: b\n  c:\n    -\n",
        "- a: b\n  c:\n    - x\n      - y\n", "- a: b\n  c: # note\n    - x\n", "- {a: b}\n    - x\n", "- a: b\n  c:\n    - x\n   - y\n",
        "- a:\n  - x\n", "- a: b\n    c\n", "- a: |\n    x\n", "- a: b\n...\n", "---", "---\n", "--- \n- a: b\n", "---\n---\n- a: b\n",
        "- a: b\n---\n- c: d\n", "----\n- a: b\n", "--- - a: b\n", "%YAML 1.1\n---\n- a: b\n",
        "- a: b # note\n", "- a: b:\n", "- a: &x b\n", "- a: *x\n", "- a: !t b\n", "- a: \"x\\ty\"\n", "- a: 'it''s'\n", "- a: \"x\" y\n",
        "- a:\tb\n", "- a: b\rc\n", "- a: b\r", "\u{FEFF}- a: b\n", "- a: x\u{85}y\n", "- a: x\u{2028}y\n", "- a: 😀\n", "- a: x\u{7}y\n", "-  a: b\n",
        "- a : b\n", "   - a: b\n", "- a: b\n   c: d\n", "a: b\n", "[]\n", "", "# only a comment\n", "- Ngày: 2024-01-01\n", "- a: \"open\n  close\"\n",
        "- ? a\n  : b\n", "- a: @x\n", "- a: -\n", "- a: 'x\n", "  # indented comment\n- a: b\n", "- .a: b\n",
        "- {a: b}\n  c: d\n", "- {}\n", "- {a: b,}\n", "- {a: b} # note\n", "- {a: b:}\n", "- {a: b: c}\n", "- {a: [b:]}\n", "- {a: b:,c: d}\n", "- {a: {b: c}}\n", "- {a: [b, [c]]}\n", "- {a: b\n", "- {a: b}}\n",
        "- {a: x#y}\n", "- {a: [x,]}\n", "- {a: , b: c}\n", "- {a: 'it''s'}\n", "- a: [x] y\n", "- a: [x\n", "- {a: \"x\\ty\"}\n", "- {? a: b}\n",
        "{a: b}\n", "- {a: [x, y}\n", "- {a: x\ty}\n", "- [a, b]\n", "- {a: x}y\n",
    ])
    func otherShapesAreLeftToLibyaml(_ text: String) {
        let flat = FlatRecordEvents(source: SourceFile(path: "records.yaml", bytes: Array(text.utf8)))
        #expect(Self.events(flat) == nil && flat.gaveUp, "\(text.debugDescription)")
    }

    @Test func invalidUTF8IsLeftToLibyaml() {
        for bytes: [UInt8] in [[0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xC2, 0x9F], [0xFF], [0x00]] {
            let flat = FlatRecordEvents(source: SourceFile(path: "records.yaml", bytes: Array("- a: x".utf8) + bytes + [0x0A]))
            #expect(Self.events(flat) == nil && flat.gaveUp, "\(bytes)")
        }
    }

    /// Random edits of a plain file with the characters YAML treats specially: whatever the
    /// plain reader accepts, libyaml reads the same way.
    @Test func randomEditsNeverDisagree() {
        var random = SplitMix(seed: 2026)
        let pieces: [[UInt8]] = [":", " ", "#", "\t", "\"", "'", "-", "\n", "\\", "  ", ": ", " #", "[", "&", "*", "!", "|", ">", "?", ",", "\r", "---",
                                 "...", "\n- ", "\n  ", "ổ", "\u{A0}", "\u{85}", "\u{2028}", "\u{FEFF}", "%", "@", "`", "~", "0",
                                 "{", "}", "]", ", ", "- {", "a: [", "}\n", "[]", "{a: b}", "\n    - ", "\n  c:\n", "    "].map { Array($0.utf8) }
        let bases = [Self.plain, "- a: b\n  c: d\n", "- a: 'x y'\n- b: \"z\"\n", "- a: b\r\n  c: ổ\r\n# x\r\n- d: e\r\n", Self.flow,
                     "- {a: b, c: [d, 'e'], f: \"g\"}\n- {h: i}\n", "- a: [b, c]\n  d: e\n", Self.lists,
                     "- a: b\n  c:\n    - x\n    - 'y'\n  d: e\n- f: g\n"].map { Array($0.utf8) }
        // TALLY_FLAT_EDITS=1000000 for a longer search.
        let edits = Int(ProcessInfo.processInfo.environment["TALLY_FLAT_EDITS"] ?? "") ?? 6000
        var accepted = 0
        for round in 0..<edits {
            var bytes = bases[round % bases.count]
            random.edit(&bytes, with: pieces)
            let (libyaml, flat) = Self.both(bytes)
            guard let flat else { continue }
            accepted += 1
            #expect(libyaml == flat, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        #expect(accepted > edits / 20)
    }

    /// The YAML test suite's inputs: those the plain reader accepts, it reads as libyaml does.
    @Test func yamlTestSuiteInputsNeverDisagree() {
        for suiteCase in SuiteCase.all {
            let (libyaml, flat) = Self.both(suiteCase.yaml)
            if let flat { #expect(libyaml == flat, "\(suiteCase)") }
        }
    }

    /// Inputs from a file (TALLY_FLAT_CASES=PATH, cases separated by lines of `=====`), for
    /// looking for a disagreement by hand.
    @Test func casesFromAFileNeverDisagree() throws {
        guard let path = ProcessInfo.processInfo.environment["TALLY_FLAT_CASES"] else { return }
        // Split on the bytes: as Strings, a case ending in a CR would join the separator's LF (one character).
        let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
        let separator = Array("\n=====\n".utf8)
        var cases: [[UInt8]] = [], start = 0, index = 0
        while index + separator.count <= bytes.count {
            if bytes[index..<(index + separator.count)].elementsEqual(separator) {
                cases.append(Array(bytes[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        cases.append(Array(bytes[start...]))
        for input in cases {
            let (libyaml, flat) = Self.both(input)
            let shown = String(decoding: input, as: UTF8.self).debugDescription
            print("flat-case \(flat == nil ? "left to libyaml" : "read flat"): \(shown)")
            if let flat { #expect(libyaml == flat, "\(shown)") }
        }
    }

    /// Records files named in a list (TALLY_FLAT_FILES=PATH, one path a line), for checking the
    /// plain reader against libyaml on a whole generated tree: every file it reads, it reads as
    /// libyaml does; it prints how many it read and how many it left.
    @Test func filesFromAListNeverDisagree() throws {
        guard let list = ProcessInfo.processInfo.environment["TALLY_FLAT_FILES"] else { return }
        var read = 0, left = 0
        for path in try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n") {
            let bytes = try #require(FileManager.default.contents(atPath: String(path)))
            let (libyaml, flat) = Self.both(Array(bytes))
            if let flat { read += 1; #expect(libyaml == flat, "\(path)") } else { left += 1 }
        }
        print("flat-files read flat: \(read), left to libyaml: \(left)")
    }

    @Test func partOfAFileCountsTheLinesBefore() throws {
        let text = Array((Self.plain + "\n" + Self.flow + "\n- date: 2024-05-06\n  unit: Tổ 2\n").utf8)
        let path = NSTemporaryDirectory() + "flat-\(getpid()).yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let split = try #require((0..<(text.count - 2)).last { text[$0] == 0x0A && text[$0 + 1] == UInt8(ascii: "-") }) + 1
        let lines = text[..<split].filter { $0 == 0x0A }.count
        let characters = String(decoding: text[..<split], as: UTF8.self).unicodeScalars.count
        for range in [0..<split, split..<text.count] {
            let before = range.lowerBound == 0 ? (0, 0) : (lines, characters)
            let libyaml = YAMLEventReader(streamingPath: path, range: range, linesBefore: before.0, charactersBefore: before.1)
            let flat = FlatRecordEvents(path: path, range: range, linesBefore: before.0, charactersBefore: before.1)
            let libyamlEvents = try #require(libyaml), flatEvents = try #require(flat)
            let expected = try #require(Self.events(libyamlEvents))
            #expect(Self.events(flatEvents) == expected)
        }
    }

    /// libyaml refuses a key of more than 1,024 characters (found by an attack review).
    @Test func longKeysAreLeftToLibyaml() {
        for text in ["- " + String(repeating: "k", count: 1025) + ": v\n", "- a: b\n  " + String(repeating: "k", count: 1025) + ": v\n",
                     "- " + String(repeating: "k", count: 513) + ": v\n"] {
            let flat = FlatRecordEvents(source: SourceFile(path: "records.yaml", bytes: Array(text.utf8)))
            #expect(Self.events(flat) == nil && flat.gaveUp)
        }
        let (libyaml, flat) = Self.both(Array(("- " + String(repeating: "k", count: 512) + ": v\n").utf8))
        #expect(flat != nil && flat == libyaml)
    }

    @Test func aLineLongerThanTheBufferIsLeftToLibyaml() {
        let text = "- a: " + String(repeating: "x", count: 70_000) + "\n"
        let flat = FlatRecordEvents(source: SourceFile(path: "records.yaml", bytes: Array(text.utf8)))
        #expect(Self.events(flat) == nil && flat.gaveUp)
    }
}

/// A small deterministic random number generator, so that a failure can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// One to three random edits of `bytes`: a piece inserted, or written over what is there.
    mutating func edit(_ bytes: inout [UInt8], with pieces: [[UInt8]]) {
        for _ in 0..<(1 + Int(next() % 3)) {
            let piece = pieces[Int(next() % UInt64(pieces.count))]
            let at = Int(next() % UInt64(bytes.count + 1))
            if next() % 3 == 0, at < bytes.count {
                bytes.replaceSubrange(at..<min(bytes.count, at + piece.count), with: piece)
            } else {
                bytes.insert(contentsOf: piece, at: at)
            }
        }
    }
}
