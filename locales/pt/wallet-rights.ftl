### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Seus direitos diante de agentes de imigração

# source: none (heading of the holder side)
wallet-rights-heading = Seus direitos diante de agentes de imigração (CBSA)

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = Os agentes devem dizer para quem trabalham: cidade, província ou imigração (CBSA). Agentes da CBSA não são policiais.
    .title = Pergunte quem são

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = Só se suspeitarem que você violou uma lei ou condição de imigração, ou não tem status. Documento que mostre seu status pode levar à detenção.
    .title = Quando a CBSA pode pedir documento

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = Se não puderem confirmar quem você é, acharem que não tem status ou violou a lei de imigração, ou houver mandado de deportação em seu nome.
    .title = Quando a CBSA pode deter você

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Se a CBSA detiver você, tem direito de falar com um advogado antes de responder a perguntas.
    .title = Primeiro, um advogado

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = Na detenção de imigração, calar pode ser usado para manter você detido. Peça advogado e intérprete.
    .title = Sem direito ao silêncio

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = Em geral, pode ajudar a achar um advogado, seja qual for seu status.

# source: none (heading of the officer side)
officer-heading = Ao agente

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = Quero falar com um advogado antes de responder a qualquer pergunta. Preciso de um intérprete na minha língua.

# source: none (a blank line where the holder writes their language)
officer-my-language = Minha língua:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = Escaneie para ligar para a Legal Aid Ontario
