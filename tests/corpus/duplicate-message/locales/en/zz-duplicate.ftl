# source: none (test corpus)
common-disclaimer = Said twice.
