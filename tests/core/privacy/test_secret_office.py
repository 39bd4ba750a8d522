"""An office's shared codes and passwords in the forms notes, phone logs, onboarding mails and
typed-out screenshots write them are hidden: copier, printer and alarm codes, code words given on
the phone, passwords after a qualifying word or several words on, a password alone under its word;
error and model numbers, plain words, versions, hashes and placeholders stay."""

from __future__ import annotations

import pytest

from tests.helpers.redaction import covered, secrets_in


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # copier, printer and alarm codes
        ("Copier (Ricoh, 2nd floor): department code 40517, then press Start", "40517"),
        ("For the copier please type 6620 and press OK", "6620"),
        ("Alarm: just type 8812 at the door", "8812"),
        ("Kopierer Konica: Abteilungscode 3377 eingeben, dann Kopieren.", "3377"),
        ("Photocopieur du 1er : code utilisateur 2741", "2741"),
        ("Fotocopiatrice Kyocera – codice reparto 1182", "1182"),
        ("La fotocopiadora de recepción pide el código de departamento 2290.", "2290"),
        ("Alarmanlage Eingang: Scharf/unscharf mit Code 19 62 und Taste #", "19 62"),
        ("Allarme magazzino: per disinserire digitare 5 0 4 7 entro 30 secondi", "5 0 4 7"),
        ("Alarm system: to switch off key in 7 3 1 9 and press OFF.", "7 3 1 9"),
        ("Riasztó a raktárban: kód 5128, utána a gomb.", "5128"),
        ("Kopiorka na 2. piętrze – kod użytkownika 5521, potem zielony przycisk.", "5521"),
        ("Alarmkode til lageret: slå 4 4 1 9 og tryk OFF", "4 4 1 9"),
        ("Larmet: ange koden 6603 och tryck på bocken.", "6603"),
        # code words and passwords given on the phone
        ('Verified him with the code word he set at onboarding, he said "marmalade kettle" on the phone.', "marmalade kettle"),
        ('Phone banking: the passphrase I gave on the phone was "silver badger".', "silver badger"),
        ("Hat sich mit dem Kennwort am Telefon ausgewiesen: Zitronenfalter", "Zitronenfalter"),
        ("Rückruf: Telefonkennwort am Telefon genannt: Schwalbennest", "Schwalbennest"),
        ("La cliente a donné son mot de passe téléphonique : girafe bleue, identité confirmée.", "girafe bleue"),
        ("Alarmcentralen ringer: oppgi kodeordet Fjellrev på telefonen.", "Fjellrev"),
        ("Bei Anruf der Bank das Kennwort Seeadler am Telefon nennen.", "Seeadler"),
        # a password after a qualifying word and a gap, or several words on
        ("مرحباً، رمز الدخول المؤقت الخاص بك   Falafel#2026", "Falafel#2026"),
        ("اسم المستخدم: f.alqahtani\nوكلمة المرور المؤقتة   Rwatib!4471", "Rwatib!4471"),
        ("والباسورد الجديد   Nakheel#2026", "Nakheel#2026"),
        ("והסיסמה הזמנית   Zayit!771", "Zayit!771"),
        ("Tài khoản: tuan.nv, mật khẩu tạm thời PhoBo@2026. Vui lòng đổi.", "PhoBo@2026"),
        ("- Webbshoppens admin: användare butik, lösen Kanelbulle#88", "Kanelbulle#88"),
        ('Wifi: netwerk "Kantoor-Boven", de sleutel staat niet op de router maar is Stroopwafel#5521', "Stroopwafel#5521"),
        ("Il wifi si chiama Ufficio-1, la chiave non è quella sul router ma è Cornetto#2026", "Cornetto#2026"),
        ("WLAN im Lager: Netz Lager-EG, der Schlüssel steht auf der Rückseite, er ist Gabelstapler!19", "Gabelstapler!19"),
        ("Makabidhiano: nenosiri la mfumo wa hesabu ni Chapati#2026", "Chapati#2026"),
        # a typed-out screenshot
        ("Settings > Wi-Fi > Network details\nNetwork: HOLLOWAY-HOME\nPassword\nMaple!Syrup!2020\nShare password", "Maple!Syrup!2020"),
        ("Screenshot typed out:\nPasswort\nBergwerk#2026!", "Bergwerk#2026!"),
    ],
)
def test_office_codes_and_passwords_are_hidden(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Printer shows error code 502 after the update, model 4410, firmware 2.14.",
        "Copier Ricoh MP type 4054 in room 12 needs toner.",
        "Printer type 2045 is out of toner again.",
        "Drucker zeigt Fehlercode 3311, Servicetechniker kommt Montag.",
        "Copier error: code 0087 means paper jam.",
        "Drucker: Fehler, Code 4410 im Display",
        "The alarm went off at 0345, code red, call the office.",
        "Printer model: MP C3004, firmware 2.14, serial 2KX04417",
        "password hash 4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce",
        "Password policy v2.1-rc applies, passwords expire after 90 days.",
        "The key is on the desk, wifi network is Gast-Netz, version 4.18.2.",
        "API key for the staging server is in the vault: see ticket OPS-2291.",
        "Password\n<your-password>",
        'He said on the phone the password "is fine", no change needed.',
        "Call me on the phone about the password reset, it is urgent.",
        "Please change your Password on the phone app under Settings.",
        "رمز المنتج في الكتالوج هو AB-2291 للطلب",
        "Action : mot de passe AD réinitialisé, certificat renouvelé (empreinte SHA-1 9c:41:7b:2e:0d:aa:53:18:66:f0:3c:27)",
        "Wi-Fi key rotated, the access point's MAC is now 3C-52-82-1A-7F-09 and firmware 6.2.1.",
    ],
)
def test_numbers_words_and_placeholders_stay(text: str) -> None:
    assert not secrets_in(text)
