### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. Page 1: numbers to learn by heart. Page 2: the holder's own
### contacts, written in by hand. Worker-facing: never mention sex work. Phone numbers come
### from contacts.toml, never from this file.

# source: none (the card's title, for PDF metadata and listings)
wallet-numbers-title = Numéros à savoir par cœur

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" ("Have they memorized the phone numbers of the
# people they need to contact if they are detained? Their cell phone and contact list will be
# taken from them if they are detained.")
numbers-memorize = Si on vous détient, on vous prend votre téléphone et vos contacts. Apprenez ces numéros par cœur.
    .title = Numéros à savoir par cœur

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
numbers-refugee-law-office-note = Gratuit, accepte les appels à frais virés. Pour les personnes détenues à Toronto ou dans la région, par exemple dans une prison comme le Centre Vanier (Vanier Centre).

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
numbers-trac-note = Une clinique gratuite dans le Centre de surveillance de l'immigration de Toronto (Toronto Immigration Holding Centre). Si on vous y détient, demandez à les voir.

# source: §2 "...prepare in advance" (memorized phone numbers of the people to contact if
# detained)
numbers-own = Écrivez-les ici, et apprenez-les aussi par cœur.
    .title = Mes numéros

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
numbers-write-lawyer = Mon avocat

# source: §2 "...prepare in advance" ("someone they trust and can contact easily")
numbers-write-trusted = Une personne de confiance

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
numbers-write-bondsperson = Caution possible (garant)

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
numbers-write-children = Garde mes enfants

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment...?")
numbers-write-spare-key = A un double de ma clé
