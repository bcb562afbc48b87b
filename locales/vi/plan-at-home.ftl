### The plan kept at home (cards/plan-at-home.toml): one page, Letter or A4, in the holder's
### language. It names the people a holder plans with, so it is never carried: a carried card is
### taken on detention with the phone and the contact list, and a bondsperson is asked whether
### they knew about the holder's status before the arrest. Worker-facing: never mention sex
### work. Phone numbers come from contacts.toml, never from this file.

# source: none (the sheet's title, for PDF metadata and listings)
plan-at-home-title = Kế hoạch của tôi, cất ở nhà

# source: §2 "...prepare in advance" ("Their cell phone and contact list will be taken from them
# if they are detained") and "Aspects of the detention review ... to watch out for" (the
# bondsperson is asked if they knew about the person's status before the arrest). The sheet's
# first line: this list must never be carried.
plan-keep-home = Hãy cất giấy này ở nhà hoặc gửi một người mà bạn tin cậy. Đừng mang theo người.

# source: none (the sheet's heading)
plan-heading = Kế hoạch của tôi nếu tôi bị giam giữ

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance" (community support, a bondsperson, memorized phone
# numbers, a spare key, someone for the children, a lawyer, organizations; "Their cell phone and
# contact list will be taken from them if they are detained")
plan-intro = Ghi vào đây những người sẽ giúp bạn nếu bạn bị cơ quan di trú (CBSA) giam giữ. Nếu bạn bị giam giữ, điện thoại và danh bạ của bạn sẽ bị lấy đi: hãy học thuộc lòng số của họ.
    .title = Ai sẽ giúp tôi

# source: §2 "Aspects of the detention review ... to watch out for" ("Immigration will ask the
# BP if they knew about the detained person's immigration status prior to their
# arrest/detention. No matter what answer the BP provides, there will be resistance. Discuss
# this question and answer with counsel in advance.")
plan-bondsperson-note = Người bảo lãnh của bạn sẽ bị hỏi họ có biết tình trạng di trú của bạn trước khi bạn bị bắt không. Dù trả lời thế nào, cũng sẽ gặp sự phản đối: hãy bàn việc này với luật sư trước.
    .title = Về người bảo lãnh của bạn

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key ...";
# "Do they have community support ... that can help with a release plan"); §2 "Community
# support is also important for someone who is detained" (contacting people for them)
plan-write-trusted = Người tôi tin cậy

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?")
plan-write-bondsperson = Người có thể bảo lãnh cho tôi được thả

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
plan-write-children = Người trông con tôi

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
plan-write-spare-key = Người giữ chìa khóa dự phòng

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them?")
plan-write-lawyer = Luật sư của tôi

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
plan-write-organizations = Tổ chức có thể giúp kế hoạch để tôi được thả

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers ...?"). How to
# practise: the days are a schedule for practice, not a fact of the source.
plan-practice = Che từng số lại và đọc thuộc lòng. Nếu đúng, đánh dấu vào ngày đó. Tập vào ngày 1, 2, 4, 7, 14 và 30.
    .title = Học thuộc lòng các số

# source: none (the column heading over the days to tick)
plan-practice-days = Ngày

# source: §2 "Finding counsel" ("If someone is detained, Legal Aid can usually help find a
# lawyer, no matter what their status") and §4 "Victims of human trafficking and Temporary
# Resident Permits" ("Legal aid cannot (by law) share information about someone with
# immigration"; worded generally)
plan-legal-aid-note = Nếu bạn bị giam giữ, Legal Aid thường có thể giúp bạn tìm luật sư, bất kể tình trạng di trú của bạn. Theo luật, Legal Aid không được chia sẻ thông tin về bạn với cơ quan di trú.
