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
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = La Agencia de Servicios Fronterizos de Canadá (CBSA) hace cumplir la ley de inmigración. Sus agentes son agentes federales de inmigración, no policías, y tienen poderes muy amplios. Cuando unos agentes vienen a verle a usted o a su lugar de trabajo, deben decir para quién trabajan: la ciudad, la provincia o inmigración.
    .title = Agentes de la CBSA

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = Solo si sospechan que usted violó una ley o condición de inmigración, o que no tiene estatus migratorio legal. Cualquier identificación que muestre su estatus puede darles un motivo para detenerle.
    .title = Cuándo la CBSA puede pedir identificación

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = Si tienen motivos para creer que no pueden confirmar quién es usted, que no tiene estatus migratorio legal, que violó una ley o condición de inmigración, o que hay una orden de arresto a su nombre por una orden de deportación. Normalmente solo la CBSA arresta a personas por infracciones de inmigración, pero si hay una orden de arresto a su nombre, la policía puede retenerle y entregarle a la CBSA.
    .title = Cuándo la CBSA puede detenerle

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = Si la CBSA le detiene, tiene derecho a contactar a un abogado y pedirle consejo antes de responder preguntas. Fuera de eso, en la detención migratoria no tiene derecho a guardar silencio. Si no responde, esto puede usarse en su revisión de la detención para mantenerle en detención.
    .title = Un abogado, pero sin derecho a guardar silencio

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = La CBSA puede liberarle con términos y condiciones. O puede mantenerle en detención hasta una revisión de la detención si decide que usted es un peligro para el público (por ejemplo, tiene antecedentes penales), que podría no presentarse a su audiencia o a su expulsión, o que no puede confirmar quién es usted.
    .title = Después de un arresto

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = Si la CBSA no le libera, un tribunal llamado División de Inmigración (Immigration Division) revisa su detención dentro de las 48 horas o poco después, por teléfono o en persona. Si aún no le liberan, hay otra revisión 7 días después, y luego una cada 30 días. En una revisión pueden liberarle con condiciones, por ejemplo si tiene un fiador, o si el Programa de Fianzas de Toronto (Toronto Bail Program) le acepta (Área Metropolitana de Toronto).
    .title = Revisiones de la detención

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Un fiador (bondsperson) da una fianza migratoria (bond) por usted. A menudo, esto es la clave para salir en libertad. El fiador va a su revisión de la detención y responde preguntas. Debe ser ciudadano canadiense o residente permanente que viva en Canadá, y no debe tener deudas de una fianza anterior. No debería tener antecedentes penales, y debe conocerle bien. Ayuda si usted va a vivir con esa persona, y si tiene un plan de liberación con la dirección donde vivirá.
    .title = Un fiador

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = Si tiene empleo: no es obligatorio, pero debe demostrar que puede pagar, con dinero que no venga de actividades ilegales. Si conocía su estatus migratorio antes de su arresto: cualquier respuesta puede causar problemas. Hable primero de ambas preguntas con un abogado.
    .title = Qué le preguntarán al fiador

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Fianza en efectivo (cash bond): el fiador primero paga dinero a la CBSA. Lo recupera cuando usted sale de Canadá o se hace residente permanente. Fianza de cumplimiento (performance bond): no se paga nada antes; el fiador promete hasta 1/7 de su ingreso anual. Con cualquiera de las dos, el fiador pierde el dinero si usted no cumple sus condiciones, o si le ordenan salir de Canadá y no sale.
    .title = Dos tipos de fianza

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = La División de Inmigración debe darles un intérprete a usted y a sus testigos. Si no le han asignado uno, usted o su abogado deberían pedirlo por escrito antes de la audiencia. Un familiar o amigo puede ser rechazado por no ser neutral, así que es mejor no pedírselo. Si la interpretación está mal, dígalo: la audiencia puede aplazarse para conseguir otro intérprete.
    .title = Intérpretes

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
det-representative = Si por problemas de salud mental u otros le resulta muy difícil entender la audiencia, puede pedir que alguien le ayude: se llama representante designado. Normalmente lo mejor es un trabajador de salud mental o un trabajador comunitario de confianza.
    .title = Ayuda en la audiencia

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = Lleve estos números consigo, por si le detienen.
    .title = Consiga un abogado

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
