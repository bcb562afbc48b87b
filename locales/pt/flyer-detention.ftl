### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = Detenção de imigração: conheça seus direitos

# source: none (the flyer's heading)
flyer-detention-heading = Detenção de imigração no Canadá: conheça seus direitos

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = O que os agentes da CBSA podem fazer, o que acontece depois de uma prisão e como conseguir ajuda.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = A Agência de Serviços de Fronteira do Canadá (CBSA) aplica a lei de imigração. Seus agentes são agentes federais de imigração, não policiais, e têm poderes muito amplos. Detenção de imigração não é detenção criminal: as regras, os tribunais e os centros de detenção são diferentes. Quando agentes vêm até você ou ao seu local de trabalho, eles devem dizer para quem trabalham: a cidade, a província ou a imigração.
    .title = Agentes da CBSA

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = Os agentes da CBSA podem pedir documento se suspeitarem que você violou uma lei ou condição de imigração, ou que você não tem status legal de imigração. Os poderes deles são muito amplos. Qualquer documento que mostre seu status pode dar a eles motivo para deter você. E se eles não conseguirem confirmar quem você é, isso por si só é um motivo pelo qual podem deter você.
    .title = Quando a CBSA pode pedir documento

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = Se tiverem motivo para acreditar que não conseguem confirmar quem você é, que você não tem status legal de imigração, que violou uma lei ou condição de imigração, ou que existe um mandado em seu nome por uma ordem de deportação. Em geral, só a CBSA prende pessoas por infrações de imigração. Mas se houver um mandado de prisão em seu nome, a polícia pode deter você e entregar você à CBSA.
    .title = Quando a CBSA pode deter você

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = A polícia pode chamar a CBSA. Uma investigação da polícia ou da cidade pode ter consequências de imigração mesmo que você nunca seja acusado: boletins de ocorrência e multas já foram usados como prova contra pessoas em audiências de imigração.
    .title = Polícia e fiscais da cidade

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = Se a CBSA detiver você, você tem o direito de contatar um advogado e receber orientação antes de responder a perguntas. Fora isso, você não tem direito ao silêncio na detenção de imigração. Se você não responder, isso será usado na revisão da sua detenção para defender que você continue detido. Não minta à CBSA nem ao IRCC: mentir pode levar a uma infração de imigração (declaração falsa, misrepresentation).
    .title = Um advogado, mas sem direito ao silêncio

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = A CBSA pode soltar você com termos e condições. Ou pode manter você detido até uma revisão da detenção se decidir que você é um perigo para o público (por exemplo, se tem antecedentes criminais), que você talvez não compareça à sua audiência ou à sua remoção, ou que não consegue confirmar quem você é.
    .title = Depois de uma prisão

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = Se a CBSA não soltar você, um tribunal chamado Divisão de Imigração (Immigration Division) revisa sua detenção em até 48 horas ou logo depois, por telefone ou pessoalmente. Se você ainda não sair, há outra revisão 7 dias depois, e depois uma a cada 30 dias. Numa revisão, você pode sair com condições, por exemplo se tiver um fiador (bondsperson), ou se o Toronto Bail Program aceitar você (região da Grande Toronto, também se você estiver detido no Vanier Centre). Se a CBSA disser que você é um perigo para o público ou que talvez não compareça à sua audiência, o Toronto Bail Program pode ajudar.
    .title = Revisões da detenção

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Um fiador (bondsperson) dá uma fiança de imigração (bond) por você, e em geral é um fator-chave para você sair ou não. Ele vai à revisão da sua detenção e responde a perguntas. Ele precisa ser cidadão canadense ou residente permanente que mora no Canadá, e não pode estar devendo dinheiro de uma fiança anterior. Ele não deveria ter antecedentes criminais, e precisa conhecer você bem. Ajuda se você for morar com ele, e se tiver um plano de soltura com o endereço onde vai morar.
    .title = Um fiador

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = Se tem emprego: emprego não é obrigatório, mas ele precisa mostrar que pode pagar, com dinheiro que não venha de atividade ilegal. Se sabia do seu status de imigração antes da sua prisão: seja qual for a resposta, haverá resistência. Converse sobre as duas perguntas com um advogado antes.
    .title = O que vão perguntar ao fiador

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = Para sair, você precisa de um endereço onde vai morar. Organizações comunitárias podem ajudar você a encontrar um lugar, como um abrigo, e alguém para representar você na revisão.
    .title = Um endereço para morar

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = Se você tem filhos ou família no Canadá, a Divisão de Imigração vai usar isso contra você: vai dizer que é menos provável que você saia do Canadá. Se seus filhos estiverem detidos com você, isso pode ajudar na sua soltura. Talvez você precise defender que seus filhos vão sair com você e que precisam de você, mãe ou pai. Pergunte a um advogado sobre um pedido por razões humanitárias (humanitarian and compassionate, H&C). Se a Divisão de Imigração não tiver certeza de que outra pessoa vai cuidar dos seus filhos, eles serão detidos com você ou entregues a uma Children's Aid Society (proteção à criança).
    .title = Filhos e família

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Fiança em dinheiro (cash bond): o fiador paga o dinheiro à CBSA antes e o recebe de volta quando você sair do Canadá ou se tornar residente permanente. Garantia de cumprimento (performance bond): nada é pago antes; o fiador promete até 1/7 da renda anual dele. Nos dois casos, o fiador perde o dinheiro se você descumprir suas condições ou não sair do Canadá quando receber ordem de sair.
    .title = Dois tipos de fiança

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = Na detenção, suas ligações são limitadas e escutadas, menos as com seu advogado. Pessoas de fora podem ligar por você.
    .title = Ligações na detenção

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = A Divisão de Imigração deve fornecer um intérprete para você e suas testemunhas. Se nenhum foi designado, você ou seu advogado deveriam pedir um por escrito antes da audiência. Parente ou amigo pode ser recusado por não ser neutro: melhor evitar. Se a interpretação estiver errada, diga: a audiência pode ser adiada para trocar de intérprete.
    .title = Intérpretes

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = Se problemas de saúde mental ou outros tornam muito difícil entender a audiência, você pode pedir a ajuda de um representante designado (designated representative). Em geral, o melhor é um profissional de saúde mental ou um agente comunitário de sua confiança. Antes de contar à CBSA ou aos funcionários do centro de detenção sobre problemas de saúde mental, fale primeiro com seu advogado: houve pessoas transferidas desses centros para prisões de segurança máxima.
    .title = Ajuda na audiência

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = Em caso de detenção, peça que expliquem todas as suas opções e quanto tempo cada uma leva. Ficar ou não detido enquanto espera pode pesar na decisão de lutar contra a remoção.
    .title = Ficar ou sair

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = Comprar sua própria passagem mostra que você coopera e torna mais provável que você seja solto até a data da sua remoção. Se não comprar, terá que reembolsar o voo ao IRCC antes de pedir uma Autorização para Retornar ao Canadá (ARC). Depois de uma ordem de deportação ou de uma condenação criminal, você nunca poderá voltar sem uma ARC.
    .title = Se você quer sair

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = Avise um advogado o quanto antes: preparar seu caso leva tempo. A assistência jurídica pode pagar um advogado, e clínicas jurídicas gratuitas podem ajudar. Se sua vida ou sua segurança correriam risco no país para onde você seria mandado, ou se lá você pudesse sofrer perseguição ou dano grave, pergunte ao seu advogado sobre pedir refúgio ou uma avaliação de risco antes da remoção (PRRA).
    .title = Se você quer ficar

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = Aprenda estes números de cor: em caso de detenção, vão tirar seu celular e seus contatos.
    .title = Consiga um advogado

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = Em caso de detenção, em geral pode ajudar você a achar um advogado, seja qual for seu status. Por lei, não pode compartilhar informações sobre você com a imigração.

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = Gratuito e aceita ligações a cobrar. Se a sua detenção for em Toronto ou arredores, por exemplo numa prisão como o Vanier Centre for Women, peça para ligar para eles.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = Uma clínica dentro do Toronto Immigration Holding Centre. Se você estiver detido lá, peça para falar com eles. É gratuito.

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = Escaneie para saber mais sobre seus direitos diante da CBSA: “Migrants Know Your Rights!”
