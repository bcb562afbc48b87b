### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = Immigration detention: alamin ang mga karapatan mo

# source: none (the flyer's heading)
flyer-detention-heading = Immigration detention sa Canada: alamin ang mga karapatan mo

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = Ang puwedeng gawin ng mga opisyal ng CBSA, ang nangyayari pagkatapos ng pag-aresto, at kung paano humingi ng tulong.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = Ang Canada Border Services Agency (CBSA) ang nagpapatupad ng batas sa imigrasyon. Ang mga opisyal nito ay mga federal na opisyal ng imigrasyon, hindi pulis, at napakalawak ng kapangyarihan nila. Kapag pinuntahan ka ng mga opisyal, o ang lugar ng trabaho mo, dapat nilang sabihin kung saan sila nagtatrabaho: sa lungsod, sa probinsya o sa imigrasyon.
    .title = Mga opisyal ng CBSA

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = Puwede lang kung pinaghihinalaan nilang lumabag ka sa batas o kondisyon ng imigrasyon, o wala kang legal na immigration status. Anumang ID na nagpapakita ng status mo ay puwedeng magbigay sa kanila ng dahilan para i-detain ka.
    .title = Kailan puwedeng humingi ng ID ang CBSA

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = Kung may dahilan silang maniwala na hindi nila makumpirma kung sino ka, na wala kang legal na immigration status, na lumabag ka sa batas o kondisyon ng imigrasyon, o na may warrant sa pangalan mo para sa isang deportation order. Kadalasan, CBSA lang ang umaaresto dahil sa paglabag sa imigrasyon, pero kung may arrest warrant sa pangalan mo, puwede kang i-detain ng pulis at ipasa sa CBSA.
    .title = Kailan ka puwedeng i-detain ng CBSA

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = Kung i-detain ka ng CBSA, may karapatan kang makipag-ugnayan sa abogado at humingi ng payo bago ka sumagot sa mga tanong. Bukod doon, wala kang karapatang manahimik sa immigration detention. Kung hindi ka sasagot, puwede itong gamitin sa detention review mo para manatili kang naka-detain.
    .title = May abogado, pero walang karapatang manahimik

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = Puwede kang palayain ng CBSA nang may mga tuntunin at kondisyon. O puwede ka nitong panatilihing naka-detain hanggang sa detention review kung magpasya itong panganib ka sa publiko (halimbawa, may criminal record ka), na baka hindi ka sumipot sa hearing mo o sa pagpapaalis sa iyo (removal), o na hindi nito makumpirma kung sino ka.
    .title = Pagkatapos ng pag-aresto

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = Kung hindi ka palalayain ng CBSA, ang isang tribunal na tinatawag na Immigration Division ang magrerepaso ng detention mo sa loob ng 48 oras o di-nagtagal pagkatapos nito, sa telepono o nang personal. Kung hindi ka pa rin nakalaya, may isa pang review pagkalipas ng 7 araw, at pagkatapos ay tuwing 30 araw. Sa isang review, puwede kang palayain nang may mga kondisyon, halimbawa kung may bondsperson ka, o kung tanggapin ka ng Toronto Bail Program (sa Greater Toronto Area).
    .title = Mga detention review

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Ang bondsperson (tagapanagot) ay nagbibigay ng immigration bail (bond) para sa iyo. Madalas, ito ang susi para makalaya. Dumadalo siya sa detention review mo at sumasagot sa mga tanong. Kailangang Canadian citizen o permanent resident siya na nakatira sa Canada, at wala siyang utang sa naunang bond. Hindi dapat siya may criminal record, at kailangang kilalang-kilala ka niya. Makakatulong kung titira ka sa kanya, at kung may release plan ka na may address ng titirhan mo.
    .title = Ang bondsperson

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = Kung may trabaho siya: hindi kailangan ang trabaho, pero kailangan niyang ipakitang kaya niyang magbayad, gamit ang perang hindi galing sa ilegal na gawain. Kung alam niya ang immigration status mo bago ka inaresto: anumang sagot ay puwedeng magdulot ng problema. Pag-usapan muna ang dalawang tanong na ito kasama ang abogado.
    .title = Ang itatanong sa bondsperson

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Cash bond: magbabayad muna ang bondsperson ng pera sa CBSA. Maibabalik ito sa kanya kapag umalis ka ng Canada o naging permanent resident ka. Performance bond: walang babayaran muna; nangangako ang bondsperson ng hanggang 1/7 ng taunang kita niya. Sa alinmang bond, mawawala ang pera ng bondsperson kung lumabag ka sa mga kondisyon mo, o kung inutusan kang umalis ng Canada at hindi ka umalis.
    .title = Dalawang uri ng bond

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = Kailangang magbigay ang Immigration Division ng interpreter para sa iyo at sa mga testigo mo. Kung wala pang itinalaga, ikaw o ang abogado mo ay dapat humiling ng isa nang nakasulat bago ang hearing. Puwedeng tanggihan ang kamag-anak o kaibigan dahil hindi sila neutral, kaya mas mabuting huwag silang hilingin. Kung mali ang pagsasalin, sabihin ito: puwedeng ilipat ang hearing para makakuha ng ibang interpreter.
    .title = Mga interpreter

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
det-representative = Kung dahil sa mental health o ibang problema ay napakahirap para sa iyo na maintindihan ang hearing, puwede kang humingi ng taong tutulong sa iyo, na tinatawag na designated representative. Kadalasan, pinakamabuti ang isang mental health worker o community worker na pinagkakatiwalaan mo.
    .title = Tulong sa hearing

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = Dalhin mo ang mga numerong ito, kung sakaling ma-detain ka.
    .title = Kumuha ng abogado

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
