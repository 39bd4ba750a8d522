"""Names as work text writes them: given names of every origin, honorifics before and after a
name, action-item marks, logins in commits, reviews and ticket fields, and the first name a
login is built from."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_given_names_the_old_lists_lacked_are_names() -> None:
    hidden = _hidden("Present: Chidinma Okoro, Kwabena Asare, Wanjiru Kamau\nApologies: Rohit")
    for name in ("Chidinma Okoro", "Kwabena Asare", "Wanjiru Kamau", "Rohit"):
        assert name in hidden, hidden


def test_an_everyday_word_in_the_new_list_stays_a_word() -> None:
    from desktop.core.privacy.lexicon import lexicon

    assert not lexicon().is_first_name("Sri") or lexicon().rank("Sri") >= 20_000  # (kept only when rare as a word)
    assert _hidden("The Ola app and the Li-ion battery arrived.") == []


def test_honorifics_of_more_languages_are_hidden_with_the_name() -> None:
    assert "Bwana Juma" in _hidden("Habari Bwana Juma, lori litaondoka kesho.", "TZ")
    assert "Pak Budi" in _hidden("Halo Pak Budi, barang sudah dikirim.", "ID")
    assert any("Hakan abi" in h for h in _hidden("[14:11] selin: 15:00, Hakan abi de gelecek\n[14:12] burak: tamam", "TR"))
    assert "Neha ma'am" in _hidden("Interviewer: Neha ma'am will take the final round.", "IN")


def test_an_action_item_mark_is_no_person() -> None:
    text = "Present: Chiamaka Eze, Femi\nAI: Femi to confirm trucks\nAI: Chiamaka to send the plan\n"
    hidden = _hidden(text, "NG")
    assert "AI" not in hidden and "Femi" in hidden and "Chiamaka" in hidden


def test_lowercase_standup_labels_beside_an_action_item_are_speakers() -> None:
    text = "Standup\nkemi: finished the report\narjun: on leave tomorrow, kemi covering\nAI: Kemi to send deck\n"
    hidden = _hidden(text)
    assert hidden.count("kemi") == 2 and "arjun" in hidden and "Kemi" in hidden and "AI" not in hidden


def test_a_login_in_lowercase_does_not_make_the_name_a_plain_word() -> None:
    text = "Watchers: denise.h, kwame.asante\nComment (Kwame Asante): works now"
    assert "Kwame Asante" in _hidden(text)


def test_logins_in_commits_reviews_and_ticket_fields() -> None:
    git = "commit 51ab09e3\nAuthor: magda-wrobel <magda.wrobel@tillwright.example>\n\n    Add VAT column (reported by Magda)\n"
    assert {"magda-wrobel", "Magda"} <= set(_hidden(git))
    review = "saoirse-nic-giolla commented on line 48:\n> Saoirse saw the rate limit.\n"
    assert {"saoirse-nic-giolla", "Saoirse"} <= set(_hidden(review, "IE"))
    ticket = "Ticket #55173\nBearbeiter: tschulz\n04.11. tschulz: Scanner getauscht\n"
    assert _hidden(ticket, "DE").count("tschulz") == 2


def test_services_groups_and_everyday_first_parts_are_left() -> None:
    assert _hidden("Author: deploy-bot <ci@example.com>\nAssignee: support-team\n") == []
    assert "mark" not in _hidden("Watchers: mark.jones\nPlease mark the box before Friday.")


def test_a_column_of_surnames_in_capitals_with_an_initial_is_people() -> None:
    rota = "Date,Driver,Vehicle\n04/11/2025,PATEL R,LX21 KDN\n04/11/2025,KOWALCZYK M,LX22 TGA\n"
    assert {"PATEL R", "KOWALCZYK M"} <= set(_hidden(rota))
    codes = "Date,Batch,Vehicle\n04/11/2025,PATEL R,LX21 KDN\n04/11/2025,KOWALCZYK M,LX22 TGA\n"
    assert _hidden(codes) == []  # the same cells under a column that names no people
    assert _hidden("Date,Engineer\n04/11,TEAM B\n05/11,TEAM C\n") == []  # everyday words are no surnames


def test_a_team_alone_in_a_sheet_is_no_one() -> None:
    sheet = 'name,role,team\n"Singh, Gurpreet",Agent,Billing\n"Nguyen, Bao",Agent,Billing\n'
    hidden = _hidden(sheet, "CA")
    assert "Billing" not in hidden and "Singh, Gurpreet" in hidden


def test_lowercase_chat_names_after_cues_of_more_languages_and_case_endings() -> None:
    swedish = "[10:02] oskar: har nån sett maja?\n[10:03] elin: hon är på mötet\n"
    assert "maja" in _hidden(swedish, "SE")
    turkish = "[14:10] burak: toplantı kaçta?\n[14:12] selin: tamam, zeynep'e de haber ver\n"
    assert "zeynep" in _hidden(turkish, "TR")


def test_initials_standing_for_a_person_and_their_undotted_mentions() -> None:
    chat = "[9:04] Marisol: ok I'll ask T.J. to order another\n[9:05] Jake: TJ is out till monday fyi\n"
    hidden = _hidden(chat, "US")
    assert "T.J." in hidden and "TJ" in hidden
    assert "A.K." in _hidden("Next: panel with Dr Oyelaran and A.K.")
    assert _hidden("We ship to customers in Canada and U.S. from Monday.", "US") == []


def test_a_capitalised_particle_between_a_first_name_and_a_rare_surname() -> None:
    assert "Aroha Te Rangi" in _hidden("Aroha Te Rangi called in sick, Lachlan is covering.", "NZ")


def test_an_honorific_after_the_name_in_indian_english() -> None:
    assert "Sunil sir" in _hidden("Interviewer: Neha ma'am, Sunil sir", "IN")


def test_an_abbreviated_arabic_title_is_hidden_with_the_name() -> None:
    hidden = _hidden("تم إرسال العرض إلى م. سارة الحربي، شكرا", "AE")
    assert "م. سارة الحربي" in hidden


def test_an_initial_and_a_surname_in_capitals_in_a_list() -> None:
    hidden = _hidden("Attendees: JENNIFER ALVAREZ, ROBERT CHEN, D. WASHINGTON\nSECTION A. GENERAL TERMS", "US")
    assert "D. WASHINGTON" in hidden and not any("GENERAL" in h for h in hidden)


def test_surname_comma_and_a_compound_first_name_in_a_sheet() -> None:
    sheet = 'name,email,role\n"Tremblay, Marie-Ève",me.tremblay@northpine.example,Lead\n"Nguyen, Bao",bao@northpine.example,Agent\n'
    assert "Tremblay, Marie-Ève" in _hidden(sheet, "CA")


def test_a_first_name_and_the_login_built_from_it_are_one_placeholder() -> None:
    from desktop.core.privacy import redact_text

    git = "Author: magda-wrobel <magda.wrobel@tillwright.example>\n\n    Add VAT column (reported by Magda)\n"
    spans = {s.original: s.placeholder for s in redact_text(git, country="PL").spans if s.type == "PERSON"}
    assert spans["Magda"] == spans["magda-wrobel"]
    ticket = "Reporter: Denise Harrowgate\nWatchers: denise.h, kwame.asante\n"
    spans = {s.original: s.placeholder for s in redact_text(ticket, country="US").spans if s.type == "PERSON"}
    assert spans["denise.h"] == spans["Denise Harrowgate"] != spans["kwame.asante"]
    two = "Watchers: magda.nowak, magda.wrobel\nMagda will look at it."
    spans = {s.original: s.placeholder for s in redact_text(two, country="PL").spans if s.type == "PERSON"}
    assert spans["Magda"] not in (spans["magda.nowak"], spans["magda.wrobel"])  # two Magdas: which one is unknown


def test_a_first_name_in_capitals_after_the_full_name_in_capitals() -> None:
    notes = "Attendees: JENNIFER ALVAREZ, ROBERT CHEN\n- ROBERT: quote for the office move\n- ROBERT SMITH (visitor)\n"
    hidden = _hidden(notes, "US")
    assert hidden.count("ROBERT") == 1 and "ROBERT CHEN" in hidden
