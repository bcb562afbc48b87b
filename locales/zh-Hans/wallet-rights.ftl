### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = 面对移民官员时你的权利

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = 官员必须说明为谁工作。CBSA官员不是警察，但警察可以通知CBSA，也可以凭逮捕令为CBSA扣留你。
    .title = 问清对方是谁

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = CBSA的权力非常大。如果怀疑你违反了移民法或你的居留条件，或没有合法身份，它可以要求查看你的证件。能显示你移民身份的证件，可能让它有理由拘留你。
    .title = CBSA何时可以查你的证件

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = 如果他们有理由相信：无法确认你是谁；你没有合法身份；你违反了移民法或居留条件；或者有以你名字发出的驱逐出境逮捕令。
    .title = CBSA何时可以拘留你

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = 如果CBSA拘留你，你有权在回答问题之前联系律师。
    .title = 先找律师

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = 不回答问题，会在拘留审查时被用来主张继续拘留你。请要求律师和口译员。
    .title = 没有沉默权

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = 对CBSA或IRCC（移民部）撒谎，可能构成移民违法（虚假陈述）。
    .title = 不要撒谎

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = 如果你被拘留，法律援助处通常能帮你找律师，不论你是什么移民身份。

# source: none (heading of the officer side)
officer-heading = 致官员

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = 我要在回答任何问题之前先联系律师。

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = 我需要一名{ $own-name }（{ $language }）口译员。

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = 我需要一名说我的语言的口译员。

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = 我的语言：

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = 扫码致电安大略省法律援助处（Legal Aid Ontario）
