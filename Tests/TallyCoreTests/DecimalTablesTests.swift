import Foundation
import Testing
@testable import TallyCore

/// The arithmetic a roll-up repeats is worked out once per run (DecimalTables) and
/// scores with whole weights are summed in integers: the answers are the decimal ones.
@Suite struct DecimalTablesTests {
    @Test func percentOfABaseIsTheDecimalCeiling() {
        for percent in ["80", "12.5", "100", "0", "33.33", "66.7", "1"].map({ Decimal(string: $0)! }) {
            for base in [0, 1, 3, 7, 12, 15, 92, 1_000_001].map({ Decimal($0) }) {
                #expect(Exact.ceil(percent: percent, of: base) == Exact.ceil(percent * base / 100), "\(percent)% of \(base)")
            }
        }
        #expect(Exact.ceil(percent: 80, of: 12) == 10)
        for percent in ["50", "12.5", "33.33"].map({ Decimal(string: $0)! }) {
            for base in [3, 7, 100].map({ Decimal($0) }) { #expect(DecimalTables.portion(percent: percent, of: base) == percent * base / 100) }
        }
        #expect(Exact.ceil(percent: Decimal(string: "12.5")!, of: 7) == 1)
    }

    /// Whole percentages of whole bases, worked out in integers from their digits: the decimal ceilings.
    @Test func wholePercentOfAWholeBaseIsTheDecimalCeiling() {
        for percent in 0...100 {
            for base in [0, 1, 2, 3, 7, 12, 15, 33, 60, 99, 101, 997, 1_000_000] {
                #expect(Exact.ceil(percent: Decimal(percent), of: Decimal(base)) == Exact.ceil(Decimal(percent) * Decimal(base) / 100), "\(percent)% of \(base)")
            }
        }
    }

    /// A whole number read from a decimal's digits is Foundation's own answer (this platform's
    /// layout is known, so the quick reading is the one in use), and fractions, NaN and numbers too
    /// long for it are left to Foundation.
    @Test func digitsReadAsFoundationReadsThem() {
        #expect(DecimalDigits.layoutKnown)
        var random = TestRandom(seed: 2030)
        var texts = ["0", "-0", "1", "-1", "12", "100", "1e3", "65535", "65536", "4294967295", "4294967296", "281474976710655",
                     "281474976710656", "999999999999999999", "1000000000000000000", "1.5", "-7.25", "2.0", "0.001", "1e12", "1e13", "5e17"]
        for _ in 0..<3_000 {
            let digits = (0..<(1 + random.next(19))).map { _ in String(random.next(10)) }.joined()
            texts.append((random.next(2) == 0 ? "-" : "") + digits + (random.next(3) == 0 ? "e\(random.next(14))" : "") )
            texts.append(digits + "." + String(random.next(100)))
        }
        // Values made by arithmetic too (products, quotients, sums, rounding), not only parsed ones.
        var values = texts.map { Decimal(string: $0)! }
        for _ in 0..<2_000 {
            let a = Decimal(random.next(100_000)), b = Decimal(1 + random.next(999))
            var product = a * b, rounded = Decimal(), scaled = Decimal()
            var quotient = a / b
            NSDecimalRound(&rounded, &quotient, random.next(4), .plain)
            _ = NSDecimalMultiplyByPowerOf10(&scaled, &product, Int16(random.next(8)) - 3, .plain)
            values += [product, a / b, rounded, scaled, a + b - b, Decimal(string: "0.10")! * Decimal(10)]
        }
        for value in values {
            let text = "\(value)"
            let slow: Int? = value.exponent <= 15 && (value.exponent >= 0 || Exact.floor(value) == value) && abs(value) < 1_000_000_000_000_000
                ? Int(NSDecimalNumber(decimal: value).int64Value) : nil
            if let quick = DecimalDigits.integer(value) { #expect(quick == slow, "\(text)") }
            #expect(Exact.integer(value) == slow, "\(text)")
        }
        #expect(DecimalDigits.integer(Decimal.nan) == nil && Exact.integer(Decimal.nan) == nil)
    }

    @Test func quotientsAreTheDecimalOnes() {
        for (part, total) in [(7, 15), (0, 3), (3, 3), (1, 7), (20, 21)] {
            #expect(DecimalTables.quotient(part, total) == Decimal(part) / Decimal(total))
        }
    }

    @Test func wholeWeights() {
        #expect(Exact.whole(1) == 1 && Exact.whole(0) == 0 && Exact.whole(1_000_000) == 1_000_000)
        #expect(Exact.whole(Decimal(string: "2.0")!) == 2 && Exact.whole(Decimal(string: "20")!) == 20)
        for fraction in ["0.5", "-1", "1000001", "1e30", "1.25"] { #expect(Exact.whole(Decimal(string: fraction)!) == nil, "\(fraction)") }
        // Written every way a whole number can be: the same as Foundation's reading of it.
        for text in ["3.000", "1e3", "1000e-3", "65536", "65535", "999999.0", "1000000.000000", "7e5", "0.0", "120000e-4", "4294960000e-4"] {
            let value = Decimal(string: text)!
            #expect(Exact.whole(value) == NSDecimalNumber(decimal: value).intValue, "\(text)")
        }
        for number in stride(from: 0, through: 1_000_000, by: 997) { #expect(Exact.whole(Decimal(number)) == number) }
        var target = Target(id: "a", title: "A", measure: .count(kinds: ["x"], distinct: nil), atLeast: .number(1), window: DateWindow.year(2024)!)
        #expect(target.wholeWeight == 1)
        target.weight = Decimal(string: "0.5")!
        #expect(target.wholeWeight == nil)
    }

    /// Scores with whole weights (summed in integers) and with a fractional one (summed in decimals).
    @Test(arguments: [["1", "2", "1"], ["0.5", "1.5", "1"]])
    func scoresWeighTheTargetsMet(_ weights: [String]) {
        let year = DateWindow.year(2024)!
        var records = RecordSet()
        let kind = records.kindID("meeting")!
        let file = records.fileID("r.yaml")!
        records.append(day: Day(year: 2024, month: 2, day: 1)!, kind: kind, file: file, line: 1, fields: [])
        let targets = weights.enumerated().map { index, weight in
            Target(id: "t\(index)", title: "T", weight: Decimal(string: weight)!, measure: .count(kinds: ["meeting"], distinct: nil),
                   atLeast: .number(index == 1 ? 5 : 1), window: year)
        }
        let programme = Programme(title: "P", organisation: "O", period: year, language: .en, rosterOrder: [], rosters: [:], targets: targets,
                                  rating: [RatingBand(atLeast: 50, label: "Good"), RatingBand(atLeast: nil, label: "Weak")])
        let result = Evaluator(programme: programme, records: records, asOf: Day(year: 2025, month: 1, day: 1)!).evaluate()
        // Targets 0 and 2 are met, target 1 (5 meetings) missed: (w0 + w2) / (w0 + w1 + w2).
        let w = weights.map { Decimal(string: $0)! }
        let expected = (w[0] + w[2]) / (w[0] + w[1] + w[2])
        #expect(result.achieved.value == expected)
        #expect(abs(result.achieved.double - NSDecimalNumber(decimal: expected).doubleValue) < 1e-12)
        #expect(result.achieved.rating == "Good")
    }

    /// A rating band that is not a whole number is reached as it always was: by the score rounded
    /// in its 38th digit, times 100 (whole bands are compared in integers, with the same answers).
    @Test func ratingBandsAreReachedAsTheDecimalScoreReachesThem() {
        let year = DateWindow.year(2024)!
        var records = RecordSet()
        let kind = records.kindID("meeting")!, file = records.fileID("r.yaml")!
        records.append(day: Day(year: 2024, month: 2, day: 1)!, kind: kind, file: file, line: 1, fields: [])
        let bands = ["66.666666666666666666666666666666666667", "66.666666666666666666666666666666666666", "66.67", "66", "67", "50", "80"]
        for met in 0...6 {
            let targets = (0..<6).map { index in
                Target(id: "t\(index)", title: "T", measure: .count(kinds: ["meeting"], distinct: nil), atLeast: .number(index < met ? 1 : 5), window: year)
            }
            for band in bands.map({ Decimal(string: $0)! }) {
                let programme = Programme(title: "P", organisation: "O", period: year, language: .en, rosterOrder: [], rosters: [:], targets: targets,
                                          rating: [RatingBand(atLeast: band, label: "Reached"), RatingBand(atLeast: nil, label: "Not")])
                let score = Evaluator(programme: programme, records: records, asOf: Day(year: 2025, month: 1, day: 1)!).evaluate().achieved
                #expect(score.rating == (score.value * 100 >= band ? "Reached" : "Not"), "\(met) of 6 against \(band)")
            }
        }
    }

    /// Bounds and measured fractions in integers: every comparison gives the decimal answer.
    @Test func wholeFractionsCompareAsDecimals() {
        let bounds = ["0", "1", "3", "80", "100", "12.5", "1e3", "1000000", "25000000", "0.5", "-2"].map { Decimal(string: $0)! }
        for (part, total) in [(0, 1), (5, 1), (80, 1), (700, 9), (300, 3), (100, 1), (2_500_000_000, 100), (-3, 1), (1, 3)] {
            let measured = Measured(part: part, of: total)
            let decimal = Measured(numerator: Decimal(part), denominator: Decimal(total))
            #expect(measured.value == decimal.value, "\(part)/\(total)")
            #expect(measured.double == Exact.double(Decimal(part)) / Exact.double(Decimal(total)))
            for bound in bounds {
                #expect(measured.atLeast(WholeBound(bound)) == decimal.atLeast(bound), "\(part)/\(total) >= \(bound)")
                #expect(measured.atMost(WholeBound(bound)) == decimal.atMost(bound), "\(part)/\(total) <= \(bound)")
            }
        }
        #expect(WholeBound(Decimal(string: "12.5")!).whole == nil && WholeBound(Decimal(string: "1e3")!).whole == 1000)
    }

    @Test func integersOfDecimals() {
        for text in ["0", "-7", "3.000", "1e3", "120000e-4", "999999999999999", "-999999999999999"] {
            let value = Decimal(string: text)!
            #expect(Exact.integer(value) == NSDecimalNumber(decimal: value).intValue, "\(text)")
        }
        for text in ["0.5", "1e15", "-1e15", "1e30", "1.25"] { #expect(Exact.integer(Decimal(string: text)!) == nil, "\(text)") }
    }

    /// The pace of a whole threshold in integers is the decimal floor, on every day of a year.
    @Test func wholePacesAreTheDecimalOnes() {
        let year = DateWindow.year(2024)!
        for threshold in [1, 2, 7, 12, 100, 365, 1_000_000] {
            for day in stride(from: 0, through: 366, by: 5) {
                let elapsed = Elapsed(year, on: year.from.advanced(by: day))
                #expect(elapsed.pace(whole: threshold).map { Decimal($0) } == elapsed.pace(Decimal(threshold)), "\(threshold) on day \(day)")
            }
        }
    }

    /// A sum of whole amounts is also given as an integer; one with cents or a huge amount is not.
    @Test func wholeSums() {
        var records = RecordSet()
        let kind = records.kindID("support")!, file = records.fileID("r.yaml")!
        let amount = records.fieldID("amount")!
        for (line, text) in ["300000", "2500000", "-100", "12.5", "99999999999999999999"].enumerated() {
            let value: Value = .number(Decimal(string: text)!)
            records.append(day: Day(year: 2024, month: 2, day: 1)!, kind: kind, file: file, line: Int32(line + 1), fields: [(amount, value)])
        }
        let whole = records.sum(amount, over: 0..<3)
        #expect(whole.whole == 2_799_900 && whole.0 == 2_799_900 && whole.1.count == 3)
        let cents = records.sum(amount, over: 0..<4)
        #expect(cents.whole == nil && cents.0 == Decimal(string: "2799912.5")!)
        let huge = records.sum(amount, over: [0, 4])
        #expect(huge.whole == nil && huge.0 == Decimal(string: "100000000000000299999")!)
    }
}
