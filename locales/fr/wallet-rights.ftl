### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Vos droits face aux agents d'immigration

# source: none (heading of the holder side)
wallet-rights-heading = Vos droits face aux agents d'immigration (ASFC)

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = Les agents doivent dire pour qui ils travaillent : la ville, la province ou l'immigration (ASFC / CBSA). Ceux de l'ASFC ne sont pas des policiers.
    .title = Demandez qui ils sont

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = Seulement s'ils soupçonnent que vous avez violé une loi ou une condition d'immigration, ou que vous êtes sans statut. Des papiers qui montrent votre statut peuvent mener à la détention.
    .title = Quand l'ASFC peut demander vos papiers

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = S'ils ne peuvent pas confirmer qui vous êtes, croient que vous êtes sans statut ou avez violé une loi d'immigration, ou s'il y a un mandat d'expulsion à votre nom.
    .title = Quand l'ASFC peut vous détenir

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Si l'ASFC vous détient, vous avez le droit de contacter un avocat avant de répondre aux questions.
    .title = D'abord un avocat

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = Se taire peut servir à prolonger votre détention d'immigration. Demandez un avocat et un interprète.
    .title = Pas de droit au silence

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = Peut habituellement vous aider à trouver un avocat, quel que soit votre statut.

# source: none (heading of the officer side)
officer-heading = À l'agent

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = Je veux contacter un avocat avant de répondre à toute question. J'ai besoin d'un interprète dans ma langue.

# source: none (a blank line where the holder writes their language)
officer-my-language = Ma langue :

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = Scannez pour appeler Aide juridique Ontario (Legal Aid Ontario)
