### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. Page 1: numbers to learn by heart. Page 2: the holder's own
### contacts, written in by hand. Worker-facing: never mention sex work. Phone numbers come
### from contacts.toml, never from this file.

# source: none (the card's title, for PDF metadata and listings)
wallet-numbers-title = 要背熟的電話號碼

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" ("Have they memorized the phone numbers of the
# people they need to contact if they are detained? Their cell phone and contact list will be
# taken from them if they are detained.")
numbers-memorize = 如果你被拘留，手機和聯絡人都會被拿走。請把這些號碼背起來。
    .title = 要背熟的號碼

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
numbers-refugee-law-office-note = 免費，可打對方付費電話。適用於在多倫多或附近被關押的人，例如關在瓦尼爾中心（Vanier Centre）這類監獄。

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
numbers-trac-note = 多倫多移民拘留中心（Toronto Immigration Holding Centre）內的免費法律診所。如果你被關在那裡，可以要求見他們。

# source: §2 "...prepare in advance" (memorized phone numbers of the people to contact if
# detained)
numbers-own = 寫在這裡，也要背起來。
    .title = 我自己的號碼

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
numbers-write-lawyer = 我的律師

# source: §2 "...prepare in advance" ("someone they trust and can contact easily")
numbers-write-trusted = 我信任的人

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
numbers-write-bondsperson = 可能的保釋擔保人

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
numbers-write-children = 幫我照顧孩子的人

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment...?")
numbers-write-spare-key = 有我備用鑰匙的人
