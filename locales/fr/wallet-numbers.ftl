### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. The holder carries it, so it names no one but the holder's
### own lawyer: a carried card is taken on detention with the phone and the contact list.
### Page 1: the public numbers to learn by heart. Page 2: one write-in line, the holder's
### lawyer, and a line saying to keep no list in the wallet. The names of the people a holder
### plans with go on plan-at-home, kept at home. Worker-facing: never mention sex work. Phone
### numbers come from contacts.toml, never from this file.

# source: none (the card's title, for PDF metadata and listings)
wallet-numbers-title = Numéros à savoir par cœur

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" ("Have they memorized the phone numbers of the
# people they need to contact if they are detained? Their cell phone and contact list will be
# taken from them if they are detained.")
numbers-memorize = Si on vous détient, on vous prendra votre téléphone et vos contacts. Apprenez ces numéros par cœur.
    .title = Numéros à savoir par cœur

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
numbers-refugee-law-office-note = Gratuit, accepte les appels à frais virés. Pour les personnes détenues à Toronto ou dans la région, par exemple dans une prison comme le Centre Vanier (Vanier Centre).

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
numbers-trac-note = Une clinique gratuite dans le Centre de surveillance de l'immigration de Toronto (Toronto Immigration Holding Centre). Si on vous y détient, demandez à les voir.

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken from
# them if they are detained.") The reason to keep no list on this card: it is carried, and
# would be taken too.
numbers-no-list = Apprenez par cœur tous les autres numéros dont vous avez besoin. Ne gardez aucune liste de noms ou de numéros dans votre portefeuille : si on vous détient, on vous la prendra.
    .title = Aucune liste sur vous

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?"). The only write-in line of a carried card.
numbers-write-lawyer = Mon avocat
