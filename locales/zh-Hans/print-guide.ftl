### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = 如何打印这些卡片

# source: none (printing guide: paper)
guide-paper = 使用普通白纸或薄卡纸，纸张大小要和这张打印页设计的大小一致（Letter 或 A4）。厚一些的卡纸放在钱包里更耐用。
    .title = 纸张

# source: none (printing guide: printer settings)
guide-settings = 按实际大小打印：100%，不要缩放，不要选“适合页面”。打印有正面和背面的那种打印页时，要双面打印，并选择沿长边翻转。
    .title = 打印机设置

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = 按实际大小打印：100%，不要缩放，不要选“适合页面”。只在纸的一面打印。
    .title = 打印机设置

# source: none (printing guide: checking alignment)
guide-alignment = 先打印一张，拿起来对着灯光看：每张卡片的背面应该正好在它的正面后面。如果背面偏了，量一量偏了多少毫米，然后加上 --back-offset（横向，向下）重新生成这张打印页。
    .title = 检查正反面是否对齐

# source: none (printing guide: cutting)
guide-cut = 沿着打印页边缘的短标记所指的线裁剪。同一列中上下相邻的两张卡片共用中间的一条裁剪线。
    .title = 裁剪

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = 把每一对正反面剪下来，沿虚线对折，让印有内容的两面朝外，再把两半粘在一起，或者过塑。
    .title = 对折

# source: none (printing guide: laminating)
guide-laminate = 过塑能让卡片更耐用。先把卡片剪开，再一张一张过塑，每张四周留出约 3 毫米的透明边。
    .title = 过塑

# source: none (duplex calibration page: title)
calibrate-title = 正反面对齐测试页

# source: none (duplex calibration page: how to read it)
calibrate-how = 把这一页按实际大小双面打印在同一张纸上，选择沿长边翻转。拿起这张纸对着灯光看。背面印的每个带编号的十字会透过来，出现在正面同一编号的标记旁边。在十字所在的位置读出两个刻度：先读横向（across）的数值，再读向下（down）的数值。如果它们不是 0，就加上 --back-offset across,down 重新生成你的打印页。
