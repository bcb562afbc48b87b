### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = การกักตัวโดยตรวจคนเข้าเมือง: รู้สิทธิของคุณ

# source: none (the flyer's heading)
flyer-detention-heading = การกักตัวโดยตรวจคนเข้าเมืองในแคนาดา: รู้สิทธิของคุณ

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = เจ้าหน้าที่ CBSA ทำอะไรได้บ้าง อะไรจะเกิดขึ้นหลังถูกจับ และจะหาความช่วยเหลือได้อย่างไร

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = สำนักงานบริการชายแดนแคนาดา (Canada Border Services Agency, CBSA) บังคับใช้กฎหมายตรวจคนเข้าเมือง เจ้าหน้าที่ของ CBSA เป็นเจ้าหน้าที่ตรวจคนเข้าเมืองของรัฐบาลกลาง ไม่ใช่ตำรวจ และมีอำนาจกว้างมาก เมื่อเจ้าหน้าที่มาหาคุณหรือมาที่ทำงานของคุณ เขาต้องบอกว่าทำงานให้หน่วยงานไหน: เทศบาลเมือง รัฐบาลของรัฐ (province) หรือตรวจคนเข้าเมือง
    .title = เจ้าหน้าที่ CBSA

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = เฉพาะเมื่อสงสัยว่าคุณทำผิดกฎหมายหรือเงื่อนไขตรวจคนเข้าเมือง หรือสงสัยว่าคุณไม่มีสถานะคนเข้าเมืองที่ถูกกฎหมาย เอกสารประจำตัวใดๆ ที่แสดงสถานะของคุณ (บัตร หนังสือเดินทาง หรือใบอนุญาต) อาจทำให้เขามีเหตุผลที่จะกักตัวคุณ
    .title = เมื่อไหร่ CBSA ขอดูเอกสารประจำตัวได้

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = ถ้าเขามีเหตุให้เชื่อว่า ยืนยันไม่ได้ว่าคุณเป็นใคร คุณไม่มีสถานะคนเข้าเมืองที่ถูกกฎหมาย คุณทำผิดกฎหมายหรือเงื่อนไขตรวจคนเข้าเมือง หรือมีหมายในชื่อของคุณตามคำสั่งเนรเทศ โดยปกติมีแค่ CBSA ที่จับคนในความผิดด้านตรวจคนเข้าเมือง แต่ถ้ามีหมายจับในชื่อของคุณ ตำรวจควบคุมตัวคุณและส่งตัวให้ CBSA ได้
    .title = เมื่อไหร่ CBSA กักตัวคุณได้

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = ถ้า CBSA กักตัวคุณ คุณมีสิทธิติดต่อทนายและขอคำแนะนำก่อนตอบคำถาม นอกจากเรื่องนี้ คุณไม่มีสิทธิที่จะนิ่งเงียบเมื่อถูกกักตัวโดยตรวจคนเข้าเมือง ถ้าคุณไม่ตอบ อาจถูกนำไปใช้ในการทบทวนการกักตัว เพื่อกักตัวคุณต่อ
    .title = มีทนายได้ แต่ไม่มีสิทธิที่จะนิ่งเงียบ

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA อาจปล่อยตัวคุณโดยมีข้อกำหนดและเงื่อนไข หรืออาจกักตัวคุณไว้จนถึงการทบทวนการกักตัว ถ้าตัดสินว่าคุณเป็นอันตรายต่อสาธารณะ (เช่น คุณมีประวัติอาชญากรรม) ว่าคุณอาจไม่มาตามนัดพิจารณาหรือนัดส่งตัวออก หรือว่ายืนยันไม่ได้ว่าคุณเป็นใคร
    .title = หลังถูกจับ

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = ถ้า CBSA ไม่ปล่อยตัวคุณ คณะตุลาการที่ชื่อ Immigration Division จะทบทวนการกักตัวของคุณภายใน 48 ชั่วโมงหรือหลังจากนั้นไม่นาน ทางโทรศัพท์หรือต่อหน้า ถ้ายังไม่ได้รับการปล่อยตัว จะมีการทบทวนอีกครั้งใน 7 วันต่อมา แล้วทุก 30 วัน ในการทบทวน คุณอาจได้รับการปล่อยตัวโดยมีเงื่อนไข เช่น ถ้าคุณมีผู้ค้ำประกัน หรือถ้าโครงการประกันตัวโตรอนโต (Toronto Bail Program) รับดูแลคุณ (เขตมหานครโตรอนโต)
    .title = การทบทวนการกักตัว

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = ผู้ค้ำประกัน (bondsperson) คือคนที่วางประกันตัวด้านตรวจคนเข้าเมือง (bond) ให้คุณ สิ่งนี้มักเป็นกุญแจสำคัญที่ทำให้ได้รับการปล่อยตัว เขาจะมาที่การทบทวนการกักตัวของคุณและตอบคำถาม เขาต้องเป็นพลเมืองแคนาดาหรือผู้มีถิ่นที่อยู่ถาวรที่อาศัยอยู่ในแคนาดา และต้องไม่ติดค้างเงินจากการค้ำประกันครั้งก่อน เขาไม่ควรมีประวัติอาชญากรรม และต้องรู้จักคุณดี จะดีขึ้นถ้าคุณจะอยู่กับเขา และถ้าคุณมีแผนหลังปล่อยตัวพร้อมที่อยู่ที่คุณจะไปอาศัย
    .title = ผู้ค้ำประกัน

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = มีงานทำไหม: ไม่จำเป็นต้องมีงาน แต่ต้องแสดงว่าจ่ายได้ ด้วยเงินที่ไม่ได้มาจากการกระทำผิดกฎหมาย รู้สถานะคนเข้าเมืองของคุณก่อนคุณถูกจับไหม: ตอบอย่างไรก็อาจมีปัญหา ปรึกษาทนายเรื่องทั้งสองคำถามก่อน
    .title = ผู้ค้ำประกันจะถูกถามอะไร

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = ประกันแบบเงินสด (cash bond): ผู้ค้ำประกันจ่ายเงินให้ CBSA ก่อน และได้เงินคืนเมื่อคุณออกจากแคนาดาหรือได้เป็นผู้มีถิ่นที่อยู่ถาวร ประกันแบบสัญญา (performance bond): ไม่ต้องจ่ายก่อน ผู้ค้ำประกันสัญญาว่าจะจ่ายไม่เกิน 1/7 ของรายได้ต่อปีของตน ไม่ว่าแบบไหน ผู้ค้ำประกันจะเสียเงินนั้นถ้าคุณทำผิดเงื่อนไข หรือถ้าคุณถูกสั่งให้ออกจากแคนาดาแล้วไม่ออก
    .title = ประกันสองแบบ

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = คณะตุลาการ Immigration Division ต้องจัดล่ามให้คุณและพยานของคุณ ถ้ายังไม่มีล่าม คุณหรือทนายควรขอเป็นลายลักษณ์อักษรก่อนการพิจารณา ญาติหรือเพื่อนอาจถูกปฏิเสธเพราะไม่เป็นกลาง จึงไม่ควรขอให้พวกเขาเป็นล่าม ถ้าล่ามแปลผิด ให้บอก: การพิจารณาอาจถูกเลื่อนเพื่อหาล่ามคนใหม่
    .title = ล่าม

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
det-representative = ถ้าปัญหาสุขภาพจิตหรือปัญหาอื่นทำให้คุณเข้าใจการพิจารณาได้ยากมาก คุณขอให้มีคนช่วยได้ เรียกว่าผู้แทนที่ได้รับแต่งตั้ง (designated representative) โดยปกติ เจ้าหน้าที่ด้านสุขภาพจิตหรือเจ้าหน้าที่ชุมชนที่คุณไว้ใจจะดีที่สุด
    .title = ความช่วยเหลือในการพิจารณา

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = เก็บเบอร์เหล่านี้ไว้กับตัว เผื่อคุณถูกกักตัว
    .title = หาทนาย

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = ฟรี และรับสายเก็บเงินปลายทาง ถ้าคุณถูกกักตัวในโตรอนโตหรือบริเวณใกล้เคียง เช่น ในเรือนจำอย่าง Vanier Centre for Women ให้ขอโทรหาพวกเขา

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = คลินิกในศูนย์กักตัวคนเข้าเมืองโตรอนโต (Toronto Immigration Holding Centre) ถ้าคุณถูกกักตัวที่นั่น ให้ขอพบพวกเขา ไม่เสียค่าใช้จ่าย

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = สแกนเพื่ออ่านเพิ่มเติมเรื่องสิทธิของคุณกับ CBSA: “Migrants Know Your Rights!”
