"""The template gallery: categories, search as you type, favourites, recently used, team badge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core import paths
from desktop.core.settings import load_user_settings
from tests.gui.test_main_window_support import (
    make_context,
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)


def _group_titles(gallery) -> list[str]:  # type: ignore[no-untyped-def]
    tree = gallery.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _ids_under(gallery, title: str) -> list[str]:  # type: ignore[no-untyped-def]
    tree = gallery.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group.text(0) == title:
            return [group.child(j).data(0, Qt.ItemDataRole.UserRole) for j in range(group.childCount())]
    return []


def test_gallery_groups_templates_by_category_and_search_narrows_as_you_type(qtbot) -> None:
    folder = personal_folder()
    write_template(folder, "invoice-chaser", note_template("Invoice chaser", category="Finance", tags="invoice, payment"))
    write_template(folder, "haiku-writer", note_template("Haiku writer", category="Fun", tags="poem"))
    window = open_window(qtbot)
    gallery = window.templates.gallery
    assert "Finance" in _group_titles(gallery) and "Fun" in _group_titles(gallery)
    assert _ids_under(gallery, "Finance") == ["invoice-chaser"]

    qtbot.keyClicks(gallery.search, "invoi")
    assert gallery.visible_ids()[0] == "invoice-chaser"
    assert "haiku-writer" not in gallery.visible_ids()
    gallery.search.clear()
    qtbot.keyClicks(gallery.search, "zzzzqqq")
    assert gallery.visible_ids() == []
    assert "No template matches" in gallery.status.text()
    wait_idle(qtbot)


def test_team_template_shows_a_badge_and_says_when_it_replaces_the_bundled_one(qtbot, team_dir: Path) -> None:
    write_template(team_dir / "prompts", "team-only", note_template("Team only thing"))
    write_template(team_dir / "prompts", "meeting-summary", note_template("Meeting summary (our way)",
                                                                          category="Operations"))
    window = open_window(qtbot)
    tree = window.templates.gallery.tree
    badges = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            badges[group.child(j).data(0, Qt.ItemDataRole.UserRole)] = group.child(j).text(1)
    assert badges["team-only"] == "Team"
    assert badges["meeting-summary"] == "Team · replaces the bundled one"
    window.templates.open_template("meeting-summary")
    assert not window.templates.form.badge.isHidden()
    assert window.templates.form.badge.text() == \
        "Team · replaces the bundled one"
    wait_idle(qtbot)


def test_favourite_star_adds_a_favourites_group_and_is_saved_to_the_settings_file(qtbot) -> None:
    write_template(personal_folder(), "haiku-writer", note_template("Haiku writer", category="Fun"))
    window = open_window(qtbot)
    page = window.templates
    page.open_template("haiku-writer")
    page.form.star.click()
    qtbot.waitUntil(lambda: _ids_under(page.gallery, "★ Favourites") == ["haiku-writer"])
    qtbot.waitUntil(lambda: "haiku-writer" in load_user_settings().favourites, timeout=15_000)
    page.form.star.click()
    qtbot.waitUntil(lambda: "★ Favourites" not in _group_titles(page.gallery))
    qtbot.waitUntil(lambda: "haiku-writer" not in load_user_settings().favourites, timeout=15_000)
    wait_idle(qtbot)


def test_opened_templates_appear_under_recently_used_and_the_last_one_reopens_next_time(qtbot) -> None:
    folder = personal_folder()
    write_template(folder, "first-one", note_template("First one"))
    write_template(folder, "second-one", note_template("Second one"))
    window = open_window(qtbot)
    gallery = window.templates.gallery
    gallery.tree.setFocus()
    window.templates.open_template("first-one")
    window.templates.open_template("second-one")
    qtbot.waitUntil(lambda: _ids_under(gallery, "Recently used")[:2] == ["second-one", "first-one"])
    qtbot.waitUntil(lambda: load_user_settings().last_template == "second-one", timeout=15_000)
    wait_idle(qtbot)
    window.close()

    again = open_window(qtbot, make_context(last_template=load_user_settings().last_template,
                                            recent=load_user_settings().recent))
    assert again.templates.template is not None and again.templates.template.id == "second-one"
    assert again.templates.form.title.text() == "Second one"
    assert paths.settings_file().exists()
    wait_idle(qtbot)


def test_arrow_keys_and_enter_in_the_gallery_open_a_template(qtbot) -> None:
    folder = personal_folder()
    write_template(folder, "aaa-first", note_template("Aaa first", category="Aaa"))
    window = open_window(qtbot)
    gallery = window.templates.gallery
    gallery.search.setFocus()
    qtbot.keyClicks(gallery.search, "Aaa first")
    qtbot.keyClick(gallery.search, Qt.Key.Key_Tab)
    assert gallery.tree.hasFocus()
    qtbot.keyClick(gallery.tree, Qt.Key.Key_Down)
    qtbot.keyClick(gallery.tree, Qt.Key.Key_Return)
    assert window.templates.template is not None and window.templates.template.id == "aaa-first"
    wait_idle(qtbot)


def test_a_broken_template_file_is_mentioned_and_the_others_still_show(qtbot) -> None:
    folder = personal_folder()
    write_template(folder, "good-one", note_template("Good one"))
    (folder / "broken-one.md").write_text("---\ntitle: Broken\nteir: quick\n---\nHi\n", encoding="utf-8")
    window = open_window(qtbot)
    gallery = window.templates.gallery
    assert "good-one" in gallery.visible_ids() and "broken-one" not in gallery.visible_ids()
    assert "1 template file could not be used" in gallery.status.text()
    assert "broken-one.md" in gallery.status.toolTip()
    wait_idle(qtbot)


def test_enter_in_the_search_box_opens_the_best_match_and_down_moves_through_results(qtbot) -> None:
    folder = personal_folder()
    write_template(folder, "invoice-chaser", note_template("Invoice chaser", tags="invoice, payment"))
    write_template(folder, "invoice-summary", note_template("Invoice summary", tags="invoice"))
    window = open_window(qtbot)
    gallery = window.templates.gallery
    gallery.search.setFocus()
    qtbot.keyClicks(gallery.search, "invoice")
    results = gallery.visible_ids()
    assert len(results) >= 2
    qtbot.keyClick(gallery.search, Qt.Key.Key_Down)
    qtbot.keyClick(gallery.search, Qt.Key.Key_Down)
    assert gallery.search.hasFocus()  # typing can go on
    assert gallery.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == results[1]
    with qtbot.waitSignal(gallery.template_chosen) as chosen:
        qtbot.keyClick(gallery.search, Qt.Key.Key_Return)
    assert chosen.args == [results[1]]

    gallery.search.clear()
    gallery.search.setFocus()
    qtbot.keyClicks(gallery.search, "invoice chaser")
    with qtbot.waitSignal(gallery.template_chosen) as chosen:
        qtbot.keyClick(gallery.search, Qt.Key.Key_Return)
    assert chosen.args == ["invoice-chaser"]
    wait_idle(qtbot)


def test_recently_used_does_not_reorder_under_the_pointer(qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    folder = personal_folder()
    for name in ("first-one", "second-one", "third-one"):
        write_template(folder, name, note_template(name.replace("-", " ").capitalize()))
    window = open_window(qtbot)
    page, gallery = window.templates, window.templates.gallery
    page.open_template("first-one")
    page.open_template("second-one")
    qtbot.waitUntil(lambda: _ids_under(gallery, "Recently used")[:2] == ["second-one", "first-one"])
    QApplication.sendEvent(gallery.tree.viewport(), QEvent(QEvent.Type.Enter))  # the pointer is over the list
    page.open_template("third-one")
    QApplication.processEvents()  # a rebuild deferred to the event loop would run here (there must be none)
    QApplication.processEvents()
    assert _ids_under(gallery, "Recently used")[:2] == ["second-one", "first-one"]
    QApplication.sendEvent(gallery.tree.viewport(), QEvent(QEvent.Type.Leave))
    qtbot.waitUntil(lambda: _ids_under(gallery, "Recently used")[:3] == ["third-one", "second-one", "first-one"])
    wait_idle(qtbot)
