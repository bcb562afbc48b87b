### The words of the page `pocketcard serve` shows: labels and instructions, no facts. No card
### prints them. Translators add them to their own locale's serve.ftl; until then the page shows
### these English words.

# source: none (the page's title)
serve-title = Make cards

# source: none (what the page is for)
serve-intro = Choose the cards and languages, look at the card, then download it. The server keeps nothing you enter.

# source: none (a heading of the page)
serve-cards = Cards

# source: none (a heading of the page)
serve-langs = Languages

# source: none (a label of the page)
serve-officer-lang = Language of the side shown to an officer

# source: none (a heading of the page)
serve-printing = Printing

# source: none (a label of the page)
serve-paper = Paper for flyers

# source: none (a choice of paper: each language's usual paper)
serve-paper-default = The language's usual paper

# source: none (a paper size)
serve-paper-letter = Letter

# source: none (a paper size)
serve-paper-a4 = A4

# source: none (a label of the page)
serve-sheet-letter = Print sheets of wallet cards on Letter (ten to a page)

# source: none (a label of the page)
serve-sheet-a4 = Print sheets of wallet cards on A4 (ten to a page)

# source: none (a label of the page)
serve-fold = Fold-over sheets, for printers without duplex

# source: none (a label of the page)
serve-calibrate = A duplex alignment test page for each sheet paper

# source: none (a label of the page)
serve-phone = A phone picture of every card

# source: none (a label of the page)
serve-bleed = Bleed, in millimetres

# source: none (help beside a field)
serve-bleed-help = From 0 to 10. Leave it empty for the usual: 3 on print sheets, none on single cards.

# source: none (a label of the page)
serve-back-offset = Back offset, in millimetres (right, down)

# source: none (help beside a field)
serve-back-offset-help = Read it from the alignment test page, e.g. 0.5,-1

# source: none (a heading of the page)
serve-org = Your organization

# source: none (a label of the page)
serve-org-name = Name

# source: none (a label of the page)
serve-org-phone = Phone number

# source: none (a label of the page)
serve-org-web = Web address

# source: none (a label of the page)
serve-org-logo = Logo (SVG or PNG)

# source: none (a label of the page)
serve-org-contacts = Where the organization goes

# source: none (a choice of the page)
serve-org-join = Beside the default contacts

# source: none (a choice of the page)
serve-org-replace = Instead of the default contacts

# source: none (a button of the page)
serve-org-save = Save as org.toml

# source: none (help beside a button)
serve-org-save-help = Keep the file for next time: pocketcard build --org org.toml. The logo is saved apart.

# source: none (a heading of the page)
serve-personal = The holder's own numbers

# source: none (what happens to personal values)
serve-personal-privacy = These go into the one PDF you download and nowhere else: not into the preview, a log, a file or a cache. The fields are cleared after the download.

# source: none (when personal fields can be used)
serve-personal-needs = Choose exactly one language to fill these in.

# source: none (a heading of the page)
serve-preview = Preview

# source: none (a label of the page)
serve-preview-card = Card to look at

# source: none (a label of the page)
serve-preview-lang = Its language

# source: none (shown before anything is chosen)
serve-preview-empty = Choose a card and a language to see it here.

# source: none (shown while the card is drawn)
serve-preview-busy = Drawing the card…

# source: none (shown when the card is drawn)
serve-preview-done = The card is drawn.

# source: none (the picture of a page, for screen readers; followed by its number)
serve-preview-page = Page

# source: none (a heading of the page)
serve-problems = Problems

# source: none (shown when nothing is wrong)
serve-problems-none = No problems found.

# source: none (a heading of the page)
serve-messages = Messages of this language

# source: none (a kind of message)
serve-messages-missing = Missing (the English text is printed)

# source: none (a kind of message)
serve-messages-stale = Stale (the English changed since)

# source: none (a kind of message)
serve-messages-unreviewed = Not reviewed

# source: none (an empty list)
serve-messages-none = none

# source: none (a button of the page)
serve-download-pdf = Download the PDF of this card

# source: none (a button of the page)
serve-download-zip = Download everything chosen (ZIP)

# source: none (help beside a button)
serve-download-zip-help = The ZIP holds no personal values: download those as the PDF of one card.

# source: none (shown after a download; followed by the file's name)
serve-downloaded = Downloaded:

# source: none (shown when the server has too much to do)
serve-busy = The server is busy. Try again in a moment.

# source: none (shown when a translator's saved change was drawn again)
serve-changed = A file changed, so the card was drawn again.

# source: none (shown before an error message)
serve-failed = Not done:
