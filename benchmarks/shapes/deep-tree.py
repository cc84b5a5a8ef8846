#!/usr/bin/env python3
"""Shape C for Tally's roll-up claim: deep, lopsided trees of union programmes.

usage: generate.py ROOT COUNT [SEED]

- 12 provinces; under each, folders 5-6 levels deep (khối / huyện / xã / tổ / nhóm), most
  holding 1-6 programmes, plus two huge folders holding 30% and 15% of all programmes
  (at depth 3 and depth 5). Two provinces use Vietnamese folder names with spaces and
  diacritics.
- Templates on three levels: one national base (8 targets) -> 4 sector templates (+4 targets,
  overrides) -> 48 province x sector templates inside the tree (+2 targets, overrides).
  50% of programmes extend a province template (3 levels), 20% a sector template (2 levels),
  30% extend nothing and write 15-25 targets of their own. Extending programmes add own targets
  and `override:` template targets (titles carry numbers, so one id has several titles).
  2% of programmes have a target id of their own (distinct ids grow with N).
- Every programme has 15-25 targets: count, each (with members %, key: another field,
  "% of so-doan-vien"), every week/month/quarter (periods), distinct, sum, share (that/where),
  respond (two trigger kinds), at-most, milestones, during, by; exemptions (some expired).
- Organisation names are long Vietnamese names (5% over 300 characters); 4% of programmes come
  in groups whose names differ only by letter case, diacritics, tone-mark placement or NFD.
- 100-300 records a programme, in a separate records tree (du-lieu/) inside TREE:
  YAML block (one file or per quarter, found by glob), YAML flow, CSV (comma or semicolon,
  BOM or not, CRLF or not), or YAML + CSV. Units are written with case, NFD, doubled spaces,
  ids and aliases; dates in both forms.
- As of 2024-12-31 many targets are missed, so by-target failure lists are long.

Writes ROOT/, ROOT.scanlist (every YAML file: programmes, templates, YAML records; CSV left
out), ROOT.stats.
"""
import json, os, random, sys, unicodedata

root = sys.argv[1]
count = int(sys.argv[2])
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20241231
rng = random.Random(seed)

# ----------------------------------------------------------------------------- YAML helpers
SPECIAL_START = set("-?:,[]{}#&*!|>'\"%@`")


def q(s, flow=False):
    s = str(s)
    need = (not s or s[0] in SPECIAL_START or ": " in s or " #" in s or s.endswith(":")
            or s != s.strip() or "\t" in s or "\n" in s
            or (flow and any(c in s for c in ",[]{}"))
            or s.lower() in ("true", "false", "null", "~", "yes", "no", "on", "off")
            or s.replace(".", "", 1).isdigit())
    return json.dumps(s, ensure_ascii=False) if need else s


def flow(v):
    if isinstance(v, dict):
        return "{" + ", ".join("%s: %s" % (k, flow(x)) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(flow(x) for x in v) + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, Raw):
        return v.s
    return q(v, flow=True)


class Raw:
    def __init__(self, s): self.s = s


def block_target(t, out, indent="  "):
    first = True
    for k, v in t.items():
        prefix = indent + ("- " if first else "  ")
        first = False
        if isinstance(v, (dict, list)):
            out.append("%s%s: %s\n" % (prefix, k, flow(v)))
        elif isinstance(v, (bool, int, float, Raw)):
            out.append("%s%s: %s\n" % (prefix, k, flow(v)))
        else:
            out.append("%s%s: %s\n" % (prefix, k, q(v)))


def write_targets(targets, out, style):
    out.append("targets:\n")
    for t in targets:
        if style == "flow":
            out.append("  - " + flow(t) + "\n")
        else:
            block_target(t, out)
            if style == "spaced":
                out.append("\n")


# ----------------------------------------------------------------------------- names
PROVINCES = ["Thái Nguyên", "Phú Thọ", "Hà Giang", "Tuyên Quang", "Lào Cai", "Yên Bái",
             "Bắc Kạn", "Cao Bằng", "Lạng Sơn", "Hòa Bình", "Sơn La", "Điện Biên"]
DISTRICTS = ["Đại Từ", "Phú Lương", "Định Hóa", "Võ Nhai", "Đồng Hỷ", "Phú Bình", "Phổ Yên",
             "Sông Công", "Lâm Thao", "Thanh Thủy", "Cẩm Khê", "Hạ Hòa", "Đoan Hùng", "Yên Lập",
             "Bắc Quang", "Hoàng Su Phì", "Chiêm Hóa", "Hàm Yên", "Bảo Thắng", "Sa Pa",
             "Lục Yên", "Mù Cang Chải", "Ba Bể", "Chợ Đồn", "Trùng Khánh", "Hòa An", "Tràng Định",
             "Lạc Sơn", "Mai Châu", "Mộc Châu", "Thuận Châu", "Mường Nhé", "Tủa Chùa"]
COMMUNES = ["Hùng Sơn", "Quân Chu", "Tân Thái", "Phú Xuyên", "Yên Lãng", "Hòa Bình", "Tân Linh",
            "Phục Linh", "Bản Ngoại", "Cù Vân", "An Khánh", "Khôi Kỳ", "Mỹ Yên", "Văn Yên",
            "Ký Phú", "Lục Ba", "Vạn Thọ", "Hoàng Nông", "La Bằng", "Phú Thịnh", "Thủy Sơn",
            "Quỳnh Lâm", "Xuân Thủy", "Tiên Phong", "Hợp Thành", "Ôn Lương", "Yên Ninh",
            "Động Đạt", "Phủ Lý", "Hòa Thượng", "Nghinh Tường", "Thần Sa", "Trúc Lâu", "Điềm Mặc",
            "Tân Dương", "Bảo Cường", "Quy Kỳ", "Kim Phượng", "Lương Sơn", "Thúy Lĩnh"]
PEOPLE = ["Nguyễn Trãi", "Lê Quý Đôn", "Chu Văn An", "Trần Hưng Đạo", "Hoàng Hoa Thám",
          "Võ Thị Sáu", "Lý Tự Trọng", "Kim Đồng", "Nguyễn Du", "Trần Phú", "Lương Ngọc Quyến",
          "Ngô Quyền", "Phan Bội Châu", "Hai Bà Trưng", "Lê Hồng Phong", "Tô Hiệu", "Bế Văn Đàn",
          "Nguyễn Bỉnh Khiêm", "Đinh Tiên Hoàng", "Quang Trung"]
WORDS = ["Hòa Phát", "Thủy Tiên", "Tân Hưng", "Đông Á", "Việt Bắc", "Trường Sơn", "Hồng Hà",
         "Sông Đà", "Phúc Thịnh", "Quốc Thái", "Thành Công", "Minh Khuê", "Hưng Thịnh", "An Phú",
         "Bình Minh", "Ánh Dương", "Ngọc Thủy", "Lũng Cú", "Mường Thanh", "Hoàng Liên",
         "Núi Cốc", "Tam Đảo", "Cửa Khẩu", "Đồng Văn", "Mẫu Sơn", "Suối Giàng", "Tân Cương",
         "La Hiên", "Thác Bà", "Pác Bó", "Hữu Nghị", "Kỳ Cùng", "Nậm Rốm", "Quảng Uyên"]
COMPANY_FIELDS = ["Khai thác và Chế biến Khoáng sản", "Chè", "May mặc", "Vật liệu Xây dựng",
                  "Cơ khí", "Điện tử", "Thực phẩm", "Giấy", "Xi măng", "Thủy điện", "Gạch Tuynel",
                  "Vận tải", "Môi trường Đô thị", "Cấp nước", "Lâm nghiệp", "Dược phẩm"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Ma", "Hà", "Nông", "Lương", "Triệu"]
MIDDLE = ["Văn", "Thị", "Đức", "Thu", "Minh", "Quang", "Thanh", "Ngọc", "Hữu", "Thùy", "Xuân"]
GIVEN = ["Hùng", "Lan", "Huệ", "Thủy", "Dũng", "Hòa", "Tuấn", "Hạnh", "Nga", "Khánh", "Phượng",
         "Quỳnh", "Sơn", "Tâm", "Yến", "Đạt", "Giang", "Hiền", "Loan", "Thắng", "Uyên", "Vinh"]
UNIT_KINDS_DV = ["Phòng Tổ chức – Hành chính", "Phòng Kế hoạch – Tài chính", "Phòng Kỹ thuật",
                 "Phân xưởng Cơ điện", "Phân xưởng Sản xuất số 1", "Phân xưởng Sản xuất số 2",
                 "Tổ Toán – Tin", "Tổ Ngữ văn", "Tổ Khoa học Tự nhiên", "Tổ Văn phòng",
                 "Khoa Nội tổng hợp", "Khoa Ngoại", "Khoa Sản", "Khoa Dược", "Trạm Y tế xã",
                 "Ban Quản lý dự án", "Đội Bảo vệ", "Bộ phận Kho vận", "Chi nhánh phía Bắc",
                 "Chi nhánh phía Nam", "Xưởng Chế biến", "Trung tâm Dịch vụ khách hàng"]
UNIT_KINDS_CD = ["Tổ công đoàn Văn phòng", "Tổ công đoàn Kỹ thuật", "Tổ công đoàn Sản xuất",
                 "Tổ công đoàn Nữ công", "Tổ công đoàn Bảo vệ", "Tổ công đoàn Kho vận",
                 "Công đoàn bộ phận Phân xưởng 1", "Công đoàn bộ phận Phân xưởng 2",
                 "Công đoàn bộ phận Phân xưởng 3", "Tổ công đoàn Giáo viên Tiểu học",
                 "Tổ công đoàn Giáo viên Mầm non", "Tổ công đoàn Khối Lâm sàng",
                 "Tổ công đoàn Khối Cận lâm sàng", "Tổ công đoàn Hành chính – Quản trị",
                 "Công đoàn bộ phận Chi nhánh", "Tổ công đoàn Lái xe"]
TONE_SWAPS = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("ùy", "uỳ"),
              ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"), ("Hòa", "Hoà"), ("Thủy", "Thuỷ")]


def strip_diacritics(s):
    d = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn"))


def swap_tones(s):
    for a, b in TONE_SWAPS:
        s = s.replace(a, b)
    return s


def slug(s):
    s = strip_diacritics(s).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


def person():
    return "%s %s %s" % (rng.choice(SURNAMES), rng.choice(MIDDLE), rng.choice(GIVEN))


def org_name(province, district, commune):
    r = rng.random()
    place = "xã %s, huyện %s, tỉnh %s" % (commune, district, province)
    if r < 0.05:   # very long: 300+ characters
        n = ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên %s và Thương mại Dịch vụ "
             "Xuất nhập khẩu %s %s thuộc Tổng Công ty Công nghiệp %s Việt Nam – Công ty Cổ phần, "
             "trực thuộc Công đoàn các Khu công nghiệp và Liên đoàn Lao động tỉnh %s, đóng tại %s, "
             "Chi nhánh số %d" % (rng.choice(COMPANY_FIELDS), rng.choice(WORDS), rng.choice(WORDS),
                                  rng.choice(COMPANY_FIELDS), province, place, rng.randint(1, 99)))
    elif r < 0.30:
        n = "Công đoàn cơ sở Trường %s %s%s, %s" % (
            rng.choice(["Tiểu học", "Trung học cơ sở", "Mầm non", "Phổ thông Dân tộc bán trú"]),
            rng.choice(PEOPLE + COMMUNES), rng.choice(["", " số 1", " số 2"]), place)
    elif r < 0.45:
        n = "Công đoàn cơ sở Trạm Y tế xã %s, Trung tâm Y tế huyện %s, tỉnh %s" % (commune, district, province)
    elif r < 0.80:
        n = "Công đoàn cơ sở Công ty %s %s %s %s" % (
            rng.choice(["Cổ phần", "TNHH", "TNHH Một thành viên", "Cổ phần Tập đoàn"]),
            rng.choice(COMPANY_FIELDS), rng.choice(WORDS), rng.choice(WORDS))
    else:
        n = "Công đoàn cơ sở Ủy ban nhân dân %s" % place
    return " ".join(n.split())


# ----------------------------------------------------------------------------- vocabulary
ACTIVITIES = {
    "hoi-nghi": "Hội nghị cán bộ, công chức, viên chức, người lao động",
    "gioi-thieu-dang": "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp",
    "kiem-tra": "Kiểm tra, giám sát việc chấp hành Điều lệ và tài chính công đoàn",
    "thang-cong-nhan": "Hoạt động hưởng ứng Tháng Công nhân",
    "hop-bch": "Họp Ban Chấp hành công đoàn cơ sở",
    "de-xuat-tham-hoi": "Đề xuất thăm hỏi đoàn viên có hoàn cảnh khó khăn",
    "tham-hoi": "Thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn",
    "tang-qua": "Tặng quà đoàn viên, con đoàn viên",
    "khoi-thi-dua": "Hoạt động của Khối thi đua",
    "hoc-tap-nq": "Học tập, quán triệt Nghị quyết Đại hội XIII Công đoàn Việt Nam",
    "phu-nu": "Hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10",
    "tap-huan": "Tập huấn nghiệp vụ công tác công đoàn",
    "su-co": "Sự cố, tai nạn lao động",
    "bao-cao": "Báo cáo định kỳ",
    "phat-trien-dv": "Kết nạp đoàn viên mới",
    "van-nghe": "Hội diễn văn nghệ, hội thao",
    "khieu-nai": "Đơn thư khiếu nại, tố cáo của đoàn viên",
    "tra-loi": "Giải quyết, trả lời đơn thư",
    "ho-tro": "Hỗ trợ đoàn viên gặp khó khăn đột xuất",
    "doi-thoai": "Đối thoại định kỳ tại nơi làm việc",
    "mai-am": "Xây dựng, sửa chữa Mái ấm Công đoàn",
}
DV_KINDS = {"hoi-nghi", "su-co", "doi-thoai", "khieu-nai"}   # unit from roster don-vi
NOUNIT_KINDS = {"hop-bch", "tham-hoi", "tra-loi", "khoi-thi-dua", "bao-cao", "mai-am"}
RATING = [{"at-least": Raw("90%"), "label": "Hoàn thành xuất sắc nhiệm vụ"},
          {"at-least": Raw("70%"), "label": "Hoàn thành tốt nhiệm vụ"},
          {"at-least": Raw("50%"), "label": "Hoàn thành nhiệm vụ"},
          {"label": "Không hoàn thành nhiệm vụ"}]


def T(**kw):
    return {k.replace("_", "-"): v for k, v in kw.items()}


# Catalogue of targets: id -> function(ctx) -> target mapping. ctx: dict with roster sizes.
def cat_targets():
    c = {}
    c["hoi-nghi"] = lambda x: T(id="hoi-nghi", title="Tổ chức hội nghị cán bộ, công chức, viên chức, người lao động tại 100% đơn vị", owner="Ban Thường vụ", weight=2, count="hoi-nghi", each="don-vi", at_least=1, by="2024-03-31")
    c["gioi-thieu-dang"] = lambda x: T(id="gioi-thieu-dang", title="Ít nhất 60% công đoàn thành viên giới thiệu đoàn viên ưu tú cho Đảng", owner="Ban Thường vụ", count="gioi-thieu-dang", each="cong-doan-tv", members=Raw("60%"), by="2024-10-31")
    c["kiem-tra"] = lambda x: T(id="kiem-tra", title="Kiểm tra, giám sát tại ít nhất 2 công đoàn thành viên", owner="Ủy ban Kiểm tra", count="kiem-tra", distinct="unit", at_least=2, milestones=[{"by": "2024-06-30", "at-least": 1}], by="2024-11-30")
    c["thang-cong-nhan"] = lambda x: T(id="thang-cong-nhan", title="80% công đoàn thành viên hưởng ứng Tháng Công nhân năm 2024", owner="Ban Tuyên giáo – Nữ công", count="thang-cong-nhan", each="cong-doan-tv", members=Raw("80%"), during="2024-05")
    c["hop-bch"] = lambda x: T(id="hop-bch", title="Họp Ban Chấp hành định kỳ mỗi quý", owner="Chủ tịch công đoàn cơ sở", count="hop-bch", every="quarter", periods=3, during={"from": "2024-01-01", "to": "2024-09-30"})
    c["tham-hoi"] = lambda x: T(id="tham-hoi", title="Thăm hỏi đoàn viên khó khăn trong vòng 14 ngày kể từ khi có đề xuất", owner="Ban Thường vụ", respond={"to": "de-xuat-tham-hoi", "with": "tham-hoi", "within": "14d"}, at_least=Raw("90%"))
    c["tang-qua"] = lambda x: T(id="tang-qua", title="Tặng quà đoàn viên, tổng giá trị ít nhất 10 triệu đồng đến 31/10", owner="Ban Nữ công", sum="so-tien", of="tang-qua", at_least=10000000, by="2024-10-31")
    c["khoi-thi-dua"] = lambda x: T(id="khoi-thi-dua", title="Tham gia ít nhất 90% hoạt động của Khối thi đua trong 6 tháng đầu năm", owner="Chủ tịch công đoàn cơ sở", share="khoi-thi-dua", that="co-mat", at_least=Raw("90%"), during="2024-H1")
    # sector
    c["hoc-tap-nq"] = lambda x: T(id="hoc-tap-nq", title="Mỗi công đoàn thành viên có ít nhất 30% đoàn viên học tập Nghị quyết Đại hội XIII", owner="Ban Tuyên giáo", sum="so-nguoi", of="hoc-tap-nq", each="cong-doan-tv", at_least=Raw("30% of so-doan-vien"), by="2024-09-30")
    c["phu-nu"] = lambda x: T(id="phu-nu", title="Ít nhất 2 hoạt động kỷ niệm Ngày Phụ nữ Việt Nam 20/10", owner="Ban Nữ công", count="phu-nu", at_least=2, during="2024-10")
    c["tap-huan-thang"] = lambda x: T(id="tap-huan-thang", title="Tập huấn nghiệp vụ hằng tháng, ít nhất 6 tháng trong năm", owner="Ban Tổ chức", count="tap-huan", every="month", periods=6, during={"from": "2024-01-01", "to": "2024-11-30"})
    c["an-toan"] = lambda x: T(id="an-toan", title="Không để xảy ra sự cố an toàn lao động từ mức 2 trở lên", owner="Ban Bảo hộ lao động", count="su-co", where="muc-do >= 2", at_most=0)
    c["doi-thoai"] = lambda x: T(id="doi-thoai", title="Đối thoại tại nơi làm việc ở 70% đơn vị trong 6 tháng đầu năm", owner="Ban Chính sách – Pháp luật", count="doi-thoai", each="don-vi", members=Raw("70%"), by="2024-06-30")
    c["ho-tro-tong"] = lambda x: T(id="ho-tro-tong", title="Hỗ trợ đoàn viên khó khăn và Mái ấm Công đoàn ít nhất 20 triệu đồng", owner="Ban Thường vụ", sum="so-tien", of=["ho-tro", "mai-am"], at_least=20000000, during="2024-H1")
    c["bao-cao-quy"] = lambda x: T(id="bao-cao-quy", title="Báo cáo quý đúng kỳ", owner="Văn phòng", count="bao-cao", where="loai == 'quy'", every="quarter", during={"from": "2024-01-01", "to": "2024-09-30"})
    c["khieu-nai"] = lambda x: T(id="khieu-nai", title="Giải quyết 90% đơn thư của đoàn viên trong 30 ngày", owner="Ủy ban Kiểm tra", respond={"to": "khieu-nai", "with": "tra-loi", "within": "30d"}, at_least=Raw("90%"), during={"from": "2024-01-01", "to": "2024-10-31"})
    # province
    c["bao-cao-dung-han"] = lambda x: T(id="bao-cao-dung-han", title="100% báo cáo quý, năm nộp đúng hạn", owner="Văn phòng", share="bao-cao", where="loai in ['quy', 'nam']", that="dung-han", at_least=Raw("100%"))
    c["phat-trien-dv"] = lambda x: T(id="phat-trien-dv", title="Kết nạp ít nhất 10 đoàn viên mới đến 30/9", owner="Ban Tổ chức", count="phat-trien-dv", distinct="ho-ten", at_least=10, by="2024-09-30", milestones=[{"by": "2024-06-30", "at-least": Raw("50%")}])
    # pool (own targets)
    c["van-nghe-h1"] = lambda x: T(id="van-nghe-h1", title="Ít nhất 3 hoạt động văn nghệ, thể thao trong 6 tháng đầu năm", count="van-nghe", at_least=3, during="2024-H1")
    c["van-nghe-thang"] = lambda x: T(id="van-nghe-thang", title="Hoạt động văn nghệ, thể thao ít nhất 8 tháng trong năm", owner="Ban Tuyên giáo", count="van-nghe", every="month", periods=8, during={"from": "2024-01-01", "to": "2024-11-30"})
    c["bao-cao-tuan"] = lambda x: T(id="bao-cao-tuan", title="Báo cáo tuần trong quý III, ít nhất 80% số tuần", owner="Văn phòng", count="bao-cao", where="loai == 'tuan'", every="week", periods=Raw("80%"), during="2024-Q3")
    c["ho-tro-moi-cd"] = lambda x: T(id="ho-tro-moi-cd", title="Mỗi công đoàn thành viên nhận hỗ trợ ít nhất 1 triệu đồng cho đoàn viên", owner="Ban Thường vụ", sum="so-tien", of="ho-tro", each="cong-doan-tv", key="cd-nhan", at_least=1000000, members=Raw("80%"), by="2024-11-30")
    c["mai-am"] = lambda x: T(id="mai-am", title="Hỗ trợ ít nhất 1 Mái ấm Công đoàn trong quý III", owner="Ban Thường vụ", count="mai-am", at_least=1, during="2024-Q3")
    c["tap-huan-ty-le"] = lambda x: T(id="tap-huan-ty-le", title="70% lớp tập huấn có từ 15 người trở lên", owner="Ban Tổ chức", share="tap-huan", that="so-nguoi >= 15", at_least=Raw("70%"), during={"from": "2024-01-01", "to": "2024-11-30"})
    c["kiem-tra-vi-pham"] = lambda x: T(id="kiem-tra-vi-pham", title="Không quá 1 cuộc kiểm tra phát hiện vi phạm", owner="Ủy ban Kiểm tra", count="kiem-tra", where="vi-pham > 0", at_most=1)
    c["hoi-nghi-chuyen-de"] = lambda x: T(id="hoi-nghi-chuyen-de", title="Ít nhất 4 hội nghị chuyên đề khác nhau", count="hoi-nghi", distinct="title", at_least=4, by="2024-08-31")
    c["tang-qua-cd"] = lambda x: T(id="tang-qua-cd", title="50% công đoàn thành viên tặng quà đoàn viên ít nhất 2 lần trong 6 tháng cuối năm", count="tang-qua", each="cong-doan-tv", at_least=2, members=Raw("50%"), during={"from": "2024-07-01", "to": "2024-11-30"})
    c["gioi-thieu-sớm"] = None  # placeholder removed below (ids must be [a-z0-9-])
    c["gioi-thieu-som"] = lambda x: T(id="gioi-thieu-som", title="Giới thiệu ít nhất 3 đoàn viên ưu tú đến 30/6", count="gioi-thieu-dang", at_least=3, by="2024-06-30", milestones=[{"by": "2024-03-31", "at-least": 1}])
    c["hoc-tap-tong"] = lambda x: T(id="hoc-tap-tong", title="Ít nhất 100 lượt đoàn viên học tập Nghị quyết trong 6 tháng đầu năm", sum="so-nguoi", of="hoc-tap-nq", at_least=100, during="2024-H1")
    c["khieu-nai-nhanh"] = lambda x: T(id="khieu-nai-nhanh", title="80% đơn thư được trả lời trong 7 ngày", owner="Văn phòng", respond={"to": "khieu-nai", "with": "tra-loi", "within": "7d"}, at_least=Raw("80%"), by="2024-11-30")
    c["ho-tro-lon"] = lambda x: T(id="ho-tro-lon", title="Hỗ trợ từ 500.000 đồng trở lên, tổng ít nhất 5 triệu đồng trong quý III", sum="so-tien", of="ho-tro", where="so-tien >= 500000", at_least=5000000, during="2024-Q3")
    c["doi-thoai-quy"] = lambda x: T(id="doi-thoai-quy", title="Đối thoại ít nhất 1 lần mỗi quý", count="doi-thoai", every="quarter", periods=Raw("75%"), during={"from": "2024-01-01", "to": "2024-09-30"})
    c["su-co-don-vi"] = lambda x: T(id="su-co-don-vi", title="Không quá 2 sự cố tại các đơn vị trong năm", count="su-co", where="unit in don-vi", at_most=2)
    del c["gioi-thieu-sớm"]
    return c


CAT = cat_targets()
BASE_IDS = ["hoi-nghi", "gioi-thieu-dang", "kiem-tra", "thang-cong-nhan", "hop-bch", "tham-hoi", "tang-qua", "khoi-thi-dua"]
SECTORS = {
    "giao-duc": ("Ngành Giáo dục", ["hoc-tap-nq", "phu-nu", "tap-huan-thang", "bao-cao-quy"]),
    "y-te": ("Ngành Y tế", ["hoc-tap-nq", "an-toan", "doi-thoai", "khieu-nai"]),
    "cong-thuong": ("Ngành Công Thương", ["an-toan", "doi-thoai", "ho-tro-tong", "khieu-nai"]),
    "nong-nghiep": ("Ngành Nông nghiệp", ["phu-nu", "ho-tro-tong", "tap-huan-thang", "hoc-tap-nq"]),
}
PROVINCE_IDS = ["bao-cao-dung-han", "phat-trien-dv"]
POOL_IDS = [k for k in CAT if k not in BASE_IDS and k not in PROVINCE_IDS
            and not any(k in s[1] for s in SECTORS.values())]
ALL_IDS = list(CAT)


def override_for(tid):
    """A local change to a template target, allowed keys only; titles carry the number."""
    if tid == "kiem-tra":
        k = rng.randint(1, 4)
        return {"title": "Kiểm tra, giám sát tại ít nhất %d công đoàn thành viên" % k, "at-least": k}
    if tid == "hoi-nghi":
        d = rng.choice(["2024-02-29", "2024-04-30", "2024-03-15"])
        return {"by": d, "weight": rng.randint(1, 3)}
    if tid == "thang-cong-nhan":
        return {"members": Raw("%d%%" % rng.choice([50, 70, 100]))}
    if tid == "tang-qua":
        v = rng.choice([5, 8, 15, 20])
        return {"at-least": v * 1000000, "title": "Tặng quà đoàn viên, tổng giá trị ít nhất %d triệu đồng" % v}
    if tid == "hop-bch":
        return {"periods": rng.randint(2, 3)}
    if tid == "gioi-thieu-dang":
        return {"members": rng.randint(1, 3), "owner": "Ban Tổ chức"}
    if tid == "phat-trien-dv":
        return {"at-least": rng.randint(5, 20), "milestones": [{"by": "2024-05-31", "at-least": Raw("40%")}]}
    if tid == "khoi-thi-dua":
        return {"during": "2024", "at-least": Raw("80%")}
    return {"weight": 2}


# ----------------------------------------------------------------------------- files
scan_paths = []
stats = {"programmes": 0, "templates": 0, "yaml_records_files": 0, "csv_files": 0, "records": 0,
         "folders": set(), "long_names": 0, "variant_groups": 0, "own_unique_ids": 0,
         "kinds": {"province-template": 0, "sector-template": 0, "own": 0},
         "record_styles": {}}


def write(path, text, bom=False, crlf=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(text)


def write_template(path, header, body):
    out = [header]
    out.extend(body)
    write(path, "".join(out))
    scan_paths.append(path)
    stats["templates"] += 1


mau = os.path.join(root, "mau")
base_path = os.path.join(mau, "2024-tong-lien-doan.yaml")
out = ["programme: Chương trình công tác công đoàn năm 2024\nperiod: 2024\nlanguage: vi\n",
       "activities:\n"] + ["  %s: %s\n" % (k, q(v)) for k, v in ACTIVITIES.items()]
write_targets([CAT[i](None) for i in BASE_IDS], out, "block")
out.append("rating:\n" + "".join("  - %s\n" % flow(r) for r in RATING))
write_template(base_path, "# Mẫu chung của Tổng Liên đoàn: 8 chỉ tiêu cho mọi công đoàn cơ sở\n", out)

sector_paths = {}
for s, (label, ids) in SECTORS.items():
    p = os.path.join(mau, "nganh-%s.yaml" % s)
    out = ["extends: 2024-tong-lien-doan.yaml\nprogramme: Chương trình công tác công đoàn %s năm 2024\n" % label.lower()]
    out.append("override:\n  kiem-tra: {title: \"Kiểm tra, giám sát tại ít nhất 3 công đoàn thành viên (%s)\", at-least: 3}\n" % label)
    out.append("  khoi-thi-dua: {weight: 2}\n")
    write_targets([CAT[i](None) for i in ids], out, "flow" if s in ("y-te", "nong-nghiep") else "block")
    write_template(p, "# Mẫu %s, kế thừa mẫu chung\n" % label, out)
    sector_paths[s] = (p, BASE_IDS + ids)

VI_FOLDERS = {9, 10}   # Hòa Bình, Sơn La: folder names in Vietnamese with spaces
province_dirs = []
province_templates = {}
for pi, prov in enumerate(PROVINCES):
    d = os.path.join(root, ("Tỉnh %s" % prov) if pi in VI_FOLDERS else "tinh-%02d-%s" % (pi + 1, slug(prov)))
    province_dirs.append(d)
    for s in SECTORS:
        p = os.path.join(d, "mau", "%s.yaml" % s)
        sp, ids = sector_paths[s]
        out = ["extends: %s\n" % q(os.path.relpath(sp, os.path.dirname(p)))]
        out.append("programme: Chương trình công tác công đoàn năm 2024 – Liên đoàn Lao động tỉnh %s\n" % prov)
        out.append("rating:\n" + "".join("  - %s\n" % flow(r) for r in RATING[:1] + [{"at-least": Raw("65%"), "label": "Hoàn thành tốt nhiệm vụ"}] + RATING[2:]))
        out.append("override:\n")
        for tid in rng.sample(["kiem-tra", "thang-cong-nhan", "tang-qua", "hop-bch"], 2):
            out.append("  %s: %s\n" % (tid, flow(override_for(tid))))
        write_targets([CAT[i](None) for i in PROVINCE_IDS], out, "block")
        write_template(p, "# Mẫu của LĐLĐ tỉnh %s cho %s\n" % (prov, SECTORS[s][0]), out)
        province_templates[(pi, s)] = (p, ids + PROVINCE_IDS)

# ---- folder plan: two huge folders, the rest small and deep
huge_a = int(count * 0.30)
huge_b = int(count * 0.15)
plan = []   # (folder, province index, district, commune)


def sub(prov_i, level_names):
    base = province_dirs[prov_i]
    vi = prov_i in VI_FOLDERS
    parts = [(n if vi else slug(n)) for n in level_names]
    return os.path.join(base, *parts)


folder_a = sub(0, ["Khối Doanh nghiệp", "KCN Sông Công"])
folder_b = sub(4 if 4 not in VI_FOLDERS else 5, ["Khối Giáo dục", "Huyện Bảo Thắng", "Xã Phú Thịnh", "Các trường học"])
plan += [(folder_a, 0, "Sông Công", "Tân Quang")] * huge_a
plan += [(folder_b, 4, "Bảo Thắng", "Phú Thịnh")] * huge_b
rest = count - huge_a - huge_b
while rest > 0:
    pi = rng.randrange(len(PROVINCES))
    district = rng.choice(DISTRICTS)
    commune = rng.choice(COMMUNES)
    names = [rng.choice(["Khối Doanh nghiệp", "Khối Giáo dục", "Khối Y tế", "Khối Hành chính sự nghiệp", "Khối Nông nghiệp"]),
             "Huyện " + district, "Xã " + commune, "Cụm %d" % rng.randint(1, 40)]
    if rng.random() < 0.5:
        names.append("Nhóm %s" % rng.choice("ABCDEFGH"))
    folder = sub(pi, names)
    k = min(rest, rng.choice([1, 1, 2, 2, 3, 4, 5, 6]))
    plan += [(folder, pi, district, commune)] * k
    rest -= k
rng.shuffle(plan)  # programmes of one folder are not numbered consecutively

# ---- names, with groups differing only by case / diacritics / tone placement / NFD
used = set()
names = []
i = 0
while len(names) < count:
    folder, pi, district, commune = plan[len(names)]
    n = org_name(PROVINCES[pi], district, commune)
    if n in used:
        n = "%s – cơ sở %d" % (n, rng.randint(2, 999))
        if n in used:
            continue
    used.add(n)
    names.append(n)
    if rng.random() < 0.015 and len(names) + 3 < count:
        variants = [n.upper(), strip_diacritics(n), swap_tones(n) if swap_tones(n) != n else n.lower(),
                    unicodedata.normalize("NFD", n)]
        rng.shuffle(variants)
        take = rng.randint(1, 3)
        for v in variants[:take]:
            if v not in used:
                used.add(v)
                names.append(v)
        stats["variant_groups"] += 1
names = names[:count]

records_root = os.path.join(root, "du-lieu")


def vary_unit(m):
    name, ident, aliases = m["name"], m.get("id"), m.get("aliases", [])
    r = rng.random()
    if r < 0.82: return name
    if r < 0.86: return name.lower()
    if r < 0.89: return name.upper()
    if r < 0.93: return unicodedata.normalize("NFD", name)
    if r < 0.96: return name.replace(" ", "  ", 1)
    if ident and r < 0.98: return ident
    if aliases: return aliases[0]
    return name


def day(month_lo=1, month_hi=12):
    m = rng.randint(month_lo, month_hi)
    return (m, rng.randint(1, 28))


def fmt_date(m, d, year=2024):
    if rng.random() < 0.25:
        return "%d/%d/%d" % (d, m, year) if rng.random() < 0.5 else "%02d/%02d/%d" % (d, m, year)
    return "%d-%02d-%02d" % (year, m, d)


def add_days(m, d, k):
    import datetime
    x = datetime.date(2024, m, d) + datetime.timedelta(days=k)
    return x


def make_records(pidx, dv, cd):
    recs = []
    n_target = rng.randint(100, 300)

    def rec(kind, m, d, **f):
        r = {"date": fmt_date(m, d), "activity": kind}
        if kind in DV_KINDS:
            r["unit"] = vary_unit(rng.choice(dv))
        elif kind not in NOUNIT_KINDS:
            r["unit"] = vary_unit(rng.choice(cd))
        r.update(f)
        if rng.random() < 0.15:
            r["evidence"] = ["bien-ban/%d-%02d-%02d-%s.pdf" % (2024, m, d, kind)] + (["anh/%s-%d.jpg" % (kind, rng.randint(1, 99))] if rng.random() < 0.3 else [])
        if rng.random() < 0.1:
            r["recorded"] = "2025-01-0%d" % rng.randint(1, 9)
        recs.append(r)
        return r

    for mem in dv:   # conferences: most on time, some late, some never
        x = rng.random()
        if x < 0.86:
            r = rec("hoi-nghi", *day(1, 3), title=rng.choice(["Hội nghị cán bộ, công chức năm 2024", "Hội nghị người lao động", "Hội nghị viên chức", "Hội nghị sơ kết"]))
            r["unit"] = vary_unit(mem)
        elif x < 0.94:
            r = rec("hoi-nghi", *day(4, 6), title="Hội nghị cán bộ, công chức (tổ chức muộn)")
            r["unit"] = vary_unit(mem)
    for mem in cd:
        if rng.random() < 0.65:
            r = rec("gioi-thieu-dang", *day(), **{"ho-ten": person()}); r["unit"] = vary_unit(mem)
        if rng.random() < 0.85:
            r = rec("thang-cong-nhan", *((5, rng.randint(1, 28)) if rng.random() < 0.9 else day(6, 6))); r["unit"] = vary_unit(mem)
        for _ in range(rng.randint(0, 3)):
            r = rec("hoc-tap-nq", *day(1, 10), **{"so-nguoi": rng.randint(1, max(2, mem["so-doan-vien"] // 3))}); r["unit"] = vary_unit(mem)
        if rng.random() < 0.7:
            r = rec("ho-tro", *day(), **{"so-tien": rng.randint(2, 20) * 100000, "cd-nhan": vary_unit(mem)})
    for _ in range(rng.randint(0, 4)):
        rec("kiem-tra", *day(), **{"vi-pham": rng.choice([0, 0, 0, 1, 2])})
    for qtr in range(4):
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            rec("hop-bch", *day(qtr * 3 + 1, qtr * 3 + 3), title="Họp Ban Chấp hành quý %s" % ["I", "II", "III", "IV"][qtr])
        if rng.random() < 0.9:
            rec("bao-cao", *day(qtr * 3 + 1, qtr * 3 + 3), loai="quy", **{"dung-han": rng.random() < 0.93})
    rec("bao-cao", 12, rng.randint(15, 28), loai="nam", **{"dung-han": rng.random() < 0.9})
    if rng.random() < 0.5:
        for w in range(13):
            if rng.random() < 0.85:
                x = add_days(7, 1, w * 7 + rng.randint(0, 4))
                rec("bao-cao", x.month, x.day, loai="tuan", **{"dung-han": True})
    for i in range(rng.randint(3, 12)):   # hardship proposals and visits
        m, d = day(1, 12)
        rec("de-xuat-tham-hoi", m, d, id="DX-%03d" % (i + 1), title="Đề xuất thăm hỏi đoàn viên %s ốm đau, hoàn cảnh khó khăn" % person(), **{"ho-ten": person()})
        x = rng.random()
        if x < 0.85:
            late = rng.randint(0, 13) if x < 0.7 else rng.randint(15, 40)
            v = add_days(m, d, late)
            if v.year == 2024:
                rec("tham-hoi", v.month, v.day, **{"responds-to": "DX-%03d" % (i + 1), "so-tien": rng.randint(5, 30) * 100000})
    for i in range(rng.randint(0, 6)):   # complaints and answers
        m, d = day(1, 11)
        rec("khieu-nai", m, d, id="KN-%d" % (i + 1), title="Đơn thư về chế độ, chính sách")
        if rng.random() < 0.8:
            v = add_days(m, d, rng.randint(1, 45))
            if v.year == 2024:
                rec("tra-loi", v.month, v.day, **{"responds-to": "KN-%d" % (i + 1)})
    for _ in range(rng.randint(0, 3)):
        rec("phu-nu", 10, rng.randint(1, 25), title="Kỷ niệm Ngày Phụ nữ Việt Nam 20/10")
    for _ in range(rng.randint(0, 12)):
        rec("tap-huan", *day(), **{"so-nguoi": rng.randint(5, 40)})
    for _ in range(rng.choice([0, 0, 0, 1, 2])):
        rec("su-co", *day(), **{"muc-do": rng.randint(1, 3)})
    for _ in range(rng.randint(0, 15)):
        rec("phat-trien-dv", *day(1, 11), **{"ho-ten": person()})
    if rng.random() < 0.3:
        rec("mai-am", *day(), **{"so-tien": rng.randint(20, 80) * 1000000})
    fillers = ["tang-qua", "khoi-thi-dua", "van-nghe", "doi-thoai", "tap-huan", "ho-tro", "tang-qua", "khoi-thi-dua"]
    while len(recs) < n_target:
        k = rng.choice(fillers)
        if k == "tang-qua":
            rec(k, *day(), **{"so-tien": rng.randint(1, 10) * 100000, "title": "Tặng quà %s" % rng.choice(["Tết Nguyên đán", "Ngày Quốc tế Thiếu nhi 1/6", "Trung thu", "con đoàn viên học giỏi"])})
        elif k == "khoi-thi-dua":
            rec(k, *day(), **{"co-mat": rng.random() < 0.88})
        elif k == "ho-tro":
            rec(k, *day(), **{"so-tien": rng.randint(2, 20) * 100000, "cd-nhan": vary_unit(rng.choice(cd))})
        elif k == "tap-huan":
            rec(k, *day(), **{"so-nguoi": rng.randint(5, 40)})
        else:
            rec(k, *day())
    # a few outside the year
    if rng.random() < 0.3:
        recs.append({"date": "2023-12-%d" % rng.randint(20, 31), "activity": "van-nghe", "unit": cd[0]["name"]})
    if rng.random() < 0.3:
        recs.append({"date": "2025-01-%02d" % rng.randint(2, 20), "activity": "hop-bch"})
    rng.shuffle(recs)
    return recs


def yaml_block(recs, lead=""):
    out = [lead]
    for r in recs:
        first = True
        for k, v in r.items():
            pre = "- " if first else "  "
            first = False
            if isinstance(v, list):
                out.append("%s%s: %s\n" % (pre, k, flow(v)))
            elif isinstance(v, bool):
                out.append("%s%s: %s\n" % (pre, k, "true" if v else "false"))
            elif isinstance(v, int):
                out.append("%s%s: %d\n" % (pre, k, v))
            elif k in ("date", "recorded"):
                out.append("%s%s: %s\n" % (pre, k, v))
            else:
                out.append("%s%s: %s\n" % (pre, k, q(v)))
    return "".join(out)


def yaml_flow(recs, lead=""):
    return lead + "".join("- " + flow(r) + "\n" for r in recs)


CSV_FIELDS = ["date", "activity", "unit", "id", "responds-to", "title", "so-tien", "so-nguoi", "co-mat",
              "muc-do", "loai", "dung-han", "ho-ten", "vi-pham", "cd-nhan", "evidence", "recorded"]


def csv_text(recs, sep):
    def cell(v):
        if isinstance(v, list): v = "|".join(v)
        if isinstance(v, bool): v = "true" if v else "false"
        v = str(v)
        if any(c in v for c in (sep, '"', "\n", "\r")) or (rng.random() < 0.05 and v):
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [sep.join(CSV_FIELDS)]
    for r in recs:
        lines.append(sep.join(cell(r[f]) if f in r else "" for f in CSV_FIELDS))
    return "\n".join(lines) + "\n"


def roster_members(pool, kmin, kmax, prefix, attrs):
    k = rng.randint(kmin, kmax)
    chosen = rng.sample(pool, min(k, len(pool)))
    while len(chosen) < k:
        chosen.append("%s %s" % (rng.choice(pool), rng.choice(WORDS)))
        chosen = list(dict.fromkeys(chosen))
    ms = []
    for j, n in enumerate(chosen):
        m = {"name": n}
        if rng.random() < 0.3:
            m["id"] = "%s%d" % (prefix, j + 1)
        if rng.random() < 0.15:
            m["aliases"] = ["%s %s" % (prefix.upper(), "".join(w[0] for w in n.split() if w[0].isalpha()))]
        if attrs:
            m["so-doan-vien"] = rng.randint(6, 120)
        ms.append(m)
    # aliases must be unique within a roster and must not clash with names
    seen = set()
    for m in ms:
        for a in list(m.get("aliases", [])):
            if a in seen or any(a.lower() == x["name"].lower() for x in ms):
                m.pop("aliases")
            seen.add(a)
    return ms


def member_yaml(m):
    if len(m) == 1 and rng.random() < 0.7:
        return q(m["name"], flow=True)
    return flow(m)


for pidx in range(count):
    folder, pi, district, commune = plan[pidx]
    org = names[pidx]
    if len(org) > 300: stats["long_names"] += 1
    stem = "%04d-%s" % (pidx, slug(strip_diacritics(org))[:60].rstrip("-"))
    if rng.random() < 0.05:
        stem = "%04d %s" % (pidx, " ".join(unicodedata.normalize("NFC", org).split()[3:7]))   # Vietnamese file name with spaces
    prog = os.path.join(folder, stem + ".yaml")
    stats["folders"].add(folder)
    dv = roster_members(UNIT_KINDS_DV, 5, 14, "dv", False)
    cd = roster_members(UNIT_KINDS_CD, 4, 12, "cd", True)
    # make sure no name is in both rosters with different meaning
    r = rng.random()
    kind = "province-template" if r < 0.5 else "sector-template" if r < 0.7 else "own"
    stats["kinds"][kind] += 1
    out = ["# Chương trình công tác năm 2024 – %s\n" % org[:80]]
    template_ids = []
    if kind == "province-template":
        sector = rng.choice(list(SECTORS))
        tpath, template_ids = province_templates[(pi, sector)]
    elif kind == "sector-template":
        sector = rng.choice(list(SECTORS))
        tpath, template_ids = sector_paths[sector]
    if template_ids:
        out.append("extends: %s\n" % q(os.path.relpath(tpath, folder)))
    else:
        out.append("programme: Chương trình công tác công đoàn năm 2024\nperiod: 2024\nlanguage: %s\n" % rng.choice(["vi", "vi", "en"]))
    out.append("organisation: %s\n" % q(org))
    out.append("rosters:\n  don-vi:\n" + "".join("    - %s\n" % member_yaml(m) for m in dv))
    out.append("  cong-doan-tv:\n" + "".join("    - %s\n" % flow(m) for m in cd))
    if not template_ids and rng.random() < 0.9:
        out.append("activities:\n" + "".join("  %s: %s\n" % (k, q(v)) for k, v in ACTIVITIES.items()))
    # targets
    n_targets = rng.randint(15, 25)
    own = []
    if template_ids:
        pool = [t for t in POOL_IDS + [x for x in ALL_IDS if x not in template_ids and x not in POOL_IDS] if t not in template_ids]
        n_own = max(1, min(len(pool), n_targets - len(template_ids)))
        own = rng.sample(pool, n_own)
    else:
        core = [x for x in BASE_IDS if rng.random() < 0.8]
        rest_ids = [x for x in ALL_IDS if x not in core]
        own = core + rng.sample(rest_ids, max(0, min(len(rest_ids), n_targets - len(core))))
    targets = [CAT[t](None) for t in own]
    if rng.random() < 0.02:
        targets.append(T(id="cong-trinh-%d" % pidx, title="Công trình chào mừng kỷ niệm 95 năm thành lập Công đoàn Việt Nam của %s" % org,
                         count="van-nghe", at_least=rng.randint(1, 3), during="2024-Q3"))
        stats["own_unique_ids"] += 1
    # records
    recs = make_records(pidx, dv, cd)
    stats["records"] += len(recs)
    rdir = os.path.join(records_root, "%03d" % (pidx // 100))
    style = rng.random()
    rel = lambda p: os.path.relpath(p, folder)
    if style < 0.50:
        st = "yaml-block"
        p = os.path.join(rdir, stem + ".yaml")
        write(p, yaml_block(recs, "# Sổ theo dõi hoạt động năm 2024\n" if rng.random() < 0.5 else ("---\n" if rng.random() < 0.1 else "")))
        scan_paths.append(p); stats["yaml_records_files"] += 1
        rec_list = [rel(p)]
    elif style < 0.65:
        st = "yaml-flow"
        p = os.path.join(rdir, stem + ".yaml")
        write(p, yaml_flow(recs))
        scan_paths.append(p); stats["yaml_records_files"] += 1
        rec_list = [rel(p)]
    elif style < 0.75:
        st = "yaml-quarters-glob"
        sd = os.path.join(rdir, stem)
        quarters = [[] for _ in range(4)]
        for r in recs:
            dt = r["date"]
            if "/" in dt:
                mm = int(dt.split("/")[1])
            else:
                mm = int(dt.split("-")[1])
            quarters[min(3, (mm - 1) // 3) if dt.endswith("2024") or dt.startswith("2024") else 0].append(r)
        for qi, qr in enumerate(quarters):
            if qr:
                p = os.path.join(sd, "2024-q%d.yaml" % (qi + 1))
                write(p, yaml_block(qr) if qi % 2 == 0 else yaml_flow(qr))
                scan_paths.append(p); stats["yaml_records_files"] += 1
        rec_list = [rel(sd) + "/*.yaml"]
    elif style < 0.92:
        st = "csv"
        p = os.path.join(rdir, stem + ".csv")
        write(p, csv_text(recs, rng.choice([",", ";"])), bom=rng.random() < 0.5, crlf=rng.random() < 0.4)
        stats["csv_files"] += 1
        rec_list = [rel(p)]
    else:
        st = "yaml+csv"
        cut = len(recs) // 2
        p1 = os.path.join(rdir, stem + ".yaml")
        p2 = os.path.join(rdir, stem + ".csv")
        write(p1, yaml_block(recs[:cut]))
        write(p2, csv_text(recs[cut:], ";"), bom=True, crlf=True)
        scan_paths.append(p1); stats["yaml_records_files"] += 1; stats["csv_files"] += 1
        rec_list = [rel(p1), rel(p2)]
    stats["record_styles"][st] = stats["record_styles"].get(st, 0) + 1
    out.append("records: %s\n" % flow(rec_list))
    if template_ids and rng.random() < 0.7:
        ov = rng.sample([t for t in template_ids if t in ("kiem-tra", "hoi-nghi", "thang-cong-nhan", "tang-qua", "hop-bch", "gioi-thieu-dang", "phat-trien-dv", "khoi-thi-dua")], rng.randint(1, 3))
        out.append("override:\n" + "".join("  %s: %s\n" % (t, flow(override_for(t))) for t in ov))
    write_targets(targets, out, rng.choice(["block", "block", "flow", "spaced"]))
    if not template_ids and rng.random() < 0.5:
        out.append("rating:\n" + "".join("  - %s\n" % flow(r) for r in RATING))
    all_ids = template_ids + [t["id"] for t in targets]
    if rng.random() < 0.12 and "hoi-nghi" in all_ids:
        m = rng.choice(dv)
        ex = {"target": "hoi-nghi", "member": m["name"], "reason": "Đơn vị sáp nhập, tổ chức hội nghị chung với đơn vị mới", "approved-by": "Ban Thường vụ LĐLĐ tỉnh"}
        if rng.random() < 0.4:
            ex["until"] = "2024-06-30"   # expired by the as-of date
        out.append("exemptions:\n  - %s\n" % flow(ex))
    write(prog, "".join(out))
    scan_paths.append(prog)
    stats["programmes"] += 1

with open(root + ".scanlist", "w") as f:
    f.write("\n".join(scan_paths) + "\n")
stats["folders"] = len(stats["folders"])
stats["huge_folders"] = {folder_a: huge_a, folder_b: huge_b}
with open(root + ".stats", "w") as f:
    json.dump(stats, f, ensure_ascii=False, indent=1)
print(json.dumps(stats, ensure_ascii=False, indent=1))
