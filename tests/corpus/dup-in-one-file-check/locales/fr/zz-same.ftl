# source: none (test)
zz-same = un
# source: none (test)
zz-same = deux
