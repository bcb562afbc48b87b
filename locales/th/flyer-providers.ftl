### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = กฎหมายตรวจคนเข้าเมืองกับพนักงานบริการทางเพศข้ามชาติ: สำหรับผู้ให้บริการ

# source: none (heading of page 1)
providers-heading-1 = กฎหมายตรวจคนเข้าเมืองกับพนักงานบริการทางเพศข้ามชาติ: สถานะ การไม่มีสิทธิเข้าเมือง การส่งตัวออก

# source: none (heading of page 2)
providers-heading-2 = กฎหมายตรวจคนเข้าเมืองกับพนักงานบริการทางเพศข้ามชาติ: การค้ามนุษย์ ความยินยอม การอยู่ต่อหรือการออกไป

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = สำหรับผู้ให้บริการด้านกฎหมาย สังคม สุขภาพ และชุมชน และทนายความ

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = สรุปจาก “Immigration Law and Migrant Sex Workers' Rights” ภาคที่ 2 ของชุดเอกสาร “Upholding and promoting human rights, justice and access for migrant sex workers” (ตุลาคม 2017) ผู้เขียน: Tara Santini และ Mac Scott ภาคี: Chinese Canadian National Council Toronto Chapter; Butterfly (Asian and Migrant Sex Workers Support Network); The Chinese and Southeast Asian Legal Clinic; St. Stephen's Community House ได้รับทุนจาก The Law Foundation of Ontario

# source: front matter ("To access the full series of documents")
providers-qr-series = สแกนเพื่อดูเอกสารข้อมูลกฎหมายทั้งชุด

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = ผู้มีถิ่นที่อยู่ถาวรทำงานได้เกือบทุกที่ กับนายจ้างใดก็ได้ (ยกเว้นงานความมั่นคงสูงบางงาน) ผู้มาเยือน (วีซ่านักท่องเที่ยว) โดยทั่วไปทำงานไม่ได้เลย ทั้งกับนายจ้างหรือทำงานอิสระ ใบอนุญาตทำงานแบบเปิด (open) ใช้ทำงานกับนายจ้างส่วนใหญ่ได้ แบบปิด (closed) ระบุชื่อนายจ้าง นักศึกษา ผู้ที่รอการสปอนเซอร์ และผู้ขอลี้ภัย อาจได้หรือไม่ได้รับอนุญาตให้ทำงาน ผู้ไม่มีสถานะ (ไม่มีเอกสาร) ทำงานอย่างถูกกฎหมายไม่ได้ ในที่นี้ วีซ่า (visa) กับใบอนุญาต (permit) มีความหมายเดียวกัน
    .title = สถานะและสิทธิในการทำงาน

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = ทุกคนที่ไม่ใช่พลเมืองแคนาดาหรือผู้มีถิ่นที่อยู่ถาวร ถูกห้ามทำงานบริการทางเพศ แม้จะมีใบอนุญาตทำงานแบบเปิด ระเบียบ IRPR ห้ามผู้พำนักชั่วคราวทุกคนทำงานกับนายจ้างที่ให้บริการระบำเปลื้องผ้า (striptease) การเต้นอีโรติก เอสคอร์ต (escort) หรือนวดอีโรติก (มาตรา 183(1)(b.1) และ 196.1(a)) ใบอนุญาตทำงานทุกใบระบุว่า “ใช้ไม่ได้กับการจ้างงานในธุรกิจที่เกี่ยวข้องกับการค้าบริการทางเพศ” ซึ่งครอบคลุมการเป็นลูกจ้าง การทำงานอิสระ และการให้บริการตามสัญญาจ้าง ผู้ย้ายถิ่นที่ทำงานบริการทางเพศจึงถือว่าฝ่าฝืน และอาจฝ่าฝืนกฎเรื่องการให้ข้อมูลเท็จ (misrepresentation) ด้วย เพราะแบบฟอร์มตรวจคนเข้าเมืองถามเรื่องงานของพวกเขา
    .title = ผู้พำนักชั่วคราวทำงานบริการทางเพศไม่ได้

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = สถานะอาจหายไปได้ในวันเดียว: คำขอลี้ภัยถูกปฏิเสธและมีคำสั่งส่งตัวออก บุคคลถูกพบว่าไม่มีสิทธิเข้าเมือง (inadmissible) หรือวีซ่าหมดอายุ ผู้มาเยือน นักศึกษา หรือคนทำงานที่ยื่นขอต่ออายุก่อนวันหมดอายุ มี “สถานะโดยนัย” (implied status) จนกว่าจะมีคำตัดสิน
    .title = สถานะเปลี่ยนได้เร็ว

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = การถูกพบว่าไม่มีสิทธิเข้าเมือง (inadmissible) หมายถึงเสียสถานะและถูกสั่งให้ออกจากแคนาดา พนักงานบริการทางเพศข้ามชาติอาจไม่มีสิทธิเข้าเมือง เพราะฝ่าฝืนเงื่อนไขหรือระเบียบตรวจคนเข้าเมือง (เช่น ทำงานในอุตสาหกรรมทางเพศ หรือให้ข้อมูลเท็จเรื่องนี้) เพราะถูกตัดสินว่ามีความผิดทางอาญาซึ่งทำให้ไม่มีสิทธิเข้าเมือง (criminal inadmissibility) ไม่ว่าในหรือนอกแคนาดา หรือเพราะเสียสถานะด้วยเหตุอื่น (วีซ่าหมดอายุ คำขอลี้ภัยถูกปฏิเสธ) การสอบสวนทางอาญาและของเทศบาลอาจมีผลด้านตรวจคนเข้าเมือง แม้ไม่มีการตั้งข้อหา
    .title = การไม่มีสิทธิเข้าเมือง (inadmissibility)

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = คำสั่งเนรเทศ (deportation order): ต้องได้รับอนุญาตพิเศษจึงจะกลับเข้าแคนาดาได้ ไม่ว่าเมื่อใดในอนาคต คำสั่งให้ออก (departure order): ต้องได้รับอนุญาตพิเศษจึงจะกลับเข้ามาได้ภายใน 1 ถึง 5 ปี คำสั่งให้ออกแบบมีเงื่อนไข (conditional departure order): ถ้าบุคคลนั้นออกไปภายในเวลาที่กำหนด ก็ไม่ต้องได้รับอนุญาตพิเศษเพื่อกลับเข้ามา คู่มือนี้ยังกล่าวถึงคำสั่งห้ามเข้า (exclusion order) ด้วย (กลับไม่ได้ 5 ปีถ้าไม่มี ARC หลังโกหกเจ้าหน้าที่ตรวจคนเข้าเมือง ดู “การตัดสินใจออกไป”): ให้ตรวจสอบกับทนาย
    .title = คำสั่งส่งตัวออกสามแบบ

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = การถูกตัดสินว่ามีความผิด (รับสารภาพหรือศาลพิพากษาว่ามีความผิด) อาจทำให้บุคคลไม่มีสิทธิเข้าเมือง ถ้าเป็นความผิดอาญาร้ายแรง (indictable offence) หรือความผิดที่ดำเนินคดีได้ทั้งสองแบบ (hybrid offence) (ความผิดส่วนใหญ่ รวมถึงการรับผลประโยชน์ทางวัตถุ การจัดหา และการซื้อบริการทางเพศ) หรือความผิดสองข้อหาใดก็ได้ที่เกิดจากเหตุการณ์ต่างกัน (IRPA มาตรา 36(2))
    .title = การไม่มีสิทธิเข้าเมืองทางอาญา สำหรับผู้ไม่มีถิ่นที่อยู่ถาวร

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = การถูกตัดสินว่ามีความผิดอาจทำให้ผู้มีถิ่นที่อยู่ถาวรไม่มีสิทธิเข้าเมือง ถ้าศาลลงโทษจำคุกเกิน 6 เดือน หรือถ้าโทษสูงสุดที่เป็นไปได้คือ 10 ปีขึ้นไป เช่น การรับผลประโยชน์ทางวัตถุและการจัดหา (IRPA มาตรา 36(1)) ณ เดือนตุลาคม 2017 แม้แต่โทษจำคุกแบบมีเงื่อนไข (conditional sentence of imprisonment) ก็นับรวมใน 6 เดือนนั้น (R v Tran, 2015 FCA 237) และศาลฎีกา (Supreme Court) ได้อนุญาตให้อุทธรณ์แล้ว
    .title = การไม่มีสิทธิเข้าเมืองทางอาญา สำหรับผู้มีถิ่นที่อยู่ถาวร

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = การปล่อยตัวโดยไม่ลงโทษ (discharge แบบมีเงื่อนไขหรือไม่มีเงื่อนไข) หรือการเบี่ยงคดีออกจากกระบวนการ (diverted charges) ไม่ถือเป็นการถูกตัดสินว่ามีความผิดตามกฎหมายตรวจคนเข้าเมือง: จึงไม่ทำให้ไม่มีสิทธิเข้าเมืองทางอาญา และบุคคลนั้นจะไม่เสียสถานะหรือถูกเนรเทศเพราะผลของคดีอาญานั้น แต่ข้อเท็จจริงเดียวกันยังอาจทำให้ไม่มีสิทธิเข้าเมืองเพราะฝ่าฝืนเงื่อนไขได้: รายงานของตำรวจและใบสั่งเคยถูกใช้เป็นหลักฐานในการพิจารณาเรื่องการไม่มีสิทธิเข้าเมืองมาแล้ว
    .title = การปล่อยตัวโดยไม่ลงโทษและการเบี่ยงคดี

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = พนักงานบริการทางเพศต้องรู้ผลด้านตรวจคนเข้าเมืองทุกข้อ ก่อนตัดสินใจว่าจะทำอย่างไรกับข้อหาอาญา ทนายคดีอาญาต้องอธิบายผลเหล่านี้ และดูให้แน่ใจว่าลูกความได้รับคำแนะนำด้านกฎหมายตรวจคนเข้าเมืองที่เป็นอิสระ ถ้าคุณไม่มั่นใจว่าเป็นเช่นนั้น พนักงานควรติดต่อทนายตรวจคนเข้าเมืองเองโดยตรง หรือคุณอาจติดต่อแทนได้ โดยได้รับความยินยอมหลังจากเขาได้รับข้อมูลครบถ้วน
    .title = ก่อนให้การรับหรือปฏิเสธข้อหา

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = บางเมือง เช่น โตรอนโต แฮมิลตัน และแวนคูเวอร์ มีนโยบาย “Access Without Fear” (เข้าถึงบริการโดยไม่ต้องกลัว): เจ้าหน้าที่ของเมืองไม่ควรถามเรื่องสถานะคนเข้าเมือง ไม่ควรปฏิเสธบริการแก่ผู้อยู่อาศัยที่ไม่มีสถานะ และไม่ควรแบ่งปันข้อมูลกับหน่วยงานตรวจคนเข้าเมือง เช่น CBSA เว้นแต่กฎหมายกำหนด ในทางปฏิบัติ ตำรวจใช้นโยบายเหล่านี้ไม่สม่ำเสมอ (เช่น ในโตรอนโต) จึงอาจยังมีการถามเรื่องสถานะและการแบ่งปันข้อมูล และผู้ย้ายถิ่นที่ไม่มีสถานะก็ยังใช้บริการของเมืองได้ไม่สม่ำเสมอเช่นกัน พนักงานอาจอยากให้คนที่ไว้ใจได้และมีสถานะถูกกฎหมาย สอบถามเรื่องบริการของเมืองให้ก่อนไปใช้
    .title = เมืองลี้ภัย (sanctuary cities)

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = บริการทางเพศที่ยินยอมและได้รับค่าตอบแทน ไม่ใช่การค้ามนุษย์ การค้ามนุษย์มีการใช้กำลังหรือการบังคับทางร่างกายหรือจิตใจ ร่วมกับการแสวงประโยชน์ เช่น ยึดหนังสือเดินทาง กักขัง หรือบังคับให้ทำงาน การมองงานบริการทางเพศทั้งหมดว่าเป็นการแสวงประโยชน์ ทำให้มองไม่เห็นการแสวงประโยชน์ที่เกิดขึ้นจริง ปฏิเสธความยินยอมของพนักงาน และกันพวกเขาออกจากการคุ้มครองแรงงาน พนักงานบริการทางเพศข้ามชาติไม่ได้เป็นเหยื่อโดยนิยาม แต่อาจตกเป็นเหยื่อการค้ามนุษย์ได้
    .title = งานบริการทางเพศไม่ใช่การค้ามนุษย์

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = ปฏิบัติการต่อต้านการค้ามนุษย์และการบุกตรวจอ้างว่ามุ่งเป้าที่ลูกค้าและบุคคลที่สาม แต่มักนำไปสู่การจับกุม กักตัว และเนรเทศพนักงานบริการทางเพศข้ามชาติ แม้ไม่มีการตั้งข้อหา พนักงานอาจถูกตั้งข้อหาค้ามนุษย์ แม้ไม่มีการแสวงประโยชน์ ถ้าทำงานร่วมกับ รับผลประโยชน์ทางวัตถุจาก หรือช่วยพนักงานบริการทางเพศคนอื่นให้เข้ามาหรือทำงานในแคนาดา ความกลัวเรื่องนี้ทำให้พวกเขาไม่แจ้งเรื่องการแสวงประโยชน์หรือความรุนแรง
    .title = ผลร้ายของการบุกตรวจ

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# ("our experience tells us that it is essential that service providers do not contact anyone,
# or disclose any information ... without the explicit and informed consent"; discuss all
# possible negative consequences in advance; footnote 17: the recommendation "does not
# constitute legal advice"; "This does not mean that you cannot support and intervene in a
# crisis situation"; "you may recommend that they contact counsel and/or community
# organizations, as coming forward to police may have negative consequences") and the closing
# paragraphs after §5, src L617-623 (the harms of disclosure without consent: involvement with
# law enforcement, criminal and immigration investigations, detention, arrest and deportation,
# loss of trust)
p-consent = จากประสบการณ์ของเรา จำเป็นอย่างยิ่งที่จะไม่ติดต่อใครหรือแบ่งปันข้อมูลใดๆ เกี่ยวกับบุคคล โดยไม่ได้รับความยินยอมอย่างชัดแจ้งหลังจากเขาได้รับข้อมูลครบถ้วน แม้คุณจะคิดว่าเขาเป็นเหยื่อความรุนแรงหรือการค้ามนุษย์ นี่เป็นข้อเสนอแนะ ไม่ใช่คำแนะนำทางกฎหมาย ความยินยอมหลังได้รับข้อมูลครบถ้วน หมายถึงต้องคุยถึงผลเสียที่อาจเกิดขึ้นทุกข้อก่อน การเปิดเผยโดยไม่ได้รับความยินยอมอาจทำให้ตำรวจเข้ามาเกี่ยวข้องโดยไม่ต้องการ ทำให้ถูกสอบสวน กักตัว และเนรเทศ และทำลายความไว้วางใจ คุณยังให้การสนับสนุนและลงมือช่วยในภาวะวิกฤตได้ คุณอาจแนะนำทนายหรือองค์กรชุมชน: การไปแจ้งตำรวจอาจมีผลเสีย ซึ่งควรพิจารณาให้รอบด้านก่อน
    .title = ไม่เปิดเผยข้อมูลโดยไม่ได้รับความยินยอม

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = คุณอาจมีหน้าที่ทางกฎหมาย จริยธรรม หรือวิชาชีพ หรือมีนโยบาย ที่ดูเหมือนขัดกับข้อนี้ ถ้าคุณให้บริการแบบไม่ระบุตัวตนและเป็นความลับไม่ได้ หรือสัญญาไม่ได้ว่าจะไม่เปิดเผยข้อมูลโดยไม่ได้รับความยินยอม ให้บอกให้ชัดก่อนที่เขาจะเล่าอะไร: คุณต้องการข้อมูลอะไรและเพราะอะไร ใครดูแฟ้มของเขาได้ และเมื่อไหร่ที่คุณจะหรืออาจแบ่งปันข้อมูลนั้น ถ้าเป็นไปได้ ให้บริการโดยไม่ขอให้เขาเปิดเผยเรื่องงานบริการทางเพศ สถานะ หรือตัวตน
    .title = บอกข้อจำกัดของคุณก่อน

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = ผู้ที่ระบุว่าตนเป็นเหยื่อการค้ามนุษย์ อาจยื่นขอใบอนุญาตพำนักชั่วคราวพิเศษ (Temporary Resident Permit, TRP) ต่อ IRCC ได้ เจ้าหน้าที่ตรวจคนเข้าเมืองจะสัมภาษณ์และตัดสิน เรื่องนี้มักเกี่ยวข้องกับการสอบสวนทางอาญาหรือการตั้งข้อหาต่อคนที่เหยื่อระบุชื่อ ตามนโยบายของรัฐบาล เขาไม่ต้องเป็นพยานกล่าวโทษผู้ถูกกล่าวหา TRP มีอายุ 6 เดือนและอาจต่ออายุได้ เขาอาจมีสิทธิยื่นขอถิ่นที่อยู่ถาวรด้วยเหตุผลด้านมนุษยธรรม (humanitarian and compassionate, H&C) ด้วย และควรปรึกษาเรื่องของตนกับทนาย ขึ้นอยู่กับว่าอยู่ที่ไหน ความช่วยเหลือทางกฎหมาย (legal aid) อาจจ่ายค่าทนายให้ ตามกฎหมาย legal aid แบ่งปันข้อมูลกับตรวจคนเข้าเมืองไม่ได้
    .title = ใบอนุญาตพำนักชั่วคราว (TRP) สำหรับเหยื่อการค้ามนุษย์

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = การซื้อตั๋วเองแสดงถึงความร่วมมือ ทำให้มีโอกาสได้รับการปล่อยตัวจนถึงวันส่งตัวออกมากขึ้น และไม่ต้องจ่ายคืนค่าเที่ยวบินภายหลัง ให้คิดเรื่องการจัดการต่างๆ (ข้าวของ สัญญาเช่า) และดูว่าทนายขอให้ปล่อยตัวช่วงสั้นๆ เพื่อเตรียมตัวได้ไหม การที่บุคคลนั้นจะกลับมาได้หรือไม่ อาจขึ้นอยู่กับสิ่งต่อไปนี้: ถ้าไม่มีใบอนุญาตกลับเข้าแคนาดา (Authorization to Return to Canada, ARC) จะกลับไม่ได้เป็นเวลา 1 ปีหลังถูกพบว่าไม่มีสิทธิเข้าเมืองขณะถือวีซ่าผู้มาเยือน เพราะทำงานโดยไม่มีใบอนุญาตหรือทำงานบริการทางเพศ; จะกลับไม่ได้เป็นเวลา 5 ปีหลังคำสั่งห้ามเข้า (exclusion order) เพราะโกหกเจ้าหน้าที่ตรวจคนเข้าเมือง; และจะกลับไม่ได้เลยหลังถูกตัดสินว่ามีความผิดทางอาญาหรือได้รับคำสั่งเนรเทศ ถ้าไม่ได้ซื้อตั๋วเอง ต้องจ่ายคืน IRCC ก่อนยื่นขอ ARC
    .title = การตัดสินใจออกไป

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = โดยทั่วไป การอยู่ต่อจะง่ายขึ้นถ้ามีคำขอถิ่นที่อยู่ถาวรยื่นไว้แล้ว ผู้มีถิ่นที่อยู่ถาวรจะถูกส่งตัวออกได้ก็ต่อเมื่อ IRCC เพิกถอนสถานะผู้มีถิ่นที่อยู่ถาวร (PR) ในการพิจารณาเรื่องการไม่มีสิทธิเข้าเมืองเท่านั้น การโกหก IRCC หรือ CBSA อาจนำไปสู่ความผิดด้านตรวจคนเข้าเมือง คือการให้ข้อมูลเท็จ (misrepresentation) และอาจเป็นเหตุให้เพิกถอน PR ได้ การถูกเจ้าหน้าที่ตรวจคนเข้าเมืองจับเพราะงานบริการทางเพศ ทำให้สถานะชั่วคราวทุกแบบสิ้นสุดลง และการถูกตัดสินว่ามีความผิดทำให้อยู่ต่อได้ยากมาก ระหว่างที่ยังมีข้อหาอาญาค้างอยู่ บุคคลนั้นจะถูกส่งตัวออกไม่ได้ เว้นแต่อัยการ (Crown) ระงับข้อหา ซึ่งเกิดขึ้นบ่อย: ข้อหาถูกพักไว้เพื่อให้ส่งตัวบุคคลนั้นออกได้ และถ้าเขาออกจากแคนาดา ข้อหาอาจถูกยกเลิกหลัง 6 เดือน การหยุดการส่งตัวออกเป็นงานทางศาลที่หนักมาก: บอกทนายให้เร็วที่สุด เมื่อออกไปแล้ว การกลับมาในฐานะผู้มาเยือน นักศึกษา หรือคนทำงานเป็นเรื่องยาก
    .title = การตัดสินใจอยู่ต่อ

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = ทนายอาจขอให้ CBSA เลื่อนการส่งตัวออก โดยอ้างการรักษาพยาบาลที่มีในแคนาดาแต่ไม่มีในประเทศบ้านเกิด ผลกระทบต่อลูกและครอบครัวในแคนาดา ต่องานหรือการเรียน หรือความเสี่ยงต่อชีวิต ถ้าถูกปฏิเสธ: ยื่นขออนุญาตให้ศาลกลาง (Federal Court) ทบทวนทางตุลาการ (leave for judicial review) พร้อมคำร้องขอระงับการส่งตัวออก ขึ้นอยู่กับคุณสมบัติ ทางเลือกอื่นคือถิ่นที่อยู่ถาวรด้วยเหตุผลด้านมนุษยธรรม (H&C) พร้อมการระงับการส่งตัวออก และการขอลี้ภัยหรือการประเมินความเสี่ยงก่อนส่งตัวออก (pre-removal risk assessment, PRRA) สำหรับผู้ที่ความปลอดภัยหรือชีวิตจะตกอยู่ในความเสี่ยง หรือผู้ที่เผชิญการประหัตประหารหรืออันตรายร้ายแรง ความช่วยเหลือทางกฎหมาย (legal aid) อาจออกค่าทนายให้ คลินิกกฎหมายฟรีอาจช่วยได้
    .title = ทางเลือกในการอยู่ต่อ

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = การทบทวนมีขึ้นภายใน 48 ชั่วโมงหรือหลังจากนั้นไม่นาน แล้วหลัง 7 วัน แล้วทุก 30 วัน สร้างความเชื่อมโยงกับองค์กรด้านผู้ย้ายถิ่นและองค์กรที่สนับสนุนพนักงานบริการทางเพศ เพื่อแผนการปล่อยตัว ทางเลือกแทนการกักตัว และการติดต่อผู้ค้ำประกัน รู้จักมาตรา 248 ของ IRPR ซึ่งเป็นปัจจัยในการกักตัวหรือปล่อยตัว (เช่น เหตุผลและระยะเวลาของการกักตัว) คุยกับเจ้าหน้าที่ส่งตัวออก (Removals Officer) ของ CBSA เรื่องการส่งตัวออกและกำหนดเวลา ก่อนการทบทวนครั้งแรก ขอให้ทนายฝ่ายรัฐมนตรี (Minister's Counsel) เปิดเผยเอกสารทั้งหมด ถามเรื่องคำแถลงร่วม (joint submission) ที่อาจทำได้ และถามข้อกังวลของเขา (เช่น เรื่องตัวตน) ถ้าเขาให้กำหนดเวลาส่งตัวออกไม่ได้ เรื่องนี้อาจสนับสนุนการปล่อยตัว ก่อนการจับกุมใดๆ: ขอแฟ้มของลูกความจาก CBSA และ IRCC ให้ช่องทางติดต่อคุณได้ตลอด 24 ชั่วโมง และขอให้เขาโทรหาคุณทันทีถ้าถูกจับ แล้วเจรจากับตำรวจหรือเจ้าหน้าที่ CBSA เพื่อให้ปล่อยตัวเขา
    .title = ทนาย: การเตรียมการทบทวนการกักตัว

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = ทนายหลายคนอาจไม่ได้เป็นมิตรกับพนักงานบริการทางเพศ และอาจต้องได้รับความรู้เรื่องนี้ Butterfly และกลุ่มชุมชนอื่นๆ อาจช่วยหาทนายหรือผู้แทนที่ได้รับแต่งตั้ง (designated representative) และเข้าไปพูดคุยกับทนายเพื่อปกป้องประโยชน์ของบุคคลนั้น ถ้ามีคนถูกกักตัว Legal Aid มักช่วยหาทนายให้ได้ ไม่ว่าเขาจะมีสถานะอะไร สำหรับเรื่องพื้นฐานที่พนักงานที่ถูกกักตัวต้องรู้ (ไม่มีสิทธิที่จะนิ่งเงียบ ผู้ค้ำประกันและการประกัน ล่าม) ให้แจกใบปลิว “การกักตัวโดยตรวจคนเข้าเมือง: รู้สิทธิของคุณ”
    .title = การหาทนาย
