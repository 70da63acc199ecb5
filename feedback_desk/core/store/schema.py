"""The database schema as an ordered list of migration steps.

Step N brings a database from ``user_version`` N-1 to N. Steps are only ever appended: a step
that has shipped is never edited, so every database ever written can be brought up to date.
"""

from __future__ import annotations

V1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL DEFAULT '',
    value REAL,
    notes TEXT NOT NULL DEFAULT '',
    merged_into INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX customers_email ON customers(email) WHERE email <> '';
CREATE INDEX customers_phone ON customers(phone) WHERE phone <> '';

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,            -- 'file', 'paste', 'form', 'demo'
    file_name TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    delimiter TEXT NOT NULL DEFAULT '',
    preset TEXT NOT NULL DEFAULT '',
    mapping TEXT NOT NULL DEFAULT '{}',   -- JSON
    added INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    problems TEXT NOT NULL DEFAULT '[]',  -- JSON list of {row, reason}
    created_at TEXT NOT NULL,
    undone_at TEXT
);

CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,       -- local wall-clock time of the business, ISO 8601
    utc_offset_minutes INTEGER,      -- the source's offset, kept but never moving the date
    channel TEXT NOT NULL DEFAULT 'other',
    author TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    nps_score INTEGER CHECK (nps_score BETWEEN 0 AND 10),
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    sentiment TEXT NOT NULL DEFAULT 'unscored'
        CHECK (sentiment IN ('positive', 'neutral', 'negative', 'unscored')),
    compound REAL,                   -- VADER compound of the text, NULL when not scored
    sentiment_overridden INTEGER NOT NULL DEFAULT 0,
    mixed INTEGER NOT NULL DEFAULT 0,  -- the text's tone and the customer's score disagree
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN
        ('new', 'needs_reply', 'replied', 'follow_up', 'resolved', 'ignored')),
    assignee TEXT NOT NULL DEFAULT '',
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    external_id TEXT NOT NULL DEFAULT '',
    dedup_key TEXT NOT NULL,
    batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
    extra TEXT NOT NULL DEFAULT '{}',  -- the source's other columns, JSON
    is_spam INTEGER NOT NULL DEFAULT 0,
    spam_reported_at TEXT,
    deleted_at TEXT,                 -- in the trash since
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX feedback_dedup ON feedback(dedup_key);
-- The inbox: newest first, trash and spam left out. deleted_at and is_spam are in the index
-- although it only holds live rows, so that counting and paging never visit the table itself
-- (SQLite wants every column a query names in a covering index).
CREATE INDEX feedback_inbox ON feedback(received_at, id, deleted_at, is_spam)
    WHERE deleted_at IS NULL AND is_spam = 0;
-- Filters: every filter column of the inbox in one index in inbox order, so the first page of
-- any combination reads the index newest first and stops after 200 hits, and a count reads the
-- index alone (a million items: under 100 ms, never a table scan). Indexes per column made
-- the planner pick one and visit the table for the others: 600 ms for channel + sentiment.
CREATE INDEX feedback_filter ON feedback(
    received_at, id, channel, sentiment, status, rating, nps_score, mixed, is_spam,
    location, product, assignee, deleted_at
) WHERE deleted_at IS NULL;
CREATE INDEX feedback_spam ON feedback(received_at, id, deleted_at, is_spam)
    WHERE deleted_at IS NULL AND is_spam = 1;
CREATE INDEX feedback_trash ON feedback(received_at, id, deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX feedback_batch ON feedback(batch_id);
CREATE INDEX feedback_customer ON feedback(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX feedback_nps ON feedback(received_at, nps_score) WHERE nps_score IS NOT NULL;

-- Search: what fd_search_text() makes of the title, text and customer (see search_text.py).
-- Contentless: the index keeps no copy of the text. Triggers keep it in step with every edit
-- and delete; new rows are indexed by the store in the statement after their insert, in the
-- same transaction, because any AFTER INSERT trigger, even one that does nothing, made a
-- 100,000-row import 1.8 s slower (measured).
CREATE VIRTUAL TABLE feedback_fts USING fts5(
    text, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
    INSERT INTO feedback_fts(feedback_fts, rowid, text)
    VALUES ('delete', old.id, fd_search_text(old.title, old.body, old.author));
END;
CREATE TRIGGER feedback_fts_update AFTER UPDATE OF title, body, author ON feedback BEGIN
    INSERT INTO feedback_fts(feedback_fts, rowid, text)
    VALUES ('delete', old.id, fd_search_text(old.title, old.body, old.author));
    INSERT INTO feedback_fts(rowid, text)
    VALUES (new.id, fd_search_text(new.title, new.body, new.author));
END;

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT NOT NULL DEFAULT '#7a869a',
    created_at TEXT NOT NULL
);
CREATE TABLE feedback_tags (
    feedback_id INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (feedback_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX feedback_tags_tag ON feedback_tags(tag_id, feedback_id);

CREATE TABLE tag_rules (
    id INTEGER PRIMARY KEY,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    keywords TEXT NOT NULL,          -- comma-separated words or phrases
    enabled INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tag_rules_tag ON tag_rules(tag_id);

-- A starting set for a small business, with colours that tell apart at a glance; the rules find
-- them in English and Korean (stems such as 비싸 match inside 비싸요, 비싸서).
INSERT INTO tags (name, color, created_at) VALUES
    ('Speed', '#e8833a', '2026-01-01T00:00:00'),
    ('Price', '#3b7dd8', '2026-01-01T00:00:00'),
    ('Quality', '#2f9e66', '2026-01-01T00:00:00'),
    ('Staff', '#8a5cc7', '2026-01-01T00:00:00'),
    ('Cleanliness', '#17a2b8', '2026-01-01T00:00:00'),
    ('Order accuracy', '#d6456a', '2026-01-01T00:00:00'),
    ('Atmosphere', '#c99a1e', '2026-01-01T00:00:00'),
    ('Menu', '#6f9a2f', '2026-01-01T00:00:00'),
    ('Location', '#8c6d55', '2026-01-01T00:00:00');
INSERT INTO tag_rules (tag_id, keywords) SELECT id, CASE name
    WHEN 'Speed' THEN 'wait, waited, waiting, slow, late, took forever, long time, queue, '
        || '느려, 느리, 늦게, 오래 걸렸'
    WHEN 'Price' THEN 'expensive, overpriced, pricey, price, prices, rip off, '
        || '비싸, 가격'
    WHEN 'Quality' THEN 'stale, bland, burnt, soggy, undercooked, quality, delicious, tasty, '
        || '맛있, 맛없, 신선'
    WHEN 'Staff' THEN 'rude, staff, waiter, waitress, cashier, barista, manager, '
        || '불친절, 친절, 직원'
    WHEN 'Cleanliness' THEN 'dirty, filthy, sticky, hygiene, cleanliness, spotless, '
        || '더러, 깨끗, 청결'
    WHEN 'Order accuracy' THEN 'wrong order, wrong item, missing, forgot, forgotten, '
        || '잘못 나왔, 빠졌'
    WHEN 'Atmosphere' THEN 'noisy, atmosphere, ambience, ambiance, cozy, music, '
        || '분위기, 시끄'
    WHEN 'Menu' THEN 'menu, vegan, vegetarian, gluten free, '
        || '메뉴'
    WHEN 'Location' THEN 'parking, directions, find you, '
        || '주차, 찾기 어려'
    END FROM tags ORDER BY id;

CREATE TABLE response_templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    sentiments TEXT NOT NULL DEFAULT '',  -- comma-separated labels it suits
    tags TEXT NOT NULL DEFAULT '',        -- comma-separated tag names it suits
    uses INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE replies (
    id INTEGER PRIMARY KEY,
    feedback_id INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    replied_at TEXT,                 -- NULL when an import gave the reply but not its time
    how TEXT NOT NULL DEFAULT 'public',  -- public, email, phone, in_person, imported
    by TEXT NOT NULL DEFAULT '',
    template_id INTEGER REFERENCES response_templates(id) ON DELETE SET NULL,
    replaces INTEGER REFERENCES replies(id) ON DELETE SET NULL,  -- an edit keeps its history
    created_at TEXT NOT NULL
);
CREATE INDEX replies_feedback ON replies(feedback_id, replied_at);

CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    feedback_id INTEGER REFERENCES feedback(id) ON DELETE CASCADE,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    action TEXT NOT NULL DEFAULT 'call',
    due TEXT NOT NULL,
    assignee TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    done_at TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX followups_open ON followups(due) WHERE done_at IS NULL;
CREATE INDEX followups_feedback ON followups(feedback_id);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    feedback_id INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX notes_feedback ON notes(feedback_id, created_at);
CREATE VIRTUAL TABLE notes_fts USING fts5(
    text, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, text) VALUES (new.id, fd_search_text(new.body));
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text)
    VALUES ('delete', old.id, fd_search_text(old.body));
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text)
    VALUES ('delete', old.id, fd_search_text(old.body));
    INSERT INTO notes_fts(rowid, text) VALUES (new.id, fd_search_text(new.body));
END;
"""

# Answers: when each item was first answered is kept on the item (the store sets it with every
# reply it writes), so the inbox shows how long an item has waited and the figures count
# response times without a join per item; template use is counted from the replies.
V2 = """
ALTER TABLE feedback ADD COLUMN first_reply_at TEXT;
UPDATE feedback SET first_reply_at = (
    SELECT min(r.replied_at) FROM replies r WHERE r.feedback_id = feedback.id
) WHERE id IN (SELECT feedback_id FROM replies WHERE replied_at IS NOT NULL);
-- Response times read this index alone, as the inbox's counts read theirs.
CREATE INDEX feedback_answered ON feedback(received_at, first_reply_at, deleted_at, is_spam)
    WHERE deleted_at IS NULL AND is_spam = 0;
CREATE INDEX replies_template ON replies(template_id, feedback_id) WHERE template_id IS NOT NULL;
CREATE INDEX replies_replaces ON replies(replaces) WHERE replaces IS NOT NULL;
"""

# Customers and follow-ups: phones are matched by their digits; a customer's latest feedback,
# a name within a channel and a customer's follow-ups are found through an index each.
# Outcomes are keys from now on ("came back" was written by early demos).
V3 = """
ALTER TABLE customers ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_phone_key ON customers(phone_key) WHERE phone_key <> '';
DROP INDEX feedback_customer;
CREATE INDEX feedback_customer ON feedback(customer_id, received_at) WHERE customer_id IS NOT NULL;
CREATE INDEX feedback_author ON feedback(channel, author COLLATE NOCASE) WHERE author <> '';
CREATE INDEX followups_customer ON followups(customer_id) WHERE customer_id IS NOT NULL;
UPDATE followups SET outcome = replace(outcome, ' ', '_') WHERE outcome LIKE '% %';
"""

# The dashboard: an item counts as answered when it has a dated reply (first_reply_at, read
# from feedback_answered, which now holds the segments too, so one channel, location or
# product is counted from the index alone) or a reply an import brought without a date.
V4 = """
DROP INDEX IF EXISTS feedback_answered;
CREATE INDEX feedback_answered ON feedback(
    received_at, first_reply_at, channel, location, product, deleted_at, is_spam
) WHERE deleted_at IS NULL AND is_spam = 0;
CREATE INDEX replies_undated ON replies(feedback_id) WHERE replied_at IS NULL;
"""

# Text is read only in a language a model knows: stored items taken for English that are not
# English lose their reading (the customer's own score still counts), and Korean text is read by
# the app's own model, so Korean items with no score are scored. What the owner set by hand stays.
# fd_language and fd_rescored are the app's own scoring (database.migrate registers them).
V5 = """
UPDATE feedback SET
    language = fd_rescored('language', title, body, rating, nps_score),
    compound = fd_rescored('compound', title, body, rating, nps_score),
    sentiment = fd_rescored('sentiment', title, body, rating, nps_score),
    mixed = fd_rescored('mixed', title, body, rating, nps_score)
WHERE sentiment_overridden = 0
    AND (language = 'ko' OR (language = 'en' AND fd_language(title, body) <> 'en'));
"""

# Search as you type: the search index also keeps every word's first one, two and three
# letters, so the first keystroke ("g") or a common short start ("the") reads one list instead
# of merging the lists of every word it begins (on a million items: 1 ms instead of 200 to
# find the first 10,000; see store/feedback.py). It costs the index some size and an import
# some time. The index is made again from the items, then merged into one piece.
V6 = """
DROP TABLE feedback_fts;
CREATE VIRTUAL TABLE feedback_fts USING fts5(
    text, content='', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO feedback_fts (rowid, text) SELECT id, fd_search_text(title, body, author) FROM feedback;
INSERT INTO feedback_fts (feedback_fts) VALUES ('optimize');
-- Who answered an item first, read from an index alone (response times by team member).
CREATE INDEX replies_first ON replies(feedback_id, replied_at, by);
-- Mixed signals, a few in a hundred: their view counts and pages from an index of their own.
CREATE INDEX feedback_mixed ON feedback(received_at, id, deleted_at, is_spam, mixed)
    WHERE deleted_at IS NULL AND is_spam = 0 AND mixed = 1;
"""

# The figures, counted ahead: what the dashboard and ``stats`` count is kept added up per day
# and channel (figures_by_day) and per day, channel, tag and sentiment (tags_by_day) for the
# items counted (neither in the trash nor spam), so ten years read a few thousand rows instead
# of a million items. A change goes through a view whose INSTEAD OF trigger adds it (sign 1)
# or takes it away (-1) and drops a row that comes to nothing. The store adds new items in the
# statement after their insert (an AFTER INSERT trigger on feedback slows imports, see V1);
# triggers keep the sums right through every later change and delete. Who answered an item
# first and after how many hours (NULL: not timed, see store/replies.py) are kept on the item
# too, so response times read one small index of the answered items.
V7 = """
CREATE TABLE figures_by_day (
    day TEXT NOT NULL,
    channel TEXT NOT NULL,
    feedback INTEGER NOT NULL,
    promoters INTEGER NOT NULL,
    passives INTEGER NOT NULL,
    detractors INTEGER NOT NULL,
    positive INTEGER NOT NULL,
    neutral INTEGER NOT NULL,
    negative INTEGER NOT NULL,
    unscored INTEGER NOT NULL,
    stars1 INTEGER NOT NULL,
    stars2 INTEGER NOT NULL,
    stars3 INTEGER NOT NULL,
    stars4 INTEGER NOT NULL,
    stars5 INTEGER NOT NULL,
    needs_reply INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    PRIMARY KEY (day, channel)
) WITHOUT ROWID;
CREATE TABLE tags_by_day (
    day TEXT NOT NULL,
    channel TEXT NOT NULL,
    sentiment TEXT NOT NULL,
    tag_id INTEGER NOT NULL,
    items INTEGER NOT NULL,
    PRIMARY KEY (day, channel, sentiment, tag_id)
) WITHOUT ROWID;

CREATE VIEW figures_of_items AS SELECT id, substr(received_at, 1, 10) AS day, channel,
    sentiment, 1 AS feedback,
    ifnull(nps_score >= 9, 0) AS promoters, ifnull(nps_score BETWEEN 7 AND 8, 0) AS passives,
    ifnull(nps_score <= 6, 0) AS detractors, sentiment = 'positive' AS positive,
    sentiment = 'neutral' AS neutral, sentiment = 'negative' AS negative,
    sentiment = 'unscored' AS unscored, ifnull(rating = 1, 0) AS stars1,
    ifnull(rating = 2, 0) AS stars2, ifnull(rating = 3, 0) AS stars3,
    ifnull(rating = 4, 0) AS stars4, ifnull(rating = 5, 0) AS stars5,
    status IN ('new', 'needs_reply') AS needs_reply, first_reply_at IS NOT NULL AS answered
FROM feedback WHERE deleted_at IS NULL AND is_spam = 0;

CREATE VIEW figures_change AS SELECT 0 AS sign, * FROM figures_by_day;
CREATE TRIGGER figures_change_add INSTEAD OF INSERT ON figures_change BEGIN
    INSERT INTO figures_by_day VALUES (new.day, new.channel, new.sign * new.feedback,
        new.sign * new.promoters, new.sign * new.passives, new.sign * new.detractors,
        new.sign * new.positive, new.sign * new.neutral, new.sign * new.negative,
        new.sign * new.unscored, new.sign * new.stars1, new.sign * new.stars2,
        new.sign * new.stars3, new.sign * new.stars4, new.sign * new.stars5,
        new.sign * new.needs_reply, new.sign * new.answered)
    ON CONFLICT DO UPDATE SET feedback = feedback + excluded.feedback,
        promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
        detractors = detractors + excluded.detractors, positive = positive + excluded.positive,
        neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
        unscored = unscored + excluded.unscored, stars1 = stars1 + excluded.stars1,
        stars2 = stars2 + excluded.stars2, stars3 = stars3 + excluded.stars3,
        stars4 = stars4 + excluded.stars4, stars5 = stars5 + excluded.stars5,
        needs_reply = needs_reply + excluded.needs_reply,
        answered = answered + excluded.answered;
    DELETE FROM figures_by_day WHERE day = new.day AND channel = new.channel AND feedback = 0;
END;
CREATE VIEW tags_change AS SELECT 0 AS sign, * FROM tags_by_day;
CREATE TRIGGER tags_change_add INSTEAD OF INSERT ON tags_change BEGIN
    INSERT INTO tags_by_day VALUES (new.day, new.channel, new.sentiment, new.tag_id,
        new.sign * new.items)
    ON CONFLICT DO UPDATE SET items = items + excluded.items;
    DELETE FROM tags_by_day WHERE day = new.day AND channel = new.channel
        AND sentiment = new.sentiment AND tag_id = new.tag_id AND items = 0;
END;

-- An item (id) with its tags taken out of the figures (sign -1) or put in (1), as it is now.
CREATE VIEW figures_item AS SELECT 0 AS sign, 0 AS id;
CREATE TRIGGER figures_item_move INSTEAD OF INSERT ON figures_item BEGIN
    INSERT INTO figures_change SELECT new.sign, day, channel, feedback, promoters, passives,
        detractors, positive, neutral, negative, unscored, stars1, stars2, stars3, stars4,
        stars5, needs_reply, answered FROM figures_of_items WHERE id = new.id;
    INSERT INTO tags_change SELECT new.sign, i.day, i.channel, i.sentiment, t.tag_id, 1
        FROM figures_of_items i JOIN feedback_tags t ON t.feedback_id = i.id
        WHERE i.id = new.id;
END;
-- An item leaves the figures before a change and comes back after it, as it then is; before
-- a delete it leaves them with its tags (their links go after the item, see foreign keys).
-- Items in the trash or spam are in no figures: their triggers have nothing to do.
CREATE TRIGGER feedback_figures_leave BEFORE UPDATE OF received_at, channel, nps_score,
    sentiment, rating, status, first_reply_at, deleted_at, is_spam ON feedback
    WHEN old.deleted_at IS NULL AND old.is_spam = 0 BEGIN
    INSERT INTO figures_item VALUES (-1, old.id);
END;
CREATE TRIGGER feedback_figures_return AFTER UPDATE OF received_at, channel, nps_score,
    sentiment, rating, status, first_reply_at, deleted_at, is_spam ON feedback
    WHEN new.deleted_at IS NULL AND new.is_spam = 0 BEGIN
    INSERT INTO figures_item VALUES (1, new.id);
END;
CREATE TRIGGER feedback_figures_delete BEFORE DELETE ON feedback
    WHEN old.deleted_at IS NULL AND old.is_spam = 0 BEGIN
    INSERT INTO figures_item VALUES (-1, old.id);
END;
CREATE TRIGGER feedback_tags_figures_add AFTER INSERT ON feedback_tags BEGIN
    INSERT INTO tags_change SELECT 1, day, channel, sentiment, new.tag_id, 1
        FROM figures_of_items WHERE id = new.feedback_id;
END;
CREATE TRIGGER feedback_tags_figures_remove AFTER DELETE ON feedback_tags BEGIN
    INSERT INTO tags_change SELECT -1, day, channel, sentiment, old.tag_id, 1
        FROM figures_of_items WHERE id = old.feedback_id;
END;
CREATE TRIGGER feedback_tags_figures_move AFTER UPDATE ON feedback_tags BEGIN
    INSERT INTO tags_change SELECT -1, day, channel, sentiment, old.tag_id, 1
        FROM figures_of_items WHERE id = old.feedback_id;
    INSERT INTO tags_change SELECT 1, day, channel, sentiment, new.tag_id, 1
        FROM figures_of_items WHERE id = new.feedback_id;
END;

INSERT INTO figures_change SELECT 1, day, channel, count(*), sum(promoters), sum(passives),
    sum(detractors), sum(positive), sum(neutral), sum(negative), sum(unscored), sum(stars1),
    sum(stars2), sum(stars3), sum(stars4), sum(stars5), sum(needs_reply), sum(answered)
FROM figures_of_items GROUP BY day, channel;
INSERT INTO tags_change SELECT 1, i.day, i.channel, i.sentiment, t.tag_id, count(*)
FROM figures_of_items i JOIN feedback_tags t ON t.feedback_id = i.id
GROUP BY i.day, i.channel, i.sentiment, t.tag_id;

-- Who answered first: the earliest dated reply, the first written of those at that time ('' when
-- no reply of that time is stored; NULL while the item is not answered).
ALTER TABLE feedback ADD COLUMN first_reply_by TEXT;
ALTER TABLE feedback ADD COLUMN first_reply_hours REAL;
UPDATE feedback SET first_reply_by = coalesce((SELECT r.by FROM replies r
        WHERE r.feedback_id = feedback.id AND r.replied_at = feedback.first_reply_at
        ORDER BY r.id LIMIT 1), ''),
    first_reply_hours = CASE WHEN substr(received_at, 12, 8) NOT IN ('', '00:00:00')
        AND substr(first_reply_at, 12, 8) NOT IN ('', '00:00:00') THEN
        max(0, round((julianday(first_reply_at) - julianday(received_at)) * 86400) / 3600.0) END
WHERE first_reply_at IS NOT NULL;
CREATE TRIGGER feedback_first_reply AFTER UPDATE OF received_at, first_reply_at ON feedback BEGIN
    UPDATE feedback SET first_reply_by = CASE WHEN new.first_reply_at IS NOT NULL THEN
            coalesce((SELECT r.by FROM replies r WHERE r.feedback_id = new.id
            AND r.replied_at = new.first_reply_at ORDER BY r.id LIMIT 1), '') END,
        first_reply_hours = CASE WHEN substr(new.received_at, 12, 8) NOT IN ('', '00:00:00')
            AND substr(new.first_reply_at, 12, 8) NOT IN ('', '00:00:00') THEN
            max(0, round((julianday(new.first_reply_at) - julianday(new.received_at)) * 86400)
            / 3600.0) END
    WHERE id = new.id;
END;
CREATE TRIGGER replies_first_add AFTER INSERT ON replies WHEN new.replied_at IS NOT NULL BEGIN
    UPDATE feedback SET first_reply_by = coalesce((SELECT r.by FROM replies r
            WHERE r.feedback_id = new.feedback_id AND r.replied_at = new.replied_at
            ORDER BY r.id LIMIT 1), '')
    WHERE id = new.feedback_id AND first_reply_at = new.replied_at;
END;
CREATE TRIGGER replies_first_change AFTER UPDATE OF feedback_id, replied_at, by ON replies BEGIN
    UPDATE feedback SET first_reply_by = CASE WHEN first_reply_at IS NOT NULL THEN
            coalesce((SELECT r.by FROM replies r WHERE r.feedback_id = feedback.id
            AND r.replied_at = feedback.first_reply_at ORDER BY r.id LIMIT 1), '') END
    WHERE id IN (old.feedback_id, new.feedback_id);
END;
CREATE TRIGGER replies_first_remove AFTER DELETE ON replies WHEN old.replied_at IS NOT NULL BEGIN
    UPDATE feedback SET first_reply_by = CASE WHEN first_reply_at IS NOT NULL THEN
            coalesce((SELECT r.by FROM replies r WHERE r.feedback_id = feedback.id
            AND r.replied_at = feedback.first_reply_at ORDER BY r.id LIMIT 1), '') END
    WHERE id = old.feedback_id;
END;
-- Response times of any period (and segment), by period or team member: this index alone.
CREATE INDEX feedback_answers ON feedback(
    received_at, first_reply_hours, first_reply_by, channel, location, product,
    deleted_at, is_spam, first_reply_at
) WHERE deleted_at IS NULL AND is_spam = 0 AND first_reply_at IS NOT NULL;
-- Closing the loop: the unhappy items (as store/customers.py tells them), with all it asks of
-- them but the names, which it reads only for those who came back.
CREATE INDEX feedback_unhappy ON feedback(
    received_at, id, customer_id, first_reply_at, nps_score, rating, sentiment, channel,
    location, product, deleted_at, is_spam
) WHERE deleted_at IS NULL AND is_spam = 0
    AND (nps_score <= 6 OR (nps_score IS NULL AND (sentiment = 'negative' OR rating <= 2)));
-- Each team member's and each month's answers in order of their hours: the middle one is
-- found by counting.
CREATE INDEX feedback_answers_by ON feedback(
    first_reply_by, first_reply_hours, deleted_at, is_spam, first_reply_at
) WHERE deleted_at IS NULL AND is_spam = 0 AND first_reply_at IS NOT NULL;
CREATE INDEX feedback_answers_month ON feedback(
    substr(received_at, 1, 7), first_reply_hours, received_at, deleted_at, is_spam, first_reply_at
) WHERE deleted_at IS NULL AND is_spam = 0 AND first_reply_at IS NOT NULL;
"""

# Several people at once (a team desk, or two windows on one file): the rows people edit carry a
# version, raised by every change, so a save made on what someone saw when the row has moved
# on since is refused in the same statement (UPDATE ... WHERE id = ? AND version = ?, see
# store/versions.py), and what the last change was, who made it and when, for the message.
# The same step on both engines (schema_pg.py).
VERSIONED = ("feedback", "followups", "customers", "response_templates")
V8 = "".join(
    f"""
ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE {table} ADD COLUMN changed TEXT NOT NULL DEFAULT '';
ALTER TABLE {table} ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE {table} ADD COLUMN changed_at TEXT;"""
    for table in VERSIONED
)

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6, V7, V8)
SCHEMA_VERSION = len(MIGRATIONS)
