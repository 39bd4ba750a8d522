"""Names in file names and JSON values, and the look-alikes in structured places, as the dev31
split found them: a CV saved under its person's name, a people key's value written surname first;
an app posting in a chat, a team signing a Korean letter, a department in a Japanese owner column,
a traffic light under "RAG". Texts here are new, not the split's."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Attached: CV_Magdalena_Wierzbicka.pdf and the cover letter.", "Magdalena_Wierzbicka"),
        ("Saved as Bewerbung-Florian-Wechselberger-2025.docx in the folder.", "Florian-Wechselberger"),
        ('{"ticket": 4410, "bearbeiter": "Hülsmann, Friederike", "status": "offen"}', "Hülsmann, Friederike"),
        ('{"reviewed_by": "Adeyemi, Folasade"}', "Adeyemi, Folasade"),
    ],
)
def test_a_name_in_a_file_name_or_a_people_value(text: str, wanted: str) -> None:
    assert wanted in people(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Files: Job_Description_Senior_Analyst.docx, Q4_Budget_Final_v3.xlsx, Travel_Expense_Policy.pdf", "GB"),
        ('{"city": "Lyon, France", "region": "Rhône, Auvergne"}', "FR"),
        ("[07:31] Routing Bot: Route 9 delayed 15 min\n[07:33] Shiftbot: swap approved\n[07:40] Routing Bot: cleared\n", "GB"),
        ("| 作業 | 担当者 |\n|---|---|\n| 契約確認 | 法務部 |\n| 請求 | 経理課 |\n", "JP"),
        ("공지드립니다.\n\n다음 주 월요일은 휴무입니다.\n\n총무팀 드림\n", "KR"),
        ("| Workstream | RAG |\n|---|---|\n| Payroll migration | Amber |\n| New website | Green |\n", "GB"),
    ],
)
def test_look_alikes_in_structured_places_are_no_people(text: str, country: str) -> None:
    assert people(text, country) == []


def test_a_staff_list_in_capitals_written_surname_first() -> None:
    sheet = ("NRO    APELLIDO Y NOMBRE        AREA\n"
             "2201   VILLAFAÑE, CONSTANZA     Compras\n"
             "2202   ECHENIQUE PAZ, TOMÁS     Ventas\n")
    found = people(sheet, "AR")
    assert "VILLAFAÑE, CONSTANZA" in found and "ECHENIQUE PAZ, TOMÁS" in found
    assert not any("Compras" in name or "Ventas" in name for name in found)  # (a column's gap ends the name)


@pytest.mark.parametrize("line", ["SHIP TO: DENVER, CO 80202", "ORIGIN: PARIS, FRANCE", "DEPT: SALES, MARKETING"])
def test_places_and_departments_in_capitals_are_no_inverted_names(line: str) -> None:
    assert people(line + "\n", "US") == []


def test_a_department_in_a_contact_column_is_no_person() -> None:
    sheet = "Thema;Kontakt;Durchwahl\nBetriebsfeier;Betriebsrat;-410\nDienstwagen;Fuhrparkleitung;-220\nUrlaub;Gülşen Arıkan;-305\n"
    assert people(sheet, "DE") == ["Gülşen Arıkan"]
