### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = Prepare-se: lista de verificação

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = Se um dia a imigração (CBSA) puder deter você, prepare estas coisas agora. Marque cada quadrinho quando terminar.
    .title = Prepare-se

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = Agentes comunitários, amigos, família ou organizações que possam ajudar com um plano para você sair, em caso de detenção.
    .title = Pessoas que apoiam você

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = Nomes de organizações que podem ajudar você a fazer um plano de soltura.
    .title = Organizações

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = Alguém que possa pagar ou prometer uma fiança por você: cidadão canadense ou residente permanente que mora no Canadá, conhece você bem, não tem antecedentes criminais, não está devendo dinheiro de uma fiança anterior, pode mostrar como pagaria com dinheiro legal e vai à sua revisão para responder a perguntas.
    .title = Um fiador

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = Decore os números das pessoas para quem você ligaria. Em caso de detenção, vão tirar seu celular e seus contatos. Escreva nomes e números só num plano que você guarda em casa.
    .title = Números de telefone

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = Alguém de confiança tem uma chave da sua casa, para pegar seu dinheiro, documentos e remédios.
    .title = Cópia da chave

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = Alguém que vai cuidar dos seus filhos e que possa dizer isso à Divisão de Imigração. Se ela não tiver certeza de que outra pessoa vai cuidar deles, seus filhos serão detidos com você ou entregues a uma Children's Aid Society (proteção à criança).
    .title = Filhos

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = Tenha com você as receitas médicas de que precisa.
    .title = Receitas médicas

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = Documentos facilitam a soltura. Mas um documento de outro país provavelmente fará a CBSA examinar seu status com mais atenção. Decida: levar com você ou deixar com alguém de confiança e fácil de contatar.
    .title = Documentos de identidade

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = Contate um advogado ou consultor de imigração confiável que possa representar você. Informe-se sobre a assistência jurídica (legal aid) e as clínicas jurídicas perto de você.
    .title = Advogado

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = Se você talvez queira sair do Canadá, tenha um passaporte válido. Sem ele, a saída pode demorar mais e você pode ficar mais tempo na detenção.
    .title = Passaporte

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = Na revisão da detenção, a Divisão de Imigração (Immigration Division) olha o apoio que você tem na comunidade para decidir se solta você. As pessoas podem se comprometer a ajudar você com moradia, saúde, cuidado dos filhos, cumprir as condições da soltura ou sair do Canadá.
    .title = Por que o apoio importa

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = Pessoas de fora podem ajudar você a conseguir suas receitas de remédios ou hormônios, roupas, dinheiro e documentos, ligar para pessoas por você, e ajudar com seus animais ou com as pessoas que dependem de você. Suas próprias ligações são limitadas e são escutadas, menos as ligações com seu advogado.
    .title = Durante a detenção
