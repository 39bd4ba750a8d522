"""API keys in Settings: paste, save in the system keychain, test with a cheap call.

"Test" lists the provider's models through its own SDK (no tokens are spent), on a worker, and
answers in plain words. The SDKs read ``ANTHROPIC_BASE_URL`` / ``OPENAI_BASE_URL`` themselves,
so a test server or a company proxy is honoured. Where the computer has no keychain the panel
says so and offers to keep the key in memory until Promptdesk closes; it never writes the key
anywhere else.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import ErrorKind, KeychainError, ProviderError
from desktop.core.settings import PROVIDER_NAMES, KeyStore
from desktop.gui.text_roles import muted_label, set_role
from desktop.gui.worker import run_for

log = logging.getLogger(__name__)

KEY_PROVIDERS = ("anthropic", "openai")
WHERE_TO_GET = {
    "anthropic": "console.anthropic.com → API keys",
    "openai": "platform.openai.com → API keys",
}


def check_key(provider: str, key: str, *, base_url: str | None = None) -> str:
    """Make the cheapest call that proves ``key`` works (list models); return plain words.

    Raises:
        ProviderError: the key was refused or the provider could not be reached, in plain words.
    """
    name = PROVIDER_NAMES.get(provider, provider)
    if not key and provider != "local":  # an in-house server usually needs no key
        raise ProviderError(f"There is no {name} key to test. Paste one first.", kind=ErrorKind.NO_KEY, provider=provider)
    if provider == "anthropic":
        import anthropic as sdk

        client: Any = sdk.Anthropic(api_key=key, base_url=base_url, max_retries=0, timeout=20.0)
        call = lambda: client.models.list()  # noqa: E731
    else:
        import openai

        client = openai.OpenAI(api_key=key or "none", base_url=base_url, max_retries=0, timeout=20.0)
        if provider == "local":
            name = "The in-house model server"
        call = lambda: client.models.list()  # noqa: E731
    try:
        call()
    except sdk.AuthenticationError as exc:
        raise ProviderError(
            f"{name} refused this key. Check that you copied all of it, or make a new one at "
            f"{WHERE_TO_GET.get(provider, 'your provider')}.", kind=ErrorKind.AUTH, provider=provider) from exc
    except sdk.PermissionDeniedError as exc:
        raise ProviderError(
            f"{name} knows this key but it is not allowed to use the models. Ask whoever manages your "
            f"{name} account to give it access.", kind=ErrorKind.PERMISSION, provider=provider) from exc
    except sdk.RateLimitError:
        return f"The key works. {name} is busy right now, so the first answers may be slow."
    except sdk.APIConnectionError as exc:
        if provider == "local":
            raise ProviderError(
                f"Could not reach the in-house model server at {base_url}. Check the address and that the "
                "server is running, then test again.", kind=ErrorKind.CONNECTION, retryable=True, provider=provider) from exc
        raise ProviderError(
            f"Could not reach {name}. Check your internet connection (or your company's proxy) and "
            "test again.", kind=ErrorKind.CONNECTION, retryable=True, provider=provider) from exc
    except sdk.APIStatusError as exc:
        raise ProviderError(
            f"{name} answered with an error (code {exc.status_code}). This is usually on their side: "
            "test again in a few minutes.", kind=ErrorKind.SERVER, retryable=True, provider=provider) from exc
    if provider == "local":
        return f"{name} answered: Promptdesk can use it."
    return f"The key works: {name} answered."


class _KeyRow:
    """The controls of one provider's key."""

    def __init__(self, provider: str, parent: QWidget) -> None:
        name = PROVIDER_NAMES[provider]
        self.provider = provider
        self.label = QLabel(f"<b>{name}</b>", parent)
        self.edit = QLineEdit(parent)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(f"{name} key")
        self.label.setBuddy(self.edit)
        self.save_button = QPushButton("Save", parent)
        self.save_button.setAccessibleName(f"Save the {name} key")
        self.test_button = QPushButton("Test", parent)
        self.test_button.setAccessibleName(f"Test the {name} key")
        self.remove_button = QPushButton("Remove", parent)
        self.remove_button.setAccessibleName(f"Remove the {name} key")
        self.memory_button = QPushButton("Keep in memory until Promptdesk closes", parent)
        self.memory_button.hide()
        self.source = muted_label("", parent)
        self.status = QLabel("", parent)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(f"{name} key status")


class KeyPanel(QWidget):
    """One row per provider: key field, Save, Test, Remove, and a plain answer.

    Signals:
        key_saved(str): the key of this provider was stored (keychain or memory).
        key_tested(str, bool, str): provider, whether the key works, the words shown.
        sources_shown(): the lines saying where each key comes from were updated.
    """

    key_saved = Signal(str)
    key_tested = Signal(str, bool, str)
    sources_shown = Signal()

    def __init__(self, keys: KeyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.rows: dict[str, _KeyRow] = {}
        layout = QVBoxLayout(self)
        intro = QLabel("Keys are kept in your computer's keychain, never in a file. Paste a key, then "
                       "<b>Save</b>; <b>Test</b> checks it with the provider without spending anything.", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.intro = intro
        grid = QGridLayout()
        for index, provider in enumerate(KEY_PROVIDERS):
            row = _KeyRow(provider, self)
            self.rows[provider] = row
            buttons = QHBoxLayout()
            for button in (row.save_button, row.test_button, row.remove_button):
                buttons.addWidget(button)
            base = index * 5
            grid.addWidget(row.label, base, 0, 1, 2)
            grid.addWidget(row.source, base + 1, 0, 1, 2)
            grid.addWidget(row.edit, base + 2, 0)
            grid.addLayout(buttons, base + 2, 1)
            grid.addWidget(row.status, base + 3, 0, 1, 2)
            grid.addWidget(row.memory_button, base + 4, 0, 1, 2)
            grid.setRowMinimumHeight(base + 4, row.label.fontMetrics().height() // 2)
            row.save_button.clicked.connect(lambda _c=False, p=provider: self.save(p))
            row.test_button.clicked.connect(lambda _c=False, p=provider: self.test(p))
            row.remove_button.clicked.connect(lambda _c=False, p=provider: self.remove(p))
            row.memory_button.clicked.connect(lambda _c=False, p=provider: self.keep_in_memory(p))
            row.edit.returnPressed.connect(lambda p=provider: self.save(p))
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.show_sources()

    def set_row_save_shown(self, shown: bool) -> None:
        """Hide each row's Save where the window has its own (two Save buttons read as two choices)."""
        for row in self.rows.values():
            row.save_button.setVisible(shown)
        if not shown:
            self.intro.setText("Keys are kept in your computer's keychain, never in a file. Paste a key and press "
                               "<b>Save</b> below; <b>Test</b> checks it with the provider without spending anything.")

    def show_sources(self) -> None:
        """Say where each provider's key comes from, read on a worker: the first use of the
        keychain loads its backend, which can take a noticeable moment."""
        keys, providers = self.keys, list(self.rows)
        for row in self.rows.values():
            if not row.source.text():
                row.source.setText("Looking for a saved key …")
        run_for(self, lambda _task: {provider: keys.source(provider) for provider in providers},
                on_success=self._show_sources, on_failure=self._sources_failed)

    def _sources_failed(self, exc: BaseException) -> None:
        """The keychain could not be asked: say so on each row (not "Looking …" for ever); pasting a
        key and pressing Save still works or says why not."""
        log.warning("Reading where the keys come from failed: %s", exc)
        for row in self.rows.values():
            row.source.setText("Promptdesk could not look in the system keychain just now. "
                               "Paste your key here to set it again.")
        self.sources_shown.emit()

    def _show_sources(self, sources: dict[str, str]) -> None:
        for provider, row in self.rows.items():
            source = sources[provider]
            has_key = source != "no key"
            row.source.setText(f"A key is set: {source}." if has_key else "No key yet.")
            row.edit.setPlaceholderText("Paste a new key to replace it" if has_key else "Paste your key here")
            row.remove_button.setEnabled(has_key)
        self.sources_shown.emit()

    def pending(self) -> list[str]:
        """Providers whose field holds a key not yet saved."""
        return [provider for provider, row in self.rows.items() if row.edit.text().strip()]

    # ------------------------------------------------------------------ actions
    @Slot(str)
    def save(self, provider: str, on_done: Any = None) -> None:
        """Store the typed key in the keychain, off the UI thread."""
        row = self.rows[provider]
        key = row.edit.text().strip()
        if not key:
            self._say(row, False, "Paste a key first.")
            return
        row.status.setText("Saving …")
        keys = self.keys

        def done(_result: object) -> None:
            row.edit.clear()
            row.memory_button.hide()
            self._say(row, True, "Saved in your computer's keychain.")
            self.show_sources()
            self.key_saved.emit(provider)
            if on_done:
                on_done(True)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KeychainError):
                self._say(row, False, exc.message)
                row.memory_button.setVisible(exc.kind == ErrorKind.NO_KEYCHAIN or exc.kind == ErrorKind.KEYCHAIN_REFUSED)
            else:
                self._say(row, False, "The key could not be saved. Try again, or keep it in memory for now.")
                row.memory_button.show()
            if on_done:
                on_done(False)

        run_for(self, lambda _task: keys.set(provider, key), on_success=done, on_failure=failed)

    @Slot(str)
    def keep_in_memory(self, provider: str) -> None:
        """Hold the typed key in memory only: it is gone when Promptdesk closes."""
        row = self.rows[provider]
        key = row.edit.text().strip()
        if not key:
            self._say(row, False, "Paste a key first.")
            return
        self.keys.set(provider, key, memory_only=True)
        row.edit.clear()
        row.memory_button.hide()
        self._say(row, True, "Kept in memory until Promptdesk closes. You will need to paste it again next time.")
        self.show_sources()
        self.key_saved.emit(provider)

    @Slot(str)
    def test(self, provider: str) -> None:
        """Test the typed key, or the stored one, with a cheap call on a worker."""
        row = self.rows[provider]
        key = row.edit.text().strip()
        keys = self.keys
        row.test_button.setEnabled(False)
        row.status.setText("Testing …")

        def op(_task: object) -> str:
            return check_key(provider, key or keys.get(provider) or "")

        def done(message: str) -> None:
            row.test_button.setEnabled(True)
            self._say(row, True, message)
            self.key_tested.emit(provider, True, message)

        def failed(exc: BaseException) -> None:
            row.test_button.setEnabled(True)
            message = getattr(exc, "message", "") or "The test could not run. Try again in a moment."
            self._say(row, False, message)
            self.key_tested.emit(provider, False, message)

        run_for(self, op, on_success=done, on_failure=failed)

    @Slot(str)
    def remove(self, provider: str) -> None:
        """Forget the stored key (keychain and memory)."""
        row = self.rows[provider]
        keys = self.keys

        def done(_result: object) -> None:
            self._say(row, True, "Key removed from this computer.")
            self.show_sources()

        run_for(self, lambda _task: keys.delete(provider), on_success=done)

    @staticmethod
    def _say(row: _KeyRow, ok: bool, message: str) -> None:
        set_role(row.status, "good" if ok else "error")
        row.status.setText(("✓ " if ok else "⚠ ") + message)
