### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = Mon plan, gardé à la maison

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = Gardez ceci à la maison ou chez une personne de confiance. Ne le portez pas sur vous.

# source: none (the sheet's heading)
plan-heading = Mon plan si on me détient

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = Notez ici les personnes qui vous aideraient si l'immigration (ASFC / CBSA) vous détenait. Si on vous détient, on vous prendra votre téléphone et vos contacts : apprenez leurs numéros par cœur.
    .title = Qui va m'aider

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = On demandera à votre garant s'il connaissait votre statut d'immigration avant votre arrestation. Quelle que soit sa réponse, il y aura de la résistance : parlez-en d'abord avec un avocat.
    .title = Au sujet de votre garant

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = Une personne de confiance

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = Caution possible (garant)

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = Garde mes enfants

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = A un double de ma clé

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = Mon avocat

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = Organismes qui peuvent aider pour mon plan de libération

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = Cachez chaque numéro et dites-le de mémoire. Si c'est juste, cochez le jour. Pratiquez les jours 1, 2, 4, 7, 14 et 30.
    .title = Apprendre les numéros par cœur

# source: none (the column heading over the days to tick)
plan-practice-days = Jours

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = Si on vous détient, l'Aide juridique peut habituellement vous aider à trouver un avocat, quel que soit votre statut. Selon la loi, l'Aide juridique ne peut pas communiquer d'informations sur vous à l'immigration.
