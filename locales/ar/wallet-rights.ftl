### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = حقوقك أمام موظفي الهجرة

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police); §2 "A bondsperson (BP)"
# ("if an arrest warrant is issued in their name, a police officer can detain them and transfer
# them to CBSA custody"); §1 case study, src L193 ("The police asked Mui Ying to stay – while he
# called the CBSA")
rights-officers-identify = على الموظف ذكر جهة عمله. CBSA ليست شرطة، لكن للشرطة إبلاغها واحتجازك لها بمذكرة.
    .title = اسأل من هم

# source: §2 "Immigration detention and the CBSA" ("CBSA officers have very broad powers and
# discretion") and "CBSA officers are allowed to ask an individual to provide identification
# (ID) if" (they suspect an immigration offence, or no legal immigration status; "any ID that
# provides information about a person's immigration status may lead to the officer finding
# grounds to detain them"). No "only": the source lists when they may ask, not a limit.
rights-id = صلاحيات CBSA واسعة جدًا. يجوز لها طلب هويتك إن اشتبهت بمخالفتك قانونًا أو شرطًا للهجرة، أو أنك بلا وضع قانوني. وأوراق تُظهر وضعك قد تبرّر احتجازك.
    .title = متى يجوز طلب هويتك

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity cannot be confirmed; no legal status; an immigration offence, "breaking
# an immigration law or condition"; a warrant in their name related to a deportation order)
rights-detain = إن كان لديها سبب للاعتقاد بتعذّر التأكد من هويتك، أو أنك بلا وضع قانوني أو خالفت قانونًا أو شرطًا للهجرة، أو أن باسمك مذكرة ترحيل.
    .title = متى يجوز لـ CBSA احتجازك

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = من حقك الاتصال بمحامٍ قبل أن تجيب.
    .title = إن احتجزتك CBSA: المحامي أولًا

# source: §2 "Finding counsel" (no right to silence in immigration detention) and "A bondsperson
# (BP)" ("If a person does not answer questions, this will be raised as a factor at the
# detention review ... to argue that the person should continue to be held"); "Language and
# Interpreters" (the Immigration Division has the duty to provide an interpreter at its
# hearings; the source states no such duty for CBSA questioning, so this only says to ask)
rights-no-silence = سيُستخدم سكوتك في مراجعة احتجازك للمطالبة بإبقائك محتجزًا. اطلب محاميًا ومترجمًا.
    .title = لا حق في الصمت

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("lying to IRCC or
# the CBSA may lead to an immigration offence (misrepresentation)"); §1 "Losing Status" (a
# person may become inadmissible if they misrepresent facts to immigration authorities).
# Beside rights-no-silence: a holder who may not stay silent must not lie instead.
rights-no-lying = الكذب على CBSA أو IRCC قد يؤدي إلى مخالفة هجرة.
    .title = لا تكذب

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status")
contact-legal-aid-note = إن احتُجزت، تستطيع عادةً مساعدتك في إيجاد محامٍ، مهما كان وضعك.

# source: none (heading of the officer side)
officer-heading = إلى الموظف

# source: §2 "Finding counsel" (the right to contact counsel and seek their advice before
# answering questions)
officer-statement = أريد الاتصال بمحامٍ قبل أن أجيب عن أي سؤال.

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter at its hearings; none is stated for CBSA questioning, so this is a request).
# Printed on the officer side of a card made for one language: $language is that language's
# English name, $own-name its name in itself (both from its locale.toml), e.g. "Thai (ไทย)".
officer-interpreter = أحتاج إلى مترجم باللغة { $own-name } ({ $language }).

# source: as officer-interpreter. Printed instead of it on the English card, whose holder may
# speak any language; officer-my-language follows it with a blank line to write the language on.
officer-interpreter-any = أحتاج إلى مترجم بلغتي.

# source: none (a blank line where the holder of the English card writes their language)
officer-my-language = لغتي:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = امسح الرمز للاتصال بالمساعدة القانونية في أونتاريو (Legal Aid Ontario)
