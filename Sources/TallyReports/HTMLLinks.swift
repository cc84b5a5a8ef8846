import TallyCore

/// Where the HTML parts link to: anchors inside one report file, or the web server's pages.
///
/// The report file links its summary rows, matrix cells and target lists to anchors in the same
/// page; `tally serve` links them to its programme and target pages and its evidence files.
public struct HTMLLinks: Sendable {
    /// The link of a programme, from its number in the report (1-based) and its file.
    public var programme: @Sendable (_ number: Int, _ path: String) -> String
    /// The link of a target of a programme, from the programme's number and file and the target's id.
    public var target: @Sendable (_ number: Int, _ path: String, _ id: String) -> String
    /// Where a record's evidence entry links, from the entry and the records file holding it, in
    /// place of the report's own rule (`EvidenceLink`); nil keeps that rule.
    public var evidence: (@Sendable (_ entry: String, _ recordsFile: String) -> String?)?

    public init(programme: @escaping @Sendable (Int, String) -> String,
                target: @escaping @Sendable (Int, String, String) -> String,
                evidence: (@Sendable (String, String) -> String?)? = nil) {
        self.programme = programme
        self.target = target
        self.evidence = evidence
    }

    /// Anchors within one self-contained page, the report file's links.
    public static let inPage = HTMLLinks(
        programme: { number, _ in "#p\(number)" },
        target: { number, _, id in "#" + HTMLLinks.anchor(number, id) }
    )

    /// The anchor of a target's card: the programme's number and the target's id, unique in the page.
    static func anchor(_ number: Int, _ id: String) -> String { "p\(number)-\(id)" }
}
