### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. The holder carries it, so it names no one but the holder's
### own lawyer: a carried card is taken on detention with the phone and the contact list.
### Page 1: the public numbers to learn by heart. Page 2: one write-in line, the holder's
### lawyer, and a line saying to keep no list in the wallet. The names of the people a holder
### plans with go on plan-at-home, kept at home. Worker-facing: never mention sex work. Phone
### numbers come from contacts.toml, never from this file.

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

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken from
# them if they are detained.") The reason to keep no list on this card: it is carried, and
# would be taken too.
numbers-no-list = 你需要的其他號碼，也全都要背起來。皮夾裡不要放任何寫有名字或號碼的清單：如果你被拘留，它會被拿走。
    .title = 不要帶清單

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?"). The only write-in line of a carried card.
numbers-write-lawyer = 我的律師
