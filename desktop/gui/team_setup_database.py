"""The team database on the set-up screen: where it is, how the connection is protected, and this
person's own password, kept in the system keychain only, with "Test connection".

Shown to members and the operator alike when team.toml names a PostgreSQL store: each person
logs in with their own password, so it is never part of the read-only team settings.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.usage.store import StoreSettings
from desktop.gui.text_roles import muted_label, set_role
from desktop.gui.widgets import hbox, vbox
from desktop.gui.worker import run_for


class TeamDatabaseLogin(QWidget):
    """This person's login to the team database.

    Signals:
        password_saved(): the typed password is in the keychain (and the box is empty again).
        tested(bool, str): a connection test finished: whether it worked, and the words shown.
    """

    password_saved = Signal()
    tested = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings: StoreSettings | None = None
        self.member = ""
        self.where = QLabel("", self)
        self.where.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Your team database password")
        self.save_button = QPushButton("Keep in keychain", self)
        self.test_button = QPushButton("Test connection", self)
        self.result = muted_label("", self)
        self.result.setAccessibleName("Team database connection")
        vbox(self, self.where, hbox(None, (self.password, 1), self.save_button, self.test_button), self.result)
        self.save_button.clicked.connect(self.save_password)
        self.test_button.clicked.connect(self.test)
        self.password.returnPressed.connect(self.test)

    def show_store(self, settings: StoreSettings, member: str, has_password: bool) -> None:
        self.settings, self.member = settings, member
        self.where.setText(f"Database “{settings.database}” on {settings.host}:{settings.port}, your login "
                           f"“{settings.login(member)}”. Connection: {settings.sslmode_in_words}.")
        self.password.setPlaceholderText("Kept in this computer's keychain — type to replace it" if has_password
                                         else "The password your operator gave you")

    def _say(self, text: str, *, error: bool) -> None:
        set_role(self.result, "error" if error else "good")
        self.result.setText(("⚠ " if error else "✓ ") + text)

    @Slot()
    def save_password(self) -> None:
        settings, member, typed = self.settings, self.member, self.password.text()
        if settings is None:
            return
        if not typed:
            self._say("Type the password first.", error=True)
            return

        def op(_task: object) -> None:
            from desktop.core.usage.pg_login import save_password

            save_password(settings, member, typed)

        def done(_result: object) -> None:
            self.password.clear()  # kept in the keychain only, not in this window
            self.password.setPlaceholderText("Kept in this computer's keychain — type to replace it")
            self._say("Kept in this computer's keychain.", error=False)
            self.password_saved.emit()

        run_for(self, op, on_success=done,
                on_failure=lambda exc: self._say(getattr(exc, "message", "") or str(exc), error=True))

    @Slot()
    def test(self) -> None:
        settings, member, typed = self.settings, self.member, self.password.text()
        if settings is None:
            return
        self.result.setText("Connecting …")
        self.test_button.setEnabled(False)

        def op(_task: object) -> object:
            from desktop.core.usage.pg_login import check_login

            return check_login(settings, member, typed or None)

        def done(check: object) -> None:
            self.test_button.setEnabled(True)
            ok, message = bool(getattr(check, "ok", False)), str(getattr(check, "message", ""))
            self._say(message, error=not ok)
            self.tested.emit(ok, message)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            message = getattr(exc, "message", "") or "The connection test could not run."
            self._say(message, error=True)
            self.tested.emit(False, message)

        run_for(self, op, on_success=done, on_failure=failed)
