"""Makes the .xlsx fixtures of XLSXRecordsTests (run: python3 make_workbooks.py; needs openpyxl).

records.xlsx holds the same records as records.csv, the way a clerk keeps them: a merged title
row above the header, real date cells (dd/mm/yyyy) and a date typed as text, number cells, a
formula whose result Excel saved, a boolean, styled empty cells past the data (trailing rows and
columns), and a second sheet. merged-unit.xlsx writes each unit once, merged down beside its
records. bad-*.xlsx each hold one mistake or one damaged or hostile file: not a ZIP archive, a
ZIP without a workbook, a missing sheet part, a shared-strings part that unpacks to 200 MB (a
"ZIP bomb" of 200 KB), and a sheet whose last row is 1,048,576 with empty rows between.
"""
import datetime
import io
import re
import struct
import zipfile

from openpyxl import Workbook
from openpyxl.styles import PatternFill

GREY = PatternFill("solid", fgColor="EEEEEE")


def records_workbook(path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Hoạt động"
    sheet["A1"] = "Sổ theo dõi hoạt động công đoàn năm 2024"
    sheet.merge_cells("A1:F1")
    sheet.append(["date", "activity", "unit", "amount", "attended", "title"])
    rows = [
        (datetime.date(2024, 3, 12), "conference", "Trung tâm Bảo trợ xã hội tỉnh", None, True, "Hội nghị CBCC năm 2024"),
        ("02/04/2024", "conference", "Trung tâm Dịch vụ việc làm", None, False, None),
        (datetime.date(2024, 4, 6), "gift", "Trung tâm Dịch vụ việc làm", 2000000, None, "Thăm hỏi, tặng quà"),
        (datetime.date(2024, 5, 20), "gift", "Trung tâm Bảo trợ xã hội tỉnh", 1500000, None, None),
        (datetime.date(2024, 6, 1), "meeting", "Trung tâm Bảo trợ xã hội tỉnh", None, True, "Họp BCH quý II"),
    ]
    for row in rows:
        sheet.append(list(row))
    for cell in sheet["A"][2:]:
        if isinstance(cell.value, (datetime.date, datetime.datetime)):
            cell.number_format = "dd/mm/yyyy"
    # Styled but empty cells past the data: trailing rows and columns Excel keeps.
    for row in range(3, 12):
        sheet.cell(row=row, column=8).fill = GREY
    for column in range(1, 7):
        sheet.cell(row=11, column=column).fill = GREY
    other = book.create_sheet("Khác")
    other.append(["date", "activity", "unit"])
    other.append([datetime.date(2024, 7, 1), "meeting", "Trung tâm Dịch vụ việc làm"])
    other["A2"].number_format = "d/m/yyyy"
    book.save(path)
    # openpyxl writes no formula results; make D5 (2,000,000) a formula with its saved result,
    # as Excel writes it.
    rewrite(path, "xl/worksheets/sheet1.xml",
            lambda xml: re.sub(r'(<c r="D5"[^>]*>)(<v>2000000</v>)', r'\1<f>1000000*2</f>\2', xml))
    use_shared_strings(path)


def use_shared_strings(path):
    """openpyxl writes each text in its cell (inlineStr); Excel keeps texts once, in
    xl/sharedStrings.xml, and cells name them by number (t="s"). Rewrite the workbook so."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    strings = []

    def shared(match):
        text = match.group(2)
        if text not in strings:
            strings.append(text)
        return '%s t="s"><v>%d</v></c>' % (match.group(1), strings.index(text))

    changed = []
    for info, data in items:
        if info.filename.startswith("xl/worksheets/"):
            data = re.sub(r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="inlineStr"><is><t>(.*?)</t></is></c>', shared,
                          data.decode("utf-8")).encode("utf-8")
        elif info.filename == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType='
                                b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        elif info.filename == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/'
                                b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        changed.append((info, data))
    table = "".join("<si><t>%s</t></si>" % text for text in strings)
    sst = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
           ' count="%d" uniqueCount="%d">%s</sst>' % (len(strings), len(strings), table))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in changed:
            target.writestr(info, data)
        target.writestr("xl/sharedStrings.xml", sst)


def rewrite(path, part, change):
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == part:
                text = data.decode("utf-8")
                changed = change(text)
                assert changed != text, "the rewrite changed nothing"
                data = changed.encode("utf-8")
            target.writestr(info, data)
    with open(path, "wb") as out:
        out.write(buffer.getvalue())


def small_sheet(path, rows, merge=None):
    """A workbook of one sheet, "Sheet1", holding `rows`; dates shown as yyyy-mm-dd."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for row in rows:
        sheet.append(row)
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
    if merge:
        sheet.merge_cells(merge)
    book.save(path)


def data_above_header(path):
    small_sheet(path, [["Báo cáo", "quý I"], ["date", "activity"], [datetime.date(2024, 1, 5), "meeting"]])


def unsaved_formula(path):
    small_sheet(path, [["date", "activity", "amount"], [datetime.date(2024, 1, 5), "gift", "=1000*2"]])


def merged_unit(path):
    small_sheet(path, [
        ["unit", "date", "activity"],
        ["Trung tâm Bảo trợ xã hội tỉnh", datetime.date(2024, 3, 12), "conference"],
        [None, datetime.date(2024, 6, 1), "meeting"],
        ["Trung tâm Dịch vụ việc làm", datetime.date(2024, 4, 2), "conference"],
    ], merge="A2:A3")


def error_value(path):
    small_sheet(path, [["date", "activity", "amount"], [datetime.date(2024, 1, 5), "gift", 1]])
    rewrite(path, "xl/worksheets/sheet1.xml",
            lambda xml: re.sub(r'<c r="C2"[^>]*>.*?</c>', '<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>', xml))


def without(path, part):
    """A copy of records.xlsx without one part."""
    with zipfile.ZipFile("records.xlsx") as source:
        items = [(info, source.read(info.filename)) for info in source.infolist() if info.filename != part]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info, data)


def shared_strings_bomb(path):
    """200 MB of shared strings (spaces inside one <t>), deflated to about 200 KB, whose headers
    claim 1,000 bytes: Tally must stop unpacking at its limit, not trust the claim."""
    with zipfile.ZipFile("records.xlsx") as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == "xl/sharedStrings.xml":
                bomb = zipfile.ZipInfo("xl/sharedStrings.xml")
                bomb.compress_type = zipfile.ZIP_DEFLATED
                with target.open(bomb, "w") as part:
                    part.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
                    for _ in range(200):
                        part.write(b" " * (1 << 20))
                    part.write(b"</t></si></sst>")
            else:
                target.writestr(info, data)
    # The uncompressed size in the local header (offset 22) and the central directory (offset 24).
    data = bytearray(open(path, "rb").read())
    name = b"xl/sharedStrings.xml"
    at = data.find(name)
    while at >= 0:
        if data[at - 30:at - 26] == b"PK\x03\x04":
            data[at - 8:at - 4] = struct.pack("<I", 1000)
        if data[at - 46:at - 42] == b"PK\x01\x02":
            data[at - 22:at - 18] = struct.pack("<I", 1000)
        at = data.find(name, at + 1)
    with open(path, "wb") as out:
        out.write(bytes(data))


def million_rows(path):
    """A header, one record, then empty rows down to Excel's last row, 1,048,576, which holds a
    styled empty cell: Tally must read it without building a million records or lines."""
    small_sheet(path, [["date", "activity"], [datetime.date(2024, 1, 5), "meeting"]])
    # Rows without their number (r is optional) keep the fixture small once deflated.
    empty = "<row/>" * (1048576 - 3)
    rewrite(path, "xl/worksheets/sheet1.xml",
            lambda xml: xml.replace("</sheetData>", empty + '<row r="1048576"><c r="A1048576" s="1"/></row></sheetData>'))


records_workbook("records.xlsx")
merged_unit("merged-unit.xlsx")
error_value("bad-error-value.xlsx")
without("bad-missing-sheet.xlsx", "xl/worksheets/sheet1.xml")
without("bad-not-a-workbook.xlsx", "xl/workbook.xml")
shared_strings_bomb("bad-zip-bomb.xlsx")
million_rows("bad-million-rows.xlsx")
with open("bad-not-a-zip.xlsx", "w", encoding="utf-8") as out:
    out.write("date,activity\n2024-01-05,meeting\n")
data_above_header("bad-data-above-header.xlsx")
unsaved_formula("bad-unsaved-formula.xlsx")
