### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = خطتي، محفوظة في البيت

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = احتفظ بهذه الورقة في البيت أو مع شخص تثق به. لا تحملها معك.

# source: none (the sheet's heading)
plan-heading = خطتي إذا احتُجزت

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = اكتب هنا الأشخاص الذين سيساعدونك إذا احتجزتك الهجرة (CBSA). إذا احتُجزت، سيأخذون هاتفك وقائمة أرقامك: احفظ أرقامهم عن ظهر قلب.
    .title = من سيساعدني

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = سيُسأل ضامنك (bondsperson) هل كان يعرف وضع هجرتك قبل القبض عليك. أيًّا كان جوابه، ستكون هناك معارضة: ناقش ذلك مع محامٍ أولًا.
    .title = عن ضامنك

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = شخص أثق به

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = ضامن محتمل

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = يرعى أطفالي

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = معه مفتاحي الاحتياطي

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = محاميّ

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = منظمات تساعد في خطة الإفراج عني

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = غطِّ كل رقم وقُله من ذاكرتك. إذا قلته صحيحًا، ضع علامة في خانة اليوم. تدرّب في الأيام 1 و2 و4 و7 و14 و30.
    .title = احفظ الأرقام عن ظهر قلب

# source: none (the column heading over the days to tick)
plan-practice-days = الأيام

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = إذا احتُجزت، تستطيع المساعدة القانونية (Legal Aid) عادةً مساعدتك في إيجاد محامٍ، مهما كان وضعك. وبموجب القانون، لا يجوز للمساعدة القانونية مشاركة معلومات عنك مع سلطات الهجرة.
