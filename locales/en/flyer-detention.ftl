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
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = The Canada Border Services Agency (CBSA) enforces immigration law. Its officers are federal immigration officers, not police, and they have very broad powers. When officers come to you or to your workplace, they must say who they work for: the city, the province or immigration.
    .title = CBSA officers

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = Only if they suspect that you broke an immigration law or condition, or that you have no legal immigration status. Any ID that shows your status can give them a reason to detain you.
    .title = When CBSA may ask for ID

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = If they have reason to believe that they cannot confirm who you are, that you have no legal immigration status, that you broke an immigration law or condition, or that there is a warrant in your name for a deportation order. Usually only CBSA arrests people for immigration offences, but if there is an arrest warrant in your name, the police can hold you and hand you over to CBSA.
    .title = When CBSA may detain you

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = If CBSA detains you, you have the right to contact a lawyer and get advice before you answer questions. Apart from that, you have no right to stay silent in immigration detention. If you do not answer, this can be used at your detention review to keep you detained.
    .title = A lawyer, but no right to silence

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA may release you with terms and conditions. Or it may keep you detained until a detention review if it decides that you are a danger to the public (for example, you have a criminal record), that you might not come to your hearing or your removal, or that it cannot confirm who you are.
    .title = After an arrest

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = If CBSA does not release you, a tribunal called the Immigration Division reviews your detention within 48 hours or soon after, by phone or in person. If you are still not released, there is another review 7 days later, then one every 30 days. At a review you may be released with conditions, for example if you have a bondsperson, or if the Toronto Bail Program takes you on (Greater Toronto Area).
    .title = Detention reviews

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = A bondsperson gives immigration bail (a bond) for you. This is often the key to being released. They come to your detention review and answer questions. They must be a Canadian citizen or permanent resident who lives in Canada, and must not owe money on an earlier bond. They should not have a criminal record, and they must know you well. It helps if you will live with them, and if you have a release plan with the address where you will live.
    .title = A bondsperson

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = Whether they have a job: a job is not required, but they must show they can pay, with money that does not come from illegal activity. Whether they knew your immigration status before your arrest: any answer can cause problems. Talk about both questions with a lawyer first.
    .title = What a bondsperson will be asked

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Cash bond: the bondsperson pays money to CBSA first. They get it back when you leave Canada or become a permanent resident. Performance bond: nothing is paid first; the bondsperson promises up to 1/7 of their yearly income. With either bond, the bondsperson loses the money if you break your conditions, or if you are ordered to leave Canada and do not.
    .title = Two kinds of bond

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
det-representative = If mental health or other issues make it very hard for you to understand the hearing, you can ask for someone to help you, called a designated representative. A mental health worker or a community worker you trust is usually best.
    .title = Help at the hearing

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = Keep these numbers with you, in case you are detained.
    .title = Get a lawyer

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
