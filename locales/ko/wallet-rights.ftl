### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = 이민 단속 직원을 만났을 때 당신의 권리

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = 직원은 소속을 밝혀야 합니다. CBSA 직원은 경찰이 아니지만, 경찰은 CBSA에 연락할 수 있고 영장이 있으면 CBSA를 위해 붙잡아 둘 수 있습니다.
    .title = 누구인지 물어보세요

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = CBSA는 권한이 매우 넓습니다. 이민법·체류 조건을 어겼거나 합법적 체류 신분이 없다고 의심하면 신분증을 요구할 수 있습니다. 체류 신분이 드러나는 신분증은 구금 근거가 될 수 있습니다.
    .title = 신분증을 요구할 수 있을 때

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = 다음을 믿을 이유가 있을 때: 신원 확인 불가, 합법적 체류 신분 없음, 이민법·체류 조건 위반, 당신 이름의 추방 영장.
    .title = CBSA가 구금할 수 있을 때

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = CBSA에 구금되면 질문에 답하기 전에 변호사에게 연락할 권리가 있습니다.
    .title = 변호사 먼저

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = 대답하지 않으면 구금 심사에서 구금을 계속해야 한다는 주장에 쓰입니다. 변호사와 통역사를 요청하세요.
    .title = 묵비권이 없습니다

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = CBSA나 IRCC에 거짓말하면 이민법 위반(허위 진술)으로 이어질 수 있습니다.
    .title = 거짓말하지 마세요

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = 구금되면, 체류 신분과 관계없이 이곳이 보통 변호사 찾는 것을 도와줄 수 있습니다.

# source: none (heading of the officer side)
officer-heading = 담당 직원께

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = 어떤 질문이든 답하기 전에 먼저 변호사에게 연락하고 싶습니다.

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = { $own-name }({ $language }) 통역사가 필요합니다.

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = 제 언어를 통역해 줄 통역사가 필요합니다.

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = 제 언어:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = 스캔하면 온타리오 법률구조공단(Legal Aid Ontario)에 전화합니다
