import Testing
@testable import TallyCore

/// What recording for a programme asks of a clerk, decided once in Core.
@Suite("Programme: what a record may carry")
struct ProgrammeRecordingTests {
    static func programme(_ measures: [Measure]) -> Programme {
        let year = DateWindow(from: Day(year: 2024, month: 1, day: 1)!, to: Day(year: 2024, month: 12, day: 31)!)
        return Programme(title: "t", organisation: "o", period: year,
                         targets: measures.enumerated().map { Target(id: "t\($0.offset)", title: "T", measure: $0.element, atLeast: .number(1), window: year) })
    }

    @Test func summedAttributesComeOnceInTargetOrder() {
        let p = Self.programme([.sum(field: "amount", kinds: ["visit"]), .count(kinds: ["x"], distinct: nil),
                                .sum(field: "days", kinds: ["trip"]), .sum(field: "amount", kinds: ["gift"]), .sum(field: "số tiền", kinds: ["gift"])])
        #expect(p.summedAttributes == ["amount", "days"])
    }

    @Test func answersAreTakenOnlyWithARespondTarget() {
        #expect(!Self.programme([.count(kinds: ["x"], distinct: nil)]).takesAnswers)
        #expect(Self.programme([.count(kinds: ["x"], distinct: nil), .respond(to: ["a"], with: ["b"], within: 14)]).takesAnswers)
    }
}
