"""Makes so-theo-doi.xlsx, the Sở Tư pháp union's activity book as a clerk keeps it in Excel:
a merged title row, then the header, real date cells and a second sheet of notes.
Run: python3 make_so_theo_doi.py (needs openpyxl)."""
import datetime

from openpyxl import Workbook

book = Workbook()
sheet = book.active
sheet.title = "Hoạt động"
sheet["A1"] = "SỔ THEO DÕI HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ SỞ TƯ PHÁP NĂM 2024"
sheet.merge_cells("A1:D1")
sheet.append(["date", "activity", "unit", "title"])
rows = [
    (datetime.date(2024, 3, 1), "conference", "Văn phòng Sở", "Hội nghị CBCC cơ quan Sở"),
    (datetime.date(2024, 3, 19), "conference", "Trung tâm Trợ giúp pháp lý Nhà nước", None),
    (datetime.date(2024, 4, 5), "conference", "Phòng Công chứng số 1", "Hội nghị viên chức (chậm so với kế hoạch)"),
    (datetime.date(2024, 5, 14), "workers-month", "Tổ công đoàn Văn phòng", "Thăm hỏi công nhân lao động"),
    (datetime.date(2024, 5, 28), "workers-month", "Tổ công đoàn Trợ giúp pháp lý", None),
    (datetime.date(2024, 6, 20), "inspection", "Tổ công đoàn Công chứng", "Kiểm tra thu, chi quỹ"),
]
for row in rows:
    sheet.append(list(row))
for cell in sheet["A"][2:]:
    cell.number_format = "dd/mm/yyyy"
sheet.column_dimensions["A"].width = 12
sheet.column_dimensions["C"].width = 34
sheet.column_dimensions["D"].width = 44
notes = book.create_sheet("Ghi chú")
notes.append(["Người ghi sổ", "Chủ tịch công đoàn cơ sở"])
book.save("so-theo-doi.xlsx")
