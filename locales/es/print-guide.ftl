### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = Cómo imprimir estas tarjetas

# source: none (printing guide: paper)
guide-paper = Use papel blanco común o cartulina delgada del tamaño para el que está hecha esta hoja (Letter o A4). Una cartulina más gruesa dura más en la billetera.
    .title = Papel

# source: none (printing guide: printer settings)
guide-settings = Imprima en tamaño real: 100%, sin escalar, sin “ajustar a la página”. Para la hoja de frentes y reversos, imprima por ambos lados y voltee por el borde largo.
    .title = Configuración de la impresora

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = Imprima en tamaño real: 100%, sin escalar, sin “ajustar a la página”. Imprima solo por un lado del papel.
    .title = Configuración de la impresora

# source: none (printing guide: checking alignment)
guide-alignment = Imprima primero una sola hoja y mírela a contraluz: cada reverso debe quedar justo detrás de su frente. Si los reversos están corridos, mida cuántos milímetros y vuelva a generar la hoja con --back-offset (hacia la derecha, hacia abajo).
    .title = Revise la alineación

# source: none (printing guide: cutting)
guide-cut = Corte por las líneas que señalan las marcas cortas en los bordes de la hoja. En cada columna, dos filas de tarjetas comparten un mismo corte.
    .title = Corte

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = Recorte cada par, dóblelo por la línea punteada con los lados impresos hacia afuera, y pegue las dos mitades o plastifíquelas.
    .title = Doblado

# source: none (printing guide: laminating)
guide-laminate = Plastificar hace que una tarjeta dure. Primero corte las tarjetas y luego plastifique cada una, dejando un borde transparente de unos 3 mm alrededor.
    .title = Plastificado

# source: none (duplex calibration page: title)
calibrate-title = Prueba de alineación a doble cara

# source: none (duplex calibration page: how to read it)
calibrate-how = Imprima esta página por ambos lados de una sola hoja, en tamaño real, volteando por el borde largo. Mire la hoja a contraluz. Cada cruz numerada impresa en el reverso se transparenta junto a la marca que tiene el mismo número en el frente. Lea las dos escalas donde cae la cruz: primero el valor “across” (hacia la derecha) y luego el valor “down” (hacia abajo). Si no son 0, vuelva a generar sus hojas con --back-offset across,down.
