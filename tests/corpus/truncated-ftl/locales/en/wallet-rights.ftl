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
rights-detain = If they cannot confirm who yorights-cut = Information as of { $da