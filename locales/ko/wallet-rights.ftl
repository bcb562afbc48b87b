### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = 이민 단속 직원을 만났을 때 당신의 권리

# source: none (heading of the holder side)
wallet-rights-heading = 이민 단속 직원(캐나다 국경서비스청, CBSA)을 만났을 때 당신의 권리

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = 직원은 소속을 밝혀야 합니다: 시, 주, 또는 이민 당국(CBSA). CBSA 직원은 경찰이 아닙니다.
    .title = 누구인지 물어보세요

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = 이민법이나 체류 조건을 어겼거나 체류 신분이 없다고 의심할 때만. 체류 신분이 드러나는 신분증은 구금으로 이어질 수 있습니다.
    .title = CBSA가 신분증을 요구할 수 있을 때

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = 신원 확인이 안 되거나, 체류 신분이 없다고 또는 이민법을 어겼다고 믿거나, 당신 이름의 추방 영장이 있을 때.
    .title = CBSA가 구금할 수 있을 때

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = CBSA에 구금되면, 질문에 답하기 전에 변호사에게 연락할 권리가 있습니다.
    .title = 변호사 먼저

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = 이민 구금 중 대답하지 않으면, 구금을 계속하는 이유가 될 수 있습니다. 변호사와 통역사를 요청하세요.
    .title = 묵비권이 없습니다

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = 체류 신분과 관계없이, 보통 변호사 찾는 것을 도와줄 수 있습니다.

# source: none (heading of the officer side)
officer-heading = 담당 직원께

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = 어떤 질문이든 답하기 전에 먼저 변호사에게 연락하고 싶습니다. 제 언어를 통역해 줄 통역사가 필요합니다.

# source: none (a blank line where the holder writes their language)
officer-my-language = 제 언어:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = 스캔하면 온타리오 법률구조공단(Legal Aid Ontario)에 전화합니다
