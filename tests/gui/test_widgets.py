"""The shared builders: a button does what it was given (or emits the signal), with its tip and
spoken name; vbox/hbox keep the order and stretch given, fill their widget edge to edge, and
nest without margins of their own."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.gui.widgets import button, hbox, vbox


class _Emitter(QObject):
    fired = Signal()


def test_button_runs_its_action_and_carries_tip_and_name(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    pressed: list[str] = []
    made = button("Copy", holder, lambda: pressed.append("copied"), tip="Copy the answer", name="Copy the answer now")
    qtbot.mouseClick(made, Qt.MouseButton.LeftButton)
    assert pressed == ["copied"]
    assert made.toolTip() == "Copy the answer" and made.accessibleName() == "Copy the answer now"


def test_button_can_emit_a_signal_directly(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    emitter = _Emitter()
    made = button("Stop", holder, emitter.fired)
    with qtbot.waitSignal(emitter.fired, timeout=1000):
        made.click()


def test_vbox_and_hbox_keep_order_stretch_and_no_margins(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    first, second, third, fourth = (QLabel(text, holder) for text in ("a", "b", "c", "d"))
    inner = hbox(None, (third, 1), fourth)
    outer = vbox(holder, first, (second, 2), inner)
    assert holder.layout() is outer
    assert [outer.itemAt(i).widget() for i in range(2)] == [first, second] and outer.itemAt(2).layout() is inner
    assert [outer.stretch(i) for i in range(3)] == [0, 2, 0]
    assert [inner.itemAt(i).widget() for i in range(2)] == [third, fourth] and inner.stretch(0) == 1
    assert outer.contentsMargins().left() == outer.contentsMargins().top() == 0
    holder.show()
    qtbot.waitExposed(holder)
    assert third.geometry().left() == 0  # a nested row has no margin of its own
