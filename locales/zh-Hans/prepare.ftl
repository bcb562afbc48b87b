### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = 提前准备：清单

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = 如果有一天你可能被移民部门（加拿大边境服务局，CBSA）拘留，现在就准备好这些事。每做完一项，就在方框里打勾。
    .title = 提前准备

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = 外展工作者、朋友、家人或机构：如果你被拘留，他们能帮你制定释放计划。
    .title = 支持你的人

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = 能帮你制定释放计划的机构名称。
    .title = 机构

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = 一个能为你交保释金或承诺担保的人：住在加拿大的加拿大公民或永久居民，很了解你，没有犯罪记录，没有欠着以前担保的钱，能说明自己会怎样用合法的钱支付，而且会来参加你的审查、回答问题。
    .title = 保释担保人

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = 把你要打电话找的人的号码背下来。如果你被拘留，你的手机和联系人会被拿走。名字和号码只写在你放在家里的那份计划上。
    .title = 电话号码

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = 一个你信任的人有你家的钥匙，可以去拿你的钱、文件和药。
    .title = 备用钥匙

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = 一个会照顾你的孩子、并能向移民庭（Immigration Division）说明这一点的人。如果移民庭不确定有别人会照顾他们，你的孩子会和你一起被拘留，或被交给儿童援助协会（Children's Aid Society）。
    .title = 孩子

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = 把你需要的处方药带在身上。
    .title = 处方药

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = 有身份证件更容易获释。但外国的证件很可能让CBSA更仔细地调查你的移民身份。请决定：自己随身带着，还是交给一个你信任、容易联系上的人保管。
    .title = 身份证件

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = 联系一位可靠的、能代表你的移民律师或移民顾问。了解法律援助和你附近的法律诊所。
    .title = 律师

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = 如果你可能想离开加拿大，要有有效的护照。没有护照，离开可能要更久，你也可能被关更久。
    .title = 护照

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = 在拘留审查时，移民庭（Immigration Division）决定是否释放你，会看你有没有社区支持。别人可以承诺在住房、看病、照顾孩子、遵守释放条件或离开加拿大等方面帮你。
    .title = 为什么支持很重要

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = 外面的人可以帮你拿到处方药或激素、衣服、钱和文件，替你打电话，帮你照顾宠物或依靠你生活的人。你自己打电话的次数有限，而且会被监听，但和律师的通话不会。
    .title = 如果你被拘留
