### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = كيف تطبع هذه البطاقات

# source: none (printing guide: paper)
guide-paper = استخدم ورقًا أبيض عاديًا أو ورقًا مقوّى رقيقًا بالمقاس الذي صُممت له صفحة الطباعة هذه (Letter أو A4). الورق المقوّى الأسمك يدوم أطول في المحفظة.
    .title = الورق

# source: none (printing guide: printer settings)
guide-settings = اطبع بالحجم الفعلي: 100%، بلا تصغير أو تكبير، ولا تختر "ملاءمة الصفحة". لصفحة الوجوه الأمامية والخلفية، اطبع على الوجهين واقلب الورقة على الحافة الطويلة.
    .title = إعدادات الطابعة

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = اطبع بالحجم الفعلي: 100%، بلا تصغير أو تكبير، ولا تختر "ملاءمة الصفحة". اطبع على وجه واحد فقط من الورقة.
    .title = إعدادات الطابعة

# source: none (printing guide: checking alignment)
guide-alignment = اطبع صفحة واحدة أولًا وارفعها أمام ضوء: يجب أن يقع ظهر كل بطاقة خلف وجهها تمامًا. إن كانت الظهور منزاحة، فقِس مقدار الانزياح بالمليمتر، ثم أنشئ الصفحة من جديد مع --back-offset (أفقيًا، إلى الأسفل).
    .title = تحقق من تطابق الوجهين

# source: none (printing guide: cutting)
guide-cut = قُصّ على الخطوط التي تشير إليها العلامات القصيرة على حواف الصفحة. البطاقات في العمود الواحد تشترك في خط القص بين كل صفين.
    .title = القص

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = قُصّ كل زوج (الوجه والظهر)، واطوه على الخط المتقطع بحيث يكون الجانبان المطبوعان إلى الخارج، ثم ألصق النصفين معًا أو غلّفهما بالبلاستيك.
    .title = الطي

# source: none (printing guide: laminating)
guide-laminate = التغليف بالبلاستيك يجعل البطاقة تدوم. قُصّ البطاقات أولًا، ثم غلّف كل واحدة وحدها، واترك حولها حافة شفافة بعرض 3 مم تقريبًا.
    .title = التغليف بالبلاستيك

# source: none (duplex calibration page: title)
calibrate-title = اختبار تطابق الوجهين

# source: none (duplex calibration page: how to read it)
calibrate-how = اطبع هذه الصفحة على وجهي ورقة واحدة بالحجم الفعلي، واقلب الورقة على الحافة الطويلة. ارفع الورقة أمام ضوء. كل علامة تقاطع مرقّمة مطبوعة على الظهر تظهر من خلال الورقة بجانب العلامة التي تحمل الرقم نفسه على الوجه. اقرأ المقياسين عند موضع علامة التقاطع: القيمة الأفقية (across) أولًا، ثم القيمة إلى الأسفل (down). إن لم تكونا 0، فأنشئ صفحاتك من جديد مع --back-offset across,down.
