import TallyCore

/// One self-contained HTML page: no network, no external assets.
public struct HTMLReport: ReportRenderer {
    let links: HTMLLinks

    public init(links: HTMLLinks = .inPage) { self.links = links }

    public func render(_ report: Report) -> String {
        HTMLPage(report: report, links: links).render()
    }

    public func write(_ report: Report, to output: ReportOutput) {
        HTMLPage(report: report, links: links).write(to: output)
    }
}
