"""The Group window's dialogs on their own: filled in as a person would, read back through
their result methods; the QR code read back by a real decoder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from qrdecode import decode

from sync.client.groupadmin import Invitation, Member, TokenInfo

ANA = Member("ana", "Ana Sousa", "Casa do Povo", "member", None, None)


def invitation(code: str = "rdinv1.eyJzIjoiaHR0cDovLzEyNy4wLjAuMToxIiwiZyI6InZpbGxhZ2UiLCJrIjoiYWJjIn0.xyz"):
    return Invitation("inv-1", "member", "Rui Lopes", "", "2030-01-01T10:00:00Z", code=code)


def test_the_qr_code_decodes_to_the_invitation_code_and_is_dark_on_light(qapp):
    from ruraldesk.ui.group import qr

    code = invitation().code
    image = qr.image(code)
    assert decode(image) == [code]
    modules = qr.matrix(code)
    assert qr.sampled(image, len(modules)) == modules
    corner = image.pixelColor(2, 2)            # the quiet zone: light, whatever the palette
    assert corner.lightness() > 240
    finder = image.pixelColor(qr.QUIET_ZONE * qr.MODULE_PX + 1, qr.QUIET_ZONE * qr.MODULE_PX + 1)
    assert finder.lightness() < 20


def test_invite_dialog_asks_for_a_name_before_it_creates_anything(qtbot):
    from ruraldesk.ui.group.invite import InviteDialog

    dialog = InviteDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.name.setText("  Rui   Lopes ")
    dialog.organisation.setText("Casa do Povo")
    dialog.role.setCurrentIndex(dialog.role.findData("reader"))
    dialog.validity.setCurrentIndex(dialog.validity.findData(168))
    assert dialog.ok.isEnabled()
    request = dialog.request()
    assert (request.name, request.organisation, request.role, request.hours) == (
        "Rui Lopes", "Casa do Povo", "reader", 168)
    assert dialog.validity.currentText() == "1 week"


def test_invitation_code_dialog_shows_the_code_copies_it_and_draws_it(qtbot, qapp):
    from ruraldesk.ui.group.invite import InvitationCodeDialog

    inv = invitation()
    dialog = InvitationCodeDialog(inv, "Rui Lopes")
    qtbot.addWidget(dialog)
    assert dialog.code.text() == inv.code and dialog.code.isReadOnly()
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert qapp.clipboard().text() == inv.code
    assert decode(dialog.picture.pixmap().toImage()) == [inv.code]


def test_role_dialog_returns_the_new_role_only(qtbot):
    from ruraldesk.ui.group.dialogs import RoleDialog

    dialog = RoleDialog(ANA)
    qtbot.addWidget(dialog)
    assert dialog.role() == "member"
    next(b for b in dialog.choices.buttons() if b.property("role") == "reader").setChecked(True)
    assert dialog.role() == "reader"


def test_tokens_dialog_lists_tokens_in_use_all_ticked(qtbot):
    from ruraldesk.ui.group.dialogs import TokensDialog

    tokens = [TokenInfo("t1", "RuralDesk on laptop", "2026-01-01T10:00:00Z", None),
              TokenInfo("t2", "old phone", "2025-01-01T10:00:00Z", "2025-06-01T10:00:00Z")]
    dialog = TokensDialog(ANA, tokens)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "RuralDesk on laptop" in dialog.list.item(0).text()
    assert dialog.chosen() == ["t1"]
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == []


def test_a_confirmation_names_what_happens_and_enter_does_not_confirm(qtbot):
    from ruraldesk.ui.group.dialogs import Confirm, remove_question

    title, text, action = remove_question(ANA)
    assert "Ana Sousa (Casa do Povo)" in title and "stays" in text
    dialog = Confirm(title, text, action, None, ["one", "two"])
    qtbot.addWidget(dialog)
    assert dialog.lines() == ["one", "two"]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Remove Ana Sousa"


def test_first_run_dialog_takes_an_invitation_code(qtbot):
    from ruraldesk.ui.dialogs import FirstRunDialog

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.invitation_code() == ""
    qtbot.keyClicks(dialog.code, "rdinv1.abc.def")
    assert dialog.choice() == FirstRunDialog.CONNECT       # pasting a code chooses "connect"
    assert dialog.invitation_code() == "rdinv1.abc.def"
    dialog.empty.setChecked(True)
    assert dialog.invitation_code() == ""
