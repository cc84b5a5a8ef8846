import Foundation
import Testing
@testable import TallyCore
import TallyYAML

/// Date serials, date formats and cell references of Excel workbooks.
@Suite struct XLSXWorkbookTests {
    @Test func dateSerials() {
        #expect(XLSXWorkbook.day(serial: 45292, date1904: false)?.description == "2024-01-01")
        #expect(XLSXWorkbook.day(serial: 45366.75, date1904: false)?.description == "2024-03-15")
        #expect(XLSXWorkbook.day(serial: 61, date1904: false)?.description == "1900-03-01")
        #expect(XLSXWorkbook.day(serial: 59, date1904: false)?.description == "1900-02-28")
        #expect(XLSXWorkbook.day(serial: 1, date1904: true)?.description == "1904-01-02")
        #expect(XLSXWorkbook.day(serial: -3, date1904: false) == nil)
        #expect(XLSXWorkbook.day(serial: .infinity, date1904: false) == nil)
    }

    @Test func dateFormats() {
        for code in ["dd/mm/yyyy", "d/m/yyyy", "[$-42A]d mmmm yyyy", "yyyy-mm-dd", "m/d/yy h:mm"] { #expect(XLSXWorkbook.isDateFormat(code), "\(code)") }
        for code in ["0.00", "#,##0", "[h]:mm:ss", "mm:ss", "0.0\"m\"", "General", "\"ngày\" 0",
                     "#,##0\" VND\"", "0\" days\"", "[$VND] #,##0", "mm\" d\"", "0\\d"] { #expect(!XLSXWorkbook.isDateFormat(code), "\(code)") }
        #expect(XLSXWorkbook.builtInDateFormats.contains(14))
    }

    @Test func references() {
        #expect(XLSXWorkbook.parseReference("C7")! == (7, 3))
        #expect(XLSXWorkbook.parseReference("$AB$12")! == (12, 28))
        #expect(XLSXWorkbook.parseReference("7C") == nil)
        #expect(XLSXWorkbook.parseReference("ZZZZ1") == nil)
        #expect(XLSXWorkbook.columnName(28) == "AB")
        #expect(XLSXWorkbook.columnName(1) == "A")
    }

    @Test func sheetNamesSplitFromPaths() {
        #expect(XLSXRecordReader.split("so/theo-doi.xlsx#Hoạt động") == ("so/theo-doi.xlsx", "Hoạt động"))
        #expect(XLSXRecordReader.split("a.csv") == ("a.csv", nil))
        #expect(XLSXRecordReader.isWorkbook("A.XLSX"))
    }

    /// A sheet part over libxml2's 10 MB single-block limit (60,000 rows do it) parses whole.
    @Test func aPartOverTenMegabytesParses() {
        var xml = "<worksheet><sheetData>"
        let row = "<row><c t=\"inlineStr\"><is><t>Hội nghị cán bộ, công chức, viên chức năm 2024</t></is></c><c><v>45363</v></c></row>"
        xml += String(repeating: row, count: 120_000) + "</sheetData></worksheet>"
        let data = Data(xml.utf8)
        #expect(data.count > 12_000_000)
        var rows = 0
        #expect(XLSXXML.parse(data, start: { name, _ in if name == "row" { rows += 1 } }))
        #expect(rows == 120_000)
    }

    /// Foundation's parser recovers from errors and is never told the input ended: a part cut
    /// short, empty or garbled must still count as damaged, not as the rows read so far.
    @Test func aPartCutShortEmptyOrGarbledIsNotWellFormed() {
        let whole = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row></sheetData></worksheet>"
        var rows = 0
        #expect(XLSXXML.parse(Data(whole.utf8), start: { name, _ in if name == "row" { rows += 1 } }))
        #expect(rows == 2)
        #expect(!XLSXXML.parse(Data(whole.utf8.prefix(whole.utf8.count / 2)), start: { _, _ in }))
        #expect(!XLSXXML.parse(Data(), start: { _, _ in }))
        #expect(!XLSXXML.parse(Data(whole.replacingOccurrences(of: "</row>", with: "</rwo>").utf8), start: { _, _ in }))
    }

    /// A sheet of 300,000 rows holds 1.5 million cells at once: each stays at 32 bytes.
    @Test func aCellIsThirtyTwoBytes() {
        #expect(MemoryLayout<XLSXWorkbook.Cell>.stride == 32)
        var cell = XLSXWorkbook.Cell(row: 1_048_576, column: 16_384, value: .text("Trung tâm Bảo trợ xã hội tỉnh"))
        cell.start = 120
        #expect((cell.row, cell.column, cell.start, cell.reference) == (1_048_576, 16_384, 120, "XFD1048576"))
    }

    /// Cell places, kept as flat arrays: the cell holding a text column of a line, A for an empty row.
    @Test func cellPlacesFindTheCellUnderAColumn() {
        var places = CellPlaces()
        places.endLine()                                      // row 1: empty
        places.add(textColumn: 1, sheetColumn: 2)             // row 2: "2024-03-12 | conference"
        places.add(textColumn: 14, sheetColumn: 28)
        places.endLine()
        #expect(places.reference(line: 1, column: 5) == "A1")
        #expect(places.reference(line: 2, column: 1) == "B2")
        #expect(places.reference(line: 2, column: 13) == "B2")
        #expect(places.reference(line: 2, column: 20) == "AB2")
        #expect(places.reference(line: 3, column: 1) == "A3")
    }
}
