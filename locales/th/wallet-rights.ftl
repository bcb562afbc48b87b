### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = สิทธิของคุณเมื่อเจอเจ้าหน้าที่ตรวจคนเข้าเมือง

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = เจ้าหน้าที่ต้องบอกว่าทำงานให้หน่วยงานไหน เจ้าหน้าที่ CBSA ไม่ใช่ตำรวจ แต่ตำรวจเรียก CBSA ได้ และถ้ามีหมายก็กักตัวคุณไว้ให้ CBSA ได้
    .title = ถามว่าเขาเป็นใคร

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = CBSA มีอำนาจกว้างมาก ขอดูเอกสารประจำตัวได้ถ้าสงสัยว่าคุณทำผิดกฎหมายหรือเงื่อนไขตรวจคนเข้าเมือง หรือไม่มีสถานะถูกกฎหมาย เอกสารประจำตัวที่แสดงสถานะของคุณ (บัตร หนังสือเดินทาง ใบอนุญาต) อาจทำให้ CBSA มีเหตุกักตัวคุณ
    .title = เมื่อไหร่ CBSA ขอดูเอกสารประจำตัวได้

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = ถ้าเขามีเหตุให้เชื่อว่า ยืนยันไม่ได้ว่าคุณเป็นใคร หรือคุณไม่มีสถานะถูกกฎหมาย หรือทำผิดกฎหมายหรือเงื่อนไขตรวจคนเข้าเมือง หรือมีหมายเนรเทศในชื่อคุณ
    .title = เมื่อไหร่ CBSA กักตัวคุณได้

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = ถ้า CBSA กักตัวคุณ คุณมีสิทธิติดต่อทนายก่อนตอบคำถาม
    .title = ทนายก่อน

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = การไม่ตอบจะถูกใช้ในการทบทวนการกักตัว เพื่ออ้างว่าคุณควรถูกกักตัวต่อ ขอทนายและล่าม
    .title = ไม่มีสิทธิที่จะนิ่งเงียบ

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = การโกหก CBSA หรือ IRCC อาจนำไปสู่ความผิดด้านตรวจคนเข้าเมือง (misrepresentation)
    .title = อย่าโกหก

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = ถ้าคุณถูกกักตัว Legal Aid มักช่วยหาทนายให้คุณได้ ไม่ว่าคุณจะมีสถานะอะไร

# source: none (heading of the officer side)
officer-heading = ถึงเจ้าหน้าที่

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = ฉันต้องการติดต่อทนายก่อนตอบคำถามใดๆ

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = ฉันต้องการล่ามภาษา{ $own-name } ({ $language })

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = ฉันต้องการล่ามภาษาของฉัน

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = ภาษาของฉัน:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = สแกนเพื่อโทรหา Legal Aid Ontario (ความช่วยเหลือทางกฎหมายออนแทรีโอ)
