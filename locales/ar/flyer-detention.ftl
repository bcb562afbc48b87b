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
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = وكالة خدمات الحدود الكندية (CBSA) تطبّق قانون الهجرة. موظفوها موظفو هجرة فيدراليون، وليسوا شرطة، ولديهم صلاحيات واسعة جدًا. احتجاز الهجرة ليس احتجازًا جنائيًا: القواعد والمحاكم ومراكز الاحتجاز مختلفة. عندما يأتي الموظفون إليك أو إلى مكان عملك، يجب أن يقولوا لمن يعملون: البلدية أو المقاطعة أو الهجرة.
    .title = موظفو CBSA

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = يستطيع موظفو CBSA طلب هويتك إذا اشتبهوا أنك خالفت قانونًا أو شرطًا للهجرة، أو أنه ليس لديك وضع هجرة قانوني. صلاحياتهم واسعة جدًا. أي وثيقة هوية تُظهر وضعك (بطاقة أو جواز سفر أو تصريح) قد تعطيهم سببًا لاحتجازك. وإذا لم يستطيعوا التأكد من هويتك، فهذا في حد ذاته سبب يجيز لهم احتجازك.
    .title = متى يجوز لـ CBSA طلب هويتك

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = إذا كان لديهم سبب للاعتقاد بأنهم لا يستطيعون التأكد من هويتك، أو أنه ليس لديك وضع هجرة قانوني، أو أنك خالفت قانونًا أو شرطًا للهجرة، أو أن هناك مذكرة باسمك بسبب أمر ترحيل. عمومًا، لا يقبض على الناس بسبب مخالفات الهجرة إلا CBSA. لكن إذا كانت هناك مذكرة قبض باسمك، تستطيع الشرطة أن تحتجزك وتسلّمك إلى CBSA.
    .title = متى يجوز لـ CBSA احتجازك

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = تستطيع الشرطة الاتصال بـ CBSA. تحقيق الشرطة أو البلدية يمكن أن تكون له عواقب على الهجرة حتى لو لم تُوجَّه إليك أي تهمة أبدًا: فقد استُخدمت تقارير الشرطة ومحاضر المخالفات دليلًا ضد أشخاص في جلسات الهجرة.
    .title = الشرطة وموظفو البلدية

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = إذا احتجزتك CBSA، فمن حقك الاتصال بمحامٍ وأخذ نصيحته قبل أن تجيب عن الأسئلة. وفيما عدا ذلك، ليس لك حق الصمت في احتجاز الهجرة. إذا لم تُجب، فسيُستخدم ذلك في مراجعة احتجازك للمطالبة بإبقائك محتجزًا. لا تكذب على CBSA أو IRCC: الكذب قد يؤدي إلى مخالفة لقانون الهجرة (التصريح الكاذب، misrepresentation).
    .title = محامٍ، لكن لا حق في الصمت

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = قد تفرج عنك CBSA بشروط وقيود. أو قد تبقيك محتجزًا حتى مراجعة الاحتجاز إذا قررت أنك خطر على السلامة العامة (مثلًا إذا كان لديك سجل جنائي)، أو أنك قد لا تحضر جلستك أو إبعادك، أو أنها لا تستطيع التأكد من هويتك.
    .title = بعد القبض عليك

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = إذا لم تفرج عنك CBSA، تراجع محكمة إدارية اسمها شعبة الهجرة (Immigration Division) احتجازك خلال 48 ساعة أو بعدها بقليل، بالهاتف أو حضوريًا. إذا لم يُفرج عنك بعد، تكون هناك مراجعة أخرى بعد 7 أيام، ثم مراجعة كل 30 يومًا. في المراجعة قد يُفرج عنك بشروط، مثلًا إذا كان لديك ضامن، أو إذا قبلك برنامج الكفالة في تورونتو (Toronto Bail Program) في منطقة تورونتو الكبرى، ويشمل ذلك إذا كنت محتجزًا في Vanier Centre. إذا قالت CBSA إنك خطر على السلامة العامة أو قد لا تحضر جلستك، فقد يكون برنامج الكفالة في تورونتو مفيدًا.
    .title = مراجعات الاحتجاز

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = الضامن (bondsperson) يقدّم كفالة هجرة (bond) من أجلك، وهو عادةً عامل أساسي في قرار الإفراج عنك. يحضر مراجعة احتجازك ويجيب عن الأسئلة. يجب أن يكون مواطنًا كنديًا أو مقيمًا دائمًا يعيش في كندا، وألا يكون عليه دين بسبب كفالة سابقة. ينبغي ألا يكون لديه سجل جنائي، ويجب أن يعرفك جيدًا. ومن المفيد أن تسكن معه، وأن تكون لديك خطة إفراج فيها عنوان المكان الذي ستسكن فيه.
    .title = الضامن

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = هل لديه عمل: العمل ليس شرطًا، لكن يجب أن يُثبت أنه يستطيع الدفع، بمال لا يأتي من نشاط غير قانوني. هل كان يعرف وضع هجرتك قبل القبض عليك: أيًّا كان جوابه، ستكون هناك معارضة. ناقش السؤالين مع محامٍ أولًا.
    .title = ماذا سيُسأل الضامن

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = لكي يُفرج عنك، تحتاج إلى عنوان ستسكن فيه. تستطيع المنظمات المجتمعية مساعدتك في إيجاد مكان، مثل مأوى (shelter)، وفي إيجاد شخص يمثّلك في مراجعتك.
    .title = عنوان تسكن فيه

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = إذا كان لديك أطفال أو عائلة في كندا، فستستخدم شعبة الهجرة ذلك ضدك: ستقول إن احتمال مغادرتك كندا أقل. إذا كان أطفالك محتجزين معك، فيمكن أن يساعد ذلك على الإفراج عنك. قد تحتاج إلى أن تحتج بأن أطفالك سيغادرون معك وأنهم يحتاجون إلى أبيهم أو أمهم. اسأل محاميًا عن طلب لأسباب إنسانية ورحيمة (H&C). إذا لم تكن شعبة الهجرة متأكدة من أن شخصًا آخر سيرعى أطفالك، فسيُحتجزون معك أو يُسلَّمون إلى جمعية مساعدة الأطفال (Children's Aid Society).
    .title = الأطفال والعائلة

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = الكفالة النقدية (cash bond): يدفع الضامن المال إلى CBSA أولًا. ويستعيده عندما تغادر كندا أو تصبح مقيمًا دائمًا. كفالة الالتزام (performance bond): لا يُدفع شيء أولًا؛ يتعهد الضامن بمبلغ يصل إلى سُبع (1/7) دخله السنوي. في الحالتين، يخسر الضامن المال إذا خالفت شروطك، أو إذا صدر أمر بمغادرتك كندا ولم تغادر.
    .title = نوعان من الكفالة

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = في الاحتجاز، مكالماتك الهاتفية محدودة ويُستمع إليها، إلا مكالماتك مع محاميك. يستطيع الناس في الخارج أن يتصلوا بالآخرين نيابةً عنك.
    .title = المكالمات في الاحتجاز

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
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = إذا كانت مشاكل الصحة النفسية أو غيرها تجعل فهم الجلسة صعبًا جدًا عليك، يمكنك أن تطلب شخصًا يساعدك، يُسمّى الممثل المعيَّن (designated representative). عادةً يكون الأفضل عاملًا في الصحة النفسية أو عاملًا مجتمعيًا تثق به. قبل أن تخبر CBSA أو موظفي مركز الاحتجاز بمشاكل صحتك النفسية، تحدّث مع محاميك أولًا: فقد نُقل بعض الأشخاص من مراكز احتجاز المهاجرين إلى سجون شديدة الحراسة.
    .title = المساعدة في الجلسة

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = إذا احتُجزت، اطلب أن تُخبَر بكل الخيارات المتاحة لك، وبالمدة التي يستغرقها كل خيار. بقاؤك محتجزًا أثناء الانتظار أو عدمه يمكن أن يكون مهمًا عندما تقرر هل تعترض على الإبعاد.
    .title = البقاء أو المغادرة

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = شراء تذكرة الطائرة بنفسك يُظهر أنك متعاون، ويجعل الإفراج عنك حتى موعد إبعادك أكثر احتمالًا. إذا لم تشترها، فسيكون عليك أن تسدّد لـ IRCC ثمن الرحلة قبل أن تستطيع طلب إذن العودة إلى كندا (Authorization to Return to Canada, ARC). بعد أمر ترحيل أو إدانة جنائية، لا تستطيع أبدًا العودة إلى كندا دون ARC.
    .title = إذا أردت المغادرة

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = أخبر محاميًا في أقرب وقت ممكن: إعداد قضيتك يستغرق وقتًا. قد تدفع المساعدة القانونية (legal aid) أتعاب محامٍ، وقد تساعدك العيادات القانونية المجانية. إذا كانت حياتك أو سلامتك ستكون في خطر في البلد الذي قد تُرحَّل إليه، أو قد تواجه هناك اضطهادًا أو ضررًا جسيمًا، فاسأل محاميك عن طلب اللجوء أو تقييم المخاطر قبل الإبعاد (PRRA).
    .title = إذا أردت البقاء

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = احفظ هذه الأرقام عن ظهر قلب: إذا احتُجزت، سيأخذون هاتفك وقائمة أرقامك.
    .title = احصل على محامٍ

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = إذا احتُجزت، تستطيع المساعدة القانونية (Legal Aid) عادةً مساعدتك في إيجاد محامٍ، مهما كان وضعك. وبموجب القانون، لا يجوز للمساعدة القانونية مشاركة معلومات عنك مع سلطات الهجرة.

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
det-qr-more = امسح الرمز لتعرف المزيد عن حقوقك مع CBSA في صفحة «Migrants Know Your Rights!»
