### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = Meu plano, guardado em casa

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = Guarde isto em casa ou com alguém de confiança. Não leve com você.

# source: none (the sheet's heading)
plan-heading = Meu plano se eu for detido

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = Escreva aqui as pessoas que ajudariam você se a imigração (CBSA) detivesse você. Em caso de detenção, vão tirar seu celular e seus contatos: aprenda os números delas de cor.
    .title = Quem vai me ajudar

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = Vão perguntar ao seu fiador se ele sabia do seu status de imigração antes da sua prisão. Seja qual for a resposta, haverá resistência: converse sobre isso com um advogado antes.
    .title = Sobre seu fiador

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = Alguém de confiança

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = Possível fiador

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = Cuida dos meus filhos

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = Tem uma cópia da minha chave

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = Meu advogado

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = Organizações que podem ajudar com meu plano de soltura

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = Cubra cada número e diga de memória. Se acertou, marque o dia. Pratique nos dias 1, 2, 4, 7, 14 e 30.
    .title = Aprenda os números de cor

# source: none (the column heading over the days to tick)
plan-practice-days = Dias

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = Em caso de detenção, em geral a Legal Aid pode ajudar você a achar um advogado, seja qual for seu status. Por lei, a Legal Aid não pode compartilhar informações sobre você com a imigração.
