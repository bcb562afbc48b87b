### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = Chuẩn bị trước: danh sách việc cần làm

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = Nếu một ngày bạn có thể bị cơ quan di trú (CBSA) giam giữ, hãy chuẩn bị những điều này ngay từ bây giờ. Đánh dấu vào ô khi đã làm xong.
    .title = Chuẩn bị trước

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = Nhân viên tiếp cận cộng đồng, bạn bè, gia đình hoặc tổ chức có thể giúp lập kế hoạch để bạn được thả nếu bạn bị giam giữ.
    .title = Người hỗ trợ bạn

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = Tên các tổ chức có thể giúp bạn lập kế hoạch để được thả.
    .title = Các tổ chức

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = Một người có thể trả hoặc cam kết tiền bảo lãnh cho bạn: công dân Canada hoặc thường trú nhân sống ở Canada, biết rõ về bạn, không có tiền án, không còn nợ tiền của một lần bảo lãnh trước, chứng minh được sẽ trả bằng tiền hợp pháp thế nào, và sẽ đến phiên xét lại của bạn để trả lời câu hỏi.
    .title = Người bảo lãnh

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = Học thuộc lòng số của những người bạn sẽ gọi. Nếu bạn bị giam giữ, điện thoại và danh bạ sẽ bị lấy đi. Chỉ ghi tên và số vào một kế hoạch bạn cất ở nhà.
    .title = Số điện thoại

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = Một người bạn tin cậy giữ chìa khóa nhà bạn, để lấy tiền, giấy tờ và thuốc của bạn.
    .title = Chìa khóa dự phòng

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = Người sẽ chăm sóc con bạn, và có thể nói điều đó với Ban Di trú. Nếu Ban Di trú không chắc có người khác sẽ chăm sóc con bạn, con bạn sẽ bị giam cùng bạn hoặc bị giao cho Hội Bảo trợ Trẻ em (Children's Aid Society).
    .title = Con cái

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = Mang theo người thuốc theo toa bạn cần.
    .title = Thuốc theo toa

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = Có giấy tờ tùy thân thì dễ được thả hơn. Nhưng giấy tờ của nước khác nhiều khả năng khiến CBSA xem xét kỹ hơn tình trạng của bạn. Hãy quyết định: tự mang theo, hay nhờ một người bạn tin cậy và dễ liên lạc giữ giúp.
    .title = Giấy tờ tùy thân

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = Liên lạc với một luật sư hoặc tư vấn viên di trú đáng tin cậy có thể đại diện cho bạn. Tìm hiểu về trợ giúp pháp lý (legal aid) và các phòng tư vấn pháp lý gần bạn.
    .title = Luật sư

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = Nếu bạn có thể muốn rời Canada, hãy có hộ chiếu còn hạn. Nếu không có, việc rời đi có thể lâu hơn và bạn có thể bị giam lâu hơn.
    .title = Hộ chiếu

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = Tại phiên xét lại việc giam giữ, Ban Di trú (Immigration Division) xem xét sự hỗ trợ từ cộng đồng của bạn khi quyết định có thả bạn hay không. Những người khác có thể hứa giúp bạn về chỗ ở, chăm sóc sức khỏe, trông con, tuân thủ các điều kiện khi được thả, hoặc rời Canada.
    .title = Vì sao sự hỗ trợ quan trọng

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = Người bên ngoài có thể giúp bạn lấy thuốc hoặc hormone theo toa, quần áo, tiền và giấy tờ, gọi điện cho người khác giúp bạn, và giúp chăm thú nuôi hoặc những người sống dựa vào bạn. Các cuộc gọi của chính bạn bị giới hạn và có người nghe, trừ cuộc gọi với luật sư.
    .title = Nếu bạn bị giam giữ
