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

    private init(start: @escaping (String, [String: String]) -> Void, text: @escaping (String) -> Void, end: @escaping (String) -> Void) {
        self.start = start
        self.text = text
        self.end = end
    }

    /// Parses `data`; false when the XML is not well formed. The parser reads it as a stream,
    /// chunk by chunk: given as one block, libxml2 refuses a part over 10 MB ("huge input
    /// lookup"), which a sheet of 60,000 rows already is.
    static func parse(_ data: Data, start: @escaping (String, [String: String]) -> Void,
                      text: @escaping (String) -> Void = { _ in }, end: @escaping (String) -> Void = { _ in }) -> Bool {
        let parser = XMLParser(stream: InputStream(data: data))
        let delegate = XLSXXML(start: start, text: text, end: end)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        return parser.parse()
    }

    static func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        start(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        end(Self.local(elementName))
    }
}
