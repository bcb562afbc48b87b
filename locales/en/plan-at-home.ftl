### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = My plan, kept at home

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = Keep this at home or with someone you trust. Do not carry it.

# source: none (the sheet's heading)
plan-heading = My plan if I am detained

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = Write here the people who would help you if you were detained by immigration (CBSA). If you are detained, your phone and your contacts will be taken: learn their numbers by heart.
    .title = Who will help me

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = Your bondsperson will be asked whether they knew your immigration status before your arrest. Whatever they answer, there will be resistance: talk about it with a lawyer first.
    .title = About your bondsperson

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = Someone I trust

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = Possible bondsperson

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = Cares for my children

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = Has my spare key

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = My lawyer

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = Organizations that can help with my release plan

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = Cover each number and say it from memory. If you got it right, tick the day. Practise on day 1, 2, 4, 7, 14 and 30.
    .title = Learn the numbers by heart

# source: none (the column heading over the days to tick)
plan-practice-days = Days

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = If you are detained, Legal Aid can usually help you find a lawyer, whatever your status. By law, Legal Aid cannot share information about you with immigration.
