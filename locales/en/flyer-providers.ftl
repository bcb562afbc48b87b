### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = Immigration law and migrant sex workers: for service providers

# source: none (heading of page 1)
providers-heading-1 = Immigration law and migrant sex workers: status, inadmissibility, removal

# source: none (heading of page 2)
providers-heading-2 = Immigration law and migrant sex workers: trafficking, consent, staying or leaving

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = For legal, social, health and community service providers, and counsel.

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = Summarized from “Immigration Law and Migrant Sex Workers' Rights”, Part 2 of the series “Upholding and promoting human rights, justice and access for migrant sex workers” (October 2017). Authors: Tara Santini and Mac Scott. Partners: Chinese Canadian National Council Toronto Chapter; Butterfly (Asian and Migrant Sex Workers Support Network); The Chinese and Southeast Asian Legal Clinic; St. Stephen's Community House. Funded by The Law Foundation of Ontario.

# source: front matter ("To access the full series of documents")
providers-qr-series = Scan for the full series of legal information documents

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = Permanent residents can work almost anywhere, for any employer (a few high-security jobs excepted). Visitors (tourist visa) generally cannot work at all, for an employer or on their own. An open work permit allows work for most employers; a closed one names the employer. Students, people awaiting sponsorship and refugee claimants may or may not have permission to work. Non-status (undocumented) people cannot work legally. Here, visa and permit mean the same thing.
    .title = Status and the right to work

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = Everyone without citizenship or permanent residence is barred from sex work, even with an open work permit. The IRPR bars all temporary residents from working for employers offering striptease, erotic dance, escort services or erotic massage (ss. 183(1)(b.1) and 196.1(a)). Every work permit is “not valid for employment in businesses related to the sex trade”, which covers employment, self-employment and contract services. Migrants who do sex work are therefore in breach, and may also breach the rules on misrepresentation, since immigration forms ask about their work.
    .title = Temporary residents may not do sex work

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = Status can be lost from one day to the next: a refugee claim is refused and a removal order issued, the person is found inadmissible, or a visa expires. A visitor, student or worker who applies to renew before the expiry date has “implied status” until the decision.
    .title = Status can change quickly

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = Being found inadmissible means losing status and being ordered to leave Canada. A migrant sex worker may become inadmissible for breaching an immigration condition or regulation (such as working in the sex industry, or misrepresenting it), for a conviction that leads to criminal inadmissibility, in or outside Canada, or for otherwise losing status (an expired visa, a rejected refugee claim). Criminal and municipal investigations can have immigration consequences even when no charge is laid.
    .title = Inadmissibility

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = Deportation order: special permission is needed to return to Canada at any time in the future. Departure order: special permission is needed to return within 1 to 5 years. Conditional departure order: if the person leaves within the time ordered, no special permission is needed to return. The guide also mentions exclusion orders (5 years without an ARC after lying to an immigration official; see “Deciding to leave”): confirm with counsel.
    .title = Three kinds of removal order

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = A conviction (a guilty plea or a finding of guilt) can make a person inadmissible if it is for an indictable or hybrid offence (most offences, including receiving a material benefit, procuring and obtaining a sexual service), or for two offences of any kind arising from different events (IRPA s. 36(2)).
    .title = Criminal inadmissibility without permanent residence

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = A conviction can make a permanent resident inadmissible if the sentence imposed is more than 6 months in prison, or if the maximum possible sentence is 10 years or more, as for receiving a material benefit and procuring (IRPA s. 36(1)). As of October 2017, even a conditional sentence of imprisonment counted toward the 6 months (R v Tran, 2015 FCA 237), with leave to appeal granted by the Supreme Court.
    .title = Criminal inadmissibility with permanent residence

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = A discharge (conditional or unconditional) or diverted charges are not a conviction in immigration law: they do not lead to criminal inadmissibility, and the person will not lose status or be deported as a consequence of that conviction. The same facts can still lead to inadmissibility for breaching conditions: police reports and tickets have been used as evidence at inadmissibility hearings.
    .title = Discharges and diverted charges

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = The worker must know every immigration consequence before deciding what to do about a criminal charge. Criminal lawyers must explain them and make sure the client gets independent immigration law advice. If you are not convinced that this is happening, the worker should contact an immigration lawyer directly, or you could, with their informed consent.
    .title = Before any plea

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = Some cities, such as Toronto, Hamilton and Vancouver, have an “Access Without Fear” policy: city staff should not ask about immigration status, refuse services to non-status residents, or share information with immigration authorities such as CBSA unless the law requires it. In practice, police have not applied these policies consistently (for example in Toronto), so questions about status and information sharing may still happen, and non-status migrants have not been able to use city services consistently either. A worker may want a trusted person with legal status to ask about a city service before using it.
    .title = Sanctuary cities

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = Consensual, paid sexual services are not human trafficking. Trafficking involves physical or psychological force or coercion as well as exploitation: for example, taking someone's passport, confining them, or forcing them to work. Treating all sex work as exploitation hides real exploitation, denies workers' consent and keeps them from labour protections. Migrant sex workers are not victims by definition, but they can be victims of trafficking.
    .title = Sex work is not trafficking

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = Anti-trafficking operations and raids claim to target clients and third parties, but they usually lead to the arrest, detention and deportation of migrant sex workers, even when no charge is laid. Workers may be charged with trafficking, even where there is no exploitation, if they work with, receive material benefits from, or help other sex workers to enter or work in Canada. Fear of this stops workers from reporting exploitation or violence.
    .title = The harm of raids

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
p-consent = In our experience, it is essential not to contact anyone or share any information about a person without their explicit, informed consent, even if you think they are a victim of violence or trafficking. This is a recommendation, not legal advice. Informed consent means talking through every possible negative consequence first. Disclosure without consent can bring unwanted police involvement, investigation, detention and deportation, and it destroys trust. You can still support someone and act in a crisis. You may recommend counsel or community organizations: coming forward to police may have negative consequences that should be fully explored first.
    .title = No disclosure without consent

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = You may have legal, ethical or professional obligations, or policies, that seem to conflict with this. If you cannot offer an anonymous, confidential service, or cannot promise not to disclose without consent, say so clearly before the person tells you anything: what information you need and why, who can see their file, and when you will or may share it. Where possible, serve people without asking them to disclose sex work, status or identity.
    .title = Explain your limits first

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = A person who identifies as a victim of trafficking may apply to IRCC for a special Temporary Resident Permit (TRP). An immigration officer interviews them and decides. This often involves a criminal investigation or charges against the people the victim names. Under government policy they do not have to testify against the accused. A TRP is valid for 6 months and may be renewed. They may also be eligible to apply for permanent residence on humanitarian and compassionate (H&C) grounds, and should discuss their case with a lawyer. Depending on where they are, legal aid may pay for counsel; by law, legal aid cannot share information with immigration.
    .title = Temporary Resident Permit for trafficking victims

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = Buying one's own ticket shows cooperation, makes release until the removal date more likely, and avoids repaying the flight later. Think about arrangements (belongings, lease) and whether counsel can get a short release to prepare. Whether the person could return may depend on the following: without an Authorization to Return to Canada (ARC), not for 1 year after being found inadmissible on a visitor visa for working without a permit or for sex work; not for 5 years after an exclusion order for lying to an immigration official; never after a criminal conviction or a deportation order. Without one's own ticket, IRCC must be repaid before applying for an ARC.
    .title = Deciding to leave

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = Generally, staying is easier with a permanent residence application already in place. A permanent resident can only be removed after IRCC revokes PR at an inadmissibility hearing; lying to IRCC or CBSA may lead to an immigration offence (misrepresentation) and can be grounds to revoke it. An arrest by immigration authorities for sex work ends any temporary status, and a conviction makes staying very difficult. While criminal charges are outstanding, the person cannot be removed unless the Crown stays the charges, which often happens: the charges are put on hold so the person can be deported, and if they leave Canada, the charges may be dropped after 6 months. Stopping a removal is intensive court work: tell counsel as early as possible. Once someone leaves, returning as a visitor, student or worker is difficult.
    .title = Deciding to stay

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = Counsel may ask CBSA to defer removal, citing health care available in Canada but not at home, the effect on children and family in Canada, on work or studies, or a risk to life. If that is refused: apply for leave for judicial review at the Federal Court, with a motion to stay removal. Depending on eligibility, other options are permanent residence on H&C grounds with a stay of removal, and a refugee claim or a pre-removal risk assessment (PRRA) for someone whose safety or life would be at risk, or who faces persecution or serious harm. Legal aid may fund a lawyer; free legal clinics may help.
    .title = Options to stay

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = Reviews come within 48 hours or soon after, then after 7 days, then every 30 days. Build links with migrant and sex-worker-positive organizations for release plans, alternatives to detention and reaching a bondsperson. Know s. 248 IRPR, the factors for detention or release (such as the reason for and length of detention). Talk to the CBSA Removals Officer about removal and its timeline. Before the first review, ask Minister's Counsel for disclosure of all documents, a possible joint submission, and their concerns (such as identity); if they cannot give a removal timeline, that may support release. Before any arrest: get the client's CBSA and IRCC files, give them a way to reach you 24 hours a day, and ask them to call you at once if arrested; then advocate with the police or CBSA officer for their release.
    .title = Counsel: preparing for a detention review

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = Many lawyers may not be sex worker positive and may need to be educated. Butterfly and other community groups may help find a lawyer or a designated representative, and intervene with the lawyer to protect the person's interests. If someone is detained, Legal Aid can usually help find a lawyer, whatever their status. For the basics a detained worker needs (no right to silence, bondspersons and bonds, interpreters), hand out the flyer “Immigration detention: know your rights”.
    .title = Finding counsel
