### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = 移民拘留：認識你的權利

# source: none (the flyer's heading)
flyer-detention-heading = 在加拿大遭移民拘留：認識你的權利

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = 加拿大邊境服務局（CBSA）官員可以做什麼、被捕後會怎樣，以及如何取得協助。

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = 加拿大邊境服務局（CBSA）負責執行移民法。它的官員是聯邦移民官員，不是警察，權力非常大。移民拘留不是刑事拘留：規則、審理機構和拘留中心都不一樣。官員來找你或到你工作的地方時，必須說明自己替誰工作：市政府、省政府，還是移民機關。
    .title = CBSA官員

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = 如果CBSA官員懷疑你違反移民法或你的居留條件，或懷疑你沒有合法移民身分，就可以要求看你的證件。他們的權力非常大。任何顯示你移民身分的證件，都可能讓他們有理由拘留你。而如果他們無法確認你是誰，這本身就是他們可以拘留你的理由。
    .title = CBSA何時可以要求看證件

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = 如果他們有理由相信：無法確認你是誰；你沒有合法移民身分；你違反了移民法或居留條件；或有以你名字發出、執行驅逐令的逮捕令。一般來說，只有CBSA會因移民違法而逮捕人。但如果有以你名字發出的逮捕令，警察可以扣留你，再把你交給CBSA。
    .title = CBSA何時可以拘留你

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = 警察可以通知CBSA。即使你從來沒有被起訴，警方或市政府的調查也可能為你帶來移民方面的後果：警方報告和罰單曾在移民聽證中被當作對當事人不利的證據。
    .title = 警察和市政官員

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = 如果CBSA拘留你，你有權在回答問題前聯絡律師、聽取意見。除此之外，在移民拘留中你沒有緘默權。如果你不回答，這會在拘留審查時被拿來主張繼續拘留你。不要對CBSA或IRCC（移民部）說謊：說謊可能構成移民違法（虛假陳述）。
    .title = 可以找律師，但沒有緘默權

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA可能附條件釋放你。但如果它認為你對大眾有危險（例如你有犯罪紀錄）、你可能不會出席聽證或遣返，或無法確認你是誰，也可能把你一直拘留到拘留審查。
    .title = 被捕之後

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = 如果CBSA不釋放你，一個叫移民庭（Immigration Division）、類似法庭的機構會在48小時內或稍後不久，以電話或當面方式審查你的拘留。如果你仍未獲釋，7天後會再審查一次，之後每30天一次。審查時你可能附條件獲釋，例如你有保釋擔保人，或多倫多保釋計畫（Toronto Bail Program）願意接收你（大多倫多地區，包括關在瓦尼爾中心的人）。如果CBSA說你對大眾有危險，或你可能不會出席聽證，多倫多保釋計畫可能會有幫助。
    .title = 拘留審查

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = 保釋擔保人（bondsperson）為你提供移民保釋擔保（bond），通常是你能否獲釋的一個關鍵因素。擔保人會出席你的拘留審查並回答問題。擔保人必須是住在加拿大的加拿大公民或永久居民，而且不能還欠著之前保證金的錢。他們不應有犯罪紀錄，而且必須很了解你。如果你會和他們同住，並有一份寫明你獲釋後住址的獲釋計畫，會有幫助。
    .title = 保釋擔保人

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = 他們有沒有工作：不一定要有工作，但必須證明付得起錢，而且錢不是來自違法活動。他們在你被捕前知不知道你的移民身分：無論怎麼回答，都會遭到質疑。這兩個問題都要先和律師討論。
    .title = 保釋擔保人會被問什麼

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = 要獲釋，你需要一個獲釋後居住的地址。社區團體可以幫你找到住處（例如庇護所），也可以幫你找人在審查時代表你。
    .title = 獲釋後的住址

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = 如果你在加拿大有孩子或家人，移民庭會把這一點當作對你不利的理由：它會說你比較不可能離開加拿大。如果你的孩子和你一起被拘留，這可能有助於你獲釋。你可能需要說明，你的孩子會和你一起離開，而且他們需要自己的父母。可以向律師詢問人道及同情理由（H&C）申請。如果移民庭不確定有別人會照顧你的孩子，孩子會和你一起被拘留，或被交給兒童援助協會（Children's Aid Society）。
    .title = 孩子和家人

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = 現金保證金（cash bond）：擔保人先把錢交給CBSA。你離開加拿大或成為永久居民時，錢會退還給他們。履約保證（performance bond）：不用先付錢；擔保人承諾最多付出其年收入的1/7。無論哪一種，如果你違反條件，或被命令離開加拿大卻沒有離開，擔保人都會失去這筆錢。
    .title = 兩種擔保

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = 在拘留中，你能打的電話有限，而且會被監聽，但和律師的通話不會。外面的人可以替你打電話。
    .title = 拘留中打電話

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = 移民庭必須為你和你的證人提供口譯員。如果還沒有安排，你或你的律師應在聽證前以書面要求。親友可能因為不夠中立而被拒絕，所以最好不要找他們。如果口譯有錯，要說出來：聽證可能延期，改找另一位口譯員。
    .title = 口譯員

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = 如果因為心理健康或其他問題，你很難理解聽證內容，可以要求有人協助你，這個人叫指定代表（designated representative）。通常最好是心理健康工作者，或你信任的社區工作者。在把心理健康問題告訴CBSA或拘留中心工作人員之前，先和你的律師討論：有些人曾被從移民拘留中心轉到最高戒護監獄。
    .title = 聽證時的協助

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = 如果你被拘留，要求了解你所有的選擇，以及每種選擇需要多長時間。等待期間你會不會一直被拘留，在你決定要不要爭取不被遣返時可能很重要。
    .title = 留下還是離開

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = 自己買機票表明你願意配合，也讓你更有可能獲釋，在外面等到遣返那天。如果你不自己買，以後要申請返回加拿大授權（Authorization to Return to Canada，ARC）之前，必須先向IRCC償還機票費用。有驅逐令或刑事定罪之後，沒有ARC就永遠不能再回加拿大。
    .title = 如果你想離開

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = 盡快告訴律師：準備你的案子需要時間。法律援助可能支付律師費，免費的法律診所也可能幫忙。如果在你會被送去的國家，你的生命或安全會有危險，或你可能在那裡受到迫害或嚴重傷害，請向律師詢問難民申請或遣返前風險評估（PRRA）。
    .title = 如果你想留下

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = 把這些號碼背起來：如果你被拘留，手機和聯絡人會被拿走。
    .title = 找律師

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = 如果你被拘留，法律援助處通常能幫你找律師，不論你是什麼移民身分。依法，法律援助處不能把你的資訊告訴移民機關。

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = 免費，可打對方付費電話。如果你在多倫多或附近被拘留，例如關在瓦尼爾女子中心（Vanier Centre for Women）這類監獄，可以要求打給他們。

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = 多倫多移民拘留中心（Toronto Immigration Holding Centre）內的法律診所。如果你被關在那裡，可以要求見他們。免費。

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = 掃描了解更多你面對CBSA時的權利：「Migrants Know Your Rights!」
