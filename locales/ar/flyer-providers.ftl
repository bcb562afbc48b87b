### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = قانون الهجرة والمهاجرون العاملون في الجنس: لمقدّمي الخدمات

# source: none (heading of page 1)
providers-heading-1 = قانون الهجرة والمهاجرون العاملون في الجنس: الوضع القانوني، عدم المقبولية، الإبعاد

# source: none (heading of page 2)
providers-heading-2 = قانون الهجرة والمهاجرون العاملون في الجنس: الاتجار بالبشر، الموافقة، البقاء أو المغادرة

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = لمقدّمي الخدمات القانونية والاجتماعية والصحية والمجتمعية، وللمحامين.

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = ملخّص من «Immigration Law and Migrant Sex Workers' Rights»، الجزء 2 من سلسلة «Upholding and promoting human rights, justice and access for migrant sex workers» (أكتوبر 2017). المؤلفان: Tara Santini و Mac Scott. الشركاء: Chinese Canadian National Council Toronto Chapter؛ Butterfly (Asian and Migrant Sex Workers Support Network)؛ The Chinese and Southeast Asian Legal Clinic؛ St. Stephen's Community House. بتمويل من The Law Foundation of Ontario.

# source: front matter ("To access the full series of documents")
providers-qr-series = امسح الرمز للاطلاع على السلسلة الكاملة من وثائق المعلومات القانونية

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = يستطيع المقيمون الدائمون العمل في أي مكان تقريبًا، لدى أي صاحب عمل (باستثناء بعض الوظائف عالية الأمان). الزوار (تأشيرة سياحية) لا يستطيعون عمومًا العمل إطلاقًا، لا لدى صاحب عمل ولا لحسابهم الخاص. تصريح العمل المفتوح يسمح بالعمل لدى معظم أصحاب العمل؛ أما المغلق فيحدد صاحب العمل. الطلاب والأشخاص الذين ينتظرون الرعاية (sponsorship) وطالبو اللجوء قد يكون لديهم إذن بالعمل أو لا يكون. الأشخاص بلا وضع قانوني (غير الموثّقين) لا يستطيعون العمل بشكل قانوني. هنا، التأشيرة والتصريح يعنيان الشيء نفسه.
    .title = الوضع القانوني والحق في العمل

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = كل من ليس مواطنًا أو مقيمًا دائمًا ممنوع من العمل الجنسي، حتى مع تصريح عمل مفتوح. تمنع لائحة IRPR جميع المقيمين المؤقتين من العمل لدى أصحاب عمل يقدّمون التعري أو الرقص الإيروتيكي أو خدمات المرافقة أو التدليك الإيروتيكي (IRPR ss. 183(1)(b.1), 196.1(a)). كل تصريح عمل «غير صالح للتوظيف في الأعمال المرتبطة بتجارة الجنس»، وهذا يشمل العمل بأجر والعمل الحر وخدمات التعاقد. لذلك يكون المهاجرون الذين يعملون في الجنس مخالفين، وقد يخالفون أيضًا قواعد التصريح الكاذب (misrepresentation)، لأن استمارات الهجرة تسأل عن عملهم.
    .title = لا يجوز للمقيمين المؤقتين العمل في الجنس

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = قد يُفقد الوضع القانوني بين يوم وآخر: يُرفض طلب لجوء ويصدر أمر إبعاد، أو يُعتبر الشخص غير مقبول، أو تنتهي صلاحية التأشيرة. الزائر أو الطالب أو العامل الذي يطلب التجديد قبل تاريخ الانتهاء يكون لديه «وضع ضمني» (implied status) حتى صدور القرار.
    .title = الوضع القانوني قد يتغير بسرعة

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = اعتبار الشخص غير مقبول (inadmissible) يعني فقدان وضعه القانوني وصدور أمر له بمغادرة كندا. قد يصبح المهاجر العامل في الجنس غير مقبول بسبب مخالفة شرط أو لائحة للهجرة (مثل العمل في صناعة الجنس، أو التصريح الكاذب عنه)، أو بسبب إدانة تؤدي إلى عدم المقبولية الجنائية، داخل كندا أو خارجها، أو بسبب فقدان الوضع بطريقة أخرى (تأشيرة منتهية، طلب لجوء مرفوض). التحقيقات الجنائية والبلدية قد تكون لها عواقب على الهجرة حتى عندما لا توجَّه أي تهمة.
    .title = عدم المقبولية

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = أمر الترحيل (deportation order): يلزم إذن خاص للعودة إلى كندا في أي وقت في المستقبل. أمر المغادرة (departure order): يلزم إذن خاص للعودة خلال 1 إلى 5 سنوات. أمر المغادرة المشروط (conditional departure order): إذا غادر الشخص خلال المهلة المحددة، لا يحتاج إلى إذن خاص للعودة. يذكر الدليل أيضًا أوامر الاستبعاد (exclusion orders)، أي 5 سنوات لا عودة فيها دون ARC بعد الكذب على موظف هجرة (انظر «قرار المغادرة»): تحقّق من ذلك مع المحامي.
    .title = ثلاثة أنواع من أوامر الإبعاد

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = الإدانة (بالإقرار بالذنب أو بحكم بالإدانة) قد تجعل الشخص غير مقبول إذا كانت عن جريمة تُلاحَق بلائحة اتهام (indictable) أو جريمة مختلطة (hybrid) (معظم الجرائم، ومنها تلقّي منفعة مادية، والقوادة (procuring)، والحصول على خدمة جنسية)، أو عن جريمتين من أي نوع ناتجتين عن وقائع مختلفة (IRPA s. 36(2)).
    .title = عدم المقبولية الجنائية دون إقامة دائمة

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = الإدانة قد تجعل المقيم الدائم غير مقبول إذا كانت العقوبة المفروضة أكثر من 6 أشهر سجنًا، أو إذا كانت العقوبة القصوى الممكنة 10 سنوات أو أكثر، كما في تلقّي منفعة مادية والقوادة (IRPA s. 36(1)). في أكتوبر 2017، كانت حتى عقوبة السجن المشروطة (conditional sentence of imprisonment) تُحتسب ضمن مدة الـ 6 أشهر (R v Tran, 2015 FCA 237)، مع منح الإذن بالاستئناف أمام المحكمة العليا.
    .title = عدم المقبولية الجنائية مع الإقامة الدائمة

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = الإعفاء من العقوبة (discharge)، المشروط أو غير المشروط، أو التهم المحوَّلة إلى برامج بديلة (diversion) لا تُعتبر إدانة في قانون الهجرة: فهي لا تؤدي إلى عدم المقبولية الجنائية، ولن يفقد الشخص وضعه أو يُرحَّل نتيجةً لتلك الإدانة. لكن الوقائع نفسها يمكن أن تؤدي مع ذلك إلى عدم المقبولية بسبب مخالفة الشروط: فقد استُخدمت تقارير الشرطة ومحاضر المخالفات دليلًا في جلسات عدم المقبولية.
    .title = الإعفاء من العقوبة والتهم المحوَّلة

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = يجب أن يعرف العامل كل العواقب على الهجرة قبل أن يقرر ماذا يفعل بشأن تهمة جنائية. يجب على محامي القضايا الجنائية أن يشرحوها وأن يتأكدوا من حصول الموكل على استشارة مستقلة في قانون الهجرة. إذا لم تكن مقتنعًا بأن ذلك يحدث، فينبغي للعامل أن يتصل بمحامي هجرة مباشرة، أو يمكنك أنت ذلك، بموافقته المستنيرة.
    .title = قبل الرد على التهمة

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = بعض المدن، مثل تورونتو وهاملتون وفانكوفر، لديها سياسة «الوصول دون خوف» (Access Without Fear): لا ينبغي لموظفي البلدية السؤال عن وضع الهجرة، أو رفض الخدمات للسكان بلا وضع قانوني، أو مشاركة المعلومات مع سلطات الهجرة مثل CBSA، إلا إذا اشترط القانون ذلك. عمليًا، لم تطبّق الشرطة هذه السياسات بشكل متّسق (مثلًا في تورونتو)، لذلك قد تحدث أسئلة عن الوضع ومشاركة للمعلومات، كما لم يتمكن المهاجرون بلا وضع قانوني من الحصول على خدمات البلدية بشكل متّسق. قد يرغب العامل في أن يسأل شخص موثوق لديه وضع قانوني عن خدمة بلدية قبل استخدامها.
    .title = مدن الملاذ

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = الخدمات الجنسية المدفوعة بالتراضي ليست اتجارًا بالبشر. الاتجار ينطوي على قوة أو إكراه جسدي أو نفسي بالإضافة إلى الاستغلال: مثل أخذ جواز سفر الشخص، أو حبسه، أو إجباره على العمل. معاملة كل عمل جنسي على أنه استغلال تُخفي الاستغلال الحقيقي، وتُنكر موافقة العاملين، وتحرمهم من حماية قوانين العمل. المهاجرون العاملون في الجنس ليسوا ضحايا بحكم التعريف، لكن يمكن أن يكونوا ضحايا للاتجار.
    .title = العمل الجنسي ليس اتجارًا بالبشر

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = عمليات ومداهمات مكافحة الاتجار تدّعي أنها تستهدف الزبائن والأطراف الثالثة، لكنها عادةً تؤدي إلى القبض على المهاجرين العاملين في الجنس واحتجازهم وترحيلهم، حتى عندما لا توجَّه أي تهمة. قد يُتهم العاملون بالاتجار، حتى في غياب أي استغلال، إذا عملوا مع عاملين آخرين في الجنس، أو تلقّوا منهم منافع مادية، أو ساعدوهم على دخول كندا أو العمل فيها. الخوف من ذلك يمنع العاملين من الإبلاغ عن الاستغلال أو العنف.
    .title = ضرر المداهمات

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# ("our experience tells us that it is essential that service providers do not contact anyone,
# or disclose any information ... without the explicit and informed consent"; discuss all
# possible negative consequences in advance; footnote 17: the recommendation "does not
# constitute legal advice"; "This does not mean that you cannot support and intervene in a
# crisis situation"; "you may recommend that they contact counsel and/or community
# organizations, as coming forward to police may have negative consequences") and the closing
# paragraphs after §5, src L617-623 (the harms of disclosure without consent: involvement with
# law enforcement, criminal and immigration investigations, detention, arrest and deportation,
# loss of trust)
p-consent = من خبرتنا، من الضروري ألا تتصل بأي أحد ولا تشارك أي معلومات عن شخص دون موافقته الصريحة والمستنيرة، حتى لو ظننت أنه ضحية عنف أو اتجار. هذه توصية، وليست استشارة قانونية. الموافقة المستنيرة تعني مناقشة كل العواقب السلبية الممكنة أولًا. الإفصاح دون موافقة قد يجلب تدخلًا غير مرغوب من الشرطة، وتحقيقًا، واحتجازًا، وترحيلًا، وهو يدمّر الثقة. ويبقى بإمكانك أن تدعم الشخص وأن تتدخل في حالة أزمة. يمكنك أن توصي بمحامٍ أو بمنظمات مجتمعية: فالتوجه إلى الشرطة قد تكون له عواقب سلبية ينبغي دراستها جيدًا أولًا.
    .title = لا إفصاح دون موافقة

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = قد تكون لديك التزامات قانونية أو أخلاقية أو مهنية، أو سياسات، تبدو متعارضة مع ذلك. إذا كنت لا تستطيع تقديم خدمة مجهولة الهوية وسرية، أو لا تستطيع أن تعد بعدم الإفصاح دون موافقة، فقل ذلك بوضوح قبل أن يخبرك الشخص بأي شيء: ما المعلومات التي تحتاجها ولماذا، ومن يستطيع رؤية ملفه، ومتى ستشاركها أو قد تشاركها. حيثما أمكن، قدّم الخدمة دون أن تطلب من الناس الإفصاح عن العمل الجنسي أو الوضع القانوني أو الهوية.
    .title = اشرح حدودك أولًا

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = يستطيع الشخص الذي يعرّف نفسه بأنه ضحية اتجار أن يطلب من IRCC تصريح إقامة مؤقتة خاصًا (Temporary Resident Permit, TRP). يجري موظف هجرة مقابلة معه ويقرر. وكثيرًا ما يشمل ذلك تحقيقًا جنائيًا أو توجيه تهم إلى الأشخاص الذين يسمّيهم الضحية. بموجب سياسة الحكومة، لا يُلزم بالشهادة ضد المتهم. تصريح TRP صالح لمدة 6 أشهر ويمكن تجديده. وقد يكون مؤهلًا أيضًا لطلب الإقامة الدائمة لأسباب إنسانية ورحيمة (H&C)، وينبغي أن يناقش حالته مع محامٍ. وبحسب مكان وجوده، قد تدفع المساعدة القانونية (legal aid) أتعاب المحامي؛ وبموجب القانون، لا يجوز للمساعدة القانونية مشاركة المعلومات مع سلطات الهجرة.
    .title = تصريح الإقامة المؤقتة لضحايا الاتجار

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = شراء الشخص تذكرته بنفسه يُظهر التعاون، ويجعل الإفراج عنه حتى موعد الإبعاد أكثر احتمالًا، ويجنّبه سداد ثمن الرحلة لاحقًا. فكّر في الترتيبات (الممتلكات، عقد الإيجار) وهل يستطيع المحامي الحصول على إفراج قصير للاستعداد. إمكانية عودة الشخص قد تعتمد على ما يلي: دون إذن العودة إلى كندا (Authorization to Return to Canada, ARC)، لا عودة لمدة سنة واحدة بعد اعتباره غير مقبول وهو بتأشيرة زائر بسبب العمل دون تصريح أو العمل في الجنس؛ ولا عودة لمدة 5 سنوات بعد أمر استبعاد (exclusion order) بسبب الكذب على موظف هجرة؛ ولا عودة أبدًا بعد إدانة جنائية أو أمر ترحيل. إذا لم يشترِ الشخص تذكرته بنفسه، يجب سداد المبلغ إلى IRCC قبل طلب ARC.
    .title = قرار المغادرة

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = عمومًا، البقاء أسهل إذا كان هناك طلب إقامة دائمة مقدَّم مسبقًا. لا يمكن إبعاد المقيم الدائم إلا بعد أن تلغي IRCC إقامته الدائمة في جلسة عدم مقبولية؛ والكذب على IRCC أو CBSA قد يؤدي إلى مخالفة لقانون الهجرة (التصريح الكاذب، misrepresentation) وقد يكون سببًا لإلغائها. القبض من قِبل سلطات الهجرة بسبب العمل في الجنس يُنهي أي وضع مؤقت، والإدانة تجعل البقاء صعبًا جدًا. ما دامت هناك تهم جنائية معلّقة، لا يمكن إبعاد الشخص إلا إذا أوقف الادعاء العام (the Crown) التهم، وهذا يحدث كثيرًا: تُعلَّق التهم ليمكن ترحيل الشخص، وإذا غادر كندا، قد تُسقط التهم بعد 6 أشهر. إيقاف الإبعاد عمل قضائي مكثّف: أخبر المحامي في أقرب وقت ممكن. بعد أن يغادر الشخص، تكون العودة كزائر أو طالب أو عامل صعبة.
    .title = قرار البقاء

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = يستطيع المحامي أن يطلب من CBSA تأجيل الإبعاد، مستندًا إلى رعاية صحية متوفرة في كندا وغير متوفرة في البلد الأصلي، أو الأثر على الأطفال والعائلة في كندا، أو على العمل أو الدراسة، أو خطر على الحياة. إذا رُفض الطلب: يُقدَّم طلب إذن بالمراجعة القضائية (leave for judicial review) أمام المحكمة الفيدرالية (Federal Court)، مع طلب وقف الإبعاد. وبحسب الأهلية، هناك خيارات أخرى: الإقامة الدائمة لأسباب إنسانية ورحيمة (H&C) مع وقف الإبعاد، وطلب لجوء أو تقييم المخاطر قبل الإبعاد (PRRA) لمن تكون سلامته أو حياته في خطر، أو يواجه اضطهادًا أو ضررًا جسيمًا. قد تموّل المساعدة القانونية محاميًا؛ وقد تساعد العيادات القانونية المجانية.
    .title = خيارات البقاء

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = تُعقد المراجعات خلال 48 ساعة أو بعدها بقليل، ثم بعد 7 أيام، ثم كل 30 يومًا. ابنِ علاقات مع منظمات المهاجرين والمنظمات الداعمة للعاملين في الجنس من أجل خطط الإفراج، وبدائل الاحتجاز، والوصول إلى ضامن. اعرف المادة 248 من IRPR، أي عوامل الاحتجاز أو الإفراج (مثل سبب الاحتجاز ومدته). تحدّث مع موظف الإبعاد في CBSA (Removals Officer) عن الإبعاد وجدوله الزمني. قبل المراجعة الأولى، اطلب من محامي الوزير (Minister's Counsel) الإفصاح عن كل الوثائق، واقتراحًا مشتركًا محتملًا (joint submission)، ومخاوفه (مثل الهوية)؛ إذا لم يستطع تحديد جدول زمني للإبعاد، فقد يدعم ذلك الإفراج. قبل أي قبض: احصل على ملفات الموكل لدى CBSA و IRCC، وأعطه طريقة للوصول إليك 24 ساعة في اليوم، واطلب منه أن يتصل بك فورًا إذا قُبض عليه؛ ثم دافع أمام الشرطي أو موظف CBSA من أجل الإفراج عنه.
    .title = المحامي: التحضير لمراجعة الاحتجاز

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = قد لا يكون كثير من المحامين داعمين للعاملين في الجنس، وقد يحتاجون إلى توعية. قد تساعد Butterfly ومجموعات مجتمعية أخرى في إيجاد محامٍ أو ممثل معيَّن (designated representative)، وفي التدخل لدى المحامي لحماية مصالح الشخص. إذا احتُجز شخص، تستطيع المساعدة القانونية (Legal Aid) عادةً مساعدته في إيجاد محامٍ، مهما كان وضعه. وللأساسيات التي يحتاجها العامل المحتجز (لا حق في الصمت، الضامنون والكفالات، المترجمون)، وزّع نشرة «احتجاز الهجرة: اعرف حقوقك».
    .title = إيجاد محامٍ
