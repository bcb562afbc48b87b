### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = Plan ahead: a checklist

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = If you could be detained by immigration (CBSA) one day, get these things ready now. Tick each box when it is done.
    .title = Plan ahead

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = Outreach workers, friends, family or organizations who can help with a plan for your release if you are detained.
    .title = People who support you

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = Names of organizations that can help you make a release plan.
    .title = Organizations

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = Someone who could pay or promise bail for you: a Canadian citizen or permanent resident living in Canada who knows you well, has no criminal record, does not owe money on an earlier bond, can show how they would pay with lawful money, and will come to your review to answer questions.
    .title = A bondsperson

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = Learn by heart the numbers of the people you would call. If you are detained, your phone and contacts will be taken. Write names and numbers only on a plan you keep at home.
    .title = Phone numbers

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = Someone you trust has a key to your home, to get your money, papers and medicine.
    .title = Spare key

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = Someone who will care for your children, and who can tell the Immigration Division so. If it is not sure that someone else will care for them, your children will be detained with you or handed to a Children's Aid Society.
    .title = Children

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = Keep the prescriptions you need with you.
    .title = Prescriptions

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = ID makes release easier. But ID from another country will likely make CBSA look more closely at your status. Decide: carry it, or let someone you trust and can reach easily keep it.
    .title = ID documents

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = Contact a trusted immigration lawyer or consultant who can represent you. Find out about legal aid and the legal clinics near you.
    .title = Lawyer

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = If you may want to leave Canada, have a valid passport. Without one, leaving can take longer and you may be detained longer.
    .title = Passport

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = At a detention review, the Immigration Division looks at your community support when it decides whether to release you. People can promise to help you with housing, health care, childcare, following your release conditions, or leaving Canada.
    .title = Why support matters

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = People outside can help you get your prescriptions for medicine or hormones, clothes, money and papers, call people for you, and help with your pets or the people who depend on you. Your own calls are limited, and they are listened to, except calls with your lawyer.
    .title = If you are detained
