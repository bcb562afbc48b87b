### The flyer for service providers and counsel (cards/flyer-providers.toml): two pages,
### Letter or A4. Provider-facing: it may name sex work, which is its subject, and the source
### document and its authors. Page 1 (group "page-1"): status, inadmissibility, removal,
### sanctuary cities. Page 2 (group "page-2"): trafficking, consent, staying or leaving, counsel.

# source: none (the flyer's title, for PDF metadata and listings)
flyer-providers-title = Luật di trú và người lao động tình dục di cư: dành cho người cung cấp dịch vụ

# source: none (heading of page 1)
providers-heading-1 = Luật di trú và người lao động tình dục di cư: tình trạng cư trú, không được phép nhập cảnh, trục xuất

# source: none (heading of page 2)
providers-heading-2 = Luật di trú và người lao động tình dục di cư: buôn người, sự đồng ý, ở lại hay ra đi

# source: front matter ("This document provides information and insight for legal, social,
# health, community, and other service providers")
providers-audience = Dành cho người cung cấp dịch vụ pháp lý, xã hội, y tế và cộng đồng, và luật sư.

# source: front matter (title, series, publication date, authors, partner organizations,
# funder). Provider-facing only: worker cards print common-made-by instead.
flyer-providers-made-by = Tóm tắt từ “Immigration Law and Migrant Sex Workers' Rights”, Phần 2 của loạt tài liệu “Upholding and promoting human rights, justice and access for migrant sex workers” (tháng 10 năm 2017). Tác giả: Tara Santini và Mac Scott. Đối tác: Chinese Canadian National Council Toronto Chapter; Butterfly (Asian and Migrant Sex Workers Support Network); The Chinese and Southeast Asian Legal Clinic; St. Stephen's Community House. Tài trợ bởi The Law Foundation of Ontario.

# source: front matter ("To access the full series of documents")
providers-qr-series = Quét để xem toàn bộ loạt tài liệu thông tin pháp lý

## Page 1

# source: §1 "Different types of immigration status and capacity to work legally in Canada"
# (permanent residence; tourist/visitor visa; work visa, open or closed; student visa;
# sponsorship; refugee claimant; non-status; "visa and permit mean the same thing")
p-status-types = Thường trú nhân có thể làm việc hầu như ở mọi nơi, cho bất kỳ chủ lao động nào (trừ một số ít công việc an ninh cao). Khách thăm (thị thực du lịch) nói chung hoàn toàn không được làm việc, dù cho chủ lao động hay tự làm. Giấy phép lao động mở (open) cho phép làm cho hầu hết các chủ lao động; giấy phép đóng (closed) ghi tên chủ lao động. Du học sinh, người đang chờ bảo lãnh diện gia đình (sponsorship) và người xin tị nạn có thể được hoặc không được phép làm việc. Người không có tình trạng cư trú (không giấy tờ) không thể làm việc hợp pháp. Ở đây, thị thực (visa) và giấy phép (permit) có cùng nghĩa.
    .title = Tình trạng cư trú và quyền làm việc

# source: §1 "Immigration regulations discriminate against migrant sex workers" (everyone
# without citizenship or permanent residence is prohibited from sex work; IRPR ss. 183(1)(b.1)
# and 196.1(a); the work permit condition and the Ministerial Instructions; breach of
# misrepresentation rules)
p-sex-work-barred = Mọi người không có quốc tịch Canada hoặc thường trú đều bị cấm làm lao động tình dục, kể cả khi có giấy phép lao động mở. IRPR cấm mọi cư dân tạm thời làm việc cho chủ lao động cung cấp dịch vụ thoát y, múa khiêu dâm, dịch vụ hộ tống (escort) hoặc mát-xa khiêu dâm (điều 183(1)(b.1) và 196.1(a)). Mọi giấy phép lao động đều ghi “không có giá trị cho việc làm tại các cơ sở kinh doanh liên quan đến ngành tình dục”, áp dụng cho làm thuê, tự làm và dịch vụ theo hợp đồng. Vì vậy, người di cư làm lao động tình dục là vi phạm, và cũng có thể vi phạm quy định về khai man, vì các mẫu đơn di trú có hỏi về công việc của họ.
    .title = Cư dân tạm thời không được làm lao động tình dục

# source: §1 "Immigration status is often precarious and can change quickly" (refused refugee
# claim and removal order; inadmissibility; expired visa; "implied status" when renewal is
# applied for before expiry)
p-status-changes = Tình trạng cư trú có thể mất chỉ sau một ngày: đơn xin tị nạn bị từ chối và có lệnh trục xuất, người đó bị xác định là không được phép nhập cảnh (inadmissible), hoặc thị thực hết hạn. Khách thăm, du học sinh hoặc người lao động nộp đơn gia hạn trước ngày hết hạn có “tình trạng ngầm định” (implied status) cho đến khi có quyết định.
    .title = Tình trạng có thể thay đổi nhanh

# source: §1 "Losing Status, Inadmissibility, Detention, Deportation" (inadmissibility means
# losing status and being ordered to leave; breach of a condition or regulation; criminal
# inadmissibility inside or outside Canada; otherwise losing status) and the note that
# criminal and municipal investigations may lead to immigration consequences without charges
p-inadmissible = Bị xác định là không được phép nhập cảnh (inadmissible) nghĩa là mất tình trạng cư trú và có lệnh phải rời Canada. Người lao động tình dục di cư có thể bị inadmissible vì vi phạm một điều kiện hoặc quy định di trú (như làm việc trong ngành tình dục, hoặc khai man về việc đó), vì một bản án dẫn đến inadmissibility hình sự, ở trong hay ngoài Canada, hoặc vì mất tình trạng theo cách khác (thị thực hết hạn, đơn tị nạn bị bác). Các cuộc điều tra hình sự và của thành phố có thể gây hậu quả về di trú ngay cả khi không có cáo buộc nào.
    .title = Không được phép nhập cảnh (inadmissibility)

# source: §1 "There are three types of removal orders"; §5 "Factors to consider when deciding
# whether to LEAVE Canada" ("If the person lied to an immigration official and is issued an
# exclusion order, they won't be able to return to Canada for 5 years without an ARC"). The
# source's §1 list of three does not include the exclusion order that §5 relies on: say so.
p-removal-orders = Lệnh trục xuất (deportation order): cần có phép đặc biệt để trở lại Canada vào bất kỳ lúc nào trong tương lai. Lệnh rời khỏi (departure order): cần có phép đặc biệt để trở lại trong vòng 1 đến 5 năm. Lệnh rời khỏi có điều kiện (conditional departure order): nếu người đó rời đi trong thời hạn được lệnh, không cần phép đặc biệt để trở lại. Tài liệu hướng dẫn cũng nhắc đến lệnh loại trừ (exclusion order: 5 năm không được trở lại nếu không có ARC, sau khi nói dối nhân viên di trú; xem “Quyết định rời đi”): hãy xác nhận với luật sư.
    .title = Ba loại lệnh buộc rời khỏi Canada

# source: §1 "Criminal inadmissibility: Immigration status and criminal offences" (without
# permanent resident status: an indictable or hybrid offence, including receiving a material
# benefit, procuring and obtaining a sexual service; or two offences of any kind from different
# events; IRPA s. 36(2))
p-criminal-no-pr = Một bản án (nhận tội hoặc bị tuyên có tội) có thể khiến một người bị inadmissible nếu đó là tội theo cáo trạng (indictable) hoặc tội hỗn hợp (hybrid) (hầu hết các tội, kể cả nhận lợi ích vật chất, môi giới và mua dịch vụ tình dục), hoặc hai tội bất kỳ phát sinh từ các sự việc khác nhau (IRPA điều 36(2)).
    .title = Inadmissibility hình sự khi không có thường trú

# source: §1 "Criminal inadmissibility" (with permanent resident status: sentence imposed of more
# than 6 months, or maximum possible sentence of 10 years or more, as for receiving a material
# benefit and procuring; IRPA s. 36(1)); footnote 8 ("even a conditional sentence of
# imprisonment is considered part of the calculation of a prison sentence, see R v Tran, 2015
# FCA 237, leave to Supreme Court granted": unsettled as of the source's date)
p-criminal-pr = Một bản án có thể khiến thường trú nhân bị inadmissible nếu mức án bị tuyên là hơn 6 tháng tù, hoặc nếu mức án tối đa có thể là 10 năm trở lên, như với tội nhận lợi ích vật chất và môi giới (IRPA điều 36(1)). Tính đến tháng 10 năm 2017, ngay cả án tù có điều kiện (conditional sentence of imprisonment) cũng được tính vào 6 tháng (R v Tran, 2015 FCA 237), và Tòa án Tối cao đã cho phép kháng cáo.
    .title = Inadmissibility hình sự khi có thường trú

# source: §1 "Criminal inadmissibility" (a discharge, unconditional or conditional, or diverted
# charges do not result in a conviction for immigration purposes; "they will not lose their
# immigration status or be deported as a consequence of that criminal conviction"); §1 "Losing
# Status" (investigations "may lead to immigration consequences ... even when they are not
# charged") and its case study, src L193 (the police report and a ticket "were used as
# evidence" of breaching work permit conditions at an inadmissibility hearing)
p-discharge = Miễn hình phạt (discharge, có điều kiện hoặc vô điều kiện) hoặc cáo buộc được chuyển hướng xử lý (diverted charges) không phải là bản án theo luật di trú: chúng không dẫn đến inadmissibility hình sự, và người đó sẽ không mất tình trạng di trú hay bị trục xuất do hậu quả của bản án đó. Nhưng cùng những sự việc đó vẫn có thể dẫn đến inadmissibility vì vi phạm điều kiện: biên bản của cảnh sát và giấy phạt đã từng được dùng làm bằng chứng tại các phiên điều trần về inadmissibility.
    .title = Miễn hình phạt và cáo buộc được chuyển hướng

# source: §1 "Criminal inadmissibility" (workers must be informed of all consequences before
# deciding on a criminal charge; criminal lawyers must advise and ensure independent immigration
# advice, "It is imperative"; if not convinced, "they should contact one directly, or you could
# do so with their informed consent")
p-criminal-advice = Người lao động phải biết mọi hậu quả về di trú trước khi quyết định làm gì với một cáo buộc hình sự. Luật sư hình sự phải giải thích các hậu quả đó và bảo đảm thân chủ được tư vấn luật di trú độc lập. Nếu bạn không tin chắc điều đó đang diễn ra, người lao động nên trực tiếp liên lạc với luật sư di trú, hoặc bạn có thể làm việc đó, với sự đồng ý có hiểu biết của họ.
    .title = Trước khi nhận tội hay không nhận tội

# source: §3 "Sanctuary cities and 'Access Without Fear' policies" (Toronto, Hamilton,
# Vancouver; city officials not to inquire about status, deny services, or share information
# with immigration authorities unless required by law; police have not applied the policies
# consistently, e.g. Toronto; "non-status migrants have not been able to consistently access
# municipal services"; someone with status may inquire first)
p-sanctuary = Một số thành phố như Toronto, Hamilton và Vancouver có chính sách “Access Without Fear” (Tiếp cận không sợ hãi): nhân viên thành phố không nên hỏi về tình trạng di trú, từ chối dịch vụ cho cư dân không có tình trạng di trú, hoặc chia sẻ thông tin với cơ quan di trú như CBSA, trừ khi luật bắt buộc. Trên thực tế, cảnh sát đã không áp dụng các chính sách này một cách nhất quán (ví dụ ở Toronto), nên vẫn có thể có câu hỏi về tình trạng và việc chia sẻ thông tin, và người di cư không có tình trạng di trú cũng không phải lúc nào cũng sử dụng được các dịch vụ của thành phố. Người lao động có thể muốn nhờ một người tin cậy có tình trạng hợp pháp hỏi về một dịch vụ của thành phố trước khi sử dụng.
    .title = Thành phố trú ẩn (sanctuary cities)

## Page 2

# source: §4 "Distinguish sex work from human trafficking" (consensual paid sexual services are
# not trafficking, which involves force or coercion in addition to exploitation; seeing sex
# work as exploitation hides actual exploitation and invalidates consent) and "Victims of human
# trafficking and a person centered-approach" (examples of coercion; "Migrant sex workers are
# not victims ... However, migrant sex workers can be victims of human trafficking.")
p-not-trafficking = Dịch vụ tình dục tự nguyện và có trả tiền không phải là buôn người. Buôn người bao gồm vũ lực hoặc ép buộc về thể chất hay tâm lý, cùng với bóc lột: ví dụ giữ hộ chiếu của ai đó, giam giữ họ, hoặc ép họ làm việc. Coi mọi lao động tình dục là bóc lột sẽ che giấu sự bóc lột thật sự, phủ nhận sự đồng ý của người lao động và khiến họ không được hưởng sự bảo vệ lao động. Người lao động tình dục di cư không phải là nạn nhân theo định nghĩa, nhưng họ có thể là nạn nhân buôn người.
    .title = Lao động tình dục không phải là buôn người

# source: §4 "Human trafficking initiatives and harmful impacts on migrant sex workers" (raids
# usually result in detention, arrest and deportation even without charges; trafficking charges
# "even in the absence of exploitation, if they work with, receive material benefits from, or
# assist other sex workers to enter or work in Canada"; a disincentive to report exploitation or
# violence)
p-raids = Các chiến dịch chống buôn người và các cuộc đột kích tuyên bố nhắm vào khách hàng và bên thứ ba, nhưng thường dẫn đến việc bắt giữ, giam giữ và trục xuất người lao động tình dục di cư, ngay cả khi không có cáo buộc nào. Người lao động có thể bị buộc tội buôn người, ngay cả khi không có bóc lột, nếu họ làm việc cùng, nhận lợi ích vật chất từ, hoặc giúp những người lao động tình dục khác vào hay làm việc tại Canada. Nỗi sợ này khiến họ không dám trình báo bóc lột hay bạo lực.
    .title = Tác hại của các cuộc đột kích

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
p-consent = Theo kinh nghiệm của chúng tôi, điều thiết yếu là không liên lạc với bất kỳ ai hoặc chia sẻ bất kỳ thông tin nào về một người khi chưa có sự đồng ý rõ ràng và có hiểu biết của họ, kể cả khi bạn nghĩ họ là nạn nhân của bạo lực hoặc buôn người. Đây là khuyến nghị, không phải tư vấn pháp lý. Đồng ý có hiểu biết nghĩa là trước tiên phải trao đổi về mọi hậu quả tiêu cực có thể xảy ra. Tiết lộ mà không có sự đồng ý có thể dẫn đến sự can thiệp không mong muốn của cảnh sát, điều tra, giam giữ và trục xuất, và phá hủy lòng tin. Bạn vẫn có thể hỗ trợ một người và hành động khi có khủng hoảng. Bạn có thể giới thiệu luật sư hoặc các tổ chức cộng đồng: việc ra trình báo với cảnh sát có thể gây hậu quả tiêu cực cần được xem xét kỹ trước.
    .title = Không tiết lộ khi chưa có sự đồng ý

# source: §4 "Victims of human trafficking and a person centered-approach to service delivery"
# (providers may have legal, ethical and professional obligations or organizational policies
# that seem to conflict with the recommendation; if you cannot guarantee confidentiality,
# explain the limits before a migrant sex worker discloses any information; serve people
# anonymously where possible)
p-limits = Bạn có thể có những nghĩa vụ pháp lý, đạo đức hoặc nghề nghiệp, hay những chính sách, có vẻ mâu thuẫn với điều này. Nếu bạn không thể cung cấp dịch vụ ẩn danh và bảo mật, hoặc không thể hứa không tiết lộ khi chưa có sự đồng ý, hãy nói rõ trước khi người đó kể bất cứ điều gì: bạn cần thông tin gì và vì sao, ai có thể xem hồ sơ của họ, và khi nào bạn sẽ hoặc có thể chia sẻ thông tin. Khi có thể, hãy phục vụ mà không yêu cầu họ tiết lộ về lao động tình dục, tình trạng di trú hay danh tính.
    .title = Nói rõ giới hạn của bạn trước

# source: §4 "Victims of human trafficking and Temporary Resident Permits" (TRP from IRCC; "This
# often involves criminal investigation or charges against the individual(s) identified by the
# victim"; no duty to testify under government policy; officer interview; valid 6 months, renewal possible;
# H&C; legal aid may pay for counsel depending on where they are; legal aid cannot share
# information with immigration)
p-trp = Người tự nhận là nạn nhân buôn người có thể nộp đơn cho IRCC xin Giấy phép Cư trú Tạm thời (Temporary Resident Permit, TRP) đặc biệt. Một nhân viên di trú sẽ phỏng vấn và quyết định. Việc này thường kéo theo điều tra hình sự hoặc cáo buộc đối với những người mà nạn nhân nêu tên. Theo chính sách của chính phủ, họ không bắt buộc phải làm chứng chống lại bị cáo. TRP có hiệu lực 6 tháng và có thể được gia hạn. Họ cũng có thể đủ điều kiện xin thường trú vì lý do nhân đạo và từ bi (humanitarian and compassionate, H&C), và nên trao đổi về trường hợp của mình với luật sư. Tùy nơi họ ở, trợ giúp pháp lý (legal aid) có thể trả phí luật sư; theo luật, legal aid không được chia sẻ thông tin với cơ quan di trú.
    .title = Giấy phép Cư trú Tạm thời cho nạn nhân buôn người

# source: §5 "Factors to consider when deciding whether to LEAVE Canada" (own ticket shows
# cooperation, makes release until removal more likely, no refund of the flight if they return;
# arrangements; short release; whether they could return "may depend on the following
# factors": 1 year after a visitor-visa inadmissibility for
# working without a permit or sex work, 5 years after an exclusion order for lying to an
# immigration official, never without an ARC after a criminal conviction or deportation order;
# reimburse IRCC before applying for an ARC if they did not buy their ticket)
p-leave = Tự mua vé cho thấy sự hợp tác, giúp dễ được thả cho đến ngày bị trục xuất hơn, và tránh phải hoàn trả tiền vé máy bay về sau. Hãy tính đến các thu xếp (đồ đạc, hợp đồng thuê nhà) và xem luật sư có thể xin cho được thả ngắn hạn để chuẩn bị không. Việc người đó có thể trở lại hay không có thể phụ thuộc vào những điều sau: nếu không có Giấy phép Trở lại Canada (Authorization to Return to Canada, ARC), thì không được trở lại trong 1 năm sau khi bị xác định inadmissible khi đang có thị thực khách thăm, vì làm việc không có giấy phép hoặc vì lao động tình dục; không được trong 5 năm sau lệnh loại trừ (exclusion order) vì nói dối nhân viên di trú; không bao giờ được sau một bản án hình sự hoặc một lệnh trục xuất. Nếu không tự mua vé, phải hoàn tiền cho IRCC trước khi xin ARC.
    .title = Quyết định rời đi

# source: §5 "Factors to consider when deciding whether to STAY in Canada" ("Generally", a PR
# application helps; PR revoked only through an inadmissibility hearing; lying "may lead to an
# immigration offence (misrepresentation)" and can be grounds to revoke PR; counsel needed, tell
# them early; arrest for sex work revokes temporary status; conviction makes staying very
# difficult; outstanding charges prevent removal unless the Crown stays them, "the prosecutor
# puts the charges on hold so the person can be deported, and if they leave Canada, after 6
# months the charges may be dropped"; returning is difficult after leaving)
p-stay = Nói chung, ở lại sẽ dễ hơn nếu đã nộp sẵn đơn xin thường trú. Thường trú nhân chỉ có thể bị trục xuất sau khi IRCC thu hồi tư cách thường trú (PR) tại một phiên điều trần về inadmissibility; nói dối IRCC hoặc CBSA có thể dẫn đến vi phạm luật di trú (khai man, misrepresentation) và có thể là căn cứ để thu hồi PR. Bị cơ quan di trú bắt vì lao động tình dục sẽ chấm dứt mọi tình trạng tạm thời, và một bản án khiến việc ở lại rất khó khăn. Khi các cáo buộc hình sự chưa được giải quyết, người đó không thể bị trục xuất trừ khi bên Công tố (Crown) đình chỉ các cáo buộc, điều thường xảy ra: các cáo buộc được tạm gác để người đó có thể bị trục xuất, và nếu họ rời Canada, các cáo buộc có thể được hủy sau 6 tháng. Ngăn chặn trục xuất là công việc tại tòa rất nặng nề: hãy báo cho luật sư càng sớm càng tốt. Một khi đã rời đi, việc trở lại với tư cách khách thăm, du học sinh hay người lao động là khó khăn.
    .title = Quyết định ở lại

# source: §5 "If a migrant sex worker wants to stay in Canada ... Options may include" (deferral
# of removal request and its factors; leave for judicial review at the Federal Court with a
# motion to stay removal; H&C with a stay of removal; refugee claim or PRRA; legal aid and free
# legal clinics)
p-stay-options = Luật sư có thể yêu cầu CBSA hoãn trục xuất, viện dẫn dịch vụ y tế có ở Canada nhưng không có ở quê nhà, ảnh hưởng đến con cái và gia đình ở Canada, đến công việc hoặc việc học, hoặc nguy cơ đến tính mạng. Nếu bị từ chối: xin phép xem xét tư pháp (leave for judicial review) tại Tòa án Liên bang (Federal Court), kèm đơn xin tạm hoãn trục xuất. Tùy theo điều kiện, các lựa chọn khác là thường trú vì lý do nhân đạo (H&C) kèm tạm hoãn trục xuất, và đơn xin tị nạn hoặc đánh giá rủi ro trước khi trục xuất (pre-removal risk assessment, PRRA) cho người mà sự an toàn hoặc tính mạng sẽ gặp nguy hiểm, hoặc phải đối mặt với đàn áp hay tổn hại nghiêm trọng. Trợ giúp pháp lý (legal aid) có thể trả phí luật sư; các phòng tư vấn pháp lý miễn phí có thể giúp đỡ.
    .title = Các lựa chọn để ở lại

# source: §2 "Things counsel can do to prepare for the Detention Review (DR)" (links with
# migrant and sex worker positive organizations; s. 248 IRPR factors; Removals Officer; Minister's
# Counsel before the first DR: disclosure, joint submission, no removal timeline "may support the
# argument for release", concerns such as identity; before arrest: CBSA and IRCC files, 24-hour
# contact, call immediately, "then try to advocate with the police officer or CBSA officer to
# release the client") and
# "detention review" (48 hours or soon after, 7 days, every 30 days)
p-counsel-dr = Các phiên xét lại diễn ra trong vòng 48 giờ hoặc không lâu sau đó, rồi sau 7 ngày, rồi cứ 30 ngày một lần. Xây dựng liên kết với các tổ chức người di cư và tổ chức ủng hộ người lao động tình dục để có kế hoạch được thả, biện pháp thay thế giam giữ và liên hệ người bảo lãnh. Nắm vững điều 248 IRPR, các yếu tố để giam giữ hay thả (như lý do và thời gian giam giữ). Trao đổi với Nhân viên Trục xuất (Removals Officer) của CBSA về việc trục xuất và thời hạn. Trước phiên xét lại đầu tiên, yêu cầu Luật sư của Bộ trưởng (Minister's Counsel) công bố mọi tài liệu, hỏi khả năng đệ trình chung (joint submission), và hỏi các mối lo ngại của họ (như danh tính); nếu họ không đưa ra được thời hạn trục xuất, điều đó có thể ủng hộ việc thả. Trước bất kỳ vụ bắt nào: lấy hồ sơ CBSA và IRCC của thân chủ, cho họ cách liên lạc với bạn 24 giờ một ngày, và dặn họ gọi cho bạn ngay nếu bị bắt; sau đó vận động nhân viên cảnh sát hoặc nhân viên CBSA thả họ.
    .title = Luật sư: chuẩn bị cho phiên xét lại việc giam giữ

# source: §2 "Navigating immigration hearings and non-judgmental representation" ("many lawyers
# may not be sex worker positive and they may need to be educated"; Butterfly and other
# community groups may help find a lawyer and/or a designated representative, and intervene with
# the lawyer) and "Finding counsel" (Legal Aid can usually help find a lawyer, whatever the
# status). The detention basics (no right to silence, bondspersons and bonds, interpreters) are
# on the worker flyer, flyer-detention.
p-find-counsel = Nhiều luật sư có thể không có thái độ tích cực với người lao động tình dục và có thể cần được nâng cao hiểu biết. Butterfly và các nhóm cộng đồng khác có thể giúp tìm luật sư hoặc người đại diện được chỉ định, và can thiệp với luật sư để bảo vệ quyền lợi của người đó. Nếu ai đó bị giam giữ, Legal Aid thường có thể giúp tìm luật sư, bất kể tình trạng di trú của họ. Về những điều cơ bản mà người bị giam cần biết (không có quyền im lặng, người bảo lãnh và các loại bảo lãnh, thông dịch viên), hãy phát tờ rơi “Giam giữ di trú: biết quyền của bạn”.
    .title = Tìm luật sư
