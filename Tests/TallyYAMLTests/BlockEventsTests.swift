import Foundation
import Testing
@testable import TallyYAML

/// `BlockEvents` against libyaml: wherever the plain reader of programmes does not give up, its
/// events (kinds, marks, styles, bytes) are libyaml's to the letter; where libyaml fails, it gives up.
@Suite struct BlockEventsTests {
    typealias Seen = FlatRecordEventsTests.Seen

    /// libyaml's events and the block reader's for `bytes`: nil for the latter when it gave up.
    static func both(_ bytes: [UInt8]) -> (libyaml: [Seen]?, block: [Seen]?) {
        let source = SourceFile(path: "programme.yaml", bytes: bytes)
        let block = BlockEvents(source: source)
        let blockEvents = FlatRecordEventsTests.events(block)
        #expect((blockEvents == nil) == block.gaveUp)
        return (FlatRecordEventsTests.events(YAMLEventReader(source: source)), blockEvents)
    }

    static let programme = """
        # Chương trình công tác năm 2024 – Công đoàn cơ sở
        programme: Chương trình công tác công đoàn năm 2024
        period: 2024
        organisation: Công đoàn cơ sở Trường Tiểu học, xã Phủ Lý – huyện Đoan Hùng
        rosters:
          don-vi:
            - Khoa Sản
            - {name: Bộ phận Kho vận, id: dv6}
            - {name: Phân xưởng Cơ điện, id: dv9, aliases: [DV PxCđ]}
          cong-doan-tv:
            - {name: Tổ công đoàn Giáo viên, so-doan-vien: 20}

        activities:
          hoi-nghi: Hội nghị cán bộ, công chức, viên chức, người lao động
          tra-loi: "Giải quyết, trả lời đơn thư"
        records: [../du-lieu/086/8668.yaml, 'q*.csv']
        override:
          kiem-tra: {title: "Kiểm tra tại ít nhất 2 công đoàn", at-least: 2}
        empty:
        targets:
          - id: hoi-nghi
            title: Tổ chức hội nghị tại 100% đơn vị
            each: don-vi
            at-least: 1
            by: 2024-03-31
            milestones: [{by: 2024-06-30, at-least: 50%}, {by: 2024-09-30, at-least: 80%}]

          - id: tham-hoi
            respond: {to: de-xuat, with: tham-hoi, within: 14d}
            where: so-tien >= 500000
            nothing:
          - {id: k, title: "Kiểm tra, giám sát", milestones: [{by: 2024-06-30, at-least: 1}], during: {from: 2024-07-01, to: 2024-11-30}}
          - {id: b, where: loai == 'quy', every: quarter, x: [{c: [d]}, e]}
          - id: x
            list:
              - a
              - b: c
                d: e
          - plain text
          - [a, b]
        last: 1

        """

    @Test func aProgrammeGivesLibyamlsEvents() throws {
        let (libyaml, block) = Self.both(Array(Self.programme.utf8))
        let read = try #require(block, "the plain programme is read without libyaml")
        #expect(libyaml == read)
    }

    @Test(arguments: [
        "targets:\n- id: x\n",                // a list as indented as its key
        "a: |\n  text\n",                       // a block scalar
        "a: b\n  c\n",                          // a scalar on two lines
        "a: &x b\nc: *x\n",                     // an anchor and an alias
        "a: !!str b\n",                         // a tag
        "a: b # comment\n",                     // a comment after a value
        "a: \"b\\n\"\n",                        // an escape
        "a:\tb\n",                              // a tab
        "---\na: b\n",                          // a document marker
        "a: b",                                 // no line break at the end
        "a: b\r\nc: d\r\n",                     // CR LF
        "\u{FEFF}a: b\n",                       // a byte-order mark
        "-\n  a: b\n",                          // a dash alone
        "a: {b: {c: {d: {e: {f: {g: {h: {i: {j: k}}}}}}}}}\n",  // braces nested past eight
        "? a\n: b\n",                           // a complex key
        "# only a comment\n",                   // no document
        "a: b\n a: c\n",                        // indented by one more, no key above
    ])
    func otherShapesAreLeftToLibyaml(_ text: String) {
        #expect(Self.both(Array(text.utf8)).block == nil, "\(text.debugDescription)")
    }

    @Test func randomEditsNeverDisagree() {
        var random = SplitMix(seed: 2027)
        let pieces: [[UInt8]] = [":", " ", "#", "\t", "\"", "'", "-", "\n", "\\", "  ", ": ", " #", "[", "&", "*", "!", "|", ">", "?", ",", "\r", "---",
                                 "...", "\n- ", "\n  ", "\n    ", "ổ", "\u{A0}", "\u{85}", "\u{2028}", "\u{FEFF}", "%", "@", "`", "~", "0",
                                 "{", "}", "]", ", ", "- {", "a: [", "}\n", "[]", "{a: b}", "a:", "a:\n", "\n  - ", "\n- a: ", "[{b: c}]", "{d: {e: f}}", ": {", "[[", "{g: [h, {i: j}]}"].map { Array($0.utf8) }
        let bases = [Self.programme, "a: b\nc:\n  d: e\n  f:\n    - g\n    - h: i\n      j: k\nl: m\n",
                     "- a\n- b: c\n  d: [e, {f: g}]\n- {h: i}\n", "a:\n  - b\n  - c\nd:\n", "a: {b: c, d: [e, f]}\ng: 'h'\n"].map { Array($0.utf8) }
        // TALLY_BLOCK_EDITS=1000000 for a longer search.
        let edits = Int(ProcessInfo.processInfo.environment["TALLY_BLOCK_EDITS"] ?? "") ?? 6000
        var accepted = 0
        for round in 0..<edits {
            var bytes = bases[round % bases.count]
            random.edit(&bytes, with: pieces)
            let (libyaml, block) = Self.both(bytes)
            guard let block else { continue }
            accepted += 1
            #expect(libyaml == block, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        #expect(accepted > edits / 30, "\(accepted) read")
    }

    /// The YAML test suite's inputs, and every YAML file of the package: those the block reader
    /// accepts, it reads as libyaml does.
    @Test func everyFileAtHandNeverDisagrees() throws {
        var inputs = SuiteCase.all.map(\.yaml)
        let root = SuiteCase.packageRoot
        for folder in ["programmes", "Tests/Fixtures", "Tests/BadInput", "docs"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "yaml", let data = FileManager.default.contents(atPath: url.path) { inputs.append(Array(data)) }
            }
        }
        var read = 0
        for input in inputs {
            let (libyaml, block) = Self.both(input)
            if let block { read += 1; #expect(libyaml == block, "\(String(decoding: input, as: UTF8.self).debugDescription)") }
        }
        #expect(read > 100, "\(read) of \(inputs.count) read")
    }

    /// Files named in a list (TALLY_BLOCK_FILES=PATH, one path a line), for checking the block
    /// reader against libyaml on a whole generated tree; it prints how many it read and left.
    @Test func filesFromAListNeverDisagree() throws {
        guard let list = ProcessInfo.processInfo.environment["TALLY_BLOCK_FILES"] else { return }
        var read = 0, left = 0
        for path in try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n") {
            let bytes = try #require(FileManager.default.contents(atPath: String(path)))
            let (libyaml, block) = Self.both(Array(bytes))
            if let block { read += 1; #expect(libyaml == block, "\(path)") } else {
                left += 1
                let reader = BlockEvents(source: SourceFile(path: String(path), bytes: Array(bytes)))
                let line = reader.leftAtLine.flatMap { SourceFile.line($0, in: Array(bytes)) } ?? "(the end)"
                print("block-left \(reader.leftAtLine ?? 0): \(line)")
            }
        }
        print("block-files read: \(read), left to libyaml: \(left)")
    }

    /// One file (TALLY_BLOCK_CASE=PATH), for looking by hand at what the block reader leaves to libyaml.
    @Test func aCaseFromAFile() throws {
        guard let path = ProcessInfo.processInfo.environment["TALLY_BLOCK_CASE"] else { return }
        let bytes = Array(try #require(FileManager.default.contents(atPath: path)))
        let (libyaml, block) = Self.both(bytes)
        if let block { #expect(libyaml == block) }
        print("block-case left at line \(BlockEvents(source: SourceFile(path: path, bytes: bytes)).leftAtLine ?? 0)")
    }
}
