### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Sus derechos ante los agentes de inmigración

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = Los agentes deben decir para quién trabajan. Los agentes de la CBSA no son policías, pero la policía puede llamar a la CBSA y, con una orden de arresto, retenerle para la CBSA.
    .title = Pregunte quiénes son

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = La CBSA tiene poderes muy amplios. Puede pedir identificación si sospecha que usted violó una ley o condición migratoria, o que no tiene estatus legal. Un documento con su estatus puede darle motivos para detenerle.
    .title = Cuándo la CBSA puede pedir identificación

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = Si tienen motivos para creer que no pueden confirmar quién es usted, que no tiene estatus legal, violó una ley o condición migratoria, o hay orden de arresto a su nombre para deportarle.
    .title = Cuándo la CBSA puede detenerle

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Si la CBSA le detiene, tiene derecho a contactar a un abogado antes de responder preguntas.
    .title = Primero, un abogado

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = Si no responde, esto se usará en su revisión de la detención para argumentar que debe seguir en detención. Pida un abogado y un intérprete.
    .title = No hay derecho a guardar silencio

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = Mentir a la CBSA o a IRCC puede llevar a una infracción de inmigración (declaración falsa).
    .title = No mienta

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = Si le detienen, suele poder ayudarle a hallar abogado, sea cual sea su estatus.

# source: none (heading of the officer side)
officer-heading = Para el agente

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = Quiero contactar a un abogado antes de responder cualquier pregunta.

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = Necesito un intérprete de { $own-name } ({ $language }).

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = Necesito un intérprete en mi idioma.

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = Mi idioma:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = Escanee para llamar a Legal Aid Ontario (asistencia legal)
