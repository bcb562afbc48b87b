### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. The holder carries it, so it names no one but the holder's
### own lawyer: a carried card is taken on detention with the phone and the contact list.
### Page 1: the public numbers to learn by heart. Page 2: one write-in line, the holder's
### lawyer, and a line saying to keep no list in the wallet. The names of the people a holder
### plans with go on plan-at-home, kept at home. Worker-facing: never mention sex work. Phone
### numbers come from contacts.toml, never from this file.

# source: none (the card's title, for PDF metadata and listings)
wallet-numbers-title = Numbers to know by heart

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" ("Have they memorized the phone numbers of the
# people they need to contact if they are detained? Their cell phone and contact list will be
# taken from them if they are detained.")
numbers-memorize = If you are detained, your phone and your contacts will be taken. Learn these numbers by heart.
    .title = Numbers to know by heart

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
numbers-refugee-law-office-note = Free, and takes collect calls. For people held in or around Toronto, for example in a jail such as the Vanier Centre.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
numbers-trac-note = A free clinic inside the Toronto Immigration Holding Centre. If you are held there, ask to see them.

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken from
# them if they are detained.") The reason to keep no list on this card: it is carried, and
# would be taken too.
numbers-no-list = Learn every other number you need by heart. Keep no list of names or numbers in your wallet: if you are detained, it will be taken.
    .title = Keep no list

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?"). The only write-in line of a carried card.
numbers-write-lawyer = My lawyer
