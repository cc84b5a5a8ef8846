import TallyYAML

/// The free-text way diagnostics were made before the catalogue, kept only so that work begun
/// before it still compiles. Such diagnostics print without a code. Build new ones from the
/// catalogue instead: add a `DiagnosticCode` case and an entry in `DiagnosticCatalogue+AREA.swift`.
extension Diagnostic {
    @available(*, deprecated, message: "build diagnostics from the catalogue: Diagnostic(.code, [arguments], at: node)")
    public init(_ severity: Severity = .error, _ message: String, fix: String? = nil,
                source: SourceFile? = nil, at start: Mark? = nil, width: Int = 1) {
        self.init(.unclassified, ["message": LocalizedText(message), "fix": LocalizedText(fix ?? "")], source: source, at: start, width: width)
        severityOverride = severity
    }

    @available(*, deprecated, message: "build diagnostics from the catalogue: Diagnostic(.code, [arguments], at: node)")
    public static func error(_ message: String, at node: Node, fix: String? = nil) -> Diagnostic {
        var diagnostic = Diagnostic(.unclassified, ["message": LocalizedText(message), "fix": LocalizedText(fix ?? "")], at: node)
        diagnostic.severityOverride = .error
        return diagnostic
    }
}

extension Diagnostics {
    @available(*, deprecated, message: "build diagnostics from the catalogue: diagnostics.add(.code, [arguments], at: node)")
    public mutating func error(_ message: String, at node: Node, fix: String? = nil) {
        add(.error(message, at: node, fix: fix))
    }
}

extension DiagnosticCatalogue {
    static let legacy = CatalogueEntry(.unclassified,
        summary: ("a diagnostic not yet in the catalogue", "thông báo chưa có trong danh mục"),
        message: ("{message}", "{message}"), fix: ("{fix}", "{fix}"),
        explanation: ("Written before the catalogue; it is to be given a code of its own.", "Viết trước khi có danh mục; sẽ được đặt mã riêng."),
        example: "-")
}
