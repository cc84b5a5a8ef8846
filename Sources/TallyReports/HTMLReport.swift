import TallyCore

/// One self-contained HTML page: no network, no external assets.
public struct HTMLReport: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        HTMLPage(report: report).render()
    }
}
