### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = Cách in các thẻ này

# source: none (printing guide: paper)
guide-paper = Dùng giấy trắng thường hoặc giấy bìa mỏng, đúng khổ giấy của tờ in này (Letter hoặc A4). Giấy bìa dày hơn sẽ bền hơn khi để trong ví.
    .title = Giấy

# source: none (printing guide: printer settings)
guide-settings = In đúng kích thước thật: 100%, không thu phóng, không chọn “vừa trang” (fit to page). Với tờ in có mặt trước và mặt sau, hãy in hai mặt và lật theo cạnh dài.
    .title = Cài đặt máy in

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = In đúng kích thước thật: 100%, không thu phóng, không chọn “vừa trang” (fit to page). Chỉ in trên một mặt giấy.
    .title = Cài đặt máy in

# source: none (printing guide: checking alignment)
guide-alignment = In thử một tờ trước rồi soi tờ giấy lên chỗ sáng: mỗi mặt sau phải nằm ngay sau mặt trước của nó. Nếu các mặt sau bị lệch, hãy đo xem lệch bao nhiêu milimét, rồi tạo lại tờ in bằng tùy chọn --back-offset (sang phải, xuống dưới).
    .title = Kiểm tra độ khớp hai mặt

# source: none (printing guide: cutting)
guide-cut = Cắt theo các đường mà những vạch ngắn ở mép tờ giấy chỉ vào. Trong cùng một cột, hai hàng thẻ liền nhau dùng chung một đường cắt.
    .title = Cắt

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = Cắt rời từng cặp, gấp theo đường nét đứt sao cho mặt có in nằm ở bên ngoài, rồi dán hai nửa lại với nhau hoặc ép plastic.
    .title = Gấp

# source: none (printing guide: laminating)
guide-laminate = Ép plastic giúp thẻ bền lâu. Hãy cắt thẻ trước, rồi ép từng thẻ, chừa một viền nhựa trong khoảng 3 mm xung quanh.
    .title = Ép plastic

# source: none (duplex calibration page: title)
calibrate-title = Trang thử độ khớp hai mặt

# source: none (duplex calibration page: how to read it)
calibrate-how = In trang này lên hai mặt của cùng một tờ giấy, đúng kích thước thật, lật theo cạnh dài. Soi tờ giấy lên chỗ sáng. Mỗi dấu chữ thập có đánh số in ở mặt sau sẽ hiện xuyên qua giấy, nằm cạnh dấu mốc có cùng số ở mặt trước. Đọc hai thước đo tại chỗ dấu chữ thập nằm: trước hết là số đo sang phải (across), sau đó là số đo xuống dưới (down). Nếu hai số này khác 0, hãy tạo lại các tờ in bằng tùy chọn --back-offset across,down.
