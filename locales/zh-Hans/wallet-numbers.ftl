### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. The holder carries it, so it names no one but the holder's
### own lawyer: a carried card is taken on detention with the phone and the contact list.
### Page 1: the public numbers to learn by heart. Page 2: one write-in line, the holder's
### lawyer, and a line saying to keep no list in the wallet. The names of the people a holder
### plans with go on plan-at-home, kept at home. Worker-facing: never mention sex work. Phone
### numbers come from contacts.toml, never from this file.

# source: none (the card's title, for PDF metadata and listings)
wallet-numbers-title = 要背熟的电话号码

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" ("Have they memorized the phone numbers of the
# people they need to contact if they are detained? Their cell phone and contact list will be
# taken from them if they are detained.")
numbers-memorize = 如果你被拘留，你的手机和联系人都会被拿走。请把这些号码背下来。
    .title = 要背熟的号码

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
numbers-refugee-law-office-note = 免费，可以打对方付费电话。适用于在多伦多或附近被关押的人，例如关在瓦尼尔中心（Vanier Centre）这类监狱里。

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
numbers-trac-note = 多伦多移民拘留中心（Toronto Immigration Holding Centre）里的免费法律诊所。如果你被关在那里，可以要求见他们。

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken from
# them if they are detained.") The reason to keep no list on this card: it is carried, and
# would be taken too.
numbers-no-list = 你需要的其他号码，也都要背下来。钱包里不要放任何写着名字或号码的单子：如果你被拘留，它会被拿走。
    .title = 不要带名单

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?"). The only write-in line of a carried card.
numbers-write-lawyer = 我的律师
