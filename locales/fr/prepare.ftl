### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = Se préparer : une liste à cocher

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = Si l'immigration (ASFC / CBSA) peut un jour vous détenir, préparez ces choses dès maintenant. Cochez chaque case quand c'est fait.
    .title = Préparez-vous

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = Intervenants de proximité, amis, famille ou organismes qui peuvent aider à faire un plan pour votre libération si on vous détient.
    .title = Les personnes qui vous soutiennent

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = Des noms d'organismes qui peuvent vous aider à faire un plan de libération.
    .title = Organismes

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = Une personne qui pourrait payer ou promettre une caution pour vous : un citoyen canadien ou un résident permanent qui vit au Canada, vous connaît bien, n'a pas de casier judiciaire, ne doit pas d'argent sur une garantie précédente, peut montrer comment il paierait avec de l'argent légal, et viendra à votre contrôle répondre aux questions.
    .title = Un garant

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = Apprenez par cœur les numéros des personnes que vous appelleriez. Si on vous détient, on vous prendra votre téléphone et vos contacts. Notez les noms et les numéros seulement sur un plan que vous gardez à la maison.
    .title = Numéros de téléphone

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = Une personne de confiance a une clé de chez vous, pour prendre votre argent, vos papiers et vos médicaments.
    .title = Double de clé

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = Une personne qui gardera vos enfants et qui peut le dire à la Section de l'immigration. Si la Section n'est pas sûre que quelqu'un d'autre s'occupera d'eux, vos enfants seront détenus avec vous ou confiés à une société d'aide à l'enfance (Children's Aid Society).
    .title = Enfants

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = Gardez sur vous les ordonnances dont vous avez besoin.
    .title = Ordonnances

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = Une pièce d'identité facilite la libération. Mais une pièce d'un autre pays poussera probablement l'ASFC à examiner votre statut de plus près. Décidez : la garder sur vous, ou la confier à une personne de confiance facile à joindre.
    .title = Pièces d'identité

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = Contactez un avocat ou un consultant en immigration fiable qui peut vous représenter. Renseignez-vous sur l'aide juridique et les cliniques juridiques près de chez vous.
    .title = Avocat

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = Si vous voulez peut-être quitter le Canada, ayez un passeport valide. Sans passeport, le départ peut prendre plus de temps et votre détention peut durer plus longtemps.
    .title = Passeport

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = Lors d'un contrôle de la détention, la Section de l'immigration (Immigration Division) tient compte du soutien de votre communauté pour décider de vous libérer ou non. Des personnes peuvent promettre de vous aider pour le logement, les soins de santé, la garde des enfants, le respect de vos conditions de libération ou le départ du Canada.
    .title = Pourquoi le soutien compte

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = Des personnes à l'extérieur peuvent vous aider à obtenir vos ordonnances de médicaments ou d'hormones, vos vêtements, votre argent et vos papiers, appeler des gens pour vous, et aider avec vos animaux ou les personnes qui dépendent de vous. Vos propres appels sont limités et écoutés, sauf les appels avec votre avocat.
    .title = Si on vous détient
