### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Seus direitos diante de agentes de imigração

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = Os agentes devem dizer para quem trabalham. Agentes da CBSA não são policiais, mas a polícia pode chamar a CBSA e, com um mandado, deter você para a CBSA.
    .title = Pergunte quem são

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = A CBSA tem poderes muito amplos. Pode pedir documento se suspeitar que você violou uma lei ou condição de imigração, ou não tem status legal. Documento com seu status pode dar motivo de detenção.
    .title = Quando a CBSA pode pedir documento

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = Se tiverem motivo para acreditar que não conseguem confirmar quem você é, que você não tem status legal, violou uma lei ou condição de imigração, ou há mandado de deportação em seu nome.
    .title = Quando a CBSA pode deter você

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Se a CBSA detiver você, tem direito de falar com um advogado antes de responder a perguntas.
    .title = Primeiro, um advogado

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = Não responder será usado na revisão da sua detenção para defender que você continue detido. Peça advogado e intérprete.
    .title = Sem direito ao silêncio

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = Mentir à CBSA ou ao IRCC pode levar a uma infração de imigração (declaração falsa).
    .title = Não minta

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = Se for detido, em geral pode ajudar a achar advogado, seja qual for seu status.

# source: none (heading of the officer side)
officer-heading = Ao agente

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = Quero falar com um advogado antes de responder a qualquer pergunta.

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = Preciso de um intérprete de { $own-name } ({ $language }).

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = Preciso de um intérprete na minha língua.

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = Minha língua:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = Escaneie para ligar para a Legal Aid Ontario
