### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = Direito de imigração e profissionais do sexo migrantes: para prestadores de serviços

# source: none (heading of page 1)
providers-heading-1 = Direito de imigração e profissionais do sexo migrantes: status, inadmissibilidade, remoção

# source: none (heading of page 2)
providers-heading-2 = Direito de imigração e profissionais do sexo migrantes: tráfico, consentimento, ficar ou sair

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = Para prestadores de serviços jurídicos, sociais, de saúde e comunitários, e para advogados.

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = Resumo de “Immigration Law and Migrant Sex Workers' Rights”, Parte 2 da série “Upholding and promoting human rights, justice and access for migrant sex workers” (outubro de 2017). Autores: Tara Santini e Mac Scott. Parceiros: Chinese Canadian National Council Toronto Chapter; Butterfly (Asian and Migrant Sex Workers Support Network); The Chinese and Southeast Asian Legal Clinic; St. Stephen's Community House. Financiado pela The Law Foundation of Ontario.

# source: front matter ("To access the full series of documents")
providers-qr-series = Escaneie para ver a série completa de documentos de informação jurídica

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = Residentes permanentes podem trabalhar em quase qualquer lugar, para qualquer empregador (exceto alguns empregos de alta segurança). Visitantes (visto de turista) em geral não podem trabalhar de forma alguma, nem para um empregador nem por conta própria. Uma autorização de trabalho aberta permite trabalhar para a maioria dos empregadores; uma fechada indica o empregador. Estudantes, pessoas aguardando patrocínio (sponsorship) e solicitantes de refúgio podem ou não ter permissão para trabalhar. Pessoas sem status (indocumentadas) não podem trabalhar legalmente. Aqui, visto e autorização significam a mesma coisa.
    .title = Status e direito de trabalhar

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = Todas as pessoas sem cidadania ou residência permanente são proibidas de fazer trabalho sexual, mesmo com autorização de trabalho aberta. O IRPR proíbe todos os residentes temporários de trabalhar para empregadores que oferecem striptease, dança erótica, serviços de acompanhantes ou massagem erótica (seções 183(1)(b.1) e 196.1(a)). Toda autorização de trabalho é “não válida para emprego em negócios relacionados ao comércio sexual”, o que abrange emprego, trabalho autônomo e prestação de serviços por contrato. Migrantes que fazem trabalho sexual estão, portanto, em violação, e podem também violar as regras sobre declaração falsa (misrepresentation), já que os formulários de imigração perguntam sobre seu trabalho.
    .title = Residentes temporários não podem fazer trabalho sexual

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = O status pode ser perdido de um dia para o outro: um pedido de refúgio é recusado e uma ordem de remoção é emitida, a pessoa é considerada inadmissível, ou um visto vence. Um visitante, estudante ou trabalhador que pede a renovação antes da data de vencimento tem “status implícito” (implied status) até a decisão.
    .title = O status pode mudar rápido

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = Ser considerado inadmissível significa perder o status e receber ordem de sair do Canadá. Uma pessoa migrante que faz trabalho sexual pode se tornar inadmissível por violar uma condição ou regulamento de imigração (como trabalhar na indústria do sexo, ou fazer declaração falsa sobre isso), por uma condenação que leve à inadmissibilidade criminal, dentro ou fora do Canadá, ou por perder o status de outra forma (visto vencido, pedido de refúgio recusado). Investigações criminais e municipais podem ter consequências de imigração mesmo quando nenhuma acusação é feita.
    .title = Inadmissibilidade

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = Ordem de deportação (deportation order): é preciso uma permissão especial para voltar ao Canadá a qualquer momento no futuro. Ordem de saída (departure order): é preciso uma permissão especial para voltar dentro de 1 a 5 anos. Ordem de saída condicional (conditional departure order): se a pessoa sair dentro do prazo fixado, não precisa de permissão especial para voltar. O guia também menciona ordens de exclusão (exclusion orders: 5 anos sem ARC depois de mentir a um agente de imigração; veja “Decidir sair”): confirme com um advogado.
    .title = Três tipos de ordem de remoção

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = Uma condenação (admissão de culpa ou declaração de culpa pelo tribunal) pode tornar uma pessoa inadmissível se for por um crime processável por acusação formal (indictable) ou híbrido (a maioria dos crimes, incluindo receber benefício material, aliciamento (procuring) e obter serviço sexual), ou por dois crimes de qualquer tipo decorrentes de fatos diferentes (IRPA, seção 36(2)).
    .title = Inadmissibilidade criminal sem residência permanente

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = Uma condenação pode tornar um residente permanente inadmissível se a pena imposta for de mais de 6 meses de prisão, ou se a pena máxima possível for de 10 anos ou mais, como para receber benefício material e aliciamento (IRPA, seção 36(1)). Em outubro de 2017, até uma pena de prisão condicional (conditional sentence of imprisonment) contava para os 6 meses (R v Tran, 2015 FCA 237), e a Suprema Corte tinha autorizado o recurso.
    .title = Inadmissibilidade criminal com residência permanente

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = Uma dispensa de pena (discharge), condicional ou incondicional, ou acusações encaminhadas a medidas alternativas (diversion) não são condenação no direito de imigração: não levam a inadmissibilidade criminal, e a pessoa não vai perder o status nem ser deportada em consequência dessa condenação. Os mesmos fatos ainda podem levar a inadmissibilidade por descumprir condições: boletins de ocorrência e multas já foram usados como prova em audiências de inadmissibilidade.
    .title = Dispensa de pena e medidas alternativas

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = A pessoa deve conhecer todas as consequências de imigração antes de decidir o que fazer diante de uma acusação criminal. Advogados criminalistas devem explicá-las e garantir que o cliente receba orientação independente em direito de imigração. Se você não estiver convencido de que isso está acontecendo, a pessoa deveria contatar diretamente um advogado de imigração, ou você poderia, com o consentimento informado dela.
    .title = Antes de responder à acusação

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = Algumas cidades, como Toronto, Hamilton e Vancouver, têm uma política “Access Without Fear” (acesso sem medo): funcionários da cidade não deveriam perguntar sobre status de imigração, recusar serviços a moradores sem status, nem compartilhar informações com autoridades de imigração como a CBSA, a não ser que a lei exija. Na prática, a polícia não tem aplicado essas políticas de forma consistente (por exemplo em Toronto), então perguntas sobre status e compartilhamento de informações ainda podem acontecer, e migrantes sem status também não têm conseguido usar os serviços da cidade de forma consistente. A pessoa pode querer que alguém de confiança com status legal pergunte sobre um serviço da cidade antes de usá-lo.
    .title = Cidades santuário

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = Serviços sexuais pagos e consensuais não são tráfico de pessoas. O tráfico envolve força ou coerção física ou psicológica, além de exploração: por exemplo, tomar o passaporte de alguém, mantê-lo em cárcere ou forçá-lo a trabalhar. Tratar todo trabalho sexual como exploração esconde a exploração real, nega o consentimento de quem trabalha e afasta essas pessoas das proteções trabalhistas. Profissionais do sexo migrantes não são vítimas por definição, mas podem ser vítimas de tráfico.
    .title = Trabalho sexual não é tráfico

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = Operações e batidas contra o tráfico dizem ter como alvo clientes e terceiros, mas em geral levam à prisão, detenção e deportação de profissionais do sexo migrantes, mesmo quando nenhuma acusação é feita. Profissionais podem ser acusadas de tráfico, mesmo sem exploração, se trabalharem com outras profissionais do sexo, receberem benefícios materiais delas ou as ajudarem a entrar ou trabalhar no Canadá. O medo disso impede que denunciem exploração ou violência.
    .title = Os danos das batidas

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
p-consent = Na nossa experiência, é essencial não contatar ninguém nem compartilhar nenhuma informação sobre uma pessoa sem o consentimento explícito e informado dela, mesmo que você ache que ela é vítima de violência ou tráfico. Isto é uma recomendação, não orientação jurídica. Consentimento informado significa conversar antes sobre todas as possíveis consequências negativas. Revelar sem consentimento pode trazer envolvimento indesejado da polícia, investigação, detenção e deportação, e destrói a confiança. Você ainda pode apoiar alguém e agir numa crise. Você pode recomendar um advogado ou organizações comunitárias: procurar a polícia pode ter consequências negativas que devem ser bem avaliadas antes.
    .title = Nenhuma revelação sem consentimento

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = Você pode ter obrigações legais, éticas ou profissionais, ou políticas, que pareçam entrar em conflito com isso. Se você não pode oferecer um serviço anônimo e confidencial, ou não pode prometer não revelar sem consentimento, diga isso claramente antes que a pessoa conte qualquer coisa: que informações você precisa e por quê, quem pode ver a ficha dela, e quando você vai ou poderá compartilhá-las. Sempre que possível, atenda as pessoas sem pedir que revelem trabalho sexual, status ou identidade.
    .title = Explique seus limites primeiro

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = Uma pessoa que se identifica como vítima de tráfico pode pedir ao IRCC uma Autorização de Residência Temporária especial (Temporary Resident Permit, TRP). Um agente de imigração a entrevista e decide. Isso muitas vezes envolve uma investigação criminal ou acusações contra as pessoas que a vítima identifica. Pela política do governo, ela não é obrigada a testemunhar contra o acusado. A TRP vale por 6 meses e pode ser renovada. A pessoa também pode ter direito a pedir residência permanente por razões humanitárias (humanitarian and compassionate, H&C), e deveria discutir o caso com um advogado. Dependendo de onde ela está, a assistência jurídica (legal aid) pode pagar um advogado; por lei, a assistência jurídica não pode compartilhar informações com a imigração.
    .title = Autorização de Residência Temporária para vítimas de tráfico

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = Comprar a própria passagem mostra cooperação, torna mais provável a soltura até a data da remoção e evita ter que pagar o voo depois. Pense nos preparativos (pertences, contrato de aluguel) e se o advogado consegue uma soltura curta para a pessoa se preparar. Se a pessoa poderá voltar pode depender do seguinte: sem uma Autorização para Retornar ao Canadá (Authorization to Return to Canada, ARC), não por 1 ano depois de ser considerada inadmissível com visto de visitante por trabalhar sem autorização ou por trabalho sexual; não por 5 anos depois de uma ordem de exclusão (exclusion order) por mentir a um agente de imigração; nunca depois de uma condenação criminal ou de uma ordem de deportação. Sem passagem própria, é preciso reembolsar o IRCC antes de pedir uma ARC.
    .title = Decidir sair

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = Em geral, ficar é mais fácil com um pedido de residência permanente já em andamento. Um residente permanente só pode ser removido depois que o IRCC revoga a residência permanente numa audiência de inadmissibilidade; mentir ao IRCC ou à CBSA pode levar a uma infração de imigração (declaração falsa, misrepresentation) e pode ser motivo para revogá-la. Uma prisão pelas autoridades de imigração por trabalho sexual acaba com qualquer status temporário, e uma condenação torna muito difícil ficar. Enquanto houver acusações criminais pendentes, a pessoa não pode ser removida, a menos que a Coroa (Crown) suspenda as acusações, o que acontece com frequência: as acusações ficam suspensas para que a pessoa possa ser deportada e, se ela sair do Canadá, podem ser retiradas depois de 6 meses. Impedir uma remoção exige trabalho judicial intenso: avise o advogado o quanto antes. Depois que a pessoa sai, voltar como visitante, estudante ou trabalhador é difícil.
    .title = Decidir ficar

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = O advogado pode pedir à CBSA o adiamento da remoção, citando atendimento de saúde disponível no Canadá mas não no país de origem, o efeito sobre filhos e família no Canadá, sobre trabalho ou estudos, ou um risco à vida. Se for recusado: pedir autorização para revisão judicial (leave for judicial review) no Tribunal Federal (Federal Court), com um pedido de suspensão da remoção. Conforme a elegibilidade, outras opções são a residência permanente por razões humanitárias (H&C) com suspensão da remoção, e um pedido de refúgio ou uma avaliação de risco antes da remoção (PRRA) para quem teria a segurança ou a vida em risco, ou enfrenta perseguição ou dano grave. A assistência jurídica pode pagar um advogado; clínicas jurídicas gratuitas podem ajudar.
    .title = Opções para ficar

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = As revisões acontecem em até 48 horas ou logo depois, de novo após 7 dias, e então a cada 30 dias. Crie vínculos com organizações de migrantes e organizações favoráveis a profissionais do sexo para planos de soltura, alternativas à detenção e para encontrar um fiador. Conheça a seção 248 do IRPR, os fatores para detenção ou soltura (como o motivo e a duração da detenção). Converse com o agente de remoção (Removals Officer) da CBSA sobre a remoção e seu prazo. Antes da primeira revisão, peça ao representante do Ministro (Minister's Counsel) a divulgação de todos os documentos, uma possível proposta conjunta (joint submission) e suas preocupações (como identidade); se não puderem dar um prazo de remoção, isso pode favorecer a soltura. Antes de qualquer prisão: obtenha os arquivos do cliente na CBSA e no IRCC, dê a ele um meio de falar com você 24 horas por dia, e peça que ligue para você imediatamente se for preso; depois, defenda a soltura dele junto ao policial ou ao agente da CBSA.
    .title = Advogado: preparar uma revisão da detenção

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = Muitos advogados podem não ser favoráveis a profissionais do sexo e talvez precisem ser sensibilizados. A Butterfly e outros grupos comunitários podem ajudar a encontrar um advogado ou um representante designado, e intervir junto ao advogado para proteger os interesses da pessoa. Em caso de detenção, em geral a Legal Aid pode ajudar a achar um advogado, seja qual for o status da pessoa. Para o básico de que uma pessoa detida precisa (sem direito ao silêncio, fiadores e fianças, intérpretes), distribua o folheto “Detenção de imigração: conheça seus direitos”.
    .title = Encontrar um advogado
