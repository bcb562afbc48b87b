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
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = A Agência de Serviços de Fronteira do Canadá (CBSA) aplica a lei de imigração. Seus agentes são agentes federais de imigração, não policiais, e têm poderes muito amplos. Quando agentes vêm até você ou ao seu local de trabalho, eles devem dizer para quem trabalham: a cidade, a província ou a imigração.
    .title = Agentes da CBSA

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = Só se suspeitarem que você violou uma lei ou condição de imigração, ou que você não tem status legal de imigração. Qualquer documento que mostre seu status pode dar a eles um motivo para deter você.
    .title = Quando a CBSA pode pedir documento

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = Se tiverem motivo para acreditar que não conseguem confirmar quem você é, que você não tem status legal de imigração, que violou uma lei ou condição de imigração, ou que existe um mandado em seu nome por uma ordem de deportação. Em geral só a CBSA prende pessoas por infrações de imigração, mas se houver um mandado de prisão em seu nome, a polícia pode deter você e entregar você à CBSA.
    .title = Quando a CBSA pode deter você

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = Se a CBSA detiver você, você tem o direito de contatar um advogado e receber orientação antes de responder a perguntas. Fora isso, você não tem direito ao silêncio na detenção de imigração. Se você não responder, isso pode ser usado na revisão da sua detenção para manter você detido.
    .title = Um advogado, mas sem direito ao silêncio

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = A CBSA pode soltar você com termos e condições. Ou pode manter você detido até uma revisão da detenção se decidir que você é um perigo para o público (por exemplo, se tem antecedentes criminais), que você talvez não compareça à sua audiência ou à sua remoção, ou que não consegue confirmar quem você é.
    .title = Depois de uma prisão

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = Se a CBSA não soltar você, um tribunal chamado Divisão de Imigração (Immigration Division) revisa sua detenção em até 48 horas ou logo depois, por telefone ou pessoalmente. Se você ainda não sair, há outra revisão 7 dias depois, e depois uma a cada 30 dias. Numa revisão, você pode sair com condições, por exemplo se tiver um fiador (bondsperson), ou se o Toronto Bail Program aceitar você (região da Grande Toronto).
    .title = Revisões da detenção

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Um fiador (bondsperson) dá uma fiança de imigração (bond) por você. Muitas vezes, isso é o principal para você sair. Ele vai à revisão da sua detenção e responde a perguntas. Ele precisa ser cidadão canadense ou residente permanente que mora no Canadá, e não pode estar devendo dinheiro de uma fiança anterior. Ele não deveria ter antecedentes criminais, e precisa conhecer você bem. Ajuda se você for morar com ele, e se tiver um plano de soltura com o endereço onde vai morar.
    .title = Um fiador

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = Se tem emprego: emprego não é obrigatório, mas ele precisa mostrar que pode pagar, com dinheiro que não venha de atividade ilegal. Se sabia do seu status de imigração antes da sua prisão: qualquer resposta pode causar problemas. Converse sobre as duas perguntas com um advogado antes.
    .title = O que vão perguntar ao fiador

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Fiança em dinheiro (cash bond): o fiador paga o dinheiro à CBSA antes. Ele recebe o dinheiro de volta quando você sair do Canadá ou se tornar residente permanente. Garantia de cumprimento (performance bond): nada é pago antes; o fiador promete até 1/7 da renda anual dele. Nos dois casos, o fiador perde o dinheiro se você descumprir suas condições, ou se você receber ordem de sair do Canadá e não sair.
    .title = Dois tipos de fiança

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = A Divisão de Imigração deve fornecer um intérprete para você e suas testemunhas. Se nenhum foi designado, você ou seu advogado deveriam pedir um por escrito antes da audiência. Um parente ou amigo pode ser recusado por não ser neutro, então é melhor não pedir a eles. Se a interpretação estiver errada, diga: a audiência pode ser adiada para conseguir outro intérprete.
    .title = Intérpretes

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
det-representative = Se problemas de saúde mental ou outros tornam muito difícil para você entender a audiência, você pode pedir alguém para ajudar, chamado representante designado (designated representative). Em geral, o melhor é um profissional de saúde mental ou um agente comunitário de sua confiança.
    .title = Ajuda na audiência

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = Tenha estes números com você, para o caso de uma detenção.
    .title = Consiga um advogado

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
det-qr-more = Escaneie para saber mais sobre seus direitos com a CBSA: “Migrants Know Your Rights!”
