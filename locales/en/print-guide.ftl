### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = How to print these cards

# source: none (printing guide: paper)
guide-paper = Use plain white paper or thin card stock of the size this sheet is made for (Letter or A4). Heavier card lasts longer in a wallet.
    .title = Paper

# source: none (printing guide: printer settings)
guide-settings = Print at actual size: 100%, no scaling, no "fit to page". For the sheet of fronts and backs, print on both sides and flip on the long edge.
    .title = Printer settings

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = Print at actual size: 100%, no scaling, no "fit to page". Print on one side of the paper only.
    .title = Printer settings

# source: none (printing guide: checking alignment)
guide-alignment = Print one sheet first and hold it up to a light: each back should sit right behind its front. If the backs are shifted, measure by how many millimetres, and build the sheet again with --back-offset (across, down).
    .title = Check the alignment

# source: none (printing guide: cutting)
guide-cut = Cut along the lines the short marks at the edges of the sheet point to. Cards in one column share the cut between two rows.
    .title = Cutting

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = Cut out each pair, fold it on the dashed line with the printed sides outside, and glue the halves together or laminate them.
    .title = Folding

# source: none (printing guide: laminating)
guide-laminate = Laminating makes a card last. Cut the cards first, then laminate each one, leaving a clear edge of about 3 mm around it.
    .title = Laminating

# source: none (duplex calibration page: title)
calibrate-title = Duplex alignment test

# source: none (duplex calibration page: how to read it)
calibrate-how = Print this page on both sides of one sheet, flipping on the long edge, at actual size. Hold the sheet up to a light. Each numbered cross printed on the back shows through next to the target with the same number on the front. Read the two scales where the cross falls: the across value first, then the down value. If they are not 0, build your sheets with --back-offset across,down.
