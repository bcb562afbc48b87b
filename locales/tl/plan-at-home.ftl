### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = Ang plano ko, nakatago sa bahay

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = Itago ito sa bahay o sa taong pinagkakatiwalaan mo. Huwag itong dalhin.

# source: none (the sheet's heading)
plan-heading = Ang plano ko kung ma-detain ako

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = Isulat dito ang mga taong tutulong sa iyo kung ma-detain ka ng imigrasyon (CBSA). Kapag na-detain ka, kukunin ang phone mo at ang mga contact mo: kabisaduhin ang mga numero nila.
    .title = Sino ang tutulong sa akin

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = Tatanungin ang bondsperson mo kung alam niya ang immigration status mo bago ka inaresto. Anuman ang isagot niya, may pagtutol: pag-usapan muna ito kasama ang abogado.
    .title = Tungkol sa bondsperson mo

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = Taong pinagkakatiwalaan ko

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = Posibleng magpipiyansa para sa akin (bondsperson)

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = Nag-aalaga sa mga anak ko

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = May hawak ng ekstrang susi ko

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = Abogado ko

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = Mga organisasyong makakatulong sa release plan ko

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = Takpan ang bawat numero at sabihin ito nang kabisado. Kung tama, lagyan ng tsek ang araw. Magsanay sa araw 1, 2, 4, 7, 14 at 30.
    .title = Kabisaduhin ang mga numero

# source: none (the column heading over the days to tick)
plan-practice-days = Mga araw

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = Kung ma-detain ka, kadalasang matutulungan ka ng Legal Aid na humanap ng abogado, anuman ang status mo. Ayon sa batas, hindi puwedeng ibahagi ng Legal Aid sa imigrasyon ang impormasyon tungkol sa iyo.
