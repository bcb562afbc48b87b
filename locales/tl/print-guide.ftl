### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = Paano i-print ang mga card na ito

# source: none (printing guide: paper)
guide-paper = Gumamit ng plain na puting papel o manipis na card stock na kasinlaki ng papel na para sa sheet na ito (Letter o A4). Mas tumatagal sa wallet ang mas makapal na card stock.
    .title = Papel

# source: none (printing guide: printer settings)
guide-settings = I-print sa tunay na laki: 100%, walang scaling, at huwag piliin ang “fit to page”. Para sa sheet ng mga harap at likod, i-print sa magkabilang panig at i-flip sa mahabang gilid (long edge).
    .title = Settings ng printer

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = I-print sa tunay na laki: 100%, walang scaling, at huwag piliin ang “fit to page”. Mag-print sa isang panig lang ng papel.
    .title = Settings ng printer

# source: none (printing guide: checking alignment)
guide-alignment = Mag-print muna ng isang sheet at itapat ito sa ilaw: dapat nasa mismong likod ng bawat harap ang likod nito. Kung nakausog ang mga likod, sukatin kung ilang milimetro, at gawin ulit ang sheet gamit ang --back-offset (pakanan, pababa).
    .title = Tingnan kung tugma ang harap at likod

# source: none (printing guide: cutting)
guide-cut = Gupitin sa mga linyang itinuturo ng maiikling marka sa mga gilid ng sheet. Sa iisang column, iisang gupit lang ang naghihiwalay sa dalawang magkasunod na row ng card.
    .title = Paggupit

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = Gupitin ang bawat pares, tiklupin sa putol-putol na linya nang nasa labas ang mga panig na may print, at idikit ang dalawang kalahati o i-laminate ang mga ito.
    .title = Pagtiklop

# source: none (printing guide: laminating)
guide-laminate = Mas tumatagal ang card kapag naka-laminate. Gupitin muna ang mga card, saka i-laminate ang bawat isa, na may transparent na gilid na mga 3 mm sa paligid nito.
    .title = Pag-laminate

# source: none (duplex calibration page: title)
calibrate-title = Pagsubok kung tugma ang harap at likod

# source: none (duplex calibration page: how to read it)
calibrate-how = I-print ang pahinang ito sa magkabilang panig ng iisang sheet, sa tunay na laki, at i-flip sa mahabang gilid (long edge). Itapat ang sheet sa ilaw. Makikita ang bawat may-numerong krus na naka-print sa likod sa tabi ng marka na may kaparehong numero sa harap. Basahin ang dalawang sukatan kung saan tumapat ang krus: una ang sukat na pakanan (across), saka ang sukat na pababa (down). Kung hindi 0 ang mga ito, gawin ulit ang iyong mga sheet gamit ang --back-offset across,down.
