### Strings every card prints.
### Each message's comment names the source section it comes from ("source:"), so that a
### reviewer can check it. Interface labels that state no fact say "source: none".

# source: front matter ("This document provides general legal information, and does not
# provide legal advice.")
common-disclaimer = Información legal general, no asesoría legal.

# source: front matter ("Published October 2017"). $date is the project's info_as_of.
common-info-as-of = Información actualizada a { $date }

# source: none (marks a translation nobody has reviewed yet; English never shows it)
common-draft-translation = Traducción preliminar
