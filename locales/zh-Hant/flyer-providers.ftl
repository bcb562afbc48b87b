### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = 移民法與移民性工作者：給服務提供者

# source: none (heading of page 1)
providers-heading-1 = 移民法與移民性工作者：身分、不可入境、遣返

# source: none (heading of page 2)
providers-heading-2 = 移民法與移民性工作者：人口販運、知情同意、留下或離開

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = 適用於法律、社會、醫療與社區服務提供者，以及律師。

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = 摘自《移民法與移民性工作者的權利》（Immigration Law and Migrant Sex Workers' Rights），為「維護及促進移民性工作者的人權、正義與服務可近性」（Upholding and promoting human rights, justice and access for migrant sex workers）系列第二部分（2017年10月）。作者：Tara Santini、Mac Scott。合作機構：全國華人平權會多倫多分會（Chinese Canadian National Council Toronto Chapter）；Butterfly（亞洲及移民性工作者支援網絡）；華人及東南亞法律援助中心（The Chinese and Southeast Asian Legal Clinic）；St. Stephen's Community House。資助：安大略法律基金會（The Law Foundation of Ontario）。

# source: front matter ("To access the full series of documents")
providers-qr-series = 掃描取得整套法律資訊文件

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = 永久居民幾乎可以在任何地方、為任何雇主工作（少數高度保安職位除外）。訪客（觀光簽證）一般完全不能工作，無論是受僱或自僱。開放式工作許可可為大多數雇主工作；封閉式工作許可會指定雇主。學生、等待擔保的人和難民申請人，可能有也可能沒有工作許可。無身分（無證件）者不能合法工作。此處「簽證」與「許可」意思相同。
    .title = 身分與工作權

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = 所有沒有公民或永久居民身分的人都被禁止從事性工作，即使持有開放式工作許可也一樣。《移民及難民保護規例》（IRPR）禁止所有臨時居民為提供脫衣舞、色情舞蹈、伴遊服務或色情按摩的雇主工作（第183(1)(b.1)條及第196.1(a)條）。每份工作許可都註明「不適用於與性交易相關行業的工作」，涵蓋受僱、自僱及承包服務。因此，從事性工作的移民即屬違規，也可能違反有關虛假陳述的規定，因為移民表格會詢問他們的工作。
    .title = 臨時居民不得從事性工作

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = 身分可能在一夕之間失去：難民申請被拒並收到遣返令、被認定不可入境，或簽證到期。訪客、學生或工人若在到期前申請延期，在決定出來之前享有「默示身分」（implied status）。
    .title = 身分可能很快改變

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = 被認定不可入境，表示失去身分並被命令離開加拿大。移民性工作者可能因下列原因不可入境：違反移民條件或規定（例如在性產業工作，或對此作虛假陳述）；在加拿大境內或境外被定罪而構成刑事不可入境；或以其他方式失去身分（簽證到期、難民申請被拒）。即使沒有被起訴，刑事與市政調查也可能帶來移民後果。
    .title = 不可入境

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = 驅逐令（deportation order）：日後任何時候返回加拿大都需要特別許可。離境令（departure order）：1至5年內返回需要特別許可。附條件離境令（conditional departure order）：若在規定期限內離開，返回時不需要特別許可。本指南也提到排除令（exclusion order）：向移民官員說謊後，5年內沒有ARC不能返回（見「決定離開」）。請向律師確認。
    .title = 三種遣返令

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = 定罪（認罪或被判有罪）可能使人不可入境，如果罪行屬可起訴罪或混合罪（大多數罪行，包括收受物質利益、媒介性交易及購買性服務），或是出自不同事件的任意兩項罪行（《移民及難民保護法》（IRPA）第36(2)條）。
    .title = 沒有永久居民身分時的刑事不可入境

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = 如果判處的刑期超過6個月監禁，或最高可判刑期為10年或以上（例如收受物質利益及媒介性交易），定罪可能使永久居民不可入境（IRPA第36(1)條）。截至2017年10月，即使是附條件監禁判決（conditional sentence of imprisonment）也計入這6個月（R v Tran, 2015 FCA 237），加拿大最高法院已准許對此上訴。
    .title = 有永久居民身分時的刑事不可入境

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = 免予定罪釋放（有條件或無條件的discharge）或經轉介處理的控罪（diverted charges），在移民法上不算定罪：不會導致刑事不可入境，當事人也不會因為該項定罪而失去身分或被驅逐出境。但同樣的事實仍可能以違反條件為由導致不可入境：警方報告和罰單曾在不可入境聽證中被當作證據。
    .title = 免予定罪釋放與轉介處理

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = 工作者在決定如何處理刑事控罪之前，必須了解所有移民後果。刑事律師必須向當事人解釋，並確保其取得獨立的移民法意見。如果你不確信這些有在落實，工作者應該直接聯絡移民律師，或在其知情同意下由你聯絡。
    .title = 決定是否認罪之前

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = 有些城市，例如多倫多、漢密爾頓和溫哥華，設有「無懼取得服務」（Access Without Fear）政策：市府人員不應詢問移民身分、拒絕為無身分居民提供服務，或與加拿大邊境服務局（CBSA）等移民機關分享資訊，除非法律要求。實際上，警方並未一致執行這些政策（例如在多倫多），因此仍可能被詢問身分或資訊被分享，而無身分移民也一直無法穩定地使用市府服務。工作者可考慮先請一位有合法身分、可信任的人詢問某項市府服務，再去使用。
    .title = 庇護城市

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = 雙方合意、有償的性服務不是人口販運。人口販運除了剝削，還涉及身體或心理上的強迫或脅迫：例如拿走某人的護照、限制其行動，或強迫其工作。把所有性工作都視為剝削，會掩蓋真正的剝削、否定工作者的同意，並使他們得不到勞動保障。移民性工作者並非理所當然就是受害者，但他們可能成為人口販運的受害者。
    .title = 性工作不是人口販運

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = 反人口販運行動與突擊搜查聲稱針對客人與第三方，但通常導致移民性工作者被逮捕、拘留和驅逐出境，即使沒有任何控罪。即使不存在剝削，工作者如果與其他性工作者一起工作、從其他性工作者那裡收受物質利益，或幫助其他性工作者入境或在加拿大工作，也可能被控人口販運。對此的恐懼使工作者不敢舉報剝削或暴力。
    .title = 突擊搜查的傷害

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
p-consent = 根據我們的經驗，務必做到：未經當事人明確的知情同意，不聯絡任何人，也不分享有關其本人的任何資訊，即使你認為對方是暴力或人口販運的受害者。這是建議，不是法律意見。知情同意是指事先討論所有可能的負面後果。未經同意的披露可能招來不想要的警方介入、調查、拘留和驅逐出境，並會摧毀信任。你仍然可以支持對方，並在危機中採取行動。你可以推薦律師或社區團體：向警方求助可能帶來負面後果，應先充分探討。
    .title = 未經同意不得披露

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = 你可能有看似與此衝突的法律、倫理或專業義務，或機構政策。如果你無法提供匿名、保密的服務，或無法保證未經同意不披露，要在對方告訴你任何事之前清楚說明：你需要什麼資訊及原因、誰能看到其檔案，以及你何時會或可能分享資訊。盡可能在不要求對方透露性工作、移民身分或個人身分的情況下提供服務。
    .title = 先說明你的限制

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = 自認是人口販運受害者的人，可向加拿大移民、難民及公民部（IRCC）申請特別的臨時居民許可（TRP）。由移民官員面談並作決定。這常會涉及對受害者所指認的人進行刑事調查或提出控罪。根據政府政策，他們不必出庭指證被告。TRP有效期6個月，可以續期。他們也可能有資格以人道及同情理由（H&C）申請永久居民身分，應與律師討論自己的個案。視所在地而定，法律援助可能支付律師費用；依法，法律援助不能與移民機關分享資訊。
    .title = 人口販運受害者的臨時居民許可

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = 自己買機票表示願意配合，較有可能在遣返日期前獲釋，也免得日後償還機票費用。要考慮各項安排（個人物品、租約），以及律師能否爭取短期釋放以便準備。當事人能否返回，可能取決於下列情況：如果沒有「返回加拿大許可」（ARC），以訪客簽證身分因無許可工作或從事性工作被認定不可入境後1年內不能返回；因向移民官員說謊而被發出排除令（exclusion order）後5年內不能返回；刑事定罪或驅逐令之後則永遠不能返回。如果不是自己買機票，申請ARC前必須先償還IRCC。
    .title = 決定離開

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = 一般來說，如果已經提交永久居民申請，留下會比較容易。永久居民只有在IRCC經不可入境聽證撤銷其永久居民身分後，才能被遣返；向IRCC或CBSA說謊可能構成移民違法（虛假陳述），並可能成為撤銷永久居民身分的理由。因性工作被移民當局逮捕會終止任何臨時身分，定罪則會使留下變得非常困難。在刑事控罪未決期間，當事人不能被遣返，除非檢方（Crown）擱置控罪，而這經常發生：控罪被擱置，以便當事人被驅逐出境；如果當事人離開加拿大，6個月後控罪可能被撤銷。阻止遣返需要大量法庭工作：請盡早告訴律師。一旦離開，要再以訪客、學生或工人身分返回會很困難。
    .title = 決定留下

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = 律師可以要求CBSA暫緩遣返，理由可包括：在加拿大有而在原籍國沒有的醫療、對在加拿大的子女和家人的影響、對工作或學業的影響，或生命危險。如被拒絕：向聯邦法院（Federal Court）申請司法覆核許可，並提出暫緩遣返的動議。視資格而定，其他選項包括：以人道及同情理由（H&C）申請永久居民並暫緩遣返；以及對安全或生命會受威脅、或面臨迫害或嚴重傷害的人，提出難民申請或遣返前風險評估（PRRA）。法律援助可能資助律師；免費法律診所可能提供協助。
    .title = 留下的選項

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = 審查在48小時內或稍後不久進行，然後在7天後，之後每30天一次。與移民團體及支持性工作者的團體建立聯繫，以便擬定獲釋計畫、尋找拘留替代方案及聯絡擔保人。熟悉IRPR第248條，即決定拘留或釋放的因素（例如拘留的原因與時間長短）。與CBSA遣返官員（Removals Officer）討論遣返及其時程。在第一次審查之前，向部長代表律師（Minister's Counsel）要求披露所有文件，探討可否聯合陳詞，並了解其關注點（例如身分）；如果他們無法提出遣返時程，這可能有利於獲釋。在任何逮捕之前：取得當事人的CBSA和IRCC檔案，給他們一個24小時都能聯絡到你的方式，並請他們一旦被捕就立刻打給你；之後向警察或CBSA官員爭取讓當事人獲釋。
    .title = 律師：為拘留審查做準備

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = 許多律師可能對性工作者並不友善，可能需要先接受相關教育。Butterfly和其他社區團體可能可以幫忙尋找律師或指定代表，並與律師溝通，以保護當事人的利益。如果有人被拘留，法律援助處通常能幫忙找律師，不論其身分為何。被拘留的工作者需要知道的基本內容（沒有緘默權、保釋擔保人與擔保、口譯員），請發放傳單《移民拘留：認識你的權利》。
    .title = 尋找律師
