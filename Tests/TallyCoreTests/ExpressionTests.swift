import Foundation
import Testing
@testable import TallyCore

/// The `where` / `that` language: parsing, errors with columns, and evaluation on records.
@Suite struct ExpressionTests {
    func records() -> RecordSet {
        var set = RecordSet()
        let file = set.fileID("r.yaml")!
        set.append(day: Day(year: 2024, month: 3, day: 1)!, kind: set.kindID("visit")!, file: file, line: 1, fields: [
            (KnownField.unit, .text("Văn phòng Sở")), (set.fieldID("amount")!, .number(500_000)),
            (set.fieldID("attended")!, .bool(true)), (set.fieldID("note")!, .text("Thăm hỏi ốm đau")),
            (KnownField.evidence, .list(["a.pdf", "b.jpg"])), (set.fieldID("zero")!, .number(0)),
        ])
        return set
    }

    func holds(_ text: String) throws -> Bool {
        let expression = try ExpressionParser.parse(text)
        let rosters = ["offices": Roster(name: "offices", members: [Roster.Member(name: "Văn phòng Sở")])]
        return expression.holds(for: 0, in: ExpressionContext(records: records(), rosters: rosters))
    }

    @Test func comparisonsOfEachType() throws {
        #expect(try holds("amount >= 500000"))
        #expect(try !holds("amount > 500000"))
        #expect(try holds("date < 2024-03-02"))
        #expect(try holds("date == 01/03/2024"))
        #expect(try holds("unit == 'văn phòng sở'"), "text compares like names")
        #expect(try holds("attended == true"))
        #expect(try holds("activity == \"visit\""))
    }

    /// Numbers compare by value whatever their digits: one comparison gives each of the six operators.
    @Test(arguments: [("1.5", "1.50", 0), ("1", "1.0", 0), ("1000", "1e3", 0), ("-2", "1", -1), ("0.3", "0.29999", 1),
                      ("12345678901234567890", "12345678901234567891", -1), ("0", "-0", 0)])
    func numbersCompareByValue(left: String, right: String, order: Int) {
        let a = Value.number(Decimal(string: left)!), b = Value.number(Decimal(string: right)!)
        #expect(Expression.compare(a, .equal, b) == (order == 0))
        #expect(Expression.compare(a, .notEqual, b) == (order != 0))
        #expect(Expression.compare(a, .less, b) == (order < 0))
        #expect(Expression.compare(a, .lessOrEqual, b) == (order <= 0))
        #expect(Expression.compare(a, .greater, b) == (order > 0))
        #expect(Expression.compare(a, .greaterOrEqual, b) == (order >= 0))
    }

    @Test func missingFieldsAndTypeMismatchesAreFalse() throws {
        #expect(try !holds("missing == 1"))
        #expect(try !holds("missing != 1"))
        #expect(try !holds("amount == '500000'"))
        #expect(try !holds("amount < 2024-01-01"))
    }

    @Test func bareFieldsAreTruthy() throws {
        #expect(try holds("attended"))
        #expect(try !holds("zero"))
        #expect(try !holds("missing"))
        #expect(try holds("not missing"))
    }

    @Test func listsRostersAndContains() throws {
        #expect(try holds("unit in offices"))
        #expect(try holds("activity in [visit, meeting]"))
        #expect(try holds("amount in [1, 500000]"))
        #expect(try !holds("activity not in [visit]"))
        #expect(try holds("note contains 'ốm'"))
        #expect(try holds("evidence contains 'B.JPG'"))
    }

    @Test func precedenceAndParentheses() throws {
        #expect(try holds("attended and amount > 1 or missing"))
        #expect(try !holds("not (attended and amount > 1)"))
        #expect(try holds("missing or (attended and not zero)"))
    }

    @Test func hostileNestingIsAnErrorNotAStackOverflow() {
        let text = String(repeating: "(", count: 100_000) + "attended" + String(repeating: ")", count: 100_000)
        #expect(throws: ExpressionParser.Failure.self) { try ExpressionParser.parse(text) }
        let chain = Array(repeating: "a", count: 100_000).joined(separator: " and ")
        #expect(throws: ExpressionParser.Failure.self) { try ExpressionParser.parse(chain) }
        let nots = String(repeating: "not ", count: 100_000) + "attended"
        #expect(throws: ExpressionParser.Failure.self) { try ExpressionParser.parse(nots) }
        #expect((try? ExpressionParser.parse(String(repeating: "(", count: 10) + "a" + String(repeating: ")", count: 10))) == .truthy(.field("a")))
    }

    @Test(arguments: [
        ("amount >= ", 10, "expected a field name or a value, found the end of the condition"),
        ("amount = 5", 7, "\"=\" is not an operator"),
        ("unit == 'Văn phòng", 8, "this text is never closed"),
        ("(attended and amount > 1", 24, "the \"(\" at column 1 is never closed"),
        ("attended amount", 9, "unexpected \"amount\" after a complete condition"),
        ("date > 2024-02-30", 7, "2024-02-30 is not a real date: month 2 of 2024 has 29 days"),
        ("amount > 5 % 2", 11, "\"%\" cannot appear in a condition"),
    ])
    func syntaxErrorsPointAtTheirColumn(_ text: String, _ offset: Int, _ message: String) {
        #expect(throws: ExpressionParser.Failure.self) { try ExpressionParser.parse(text) }
        do {
            _ = try ExpressionParser.parse(text)
        } catch {
            #expect(error.offset == offset)
            var arguments = error.arguments
            arguments["what"] = "where"
            #expect(Diagnostic(error.code, arguments).message(in: .en) == (error.code == .impossibleDate ? message : "in where: " + message))
        }
    }
}
