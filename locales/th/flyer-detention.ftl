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
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = สำนักงานบริการชายแดนแคนาดา (Canada Border Services Agency, CBSA) บังคับใช้กฎหมายตรวจคนเข้าเมือง เจ้าหน้าที่ของ CBSA เป็นเจ้าหน้าที่ตรวจคนเข้าเมืองของรัฐบาลกลาง ไม่ใช่ตำรวจ และมีอำนาจกว้างมาก การกักตัวโดยตรวจคนเข้าเมืองไม่ใช่การคุมขังในคดีอาญา: กฎ คณะตุลาการ และสถานที่กักตัวไม่เหมือนกัน เมื่อเจ้าหน้าที่มาหาคุณหรือมาที่ทำงานของคุณ เขาต้องบอกว่าทำงานให้หน่วยงานไหน: เทศบาลเมือง รัฐบาลของรัฐ (province) หรือตรวจคนเข้าเมือง
    .title = เจ้าหน้าที่ CBSA

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = เจ้าหน้าที่ CBSA ขอดูเอกสารประจำตัวได้ ถ้าสงสัยว่าคุณทำผิดกฎหมายหรือเงื่อนไขตรวจคนเข้าเมือง หรือสงสัยว่าคุณไม่มีสถานะคนเข้าเมืองที่ถูกกฎหมาย เขามีอำนาจกว้างมาก เอกสารประจำตัวใดๆ ที่แสดงสถานะของคุณ (บัตร หนังสือเดินทาง หรือใบอนุญาต) อาจทำให้เขามีเหตุที่จะกักตัวคุณ และถ้าเขายืนยันไม่ได้ว่าคุณเป็นใคร เรื่องนี้เองก็เป็นเหตุที่เขากักตัวคุณได้
    .title = เมื่อไหร่ CBSA ขอดูเอกสารประจำตัวได้

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = ถ้าเขามีเหตุให้เชื่อว่า ยืนยันไม่ได้ว่าคุณเป็นใคร หรือคุณไม่มีสถานะคนเข้าเมืองที่ถูกกฎหมาย หรือคุณทำผิดกฎหมายหรือเงื่อนไขตรวจคนเข้าเมือง หรือมีหมายในชื่อของคุณตามคำสั่งเนรเทศ โดยทั่วไป มีแค่ CBSA ที่จับคนในความผิดด้านตรวจคนเข้าเมือง แต่ถ้ามีหมายจับในชื่อของคุณ ตำรวจควบคุมตัวคุณและส่งตัวให้ CBSA ได้
    .title = เมื่อไหร่ CBSA กักตัวคุณได้

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = ตำรวจโทรเรียก CBSA ได้ การสอบสวนของตำรวจหรือของเทศบาลอาจมีผลด้านตรวจคนเข้าเมือง แม้คุณจะไม่เคยถูกตั้งข้อหาเลย: รายงานของตำรวจและใบสั่งเคยถูกใช้เป็นหลักฐานเอาผิดคนในการพิจารณาเรื่องตรวจคนเข้าเมืองมาแล้ว
    .title = ตำรวจและเจ้าหน้าที่เทศบาล

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = ถ้า CBSA กักตัวคุณ คุณมีสิทธิติดต่อทนายและขอคำแนะนำก่อนตอบคำถาม นอกจากเรื่องนี้ คุณไม่มีสิทธิที่จะนิ่งเงียบเมื่อถูกกักตัวโดยตรวจคนเข้าเมือง ถ้าคุณไม่ตอบ เรื่องนี้จะถูกใช้ในการทบทวนการกักตัว เพื่ออ้างว่าคุณควรถูกกักตัวต่อ อย่าโกหก CBSA หรือ IRCC: การโกหกอาจนำไปสู่ความผิดด้านตรวจคนเข้าเมือง คือการให้ข้อมูลเท็จ (misrepresentation)
    .title = มีทนายได้ แต่ไม่มีสิทธิที่จะนิ่งเงียบ

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA อาจปล่อยตัวคุณโดยมีข้อกำหนดและเงื่อนไข หรืออาจกักตัวคุณไว้จนถึงการทบทวนการกักตัว ถ้าตัดสินว่าคุณเป็นอันตรายต่อสาธารณะ (เช่น คุณมีประวัติอาชญากรรม) ว่าคุณอาจไม่มาตามนัดพิจารณาหรือนัดส่งตัวออก หรือว่ายืนยันไม่ได้ว่าคุณเป็นใคร
    .title = หลังถูกจับ

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = ถ้า CBSA ไม่ปล่อยตัวคุณ คณะตุลาการที่ชื่อ Immigration Division จะทบทวนการกักตัวของคุณภายใน 48 ชั่วโมงหรือหลังจากนั้นไม่นาน ทางโทรศัพท์หรือต่อหน้า ถ้ายังไม่ได้รับการปล่อยตัว จะมีการทบทวนอีกครั้งใน 7 วันต่อมา แล้วทุก 30 วัน ในการทบทวน คุณอาจได้รับการปล่อยตัวโดยมีเงื่อนไข เช่น ถ้าคุณมีผู้ค้ำประกัน หรือถ้าโครงการประกันตัวโตรอนโต (Toronto Bail Program) รับดูแลคุณ (เขตมหานครโตรอนโต รวมถึงถ้าคุณถูกกักตัวที่ Vanier Centre) ถ้า CBSA บอกว่าคุณเป็นอันตรายต่อสาธารณะ หรืออาจไม่มาตามนัดพิจารณา โครงการประกันตัวโตรอนโตอาจช่วยได้
    .title = การทบทวนการกักตัว

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = ผู้ค้ำประกัน (bondsperson) คือคนที่วางประกันตัวด้านตรวจคนเข้าเมือง (bond) ให้คุณ และมักเป็นปัจจัยสำคัญว่าคุณจะได้รับการปล่อยตัวหรือไม่ เขาจะมาที่การทบทวนการกักตัวของคุณและตอบคำถาม เขาต้องเป็นพลเมืองแคนาดาหรือผู้มีถิ่นที่อยู่ถาวรที่อาศัยอยู่ในแคนาดา และต้องไม่ติดค้างเงินจากการค้ำประกันครั้งก่อน เขาไม่ควรมีประวัติอาชญากรรม และต้องรู้จักคุณดี จะดีขึ้นถ้าคุณจะอยู่กับเขา และถ้าคุณมีแผนหลังปล่อยตัวพร้อมที่อยู่ที่คุณจะไปอาศัย
    .title = ผู้ค้ำประกัน

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = มีงานทำไหม: ไม่จำเป็นต้องมีงาน แต่ต้องแสดงว่าจ่ายได้ ด้วยเงินที่ไม่ได้มาจากการกระทำผิดกฎหมาย รู้สถานะคนเข้าเมืองของคุณก่อนคุณถูกจับไหม: ไม่ว่าจะตอบอย่างไร ก็จะมีการคัดค้าน ปรึกษาทนายเรื่องทั้งสองคำถามก่อน
    .title = ผู้ค้ำประกันจะถูกถามอะไร

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = คุณต้องมีที่อยู่ที่คุณจะไปอาศัย จึงจะได้รับการปล่อยตัว องค์กรชุมชนช่วยคุณหาที่พักได้ เช่น บ้านพักพิง (shelter) และช่วยหาคนที่จะเป็นตัวแทนให้คุณในการทบทวนการกักตัวได้
    .title = ที่อยู่ที่จะไปอาศัย

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = ถ้าคุณมีลูกหรือครอบครัวในแคนาดา คณะตุลาการ Immigration Division จะใช้เรื่องนี้เป็นผลร้ายต่อคุณ: จะบอกว่าคุณมีแนวโน้มน้อยที่จะออกจากแคนาดา ถ้าลูกถูกกักตัวพร้อมคุณ เรื่องนี้ช่วยให้คุณได้รับการปล่อยตัวได้ คุณอาจต้องอ้างว่าลูกจะออกไปพร้อมคุณ และลูกต้องการพ่อหรือแม่ของเขา ถามทนายเรื่องการยื่นคำขอด้วยเหตุผลด้านมนุษยธรรม (humanitarian and compassionate, H&C) ถ้าคณะตุลาการ Immigration Division ไม่แน่ใจว่าจะมีคนอื่นดูแลลูกของคุณ ลูกจะถูกกักตัวพร้อมคุณ หรือถูกส่งให้หน่วยงานคุ้มครองเด็ก (Children's Aid Society)
    .title = ลูกและครอบครัว

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = ประกันแบบเงินสด (cash bond): ผู้ค้ำประกันจ่ายเงินให้ CBSA ก่อน และได้เงินคืนเมื่อคุณออกจากแคนาดาหรือได้เป็นผู้มีถิ่นที่อยู่ถาวร ประกันแบบสัญญา (performance bond): ไม่ต้องจ่ายก่อน ผู้ค้ำประกันสัญญาว่าจะจ่ายไม่เกิน 1/7 ของรายได้ต่อปีของตน ไม่ว่าแบบไหน ผู้ค้ำประกันจะเสียเงินนั้นถ้าคุณทำผิดเงื่อนไข หรือถ้าคุณถูกสั่งให้ออกจากแคนาดาแล้วไม่ออก
    .title = ประกันสองแบบ

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = เมื่อถูกกักตัว การโทรศัพท์ของคุณมีจำกัด และมีคนฟังอยู่ ยกเว้นการโทรคุยกับทนาย คนข้างนอกโทรหาคนอื่นแทนคุณได้
    .title = การโทรเมื่อถูกกักตัว

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
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = ถ้าปัญหาสุขภาพจิตหรือปัญหาอื่นทำให้คุณเข้าใจการพิจารณาได้ยากมาก คุณขอให้มีคนช่วยได้ เรียกว่าผู้แทนที่ได้รับแต่งตั้ง (designated representative) โดยปกติ คนทำงานด้านสุขภาพจิตหรือคนทำงานชุมชนที่คุณไว้ใจจะดีที่สุด ก่อนบอก CBSA หรือเจ้าหน้าที่ศูนย์กักตัวเรื่องปัญหาสุขภาพจิต ให้ปรึกษาทนายก่อน: บางคนเคยถูกย้ายจากศูนย์กักตัวคนเข้าเมืองไปเรือนจำความมั่นคงสูงสุด
    .title = ความช่วยเหลือในการพิจารณา

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = ถ้าคุณถูกกักตัว ขอให้มีคนอธิบายทางเลือกทุกทางที่คุณมี และแต่ละทางใช้เวลานานเท่าไร การที่คุณจะถูกกักตัวต่อหรือไม่ระหว่างรอ อาจมีผลต่อการตัดสินใจว่าจะสู้เรื่องการส่งตัวออกหรือไม่
    .title = อยู่ต่อหรือออกไป

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = การซื้อตั๋วเครื่องบินเองแสดงว่าคุณให้ความร่วมมือ และทำให้มีโอกาสมากขึ้นที่คุณจะได้รับการปล่อยตัวจนถึงวันส่งตัวออก ถ้าคุณไม่ซื้อเอง คุณจะต้องจ่ายค่าเที่ยวบินคืนให้ IRCC ก่อน จึงจะขอใบอนุญาตกลับเข้าแคนาดา (Authorization to Return to Canada, ARC) ได้ หลังได้รับคำสั่งเนรเทศหรือถูกตัดสินว่ามีความผิดทางอาญา คุณจะกลับเข้าแคนาดาไม่ได้เลยถ้าไม่มี ARC
    .title = ถ้าคุณอยากออกไป

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = บอกทนายให้เร็วที่สุด: การเตรียมเรื่องของคุณใช้เวลา ความช่วยเหลือทางกฎหมาย (legal aid) อาจจ่ายค่าทนายให้ และคลินิกกฎหมายฟรีอาจช่วยได้ ถ้าชีวิตหรือความปลอดภัยของคุณจะตกอยู่ในความเสี่ยงในประเทศที่คุณจะถูกส่งไป หรือคุณอาจเผชิญการประหัตประหารหรืออันตรายร้ายแรงที่นั่น ให้ถามทนายเรื่องการขอลี้ภัย หรือการประเมินความเสี่ยงก่อนส่งตัวออก (pre-removal risk assessment, PRRA)
    .title = ถ้าคุณอยากอยู่ต่อ

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = จำเบอร์เหล่านี้ให้ขึ้นใจ: ถ้าคุณถูกกักตัว โทรศัพท์และรายชื่อติดต่อของคุณจะถูกยึด
    .title = หาทนาย

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = ถ้าคุณถูกกักตัว Legal Aid มักช่วยหาทนายให้คุณได้ ไม่ว่าคุณจะมีสถานะอะไร ตามกฎหมาย Legal Aid ให้ข้อมูลเกี่ยวกับคุณแก่ตรวจคนเข้าเมืองไม่ได้

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
