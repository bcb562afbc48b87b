### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Mga karapatan mo sa immigration officer

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = Dapat sabihin ng opisyal kung para kanino siya nagtatrabaho. Hindi pulis ang CBSA, pero puwede itong tawagan ng pulis at hawakan ka para rito kung may warrant.
    .title = Itanong kung sino sila

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = Napakalawak ng kapangyarihan ng CBSA. Puwede itong humingi ng ID kung hinihinala nitong lumabag ka sa batas o kondisyon ng imigrasyon, o wala kang legal na status. Ang ID na may status mo ay puwedeng maging dahilan para i-detain ka.
    .title = CBSA: kailan puwedeng humingi ng ID

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = Kung may dahilan silang maniwalang hindi nila matiyak kung sino ka, na wala kang legal na status, na lumabag ka sa batas o kondisyon ng imigrasyon, o na may deportation warrant sa pangalan mo.
    .title = CBSA: kailan ka puwedeng i-detain

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Kung i-detain ka ng CBSA, karapatan mong kumontak ng abogado bago sumagot sa tanong.
    .title = Abogado muna

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = Gagamitin ang hindi mo pagsagot sa detention review laban sa paglaya mo. Humingi ng abogado at interpreter.
    .title = Walang karapatang manahimik

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = Puwedeng humantong sa immigration offence (misrepresentation) ang pagsisinungaling sa CBSA o IRCC.
    .title = Huwag magsinungaling

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = Madalas makatulong humanap ng abogado kung ma-detain ka, anuman ang status.

# source: none (heading of the officer side)
officer-heading = Sa opisyal

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = Gusto kong makipag-ugnayan sa abogado bago ako sumagot sa anumang tanong.

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = Kailangan ko ng interpreter sa { $language } ({ $own-name }).

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = Kailangan ko ng interpreter sa aking wika.

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = Aking wika:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = I-scan para tumawag sa Legal Aid Ontario
