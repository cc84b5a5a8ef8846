import Foundation
import Testing
@testable import TallyCore

/// Programmes with the same targets share one list in a roll-up; any difference in an id, a
/// title (by its bytes), a template or its title gives another list; a full memo starts again.
@Suite struct SummaryInterningTests {
    static func target(_ id: String, _ title: String, from: String? = nil, templateTitle: String? = nil) -> Target {
        var target = Target(id: id, title: title, measure: .count(kinds: ["x"], distinct: nil), atLeast: .number(1), window: DateWindow.year(2024)!, from: from)
        target.templateTitle = templateTitle
        return target
    }

    @Test func sameTargetsShareOneListAndAnyDifferenceGivesAnother() {
        let interning = SummaryInterning()
        let base = [Self.target("a", "Hội nghị"), Self.target("b", "Thăm hỏi", from: "t.yaml", templateTitle: "T")]
        let first = interning.list(base)
        #expect(interning.list(base) === first)
        let variants = [
            [Self.target("a", "Hội nghị")],
            [Self.target("a", "Hội nghị"), Self.target("b", "Thăm hỏi", from: "t.yaml", templateTitle: "")],
            [Self.target("a", "Hội nghị"), Self.target("b", "Thăm hỏi", from: "t.yaml")],
            [Self.target("a", "Ho\u{302}\u{323}i nghị"), Self.target("b", "Thăm hỏi", from: "t.yaml", templateTitle: "T")],
            [Self.target("ab", ""), Self.target("", "Thăm hỏi", from: "t.yaml", templateTitle: "T")],
        ]
        let lists = variants.map { interning.list($0) }
        for (index, list) in lists.enumerated() {
            #expect(list !== first, "variant \(index)")
            #expect(interning.list(variants[index]) === list, "variant \(index) kept")
            #expect(list.ids == variants[index].map(\.id) && list.titles == variants[index].map(\.title))
        }
        for number in 0..<SummaryInterning.limit { _ = interning.list([Self.target("t\(number)", "T")]) }
        let again = interning.list(base)
        #expect(again !== first && again.ids == ["a", "b"] && again.templateTitles == [nil, "T"], "started again when full")
        #expect(interning.list(base) === again)
    }
}
