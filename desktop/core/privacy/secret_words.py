"""The word for "password" in each language the team writes, shared by every secret rule.

Each rule (a password said in a sentence, a key in a config, a question in a chat, a password in
brackets, a column of an export...) kept its own list of these words and the lists drifted apart:
a Czech "heslo" or a Turkish "şifreniz" was known to one rule and not to the next. They all read
this one list now; a rule adds only the words that are its own (a variable's "pwd", a wifi
"key").

``PASSWORD_WORDS`` are pattern fragments, matched case-free between word boundaries; each holds
its key of ``PASSWORD_KEYS`` (lower case), which a fast substring search looks for first.
"""

from __future__ import annotations

from desktop.core.privacy import text_cache

# (pattern fragment, the key it starts with): grouped by language. (A rule's window opens at a
# key, so a key is where its word starts: "mot de", not "passe".)
_WORDS: tuple[tuple[str, str], ...] = (
    ("password", "pass"),  # English, Italian
    ("passwort", "pass"), ("kennwort", "kennwort"),  # German
    ("mot de passe", "mot de"), ("mdp", "mdp"),  # French ("mot de": its window opens at "mot")
    ("contrasenya", "contrase"),  # Catalan
    ("contrase[ñn]a", "contrase"), ("clave", "clave"),  # Spanish
    ("senha", "senha"), ("palavra-passe", "palavra"),  # Portuguese
    ("wachtwoord", "wachtwoord"),  # Dutch
    ("hasł(?:o|a|em)", "hasł"), ("hasl(?:o|a|em)", "hasl"),  # Polish ("hasło", "do hasła", "hasłem")
    ("şifre(?:si|niz|n|m)?", "şifre"), ("sifre(?:si|niz|n|m)?", "sifre"),  # Turkish ("şifreniz": "your password")
    ("parola(?:s[ıi])?", "parol"),
    ("lösenord(?:et)?", "lösenord"), ("losenord(?:et)?", "losenord"),  # Swedish
    ("adgangskoden?", "adgangskode"), ("kodeord(?:et)?", "kodeord"),  # Danish
    ("passord(?:et)?", "pass"),  # Norwegian
    ("salasana(?:si|nsa|n)?", "salasana"),  # Finnish
    ("hesl(?:o|a|em)", "hesl"),  # Czech, Slovak
    ("jelsz[óo]t?", "jelsz"), ("jelszav(?:a|ad|at|át|am|unk)", "jelsz"),  # Hungarian ("a jelszót": the accusative)
    ("parol[ăa]", "parol"),  # Romanian
    ("lozink[aeu]", "lozink"),  # Croatian, Serbian, Bosnian
    ("geslo", "geslo"),  # Slovenian
    ("slapta[žz]od(?:is|į|i|žio|zio)", "slapta"),  # Lithuanian ("slaptažodį": the accusative)
    ("parole", "parol"),  # Latvian
    ("parool(?:i)?", "parool"), ("salas[õo]na", "salas"),  # Estonian
    ("парол(?:ь|я|ем|а|ата)", "парол"),  # Russian, Ukrainian, Bulgarian ("паролата": the password)
    ("κωδ[.] πρόσβασης", "κωδ. "), ("κωδικός(?: πρόσβασης)?", "κωδικ"), ("συνθηματικ(?:ό|ο)", "συνθηματικ"),  # Greek
    ("mật khẩu", "mật kh"), ("mat khau", "mat kh"),  # Vietnamese
    ("kata sandi(?:nya|mu|ku)?", "kata s"), ("kata laluan(?:nya|mu)?", "kata l"),  # Indonesian, Malay ("-nya": its)
    ("パスワード", "パスワード"), ("暗証番号", "暗証番号"), ("密码", "密码"), ("密碼", "密碼"), ("口令", "口令"),  # Japanese, Chinese
    ("비밀번호", "비밀번호"), ("비번", "비번"), ("암호", "암호"),  # Korean
    ("كلمة (?:ال)?(?:مرور|سر)", "كلمة"),  # Arabic ("kalimat al-murur", "kalimat al-sirr")
    ("पासवर्ड", "पासवर्ड"),  # Hindi
    ("סיסמ[הא]", "סיסמ"), ("הסיסמ[הא]", "הסיסמ"),  # Hebrew ("the password": the article is a letter of the word)
    ("رمز عبور", "رمز ع"),  # Persian
    ("รหัสผ่าน", "รหัสผ่าน"),  # Thai
    # the wifi key as a device's settings screen names it ("Clé de sécurité réseau", "Network security key")
    ("network security key", "network s"), ("cl[ée] de s[ée]curit[ée] (?:du )?r[ée]seau", "clé de s"),
    ("cle de s[ée]curit[ée] (?:du )?r[ée]seau", "cle de s"), ("netzwerkschl[üu]ssel", "netzwerkschl"),
    ("netwerkbeveiligingssleutel", "netwerkbev"), ("clave de seguridad de (?:la )?red", "clave"),
    ("chiave di sicurezza (?:della |di )rete", "chiave di s"), ("klucz zabezpiecze[ńn] sieci", "klucz zab"),
    ("chave de seguran[çc]a da rede", "chave de s"), ("ağ güvenlik anahtarı", "ağ güv"),
    # an API's secret key as settings screens name it ("Clé secrète : ...", "Geheimer Schlüssel: ...")
    ("cl[ée] secr[èe]te", "clé s"), ("cle secr[èe]te", "cle s"), ("chiave segreta", "chiave s"), ("chave secreta", "chave s"),
    ("geheimer schl[üu]ssel", "geheimer s"), ("geheime sleutel", "geheime s"), ("klucz tajny", "klucz t"),
    ("gizli anahtar", "gizli a"),
    # the word as a screenshot's text recognition misreads it ("Passw0rd:", "Pa55word")
    ("passw0rd", "passw0rd"), ("pa55w[o0]rd", "pa55"),
)
PASSWORD_WORDS: tuple[str, ...] = tuple(word for word, _key in _WORDS)
PASSWORD_KEYS: tuple[str, ...] = tuple(dict.fromkeys(key for _word, key in _WORDS))


def _forms(fragment: str) -> set[str]:
    """Every word a fragment of ``_WORDS`` matches: its patterns use only letters, "[ab]",
    "(?:a|b)" and a "?" after one of these (or after a letter)."""
    words = {""}
    i = 0
    while i < len(fragment):
        if fragment.startswith("(?:", i):
            depth, j = 1, i + 3
            while depth:
                depth += {"(": 1, ")": -1}.get(fragment[j], 0)
                j += 1
            inner = fragment[i + 3 : j - 1]
            parts, depth, start = [], 0, 0
            for k, ch in enumerate(inner):
                depth += {"(": 1, ")": -1}.get(ch, 0)
                if ch == "|" and depth == 0:
                    parts.append(inner[start:k])
                    start = k + 1
            choices = set().union(*(_forms(part) for part in [*parts, inner[start:]]))
        elif fragment[i] == "[":
            j = fragment.index("]", i) + 1
            choices = set(fragment[i + 1 : j - 1])
        else:
            j = i + 1
            choices = {fragment[i]}
        if fragment.startswith("?", j):
            choices.add("")
            j += 1
        words = {w + c for w in words for c in choices}
        i = j
    return words


# The same words written out, each form of each ("hasło", "hasła", "şifreniz", "lösenordet"):
# for the rules that look a single word up in a set instead of matching a pattern.
PASSWORD_FORMS: frozenset[str] = frozenset(form for word in PASSWORD_WORDS for form in _forms(word))
# Words for a code that label a secret as a password word does ("Kod PIN: ...", "Codice: ...").
CODE_LABELS: frozenset[str] = frozenset({"kod", "codice", "código", "codigo", "passcode", "digicode", "kenncode"})
# The short labels of a credential on a form's line ("Pin: 1234", "Token: ...", "API: ...").
SHORT_LABELS: frozenset[str] = frozenset({"key", "pin", "pass", "pwd", "pw", "token", "secret", "code", "nip", "puk", "otp", "api", "apikey"})
CREDENTIAL_WORDS: frozenset[str] = PASSWORD_FORMS | CODE_LABELS | SHORT_LABELS


def password_words(*extra: str) -> str:
    """The shared words and a rule's own ``extra`` ones as one group, longest first (so that
    "passwort" is not cut to "pass")."""
    words = sorted({*PASSWORD_WORDS, *extra}, key=lambda word: (-len(word), word))
    return "(?:" + "|".join(words) + ")"


def password_keys(*extra: str) -> tuple[str, ...]:
    """The substrings a fast scan looks for: the shared ones and a rule's own."""
    return tuple(dict.fromkeys((*PASSWORD_KEYS, *extra)))


def present_keys(lower: str, *extra: str) -> tuple[str, ...]:
    """The shared keys that may be in ``lower`` (a lowercased text) and a rule's own ``extra``.

    Each rule's windows open at these keys: which of them the text holds is worked out once for
    the text being checked (on its distinct words), not again by each rule."""
    memo = text_cache.text_memo(lower)  # (dropped with the text's other memos after the check)
    found = memo.get("password_keys")
    if found is None:
        found = memo["password_keys"] = tuple(text_cache.present_keys(lower, PASSWORD_KEYS))
    return (*found, *extra)


def present_words(lower: str) -> tuple[str, ...]:
    """The shared words whose key ``lower`` may hold: a rule's pattern need not try the others."""
    keys = set(present_keys(lower))
    return tuple(word for word, key in _WORDS if key in keys)


# What a code is for when it is no secret: a chat that asks for "the product code?", "el código
# del cliente?", "cost centre code?" is answered with a business number, not a PIN. (A pattern
# fragment, matched case-free on the asking line.)
BUSINESS_CODES = (
    r"promo|discount|voucher|coupon|gift|rabatt|gutschein|zip|postal|postcode|post ?code|postleit|error|fehler|status|"
    r"order|bestell|tracking|\btax|vat\b|steuer|sort|swift|\bbic\b|iban|area|country|language|dress|"
    r"product|produkt|produit|producto|prodotto|ürün|urun|article|artikel|art[ií]culo|articolo|\bitem|\bpart\b|sku|\bean\b|\bhs\b|"
    r"project|projekt|projet|proyecto|progetto|course|kurs\b|cours\b|curso|corso|\bcost|kosten|centre|center|"
    r"booking|buchung|reservation|reserva|reference|referenz|r[ée]f[ée]rence|referencia|customer|client|kunden|klant|"
    r"branch|filiale|sipari[şs]|vergi|\bcount\b|colou?r|style|source|review|\bqr\b|barcode|invoice|rechnung|facture|factura|fattura|factuur|faktura"
)


# A verb saying a password or a code was changed to a new value ("changed to", "veranderd in",
# "zmienione na"), for the rules that join a word to its value.
CHANGED_TO = (
    r"(?:(?:was|has been|been|is|got|were)[ \t]+)?(?:changed|updated|reset|set)[ \t]+to|(?:veranderd|gewijzigd)[ \t]+(?:in|naar)|"
    r"ge[äa]ndert[ \t]+(?:auf|in|zu)|(?:chang[ée]|modifi[ée])e?s?[ \t]+(?:en|pour)|cambiad[oa][ \t]+a|cambiat[oa][ \t]+(?:in|a)|"
    r"alterad[oa][ \t]+para|mudad[oa][ \t]+para|zmienion[eya][ \t]+na|[äa]ndrad[ \t]+till|endret[ \t]+til|[æa]ndret[ \t]+til|"
    r"vaihdettu|vaihtui|(?:s-a[ \t]+)?schimbat[ăa]?[ \t]+[îi]n|diganti[ \t]+(?:jadi|menjadi|ke)|diubah[ \t]+(?:jadi|menjadi|ke)"
)


def value_kinds(value: str) -> tuple[bool, bool, bool, bool]:
    """Whether ``value`` holds letters, digits, a symbol (neither) and both cases: what the password
    rules tell a password from a word, a number or a name by."""
    return (any(c.isalpha() for c in value), any(c.isdigit() for c in value), any(not c.isalnum() for c in value),
            any(c.isupper() for c in value) and any(c.islower() for c in value))
