### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. Page 1: numbers to learn by heart. Page 2: the holder's own
### contacts, written in by hand. Worker-facing: never mention sex work. Phone numbers come
### from contacts.toml, never from this file.

# source: none (the card's title, for PDF metadata and listings)
wallet-numbers-title = Números para saber de cor

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" ("Have they memorized the phone numbers of the
# people they need to contact if they are detained? Their cell phone and contact list will be
# taken from them if they are detained.")
numbers-memorize = Em caso de detenção, tiram seu celular e seus contatos. Aprenda estes números de cor.
    .title = Números para saber de cor

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
numbers-refugee-law-office-note = Gratuito e aceita ligações a cobrar. Para pessoas detidas em Toronto ou arredores, por exemplo numa prisão como o Vanier Centre.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
numbers-trac-note = Uma clínica gratuita dentro do Toronto Immigration Holding Centre. Se você estiver detido lá, peça para falar com eles.

# source: §2 "...prepare in advance" (memorized phone numbers of the people to contact if
# detained)
numbers-own = Escreva aqui e aprenda de cor também.
    .title = Meus números

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
numbers-write-lawyer = Meu advogado

# source: §2 "...prepare in advance" ("someone they trust and can contact easily")
numbers-write-trusted = Alguém de confiança

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
numbers-write-bondsperson = Possível fiador

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
numbers-write-children = Cuida dos meus filhos

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment...?")
numbers-write-spare-key = Tem uma cópia da minha chave
