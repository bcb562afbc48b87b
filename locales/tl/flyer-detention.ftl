### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = Immigration detention: alamin ang mga karapatan mo

# source: none (the flyer's heading)
flyer-detention-heading = Immigration detention sa Canada: mga karapatan mo

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = Ang puwedeng gawin ng CBSA, ang nangyayari pagkatapos ng aresto, at paano humingi ng tulong.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = Ang Canada Border Services Agency (CBSA) ang nagpapatupad ng batas sa imigrasyon. Federal na opisyal ng imigrasyon ang mga opisyal nito, hindi pulis, at napakalawak ng kapangyarihan nila. Hindi criminal detention ang immigration detention: iba ang mga patakaran, tribunal at detention centre. Kapag pinuntahan ka nila o ang trabaho mo, dapat nilang sabihin kung para kanino sila nagtatrabaho: lungsod, probinsya o imigrasyon.
    .title = Mga opisyal ng CBSA

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = Puwedeng humingi ng ID ang CBSA kung hinihinala nitong lumabag ka sa batas o kondisyon ng imigrasyon, o wala kang legal na immigration status. Napakalawak ng kapangyarihan nito. Anumang ID na nagpapakita ng status mo ay puwedeng maging dahilan para i-detain ka. At kung hindi nito makumpirma kung sino ka, iyon mismo ay dahilan para puwede ka nitong i-detain.
    .title = Kailan puwedeng humingi ng ID ang CBSA

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = Kung may dahilan silang maniwala na hindi nila makumpirma kung sino ka, na wala kang legal na immigration status, na lumabag ka sa batas o kondisyon ng imigrasyon, o na may warrant sa pangalan mo para sa deportation order. Sa pangkalahatan, CBSA lang ang umaaresto dahil sa paglabag sa imigrasyon. Pero kung may arrest warrant sa pangalan mo, puwede kang hawakan ng pulis at ipasa sa CBSA.
    .title = Kailan ka puwedeng i-detain ng CBSA

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = Puwedeng tawagan ng pulis ang CBSA. Ang imbestigasyon ng pulis o ng lungsod ay puwedeng makaapekto sa imigrasyon mo kahit hindi ka kailanman kasuhan: ginamit na ang mga police report at ticket bilang ebidensya laban sa mga tao sa mga immigration hearing.
    .title = Pulis at mga opisyal ng lungsod

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = Kung i-detain ka ng CBSA, may karapatan kang kumontak ng abogado at humingi ng payo bago sumagot sa mga tanong. Bukod doon, wala kang karapatang manahimik sa immigration detention. Kung hindi ka sasagot, gagamitin ito sa detention review mo para sabihing dapat kang manatiling naka-detain. Huwag magsinungaling sa CBSA o IRCC: puwede itong humantong sa immigration offence (misrepresentation).
    .title = Abogado, pero walang karapatang manahimik

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = Puwede kang palayain ng CBSA nang may kondisyon. O puwede ka nitong panatilihing naka-detain hanggang sa detention review kung magpasya itong panganib ka sa publiko (hal., may criminal record ka), na baka hindi ka sumipot sa hearing o removal mo, o na hindi nito makumpirma kung sino ka.
    .title = Pagkatapos ng pag-aresto

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = Kung hindi ka palalayain ng CBSA, rerepasuhin ng tribunal na Immigration Division ang detention mo sa loob ng 48 oras o di-nagtagal pagkatapos, sa telepono o nang personal. Kung hindi ka pa rin nakalaya, may review ulit pagkalipas ng 7 araw, at tuwing 30 araw pagkatapos. Sa review, puwede kang palayain nang may kondisyon, halimbawa kung may bondsperson ka, o kung tanggapin ka ng Toronto Bail Program (Greater Toronto Area, pati sa Vanier Centre). Kung sabihin ng CBSA na panganib ka sa publiko o baka hindi ka sumipot sa hearing, puwedeng makatulong ang programang ito.
    .title = Mga detention review

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Ang bondsperson (tagapanagot) ay nagbibigay ng immigration bail (bond) para sa iyo, at kadalasang pangunahing salik ito kung palalayain ka. Dumadalo siya sa detention review mo at sumasagot sa mga tanong. Kailangang Canadian citizen o permanent resident siya na nakatira sa Canada, at walang utang sa naunang bond. Hindi dapat siya may criminal record, at kailangang kilalang-kilala ka niya. Makakatulong kung titira ka sa kanya, at kung may release plan kang may address ng titirhan mo.
    .title = Ang bondsperson

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = Kung may trabaho siya: hindi ito kailangan, pero dapat niyang ipakitang kaya niyang magbayad gamit ang perang hindi galing sa ilegal na gawain. Kung alam niya ang immigration status mo bago ka inaresto: anuman ang isagot niya, may pagtutol. Pag-usapan muna ang dalawang tanong sa abogado.
    .title = Ang itatanong sa bondsperson

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = Para makalaya, kailangan mo ng address na titirhan. Matutulungan ka ng mga community organization na makahanap ng matitirhan, tulad ng shelter, at ng kakatawan sa iyo sa review.
    .title = Address na titirhan

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = Kung may anak o pamilya ka sa Canada, gagamitin ito ng Immigration Division laban sa iyo: sasabihin nitong mas malamang na hindi ka aalis ng Canada. Kung naka-detain kasama mo ang mga anak mo, puwede itong makatulong sa paglaya mo. Baka kailangan mong ipaglaban na aalis silang kasama mo at kailangan nila ang magulang nila. Tanungin ang abogado tungkol sa H&C application (humanitarian and compassionate). Kung hindi sigurado ang Immigration Division na may ibang mag-aalaga sa kanila, ide-detain sila kasama mo o ibibigay sa Children's Aid Society.
    .title = Mga anak at pamilya

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Cash bond: magbabayad muna ng pera ang bondsperson sa CBSA; ibabalik ito kapag umalis ka ng Canada o naging permanent resident ka. Performance bond: walang bayad muna; nangangako ang bondsperson ng hanggang 1/7 ng taunang kita niya. Sa alinman, mawawala ang pera niya kung lumabag ka sa mga kondisyon mo, o hindi ka umalis ng Canada kahit inutusan ka.
    .title = Dalawang uri ng bond

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = Sa detention, limitado at pinakikinggan ang mga tawag mo, maliban sa tawag sa abogado. Puwedeng tumawag para sa iyo ang nasa labas.
    .title = Mga tawag sa detention

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = Dapat magbigay ang Immigration Division ng interpreter para sa iyo at sa mga testigo mo. Kung wala pa, humiling ka o ang abogado mo nang nakasulat bago ang hearing. Puwedeng tanggihan ang kamag-anak o kaibigan dahil hindi neutral, kaya mas mabuting huwag silang hilingin. Kung mali ang pagsasalin, sabihin ito: puwedeng ilipat ang hearing para sa ibang interpreter.
    .title = Mga interpreter

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = Kung dahil sa mental health o ibang problema ay napakahirap sa iyong maintindihan ang hearing, puwede kang humingi ng tutulong (designated representative). Pinakamabuti kadalasan ang mental health worker o community worker na pinagkakatiwalaan mo. Bago sabihin sa CBSA o sa staff ng holding centre ang problema sa mental health, kausapin muna ang abogado: may mga inilipat mula roon sa maximum security jail.
    .title = Tulong sa hearing

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = Kung ma-detain ka, itanong ang bawat opsyon mo at gaano ito katagal. Naka-detain ka man o hindi habang naghihintay, puwede itong makaapekto sa pasya mong labanan ang removal.
    .title = Manatili o umalis

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = Ang pagbili mo ng sariling tiket ay nagpapakitang nakikipagtulungan ka, at mas malamang na palayain ka hanggang sa petsa ng removal mo. Kung hindi, babayaran mo muna sa IRCC ang flight bago makahingi ng Authorization to Return to Canada (ARC). Pagkatapos ng deportation order o criminal conviction, hindi ka kailanman makakabalik nang walang ARC.
    .title = Kung gusto mong umalis

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = Sabihan agad ang abogado: matagal ihanda ang kaso mo. Puwedeng bayaran ng legal aid ang abogado, at puwedeng tumulong ang libreng legal clinic. Kung manganganib ang buhay o kaligtasan mo sa bansang pagdadalhan sa iyo, o puwede kang ma-persecute o lubhang mapinsala roon, itanong sa abogado ang refugee claim o pre-removal risk assessment (PRRA).
    .title = Kung gusto mong manatili

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = Kabisaduhin ang mga numerong ito: kapag na-detain ka, kukunin ang phone mo at ang mga contact mo.
    .title = Kumuha ng abogado

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = Kung ma-detain ka, kadalasang matutulungan ka ng Legal Aid na humanap ng abogado, anuman ang status mo. Ayon sa batas, hindi nito puwedeng ibahagi sa imigrasyon ang impormasyon mo.

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = Libre, at tumatanggap ng collect call. Kung naka-detain ka sa Toronto o malapit dito, halimbawa sa kulungang tulad ng Vanier Centre for Women, hilinging tawagan sila.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = Isang klinika sa loob ng Toronto Immigration Holding Centre. Kung doon ka naka-detain, hilinging makita sila. Libre ito.

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = I-scan para sa higit pa tungkol sa mga karapatan mo sa harap ng CBSA: “Migrants Know Your Rights!”
