### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = Quyền của bạn khi gặp nhân viên di trú

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = Nhân viên phải nói họ làm cho ai. Nhân viên CBSA không phải là cảnh sát, nhưng cảnh sát có thể gọi CBSA, và nếu có lệnh bắt thì có thể giữ bạn cho CBSA.
    .title = Hỏi họ là ai

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = CBSA có quyền hạn rất rộng, và có thể hỏi giấy tờ nếu nghi bạn vi phạm luật hoặc điều kiện di trú, hoặc không có tình trạng di trú hợp pháp. Giấy tờ cho thấy tình trạng của bạn có thể cho CBSA lý do để giam giữ bạn.
    .title = Khi nào CBSA được hỏi giấy tờ

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = Nếu họ có lý do để tin rằng: họ không xác nhận được bạn là ai, bạn không có tình trạng hợp pháp, bạn đã vi phạm luật hoặc điều kiện di trú, hoặc có lệnh bắt đứng tên bạn để trục xuất.
    .title = Khi nào CBSA được giam giữ bạn

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = Nếu CBSA giam giữ bạn, bạn có quyền liên lạc với luật sư trước khi trả lời câu hỏi.
    .title = Luật sư trước đã

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = Việc không trả lời sẽ bị dùng tại phiên xét lại việc giam giữ để lập luận rằng bạn nên tiếp tục bị giam. Hãy xin luật sư và thông dịch viên.
    .title = Không có quyền im lặng

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = Nói dối CBSA hoặc IRCC có thể dẫn đến vi phạm luật di trú (khai man, misrepresentation).
    .title = Đừng nói dối

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = Nếu bạn bị giam giữ, thường có thể giúp bạn tìm luật sư, bất kể tình trạng di trú.

# source: none (heading of the officer side)
officer-heading = Gửi nhân viên

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = Tôi muốn liên lạc với luật sư trước khi trả lời bất kỳ câu hỏi nào.

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = Tôi cần thông dịch viên { $own-name } ({ $language }).

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = Tôi cần thông dịch viên nói ngôn ngữ của tôi.

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = Ngôn ngữ của tôi:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = Quét để gọi Trợ giúp Pháp lý Ontario (Legal Aid Ontario)
