"""The street-type words the address rules read, by where the type stands: last (US, UK, AU, CA:
"Pennsylvania Ave"), glued to the name (DE, NL, Nordic: "Hauptstraße", "Kerkstraat") or first
(FR, ES, IT, PT, PL, CZ, RO and others: "rue de la Paix", "Calle Mayor", "ul. Długa").

Each is a "|"-separated alternation of lowercase forms (dots escaped), read by ``addresses``.
"""

from __future__ import annotations

# USPS Publication 28, appendix C1 (primary suffixes and common abbreviations) and UK forms.
SUFFIXES_EN = (
    "alley|aly|annex|anx|arcade|arc|avenue|ave|av|bayou|byu|beach|bch|bend|bnd|bluff|blf|bluffs|blfs|bottom|btm|"
    "boulevard|blvd|branch|br|bridge|brg|brook|brk|brooks|brks|burg|bg|burgs|bgs|bypass|byp|camp|cp|canyon|cyn|"
    "cape|cpe|causeway|cswy|center|centre|ctr|centers|ctrs|circle|cir|circles|cirs|cliff|clf|cliffs|clfs|club|clb|"
    "common|cmn|commons|cmns|corner|cor|corners|cors|course|crse|court|ct|courts|cts|cove|cv|coves|cvs|creek|crk|"
    "crescent|cres|crest|crst|crossing|xing|crossroad|xrd|crossroads|xrds|curve|curv|dale|dl|dam|dm|divide|dv|"
    "drive|dr|drives|drs|estate|est|estates|ests|expressway|expy|extension|ext|extensions|exts|fall|falls|fls|"
    "ferry|fry|field|fld|fields|flds|flat|flt|flats|flts|ford|frd|fords|frds|forest|frst|forge|frg|forges|frgs|"
    "fork|frk|forks|frks|fort|ft|freeway|fwy|garden|gdn|gardens|gdns|gateway|gtwy|glen|gln|glens|glns|green|grn|"
    "greens|grns|grove|grv|groves|grvs|harbor|harbour|hbr|harbors|hbrs|haven|hvn|heights|hts|highway|hwy|hill|hl|"
    "hills|hls|hollow|holw|inlet|inlt|island|is|islands|iss|isle|junction|jct|junctions|jcts|key|ky|keys|kys|"
    "knoll|knl|knolls|knls|lake|lk|lakes|lks|land|landing|lndg|lane|ln|light|lgt|lights|lgts|loaf|lf|lock|lck|"
    "locks|lcks|lodge|ldg|loop|mall|manor|mnr|manors|mnrs|meadow|mdw|meadows|mdws|mews|mill|ml|mills|mls|"
    "mission|msn|motorway|mtwy|mount|mt|mountain|mtn|mountains|mtns|neck|nck|orchard|orch|oval|overpass|opas|"
    "park|prk|parks|parkway|pkwy|parkways|pass|passage|psge|path|pike|pine|pne|pines|pnes|place|pl|plain|pln|"
    "plains|plns|plaza|plz|point|pt|points|pts|port|prt|ports|prts|prairie|pr|radial|radl|ramp|ranch|rnch|"
    "rapid|rpd|rapids|rpds|rest|rst|ridge|rdg|ridges|rdgs|river|riv|road|rd|roads|rds|route|rte|row|rue|run|"
    "shoal|shl|shoals|shls|shore|shr|shores|shrs|skyway|skwy|spring|spg|springs|spgs|spur|spurs|square|sq|"
    "squares|sqs|station|sta|stravenue|stra|stream|strm|street|st|streets|sts|summit|smt|terrace|ter|"
    "throughway|trwy|trace|trce|track|trak|trafficway|trfy|trail|trl|trailer|trlr|tunnel|tunl|turnpike|tpke|"
    "underpass|upas|union|un|unions|uns|valley|vly|valleys|vlys|viaduct|via|view|vw|views|vws|village|vlg|"
    "villages|vlgs|ville|vl|vista|vis|walk|walks|wall|way|wy|ways|well|wl|wells|wls|close|gate|gardens|"
    "wharf|quay|rise|grange|parade|promenade|embankment|circus|yard|approach|chase|croft|drove|fold|hey|"
    "mead|nook|paddock|ride|spinney|steps|wynd|"
    # (Australian and New Zealand short forms: "Ocean Pde", "Marine Tce", "Banksia Cct")
    "pde|esplanade|esp|circuit|cct|tce|boulevarde"
)
SUFFIXES_GLUED = (
    "straße|strasse|str\\.|gasse|weg|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|"
    "straat|laan|plein|gracht|kade|singel|dijk|steeg|dreef|hof|park|baan|pad|boulevard|kanaal|wal|"
    "vägen|gatan|gränd|vej|gade|veien|gata|tie|katu|polku|vejen|gaden|stræde|vegen|torv|plads|plass|kuja|puisto|väylä|kaari|"
    "vegur|stræti|braut"
)
TYPES_FIRST = (
    "jl\\.|jln\\.|jalan|cañada|cuesta|pasadizo|vial|incrocio|rambla|c\\.|callejón|urbanización|urb\\.|pasaje|bajada|subida|acceso|canale|rotonda|stretto|"
    "rue|avenue|av\\.|bd|boulevard|bld|chemin|ch\\.|impasse|imp\\.|place|pl\\.|all[ée]e|quai|route|rte|cours|"
    "passage|square|sentier|r[ée]sidence|calle|c/|avenida|avda\\.?|paseo|p[º°]|plaza|pza\\.?|camino|carrer|"
    "ronda|traves[íi]a|glorieta|carretera|ctra\\.?|v[íi]a|viale|piazza|p\\.za|piazzale|corso|c\\.so|largo|"
    "vicolo|strada|contrada|borgo|lungomare|rua|travessa|largo|estrada|alameda|praça|ulica|ul\\.|"
    "chaussée|chée|faubourg|fbg|montée|avinguda|passeig|rúa|travesía|rodovia|ladeira|beco|"
    "p\\.zza|p\\.le|v\\.le|l\\.go|fraz\\.|frazione|loc\\.|località|salita|vico|ulicy|ulica|alei|aleja|placu|osiedlu|"
    "třída|tř\\.|náměstí|nám\\.|nábřeží|nábř\\.|"
    "str\\.|calea|aleea|bv\\.|bulevar|bd\\.|bdul\\.|b-dul|șos\\.|sos\\.|șoseaua|soseaua|splaiul|intrarea|piața|piata|rr\\.|rruga|bulevardi"
)
