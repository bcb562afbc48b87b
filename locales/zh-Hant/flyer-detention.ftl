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
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = 加拿大邊境服務局（CBSA）負責執行移民法。它的官員是聯邦移民官員，不是警察，權力非常大。官員來找你或到你工作的地方時，必須說明自己替誰工作：市政府、省政府，還是移民機關。
    .title = CBSA官員

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = 只有在他們懷疑你違反移民法或你的居留條件，或懷疑你沒有合法移民身分時才可以。任何顯示你移民身分的證件，都可能讓他們有理由拘留你。
    .title = CBSA何時可以要求看證件

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = 如果他們有理由相信：無法確認你是誰；你沒有合法移民身分；你違反了移民法或居留條件；或有以你名字發出、執行驅逐令的逮捕令。通常只有CBSA會因移民違法而逮捕人；但如果有以你名字發出的逮捕令，警察可以扣留你，再把你交給CBSA。
    .title = CBSA何時可以拘留你

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = 如果CBSA拘留你，你有權在回答問題前聯絡律師、聽取意見。除此之外，在移民拘留中你沒有緘默權。如果你不回答，在拘留審查時可能被拿來當作繼續拘留你的理由。
    .title = 可以找律師，但沒有緘默權

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA可能附條件釋放你。但如果它認為你對大眾有危險（例如你有犯罪紀錄）、你可能不會出席聽證或遣返，或無法確認你是誰，也可能把你一直拘留到拘留審查。
    .title = 被捕之後

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = 如果CBSA不釋放你，一個叫移民庭（Immigration Division）、類似法庭的機構會在48小時內或稍後不久，以電話或當面方式審查你的拘留。如果你仍未獲釋，7天後會再審查一次，之後每30天一次。審查時你可能附條件獲釋，例如你有擔保人，或多倫多保釋計畫（Toronto Bail Program）願意接收你（大多倫多地區）。
    .title = 拘留審查

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = 保釋擔保人（bondsperson）為你提供移民保釋擔保（bond）。這往往是能否獲釋的關鍵。擔保人會出席你的拘留審查並回答問題。擔保人必須是住在加拿大的加拿大公民或永久居民，而且不能還欠著之前保證金的錢。他們不應有犯罪紀錄，而且必須很了解你。如果你會和他們同住，並有一份寫明你獲釋後住址的獲釋計畫，會有幫助。
    .title = 保釋擔保人

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = 他們有沒有工作：不一定要有工作，但必須證明付得起錢，而且錢不是來自違法活動。他們在你被捕前知不知道你的移民身分：怎麼回答都可能帶來問題。這兩個問題都要先和律師討論。
    .title = 保釋擔保人會被問什麼

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = 現金保證金（cash bond）：擔保人先把錢交給CBSA。你離開加拿大或成為永久居民時，錢會退還給他們。履約保證（performance bond）：不用先付錢；擔保人承諾最多付出其年收入的1/7。無論哪一種，如果你違反條件，或被命令離開加拿大卻沒有離開，擔保人都會失去這筆錢。
    .title = 兩種擔保

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
det-representative = 如果因為心理健康或其他問題，你很難理解聽證內容，可以要求有人協助你，這個人叫指定代表（designated representative）。通常最好是心理健康工作者，或你信任的社區工作者。
    .title = 聽證時的協助

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = 把這些號碼帶在身上，以防你被拘留。
    .title = 找律師

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
