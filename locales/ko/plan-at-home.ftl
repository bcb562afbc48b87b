### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = 집에 두는 나의 계획

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = 이 종이는 집에 두거나 믿을 수 있는 사람에게 맡기세요. 가지고 다니지 마세요.

# source: none (the sheet's heading)
plan-heading = 구금될 경우 나의 계획

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = 이민 당국(CBSA)에 구금되면 당신을 도와줄 사람들을 여기에 적으세요. 구금되면 휴대폰과 연락처를 빼앗깁니다: 그 사람들의 번호를 외워 두세요.
    .title = 나를 도와줄 사람들

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = 보증인은 당신이 체포되기 전에 당신의 체류 신분을 알았는지 질문을 받습니다. 어떻게 대답하든 반론에 부딪히게 됩니다: 먼저 변호사와 이야기하세요.
    .title = 보증인에 대해

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = 믿을 수 있는 사람

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = 보증인 후보

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = 내 아이를 돌봐 줄 사람

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = 내 여분 열쇠를 가진 사람

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = 내 변호사

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = 석방 계획을 도와줄 수 있는 단체

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = 번호를 하나씩 가리고 외워서 말해 보세요. 맞혔으면 그날에 표시하세요. 1, 2, 4, 7, 14, 30일째에 연습하세요.
    .title = 번호 외우기

# source: none (the column heading over the days to tick)
plan-practice-days = 연습일

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = 구금되면, 체류 신분과 관계없이 법률구조공단이 보통 변호사 찾는 것을 도와줄 수 있습니다. 법률구조공단은 법에 따라 당신에 대한 정보를 이민 당국과 공유할 수 없습니다.
