import Testing
@testable import TallyCore

/// Kinds, fields and files are typed ids of one record set: joining two sets translates them.
@Suite struct RecordIDTests {
    @Test func aRecordStaysSixteenBytes() {
        #expect(MemoryLayout<Record>.size == 16)
    }

    @Test func knownFieldsHaveTheSameIDInEverySet() {
        var set = RecordSet()
        for (index, name) in KnownField.names.enumerated() { #expect(set.fieldID(name)?.index == index) }
        #expect(set.existingFieldID("unit") == KnownField.unit)
        #expect(set.existingFieldID("responds-to") == KnownField.respondsTo)
        #expect(set.existingFieldID("amount") == nil)
    }

    @Test func joiningTwoSetsTranslatesTheirKindsFieldsAndFiles() throws {
        let day = try #require(Day(year: 2024, month: 3, day: 1))
        var first = RecordSet()
        let visitID = first.kindID("visit"), aID = first.fileID("a.yaml"), amountID = first.fieldID("amount")!
        let visit = try #require(visitID), a = try #require(aID)
        first.append(day: day, kind: visit, file: a, line: 3, fields: [(amountID, .number(5))])
        var second = RecordSet()
        let conferenceID = second.kindID("conference"), visitThereID = second.kindID("visit"), bID = second.fileID("b.csv")
        let conference = try #require(conferenceID), visitThere = try #require(visitThereID), b = try #require(bID)
        let note = second.fieldID("note")!, amount = second.fieldID("amount")!
        #expect(note == amountID && amount != amountID, "the same number stands for different fields in the two sets")
        second.append(day: day, kind: conference, file: b, line: 7, fields: [(note, .text("x")), (KnownField.unit, .text("Tổ 1"))])
        second.append(day: day, kind: visitThere, file: b, line: 9, fields: [(amount, .number(2))])
        let joined = first.append(contentsOf: second)
        #expect(joined)
        #expect(first.kinds == ["visit", "conference"])
        #expect(first.files == ["a.yaml", "b.csv"])
        #expect((0..<first.count).map { first.kind(of: $0) } == ["visit", "conference", "visit"])
        #expect(first.location(of: 1).file == "b.csv" && first.location(of: 1).line == 7)
        let amountHere = try #require(first.existingFieldID("amount")), noteHere = try #require(first.existingFieldID("note"))
        #expect(first.text(noteHere, of: 1) == "x")
        #expect(first.text(KnownField.unit, of: 1) == "Tổ 1")
        #expect(first.sum(amountHere, over: 0..<3).0 == 7)
    }
}
