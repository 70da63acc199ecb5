"""Make tests/data/schemas/feedback-v{N}.db: a desk as each released schema left it.

Run from a clone with its history: ``.venv/bin/python tests/data/make_schema_files.py``.
Each file is made with the code of the release that wrote schema N (``RELEASES``): that
commit's migration steps (feedback_desk/core/store/schema.py) and search-text function, read
with ``git show``, never today's. It holds a few dozen rows written with plain SQL that fits
that version's tables, as the app of that version wrote them: feedback of several channels
with stars, NPS answers and Korean text, tags and their links, notes, replies (an edit, one
from a template, one an import brought without a time), follow-ups, customers, spam and the
trash.

When a release brings a new schema, add its commit to RELEASES and run this again (only the
new file changes). tests/core/test_migrations.py fails while a schema older than today's has
no file, opens each with today's Store, and checks today's steps still make what each release
made (a shipped step is never edited).
"""

from __future__ import annotations

import hashlib
import json
import runpy
import sqlite3
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "schemas"
# The last commit of each schema version: the code that wrote databases of that version.
RELEASES = {
    1: "a8fcb89e94028ed61f9e87793649b4cafb4319af",
    2: "8fa12e159b86b11dc4c58c63b70e320098bfef44",
    3: "8925f4ab694af32985ff74393133397fc2fceadc",
    4: "689bee0ee98b2d1303fe1489d26fd33b66264df7",
    5: "2ee84b2baedfa5eaa283c0e1ab77a729adc09b47",
    6: "193536a9a3de2949844f258bca2b8ff8086aa900",
    7: "0cb227aafb8833a67d4b3fb6a34cf0ec171a8303",
}

# fmt: off
# id, received_at, channel, author, email, phone, rating, nps, title, body, language,
# sentiment, compound, mixed, status, location, product, batch
FEEDBACK = [
    (1, "2025-11-03T09:12:00", "google", "Jane Doe", "jane@example.com", "", 1, None, "",
     "Waited 40 minutes for a latte and the staff were rude.", "en", "negative", -0.64, 0,
     "replied", "Main St", "Latte", 1),
    (2, "2025-11-04T10:30:00", "naver", "김민지", "", "010-1234-5678", 5, None, "",
     "크루아상이 최고예요! 직원도 친절해요", "ko", "positive", None, 0, "replied", "Main St",
     "Croissant", 1),
    (3, "2025-11-05T14:00:00", "yelp", "Bob K.", "", "", 2, None, "Meh",
     "The sourdough was stale and overpriced.", "en", "negative", -0.42, 0, "needs_reply",
     "Harbour", "Sourdough", 1),
    (4, "2025-11-07T08:45:00", "survey", "Ana Lima", "ana@example.org", "", None, 10, "",
     "Best bakery in town, I tell all my friends.", "en", "positive", 0.74, 0, "resolved",
     "Main St", "", 2),
    (5, "2025-11-09T16:20:00", "survey", "", "", "", None, 3, "",
     "Too expensive for what you get.", "en", "negative", -0.2, 0, "follow_up", "Harbour",
     "", 2),
    (6, "2025-11-12", "survey", "Chris P.", "chris@example.net", "", None, 8, "",
     "Good coffee, slow service at lunch.", "en", "neutral", 0.1, 0, "new", "Main St", "", 2),
    (7, "2025-11-15T12:05:00", "phone", "Mrs. Park", "", "(555) 010-0199", None, None, "",
     "Called about a missing item in her order.", "en", "negative", -0.3, 0, "follow_up",
     "Harbour", "Cake", 3),
    (8, "2025-11-20T11:11:00", "in_person", "", "", "", None, None, "",
     "Said the new vegan menu is great.", "en", "positive", 0.62, 0, "new", "Main St",
     "", 3),
    (9, "2025-12-01T09:00:00", "naver", "이준호", "", "", 4, None, "",
     "빵이 맛있어요. 주차가 조금 불편해요", "ko", "positive", None, 0, "new", "Harbour",
     "Bread", 1),
    (10, "2025-12-02T18:30:00", "google", "Jane Doe", "JANE@example.com", "", 4, None, "",
     "Much better this time, thank you!", "en", "positive", 0.7, 0, "replied", "Main St",
     "Latte", 1),
    (11, "2025-12-05T10:00:00", "facebook", "Tom W.", "", "", 5, None, "",
     "Terrible, the worst cake ever.", "en", "positive", -0.8, 1, "new", "Main St",
     "Cake", 1),
    (12, "2025-12-08T13:40:00", "email", "Lee Sun", "sun.lee@example.com", "", None, None,
     "Order #4411", "My order was wrong again, please call me.", "en", "negative", -0.48, 0,
     "needs_reply", "Harbour", "", 3),
    (13, "2025-12-10T07:55:00", "website", "", "", "", 3, None, "",
     "Okay croissant, noisy place.", "en", "neutral", 0.0, 0, "ignored", "Main St",
     "Croissant", 1),
    (14, "2025-12-15T09:30:00", "google", "SEO Guru", "", "", 5, None, "",
     "Buy cheap followers at spam.example", "en", "positive", 0.0, 0, "new", "Main St",
     "", 1),
    (15, "2025-12-20T15:00:00", "survey", "Mina", "mina@example.kr", "", None, 9, "",
     "케이크가 정말 맛있어요! 또 올게요", "ko", "positive", None, 0, "new", "Harbour", "", 2),
    (16, "2026-01-04T10:10:00", "yelp", "Sam", "", "", 1, None, "",
     "Found a hair in my muffin. Disgusting.", "en", "negative", -0.7, 0, "resolved",
     "Harbour", "Muffin", 1),
    (17, "2026-01-09T12:00:00", "survey", "", "", "", None, 0, "",
     "Never again.", "en", "negative", -0.1, 0, "new", "Main St", "", 2),
    (18, "2026-01-15T08:20:00", "naver", "박서연", "", "010-9876-5432", 2, None, "",
     "직원이 불친절하고 너무 느려요", "ko", "negative", None, 0, "needs_reply", "Main St",
     "", 1),
    (19, "2026-01-20T17:45:00", "google", "Old review", "", "", 3, None, "",
     "Deleted by the owner: a duplicate.", "en", "neutral", 0.0, 0, "new", "Main St", "", 1),
    (20, "2026-02-02T09:05:00", "in_person", "Regular", "", "", None, None, "",
     "Asked for gluten free bread.", "en", "neutral", 0.0, 0, "new", "Harbour", "Bread", 3),
    (21, "2026-02-10T11:30:00", "survey", "Ana Lima", "ana@example.org", "", None, 7, "",
     "Nice but the queue was long.", "en", "neutral", 0.05, 0, "new", "Main St", "", 2),
    (22, "2026-02-14T10:00:00", "google", "Valentina", "", "", 5, None, "",
     "Lovely heart cookies, so tasty!", "en", "positive", 0.85, 0, "replied", "Main St",
     "Cookies", 1),
    (23, "2026-02-20T19:00:00", "email", "Lee Sun", "sun.lee@example.com", "", None, None,
     "", "Thanks for fixing my order.", "en", "positive", 0.44, 0, "new", "Harbour", "", 3),
    (24, "2026-03-01T08:00:00", "survey", "", "", "", None, 6, "",
     "빵은 좋은데 가격이 비싸요", "ko", "negative", None, 0, "new", "Main St", "", 2),
]
SPAM = {14: "2025-12-16"}
TRASH = {19: "2026-01-21T09:00:00"}
OVERRIDDEN = {11}
ASSIGNED = {3: "Min", 5: "Jo", 7: "Min", 12: "Jo", 18: "Min"}
EXTRA = {4: {"Visit": "weekday"}, 5: {"Visit": "weekend", "Age": "30-39"}}
EXTERNAL = {1: "g-1001", 3: "y-77", 10: "g-1002", 22: "g-1003"}
BATCHES = [
    (1, "file", "reviews.csv", "utf-8", ",", "review_platform",
     {"body": "Review", "rating": "Stars"}, 14, 1, [{"row": 9, "reason": "no text"}],
     "2026-03-02T10:00:00"),
    (2, "file", "설문 결과.csv", "cp949", ",", "google_forms_nps",
     {"nps_score": "추천 점수"}, 7, 0, [], "2026-03-02T10:05:00"),
    (3, "form", "", "", "", "", {}, 5, 0, [], "2026-03-02T10:10:00"),
]
# id, name, email, phone, channel, location, product, value, notes, merged_into
CUSTOMERS = [
    (1, "Jane", "jane@example.com", "", "google", "Main St", "Latte", 120.0,
     "Likes oat milk.", None),
    (2, "Lee", "sun.lee@example.com", "", "email", "Harbour", "", None, "", None),
    (3, "Mrs. Park", "", "(555) 010-0199", "phone", "Harbour", "Cake", 300.0,
     "Orders birthday cakes.", None),
    (4, "Lee Sun", "lee.old@example.com", "", "email", "Harbour", "", None, "", 2),
]
# Which feedback the version had linked to a customer (later ones link on open).
LINKED = {1: 1, 10: 1, 12: 2, 23: 2, 7: 3}
TAGS = [(10, "Allergy", "#123456", "2025-11-01T00:00:00"), (11, "VIP", "#e05d44",
        "2025-11-01T00:00:00")]
RULES = [(10, 10, "gluten, nuts, 견과류", 1), (11, 11, "regular, 단골", 0)]
LINKS = [(1, 1), (1, 4), (3, 3), (3, 2), (5, 2), (6, 1), (7, 6), (9, 9), (11, 3), (12, 6),
         (16, 5), (18, 4), (18, 1), (20, 10), (21, 1), (24, 2), (10, 11), (4, 11)]
TEMPLATES = [
    (1, "Sorry, let's talk", "Hi {first_name}, I'm sorry. Please call us.", "negative", ""),
    (2, "Thank you", "Thank you, {first_name}! See you soon.", "positive", ""),
    (3, "감사합니다", "{first_name}님, 감사합니다!", "positive", ""),
]
# id, feedback, body, replied_at, how, by, template, replaces, created_at
REPLIES = [
    (1, 1, "Sorry Jane.", "2025-11-03T12:00:00", "public", "Min", 1, None,
     "2025-11-03T12:00:00"),
    (2, 1, "Sorry Jane, please call us at the shop.", "2025-11-03T12:00:00", "public", "Min",
     1, 1, "2025-11-03T12:20:00"),
    (3, 2, "감사합니다!", "2025-11-04T11:00:00", "public", "Jo", 3, None,
     "2025-11-04T11:00:00"),
    (4, 10, "So glad you came back!", "2025-12-02T20:00:00", "public", "Min", 2, None,
     "2025-12-02T20:00:00"),
    (5, 22, "Thank you Valentina!", None, "imported", "", None, None, "2026-03-02T10:00:00"),
    (6, 4, "Thank you Ana!", "2025-11-07T10:00:00", "email", "Jo", None, None,
     "2025-11-07T10:00:00"),
]
# id, feedback, customer, action, due, assignee, note, done_at, outcome, created_at
FOLLOWUPS = [
    (1, 1, 1, "call", "2025-11-04", "Min", "Offer a free coffee", "2025-11-04T09:00:00",
     "came back", "2025-11-03T12:30:00"),
    (2, 7, 3, "call", "2025-11-17", "Min", "Replace the cake", "2025-11-16T10:00:00",
     "resolved", "2025-11-15T12:30:00"),
    (3, 5, None, "email", "2025-11-12", "Jo", "Ask what would help", None, "",
     "2025-11-09T17:00:00"),
    (4, 12, 2, "call", "2025-12-09", "Jo", "", None, "", "2025-12-08T14:00:00"),
    (5, 4, None, "review", "2025-11-10", "", "Ask for a Google review", "2025-11-11T09:00:00",
     "review updated", "2025-11-07T10:00:00"),
]
NOTES = [
    (1, 1, "Spoke to the barista on duty.", "Min", "2025-11-03T12:10:00"),
    (2, 2, "단골 손님, 크루아상 좋아하심", "Jo", "2025-11-04T11:05:00"),
    (3, 7, "Refund of 12.50 given", "Min", "2025-11-16T10:05:00"),
    (4, 16, "Health inspector informed; new hairnets.", "Min", "2026-01-05T09:00:00"),
]
SETTINGS = {"business_name": "Sunrise Bakery", "team": ["Min", "Jo"], "open_days": [0, 1, 2,
            3, 4, 5]}
# fmt: on


def dedup(row: tuple) -> str:
    if row[0] in EXTERNAL:
        return f"x|{row[2]}|{EXTERNAL[row[0]]}"
    text = "\x1f".join((row[2], row[3].casefold(), row[1][:10], row[8].casefold(), row[9]))
    return "h|" + hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def released(commit: str, module: str) -> dict:
    """The names a module of the package defined at ``commit`` (the module imports nothing of
    ours: schema.py and search_text.py never did)."""
    text = subprocess.run(
        ["git", "show", f"{commit}:feedback_desk/{module}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, Path(module).name)
        source.write_text(text, encoding="utf-8")
        return runpy.run_path(str(source))


def build(version: int, path: Path) -> None:
    commit = RELEASES[version]
    migrations = released(commit, "core/store/schema.py")["MIGRATIONS"]
    search_text = released(commit, "core/search_text.py")["search_text"]
    assert len(migrations) == version, f"{commit} writes schema {len(migrations)}, not {version}"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("fd_search_text", -1, search_text, deterministic=True)
    # Schema 5 scores stored items again with the app's models; the tables are empty while the
    # steps run, so these stand-ins are never called (SQLite only needs the names).
    conn.create_function("fd_language", 2, lambda *_: "und")
    conn.create_function("fd_rescored", 5, lambda *_: None)
    conn.execute("PRAGMA page_size = 1024")  # a few dozen rows: small pages, a small file
    for step in migrations:
        conn.executescript(step)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("BEGIN")
    fill(conn, version)
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()


def fill(conn: sqlite3.Connection, version: int) -> None:
    made = "2026-03-02T10:00:00"
    for bid, source, name, enc, delim, preset, mapping, added, dups, problems, at in BATCHES:
        conn.execute(
            "INSERT INTO import_batches (id, source, file_name, encoding, delimiter, preset, "
            "mapping, added, duplicates, skipped, problems, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bid,
                source,
                name,
                enc,
                delim,
                preset,
                json.dumps(mapping, ensure_ascii=False),
                added,
                dups,
                len(problems),
                json.dumps(problems),
                at,
            ),
        )
    conn.execute(
        "INSERT INTO import_batches (id, source, file_name, added, created_at, undone_at) "
        "VALUES (4, 'paste', '', 2, '2026-03-02T11:00:00', '2026-03-02T11:05:00')"
    )
    for cid, name, email, phone, channel, location, product, value, notes, merged in CUSTOMERS:
        columns = (
            "id, name, email, phone, channel, location, product, value, notes, "
            "merged_into, created_at, updated_at"
        )
        values = [
            cid,
            name,
            email,
            phone,
            channel,
            location,
            product,
            value,
            notes,
            merged,
            made,
            made,
        ]
        if version >= 3:  # phone_key: the digits, as V3's app stored them
            columns += ", phone_key"
            values.append("".join(ch for ch in phone if ch.isdigit()))
        conn.execute(
            f"INSERT INTO customers ({columns}) VALUES ({', '.join('?' * len(values))})", values
        )
    linked = dict(LINKED)
    if version >= 3:  # this version linked every item with an e-mail or phone as it came in
        linked.update({2: 5, 4: 6, 6: 7, 15: 8, 18: 9, 21: 6})
        for cid, name, email, phone in [
            (5, "민지", "", "010-1234-5678"),
            (6, "Ana", "ana@example.org", ""),
            (7, "Chris", "chris@example.net", ""),
            (8, "Mina", "mina@example.kr", ""),
            (9, "서연", "", "010-9876-5432"),
        ]:
            conn.execute(
                "INSERT INTO customers (id, name, email, phone, phone_key, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (cid, name, email, phone, "".join(c for c in phone if c.isdigit()), made, made),
            )
    for row in FEEDBACK:
        fid, received, channel, author, email, phone, rating, nps, title, body, language = row[:11]
        sentiment, compound, mixed, status, location, product, batch = row[11:]
        values = {
            "id": fid,
            "received_at": received,
            "channel": channel,
            "author": author,
            "email": email,
            "phone": phone,
            "rating": rating,
            "nps_score": nps,
            "title": title,
            "body": body,
            "location": location,
            "product": product,
            "language": language,
            "sentiment": sentiment,
            "compound": compound,
            "sentiment_overridden": int(fid in OVERRIDDEN),
            "mixed": mixed,
            "status": status,
            "assignee": ASSIGNED.get(fid, ""),
            "customer_id": linked.get(fid),
            "external_id": EXTERNAL.get(fid, ""),
            "dedup_key": dedup(row),
            "batch_id": batch,
            "extra": json.dumps(EXTRA.get(fid, {}), ensure_ascii=False),
            "is_spam": int(fid in SPAM),
            "spam_reported_at": SPAM.get(fid),
            "deleted_at": TRASH.get(fid),
            "created_at": made,
            "updated_at": made,
        }
        if version >= 2:  # when the item was first answered, kept by the app from V2 on
            times = [r[3] for r in REPLIES if r[1] == fid and r[3]]
            values["first_reply_at"] = min(times) if times else None
        conn.execute(
            f"INSERT INTO feedback ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )
    if version >= 7:  # the figures counted ahead and the hours to the first answer, as
        # V7's store wrote them with each item (tags are counted by triggers as they link)
        conn.execute(
            "INSERT INTO figures_change SELECT 1, day, channel, count(*), sum(promoters), "
            "sum(passives), sum(detractors), sum(positive), sum(neutral), sum(negative), "
            "sum(unscored), sum(stars1), sum(stars2), sum(stars3), sum(stars4), sum(stars5), "
            "sum(needs_reply), sum(answered) FROM figures_of_items GROUP BY day, channel"
        )
        conn.execute(
            "UPDATE feedback SET first_reply_by = '', first_reply_hours = CASE WHEN "
            "substr(received_at, 12, 8) NOT IN ('', '00:00:00') AND substr(first_reply_at, "
            "12, 8) NOT IN ('', '00:00:00') THEN max(0, round((julianday(first_reply_at) - "
            "julianday(received_at)) * 86400) / 3600.0) END WHERE first_reply_at IS NOT NULL"
        )
    # The search index, filled as the store fills it: in the statement after the insert.
    conn.execute(
        "INSERT INTO feedback_fts (rowid, text) "
        "SELECT id, fd_search_text(title, body, author) FROM feedback"
    )
    conn.executemany("INSERT INTO tags (id, name, color, created_at) VALUES (?, ?, ?, ?)", TAGS)
    conn.executemany(
        "INSERT INTO tag_rules (id, tag_id, keywords, enabled) VALUES (?, ?, ?, ?)", RULES
    )
    conn.executemany("INSERT INTO feedback_tags (feedback_id, tag_id) VALUES (?, ?)", LINKS)
    conn.executemany(
        "INSERT INTO response_templates (id, name, body, sentiments, tags, uses, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
        [(*t, made, made) for t in TEMPLATES],
    )
    conn.executemany(
        "INSERT INTO replies (id, feedback_id, body, replied_at, how, by, template_id, "
        "replaces, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        REPLIES,
    )
    followups = [
        # From V3 on, outcomes are keys ("came_back"); earlier versions wrote words.
        (*f[:8], f[8].replace(" ", "_") if version >= 3 else f[8], f[9])
        for f in FOLLOWUPS
    ]
    conn.executemany(
        "INSERT INTO followups (id, feedback_id, customer_id, action, due, assignee, note, "
        "done_at, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        followups,
    )
    conn.executemany(
        "INSERT INTO notes (id, feedback_id, body, by, created_at) VALUES (?, ?, ?, ?, ?)",
        NOTES,
    )
    settings = dict(SETTINGS)
    if version >= 2:
        settings["saved_views"] = [
            {
                "name": "Harbour complaints",
                "query": {"location": "Harbour", "sentiments": ["negative"]},
            }
        ]
        settings["starting_templates_added"] = True
    if version >= 3:
        settings["customers_linked"] = True
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [(k, json.dumps(v, ensure_ascii=False)) for k, v in settings.items()],
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for version, commit in RELEASES.items():
        path = OUT / f"feedback-v{version}.db"
        build(version, path)
        size = path.stat().st_size
        print(f"{path.relative_to(ROOT)}: schema {version} by {commit[:10]}, {size} bytes")


if __name__ == "__main__":
    main()
