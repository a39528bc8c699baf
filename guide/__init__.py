"""The guided search at /hitta/: a few short questions, then measures that fit the answers.

Nothing about the visitor is stored. The answers live only in the URL; the views read them,
match them against the public measures and forget them.
"""
