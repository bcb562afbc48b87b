### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Quyền của bạn khi gặp nhân viên di trú

# source: none (heading of the holder side)
wallet-rights-heading = Quyền của bạn khi gặp nhân viên di trú (CBSA)

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = Nhân viên phải nói họ làm cho ai: thành phố, tỉnh bang hay cơ quan di trú (CBSA). Nhân viên CBSA không phải là cảnh sát.
    .title = Hỏi họ là ai

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = Chỉ khi họ nghi bạn vi phạm luật hoặc điều kiện di trú, hoặc không có tình trạng di trú hợp pháp. Giấy tờ cho thấy tình trạng của bạn có thể khiến bạn bị giam giữ.
    .title = Khi nào CBSA được hỏi giấy tờ

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = Nếu họ không xác nhận được bạn là ai, tin rằng bạn không có tình trạng di trú hoặc đã vi phạm luật di trú, hoặc có lệnh bắt đứng tên bạn để trục xuất.
    .title = Khi nào CBSA được giam giữ bạn

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Nếu CBSA giam giữ bạn, bạn có quyền liên lạc với luật sư trước khi trả lời câu hỏi.
    .title = Luật sư trước đã

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = Khi bị giam giữ di trú, việc không trả lời có thể bị dùng để tiếp tục giam bạn. Hãy xin luật sư và thông dịch viên.
    .title = Không có quyền im lặng

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = Thường có thể giúp bạn tìm luật sư, bất kể tình trạng di trú.

# source: none (heading of the officer side)
officer-heading = Gửi nhân viên

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = Tôi muốn liên lạc với luật sư trước khi trả lời bất kỳ câu hỏi nào. Tôi cần thông dịch viên nói ngôn ngữ của tôi.

# source: none (a blank line where the holder writes their language)
officer-my-language = Ngôn ngữ của tôi:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = Quét để gọi Trợ giúp Pháp lý Ontario (Legal Aid Ontario)
