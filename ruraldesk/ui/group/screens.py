"""The Group window's pictures for the user guide (scripts/screenshots): a coordinator's view
of a small group on the real server, an invitation with its QR code, the question
before an erasure and a hand-over file handed to the server."""

from __future__ import annotations


def screenshot_scenes(shell, window, shot, pump, server, group: str, tokens: dict[str, str]) -> None:
    """`tokens` has a coordinator "marta" and members; the workspace syncs as marta."""
    from sync.client import Account, Replicator, load_account, save_account
    from sync.client.groupadmin import GroupAdmin

    from .dialogs import Confirm, HandInDialog
    from .invite import InvitationCodeDialog
    from .people import erasure_plan

    store = shell.store
    save_account(store, Account(server.url, group, "marta"), tokens["marta"])
    admin = GroupAdmin(Account(server.url, group, "marta"), tokens["marta"])
    people = {"marta": ("Marta Reis", "Casa do Povo de Mértola"), "rui": ("Rui Lopes", "Cooperativa Terra Viva"),
              "ines": ("Inês Duarte", "Câmara Municipal de Odemira")}
    for member, (name, organisation) in people.items():
        if member in tokens:
            admin.set_member(member, name=name, organisation=organisation)
    Replicator(store, load_account(store)).sync()
    invitation = admin.invite("member", "Joana Prates", organisation="Associação In Loco", hours=168)
    admin.invite("reader", "Paulo Sequeira", organisation="Junta de Freguesia de Alte", hours=72)
    shell.sync.refresh()

    gw = shell.sync.show_group(window)
    gw.resize(900, 560)
    pump(2.0)
    gw.members.table.setCurrentItem(gw.members.table.topLevelItem(2))
    shot(gw, "group-members")
    gw.tabs.setCurrentWidget(gw.invitations)
    shot(gw, "group-invitations")
    gw.tabs.setCurrentWidget(gw.audit)
    shot(gw, "group-audit")
    gw.tabs.setCurrentWidget(gw.people)
    gw.people.list.setCurrentRow(0)
    shot(gw, "group-people")

    hand_in = HandInDialog(gw)
    hand_in.path.setText("/media/usb/ruraldesk-changes-2026-12-02.rdrelay")
    hand_in.path.setCursorPosition(0)
    hand_in.words.setText("oak moss reed lamp dune")
    hand_in.show()
    shot(hand_in, "group-hand-in")
    hand_in.close()

    code = InvitationCodeDialog(invitation, "Joana Prates", gw)
    code.show()
    shot(code, "group-invitation-code")
    code.close()

    person = next(r for r in store.window("contact", 0, 200, sort="title") if r.fields.get("kind") == "person"
                  and store.referencing(r.id))
    plan = erasure_plan(store, person.id)
    text, items = gw.erasure_question(plan)
    question = Confirm(*text, gw, items)
    question.show()
    shot(question, "group-erase")
    question.close()
    gw.close()
    admin.close()
