import TallyCore

/// One self-contained HTML page: no network, no external assets.
public struct HTMLReport: ReportRenderer, ProgrammeDetailsRenderer {
    let links: HTMLLinks

    public init(links: HTMLLinks = .inPage) { self.links = links }

    public func render(_ report: Report) -> String {
        HTMLPage(report: report, links: links).render()
    }

    public func write(_ report: Report, to output: ReportOutput) {
        HTMLPage(report: report, links: links).write(to: output)
    }

    public func details(of result: ProgrammeResult, position: Int, context: DetailsContext) -> String {
        let page = HTMLPage(report: Report(results: [], language: context.language, strict: context.strict, color: context.color, outputPath: context.outputPath), links: links)
        return page.programme(result, number: position + 1, level: context.inRollUp ? 2 : 1, phrases: Phrases(context.language))
    }
}
