### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = วางแผนล่วงหน้า: รายการที่ต้องเตรียม

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = ถ้าวันหนึ่งคุณอาจถูกตรวจคนเข้าเมือง (CBSA) กักตัว ให้เตรียมสิ่งเหล่านี้ไว้ตั้งแต่ตอนนี้ ทำเครื่องหมายในช่องเมื่อทำเสร็จแล้ว
    .title = วางแผนล่วงหน้า

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = คนทำงานองค์กรช่วยเหลือที่ลงพื้นที่ เพื่อน ครอบครัว หรือองค์กร ที่ช่วยวางแผนให้คุณได้รับการปล่อยตัวได้ ถ้าคุณถูกกักตัว
    .title = คนที่สนับสนุนคุณ

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = ชื่อองค์กรที่ช่วยคุณทำแผนการปล่อยตัวได้
    .title = องค์กร

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = คนที่อาจจ่ายหรือสัญญาค้ำประกันตัวคุณได้: พลเมืองแคนาดาหรือผู้มีถิ่นที่อยู่ถาวรที่อาศัยอยู่ในแคนาดา ที่รู้จักคุณดี ไม่มีประวัติอาชญากรรม ไม่ติดค้างเงินจากการค้ำประกันครั้งก่อน แสดงได้ว่าจะจ่ายด้วยเงินที่ถูกกฎหมาย และจะมาที่การทบทวนการกักตัวเพื่อตอบคำถาม
    .title = ผู้ค้ำประกัน (bondsperson)

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = จำเบอร์ของคนที่คุณจะโทรหาให้ขึ้นใจ ถ้าคุณถูกกักตัว โทรศัพท์และรายชื่อติดต่อจะถูกยึด เขียนชื่อและเบอร์ไว้เฉพาะในแผนที่เก็บไว้ที่บ้านเท่านั้น
    .title = เบอร์โทรศัพท์

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = คนที่คุณไว้ใจมีกุญแจบ้านของคุณ เพื่อไปเอาเงิน เอกสาร และยาของคุณ
    .title = กุญแจสำรอง

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = คนที่จะดูแลลูกของคุณ และบอกคณะตุลาการ Immigration Division ได้ว่าจะดูแล ถ้าคณะตุลาการไม่แน่ใจว่าจะมีคนอื่นดูแลลูก ลูกของคุณจะถูกกักตัวพร้อมคุณ หรือถูกส่งให้หน่วยงานคุ้มครองเด็ก (Children's Aid Society)
    .title = ลูก

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = พกใบสั่งยาที่คุณต้องใช้ไว้กับตัว
    .title = ใบสั่งยา

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = เอกสารประจำตัวช่วยให้ได้รับการปล่อยตัวง่ายขึ้น แต่เอกสารจากประเทศอื่น (เช่น หนังสือเดินทาง) น่าจะทำให้ CBSA ตรวจสถานะของคุณละเอียดขึ้น ตัดสินใจว่าจะพกไว้เอง หรือให้คนที่คุณไว้ใจและติดต่อได้ง่ายเก็บไว้
    .title = เอกสารประจำตัว

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = ติดต่อทนายหรือที่ปรึกษาด้านตรวจคนเข้าเมืองที่เชื่อถือได้ ที่เป็นตัวแทนให้คุณได้ หาข้อมูลเรื่องความช่วยเหลือทางกฎหมาย (legal aid) และคลินิกกฎหมายใกล้คุณ
    .title = ทนาย

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = ถ้าคุณอาจอยากออกจากแคนาดา ให้มีหนังสือเดินทางที่ยังใช้ได้ ถ้าไม่มี การออกไปอาจใช้เวลานานขึ้น และคุณอาจถูกกักตัวนานขึ้น
    .title = หนังสือเดินทาง

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = ในการทบทวนการกักตัว คณะตุลาการ Immigration Division จะดูว่าคนในชุมชนสนับสนุนคุณไหม ตอนตัดสินว่าจะปล่อยตัวคุณหรือไม่ คนอื่นสัญญาได้ว่าจะช่วยคุณเรื่องที่พัก การรักษาพยาบาล การดูแลลูก การทำตามเงื่อนไขการปล่อยตัว หรือการออกจากแคนาดา
    .title = ทำไมคนสนับสนุนจึงสำคัญ

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = คนข้างนอกช่วยคุณได้: ช่วยให้คุณได้รับยาหรือฮอร์โมนตามใบสั่งแพทย์ เสื้อผ้า เงิน และเอกสาร โทรหาคนอื่นแทนคุณ และช่วยดูแลสัตว์เลี้ยงหรือคนที่ต้องพึ่งพาคุณ การโทรของคุณเองมีจำกัด และมีคนฟังอยู่ ยกเว้นการโทรคุยกับทนาย
    .title = ถ้าคุณถูกกักตัว
