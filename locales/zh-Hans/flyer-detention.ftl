### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = 移民拘留：了解你的权利

# source: none (the flyer's heading)
flyer-detention-heading = 在加拿大被移民拘留：了解你的权利

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = 加拿大边境服务局（CBSA）官员能做什么、被捕后会怎样、怎样获得帮助。

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = 加拿大边境服务局（CBSA）负责执行移民法。它的官员是联邦移民官员，不是警察，权力很大。官员来找你或到你工作的地方时，必须说明自己为谁工作：市政府、省政府，还是移民部门。
    .title = CBSA官员

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = 只有在他们怀疑你违反了移民法或你的居留条件，或者怀疑你没有合法移民身份时才可以。任何能显示你移民身份的证件，都可能让他们有理由拘留你。
    .title = CBSA何时可以查你的证件

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = 如果他们有理由相信：无法确认你是谁；你没有合法移民身份；你违反了移民法或居留条件；或者有以你名字发出的、执行驱逐令的逮捕令。通常只有CBSA会因移民违法而逮捕人；但如果有以你名字发出的逮捕令，警察可以扣留你，再把你交给CBSA。
    .title = CBSA何时可以拘留你

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = 如果CBSA拘留你，你有权在回答问题之前联系律师、听取建议。除此之外，在移民拘留中你没有沉默权。如果你不回答，在拘留审查时这可能被用来继续拘留你。
    .title = 可以找律师，但没有沉默权

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA可能附条件释放你。但如果它认为你对公众有危险（例如你有犯罪记录）、你可能不来参加听证或遣返，或者无法确认你是谁，也可能一直拘留你，直到拘留审查。
    .title = 被捕之后

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = 如果CBSA不释放你，一个叫移民庭（Immigration Division）、类似法庭的机构会在48小时内或之后不久，通过电话或当面审查你的拘留。如果你还没有获释，7天后会再审查一次，之后每30天一次。审查时你可能被附条件释放，例如你有担保人，或者多伦多保释项目（Toronto Bail Program）愿意接收你（大多伦多地区）。
    .title = 拘留审查

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = 保释担保人（bondsperson）为你提供移民保释担保（bond）。这往往是能否获释的关键。担保人会来参加你的拘留审查并回答问题。担保人必须是住在加拿大的加拿大公民或永久居民，而且不能还欠着以前担保的钱。他们不应该有犯罪记录，而且必须很了解你。如果你会和他们住在一起，并且有一份写明你获释后住址的释放计划，会有帮助。
    .title = 保释担保人

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = 他们有没有工作：不一定要有工作，但必须证明他们付得起钱，而且钱不是来自违法活动。他们在你被捕前知不知道你的移民身份：怎么回答都可能带来麻烦。这两个问题都要先和律师商量。
    .title = 保释担保人会被问什么

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = 现金担保（cash bond）：担保人先把钱交给CBSA。你离开加拿大或成为永久居民时，钱会退还给他们。履约担保（performance bond）：不用先交钱；担保人承诺最多付出其年收入的1/7。无论哪种担保，如果你违反条件，或被命令离开加拿大却没有离开，担保人都会失去这笔钱。
    .title = 两种担保

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = 移民庭必须为你和你的证人提供口译员。如果还没有安排，你或你的律师应在听证前书面申请。亲戚或朋友可能因为不中立而被拒绝，所以最好不要找他们。如果口译有错，要说出来：听证可能会改期，换一位口译员。
    .title = 口译员

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
det-representative = 如果因为心理健康或其他问题，你很难听懂听证的内容，可以要求有人帮你，这个人叫指定代表（designated representative）。通常最好是心理健康工作者，或你信任的社区工作者。
    .title = 听证时的帮助

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = 把这些号码带在身上，以防你被拘留。
    .title = 找律师

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = 免费，可以打对方付费电话。如果你在多伦多或附近被拘留，例如关在瓦尼尔女子中心（Vanier Centre for Women）这类监狱里，可以要求打给他们。

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = 多伦多移民拘留中心（Toronto Immigration Holding Centre）里的一个法律诊所。如果你被关在那里，可以要求见他们。免费。

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = 扫码了解更多你面对CBSA时的权利：“Migrants Know Your Rights!”
