### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = สิทธิของคุณเมื่อเจอเจ้าหน้าที่ตรวจคนเข้าเมือง

# source: none (heading of the holder side)
wallet-rights-heading = สิทธิของคุณเมื่อเจอเจ้าหน้าที่ตรวจคนเข้าเมือง (CBSA)

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = เจ้าหน้าที่ต้องบอกว่าทำงานให้หน่วยงานไหน: เทศบาลเมือง รัฐบาลของรัฐ (province) หรือตรวจคนเข้าเมือง (CBSA) เจ้าหน้าที่ CBSA ไม่ใช่ตำรวจ
    .title = ถามว่าเขาเป็นใคร

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = เฉพาะเมื่อสงสัยว่าคุณทำผิดกฎหมายหรือเงื่อนไขตรวจคนเข้าเมือง หรือไม่มีสถานะ เอกสารประจำตัวที่แสดงสถานะของคุณ (บัตร หนังสือเดินทาง ใบอนุญาต) อาจทำให้คุณถูกกักตัวได้
    .title = เมื่อไหร่ CBSA ขอดูเอกสารประจำตัวได้

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = ถ้าเขายืนยันไม่ได้ว่าคุณเป็นใคร หรือเชื่อว่าคุณไม่มีสถานะ หรือทำผิดกฎหมายตรวจคนเข้าเมือง หรือมีหมายเนรเทศในชื่อของคุณ
    .title = เมื่อไหร่ CBSA กักตัวคุณได้

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = ถ้า CBSA กักตัวคุณ คุณมีสิทธิติดต่อทนายก่อนตอบคำถาม
    .title = ทนายก่อน

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = เมื่อถูกกักตัวโดยตรวจคนเข้าเมือง การไม่ตอบอาจถูกใช้เป็นเหตุให้กักตัวคุณต่อ ขอทนายและล่าม
    .title = ไม่มีสิทธิที่จะนิ่งเงียบ

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = มักช่วยหาทนายให้คุณได้ ไม่ว่าคุณจะมีสถานะอะไร

# source: none (heading of the officer side)
officer-heading = ถึงเจ้าหน้าที่

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = ฉันต้องการติดต่อทนายก่อนตอบคำถามใดๆ ฉันต้องการล่ามภาษาของฉัน

# source: none (a blank line where the holder writes their language)
officer-my-language = ภาษาของฉัน:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = สแกนเพื่อโทรหา Legal Aid Ontario (ความช่วยเหลือทางกฎหมายออนแทรีโอ)
