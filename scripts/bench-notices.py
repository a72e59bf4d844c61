#!/usr/bin/env python3
"""COUNT varied approval notices (別紙様式2) as JSON Lines for scripts/bench, the same every run (seeded)."""
import json, random, sys

rng = random.Random(20261201)
FAMILY = "大崎 佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 阿部 千葉 菅原 𠮷田 髙橋 﨑山".split()
GIVEN = "一郎 二郎 花子 美咲 健太 翔 陽菜 結衣 大輔 直樹 恵子 由美 拓也 彩 優子 誠 剛 明美 千尋 悠真".split()
PLACE = "古川 鹿島台 岩出山 鳴子 田尻 松山 三本木 涌谷 美里 加美 色麻".split()
KIND = "みどり診療所 クリニック 訪問看護ステーション 薬局 歯科医院 居宅介護支援事業所 病院 デイサービスセンター".split()
SAFE = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz"

def has_run(p):
    v = [ord(c.lower()) for c in p]
    for i in range(len(v) - 3):
        steps = {v[i + k + 1] - v[i + k] for k in range(3)}
        if steps in ({0}, {1}, {-1}):
            return True
    return False

def password():
    while True:
        p = "".join(rng.choice(SAFE) for _ in range(12))
        if any(c.isdigit() for c in p) and any(c.isalpha() for c in p) and not has_run(p):
            return p

# The offices' addresses come from a generator of their own, so the notices keep the values they had
# before addresses were added (the notice does not print them; the cover letter does).
addresses = random.Random(20261202)

for n in range(int(sys.argv[1])):
    place = rng.choice(PLACE)
    office = place + rng.choice(KIND)
    postal = f"989-{addresses.randint(0, 9)}{addresses.randint(100, 999)}"
    address = f"大崎市{place}{addresses.randint(1, 9)}丁目{addresses.randint(1, 40)}-{addresses.randint(1, 20)}"
    day = 1 + n % 28
    notice = {"form": "approval", "date": f"2026-12-{day:02d}",
              "office": {"name": office, "postalCode": postal, "address": address},
              "representative": f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}", "applicationDate": f"2026-11-{day:02d}"}
    if rng.random() < 0.1:
        notice.update(decision="rejected", rejectionReason="申込書に施設の種類の記載がないため。記載の上、再度お申し込みください。",
                      users=[{"name": f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}", "mcsId": f"r{n}@example.jp"}])
    else:
        notice["decision"] = "approved"
        notice["users"] = [{"name": f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}", "sex": rng.choice("男女"),
                            "mcsId": f"user{n}.{k}@example.jp", "password": password(), "admin": k == 0}
                           for k in range(rng.randint(1, 5))]
    print(json.dumps(notice, ensure_ascii=False))
