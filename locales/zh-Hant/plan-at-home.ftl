### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = 我的計畫（放在家裡）

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = 把這張紙放在家裡，或交給你信任的人保管。不要隨身攜帶。

# source: none (the sheet's heading)
plan-heading = 如果我被拘留：我的計畫

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = 在這裡寫下如果你被移民機關（CBSA）拘留，會幫你的人。如果你被拘留，手機和聯絡人會被拿走：要把他們的號碼背起來。
    .title = 誰會幫我

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = 你的保釋擔保人會被問到，在你被捕前是否知道你的移民身分。無論怎麼回答，都會遭到質疑：要先和律師商量。
    .title = 關於你的保釋擔保人

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = 我信任的人

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = 可能的保釋擔保人

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = 幫我照顧孩子的人

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = 有我備用鑰匙的人

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = 我的律師

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = 能幫我擬定獲釋計畫的團體

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = 把每個號碼遮住，憑記憶說出來。說對了，就在那一天打勾。在第1、2、4、7、14和30天練習。
    .title = 把號碼背起來

# source: none (the column heading over the days to tick)
plan-practice-days = 練習日

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = 如果你被拘留，法律援助處通常能幫你找律師，不論你是什麼移民身分。依法，法律援助處不能把你的資訊告訴移民機關。
