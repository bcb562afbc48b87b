### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = Comment imprimer ces cartes

# source: none (printing guide: paper)
guide-paper = Utilisez du papier blanc ordinaire ou du carton mince, du format prévu pour cette feuille (Letter ou A4). Un carton plus épais dure plus longtemps dans un portefeuille.
    .title = Papier

# source: none (printing guide: printer settings)
guide-settings = Imprimez en taille réelle : 100%, sans mise à l'échelle, sans « ajuster à la page ». Pour la feuille des rectos et des versos, imprimez des deux côtés et retournez sur le bord long.
    .title = Réglages de l'imprimante

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = Imprimez en taille réelle : 100%, sans mise à l'échelle, sans « ajuster à la page ». Imprimez sur un seul côté du papier.
    .title = Réglages de l'imprimante

# source: none (printing guide: checking alignment)
guide-alignment = Imprimez d'abord une seule feuille et regardez-la devant une lumière : chaque verso doit se trouver juste derrière son recto. Si les versos sont décalés, mesurez de combien de millimètres, puis refaites la feuille avec --back-offset (vers la droite, vers le bas).
    .title = Vérifier l'alignement

# source: none (printing guide: cutting)
guide-cut = Coupez le long des lignes qu'indiquent les petits traits sur les bords de la feuille. Dans une même colonne, deux rangées de cartes partagent la même coupe.
    .title = Découpage

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = Découpez chaque paire, pliez-la sur la ligne pointillée, côtés imprimés vers l'extérieur, puis collez les deux moitiés ensemble ou plastifiez-les.
    .title = Pliage

# source: none (printing guide: laminating)
guide-laminate = La plastification fait durer une carte. Découpez d'abord les cartes, puis plastifiez-les une par une, en laissant un bord transparent d'environ 3 mm tout autour.
    .title = Plastification

# source: none (duplex calibration page: title)
calibrate-title = Test d'alignement recto verso

# source: none (duplex calibration page: how to read it)
calibrate-how = Imprimez cette page des deux côtés d'une même feuille, en taille réelle, en retournant sur le bord long. Regardez la feuille devant une lumière. Chaque croix numérotée imprimée au verso apparaît par transparence à côté de la cible qui porte le même numéro au recto. Lisez les deux échelles à l'endroit où tombe la croix : d'abord la valeur « across » (vers la droite), puis la valeur « down » (vers le bas). Si elles ne sont pas à 0, refaites vos feuilles avec --back-offset across,down.
