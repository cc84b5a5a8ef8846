#!/usr/bin/env python3
"""A fourth roll-up shape for tally's benchmarks, written apart from the others: a WIDE and
shallow tree (province / sector / [district]) of trade-union work programmes for 2024.

    python3 benchmarks/shapes/flat-sectors.py OUTDIR COUNT SEED

writes
  OUTDIR/templates/         one base template and five sector templates extending it
                            (8 to 25 targets each, of every kind)
  OUTDIR/<province>/        the provincial union's own programme, then one folder per sector
                            (giao-duc split by district where it is big; doanh-nghiep is one
                            huge folder of 500+ programmes at COUNT=10000)
  OUTDIR/records/<province>/<programme>/
                            the records: one YAML file (flow or block style), one CSV file,
                            quarterly YAML or CSV files read through a glob, or a YAML file
                            plus a CSV file (about 60% of the files YAML, 40% CSV)
  OUTDIR.scanlist           every YAML file (templates, programmes, YAML records; not CSV),
                            one path a line, as OUTDIR was given
  OUTDIR.stats              JSON counts

Programmes extend a sector template; some replace the title, add own targets (with their own
activity kinds), override template targets or exempt targets or roster members.  Rosters hold
5-60 units with ids, aliases and a headcount.  Each programme has 50-800 records (about 180 on
average), produced target by target so that most targets are met and some are not, then filled
with everyday activities.

Deliberate mistakes, about 1% of the records:
  warnings (any programme): misspelt optional field names in YAML records (titel, evidance,
    unti...), a misspelt `evidance` column in a few CSV files;
  errors (only in about 2.5% of the programmes, listed in the stats): unknown units, impossible
    dates (2024-02-30), a misspelt `activity` key, an unknown activity kind, a thousands
    separator in a summed amount.
Standard library only; the output depends only on COUNT and SEED.
"""

import json
import math
import os
import random
import sys
import unicodedata
from datetime import date, timedelta

YEAR_START = date(2024, 1, 1)
YEAR_END = date(2024, 12, 31)

# --------------------------------------------------------------------------------------------
# Names

PROVINCES = [
    ("thai-nguyen", "Thái Nguyên", ["Phú Bình", "Phổ Yên", "Đại Từ", "Định Hóa", "Phú Lương", "Võ Nhai", "Đồng Hỷ", "Sông Công"]),
    ("bac-ninh", "Bắc Ninh", ["Từ Sơn", "Tiên Du", "Quế Võ", "Yên Phong", "Gia Bình", "Lương Tài", "Thuận Thành"]),
    ("bac-giang", "Bắc Giang", ["Lục Nam", "Lục Ngạn", "Yên Thế", "Tân Yên", "Hiệp Hòa", "Việt Yên", "Lạng Giang", "Sơn Động"]),
    ("phu-tho", "Phú Thọ", ["Việt Trì", "Lâm Thao", "Thanh Ba", "Hạ Hòa", "Cẩm Khê", "Tam Nông", "Thanh Sơn", "Đoan Hùng"]),
    ("vinh-phuc", "Vĩnh Phúc", ["Vĩnh Yên", "Phúc Yên", "Bình Xuyên", "Tam Dương", "Tam Đảo", "Lập Thạch", "Yên Lạc", "Vĩnh Tường"]),
    ("tuyen-quang", "Tuyên Quang", ["Yên Sơn", "Sơn Dương", "Hàm Yên", "Chiêm Hóa", "Na Hang", "Lâm Bình"]),
    ("lang-son", "Lạng Sơn", ["Cao Lộc", "Văn Lãng", "Tràng Định", "Bắc Sơn", "Hữu Lũng", "Chi Lăng", "Lộc Bình", "Đình Lập"]),
    ("yen-bai", "Yên Bái", ["Nghĩa Lộ", "Văn Yên", "Trấn Yên", "Lục Yên", "Văn Chấn", "Mù Cang Chải", "Trạm Tấu"]),
    ("lao-cai", "Lào Cai", ["Sa Pa", "Bát Xát", "Bảo Thắng", "Bảo Yên", "Văn Bàn", "Bắc Hà", "Mường Khương"]),
    ("hoa-binh", "Hòa Bình", ["Mai Châu", "Lương Sơn", "Kim Bôi", "Lạc Sơn", "Tân Lạc", "Cao Phong", "Đà Bắc"]),
    ("cao-bang", "Cao Bằng", ["Hòa An", "Trùng Khánh", "Quảng Hòa", "Bảo Lạc", "Nguyên Bình", "Hà Quảng"]),
    ("ha-giang", "Hà Giang", ["Vị Xuyên", "Bắc Quang", "Quản Bạ", "Yên Minh", "Đồng Văn", "Mèo Vạc", "Hoàng Su Phì"]),
    ("bac-kan", "Bắc Kạn", ["Ba Bể", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Bạch Thông"]),
    ("son-la", "Sơn La", ["Mộc Châu", "Mai Sơn", "Thuận Châu", "Yên Châu", "Sông Mã", "Phù Yên"]),
]

COMMUNES = [
    "Tân Thịnh", "Quang Trung", "Hoàng Văn Thụ", "Phan Đình Phùng", "Gia Sàng", "Túc Duyên",
    "Đồng Quang", "Trưng Vương", "Tân Lập", "Thịnh Đán", "Quyết Thắng", "Phúc Hà", "Tích Lương",
    "Cam Giá", "Phú Xá", "Trung Thành", "Tân Thành", "Tân Long", "Quán Triều", "Quang Vinh",
    "Đồng Bẩm", "Chùa Hang", "Linh Sơn", "Huống Thượng", "Sơn Cẩm", "Cao Ngạn", "Phúc Xuân",
    "Phúc Trìu", "Tân Cương", "Thịnh Đức", "Bình Sơn", "Hùng Sơn", "Yên Lãng", "Hà Thượng",
    "Phục Linh", "Tân Thái", "Vạn Thọ", "Ký Phú", "Cát Nê", "Quân Chu", "Minh Tiến", "Phú Cường",
    "Hợp Tiến", "Nam Hòa", "Hóa Thượng", "Văn Hán", "Khe Mo", "Cây Thị", "Tân Hòa", "Kha Sơn",
    "Lương Phú", "Điềm Thụy", "Xuân Phương", "Úc Kỳ", "Nhã Lộng", "Bảo Lý", "Tân Đức",
    "Thượng Đình", "Dương Thành", "Đào Xá", "Tân Kim", "Bàn Đạt", "Kim Phượng", "Phú Đình",
]

PEOPLE = [
    "Lê Lợi", "Nguyễn Trãi", "Trần Phú", "Chu Văn An", "Lương Ngọc Quyến", "Hoàng Văn Thụ",
    "Nguyễn Du", "Lý Tự Trọng", "Võ Thị Sáu", "Kim Đồng", "Nguyễn Huệ", "Trần Quốc Tuấn",
    "Lê Quý Đôn", "Ngô Quyền", "Đinh Tiên Hoàng", "Quang Trung", "Nguyễn Bỉnh Khiêm",
    "Lý Thường Kiệt", "Phan Bội Châu", "Phan Chu Trinh", "Tô Hiệu", "Nguyễn Văn Trỗi",
    "Bế Văn Đàn", "Cù Chính Lan", "Tân Trào", "Hoa Ban", "Sơn Ca", "Họa Mi", "Hướng Dương",
    "Măng Non", "Hai Bà Trưng", "Trần Hưng Đạo", "Nguyễn Viết Xuân", "Đội Cấn", "Hùng Vương",
]

BRANDS = [
    "Việt Thái", "Hòa Phát", "Tân Long", "Phú Cường", "Minh Anh", "Thành Công", "Hưng Thịnh",
    "An Phát", "Đại Dương", "Hoàng Gia", "Sao Mai", "Bình Minh", "Trường Sơn", "Hồng Hà",
    "Phương Nam", "Kim Long", "Đông Á", "Nam Việt", "Toàn Thắng", "Quang Minh", "Thái Hưng",
    "Việt Đức", "Hải Hà", "Thiên Phúc", "Đức Long", "Hà Trung", "Tiến Đạt", "Mạnh Hùng",
    "Kim Sơn", "Phúc Lâm", "Vạn Xuân", "Tân Phát", "Hưng Long", "Nhật Minh", "Anh Dũng",
]
TRADES = [
    "May", "Cơ khí", "Điện tử", "Gạch ngói", "Xi măng", "Chè", "Thép", "Gỗ", "Bao bì", "Nhựa",
    "Thực phẩm", "Vận tải", "Dược phẩm", "Giày da", "Linh kiện điện tử", "Khai thác khoáng sản",
    "Vật liệu xây dựng", "Dệt", "Cơ điện", "Chế biến nông sản",
]
COMPANY_FORMS = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV"]

DEPARTMENTS_ADMIN = [
    "Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp", "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Xây dựng",
    "Sở Giao thông vận tải", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ",
    "Sở Thông tin và Truyền thông", "Sở Lao động – Thương binh và Xã hội", "Sở Ngoại vụ",
    "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ban Dân tộc tỉnh", "Đài Phát thanh – Truyền hình",
    "Trường Chính trị tỉnh", "Bảo hiểm xã hội tỉnh",
]
DISTRICT_OFFICES = [
    "Văn phòng HĐND và UBND", "Phòng Nội vụ", "Phòng Tài chính – Kế hoạch", "Phòng Tư pháp",
    "Phòng Tài nguyên và Môi trường", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thể thao và Truyền thông",
]
ADMIN_UNITS = [
    "Văn phòng", "Thanh tra", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch – Tài chính",
    "Phòng Pháp chế", "Phòng Tổng hợp", "Phòng Quản lý chuyên ngành", "Phòng Hành chính – Quản trị",
    "Chi cục Quản lý thị trường", "Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Chi cục Văn thư – Lưu trữ",
    "Chi cục Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y", "Trung tâm Xúc tiến đầu tư",
    "Trung tâm Công nghệ thông tin", "Trung tâm Trợ giúp pháp lý", "Trung tâm Khuyến nông",
    "Trung tâm Dịch vụ việc làm", "Trung tâm Lưu trữ lịch sử", "Ban Quản lý dự án", "Phòng Một cửa",
    "Phòng Thống kê", "Phòng Kiểm soát thủ tục hành chính", "Trung tâm Quan trắc môi trường",
]
SCHOOL_KINDS = ["Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường THPT", "Trường Tiểu học và THCS"]
SCHOOL_GROUPS = [
    "Toán – Tin", "Ngữ văn", "Tiếng Anh", "Vật lý – Công nghệ", "Hóa – Sinh", "Lịch sử – Địa lý",
    "Giáo dục thể chất – Quốc phòng", "Nghệ thuật", "Văn phòng", "Khối 1", "Khối 2", "Khối 3",
    "Khối 4", "Khối 5", "Nhà trẻ", "Mẫu giáo bé", "Mẫu giáo nhỡ", "Mẫu giáo lớn", "Nuôi dưỡng",
    "Giáo dục công dân", "Khoa học tự nhiên", "Bảo vệ – Phục vụ",
]
HOSPITAL_KINDS = ["Bệnh viện Đa khoa huyện", "Trung tâm Y tế huyện", "Bệnh viện Y học cổ truyền", "Phòng khám Đa khoa khu vực", "Bệnh viện Phục hồi chức năng"]
WARDS = [
    "Khoa Nội tổng hợp", "Khoa Ngoại tổng hợp", "Khoa Sản", "Khoa Nhi", "Khoa Hồi sức tích cực",
    "Khoa Cấp cứu", "Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh", "Khoa Dược", "Phòng Kế hoạch tổng hợp",
    "Phòng Tổ chức cán bộ", "Phòng Tài chính kế toán", "Phòng Điều dưỡng", "Khoa Truyền nhiễm",
    "Khoa Y học cổ truyền", "Khoa Phục hồi chức năng", "Khoa Tai mũi họng", "Khoa Răng hàm mặt",
    "Khoa Mắt", "Khoa Da liễu", "Khoa Thận nhân tạo", "Khoa Ung bướu", "Khoa Tim mạch",
    "Khoa Thần kinh", "Khoa Lão khoa", "Khoa Gây mê hồi sức", "Khoa Kiểm soát nhiễm khuẩn",
    "Khoa Dinh dưỡng", "Khoa Giải phẫu bệnh", "Khoa Huyết học truyền máu", "Phòng Quản lý chất lượng",
    "Phòng Công tác xã hội", "Phòng Hành chính quản trị", "Phòng Vật tư thiết bị y tế",
    "Khoa Khám bệnh", "Khoa Ngoại chấn thương", "Khoa Ngoại tiêu hóa", "Khoa Sơ sinh",
    "Khoa Nội tiết", "Khoa Hô hấp",
]
FACTORY_UNITS = [
    "Phân xưởng Cắt", "Phân xưởng Hoàn thiện", "Phân xưởng Cơ điện", "Kho vận", "Phòng Kỹ thuật",
    "Phòng Hành chính – Nhân sự", "Bộ phận Bảo vệ", "Bếp ăn tập thể", "Phòng Quản lý chất lượng",
    "Phòng Kế toán", "Bộ phận Bảo trì", "Phân xưởng Đóng gói", "Phòng Kinh doanh", "Đội xe",
]
SITE_UNITS = [
    "Xưởng sửa chữa", "Trạm trộn bê tông", "Đội xe máy", "Phòng Kỹ thuật – Vật tư",
    "Phòng Tài chính – Kế toán", "Văn phòng Công ty", "Đội khảo sát thiết kế", "Đội điện nước",
]

SECTORS = {
    # slug: (name, template, weight)
    "doanh-nghiep": ("Công đoàn các doanh nghiệp", "2024-doanh-nghiep.yaml", 0.38),
    "giao-duc": ("Công đoàn ngành Giáo dục", "2024-giao-duc.yaml", 0.27),
    "vien-chuc": ("Công đoàn Viên chức", "2024-vien-chuc.yaml", 0.15),
    "y-te": ("Công đoàn ngành Y tế", "2024-y-te.yaml", 0.12),
    "giao-thong-xay-dung": ("Công đoàn ngành Giao thông – Xây dựng", "2024-giao-thong-xay-dung.yaml", 0.08),
}
SECTOR_ORDER = ["doanh-nghiep", "giao-duc", "vien-chuc", "y-te", "giao-thong-xay-dung"]


def fold(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def short_name(name):
    for p in ("Tổ công đoàn ", "Công đoàn bộ phận ", "Công đoàn "):
        if name.startswith(p):
            return name[len(p):]
    return name


def slug(s):
    out = []
    for c in fold(s).lower():
        out.append(c if c.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


# --------------------------------------------------------------------------------------------
# Activity kinds: label, attribute fields, titles

KINDS = {
    # base
    "ec-meeting": ("Họp Ban Chấp hành công đoàn", ["participants:small"],
                   ["Họp Ban Chấp hành thường kỳ tháng {m}/2024", "Họp BCH mở rộng quý {q}, triển khai nhiệm vụ trọng tâm", "Họp Ban Chấp hành công đoàn cơ sở kỳ {n}"]),
    "party-recommendation": ("Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp", [],
                             ["Giới thiệu đoàn viên ưu tú {p} cho Chi bộ xem xét kết nạp", "Hồ sơ giới thiệu đoàn viên ưu tú đợt {q}"]),
    "hardship-proposal": ("Đề xuất thăm hỏi, hỗ trợ đoàn viên khó khăn", [],
                          ["Đề xuất thăm hỏi đoàn viên {p} ốm đau dài ngày", "Đề nghị hỗ trợ gia đình đoàn viên {p} bị thiên tai", "Đề xuất hỗ trợ đoàn viên có hoàn cảnh đặc biệt khó khăn"]),
    "hardship-visit": ("Thăm hỏi, hỗ trợ đoàn viên có hoàn cảnh khó khăn", ["amount:visit"],
                       ["Thăm hỏi, tặng quà đoàn viên {p}", "Trao tiền hỗ trợ đoàn viên {p}, mức {a} đồng"]),
    "inspection": ("Kiểm tra, giám sát của Ủy ban Kiểm tra công đoàn", ["violations"],
                   ["Kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam", "Kiểm tra tài chính, tài sản công đoàn năm 2024", "Giám sát việc thực hiện quy chế dân chủ cơ sở"]),
    "workers-month": ("Hoạt động hưởng ứng Tháng Công nhân năm 2024", ["participants"],
                      ["Hưởng ứng Tháng Công nhân: thăm hỏi đoàn viên", "Ra quân Tháng Công nhân, Tháng hành động về ATVSLĐ", "Giao lưu văn nghệ chào mừng Tháng Công nhân"]),
    "propaganda": ("Tuyên truyền, phổ biến chính sách, pháp luật", ["participants", "mode"],
                   ["Tuyên truyền Bộ luật Lao động năm 2019", "Phổ biến Luật Công đoàn (sửa đổi), Luật Bảo hiểm xã hội", "Tuyên truyền phòng, chống ma túy tại nơi làm việc", "Quán triệt Chỉ thị {n}-CT/TW của Bộ Chính trị"]),
    "training": ("Tập huấn nghiệp vụ công tác công đoàn", ["participants", "mode"],
                 ["Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở năm 2024", "Tập huấn công tác kiểm tra, tài chính công đoàn", "Bồi dưỡng kỹ năng thương lượng, đối thoại"]),
    "union-fee": ("Thu, nộp kinh phí và đoàn phí công đoàn", ["amount:fee"],
                  ["Nộp kinh phí công đoàn quý {q}/2024", "Thu đoàn phí công đoàn tháng {m}", "Nộp đoàn phí về Công đoàn cấp trên, kỳ {n}"]),
    "new-member": ("Kết nạp đoàn viên mới", ["participants:few"],
                   ["Kết nạp đoàn viên công đoàn đợt {n} năm 2024", "Lễ kết nạp đoàn viên mới, trao thẻ đoàn viên"]),
    "women-day": ("Kỷ niệm Ngày Phụ nữ Việt Nam 20/10", ["participants"],
                  ["Gặp mặt nữ đoàn viên nhân ngày 20/10", "Tọa đàm “Phụ nữ tự tin, tự trọng, trung hậu, đảm đang”", "Hội thi nấu ăn chào mừng 20/10"]),
    "emulation": ("Phong trào thi đua yêu nước", ["attended"],
                  ["Tham gia phong trào “Giỏi việc nước, đảm việc nhà”", "Phát động thi đua lao động giỏi, lao động sáng tạo", "Tham gia Hội nghị Khối thi đua"]),
    "sports": ("Hoạt động văn hóa, văn nghệ, thể dục thể thao", ["participants", "mode"],
               ["Giải bóng chuyền hơi nam nữ", "Hội diễn văn nghệ quần chúng", "Giải cầu lông, bóng bàn công nhân viên chức lao động", "Chạy việt dã hưởng ứng Ngày chạy Olympic"]),
    "charity": ("Hoạt động từ thiện, an sinh xã hội", ["amount:gift"],
                ["Ủng hộ Quỹ “Vì người nghèo”", "Ủng hộ đồng bào bị ảnh hưởng bởi cơn bão số 3 (Yagi)", "Quyên góp xây nhà Đại đoàn kết"]),
    # giao-duc
    "teacher-conference": ("Hội nghị viên chức, người lao động", ["participants"],
                           ["Hội nghị viên chức, người lao động năm học 2024–2025", "Hội nghị cán bộ, viên chức đầu năm học"]),
    "open-lesson": ("Hội giảng, thao giảng", ["result"],
                    ["Thao giảng chào mừng 20/11, lớp {n}", "Hội giảng giáo viên dạy giỏi cấp trường", "Tiết dạy minh họa chương trình giáo dục phổ thông 2018"]),
    "teacher-day": ("Kỷ niệm Ngày Nhà giáo Việt Nam 20/11", ["participants"],
                    ["Mít tinh kỷ niệm 42 năm Ngày Nhà giáo Việt Nam", "Thăm hỏi nhà giáo nghỉ hưu nhân ngày 20/11"]),
    "student-support": ("Hỗ trợ học sinh có hoàn cảnh khó khăn", ["amount:gift"],
                        ["Trao học bổng cho học sinh nghèo vượt khó", "Tặng sách vở, áo ấm cho học sinh điểm trường {c}"]),
    # y-te
    "doctor-day": ("Kỷ niệm Ngày Thầy thuốc Việt Nam 27/2", ["participants"],
                   ["Gặp mặt kỷ niệm 69 năm Ngày Thầy thuốc Việt Nam", "Biểu dương thầy thuốc tiêu biểu năm 2024"]),
    "blood-donation": ("Hiến máu tình nguyện", ["participants"],
                       ["Ngày hội hiến máu “Giọt hồng yêu thương”", "Hiến máu tình nguyện đợt {n}/2024"]),
    "patient-charity": ("Hỗ trợ người bệnh nghèo", ["amount:gift"],
                        ["Bữa cơm miễn phí cho người bệnh nghèo", "Hỗ trợ viện phí cho người bệnh {p}", "Tặng quà Tết cho bệnh nhân điều trị dài ngày"]),
    "night-duty-visit": ("Thăm hỏi, động viên ca trực", ["participants:small"],
                         ["Thăm, động viên kíp trực đêm tháng {m}", "Động viên ca trực dịp Tết Nguyên đán Giáp Thìn"]),
    "complaint": ("Phản ánh, kiến nghị của đoàn viên", [],
                  ["Phản ánh về chế độ phụ cấp trực", "Kiến nghị bố trí phòng nghỉ cho nhân viên trực", "Phản ánh chậm chi tiền thu nhập tăng thêm"]),
    "complaint-reply": ("Trả lời phản ánh, kiến nghị", [],
                        ["Trả lời bằng văn bản phản ánh của đoàn viên", "Đối thoại, giải quyết kiến nghị"]),
    "safety-training": ("Tập huấn phòng chống lây nhiễm, an toàn người bệnh", ["participants"],
                        ["Tập huấn kiểm soát nhiễm khuẩn năm 2024", "Tập huấn an toàn người bệnh, phòng chống sự cố y khoa"]),
    # doanh-nghiep
    "dialogue": ("Đối thoại định kỳ tại nơi làm việc", ["participants"],
                 ["Đối thoại định kỳ giữa người sử dụng lao động và tập thể lao động quý {q}", "Hội nghị đối thoại về tiền lương, thưởng Tết"]),
    "bargaining": ("Thương lượng tập thể, ký kết thỏa ước lao động tập thể", [],
                   ["Thương lượng, ký kết Thỏa ước lao động tập thể năm 2024", "Thương lượng điều chỉnh đơn giá tiền lương"]),
    "safety-check": ("Kiểm tra an toàn, vệ sinh lao động", [],
                     ["Kiểm tra ATVSLĐ tại {u}", "Mạng lưới an toàn vệ sinh viên kiểm tra định kỳ", "Kiểm tra phòng cháy, chữa cháy tại nhà xưởng"]),
    "accident": ("Tai nạn lao động", ["severe"],
                 ["Tai nạn lao động nhẹ tại dây chuyền", "Sự cố kẹt tay khi vận hành máy", "Trượt ngã trong kho"]),
    "grievance": ("Kiến nghị của người lao động", [],
                  ["Kiến nghị về chất lượng bữa ăn ca", "Kiến nghị bố trí nhà để xe có mái che", "Kiến nghị về thời giờ làm thêm tháng {m}"]),
    "grievance-reply": ("Giải quyết kiến nghị của người lao động", [],
                        ["Trả lời kiến nghị của người lao động", "Công ty điều chỉnh theo kiến nghị của Công đoàn"]),
    "meal-check": ("Giám sát bữa ăn ca", ["participants:small"],
                   ["Giám sát bữa ăn ca tháng {m}", "Kiểm tra nguồn gốc thực phẩm bếp ăn tập thể"]),
    "tet-gift": ("Tặng quà Tết cho người lao động", ["amount:tet", "participants"],
                 ["Tặng quà Tết Giáp Thìn cho công nhân khó khăn", "Chương trình “Tết Sum vầy” năm 2024", "Hỗ trợ vé xe về quê đón Tết"]),
    "overtime-check": ("Giám sát thời giờ làm thêm", ["hours"],
                       ["Giám sát thời giờ làm thêm tháng {m}", "Rà soát bảng chấm công làm thêm giờ"]),
    # vien-chuc
    "civil-conference": ("Hội nghị cán bộ, công chức, viên chức", ["participants"],
                         ["Hội nghị cán bộ, công chức, viên chức năm 2024", "Hội nghị người lao động, ký giao ước thi đua"]),
    "resolution-study": ("Học tập, quán triệt Nghị quyết Đại hội XIII Công đoàn Việt Nam", ["participants", "mode"],
                         ["Học tập Nghị quyết Đại hội XIII Công đoàn Việt Nam, đợt {n}", "Quán triệt Nghị quyết Đại hội Công đoàn tỉnh"]),
    "volunteer": ("Hoạt động tình nguyện", ["participants"],
                  ["Ra quân vệ sinh môi trường", "Tình nguyện hỗ trợ người dân làm thủ tục hành chính", "Hiến máu nhân đạo"]),
    # giao-thong-xay-dung
    "site-safety-check": ("Kiểm tra an toàn lao động tại công trường", [],
                          ["Kiểm tra an toàn công trường gói thầu số {n}", "Kiểm tra giàn giáo, thiết bị nâng tại công trường", "Kiểm tra an toàn giao thông trên tuyến quốc lộ"]),
    # own targets
    "book-day": ("Ngày Sách và Văn hóa đọc Việt Nam 21/4", ["participants"],
                 ["Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam", "Tủ sách công đoàn: tặng sách cho con đoàn viên"]),
    "tree-planting": ("Tết trồng cây “Đời đời nhớ ơn Bác Hồ”", ["participants"],
                      ["Tết trồng cây Xuân Giáp Thìn 2024", "Trồng cây xanh tại khuôn viên cơ quan"]),
    "family-day": ("Ngày Gia đình Việt Nam 28/6", ["participants"],
                   ["Ngày hội gia đình đoàn viên", "Tọa đàm “Xây dựng gia đình hạnh phúc”"]),
    "mid-autumn": ("Tết Trung thu cho con đoàn viên", ["amount:gift"],
                   ["Vui Tết Trung thu cho con đoàn viên", "Tặng quà Trung thu cho các cháu thiếu nhi"]),
    "sports-festival": ("Hội thao công nhân viên chức lao động", ["participants"],
                        ["Hội thao chào mừng Đại hội Công đoàn các cấp", "Hội thao truyền thống năm 2024"]),
    "study-awards": ("Khen thưởng con đoàn viên học giỏi", ["amount:gift"],
                     ["Khen thưởng con đoàn viên đạt thành tích cao năm học 2023–2024", "Trao thưởng học sinh giỏi cấp tỉnh"]),
    "union-house": ("Hỗ trợ xây dựng, sửa chữa “Mái ấm Công đoàn”", ["amount:house"],
                    ["Bàn giao “Mái ấm Công đoàn” cho đoàn viên {p}", "Hỗ trợ sửa chữa nhà cho đoàn viên {p}"]),
    "skills-contest": ("Hội thi tay nghề, thi giỏi", ["result"],
                       ["Hội thi tay nghề giỏi năm 2024", "Hội thi “Cán bộ công đoàn giỏi”"]),
    "life-survey": ("Khảo sát đời sống, việc làm của đoàn viên", [],
                    ["Khảo sát thu nhập, đời sống đoàn viên", "Phiếu khảo sát nhu cầu nhà ở của công nhân"]),
    "safety-week": ("Tháng hành động về ATVSLĐ", ["participants"],
                    ["Lễ phát động Tháng hành động về ATVSLĐ năm 2024", "Tuyên truyền ATVSLĐ tại {u}"]),
}

TRIGGER_PREFIX = {"hardship-proposal": "DX", "complaint": "PA", "grievance": "KN"}
MONEY_KINDS = {k for k, v in KINDS.items() if any(f.startswith("amount") for f in v[1])}

BASE_KINDS = ["ec-meeting", "party-recommendation", "hardship-proposal", "hardship-visit", "inspection",
              "workers-month", "propaganda", "training", "union-fee", "new-member", "women-day",
              "emulation", "sports", "charity"]

# --------------------------------------------------------------------------------------------
# Templates and targets

RATING = [
    {"at-least": "90%", "label": "Hoàn thành xuất sắc nhiệm vụ"},
    {"at-least": "70%", "label": "Hoàn thành tốt nhiệm vụ"},
    {"at-least": "50%", "label": "Hoàn thành nhiệm vụ"},
    {"label": "Không hoàn thành nhiệm vụ"},
]

BASE_TARGETS = [
    {"id": "ec-meetings", "title": "Họp Ban Chấp hành định kỳ mỗi quý ít nhất 1 lần", "owner": "Chủ tịch công đoàn",
     "count": "ec-meeting", "every": "quarter"},
    {"id": "party-recommendation", "title": "Ít nhất 30% công đoàn bộ phận giới thiệu đoàn viên ưu tú cho Đảng",
     "owner": "Ban Thường vụ", "count": "party-recommendation", "each": "units", "members": "30%"},
    {"id": "hardship-visits", "title": "Thăm hỏi đoàn viên khó khăn trong vòng 14 ngày kể từ khi có đề xuất",
     "owner": "Ban Thường vụ", "respond": {"to": "hardship-proposal", "with": "hardship-visit", "within": "14d"},
     "at-least": "90%"},
    {"id": "financial-violations", "title": "Không để xảy ra vi phạm tài chính công đoàn qua kiểm tra",
     "owner": "Ủy ban Kiểm tra", "count": "inspection", "where": "violations > 0", "at-most": 0},
    {"id": "inspections", "title": "Kiểm tra, giám sát tại ít nhất 2 công đoàn bộ phận", "owner": "Ủy ban Kiểm tra",
     "count": "inspection", "distinct": "unit", "at-least": 2, "milestones": [{"by": "2024-06-30", "at-least": 1}]},
    {"id": "workers-month", "title": "80% công đoàn bộ phận tổ chức hoạt động Tháng Công nhân",
     "owner": "Ban Tuyên giáo – Nữ công", "count": "workers-month", "each": "units", "members": "80%",
     "during": "2024-05"},
]

SECTOR_TEMPLATES = {
    "giao-duc": {
        "programme": "Chương trình công tác công đoàn ngành Giáo dục năm 2024",
        "kinds": ["teacher-conference", "open-lesson", "teacher-day", "student-support"],
        "targets": [
            {"id": "teacher-conference", "title": "Tổ chức hội nghị viên chức, người lao động tại 100% công đoàn bộ phận",
             "owner": "Ban Thường vụ", "weight": 2, "count": "teacher-conference", "each": "units", "by": "2024-10-31"},
            {"id": "open-lessons", "title": "Ít nhất 80% tiết hội giảng, thao giảng đạt loại khá, giỏi",
             "owner": "Ban Chuyên môn", "share": "open-lesson", "that": "result in ['gioi', 'kha']", "at-least": "80%"},
            {"id": "teacher-day", "title": "Tổ chức kỷ niệm Ngày Nhà giáo Việt Nam 20/11", "count": "teacher-day",
             "during": "2024-11"},
            {"id": "women-day", "title": "Tổ chức hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10", "count": "women-day",
             "during": "2024-Q4"},
            {"id": "student-support", "title": "Hỗ trợ học sinh khó khăn ít nhất 5 triệu đồng", "sum": "amount",
             "of": "student-support", "at-least": 5000000},
            {"id": "training-participation", "title": "Mỗi công đoàn bộ phận có ít nhất 50% đoàn viên dự tập huấn",
             "sum": "participants", "of": "training", "each": "units", "at-least": "50% of headcount", "members": "90%"},
            {"id": "propaganda-monthly", "title": "Tuyên truyền chính sách, pháp luật hằng tháng (ít nhất 10/12 tháng)",
             "count": "propaganda", "every": "month", "periods": 10},
            {"id": "new-members", "title": "Kết nạp ít nhất 3 đoàn viên mới", "count": "new-member", "at-least": 3},
            {"id": "emulation", "title": "Tham gia đầy đủ các phong trào thi đua", "weight": 2, "share": "emulation",
             "that": "attended", "at-least": "90%"},
            {"id": "union-fees", "title": "Nộp kinh phí, đoàn phí công đoàn đúng hạn mỗi quý", "owner": "Ban Tài chính",
             "sum": "amount", "of": "union-fee", "every": "quarter", "at-least": 3000000},
        ],
    },
    "y-te": {
        "programme": "Chương trình công tác công đoàn ngành Y tế năm 2024",
        "kinds": ["doctor-day", "blood-donation", "patient-charity", "night-duty-visit", "complaint",
                  "complaint-reply", "safety-training"],
        "override": {"inspections": {"at-least": 3, "title": "Kiểm tra, giám sát tại ít nhất 3 công đoàn bộ phận"}},
        "targets": [
            {"id": "doctor-day", "title": "Kỷ niệm Ngày Thầy thuốc Việt Nam 27/2", "count": "doctor-day",
             "during": "2024-02"},
            {"id": "blood-donation", "title": "Ít nhất 30 lượt đoàn viên hiến máu tình nguyện", "sum": "participants",
             "of": "blood-donation", "at-least": 30, "milestones": [{"by": "2024-06-30", "at-least": "40%"}]},
            {"id": "patient-charity", "title": "Vận động hỗ trợ người bệnh nghèo ít nhất 20 triệu đồng", "weight": 2,
             "sum": "amount", "of": "patient-charity", "at-least": 20000000},
            {"id": "night-duty-visits", "title": "Thăm hỏi, động viên ca trực hằng tháng", "count": "night-duty-visit",
             "every": "month", "periods": 11},
            {"id": "complaint-replies", "title": "Trả lời phản ánh, kiến nghị của đoàn viên trong 7 ngày",
             "respond": {"to": "complaint", "with": "complaint-reply", "within": "7d"}, "at-least": "95%"},
            {"id": "safety-training", "title": "100% khoa, phòng được tập huấn kiểm soát nhiễm khuẩn trước 30/9",
             "count": "safety-training", "each": "departments", "by": "2024-09-30"},
            {"id": "training-participation", "title": "Mỗi công đoàn bộ phận có ít nhất 30% đoàn viên dự tập huấn",
             "sum": "participants", "of": "training", "each": "units", "at-least": "30% of headcount"},
            {"id": "women-day", "title": "Tổ chức hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10", "count": "women-day",
             "during": "2024-Q4"},
            {"id": "propaganda-quality", "title": "80% buổi tuyên truyền có từ 10 người dự trở lên",
             "share": "propaganda", "that": "participants >= 10", "at-least": "80%"},
            {"id": "union-fees", "title": "Nộp kinh phí, đoàn phí công đoàn đủ kế hoạch năm", "owner": "Ban Tài chính",
             "sum": "amount", "of": "union-fee", "at-least": 24000000,
             "milestones": [{"by": "2024-06-30", "at-least": "50%"}]},
            {"id": "new-members", "title": "Kết nạp ít nhất 5 đoàn viên mới", "count": "new-member", "at-least": 5},
            {"id": "emulation", "title": "Tham gia đầy đủ các phong trào thi đua", "share": "emulation",
             "that": "attended", "at-least": "90%"},
            {"id": "sports", "title": "Ít nhất 2 hoạt động văn hóa, thể thao trực tiếp", "count": "sports",
             "where": "mode == 'truc-tiep'", "at-least": 2},
        ],
    },
    "doanh-nghiep": {
        "programme": "Chương trình công tác công đoàn cơ sở doanh nghiệp năm 2024",
        "kinds": ["dialogue", "bargaining", "safety-check", "accident", "grievance", "grievance-reply",
                  "meal-check", "tet-gift", "overtime-check"],
        "targets": [
            {"id": "dialogue", "title": "Đối thoại định kỳ tại nơi làm việc mỗi quý", "owner": "Chủ tịch công đoàn",
             "weight": 2, "count": "dialogue", "every": "quarter"},
            {"id": "bargaining", "title": "Thương lượng, ký kết thỏa ước lao động tập thể trước 30/6",
             "count": "bargaining", "by": "2024-06-30"},
            {"id": "safety-checks", "title": "Mỗi tổ công đoàn được kiểm tra ATVSLĐ ít nhất 2 lần",
             "owner": "Mạng lưới an toàn vệ sinh viên", "count": "safety-check", "each": "units", "at-least": 2,
             "members": "90%", "milestones": [{"by": "2024-06-30", "at-least": "50%"}]},
            {"id": "serious-accidents", "title": "Không để xảy ra tai nạn lao động nặng", "count": "accident",
             "where": "severe", "at-most": 0},
            {"id": "grievance-replies", "title": "Giải quyết kiến nghị của người lao động trong 2 tuần",
             "respond": {"to": "grievance", "with": "grievance-reply", "within": "2w"}, "at-least": "90%"},
            {"id": "meal-checks", "title": "Giám sát bữa ăn ca hằng tháng (ít nhất 10/12 tháng)", "count": "meal-check",
             "every": "month", "periods": 10},
            {"id": "tet-gifts", "title": "Quà Tết Giáp Thìn cho người lao động ít nhất 50 triệu đồng", "weight": 2,
             "sum": "amount", "of": "tet-gift", "at-least": 50000000,
             "during": {"from": "2024-01-02", "to": "2024-02-09"}},
            {"id": "tet-coverage", "title": "Mọi tổ công đoàn có người lao động được tặng quà Tết", "count": "tet-gift",
             "each": "units", "members": "80%", "during": {"from": "2024-01-02", "to": "2024-02-09"}},
            {"id": "overtime", "title": "90% lần giám sát không vượt 40 giờ làm thêm/tháng", "share": "overtime-check",
             "that": "hours <= 40", "at-least": "90%"},
            {"id": "new-members", "title": "Kết nạp ít nhất 20 đoàn viên mới", "count": "new-member", "at-least": 20,
             "milestones": [{"by": "2024-06-30", "at-least": 8}]},
            {"id": "training-participation", "title": "Mỗi tổ công đoàn có ít nhất 10% đoàn viên dự tập huấn",
             "sum": "participants", "of": "training", "each": "units", "at-least": "10% of headcount",
             "members": "80%"},
            {"id": "women-day", "title": "Tổ chức hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10", "count": "women-day",
             "during": "2024-Q4"},
            {"id": "sports", "title": "Ít nhất 3 hoạt động văn hóa, thể thao trực tiếp", "count": "sports",
             "where": "mode == 'truc-tiep'", "at-least": 3},
            {"id": "emulation", "title": "Tham gia đầy đủ các phong trào thi đua", "share": "emulation",
             "that": "attended", "at-least": "85%"},
            {"id": "propaganda-quarterly", "title": "Tuyên truyền pháp luật lao động mỗi quý", "count": "propaganda",
             "every": "quarter", "at-least": 2},
            {"id": "union-fees", "title": "Nộp kinh phí công đoàn mỗi quý", "owner": "Ban Tài chính", "sum": "amount",
             "of": "union-fee", "every": "quarter", "at-least": 10000000, "periods": 3},
            {"id": "charity", "title": "Hoạt động an sinh xã hội ít nhất 10 triệu đồng", "sum": "amount",
             "of": "charity", "at-least": 10000000},
            {"id": "meetings-in-person", "title": "Đa số buổi tập huấn tổ chức trực tiếp", "share": "training",
             "that": "mode == 'truc-tiep' or participants >= 30", "at-least": "60%"},
            {"id": "party-quality", "title": "Giới thiệu ít nhất 2 đoàn viên ưu tú trước 30/9",
             "count": "party-recommendation", "at-least": 2, "by": "2024-09-30"},
        ],
    },
    "vien-chuc": {
        "programme": "Chương trình công tác Công đoàn Viên chức năm 2024",
        "kinds": ["civil-conference", "resolution-study", "volunteer"],
        "targets": [
            {"id": "civil-conference", "title": "Hội nghị cán bộ, công chức, viên chức tại 100% cơ quan, đơn vị trước 31/3",
             "owner": "Ban Thường vụ", "weight": 2, "count": "civil-conference", "each": "departments",
             "by": "2024-03-31"},
            {"id": "resolution-study", "title": "Mỗi công đoàn bộ phận có ít nhất 30% đoàn viên học tập Nghị quyết",
             "sum": "participants", "of": "resolution-study", "each": "units", "at-least": "30% of headcount"},
            {"id": "women-day", "title": "Tổ chức hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10", "count": "women-day",
             "during": "2024-Q4"},
            {"id": "volunteer", "title": "Ít nhất 2 hoạt động tình nguyện", "count": "volunteer", "at-least": 2,
             "milestones": [{"by": "2024-06-30", "at-least": 1}]},
        ],
    },
    "giao-thong-xay-dung": {
        "programme": "Chương trình công tác công đoàn ngành Giao thông – Xây dựng năm 2024",
        "kinds": ["site-safety-check", "accident"],
        "targets": [
            {"id": "site-safety", "title": "Kiểm tra an toàn tại công trường mỗi quý ít nhất 2 lần",
             "count": "site-safety-check", "where": "unit in units", "every": "quarter", "at-least": 2},
            {"id": "serious-accidents", "title": "Không để xảy ra tai nạn lao động nặng", "count": "accident",
             "where": "severe", "at-most": 0},
        ],
    },
}

OWN_TARGETS = [
    {"id": "book-day", "title": "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam", "count": "book-day", "during": "2024-04"},
    {"id": "tree-planting", "title": "Tết trồng cây với ít nhất 20 người tham gia", "count": "tree-planting",
     "where": "participants >= 20", "during": "2024-Q1"},
    {"id": "family-day", "title": "Tổ chức Ngày Gia đình Việt Nam", "count": "family-day",
     "during": {"from": "2024-06-15", "to": "2024-07-05"}},
    {"id": "mid-autumn", "title": "Tết Trung thu cho con đoàn viên ít nhất 5 triệu đồng", "sum": "amount",
     "of": "mid-autumn", "at-least": 5000000, "during": "2024-09"},
    {"id": "sports-festival", "title": "Tổ chức hội thao trước 30/9", "count": "sports-festival", "by": "2024-09-30"},
    {"id": "study-awards", "title": "Khen thưởng con đoàn viên học giỏi", "sum": "amount", "of": "study-awards",
     "at-least": 3000000, "during": "2024-H2"},
    {"id": "union-house", "title": "Hỗ trợ ít nhất 1 “Mái ấm Công đoàn”", "owner": "Ban Thường vụ",
     "count": "union-house", "milestones": [{"by": "2024-09-30", "at-least": 1}]},
    {"id": "skills-contest", "title": "70% bài dự thi tay nghề đạt khá, giỏi", "share": "skills-contest",
     "that": "result in ['gioi', 'kha']", "at-least": "70%"},
    {"id": "life-survey", "title": "Phiếu khảo sát đời sống có hồ sơ kèm theo", "share": "life-survey",
     "that": "evidence", "at-least": "90%"},
    {"id": "safety-week", "title": "Tháng hành động ATVSLĐ tại 70% tổ công đoàn", "count": "safety-week",
     "where": "title contains 'ATVSLĐ'", "each": "units", "members": "70%", "during": "2024-05"},
]

# --------------------------------------------------------------------------------------------
# YAML writing

BAD_START = set("-?:,[]{}#&*!|>'\"%@`")


def dq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ys(s, flow):
    if (not s or s[0] in BAD_START or s[0] == " " or s[-1] == " " or ": " in s or " #" in s
            or s.endswith(":") or "\n" in s or "\t" in s):
        return dq(s)
    if flow and ("," in s or "[" in s or "]" in s or "{" in s or "}" in s):
        return dq(s)
    return s


def yv(v, flow=True):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {yv(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(yv(x) for x in v) + "]"
    return ys(str(v), flow)


def target_block(t, indent="  ", flow_line=False):
    if flow_line:
        return [f"{indent}- {yv(t)}"]
    lines = []
    first = True
    for k, v in t.items():
        prefix = f"{indent}- " if first else f"{indent}  "
        first = False
        lines.append(f"{prefix}{k}: {yv(v, flow=isinstance(v, (dict, list)))}")
    return lines


# --------------------------------------------------------------------------------------------
# Windows and dates

def parse_iso(s):
    if "/" in s:
        d, m, y = s.split("/")
        return date(int(y), int(m), int(d))
    y, m, d = s.split("-")
    return date(int(y), int(m), int(d))


def window_of(t):
    if "during" in t:
        d = t["during"]
        if isinstance(d, dict):
            return parse_iso(d["from"]), parse_iso(d["to"])
        if d == "2024":
            return YEAR_START, YEAR_END
        if "-Q" in d:
            q = int(d[-1])
            return date(2024, 3 * q - 2, 1), month_end(3 * q)
        if "-H" in d:
            h = int(d[-1])
            return (date(2024, 1, 1), date(2024, 6, 30)) if h == 1 else (date(2024, 7, 1), YEAR_END)
        m = int(d[5:7])
        return date(2024, m, 1), month_end(m)
    if "by" in t:
        return YEAR_START, parse_iso(t["by"])
    return YEAR_START, YEAR_END


def month_end(m):
    return date(2024, 12, 31) if m == 12 else date(2024, m + 1, 1) - timedelta(days=1)


def periods_of(every, lo, hi):
    out = []
    if every == "month":
        for m in range(1, 13):
            a, b = date(2024, m, 1), month_end(m)
            if b >= lo and a <= hi:
                out.append((max(a, lo), min(b, hi)))
    elif every == "quarter":
        for q in range(1, 5):
            a, b = date(2024, 3 * q - 2, 1), month_end(3 * q)
            if b >= lo and a <= hi:
                out.append((max(a, lo), min(b, hi)))
    elif every == "half":
        for a, b in ((date(2024, 1, 1), date(2024, 6, 30)), (date(2024, 7, 1), YEAR_END)):
            out.append((max(a, lo), min(b, hi)))
    else:
        out.append((lo, hi))
    return out


def rand_day(rng, lo, hi):
    n = (hi - lo).days
    d = lo + timedelta(days=rng.randint(0, n) if n > 0 else 0)
    # clerks work on weekdays: move most weekend dates to the nearest weekday inside the window
    wd = d.weekday()
    if wd >= 5 and rng.random() < 0.75:
        alt = d - timedelta(days=wd - 4) if rng.random() < 0.5 else d + timedelta(days=7 - wd)
        if lo <= alt <= hi:
            d = alt
    return d


def pct(v):
    return float(str(v).rstrip("%")) / 100.0


# --------------------------------------------------------------------------------------------
# Programmes

class Member:
    __slots__ = ("id", "name", "aliases", "headcount", "plain")

    def __init__(self, id_, name, aliases, headcount, plain=False):
        self.id, self.name, self.aliases, self.headcount, self.plain = id_, name, aliases, headcount, plain


class Gen:
    def __init__(self, outdir, count, seed):
        self.outdir = outdir.rstrip("/")
        self.count = count
        self.seed = seed
        self.scan = []
        self.stats = {
            "seed": seed, "programmes": 0, "templates": 0, "folders": 0, "programmeFolders": 0,
            "largestFolder": None, "programmesByFolderDepth": {}, "programmesBySector": {},
            "targets": 0, "ownTargets": 0, "overrides": 0, "exemptions": 0, "rosterMembers": 0,
            "records": 0, "recordsYaml": 0, "recordsCsv": 0, "filesYaml": 0, "filesCsv": 0,
            "bytesProgrammes": 0, "bytesTemplates": 0, "bytesRecordsYaml": 0, "bytesRecordsCsv": 0,
            "recordLayouts": {}, "mistakes": {}, "mistakenRecords": 0,
            "programmesWithErrorsOnPurpose": 0, "programmesWithErrorsOnPurposeList": [],
        }
        self.stats["targetDrivenRecords"] = 0
        self.per_programme = []
        self.used_orgs = set()
        self.used_stems = set()

    # ---- files

    def write(self, rel, text, kind, scan=True, bom=False):
        path = os.path.join(self.outdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode("utf-8")
        if bom:
            data = b"\xef\xbb\xbf" + data
        with open(path, "wb") as f:
            f.write(data)
        self.stats[kind] += len(data)
        if scan:
            self.scan.append(os.path.join(self.outdir, rel))

    # ---- templates

    def write_templates(self):
        lines = [
            "# Mẫu chung năm 2024 của Liên đoàn Lao động các tỉnh: các chỉ tiêu mà mọi công đoàn cơ sở",
            "# phải thực hiện. Các mẫu ngành kế thừa tệp này (extends:) và thêm chỉ tiêu của ngành.",
            "programme: Chương trình công tác công đoàn năm 2024",
            "period: 2024",
            "language: vi",
            "",
            "activities:",
        ]
        for k in BASE_KINDS:
            lines.append(f"  {k}: {ys(KINDS[k][0], False)}")
        lines += ["", "targets:"]
        for t in BASE_TARGETS:
            lines += target_block(t)
            lines.append("")
        lines.append("rating:")
        for b in RATING:
            lines.append(f"  - {yv(b)}")
        self.write("templates/2024-chung.yaml", "\n".join(lines) + "\n", "bytesTemplates")
        self.stats["templates"] += 1
        for sector in SECTOR_ORDER:
            spec = SECTOR_TEMPLATES[sector]
            lines = [
                f"# Mẫu chương trình năm 2024 của {SECTORS[sector][0]}: kế thừa mẫu chung, thêm các chỉ tiêu của ngành.",
                "extends: 2024-chung.yaml",
                f"programme: {ys(spec['programme'], False)}",
                "activities:",
            ]
            for k in spec["kinds"]:
                lines.append(f"  {k}: {ys(KINDS[k][0], False)}")
            if spec.get("override"):
                lines.append("override:")
                for tid, ch in spec["override"].items():
                    lines.append(f"  {tid}: {yv(ch)}")
            lines.append("targets:")
            for i, t in enumerate(spec["targets"]):
                lines += target_block(t, flow_line=(i % 3 == 2))
            self.write(f"templates/2024-{sector}.yaml", "\n".join(lines) + "\n", "bytesTemplates")
            self.stats["templates"] += 1

    # ---- tree layout

    def plan(self):
        rng = random.Random(f"{self.seed}:plan")
        n_prov = max(2, min(len(PROVINCES), round(self.count / 800)))
        provs = PROVINCES[:n_prov]
        pw = [1.0 / (i + 1) ** 0.8 for i in range(n_prov)]
        sw = [SECTORS[s][2] for s in SECTOR_ORDER]
        tot_pw = sum(pw)
        plan = []
        for p in provs:
            plan.append((p, "root"))
        for _ in range(self.count - len(plan)):
            p = rng.choices(provs, weights=pw)[0]
            s = rng.choices(SECTOR_ORDER, weights=sw)[0]
            plan.append((p, s))
        # giáo dục is split by district where the province has many schools
        split = {}
        for i, p in enumerate(provs):
            expected = self.count * pw[i] / tot_pw * SECTORS["giao-duc"][2]
            split[p[0]] = expected > 150
        return plan[: self.count], split

    # ---- one programme

    def org_name(self, rng, sector, prov):
        pslug, pname, districts = prov
        for attempt in range(50):
            d = rng.choice(districts)
            if sector == "giao-duc":
                if rng.random() < 0.2:
                    base = f"Công đoàn Giáo dục huyện {d}"
                else:
                    who = rng.choice(PEOPLE + COMMUNES)
                    base = f"Công đoàn cơ sở {rng.choice(SCHOOL_KINDS)} {who}, huyện {d}"
            elif sector == "y-te":
                base = f"Công đoàn cơ sở {rng.choice(HOSPITAL_KINDS)} {d}"
                if rng.random() < 0.5:
                    base = f"Công đoàn cơ sở Trạm Y tế xã {rng.choice(COMMUNES)}, huyện {d}"
            elif sector == "doanh-nghiep":
                base = f"Công đoàn cơ sở {rng.choice(COMPANY_FORMS)} {rng.choice(TRADES)} {rng.choice(BRANDS)}"
                if rng.random() < 0.3:
                    base += f" {pname}"
            elif sector == "vien-chuc":
                if rng.random() < 0.4:
                    dep = rng.choice(DEPARTMENTS_ADMIN)
                    base = f"Công đoàn cơ sở {dep} {pname}" if dep.endswith("tỉnh") else f"Công đoàn cơ sở {dep} tỉnh {pname}"
                else:
                    base = f"Công đoàn cơ sở {rng.choice(DISTRICT_OFFICES)} huyện {d}"
            else:
                kind = rng.choice(["Công ty Cổ phần Xây dựng", "Công ty Cổ phần Quản lý đường bộ",
                                   "Công ty TNHH Cầu đường", "Công ty Cổ phần Vật liệu xây dựng",
                                   "Công ty Cổ phần Tư vấn xây dựng giao thông"])
                base = f"Công đoàn cơ sở {kind} {rng.choice(BRANDS)}"
            if attempt > 10:
                base += f" số {attempt - 9}"
            full = base
            key = (pslug, full)
            if key not in self.used_orgs:
                self.used_orgs.add(key)
                return full, d
        raise RuntimeError("no organisation name")

    def make_rosters(self, rng, sector, org, size):
        taken = set()

        def free(s):
            k = unicodedata.normalize("NFC", s).casefold()
            if k in taken:
                return False
            taken.add(k)
            return True

        names = []
        if sector == "giao-duc":
            if org.startswith("Công đoàn Giáo dục huyện"):
                pool = [f"Công đoàn {k} {p}" for k in SCHOOL_KINDS for p in PEOPLE + COMMUNES]
                prefix_alias = "CĐ "
            else:
                pool = [f"Tổ công đoàn {g}" for g in SCHOOL_GROUPS] + [f"Tổ công đoàn Điểm trường {c}" for c in COMMUNES]
                prefix_alias = "TCĐ "
        elif sector == "y-te":
            if "Trạm Y tế" in org or "Trung tâm Y tế" in org or size > len(WARDS):
                pool = [f"Tổ công đoàn Trạm Y tế {c}" for c in COMMUNES] + [f"Tổ công đoàn {w}" for w in WARDS]
            else:
                pool = [f"Tổ công đoàn {w}" for w in WARDS]
            prefix_alias = "TCĐ "
        elif sector == "doanh-nghiep":
            pool = [f"Tổ công đoàn {u}" for u in FACTORY_UNITS]
            pool += [f"Tổ công đoàn Chuyền {rng.choice(['may', 'lắp ráp', 'đóng gói'])} số {n}" for n in range(1, 80)]
            pool += [f"Tổ công đoàn Ca {c} Phân xưởng {n}" for c in "ABC" for n in range(1, 6)]
            prefix_alias = "TCĐ "
        elif sector == "vien-chuc":
            pool = [f"Công đoàn bộ phận {u}" for u in ADMIN_UNITS]
            pool += [f"Công đoàn bộ phận Chi nhánh {c}" for c in COMMUNES]
            prefix_alias = "CĐBP "
        else:
            pool = [f"Tổ công đoàn Đội thi công số {n}" for n in range(1, 40)]
            pool += [f"Tổ công đoàn {u}" for u in SITE_UNITS]
            pool += [f"Tổ công đoàn Hạt Quản lý đường bộ {c}" for c in COMMUNES]
            prefix_alias = "TCĐ "
        head = pool[: min(len(pool), 14)]
        rest = pool[14:]
        rng.shuffle(rest)
        pool = head + rest
        # keep the natural names first when the roster is small, a random sample otherwise
        picks = rng.sample(pool[: max(size, min(len(pool), size + 10))], size)
        hc_lo, hc_hi = {"giao-duc": (5, 30), "y-te": (8, 70), "doanh-nghiep": (20, 400),
                        "vien-chuc": (5, 45), "giao-thong-xay-dung": (10, 90)}[sector]
        units = []
        for i, name in enumerate(picks):
            if not free(name):
                continue
            mid = f"to-{i + 1:02d}" if rng.random() < 0.6 else slug(short_name(name))[:24].rstrip("-")
            if not free(mid):
                mid = f"u{i + 1:02d}"
                free(mid)
            aliases = []
            if rng.random() < 0.45:
                a = prefix_alias + short_name(name)
                if free(a):
                    aliases.append(a)
            units.append(Member(mid, name, aliases, rng.randint(hc_lo, hc_hi)))
        departments = []
        if sector in ("y-te", "vien-chuc"):
            if sector == "y-te":
                dpool = list(WARDS)
            else:
                dpool = list(ADMIN_UNITS)
            n = rng.randint(5, min(len(dpool), max(5, size)))
            for j, d in enumerate(rng.sample(dpool, n)):
                if not free(d):
                    continue
                plain = rng.random() < 0.5
                did = "" if plain else f"dv-{j + 1:02d}"
                if did and not free(did):
                    plain, did = True, ""
                departments.append(Member(did, d, [], rng.randint(5, 60), plain=plain))
        return units, departments

    def programme(self, i, prov, sector, split):
        rng = random.Random(f"{self.seed}:programme:{i}")
        pslug, pname, districts = prov
        root = sector == "root"
        tsector = "vien-chuc" if root else sector
        if root:
            org, district = f"Công đoàn Viên chức tỉnh {pname}", None
            folder = pslug
            self.used_orgs.add((pslug, org))
        else:
            org, district = self.org_name(rng, sector, prov)
            folder = f"{pslug}/{sector}"
            if sector == "giao-duc" and split[pslug]:
                folder += "/" + slug(district)
        stem = "2024-" + slug(org.replace("Công đoàn cơ sở ", "cd ").replace("Công đoàn ", "cd "))[:60].rstrip("-")
        base_stem = stem
        k = 2
        while (pslug, stem) in self.used_stems:
            stem = f"{base_stem}-{k}"
            k += 1
        self.used_stems.add((pslug, stem))
        depth = folder.count("/") + 1
        up = "../" * depth
        prog_rel = f"{folder}/{stem}.yaml"
        rec_dir = f"records/{pslug}/{stem}"

        # roster size 5-60, mostly small
        size = 5 + int(55 * rng.random() ** 2.6)
        if sector == "giao-duc" and not org.startswith("Công đoàn Giáo dục huyện"):
            size = min(size, 18)
        if root:
            size = rng.randint(20, 45)
        units, departments = self.make_rosters(rng, tsector, org, size)

        # diligence: most programmes do well, some poorly
        r = rng.random()
        q = rng.uniform(0.93, 1.0) if r < 0.6 else (rng.uniform(0.78, 0.93) if r < 0.9 else rng.uniform(0.45, 0.78))

        # effective targets
        tmpl_targets = [dict(t) for t in BASE_TARGETS]
        spec = SECTOR_TEMPLATES[tsector]
        for tid, ch in spec.get("override", {}).items():
            for t in tmpl_targets:
                if t["id"] == tid:
                    t.update(ch)
        tmpl_targets += [dict(t) for t in spec["targets"]]
        kinds = BASE_KINDS + spec["kinds"]

        overrides = {}
        if rng.random() < 0.35:
            for t in rng.sample(tmpl_targets, rng.randint(1, 3)):
                ch = self.override_for(rng, t)
                if ch:
                    overrides[t["id"]] = ch
                    t.update(ch)
        own = []
        own_kinds = []
        if rng.random() < 0.4:
            for t in rng.sample(OWN_TARGETS, rng.randint(1, 3)):
                t = dict(t)
                if rng.random() < 0.2:
                    t["weight"] = 2
                own.append(t)
                kind = t.get("count") or t.get("of") or t.get("share")
                own_kinds.append(kind)
        targets = tmpl_targets + own
        all_kinds = kinds + own_kinds

        exemptions = []
        if rng.random() < 0.15:
            for t in rng.sample(targets, rng.randint(1, 2)):
                ex = {"target": t["id"]}
                roster = units if t.get("each") == "units" else departments
                if t.get("each") and roster and rng.random() < 0.6:
                    m = rng.choice(roster)
                    ex["member"] = m.name if (m.plain or rng.random() < 0.7) else m.id
                    ex["reason"] = rng.choice([
                        "Bộ phận sáp nhập theo Đề án sắp xếp tổ chức bộ máy, chưa kiện toàn Ban Chấp hành",
                        "Tổ công đoàn mới thành lập từ tháng 9/2024",
                        "Đơn vị tạm dừng hoạt động để sửa chữa, cải tạo",
                        "Đoàn viên chuyển công tác, tổ công đoàn chỉ còn 3 người",
                    ])
                else:
                    ex["reason"] = rng.choice([
                        "Năm 2024 không phát sinh đối tượng thuộc diện thực hiện chỉ tiêu",
                        "Đơn vị thực hiện theo kế hoạch riêng của Công đoàn cấp trên",
                        "Doanh nghiệp tạm ngừng sản xuất 6 tháng đầu năm",
                        "Chỉ tiêu được điều chỉnh tại Hội nghị sơ kết 6 tháng",
                    ])
                ex["approved-by"] = rng.choice([
                    f"Ban Thường vụ Liên đoàn Lao động tỉnh {pname}",
                    f"Ban Thường vụ {SECTORS[tsector][0]} tỉnh {pname}",
                    "Ban Thường vụ Công đoàn cấp trên trực tiếp cơ sở",
                ])
                if rng.random() < 0.3:
                    ex["until"] = rng.choice(["2024-12-31", "2024-06-30", "31/12/2024"])
                if any(e["target"] == ex["target"] and "member" not in e for e in exemptions):
                    continue
                if any(e["target"] == ex["target"] and e.get("member") == ex.get("member") for e in exemptions):
                    continue
                exemptions.append(ex)
        exempt_ids = {e["target"] for e in exemptions if "member" not in e}

        # records, target by target, then everyday activities
        n_hint = 180
        ctx = Ctx(rng, units, departments, q)
        for t in targets:
            self.records_for_target(ctx, t, n_hint, 0.3 if t["id"] in exempt_ids else 1.0)
        driven = len(ctx.recs)
        # everyday activities on top: a little for most programmes, a lot for a few busy ones
        r = rng.random()
        if r < 0.07:
            n_target = rng.randint(300, 800)
        elif r < 0.15:
            n_target = 50
        else:
            n_target = int(driven * rng.uniform(1.0, 1.15))
        n_target = max(50, min(800, n_target))
        self.stats["targetDrivenRecords"] += driven
        self.per_programme.append((n_target, driven))
        filler_kinds = [k for k in all_kinds if k not in TRIGGER_PREFIX and k not in ("complaint-reply", "grievance-reply", "accident")]
        fw = [3 if k in ("propaganda", "training", "sports", "emulation", "ec-meeting", "safety-check", "meal-check",
                          "site-safety-check", "union-fee") else 1 for k in filler_kinds]
        while len(ctx.recs) < n_target:
            k = rng.choices(filler_kinds, weights=fw)[0]
            ctx.add(k, rand_day(rng, YEAR_START, YEAR_END), ok=rng.random() < 0.97)
        recs = ctx.recs
        recs.sort(key=lambda r: r["date"])

        # records files
        layout = rng.choices(["single-yaml", "single-csv", "quarterly-yaml", "quarterly-csv", "mixed"],
                             weights=[30, 25, 18, 12, 15])[0]
        self.stats["recordLayouts"][layout] = self.stats["recordLayouts"].get(layout, 0) + 1
        files = []  # (name, kind, records)
        if layout == "single-yaml":
            files.append(("2024.yaml", "yaml", recs))
            rec_refs = [f"{up}{rec_dir}/2024.yaml"]
        elif layout == "single-csv":
            files.append(("so-theo-doi-2024.csv", "csv", recs))
            rec_refs = [f"{up}{rec_dir}/so-theo-doi-2024.csv"]
        elif layout in ("quarterly-yaml", "quarterly-csv"):
            ext = "yaml" if layout == "quarterly-yaml" else "csv"
            for qn in range(1, 5):
                part = [r for r in recs if (r["date"].month - 1) // 3 + 1 == qn]
                files.append((f"2024-q{qn}.{ext}", ext, part))
            rec_refs = [f"{up}{rec_dir}/2024-q*.{ext}"]
        else:
            money = [r for r in recs if r["activity"] in MONEY_KINDS]
            other = [r for r in recs if r["activity"] not in MONEY_KINDS]
            files.append(("hoat-dong-2024.yaml", "yaml", other))
            files.append(("tai-chinh-2024.csv", "csv", money))
            rec_refs = [f"{up}{rec_dir}/*.yaml", f"{up}{rec_dir}/*.csv"]

        # mistakes
        # every 40th programme (2.5%) gets errors on purpose, so that even a small sample has few
        faulty = i % 40 == 17 and len(recs) > 0
        mistakes = self.inject_mistakes(rng, files, faulty, units, departments, all_kinds)
        if faulty:
            self.stats["programmesWithErrorsOnPurpose"] += 1
            self.stats["programmesWithErrorsOnPurposeList"].append(prog_rel)

        # write programme
        lines = []
        if rng.random() < 0.5:
            lines.append(f"# Chương trình công tác năm 2024 của {org}.")
        lines.append(f"extends: {up}templates/2024-{tsector}.yaml")
        lines.append(f"organisation: {ys(org, False)}")
        if rng.random() < 0.1:
            lines.append(f"programme: {ys('Kế hoạch hoạt động năm 2024 của ' + org, False)}")
        lines.append("rosters:")
        lines.append("  units:")
        for m in units:
            if rng.random() < 0.85:
                d = {"id": m.id, "name": m.name}
                if m.aliases:
                    d["aliases"] = m.aliases
                d["headcount"] = m.headcount
                lines.append(f"    - {yv(d)}")
            else:
                lines.append(f"    - id: {m.id}")
                lines.append(f"      name: {ys(m.name, False)}")
                if m.aliases:
                    lines.append(f"      aliases: {yv(m.aliases)}")
                lines.append(f"      headcount: {m.headcount}")
        if departments:
            lines.append("  departments:")
            for m in departments:
                if m.plain:
                    lines.append(f"    - {ys(m.name, False)}")
                else:
                    lines.append(f"    - {yv({'id': m.id, 'name': m.name, 'staff': m.headcount})}")
        if own:
            lines.append("activities:")
            for k in own_kinds:
                lines.append(f"  {k}: {ys(KINDS[k][0], False)}")
        if len(rec_refs) == 1 and rng.random() < 0.5:
            lines.append("records:")
            lines.append(f"  - {ys(rec_refs[0], False)}")
        else:
            lines.append(f"records: {yv(rec_refs)}")
        if overrides:
            lines.append("override:")
            for tid, ch in overrides.items():
                lines.append(f"  {tid}: {yv(ch)}")
        if own:
            lines.append("targets:")
            for t in own:
                lines += target_block(t, flow_line=rng.random() < 0.5)
        if exemptions:
            lines.append("exemptions:")
            for ex in exemptions:
                first = True
                for k, v in ex.items():
                    lines.append(f"  {'- ' if first else '  '}{k}: {ys(v, False)}")
                    first = False
        self.write(prog_rel, "\n".join(lines) + "\n", "bytesProgrammes")

        for name, kind, part in files:
            rel = f"{rec_dir}/{name}"
            if kind == "yaml":
                self.write(rel, self.yaml_records(rng, part, units, departments), "bytesRecordsYaml")
                self.stats["filesYaml"] += 1
                self.stats["recordsYaml"] += len(part)
            else:
                text, bom = self.csv_records(rng, part, units, departments, mistakes.get(name) == "evidance-column")
                self.write(rel, text, "bytesRecordsCsv", scan=False, bom=bom)
                self.stats["filesCsv"] += 1
                self.stats["recordsCsv"] += len(part)

        st = self.stats
        st["programmes"] += 1
        st["records"] += len(recs)
        st["targets"] += len(targets)
        st["ownTargets"] += len(own)
        st["overrides"] += len(overrides)
        st["exemptions"] += len(exemptions)
        st["rosterMembers"] += len(units) + len(departments)
        st["programmesBySector"][tsector if not root else "root"] = st["programmesBySector"].get(tsector if not root else "root", 0) + 1
        st["programmesByFolderDepth"][str(depth)] = st["programmesByFolderDepth"].get(str(depth), 0) + 1
        return folder

    def override_for(self, rng, t):
        ch = {}
        r = rng.random()
        if t.get("every") and r < 0.4:
            n = len(periods_of(t["every"], *window_of(t)))
            ch["periods"] = max(1, n - rng.randint(1, 2))
        elif t.get("each") and r < 0.5:
            ch["members"] = rng.choice(["70%", "75%", "100%", 3])
        elif "share" in t or "respond" in t:
            ch["at-least"] = rng.choice(["80%", "85%", "95%", "100%"])
        elif "sum" in t:
            a = t["at-least"]
            if isinstance(a, str) and "of" in a:
                ch["at-least"] = rng.choice(["20% of headcount", "40% of headcount", "25% of headcount"])
            else:
                f = rng.choice([0.5, 0.8, 1.5, 2])
                ch["at-least"] = int(round(a * f / 100000.0)) * 100000 if a >= 100000 else max(1, int(a * f))
        elif "at-most" in t:
            ch["title"] = t["title"] + " (chỉ tiêu bắt buộc)"
            ch["weight"] = 3
        else:
            a = t.get("at-least", 1)
            if isinstance(a, int):
                ch["at-least"] = max(1, a + rng.choice([-1, 1, 2]))
            if "by" in t and rng.random() < 0.5:
                ch["by"] = rng.choice(["2024-06-30", "2024-09-30", "31/10/2024"])
        if rng.random() < 0.25:
            ch["weight"] = rng.choice([2, 3])
        if rng.random() < 0.15 and "milestones" not in t and "every" not in t and "share" not in t and "respond" not in t and "at-most" not in t:
            lo, hi = window_of({**t, **ch})
            if (hi - lo).days > 60:
                # a milestone must fall inside the target's window: half way through it
                ch["milestones"] = [{"by": (lo + (hi - lo) / 2).isoformat(), "at-least": "50%"}]
        if rng.random() < 0.2:
            ch["title"] = t["title"] + " (theo Nghị quyết Hội nghị Ban Chấp hành)"
        return ch

    # ---- target-driven records

    def records_for_target(self, ctx, t, n_target, scale):
        rng, q = ctx.rng, ctx.q * scale if scale < 1 else ctx.q
        lo, hi = window_of(t)
        if "respond" in t:
            rs = t["respond"]
            within = int(rs["within"][:-1]) * (7 if rs["within"].endswith("w") else 1)
            ntrig = max(2, int(n_target / 45 * rng.uniform(0.6, 1.4)))
            good = q > 0.9
            for _ in range(ntrig):
                d = rand_day(rng, YEAR_START, date(2024, 12, 20))
                trig = ctx.add(rs["to"], d, ok=True, unit=ctx.any_unit())
                roll = rng.random()
                ontime = 0.99 if good else q
                if roll < ontime:
                    rd = d + timedelta(days=rng.randint(0, within))
                elif roll < ontime + (1 - ontime) * 0.6:
                    rd = d + timedelta(days=rng.randint(within + 1, within + 25))
                else:
                    continue
                if rd <= YEAR_END:
                    ctx.add(rs["with"], rd, ok=True, unit=trig["unit"], responds_to=trig["id"])
            return
        if "share" in t:
            kind = t["share"]
            m = max(3, int(n_target / 40 * rng.uniform(0.5, 1.5)))
            okp = 1.0 if q > 0.93 else q
            for _ in range(m):
                ctx.add(kind, rand_day(rng, lo, hi), ok=rng.random() < okp)
            return
        kinds = t.get("count") or t.get("of")
        kind = kinds if isinstance(kinds, str) else kinds[0]
        if "at-most" in t:
            for _ in range(rng.randint(1, 4)):
                ctx.add(kind, rand_day(rng, lo, hi), ok=True)
            if rng.random() < (1 - q) * 0.6:
                ctx.add(kind, rand_day(rng, lo, hi), ok=False)
            return
        field = t.get("sum")
        thr = t.get("at-least", 1)
        if t.get("each"):
            roster = ctx.units if t["each"] == "units" else ctx.departments
            m = t.get("members")
            # where only some members must meet it, only about that many (and a few more) do
            reach = min(1.0, pct(m) + 0.15) if isinstance(m, str) else 1.0
            # where every member must meet it, boards chase the stragglers: fewer failures
            fail = (1 - q) * (1.0 if m is not None else 0.3)
            for mem in roster:
                if rng.random() > reach:
                    continue
                if rng.random() < fail:
                    if rng.random() < 0.5:
                        continue
                    part = True
                else:
                    part = False
                if isinstance(thr, str) and "of" in thr:
                    need = math.ceil(pct(thr.split()[0]) * mem.headcount)
                else:
                    need = thr
                self.fill(ctx, kind, field, need, lo, hi, t, part, unit=mem)
            return
        if t.get("every"):
            for a, b in periods_of(t["every"], lo, hi):
                r = rng.random()
                if r < (1 - q) * 0.2:
                    continue
                self.fill(ctx, kind, field, thr, a, b, t, r < (1 - q) * 0.4)
            return
        if t.get("distinct"):
            for mem in rng.sample(ctx.units, min(len(ctx.units), thr + rng.randint(0, 1))):
                if rng.random() < q:
                    ctx.add(kind, rand_day(rng, lo, hi), ok=True, unit=mem)
            return
        self.fill(ctx, kind, field, thr, lo, hi, t, rng.random() > q)

    def fill(self, ctx, kind, field, need, lo, hi, t, partial, unit=None):
        rng = ctx.rng
        if unit is None:
            unit = "auto"
        ms = t.get("milestones")
        first_hi = parse_iso(ms[0]["by"]) if ms and isinstance(ms[0]["by"], str) and "-" in ms[0]["by"] else None
        if field is None:
            n = need if not partial else max(0, need - rng.randint(1, max(1, need)))
            n += 1 if (not partial and rng.random() < 0.25) else 0
            for j in range(n):
                hi_j = first_hi if (first_hi and j < (n + 1) // 2 and first_hi >= lo) else hi
                ctx.add(kind, rand_day(rng, lo, min(hi, hi_j)), ok=True, unit=unit)
            return
        goal = need * (rng.uniform(1.0, 1.3) if not partial else rng.uniform(0.3, 0.9))
        parts = rng.choice([1, 1, 1, 2]) if unit != "auto" else rng.choice([1, 1, 2, 3])
        step = 50000 if field == "amount" else 1
        vals = []
        left = goal
        for j in range(parts):
            v = left / (parts - j) * (rng.uniform(0.8, 1.2) if j < parts - 1 else 1)
            v = max(step, int(math.ceil(v / step)) * step)
            vals.append(v)
            left -= v
        for j, v in enumerate(vals):
            hi_j = first_hi if (first_hi and j == 0 and first_hi >= lo) else hi
            ctx.add(kind, rand_day(rng, lo, min(hi, hi_j)), ok=True, unit=unit, **{field: v})

    # ---- mistakes

    def inject_mistakes(self, rng, files, faulty, units, departments, kinds):
        st = self.stats["mistakes"]
        marks = {}
        for name, kind, part in files:
            if kind == "yaml":
                for r in part:
                    if rng.random() < 0.012:
                        opts = []
                        if r.get("title"):
                            opts += ["titel", "tittle"]
                        if r.get("evidence") and len(r["evidence"]) == 1:
                            # an unknown field holding a list is an error, so only single values
                            opts += ["evidance", "evidense"]
                        if r.get("unit") is not None:
                            opts += ["unti"]
                        if opts:
                            r["mistake"] = rng.choice(opts)
                            st[r["mistake"]] = st.get(r["mistake"], 0) + 1
                            self.stats["mistakenRecords"] += 1
            else:
                if rng.random() < 0.005 and any(r.get("evidence") for r in part):
                    marks[name] = "evidance-column"
                    st["evidance-column"] = st.get("evidance-column", 0) + 1
                    self.stats["mistakenRecords"] += len(part)
        if faulty:
            allr = [(kind, r) for name, kind, part in files for r in part]
            for _ in range(rng.randint(1, 3)):
                kind, r = rng.choice(allr)
                opts = ["impossible-date", "unknown-unit", "unknown-activity"]
                if kind == "yaml":
                    opts.append("activty")
                if r.get("amount"):
                    opts.append("thousands")
                m = rng.choice(opts)
                if m == "unknown-unit" and r.get("unit") is None:
                    m = "impossible-date"
                r["mistake"] = m
                st[m] = st.get(m, 0) + 1
                self.stats["mistakenRecords"] += 1
        return marks

    # ---- writing records

    def unit_text(self, rng, m):
        r = rng.random()
        if m.plain:
            r = min(r, 0.69)
        if r < 0.70:
            return m.name
        if r < 0.80:
            return m.id
        if r < 0.88 and m.aliases:
            return m.aliases[0]
        if r < 0.92:
            return m.name.lower()
        if r < 0.96:
            return unicodedata.normalize("NFD", m.name)
        if r < 0.99:
            return m.name.replace(" ", "  ", 1)
        return m.name.upper()

    def bad_unit(self, rng, m):
        if m is not None and rng.random() < 0.6:
            return fold(m.name)
        return rng.choice(["Tổ công đoàn Phân xưởng 99", "Phòng Hành chánh", "Tổ công đoàn Khối 9",
                           "Công đoàn bộ phận Kho cũ", "Tổ CĐ văn phòng cty"])

    def bad_date(self, rng, dmy):
        return rng.choice(["30/02/2024", "31/4/2024", "31/06/2024", "31/9/2024"]) if dmy else \
            rng.choice(["2024-02-30", "2024-04-31", "2024-06-31", "2024-11-31"])

    def bad_kind(self, rng, k):
        i = rng.randint(1, len(k) - 2)
        cand = k[:i] + k[i + 1:]
        return cand if cand not in KINDS else k + "s"

    def fields_of(self, rng, r, units, departments, date_style):
        """The record as an ordered list of (field, text, is_string) with mistakes applied."""
        m = r.get("mistake")
        d = r["date"]
        if m == "impossible-date":
            ds = self.bad_date(rng, date_style != "iso")
        elif date_style == "iso":
            ds = d.isoformat()
        elif date_style == "dmy0":
            ds = f"{d.day:02d}/{d.month:02d}/{d.year}"
        else:
            ds = f"{d.day}/{d.month}/{d.year}"
        out = [("ngay" if False else "date", ds, False)]
        act = r["activity"] if m != "unknown-activity" else self.bad_kind(rng, r["activity"])
        out.append(("activty" if m == "activty" else "activity", act, False))
        if r.get("unit") is not None:
            u = self.unit_text(rng, r["unit"]) if m != "unknown-unit" else self.bad_unit(rng, r["unit"])
            out.append(("unti" if m == "unti" else "unit", u, True))
        elif m == "unknown-unit":
            out.append(("unit", self.bad_unit(rng, None), True))
        if r.get("id"):
            out.append(("id", r["id"], True))
        if r.get("responds-to"):
            out.append(("responds-to", r["responds-to"], True))
        if r.get("title"):
            out.append((m if m in ("titel", "tittle") else "title", r["title"], True))
        for k, v in r["attrs"].items():
            if isinstance(v, bool):
                out.append((k, "true" if v else "false", False))
            elif k == "amount" and m == "thousands":
                out.append((k, f"{v:,}".replace(",", "."), False))
            else:
                out.append((k, str(v), False))
        if r.get("evidence"):
            out.append((m if m in ("evidance", "evidense") else "evidence", r["evidence"], True))
        if r.get("recorded"):
            out.append(("recorded", r["recorded"].isoformat(), False))
        if r.get("note"):
            out.append(("ghi-chu", r["note"], True))
        return out

    def yaml_records(self, rng, recs, units, departments):
        style = rng.choice(["flow", "flow", "block", "mixed"])
        date_style = rng.choices(["iso", "dmy", "dmy0"], weights=[75, 15, 10])[0]
        lines = []
        if rng.random() < 0.3:
            lines.append("# Sổ theo dõi hoạt động công đoàn năm 2024 (cập nhật hằng tuần)")
        if not recs:
            lines.append("[]")
        for r in recs:
            fl = self.fields_of(rng, r, units, departments, date_style)
            flow = style == "flow" or (style == "mixed" and rng.random() < 0.5)
            if flow:
                parts = []
                for k, v, s in fl:
                    if isinstance(v, list):
                        parts.append(f"{k}: [{', '.join(ys(x, True) for x in v)}]" if len(v) > 1 else f"{k}: {ys(v[0], True)}")
                    else:
                        parts.append(f"{k}: {ys(v, True) if s else v}")
                lines.append("- {" + ", ".join(parts) + "}")
            else:
                first = True
                for k, v, s in fl:
                    p = "- " if first else "  "
                    first = False
                    if isinstance(v, list):
                        if len(v) == 1:
                            lines.append(f"{p}{k}: {ys(v[0], False)}")
                        elif rng.random() < 0.5:
                            lines.append(f"{p}{k}:")
                            for x in v:
                                lines.append(f"    - {ys(x, False)}")
                        else:
                            lines.append(f"{p}{k}: [{', '.join(ys(x, True) for x in v)}]")
                    else:
                        lines.append(f"{p}{k}: {ys(v, False) if s else v}")
        return "\n".join(lines) + "\n"

    def csv_records(self, rng, recs, units, departments, bad_col):
        delim = ";" if rng.random() < 0.3 else ","
        bom = rng.random() < 0.4
        eol = "\r\n" if rng.random() < 0.35 else "\n"
        quote_titles = rng.random() < 0.2
        date_style = rng.choices(["iso", "dmy", "dmy0"], weights=[35, 40, 25])[0]
        order = ["date", "activity", "unit", "id", "responds-to", "title", "participants", "amount", "attended",
                 "violations", "result", "hours", "severe", "mode", "evidence", "recorded", "ghi-chu"]
        rows = []
        present = set()
        for r in recs:
            fl = self.fields_of(rng, r, units, departments, date_style)
            row = {}
            for k, v, s in fl:
                if k == "activty":
                    k = "activity"
                if isinstance(v, list):
                    v = "|".join(v)
                row[k] = v
                present.add(k)
            rows.append(row)
        cols = [c for c in order if c in present or c in ("date", "activity", "unit", "title")]
        header = list(cols)
        lines = []

        def cell(v, force=False):
            if force or delim in v or '"' in v or "\n" in v or "\r" in v:
                return '"' + v.replace('"', '""') + '"'
            return v

        hdr = [("evidance" if (c == "evidence" and bad_col) else c) for c in header]
        lines.append(delim.join(hdr))
        for row in rows:
            lines.append(delim.join(cell(row.get(c, ""), force=(quote_titles and c == "title" and c in row)) for c in cols))
        return eol.join(lines) + eol, bom


class Ctx:
    """The records of one programme while they are made."""

    def __init__(self, rng, units, departments, q):
        self.rng, self.units, self.departments, self.q = rng, units, departments, q
        self.recs = []
        self.ids = {}

    def any_unit(self):
        if self.departments and self.rng.random() < 0.3:
            return self.rng.choice(self.departments)
        return self.rng.choice(self.units)

    def add(self, kind, d, ok=True, unit="auto", responds_to=None, **given):
        rng = self.rng
        if unit == "auto":
            r = rng.random()
            if kind in ("ec-meeting", "bargaining", "union-fee", "dialogue") and r < 0.6:
                unit = None
            elif kind in ("civil-conference", "safety-training") and self.departments:
                unit = rng.choice(self.departments)
            elif r < 0.03:
                unit = None
            else:
                unit = self.any_unit()
        label, fields, titles = KINDS[kind]
        attrs = {}
        for f in fields:
            name, _, variant = f.partition(":")
            if name in given:
                attrs[name] = given[name]
                continue
            if name == "participants":
                if variant == "small":
                    attrs[name] = rng.randint(5, 15)
                elif variant == "few":
                    attrs[name] = rng.randint(1, 6)
                else:
                    attrs[name] = rng.randint(20, 80) if ok else rng.randint(2, 9)
            elif name == "amount":
                lo, hi = {"visit": (10, 60), "fee": (20, 200), "gift": (10, 150), "tet": (100, 800),
                          "house": (300, 1000)}.get(variant, (10, 100))
                attrs[name] = rng.randint(lo, hi) * 50000 if variant != "fee" else rng.randint(lo, hi) * 100000
            elif name == "violations":
                attrs[name] = 0 if ok else rng.randint(1, 3)
            elif name == "attended":
                attrs[name] = ok
            elif name == "result":
                attrs[name] = rng.choice(["gioi", "kha"]) if ok else rng.choice(["dat", "chua-dat"])
            elif name == "hours":
                attrs[name] = rng.randint(16, 40) if ok else rng.randint(41, 72)
            elif name == "severe":
                attrs[name] = not ok
            elif name == "mode":
                attrs[name] = "truc-tiep" if ok else "truc-tuyen"
        for k, v in given.items():
            attrs.setdefault(k, v)
        rec = {"date": d, "activity": kind, "unit": unit, "attrs": attrs}
        if kind in TRIGGER_PREFIX:
            n = self.ids.get(kind, 0) + 1
            self.ids[kind] = n
            rec["id"] = f"{TRIGGER_PREFIX[kind]}-{n:03d}"
        elif kind == "union-fee" and rng.random() < 0.3:
            n = self.ids.get(kind, 0) + 1
            self.ids[kind] = n
            rec["id"] = f"PT-2024-{n:04d}"
        if responds_to:
            rec["responds-to"] = responds_to
        if rng.random() < 0.9:
            tmpl = rng.choice(titles)
            uname = unit.name if unit is not None else "văn phòng"
            rec["title"] = tmpl.format(m=d.month, q=(d.month - 1) // 3 + 1, n=rng.randint(1, 12),
                                       p=rng.choice(PERSONS), a=f"{attrs.get('amount', 500000):,}".replace(",", "."),
                                       c=rng.choice(COMMUNES), u=uname)
        needs_ev = kind == "life-survey"
        if (needs_ev and ok) or (not needs_ev and rng.random() < 0.45):
            iso = d.isoformat()
            short = slug(short_name(unit.name))[:24].rstrip("-") if unit is not None else "cd"
            ev = [f"{rng.choice(['bien-ban', 'bao-cao', 'quyet-dinh', 'ke-hoach'])}/{iso}-{short}.pdf"]
            for _ in range(rng.choice([0, 0, 0, 1, 2])):
                ev.append(f"anh/{iso}-{rng.randint(1, 40)}.jpg")
            if rng.random() < 0.05:
                ev.append(f"https://drive.google.com/file/d/{rng.getrandbits(64):016x}/view")
            rec["evidence"] = ev
        if rng.random() < 0.08:
            rd = d + timedelta(days=rng.randint(0, 10))
            rec["recorded"] = min(rd, YEAR_END)
        if rng.random() < 0.03:
            rec["note"] = rng.choice(["Đã báo cáo Công đoàn cấp trên", "Bổ sung hồ sơ sau, theo ý kiến BTV",
                                      "Phối hợp với chuyên môn cùng cấp", "Kinh phí từ nguồn xã hội hóa"])
        self.recs.append(rec)
        return rec


PERSONS = [
    "Nguyễn Thị Hoa", "Trần Văn Minh", "Lê Thị Thu Hằng", "Phạm Văn Đức", "Hoàng Thị Lan", "Vũ Văn Hùng",
    "Đặng Thị Mai", "Bùi Văn Tuấn", "Đỗ Thị Ngọc Anh", "Ngô Văn Thắng", "Dương Thị Hạnh", "Lý Văn Sơn",
    "Ma Thị Huyền", "Nông Văn Khánh", "Triệu Thị Nga", "Hà Văn Long", "La Thị Thanh", "Lục Văn Bình",
]


def main():
    if len(sys.argv) != 4:
        sys.stderr.write("usage: flat-sectors.py OUTDIR COUNT SEED\n")
        return 2
    outdir, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if count < 2:
        sys.stderr.write("COUNT must be at least 2\n")
        return 2
    g = Gen(outdir, count, seed)
    g.write_templates()
    plan, split = g.plan()
    folders = {}
    for i, (prov, sector) in enumerate(plan):
        folder = g.programme(i, prov, sector, split)
        folders[folder] = folders.get(folder, 0) + 1
        if (i + 1) % 1000 == 0:
            sys.stderr.write(f"{i + 1} programmes\n")
    st = g.stats
    all_folders = set()
    for f in folders:
        parts = f.split("/")
        for k in range(1, len(parts) + 1):
            all_folders.add("/".join(parts[:k]))
    st["folders"] = len(all_folders) + 1  # and templates/
    st["programmeFolders"] = len(folders)
    big = max(folders.items(), key=lambda kv: kv[1])
    st["largestFolder"] = {"folder": big[0], "programmes": big[1]}
    st["foldersWith500OrMore"] = sum(1 for v in folders.values() if v >= 500)
    st["programmesPerFolder"] = dict(sorted(folders.items()))
    st["bytesYaml"] = st["bytesProgrammes"] + st["bytesTemplates"] + st["bytesRecordsYaml"]
    st["bytesCsv"] = st["bytesRecordsCsv"]
    st["mistakeRate"] = round(st["mistakenRecords"] / max(1, st["records"]), 4)
    with open(outdir.rstrip("/") + ".scanlist", "w", encoding="utf-8") as f:
        f.write("\n".join(g.scan) + "\n")
    with open(outdir.rstrip("/") + ".stats", "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    sys.stderr.write(f"{st['programmes']} programmes, {st['records']} records, "
                     f"{st['bytesYaml'] / 1e6:.1f} MB YAML, {st['bytesCsv'] / 1e6:.1f} MB CSV\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
