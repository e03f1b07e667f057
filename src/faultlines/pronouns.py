"""English pronouns by person and case, and those that deny there is anyone: the closed classes the
stages ask about, listed once. Each stage picks the classes it needs and keeps its own policy on top."""

# The speaker's own side as a subject: "I say it is a sham", "we will appeal".
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
# The speaker's own side in any case: "they hit us".
FIRST_PERSON = FIRST_PERSON_SUBJECTS | {"me", "us"}
# The words a first-person writer names themself by, possessives included: "my", "our".
FIRST_PERSON_WORDS = FIRST_PERSON | {"my", "our"}
# Subjects that name one person; "they" and "it" may stand for anything named before.
PERSON_SUBJECTS = frozenset({"he", "she"})
# Objects that name one person.
PERSON_OBJECTS = frozenset({"him", "her"})
# One person in either case: "he is unfit", "they judged him".
PERSONS = PERSON_SUBJECTS | PERSON_OBJECTS
# Possessives that may stand for someone named ("his returns", "their spokesman"), unlike "my",
# "our" or "your".
THIRD_PERSON_OWNERS = frozenset({"his", "her", "its", "their"})
# "You" and "one" of anyone at all: "you cross that bridge, you get robbed".
GENERIC = frozenset({"you", "one"})
# Pronouns that say there is no one or nothing: "nobody backs the levy", "none of them", "neither".
NEGATIVE = frozenset({"nobody", "none", "nothing", "no-one", "noone", "neither"})
