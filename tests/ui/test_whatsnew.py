"""What's new and the review list in the window: a real server on loopback, a second real
replica synced headless, the window's own replica synced from the window, Qt offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from ruraldesk.store import Store
from sync.client import Account, Replicator, load_account, save_account


def _name(server, group: str, member: str, name: str) -> None:
    """What the coordinator's PATCH …/members/{m} does, written on the server's database."""
    from sqlalchemy import update

    from sync.server.models import Member

    with server.service.db.write() as c:
        c.execute(update(Member).where(Member.group_id == group, Member.member_id == member).values(name=name))


def sync_headless(store):
    return Replicator(store, load_account(store)).sync()


def sync_in_window(qtbot, shell, settle):
    task = shell.sync.sync_now()
    assert task is not None
    qtbot.waitUntil(lambda: shell.sync.task is None, timeout=20_000)
    settle()


@pytest.fixture(autouse=True)
def _english(qapp):
    """As the app starts (ruraldesk/app.py): the interface language installed, here English,
    whose catalogue carries the plural forms."""
    from ruraldesk.ui import i18n

    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def ana(tmp_path, server, tokens):
    """Ana's laptop: another member's replica, synced headless."""
    _name(server, "village", "ana", "Ana Sousa")
    store = Store(tmp_path / "ana" / "replica.sqlite", author="ana")
    save_account(store, Account(server.url, "village", "ana"), tokens["ana"])
    contact = store.create("contact", {"kind": "person", "name": "Joana Baker"})
    sync_headless(store)
    store.joana = contact
    yield store
    store.close()


@pytest.fixture
def rui(shell, window, server, tokens, ana, qtbot, settle):
    """The window is Rui's replica; its first sync is behind it (the group as Rui found it)."""
    save_account(shell.store, Account(server.url, "village", "rui"), tokens["rui"])
    shell.sync.refresh()
    sync_in_window(qtbot, shell, settle)
    return window


def _lines(view) -> list[tuple[str, bool, bool]]:
    """(text, heading, bold) of every row the view shows."""
    from ruraldesk.ui.whatsnew import HEADING_ROLE

    m = view.model
    out = []
    for row in range(m.rowCount()):
        i = m.index(row)
        font = m.data(i, Qt.ItemDataRole.FontRole)
        out.append((m.data(i), bool(m.data(i, HEADING_ROLE)), bool(font and font.bold())))
    return out


def test_what_ana_did_is_listed_by_her_name_unread_until_opened(qtbot, rui, shell, ana, settle):
    window = rui
    assert window.statusBar().currentMessage() == "First sync: 1 contact from your group"
    ovens = [ana.create("practice", {"title": f"Village oven {n}", "kind": "good"}) for n in range(3)]
    ana.update(ana.joana.id, {"role": "baker"})
    sync_headless(ana)

    sync_in_window(qtbot, shell, settle)
    assert window.statusBar().currentMessage() == "3 new practices, 1 changed contact from your group"
    qtbot.waitUntil(lambda: "What's new (4)" in _nav_texts(window), timeout=5_000)

    from ruraldesk.ui.models import NavigationModel
    window.show_view(NavigationModel.NEWS)
    view = window.news_view
    qtbot.waitUntil(lambda: view.model.item_count() == 4, timeout=5_000)
    lines = _lines(view)
    heading = [t for t, head, _b in lines if head]
    names = "Ana Sousa"        # from the member directory the sync refreshed, not the id "ana"
    assert heading == [f"Today · {names}: 3 practices, 1 contact"]
    items = {t: bold for t, head, bold in lines if not head}
    assert items == {"New practice: Village oven 0": True, "New practice: Village oven 1": True,
                     "New practice: Village oven 2": True, "Changed contact: Joana Baker": True}
    assert window.middle.currentWidget() is view

    # a line opens its record beside the list, and it is read from then on
    row = next(r for r in range(view.model.rowCount()) if view.model.data(view.model.index(r)) ==
               "New practice: Village oven 1")
    view.view.activated.emit(view.model.index(row))
    settle()
    assert window.detail.record.id == ovens[1].id
    assert f"by {names}" in window.detail.view.toPlainText()
    qtbot.waitUntil(lambda: window.store.news.unread_counts() == {"practice": 2, "contact": 1}, timeout=5_000)
    assert dict((t, b) for t, h, b in _lines(view) if not h)["New practice: Village oven 1"] is False

    # opened from the ordinary list counts as read too
    window.go("contact")
    qtbot.waitUntil(lambda: window.list.select_id(ana.joana.id), timeout=5_000)
    qtbot.waitUntil(lambda: window.store.news.unread_counts() == {"practice": 2}, timeout=5_000)

    window.show_view(NavigationModel.NEWS)
    qtbot.mouseClick(view.read_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store.news.unread_counts() == {}, timeout=5_000)
    qtbot.waitUntil(lambda: not any(b for _t, h, b in _lines(view) if not h), timeout=5_000)
    qtbot.waitUntil(lambda: "What's new" in _nav_texts(window), timeout=5_000)


def _nav_texts(window) -> list[str]:
    m = window.nav_model
    return [m.item(r).text() for r in range(m.rowCount())]


def test_the_status_sentence_is_plural_correct_in_english_and_french(qtbot, qapp, shell):
    from ruraldesk.ui import i18n
    from ruraldesk.ui.whatsnew import sync_sentence

    assert sync_sentence({"practice": {"new": 1}}) == "1 new practice from your group"
    assert sync_sentence({"practice": {"new": 12}, "tool": {"changed": 2}}) == \
        "12 new practices, 2 changed tools from your group"
    assert sync_sentence({}) == ""
    try:
        assert i18n.install("fr")
        assert sync_sentence({"practice": {"new": 1}}) == "1 nouvelle pratique de votre groupe"
        assert sync_sentence({"practice": {"new": 12}}) == "12 nouvelles pratiques de votre groupe"
    finally:
        i18n.install("en")


def test_a_coordinator_reviews_what_members_shared(qtbot, shell, window, server, tmp_path, settle, monkeypatch):
    from ruraldesk.ui import review as review_ui
    from ruraldesk.ui.models import NavigationModel

    tokens = server.make_group("coop", {"coord": "coordinator", "eva": "member"})
    save_account(shell.store, Account(server.url, "coop", "coord"), tokens["coord"])
    shell.sync.refresh()
    sync_in_window(qtbot, shell, settle)          # the coordinator's first sync: review starts here
    eva = Store(tmp_path / "eva" / "replica.sqlite", author="eva")
    save_account(eva, Account(server.url, "coop", "eva"), tokens["eva"])
    shared = eva.create("practice", {"title": "Shared kitchen", "kind": "good", "status": "shared"})
    eva.create("practice", {"title": "Still a draft", "kind": "good", "status": "draft"})
    sync_headless(eva)
    sync_in_window(qtbot, shell, settle)
    qtbot.waitUntil(lambda: "To review (1)" in _nav_texts(window), timeout=5_000)
    window.show_view(NavigationModel.REVIEW)
    view = window.review_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    assert view.model.data(view.model.index(0, 0)) == "Shared kitchen"
    assert view.intro.text() == "1 record shared by others since your last review."

    view.table.setCurrentIndex(view.model.index(0, 0))
    monkeypatch.setattr(review_ui.NoteDialog, "exec", lambda self: (self.edit.setPlainText("Add the costs."),
                                                                      review_ui.Dialog.DialogCode.Accepted)[1])
    view.add_note()
    settle()
    assert shell.store.get(shared.id).fields["review_note"] == "Add the costs."
    sync_in_window(qtbot, shell, settle)
    sync_headless(eva)
    assert eva.get(shared.id).fields["review_note"] == "Add the costs."

    eva.update(shared.id, {"summary": "now with costs"})
    sync_headless(eva)
    sync_in_window(qtbot, shell, settle)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5_000)
    assert view.intro.text() == "Nothing to review: everything others shared has been reviewed."
    eva.close()


def test_a_member_sees_no_review_list_and_no_note_field(qtbot, rui, window):
    assert not any(t.startswith("To review") for t in _nav_texts(window))
    window.new_record("tool")
    form = window.detail.form
    assert "review_note" not in form.editors and form.editors["status"].value() == "draft"
    assert QCoreApplication.translate("WhatsNew", "%n new practices", None, 2) == "2 new practices"


def test_the_conflicts_view_names_members_not_ids(qtbot, rui, shell, ana, server, settle):
    window = rui
    record = window.store.create("practice", {"title": "Community bakery", "kind": "good"})
    sync_in_window(qtbot, shell, settle)
    sync_headless(ana)
    ana.update(record.id, {"title": "Community bakery (Ana)"})
    sync_headless(ana)
    window.store.update(record.id, {"title": "Community bakery (Rui)"})
    sync_in_window(qtbot, shell, settle)
    assert shell.sync.status["open_conflicts"] == 1
    dialog = shell.sync.show_conflicts(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5_000)
    assert "Ana Sousa" in dialog.theirs_label.text() and " ana," not in dialog.theirs_label.text()
