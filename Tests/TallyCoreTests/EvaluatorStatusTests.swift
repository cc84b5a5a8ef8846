import Foundation
import Testing
@testable import TallyCore

/// Every status of section 6 for each measure, before, inside and after windows, with the boundaries.
@Suite struct EvaluatorStatusTests {
    /// count: 4 meetings in Q2 (91 days), two records.
    let count = try! Fixture(programme: Fixture.programme("""
      - {id: q2, title: Q2, count: meeting, during: 2024-Q2, at-least: 4}
      - {id: deadline, title: D, count: meeting, by: 2024-04-30, at-least: 2}
    """), records: ["records.yaml": """
    - {date: 2024-04-10, activity: meeting}
    - {date: 2024-05-20, activity: meeting}
    - {date: 2024-03-31, activity: meeting}
    """])

    @Test func countBeforeInsideAndAfterItsWindow() throws {
        #expect(try count.status("q2", asOf: "2024-03-31") == .upcoming, "the day before the window opens")
        #expect(try count.status("q2", asOf: "2024-04-01") == .onTrack, "floor(4 × 1/91) = 0")
        #expect(try count.status("q2", asOf: "2024-05-15") == .onTrack, "1 ≥ floor(4 × 45/91) = 1")
        #expect(try count.status("q2", asOf: "2024-06-10") == .behind, "2 < floor(4 × 71/91) = 3")
        #expect(try count.status("q2", asOf: "2024-06-30") == .behind, "the last day is still open")
        #expect(try count.status("q2", asOf: "2024-07-01") == .missed, "closed the day after")
        let result = try count.target("q2", asOf: "2024-06-10")
        #expect(result.value == 2 && result.required == 4 && result.pace == 3)
    }

    @Test func byRunsFromTheProgrammeStart() throws {
        let result = try count.target("deadline", asOf: "2024-04-30")
        #expect(result.window.description == "2024-01-01..2024-04-30")
        #expect(result.status == .met, "count is met as soon as it holds, even while open")
        #expect(result.evidence.count == 2)
        #expect(try count.status("deadline", asOf: "2024-04-09") == .onTrack, "1 ≥ floor(2 × 100/121) = 1")
    }

    /// sum and at-most.
    let sums = try! Fixture(programme: Fixture.programme("""
      - {id: gifts, title: G, sum: amount, of: gift, at-least: 1000000, during: 2024-H1}
      - {id: violations, title: V, count: violation, at-most: 0, during: 2024-H1}
      - {id: spend, title: S, sum: amount, of: gift, at-most: 1500000, during: 2024-H1}
    """), records: ["records.yaml": """
    - {date: 2024-02-01, activity: gift, amount: 400000.5}
    - {date: 2024-05-01, activity: gift, amount: 599999.5}
    - {date: 2024-06-15, activity: violation}
    """])

    @Test func sumIsExact() throws {
        let result = try sums.target("gifts", asOf: "2024-05-01")
        #expect(result.value == 1_000_000)
        #expect(result.status == .met)
        #expect(try sums.status("gifts", asOf: "2024-04-30") == .behind, "400000.5 < floor(1000000 × 121/182) = 664835")
    }

    @Test func atMostIsMetOnlyOnceClosedAndMissedOnceExceeded() throws {
        #expect(try sums.status("violations", asOf: "2023-12-31") == .upcoming)
        #expect(try sums.status("violations", asOf: "2024-06-14") == .onTrack)
        #expect(try sums.status("violations", asOf: "2024-06-15") == .missed, "exceeded while the window is open")
        #expect(try sums.status("spend", asOf: "2024-06-30") == .onTrack)
        #expect(try sums.status("spend", asOf: "2024-07-01") == .met)
    }

    /// share: nothing to measure stands at 100%; met only once closed.
    let share = try! Fixture(programme: Fixture.programme("""
      - {id: bloc, title: B, share: bloc, that: attended, at-least: 75%, during: 2024-H1}
    """), records: ["records.yaml": """
    - {date: 2024-02-01, activity: bloc, attended: true}
    - {date: 2024-03-01, activity: bloc, attended: true}
    - {date: 2024-04-01, activity: bloc, attended: true}
    - {date: 2024-05-01, activity: bloc, attended: false}
    - {date: 2024-06-01, activity: bloc}
    """])

    @Test func shareIsNonMonotone() throws {
        let empty = try share.target("bloc", asOf: "2024-01-15")
        #expect(empty.status == .onTrack && empty.value == 100 && empty.nothingToMeasure)
        #expect(try share.status("bloc", asOf: "2024-04-30") == .onTrack, "3/3 = 100%")
        #expect(try share.status("bloc", asOf: "2024-05-01") == .onTrack, "3/4 = 75%: holds, but not met while open")
        let behind = try share.target("bloc", asOf: "2024-06-01")
        #expect(behind.status == .behind && behind.value == 60)
        #expect(try share.status("bloc", asOf: "2024-07-01") == .missed)
        #expect(try share.status("bloc", asOf: "2024-05-31") == .onTrack)
    }

    /// respond: in time, late, pending, overdue; the deadline day is still open.
    let respond = try! Fixture(programme: Fixture.programme("""
      - {id: visits, title: V, respond: {to: proposal, with: visit, within: 14d}, at-least: 50%, during: 2024-H1}
    """), records: ["records.yaml": """
    - {date: 2024-03-01, activity: proposal, id: P1}
    - {date: 2024-03-15, activity: visit, responds-to: P1}
    - {date: 2024-03-10, activity: proposal, id: P2}
    - {date: 2024-04-01, activity: visit, responds-to: P2}
    - {date: 2024-06-20, activity: proposal, id: P3}
    - {date: 2024-05-01, activity: proposal, id: P4}
    - {date: 2024-04-30, activity: visit, responds-to: P4}
    """])

    @Test func triggersAreClassified() throws {
        let result = try respond.target("visits", asOf: "2024-06-30")
        let states = Dictionary(uniqueKeysWithValues: result.triggers.map { ($0.id, $0.state) })
        #expect(states == ["P1": .inTime, "P2": .late, "P3": .pending, "P4": .overdue],
                "P1 answered on its deadline; P4's visit predates it, so it does not answer it")
        #expect(result.value == Decimal(100) / 3)
        #expect(result.overdue == ["P4"] && result.pending == ["P3"])
        #expect(result.status == .behind)
        let onDeadline = try respond.target("visits", asOf: "2024-03-24")
        #expect(onDeadline.triggers.first { $0.id == "P2" }?.state == .pending, "deadline 2024-03-24 is the as-of date")
        #expect(try respond.target("visits", asOf: "2024-03-25").triggers.first { $0.id == "P2" }?.state == .overdue)
        #expect(try respond.status("visits", asOf: "2024-07-05") == .missed)
    }

    @Test func answersAfterTheAsOfDateDoNotCount() throws {
        let result = try respond.target("visits", asOf: "2024-03-14")
        #expect(result.triggers.map(\.state) == [.pending, .pending])
        #expect(result.nothingToMeasure && result.value == 100)
    }

    /// Several answers: the earliest counts, a tie on its day goes to the first in the file.
    let answeredTwice = try! Fixture(programme: Fixture.programme("""
      - {id: visits, title: V, respond: {to: proposal, with: [visit, call], within: 14d}, at-least: 50%, during: 2024-H1}
    """), records: ["records.yaml": """
    - {date: 2024-03-01, activity: proposal, id: P1}
    - {date: 2024-03-20, activity: visit, responds-to: P1, title: late visit}
    - {date: 2024-03-10, activity: visit, responds-to: P1, title: first on the day}
    - {date: 2024-02-28, activity: call, responds-to: P1, title: before the proposal}
    - {date: 2024-03-10, activity: call, responds-to: P1, title: second on the day}
    """])

    @Test func theEarliestAnswerCountsAndATieGoesToTheFirstInTheFile() throws {
        let result = try answeredTwice.target("visits", asOf: "2024-06-30")
        let trigger = try #require(result.triggers.first)
        #expect(trigger.state == .inTime && trigger.answeredOn == Day(year: 2024, month: 3, day: 10))
        #expect(trigger.answer == 2, "the visit of 10 March, before the call of the same day in the file")
        #expect(Array(result.evidence) == [0, 2])
    }

    /// An id matches as Swift strings do: `ỐM-1` precomposed (NFC) is answered by `ỐM-1` decomposed (NFD).
    let canonicalIDs = try! Fixture(programme: Fixture.programme("""
      - {id: visits, title: V, respond: {to: proposal, with: visit, within: 14d}, at-least: 50%, during: 2024-H1}
    """), records: ["records.yaml": """
    - {date: 2024-03-03, activity: proposal, id: "\u{1ED0}M-1"}
    - {date: 2024-03-05, activity: visit, responds-to: "O\u{302}\u{301}M-1"}
    """])

    @Test func anAnswerMatchesItsTriggerWhateverTheUnicodeForm() throws {
        #expect(canonicalIDs.errors().isEmpty, "the reference is known")
        let result = try canonicalIDs.target("visits", asOf: "2024-06-30")
        #expect(result.triggers.map(\.state) == [.inTime])
        #expect(result.triggers.first?.answer == 1)
    }

    /// Milestones replace the linear pace.
    let milestones = try! Fixture(programme: Fixture.programme("""
      - {id: m, title: M, count: inspection, at-least: 4, milestones: [{by: 2024-06-30, at-least: 50%}]}
    """), records: ["records.yaml": """
    - {date: 2024-06-30, activity: inspection}
    - {date: 2024-07-02, activity: inspection}
    """])

    @Test func milestoneMissedOnceItsDateHasPassed() throws {
        #expect(try milestones.status("m", asOf: "2024-06-30") == .onTrack, "the milestone day itself is still open")
        let after = try milestones.target("m", asOf: "2024-07-01")
        #expect(after.status == .behind)
        #expect(after.milestones.first?.state == .missed)
        #expect(after.milestones.first?.required == 2 && after.milestones.first?.value == 1)
        #expect(try milestones.status("m", asOf: "2024-06-01") == .onTrack, "0 records but milestones replace the linear pace")
    }

    @Test func exemptionsWaiveAndExpire() throws {
        let fixture = try Fixture(programme: Fixture.programme("""
          - {id: a, title: A, count: meeting}
        """, extra: """
        exemptions:
          - {target: a, reason: R, approved-by: B, until: 2024-03-31}
        """), records: ["records.yaml": "[]"])
        let waived = try fixture.evaluate(asOf: "2024-03-31")
        #expect(waived.targets[0].status == .exempt)
        #expect(waived.score == 1 && waived.verdict == .compliant)
        let expired = try fixture.evaluate(asOf: "2024-04-01")
        #expect(expired.targets[0].status == .onTrack)
        #expect(expired.exemptions.first?.expired == true)
    }
}
