### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = 如何列印這些卡片

# source: none (printing guide: paper)
guide-paper = 使用一般白紙或薄卡紙，紙張大小要和這張列印頁設計的大小相同（Letter 或 A4）。較厚的卡紙放在皮夾裡比較耐用。
    .title = 紙張

# source: none (printing guide: printer settings)
guide-settings = 以實際大小列印：100%，不要縮放，不要選「符合頁面大小」。列印有正面和背面的那種列印頁時，要雙面列印，並選擇沿長邊翻頁。
    .title = 印表機設定

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = 以實際大小列印：100%，不要縮放，不要選「符合頁面大小」。只在紙張的一面列印。
    .title = 印表機設定

# source: none (printing guide: checking alignment)
guide-alignment = 先列印一張，拿起來對著燈光看：每張卡片的背面應該正好在它的正面後面。如果背面偏了，量一量偏了幾公釐，然後加上 --back-offset（橫向，向下）重新產生這張列印頁。
    .title = 檢查正反面是否對齊

# source: none (printing guide: cutting)
guide-cut = 沿著列印頁邊緣的短標記所指的線裁切。同一欄中上下相鄰的兩張卡片共用中間的一條裁切線。
    .title = 裁切

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = 把每一對正反面剪下來，沿虛線對摺，讓印有內容的兩面朝外，再把兩半黏在一起，或者護貝。
    .title = 對摺

# source: none (printing guide: laminating)
guide-laminate = 護貝能讓卡片更耐用。先把卡片剪開，再一張一張護貝，每張四周留出約 3 公釐的透明邊。
    .title = 護貝

# source: none (duplex calibration page: title)
calibrate-title = 正反面對齊測試頁

# source: none (duplex calibration page: how to read it)
calibrate-how = 把這一頁以實際大小雙面列印在同一張紙上，選擇沿長邊翻頁。拿起這張紙對著燈光看。背面印的每個有編號的十字會透過來，出現在正面同一編號的標記旁邊。在十字所在的位置讀出兩個刻度：先讀橫向（across）的數值，再讀向下（down）的數值。如果它們不是 0，就加上 --back-offset across,down 重新產生你的列印頁。
