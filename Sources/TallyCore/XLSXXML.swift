import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small event reader over one XML part of a workbook, through Foundation's `XMLParser`:
/// calls `start` for each element (name without prefix, attributes), `text` for character data
/// and `end` at each closing tag. No hand-made XML parsing.
final class XLSXXML: NSObject, XMLParserDelegate {
    private let start: (String, [String: String]) -> Void
    private let text: (String) -> Void
    private let end: (String) -> Void
    /// Elements open now; the part is whole only when its root element has closed.
    private var depth = 0
    private var rootClosed = false
    private var failed = false

    private init(start: @escaping (String, [String: String]) -> Void, text: @escaping (String) -> Void, end: @escaping (String) -> Void) {
        self.start = start
        self.text = text
        self.end = end
    }

    /// Parses `data`; false when the XML is not well formed.
    static func parse(_ data: Data, start: @escaping (String, [String: String]) -> Void,
                      text: @escaping (String) -> Void = { _ in }, end: @escaping (String) -> Void = { _ in }) -> Bool {
        parse(InputStream(data: data), start: start, text: text, end: end)
    }

    /// Parses what `stream` gives, chunk by chunk (given as one block, libxml2 refuses a part
    /// over 10 MB, "huge input lookup"); false when it is not well-formed XML. Foundation's
    /// parser on Linux recovers from errors and never tells libxml2 the input has ended, so a
    /// part cut short, or empty, would pass as the elements read so far: a part is whole only
    /// when no error was reported and its root element closed.
    static func parse(_ stream: InputStream, start: @escaping (String, [String: String]) -> Void,
                      text: @escaping (String) -> Void = { _ in }, end: @escaping (String) -> Void = { _ in }) -> Bool {
        let parser = XMLParser(stream: stream)
        let delegate = XLSXXML(start: start, text: text, end: end)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        return parsed && !delegate.failed && delegate.rootClosed
    }

    static func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        start(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if depth == 0 { rootClosed = true }
        end(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }
}
