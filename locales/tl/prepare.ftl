### The preparation checklist (cards/prepare.toml): one sheet of four bank-card-sized panels
### that folds down to a card. Holder's language only. Worker-facing: never mention sex work.
### Checklist items (group "checklist") are printed with a tick box before each.

# source: none (the card's title, for PDF metadata and listings)
prepare-title = Maghanda nang maaga: isang checklist

# source: §2 "If a migrant sex worker may be at risk of detention, discuss the following things
# that they may want to prepare in advance"
prepare-intro = Kung puwede kang ma-detain ng imigrasyon (CBSA) balang araw, ihanda na ngayon ang mga ito. Lagyan ng tsek ang bawat kahon kapag tapos na.
    .title = Maghanda nang maaga

# source: §2 "...prepare in advance" ("Do they have community support (outreach workers,
# friends, family, organizations) that can help with a release plan if they are detained?")
prepare-community = Mga outreach worker, kaibigan, pamilya o organisasyon na makakatulong sa plano para sa paglaya mo kung ma-detain ka.
    .title = Mga taong sumusuporta sa iyo

# source: §2 "...prepare in advance" ("Do they want references to organizations that may help
# them develop a release plan?")
prepare-references = Mga pangalan ng organisasyong makakatulong sa iyo na gumawa ng plano para sa paglaya.
    .title = Mga organisasyon

# source: §2 "...prepare in advance" ("Do they have a potential bondsperson?"), "A bondsperson
# (BP)" (will need to come to the detention review and testify) and "Factors that may determine
# if the Immigration Division accepts the bondsperson" (Canadian citizen or permanent resident
# living in Canada; not in default of another guarantee; must explain their ability to pay, with
# money not from criminal or illegal activities; should not have a criminal record; needs to
# know the person well and will be questioned)
prepare-bondsperson = Isang taong puwedeng magbayad o mangako ng piyansa para sa iyo: Canadian citizen o permanent resident na nakatira sa Canada, kilalang-kilala ka, walang criminal record, walang utang sa naunang bond, kayang ipakita kung paano siya magbabayad gamit ang legal na pera, at pupunta sa review mo para sumagot sa mga tanong.
    .title = Isang bondsperson

# source: §2 "...prepare in advance" ("Have they memorized the phone numbers of the people they
# need to contact if they are detained? Their cell phone and contact list will be taken"): so
# a list of people is kept at home (plan-at-home), never on a carried card)
prepare-numbers = Kabisaduhin ang mga numero ng mga taong tatawagan mo. Kapag na-detain ka, kukunin ang phone mo at ang mga contact mo. Isulat lang ang mga pangalan at numero sa planong nakatago sa bahay.
    .title = Mga numero ng telepono

# source: §2 "...prepare in advance" ("Does someone they trust have a spare key to their
# apartment to get their money, important papers, medications, etc.?")
prepare-spare-key = May susi ng bahay mo ang isang taong pinagkakatiwalaan mo, para makuha ang pera, mga papeles at gamot mo.
    .title = Ekstrang susi

# source: §2 "...prepare in advance" ("Do they have someone to take care of their children?")
# and "Community support is an important factor" (people from the community may assure the ID
# they will help with childcare; "children will be detained with the person or turned over to a
# Children's Aid Society if the tribunal is not assured that someone else will take care of
# them": "will", not "may")
prepare-children = Isang taong mag-aalaga sa mga anak mo, at kayang sabihin ito sa Immigration Division. Kung hindi sigurado ang Immigration Division na may ibang mag-aalaga sa kanila, ide-detain ang mga anak mo kasama mo o ibibigay sa Children's Aid Society.
    .title = Mga anak

# source: §2 "...prepare in advance" ("Do they have prescriptions that they need on their
# person?")
prepare-prescriptions = Dalhin mo ang mga resetang gamot na kailangan mo.
    .title = Mga reseta

# source: §2 "...prepare in advance" ("Do they have identification documents (ID)? ... carry
# those documents on them at all times, or does someone they trust and can contact easily hold
# onto them? Being released is easier if the person has ID, but be aware that ID from other
# countries will likely lead a CBSA officer to further investigate their immigration status.")
prepare-id = Mas madaling makalaya kung may ID ka. Pero ang ID mula sa ibang bansa ay malamang na magtulak sa CBSA na suriin pa nang mabuti ang status mo. Magpasya: dadalhin mo ba ito, o ipapahawak sa taong pinagkakatiwalaan mo at madali mong makokontak.
    .title = Mga ID

# source: §2 "...prepare in advance" ("Have they made contact with a reputable immigration
# lawyer or consultant who can represent them? Are they aware of the legal aid system and legal
# clinics in their area?")
prepare-lawyer = Makipag-ugnayan sa mapagkakatiwalaang immigration lawyer o consultant na puwedeng kumatawan sa iyo. Alamin ang tungkol sa legal aid at sa mga legal clinic na malapit sa iyo.
    .title = Abogado

# source: §2 "...prepare in advance" ("If leaving Canada is something they may want to do, do
# they have a valid and up to date passport? If not, this could delay their ability to leave and
# result in longer time spent in detention.")
prepare-passport = Kung baka gusto mong umalis ng Canada, magkaroon ng valid na pasaporte. Kung wala, puwedeng matagalan ang pag-alis mo at mas matagal kang ma-detain.
    .title = Pasaporte

# source: §2 "Community support is an important factor that the Immigration Division (ID)
# considers when deciding whether to release someone at their detention review" (people may
# help the person leave Canada; with housing and health care; remind them of their conditions;
# help with childcare)
prepare-why-support = Sa detention review, tinitingnan ng Immigration Division ang suporta ng komunidad mo kapag nagpapasya ito kung palalayain ka. Puwedeng mangako ang mga tao na tutulungan ka sa tirahan, pagpapagamot, pag-aalaga ng anak, pagsunod sa mga kondisyon ng paglaya mo, o pag-alis ng Canada.
    .title = Bakit mahalaga ang suporta

# source: §2 "Community support is also important for someone who is detained" ("accessing
# prescriptions for medication or hormones, clothes, money, important papers"; contacting
# people, since calls are limited and, other than with counsel, monitored; "helping with their
# pets or dependents")
prepare-while-detained = Puwede kang tulungan ng mga tao sa labas na makuha ang reseta mo para sa gamot o hormones, damit, pera at papeles, tumawag sa mga tao para sa iyo, at tumulong sa mga alaga mong hayop o sa mga taong umaasa sa iyo. Limitado ang sarili mong mga tawag, at pinakikinggan ang mga ito, maliban sa mga tawag sa abogado mo.
    .title = Kung ma-detain ka
