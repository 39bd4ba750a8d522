"""Names the lists hold least, placed by the shape of the document around them: Chinese and Korean
two-character family names, Japanese family names of three or four characters before an
honorific, a chat whose speakers mix a lowercase name and a full name, Thai names after "คุณ" and
under a closing, and romanised Arabic names ending in "al-..." after "bin"."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def people(text: str, country: str) -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("昨天和慕容雪晴开会，雪晴说下周给报价。", "CN", "慕容雪晴"),
        ("昨天和慕容雪晴开会，雪晴说下周给报价。", "CN", "雪晴"),
        ("请联系皇甫文博。", "CN", "皇甫文博"),
        ("제갈윤서 대리에게 전달 부탁드립니다.", "KR", "제갈윤서"),
        ("先日、小比類巻さんから連絡がありました。", "JP", "小比類巻"),
        ("資料を添付いたします。\nよろしくお願いいたします。\n三ノ宮 蒼", "JP", "三ノ宮 蒼"),
        ("mikee: nasa office na ba si boss?\nAnalyn Dizon: wala pa\nmikee: sige text ko siya\nAnalyn Dizon: ok", "PH", "mikee"),
        ("ได้คุยกับคุณอรวรรณเมื่อวานแล้ว", "TH", "อรวรรณ"),
        ("ขอบคุณครับ\nธีรภัทร ใจดี", "TH", "ธีรภัทร ใจดี"),
        ("Contact: Pham Thi Thu Trang (buyer). Thu Trang prefers Zalo calls.", "VN", "Thu Trang"),
        ("Our host was Mansour bin Khalid al-Dosari from the Riyadh office.", "SA", "Mansour bin Khalid al-Dosari"),
    ],
)
def test_names_placed_by_their_shape_and_the_document(text: str, country: str, name: str) -> None:
    assert any(name in found for found in people(text, country))


@pytest.mark.parametrize(
    ("text", "country", "word"),
    [
        ("我们订了东方航空的机票。", "CN", "东方航空"),  # an airline
        ("ขอบคุณครับ", "TH", "ครับ"),  # "thank you": no Khun in it
        ("Zamówienie jest u Kowalczyka.", "PL", "u Kowalczyka"),  # Polish "at", no Burmese title
        ("The Grace Hopper Award shortlist goes out on Friday.", "US", "Grace Hopper"),  # an award
        ("Gudang baru kami di Jalan Gatot Subroto sudah siap.", "ID", "Jalan Gatot Subroto"),  # a street
        ("Kho mới ở đường Nguyễn Huệ, gần chợ Bến Thành.", "VN", "Nguyễn Huệ"),  # a street
        ("Trucks queue at the Kwame Nkrumah Bridge every morning.", "GH", "Kwame Nkrumah"),  # a bridge
    ],
)
def test_the_look_alikes_stay_or_stay_out_of_the_name(text: str, country: str, word: str) -> None:
    assert word not in people(text, country)
