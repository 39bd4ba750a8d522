"""People in the slots of mail headers and invites that always hold one, as the dev31 split found
them missing: "Surname, Given" display names (quoted, before an address, in a reply's "wrote"
line), header keys in each language, names in scripts without capitals in header values, a
Chinese letter's greeting and closing; and the teams, mailboxes, firms and header keys these rules
must leave alone. Texts here are new, not the split's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "country", "wanted"),
    [
        ('From: "Okoro, Adaeze" <a.okoro@millbrook.example>\nSubject: rota\n\nSee attached.', "GB", ["Okoro, Adaeze"]),
        ("Cc: Lindqvist, Maja <maja.lindqvist@fjordline.example>; Facilities <facilities@fjordline.example>\n", "SE",
         ["Lindqvist, Maja"]),
        ("Am Fr., 7. Nov. 2025 um 09:12 Uhr schrieb Brückner, Hannelore <h.brueckner@ostwerk.example>:\n> Danke!", "DE",
         ["Brückner, Hannelore"]),
        ("Fra: Thorsen, Signe\nTil: Kasper Lund\nEmne: møde\n", "DK", ["Thorsen, Signe", "Kasper Lund"]),
        ("差出人: 村上 千尋 <c.murakami@kawanami.example>\n宛先: 吉川 聡; 経理部\n件名: 請求書\n", "JP", ["村上 千尋", "吉川 聡"]),
        ("发件人: 唐志远 <tang.zhiyuan@hengtai.example>\n收件人: 韩冰; 市场部\n主题: 报价\n", "CN", ["唐志远", "韩冰"]),
        ("보낸 사람: 윤하은 <hayoon@saebit.example>\n받는 사람: 장민호; 영업팀\n제목: 견적\n", "KR", ["윤하은", "장민호"]),
        ("主催者: 三浦 雅人\n必須出席者: 大野 香織、人事課\n場所: 会議室B\n", "JP", ["三浦 雅人", "大野 香織"]),
        ("子涵，你好：\n\n合同已经盖章，明天寄出。\n\n俊杰 敬上", "CN", ["子涵", "俊杰"]),
    ],
)
def test_a_header_slot_holds_a_person(text: str, country: str, wanted: list[str]) -> None:
    found = people(text, country)
    for name in wanted:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("From: Payroll Notifications <payroll@kestrelgroup.example>\nTo: All Staff <allstaff@kestrelgroup.example>\n", "GB"),
        ("De: Servicio de Atención <atencion@mueblesvera.example>\nPara: Departamento de Ventas\n", "ES"),
        ("An: Hollmann Stahlbau GmbH, Werk Süd, Einkauf\nBetreff: Lieferung\n", "DE"),
        ("宛先: 営業部; 総務課\n件名: 来週の予定\n", "JP"),
        ("받는 사람: 구매팀\n제목: 발주서\n", "KR"),
        ("大家好：\n\n明天下午三点开会，请各位准时参加。", "CN"),
    ],
)
def test_teams_mailboxes_and_firms_in_a_header_are_no_people(text: str, country: str) -> None:
    assert people(text, country) == []


@pytest.mark.parametrize("key", ["Kime", "Bilgi", "Do", "Kopia", "Komu"])
def test_a_header_key_is_no_person(key: str) -> None:
    text = f"Kimden: Selin Aksoy <selin.aksoy@karadeniz.example>\n{key}: Okan Yalçın\nKonu: sipariş\n"
    found = people(text, "TR")
    assert key not in found and "Okan Yalçın" in found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("$ du -sh /home/tkaraca/backups\n", ["tkaraca"]),
        ("Saved to /Users/liv.andersen/Desktop/offer.pdf\n", ["liv.andersen"]),
        ("C:\\Users\\Dominik.Vavra\\AppData\\Local\\Temp\\report.xlsx\n", ["Dominik.Vavra"]),
        ("drwxr-xr-x  4 hnakamura  staff   128 Nov  5 10:01 drafts\n", ["hnakamura"]),
        ("then ssh pgarrido@jumpbox-3 and restart the worker\n", ["pgarrido"]),
    ],
)
def test_a_login_in_a_path_or_listing_is_a_person(text: str, wanted: list[str]) -> None:
    found = people(text)
    for name in wanted:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    "text",
    [
        "WARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.\n",
        "GET https://api.shop.example/api/users/search?q=x 200\n",
        "- uses: actions/checkout@v4\n- uses: docker/login-action@v3\n",
        "postgresql://app:changeme@db:5432/orders via ssh tunnel\n",
        "-rw-r--r-- 1 root wheel 512 Nov  5 10:01 hosts\n",
    ],
)
def test_service_accounts_and_tool_versions_are_no_logins(text: str) -> None:
    assert people(text) == []


def test_sshd_names_the_account_tried_or_opened() -> None:
    log = ("Mar 14 06:12:40 db2 sshd[881]: Failed password for okwame from 203.0.113.40 port 40122 ssh2\n"
           "Mar 14 06:12:44 db2 sshd[881]: Failed password for invalid user oracle from 203.0.113.40 port 40122 ssh2\n"
           "Mar 14 06:13:02 db2 sshd[882]: Accepted publickey for svetlanak from 10.2.0.9 port 50211 ssh2\n")
    found = people(log)
    assert "okwame" in found and "svetlanak" in found


def test_a_department_signing_under_thanks_is_no_person() -> None:
    assert people("各位同事好，\n\n下周一办公室搬迁，请提前整理物品。\n\n谢谢\n行政部", "CN") == []
