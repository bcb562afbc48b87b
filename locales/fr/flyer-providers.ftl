### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = Droit de l'immigration et travailleuses et travailleurs du sexe migrants : pour les intervenants

# source: none (heading of page 1)
providers-heading-1 = Droit de l'immigration et travailleuses et travailleurs du sexe migrants : statut, interdiction de territoire, renvoi

# source: none (heading of page 2)
providers-heading-2 = Droit de l'immigration et travailleuses et travailleurs du sexe migrants : traite, consentement, rester ou partir

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = Pour les intervenants des services juridiques, sociaux, de santé et communautaires, et les conseils juridiques.

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = Résumé du document « Immigration Law and Migrant Sex Workers' Rights », partie 2 de la série « Upholding and promoting human rights, justice and access for migrant sex workers » (octobre 2017). Auteurs : Tara Santini et Mac Scott. Partenaires : Chinese Canadian National Council Toronto Chapter; Butterfly (Asian and Migrant Sex Workers Support Network); The Chinese and Southeast Asian Legal Clinic; St. Stephen's Community House. Financé par la Fondation du droit de l'Ontario (The Law Foundation of Ontario).

# source: front matter ("To access the full series of documents")
providers-qr-series = Scannez pour la série complète de documents d'information juridique

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = Les résidents permanents peuvent travailler presque partout, pour n'importe quel employeur (sauf quelques emplois de haute sécurité). Les visiteurs (visa de touriste) ne peuvent généralement pas travailler du tout, ni pour un employeur ni à leur compte. Un permis de travail ouvert permet de travailler pour la plupart des employeurs; un permis fermé nomme l'employeur. Les étudiants, les personnes en attente de parrainage et les demandeurs d'asile peuvent avoir ou non le droit de travailler. Les personnes sans statut (sans papiers) ne peuvent pas travailler légalement. Ici, visa et permis veulent dire la même chose.
    .title = Le statut et le droit de travailler

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = Toute personne sans citoyenneté ni résidence permanente a l'interdiction de faire du travail du sexe, même avec un permis de travail ouvert. Le Règlement (RIPR, IRPR en anglais) interdit à tous les résidents temporaires de travailler pour des employeurs qui offrent du striptease, de la danse érotique, des services d'escorte ou des massages érotiques (al. 183(1)b.1) et 196.1a)). Tout permis de travail est « non valide pour un emploi dans des entreprises liées à l'industrie du sexe », ce qui couvre l'emploi, le travail autonome et les contrats de service. Les migrantes et migrants qui font du travail du sexe sont donc en infraction, et peuvent aussi enfreindre les règles sur les fausses déclarations, puisque les formulaires d'immigration posent des questions sur leur travail.
    .title = Travail du sexe interdit aux résidents temporaires

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = Le statut peut être perdu du jour au lendemain : une demande d'asile est refusée et une mesure de renvoi est prise, la personne est déclarée interdite de territoire, ou un visa expire. Un visiteur, un étudiant ou un travailleur qui demande un renouvellement avant la date d'expiration a un « statut implicite » jusqu'à la décision.
    .title = Le statut peut changer vite

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = Être déclaré interdit de territoire veut dire perdre son statut et recevoir l'ordre de quitter le Canada. Une travailleuse ou un travailleur du sexe migrant peut devenir interdit de territoire pour avoir enfreint une condition ou un règlement d'immigration (par exemple travailler dans l'industrie du sexe, ou faire une fausse déclaration à ce sujet), pour une condamnation qui entraîne une interdiction de territoire pour criminalité, au Canada ou à l'étranger, ou pour avoir perdu son statut d'une autre façon (visa expiré, demande d'asile rejetée). Les enquêtes criminelles et municipales peuvent avoir des conséquences en immigration même sans aucune accusation.
    .title = L'interdiction de territoire

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = Mesure d'expulsion (deportation order) : il faut une autorisation spéciale pour revenir au Canada, à tout moment dans l'avenir. Mesure d'interdiction de séjour (departure order) : il faut une autorisation spéciale pour revenir dans les 1 à 5 ans. Mesure d'interdiction de séjour conditionnelle (conditional departure order) : si la personne part dans le délai fixé, aucune autorisation spéciale n'est nécessaire pour revenir. Le guide mentionne aussi les mesures d'exclusion (exclusion orders : 5 ans sans ARC après avoir menti à un agent d'immigration; voir « Décider de partir ») : à confirmer avec un avocat.
    .title = Trois sortes de mesures de renvoi

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = Une condamnation (un plaidoyer de culpabilité ou une déclaration de culpabilité) peut rendre une personne interdite de territoire si elle vise une infraction punissable par mise en accusation ou mixte (la plupart des infractions, dont le fait de bénéficier d'un avantage matériel, le proxénétisme et l'obtention de services sexuels), ou deux infractions de tout type découlant de faits différents (LIPR, IRPA en anglais, par. 36(2)).
    .title = Interdiction de territoire pour criminalité, sans résidence permanente

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = Une condamnation peut rendre un résident permanent interdit de territoire si la peine imposée est de plus de 6 mois de prison, ou si la peine maximale possible est de 10 ans ou plus, comme pour l'avantage matériel et le proxénétisme (LIPR, par. 36(1)). En octobre 2017, même une peine d'emprisonnement avec sursis comptait dans les 6 mois (R v Tran, 2015 FCA 237), et la Cour suprême avait autorisé l'appel.
    .title = Interdiction de territoire pour criminalité, avec résidence permanente

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = Une absolution (conditionnelle ou inconditionnelle) ou des accusations déjudiciarisées ne sont pas une condamnation en droit de l'immigration : elles n'entraînent pas d'interdiction de territoire pour criminalité, et la personne ne perdra pas son statut ni ne sera expulsée en conséquence de cette condamnation. Les mêmes faits peuvent quand même mener à une interdiction de territoire pour non-respect des conditions : des rapports de police et des contraventions ont servi de preuves lors d'enquêtes sur l'interdiction de territoire.
    .title = Absolutions et déjudiciarisation

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = La travailleuse ou le travailleur doit connaître toutes les conséquences en immigration avant de décider quoi faire face à une accusation criminelle. Les avocats criminalistes doivent les expliquer et s'assurer que leur client obtient un avis indépendant en droit de l'immigration. Si vous n'êtes pas convaincu que c'est le cas, la personne devrait contacter directement un avocat en immigration, ou vous pourriez le faire, avec son consentement éclairé.
    .title = Avant tout plaidoyer

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = Certaines villes, comme Toronto, Hamilton et Vancouver, ont une politique « Accès sans peur » (Access Without Fear) : le personnel municipal ne devrait pas poser de questions sur le statut d'immigration, refuser des services aux résidents sans statut, ni transmettre des informations aux autorités de l'immigration comme l'ASFC (CBSA), sauf si la loi l'exige. En pratique, la police n'a pas appliqué ces politiques de façon constante (par exemple à Toronto), donc des questions sur le statut et des échanges d'informations peuvent encore arriver, et les migrants sans statut n'ont pas pu non plus utiliser les services municipaux de façon constante. Une travailleuse ou un travailleur peut vouloir qu'une personne de confiance ayant un statut légal se renseigne sur un service municipal avant de l'utiliser.
    .title = Villes sanctuaires

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = Les services sexuels rémunérés et consensuels ne sont pas de la traite de personnes. La traite implique une force ou une contrainte physique ou psychologique en plus de l'exploitation : par exemple, prendre le passeport de quelqu'un, l'enfermer ou le forcer à travailler. Traiter tout travail du sexe comme de l'exploitation cache l'exploitation réelle, nie le consentement des travailleuses et travailleurs et les prive des protections du travail. Les travailleuses et travailleurs du sexe migrants ne sont pas des victimes par définition, mais ils peuvent être victimes de traite.
    .title = Le travail du sexe n'est pas de la traite

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = Les opérations et descentes contre la traite disent viser les clients et les tiers, mais elles mènent habituellement à l'arrestation, à la détention et à l'expulsion de travailleuses et travailleurs du sexe migrants, même sans accusation. Ces personnes peuvent être accusées de traite, même sans exploitation, si elles travaillent avec d'autres travailleurs du sexe, en reçoivent un avantage matériel, ou les aident à entrer ou à travailler au Canada. Cette peur les empêche de dénoncer l'exploitation ou la violence.
    .title = Le tort causé par les descentes

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
p-consent = Selon notre expérience, il est essentiel de ne contacter personne et de ne communiquer aucune information sur une personne sans son consentement explicite et éclairé, même si vous pensez qu'elle est victime de violence ou de traite. C'est une recommandation, pas un avis juridique. Le consentement éclairé veut dire discuter d'abord de toutes les conséquences négatives possibles. Une divulgation sans consentement peut entraîner une intervention policière non désirée, une enquête, la détention et l'expulsion, et elle détruit la confiance. Vous pouvez quand même soutenir quelqu'un et agir en cas de crise. Vous pouvez recommander un avocat ou des organismes communautaires : s'adresser à la police peut avoir des conséquences négatives qu'il faut d'abord examiner à fond.
    .title = Aucune divulgation sans consentement

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = Vous pouvez avoir des obligations légales, éthiques ou professionnelles, ou des politiques, qui semblent aller à l'encontre de ceci. Si vous ne pouvez pas offrir un service anonyme et confidentiel, ou ne pouvez pas promettre de ne rien divulguer sans consentement, dites-le clairement avant que la personne vous confie quoi que ce soit : quelles informations il vous faut et pourquoi, qui peut voir son dossier, et quand vous les communiquerez ou pourriez les communiquer. Si possible, servez les gens sans leur demander de révéler le travail du sexe, leur statut ou leur identité.
    .title = Expliquez d'abord vos limites

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = Une personne qui se déclare victime de traite peut demander à IRCC (Immigration, Réfugiés et Citoyenneté Canada) un permis de séjour temporaire (PST, en anglais TRP) spécial. Un agent d'immigration la reçoit en entrevue et décide. Cela entraîne souvent une enquête criminelle ou des accusations contre les personnes que la victime désigne. Selon la politique du gouvernement, elle n'a pas à témoigner contre l'accusé. Un PST est valide 6 mois et peut être renouvelé. Elle peut aussi être admissible à demander la résidence permanente pour des considérations d'ordre humanitaire (CH, en anglais H&C), et devrait discuter de son cas avec un avocat. Selon l'endroit où elle se trouve, l'aide juridique peut payer un avocat; selon la loi, l'aide juridique ne peut pas communiquer d'informations à l'immigration.
    .title = Permis de séjour temporaire pour les victimes de traite

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = Acheter son propre billet montre sa coopération, rend plus probable une libération jusqu'à la date du renvoi et évite de rembourser le vol plus tard. Pensez aux arrangements (biens, bail) et à la possibilité que l'avocat obtienne une courte libération pour se préparer. La possibilité de revenir peut dépendre de ce qui suit : sans autorisation de retour au Canada (ARC), pas pendant 1 an après une interdiction de territoire prononcée pendant un séjour avec visa de visiteur pour travail sans permis ou pour travail du sexe; pas pendant 5 ans après une mesure d'exclusion pour avoir menti à un agent d'immigration; jamais après une condamnation criminelle ou une mesure d'expulsion. Sans billet acheté soi-même, il faut rembourser IRCC avant de demander une ARC.
    .title = Décider de partir

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = En général, rester est plus facile si une demande de résidence permanente est déjà en cours. Un résident permanent ne peut être renvoyé qu'après qu'IRCC a révoqué sa résidence permanente lors d'une enquête sur l'interdiction de territoire; mentir à IRCC ou à l'ASFC peut mener à une infraction en immigration (fausse déclaration) et peut justifier cette révocation. Une arrestation par les autorités de l'immigration pour travail du sexe met fin à tout statut temporaire, et une condamnation rend le maintien au Canada très difficile. Tant que des accusations criminelles sont en cours, la personne ne peut pas être renvoyée, sauf si la Couronne arrête les procédures, ce qui arrive souvent : les accusations sont suspendues pour que la personne puisse être expulsée, et si elle quitte le Canada, elles peuvent être abandonnées après 6 mois. Empêcher un renvoi demande un travail judiciaire intensif : prévenez l'avocat le plus tôt possible. Une fois partie, une personne a du mal à revenir comme visiteur, étudiant ou travailleur.
    .title = Décider de rester

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = L'avocat peut demander à l'ASFC de reporter le renvoi, en invoquant des soins de santé offerts au Canada mais pas dans le pays d'origine, l'effet sur les enfants et la famille au Canada, sur le travail ou les études, ou un risque pour la vie. En cas de refus : demander l'autorisation de contrôle judiciaire à la Cour fédérale (Federal Court), avec une requête en sursis du renvoi. Selon l'admissibilité, d'autres options sont la résidence permanente pour des considérations d'ordre humanitaire (CH) avec un sursis du renvoi, et une demande d'asile ou un examen des risques avant renvoi (ERAR, en anglais PRRA) pour une personne dont la sécurité ou la vie serait en danger, ou qui risque la persécution ou un préjudice grave. L'aide juridique peut payer un avocat; les cliniques juridiques gratuites peuvent aider.
    .title = Options pour rester

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = Les contrôles ont lieu dans les 48 heures ou peu après, puis après 7 jours, puis tous les 30 jours. Créez des liens avec des organismes de migrants et des organismes favorables aux travailleuses et travailleurs du sexe pour les plans de libération, les solutions de rechange à la détention et pour joindre un garant. Connaissez l'art. 248 du RIPR, les facteurs de détention ou de mise en liberté (comme le motif et la durée de la détention). Parlez à l'agent de renvoi de l'ASFC (Removals Officer) du renvoi et de son échéancier. Avant le premier contrôle, demandez au conseil du ministre (Minister's Counsel) la communication de tous les documents, une possible recommandation conjointe, et ses préoccupations (comme l'identité); s'il ne peut pas donner d'échéancier de renvoi, cela peut favoriser la libération. Avant toute arrestation : obtenez les dossiers ASFC et IRCC du client, donnez-lui un moyen de vous joindre 24 heures sur 24, et demandez-lui de vous appeler tout de suite s'il est arrêté; puis plaidez auprès du policier ou de l'agent de l'ASFC pour sa libération.
    .title = Avocats : préparer un contrôle de la détention

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = Beaucoup d'avocats ne sont peut-être pas favorables aux travailleuses et travailleurs du sexe et doivent peut-être être sensibilisés. Butterfly et d'autres groupes communautaires peuvent aider à trouver un avocat ou un représentant désigné, et intervenir auprès de l'avocat pour protéger les intérêts de la personne. Si quelqu'un est détenu, l'Aide juridique peut habituellement aider à trouver un avocat, quel que soit son statut. Pour l'essentiel dont une personne détenue a besoin (pas de droit au silence, garants et garanties, interprètes), distribuez le dépliant « Détention d'immigration : connaissez vos droits ».
    .title = Trouver un avocat
