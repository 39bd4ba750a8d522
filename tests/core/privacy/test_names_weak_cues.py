"""Names with little or no cue around them: the same name in its own script in the bracket after
it, a particle surname met again with its particle capitalised, handles of an initial glued to a
surname and logins with digits, a listed surname opening a sentence or a list line, a chat
speaker named with an everyday word or a header key, and a speaker thanked in another language."""

from __future__ import annotations

from desktop.core.privacy import redact_text


def _people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


def test_a_name_in_its_own_script_in_the_bracket_after_it_is_the_same_person() -> None:
    assert "सुनीता राव" in _people("Decorator: Sunita Rao (सुनीता राव), booked for the 14th.", "IN")
    assert "สมชาย วงศ์สกุล" in _people("The agent is Somchai Wongsakul (สมชาย วงศ์สกุล). He prefers LINE.", "TH")
    assert "نادية رحمن" in _people("I called Nadia Rahman (نادية رحمن on her card) about the menu.", "GB")
    assert "高橋健二" in _people("Our host will be Takahashi Kenji (高橋健二), plant manager.", "JP")


def test_a_bracket_in_another_script_after_a_firm_or_a_place_is_left() -> None:
    people = _people("Our office at Acme GmbH (Москва) and the plant in Osaka (大阪) open on Monday.", "DE")
    assert not any(p in ("Москва", "大阪") for p in people)


def test_a_particle_surname_is_the_same_person_with_its_particle_capitalised() -> None:
    text = "Asistentes: Lucía Ortega, Marta de la Fuente, Raúl Sanz\nDe la Fuente pide que se incluya el transporte."
    assert "De la Fuente" in _people(text, "ES")
    text = "Presenti: Giovanni Ferraro, Paolo Di Stefano\nIl presidente apre la seduta. Di Stefano illustra il bilancio."
    assert _people(text, "IT").count("Di Stefano") == 1


def test_a_handle_of_an_initial_glued_to_a_surname_or_with_digits_is_a_person() -> None:
    people = _people("**Assignees:** @lwalsh\n> can you look? ping @mrossi82 and @j.dupont2 before Friday", "US")
    assert {"lwalsh", "mrossi82", "j.dupont2"} <= set(people)


def test_handles_of_words_products_and_groups_are_left() -> None:
    assert not _people("cc @gmail @sales2 @xbox360 @python3 @web01 @here about the release", "US")


def test_a_listed_surname_opening_a_sentence_or_a_list_line_is_a_person() -> None:
    assert "Korhonen" in _people("Hei Aino,\n\nKorhonen huomasi virheen laskussa. Korjaan sen huomenna.", "FI")
    people = _people("Päivystysvuorot joulukuu\nKorpela ma–ke\nNieminen viikonloppu\nTóth – szerda", "FI")
    assert {"Korpela", "Nieminen"} <= set(people)


def test_a_surname_like_word_before_a_preposition_or_a_greeting_is_left() -> None:
    assert not _people("Ponto de situação obras: o centro comercial fecha a ala norte.", "PT")
    assert not _people("Halo tim,\nRapat dipindah ke hari Kamis.", "ID")
    assert "Stant" not in _people("Fuara 18 m² stantla katılıyoruz. Stant numarası: 9B-214.", "TR")


def test_a_lowercase_speaker_named_like_a_header_key_speaks() -> None:
    text = "fra: raga chi ha il preventivo?\nale: io, lo mando ora\nfra: grazie ale\nale: ok"
    assert _people(text, "IT").count("fra") == 2
    text = "jan: goeiemorgen, de rekening is betaald\nan: super. het contract is getekend\njan: top, tot morgen"
    assert {"jan", "an"} <= set(_people(text, "BE"))


def test_a_capitalised_mail_header_is_still_no_speaker() -> None:
    text = "Fra: Ole Hansen\nTil: Kari Berg\nEmne: Faktura\n\nHei Kari, se vedlegg."
    assert "Fra" not in _people(text, "NO")


def test_a_speaker_named_with_a_frequent_word_is_thanked_in_other_languages() -> None:
    text = "vale: chi chiama il cliente oggi?\nluca: io, dopo pranzo\nvale: grazie luca. ok\nluca: viste"
    assert _people(text, "IT").count("luca") == 3


def test_a_surname_or_a_login_beside_a_personal_papers_word_in_a_file_name_is_a_person() -> None:
    people = _people("Attachments: NDA-Whitfield-2026.pdf, hkowalski_timesheet_nov.xlsx, Zeugnisse_Okoye.pdf", "US")
    assert {"Whitfield", "hkowalski", "Okoye"} <= set(people)


def test_a_blank_papers_file_name_names_nobody() -> None:
    assert not _people("Attachments: nda_template.docx, offer_final_v2.pdf, Timesheet_Vorlage.xlsx", "DE")


def test_a_short_census_word_or_a_firms_first_word_opening_a_sentence_is_left() -> None:
    assert not _people("Pode enviar a fatura até sexta? Obrigado.", "BR")
    text = "Attendees from Whitaker Brothers Moving and Hollis LLP.\n- Whitaker will send the revised quote by Thursday"
    assert "Whitaker" not in _people(text, "US")


def test_a_lowercase_roll_call_after_a_key_of_people_names_each_person() -> None:
    people = _people("Team lunch RSVPs\n\nComing: mike, jen, carlos, ashley\nNot coming: brandon (out sick)\n", "US")
    assert {"mike", "jen", "carlos", "ashley", "brandon"} <= set(people)


def test_lowercase_words_after_other_keys_are_no_roll_call() -> None:
    from desktop.core.privacy.name_roll_calls import roll_call_names

    text = "tags: rose, lily, jasmine\nflavours: vanilla, mango, lime\nComing: soon, maybe, later\n"
    assert roll_call_names(text) == []


def test_a_greek_name_word_among_those_present_is_the_same_person_alone() -> None:
    people = _people("Παρόντες: Νίκος Αντωνίου, Μαρία Κωνσταντίνου\nΜίλησα με τον Αντωνίου. Ο Νίκος θα στείλει.", "GR")
    assert {"Αντωνίου", "Νίκος"} <= set(people)


def test_an_arabic_given_name_takes_its_family_name_after_it() -> None:
    people = _people("الأستاذ خالد العتيبي سيحضر الاجتماع مع سارة الحربي غدا.", "AE")
    assert {"خالد العتيبي", "سارة الحربي"} <= set(people)


def test_a_surname_after_a_notes_date_and_a_dash_opens_its_line() -> None:
    text = "02.12 – Prosi o kontakt z Krzysztofem Malinowskim.\n03.12 – Malinowski potwierdził zamówienie."
    assert "Malinowski" in _people(text, "PL")


def test_two_surnames_joined_by_i_or_y_are_one_name_and_two_people_stay_two() -> None:
    assert "Jordi Puig i Ferrer" in _people("Assistents: Jordi Puig i Ferrer, Núria Soler, Pere Vilaseca", "ES")
    people = _people("Reunião com Marta Pérez e Ana amanhã.", "BR")
    assert "Marta Pérez" in people and "Ana" in people


def test_a_numbered_login_of_an_initial_and_a_short_surname_is_a_person() -> None:
    assert "jdoe42" in _people("# CODEOWNERS\n/billing/  @grace-okafor @jdoe42\n/docs/ @docs-team", "US")
    assert not _people("builds on @web01 @node18 @ubuntu22 @win10 @covid19 @qa01 before release", "US")
