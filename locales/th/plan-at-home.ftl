### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = แผนของฉัน เก็บไว้ที่บ้าน

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = เก็บแผ่นนี้ไว้ที่บ้าน หรือฝากไว้กับคนที่คุณไว้ใจ อย่าพกติดตัว

# source: none (the sheet's heading)
plan-heading = แผนของฉัน ถ้าฉันถูกกักตัว

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = เขียนไว้ที่นี่ว่าใครจะช่วยคุณ ถ้าคุณถูกตรวจคนเข้าเมือง (CBSA) กักตัว ถ้าคุณถูกกักตัว โทรศัพท์และรายชื่อติดต่อของคุณจะถูกยึด: จำเบอร์ของพวกเขาให้ขึ้นใจ
    .title = ใครจะช่วยฉัน

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = ผู้ค้ำประกัน (bondsperson) ของคุณจะถูกถามว่ารู้สถานะคนเข้าเมืองของคุณก่อนคุณถูกจับหรือไม่ ไม่ว่าจะตอบอย่างไร ก็จะมีการคัดค้าน: ปรึกษาเรื่องนี้กับทนายก่อน
    .title = เรื่องผู้ค้ำประกันของคุณ

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = คนที่ฉันไว้ใจ

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = คนที่อาจเป็นผู้ค้ำประกัน (bondsperson)

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = คนดูแลลูกของฉัน

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = คนที่มีกุญแจสำรองของฉัน

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = ทนายของฉัน

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = องค์กรที่ช่วยเรื่องแผนการปล่อยตัวของฉันได้

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = ปิดเบอร์ทีละเบอร์ แล้วพูดออกมาจากความจำ ถ้าพูดถูก ให้ทำเครื่องหมายในช่องของวันนั้น ฝึกในวันที่ 1, 2, 4, 7, 14 และ 30 (นับวันแรกที่ฝึกเป็นวันที่ 1)
    .title = จำเบอร์ให้ขึ้นใจ

# source: none (the column heading over the days to tick)
plan-practice-days = วัน

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = ถ้าคุณถูกกักตัว Legal Aid มักช่วยหาทนายให้คุณได้ ไม่ว่าคุณจะมีสถานะอะไร ตามกฎหมาย Legal Aid ให้ข้อมูลเกี่ยวกับคุณแก่ตรวจคนเข้าเมืองไม่ได้
