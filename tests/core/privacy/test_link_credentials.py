"""Links that carry a credential are hidden whole: signed storage links, webhooks' secret paths,
booking pages named after a person; public links, documentation and unsigned files stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy.link_credentials import personal_link, signed_link
from tests.helpers.redaction import covered, secrets_in

_AZURE = ("https://exports.blob.core.windows.net/hr/payslips-03.zip?sv=2023-01-03&st=2026-03-01T08:00Z&se=2026-03-08T08:00Z"
          "&sr=b&sp=r&sig=Xr4mQ8vLp2Tz7Wn1Kc9Yb3Hd6Fg0Js5Ua8Ei2Oo7Tk%3D")
_CLOUDFRONT = ("https://d1x7q2k9.cloudfront.net/video/onboarding.mp4?Expires=1773446400&Signature=b7Qm2xLp9Tv4Wn8Rz1Yc6Hd3"
               "Fg0Js5Ua8Ei2Oo7Tk4Wd9Lr3Mz6Xq1Nc8Vb~&Key-Pair-Id=K2JCJMDEHXQW5F")


@pytest.mark.parametrize("url", [_AZURE, _CLOUDFRONT])
def test_a_signed_link_is_hidden_whole(url: str) -> None:
    text = f"Here is the file, the link stops working next week:\n{url}\nThanks"
    assert covered(text, url)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2026-03-09 10:02:11 INFO POST /webhooks/shopify/sh_7k2q9x4m1v8t3p6r done", "sh_7k2q9x4m1v8t3p6r"),
        ("n8n trigger: https://flows.example.net/webhook/5b1c9e27a44f40d8b0e3/orders", "5b1c9e27a44f40d8b0e3"),
        ("Pick a time that suits you: https://calendly.com/marta-kowalczyk/intro-call", "https://calendly.com/marta-kowalczyk/intro-call"),
        ("or book me at https://cal.com/jonas-weber/15min", "https://cal.com/jonas-weber/15min"),
    ],
)
def test_webhook_secrets_and_booking_pages_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Our webhooks are documented at https://docs.example.com/webhooks/events and /webhooks/retry-policy.",
        "Download the brochure: https://cdn.example.com/files/brochure-2026.pdf?version=3",
        "Pricing is on https://calendly.com/pricing and the API docs on https://developer.calendly.com/",
    ],
)
def test_public_links_stay(text: str) -> None:
    assert not secrets_in(text)


def test_what_makes_a_link_signed_or_personal() -> None:
    assert signed_link(_AZURE) and signed_link(_CLOUDFRONT)
    assert not signed_link("https://example.com/search?sig=design&page=2")  # a signature with nothing it signs
    assert personal_link("https://outlook.office365.com/owa/calendar/4a1f9c2e@firm.example/bookings/")
    assert personal_link("https://cal.example.net/feeds/f81c2a9e4b07d3/basic.ics")
    assert not personal_link("https://www.example.org/holidays/public-holidays-2026.ics")


def test_a_link_whose_query_holds_a_secret_is_hidden_whole() -> None:
    link = "https://crm.example.net/team/join?invite_token=Rz7Wc1Nh8Ys3Bd6Fg0Jq5E"
    text = f"Welcome aboard! Join the workspace here: {link} (valid 48 hours)."
    assert covered(text, link)
    assert secrets_in(text) == {link}


@pytest.mark.parametrize(
    "url",
    [
        "https://app.example.es/restablecer/7KQ2MX91PLZ3ab",
        "https://portal.example.com/verify-email/c81e2f4a9b07d4e5",
        "https://lists.example.com/unsubscribe?email=maria.lopez%40example.com",
        "https://calendar.app.google/Xq7Lm29Pw0RtKc4V",
        "webcal://p62-caldav.icloud.com/published/2/MTAxNzQ4ODI5MTAxNzQ4OIKxR9pL2",
    ],
)
def test_links_that_name_a_mailbox_or_carry_a_path_token_are_personal(url: str) -> None:
    assert personal_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/login/",
        "https://docs.example.com/invite/how-to-invite-users",
        "https://github.com/acme/widgets/commit/4e7b21c90af3d85e2c6b1f0a9d37e48c52b6a1f0",
    ],
)
def test_public_pages_and_code_host_objects_are_not_personal(url: str) -> None:
    assert not personal_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://outlook.office365.com/owa/calendar/2be91f07c4d84a6e@studio-nord.example/bookings/",
        "https://outlook.office365.com/owa/calendar/9a1c7e2f4b08/e3d5c7a9b1f2/calendar.ics",
        "webcal://p31-caldav.icloud.com/published/2/NDQ3MTIwOTM4ODEyMDQ0NzEyMDkzOEx9pQ",
        "https://support.example.com/password/reset/4b7e21c90af3d85e",
    ],
)
def test_personal_links_are_hidden_whole(url: str) -> None:
    text = f"Here you go: {url}\nsee you"
    assert covered(text, url)


def test_a_commit_on_a_code_host_is_no_token() -> None:
    text = "Fixed in https://github.com/acme/widgets/commit/4e7b21c90af3d85e2c6b1f0a9d37e48c52b6a1f0, please retest."
    assert not covered(text, "https://github.com/acme/widgets/commit/4e7b21c90af3d85e2c6b1f0a9d37e48c52b6a1f0")


@pytest.mark.parametrize(
    "url",
    [
        "https://portal.kuechenwerk.example/login/magic?sig=c8Xk2Lm7Qp4Vt9Wz1Rn6&uid=4471",
        "https://app.tallyroom.example/auth/magic?sig=Qv7Lp2Tz9Wn4Rk8Yc1Hb&user=88",
        "https://shop-admin.example/session/magic?sig=Hd3Fg0Js5Ua8Ei2Oo7Tk",
    ],
)
def test_a_magic_link_whose_secret_starts_in_its_path_is_hidden_whole(url: str) -> None:
    text = f"Magic Link zum Login, falls du es testen willst: {url}\nDanke!"
    assert covered(text, url)


def test_an_invitation_code_in_a_query_hides_the_link_and_a_share_target_stays() -> None:
    link = "https://board.pinlane.example/join?invite=Kq8vT2mXz7Lp4Wn9"
    assert covered(f"Join link (no login needed): {link}", link)
    assert not secrets_in("Share this: https://www.example-shop.com/item/42?share=facebook")


def test_a_link_whose_fragment_holds_a_token_is_hidden_whole() -> None:
    link = "https://app.fernbook.example/#access_token=Qx7mK2vLp9Tz4Wn8Rc1Yb6&token_type=bearer"
    assert covered(f"Redirected to {link}", link)
    assert not secrets_in("See https://docs.fernbook.example/guide#install-on-windows for the steps.")
