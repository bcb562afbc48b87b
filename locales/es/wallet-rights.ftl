### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Sus derechos ante los agentes de inmigración

# source: none (heading of the holder side)
wallet-rights-heading = Sus derechos ante agentes migratorios (CBSA)

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = Los agentes deben decir para quién trabajan: la ciudad, la provincia o inmigración (CBSA). Los agentes de la CBSA no son policías.
    .title = Pregunte quiénes son

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = Solo si sospechan que usted violó una ley o condición de inmigración, o que no tiene estatus. Un documento que muestre su estatus puede llevar a su detención.
    .title = Cuándo la CBSA puede pedir identificación

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = Si no pueden confirmar quién es usted, creen que no tiene estatus o que violó una ley de inmigración, o hay una orden de arresto a su nombre para deportarle.
    .title = Cuándo la CBSA puede detenerle

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Si la CBSA le detiene, tiene derecho a contactar a un abogado antes de responder preguntas.
    .title = Primero, un abogado

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = No responder puede usarse para alargar su detención migratoria. Pida un abogado y un intérprete.
    .title = No hay derecho a guardar silencio

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = Normalmente puede ayudarle a encontrar un abogado, sin importar su estatus.

# source: none (heading of the officer side)
officer-heading = Para el agente

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = Quiero contactar a un abogado antes de responder cualquier pregunta. Necesito un intérprete en mi idioma.

# source: none (a blank line where the holder writes their language)
officer-my-language = Mi idioma:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = Escanee para llamar a Legal Aid Ontario (asistencia legal)
