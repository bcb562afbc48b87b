### The memorized-number card (cards/wallet-numbers.toml). Two pages of a bank-card-sized card,
### both in the holder's language. The holder carries it, so it names no one but the holder's
### own lawyer: a carried card is taken on detention with the phone and the contact list.
### Page 1: the public numbers to learn by heart. Page 2: one write-in line, the holder's
### lawyer, and a line saying to keep no list in the wallet. The names of the people a holder
### plans with go on plan-at-home, kept at home. Worker-facing: never mention sex work. Phone
### numbers come from contacts.toml, never from this file.

# source: none (the card's title, for PDF metadata and listings)
wallet-numbers-title = 외워 둘 전화번호

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" ("Have they memorized the phone numbers of the
# people they need to contact if they are detained? Their cell phone and contact list will be
# taken from them if they are detained.")
numbers-memorize = 구금되면 휴대폰과 연락처를 빼앗깁니다. 이 번호들을 외워 두세요.
    .title = 외워 둘 전화번호

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
numbers-refugee-law-office-note = 무료이며, 수신자 부담 전화를 받습니다. 토론토나 그 주변, 예를 들어 바니에 센터(Vanier Centre) 같은 교도소에 갇힌 사람을 위한 곳입니다.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
numbers-trac-note = 토론토 이민구금센터(Toronto Immigration Holding Centre) 안에 있는 무료 법률 상담소입니다. 그곳에 갇혀 있다면 만나게 해 달라고 요청하세요.

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken from
# them if they are detained.") The reason to keep no list on this card: it is carried, and
# would be taken too.
numbers-no-list = 필요한 다른 번호도 모두 외워 두세요. 지갑에는 이름이나 번호 목록을 넣어 두지 마세요: 구금되면 빼앗깁니다.
    .title = 목록을 지니지 마세요

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?"). The only write-in line of a carried card.
numbers-write-lawyer = 내 변호사
