### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Vos droits face aux agents d'immigration

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = Les agents doivent dire pour qui ils travaillent. L'ASFC (CBSA) n'est pas la police, mais la police peut l'appeler et, avec un mandat, vous retenir pour elle.
    .title = Demandez qui ils sont

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = L'ASFC a des pouvoirs très larges. Elle peut demander vos papiers si elle soupçonne que vous avez violé une loi ou une condition d'immigration, ou êtes sans statut légal. Des papiers montrant votre statut peuvent lui donner des motifs de vous détenir.
    .title = Quand l'ASFC peut demander vos papiers

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = S'ils ont des raisons de croire qu'ils ne peuvent confirmer qui vous êtes, que vous êtes sans statut légal, avez violé une loi ou une condition d'immigration, ou qu'il y a un mandat d'expulsion à votre nom.
    .title = Quand l'ASFC peut vous détenir

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Si l'ASFC vous détient, vous avez le droit de contacter un avocat avant de répondre aux questions.
    .title = D'abord un avocat

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = Se taire servira à votre contrôle de la détention pour plaider votre maintien en détention. Demandez un avocat et un interprète.
    .title = Pas de droit au silence

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = Mentir à l'ASFC ou à IRCC peut mener à une infraction en immigration (fausse déclaration).
    .title = Ne mentez pas

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = Si on vous détient, aide habituellement à trouver un avocat, quel que soit votre statut.

# source: none (heading of the officer side)
officer-heading = À l'agent

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = Je veux contacter un avocat avant de répondre à toute question.

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = J'ai besoin d'un interprète en { $own-name } ({ $language }).

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = J'ai besoin d'un interprète dans ma langue.

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = Ma langue :

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = Scannez pour appeler Aide juridique Ontario (Legal Aid Ontario)
