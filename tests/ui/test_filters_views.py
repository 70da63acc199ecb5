"""Filters and saved views as the owner uses them: the Filter menu adds chips, a chip's ×
takes its filter off, a view in the sidebar lists what its count says, the trash lists what
was deleted. What the inbox lists is checked against the test data filtered in Python."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
)

from feedback_desk.core import intake
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.ui.app import make_app
from feedback_desk.ui.inbox.filters import DateRangeDialog, FilterBar
from feedback_desk.ui.inbox.model import InboxModel
from feedback_desk.ui.views_list import COUNT_ROLE, ViewsList
from tests.ui.typing import type_text

YEAR = date.today().year
# channel, stars, NPS, day (this year), tags, location, product, text
ITEMS = [
    ("google", 1, None, "10-02", ("Speed",), "Main St", "Latte", "Waited forty minutes."),
    ("google", 2, None, "10-09", ("Speed", "Staff"), "Main St", "Bagel", "Slow and rude staff."),
    ("google", 5, None, "10-15", ("Staff",), "Harbour", "Latte", "Lovely staff, great latte."),
    ("yelp", 1, None, "10-31", ("Speed", "Staff"), "Harbour", "", "Terrible wait, rude."),
    ("yelp", 4, None, "11-01", (), "Main St", "Bagel", "Good bagels."),
    ("yelp", 2, None, "09-30", ("Cleanliness",), "", "", "Dirty tables."),
    ("survey", None, 10, "10-05", (), "Main St", "", "Best coffee in town!"),
    ("survey", None, 9, "10-20", ("Staff",), "", "", "Friendly people."),
    ("survey", None, 7, "10-21", (), "Harbour", "", "It was fine."),
    ("survey", None, 3, "10-22", ("Speed",), "Harbour", "", "Too slow, will not come back."),
    ("survey", None, 0, "11-03", (), "", "", "Awful."),
    ("email", None, None, "10-12", ("Staff", "Cleanliness"), "Main St", "", "Staff were kind."),
]


def expected(keep) -> list[int]:
    """Ids (1-based, in ITEMS order) of the items ``keep(item)`` accepts, newest first as the
    inbox lists them."""
    chosen = [(f"{YEAR}-{row[3]}", i + 1) for i, row in enumerate(ITEMS) if keep(*row)]
    return [i for _, i in sorted(chosen, reverse=True)]


@pytest.fixture
def filled(store):
    make_app()
    intake.add_feedback(
        store,
        [
            NewFeedback(
                body=text,
                channel=channel,
                rating=stars,
                nps_score=nps,
                received_at=f"{YEAR}-{day}T12:00:00",
                tags=tags,
                location=location,
                product=product,
                author=f"Customer {n}",
            )
            for n, (channel, stars, nps, day, tags, location, product, text) in enumerate(ITEMS)
        ],
        "form",
    )
    return store


@pytest.fixture
def inbox(qtbot, filled):
    """A filter bar wired to an inbox model, as the inbox page wires them."""
    bar = FilterBar(filled)
    qtbot.addWidget(bar)
    bar.resize(900, 40)
    bar.show()
    model = InboxModel(filled)
    model.refresh()
    emitted: list[InboxQuery] = []
    bar.changed.connect(emitted.append)
    bar.changed.connect(model.refresh)
    return bar, model, emitted


def listed(model) -> list[int]:
    return [model.id_at(row) for row in range(model.rowCount())]


def choose(bar: FilterBar, *path: str):
    """Open the Filter menu and click through ``path`` ("Stars", "★☆☆☆☆  1 star")."""
    bar.menu.popup(bar.filter_button.mapToGlobal(QPoint(0, bar.filter_button.height())))
    menu = bar.menu
    for title in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text() == title)
        menu.popup(bar.menu.geometry().topRight())  # as hovering over it does
    action = next((a for a in menu.actions() if a.text() == path[-1]), None)
    assert action is not None, [a.text() for a in menu.actions()]
    action.trigger()
    bar.menu.hide()
    return action


def chips(bar: FilterBar) -> list[str]:
    return [label for _, label in bar.chip_labels()]


def click_chip(qtbot, bar: FilterBar, key: str) -> None:
    qtbot.mouseClick(bar.chips.chips[key], Qt.MouseButton.LeftButton)


def test_channel_and_stars_filters_list_what_python_finds(qtbot, inbox):
    bar, model, emitted = inbox
    assert model.rowCount() == len(ITEMS)
    assert chips(bar) == [] and bar.chips.isHidden()
    choose(bar, "Channel", "Google")
    choose(bar, "Channel", "Yelp")
    choose(bar, "Stars", "★☆☆☆☆  1 star")
    choose(bar, "Stars", "★★☆☆☆  2 stars")
    assert chips(bar) == ["Channel: Google, Yelp", "Stars: 1, 2"]
    assert bar.chips.chips["channels"].text() == "Channel: Google, Yelp  ×"
    assert emitted[-1] == InboxQuery(channels=("google", "yelp"), ratings=(1, 2))
    assert bar.query() == emitted[-1]
    want = expected(lambda ch, stars, *_: ch in ("google", "yelp") and stars in (1, 2))
    assert listed(model) == want == [4, 2, 1, 6]

    # Unticking a value takes it out; the chip's × takes the whole filter off.
    choose(bar, "Channel", "Yelp")
    assert chips(bar) == ["Channel: Google", "Stars: 1, 2"]
    assert listed(model) == [2, 1]
    click_chip(qtbot, bar, "ratings")
    assert chips(bar) == ["Channel: Google"]
    assert listed(model) == expected(lambda ch, *_: ch == "google") == [3, 2, 1]
    assert emitted[-1] == InboxQuery(channels=("google",))


def test_tags_any_then_all(qtbot, inbox):
    bar, model, emitted = inbox
    choose(bar, "Tags", "Speed (4)")
    assert chips(bar) == ["Tag: Speed"]
    choose(bar, "Tags", "Staff (5)")
    assert chips(bar) == ["Tags (any): Speed, Staff"]
    assert listed(model) == expected(lambda *row: {"Speed", "Staff"} & set(row[4]))
    assert model.rowCount() == 7
    choose(bar, "Tags", "Must have all chosen tags")
    assert chips(bar) == ["Tags (all): Speed, Staff"]
    assert emitted[-1].tags_mode == "all"
    assert listed(model) == expected(lambda *row: {"Speed", "Staff"} <= set(row[4])) == [4, 2]
    click_chip(qtbot, bar, "tags")
    assert bar.query() == InboxQuery() and model.rowCount() == len(ITEMS)


def test_nps_groups_say_what_they_are(inbox):
    bar, model, _ = inbox
    action = choose(bar, "NPS group", "Detractors (0-6)")
    assert "0 to 6" in action.toolTip()
    assert chips(bar) == ["NPS: Detractors (0-6)"]
    assert listed(model) == expected(lambda _c, _s, nps, *_: nps is not None and nps <= 6)
    assert listed(model) == [11, 10]
    choose(bar, "NPS group", "Promoters (9-10)")  # one group at a time
    assert chips(bar) == ["NPS: Promoters (9-10)"]
    assert listed(model) == [8, 7]
    choose(bar, "NPS group", "Promoters (9-10)")  # ticked again: off
    assert chips(bar) == []


def test_date_range_includes_both_days(qtbot, inbox):
    bar, model, emitted = inbox

    def pick():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DateRangeDialog))
        dialog.start.setDate(date(YEAR, 10, 1))
        dialog.end.setDate(date(YEAR, 10, 31))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, pick)
    choose(bar, "Date range...")
    assert chips(bar) == ["Oct 1 – Oct 31"]
    assert emitted[-1] == InboxQuery(date_from=f"{YEAR}-10-01", date_to=f"{YEAR}-10-31")
    in_october = expected(lambda _c, _s, _n, day, *_: day.startswith("10-"))
    assert listed(model) == in_october and len(in_october) == 9  # the 31st is in, at noon

    # Together with another filter, both apply.
    choose(bar, "Channel", "Yelp")
    assert listed(model) == [4]


def test_location_product_assignee_and_mixed(qtbot, inbox, filled):
    bar, model, _ = inbox
    filled.assign([3, 9], "Dana")
    choose(bar, "Location", "Harbour")
    assert chips(bar) == ["Location: Harbour"]
    assert listed(model) == expected(lambda *row: row[5] == "Harbour") == [4, 10, 9, 3]
    location_menu = next(a.menu() for a in bar.menu.actions() if a.text() == "Location")
    location_menu.popup(QPoint(0, 0))
    assert [a.text() for a in location_menu.actions()] == ["Harbour", "Main St"]
    location_menu.hide()
    choose(bar, "Product", "Latte")
    assert listed(model) == [3]
    click_chip(qtbot, bar, "product")
    choose(bar, "Assignee", "Dana")
    assert chips(bar) == ["Location: Harbour", "Assignee: Dana"]
    assert listed(model) == [9, 3]
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert chips(bar) == [] and model.rowCount() == len(ITEMS)

    choose(bar, "Mixed signals")
    mixed = {f.id for f in filled.iter_feedback() if f.mixed}
    assert chips(bar) == ["Mixed signals"]
    assert set(listed(model)) == mixed


def test_set_query_shows_a_views_filters_without_emitting(qtbot, inbox, filled):
    bar, _, emitted = inbox
    speed = next(t.id for t in filled.tags() if t.name == "Speed")
    bar.set_query(
        InboxQuery(
            search="slow",
            channel="google",
            ratings=(1, 2),
            tags=(speed,),
            date_from=f"{YEAR}-10-01",
            date_to=f"{YEAR}-10-31",
        )
    )
    assert chips(bar) == ["Channel: Google", "Stars: 1, 2", "Tag: Speed", "Oct 1 – Oct 31"]
    assert bar.query().search == "" and bar.query().channels == ("google",)
    assert emitted == []
    assert bar.filter_button.text() == "Filter (4)"
    assert bar.clear_button.isVisible() and bar.save_button.isVisible()


# Saved views ---------------------------------------------------------------------------------
@pytest.fixture
def sidebar(qtbot, filled):
    """The views list, a filter bar and an inbox model, wired as the window wires them."""
    views = ViewsList(filled)
    qtbot.addWidget(views)
    views.resize(180, 400)
    views.show()
    bar = FilterBar(filled)
    qtbot.addWidget(bar)
    model = InboxModel(filled)

    def chosen(query, name):
        bar.set_query(query)
        model.refresh(query)

    views.view_chosen.connect(chosen)
    return views, bar, model


def click_view(qtbot, views: ViewsList, name: str) -> None:
    item = views.list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    rect = views.list.visualItemRect(item)
    qtbot.mouseClick(views.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def right_click(widget, pos: QPoint) -> None:
    """What a right-click sends (QTest's clicks do not open context menus)."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def test_each_views_count_is_what_it_lists(qtbot, sidebar, filled):
    views, bar, model = sidebar
    filled.mark_spam([11])
    filled.set_status([1, 2], "replied")
    views.refresh()
    names = [views.list.item(r).text() for r in range(views.list.count())]
    assert names == [
        "Needs reply",
        "Negative this week",
        "Detractors",
        "Mixed signals",
        "Spam",
        "Trash",
    ]
    for name, count in views.counts().items():
        click_view(qtbot, views, name)
        assert model.rowCount() == count, name
        assert views.current_name() == name
    assert views.counts()["Spam"] == 1
    assert views.counts()["Detractors"] == 1  # 10; 11 is spam
    needs_reply = expected(lambda *row: True)
    assert views.counts()["Needs reply"] == len([i for i in needs_reply if i not in (1, 2, 11)])

    click_view(qtbot, views, "Detractors")
    assert chips(bar) == ["NPS: Detractors (0-6)"]
    assert listed(model) == [10]
    click_view(qtbot, views, "Spam")
    assert chips(bar) == ["Spam only"]
    assert listed(model) == [11]


def test_save_a_view_then_delete_it(qtbot, sidebar, filled):
    views, bar, model = sidebar
    query = InboxQuery(channels=("google", "yelp"), ratings=(1, 2))

    def name_it():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        type_text(qtbot, dialog.findChild(QLineEdit), "Bad reviews")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, name_it)
    assert views.save_current(query) == "Bad reviews"
    assert views.counts()["Bad reviews"] == 4
    assert views.current_name() == "Bad reviews"
    item = views.list.findItems("Bad reviews", Qt.MatchFlag.MatchExactly)[0]
    assert item.data(COUNT_ROLE) == 4
    assert views.list.row(item) == views.list.count() - 2  # the trash stays last

    click_view(qtbot, views, "Bad reviews")
    assert chips(bar) == ["Channel: Google, Yelp", "Stars: 1, 2"]
    assert listed(model) == [4, 2, 1, 6]

    # Right-click, Delete view.
    deleted = []
    views.view_deleted.connect(lambda name, q: deleted.append((name, q)))

    def delete():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text() == "Delete view “Bad reviews”")
        menu.close()
        action.trigger()

    QTimer.singleShot(0, delete)
    right_click(views.list.viewport(), views.list.visualItemRect(item).center())
    assert "Bad reviews" not in views.counts()
    assert deleted == [("Bad reviews", query)]
    assert filled.saved_views() == []
    # Built-in views offer nothing to delete.
    builtin = views.list.findItems("Needs reply", Qt.MatchFlag.MatchExactly)[0]
    assert views.context_menu(builtin) is None


def test_the_trash_lists_deleted_items(qtbot, sidebar, filled):
    views, bar, model = sidebar
    assert views.counts()["Trash"] == 0
    filled.delete_feedback([2, 7])
    views.refresh()
    assert views.counts()["Trash"] == 2
    click_view(qtbot, views, "Trash")
    assert listed(model) == [2, 7]
    assert chips(bar) == ["In the trash"]
    assert filled.inbox_count(InboxQuery()) == len(ITEMS) - 2


def test_ticking_several_values_keeps_the_menu_open(qtbot, inbox):
    bar, model, emitted = inbox
    bar.menu.popup(bar.filter_button.mapToGlobal(QPoint(0, bar.filter_button.height())))
    status = next(a.menu() for a in bar.menu.actions() if a.text() == "Status")
    status.popup(bar.menu.geometry().topRight())
    qtbot.waitExposed(status)
    for name in ("New", "Replied"):
        action = next(a for a in status.actions() if a.text() == name)
        qtbot.mouseClick(
            status, Qt.MouseButton.LeftButton, pos=status.actionGeometry(action).center()
        )
        assert status.isVisible() and action.isChecked()
    assert chips(bar) == ["Status: New, Replied"]
    assert emitted[-1] == InboxQuery(statuses=("new", "replied"))
    assert model.rowCount() == len(ITEMS)  # everything is new here
    status.hide()
    bar.menu.hide()


def test_a_view_cannot_take_a_built_in_name(qtbot, sidebar):
    views, _, _ = sidebar
    answers = iter(["Needs reply", "Mine"])
    told = []

    def answer():  # whatever window is asking now, as the owner would
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):  # "is a built-in view"
            told.append(dialog.text())
            qtbot.mouseClick(dialog.buttons()[0], Qt.MouseButton.LeftButton)
        elif isinstance(dialog, QInputDialog):
            line = dialog.findChild(QLineEdit)
            line.clear()
            type_text(qtbot, line, next(answers))
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    owner = QTimer(interval=20)
    owner.timeout.connect(answer)
    owner.start()
    assert views.save_current(InboxQuery(location="Harbour")) == "Mine"
    owner.stop()
    assert told == ["“Needs reply” is a built-in view. Choose another name."]
    assert views.counts()["Mine"] == 4


def test_emptying_the_trash_asks_first(qtbot, sidebar, filled):
    views, _, _ = sidebar
    filled.delete_feedback([2, 7])
    views.refresh()
    emptied = []
    views.trash_emptied.connect(emptied.append)

    def answer_yes():
        box = QApplication.activeModalWidget()
        assert "Delete the 2 items in the trash for good?" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    def empty():
        menu = QApplication.activePopupWidget()
        action = next(a for a in menu.actions() if a.text() == "Empty the trash...")
        menu.close()
        QTimer.singleShot(0, answer_yes)
        action.trigger()

    trash = views.list.findItems("Trash", Qt.MatchFlag.MatchExactly)[0]
    QTimer.singleShot(0, empty)
    right_click(views.list.viewport(), views.list.visualItemRect(trash).center())
    assert emptied == [2]
    assert views.counts()["Trash"] == 0
    assert filled.inbox_count(InboxQuery()) == len(ITEMS) - 2


# In the window ---------------------------------------------------------------------------------
def test_in_the_window_views_filters_and_search_work_together(qtbot, open_window, filled):
    filled.close()  # the window opens the file itself
    window = open_window(filled.path)
    inbox, views = window.inbox, window.views
    assert views.counts()["Detractors"] == 2
    click_view(qtbot, views, "Detractors")
    assert chips(inbox.filters) == ["NPS: Detractors (0-6)"]
    assert [inbox.model.id_at(r) for r in range(inbox.model.rowCount())] == [11, 10]
    assert inbox.count.text() == "2 items"

    # Filtering by hand leaves the view; the search text adds to the filters.
    click_chip(qtbot, inbox.filters, "nps_group")
    assert views.current_name() == ""
    choose(inbox.filters, "Channel", "Google")
    type_text(qtbot, inbox.search, "staff")
    qtbot.waitUntil(lambda: inbox.model.query.search == "staff")
    assert listed(inbox.model) == [3, 2]  # the Google items whose text says staff

    # Deleting the selected item moves it to the trash, and the sidebar recounts.
    inbox.select_ids([3])
    inbox.delete_selected()
    assert views.counts()["Trash"] == 1
    click_view(qtbot, views, "Trash")
    assert inbox.search.text() == "" and chips(inbox.filters) == ["In the trash"]
    assert listed(inbox.model) == [3]


def test_on_a_big_database_the_counts_arrive_from_a_thread(qtbot, sidebar, filled, monkeypatch):
    from feedback_desk.ui import views_list

    monkeypatch.setattr(views_list, "COUNT_IN_BACKGROUND_FROM", 0)
    view = sidebar[0]
    before = view.counts()
    filled.delete_feedback([filled.inbox_page(0, 1)[0].id])
    view.refresh()
    qtbot.waitUntil(lambda: view.counts() != before, timeout=5000)
    assert view.counts()["Trash"] == before["Trash"] + 1


def test_closing_the_window_waits_for_counts_still_being_made(open_window, db_path, monkeypatch):
    from feedback_desk.ui import views_list

    monkeypatch.setattr(views_list, "COUNT_IN_BACKGROUND_FROM", 0)
    window = open_window(db_path)
    window.views.refresh()
    tasks = list(window.views._tasks)
    assert tasks
    window.close()
    assert all(task.finished_running() for task in tasks)
