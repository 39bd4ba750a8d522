"""The words that label a field, in the languages and scripts of the team: "Name:", "Kunde",
"氏名", a "phone" column. Read by the layout rules (key: value lines, tables), by chat speakers
(a label is no speaker) and by the name rules (a label is no name).
"""

from __future__ import annotations

from functools import cache, lru_cache

from desktop.core.privacy.fastscan import lazy_re
from desktop.core.privacy.word_lists import derived

CJK = lazy_re(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0900-\u097f]")  # and Devanagari: no capitals

_KEYS_BY_TYPE = {
    "PERSON": """name|full name|fullname|first|first name|firstname|last|last name|lastname|surname|given name|
        family name|middle name|display name|contact|contact name|contact person|customer|customer name|client|
        client name|forename|forenames|given names|christian name|account holder|holder|patient|employee|applicant|candidate|requester|requested by|reporter|
        reported by|raised by|assignee|lead|manager|line manager|account manager|accountmanager|vorgesetzter|vorgesetzte|
        apellido paterno|apellido materno|primer apellido|segundo apellido|father's name|mother's name|father name|mother name|spouse|
        next of kin|emergency contact|bill to|attn|birth name|name at birth|maiden name|geburtsname|nom de naissance|
        nom de jeune fille|nazwisko rodowe|rodné příjmení|rodné priezvisko|születési név|apellido de soltera|vorname|nachname|kunde|kundin|ansprechpartner|ansprechpartnerin|
        kontakt|kontoinhaber|kontoinhaberin|meldender|meldende|melder|melderin|antragsteller|mitarbeiter|an|naam|voornaam|
        achternaam|klant|contactpersoon|rekeninghouder|nom|prénom|prenom|nom complet|demandeur|demandeuse|
        titulaire|interlocuteur|nombre|apellido|apellidos|nombre completo|solicitante|titular|contacto|nome|
        cognome|nome completo|intestato a|intestatario|referente|cliente|klient|klientka|imię|imie|nazwisko|
        imię i nazwisko|ad|soyad|ad soyad|adı soyadı|adi soyadi|isim|aday|müşteri|musteri|yetkili|namn|förnamn|
        efternamn|kund|kontaktperson|姓名|名字|客户|顾客|联系人|氏名|名前|お名前|担当|担当者|이름|성명|고객|담당자|
        नाम|ग्राहक|客户姓名|收件人|收货人|户名|戶名|账户名|名義|口座名義|受取人|고객명|성함|예금주|
        客戶|顧客|聯絡人|收件者|フリガナ|ふりがな|カナ|氏名カナ|клиент|клієнт|фио|піб|имя|фамилия|العميل|الاسم|
        příjmení|jméno|jméno a příjmení|priezvisko|meno a priezvisko|vezetéknév|keresztnév|utónév|nume|prenume|prezime|
        ime i prezime|ime in priimek|priimek|презиме|отчество|прізвище|ім'я|по батькові|sukunimi|etunimi|etunimet|
        efternavn|fornavn|etternavn|mellomnavn|voornamen|vornamen|prénoms|nomi|cognomi|nombres|sobrenome|nomes|
        other names|other name|middle names|επώνυμο|όνομα|επωνυμο|ονομα|soyadı|pavardė|vardas|uzvārds|vārds|perekonnanimi|eesnimi|
        passenger|passenger name|traveller|traveler|guest name|visitor|visitor name|besucher|besucherin|staff name""",
    "EMAIL": "email|e-mail|mail|email address|e-mail address|e-post|epost|correo|courriel|posta elettronica|"
    "邮箱|电子邮件|メール|이메일",
    "PHONE": """phone|phone number|telephone|tel|tel no|tel nr|mobile|mobile number|mobile no|mob|cell|cell phone|
        cellphone|contact number|fax|whatsapp|direct line|home phone|work phone|telefon|telefonnummer|handy|
        mobil|mobilnummer|telefoon|telefoonnummer|mobiel|gsm|téléphone|telephone|portable|tél|tel portable|
        teléfono|telefono|móvil|movil|celular|cellulare|cell|telefone|telemóvel|telemovel|telefon numarası|
        cep|cep telefonu|tlf|电话|手机|電話|携帯|携帯電話|전화|전화번호|휴대폰|연락처|मोबाइल|फ़ोन|फोन|联系电话|
        联系方式|手机号|手机号码|电话号码|お電話|電話番号|携帯番号|직통|휴대전화""",
    "ADDRESS": """address|home address|postal address|mailing address|street|street address|home|postal|
        postcode|post code|zip|zip code|zipcode|postal code|postal_code|adresse|anschrift|wohnort|plz|adres|
        woonadres|postcode|code postal|dirección|direccion|domicilio|código postal|indirizzo|cap|endereço|
        endereco|morada|cep|adress|postadress|adres bilgisi|地址|住址|住所|주소|पता|адрес|адреса|العنوان|địa chỉ|home postcode|home post code|
        home zip|postcode home|code postal|cod postal|codigo postal|kod pocztowy|posta kodu|postnummer|pincode|
        pin code|eircode|ship to street|street1|street 1|address1|address 1|address line 1|address line1|
        strasse|straße|ulica|送货地址|收货地址|お届け先|ご住所|배송지|domicile|adresse postale|adres zameldowania|current address|shipping address|
        ship to|deliver to|delivery address|lieferadresse|rechnungsadresse|
        line1|line2|address2|address 2|address line 2|address line2|street2|street 2|addr|addr2|apt|apartment|
        plz/ort|plz / ort|plz und ort|cp / ville|code postal / ville|cap / città|postcode / plaats|postcode en plaats|
        kod pocztowy i miejscowość|postnr|postnr./sted|postnr/sted|postnr. og sted|postnummer og sted|
        postnummer/ort|postnummer och ort|postinumero|postinumero ja toimipaikka|cep / cidade|nowy adres|yeni adres|
        cp|c.p.|gateadresse|postadresse|gatuadress|bostadsadress|katuosoite|lähiosoite|vejnavn|husnummer|huisnummer|
        hausnummer|hausnr|numero civico|unit no|flat no|street no|street number|house no|house number|
        building no|apt no|apartment no|street name|straßenname|piso|depto|departamento|
        núm ext|num ext|núm int|num int|lgh|lägenhet|leilighet|huoneisto|stiege|straat|straatnaam|
        logradouro|complemento|nr domu|numer domu|nr mieszkania|huisnr|husnr|street address line 1|郵便番号|邮编|邮政编码|우편번호|郵遞區號|
        correspondence|correspondence address|address for correspondence|digital address|gps address|ghanapost gps|
        индекс|почтовый индекс|поштовий індекс|індекс|irányítószám|iranyitoszam|psč|postal index|
        cím|lakcím|lakcim|lakóhely|lakohely|οδός|οδος|διεύθυνση|διευθυνση|τκ|τ.κ.|ταχυδρομικός κώδικας|adresas|
        pašto kodas|adrese|pasta indekss|aadress|postiindeks|kodepos|kode pos|alamat|residenza|trvalý pobyt|
        trvaly pobyt|adresa|adresa pobytu|trvalé bydlisko|domiciliu|utdelningsadress|rue|straße nr|strasse nr|
        ulice|ulice a č.p.|adresa bydliště""",
    # Towns and states: a person's only next to the rest of an address (the town column of a list of
    # branches is no one's); see _PLACE_REACH.
    "PLACE": """city|town|state|county|province|region|ville|ciudad|localidad|provincia|stadt|ort|comune|città|
        citta|cidade|estado|miasto|województwo|wojewodztwo|şehir|sehir|il|ilçe|ilce|stad|plaats|woonplaats|
        postort|kommun|城市|都道府県|poststed|postitoimipaikka|miejscowość|localité|località|localidade|suburb|
        locality|district|neighbourhood|neighborhood|colonia|col|barrio|bairro|quartier|ortsteil|dzielnica|
        mahalle|mah|kommune|kunta|obec|alcaldía|alcaldia|municipio|município|delegación|town/city|city/town|
        población|poblacion|address locality|address region|locality name|by|postdistrikt|toimipaikka|város|varos|город|місто|obec/město|město|
        település|telepules|helység|πόλη|πολη|περιοχή|miestas|pilsēta|linn|sted|kota|kecamatan|kelurahan|
        kabupaten|provinsi|localite|plz ort|cap città|postnr sted|commune|gemeente|deelgemeente|woonplaats/gemeente""",
    "DOB": """dob|d.o.b|ur.|nar.|dát. nar.|dat. nar.|д.р.|ημ. γεν.|date of birth|birth date|birthdate|birthday|born|geburtsdatum|geb|geboren|geboren am|
        geboortedatum|date de naissance|né le|née le|fecha de nacimiento|data di nascita|data de nascimento|
        doğum tarihi|dogum tarihi|data urodzenia|data ur|födelsedatum|nascimento|data nasc|nacimiento|
        生日|出生日期|生年月日|생년월일|जन्म तिथि|data nascita|fecha nacimiento|fecha nac|data nascimento|
        date naissance|date naiss.|date de naiss.|date naiss|naiss.|geb datum|birth date|dob date|dogum tarihi|doğum tarihi|fodelsedatum|geboorte datum|
        syntymäaika|syntymaaika|syntymäpäivä|datum narození|datum narozeni|data nașterii|data naşterii|data nasterii|
        születési dátum|születési idő|szuletesi datum|fødselsdato|født|fødselsdag|födelsedag|jammadin|जन्मतिथि|
        出生年月|出生年月日|생일|fecha nac.|birthdate (dd/mm/yyyy)|dateofbirth|geburtsdatum|fechanacimiento|
        geb. datum|geb.datum|né(e) le|ne(e) le|né(e)|date of birth (dd/mm/yyyy)|f nacimiento|f. nacimiento|f. nac|
        fec. nac|fecha de nac|data de nasc|dt nasc|dt. nascimento|d. tarihi|d.tarihi|doğum tarihi (gg.aa.yyyy)|
        дата рождения|дата народження|дата на раждане|датум рођења|datum rođenja|datum rodjenja|dátum narodenia|datum rojstva|
        ημερομηνία γέννησης|ημ. γέννησης|fæðingardagur|sünniaeg|sünnikuupäev|gimimo data|dzimšanas datums|
        geb.-dat.|geb. dat.|geb.dat.|gebdat|f_nac|f. nac.|fec. nac.|fecha nac.|f. nasc.|dt. nasc.|datum rođ.|dat. rođ.|datum rođ|
        dat. rođenja|dzim.|dzim. datums|출생|출생일|출생일자|出生|出生年月|誕生日|fødd|fødselsdag|syntymäp.|synt. aika|szül. idő|szül. dátum|
        تاريخ الميلاد|تاريخ ميلاد|תאריך לידה|tanggal lahir|tgl lahir|tgl. lahir|tempat/tanggal lahir|tarikh lahir|
        ngày sinh|ngày tháng năm sinh|năm sinh|วันเกิด|วันเดือนปีเกิด|petsa ng kapanganakan|tarehe ya kuzaliwa|
        nato il|nata il|nato/a il|nato/a|data di nascita (gg/mm/aaaa)|تاریخ تولد|تاريخ التولد|doğum t.|fecha de nac.""",
    # Labels of fields that hold nothing personal, or a value another rule checks: named here so
    # that a form in a script without capitals is not read as a chat, nor its labels as names.
    # National ID numbers: a column or key named so is hidden whatever its checksum says.
    "NATIONAL_ID": """ssn|social security number|social security no|tfn|tax file number|sin number|social insurance number|
        nino|ni number|ni no|national insurance number|pesel|bsn|burgerservicenummer|dni|nie|cpf|aadhaar|aadhaar no|
        pan number|pan no|tckn|tc kimlik no|t.c. kimlik no|kimlik no|personnummer|personnr|ppsn|pps no|pps number|ahv|ahv nr|
        ahv-nr|steuer-id|steuer id|steuerid|steuer-idnr|codice fiscale|national id|national id number|id number|
        passport|passport no|passport number|nhs number|nhs no|henkilötunnus|cpr|cpr-nr|fødselsnummer|rodné číslo|cnp|
        oib|emšo|emso|jmbg|јмбг|ембг|егн|egn|rrn|nik|nric|nric/fin|nric no|curp|rut|run|cuil|cuit|nif|rg|svnr|sv-nr|
        amka|αμκα|αφμ|afm|α.μ.κ.α.|tckn|tc no|t.c. no|hetu|kennitala|ppsn|pps|ird|ird number|ird no|sin no|nas|
        aadhaar number|aadhar|pan no.|my number|マイナンバー|個人番号|personas kods|asmens kodas|isikukood|иин|снилс|инн|рнокпп|іпн|
        taj|taj szám|taj-szám|adóazonosító jel|adóazonosító|davčna številka|davčna št.|nir|n° sécu|numéro de sécurité sociale|
        c.i.|cédula|cedula|cédula de identidad|ת.ז.|ת"ז|ת״ז|תעודת זהות|מספר זהות|رقم الهوية|رقم الهوية الوطنية|الرقم القومي|
        身份证号|身份证号码|身份證字號|身分證字號|주민등록번호|주민번호|cccd|số cccd|no. k/p|no. kp|mykad|npwp|
        rodné č.|r.č.|rč|personnr.|personnummer (ååååmmdd-xxxx)|fnr|f.nr.|cpr nr.|cpr-nr.|bsn-nummer|sofinummer|
        کد ملی|کدملی|شماره ملی|c.f.|cod. fisc.|cod. fiscale""",
    "ACCOUNT": """account number|account no|acct no|bank account|account|acct|sort code|bsb|routing number|clabe|kontonummer|numer konta|número de cuenta|
        numero di conto|numéro de compte|rekeningnummer|hesap no|kontonr|账号|帳號|银行账号|銀行帳號|口座番号|계좌번호|
        खाता संख्या|aba|aba routing|routing|routing no|bank routing|account no.|acc no|reg nr|registreringsnummer|
        clearing|clearingnummer|clearing nr|kto nr|konto nr|numer rachunku|číslo účtu|cislo uctu|tilinumero|
        sortcode|accountnumber|accountno|acctno|routingnumber|bankaccount|bankaccountnumber|routing no.|
        rekening|bankrekening|conta|conta corrente|número da conta|numero da conta|número de conta|n° de compte|no de compte|
        bankgiro|plusgiro|kontonummer bank|konto|kontot|konto nr.|kontonr.|cuenta|compte|conto|účet|ucet|číslo účtu|rachunek|счёт|счет|р/с|расчётный счёт|расчетный счет|рахунок|номер рахунку|reg. nr|reg.nr|compte bancaire|n° compte|numéro compte|cuenta bancaria|
        nº cuenta|n° cuenta|numero conto|hesap numarası|hesap numarasi|bank acc|bank acct|a/c|a/c no|account #|acct #|
        pension member no|pension member number|pension member id|super member no|super member number|kiwisaver member no|
        building society roll number""",
    "FIELD": """备注|日期|反馈|商品|型号|金额|订单号|银行|身份证|身份证号|身份證|銀行|
        マイナンバー|件名|日付|用件|内容|金額|品名|備考|注文番号|거래처|메모|참석|다음 미팅|날짜|제목|내용|금액|
        주문번호|주민등록번호|은행|비고|備註|註記|примечание|примітка|nota|nota bene|bill to|ship from|personel bilgi formu|banka|
        banka iban|t.c. kimlik no|tc kimlik no|kimlik no|doğum yeri|dogum yeri|uyruk|cinsiyet|departman|görevi|
        talep|talep no|açıklama|konu|
        betreff|gesendet|objet|envoyé|asunto|enviado|oggetto|inviato|onderwerp|verzonden|assunto|ämne|skickat|
        temat|wysłano|emne|sendt|aihe|lähetetty|тема|отправлено""",
    "USERNAME": "username|user name|user|login|user id|userid|handle|benutzername|benutzer|usuario|utente|gebruikersnaam|"
    "nom d'utilisateur|identifiant|kullanıcı adı",
}


_CAMEL = lazy_re(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=4096)
def _norm_key(key: str) -> str:
    # (a camelCase key is its words: "postalCode", "addressLine1", "dateOfBirth")
    key = _CAMEL.sub(" ", key.strip().strip("\"'*_`")).casefold().replace("_", " ").replace("-", " ") if key else ""
    return " ".join(key.rstrip(".").split())


_NAME_PARTS = ("name", "vorname", "nachname", "surname", "first name", "last name", "nom", "prénom", "cognome", "nome",
               "apellidos", "nombre", "achternaam", "voornaam", "naam", "imię", "nazwisko", "ad", "soyad")


@cache
def field_keys() -> dict[str, str]:
    """Normalised key -> the kind of value it labels."""
    keys: dict[str, str] = {}
    for kind, words in _KEYS_BY_TYPE.items():
        for word in words.replace("\n", "").split("|"):
            keys.setdefault(_norm_key(word), kind)
    # "e-mail" and "email" are one key once hyphens are spaces; keep both spellings.
    keys["e mail"] = "EMAIL"
    # Two name parts under one key, as forms print them: "Name, Vorname", "Nom / Prénom".
    for a in _NAME_PARTS:
        for b in _NAME_PARTS:
            if a != b:
                for joined in (f"{a}, {b}", f"{a} / {b}", f"{a}/{b}", f"{a} und {b}", f"{a} and {b}"):
                    keys.setdefault(_norm_key(joined), "PERSON")
    # A role's holder in a team's sheets and configs ("Owner", "Reviewer", "on_call", "Vertretung")
    from desktop.core.privacy.word_lists import word_list

    for word in word_list("person_role_keys.txt"):
        keys.setdefault(_norm_key(word), "PERSON")
    from desktop.core.privacy.id_documents import FIELD_LABELS  # identity documents and card codes

    for word in FIELD_LABELS:
        keys.setdefault(_norm_key(word), "FIELD")
    return keys


derived(field_keys.cache_clear)  # (made from person_role_keys.txt)
