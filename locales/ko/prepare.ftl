### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = 미리 준비하기: 체크리스트

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = 언젠가 이민 당국(CBSA)에 구금될 수도 있다면, 지금 이것들을 준비하세요. 하나를 마칠 때마다 칸에 표시하세요.
    .title = 미리 준비하기

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = 구금될 경우 석방 계획을 도와줄 현장 지원 활동가, 친구, 가족 또는 단체.
    .title = 나를 도와주는 사람들

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = 석방 계획 세우는 것을 도와줄 수 있는 단체들의 이름.
    .title = 단체

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = 당신을 위해 보석금을 내거나 약속해 줄 수 있는 사람: 캐나다에 사는 캐나다 시민권자나 영주권자로, 당신을 잘 알고, 범죄 기록이 없고, 이전 보증에서 내지 않은 돈이 없고, 합법적인 돈으로 어떻게 낼지 보여 줄 수 있으며, 심사에 나와 질문에 답할 사람.
    .title = 보증인

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = 연락할 사람들의 전화번호를 외워 두세요. 구금되면 휴대폰과 연락처를 빼앗깁니다. 이름과 번호는 집에 두는 계획표에만 적으세요.
    .title = 전화번호

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = 믿을 수 있는 사람이 당신 집 열쇠를 가지고 있어서, 돈, 서류, 약을 가져올 수 있게 하세요.
    .title = 여분 열쇠

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = 아이를 돌봐 줄 사람으로, 이민심판부(Immigration Division)에 그렇다고 말해 줄 수 있는 사람. 다른 누군가가 아이를 돌볼 것이라고 이민심판부가 확신하지 못하면, 아이는 당신과 함께 구금되거나 아동보호기관(Children's Aid Society)에 넘겨집니다.
    .title = 아이들

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = 필요한 처방약을 몸에 지니세요.
    .title = 처방약

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = 신분증이 있으면 석방이 쉬워집니다. 하지만 다른 나라 신분증은 CBSA가 당신의 체류 신분을 더 자세히 조사하게 만들 가능성이 큽니다. 정하세요: 직접 가지고 다닐지, 믿을 수 있고 쉽게 연락되는 사람에게 맡길지.
    .title = 신분증

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = 당신을 대리해 줄 믿을 만한 이민 변호사나 이민 컨설턴트에게 연락하세요. 법률구조(legal aid)와 가까운 법률 상담소에 대해 알아 두세요.
    .title = 변호사

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = 캐나다를 떠나고 싶을 수도 있다면, 유효한 여권을 준비하세요. 여권이 없으면 출국이 늦어질 수 있고, 더 오래 구금될 수 있습니다.
    .title = 여권

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = 구금 심사에서 이민심판부(Immigration Division)는 석방 여부를 정할 때 당신의 지역사회 지원을 봅니다. 주변 사람들이 주거, 의료, 육아, 석방 조건 지키기, 또는 캐나다 출국을 돕겠다고 약속할 수 있습니다.
    .title = 지원이 중요한 이유

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = 밖에 있는 사람들이 처방받은 약이나 호르몬, 옷, 돈, 서류를 받을 수 있게 돕고, 대신 전화해 주고, 반려동물이나 당신에게 의지하는 사람들을 돌보는 일을 도와줄 수 있습니다. 당신이 거는 전화는 제한되고, 변호사와의 통화를 빼고는 누군가 듣습니다.
    .title = 구금되었을 때
