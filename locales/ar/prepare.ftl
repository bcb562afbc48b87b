### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = استعد مسبقًا: قائمة مهام

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = إذا كان من الممكن أن تحتجزك الهجرة (CBSA) يومًا ما، جهّز هذه الأشياء الآن. ضع علامة في كل مربع عندما تنتهي منه.
    .title = استعد مسبقًا

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = عاملو الدعم الميداني أو أصدقاء أو عائلة أو منظمات يساعدون في خطة للإفراج عنك إذا احتُجزت.
    .title = أشخاص يدعمونك

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = أسماء منظمات يمكنها مساعدتك في إعداد خطة للإفراج عنك.
    .title = منظمات

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = شخص يستطيع دفع الكفالة عنك أو التعهد بها: مواطن كندي أو مقيم دائم يعيش في كندا، يعرفك جيدًا، بلا سجل جنائي ولا دين من كفالة سابقة، يستطيع إثبات أنه سيدفع بمال مشروع، وسيحضر مراجعتك ليجيب عن الأسئلة.
    .title = ضامن

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = احفظ عن ظهر قلب أرقام من ستتصل بهم. إذا احتُجزت، سيأخذون هاتفك وقائمة أرقامك. اكتب الأسماء والأرقام فقط في خطة تبقى في البيت.
    .title = أرقام الهاتف

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = شخص تثق به معه مفتاح بيتك، ليُحضر لك مالك وأوراقك وأدويتك.
    .title = مفتاح احتياطي

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = شخص سيرعى أطفالك ويستطيع أن يقول ذلك لشعبة الهجرة (Immigration Division). إذا لم تكن الشعبة متأكدة أن شخصًا غيرك سيرعاهم، فسيُحتجز أطفالك معك أو يُسلَّمون إلى جمعية مساعدة الأطفال (Children's Aid Society).
    .title = الأطفال

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = احمل معك الوصفات الطبية التي تحتاجها.
    .title = الوصفات الطبية

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = الهوية تسهّل الإفراج عنك. لكن الهوية من بلد آخر ستجعل CBSA على الأرجح تدقق أكثر في وضعك. قرّر: تحملها معك، أو تتركها مع شخص تثق به ويسهل الوصول إليه.
    .title = وثائق الهوية

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = تواصل مع محامي هجرة أو مستشار هجرة موثوق يستطيع تمثيلك. تعرّف على المساعدة القانونية (legal aid) والعيادات القانونية القريبة منك.
    .title = محامٍ

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = إذا كنت قد ترغب في مغادرة كندا، فليكن معك جواز سفر صالح. بدونه قد تتأخر مغادرتك وقد تبقى محتجزًا مدة أطول.
    .title = جواز السفر

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = في مراجعة الاحتجاز، تنظر شعبة الهجرة (Immigration Division) في دعم مجتمعك لك عندما تقرر هل تفرج عنك. يستطيع الناس أن يتعهدوا بمساعدتك في السكن والرعاية الصحية ورعاية الأطفال والالتزام بشروط الإفراج أو مغادرة كندا.
    .title = لماذا الدعم مهم

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = يستطيع الناس في الخارج أن يساعدوك في الحصول على وصفاتك الطبية للأدوية أو الهرمونات، وعلى ملابسك ومالك وأوراقك، وأن يتصلوا بالناس نيابةً عنك، وأن يساعدوا في رعاية حيواناتك الأليفة أو الأشخاص الذين يعتمدون عليك. مكالماتك أنت محدودة ويُستمع إليها، إلا مكالماتك مع محاميك.
    .title = إذا احتُجزت
