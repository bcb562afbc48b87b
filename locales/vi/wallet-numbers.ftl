### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. Page 1: numbers to learn by heart. Page 2: the holder's own
### contacts, written in by hand. Worker-facing: never mention sex work. Phone numbers come
### from contacts.toml, never from this file.

# source: none (the card's title, for PDF metadata and listings)
wallet-numbers-title = Những số cần học thuộc lòng

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" ("Have they memorized the phone numbers of the
# people they need to contact if they are detained? Their cell phone and contact list will be
# taken from them if they are detained.")
numbers-memorize = Nếu bạn bị giam giữ, điện thoại và danh bạ sẽ bị lấy đi. Hãy học thuộc lòng các số này.
    .title = Những số cần học thuộc lòng

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
numbers-refugee-law-office-note = Miễn phí, nhận cuộc gọi do người nhận trả tiền. Cho người bị giam tại hoặc gần Toronto, ví dụ ở nhà tù Vanier Centre.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
numbers-trac-note = Phòng tư vấn pháp lý miễn phí trong Trung tâm Giam giữ Di trú Toronto (Toronto Immigration Holding Centre). Nếu bị giam ở đó, hãy xin gặp họ.

# source: §2 "...prepare in advance" (memorized phone numbers of the people to contact if
# detained)
numbers-own = Ghi vào đây, và cũng học thuộc lòng.
    .title = Số của riêng tôi

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
numbers-write-lawyer = Luật sư của tôi

# source: §2 "...prepare in advance" ("someone they trust and can contact easily")
numbers-write-trusted = Người tôi tin cậy

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
numbers-write-bondsperson = Người có thể bảo lãnh cho tôi được thả

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
numbers-write-children = Người trông con tôi

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment...?")
numbers-write-spare-key = Người giữ chìa khóa dự phòng
