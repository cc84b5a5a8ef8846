#!/usr/bin/env python3
# Shape B for the roll-up bar: 20,000 programmes with no template (each its own rosters and
# targets, Vietnamese names), three folder levels, 40 to 360 records each (ids and answers,
# titles of their own), records in a "records" folder beside each programme folder.
import os, random, sys
random.seed(7)
root = sys.argv[1]; count = int(sys.argv[2])
units = ["Trung tâm Y tế huyện %s" % n for n in ["Đại Từ", "Phú Lương", "Định Hóa", "Võ Nhai", "Đồng Hỷ", "Phú Bình", "Phổ Yên", "Sông Công"]] + \
        ["Trường THPT %s" % n for n in ["Chu Văn An", "Lương Ngọc Quyến", "Gang Thép", "Ngô Quyền", "Trần Phú"]] + \
        ["Phòng %s" % n for n in ["Tổ chức – Hành chính", "Kế hoạch – Tài chính", "Nghiệp vụ", "Thanh tra"]]
kinds = ["hoi-nghi", "kiem-tra", "tham-hoi", "de-xuat", "tap-huan", "bao-cao", "qua-tang"]
paths = []
for p in range(count):
    folder = os.path.join(root, "huyen-%d" % (p % 9), "khoi-%d" % (p // 9 % 7), "nhom-%d" % (p // 63 % 40))
    os.makedirs(os.path.join(folder, "records"), exist_ok=True)
    members = random.sample(units, random.randint(5, 12))
    name = "cd-%05d" % p
    prog = os.path.join(folder, name + ".yaml")
    with open(prog, "w") as f:
        f.write("programme: Chương trình công tác năm 2024\norganisation: Công đoàn cơ sở số %d – %s\nperiod: 2024\nlanguage: vi\n" % (p, members[0]))
        f.write("rosters:\n  don-vi:\n" + "".join("    - %s\n" % m for m in members))
        f.write("activities: [%s]\n" % ", ".join(kinds))
        f.write("records: [records/%s.yaml]\n" % name)
        f.write("targets:\n")
        f.write("  - {id: hoi-nghi, title: Hội nghị cán bộ tại mọi đơn vị, count: hoi-nghi, each: don-vi, at-least: 1}\n")
        f.write("  - {id: kiem-tra, title: Kiểm tra %d đơn vị, count: kiem-tra, distinct: unit, at-least: %d, milestones: [{by: 2024-06-30, at-least: 1}]}\n" % (2, 2))
        f.write("  - {id: tham-hoi, title: Thăm hỏi trong 14 ngày, respond: {to: de-xuat, with: tham-hoi, within: 14d}}\n")
        f.write("  - {id: tap-huan, title: Tập huấn hằng quý, count: tap-huan, every: quarter}\n")
        f.write("  - {id: qua, title: Quà tặng, sum: so-tien, of: qua-tang, at-least: %d}\n" % random.choice([2000000, 5000000, 10000000]))
        f.write("  - {id: bao-cao, title: Báo cáo đúng hạn, share: bao-cao, that: so-tien >= 100000, at-least: 80%}\n")
    paths.append(prog)
    recs = os.path.join(folder, "records", name + ".yaml")
    with open(recs, "w") as f:
        n = random.randint(40, 360); pending = []
        for i in range(n):
            k = random.choice(kinds); m = random.choice(members)
            day = "2024-%02d-%02d" % (random.randint(1, 12), random.randint(1, 28))
            if k == "de-xuat":
                f.write("- date: %s\n  activity: de-xuat\n  unit: %s\n  id: DX-%d-%d\n  title: \"Đề xuất thăm hỏi đoàn viên số %d\"\n" % (day, m, p, i, i))
                pending.append("DX-%d-%d" % (p, i))
            elif k == "tham-hoi" and pending:
                f.write("- date: %s\n  activity: tham-hoi\n  unit: %s\n  responds-to: %s\n" % (day, m, pending.pop(0)))
            else:
                f.write("- date: %s\n  activity: %s\n  unit: %s\n  so-tien: %d\n" % (day, k if k != "tham-hoi" else "hoi-nghi", m, random.randint(1, 50) * 100000))
    paths.append(recs)
with open(root + ".files", "w") as f: f.write("\n".join(p for p in paths) + "\n")
