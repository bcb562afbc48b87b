### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = Détention d'immigration : connaissez vos droits

# source: none (the flyer's heading)
flyer-detention-heading = Détention d'immigration au Canada : connaissez vos droits

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = Ce que peuvent faire les agents de l'ASFC (CBSA), ce qui suit une arrestation, et où trouver de l'aide.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = L'Agence des services frontaliers du Canada (ASFC, en anglais CBSA) applique la loi sur l'immigration. Ses agents sont des agents fédéraux d'immigration, pas des policiers, aux pouvoirs très larges. La détention d'immigration n'est pas criminelle : règles, tribunaux et centres de détention diffèrent. Quand des agents viennent vous voir, ou à votre travail, ils doivent dire pour qui ils travaillent : la ville, la province ou l'immigration.
    .title = Les agents de l'ASFC

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = L'ASFC peut demander vos papiers si elle soupçonne que vous avez enfreint une loi ou une condition d'immigration, ou que vous êtes sans statut d'immigration légal. Ses pouvoirs sont très larges. Tout papier qui montre votre statut peut lui donner des motifs de vous détenir. Et si elle ne peut pas confirmer votre identité, c'est en soi un motif pour vous détenir.
    .title = Quand l'ASFC peut demander vos papiers

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = S'ils ont des raisons de croire qu'ils ne peuvent pas confirmer votre identité, que vous êtes sans statut d'immigration légal, que vous avez enfreint une loi ou une condition d'immigration, ou qu'il y a un mandat à votre nom pour une mesure d'expulsion. En général, seule l'ASFC arrête pour des infractions à l'immigration. Mais s'il y a un mandat d'arrestation à votre nom, la police peut vous retenir et vous remettre à l'ASFC.
    .title = Quand l'ASFC peut vous détenir

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = La police peut appeler l'ASFC. Une enquête de la police ou de la ville peut avoir des conséquences en immigration même si vous n'êtes jamais accusé : des rapports de police et des contraventions ont servi de preuves contre des gens aux audiences d'immigration.
    .title = Police et agents municipaux

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = Si l'ASFC vous détient, vous avez le droit de contacter un avocat et de lui demander conseil avant de répondre aux questions. À part cela, vous n'avez pas droit au silence en détention d'immigration. Si vous ne répondez pas, cela servira au contrôle de la détention pour plaider votre maintien en détention. Ne mentez pas à l'ASFC ni à IRCC : mentir peut mener à une infraction en immigration (fausse déclaration).
    .title = Un avocat, mais pas de droit au silence

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = L'ASFC peut vous libérer avec des conditions. Ou vous garder détenu jusqu'au contrôle de la détention si elle décide que vous êtes un danger pour le public (ex. : casier judiciaire), que vous pourriez ne pas venir à votre audience ou à votre renvoi, ou qu'elle ne peut confirmer votre identité.
    .title = Après une arrestation

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = Si l'ASFC ne vous libère pas, un tribunal, la Section de l'immigration (Immigration Division), contrôle votre détention dans les 48 heures ou peu après, par téléphone ou en personne. Si vous restez détenu, un autre contrôle a lieu 7 jours après, puis tous les 30 jours. Au contrôle, vous pouvez être libéré avec des conditions, par exemple si vous avez un garant, ou si le Programme de cautionnement de Toronto (Toronto Bail Program) vous accepte (Grand Toronto, y compris au Centre Vanier). Si l'ASFC dit que vous êtes un danger pour le public ou pourriez ne pas venir à votre audience, ce programme peut aider.
    .title = Contrôles de la détention

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Un garant (bondsperson) donne une caution d'immigration (bond) pour vous; c'est habituellement un facteur clé de votre libération. Il vient à votre contrôle et répond aux questions. Il doit être citoyen canadien ou résident permanent, vivre au Canada, et ne rien devoir sur une garantie précédente. Il ne devrait pas avoir de casier judiciaire et doit bien vous connaître. Cela aide si vous allez vivre avec lui, et si votre plan de libération donne l'adresse où vous vivrez.
    .title = Un garant

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = A-t-il un emploi? Ce n'est pas obligatoire, mais il doit montrer qu'il peut payer, avec de l'argent qui ne vient pas d'activités illégales. Connaissait-il votre statut d'immigration avant votre arrestation? Quelle que soit sa réponse, il y aura de la résistance. Parlez d'abord de ces deux questions avec un avocat.
    .title = Les questions posées au garant

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = Pour être libéré, il vous faut une adresse où vivre. Des organismes communautaires peuvent vous aider à trouver un endroit, comme un refuge, et quelqu'un pour vous représenter au contrôle.
    .title = Une adresse où vivre

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = Si vous avez des enfants ou de la famille au Canada, la Section de l'immigration s'en servira contre vous : elle dira que vous risquez moins de partir. Des enfants détenus avec vous peuvent aider à votre libération. Vous devrez peut-être soutenir que vos enfants partiront avec vous et ont besoin de leur parent. Parlez à un avocat d'une demande pour motifs humanitaires (CH, H&C). Si la Section n'est pas sûre que quelqu'un d'autre s'occupera de vos enfants, ils seront détenus avec vous ou confiés à une société d'aide à l'enfance (Children's Aid Society).
    .title = Enfants et famille

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Dépôt en argent (cash bond) : le garant verse d'abord l'argent à l'ASFC et le récupère quand vous quittez le Canada ou devenez résident permanent. Garantie d'exécution (performance bond) : rien n'est payé d'avance; le garant promet jusqu'à 1/7 de son revenu annuel. Dans les deux cas, il perd l'argent si vous ne respectez pas vos conditions, ou ne partez pas quand on vous l'ordonne.
    .title = Deux sortes de garantie

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = En détention, vos appels sont limités et écoutés, sauf avec votre avocat. Des gens à l'extérieur peuvent appeler pour vous.
    .title = Les appels en détention

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = La Section de l'immigration doit fournir un interprète pour vous et vos témoins. Si aucun n'est désigné, vous ou votre avocat devriez en demander un par écrit avant l'audience. Un proche ou un ami peut être refusé comme non neutre : mieux vaut ne pas le lui demander. Si l'interprétation est fausse, dites-le : on peut reporter l'audience pour un autre interprète.
    .title = Interprètes

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = Si des problèmes de santé mentale ou autres vous rendent l'audience très difficile à comprendre, vous pouvez demander l'aide d'un représentant désigné. Le mieux est habituellement un intervenant en santé mentale ou communautaire de confiance. Avant de parler de santé mentale à l'ASFC ou au personnel d'un centre de surveillance, voyez d'abord votre avocat : des personnes ont été transférées de ces centres vers des prisons à sécurité maximale.
    .title = De l'aide à l'audience

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = Si on vous détient, demandez toutes vos options et leur durée. Rester détenu ou non en attendant peut compter pour décider de contester le renvoi.
    .title = Rester ou partir

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = Acheter vous-même votre billet montre que vous coopérez et rend plus probable votre libération jusqu'au renvoi. Sinon, vous devrez rembourser le vol à IRCC avant de demander une autorisation de retour au Canada (ARC). Après une mesure d'expulsion ou une condamnation criminelle, vous ne pourrez jamais revenir sans ARC.
    .title = Si vous voulez partir

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = Prévenez vite un avocat : préparer votre dossier prend du temps. L'aide juridique peut le payer; des cliniques gratuites peuvent aider. Si votre vie ou votre sécurité serait en danger dans le pays de renvoi, ou si vous y risquez persécution ou préjudice grave, parlez à votre avocat d'une demande d'asile ou d'un examen des risques avant renvoi (ERAR, en anglais PRRA).
    .title = Si vous voulez rester

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = Apprenez ces numéros par cœur : si on vous détient, on vous prendra votre téléphone et vos contacts.
    .title = Trouver un avocat

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = Si on vous détient, peut habituellement aider à trouver un avocat, quel que soit votre statut. Selon la loi, ne peut rien transmettre sur vous à l'immigration.

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = Gratuit, accepte les appels à frais virés. En cas de détention dans la région de Toronto, par exemple dans une prison comme le Vanier Centre for Women, demandez à les appeler.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = Clinique gratuite dans le Centre de surveillance de l'immigration de Toronto (Toronto Immigration Holding Centre). Si on vous y détient, demandez à les voir.

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = Scannez pour en savoir plus sur vos droits face à l'ASFC : « Migrants Know Your Rights! »
