import Foundation
import Testing
@testable import TallyYAML

/// The YAML layer: marks, Tally's rules (duplicates, tags, merges, one document) and the limits.
@Suite struct YAMLDocumentTests {
    func parse(_ text: String, limits: YAMLLimits = .default) -> (root: Node?, errors: [YAMLError]) {
        YAMLDocument(limits: limits).parse(SourceFile(path: "t.yaml", bytes: Array(text.utf8)))
    }

    @Test func nodesCarryOneBasedMarksAndTheFile() throws {
        let (root, errors) = parse("a: 1\nlist:\n  - x\n  - 'y z'\n")
        #expect(errors.isEmpty)
        let list = try #require(root?["list"]?.sequence)
        #expect(list[1].scalar == "y z")
        #expect(list[1].style == .singleQuoted)
        #expect(list[1].start == Mark(line: 4, column: 5, offset: list[1].start.offset))
        #expect(list[1].end.column == 10)
        #expect(list[1].source.path == "t.yaml")
        #expect(root?["a"]?.start.line == 1 && root?["a"]?.start.column == 4)
    }

    @Test func scalarsAreNeverImplicitlyTyped() throws {
        let (root, _) = parse("a: no\nb: 0777\nc: 12:30\nd: on\n")
        #expect(root?["a"]?.scalar == "no")
        #expect(root?["b"]?.scalar == "0777")
        #expect(root?["c"]?.scalar == "12:30")
        #expect(root?["d"]?.style == .plain)
    }

    @Test func duplicateKeysAreErrorsWithBothPlaces() {
        let (_, errors) = parse("title: a\nx: 1\ntitle: b\n")
        #expect(errors.count == 1)
        #expect(errors[0].description == "duplicate-key key=title")
        #expect(errors[0].note == Mark(line: 1, column: 1))
        #expect(errors[0].mark.line == 3 && errors[0].mark.column == 1)
    }

    @Test func mergeKeysAndCustomTagsAreErrors() {
        let (_, errors) = parse("base: &b {x: 1}\nother:\n  <<: *b\ny: !custom 3\nz: !!str 4\n")
        #expect(errors.map(\.description) == ["merge-key", "custom-tag tag=!custom"])
    }

    @Test func aSecondDocumentIsAnError() {
        let (root, errors) = parse("a: 1\n---\nb: 2\n")
        #expect(root == nil)
        #expect(errors.first?.mark.line == 2)
        #expect(errors.first?.code == "second-document")
    }

    @Test func undefinedAliasIsAnError() {
        let (_, errors) = parse("a: *nothing\n")
        #expect(errors.first?.description == "undefined-alias name=nothing")
    }

    @Test func aliasesExpandWithinBounds() throws {
        let (root, errors) = parse("a: &x [1, 2]\nb: *x\n")
        #expect(errors.isEmpty)
        #expect(root?["b"]?.sequence?.count == 2)
        #expect(root?["b"]?.start.line == 2)
    }

    @Test func anAliasBombStopsQuickly() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let clock = ContinuousClock()
        let started = clock.now
        let (root, errors) = parse(text)
        #expect(root == nil)
        #expect(errors.last?.code == "alias-bomb")
        #expect(clock.now - started < .seconds(1))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 200_000)
        let (root, errors) = parse(text)
        #expect(root == nil)
        #expect(errors.last?.description == "too-deep limit=64")
        #expect(errors.last?.mark.column == 65)
    }

    @Test func invalidUTF8IsReportedWithItsPlace() {
        var bytes = Array("a: ok\nb: caf".utf8)
        bytes.append(0xFF)
        bytes += Array("\n".utf8)
        let (_, errors) = YAMLDocument().parse(SourceFile(path: "t.yaml", bytes: bytes))
        #expect(errors.first?.description == "not-utf8 byte=0xFF")
        #expect(errors.first?.mark.line == 2)
        #expect(errors.first?.mark.column == 7)
    }

    @Test func tabIndentationGetsAPlainExplanation() {
        let (_, errors) = parse("a:\n\t- b\n")
        #expect(errors.first?.code == "tab-indentation")
        #expect(errors.first?.mark.line == 2)
    }

    @Test func hugeScalarsAreRefused() {
        let text = "a: " + String(repeating: "x", count: 2000) + "\n"
        let (_, errors) = parse(text, limits: YAMLLimits(maxScalarBytes: 1000))
        #expect(errors.first?.description == "value-too-long length=2000 limit=1000")
    }

    @Test func byteOrderMarkAndWindowsLineEndingsAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: Tháng\r\n".utf8)
        let (root, errors) = YAMLDocument().parse(SourceFile(path: "t.yaml", bytes: bytes))
        #expect(errors.isEmpty)
        #expect(root?["b"]?.scalar == "Tháng")
        #expect(root?["b"]?.start.line == 2)
    }

    @Test func emptyFileHasNoDocument() {
        let (root, errors) = parse("")
        #expect(root == nil && errors.isEmpty)
    }

    @Test func sourceLinesForExcerpts() {
        let source = SourceFile(path: "x", bytes: Array("one\r\ntwo\nthree".utf8))
        #expect(source.line(1) == "one")
        #expect(source.line(3) == "three")
        #expect(source.line(4) == nil)
        #expect(source.position(ofByte: 6) == Mark(line: 2, column: 2, offset: 6))
    }
}

/// Marks agree with libyaml's idea of lines, and errors at the end of a file stay inside it.
@Suite struct YAMLMarkTests {
    func firstError(_ bytes: [UInt8]) -> YAMLError? {
        YAMLDocument().parse(SourceFile(path: "t.yaml", bytes: bytes)).errors.first
    }

    @Test func unicodeLineSeparatorsCountAsLibyamlCountsThem() {
        let source = SourceFile(path: "t", bytes: Array("a: x\u{2028}y\nb: [\nc".utf8))
        #expect(source.line(2) == "y")
        #expect(source.line(3) == "b: [")
        let error = firstError(Array("a: 1\rb: [\r".utf8))
        #expect(error?.mark.line == 2 && error?.mark.column == 5, "the end of \"b: [\", not an empty line after it")
        #expect(firstError(Array("a: [1, 2\n".utf8))?.mark == Mark(line: 1, column: 9, offset: 9))
    }

    @Test func errorAtTheEndOfAFileWithoutNewlineStaysOnTheLastLine() {
        let error = firstError(Array("a: [1, 2".utf8))
        #expect(error?.mark.line == 1)
        #expect(error?.mark.column == 9)
    }

    @Test func invalidUTF8NamesTheBadByte() {
        let error = firstError(Array("a: ééé".utf8) + [0xC3] + Array("\n".utf8))
        #expect(error?.description == "not-utf8 byte=0xC3")
        #expect(error?.mark.line == 1 && error?.mark.column == 7)
    }
}
