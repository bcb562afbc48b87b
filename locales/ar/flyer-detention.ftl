### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = احتجاز الهجرة: اعرف حقوقك

# source: none (the flyer's heading)
flyer-detention-heading = احتجاز الهجرة في كندا: اعرف حقوقك

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = ما يستطيع موظفو CBSA فعله، وما يحدث بعد القبض على الشخص، وكيف تحصل على المساعدة.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = وكالة خدمات الحدود الكندية (CBSA) تطبّق قانون الهجرة. موظفوها موظفو هجرة فيدراليون، وليسوا شرطة، ولديهم صلاحيات واسعة جدًا. عندما يأتي الموظفون إليك أو إلى مكان عملك، يجب أن يقولوا لمن يعملون: البلدية أو المقاطعة أو الهجرة.
    .title = موظفو CBSA

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = فقط إذا اشتبهوا أنك خالفت قانونًا أو شرطًا للهجرة، أو أنه ليس لديك وضع هجرة قانوني. أي هوية تُظهر وضعك قد تعطيهم سببًا لاحتجازك.
    .title = متى يجوز لـ CBSA طلب هويتك

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = إذا كان لديهم سبب للاعتقاد بأنهم لا يستطيعون التأكد من هويتك، أو أنه ليس لديك وضع هجرة قانوني، أو أنك خالفت قانونًا أو شرطًا للهجرة، أو أن هناك مذكرة باسمك بسبب أمر ترحيل. عادةً لا يقبض على الناس بسبب مخالفات الهجرة إلا CBSA، لكن إذا كانت هناك مذكرة قبض باسمك، تستطيع الشرطة أن تحتجزك وتسلّمك إلى CBSA.
    .title = متى يجوز لـ CBSA احتجازك

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = إذا احتجزتك CBSA، فمن حقك الاتصال بمحامٍ وأخذ نصيحته قبل أن تجيب عن الأسئلة. وفيما عدا ذلك، ليس لك حق الصمت في احتجاز الهجرة. إذا لم تُجب، يمكن أن يُستخدم ذلك في مراجعة احتجازك لإبقائك محتجزًا.
    .title = محامٍ، لكن لا حق في الصمت

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = قد تفرج عنك CBSA بشروط وقيود. أو قد تبقيك محتجزًا حتى مراجعة الاحتجاز إذا قررت أنك خطر على السلامة العامة (مثلًا إذا كان لديك سجل جنائي)، أو أنك قد لا تحضر جلستك أو إبعادك، أو أنها لا تستطيع التأكد من هويتك.
    .title = بعد القبض عليك

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = إذا لم تفرج عنك CBSA، تراجع محكمة إدارية اسمها شعبة الهجرة (Immigration Division) احتجازك خلال 48 ساعة أو بعدها بقليل، بالهاتف أو حضوريًا. إذا لم يُفرج عنك بعد، تكون هناك مراجعة أخرى بعد 7 أيام، ثم مراجعة كل 30 يومًا. في المراجعة قد يُفرج عنك بشروط، مثلًا إذا كان لديك ضامن، أو إذا قبلك برنامج الكفالة في تورونتو (Toronto Bail Program) في منطقة تورونتو الكبرى.
    .title = مراجعات الاحتجاز

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = الضامن (bondsperson) يقدّم كفالة هجرة (bond) من أجلك. وهذا غالبًا هو مفتاح الإفراج عنك. يحضر مراجعة احتجازك ويجيب عن الأسئلة. يجب أن يكون مواطنًا كنديًا أو مقيمًا دائمًا يعيش في كندا، وألا يكون عليه دين بسبب كفالة سابقة. ينبغي ألا يكون لديه سجل جنائي، ويجب أن يعرفك جيدًا. ومن المفيد أن تسكن معه، وأن تكون لديك خطة إفراج فيها عنوان المكان الذي ستسكن فيه.
    .title = الضامن

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = هل لديه عمل: العمل ليس شرطًا، لكن يجب أن يُثبت أنه يستطيع الدفع، بمال لا يأتي من نشاط غير قانوني. هل كان يعرف وضع هجرتك قبل القبض عليك: أي جواب قد يسبب مشاكل. ناقش السؤالين مع محامٍ أولًا.
    .title = ماذا سيُسأل الضامن

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = الكفالة النقدية (cash bond): يدفع الضامن المال إلى CBSA أولًا. ويستعيده عندما تغادر كندا أو تصبح مقيمًا دائمًا. كفالة الالتزام (performance bond): لا يُدفع شيء أولًا؛ يتعهد الضامن بمبلغ يصل إلى سُبع (1/7) دخله السنوي. في الحالتين، يخسر الضامن المال إذا خالفت شروطك، أو إذا صدر أمر بمغادرتك كندا ولم تغادر.
    .title = نوعان من الكفالة

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = يجب على شعبة الهجرة أن توفّر مترجمًا لك ولشهودك. إذا لم يُعيَّن مترجم، ينبغي أن تطلبه أنت أو محاميك كتابةً قبل الجلسة. قد يُرفض القريب أو الصديق لأنه غير محايد، لذلك من الأفضل ألا تطلب منهم ذلك. إذا كانت الترجمة خاطئة، قل ذلك: قد تؤجَّل الجلسة للحصول على مترجم آخر.
    .title = المترجمون

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
det-representative = إذا كانت مشاكل الصحة النفسية أو غيرها تجعل فهم الجلسة صعبًا جدًا عليك، يمكنك أن تطلب شخصًا يساعدك، يُسمّى الممثل المعيَّن (designated representative). عادةً يكون الأفضل عاملًا في الصحة النفسية أو عاملًا مجتمعيًا تثق به.
    .title = المساعدة في الجلسة

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = احتفظ بهذه الأرقام معك، في حال احتُجزت.
    .title = احصل على محامٍ

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = مجاني ويقبل المكالمات على حساب المتلقي. إذا احتُجزت في تورونتو أو حولها، مثلًا في سجن مثل Vanier Centre for Women، اطلب الاتصال بهم.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = عيادة قانونية داخل مركز احتجاز المهاجرين في تورونتو (Toronto Immigration Holding Centre). إذا احتُجزت هناك، اطلب مقابلتهم. الخدمة مجانية.

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = امسح الرمز لتعرف المزيد عن حقوقك مع CBSA في صفحة «Migrants Know Your Rights»
