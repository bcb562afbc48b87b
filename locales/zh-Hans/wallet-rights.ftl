### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = 面对移民官员时你的权利

# source: none (heading of the holder side)
wallet-rights-heading = 面对移民官员（CBSA）时你的权利

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = 官员必须说明为谁工作：市政府、省政府，还是移民部门（加拿大边境服务局，CBSA）。CBSA官员不是警察。
    .title = 问清对方是谁

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = 只有怀疑你违反了移民法或你的居留条件，或没有合法身份时才可以。能显示你移民身份的证件，可能导致你被拘留。
    .title = CBSA何时可以查你的证件

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = 如果无法确认你是谁，认为你没有合法身份或违反了移民法，或者有以你名字发出的驱逐出境逮捕令。
    .title = CBSA何时可以拘留你

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = 如果CBSA拘留你，你有权在回答问题之前联系律师。
    .title = 先找律师

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = 在移民拘留中，不回答问题可能成为继续拘留你的理由。请要求律师和口译员。
    .title = 没有沉默权

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = 通常能帮你找律师，不论你是什么身份。

# source: none (heading of the officer side)
officer-heading = 致官员

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = 我要在回答任何问题之前先联系律师。我需要一名说我的语言的口译员。

# source: none (a blank line where the holder writes their language)
officer-my-language = 我的语言：

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = 扫码致电安大略省法律援助处（Legal Aid Ontario）
