"""The template cards: every template with icon, title, purpose, tier and typical cost, in a grid
that re-flows to the width; a click, Enter or Space opens the template."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_main_window_support import (
    note_template,
    open_window,
    personal_folder,
    wait_idle,
    write_template,
)


def _cards_ready(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.templates
    library = page.gallery.library
    qtbot.waitUntil(lambda: page.cards is not None and len(page.cards.cards) == len(library.templates),
                    timeout=10_000)
    return page.cards


def test_cards_show_every_template_with_tier_and_typical_cost_and_reflow_with_the_width(qtbot) -> None:
    window = open_window(qtbot)
    cards = _cards_ready(qtbot, window)
    assert window.templates.top_stack.currentWidget() is cards  # nothing open yet: the cards show
    qtbot.waitUntil(lambda: all("typically" in card.footer.text() for card in cards.cards), timeout=10_000)
    assert any("¢" in card.footer.text() or "$" in card.footer.text() for card in cards.cards)
    assert cards.columns_for(700) < cards.columns_for(1100) <= 4
    assert cards.columns_for(200) == 1
    wait_idle(qtbot)


def test_a_card_opens_its_template_by_click_or_keyboard_and_all_templates_comes_back(qtbot) -> None:
    write_template(personal_folder(), "haiku-writer", note_template("Haiku writer", category="Fun"))
    window = open_window(qtbot)
    page = window.templates
    cards = _cards_ready(qtbot, window)
    card = next(c for c in cards.cards if c.template_id == "haiku-writer")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert page.template is not None and page.template.id == "haiku-writer"
    assert page.top_stack.currentIndex() == 1
    page.form.home.click()
    assert page.top_stack.currentWidget() is cards
    other = next(c for c in cards.cards if c.template_id != "haiku-writer")
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Return)
    assert page.template.id == other.template_id
    wait_idle(qtbot)


def test_search_filters_the_cards_says_when_nothing_matches_and_escape_clears(qtbot) -> None:
    write_template(personal_folder(), "haiku-writer", note_template("Haiku writer", category="Fun",
                                                                  purpose="Write a haiku."))
    window = open_window(qtbot)
    page = window.templates
    cards = _cards_ready(qtbot, window)
    search = page.gallery.search
    everything = len(cards.cards)
    search.setFocus()
    qtbot.keyClicks(search, "haiku")
    shown = [card for card in cards.cards if card.isVisibleTo(cards)]
    assert [card.template_id for card in shown] == ["haiku-writer"]
    assert cards.visible_ids() == ["haiku-writer"] and not cards.empty.isVisibleTo(cards)
    assert not any(heading.isVisibleTo(cards) for heading, group in cards._headings
                   if all(card.template_id != "haiku-writer" for card in group))

    search.clear()
    qtbot.keyClicks(search, "xyzzyq")
    assert not any(card.isVisibleTo(cards) for card in cards.cards)
    assert cards.empty.isVisibleTo(cards)
    assert cards.empty_text.text() == "No template matches “xyzzyq”."
    cards.clear_button.click()  # the way out of an empty search
    assert search.text() == "" and len(cards.visible_ids()) == everything
    assert not cards.empty.isVisibleTo(cards)

    qtbot.keyClicks(search, "haiku")
    assert cards.visible_ids() == ["haiku-writer"]
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # Escape clears the search (the window's Stop does not take it)
    assert search.text() == "" and len(cards.visible_ids()) == everything

    qtbot.keyClicks(search, "haiku")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter opens the first match, as before
    assert page.template is not None and page.template.id == "haiku-writer"
    wait_idle(qtbot)


def test_words_typed_before_the_library_arrived_filter_the_cards_once_it_does(qtbot) -> None:
    from desktop.gui.main_window import MainWindow
    from tests.gui.test_main_window_support import make_context

    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.show()
    window.templates.gallery.search.setText("email")  # typed at once, the library still loading
    with qtbot.waitSignal(window.library_loaded, timeout=10_000):
        window.after_shown()
    cards = _cards_ready(qtbot, window)
    expected = [t.id for t in window.templates.gallery.library.search("email")]
    assert expected and sorted(cards.visible_ids()) == sorted(expected)
    wait_idle(qtbot)
