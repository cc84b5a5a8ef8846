"""Writes a large records workbook the way Excel keeps one, for measuring the .xlsx reader's
memory (FORMAT.md section 11): shared strings, date cells with a dd/mm/yyyy style, number cells.

    python3 make_large_workbook.py OUT_DIR [ROWS]     # ROWS defaults to 300000

OUT_DIR receives so-theo-doi.xlsx and programme.yaml; then measure with
    /usr/bin/time -v tally check OUT_DIR/programme.yaml --format json > /dev/null
and read "Maximum resident set size". Only the standard library is needed.
"""
import datetime
import os
import sys
import zipfile

UNITS = ["Trung tâm Bảo trợ xã hội tỉnh", "Trung tâm Dịch vụ việc làm", "Văn phòng Sở", "Phòng Công chứng số 1"]
ACTIVITIES = ["conference", "gift", "meeting"]
HEADER = ["date", "activity", "unit", "amount", "attended", "title"]

PROGRAMME = """programme: Large workbook
organisation: Công đoàn cơ sở thử
period: 2024
rosters:
  centres: [{units}]
records: [so-theo-doi.xlsx]
targets:
  - {{id: conferences, title: Hội nghị CBCC, count: conference, each: centres, by: 2024-03-31}}
  - {{id: gifts, title: Quà, sum: amount, of: gift, at-least: 3000000}}
  - {{id: attended, title: Có mặt, share: [conference, meeting], that: attended, at-least: 60%}}
  - {{id: titled, title: Có tiêu đề, count: [conference, gift, meeting], where: title, at-least: 3}}
"""


def column(index):
    return "ABCDEFGHIJ"[index]


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 300_000
    os.makedirs(out, exist_ok=True)
    strings = HEADER + UNITS + ACTIVITIES + [f"Hoạt động số {n}" for n in range(1000)]
    index = {text: n for n, text in enumerate(strings)}
    base = datetime.date(1899, 12, 30)
    with zipfile.ZipFile(os.path.join(out, "so-theo-doi.xlsx"), "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        book.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hoạt động" sheetId="1" r:id="rId1"/></sheets></workbook>')
        book.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        book.writestr("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
        shared = "".join(f"<si><t>{text}</t></si>" for text in strings)
        book.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>')
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            cells = "".join(f'<c r="{column(n)}1" t="s"><v>{index[name]}</v></c>' for n, name in enumerate(HEADER))
            sheet.write(f'<row r="1">{cells}</row>'.encode())
            for number in range(rows):
                row = number + 2
                day = datetime.date(2024, 1, 1) + datetime.timedelta(days=number % 366)
                activity = ACTIVITIES[number % 3]
                cells = [f'<c r="A{row}" s="1"><v>{(day - base).days}</v></c>',
                         f'<c r="B{row}" t="s"><v>{index[activity]}</v></c>',
                         f'<c r="C{row}" t="s"><v>{index[UNITS[number % 4]]}</v></c>']
                if activity == "gift":
                    cells.append(f'<c r="D{row}"><v>{100000 * (1 + number % 20)}</v></c>')
                else:
                    cells.append(f'<c r="E{row}" t="b"><v>{number % 2}</v></c>')
                cells.append(f'<c r="F{row}" t="s"><v>{len(HEADER) + len(UNITS) + 3 + number % 1000}</v></c>')
                sheet.write(f'<row r="{row}">{"".join(cells)}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
    with open(os.path.join(out, "programme.yaml"), "w", encoding="utf-8") as file:
        file.write(PROGRAMME.format(units=", ".join(UNITS)))


if __name__ == "__main__":
    main()
