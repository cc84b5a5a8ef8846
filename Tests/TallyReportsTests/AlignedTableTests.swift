import Testing
@testable import TallyReports

/// The text roll-up's aligned tables: one very long cell does not pad every other row to its width.
@Suite struct AlignedTableTests {
    @Test func aCellPastTheWidestPaddedRunsOverInsteadOfWideningItsColumn() {
        let long = String(repeating: "Công đoàn ", count: 500)
        let rows = [["Tổ Toán", "1"], [long, "2"], ["Tổ Văn", "3"]]
        let output = ReportOutput.memory()
        RollUp.writeAligned(header: ["Đơn vị", "Số"], rows: rows, cells: { $0 }, to: output)
        let lines = output.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[2] == "Tổ Toán" + String(repeating: " ", count: RollUp.widestPadded - 7) + "  1")
        #expect(lines[3] == long + "  2", "the long cell runs past its column")
        #expect(lines[4].count == RollUp.widestPadded + 3)
        // Cells within the limit still align as before.
        let short = ReportOutput.memory()
        RollUp.writeAligned(header: ["A", "B"], rows: [["xx", "1"], ["x", "2"]], cells: { $0 }, to: short)
        #expect(short.text == "A   B\n──  ─\nxx  1\nx   2\n")
    }
}
