### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Your rights with immigration officers

# source: none (heading of the holder side)
wallet-rights-heading = Your rights with immigration officers (CBSA)

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = Officers must say who they work for: the city, the province or immigration (CBSA). CBSA officers are not police.
    .title = Ask who they are

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = Only if they suspect you broke an immigration law or condition, or have no status. ID that shows your status can lead to detention.
    .title = When CBSA may ask for ID

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = If they cannot confirm who you are, believe you have no status or broke an immigration law, or there is a deportation warrant in your name.
    .title = When CBSA may detain you

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = If CBSA detains you, you have the right to contact a lawyer before you answer questions.
    .title = Lawyer first

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = In immigration detention, not answering can be used to keep you detained. Ask for a lawyer and an interpreter.
    .title = No right to silence

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = Can usually help you find a lawyer, whatever your status.

# source: none (heading of the officer side)
officer-heading = To the officer

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = I want to contact a lawyer before I answer any questions. I need an interpreter in my language.

# source: none (a blank line where the holder writes their language)
officer-my-language = My language:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = Scan to call Legal Aid Ontario
