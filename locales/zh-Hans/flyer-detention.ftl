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
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = 加拿大边境服务局（CBSA）负责执行移民法。它的官员是联邦移民官员，不是警察，权力非常大。移民拘留不是刑事拘留：规则、审理机构和拘留中心都不一样。官员来找你或到你工作的地方时，必须说明自己为谁工作：市政府、省政府，还是移民部门。
    .title = CBSA官员

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = 如果CBSA官员怀疑你违反了移民法或你的居留条件，或者怀疑你没有合法移民身份，就可以要求查看你的证件。他们的权力非常大。任何能显示你移民身份的证件，都可能让他们有理由拘留你。而如果他们无法确认你是谁，这本身就是他们可以拘留你的理由。
    .title = CBSA何时可以查你的证件

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = 如果他们有理由相信：无法确认你是谁；你没有合法移民身份；你违反了移民法或居留条件；或者有以你名字发出的、执行驱逐令的逮捕令。一般来说，只有CBSA会因移民违法而逮捕人。但如果有以你名字发出的逮捕令，警察可以扣留你，再把你交给CBSA。
    .title = CBSA何时可以拘留你

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = 警察可以通知CBSA。即使你从来没有被起诉，警方或市政府的调查也可能给你带来移民方面的后果：警方报告和罚单曾在移民听证中被用作对当事人不利的证据。
    .title = 警察和市政官员

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = 如果CBSA拘留你，你有权在回答问题之前联系律师、听取建议。除此之外，在移民拘留中你没有沉默权。如果你不回答，这会在拘留审查时被用来主张继续拘留你。不要对CBSA或IRCC（移民部）撒谎：撒谎可能构成移民违法（虚假陈述）。
    .title = 可以找律师，但没有沉默权

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA可能附条件释放你。但如果它认为你对公众有危险（例如你有犯罪记录）、你可能不来参加听证或遣返，或者无法确认你是谁，也可能一直拘留你，直到拘留审查。
    .title = 被捕之后

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = 如果CBSA不释放你，一个叫移民庭（Immigration Division）、类似法庭的机构会在48小时内或之后不久，通过电话或当面审查你的拘留。如果你还没有获释，7天后会再审查一次，之后每30天一次。审查时你可能被附条件释放，例如你有保释担保人，或者多伦多保释项目（Toronto Bail Program）愿意接收你（大多伦多地区，包括关在瓦尼尔中心的人）。如果CBSA说你对公众有危险，或者你可能不来参加听证，多伦多保释项目可能会有帮助。
    .title = 拘留审查

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = 保释担保人（bondsperson）为你提供移民保释担保（bond），通常是你能否获释的一个关键因素。担保人会来参加你的拘留审查并回答问题。担保人必须是住在加拿大的加拿大公民或永久居民，而且不能还欠着以前担保的钱。他们不应该有犯罪记录，而且必须很了解你。如果你会和他们住在一起，并且有一份写明你获释后住址的释放计划，会有帮助。
    .title = 保释担保人

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = 他们有没有工作：不一定要有工作，但必须证明他们付得起钱，而且钱不是来自违法活动。他们在你被捕前知不知道你的移民身份：无论怎么回答，都会遭到质疑。这两个问题都要先和律师商量。
    .title = 保释担保人会被问什么

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = 要获释，你需要一个获释后居住的地址。社区机构可以帮你找到住处（例如庇护所），也可以帮你找人在审查时代表你。
    .title = 获释后的住址

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = 如果你在加拿大有孩子或家人，移民庭会把这一点当作对你不利的理由：它会说你比较不可能离开加拿大。如果你的孩子和你一起被拘留，这可能有助于你获释。你可能需要说明，你的孩子会和你一起离开，而且他们需要自己的父母。可以向律师询问人道主义和同情理由（H&C）申请。如果移民庭不确定有别人会照顾你的孩子，孩子会和你一起被拘留，或被交给儿童援助协会（Children's Aid Society）。
    .title = 孩子和家人

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = 现金担保（cash bond）：担保人先把钱交给CBSA。你离开加拿大或成为永久居民时，钱会退还给他们。履约担保（performance bond）：不用先交钱；担保人承诺最多付出其年收入的1/7。无论哪种担保，如果你违反条件，或被命令离开加拿大却没有离开，担保人都会失去这笔钱。
    .title = 两种担保

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = 在拘留中，你打电话的次数有限，而且会被监听，但和律师的通话不会。外面的人可以替你打电话。
    .title = 拘留中打电话

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
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = 如果因为心理健康或其他问题，你很难听懂听证的内容，可以要求有人帮你，这个人叫指定代表（designated representative）。通常最好是心理健康工作者，或你信任的社区工作者。在把心理健康问题告诉CBSA或拘留中心工作人员之前，先和你的律师商量：有些人曾被从移民拘留中心转到最高戒备监狱。
    .title = 听证时的帮助

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = 如果你被拘留，要求了解你所有的选择，以及每种选择需要多长时间。等待期间你会不会一直被拘留，在你决定要不要争取不被遣返时可能很重要。
    .title = 留下还是离开

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = 自己买机票表明你愿意配合，也让你更有可能获释，在外面等到遣返那天。如果你不自己买，以后要申请返回加拿大授权（Authorization to Return to Canada，ARC）之前，必须先向IRCC偿还机票费用。有驱逐令或刑事定罪之后，没有ARC就永远不能再回加拿大。
    .title = 如果你想离开

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = 尽快告诉律师：准备你的案子需要时间。法律援助可能支付律师费，免费的法律诊所也可能帮忙。如果在你会被送去的国家，你的生命或安全会有危险，或者你可能在那里受到迫害或严重伤害，向律师询问难民申请或遣返前风险评估（PRRA）。
    .title = 如果你想留下

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = 把这些号码背下来：如果你被拘留，你的手机和联系人会被拿走。
    .title = 找律师

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = 如果你被拘留，法律援助处通常能帮你找律师，不论你是什么移民身份。依照法律，法律援助处不能把你的信息告诉移民部门。

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
