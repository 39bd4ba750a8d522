"""The hand-written privacy corpus: real-looking work text in many languages, labelled inline.

Files under ``tests/data/privacy/handwritten``: ``dev.txt`` and ``dev2.txt`` (the detector is
tuned on them) and ``frozen.txt``, ``frozen2.txt``, ``frozen3.txt``, ``frozen4.txt``, ``frozen5.txt``, ``frozen6.txt`` and ``frozen7.txt`` (the unseen
splits: each written and committed before the detector was run on it and never tuned on; their
SHA-256 are pinned by a test so that they cannot drift). The figure to quote is the frozen one, all frozen
files together (``SPLITS`` lists what ``python -m bench privacy`` reports).

Format: documents separated by a line ``=== KIND LANG COUNTRY`` (``=== chat de DE``); every
personal value written as ``⟦TYPE|text⟧``. Text outside the brackets is exactly what the
detector sees, so hard negatives (companies named after people, airports, VAT numbers, version
numbers) are simply left unmarked.

Labelling notes (one rule for every development file):

- E-mail addresses: every address that reaches a mailbox is ``EMAIL``, a role mailbox (info@,
  sales@, support@, jobs@, noreply@, team-x@) as much as a person's. The domain names the firm,
  and a small firm's mailbox identifies the people behind it; the detector cannot tell a shared
  mailbox from a person's, so it hides both, and a person's mailbox must always be hidden. Not
  labelled, as they are no mailbox: a user and password before a host in a connection string
  (``SECRET`` where the password is real), a DSN's key before a host, and a documentation sample
  at a domain reserved for examples ("use name@example.com in screenshots"). Any other address
  at an example domain stands in for a real one and is labelled.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "privacy" / "handwritten"
DEV = FOLDER / "dev.txt"
FROZEN = FOLDER / "frozen.txt"
DEV2 = FOLDER / "dev2.txt"
DEV3 = FOLDER / "dev3.txt"  # a small development file: new texts for each category fixed after dev2
DEV4 = FOLDER / "dev4.txt"  # new texts for the name categories fixed after dev3 (surname first, initials...)
DEV5 = FOLDER / "dev5.txt"  # new texts for the name categories fixed after dev4 (chat mentions, tables...)
DEV6 = FOLDER / "dev6.txt"  # new texts written before the category fixes after dev5 (secrets, tokens, banks, DOBs...)
DEV7 = FOLDER / "dev7.txt"  # new texts written before the fixes after dev6 (secrets in chat, bank formats, DOBs in prose...)
DEV8 = FOLDER / "dev8.txt"  # real-work texts, mostly not English, measured before the name and address fixes after dev7
DEV8B = FOLDER / "dev8b.txt"  # fresh texts of dev8's categories, written and measured after its fixes (a check they generalise)
DEV9 = FOLDER / "dev9.txt"  # texts dense with look-alikes (firms named after people, places, IDs), written before the precision fixes
DEV13_PREC = FOLDER / "dev13prec.txt"  # fresh business texts (half with little or nothing personal), written and measured before the second precision pass
DEV11_IDS = FOLDER / "dev11ids.txt"  # identity documents in each language's words, card codes, secrets of every kind, look-alikes
DEV10 = FOLDER / "dev10.txt"  # new texts dense with structured values (national bank formats, birth dates beside other dates, IDs, secrets)
DEV11 = FOLDER / "dev11.txt"  # a second structured-dense split, written after the fixes on dev10 and measured before any fix on it
DEV12 = FOLDER / "dev12.txt"  # a third structured-dense split, written after the fixes on dev11 and measured before any fix on it
DEV13 = FOLDER / "dev13.txt"  # a fourth structured-dense split, written after the fixes on dev12 and measured before any fix on it
DEV15 = FOLDER / "dev15.txt"  # secrets as people write them (prose, configs, CLIs, exports) in 12 languages, measured before the secret fixes after dev14
DEV16 = FOLDER / "dev16.txt"  # bank account numbers as people write them (payment instructions, payroll, supplier forms, chats, CSVs) in 14 languages, with look-alikes; measured before the account fixes after dev15
DEV19 = FOLDER / "dev19.txt"  # ordinary business text with few people (firms named after founders, brands, places, products, order/part/build numbers) in 14 languages; measured before the third precision pass: precision 16.8% (95 spans), names 84.6%, structured 100%; after it 64.0% (25 spans), names and structured unchanged
DEV23 = FOLDER / "dev23.txt"  # a second business-text precision split (release notes, minutes, supplier lists, catalogues, clauses, itineraries, recipes, job ads, courses, sports and news digests, SKU sheets, logs) in 14 languages with few people; measured before any fix on it: precision 15.2% (105 spans), names 100% (11), structured 100% (5); after the fixes 41.0% (39 spans), names and structured unchanged
DEV23B = FOLDER / "dev23b.txt"  # 28 fresh texts of dev23's kinds in 14 languages, written after the first dev23 fixes and only measured, not tuned on: precision 23.1% (26 spans), names and structured 100%; 18.8% (32 spans) on the code before the dev23 work; 23.1% again after all the dev23 fixes
DEV28 = FOLDER / "dev28.txt"  # ordinary work text with few people in 13 languages, dense with everyday words that are also first names at a sentence start ("Marge brute", "Nová hala", "Summer hours"), "X de Y" products and places, Nordic possessives ("Min adresse", "Hans nye"), card and form words before a colon ("Visa:"), meeting IDs, capitalised config variables (DB_PASS, SMTP_USER) and letters to bodies without a legal form ("Stadtwerke Tübingen"); measured before any fix for it: precision 24.7% (89 spans), names 95.7% (22/23); after its fixes (everyday words and Nordic possessives opening a sentence, meeting IDs, variable names, public bodies, two "X de Y" names joined by "and") 46.8% (47 spans), names unchanged; single "X de Y" products and places left
DEV19B = FOLDER / "dev19b.txt"  # 24 fresh texts of dev19's kinds in 13 languages, written after its fixes and not tuned on: precision 14.3% on the code before them, 17.4% after (23 spans), names and structured 100%
DEV18 = FOLDER / "dev18.txt"  # secrets, bank accounts and cards as people write them in 17 languages, with look-alikes; measured before any fix for it: structured values 85.2% (n=155: secrets 69/89, cards 11/13, accounts 31/32, IBANs 13/13), precision 91.6%
DEV18B = FOLDER / "dev18b.txt"  # fresh texts of dev18's kinds in 17 languages, written after its fixes and measured before any fix on it (a check that they generalise): structured values 84.8% (n=66: secrets 27/35, accounts 15/17), precision 91.8%
DEV20 = FOLDER / "dev20.txt"  # addresses as people write them (prose, letterheads, delivery notes, invoices, CSV/JSON rows, forms, landmarks, PO boxes, c/o) in 16 languages, with look-alikes (meeting places, firms' public addresses); measured before the address fixes after dev16: addresses 87.5% (70/80), precision 88.0% (208 spans)
DEV20B = FOLDER / "dev20b.txt"  # fresh address texts of dev20's kinds and harder ones (no commas, rural routes, fields split per column, landmarks, look-alikes), written after its fixes and measured before any fix on it: addresses 76.7% (46/60), precision 94.4% (107 spans); with the code before the dev20 fixes 75.0%, 92.7%
DEV20C = FOLDER / "dev20c.txt"  # a third address split (CVs, HR and insurance forms, tenancy, lowercase chat, venues as look-alikes), written after the dev20b fixes and measured before any fix on it: addresses 81.0% (34/42), precision 93.4% (91 spans); with the code before the dev20 fixes 76.2%, 93.5%
DEV20D = FOLDER / "dev20d.txt"  # a fourth address split, addresses inside sentences ("I live on Cavendish Road, number 48", "mieszkam przy ulicy Mickiewicza 33 w Toruniu"), signatures, logs, ticket headers and venues as look-alikes; written after the dev20c fixes and measured before any fix on it: addresses 63.3% (19/30), precision 98.4% (62 spans); with the code before the dev20 fixes 53.3%, 96.8%
DEV20E = FOLDER / "dev20e.txt"  # a fifth address split (post boxes and Cedex-like forms, places with no street number, rural and named localities, campus rooms and platforms as look-alikes), written after the dev20d fixes and measured before any fix on it: addresses 81.5% (22/27), precision 98.1% (54 spans); with the code before the dev20 fixes 74.1%, 98.2%
DEV20F = FOLDER / "dev20f.txt"  # a check that the address fixes generalise: fresh texts of the dev20 kinds, written after all of them and only measured: addresses 100% (21/21), precision 93.0% (43 spans); with the code before the dev20 fixes 90.5%, 93.2%
DEV21 = FOLDER / "dev21.txt"  # secrets as people write them (prose in 20 languages, .env/YAML/JSON/TOML/INI/compose/kubeconfig/terraform/SQL/curl/PowerShell, CI logs, stack traces, password-manager exports, PIN letters, codes, vendor and unknown tokens) with look-alikes (placeholders, masked values, hashes, SHAs, build ids, UUIDs, versions, public keys); measured before any fix for it: structured values 70.7% (n=164: secrets 110/158), precision 87.1% (294 spans)
DEV21B = FOLDER / "dev21b.txt"  # 27 fresh texts of dev21's kinds in 15 languages, written after its first fixes and only measured, never tuned on: structured values 89.3% (n=56: secrets 49/55), precision 93.3% (104 spans); 58.9% (secrets 32/55) and 90.9% (88 spans) on the code before the dev21 fixes
DEV25 = FOLDER / "dev25.txt"  # addresses in each country's written form (flat/floor/door parts, c/o, PO boxes, rural, split CSV/JSON/key-value fields, letterheads) and cards as people paste them (spaced, dashed, dotted, Amex 4-6-5, over two lines, with expiry and name; masked ones left unlabelled) in 17 languages, with look-alikes (firms' public addresses, streets as landmarks, travel places); measured before any fix for it: addresses 83.0% (73/88), cards 100% (19/19, all written with valid check digits), precision 94.9% (235 spans); after its fixes 100% (88/88), 19/19, 97.1% (242 spans)
DEV25B = FOLDER / "dev25b.txt"  # a check that the dev25 fixes generalise: fresh address and card texts of other forms (post boxes, Swiss and French forms, Indian landmarks, lot numbers, cards with double gaps and in CSVs) in 16 languages, written after the first fixes (cards, export columns, post boxes) and only measured: addresses 81.3% (26/32), cards 4/6, precision 93.6% (94 spans); with the code before the dev25 fixes 81.3%, 1/6, 93.4% (91 spans); after all the dev25 fixes 84.4% (27/32), 6/6 (a CSV card form was fixed after a probe shaped like one of its texts: not a clean check for cards), 94.7% (95 spans)
DEV29 = FOLDER / "dev29.txt"  # addresses as people write them in the forms the dev25 fixes left (number before the street in Spanish and Italian prose, South African stands and extensions, suburbs after a street, moves told in prose without a cue word, Japanese, Chinese and Korean addresses in sentences, town first in Polish, Hungarian and Czech, US apartments, suites and units) in 14 languages, with look-alikes (firms' public addresses, venues, head offices); measured before any fix for it: addresses 56.4% (22/39), names 96.2% (75/78), precision 95.5% (106/111 spans); after its fixes 100% (39/39), names unchanged, 95.8% (114/119 spans); every other dev split unchanged
DEV32 = FOLDER / "dev32.txt"  # addresses as fresh text writes them (invoice bill-to/ship-to blocks side by side, courier labels, HR address-change forms, tenancy and insurance letters, CSV/TSV rows with street, number, postcode and town in separate cells, JSON address objects, c/o, PO Box, Postbus and Postfach, Stiege/Tür, piso/escalera, interno, bus, lgh, 号室, rural and numberless addresses) in 20 languages and 33 countries, with look-alikes (firms' and venues' addresses, streets as project names, dates and amounts near postcodes); measured before any fix for it: addresses 83.2% (94/113), names 95.8% (91/95), precision 94.1% (186 spans); after its fixes (address parts in fields of their own, street names with lowercase words, Greek towns, localities, street then town, building/stair/door parts, Romanian and Albanian street types, venues, head offices, project names) 100% (113/113), names unchanged, 97.8% (183 spans); every other dev split unchanged or better
DEV32B = FOLDER / "dev32b.txt"  # a check that the dev32 fixes generalise: fresh address texts of dev32's kinds (side-by-side invoice blocks, courier labels, change-of-address forms, tenancy and insurance letters, TSV/CSV/JSON with split parts, locked bags, Apartado and P.O. boxes, rural lots and contrade, Mexican "x 18 y 20" streets) in 16 languages, with venues and firm offices as look-alikes; written after the dev32 fixes and only measured: addresses 85.9% (55/64), names 98.1% (52/53), precision 97.1% (105 spans); on the code before the dev32 fixes 76.6% (49/64), 98.1%, 96.0% (101 spans)
DEV35 = FOLDER / "dev35.txt"  # a second pass on addresses in the forms dev32b showed left (estates, plots, blocks and house numbers in Nigeria, Kenya and Ghana, rural mail bags, post boxes in each language: Apartado, Caixa Postal, Casella Postale, Postboks, skrytka, Postfach with spaces; Mérida "x 47 y 49" streets, Colombian "Cra 15 # 93-47", streets named after people, street types in a column of their own, Hungarian doors, villages with only a postcode) in 17 languages, with venues, fairs, offices and project names as look-alikes; measured before any fix for it: addresses 64.8% (35/54), names 86.0% (49/57), precision 94.9% (99 spans); after its fixes (plots, blocks and houses opening an address, Mérida streets, the town after a district and its postcode, sectors, blocks, doors, a flat after its building, street columns, digital-address and correspondence fields, fairs and inns) 90.7% (49/54), names unchanged, 97.2% (107 spans); every other dev split unchanged or better (dev32b, no longer a clean check once dev35 was written from its misses, 93.8%)
DEV35B = FOLDER / "dev35b.txt"  # a check that the dev35 fixes generalise: fresh address texts of dev35's kinds (plots, erven and house numbers in Nigeria, Ghana and South Africa, Mérida streets, street columns, Romanian blocks, Hungarian doors, Chinese buildings, post boxes, frazioni) in 14 languages, with hotels, fairs, restaurants and project names as look-alikes; written after the dev35 fixes and only measured: addresses 94.3% (33/35), names 93.5% (29/31), precision 94.0% (67 spans); on the code before the dev32 fixes 48.6% (17/35), 90.9% (55 spans); after the dev32 fixes only 65.7% (23/35), 93.3% (60 spans)
DEV36 = FOLDER / "dev36.txt"  # a third pass on addresses: lowercase chat addresses in English, Indian door numbers, Brazilian quadras and superquadras, streets named with titles and saints (ks., św., Dr.-, Sf., Burg., Gral.), villages with only a number and a postcode, townlands, c/o a person, houses with no number, in 13 languages, with restaurants, museums and theatres in each language as look-alikes; measured before any fix for it: addresses 73.9% (17/23), names 93.2% (41/44), precision 88.6% (70 spans); after its fixes (venue words in each language, streets named after titled people and saints, villages with only a postcode, a hamlet after a sentence, Brasília blocks) 95.7% (22/23), names unchanged, 97.0% (66 spans); every other dev split unchanged or better; lowercase English chat addresses left
DEV36B = FOLDER / "dev36b.txt"  # a check that the dev36 fixes generalise: fresh texts of dev36's kinds (lowercase chat, door numbers, Brasília blocks and Goiânia quadras, titled and saints' streets, villages with only a postcode, lieux-dits, estates) in 11 languages, with restaurants, museums and theatres as look-alikes; written after the dev36 fixes and only measured: addresses 78.6% (11/14), names 88.9% (24/27), precision 94.7% (38 spans); on the code before the dev32 fixes 50.0% (7/14), 86.8% (38 spans); left: a superquadra named in two words (SHIS QI 15), a quadra whose town carries its state, a village whose name is an everyday word elsewhere
DEV37 = FOLDER / "dev37.txt"  # a fourth precision split: product sheets, price lists, release notes, agendas with room names, status reports, job ads, logistics updates, legal boilerplate, marketing copy and wikis in 15 languages, few people; measured before any fix for it: precision 18.8% (48 spans), names 100.0% (6/6), structured 100.0% (3/3); after its fixes (colours and varieties after a sheet's key, dotted price rows, services and drinks named with a product word last, a law's paragraph and forints as no address, an agenda's timed item as no speaker, code labels, sales areas, versioned packages, software compounds, dishes with the food first) 60.0% (15 spans), names and structured unchanged; every other dev split unchanged or better; left: a river after Portuguese "no", a retailer with its town, a Hungarian place with a case ending, a line key that is a first name ("Buddy for ...:")
DEV38 = FOLDER / "dev38.txt"  # names in the forms the other splits have least (Spanish and Portuguese full names with two surnames and particles, Hungarian and East Asian surname first in Latin script, vocative and case endings after greetings, Dutch and Flemish particles, lowercase chat names that are everyday words, initials sign-offs, nicknames and short forms) in 18 languages, with firms, places and products as look-alikes; measured before any fix for it: names 89.9% (116/129), precision 93.9% (131 spans); after its fixes (two Spanish particles, a capital particle after a lowercase one, Dutch and Flemish particle surnames alone in a sentence, a short chat exchange whose speakers call each other, one initial under a sign-off, Turkish ablative endings, Greek genitive surnames) 95.3% (123/129), 94.0% (134 spans); every other dev split unchanged but dev4, names 59/61 -> 60/61; left: a Portuguese "e" between two surnames, a surname after French "de", nicknames no list holds (Zé), lowercase chat names that are everyday words (will), Japanese given names glued to the surname, firms and products named with a title (Dr. Oetker, Meister Proper)
DEV26 = FOLDER / "dev26.txt"  # secrets as people say and paste them, second pass: passwords dictated across two chat messages, voicemail transcripts, screenshots typed out, handover tables, "it's"/"is now"/"use", other scripts; tokens in URLs and tool logs; keys in code comments; shared-vault notes; backup codes in lists; look-alikes; measured before any fix for it: structured values 59.8% (n=82: secrets 46/79), precision 91.4% (139 spans); after its fixes 95.1% (n=82: secrets 75/79), 95.1% (164 spans), every other dev split unchanged
DEV33 = FOLDER / "dev33.txt"  # secrets and bank accounts in the forms dev15/18/21/26 left (properties, INI, XML, compose, Kubernetes Secrets, Terraform, CI files, JDBC/ODBC/Mongo/AMQP/Redis/SMTP/IMAP URIs, curl -u, PGPASSWORD, sshpass, mysql -p, PEM keys, JWTs, vendor tokens, notices, SMS codes, recovery phrases and backup codes; sort code, BSB, routing, and account words in each language) in 17 languages, with look-alikes (placeholders, documentation samples, publishable and public keys, hashes, build ids, order and invoice numbers); measured before any fix for it: structured values 82.8% (n=99: secrets 56/72, accounts 21/22), precision 90.3% (176 spans); after its fixes (XML elements, camelCase keys and URI passwords named like secrets, quoted joined variables, seed phrases wrapped over lines, one-time codes of banks and carriers, lock words before a code, code questions in compounds and in Japanese, Chinese and Korean, an account number said with its purpose, digests and fingerprints left) 98.0% (secrets 70/72, accounts 22/22), 91.6% (190 spans); after a second round (vendor token prefixes, one-time codes in twelve more languages, Korean account words, Hebrew, Persian and Thai password words, code words and German verb-last clauses, command-line tools' password flags) 99.0% (secrets 71/72), 91.6% (191 spans); every other dev split unchanged but dev21b, 89.3% to 91.1%; with the name rules merged from main 91.1% (192 spans: an SSH public key's comment, 'payroll-upload', read as a login)
DEV33B = FOLDER / "dev33b.txt"  # fresh texts of dev33's kinds in 12 languages, written after its fixes and only measured, never tuned on: structured values 87.8% (n=41: secrets 24/28, accounts 11/12), precision 96.9% (65 spans); 80.5% (secrets 21/28) and 96.8% (62 spans) on the code before the dev33 fixes (two labels the file's rules ask for, an IP and a seed phrase, were added after the first run, which read 87.2% of 39, 93.8%); 90.2% (secrets 25/28), 97.0% (66 spans) after the dev41 fixes, which were written without reading it
DEV17 = FOLDER / "dev17.txt"  # names as work writes them (email threads, chats, attendee lists, CRM, HR, tickets, CSV/JSON, handles, titles, capitals) in 15 languages; measured before any fix on it: names 71.1%, precision 96.8% (87.2% once titles were hidden with names)
DEV17B = FOLDER / "dev17b.txt"  # fresh texts of dev17's name categories in 14 languages, written after its fixes and measured once, not tuned on: names 96.1% (98.0% once two labels took the article out, as the other splits do), precision 97.2%; 60.8% and 96.7% on the code before the dev17 work
DEV22 = FOLDER / "dev22.txt"  # names as work writes them, second pass (threads with forwarded headers, chat exports, minutes with action items, CRM/CSV/JSON rows, git logs and reviews, invites, HR notes; capitals, initials, particles, honorifics, handles, CJK and Arabic script, look-alike firms and places) in 24 languages; measured before any fix on it: names 85.4% (346/405), precision 93.3% (374/401 spans); after the dev22 fixes 97.0% (393/405), 98.8% (411/416 spans)
DEV22B = FOLDER / "dev22b.txt"  # fresh texts of dev22's name categories in 14 languages, written after its first fixes and only measured, not tuned on: names 90.8% (108/119), precision 94.9% (118 spans); 83.2% and 92.0% on the code before the dev22 work; after all the dev22 fixes 90.8%, 94.9% (117 spans)
DEV27 = FOLDER / "dev27.txt"  # names in the forms left after dev22 (CJK names in running text, Polish/Czech/Russian/Ukrainian cases and diminutives, German and Swedish genitives, Turkish suffixes, single lowercase names in chats, Arabic-script single names) in 17 languages, with look-alike firms and places; measured before any fix on it: names 75.3% (134/178), precision 97.8% (137 spans); after its fixes 89.3% (159/178), 98.8% (161 spans)
DEV31 = FOLDER / "dev31.txt"  # names in the structure of documents (mail headers with display names, "Surname, Given" and quoted forms, "wrote:" lines and forwarded blocks in each language, signatures with roles and pronouns, salutations, WhatsApp/Teams/Slack/Telegram/Zoom exports, @mentions, calendar attendees, CSV/TSV/markdown/fixed-width tables with unusual name columns or none, JSON/YAML people fields, file names and home paths, git logs and ticket histories, names in capitals on forms and labels) in 18 languages, with look-alikes (teams, role mailboxes, bots, distribution lists); measured before any fix for it: names 82.9% (180/217), precision 91.6% (263 spans); after its fixes (header and invite slots in each language, display names before addresses, a Chinese letter's greeting and closing, logins in paths, listings and sshd lines, '@Full Name', author and reviewer slots, file names, JSON values and capitals surname first, bots, department and RAG look-alikes) 98.6% (214/217), 96.2% (264 spans); every other dev split unchanged or better (dev10 names 97.4% -> 98.4%, dev27 precision 98.8% -> 99.4%)
DEV31B = FOLDER / "dev31b.txt"  # 31 fresh texts of dev31's kinds (headers and "wrote" lines, signatures, chat exports, invites, owner columns, JSON/YAML people fields, file names and paths, forms in capitals) in 14 languages, written after its first fixes and only measured, never tuned on: names 95.1% (97/102), precision 96.7% (120 spans); 79.4% and 92.2% (115 spans) on the code before the dev31 fixes; unchanged by the later dev31 fixes
DEV24 = FOLDER / "dev24.txt"  # account, birth date, ID and phone forms of many countries (payroll, refunds, supplier bank changes, forms, visas, CSV/JSON/psql rows) in 16 languages, with look-alikes; measured before any fix for it: structured values 93.6% (n=267: accounts 47/50, birth dates 51/56, IDs 56/63, phones 81/83, IBANs 15/15), addresses 1/2, precision 95.1% (432 spans); bank and branch codes (BLZ, IFSC, agência, code guichet) left unlabelled as in the other splits; after its fixes 99.6% (accounts 50/50, birth dates 56/56, IDs 62/63, phones 83/83), addresses 2/2, precision 96.0% (445 spans)
DEV24B = FOLDER / "dev24b.txt"  # 28 fresh texts of dev24's kinds in 15 languages, written after its first fixes and only measured, never tuned on: structured values 98.9% (n=88), precision 97.8% (136 spans); the same on the code before the dev24 fixes
DEV24C = FOLDER / "dev24c.txt"  # 29 harder texts of dev24's kinds in 15 languages (birth dates in words and with age, IDs answered in chats, accounts without cue words), written after the dev24 fixes and measured before any fix on it: structured values 84.3% (n=83: accounts 12/15, birth dates 17/24, IDs 18/21), precision 96.2% (132 spans); on the code before the dev24 fixes 81.9%, 96.2%; after its fixes 96.4%, 97.9% (140 spans)
DEV30 = FOLDER / "dev30.txt"  # names in running prose (everyday-word names, names of every origin in any language, first names after verbs and prepositions, possessives, lists, initials, double surnames) in 22 languages, with look-alike firms, brands, ships, streets and projects; measured before any fix for it: names 84.2% (266/316), precision 92.4% (291 spans); after its fixes 99.4% (314/316), 97.2% (323 spans); every other dev split unchanged or better
DEV30B = FOLDER / "dev30b.txt"  # 26 fresh texts of dev30's name categories in 20 languages, written after its first fixes and only measured, not tuned on: names 87.9% (102/116), precision 97.1% (105 spans); 72.4% (84/116) and 95.5% (89 spans) on the code before the dev30 work; 88.8% (103/116), 97.2% (106 spans) after all the dev30 fixes
DEV34 = FOLDER / "dev34.txt"  # national IDs, IBANs, birth dates and profile links of the countries the other splits have least (Latin America, Middle East, South-East and East Asia, Eastern Europe, the Nordics, Africa) in 28 languages, with look-alikes (company registration and VAT numbers, invoices, order and founding dates, company pages); measured before any fix for it: structured values 72.9% (n=170: IDs 50/77, birth dates 33/48, IBANs 29/31, profile links 7/9), precision 93.6% (266 spans), names 89.8%; after its fixes (ID and birth-date cue words of those languages and scripts, IDs by their checksums without a word, Hong Kong IDs, mistyped IBANs after an account word, profile links whole and sites named after the person) 98.2% (IDs 75/77, birth dates 48/48, IBANs 30/31, profile links 9/9), precision 94.5% (309 spans); 96.4% (303 spans) once firms' registration and tax numbers in those languages were excused as look-alikes; 98.8% (IBANs 31/31), 96.4% (304 spans) once a mistyped IBAN printed in groups of four was hidden without a word; 99.4% (IDs 76/77), 96.4% (305 spans) once a short name asked for in lowercase in a chat named the answer; names unchanged; every other dev split unchanged
DEV39 = FOLDER / "dev39.txt"  # national IDs, passports, driving licences, tax and social-security numbers and birth dates written with abbreviated cue words and symbols (г.р., д.р., ur., nar., r.č., kt., TCKN, T.C. No, ת"ז, Α.Μ.Κ.Α., NIF/NIE, DNI nº, C.F., St.-Nr., SV-Nr., AHV-Nr., PPS, NI no., SSN#, DL#, b., *, geb., née, f., nac.), IDs in chats without a cue, IDs split over two lines, with look-alikes (firm numbers, invoice and order numbers, founding dates) in 19 languages; measured before any fix for it: structured values 67.1% (n=73: IDs 36/43, birth dates 13/30), precision 96.2% (131 spans); after its fixes (birth-date abbreviations in nine languages and the year before "г.р.", "b.", "f." and "n." after a comma before a whole date, abbreviated birth columns, dotted Greek and Hebrew ID abbreviations, a cell holding an ID read as no header, IDs wrapped at a line's end, a firm's legal form before an ID word, a document number said with a few words around it in a chat reply) 95.9% (IDs 42/43, birth dates 28/30), precision 98.6% (148 spans); 97.3% (birth dates 29/30), 98.7% (149 spans) once a birth column headed by the star alone was read; 98.6% (birth dates 30/30), 98.7% (150 spans) once "n." after a spaced dash was read as a birth cue; every other dev split unchanged or better (dev13 98.8% to 100%, dev34 99.4% to 100%, dev34b 85.9% to 89.7%); left: a German St.-Nr. (firms print theirs on every invoice), a US EIN read as a phone
DEV40 = FOLDER / "dev40.txt"  # names as a small team's week writes them in running prose, where the other splits have least (first names mid-sentence with no title or cue, possessives and case endings in each language, names after verbs of speaking and meeting, attendee and cc lists, file names and calendar titles, names that are everyday words or places, short and pet forms, hyphenated names, Greek, Cyrillic, Arabic, Hebrew, Devanagari and Thai names in local or English text) in 25 languages, with firms, brands, products, places and streets named after people as look-alikes; measured before any fix for it: names 85.4% (264/309), precision 95.7% (276 spans); after its fixes (Hebrew and Thai given names, a Greek surname after a first name and names stressed on the last syllable, Arabic names starting with a glued-on letter, Czech/Slovak/Croatian/Polish/Hungarian/Romanian/Finnish case and possessive endings, Polish adjective surnames, Ukrainian forms of address, short forms, surnames in file names beside a personal paper's word or named elsewhere in the text, a name joined by 'and', a slash or a plus to a person, two first names after a word that takes a person, 'he'/'she' after a place-like name's deed, lowercase first names after a verb that takes a person, the firm after 'X from') 97.7% (302/309), 96.5% (312 spans); 98.1% (303/309), 96.5% (313 spans) once a surname after a dash in a file title written with spaces was read; every other dev split unchanged or better (dev27 171 -> 174/178, dev34 125 -> 128/137, dev34b 49 -> 52/56, dev29 75 -> 77/78); left: a first name that is a mail-header word (Till), a brand (Zara), initials joined by a hyphen (J-F), a surname that is an everyday word in a case (Zająca), a Thai nickname that is a Nordic word (Nok), a first name that is a French word alone (Ville)
DEV40B = FOLDER / "dev40b.txt"  # 29 fresh texts of dev40's name categories in 21 languages, written after its first fixes and only measured, never tuned on: names 95.2% (139/146), precision 94.6% (147 spans); 81.5% (119/146) and 93.7% (127 spans) on the code before the dev40 fixes; 95.9% (140/146), 94.6% (148 spans) after all the dev40 fixes
DEV34B = FOLDER / "dev34b.txt"  # 29 fresh texts of dev34's kinds in 24 languages, written after its first fixes and only measured, never tuned on: structured values 79.5% (n=78: IDs 28/35, birth dates 19/26, IBANs 13/13, profile links 2/3), precision 91.7% (121 spans); 57.7% (IDs 20/35, birth dates 11/26) and 90.4% (104 spans) on the code before the dev34 fixes; 82.1% (IDs 30/35), 91.9% (123 spans) after the unlabelled checksums of the second round; 85.9% (birth dates 22/26), 92.1% (126 spans) after all the dev34 fixes (the second-round checksums and the birth-date column names were added after it was written, the latter knowing one of its sheets uses such a column: 79.5% is its clean figure)
DEV42 = FOLDER / "dev42.txt"  # a fifth precision split: ordinary work text (OKRs, postmortems, onboarding, purchase requisitions, rosters, contract summaries, expense notes, floor plans, safety minutes, itineraries, stock counts, sprint plans, audits, shipping status, tenders, change requests, budgets, appraisal plans, invoices, year-end checklists, rollouts, RACI charts, changelogs, intercompany ledgers, records of processing, Jira exports, portfolios) in 27 languages, dense with capitalised list and heading words, table headers, product, team, department and project names, holidays and weekdays in each language, legal entities with registry numbers, codes, amounts, hashes and clause numbers, and a few real people; measured before any fix for it: precision 38.2% (136 spans), names 88.6% (39/44), structured 100% (12/12); after its fixes (units of the workplace by their word in more languages, weekdays and holidays of the team's countries, places listed in pairs, a firm's numbers after its legal form, timestamps, flights, sums in more currencies, products by their shape, a form's keys and its speakers, things' columns and keys in more languages, a header over numbers) 85.2% (61 spans) with a loading dock's number, names and structured unchanged; every other dev split unchanged or better; left: ticket summaries opening with a product ('Export Sage', 'Lien Docusign'), an Indonesian step, products ending in 'Line' or 'List', capital product names ('ERP XL'), a department that is also a first name in a list ('Resi'); names missed after role keys in Japanese, Chinese, Arabic and Hebrew ('記録:', '汇报人:', 'للاستفسار:', 'אחראית:')
DEV42B = FOLDER / "dev42b.txt"  # 26 fresh texts of dev42's kinds in 23 languages, written after its first fixes and only measured, never tuned on: precision 59.5% (42 spans), names 91.3% (21/23), structured 100% (4/4); 36.2% (69 spans) on the code before the dev42 fixes, names and structured the same; 67.6% (37 spans) after all the dev42 fixes (59.5% is its clean figure)
DEV41 = FOLDER / "dev41.txt"  # secrets, accounts and token links in the forms the earlier secret and account splits have least (passwords said in chat in each language, password columns of sheets and tables, screenshots typed out, tickets and handover notes, shell history, environment dumps, Authorization headers, cookies and session ids in logs and HAR files, signed storage URLs, webhook URLs, magic, invite, reset, signing and booking links, private calendar feeds, profile links; account with sort code, BSB or routing, Konto, numéro de compte, c/c, cuenta, pension member numbers) in 21 languages, with look-alikes (documentation placeholders, hashes, commit and build ids, trace ids, order, invoice, customer, loyalty and policy numbers, public links); measured before any fix for it: structured values 82.6% (n=138: secrets 59/72, accounts 31/38, URLs 12/16), precision 92.4% (276 spans; three e-mail and phone labels and two names the file's rules ask for were added after the first run, which read 82.2% of 135, 90.6%); after its fixes (session cookies, named session ids and login headers in logs and HAR files; door, gate, safe and key-box codes in list items, as a new code, after a safe's word, after a chat's 'its', in Chinese, Japanese, Korean, Arabic, Hebrew and Russian; wifi keys under their settings names; a Turkish password word with 'de'; accounts after Russian, Ukrainian and compound account words, after a Korean bank, with a Brazilian X check digit, building society roll numbers, Hungarian accounts before their word, pension member columns; signed storage links, webhook secret paths, booking pages, links naming a mailbox, calendar feeds, tokens after an account action, and a secret inside a link widened to the link; placeholders in groups of x's, HAR header names and loyalty numbers as look-alikes) 100% (secrets 72/72, accounts 38/38, URLs 16/16), precision 95.2% (289 spans); every other dev split unchanged or better (dev26 95.1% to 98.8%, dev33b 87.8% to 90.2%)
DEV41B = FOLDER / "dev41b.txt"  # a check that the dev41 fixes generalise: 34 fresh texts of dev41's kinds (passwords and codes in chats, tables, sheets, screenshots, tickets and handovers, shell history, environment dumps, cookies and bearer tokens in logs, signed and webhook links, magic, invite and booking links, payroll and expense accounts) in 15 languages, with look-alikes; written after the first dev41 fixes and only measured, never tuned on: structured values 96.1% (n=51: secrets 31/33, URLs 6/6, accounts 8/8), precision 98.9% (93 spans); 90.2% (secrets 30/33, URLs 5/6, accounts 7/8), 98.9% (90 spans) on the code before the dev41 fixes; unchanged by the later dev41 fixes (96.1%, 98.9%, 93 spans)
DEV43 = FOLDER / "dev43.txt"  # addresses as ordinary work pastes them (in running prose of each language, street and number or street and town alone, private signatures, lowercase chats, sloppy forms without commas, postcodes without their space, CSV/JSON with split parts, Greek, Cyrillic, Arabic, Hebrew, Japanese, Chinese and Korean scripts, post boxes and rural routes) in 27 languages, with look-alikes (firm footers, event venues, streets as project names, directions); measured before any fix for it: addresses 65.7% (46/70), names 85.1% (80/94), structured 3/3, precision 95.7% (139 spans); after its fixes (a listed town after a street in a sentence in each language, address keys with a word saying which address, lowercase chat lines in a capitalised text, typed street then listed towns, Latin American street-number-interior-colonia, Greek, Hebrew and Arabic streets, Bulgarian quoted streets and Ukrainian towns, streets without a street word after a verb of living, German preposition streets, rural Irish addresses with a county and Eircode, Indian landmarks in lowercase, Argentine flats and bracketed postcodes, firm footers opening a block, CJK venues) 100% (70/70), names unchanged, 97.4% (152 spans); every other dev split unchanged or better (dev20 precision 93.6% -> 94.1%, dev25b addresses 27/32 -> 28/32)
DEV43B = FOLDER / "dev43b.txt"  # a check that the dev43 fixes generalise: fresh texts of dev43's kinds, (lowercase chats and forms, prose in each language with the town after a preposition, streets without a street word after a verb of living, German preposition streets, Greek, Cyrillic, Hebrew, Arabic, Japanese and Korean scripts, highway-contract boxes, split fields) in 18 languages, with venues, a firm footer and a project name as look-alikes; written after them and only measured: addresses 87.9% (29/33), names 88.9% (40/45), precision 100.0% (70 spans); 51.5% (17/33), 88.9%, 96.8% (63 spans) on the code before the dev43 fixes; 90.9% (30/33) once Spanish, Portuguese and Italian verbs of living were added after it was written, 93.9% (31/33) once the town and postcode after a lowercase unit and a Cyrillic town before its street were read, precision 100% (70 spans) throughout (its texts known by then: 87.9% is its clean figure)
DEV14 = FOLDER / "dev14.txt"  # a fifth structured-dense split, written after the fixes on dev13 and measured before any fix on it
DEV44 = FOLDER / "dev44.txt"  # national IDs, birth dates and IBANs in the forms the earlier ID/DOB splits have least (HR onboarding and payroll exports, visa and travel bookings, rental applications, school, medical and insurance forms, KYC checks and logs, JSON claims) in 22 languages: IDs of the team's countries with their usual separators and without, passports and licences after each language's words, birth dates in every spelling (month names in each language, weekdays, two-digit years, ISO, era years, "born in March 1988", a birthday beside an age), IBANs lowercase, oddly spaced, over two lines and in IBAN/BIC pairs, with look-alikes (event, contract and invoice dates, order, company, VAT and product numbers, sort codes alone); measured before any fix for it: structured values 88.7% (n=142: IDs 58/63, birth dates 42/53, IBANs 26/26), names 96.1% (124/129), precision 94.5% (273 spans); after its fixes (a weekday before a birth date, month names of Austrian German, Romanian, Catalan, Croatian and Slovak, year-first dates with slashes, a date in words with its year in figures, Turkish "doğum günü", a birthday after the age reached on it in eight languages, lowercase check letters of DNI, NIE and codice fiscale, passport and identity-card words of Romanian and South Slavic languages, Hebrew "the ID number", a licence number before its issuing state) 100% (IDs 63/63, birth dates 53/53, IBANs 26/26), precision 94.7% (283 spans); every other dev split unchanged or better (dev34b 89.7% to 91.0%); a second round from probes of each country's IDs, cue words and date spellings (a chat answer listing the date after a comma, a licence's state in lowercase, lowercase PAN, CURP and NI numbers, "3rd of March, 1987", "mrt.", "Mrz.", "14/6 2019", a weekday after the date, "naiss.", inflected and abbreviated passport and ID-card words in Czech, Croatian, Russian, Greek, Finnish and Turkish, "PP no.") left dev44 as it was and took dev24c from 96.4% to 98.8%
DEV44B = FOLDER / "dev44b.txt"  # 32 fresh texts of dev44's kinds in 24 languages (dental, rental, loan, visa, insurance and school forms, payroll mails, chats answering for an ID), written after its fixes and only measured, never tuned on: structured values 83.3% (n=78: IDs 34/39, birth dates 20/28, IBANs 11/11), names 93.7% (59/63), precision 94.9% (137 spans); 65.4% (IDs 30/39, birth dates 10/28) and 94.8% (134 spans) on the code before the dev44 fixes; 84.6% (IDs 35/39), 94.9% (138 spans) after the second round (its lowercase CURP, PAN and NI numbers were added knowing this file holds a lowercase CURP: 83.3% is its clean figure)
DEV46 = FOLDER / "dev46.txt"  # names the lists hold least (West and East African, Ethiopian, Somali, Filipino, Indonesian, Malay, Thai, Vietnamese, Burmese, Sri Lankan, Nepali, Pashto, Kurdish, Central Asian, Georgian, Armenian, Pacific, Māori, Indigenous, Caribbean, Sámi, Basque, Welsh, Irish and Icelandic names), native scripts inside local-language text and romanisations, one person written several ways in one text, in email threads with headers and signatures, chats, minutes, HR notes, tickets and CRM rows, with buildings, streets, ships, awards and firms named after people as look-alikes; measured before any fix for it: names 73.4% (248/338), precision 93.9% (279 spans); after its fixes (greetings, closings and verbs that take a person in Georgian, Armenian, Bengali, Tamil, Persian, Urdu, Hindi, Hebrew, Arabic, Greek, Cyrillic and Thai, with the first name met again in its case forms; Chinese and Korean two-character family names; Japanese family names of three or four characters and with a small katakana; honorifics of Ethiopia, Indonesia, Malaysia, the Philippines, Myanmar and West Africa; Tagalog person articles and Nepali case marks; questions about what someone does; two people doing what only people do; full names after a verb that takes a person; chats mixing lowercase and full-name speakers; romanised Arabic names ending in al-; dotted initials of a full name; a Vietnamese name's two given names; closings of Māori, Welsh, Irish, Icelandic and Basque letters; things and streets named after people) 95.9% (324/338), 97.3% (339 spans); 98.2% (332/338), 97.4% (345 spans) once given names of those origins were added to the lists (the list holds names this file uses: 95.9% is its figure for the rules); every other dev split unchanged or better (dev34b names 52/56 -> 53/56; precision dev18 95.6% -> 95.9%, dev41 95.5% -> 95.8%, dev43 97.4% -> 98.1%); left: unlisted names as a sentence's subject with no cue ('Tavita picked it up'), speakers in notes whose other lines are a form's keys, 'W/ro' and Burmese 'U' hidden with the name, lowercase chat mentions of unlisted names
DEV46B = FOLDER / "dev46b.txt"  # a check that the dev46 fixes generalise: fresh texts of dev46's kinds (names of the origins the lists hold least, native scripts and romanisations, one person written several ways, chats with lowercase and full-name speakers, honorifics of each region, look-alikes) in 19 languages, written after the first dev46 fixes and only measured, never tuned on: names 90.9% (120/132), precision 96.0% (125 spans); 60.6% (80/132) and 93.4% (91 spans) on the code before the dev46 fixes; 90.2% (119/132) once a Burmese title 'U' that Polish writes as 'at' was kept out of the names hidden with their title; 91.7% (121/132), 96.1% (127 spans) after all the dev46 fixes (the names added to the lists leave out every name this file uses)
DEV47 = FOLDER / "dev47.txt"  # a sixth precision split: a small team's ordinary week (sales and supplier threads, support tickets, CVs and interview notes, invoices, expense claims, payroll rows, delivery notes, rotas, configs, logs) in 26 languages, 43 of its 56 texts not in English, dense with capitalised line and cell openings, products, dishes, places, holidays, legal entities with their numbers, order, tracking and ticket codes, amounts and dates, beside the real people of such a week; measured before any fix for it: precision 71.4% (224 spans), names 97.7% (127/130), addresses 2/2, structured 97.4% (38/39); after its fixes (articles before their size or quantity, cells of tables lined up with spaces under a thing's header, places and teams named with a compass point, shops by their trade's word, more holidays, a rota's weekday rows, Vietnamese firms and price-list words, Nordic legal forms, a number's key, dotted registry labels, disciplines, a town after a firm or on a route, CV month spans, codes glued to their letters, toll-free lines called free, event dates with weekday and time, Greek legal forms, order words in more languages) 88.4% (181 spans), names, addresses and structured unchanged; 90.9% (176 spans) once sales regions' codes, phrasal words ('Walk-in'), site compounds ('Sentrallager') and a firm's central line were read (dev47b measured again then: unchanged at 78.0%); 91.4% (175 spans) once a job's word before 'of' and a unit was read ('Head of Brand'); 92.0% (174 spans) once a firm's address under its letterhead line was read; left: dishes and features listed in English prose ('Eggs Benedict, Big Breakfast and Kumara Hash', 'Payment Links'), marketplaces and couriers named alone ('Shopee', 'Нова Пошта'), a beer named alone after its line was read as goods, an Incoterm in Italian; every other dev split unchanged or better (dev39 98.7% -> 99.3%, dev42b 67.6% -> 69.4%)
DEV47B = FOLDER / "dev47b.txt"  # 28 fresh texts of dev47's kinds in 21 languages, written after its fixes and only measured, never tuned on: precision 78.0% (82 spans), names 95.7% (45/47), structured 100% (18/18); 64.0% (100 spans) on the code before the dev47 fixes, names and structured the same
DEV49 = FOLDER / "dev49.txt"  # a seventh precision split: a small team's ordinary week (chats, tickets, release notes, menus, rotas, CVs, minutes, invoices, logs, configs, sheets) in 30 languages, 41 of its 62 texts not in English, dense with capitalised things that are not people (products and their features, screens' buttons and menu paths, firms named after founders, shops, restaurants, dishes, drinks, hotels, venues, rooms named after people, holidays, storms, awards, certifications, teams, code names) beside the real people of such a week; measured before any fix for it (its 64 texts): precision 56.9% (253 spans), names 96.6% (115/119), structured 29/29; after its fixes (a screen's buttons after a verb of clicking, quoted labels and menu paths, storms by their word, dishes and drinks by their food words, bays, gates and shelves before their number, a venue's floor or hall as no address, rooms and venues named after people by the room's or venue's word in more languages and cases, 'the' before a place, teams', products', events' and streets' last words, saints' days, a feature's word before it, brands with a founder's possessive) 73.1% (197 spans), names and structured unchanged; 73.8% (195 spans) once a product's or firm's word after the brand was read ('Abacus ERP', 'Abacus Research'; dev49b unchanged at 81.1%); left: drinks, foods and brands named alone ('Prosecco', 'Brahma', 'Maggi'), firms named after founders with no cue ('Julius Meinl', 'Brown Thomas'), rooms named after people with no room word near ('Karen Blixen er optaget'), holidays ('Secret Santa', 'Hari Natal', 'Inmaculada Concepción'); every other dev split unchanged or better (dev47 92.0% -> 93.0%, dev36b 94.9% -> 97.4%, dev35b 95.6% -> 97.0%, dev19b 50.0% -> 57.1%, dev33 91.1% -> 91.6%, dev26 97.1% -> 97.6%, dev30 97.2% -> 97.5%, dev41 96.2% -> 96.5%; dev35 97.3% -> 97.2%: 'Mulvey's Pharmacy' is no longer hidden, its labelled words still are)
DEV49B = FOLDER / "dev49b.txt"  # 25 fresh texts of dev49's kinds in 21 languages, written before the dev49 fixes and only measured, never tuned on: precision 71.7% (60 spans), names 95.2% (40/42), structured 3/3 on the code before them; 81.1% (53 spans) after them, names and structured the same
DEV45 = FOLDER / "dev45.txt"  # secrets, accounts and profile links in the forms the earlier secret and account splits have least (holiday-rental house manuals with key-box, gate, alarm and Wi-Fi codes in each language, one-time codes by SMS in Romanian, Hungarian, Vietnamese, Indonesian, Greek and Finnish, backup-code sheets, CLI flags (--token, -p, --password=, -U user%pass, -u user,pass), URL userinfo on sftp and smb, ADO.NET and storage connection strings, INI, XML and compose values in other languages, password tables, handovers in Japanese, Chinese and Korean; accounts as refund, payroll, utility, insurance and expense text writes them in 20 countries: sort code, BSB, routing, CLABE, CBU, agência and conta, RIB, Kontonr., Czech, Hungarian, Norwegian, Swedish, NZ, Russian, Israeli, Indian, Japanese, Chinese and Korean forms; portfolio, code-hosting, booking and social profile links) in 25 languages, with look-alikes (documentation keys and placeholders, hashes, commit, build, trace and request ids, order, tracking, invoice, policy, customer and supply-point numbers, company pages); measured before any fix for it: structured values 79.8% (n=129: secrets 60/84, accounts 27/29, URLs 7/7), precision 91.1% (180 spans; the first run, before five labels the file's rules ask for (three private IPs, a firm's IBAN on an invoice, a Swedish clearing number, a name) were added, read 79.0% of 124, 87.8%); after its fixes (a code after each language's word for code in its case forms, joined by any connector or, on a line naming what locks, by nothing, and a second code after 'and' or a comma; passwords after an arrow; settings named with other languages' words for password and key; quoted password flags, lftp's user,password, archive and key tools' flags; backup codes after a blank line or in one run; code columns; accounts after their purpose and after Hebrew, Arabic, Greek, Vietnamese, Romanian, Croatian and Malay words; documentation keys ending in EXAMPLE) 99.2% (secrets 83/84, accounts 29/29, URLs 7/7), 92.6% (204 spans); every other dev split unchanged or better (dev24b accounts 22/23 -> 23/23, dev33b secrets 25/28 -> 26/28); after a second round from probes of each category in more languages (a password or access code said with a few words and any connector, keys named with a lock and a code word, one-time codes before 'to verify', credential blocks without a password word, a 'pin' setting, Thai account words, booking pages and code hosts of more sites, a code word said on the phone, an account link named as a firm's page kept) 100% (secrets 84/84, accounts 29/29, URLs 7/7), 93.1% (204 spans); every other dev split unchanged or better (dev24b accounts 22/23 -> 23/23, dev33b secrets 25/28 -> 26/28, dev41 precision 95.5% -> 95.8%); left: a utility's customer account read as a phone, names taken from house-manual headings and Vietnamese, Finnish and Maori words
DEV45B = FOLDER / "dev45b.txt"  # a check that the dev45 fixes generalise: 32 fresh texts of dev45's kinds (house manuals with key-safe, gate, alarm and Wi-Fi codes, one-time codes by SMS, backup-code sheets, archive and curl passwords on command lines, settings named in French and Italian, quoted flags, URL userinfo, handovers in Japanese and Korean; accounts with sort code, BSB, CLABE, agência, conto corrente, Hebrew, Vietnamese words; profile links) in 16 languages, with look-alikes; written after the dev45 fixes and only measured, never tuned on: structured values 84.9% (n=53: secrets 32/38, accounts 8/9, URLs 3/4), precision 100% (63 spans); 64.2% (secrets 22/38, accounts 7/9) and 100% (52 spans) on the code before the dev45 fixes; unchanged by the second round (84.9%, 100%), which was written after this file (its texts known to their writer, not read from its results)
FROZEN2 = FOLDER / "frozen2.txt"
FROZEN3 = FOLDER / "frozen3.txt"  # a third unseen split: 12 languages, email threads, sheets, logs, hard negatives
FROZEN4 = FOLDER / "frozen4.txt"  # a fourth unseen split: 12 languages, threads, sheets, configs, many hard negatives
FROZEN5 = FOLDER / "frozen5.txt"  # a fifth unseen split: 17 languages, threads, sheets, configs, IDs, many hard negatives
FROZEN6 = FOLDER / "frozen6.txt"  # a sixth unseen split: 27 languages, one small team's week of threads, chats, sheets, configs, letters, logs, many hard negatives
FROZEN7 = FOLDER / "frozen7.txt"  # a seventh unseen split: 27 languages, a small team's ordinary week (sales and supplier threads, support tickets, recruiting, finance, payroll, operations, IT), many hard negatives
FROZEN_FILES = (FROZEN, FROZEN2, FROZEN3, FROZEN4, FROZEN5, FROZEN6, FROZEN7)
# What the bench reports, in order: name -> the files read together. The unseen figure to quote
# is the last one (all frozen files), each file is also shown alone so that a change in one
# split cannot hide behind the others.
SPLITS: dict[str, tuple[Path, ...]] = {
    "hand-written dev": (DEV,),
    "hand-written dev2": (DEV2,),
    "hand-written dev3": (DEV3,),
    "hand-written dev4": (DEV4,),
    "hand-written dev5": (DEV5,),
    "hand-written dev6": (DEV6,),
    "hand-written dev7": (DEV7,),
    "hand-written dev8": (DEV8,),
    "hand-written dev8b": (DEV8B,),
    "hand-written dev9": (DEV9,),
    "hand-written dev10": (DEV10,),
    "hand-written dev11": (DEV11,),
    "hand-written dev11ids": (DEV11_IDS,),
    "hand-written dev15": (DEV15,),
    "hand-written dev16": (DEV16,),
    "hand-written dev18": (DEV18,),
    "hand-written dev18b": (DEV18B,),
    "hand-written dev20": (DEV20,),
    "hand-written dev20b": (DEV20B,),
    "hand-written dev20c": (DEV20C,),
    "hand-written dev20d": (DEV20D,),
    "hand-written dev20e": (DEV20E,),
    "hand-written dev20f": (DEV20F,),
    "hand-written dev21": (DEV21,),
    "hand-written dev21b": (DEV21B,),
    "hand-written dev25": (DEV25,),
    "hand-written dev25b": (DEV25B,),
    "hand-written dev29": (DEV29,),
    "hand-written dev32": (DEV32,),
    "hand-written dev32b": (DEV32B,),
    "hand-written dev35": (DEV35,),
    "hand-written dev35b": (DEV35B,),
    "hand-written dev36": (DEV36,),
    "hand-written dev36b": (DEV36B,),
    "hand-written dev37": (DEV37,),
    "hand-written dev38": (DEV38,),
    "hand-written dev26": (DEV26,),
    "hand-written dev33": (DEV33,),
    "hand-written dev33b": (DEV33B,),
    "hand-written dev17": (DEV17,),
    "hand-written dev17b": (DEV17B,),
    "hand-written dev22": (DEV22,),
    "hand-written dev22b": (DEV22B,),
    "hand-written dev27": (DEV27,),
    "hand-written dev30": (DEV30,),
    "hand-written dev30b": (DEV30B,),
    "hand-written dev31": (DEV31,),
    "hand-written dev31b": (DEV31B,),
    "hand-written dev12": (DEV12,),
    "hand-written dev13": (DEV13,),
    "hand-written dev14": (DEV14,),
    "hand-written dev13prec": (DEV13_PREC,),
    "hand-written dev19": (DEV19,),
    "hand-written dev19b": (DEV19B,),
    "hand-written dev23": (DEV23,),
    "hand-written dev23b": (DEV23B,),
    "hand-written dev28": (DEV28,),
    "hand-written dev24": (DEV24,),
    "hand-written dev24b": (DEV24B,),
    "hand-written dev24c": (DEV24C,),
    "hand-written dev34": (DEV34,),
    "hand-written dev34b": (DEV34B,),
    "hand-written dev39": (DEV39,),
    "hand-written dev40": (DEV40,),
    "hand-written dev40b": (DEV40B,),
    "hand-written dev42": (DEV42,),
    "hand-written dev42b": (DEV42B,),
    "hand-written dev41": (DEV41,),
    "hand-written dev41b": (DEV41B,),
    "hand-written dev43": (DEV43,),
    "hand-written dev43b": (DEV43B,),
    "hand-written dev44": (DEV44,),
    "hand-written dev44b": (DEV44B,),
    "hand-written dev46": (DEV46,),
    "hand-written dev46b": (DEV46B,),
    "hand-written dev47": (DEV47,),
    "hand-written dev47b": (DEV47B,),
    "hand-written dev49": (DEV49,),
    "hand-written dev49b": (DEV49B,),
    "hand-written dev45": (DEV45,),
    "hand-written dev45b": (DEV45B,),
    "hand-written FROZEN": (FROZEN,),
    "hand-written FROZEN2": (FROZEN2,),
    "hand-written FROZEN3": (FROZEN3,),
    "hand-written FROZEN+FROZEN2": (FROZEN, FROZEN2),
    "hand-written FROZEN4": (FROZEN4,),
    "hand-written FROZEN+FROZEN2+FROZEN3": (FROZEN, FROZEN2, FROZEN3),
    "hand-written FROZEN+FROZEN2+FROZEN3+FROZEN4": (FROZEN, FROZEN2, FROZEN3, FROZEN4),
    "hand-written FROZEN5": (FROZEN5,),
    "hand-written FROZEN+FROZEN2+FROZEN3+FROZEN4+FROZEN5": (FROZEN, FROZEN2, FROZEN3, FROZEN4, FROZEN5),
    "hand-written FROZEN6": (FROZEN6,),
    "hand-written FROZEN+FROZEN2+FROZEN3+FROZEN4+FROZEN5+FROZEN6": (FROZEN, FROZEN2, FROZEN3, FROZEN4, FROZEN5, FROZEN6),
    "hand-written FROZEN7": (FROZEN7,),
    "hand-written FROZEN+FROZEN2+FROZEN3+FROZEN4+FROZEN5+FROZEN6+FROZEN7": FROZEN_FILES,
}
TYPES = {
    "PERSON", "EMAIL", "PHONE", "CARD", "IBAN", "ACCOUNT", "NATIONAL_ID", "IP", "ADDRESS", "DOB", "URL", "SECRET",
}
_LABEL = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)
_HEADER = re.compile(r"^=== (\S+) (\S+) ([A-Z]{2})[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class HandDoc:
    kind: str
    lang: str
    country: str
    text: str
    labels: tuple[tuple[int, int, str], ...]  # (start, end, type)


def _unmark(body: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    out: list[str] = []
    labels: list[tuple[int, int, str]] = []
    size = pos = 0
    for m in _LABEL.finditer(body):
        kind, value = m.group(1), m.group(2)
        if kind not in TYPES:
            raise ValueError(f"unknown label type {kind!r} near {value!r}")
        out.append(body[pos : m.start()])
        size += m.start() - pos
        labels.append((size, size + len(value), kind))
        out.append(value)
        size += len(value)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced label brackets in: {text[:80]!r}")
    return text, tuple(labels)


def parse(source: str) -> list[HandDoc]:
    """The documents of one corpus file, labels as offsets into the unmarked text."""
    headers = list(_HEADER.finditer(source))
    docs = []
    for i, header in enumerate(headers):
        end = headers[i + 1].start() if i + 1 < len(headers) else len(source)
        body = source[header.end() + 1 : end].rstrip("\n")
        text, labels = _unmark(body)
        docs.append(HandDoc(header.group(1), header.group(2), header.group(3), text, labels))
    return docs


def load(path: Path) -> list[HandDoc]:
    return parse(path.read_text(encoding="utf-8"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def show_misses(path: Path) -> None:
    """Print every labelled value not caught and every hidden value that was not labelled."""
    from desktop.core.privacy import redact_text

    for n, doc in enumerate(load(path)):
        spans = redact_text(doc.text, country=doc.country).spans
        covered = bytearray(len(doc.text))
        for s in spans:
            covered[s.input_start : s.input_end] = b"\x01" * (s.input_end - s.input_start)
        labelled = bytearray(len(doc.text))
        for a, b, kind in doc.labels:
            labelled[a:b] = b"\x01" * (b - a)
            if sum(covered[a:b]) < 0.9 * (b - a):
                print(f"#{n} {doc.kind} {doc.lang}  MISSED {kind:<11} {doc.text[a:b]!r}")
        for s in spans:
            if not any(labelled[s.input_start : s.input_end]):
                print(f"#{n} {doc.kind} {doc.lang}  FALSE  {s.type:<11} {s.original!r}")


if __name__ == "__main__":
    import sys

    # Only the development splits are listed by default: reading the frozen splits' misses
    # one by one is how a detector ends up tuned on them.
    chosen = {"dev": DEV, "dev2": DEV2, "dev3": DEV3, "dev4": DEV4, "dev5": DEV5, "dev6": DEV6, "dev7": DEV7,
              "dev8": DEV8, "dev8b": DEV8B, "dev9": DEV9, "dev10": DEV10, "dev11": DEV11, "dev11ids": DEV11_IDS,
              "dev15": DEV15, "dev16": DEV16, "dev18": DEV18, "dev18b": DEV18B,
              "dev20": DEV20, "dev20b": DEV20B, "dev20c": DEV20C, "dev20d": DEV20D, "dev20e": DEV20E, "dev20f": DEV20F,
              "dev17": DEV17, "dev17b": DEV17B, "dev22": DEV22, "dev22b": DEV22B, "dev27": DEV27, "dev30": DEV30, "dev30b": DEV30B,
              "dev31": DEV31, "dev31b": DEV31B,
              "dev21": DEV21, "dev21b": DEV21B,
              "dev25": DEV25, "dev25b": DEV25B, "dev29": DEV29, "dev32": DEV32, "dev32b": DEV32B, "dev35": DEV35, "dev35b": DEV35B, "dev36": DEV36, "dev36b": DEV36B, "dev37": DEV37,
              "dev38": DEV38,
              "dev26": DEV26, "dev33": DEV33, "dev33b": DEV33B,
              "dev12": DEV12, "dev13": DEV13, "dev14": DEV14, "dev13prec": DEV13_PREC,
              "dev19": DEV19, "dev19b": DEV19B, "dev23": DEV23, "dev23b": DEV23B, "dev28": DEV28,
              "dev24": DEV24, "dev24b": DEV24B, "dev24c": DEV24C, "dev34": DEV34, "dev34b": DEV34B, "dev39": DEV39, "dev42": DEV42, "dev42b": DEV42B,
              "dev41": DEV41, "dev41b": DEV41B, "dev43": DEV43, "dev43b": DEV43B, "dev44": DEV44, "dev44b": DEV44B,
              "dev46": DEV46, "dev46b": DEV46B,
              "dev47": DEV47, "dev47b": DEV47B,
              "dev49": DEV49, "dev49b": DEV49B,
              "dev45": DEV45, "dev45b": DEV45B,
              "dev40": DEV40, "dev40b": DEV40B,
              "frozen": FROZEN, "frozen2": FROZEN2, "frozen3": FROZEN3,
              "frozen4": FROZEN4, "frozen5": FROZEN5, "frozen6": FROZEN6, "frozen7": FROZEN7}
    for name in sys.argv[1:] or ["dev"]:
        show_misses(chosen[name])
