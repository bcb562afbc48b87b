### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = Détention d'immigration : connaissez vos droits

# source: none (the flyer's heading)
flyer-detention-heading = Détention d'immigration au Canada : connaissez vos droits

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = Ce que les agents de l'ASFC (CBSA) peuvent faire, ce qui se passe après une arrestation, et comment obtenir de l'aide.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = L'Agence des services frontaliers du Canada (ASFC, en anglais CBSA) fait appliquer la loi sur l'immigration. Ses agents sont des agents fédéraux d'immigration, pas des policiers, et ils ont des pouvoirs très larges. Quand des agents viennent vous voir, ou viennent à votre lieu de travail, ils doivent dire pour qui ils travaillent : la ville, la province ou l'immigration.
    .title = Les agents de l'ASFC

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = Seulement s'ils soupçonnent que vous avez enfreint une loi ou une condition d'immigration, ou que vous n'avez pas de statut d'immigration légal. Toute pièce d'identité qui montre votre statut peut leur donner une raison de vous détenir.
    .title = Quand l'ASFC peut demander vos papiers

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = S'ils ont des raisons de croire qu'ils ne peuvent pas confirmer votre identité, que vous n'avez pas de statut d'immigration légal, que vous avez enfreint une loi ou une condition d'immigration, ou qu'il y a un mandat à votre nom pour une mesure d'expulsion. D'habitude, seule l'ASFC arrête des personnes pour des infractions à l'immigration, mais s'il y a un mandat d'arrestation à votre nom, la police peut vous retenir et vous remettre à l'ASFC.
    .title = Quand l'ASFC peut vous détenir

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = Si l'ASFC vous détient, vous avez le droit de contacter un avocat et de lui demander conseil avant de répondre aux questions. À part cela, en détention d'immigration, vous n'avez pas le droit de garder le silence. Si vous ne répondez pas, cela peut servir à votre contrôle de la détention pour vous maintenir en détention.
    .title = Un avocat, mais pas de droit au silence

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = L'ASFC peut vous libérer avec des conditions. Ou elle peut vous garder en détention jusqu'à un contrôle de la détention si elle décide que vous êtes un danger pour le public (par exemple, vous avez un casier judiciaire), que vous pourriez ne pas vous présenter à votre audience ou à votre renvoi, ou qu'elle ne peut pas confirmer votre identité.
    .title = Après une arrestation

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = Si l'ASFC ne vous libère pas, un tribunal appelé la Section de l'immigration (Immigration Division) contrôle votre détention dans les 48 heures ou peu après, par téléphone ou en personne. Si on ne vous libère toujours pas, il y a un autre contrôle 7 jours plus tard, puis un tous les 30 jours. Lors d'un contrôle, on peut vous libérer avec des conditions, par exemple si vous avez un garant, ou si le Programme de cautionnement de Toronto (Toronto Bail Program) vous accepte (région du Grand Toronto).
    .title = Contrôles de la détention

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Un garant (bondsperson) donne une caution d'immigration (une garantie) pour vous. C'est souvent la clé de la libération. Cette personne vient à votre contrôle de la détention et répond aux questions. Elle doit être citoyenne canadienne ou résidente permanente, vivre au Canada, et ne pas devoir d'argent sur une garantie précédente. Elle ne devrait pas avoir de casier judiciaire, et elle doit bien vous connaître. Cela aide si vous allez vivre avec elle, et si vous avez un plan de libération avec l'adresse où vous vivrez.
    .title = Un garant

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = Si elle a un emploi : ce n'est pas obligatoire, mais elle doit montrer qu'elle peut payer, avec de l'argent qui ne vient pas d'activités illégales. Si elle connaissait votre statut d'immigration avant votre arrestation : toute réponse peut causer des problèmes. Parlez d'abord de ces deux questions avec un avocat.
    .title = Les questions posées au garant

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Dépôt en argent (cash bond) : le garant verse d'abord de l'argent à l'ASFC. Il le récupère quand vous quittez le Canada ou obtenez la résidence permanente. Garantie d'exécution (performance bond) : rien n'est payé d'avance; le garant promet jusqu'à 1/7 de son revenu annuel. Dans les deux cas, le garant perd l'argent si vous ne respectez pas vos conditions, ou si on vous ordonne de quitter le Canada et que vous ne partez pas.
    .title = Deux sortes de garantie

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = La Section de l'immigration doit fournir un interprète pour vous et vos témoins. Si aucun n'a été désigné, vous ou votre avocat devriez en demander un par écrit avant l'audience. Un parent ou un ami peut être refusé parce qu'il n'est pas neutre, alors il vaut mieux ne pas le lui demander. Si l'interprétation est fausse, dites-le : l'audience peut être reportée pour avoir un autre interprète.
    .title = Interprètes

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
det-representative = Si, à cause de problèmes de santé mentale ou d'autres problèmes, il vous est très difficile de comprendre l'audience, vous pouvez demander qu'une personne vous aide : on l'appelle un représentant désigné. Un intervenant en santé mentale ou un intervenant communautaire de confiance est habituellement le meilleur choix.
    .title = De l'aide à l'audience

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = Gardez ces numéros sur vous, au cas où on vous détiendrait.
    .title = Trouver un avocat

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = Gratuit, accepte les appels à frais virés. Si on vous détient à Toronto ou dans la région, par exemple dans une prison comme le Centre Vanier pour les femmes (Vanier Centre for Women), demandez à les appeler.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = Une clinique dans le centre de détention de l'immigration de Toronto (Toronto Immigration Holding Centre). Si on vous y détient, demandez à les voir. C'est gratuit.

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = Scannez pour en savoir plus sur vos droits face à l'ASFC : « Migrants Know Your Rights! »
