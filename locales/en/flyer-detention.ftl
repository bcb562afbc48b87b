### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = Immigration detention: know your rights

# source: none (the flyer's heading)
flyer-detention-heading = Immigration detention in Canada: know your rights

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = What CBSA officers can do, what happens after an arrest, and how to get help.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = The Canada Border Services Agency (CBSA) enforces immigration law. Its officers are federal immigration officers, not police, and they have very broad powers. Immigration detention is not criminal detention: the rules, the tribunals and the detention centres are different. When officers come to you or to your workplace, they must say who they work for: the city, the province or immigration.
    .title = CBSA officers

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = CBSA officers can ask for ID if they suspect that you broke an immigration law or condition, or that you have no legal immigration status. Their powers are very broad. Any ID that shows your status may give them grounds to detain you. And if they cannot confirm who you are, that is itself a reason they can detain you.
    .title = When CBSA may ask for ID

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = If they have reason to believe that they cannot confirm who you are, that you have no legal immigration status, that you broke an immigration law or condition, or that there is a warrant in your name for a deportation order. Generally, only CBSA arrests people for immigration offences. But if there is an arrest warrant in your name, the police can hold you and hand you over to CBSA.
    .title = When CBSA may detain you

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = Police can call CBSA. A police or city investigation can have immigration consequences even if you are never charged: police reports and tickets have been used as evidence against people at immigration hearings.
    .title = Police and city officers

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = If CBSA detains you, you have the right to contact a lawyer and get advice before you answer questions. Apart from that, you have no right to stay silent in immigration detention. If you do not answer, this will be used at your detention review to argue that you should stay detained. Do not lie to CBSA or IRCC: lying may lead to an immigration offence (misrepresentation).
    .title = A lawyer, but no right to silence

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA may release you with terms and conditions. Or it may keep you detained until a detention review if it decides that you are a danger to the public (for example, you have a criminal record), that you might not come to your hearing or your removal, or that it cannot confirm who you are.
    .title = After an arrest

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = If CBSA does not release you, a tribunal called the Immigration Division reviews your detention within 48 hours or soon after, by phone or in person. If you are still not released, there is another review 7 days later, then one every 30 days. At a review you may be released with conditions, for example if you have a bondsperson, or if the Toronto Bail Program takes you on (Greater Toronto Area, also if you are held at the Vanier Centre). If CBSA says you are a danger to the public or might not come to your hearing, the Toronto Bail Program may be helpful.
    .title = Detention reviews

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = A bondsperson gives immigration bail (a bond) for you, and is usually a key factor in whether you are released. They come to your detention review and answer questions. They must be a Canadian citizen or permanent resident who lives in Canada, and must not owe money on an earlier bond. They should not have a criminal record, and they must know you well. It helps if you will live with them, and if you have a release plan with the address where you will live.
    .title = A bondsperson

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = Whether they have a job: a job is not required, but they must show they can pay, with money that does not come from illegal activity. Whether they knew your immigration status before your arrest: whatever they answer, there will be resistance. Talk about both questions with a lawyer first.
    .title = What a bondsperson will be asked

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = To be released, you need an address where you will live. Community organizations can help you find a place, such as a shelter, and someone to represent you at your review.
    .title = An address to live at

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = If you have children or family in Canada, the Immigration Division will use it against you: it will say you are less likely to leave Canada. If your children are detained with you, this can help your release. You may need to argue that your children will leave with you and that they need their parent. Ask a lawyer about a humanitarian and compassionate (H&C) application. If the Immigration Division is not sure that someone else will care for your children, they will be detained with you or handed to a Children's Aid Society.
    .title = Children and family

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Cash bond: the bondsperson pays money to CBSA first. They get it back when you leave Canada or become a permanent resident. Performance bond: nothing is paid first; the bondsperson promises up to 1/7 of their yearly income. With either bond, the bondsperson loses the money if you break your conditions, or if you are ordered to leave Canada and do not.
    .title = Two kinds of bond

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = In detention your phone calls are limited, and they are listened to, except calls with your lawyer. People outside can make calls for you.
    .title = Calls in detention

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = The Immigration Division must provide an interpreter for you and your witnesses. If none has been assigned, you or your lawyer should ask for one in writing before the hearing. A relative or friend may be rejected as not neutral, so it is better not to ask them. If the interpreting is wrong, say so: the hearing may be moved to get another interpreter.
    .title = Interpreters

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = If mental health or other issues make it very hard for you to understand the hearing, you can ask for someone to help you, called a designated representative. A mental health worker or a community worker you trust is usually best. Before you tell CBSA or holding-centre staff about mental health issues, talk to your lawyer first: some people have been moved from immigration holding centres to maximum security jails.
    .title = Help at the hearing

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = If you are detained, ask to be told every option you have, and how long each one takes. Whether you stay detained while you wait can matter when you decide whether to fight removal.
    .title = Staying or leaving

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = Buying your own plane ticket shows you cooperate, and makes it more likely that you are released until your removal date. If you do not buy it, you will have to repay IRCC for the flight before you can ask for an Authorization to Return to Canada (ARC). After a deportation order or a criminal conviction, you can never return to Canada without an ARC.
    .title = If you want to leave

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = Tell a lawyer as soon as possible: preparing your case takes time. Legal aid may pay for a lawyer, and free legal clinics may help. If your life or safety would be at risk in the country you would be sent to, or you could face persecution or serious harm there, ask your lawyer about a refugee claim or a pre-removal risk assessment (PRRA).
    .title = If you want to stay

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = Learn these numbers by heart: if you are detained, your phone and your contacts will be taken.
    .title = Get a lawyer

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = If you are detained, Legal Aid can usually help you find a lawyer, whatever your status. By law, Legal Aid cannot share information about you with immigration.

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = Free, and takes collect calls. If you are detained in or around Toronto, for example in a jail such as the Vanier Centre for Women, ask to call them.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = A clinic inside the Toronto Immigration Holding Centre. If you are detained there, ask to see them. It is free.

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = Scan for more on your rights with CBSA: “Migrants Know Your Rights!”
