"""The codebook as data: label vocabularies, their order, and the lexicons that detect them.

Everything that names a label, an attribute value or a cue lives in this package, so the
rest of treatylens never spells a codebook string by hand. See ``docs/codebook-decisions.md``
for the calls made where the codebook is silent or ambiguous.
"""
