### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = 移民法与移民性工作者：致服务提供者

# source: none (heading of page 1)
providers-heading-1 = 移民法与移民性工作者：身份、不可入境、遣返

# source: none (heading of page 2)
providers-heading-2 = 移民法与移民性工作者：人口贩运、知情同意、留下或离开

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = 面向法律、社会、医疗和社区服务提供者以及律师。

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = 摘自《移民法与移民性工作者的权利》（Immigration Law and Migrant Sex Workers' Rights），“维护和促进移民性工作者的人权、公正与服务可及性”（Upholding and promoting human rights, justice and access for migrant sex workers）系列第二部分（2017年10月）。作者：Tara Santini、Mac Scott。合作机构：全国华人平权会多伦多分会（Chinese Canadian National Council Toronto Chapter）；Butterfly（亚洲及移民性工作者支援网络）；华人及东南亚法律援助中心（The Chinese and Southeast Asian Legal Clinic）；St. Stephen's Community House。资助：安大略法律基金会（The Law Foundation of Ontario）。

# source: front matter ("To access the full series of documents")
providers-qr-series = 扫码获取整套法律信息文件

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = 永久居民几乎可以在任何地方为任何雇主工作（少数高安全级别的工作除外）。访客（旅游签证）一般完全不能工作，无论是受雇还是自雇。开放式工作许可允许为大多数雇主工作；封闭式工作许可写明雇主。学生、等待担保的人和难民申请人可能有、也可能没有工作许可。无身份（无证件）的人不能合法工作。这里“签证”和“许可”意思相同。
    .title = 身份与工作权

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = 所有没有公民或永久居民身份的人都被禁止从事性工作，即使持有开放式工作许可也一样。《移民和难民保护条例》（IRPR）禁止所有临时居民为提供脱衣舞、色情舞蹈、伴游服务或色情按摩的雇主工作（第183(1)(b.1)条和第196.1(a)条）。每份工作许可都注明“不适用于与性交易相关的行业中的就业”，涵盖受雇、自雇和合同服务。因此，从事性工作的移民属于违规，还可能违反关于虚假陈述的规定，因为移民表格会询问他们的工作。
    .title = 临时居民不得从事性工作

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = 身份可能一夜之间失去：难民申请被拒并收到遣返令、被认定不可入境，或签证过期。访客、学生或工人如果在到期前申请延期，在得到决定之前拥有“默示身份”（implied status）。
    .title = 身份可能很快改变

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = 被认定不可入境，意味着失去身份并被命令离开加拿大。移民性工作者可能因以下原因不可入境：违反移民条件或规定（例如在性行业工作，或对此作虚假陈述）；在加拿大境内或境外被定罪，导致刑事不可入境；或以其他方式失去身份（签证过期、难民申请被拒）。即使没有被起诉，刑事和市政调查也可能带来移民后果。
    .title = 不可入境

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = 驱逐令（deportation order）：将来任何时候返回加拿大都需要特别许可。离境令（departure order）：1至5年内返回需要特别许可。有条件离境令（conditional departure order）：如在规定时间内离开，返回时不需要特别许可。本指南还提到排除令（exclusion order）：向移民官员撒谎后，5年内没有ARC不能返回（见“决定离开”）。请向律师确认。
    .title = 三种遣返令

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = 定罪（认罪或被判有罪）可能使人不可入境，如果罪行属于可诉罪或混合罪（大多数罪行，包括获取物质利益、介绍卖淫和购买性服务），或者是出自不同事件的任意两项罪行（《移民和难民保护法》（IRPA）第36(2)条）。
    .title = 没有永久居民身份时的刑事不可入境

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = 如果判处的刑期超过6个月监禁，或最高可判刑期为10年或以上（例如获取物质利益和介绍卖淫），定罪可能使永久居民不可入境（IRPA第36(1)条）。截至2017年10月，即使是有条件监禁判决（conditional sentence of imprisonment）也计入这6个月（R v Tran, 2015 FCA 237），加拿大最高法院已准许对此上诉。
    .title = 有永久居民身份时的刑事不可入境

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = 免予定罪释放（有条件或无条件的discharge）或被转处的指控（diverted charges），在移民法中不算定罪：不会导致刑事不可入境，当事人也不会因为该项定罪而失去身份或被驱逐出境。但同样的事实仍可能以违反条件为由导致不可入境：警方报告和罚单曾在不可入境听证中被用作证据。
    .title = 免予定罪释放与转处

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = 在决定如何处理刑事指控之前，工作者必须了解所有移民后果。刑事律师必须向当事人解释，并确保当事人获得独立的移民法咨询。如果你不确信这些正在落实，工作者应当直接联系移民律师，或者在其知情同意下由你联系。
    .title = 决定是否认罪之前

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = 一些城市，例如多伦多、汉密尔顿和温哥华，有“无惧获取服务”（Access Without Fear）政策：市政人员不应询问移民身份、拒绝为无身份居民提供服务，或与加拿大边境服务局（CBSA）等移民部门分享信息，除非法律要求。实际上，警方并没有一致地执行这些政策（例如在多伦多），所以仍可能被问到身份或信息被分享，而无身份移民也一直无法稳定地使用市政服务。工作者可以考虑先请一位有合法身份、可信任的人询问某项市政服务，然后再去使用。
    .title = 庇护城市

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = 双方自愿、有偿的性服务不是人口贩运。人口贩运除了剥削，还涉及身体或心理上的强迫或胁迫：例如拿走某人的护照、限制其人身自由或强迫其工作。把所有性工作都当作剥削，会掩盖真正的剥削，否定工作者的同意，并使他们得不到劳动保护。移民性工作者并非天然就是受害者，但他们可能成为人口贩运的受害者。
    .title = 性工作不是人口贩运

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = 反人口贩运行动和突击搜查声称针对客人和第三方，但通常导致移民性工作者被逮捕、拘留和驱逐出境，即使没有提出任何指控。即使不存在剥削，工作者如果与其他性工作者一起工作、从其他性工作者那里获得物质利益，或帮助其他性工作者入境或在加拿大工作，也可能被控人口贩运。对此的恐惧让工作者不敢举报剥削或暴力。
    .title = 突击搜查的危害

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
p-consent = 根据我们的经验，务必做到：未经本人明确的知情同意，不联系任何人，也不分享关于此人的任何信息，即使你认为对方是暴力或人口贩运的受害者。这是建议，不是法律意见。知情同意是指事先讨论所有可能的负面后果。未经同意的披露可能带来不想要的警方介入、调查、拘留和驱逐出境，并会摧毁信任。你仍然可以支持对方，并在危机中采取行动。你可以推荐律师或社区机构：向警方求助可能带来负面后果，应先充分探讨。
    .title = 未经同意不得披露

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = 你可能有看似与此冲突的法律、伦理或职业义务，或机构政策。如果你无法提供匿名、保密的服务，或无法保证未经同意不披露，要在对方告诉你任何事之前清楚说明：你需要什么信息、为什么需要、谁能看到其档案，以及你会或可能在什么时候分享信息。尽可能在不要求对方透露性工作、移民身份或个人身份的情况下提供服务。
    .title = 先说明你的局限

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = 自认为是人口贩运受害者的人，可以向加拿大移民、难民及公民部（IRCC）申请特别的临时居民许可（TRP）。由移民官员面谈并作出决定。这往往会涉及对受害者所指认的人进行刑事调查或提出指控。根据政府政策，他们不必出庭指证被告。TRP有效期为6个月，可以续签。他们也可能有资格基于人道主义和同情理由（H&C）申请永久居民身份，应与律师讨论自己的情况。视所在地区而定，法律援助可能支付律师费用；依法，法律援助不能与移民部门分享信息。
    .title = 人口贩运受害者的临时居民许可

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = 自己买机票表明愿意配合，更有可能在遣返日期前获释，也避免日后偿还机票费用。要考虑各种安排（个人物品、租约），以及律师能否争取短期释放以便做准备。当事人能否返回，可能取决于以下情况：如果没有返回加拿大授权（ARC），以访客签证身份因无许可工作或从事性工作被认定不可入境后1年内不能返回；因向移民官员撒谎被发出排除令（exclusion order）后5年内不能返回；刑事定罪或驱逐令之后则永远不能返回。如果不是自己买的机票，申请ARC前必须先向IRCC偿还费用。
    .title = 决定离开

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = 一般来说，如果已经提交了永久居民申请，留下会更容易。永久居民只有在IRCC通过不可入境听证撤销其永久居民身份后，才能被遣返；向IRCC或CBSA撒谎可能构成移民违法（虚假陈述），并可能成为撤销永久居民身份的理由。因性工作被移民当局逮捕会终止任何临时身份，而定罪会让留下变得非常困难。在刑事指控未决期间，当事人不能被遣返，除非检方（Crown）中止指控，而这经常发生：指控被搁置，以便当事人被驱逐出境；如果当事人离开加拿大，6个月后指控可能被撤销。阻止遣返需要大量法庭工作：要尽早告诉律师。一旦离开，再以访客、学生或工人身份返回会很困难。
    .title = 决定留下

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = 律师可以请求CBSA暂缓遣返，理由可以是：在加拿大能得到而在原籍国得不到的医疗、对在加拿大的子女和家人的影响、对工作或学业的影响，或生命危险。如被拒绝：向联邦法院（Federal Court）申请司法审查许可，并提出暂缓遣返的动议。视资格而定，其他选择包括：基于人道主义和同情理由（H&C）申请永久居民并暂缓遣返；以及对安全或生命会受威胁、或面临迫害或严重伤害的人，提出难民申请或遣返前风险评估（PRRA）。法律援助可能资助律师；免费法律诊所可能提供帮助。
    .title = 留下的选择

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = 审查在48小时内或之后不久进行，然后是7天后，之后每30天一次。与移民组织和支持性工作者的组织建立联系，以便制定释放计划、寻找拘留替代方案和联系担保人。熟悉IRPR第248条，即决定拘留或释放的因素（例如拘留的原因和时长）。与CBSA遣返官员（Removals Officer）讨论遣返及其时间表。在第一次审查之前，向部长代表律师（Minister's Counsel）要求披露所有文件，探讨可否联合提交意见，并了解其关注点（例如身份）；如果他们给不出遣返时间表，这可能有利于释放。在任何逮捕之前：取得当事人的CBSA和IRCC档案，给他们一个24小时都能联系到你的方式，并请他们一旦被捕立即打电话给你；然后向警察或CBSA官员争取释放当事人。
    .title = 律师：为拘留审查做准备

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = 许多律师可能对性工作者并不友善，可能需要先接受相关教育。Butterfly和其他社区团体可能可以帮忙寻找律师或指定代表，并与律师沟通，以保护当事人的利益。如果有人被拘留，法律援助处通常能帮忙找律师，不论其身份如何。被拘留的工作者需要了解的基本内容（没有沉默权、保释担保人和担保、口译员），请分发传单《移民拘留：了解你的权利》。
    .title = 寻找律师
