### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = 이민법과 이주 성노동자: 서비스 제공자를 위한 안내

# source: none (heading of page 1)
providers-heading-1 = 이민법과 이주 성노동자: 체류 신분, 입국 부적격, 강제 퇴거

# source: none (heading of page 2)
providers-heading-2 = 이민법과 이주 성노동자: 인신매매, 동의, 체류 또는 출국

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = 법률, 사회복지, 보건, 지역사회 서비스 제공자와 변호인을 위한 자료입니다.

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = “Immigration Law and Migrant Sex Workers' Rights”(이민법과 이주 성노동자의 권리)를 요약했습니다. “Upholding and promoting human rights, justice and access for migrant sex workers” 시리즈 제2부(2017년 10월). 저자: Tara Santini, Mac Scott. 협력: Chinese Canadian National Council Toronto Chapter; Butterfly (Asian and Migrant Sex Workers Support Network); The Chinese and Southeast Asian Legal Clinic; St. Stephen's Community House. 후원: The Law Foundation of Ontario.

# source: front matter ("To access the full series of documents")
providers-qr-series = 법률 정보 자료 시리즈 전체를 보려면 스캔하세요

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = 영주권자는 거의 모든 곳에서, 어떤 고용주를 위해서든 일할 수 있습니다(일부 고보안 직종 제외). 방문자(관광 비자)는 일반적으로 고용주를 위해서든 자영업으로든 전혀 일할 수 없습니다. 개방형 취업 허가(open work permit)로는 대부분의 고용주를 위해 일할 수 있고, 폐쇄형 허가에는 고용주가 지정되어 있습니다. 학생, 초청(sponsorship)을 기다리는 사람, 난민 신청자는 일할 허가가 있을 수도, 없을 수도 있습니다. 신분이 없는(미등록) 사람은 합법적으로 일할 수 없습니다. 여기서 비자(visa)와 허가(permit)는 같은 뜻입니다.
    .title = 체류 신분과 일할 권리

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = 시민권이나 영주권이 없는 사람은 모두, 개방형 취업 허가가 있어도 성노동이 금지됩니다. IRPR(이민난민보호규정)은 모든 임시 거주자가 스트립쇼, 에로틱 댄스, 에스코트 서비스 또는 에로틱 마사지를 제공하는 고용주를 위해 일하는 것을 금지합니다(183(1)(b.1)조, 196.1(a)조). 모든 취업 허가에는 “성 산업 관련 사업체에서의 고용에는 유효하지 않음”이라는 조건이 붙으며, 이는 고용, 자영업, 계약 서비스를 모두 포함합니다. 따라서 성노동을 하는 이주민은 이를 위반하는 것이며, 이민 서류가 일에 대해 묻기 때문에 허위 진술(misrepresentation) 규정도 위반할 수 있습니다.
    .title = 임시 거주자는 성노동을 할 수 없습니다

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = 체류 신분은 하루아침에 잃을 수 있습니다: 난민 신청이 거부되어 퇴거 명령이 내려지거나, 입국 부적격 판정을 받거나, 비자가 만료되는 경우입니다. 만료일 전에 연장을 신청한 방문자, 학생, 근로자는 결정이 날 때까지 “묵시적 신분(implied status)”을 가집니다.
    .title = 체류 신분은 빠르게 바뀔 수 있습니다

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = 입국 부적격(inadmissible) 판정을 받으면 체류 신분을 잃고 캐나다를 떠나라는 명령을 받습니다. 이주 성노동자는 다음 이유로 입국 부적격이 될 수 있습니다: 이민 조건이나 규정 위반(성 산업에서 일하거나 이를 허위로 진술하는 것 등), 캐나다 안팎에서 범죄 입국 부적격으로 이어지는 유죄 판결, 또는 그 밖의 신분 상실(비자 만료, 난민 신청 거부). 형사 수사와 시(municipal) 조사는 기소가 없어도 이민상의 불이익을 가져올 수 있습니다.
    .title = 입국 부적격

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = 추방 명령(deportation order): 앞으로 언제든 캐나다에 돌아오려면 특별 허가가 필요합니다. 출국 명령(departure order): 1년에서 5년 안에 돌아오려면 특별 허가가 필요합니다. 조건부 출국 명령(conditional departure order): 정해진 기간 안에 떠나면, 돌아올 때 특별 허가가 필요 없습니다. 이 안내서는 배제 명령(exclusion order)도 언급합니다(이민 공무원에게 거짓말을 한 뒤 5년 동안 ARC 없이는 돌아올 수 없음; “출국을 결정할 때” 참고): 변호사에게 확인하세요.
    .title = 세 가지 퇴거 명령

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = 유죄 판결(유죄 인정 또는 유죄 판정)은 다음의 경우 입국 부적격 사유가 될 수 있습니다: 정식기소 범죄(indictable offence)나 혼합 범죄(hybrid offence)인 경우(물질적 이익 수수, 알선, 성적 서비스 구매를 포함한 대부분의 범죄), 또는 서로 다른 사건에서 비롯된, 종류를 불문한 두 건의 범죄인 경우(IRPA 36(2)조).
    .title = 영주권이 없는 경우의 범죄 입국 부적격

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = 선고된 형이 징역 6개월을 넘거나, 가능한 최고형이 10년 이상이면(물질적 이익 수수, 알선 등), 유죄 판결로 영주권자도 입국 부적격이 될 수 있습니다(IRPA 36(1)조). 2017년 10월 기준으로, 조건부 징역형(conditional sentence of imprisonment)도 6개월에 포함되었으며(R v Tran, 2015 FCA 237), 대법원이 상고를 허가한 상태였습니다.
    .title = 영주권이 있는 경우의 범죄 입국 부적격

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = 형 면제 결정(discharge, 조건부 또는 무조건부)이나 전환 처리된 혐의(diverted charges)는 이민법상 유죄 판결이 아닙니다: 범죄 입국 부적격으로 이어지지 않으며, 그 유죄 판결의 결과로 신분을 잃거나 추방되지 않습니다. 그러나 같은 사실로도 조건 위반을 이유로 입국 부적격이 될 수 있습니다: 경찰 보고서와 벌금 고지서가 입국 부적격 심리에서 증거로 쓰인 적이 있습니다.
    .title = 형 면제와 전환 처리된 혐의

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = 노동자는 형사 혐의에 대해 어떻게 할지 정하기 전에 이민상의 모든 결과를 알아야 합니다. 형사 변호사는 이를 설명하고, 의뢰인이 독립적인 이민법 자문을 받도록 해야 합니다. 그렇게 되고 있다는 확신이 없으면, 노동자가 이민 변호사에게 직접 연락해야 하며, 노동자의 충분한 설명에 근거한 동의(informed consent)를 받아 당신이 연락할 수도 있습니다.
    .title = 유죄 인정 전에

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = 토론토, 해밀턴, 밴쿠버 등 일부 도시에는 “두려움 없는 접근(Access Without Fear)” 정책이 있습니다: 시 직원은 법이 요구하지 않는 한, 이민 신분을 묻거나, 신분 없는 주민에게 서비스를 거부하거나, CBSA 같은 이민 당국과 정보를 공유하지 않도록 되어 있습니다. 실제로는 경찰이 이 정책을 일관되게 적용하지 않았으므로(예: 토론토), 신분에 대한 질문과 정보 공유가 여전히 있을 수 있으며, 신분 없는 이주민은 시 서비스도 일관되게 이용하지 못해 왔습니다. 노동자는 시 서비스를 이용하기 전에, 합법적 신분이 있는 믿을 만한 사람에게 먼저 문의해 달라고 하는 편이 나을 수 있습니다.
    .title = 피난처 도시(Sanctuary cities)

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = 합의에 따른 유상 성적 서비스는 인신매매가 아닙니다. 인신매매에는 착취와 함께 신체적 또는 심리적 강제나 강요가 있습니다: 예를 들어 여권을 빼앗거나, 가두거나, 일을 강요하는 것입니다. 모든 성노동을 착취로 보면 실제 착취가 가려지고, 노동자의 동의가 부정되며, 노동자가 노동 보호를 받지 못하게 됩니다. 이주 성노동자가 그 자체로 피해자인 것은 아니지만, 인신매매 피해자가 될 수는 있습니다.
    .title = 성노동은 인신매매가 아닙니다

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = 인신매매 단속 작전과 급습은 고객과 제3자를 겨냥한다고 하지만, 보통은 기소가 없어도 이주 성노동자의 체포, 구금, 추방으로 이어집니다. 노동자는 착취가 없는 경우에도, 다른 성노동자와 함께 일하거나, 그로부터 물질적 이익을 받거나, 다른 성노동자가 캐나다에 들어오거나 캐나다에서 일하도록 도우면 인신매매 혐의로 기소될 수 있습니다. 이런 두려움 때문에 노동자는 착취나 폭력을 신고하지 못합니다.
    .title = 급습의 피해

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
p-consent = 저희 경험으로는, 어떤 사람이 폭력이나 인신매매의 피해자라고 생각되더라도, 그 사람의 명시적이고 충분한 설명에 근거한 동의 없이 누구에게도 연락하거나 그 사람에 대한 정보를 공유하지 않는 것이 꼭 필요합니다. 이것은 권고이며, 법률 자문이 아닙니다. 충분한 설명에 근거한 동의란, 가능한 모든 부정적 결과를 먼저 함께 이야기하는 것입니다. 동의 없는 공개는 원치 않는 경찰 개입, 수사, 구금, 추방을 불러올 수 있으며, 신뢰를 무너뜨립니다. 그래도 그 사람을 지원하고 위기 상황에서 행동할 수 있습니다. 변호사나 지역사회 단체를 권할 수 있습니다: 경찰에 나서는 것은 부정적인 결과를 가져올 수 있으므로 먼저 충분히 검토해야 합니다.
    .title = 동의 없이 공개하지 마세요

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = 당신에게는 이와 충돌하는 것처럼 보이는 법적, 윤리적, 직업적 의무나 정책이 있을 수 있습니다. 익명의 비밀 보장 서비스를 제공할 수 없거나, 동의 없이 공개하지 않겠다고 약속할 수 없다면, 상대가 무엇이든 말하기 전에 분명히 알리세요: 어떤 정보가 왜 필요한지, 누가 그 사람의 파일을 볼 수 있는지, 언제 정보를 공유하게 되거나 공유할 수 있는지. 가능하면 성노동, 체류 신분, 신원을 밝히라고 요구하지 않고 서비스를 제공하세요.
    .title = 한계를 먼저 설명하세요

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = 스스로 인신매매 피해자라고 밝히는 사람은 IRCC(캐나다 이민난민시민권부)에 특별 임시 거주 허가(TRP)를 신청할 수 있습니다. 이민 담당관이 면접을 하고 결정합니다. 이 과정에는 흔히 피해자가 지목한 사람들에 대한 형사 수사나 기소가 따릅니다. 정부 정책상 피고인에 대해 증언할 의무는 없습니다. TRP는 6개월 동안 유효하며 갱신될 수 있습니다. 인도적 사유(H&C)로 영주권을 신청할 자격이 있을 수도 있으며, 변호사와 사건을 상의하는 것이 좋습니다. 있는 곳에 따라 법률구조(legal aid)가 변호사 비용을 낼 수도 있습니다. 법에 따라 법률구조는 이민 당국과 정보를 공유할 수 없습니다.
    .title = 인신매매 피해자를 위한 임시 거주 허가

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = 본인이 항공권을 직접 사면 협조하는 것으로 보이고, 출국일까지 석방될 가능성이 높아지며, 나중에 항공료를 갚지 않아도 됩니다. 정리할 일(짐, 임대 계약)과, 변호사가 준비를 위한 짧은 석방을 받아 낼 수 있는지 생각해 보세요. 다시 들어올 수 있는지는 다음에 달려 있을 수 있습니다: 캐나다 재입국 허가(ARC) 없이는, 방문 비자로 허가 없이 일하거나 성노동을 해서 입국 부적격 판정을 받은 뒤 1년 동안 돌아올 수 없고, 이민 공무원에게 거짓말을 해서 배제 명령(exclusion order)을 받은 뒤 5년 동안 돌아올 수 없으며, 형사 유죄 판결이나 추방 명령 뒤에는 결코 돌아올 수 없습니다. 본인이 항공권을 사지 않았다면, ARC를 신청하기 전에 IRCC에 비용을 갚아야 합니다.
    .title = 출국을 결정할 때

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = 일반적으로, 이미 영주권 신청을 해 두었다면 체류가 더 쉽습니다. 영주권자는 입국 부적격 심리에서 IRCC가 영주권을 취소한 뒤에만 퇴거될 수 있습니다. IRCC나 CBSA에 거짓말을 하면 이민법 위반(허위 진술)으로 이어질 수 있고, 영주권 취소 사유가 될 수 있습니다. 이민 당국이 성노동을 이유로 체포하면 모든 임시 신분이 끝나고, 유죄 판결을 받으면 체류가 매우 어려워집니다. 형사 혐의가 계류 중인 동안에는 검찰(Crown)이 기소를 중지하지 않는 한 퇴거될 수 없으며, 기소 중지는 자주 일어납니다: 그 사람을 추방할 수 있도록 혐의를 보류하고, 그 사람이 캐나다를 떠나면 6개월 뒤 혐의가 취하될 수 있습니다. 퇴거를 막으려면 법원에서 많은 작업이 필요합니다: 가능한 한 빨리 변호사에게 알리세요. 일단 떠나면 방문자, 학생, 근로자로 다시 들어오기 어렵습니다.
    .title = 체류를 결정할 때

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = 변호사는 CBSA에 퇴거 연기를 요청할 수 있으며, 그 근거로 캐나다에서는 받을 수 있지만 본국에서는 받을 수 없는 의료, 캐나다에 있는 자녀와 가족, 일이나 학업에 미치는 영향, 또는 생명에 대한 위험을 들 수 있습니다. 거부되면: 연방법원(Federal Court)에 사법 심사 허가(leave for judicial review)를 신청하고, 퇴거 정지 신청(motion to stay removal)을 함께 냅니다. 자격에 따라 다른 선택지로는, 퇴거 정지와 함께 하는 인도적 사유(H&C) 영주권 신청, 그리고 안전이나 생명이 위험하거나 박해나 심각한 위해를 받을 사람을 위한 난민 신청 또는 출국 전 위험 평가(PRRA)가 있습니다. 법률구조가 변호사 비용을 지원할 수 있고, 무료 법률 상담소가 도울 수 있습니다.
    .title = 체류를 위한 선택지

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = 심사는 48시간 안에 또는 그 직후, 그다음 7일 뒤, 그 뒤로는 30일마다 열립니다. 석방 계획, 구금 대안, 보증인 찾기를 위해 이주민 단체 및 성노동자를 지지하는 단체와 관계를 만드세요. 구금 또는 석방의 고려 요소(구금 이유와 기간 등)를 정한 IRPR 248조를 알아 두세요. 퇴거와 그 일정에 대해 CBSA 퇴거 담당관(Removals Officer)과 이야기하세요. 첫 심사 전에 장관 측 대리인(Minister's Counsel)에게 모든 문서의 공개, 공동 제출(joint submission) 가능성, 그리고 그쪽의 우려 사항(신원 등)을 물으세요. 그쪽이 퇴거 일정을 제시하지 못하면, 석방에 유리한 근거가 될 수 있습니다. 체포 전에: 의뢰인의 CBSA 및 IRCC 파일을 받아 두고, 하루 24시간 당신에게 연락할 방법을 알려 주고, 체포되면 즉시 전화하라고 하세요. 그다음 경찰관이나 CBSA 직원에게 석방을 요청하며 의뢰인을 옹호하세요.
    .title = 변호인: 구금 심사 준비

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = 많은 변호사가 성노동자에게 우호적이지 않을 수 있으며, 교육이 필요할 수 있습니다. Butterfly와 다른 지역사회 단체가 변호사나 지정 대리인을 찾도록 돕고, 그 사람의 이익을 지키도록 변호사에게 개입할 수도 있습니다. 구금된 경우, 법률구조(Legal Aid)는 신분과 관계없이 보통 변호사 찾는 것을 도와줄 수 있습니다. 구금된 노동자에게 필요한 기본 정보(묵비권이 없음, 보증인과 보증, 통역사)는 전단 “이민 구금: 당신의 권리를 알아 두세요”를 나눠 주세요.
    .title = 변호사 찾기
