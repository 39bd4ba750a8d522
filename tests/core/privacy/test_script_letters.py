"""Names in Georgian, Armenian, Bengali, Tamil, Persian, Urdu, Hindi, Hebrew, Arabic and Greek
placed by a letter's greeting and closing and by the grammar of a verb that takes a person, with
no name list behind them; and the same first name met again with a case ending. The words that
open such sentences ("yesterday", "please") and weekdays stay."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("ქალბატონო მანანა,\nგიგზავნით ინვოისს.", "GE", "მანანა"),
        ("ინვოისი თან ერთვის.\n\nმადლობა,\nზურაბ ლომიძე", "GE", "ზურაბ ლომიძე"),
        ("დღეს ზაზა ჯაფარიძესთან ვისაუბრე ფასებზე.", "GE", "ზაზა ჯაფარიძესთან"),
        ("Սիրելի Գոհար,\nկցված է հաշիվը։", "AM", "Գոհար"),
        ("Այսօր հանդիպեցի Վահե Մկրտչյանի հետ։ Վահեն կզանգի։", "AM", "Վահեն"),
        ("প্রিয় সুমাইয়া,\nচালান সংযুক্ত করা হলো।", "BD", "সুমাইয়া"),
        ("আজ মাহফুজ করিম এর সাথে কথা হয়েছে।", "BD", "মাহফুজ করিম"),
        ("இன்று அருண் குமார் அவர்களுடன் பேசினேன்.", "IN", "அருண் குமார்"),
        ("با مهتاب کریمی صحبت کردم.", "IR", "مهتاب کریمی"),
        ("سلام خانم صدری،\nفاکتور پیوست است.", "IR", "صدری"),
        ("آج زبیر احمد سے بات ہوئی۔", "PK", "زبیر احمد"),
        ("आज हर्षवर्धन से बात हुई।", "IN", "हर्षवर्धन"),
        ("דיברתי היום עם אלישבע גרינברג לגבי ההזמנה.", "IL", "אלישבע גרינברג"),
        ("تحدثت اليوم مع جواهر الشامسي بخصوص الفاتورة.", "AE", "جواهر الشامسي"),
        ("Η Ιφιγένεια θα στείλει την προσφορά.", "GR", "Ιφιγένεια"),
        ("Χθες μίλησα με τον Ορέστη Μαυρίδη για το έργο.", "GR", "Ορέστη Μαυρίδη"),
    ],
)
def test_names_placed_by_greetings_closings_and_grammar(text: str, country: str, name: str) -> None:
    assert any(name in found for found in people(text, country))


@pytest.mark.parametrize(
    ("text", "country", "word"),
    [
        ("გუშინ ზაზასთან ვისაუბრე.", "GE", "გუშინ"),  # yesterday
        ("کل علی سے بات ہوئی۔", "PK", "کل"),  # yesterday
        ("Η προσφορά θα σταλεί την Παρασκευή.", "GR", "Παρασκευή"),  # Friday
    ],
)
def test_words_before_or_around_a_name_stay(text: str, country: str, word: str) -> None:
    assert not any(word in found for found in people(text, country))
