"""Min lista: measures a visitor or case officer collects, prints as a handout and shares.

Anonymous visitors keep one list of measure ids in their session; logged-in users keep saved,
named lists. A list shows public information only, whoever looks at it.
"""
