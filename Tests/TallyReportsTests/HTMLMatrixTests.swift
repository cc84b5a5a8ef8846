import Foundation
import Testing
@testable import TallyCore
@testable import TallyReports

/// The HTML roll-up's matrix of organisations × targets stays readable, and linear in size, however
/// large the roll-up: it shows the first 1,000 organisations (worst first) and only the targets they have.
@Suite struct HTMLMatrixTests {
    static func summary(_ index: Int, list: TargetList, statuses: [Status]) -> ProgrammeSummary {
        let verdict: Verdict = statuses.contains(.missed) ? .nonCompliant : .compliant
        let score = Score(value: 1, double: 1, rating: nil)
        let name = String(format: "Công đoàn %05d", index)
        return ProgrammeSummary(organisation: name, title: "T", path: "p/\(index).yaml", folder: "p", language: .en,
                                asOf: Day(number: 0), verdict: verdict, achieved: score, projected: score, isProvisional: false,
                                targetList: list, statuses: statuses, position: index, sortKey: NameKey.forSorting(name))
    }

    /// The matrix's rows: the organisations' names in its row headers.
    static func matrixRows(_ html: String) -> [String] {
        let matrix = html.components(separatedBy: "<table class=\"matrix\">").last ?? ""
        return matrix.components(separatedBy: "<th class=\"org\" scope=\"row\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func aLargeRollUpShowsTheFirstThousandAndTheirTargets() throws {
        let shared = TargetList(ids: ["a", "b"], titles: ["A", "B"], froms: [nil, nil], templateTitles: [nil, nil])
        let builder = RollUpBuilder(order: .worst)
        // 1,200 programmes: the first 50 miss "a", and the last 100 each miss a target of its own:
        // all 150 are shown (worst first), so the matrix has "a", "b" and the 100 own targets.
        for index in 0..<1_200 {
            var list = shared, statuses: [Status] = [index < 50 ? .missed : .met, .met]
            if (900..<1_100).contains(index) {
                // Compliant, after the first 1,000 worst first: not shown, nor are their own targets.
                list = TargetList(ids: ["a", "b", "hidden-\(index)"], titles: ["A", "B", "Hidden"], froms: [nil, nil, nil], templateTitles: [nil, nil, nil])
                statuses.append(.met)
            } else if index >= 1_100 {
                list = TargetList(ids: ["a", "b", "own-\(index)"], titles: ["A", "B", "Own"], froms: [nil, nil, nil], templateTitles: [nil, nil, nil])
                statuses.append(.missed)
            }
            builder.add(Self.summary(index, list: list, statuses: statuses))
        }
        let report = Report(results: [], language: .en, rollUp: builder.finish(), summaryOnly: true)
        let output = ReportOutput.memory()
        HTMLReport().write(report, to: output)
        let html = output.text
        let rows = Self.matrixRows(html)
        #expect(rows.count == 1_000)
        // Worst first: the 150 non-compliant programmes by name (equal scores), then the compliant ones.
        #expect(rows[0] == "Công đoàn 00000" && rows[49] == "Công đoàn 00049" && rows[50] == "Công đoàn 01100" && rows[150] == "Công đoàn 00050")
        #expect(rows.last == "Công đoàn 00899")
        let header = try #require(html.components(separatedBy: "<table class=\"matrix\">").last?.components(separatedBy: "</thead>").first)
        #expect(header.components(separatedBy: "<th class=\"target-id\"").count - 1 == 102)
        #expect(!html.contains("<span>hidden-") && html.contains("<span>own-1199</span>"))
        #expect(html.contains("The matrix shows the first 1000 organisations (worst first) and their targets; 200 more are in the summary table above, and --format csv has every one. The counts at the top of each column are for all 1200."))
        // The summary table above still lists every organisation.
        #expect(html.contains(">Công đoàn 01050<") && !rows.contains("Công đoàn 01050"))
    }

    /// With --sort name the first 1,000 are the first by name, and the line under the matrix says so.
    @Test func byNameTheLineSaysByName() {
        let list = TargetList(ids: ["a"], titles: ["A"], froms: [nil], templateTitles: [nil])
        let builder = RollUpBuilder(order: .name)
        for index in 0..<1_001 { builder.add(Self.summary(1_000 - index, list: list, statuses: [index == 0 ? .missed : .met])) }
        let output = ReportOutput.memory()
        HTMLReport().write(Report(results: [], language: .en, rollUp: builder.finish(), summaryOnly: true, order: .name), to: output)
        let rows = Self.matrixRows(output.text)
        #expect(rows.count == 1_000 && rows.first == "Công đoàn 00000" && rows.last == "Công đoàn 00999")
        #expect(output.text.contains("The matrix shows the first 1000 organisations (by name) and their targets; 1 more is in"))
    }

    @Test func aSmallRollUpShowsEveryOrganisationAndTarget() {
        let list = TargetList(ids: ["a", "b"], titles: ["A", "B"], froms: [nil, nil], templateTitles: [nil, nil])
        let builder = RollUpBuilder(order: .name)
        for index in 0..<3 { builder.add(Self.summary(index, list: list, statuses: [.met, .behind])) }
        let output = ReportOutput.memory()
        HTMLReport().write(Report(results: [], language: .en, rollUp: builder.finish(), summaryOnly: true), to: output)
        #expect(Self.matrixRows(output.text) == ["Công đoàn 00000", "Công đoàn 00001", "Công đoàn 00002"])
        #expect(!output.text.contains("matrix-more"))
    }
}
