### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = Mi plan, guardado en casa

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = Guarde esto en casa o con alguien de confianza. No lo lleve consigo.

# source: none (the sheet's heading)
plan-heading = Mi plan si me detienen

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = Escriba aquí a las personas que le ayudarían si inmigración (CBSA) le detuviera. Si le detienen, le quitarán el teléfono y sus contactos: apréndase sus números de memoria.
    .title = Quién me ayudará

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = A su fiador le preguntarán si conocía su estatus migratorio antes de su arresto. Responda lo que responda, habrá resistencia: hable primero de esto con un abogado.
    .title = Sobre su fiador

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = Alguien de confianza

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = Posible fiador

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = Cuida a mis hijos

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = Tiene copia de mi llave

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = Mi abogado

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = Organizaciones que pueden ayudar con mi plan de liberación

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = Tape cada número y dígalo de memoria. Si lo dijo bien, marque el día. Practique el día 1, 2, 4, 7, 14 y 30.
    .title = Aprenda los números de memoria

# source: none (the column heading over the days to tick)
plan-practice-days = Días

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = Si le detienen, Legal Aid normalmente puede ayudarle a encontrar un abogado, sin importar su estatus. Por ley, Legal Aid no puede compartir información sobre usted con inmigración.
