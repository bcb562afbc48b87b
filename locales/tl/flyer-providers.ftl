### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = Batas sa imigrasyon at mga migranteng sex worker: para sa mga service provider

# source: none (heading of page 1)
providers-heading-1 = Batas sa imigrasyon at mga migranteng sex worker: status, inadmissibility, pagpapaalis

# source: none (heading of page 2)
providers-heading-2 = Batas sa imigrasyon at mga migranteng sex worker: trafficking, pahintulot, pananatili o pag-alis

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = Para sa mga nagbibigay ng serbisyong legal, panlipunan, pangkalusugan at pangkomunidad, at sa mga abogado.

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = Buod mula sa “Immigration Law and Migrant Sex Workers' Rights”, Bahagi 2 ng seryeng “Upholding and promoting human rights, justice and access for migrant sex workers” (Oktubre 2017). Mga may-akda: Tara Santini at Mac Scott. Mga katuwang: Chinese Canadian National Council Toronto Chapter; Butterfly (Asian and Migrant Sex Workers Support Network); The Chinese and Southeast Asian Legal Clinic; St. Stephen's Community House. Pinondohan ng The Law Foundation of Ontario.

# source: front matter ("To access the full series of documents")
providers-qr-series = I-scan para sa buong serye ng mga dokumento ng impormasyong legal

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = Ang mga permanent resident ay puwedeng magtrabaho halos kahit saan, para sa kahit sinong employer (maliban sa ilang high-security na trabaho). Ang mga bisita (tourist visa) ay karaniwang hindi talaga puwedeng magtrabaho, para sa employer man o para sa sarili. Sa open work permit, puwedeng magtrabaho para sa karamihan ng employer; sa closed work permit, nakapangalan ang employer. Ang mga estudyante, ang mga naghihintay ng sponsorship at ang mga refugee claimant ay maaaring may pahintulot na magtrabaho o wala. Ang mga walang status (undocumented) ay hindi puwedeng magtrabaho nang legal. Dito, pareho ang ibig sabihin ng visa at permit.
    .title = Status at ang karapatang magtrabaho

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = Lahat ng walang citizenship o permanent residence ay bawal mag-sex work, kahit may open work permit. Ipinagbabawal ng IRPR sa lahat ng temporary resident ang magtrabaho para sa mga employer na nag-aalok ng striptease, erotic dance, escort services o erotic massage (ss. 183(1)(b.1) at 196.1(a)). Nakasaad sa bawat work permit na “hindi ito valid para sa trabaho sa mga negosyong may kinalaman sa sex trade”, na sumasaklaw sa employment, self-employment at contract services. Kaya lumalabag ang mga migranteng nagse-sex work, at maaari rin silang lumabag sa mga tuntunin tungkol sa misrepresentation, dahil nagtatanong ang mga immigration form tungkol sa trabaho nila.
    .title = Bawal mag-sex work ang mga temporary resident

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = Puwedeng mawala ang status mula isang araw hanggang sa susunod: tinanggihan ang refugee claim at naglabas ng removal order, napatunayang inadmissible ang tao, o nag-expire ang visa. Ang bisita, estudyante o manggagawang nag-apply ng renewal bago ang expiry date ay may “implied status” hanggang sa desisyon.
    .title = Mabilis magbago ang status

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = Kapag napatunayang inadmissible ang isang tao, mawawala ang status niya at uutusan siyang umalis ng Canada. Ang migranteng sex worker ay puwedeng maging inadmissible dahil sa paglabag sa kondisyon o regulasyon ng imigrasyon (tulad ng pagtatrabaho sa sex industry, o misrepresentation tungkol dito), dahil sa conviction na humahantong sa criminal inadmissibility, sa loob o labas ng Canada, o dahil sa iba pang pagkawala ng status (expired na visa, tinanggihang refugee claim). Ang mga imbestigasyong kriminal at munisipal ay puwedeng magkaroon ng epekto sa imigrasyon kahit walang kasong isinampa.
    .title = Pagiging inadmissible

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = Deportation order: kailangan ng espesyal na pahintulot para makabalik sa Canada kahit kailan sa hinaharap. Departure order: kailangan ng espesyal na pahintulot para makabalik sa loob ng 1 hanggang 5 taon. Conditional departure order: kung aalis ang tao sa loob ng itinakdang panahon, hindi kailangan ng espesyal na pahintulot para makabalik. Binabanggit din ng gabay ang exclusion order (5 taon nang walang ARC pagkatapos magsinungaling sa isang immigration official; tingnan ang “Pagpapasyang umalis”): kumpirmahin sa abogado.
    .title = Tatlong uri ng removal order

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = Ang conviction (pag-amin ng kasalanan o hatol na nagkasala) ay puwedeng maging dahilan ng inadmissibility kung ito ay para sa indictable o hybrid offence (karamihan ng mga krimen, kasama ang pagtanggap ng material benefit, procuring at pagbili ng sexual service), o para sa dalawang offence ng anumang uri na galing sa magkaibang pangyayari (IRPA s. 36(2)).
    .title = Criminal inadmissibility kapag walang permanent residence

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = Ang conviction ay puwedeng gawing inadmissible ang isang permanent resident kung ang ipinataw na sentensya ay higit sa 6 na buwang pagkakakulong, o kung ang pinakamabigat na posibleng sentensya ay 10 taon o higit pa, tulad ng sa pagtanggap ng material benefit at procuring (IRPA s. 36(1)). Noong Oktubre 2017, kahit ang conditional sentence of imprisonment ay ibinilang sa 6 na buwan (R v Tran, 2015 FCA 237), at binigyan na ng Supreme Court ng pahintulot na umapela (leave to appeal).
    .title = Criminal inadmissibility kapag may permanent residence

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = Ang discharge (conditional o unconditional) o ang diverted charges ay hindi conviction sa batas ng imigrasyon: hindi ito humahantong sa criminal inadmissibility, at hindi mawawalan ng status o ma-deport ang tao dahil sa conviction na iyon. Pero ang parehong mga pangyayari ay puwede pa ring humantong sa inadmissibility dahil sa paglabag sa mga kondisyon: ginamit na ang mga police report at ticket bilang ebidensya sa mga inadmissibility hearing.
    .title = Discharge at diverted charges

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = Kailangang alam ng manggagawa ang bawat epekto sa imigrasyon bago siya magpasya kung ano ang gagawin sa kasong kriminal. Kailangang ipaliwanag ito ng mga criminal lawyer at tiyaking makakakuha ang kliyente ng hiwalay na payo sa immigration law. Kung hindi ka kumbinsidong nangyayari ito, dapat direktang kumontak ang manggagawa sa isang immigration lawyer, o puwedeng ikaw, nang may informed consent niya.
    .title = Bago ang anumang plea

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = May ilang lungsod, tulad ng Toronto, Hamilton at Vancouver, na may patakarang “Access Without Fear”: hindi dapat magtanong ang mga kawani ng lungsod tungkol sa immigration status, tumanggi sa serbisyo sa mga residenteng walang status, o magbahagi ng impormasyon sa mga awtoridad ng imigrasyon tulad ng CBSA, maliban kung hinihingi ng batas. Sa totoo, hindi pare-pareho ang pagpapatupad ng pulis sa mga patakarang ito (halimbawa sa Toronto), kaya puwede pa ring may magtanong tungkol sa status at magbahagi ng impormasyon, at hindi rin palaging nagagamit ng mga migranteng walang status ang mga serbisyo ng lungsod. Baka gustuhin ng manggagawa na ipatanong muna sa isang pinagkakatiwalaang taong may legal na status ang tungkol sa isang serbisyo ng lungsod bago ito gamitin.
    .title = Mga sanctuary city

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = Ang consensual at bayad na sexual services ay hindi human trafficking. Ang trafficking ay may kasamang pisikal o sikolohikal na puwersa o pamimilit, bukod pa sa pagsasamantala: halimbawa, pagkuha sa pasaporte ng isang tao, pagkulong sa kanya, o pagpilit sa kanyang magtrabaho. Kapag itinuring na pagsasamantala ang lahat ng sex work, natatabunan ang tunay na pagsasamantala, binabalewala ang pahintulot ng mga manggagawa, at hindi sila naaabot ng proteksyon sa paggawa. Hindi awtomatikong biktima ang mga migranteng sex worker, pero puwede silang maging biktima ng trafficking.
    .title = Hindi trafficking ang sex work

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = Sinasabi ng mga anti-trafficking operation at raid na ang target nila ay mga kliyente at third party, pero kadalasan ay humahantong ang mga ito sa pag-aresto, detention at deportation ng mga migranteng sex worker, kahit walang kasong isinampa. Puwedeng kasuhan ng trafficking ang mga manggagawa, kahit walang pagsasamantala, kung nakikipagtrabaho sila sa ibang sex worker, tumatanggap ng material benefit mula sa kanila, o tumutulong sa kanilang pumasok o magtrabaho sa Canada. Dahil sa takot dito, hindi nagrereport ang mga manggagawa ng pagsasamantala o karahasan.
    .title = Ang pinsala ng mga raid

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# ("our experience tells us that it is essential that service providers do not contact anyone,
# or disclose any information ... without the explicit and informed consent"; discuss all
# possible negative consequences in advance; footnote 17: the recommendation "does not
# constitute legal advice"; "This does not mean that you cannot support and intervene in a
# crisis situation"; "you may recommend that they contact counsel and/or community
# organizations, as coming forward to police may have negative consequences") and the closing
# paragraphs after §5, src L617-623 (the harms of disclosure without consent: involvement with
# law enforcement, criminal and immigration investigations, detention, arrest and deportation,
# loss of trust)
p-consent = Sa aming karanasan, napakahalagang huwag kumontak sa kahit sino o magbahagi ng anumang impormasyon tungkol sa isang tao nang walang malinaw at informed consent niya, kahit sa tingin mo ay biktima siya ng karahasan o trafficking. Rekomendasyon ito, hindi legal na payo. Ang informed consent ay nangangahulugang pag-usapan muna ang bawat posibleng masamang epekto. Ang pagbubunyag nang walang pahintulot ay puwedeng magdala ng hindi gustong pakikialam ng pulis, imbestigasyon, detention at deportation, at sinisira nito ang tiwala. Puwede mo pa ring suportahan ang isang tao at kumilos sa panahon ng krisis. Puwede kang magrekomenda ng abogado o ng mga community organization: ang paglapit sa pulis ay puwedeng magkaroon ng masasamang epekto na dapat munang pag-aralang mabuti.
    .title = Walang pagbubunyag nang walang pahintulot

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = Baka may mga legal, etikal o propesyonal na obligasyon ka, o mga patakaran, na parang salungat dito. Kung hindi ka makapag-alok ng anonymous at kumpidensyal na serbisyo, o hindi ka makapangakong hindi magbubunyag nang walang pahintulot, sabihin ito nang malinaw bago magkuwento ang tao ng kahit ano: anong impormasyon ang kailangan mo at bakit, sino ang makakakita ng file niya, at kailan mo ito ibabahagi o maaaring ibahagi. Kung posible, pagsilbihan ang mga tao nang hindi sila pinapaamin tungkol sa sex work, status o pagkakakilanlan nila.
    .title = Ipaliwanag muna ang mga limitasyon mo

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = Ang taong nagpapakilalang biktima ng trafficking ay puwedeng mag-apply sa IRCC para sa espesyal na Temporary Resident Permit (TRP). Iinterbyuhin siya ng isang immigration officer na siyang magpapasya. Madalas, kasama rito ang criminal investigation o mga kaso laban sa mga taong pinangalanan ng biktima. Ayon sa patakaran ng gobyerno, hindi niya kailangang tumestigo laban sa akusado. Valid ang TRP nang 6 na buwan at puwedeng i-renew. Maaari rin siyang maging eligible na mag-apply ng permanent residence batay sa humanitarian and compassionate (H&C) grounds, at dapat niyang pag-usapan ang kaso niya kasama ang abogado. Depende sa kung nasaan siya, maaaring bayaran ng legal aid ang abogado; ayon sa batas, hindi puwedeng magbahagi ng impormasyon ang legal aid sa imigrasyon.
    .title = Temporary Resident Permit para sa mga biktima ng trafficking

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = Ang pagbili ng sariling tiket ay nagpapakita ng kooperasyon, nagpapalaki ng tsansang makalaya hanggang sa petsa ng removal, at umiiwas sa pagbabayad ng flight sa ibang pagkakataon. Isipin ang mga kailangang ayusin (mga gamit, lease) at kung makakakuha ang abogado ng maikling release para makapaghanda. Kung makakabalik ang tao ay maaaring nakadepende sa mga sumusunod: nang walang Authorization to Return to Canada (ARC), hindi sa loob ng 1 taon pagkatapos mapatunayang inadmissible habang naka-visitor visa dahil sa pagtatrabaho nang walang permit o dahil sa sex work; hindi sa loob ng 5 taon pagkatapos ng exclusion order dahil sa pagsisinungaling sa isang immigration official; hindi kailanman pagkatapos ng criminal conviction o deportation order. Kung hindi sariling tiket ang ginamit, kailangang bayaran muna ang IRCC bago mag-apply ng ARC.
    .title = Pagpapasyang umalis

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = Sa pangkalahatan, mas madaling manatili kung may nakasampa nang application para sa permanent residence. Ang permanent resident ay maaari lang paalisin matapos bawiin ng IRCC ang PR sa isang inadmissibility hearing; ang pagsisinungaling sa IRCC o CBSA ay puwedeng humantong sa immigration offence (misrepresentation) at puwedeng maging dahilan para bawiin ito. Ang pag-aresto ng mga awtoridad ng imigrasyon dahil sa sex work ay nagtatapos sa anumang temporary status, at ang conviction ay nagpapahirap nang husto sa pananatili. Habang may nakabinbing kasong kriminal, hindi puwedeng paalisin ang tao maliban kung i-stay ng Crown ang mga kaso, na madalas mangyari: ipinapahinto muna ang mga kaso para ma-deport ang tao, at kung umalis siya ng Canada, puwedeng ibasura ang mga kaso pagkalipas ng 6 na buwan. Matinding trabaho sa korte ang pagpigil sa removal: sabihan ang abogado sa lalong madaling panahon. Kapag umalis na ang isang tao, mahirap nang bumalik bilang bisita, estudyante o manggagawa.
    .title = Pagpapasyang manatili

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = Puwedeng hilingin ng abogado sa CBSA na ipagpaliban ang removal, batay sa pagpapagamot na available sa Canada pero hindi sa sariling bansa, sa epekto sa mga anak at pamilya sa Canada, sa trabaho o pag-aaral, o sa panganib sa buhay. Kung tanggihan: mag-apply ng leave for judicial review sa Federal Court, kasama ang motion to stay removal. Depende sa eligibility, ang iba pang opsyon ay permanent residence batay sa H&C grounds kasama ang stay of removal, at refugee claim o pre-removal risk assessment (PRRA) para sa taong malalagay sa panganib ang kaligtasan o buhay, o haharap sa persecution o malubhang pinsala. Maaaring pondohan ng legal aid ang abogado; maaaring tumulong ang mga libreng legal clinic.
    .title = Mga opsyon para manatili

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = Ang mga review ay sa loob ng 48 oras o di-nagtagal pagkatapos, pagkatapos ay pagkalipas ng 7 araw, at pagkatapos ay tuwing 30 araw. Bumuo ng ugnayan sa mga organisasyon ng migrante at sa mga organisasyong positibo sa sex worker para sa mga release plan, alternatibo sa detention, at paghahanap ng bondsperson. Alamin ang s. 248 IRPR, ang mga salik para sa detention o paglaya (tulad ng dahilan at haba ng detention). Kausapin ang CBSA Removals Officer tungkol sa removal at sa timeline nito. Bago ang unang review, hilingin sa Minister's Counsel ang disclosure ng lahat ng dokumento, posibleng joint submission, at ang mga alalahanin nila (tulad ng identity); kung hindi sila makapagbigay ng removal timeline, puwedeng pumabor ito sa paglaya. Bago ang anumang pag-aresto: kunin ang mga file ng kliyente sa CBSA at IRCC, bigyan siya ng paraan para maabot ka 24 oras bawat araw, at hilingin na tawagan ka agad kapag inaresto; pagkatapos, ipaglaban sa pulis o sa opisyal ng CBSA na palayain siya.
    .title = Abogado: paghahanda para sa detention review

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = Maraming abogado ang maaaring hindi positibo sa sex worker at maaaring kailangang turuan. Ang Butterfly at iba pang community group ay maaaring tumulong na humanap ng abogado o designated representative, at makialam sa abogado para protektahan ang interes ng tao. Kung may naka-detain, kadalasang matutulungan siya ng Legal Aid na humanap ng abogado, anuman ang status niya. Para sa mga pangunahing kailangan ng isang naka-detain na manggagawa (walang karapatang manahimik, mga bondsperson at bond, mga interpreter), ipamigay ang flyer na “Immigration detention: alamin ang mga karapatan mo”.
    .title = Paghahanap ng abogado
