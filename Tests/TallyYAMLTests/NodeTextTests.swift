import Foundation
import Testing
@testable import TallyYAML

/// `NodeText`: two nodes written alike (same bytes, same starting column) always say the same
/// (`NodeContentKey`), so a target can be looked up by its text.
@Suite struct NodeTextTests {
    static func document(_ text: String, path: String = "a.yaml") -> Node {
        YAMLDocument().parse(SourceFile(path: path, bytes: Array(text.utf8))).root!
    }

    static func text(_ node: Node) -> NodeText? { LineStarts(node.source).flatMap { NodeText(node, lines: $0) } }

    static func allNodes(_ node: Node, into nodes: inout [Node]) {
        nodes.append(node)
        switch node.content {
        case .scalar: break
        case .sequence(let items): for item in items { allNodes(item, into: &nodes) }
        case .mapping(let pairs): for pair in pairs { allNodes(pair.key, into: &nodes); allNodes(pair.value, into: &nodes) }
        }
    }

    /// Every YAML file of the package's programmes, fixtures and bad-input cases, and of the YAML
    /// test suite, each also read a second time after other text and at another place: every node
    /// of either with the same text says the same, and one-line plain scalars are their own bytes.
    @Test func sameTextSaysTheSame() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files: [URL] = []
        for folder in ["programmes", "Tests/Fixtures", "Tests/BadInput", "../shared/yaml-test-suite"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "yaml" { files.append(url) }
            }
        }
        #expect(files.count > 100)
        var byText: [NodeText: NodeContentKey] = [:]
        var texts = 0, shared = 0
        for file in files {
            guard let bytes = try? Array(Data(contentsOf: file)) else { continue }
            for (index, variant) in [bytes, Array("# before\nother: [1, 2]\n".utf8) + bytes].enumerated() {
                let (node, _) = YAMLDocument().parse(SourceFile(path: file.path + "#\(index)", bytes: variant))
                guard let node else { continue }
                var nodes: [Node] = []
                Self.allNodes(node, into: &nodes)
                guard let lines = LineStarts(node.source) else { continue }
                for node in nodes {
                    guard let text = NodeText(node, lines: lines) else { continue }
                    texts += 1
                    if case .scalar(let value, .plain) = node.content, node.start.line == node.end.line, text.text.first != UInt8(ascii: "&") {
                        #expect(Array(text.text) == Array(value.utf8), "\(file.path) \(node.start)")
                    }
                    if let earlier = byText[text] {
                        shared += 1
                        #expect(earlier == NodeContentKey(node), "\(file.path) \(node.start): the same text says something else")
                    } else {
                        byText[text.detached()] = NodeContentKey(node)
                    }
                }
            }
        }
        #expect(texts > 10_000 && shared > 5_000, "\(texts) texts, \(shared) seen before")
    }

    @Test func theSameTargetElsewhereHasTheSameText() {
        let target = "- id: hoi-nghi\n  title: Hội nghị cán bộ\n  count: hoi-nghi\n  at-least: 9\n"
        let a = Self.document("targets:\n" + target).mapping![0].value.sequence![0]
        let b = Self.document("# Chương trình\nprogramme: P\ntargets:\n" + target + "- id: khac\n  count: x\n", path: "b.yaml").mapping![1].value.sequence![0]
        #expect(Self.text(a) != nil && Self.text(a) == Self.text(b))
        #expect(Self.text(a)?.hashValue == Self.text(b)?.hashValue)
        #expect(Self.text(a)?.detached() == Self.text(b))
    }

    @Test func anotherColumnIsAnotherText() {
        let a = Self.document("- {id: x, at-least: 2}\n").sequence![0]
        let b = Self.document("-   {id: x, at-least: 2}\n").sequence![0]
        #expect(Self.text(a) != nil && Self.text(a) != Self.text(b))
    }

    @Test(arguments: [
        "base: &b {count: x}\nt: {id: x, where: *b}\n",      // an alias: it reads text written elsewhere
        "%TAG !e! tag:example.com,2024:\n---\nt: !e!x {id: x}\n",  // a tag a directive defines
        "\u{FEFF}t: {id: x}\n",                                // a byte-order mark
    ])
    func noTextWhenTheReadingDependsOnMore(_ file: String) {
        let (root, _) = YAMLDocument().parse(SourceFile(path: "a.yaml", bytes: Array(file.utf8)))
        guard let node = root?.mapping?.last?.value else { return }
        #expect(Self.text(node) == nil)
    }

    @Test func linesEndingInCRLFAndLineSeparators() {
        let a = Self.document("a: 1\r\nb: {id: x}\r\n").mapping![1].value
        let b = Self.document("a: 1\u{2028}b: {id: x}\n").mapping![1].value
        #expect(Self.text(a).map { Array($0.text) } == Array("{id: x}".utf8))
        #expect(Self.text(b).map { Array($0.text) } == Array("{id: x}".utf8))
    }
}

/// `LineStarts` finds the lines `SourceFile` counts, however the breaks fall around its eight-byte steps.
@Suite struct LineStartsTests {
    @Test func sameLinesAsTheSourceFileCounts() {
        let pieces = ["a", "bb", "Hội nghị", "–", "\u{00A0}", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "  ", "x: y"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let source = SourceFile(path: "a.yaml", bytes: bytes)
            let expected = SourceFile.lineStarts(bytes, upTo: bytes.count)
            let lines = LineStarts(source)!
            #expect(lines.count == expected.count, "\(text.debugDescription)")
            for (number, start) in expected.enumerated() {
                #expect(lines.byteOffset(of: Mark(line: number + 1, column: 1)) == start, "\(text.debugDescription) line \(number + 1)")
            }
        }
    }
}
