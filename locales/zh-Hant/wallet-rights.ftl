### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = 面對移民官員時，你有哪些權利

# source: none (heading of the holder side)
wallet-rights-heading = 面對移民官員（CBSA）時，你有哪些權利

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = 官員必須說明替誰工作：市政府、省政府，還是移民機關（加拿大邊境服務局，CBSA）。CBSA官員不是警察。
    .title = 問清楚對方是誰

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = 只有懷疑你違反移民法或你的居留條件，或沒有合法身分時才可以。能顯示你移民身分的證件，可能讓你被拘留。
    .title = CBSA何時可以要求看證件

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = 如果無法確認你是誰、認為你沒有合法身分或違反了移民法，或有以你名字發出的驅逐出境逮捕令。
    .title = CBSA何時可以拘留你

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = 如果CBSA拘留你，你有權在回答問題前先聯絡律師。
    .title = 先找律師

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = 在移民拘留中，不回答問題可能成為繼續拘留你的理由。請要求律師和口譯員。
    .title = 沒有緘默權

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = 通常能幫你找律師，不論你是什麼身分。

# source: none (heading of the officer side)
officer-heading = 致官員

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = 我要在回答任何問題之前先聯絡律師。我需要會說我的語言的口譯員。

# source: none (a blank line where the holder writes their language)
officer-my-language = 我的語言：

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = 掃描即可致電安大略省法律援助處（Legal Aid Ontario）
