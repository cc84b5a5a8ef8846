import Foundation
import Testing
@testable import TallyCore

/// Schema-directed scalar conversion: dates, numbers, percentages, durations.
@Suite struct ScalarTextTests {
    @Test func bothDateForms() {
        #expect(ScalarText.date("2024-03-31") == .day(Day(year: 2024, month: 3, day: 31)!))
        #expect(ScalarText.date("02/01/2024") == .day(Day(year: 2024, month: 1, day: 2)!), "day first")
        #expect(ScalarText.date("2/1/2024") == .day(Day(year: 2024, month: 1, day: 2)!))
    }

    @Test func impossibleDatesAreNamedSo() {
        #expect(ScalarText.date("2024-02-30") == .impossible(LocalizedText(en: "month 2 of 2024 has 29 days", vi: "tháng 2 năm 2024 chỉ có 29 ngày")))
        #expect(ScalarText.date("2023-02-29") == .impossible(LocalizedText(en: "month 2 of 2023 has 28 days", vi: "tháng 2 năm 2023 chỉ có 28 ngày")))
        #expect(ScalarText.date("31/13/2024") == .impossible(LocalizedText(en: "there is no month 13", vi: "không có tháng 13")))
        #expect(ScalarText.date("2024-3-1") == .notADate)
        #expect(ScalarText.date("hôm nay") == .notADate)
    }

    @Test func numbersAreExact() {
        #expect(ScalarText.number("2000000") == .number(2_000_000))
        #expect(ScalarText.number("12.5") == .number(Decimal(string: "12.5")!))
        #expect(ScalarText.number("0.1") == .number(Decimal(string: "0.1")!))
        #expect(ScalarText.number("-3") == .number(-3))
        #expect(ScalarText.number("12abc") == .notANumber)
        #expect(ScalarText.number("") == .notANumber)
    }

    @Test func thousandsSeparatorsSayHowToWriteIt() {
        #expect(ScalarText.number("2.000.000") == .separated(suggestion: "2000000"))
        #expect(ScalarText.number("2,000,000") == .separated(suggestion: "2000000"))
        #expect(ScalarText.number("2.000") == .separated(suggestion: "2000"))
        #expect(ScalarText.number("12,5") == .separated(suggestion: "12.5"))
        #expect(ScalarText.number("0.125") == .number(Decimal(string: "0.125")!), "a leading 0 is never a thousands group")
        #expect(ScalarText.number("1.1250") == .number(Decimal(string: "1.125")!), "four decimals: clearly a decimal")
    }

    @Test func percentagesAndDurations() {
        #expect(ScalarText.percent("90%") == 90)
        #expect(ScalarText.percent("12.5%") == Decimal(string: "12.5"))
        #expect(ScalarText.percent("90") == nil)
        #expect(ScalarText.duration("14d") == 14)
        #expect(ScalarText.duration("2w") == 14)
        #expect(ScalarText.duration("14") == nil)
    }

    @Test func daysRoundTripAndKnowTheirWeekday() {
        let day = Day(year: 2024, month: 2, day: 29)!
        #expect(day.description == "2024-02-29")
        #expect(day.vietnamese == "29/02/2024")
        #expect(Day(year: 1970, month: 1, day: 1)!.number == 0)
        #expect(Day(year: 2024, month: 6, day: 30)!.weekday == 7, "a Sunday")
        for number in stride(from: Int32(-719_162), to: 2_900_000, by: 997) {
            let (y, m, d) = Day(number: number).components
            #expect(Day(year: y, month: m, day: d)?.number == number)
        }
    }

    @Test func plainRecordValuesAreTyped() {
        #expect(Value.typing(plain: "true") == .bool(true))
        #expect(Value.typing(plain: "no") == .text("no"))
        #expect(Value.typing(plain: "0777") == .number(777))
        #expect(Value.typing(plain: "2024-05-01") == .date(Day(year: 2024, month: 5, day: 1)!))
        #expect(Value.typing(plain: "2024-02-30") == nil)
        #expect(Value.typing(plain: "2.000.000") == .text("2.000.000"))
    }

    @Test func periodsOfAWindow() {
        let q2 = Read.parseWindow("2024-Q2")!
        #expect(q2.description == "2024-04-01..2024-06-30")
        #expect(Read.parseWindow("2024-H2")!.description == "2024-07-01..2024-12-31")
        #expect(Read.parseWindow("2024-05")!.length == 31)
        #expect(Read.parseWindow("2024-13") == nil)
        let months = PeriodUnit.month.periods(of: q2)
        #expect(months.map(\.description) == ["2024-04-01..2024-04-30", "2024-05-01..2024-05-31", "2024-06-01..2024-06-30"])
        let weeks = PeriodUnit.week.periods(of: Read.parseWindow("2024-05")!)
        #expect(weeks.first?.description == "2024-05-01..2024-05-05", "ISO weeks start on Monday")
        #expect(weeks.count == 5)
    }
}
