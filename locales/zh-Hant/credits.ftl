### Who made the content: the `made-by` line every card prints (slot `made-by`).
### Kept apart from common.ftl so that a locale, or a test fixture, that replaces common.ftl
### keeps it.

# source: front matter ("Published October 2017"; the document is Canadian legal information).
# Discreet on purpose: worker cards never print the source's title or its authors'
# organizations. The provider flyer names them in flyer-providers-made-by.
common-made-by = 內容根據一份2017年10月在加拿大出版的法律資訊指南整理。
