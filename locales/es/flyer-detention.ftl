### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = Detención migratoria: conozca sus derechos

# source: none (the flyer's heading)
flyer-detention-heading = Detención migratoria en Canadá: conozca sus derechos

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = Lo que pueden hacer los agentes de la CBSA, qué pasa después de un arresto y cómo conseguir ayuda.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = La Agencia de Servicios Fronterizos de Canadá (CBSA) hace cumplir la ley de inmigración. Sus agentes son agentes federales de inmigración, no policías, y tienen poderes muy amplios. La detención migratoria no es una detención penal: las reglas, los tribunales y los centros de detención son distintos. Cuando unos agentes vienen a verle a usted o a su lugar de trabajo, deben decir para quién trabajan: la ciudad, la provincia o inmigración.
    .title = Agentes de la CBSA

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = La CBSA puede pedir identificación si sospecha que usted violó una ley o condición de inmigración, o que no tiene estatus migratorio legal. Sus poderes son muy amplios. Toda identificación que muestre su estatus puede darle motivos para detenerle. Y si no puede confirmar quién es usted, eso ya es un motivo para detenerle.
    .title = Cuándo la CBSA puede pedir identificación

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = Si tienen motivos para creer que no pueden confirmar quién es usted, que no tiene estatus migratorio legal, que violó una ley o condición de inmigración, o que hay una orden de arresto a su nombre por una orden de deportación. En general, solo la CBSA arresta a personas por infracciones de inmigración. Pero si hay una orden de arresto a su nombre, la policía puede retenerle y entregarle a la CBSA.
    .title = Cuándo la CBSA puede detenerle

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = La policía puede llamar a la CBSA. Una investigación de la policía o de la ciudad puede tener consecuencias migratorias aunque nunca le acusen de nada: informes policiales y multas se han usado como prueba contra personas en audiencias de inmigración.
    .title = Policía y agentes municipales

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = Si la CBSA le detiene, tiene derecho a contactar a un abogado y pedirle consejo antes de responder preguntas. Fuera de eso, en la detención migratoria no tiene derecho a guardar silencio. Si no responde, esto se usará en su revisión de la detención para argumentar que debe seguir en detención. No mienta a la CBSA ni a IRCC: mentir puede llevar a una infracción de inmigración (declaración falsa, misrepresentation).
    .title = Abogado sí, pero sin derecho al silencio

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = La CBSA puede liberarle con términos y condiciones. O puede mantenerle en detención hasta una revisión si decide que usted es un peligro para el público (p. ej., antecedentes penales), que podría no presentarse a su audiencia o a su expulsión, o que no puede confirmar quién es usted.
    .title = Después de un arresto

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = Si la CBSA no le libera, un tribunal llamado División de Inmigración (Immigration Division) revisa su detención dentro de las 48 horas o poco después, por teléfono o en persona. Si aún no le liberan, hay otra revisión 7 días después, y luego una cada 30 días. En una revisión pueden liberarle con condiciones, por ejemplo si tiene un fiador, o si el Programa de Fianzas de Toronto (Toronto Bail Program) le acepta (Área Metropolitana de Toronto, también si le tienen en el Vanier Centre). Si la CBSA dice que usted es un peligro para el público o que podría no presentarse a su audiencia, el Programa de Fianzas de Toronto puede ser útil.
    .title = Revisiones de la detención

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Un fiador (bondsperson) da una fianza migratoria (bond) por usted, y normalmente es un factor clave para que le liberen. El fiador va a su revisión de la detención y responde preguntas. Debe ser ciudadano canadiense o residente permanente que viva en Canadá, y no debe tener deudas de una fianza anterior. No debería tener antecedentes penales, y debe conocerle bien. Ayuda si usted va a vivir con esa persona, y si tiene un plan de liberación con la dirección donde vivirá.
    .title = Un fiador

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = Si tiene empleo: no es obligatorio, pero debe demostrar que puede pagar, con dinero que no venga de actividades ilegales. Si conocía su estatus migratorio antes de su arresto: responda lo que responda, habrá resistencia. Hable primero de ambas preguntas con un abogado.
    .title = Qué le preguntarán al fiador

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = Para que le liberen, necesita una dirección donde vivirá. Las organizaciones comunitarias pueden ayudarle a encontrar un lugar, como un albergue, y a alguien que le represente en su revisión.
    .title = Una dirección donde vivir

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = Si tiene hijos o familia en Canadá, la División de Inmigración lo usará en su contra: dirá que es menos probable que usted salga de Canadá. Si sus hijos están detenidos con usted, esto puede ayudar a que le liberen. Puede que tenga que argumentar que sus hijos saldrán con usted y que necesitan a su madre o padre. Pregunte a un abogado por una solicitud por razones humanitarias (humanitarian and compassionate, H&C). Si la División de Inmigración no está segura de que otra persona cuidará a sus hijos, serán detenidos con usted o entregados a una Children's Aid Society (agencia de protección infantil).
    .title = Hijos y familia

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Fianza en efectivo (cash bond): el fiador primero paga dinero a la CBSA. Lo recupera cuando usted sale de Canadá o se hace residente permanente. Fianza de cumplimiento (performance bond): no se paga nada antes; el fiador promete hasta 1/7 de su ingreso anual. En ambos casos, pierde el dinero si usted incumple sus condiciones o no sale de Canadá cuando se lo ordenan.
    .title = Dos tipos de fianza

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = En la detención sus llamadas son limitadas y las escuchan, salvo las de su abogado. Personas de afuera pueden llamar por usted.
    .title = Llamadas en la detención

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = La División de Inmigración debe darles un intérprete a usted y a sus testigos. Si no le han asignado uno, usted o su abogado deberían pedirlo por escrito antes de la audiencia. Un familiar o amigo puede ser rechazado por no ser neutral: mejor no pedírselo. Si la interpretación está mal, dígalo: la audiencia puede aplazarse para conseguir otro intérprete.
    .title = Intérpretes

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = Si por problemas de salud mental u otros le resulta muy difícil entender la audiencia, puede pedir la ayuda de un representante designado. Lo mejor suele ser un trabajador de salud mental o comunitario de confianza. Antes de contar a la CBSA o al personal del centro de detención que tiene problemas de salud mental, hable primero con su abogado: hubo personas trasladadas de esos centros a cárceles de máxima seguridad.
    .title = Ayuda en la audiencia

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = Si le detienen, pida conocer todas sus opciones y cuánto tarda cada una. Seguir o no en detención mientras espera puede importar al decidir si se opone a la expulsión.
    .title = Quedarse o irse

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = Comprar su propio boleto de avión muestra que usted coopera, y hace más probable que le liberen hasta la fecha de su expulsión. Si no lo compra, deberá reembolsar el vuelo a IRCC antes de pedir una Autorización para Regresar a Canadá (ARC). Después de una orden de deportación o una condena penal, nunca podrá volver sin una ARC.
    .title = Si quiere irse

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = Avise cuanto antes a un abogado: preparar su caso lleva tiempo. La asistencia legal puede pagarlo, y las clínicas legales gratuitas pueden ayudar. Si en el país adonde le enviarían su vida o su seguridad estarían en peligro, o podría sufrir persecución o daños graves, consulte a su abogado sobre pedir refugio o una evaluación de riesgo previa a la expulsión (PRRA).
    .title = Si quiere quedarse

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = Apréndase estos números de memoria: si le detienen, le quitarán el teléfono y sus contactos.
    .title = Consiga un abogado

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = Si le detienen, normalmente puede ayudarle a encontrar un abogado, sin importar su estatus. Por ley, no puede compartir información sobre usted con inmigración.

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = Gratis, y acepta llamadas por cobrar. Si le detienen en Toronto o sus alrededores, por ejemplo en una cárcel como el Vanier Centre for Women, pida llamarles.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = Una clínica dentro del centro de detención de inmigración de Toronto (Toronto Immigration Holding Centre). Si le detienen allí, pida verlos. Es gratis.

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = Escanee para saber más sobre sus derechos ante la CBSA: “Migrants Know Your Rights!”
