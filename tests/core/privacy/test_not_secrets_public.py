"""Keys meant to be public, values cut short to show a key's shape, and sample values: not secrets."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text

_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiJ9.Xk2Lm9Tq4Wz7Rv3Nb8Pc1Hd6Jf0Ys5Ga2Ue8Ki"


def _secrets(text: str) -> list[str]:
    return [s.original for s in redact_text(text, country="US").spans if s.type == "SECRET"]


@pytest.mark.parametrize("text", [
    f"NEXT_PUBLIC_SUPABASE_ANON_KEY={_JWT}",
    "VITE_PUBLIC_MAPS_KEY=AIzaSyB7xK2mQ9vL3nZ7pB5yH1cD6fJ0sA2eG4i",
    "Shop API key (openbaar, mag in de theme): 9d4c2e7a1b6f3058c7e2a9d1f4b6c803",
    "OPENAI_API_KEY=sk-...",
    "GITHUB_TOKEN=ghp_…",
    "api_key=test",
    "DB_PASSWORD=example",
])
def test_public_cut_short_and_sample_values_are_not_hidden(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(("text", "secret"), [
    ("public wifi password: Harbor-Lights-42", "Harbor-Lights-42"),
    (f"SUPABASE_SERVICE_ROLE_KEY={_JWT}", _JWT),
    ("the password is Kq7!mZ2x...", "Kq7!mZ2x"),
    ("the public repo is fine, but the deploy key: ghp_8Lq2Wx7Zt4Mv9Rk3Nb6Hc1Pd5Jf0Ys2Ga8Ue",
     "ghp_8Lq2Wx7Zt4Mv9Rk3Nb6Hc1Pd5Jf0Ys2Ga8Ue"),
])
def test_secrets_near_those_words_are_still_hidden(text: str, secret: str) -> None:
    assert secret in _secrets(text)
