### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = 我的计划（放在家里）

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = 把这张纸放在家里，或交给你信任的人保管。不要随身携带。

# source: none (the sheet's heading)
plan-heading = 如果我被拘留：我的计划

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = 在这里写下如果你被移民部门（CBSA）拘留，会帮你的人。如果你被拘留，你的手机和联系人会被拿走：要把他们的号码背下来。
    .title = 谁会帮我

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = 你的保释担保人会被问到，在你被捕前是否知道你的移民身份。无论怎么回答，都会遭到质疑：要先和律师商量。
    .title = 关于你的保释担保人

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = 我信任的人

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = 可能的保释担保人

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = 照顾我孩子的人

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = 有我备用钥匙的人

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = 我的律师

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = 能帮我制定释放计划的机构

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = 把每个号码遮住，凭记忆说出来。说对了，就在那一天打勾。在第1、2、4、7、14和30天练习。
    .title = 把号码背下来

# source: none (the column heading over the days to tick)
plan-practice-days = 练习日

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = 如果你被拘留，法律援助处通常能帮你找律师，不论你是什么移民身份。依照法律，法律援助处不能把你的信息告诉移民部门。
