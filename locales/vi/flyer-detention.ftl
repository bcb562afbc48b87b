### The detention flyer (cards/flyer-detention.toml): one page, Letter or A4, in the holder's
### language. Worker-facing: never mention sex work, never name the organization that
### published the source. Phone numbers come from contacts.toml, never from this file.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-detention-title = Giam giữ di trú: biết quyền của bạn

# source: none (the flyer's heading)
flyer-detention-heading = Giam giữ di trú tại Canada: biết quyền của bạn

# source: none (line under the heading; the source's content is Canada-wide with Ontario and
# Toronto details)
flyer-detention-subheading = Nhân viên CBSA được làm gì, điều gì xảy ra sau khi bị bắt, và cách tìm sự giúp đỡ.

# source: §2 "Immigration detention and the CBSA" (the CBSA enforces immigration laws; CBSA
# officers are federal immigration enforcement officers, not municipal, provincial or federal
# police; immigration detention and criminal detention involve different procedures,
# tribunals and detention centres; very broad powers and discretion; officers must identify
# themselves)
det-cbsa = Cơ quan Dịch vụ Biên giới Canada (Canada Border Services Agency, CBSA) thi hành luật di trú. Nhân viên CBSA là nhân viên di trú liên bang, không phải cảnh sát, và có quyền hạn rất rộng. Giam giữ di trú không phải là giam giữ hình sự: luật lệ, tòa án và trại giam đều khác. Khi nhân viên đến gặp bạn hoặc đến nơi bạn làm việc, họ phải nói họ làm cho ai: thành phố, tỉnh bang hay cơ quan di trú.
    .title = Nhân viên CBSA

# source: §2 "Immigration detention and the CBSA" ("very broad powers and discretion") and
# "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them"); "CBSA officers can DETAIN someone if" and "If a migrant sex worker is arrested
# by the CBSA" (an identity the officer cannot confirm is a ground to detain, and to keep
# detained). No "only": the source lists when they may ask, not a limit.
det-id = Nhân viên CBSA có thể hỏi giấy tờ nếu họ nghi bạn vi phạm luật hoặc điều kiện di trú, hoặc nghi bạn không có tình trạng di trú hợp pháp. Quyền hạn của họ rất rộng. Bất kỳ giấy tờ nào cho thấy tình trạng của bạn đều có thể cho họ căn cứ để giam giữ bạn. Và nếu họ không xác nhận được bạn là ai, thì chính điều đó là một lý do để họ có thể giam giữ bạn.
    .title = Khi nào CBSA được hỏi giấy tờ

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = Nếu họ có lý do để tin rằng: họ không xác nhận được bạn là ai, bạn không có tình trạng di trú hợp pháp, bạn đã vi phạm luật hoặc điều kiện di trú, hoặc có lệnh bắt đứng tên bạn theo một lệnh trục xuất. Nói chung, chỉ CBSA mới bắt người vì vi phạm di trú. Nhưng nếu có lệnh bắt đứng tên bạn, cảnh sát có thể giữ bạn và giao bạn cho CBSA.
    .title = Khi nào CBSA được giam giữ bạn

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" ("Criminal and municipal
# investigations ... may lead to immigration consequences ..., even when they are not charged
# with a criminal or municipal offence") and its case study, src L193 (a city-bylaw ticket; "The
# police asked Mui Ying to stay – while he called the CBSA"; the police report and the ticket
# "were used as evidence" at the inadmissibility hearing); §2 "A bondsperson (BP)" (on a
# warrant, police can detain and transfer to CBSA custody)
det-police = Cảnh sát có thể gọi CBSA. Một cuộc điều tra của cảnh sát hoặc của thành phố có thể gây hậu quả về di trú, kể cả khi bạn không bao giờ bị buộc tội: biên bản của cảnh sát và giấy phạt đã từng bị dùng làm bằng chứng chống lại người khác tại các phiên điều trần di trú.
    .title = Cảnh sát và nhân viên thành phố

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" ("this will
# be raised as a factor at the detention review ... to argue that the person should continue to
# be held"); §5 "...deciding whether to STAY" ("lying to IRCC or the CBSA may lead to an
# immigration offence (misrepresentation)")
det-lawyer = Nếu CBSA giam giữ bạn, bạn có quyền liên lạc với luật sư và xin lời khuyên trước khi trả lời câu hỏi. Ngoài quyền này, khi bị giam giữ di trú bạn không có quyền im lặng. Nếu bạn không trả lời, điều này sẽ bị dùng tại phiên xét lại việc giam giữ để lập luận rằng bạn nên tiếp tục bị giam. Đừng nói dối CBSA hoặc IRCC: nói dối có thể dẫn đến vi phạm luật di trú (khai man, misrepresentation).
    .title = Có luật sư, nhưng không có quyền im lặng

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA có thể thả bạn kèm theo các điều khoản và điều kiện. Hoặc CBSA có thể giam bạn đến phiên xét lại việc giam giữ, nếu họ quyết định rằng bạn nguy hiểm cho công chúng (ví dụ bạn có tiền án), rằng bạn có thể không đến phiên điều trần hoặc không có mặt khi bị trục xuất, hoặc rằng họ không xác nhận được bạn là ai.
    .title = Sau khi bị bắt

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area, "this includes if the
# worker is held at Vanier") and "Community support is an important factor" ("For people
# considered by CBSA to be a danger to the public or a flight risk, having the support of
# supervisory organizations like the Toronto Bail Program may be helpful")
det-reviews = Nếu CBSA không thả bạn, một tòa án hành chính gọi là Ban Di trú (Immigration Division) sẽ xét lại việc giam giữ bạn trong vòng 48 giờ hoặc không lâu sau đó, qua điện thoại hoặc trực tiếp. Nếu bạn vẫn chưa được thả, sẽ có phiên xét lại khác 7 ngày sau, rồi cứ 30 ngày một lần. Tại phiên xét lại, bạn có thể được thả có điều kiện, ví dụ nếu bạn có người bảo lãnh, hoặc nếu Chương trình Bảo lãnh Toronto (Toronto Bail Program) nhận bạn (khu vực Đại Toronto, kể cả khi bạn bị giam ở Vanier Centre). Nếu CBSA nói bạn nguy hiểm cho công chúng hoặc có thể không đến phiên điều trần, chương trình này có thể giúp ích.
    .title = Xét lại việc giam giữ

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; "usually a key
# factor in determining whether they will be released"; comes to the detention review and
# testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Người bảo lãnh (bondsperson) đứng ra bảo lãnh di trú (bond) cho bạn, và thường là một yếu tố then chốt để bạn được thả hay không. Họ đến phiên xét lại việc giam giữ của bạn và trả lời câu hỏi. Họ phải là công dân Canada hoặc thường trú nhân sống ở Canada, và không được còn nợ tiền của một lần bảo lãnh trước. Họ không nên có tiền án, và phải biết rõ về bạn. Sẽ có lợi nếu bạn sẽ sống cùng họ, và nếu bạn có kế hoạch sau khi được thả, với địa chỉ nơi bạn sẽ sống.
    .title = Người bảo lãnh

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; "No matter what answer the BP provides, there will be resistance"; discuss with
# counsel in advance)
det-bondsperson-questions = Họ có việc làm không: không bắt buộc phải có việc làm, nhưng họ phải chứng minh có thể trả tiền, bằng tiền không đến từ hoạt động bất hợp pháp. Họ có biết tình trạng di trú của bạn trước khi bạn bị bắt không: dù trả lời thế nào, cũng sẽ gặp sự phản đối. Hãy bàn cả hai câu hỏi với luật sư trước.
    .title = Người bảo lãnh sẽ bị hỏi gì

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" ("the residential address of where the person will live if released") and the
# case study, src L388 ("She also could not provide ID with an address where she would stay,
# which is a condition necessary for her release"; a community organization helped her find a
# shelter and a legal representative)
det-address = Để được thả, bạn cần một địa chỉ nơi bạn sẽ sống. Các tổ chức cộng đồng có thể giúp bạn tìm chỗ ở, như nhà tạm trú, và tìm người đại diện cho bạn tại phiên xét lại.
    .title = Địa chỉ nơi ở

# source: §2 "Aspects of the detention review ... to watch out for: If they have children or
# family in Canada" (the ID will argue they are less likely to leave; children detained with
# them can favour release; they may need to argue the children will leave with them and need
# their parent; discuss H&C with counsel) and "Community support is an important factor"
# ("children will be detained with the person or turned over to a Children's Aid Society if the
# tribunal is not assured that someone else will take care of them")
det-children = Nếu bạn có con hoặc gia đình ở Canada, Ban Di trú sẽ dùng điều đó chống lại bạn: họ sẽ nói bạn ít có khả năng rời Canada hơn. Nếu con bạn bị giam cùng bạn, điều này có thể giúp bạn được thả. Có thể bạn cần lập luận rằng con bạn sẽ rời đi cùng bạn và các con cần cha mẹ. Hãy hỏi luật sư về hồ sơ xin vì lý do nhân đạo (humanitarian and compassionate, H&C). Nếu Ban Di trú không chắc có người khác sẽ chăm sóc con bạn, con bạn sẽ bị giam cùng bạn hoặc bị giao cho Hội Bảo trợ Trẻ em (Children's Aid Society).
    .title = Con cái và gia đình

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Bảo lãnh bằng tiền mặt (cash bond): người bảo lãnh nộp tiền cho CBSA trước. Họ được nhận lại khi bạn rời Canada hoặc trở thành thường trú nhân. Bảo lãnh cam kết (performance bond): không phải nộp trước; người bảo lãnh cam kết tối đa 1/7 thu nhập một năm của họ. Với cả hai loại, người bảo lãnh mất số tiền đó nếu bạn vi phạm điều kiện, hoặc nếu bạn có lệnh phải rời Canada mà không rời đi.
    .title = Hai loại bảo lãnh

# source: §2 "Community support is also important for someone who is detained" ("keep in mind
# that they have limited access to phone calls and, other than speaking with counsel, their
# calls are monitored"; contacting people for them)
det-calls = Khi bị giam giữ, các cuộc gọi điện thoại của bạn bị giới hạn và có người nghe, trừ cuộc gọi với luật sư. Người bên ngoài có thể gọi điện giúp bạn.
    .title = Gọi điện khi bị giam

# source: §2 "Language and Interpreters" (the Immigration Division has the duty to provide an
# interpreter for the detainee and relevant witnesses; request one in writing ahead of time if
# none is assigned; an interpreter may be rejected if not impartial, so asking relatives or
# friends is generally not a good idea; inaccurate interpreting may be raised and the hearing
# postponed)
det-interpreter = Ban Di trú phải cung cấp thông dịch viên cho bạn và các nhân chứng của bạn. Nếu chưa có ai được chỉ định, bạn hoặc luật sư nên xin bằng văn bản trước phiên điều trần. Người thân hoặc bạn bè có thể bị từ chối vì không trung lập, nên tốt hơn là đừng nhờ họ. Nếu thông dịch sai, hãy nói ra: phiên điều trần có thể được dời lại để tìm thông dịch viên khác.
    .title = Thông dịch viên

# source: §2 "Navigating immigration hearings and non-judgmental representation" (a Designated
# Representative for someone whose mental health or other issues make it very difficult to
# understand the hearing; usually a mental health worker or trusted community worker is best)
# and "Finding counsel" ("discuss whether it is worth it to disclose those issues to IHC staff or
# the CBSA. In certain cases, detainees have been transferred from Immigration Holding Centres to
# maximum security jails because the jails ostensibly have greater psychiatric support
# capacity"): the warning stands beside the invitation.
det-representative = Nếu vấn đề sức khỏe tâm thần hoặc vấn đề khác khiến bạn rất khó hiểu phiên điều trần, bạn có thể xin một người giúp bạn, gọi là người đại diện được chỉ định (designated representative). Thường tốt nhất là một nhân viên sức khỏe tâm thần hoặc một nhân viên cộng đồng mà bạn tin cậy. Trước khi nói với CBSA hoặc nhân viên trung tâm giam giữ về vấn đề sức khỏe tâm thần, hãy nói chuyện với luật sư trước: đã có người bị chuyển từ trung tâm giam giữ di trú sang nhà tù an ninh tối đa.
    .title = Giúp đỡ tại phiên điều trần

# source: §5 "Deciding to stay or leave" ("If a sex worker is detained, it is important they
# that are informed of all possible options, as well as the length of time that each procedure
# requires"; whether they are released or detained while waiting "may be a significant factor
# in deciding whether to contest deportation")
det-options = Nếu bạn bị giam giữ, hãy yêu cầu được cho biết mọi lựa chọn bạn có, và mỗi lựa chọn mất bao lâu. Việc bạn có bị giam trong lúc chờ hay không có thể quan trọng khi bạn quyết định có chống lại việc trục xuất hay không.
    .title = Ở lại hay rời đi

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (buying their own
# ticket "shows cooperation and means they are more likely to be released until their
# deportation date", and no refund of the flight if they come back; "If the person has a
# criminal conviction or they are subject to a deportation order, they won't ever be able to
# return to Canada without an ARC"; "If they don't buy their own plane ticket, they will have to
# reimburse ... (IRCC) before it is possible for them to apply for an ARC")
det-leave = Tự mua vé máy bay cho thấy bạn hợp tác, và giúp bạn dễ được thả cho đến ngày bị trục xuất hơn. Nếu bạn không tự mua vé, bạn sẽ phải trả lại tiền vé cho IRCC trước khi có thể xin Giấy phép Trở lại Canada (Authorization to Return to Canada, ARC). Sau một lệnh trục xuất hoặc một bản án hình sự, bạn sẽ không bao giờ được trở lại Canada nếu không có ARC.
    .title = Nếu bạn muốn rời đi

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("If they want to
# stay, tell counsel as soon as possible as preparing submissions is time consuming. Legal aid
# may provide funds to hire a lawyer ..., and there may be free legal clinics") and "Options may
# include" ("If the person's security or life would be at risk or if they are at risk of
# persecution or serious harm ..., they may also want to apply for a refugee claim or a
# pre-removal risk assessment (PRRA)"; they need to discuss their case with a lawyer)
det-stay = Hãy báo cho luật sư càng sớm càng tốt: chuẩn bị hồ sơ của bạn cần thời gian. Trợ giúp pháp lý (legal aid) có thể trả phí luật sư, và các phòng tư vấn pháp lý miễn phí có thể giúp. Nếu tính mạng hoặc sự an toàn của bạn sẽ gặp nguy ở nước bạn bị đưa về, hoặc bạn có thể bị ngược đãi hay bị hại nghiêm trọng ở đó, hãy hỏi luật sư về việc xin tị nạn hoặc đánh giá rủi ro trước khi trục xuất (PRRA).
    .title = Nếu bạn muốn ở lại

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic) and
# "...prepare in advance" ("Have they memorized the phone numbers ...? Their cell phone and
# contact list will be taken from them if they are detained.")
det-counsel = Hãy học thuộc lòng các số này: nếu bạn bị giam giữ, điện thoại và danh bạ của bạn sẽ bị lấy đi.
    .title = Tìm luật sư

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally, not only for permits)
det-legal-aid-note = Nếu bạn bị giam giữ, Legal Aid thường có thể giúp bạn tìm luật sư, bất kể tình trạng di trú của bạn. Theo luật, Legal Aid không được chia sẻ thông tin về bạn với cơ quan di trú.

# source: §2 "Finding counsel" ("If they are detained in or around Toronto, in a jail such as the
# Vanier Centre for Women, they can ask to call the Refugee Law Office ... They are free and take
# collect calls.")
det-refugee-law-office-note = Miễn phí, nhận cuộc gọi do người nhận trả tiền. Nếu bạn bị giam ở Toronto hoặc vùng lân cận, ví dụ trong nhà tù như Vanier Centre for Women, hãy xin gọi cho họ.

# source: §2 "Finding counsel" ("If they are detained in the Toronto Immigration Holding Centre,
# there is a clinic there called the Toronto Refugee Advisory Council. They can ask to see them
# free of charge.") The source gives no phone number.
det-trac-note = Phòng tư vấn pháp lý bên trong Trung tâm Giam giữ Di trú Toronto (Toronto Immigration Holding Centre). Nếu bạn bị giam ở đó, hãy xin gặp họ. Miễn phí.

# source: §2 "CBSA officers are allowed to ask an individual to provide identification" ("For
# more information on CBSA officers asking for ID, see: Migrants Know Your Rights!")
det-qr-more = Quét để biết thêm về quyền của bạn với CBSA: “Migrants Know Your Rights!”
