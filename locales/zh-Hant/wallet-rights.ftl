### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = 面對移民官員時，你有哪些權利

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = 官員必須說明替誰工作。CBSA官員不是警察，但警察可以通知CBSA，也可以憑逮捕令替CBSA扣留你。
    .title = 問清楚對方是誰

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = CBSA的權力非常大。如果懷疑你違反移民法或你的居留條件，或沒有合法身分，就可以要求看你的證件。能顯示你移民身分的證件，可能讓它有理由拘留你。
    .title = CBSA何時可以要求看證件

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = 如果他們有理由相信：無法確認你是誰；你沒有合法身分；你違反了移民法或居留條件；或有以你名字發出的驅逐出境逮捕令。
    .title = CBSA何時可以拘留你

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = 如果CBSA拘留你，你有權在回答問題前先聯絡律師。
    .title = 先找律師

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = 不回答問題，會在拘留審查時被拿來主張繼續拘留你。請要求律師和口譯員。
    .title = 沒有緘默權

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = 對CBSA或IRCC（移民部）說謊，可能構成移民違法（虛假陳述）。
    .title = 不要說謊

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = 如果你被拘留，法律援助處通常能幫你找律師，不論你是什麼移民身分。

# source: none (heading of the officer side)
officer-heading = 致官員

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = 我要在回答任何問題之前先聯絡律師。

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = 我需要{ $own-name }（{ $language }）口譯員。

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = 我需要會說我的語言的口譯員。

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = 我的語言：

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = 掃描即可致電安大略省法律援助處（Legal Aid Ontario）
