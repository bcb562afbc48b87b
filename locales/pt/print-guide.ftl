### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = Como imprimir estes cartões

# source: none (printing guide: paper)
guide-paper = Use papel branco comum ou cartolina fina do tamanho para o qual esta folha foi feita (Letter ou A4). Uma cartolina mais grossa dura mais na carteira.
    .title = Papel

# source: none (printing guide: printer settings)
guide-settings = Imprima em tamanho real: 100%, sem redimensionar, sem “ajustar à página”. Para a folha de frentes e versos, imprima nos dois lados e vire pela borda longa.
    .title = Configurações da impressora

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = Imprima em tamanho real: 100%, sem redimensionar, sem “ajustar à página”. Imprima só de um lado do papel.
    .title = Configurações da impressora

# source: none (printing guide: checking alignment)
guide-alignment = Imprima primeiro uma folha só e olhe contra a luz: cada verso deve ficar bem atrás da sua frente. Se os versos estiverem deslocados, meça quantos milímetros e gere a folha de novo com --back-offset (para a direita, para baixo).
    .title = Confira o alinhamento

# source: none (printing guide: cutting)
guide-cut = Corte nas linhas indicadas pelas marquinhas curtas nas bordas da folha. Em cada coluna, duas fileiras de cartões usam o mesmo corte.
    .title = Corte

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = Recorte cada par, dobre na linha tracejada com os lados impressos para fora e cole as duas metades ou plastifique.
    .title = Dobra

# source: none (printing guide: laminating)
guide-laminate = Plastificar faz o cartão durar. Corte os cartões primeiro, depois plastifique um por um, deixando uma borda transparente de cerca de 3 mm em volta.
    .title = Plastificação

# source: none (duplex calibration page: title)
calibrate-title = Teste de alinhamento frente e verso

# source: none (duplex calibration page: how to read it)
calibrate-how = Imprima esta página nos dois lados de uma mesma folha, em tamanho real, virando pela borda longa. Olhe a folha contra a luz. Cada cruz numerada impressa no verso aparece por transparência ao lado da marca com o mesmo número na frente. Leia as duas escalas onde a cruz cai: primeiro o valor “across” (para a direita), depois o valor “down” (para baixo). Se não forem 0, gere suas folhas de novo com --back-offset across,down.
