"""A link that shares a file with whoever holds it (OneDrive, SharePoint, WeTransfer, MEGA,
Yandex Disk, Baidu Pan) is hidden whole; the hosts' own pages and sign-in site links stay."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    "link",
    [
        "https://contoso-my.sharepoint.com/:w:/g/personal/a_meier_contoso_de/EfQ7mX2vLp9Tz4Wn8Rc1Yb6B?e=Kd3Fg0",
        "https://1drv.ms/f/s!Ak7mX2vLp9Tz4Wn8Rc1Yb6Hd?e=Qx7mK2",
        "we.tl/t-Kq8vT2mXz7",
        "https://mega.nz/file/Xk7Lm2Vq#Qv7Lp2Tz9Wn4Rk8Yc1Hb6AxZ3Fg0Js5Ua8Ei2Oo7Tk",
        "https://disk.yandex.ru/d/Kq8vT2mXz7Lp4W",
        "https://pan.baidu.com/s/1Kq8vT2mXz7Lp4Wn9Rc",
    ],
)
def test_a_sharing_link_is_hidden_whole(link: str) -> None:
    assert covered(f"Die Unterlagen liegen hier: {link}. Bitte bis Freitag ansehen.", link)


@pytest.mark.parametrize(
    "text",
    [
        "Pricing at https://wetransfer.com/pricing and https://mega.nz/pro",
        "Our intranet: https://contoso.sharepoint.com/sites/hr/SitePages/Home.aspx",
        "Folder: https://fabrikam.sharepoint.com/:f:/r/sites/Finance2026/Shared%20Documents/Q4?csf=1&web=1",
    ],
)
def test_hosts_pages_and_sign_in_links_stay(text: str) -> None:
    assert not secrets_in(text)
