### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Mga karapatan mo sa immigration officer

# source: none (heading of the holder side)
wallet-rights-heading = Mga karapatan mo sa immigration officer (CBSA)

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = Dapat sabihin ng opisyal kung para kanino siya nagtatrabaho: lungsod, probinsya o imigrasyon (CBSA). Hindi pulis ang CBSA.
    .title = Itanong kung sino sila

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = Puwede lang kung hinihinala nilang lumabag ka sa batas o kondisyon ng imigrasyon, o wala kang status. Ang ID na nagpapakita ng status mo ay puwedeng humantong sa detention.
    .title = Kailan puwedeng humingi ng ID ang CBSA

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = Kung hindi nila matiyak kung sino ka, kung tingin nila ay wala kang status o lumabag ka sa batas ng imigrasyon, o may deportation warrant ka.
    .title = CBSA: kailan ka puwedeng i-detain

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Kung i-detain ka ng CBSA, karapatan mong kumontak ng abogado bago sumagot sa mga tanong.
    .title = Abogado muna

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = Sa immigration detention, puwedeng gamitin ang pananahimik mo para hindi ka palayain. Humingi ng abogado at interpreter.
    .title = Walang karapatang manahimik

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = Kadalasang tumutulong humanap ng abogado, anuman ang status.

# source: none (heading of the officer side)
officer-heading = Sa opisyal

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = Gusto kong makipag-ugnayan sa abogado bago ako sumagot sa anumang tanong. Kailangan ko ng interpreter sa aking wika.

# source: none (a blank line where the holder writes their language)
officer-my-language = Aking wika:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = I-scan para tumawag sa Legal Aid Ontario
