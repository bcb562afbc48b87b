### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = 事先準備：清單

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = 如果有一天你可能被移民機關（加拿大邊境服務局，CBSA）拘留，現在就先準備好這些事。每完成一項，就在方框裡打勾。
    .title = 事先準備

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = 外展工作者、朋友、家人或團體：如果你被拘留，他們能幫你擬定獲釋計畫。
    .title = 支持你的人

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = 能幫你擬定獲釋計畫的團體名稱。
    .title = 團體

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = 一個能為你繳交保證金或承諾擔保的人：住在加拿大的加拿大公民或永久居民，很了解你，沒有犯罪紀錄，沒有欠著之前保證金的錢，能說明自己會怎樣用合法的錢支付，而且會出席你的審查、回答問題。
    .title = 保釋擔保人

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = 把你會打電話找的人的號碼背起來。如果你被拘留，手機和聯絡人會被拿走。名字和號碼只寫在你放在家裡的那份計畫上。
    .title = 電話號碼

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = 有一個你信任的人拿著你家的鑰匙，可以去拿你的錢、文件和藥。
    .title = 備用鑰匙

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = 一個會幫你照顧孩子、並能向移民庭（Immigration Division）說明這一點的人。如果移民庭不確定有別人會照顧他們，你的孩子會和你一起被拘留，或被交給兒童援助協會（Children's Aid Society）。
    .title = 孩子

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = 把你需要的處方藥帶在身上。
    .title = 處方藥

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = 有證件比較容易獲釋。但外國證件很可能讓CBSA更仔細調查你的移民身分。請決定：自己隨身帶著，還是交給你信任、容易聯絡到的人保管。
    .title = 身分證件

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = 聯絡一位可靠、能代表你的移民律師或移民顧問。了解法律援助，以及你附近的法律診所。
    .title = 律師

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = 如果你可能想離開加拿大，要有有效的護照。沒有護照，離開可能要更久，你也可能被關更久。
    .title = 護照

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = 在拘留審查時，移民庭（Immigration Division）決定是否釋放你，會考慮你有沒有社區支持。別人可以承諾在住處、看病、照顧孩子、遵守釋放條件或離開加拿大等方面幫你。
    .title = 為什麼支持很重要

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = 外面的人可以幫你拿到處方藥或荷爾蒙、衣服、錢和文件，替你打電話，幫你照顧寵物或依靠你生活的人。你自己能打的電話有限，而且會被監聽，但和律師的通話不會。
    .title = 如果你被拘留
