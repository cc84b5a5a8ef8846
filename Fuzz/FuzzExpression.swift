import struct Foundation.Decimal
@testable import TallyCore

/// libFuzzer entry point for the expression language: `ExpressionParser.parse`, then the
/// parsed condition evaluated on a small record set both ways (`holds` and `compiled`, which
/// must agree) and as the `where`/`that` of the targets of a small programme.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: FuzzSupport.bytes(data, size), as: UTF8.self)
    FuzzExpression.run(text)
    return 0
}

/// The fixed records and programme the fuzzed conditions are evaluated against.
enum FuzzExpression {
    static func run(_ text: String) {
        let expression: TallyCore.Expression
        do {
            expression = try ExpressionParser.parse(text)
        } catch {
            // The offset becomes a column in the programme file: it must lie inside the text.
            precondition(error.offset >= 0 && error.offset <= text.count, "failure offset \(error.offset) outside 0...\(text.count)")
            return
        }
        _ = (expression.fieldNames, expression.rosterNames, expression.truthyFields, expression.numericFields)
        let context = ExpressionContext(records: records, rosters: programme.rosters)
        let compiled = expression.compiled(context)
        for index in 0..<records.count {
            let direct = expression.holds(for: index, in: context)
            precondition(direct == compiled(index), "holds (\(direct)) and compiled disagree on record \(index) for \(expression)")
        }
        var withCondition = programme
        withCondition.targets = targets(expression, text: text)
        FuzzSupport.evaluate(withCondition, records: records)
    }

    static let period = DateWindow.year(2024)!

    /// A count with `where`, the same per roster member, a share with `that` and a sum with `where`.
    static func targets(_ condition: TallyCore.Expression, text: String) -> [Target] {
        [
            Target(id: "where", title: "count where", measure: .count(kinds: ["conference"], distinct: nil),
                   condition: condition, conditionText: text, atLeast: .number(2), window: period),
            Target(id: "each", title: "each where", measure: .count(kinds: ["conference", "visit"], distinct: nil),
                   condition: condition, conditionText: text, each: "centres", atLeast: .number(1), window: period),
            Target(id: "share", title: "share that", measure: .share(kinds: ["conference", "visit"], that: condition),
                   thatText: text, atLeast: .percent(50), window: period),
            Target(id: "sum", title: "sum where", measure: .sum(field: "amount", kinds: ["visit"]),
                   condition: condition, conditionText: text, atLeast: .number(1000), window: period,
                   milestones: [Milestone(by: Day(year: 2024, month: 6, day: 30)!, atLeast: .percent(50))]),
        ]
    }

    static let programme: Programme = {
        let centres = Roster(name: "centres", members: [
            .init(name: "Văn phòng Sở"),
            .init(id: "dvvl", name: "Trung tâm Dịch vụ việc làm", aliases: ["TTDVVL"], attributes: ["headcount": .number(35)]),
            .init(name: "Thanh tra Sở", attributes: ["headcount": .number(12)]),
        ])
        return Programme(title: "Fuzz", organisation: "Fuzz", period: period, language: .vi, rosterOrder: ["centres"],
                         rosters: ["centres": centres], activities: [("conference", "Hội nghị"), ("visit", "Thăm hỏi")],
                         path: "fuzz.yaml")
    }()

    /// Records with every kind of value: text, numbers (small, negative, decimal), dates, booleans, lists.
    static let records: RecordSet = {
        var set = RecordSet()
        let file = set.fileID("fuzz-records.yaml")!
        let kinds = [set.kindID("conference")!, set.kindID("visit")!]
        let (unit, title, evidence) = (KnownField.unit, KnownField.title, KnownField.evidence)
        let amount = set.fieldID("amount")!, attended = set.fieldID("attended")!, held = set.fieldID("held")!, note = set.fieldID("note")!
        func day(_ month: Int, _ day: Int) -> Day { Day(year: 2024, month: month, day: day)! }
        let rows: [(Day, Int, [(FieldID, Value)])] = [
            (day(1, 18), 0, [(unit, .text("Văn phòng Sở")), (title, .text("Hội nghị CBCC")), (attended, .bool(true)), (amount, .number(0))]),
            (day(2, 29), 0, [(unit, .text("TTDVVL")), (evidence, .list(["a.pdf", "b.pdf"])), (held, .date(day(2, 28)))]),
            (day(3, 31), 1, [(unit, .text("tttdvvl")), (amount, .number(2_000_000)), (note, .text(""))]),
            (day(6, 30), 1, [(unit, .text("Thanh tra Sở")), (amount, .number(-12.5)), (attended, .bool(false)), (note, .text("FALSE"))]),
            (day(12, 31), 0, [(unit, .list(["Văn phòng Sở", "dvvl"])), (amount, .number(Decimal(string: "123456789012345678901234567890")!))]),
            (day(7, 1), 1, []),
        ]
        for (line, (date, kind, fields)) in rows.enumerated() {
            set.append(day: date, kind: kinds[kind], file: file, line: Int32(line + 1), fields: fields)
        }
        return set
    }()
}

/// Builds the fixed programme and records before fuzzing starts, so they are not taken for leaks.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzExpressionInitialize(_ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> Int32 {
    _ = (FuzzExpression.programme, FuzzExpression.records)
    return 0
}
