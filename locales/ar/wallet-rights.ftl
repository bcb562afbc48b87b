### The wallet rights card (cards/wallet-rights.toml).
### Holder side: in the holder's language. Officer side: shown to an officer, in English
### unless --officer-lang says otherwise. Worker-facing: never mention sex work.

# source: none (the card's title, for PDF metadata and listings)
wallet-rights-title = حقوقك أمام موظفي الهجرة

# source: none (heading of the holder side)
wallet-rights-heading = حقوقك أمام موظفي الهجرة (CBSA)

# source: §2 "Immigration detention and the CBSA" (officers must identify themselves; CBSA
# officers are federal immigration enforcement officers, not police)
rights-officers-identify = على الموظف أن يذكر جهة عمله: البلدية أو المقاطعة أو الهجرة (CBSA). CBSA ليست شرطة.
    .title = اسأل من هم

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence or no legal status; any ID showing status may lead to detention)
rights-id = فقط إن اشتبهوا أنك خالفت قانونًا أو شرطًا للهجرة، أو أنك بلا وضع قانوني. الهوية التي تُظهر وضعك قد تسبب احتجازك.
    .title = متى يجوز لـ CBSA طلب هويتك

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" (identity unconfirmed, no status, immigration offence, deportation warrant)
rights-detain = لم تثبت هويتك، أو اعتقدوا أنك بلا وضع قانوني أو خالفت قانون الهجرة، أو بحقك مذكرة ترحيل.
    .title = يجوز لـ CBSA احتجازك إذا:

# source: §2 "Finding counsel" ("they have the right to contact counsel and seek their advice
# before answering questions")
rights-lawyer = من حقك الاتصال بمحامٍ قبل أن تجيب.
    .title = إن احتجزتك CBSA: المحامي أولًا

# source: §2 "Finding counsel" (no right to silence in immigration detention; not answering is
# raised at the detention review) and "Language and Interpreters" (the Immigration Division
# must provide an interpreter)
rights-no-silence = في احتجاز الهجرة قد يُستخدم سكوتك لإبقائك محتجزًا. اطلب محاميًا ومترجمًا.
    .title = لا حق في الصمت

# source: §2 "Finding counsel" ("Legal Aid can usually help find a lawyer, no matter what
# their status")
contact-legal-aid-note = تستطيع عادةً مساعدتك في إيجاد محامٍ، مهما كان وضعك.

# source: none (heading of the officer side)
officer-heading = إلى الموظف

# source: §2 "Finding counsel" (right to contact counsel before answering questions) and
# "Language and Interpreters" (the Immigration Division must provide an interpreter)
officer-statement = أريد الاتصال بمحامٍ قبل أن أجيب عن أي سؤال. أحتاج إلى مترجم بلغتي.

# source: none (a blank line where the holder writes their language)
officer-my-language = لغتي:

# source: none (caption and alt text of the QR code that dials Legal Aid Ontario)
qr-call-legal-aid = امسح الرمز للاتصال بالمساعدة القانونية في أونتاريو (Legal Aid Ontario)
