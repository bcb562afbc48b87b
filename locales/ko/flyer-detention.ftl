### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = 이민 구금: 당신의 권리를 알아 두세요

# source: none (the flyer's heading)
flyer-detention-heading = 캐나다의 이민 구금: 당신의 권리를 알아 두세요

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = CBSA 직원이 할 수 있는 일, 체포 후에 일어나는 일, 도움을 받는 방법.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = 캐나다 국경서비스청(CBSA)은 이민법을 집행합니다. CBSA 직원은 연방 이민 공무원이며 경찰이 아니고, 매우 넓은 권한을 가지고 있습니다. 이민 구금은 형사 구금이 아닙니다: 규칙, 심판 기관, 구금 시설이 다릅니다. 직원이 당신에게 또는 당신의 직장에 오면, 어디 소속인지 밝혀야 합니다: 시, 주, 또는 이민 당국.
    .title = CBSA 직원

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = CBSA 직원은 당신이 이민법이나 체류 조건을 어겼다고, 또는 합법적인 체류 신분이 없다고 의심하면 신분증을 요구할 수 있습니다. 그 권한은 매우 넓습니다. 체류 신분이 드러나는 신분증은 무엇이든 구금할 근거가 될 수 있습니다. 그리고 당신이 누구인지 확인할 수 없다면, 그것 자체가 구금할 수 있는 이유가 됩니다.
    .title = CBSA가 신분증을 요구할 수 있는 경우

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = 당신이 누구인지 확인할 수 없다고, 합법적인 체류 신분이 없다고, 이민법이나 체류 조건을 어겼다고, 또는 당신 이름으로 추방 명령에 따른 영장이 있다고 믿을 이유가 있을 때. 일반적으로 이민법 위반으로 사람을 체포하는 것은 CBSA뿐입니다. 하지만 당신 이름으로 체포 영장이 있으면, 경찰이 당신을 붙잡아 CBSA에 넘길 수 있습니다.
    .title = CBSA가 당신을 구금할 수 있는 경우

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = 경찰은 CBSA에 연락할 수 있습니다. 경찰이나 시의 조사는 한 번도 기소되지 않더라도 이민상의 불이익을 가져올 수 있습니다: 경찰 보고서와 벌금 고지서가 이민 심리에서 불리한 증거로 쓰인 적이 있습니다.
    .title = 경찰과 시 공무원

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = CBSA에 구금되면, 질문에 답하기 전에 변호사에게 연락하고 조언을 받을 권리가 있습니다. 그 밖에는, 이민 구금에서 묵비권이 없습니다. 대답하지 않으면, 구금 심사에서 구금을 계속해야 한다는 주장에 쓰입니다. CBSA나 IRCC(이민부)에 거짓말하지 마세요: 거짓말은 이민법 위반(허위 진술)으로 이어질 수 있습니다.
    .title = 변호사에게 연락할 수 있지만, 묵비권은 없습니다

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA는 조건을 붙여 당신을 풀어 줄 수 있습니다. 또는 당신이 공공에 위험하다고(예: 범죄 기록이 있음), 심리나 강제 출국에 나오지 않을 수도 있다고, 또는 당신이 누구인지 확인할 수 없다고 판단하면, 구금 심사 때까지 계속 구금할 수 있습니다.
    .title = 체포된 후

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = CBSA가 풀어 주지 않으면, 이민심판부(Immigration Division)라는 심판 기관이 48시간 안에 또는 그 직후에, 전화나 대면으로 당신의 구금을 심사합니다. 그래도 풀려나지 않으면 7일 뒤에 다시 심사하고, 그 뒤로는 30일마다 심사합니다. 심사에서 조건부로 석방될 수 있습니다. 예를 들어 보증인이 있거나, 토론토 보석 프로그램(Toronto Bail Program)이 당신을 맡아 주는 경우입니다(광역 토론토 지역, 바니에 센터에 갇힌 경우 포함). CBSA가 당신이 공공에 위험하다거나 심리에 나오지 않을 수 있다고 하면, 토론토 보석 프로그램이 도움이 될 수 있습니다.
    .title = 구금 심사

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = 보증인(bondsperson)은 당신을 위해 이민 보석 보증(bond)을 서며, 보통 석방 여부를 좌우하는 핵심 요소 중 하나입니다. 보증인은 당신의 구금 심사에 나와 질문에 답합니다. 캐나다에 사는 캐나다 시민권자나 영주권자여야 하고, 이전 보증에서 내지 않은 돈이 없어야 합니다. 범죄 기록은 없는 것이 바람직하고, 당신을 잘 알아야 합니다. 보증인과 함께 살게 되면 도움이 되고, 살 곳의 주소가 적힌 석방 계획이 있어도 도움이 됩니다.
    .title = 보증인

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = 직업이 있는지: 직업이 꼭 필요하지는 않지만, 불법 활동에서 나오지 않은 돈으로 낼 수 있다는 것을 보여야 합니다. 체포 전에 당신의 체류 신분을 알았는지: 어떻게 대답하든 반론에 부딪히게 됩니다. 두 질문 모두 먼저 변호사와 이야기하세요.
    .title = 보증인이 받을 질문

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = 석방되려면 살 곳의 주소가 필요합니다. 지역사회 단체가 쉼터 같은 살 곳과, 심사에서 당신을 대리할 사람을 찾도록 도와줄 수 있습니다.
    .title = 살 곳의 주소

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = 캐나다에 자녀나 가족이 있으면, 이민심판부는 이를 불리하게 이용합니다: 캐나다를 떠날 가능성이 낮다고 주장할 것입니다. 자녀가 함께 구금되어 있다면, 석방에 도움이 될 수 있습니다. 자녀가 함께 떠날 것이고 자녀에게 부모가 필요하다고 주장해야 할 수도 있습니다. 인도적 사유(H&C) 신청에 대해 변호사에게 물어보세요. 다른 누군가가 자녀를 돌볼 것이라고 이민심판부가 확신하지 못하면, 자녀는 당신과 함께 구금되거나 아동보호기관(Children's Aid Society)에 넘겨집니다.
    .title = 자녀와 가족

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = 현금 보증(cash bond): 보증인이 먼저 CBSA에 돈을 냅니다. 당신이 캐나다를 떠나거나 영주권자가 되면 돌려받습니다. 이행 보증(performance bond): 먼저 내는 돈은 없고, 보증인이 연 소득의 최대 1/7까지 약속합니다. 어느 보증이든, 당신이 조건을 어기거나, 캐나다를 떠나라는 명령을 받고도 떠나지 않으면 보증인은 그 돈을 잃습니다.
    .title = 두 가지 보증

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = 구금 중에는 전화가 제한되고, 변호사와의 통화를 빼고는 누군가 듣습니다. 밖에 있는 사람들이 대신 전화해 줄 수 있습니다.
    .title = 구금 중 전화

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = 이민심판부(Immigration Division)는 당신과 당신의 증인에게 통역사를 제공해야 합니다. 배정된 통역사가 없으면, 당신이나 변호사가 심리 전에 서면으로 요청하는 것이 좋습니다. 친척이나 친구는 중립적이지 않다는 이유로 거부될 수 있으니, 부탁하지 않는 것이 좋습니다. 통역이 틀리면 말하세요: 다른 통역사를 구하려고 심리가 미뤄질 수 있습니다.
    .title = 통역사

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = 정신 건강이나 다른 문제로 심리를 이해하기가 매우 어렵다면, 당신을 도와줄 사람을 요청할 수 있습니다. 이 사람을 지정 대리인(designated representative)이라고 합니다. 보통은 정신 건강 상담사나 당신이 믿는 지역사회 활동가가 가장 좋습니다. 정신 건강 문제를 CBSA나 구금센터 직원에게 말하기 전에, 먼저 변호사와 상의하세요: 이민 구금센터에서 최고 보안 등급 교도소로 옮겨진 사람들이 있습니다.
    .title = 심리에서 도움 받기

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = 구금되면, 선택할 수 있는 모든 방법과 각각 얼마나 걸리는지 알려 달라고 요청하세요. 기다리는 동안 계속 구금되는지는, 퇴거에 맞서 싸울지 정할 때 중요할 수 있습니다.
    .title = 머물 것인가, 떠날 것인가

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = 비행기표를 직접 사면 협조한다는 것을 보여 주고, 출국일까지 석방될 가능성이 높아집니다. 사지 않으면, 캐나다 재입국 허가(Authorization to Return to Canada, ARC)를 신청하기 전에 항공료를 IRCC에 갚아야 합니다. 추방 명령이나 형사 유죄 판결을 받은 뒤에는, ARC 없이는 절대 캐나다에 돌아올 수 없습니다.
    .title = 떠나고 싶다면

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = 가능한 한 빨리 변호사에게 알리세요: 사건을 준비하는 데 시간이 걸립니다. 법률구조(legal aid)가 변호사 비용을 낼 수도 있고, 무료 법률 상담소가 도울 수도 있습니다. 보내질 나라에서 생명이나 안전이 위험하거나, 그곳에서 박해나 심각한 위해를 당할 수 있다면, 난민 신청이나 퇴거 전 위험 평가(PRRA)에 대해 변호사에게 물어보세요.
    .title = 머물고 싶다면

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = 이 번호들을 외워 두세요: 구금되면 휴대폰과 연락처를 빼앗깁니다.
    .title = 변호사 구하기

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = 구금되면, 체류 신분과 관계없이 법률구조공단이 보통 변호사 찾는 것을 도와줄 수 있습니다. 법률구조공단은 법에 따라 당신에 대한 정보를 이민 당국과 공유할 수 없습니다.

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = 무료이며, 수신자 부담 전화를 받습니다. 토론토나 그 주변에, 예를 들어 바니에 여성 센터(Vanier Centre for Women) 같은 교도소에 구금되어 있다면, 이곳에 전화하게 해 달라고 요청하세요.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = 토론토 이민구금센터(Toronto Immigration Holding Centre) 안에 있는 법률 상담소입니다. 그곳에 구금되어 있다면 만나게 해 달라고 요청하세요. 무료입니다.

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = CBSA 앞에서의 권리에 대해 더 알아보려면 스캔하세요: “Migrants Know Your Rights!”
