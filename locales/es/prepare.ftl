### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = Prepárese con tiempo: una lista

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = Si algún día inmigración (CBSA) pudiera detenerle, prepare estas cosas desde ahora. Marque cada casilla cuando esté hecho.
    .title = Prepárese con tiempo

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = Trabajadores comunitarios, amistades, familia u organizaciones que puedan ayudar con un plan para su liberación si le detienen.
    .title = Personas que le apoyan

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = Nombres de organizaciones que pueden ayudarle a hacer un plan de liberación.
    .title = Organizaciones

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = Alguien que pueda pagar o prometer una fianza por usted: un ciudadano canadiense o residente permanente que viva en Canadá, le conozca bien, no tenga antecedentes penales, no tenga deudas de una fianza anterior, pueda demostrar cómo pagaría con dinero legal y vaya a su revisión a responder preguntas.
    .title = Un fiador

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = Apréndase de memoria los números de las personas a quienes llamaría. Si le detienen, le quitarán el teléfono y los contactos. Escriba nombres y números solo en un plan que guarde en casa.
    .title = Números de teléfono

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = Alguien de confianza tiene una llave de su casa, para sacar su dinero, sus papeles y sus medicinas.
    .title = Copia de la llave

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = Alguien que vaya a cuidar a sus hijos y que pueda decírselo a la División de Inmigración. Si esta no está segura de que otra persona los cuidará, sus hijos serán detenidos con usted o entregados a una Children's Aid Society (agencia de protección infantil).
    .title = Hijos

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = Lleve consigo las recetas médicas que necesita.
    .title = Recetas médicas

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = Tener identificación facilita la liberación. Pero una identificación de otro país probablemente hará que la CBSA revise su estatus más a fondo. Decida: llevarla consigo, o dejarla con alguien de confianza a quien pueda contactar fácilmente.
    .title = Documentos de identidad

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = Contacte a un abogado o consultor de inmigración de confianza que pueda representarle. Infórmese sobre la asistencia legal y las clínicas legales cerca de usted.
    .title = Abogado

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = Si tal vez quiere irse de Canadá, tenga un pasaporte vigente. Sin pasaporte, salir puede tardar más y usted podría pasar más tiempo en detención.
    .title = Pasaporte

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = En una revisión de la detención, la División de Inmigración (Immigration Division) toma en cuenta el apoyo de su comunidad para decidir si le libera. Otras personas pueden prometer ayudarle con vivienda, atención médica, cuidado de los hijos, cumplir sus condiciones de liberación o salir de Canadá.
    .title = Por qué importa el apoyo

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = Personas de afuera pueden ayudarle a conseguir sus recetas de medicinas u hormonas, ropa, dinero y papeles, llamar a otras personas por usted, y ayudar con sus mascotas o con las personas que dependen de usted. Sus propias llamadas son limitadas y las escuchan, excepto las llamadas con su abogado.
    .title = Si le detienen
