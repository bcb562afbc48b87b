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
# police; very broad powers and discretion; officers must identify themselves)
det-cbsa = Cơ quan Dịch vụ Biên giới Canada (Canada Border Services Agency, CBSA) thi hành luật di trú. Nhân viên CBSA là nhân viên di trú liên bang, không phải cảnh sát, và có quyền hạn rất rộng. Khi nhân viên đến gặp bạn hoặc đến nơi bạn làm việc, họ phải nói họ làm cho ai: thành phố, tỉnh bang hay cơ quan di trú.
    .title = Nhân viên CBSA

# source: §2 "CBSA officers are allowed to ask an individual to provide identification (ID) if"
# (suspected immigration offence; suspected lack of legal status; "any ID that provides
# information about a person's immigration status may lead to the officer finding grounds to
# detain them")
det-id = Chỉ khi họ nghi bạn vi phạm luật hoặc điều kiện di trú, hoặc nghi bạn không có tình trạng di trú hợp pháp. Bất kỳ giấy tờ nào cho thấy tình trạng của bạn đều có thể cho họ lý do để giam giữ bạn.
    .title = Khi nào CBSA được hỏi giấy tờ

# source: §2 "CBSA officers can DETAIN someone if they have reason to believe one of the
# following" and "Generally, only a CBSA officer can arrest someone for committing an immigration
# offence. But if an arrest warrant is issued in their name, a police officer can detain them and
# transfer them to CBSA custody."
det-detain = Nếu họ có lý do để tin rằng: họ không xác nhận được bạn là ai, bạn không có tình trạng di trú hợp pháp, bạn đã vi phạm luật hoặc điều kiện di trú, hoặc có lệnh bắt đứng tên bạn theo một lệnh trục xuất. Thường chỉ CBSA mới bắt người vì vi phạm di trú, nhưng nếu có lệnh bắt đứng tên bạn, cảnh sát có thể giữ bạn và giao bạn cho CBSA.
    .title = Khi nào CBSA được giam giữ bạn

# source: §2 "Finding counsel" ("When someone is detained by the CBSA, they have the right to
# contact counsel and seek their advice before answering questions. Otherwise, unlike in
# criminal law, people do not have the right to silence") and "A bondsperson (BP)" (not
# answering is raised at the detention review to argue for continued detention)
det-lawyer = Nếu CBSA giam giữ bạn, bạn có quyền liên lạc với luật sư và xin lời khuyên trước khi trả lời câu hỏi. Ngoài quyền này, khi bị giam giữ di trú bạn không có quyền im lặng. Nếu bạn không trả lời, điều này có thể bị dùng tại phiên xét lại việc giam giữ để tiếp tục giam bạn.
    .title = Có luật sư, nhưng không có quyền im lặng

# source: §2 "If a migrant sex worker is arrested by the CBSA" (released on terms and
# conditions, or detained until the detention review if the CBSA decides the person is a danger
# to the public, a flight risk, or their identity cannot be confirmed)
det-after-arrest = CBSA có thể thả bạn kèm theo các điều khoản và điều kiện. Hoặc CBSA có thể giam bạn đến phiên xét lại việc giam giữ, nếu họ quyết định rằng bạn nguy hiểm cho công chúng (ví dụ bạn có tiền án), rằng bạn có thể không đến phiên điều trần hoặc không có mặt khi bị trục xuất, hoặc rằng họ không xác nhận được bạn là ai.
    .title = Sau khi bị bắt

# source: §2 "If a migrant sex worker is detained in custody by the CBSA ("detention review")"
# (within 48 hours or soon after, by the Immigration Division, by phone or in person; then 7
# days; then every 30 days; release with a "reasonable alternative to detention", such as a
# bondsperson or the Toronto Bail Program in the Greater Toronto Area)
det-reviews = Nếu CBSA không thả bạn, một tòa án hành chính gọi là Ban Di trú (Immigration Division) sẽ xét lại việc giam giữ bạn trong vòng 48 giờ hoặc ngay sau đó, qua điện thoại hoặc trực tiếp. Nếu bạn vẫn chưa được thả, sẽ có phiên xét lại khác 7 ngày sau, rồi cứ 30 ngày một lần. Tại phiên xét lại, bạn có thể được thả có điều kiện, ví dụ nếu bạn có người bảo lãnh, hoặc nếu Chương trình Bảo lãnh Toronto (Toronto Bail Program) nhận bạn (khu vực Đại Toronto).
    .title = Xét lại việc giam giữ

# source: §2 "A bondsperson (BP)" (provides immigration bail, called a "bond"; usually a key
# factor; comes to the detention review and testifies) and "Factors that may determine if the
# Immigration Division (ID) accepts the bondsperson" (citizen or permanent resident residing in
# Canada; not in default of another guarantee; should not have a criminal record; needs to know
# the person well; living with the BP and a release plan with an address help)
det-bondsperson = Người bảo lãnh (bondsperson) đứng ra bảo lãnh di trú (bond) cho bạn. Đây thường là yếu tố then chốt để được thả. Họ đến phiên xét lại việc giam giữ của bạn và trả lời câu hỏi. Họ phải là công dân Canada hoặc thường trú nhân sống ở Canada, và không được còn nợ tiền của một lần bảo lãnh trước. Họ không nên có tiền án, và phải biết rõ về bạn. Sẽ có lợi nếu bạn sẽ sống cùng họ, và nếu bạn có kế hoạch sau khi được thả, với địa chỉ nơi bạn sẽ sống.
    .title = Người bảo lãnh

# source: §2 "Factors that may determine if the Immigration Division (ID) accepts the
# bondsperson" (employment: no official requirement, but they must explain their ability to
# pay, and the money must not be from criminal or illegal activities) and "Aspects of the
# detention review ... to watch out for" (asked whether they knew the person's status before
# the arrest; no matter the answer, there will be resistance; discuss with counsel in advance)
det-bondsperson-questions = Họ có việc làm không: không bắt buộc phải có việc làm, nhưng họ phải chứng minh có thể trả tiền, bằng tiền không đến từ hoạt động bất hợp pháp. Họ có biết tình trạng di trú của bạn trước khi bạn bị bắt không: trả lời thế nào cũng có thể gây khó khăn. Hãy bàn cả hai câu hỏi với luật sư trước.
    .title = Người bảo lãnh sẽ bị hỏi gì

# source: §2 "There are two types of bonds that the BP can provide" (cash bond: deposited
# upfront, returned when the person leaves Canada or becomes a permanent resident; performance
# bond: no money upfront, up to 1/7 of annual income; the money is lost or collected if the
# person does not follow conditions, or is ordered to leave and does not)
det-bonds = Bảo lãnh bằng tiền mặt (cash bond): người bảo lãnh nộp tiền cho CBSA trước. Họ được nhận lại khi bạn rời Canada hoặc trở thành thường trú nhân. Bảo lãnh cam kết (performance bond): không phải nộp trước; người bảo lãnh cam kết tối đa 1/7 thu nhập một năm của họ. Với cả hai loại, người bảo lãnh mất số tiền đó nếu bạn vi phạm điều kiện, hoặc nếu bạn có lệnh phải rời Canada mà không rời đi.
    .title = Hai loại bảo lãnh

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
det-representative = Nếu vấn đề sức khỏe tâm thần hoặc vấn đề khác khiến bạn rất khó hiểu phiên điều trần, bạn có thể xin một người giúp bạn, gọi là người đại diện được chỉ định (designated representative). Thường tốt nhất là một nhân viên sức khỏe tâm thần hoặc một nhân viên cộng đồng mà bạn tin cậy.
    .title = Giúp đỡ tại phiên điều trần

# source: §2 "Finding counsel" ("It is important to have the Legal Aid Ontario hotline number on
# hand"; Legal Aid, the Refugee Law Office and the Toronto Refugee Advisory Council clinic)
det-counsel = Hãy giữ các số này bên mình, phòng khi bạn bị giam giữ.
    .title = Tìm luật sư

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
