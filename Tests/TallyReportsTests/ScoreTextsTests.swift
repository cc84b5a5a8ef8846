import Foundation
import Testing
@testable import TallyCore
@testable import TallyReports

/// The roll-up's score column formats each score once: what it gives is what `Phrases.score`
/// gives, for scores that round alike and apart, in both languages, provisional or not.
@Suite struct ScoreTextsTests {
    struct Standing: ProgrammeStanding {
        var achieved: Score
        var isProvisional: Bool
        var verdict: Verdict { .compliant }
        var projected: Score { achieved }
        var counts: [Status: Int] { [:] }
    }

    static func standing(_ value: Decimal, provisional: Bool) -> Standing {
        Standing(achieved: Score(value: value, double: Exact.double(value), rating: nil), isProvisional: provisional)
    }

    @Test(arguments: [Language.en, .vi])
    func givesWhatPhrasesGive(language: Language) {
        let phrases = Phrases(language)
        let texts = ScoreTexts()
        let values: [Decimal] = [0, 1, Decimal(string: "0.5")!, Decimal(2) / Decimal(3), Decimal(1) / Decimal(3), Decimal(string: "0.0995")!,
                                 Decimal(string: "0.0999")!, Decimal(string: "0.995")!, Decimal(string: "0.095")!]
        for _ in 0..<2 {  // the second time from what was kept
            for value in values {
                for provisional in [false, true] {
                    let item = Self.standing(value, provisional: provisional)
                    #expect(texts.score(item, phrases) == phrases.score(item))
                }
            }
        }
        #expect(texts.score(Self.standing(Decimal(2) / Decimal(3), provisional: false), phrases) == "67%")
    }

    /// Past `limit` texts it starts again, and still answers right.
    @Test func staysBounded() {
        let phrases = Phrases(.en), texts = ScoreTexts()
        for numerator in 0..<(ScoreTexts.limit + 50) {
            let item = Self.standing(Decimal(numerator) / Decimal(ScoreTexts.limit + 50), provisional: false)
            #expect(texts.score(item, phrases) == phrases.score(item))
        }
        #expect(texts.count <= ScoreTexts.limit)
    }
}
