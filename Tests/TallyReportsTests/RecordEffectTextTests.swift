import Foundation
import Testing
import TallyCore
import TallyReports

@Suite struct RecordEffectTextTests {
    let asOf = Day(year: 2024, month: 6, day: 1)!

    @Test func saysWhatChangedInTheProgrammesWords() {
        let change = RecordEffect.Change(targetID: "conferences", title: "Hội nghị CBCC", isPercent: false,
                                         before: .init(value: 8, required: 9, status: .behind), after: .init(value: 9, required: 9, status: .met))
        let share = RecordEffect.Change(targetID: "share", title: "Share", isPercent: true,
                                        before: .init(value: 50, required: 90, status: .behind), after: .init(value: Decimal(string: "66.666666")!, required: 90, status: .behind))
        #expect(RecordEffectText(.vi).lines(RecordEffect(asOf: asOf, changes: [change])) == ["Hội nghị CBCC: 8 / 9 → 9 / 9, đạt"])
        #expect(RecordEffectText(.en).lines(RecordEffect(asOf: asOf, changes: [change, share])) == ["Hội nghị CBCC: 8 / 9 → 9 / 9, met", "Share: 50% → 67%, behind"])
        #expect(RecordEffectText(.vi).lines(RecordEffect(asOf: asOf, changes: [])) == ["Chưa chỉ tiêu nào thay đổi tính đến 01/06/2024."])
    }
}
