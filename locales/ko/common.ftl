### Strings every card prints.
### Each message's comment names the source section it comes from ("source:"), so that a
### reviewer can check it. Interface labels that state no fact say "source: none".

# source: front matter ("This document provides general legal information, and does not
# provide legal advice.")
common-disclaimer = 일반적인 법률 정보이며, 법률 자문이 아닙니다.

# source: front matter ("Published October 2017"). $date is the project's info_as_of.
common-info-as-of = { $date } 기준 정보

# source: none (marks a translation nobody has reviewed yet; English never shows it)
common-draft-translation = 번역 초안
