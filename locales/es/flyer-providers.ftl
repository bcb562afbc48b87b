### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = Ley de inmigración y trabajadoras y trabajadores sexuales migrantes: para proveedores de servicios

# source: none (heading of page 1)
providers-heading-1 = Ley de inmigración y trabajadoras y trabajadores sexuales migrantes: estatus, inadmisibilidad, expulsión

# source: none (heading of page 2)
providers-heading-2 = Ley de inmigración y trabajadoras y trabajadores sexuales migrantes: trata, consentimiento, quedarse o irse

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = Para proveedores de servicios legales, sociales, de salud y comunitarios, y para abogados.

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = Resumen de “Immigration Law and Migrant Sex Workers' Rights”, Parte 2 de la serie “Upholding and promoting human rights, justice and access for migrant sex workers” (octubre de 2017). Autores: Tara Santini y Mac Scott. Socios: Chinese Canadian National Council Toronto Chapter; Butterfly (Asian and Migrant Sex Workers Support Network); The Chinese and Southeast Asian Legal Clinic; St. Stephen's Community House. Financiado por The Law Foundation of Ontario.

# source: front matter ("To access the full series of documents")
providers-qr-series = Escanee para ver la serie completa de documentos de información legal

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = Los residentes permanentes pueden trabajar casi en cualquier lugar, para cualquier empleador (salvo algunos empleos de alta seguridad). Los visitantes (visa de turista) en general no pueden trabajar en absoluto, ni para un empleador ni por cuenta propia. Un permiso de trabajo abierto permite trabajar para la mayoría de los empleadores; uno cerrado nombra al empleador. Estudiantes, personas en espera de patrocinio y solicitantes de refugio pueden tener o no permiso para trabajar. Las personas sin estatus (indocumentadas) no pueden trabajar legalmente. Aquí, visa y permiso significan lo mismo.
    .title = Estatus y derecho a trabajar

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = Toda persona sin ciudadanía ni residencia permanente tiene prohibido el trabajo sexual, incluso con un permiso de trabajo abierto. El Reglamento de Inmigración y Protección de Refugiados (IRPR) prohíbe a todos los residentes temporales trabajar para empleadores que ofrecen striptease, baile erótico, servicios de escort o masajes eróticos (ss. 183(1)(b.1) y 196.1(a)). Todo permiso de trabajo es “no válido para empleo en negocios relacionados con el comercio sexual”, lo que abarca empleo, trabajo por cuenta propia y servicios por contrato. Por eso las personas migrantes que hacen trabajo sexual están en infracción, y también pueden violar las reglas sobre declaraciones falsas (misrepresentation), ya que los formularios de inmigración preguntan sobre su trabajo.
    .title = Los residentes temporales no pueden hacer trabajo sexual

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = El estatus se puede perder de un día para otro: se rechaza una solicitud de refugio y se emite una orden de expulsión, se declara inadmisible a la persona, o vence una visa. Un visitante, estudiante o trabajador que pide la renovación antes de la fecha de vencimiento tiene “estatus implícito” (implied status) hasta la decisión.
    .title = El estatus puede cambiar rápido

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = Ser declarado inadmisible significa perder el estatus y recibir la orden de salir de Canadá. Una persona trabajadora sexual migrante puede volverse inadmisible por violar una condición o norma de inmigración (como trabajar en la industria del sexo, o dar información falsa sobre ello), por una condena que lleve a inadmisibilidad criminal, dentro o fuera de Canadá, o por perder el estatus de otra forma (visa vencida, solicitud de refugio rechazada). Las investigaciones penales y municipales pueden tener consecuencias migratorias aun cuando no se presenten cargos.
    .title = Inadmisibilidad

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = Orden de deportación (deportation order): se necesita un permiso especial para regresar a Canadá en cualquier momento en el futuro. Orden de salida (departure order): se necesita un permiso especial para regresar dentro de 1 a 5 años. Orden de salida condicional (conditional departure order): si la persona sale dentro del plazo ordenado, no necesita permiso especial para regresar. La guía también menciona las órdenes de exclusión (exclusion orders: 5 años sin ARC tras mentir a un funcionario de inmigración; véase “Decidir irse”): confírmelo con un abogado.
    .title = Tres tipos de orden de expulsión

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = Una condena (declararse culpable o ser declarado culpable) puede hacer inadmisible a una persona si es por un delito procesable por acusación formal (indictable) o híbrido (la mayoría de los delitos, incluidos recibir un beneficio material, el proxenetismo y la obtención de servicios sexuales), o por dos delitos de cualquier tipo que surjan de hechos distintos (Ley de Inmigración y Protección de Refugiados, IRPA, s. 36(2)).
    .title = Inadmisibilidad criminal sin residencia permanente

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = Una condena puede hacer inadmisible a un residente permanente si la pena impuesta es de más de 6 meses de prisión, o si la pena máxima posible es de 10 años o más, como en el caso de recibir un beneficio material y del proxenetismo (IRPA s. 36(1)). A octubre de 2017, incluso una pena de prisión condicional (conditional sentence of imprisonment) contaba para los 6 meses (R v Tran, 2015 FCA 237), y la Corte Suprema había concedido permiso para apelar.
    .title = Inadmisibilidad criminal con residencia permanente

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = Un descargo (discharge), condicional o incondicional, o los cargos desviados a programas alternativos (diverted charges) no son una condena en derecho migratorio: no llevan a inadmisibilidad criminal, y la persona no perderá su estatus ni será deportada como consecuencia de esa condena. Los mismos hechos aún pueden llevar a inadmisibilidad por incumplir condiciones: informes policiales y multas se han usado como prueba en audiencias de inadmisibilidad.
    .title = Descargos y cargos desviados

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = La persona trabajadora debe conocer todas las consecuencias migratorias antes de decidir qué hacer ante un cargo penal. Los abogados penalistas deben explicarlas y asegurarse de que su cliente reciba asesoría independiente en derecho migratorio. Si usted no está convencido de que esto ocurra, la persona debería contactar directamente a un abogado de inmigración, o usted podría hacerlo, con su consentimiento informado.
    .title = Antes de responder a un cargo

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = Algunas ciudades, como Toronto, Hamilton y Vancouver, tienen una política de “Acceso sin miedo” (Access Without Fear): el personal municipal no debería preguntar por el estatus migratorio, negar servicios a residentes sin estatus ni compartir información con autoridades de inmigración como la CBSA, salvo que la ley lo exija. En la práctica, la policía no ha aplicado estas políticas de forma constante (por ejemplo en Toronto), así que aún puede haber preguntas sobre el estatus e intercambio de información, y las personas migrantes sin estatus tampoco han podido usar los servicios municipales de forma constante. Una persona trabajadora puede querer que alguien de confianza con estatus legal pregunte por un servicio municipal antes de usarlo.
    .title = Ciudades santuario

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = Los servicios sexuales pagados y consensuados no son trata de personas. La trata implica fuerza o coerción física o psicológica además de explotación: por ejemplo, quitarle el pasaporte a alguien, encerrarle u obligarle a trabajar. Tratar todo el trabajo sexual como explotación oculta la explotación real, niega el consentimiento de las personas trabajadoras y las deja sin protecciones laborales. Las personas trabajadoras sexuales migrantes no son víctimas por definición, pero pueden ser víctimas de trata.
    .title = El trabajo sexual no es trata

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = Los operativos y redadas contra la trata dicen apuntar a clientes y terceros, pero normalmente terminan en el arresto, la detención y la deportación de personas trabajadoras sexuales migrantes, aun sin cargos. Se les puede acusar de trata, incluso sin explotación, si trabajan con otras personas trabajadoras sexuales, reciben beneficios materiales de ellas o las ayudan a entrar o trabajar en Canadá. Ese miedo les impide denunciar la explotación o la violencia.
    .title = El daño de las redadas

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
p-consent = Según nuestra experiencia, es esencial no contactar a nadie ni compartir información sobre una persona sin su consentimiento explícito e informado, aunque crea que es víctima de violencia o de trata. Esto es una recomendación, no asesoría legal. Consentimiento informado significa hablar antes de todas las posibles consecuencias negativas. Revelar información sin consentimiento puede traer intervención policial no deseada, investigación, detención y deportación, y destruye la confianza. Aun así, usted puede apoyar a alguien y actuar en una crisis. Puede recomendar un abogado u organizaciones comunitarias: acudir a la policía puede tener consecuencias negativas que deberían explorarse a fondo antes.
    .title = Nada se revela sin consentimiento

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = Usted puede tener obligaciones legales, éticas o profesionales, o políticas, que parezcan contradecir esto. Si no puede ofrecer un servicio anónimo y confidencial, o no puede prometer que no revelará nada sin consentimiento, dígalo claramente antes de que la persona le cuente algo: qué información necesita y por qué, quién puede ver su expediente, y cuándo la compartirá o podría compartirla. Cuando sea posible, atienda a las personas sin pedirles que revelen el trabajo sexual, su estatus o su identidad.
    .title = Explique primero sus límites

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = Una persona que se identifica como víctima de trata puede solicitar a IRCC (Inmigración, Refugiados y Ciudadanía de Canadá) un Permiso de Residencia Temporal (TRP) especial. Un oficial de inmigración la entrevista y decide. Esto a menudo implica una investigación penal o cargos contra las personas que la víctima nombra. Según la política del gobierno, no tiene que declarar contra el acusado. Un TRP es válido por 6 meses y puede renovarse. También puede tener derecho a solicitar la residencia permanente por razones humanitarias (H&C), y debería hablar de su caso con un abogado. Según dónde esté, la asistencia legal puede pagar un abogado; por ley, la asistencia legal no puede compartir información con inmigración.
    .title = Permiso de Residencia Temporal para víctimas de trata

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = Comprar el propio boleto muestra cooperación, hace más probable la liberación hasta la fecha de expulsión y evita tener que pagar el vuelo después. Piense en los arreglos (pertenencias, contrato de alquiler) y en si el abogado puede conseguir una liberación corta para prepararse. Que la persona pueda regresar puede depender de lo siguiente: sin una Autorización para Regresar a Canadá (ARC), no durante 1 año tras ser declarada inadmisible con visa de visitante por trabajar sin permiso o por trabajo sexual; no durante 5 años tras una orden de exclusión por mentir a un funcionario de inmigración; nunca tras una condena penal o una orden de deportación. Sin boleto propio, hay que reembolsar a IRCC antes de solicitar una ARC.
    .title = Decidir irse

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = En general, quedarse es más fácil si ya hay una solicitud de residencia permanente en curso. A un residente permanente solo se le puede expulsar después de que IRCC le revoque la residencia permanente en una audiencia de inadmisibilidad; mentir a IRCC o a la CBSA puede llevar a una infracción de inmigración (declaración falsa, misrepresentation) y puede ser motivo para revocarla. Un arresto por las autoridades de inmigración por trabajo sexual termina con cualquier estatus temporal, y una condena hace muy difícil quedarse. Mientras haya cargos penales pendientes, la persona no puede ser expulsada salvo que la Fiscalía (Crown) suspenda los cargos, lo que ocurre a menudo: los cargos quedan en suspenso para que la persona pueda ser deportada, y si sale de Canadá, los cargos pueden retirarse después de 6 meses. Detener una expulsión exige un trabajo judicial intenso: avise al abogado lo antes posible. Una vez que alguien se va, regresar como visitante, estudiante o trabajador es difícil.
    .title = Decidir quedarse

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = El abogado puede pedir a la CBSA que aplace la expulsión, alegando atención médica disponible en Canadá pero no en el país de origen, el efecto en los hijos y la familia en Canadá, en el trabajo o los estudios, o un riesgo para la vida. Si se rechaza: solicitar permiso para una revisión judicial en la Corte Federal (Federal Court), con una moción para suspender la expulsión. Según la elegibilidad, otras opciones son la residencia permanente por razones humanitarias (H&C) con suspensión de la expulsión, y una solicitud de refugio o una evaluación de riesgos previa a la expulsión (PRRA) para alguien cuya seguridad o vida estaría en riesgo, o que enfrenta persecución o daño grave. La asistencia legal puede financiar un abogado; las clínicas legales gratuitas pueden ayudar.
    .title = Opciones para quedarse

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = Las revisiones son dentro de las 48 horas o poco después, luego a los 7 días, y luego cada 30 días. Cree vínculos con organizaciones de migrantes y organizaciones favorables a las personas trabajadoras sexuales para planes de liberación, alternativas a la detención y para encontrar un fiador. Conozca el art. 248 del IRPR, los factores para detener o liberar (como el motivo y la duración de la detención). Hable con el oficial de expulsiones de la CBSA (Removals Officer) sobre la expulsión y sus plazos. Antes de la primera revisión, pida al abogado del Ministro (Minister's Counsel) la divulgación de todos los documentos, una posible propuesta conjunta y sus preocupaciones (como la identidad); si no pueden dar un plazo de expulsión, eso puede apoyar la liberación. Antes de cualquier arresto: obtenga los expedientes de la CBSA e IRCC del cliente, dele una forma de contactarle las 24 horas, y pídale que le llame de inmediato si lo arrestan; luego abogue ante el agente de policía o de la CBSA por su liberación.
    .title = Abogados: preparar una revisión de la detención

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = Muchos abogados pueden no ser favorables a las personas trabajadoras sexuales y quizá necesiten formación. Butterfly y otros grupos comunitarios pueden ayudar a encontrar un abogado o un representante designado, e intervenir ante el abogado para proteger los intereses de la persona. Si alguien está detenido, Legal Aid normalmente puede ayudar a encontrar un abogado, sin importar su estatus. Para lo básico que necesita una persona trabajadora detenida (sin derecho a guardar silencio, fiadores y fianzas, intérpretes), entregue el volante “Detención migratoria: conozca sus derechos”.
    .title = Encontrar un abogado
