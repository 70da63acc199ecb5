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

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6)
SCHEMA_VERSION = len(MIGRATIONS)
