### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. Page 1: numbers to learn by heart. Page 2: the holder's own
### contacts, written in by hand. Worker-facing: never mention sex work. Phone numbers come
### from contacts.toml, never from this file.

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

# source: §2 "...prepare in advance" (memorized phone numbers of the people to contact if
# detained)
numbers-own = 写在这里，也要背下来。
    .title = 我自己的号码

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
numbers-write-lawyer = 我的律师

# source: §2 "...prepare in advance" ("someone they trust and can contact easily")
numbers-write-trusted = 我信任的人

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
numbers-write-bondsperson = 可能的保释担保人

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
numbers-write-children = 照顾我孩子的人

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment...?")
numbers-write-spare-key = 有我备用钥匙的人
