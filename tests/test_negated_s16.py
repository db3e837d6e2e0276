"""Negated triples (issue 16, session 16, `negated`): real BBC sentences of the dev pool (../shared/corpora/bbc-news), the exact
reading kg must make and the one it must not."""
from __future__ import annotations

import pytest

from extract_helpers import assert_reads, readings

# Each row: a real sentence, the reading (subject, relation, object, negated, modality, speaker) kg must make
# and one it must not (None: no such row).
READS = [
    # ---------------------------------------------------------------- verb + "no" + noun idioms that assert
    # politics (Ukraine's new president): he has said it openly, no denial of a "secret of his wish"
    ("Mr Yushchenko recently defeated Moscow-backed presidential candidate and Prime Minister Viktor Yanukovych at "
     "the polls, and has made no secret of his wish to fight corruption and make Ukraine more transparent.",
     ("Mr Yushchenko", "has made no secret of", "his wish to fight corruption and make Ukraine more transparent",
      False, None, None),
     ("Mr Yushchenko", "has made", "secret of his wish", True, None, None)),
    # sport (Gerrard): the same idiom, its object keeps its infinitive
    ("Gerrard has made no secret of his desire to be involved in Europe's premier club competition.",
     ("Gerrard", "has made no secret of", "his desire to be involved in Europe's premier club competition", False,
      None, None),
     ("Gerrard", "has made", "secret of his desire to be involved in Europe's premier club competition", True, None,
      None)),
    # entertainment (ITV's talent show): she recommissioned it readily
    ("ITV's controller of entertainment, Claudia Rosencrantz, said she had no hesitation in recommissioning the show.",
     ("she", "had no hesitation in", "recommissioning the show", False, None, "ITV's controller of entertainment"),
     ("she", "had", "hesitation in recommissioning the show", True, None, "ITV's controller of entertainment")),
    # sport (Henman quits the Davis Cup): the fact keeps its clause
    ("\"I've made no secret of the fact that representing Great Britain has always been a top priority for me "
     "throughout my career,\" Henman told his website.",
     ("I", "'ve made no secret of", "the fact that representing Great Britain has always been a top priority for me "
      "throughout my career", False, None, "Henman"),
     ("I", "'ve made no secret of", "the fact", False, None, "Henman")),
    # negative: another noun after "made no" is a denial of the noun ("made no announcement about …")
    ("Mr Gates made no announcement about the next generation Xbox games console, which many gadget lovers had been "
     "hoping for.",
     ("Mr Gates", "made", "announcement about the next generation Xbox games console", True, None, None),
     ("Mr Gates", "made no announcement about", "the next generation", False, None, None)),
    # ---------------------------------------------------------------- a denied noun of knowing keeps what it is about
    # politics (Prince Harry's costume): the clause the parse hung on "had" is the doubt's
    ("Mr Howard acknowledged the prince's apology and said he had no doubt the prince's father and family would have "
     "much to say to him privately about the incident.",
     ("he", "had", "doubt the prince's father and family would have much to say to him privately about the incident",
      True, None, "Mr Howard"),
     ("he", "had", "doubt", True, None, "Mr Howard")),
    # tech (voice control): "about whether …" is what no indication was given of
    ("The firms gave no indication about whether the iPod, or any other media player, were in mind for the use of "
     "the voice control technology.",
     ("The firms", "gave", "indication about whether the iPod, or any other media player, were in mind for the use "
      "of the voice control technology", True, None, None),
     ("The firms", "gave", "indication", True, None, None)),
    # negative: a "that" clause was the noun's already; a noun of another kind takes no clause hung on the verb
    ("In a statement, it said: \"The Department of Defense has no doubt that Mr Mubanga was properly detained as an "
     "enemy combatant under the laws of war.",
     ("The Department of Defense", "has", "doubt that Mr Mubanga was properly detained as an enemy combatant under "
      "the laws of war", True, None, "it"),
     None),
    # ---------------------------------------------------------------- a quoted "'no fuss' computer" denies nothing
    # tech (Mac mini): the Mac mini will appeal; the "no" is the modifier's
    ("The Mac mini will appeal to PC users looking for an attractive, 'no fuss' computer.",
     None,
     ("The Mac mini", "will appeal", "fuss' computer", True, None, None)),
    # negative: a plain "no" object still denies ("played no part")
    ("Lord Falconer and Baroness Morgan played no part in drafting the answer.",
     ("Baroness Morgan", "played", "part", True, None, None),
     ("Baroness Morgan", "played", "no part", False, None, None)),
    # ---------------------------------------------------------------- an object ends where the next clause's subject starts
    # business (insurers after the tsunami): the reports are still coming through; they are not what is assessed
    ("But insurers have not had long to assess the economic impact of the damage and reports of more casualties and "
     "destruction are still coming through.",
     ("insurers", "have not had long to assess", "the economic impact of the damage", True, None, None),
     ("insurers", "have not had long to assess", "the economic impact of the damage and reports of more casualties "
      "and destruction", True, None, None)),
    # negative: a verb with its own subject takes the whole phrase as that subject
    ("He said the impact of the damage and the reports of casualties was huge.",
     ("the impact of the damage", "was", "huge", False, None, "He"),
     None),
    # ---------------------------------------------------------------- a fixed phrase of time says when, it is no object
    # entertainment (Pete Doherty's bail): not "could not be raised on — time"
    ("But his lawyer said the money could not be raised on time.",
     ("the money", "could not be raised", None, True, "could", "his lawyer"),
     ("the money", "could not be raised on", "time", True, "could", "his lawyer")),
    # sport: "at the moment" is when he cannot comment
    ("He added: \"I can't comment too much at the moment, I have one version from him",
     ("I", "ca n't comment too much", None, True, "can", "He"),
     ("I", "ca n't comment too much at", "the moment", True, "can", "He")),
    # negative: a noun phrase after the preposition is still its object ("for the Londoners")
    ("After signing for Charlton he made 164 appearances, scoring 23 times, but recently he has been battling a back "
     "problem and had not played for the Londoners for three months before heading to Norwich.",
     ("he", "had not played for", "the Londoners", True, None, None),
     None),
    # ---------------------------------------------------------------- a particle after the verb's phrase is no particle
    # sport (Australian Open): he never came back from two sets down
    ("Ninth seed Nalbandian had never come back from two sets down to win a match, and there was no indication he "
     "would do so as Hewitt dominated the first two sets.",
     ("Ninth seed Nalbandian", "had never come back from", "two sets", True, None, None),
     ("Ninth seed Nalbandian", "had never come down back from", "two sets", True, None, None)),
    # negative: a particle after the object is the verb's
    ("He picked the book up from the floor.",
     ("He", "picked up", "the book", False, None, None),
     None),
    # ---------------------------------------------------------------- "not long after", "not far behind": near, no denial
    # business (Iran's privatisation): it came, soon after
    ("It came not long after the Expediency Council - Iran's ultimate decision-maker - blessed Mr Khatami's policy of "
     "selling stakes in sectors protected by the constitution such as energy, transport, telecoms and banking.",
     ("It", "came not long after", "the Expediency Council - Iran's ultimate decision-maker - blessed Mr Khatami's "
      "policy of selling stakes in sectors protected by the constitution such as energy, transport, telecoms and "
      "banking", False, None, None),
     ("It", "came not long after", "the Expediency Council - Iran's ultimate decision-maker - blessed Mr Khatami's "
      "policy of selling stakes in sectors protected by the constitution such as energy, transport, telecoms and "
      "banking", True, None, None)),
    # sport (Henman's retirement): the degree stays in the relation
    ("Bailey told BBC Sport: \"After Tim's announcement, I doubt Greg Rusedski will be that far behind him.\"",
     ("Greg Rusedski", "will be that far behind", "him", False, "doubt", "Bailey"),
     ("Greg Rusedski", "will be behind", "him", False, "doubt", "Bailey")),
    # ---------------------------------------------------------------- "one" keeps the clause that says which one
    # politics (airport expansion): "such as one" alone names no airport
    ("The campaigners will say the government did not adequately consider the building of new airports, such as one "
     "planned for the Isle of Sheppey east of London.",
     ("the government", "did not adequately consider", "the building of new airports, such as one planned for the "
      "Isle of Sheppey east of London", True, None, "The campaigners"),
     ("the government", "did not adequately consider", "the building of new airports, such as one", True, None,
      "The campaigners")),
    # ---------------------------------------------------------------- "not X but Y": only X is denied
    # tech (identity theft): the fear is that they will steal our identities
    ("The fear is not that they will steal money from our bank accounts but that they will instead steal something "
     "far more valuable in our digital society - our identities.",
     ("The fear", "is not that", "they will steal money from our bank accounts", True, None, None),
     ("The fear", "is not that", "they will steal money from our bank accounts but that they will instead steal "
      "something far more valuable in our digital society - our identities", True, None, None)),
    # negative: an asserted report keeps both its clauses (business, a discrepancy in the paperwork)
    ("He said the discrepancy was only in the paperwork, but that money had indeed been transferred on 14 December.",
     ("He", "said", "the discrepancy was only in the paperwork", False, None, None),
     None),
    # business (Russia's economy): "not simply X, but Y" adds, as "not only … but" does
    ("\"We don't need simply to increase GDP, but to improve its structure.\"",
     ("We", "do need to increase", "GDP", False, None, None),
     ("We", "do n't need to increase", "GDP", True, None, None)),
    # ---------------------------------------------------------------- "made no mistake" is an idiom (he scored)
    ("But seconds after the half-time interval, Drogba made no mistake, picking the ball up from Glen Johnson's long "
     "throw inside the six-yard box and sidefooting home.",
     ("Drogba", "made", "no mistake", False, None, None),
     ("Drogba", "made", "mistake", True, None, None)),
    # ---------------------------------------------------------------- a bet is an expectation, not a fact
    # business (the euro): what investors expect the ECB to do, not the writer's fact
    ("Investors are betting that the European Central Bank (ECB) will not do anything to weaken the euro, while the "
     "US is thought to favour a declining dollar.",
     ("the European Central Bank", "will not do", "anything to weaken the euro", True, "expectation", None),
     ("the European Central Bank", "will not do", "anything to weaken the euro", True, None, None)),
    # negative: "betting on X" is an act (tech, mobile TV)
    ("Scandinavians and Koreans, two of the most adventurous groups of mobile users, are betting on mobile TV.",
     ("Koreans", "are betting on", "mobile TV", False, None, None),
     None),
    # ---------------------------------------------------------------- a bracket's "he said" reports only the bracket
    # politics (profile of Gordon Brown): the writer says it is not clear; Brown said what the bracket holds
    ("How much longer Mr Brown will continue in the job is not clear (he once said there are two types of "
     "chancellor: \"those who fail and those who get out in time.\")",
     ("How much longer Mr Brown will continue in the job", "is not", "clear", True, None, None),
     ("How much longer Mr Brown will continue in the job", "is not", "clear", True, None, "he")),
    # ---------------------------------------------------------------- an infinitive after "be"'s attribute is the attribute's
    # entertainment (Wonder Woman's director): not "would not be to direct — many people's first choice"
    ("Weitz, who admitted he would not be many people's first choice to direct the films, said he regarded the film "
     "adaptation as \"the most important work of my life\".",
     ("he", "would not be", "many people's first choice to direct the films", True, "would", "Weitz"),
     ("he", "would not be to direct", "many people's first choice", True, "would", "Weitz")),
    # sport (Wales's back line): a forecast, the adjective in the relation
    ("Kevin Morgan is probably favourite to replace Thomas at full-back, leaving Williams and Hal Luscombe to battle "
     "for the right wing berth.",
     ("Kevin Morgan", "is favourite to replace", "Thomas", False, "likely", None),
     ("Kevin Morgan", "is to replace", "favourite", False, "likely", None)),
    # negative: "is to V" with no attribute is the subject's own future (entertainment, Buffy's creator)
    ("The creator of Buffy the Vampire Slayer is to take on a new female superhero after signing up to write and "
     "direct the Wonder Woman movie.",
     ("The creator of Buffy", "is to take on", "a new female superhero", False, None, None),
     None),
    # ---------------------------------------------------------------- "what" stands for no noun before it
    # tech (mobile numbers): they have no idea of the number; the number is no "idea"
    ("Most (62%) said they had no idea what their partner's number was.",
     None,
     ("their partner's number", "was", "idea", True, "belief", "Most")),
    # negative: "who" still stands for the noun before it (sport, Australian Open)
    ("It was always tough serving second in the fifth set,\" said Hewitt, who had never reached the last four at his "
     "home Grand Slam.",
     ("Hewitt", "had never reached", "the last four", True, None, None),
     ("who", "had never reached", "the last four", True, None, None)),
]


@pytest.mark.parametrize("text,made,wrong", READS, ids=[r[0][:40] for r in READS])
def test_negated_reads(nlp, text, made, wrong):
    assert_reads(readings(nlp, text), made, wrong)


def test_a_bracket_closed_before_the_report_leaves_it_whole(nlp):
    """Negative of the bracketed report: a body's acronym in brackets before "said" (business, the IFS on taxes)."""
    text = ("In January the independent Institute for Fiscal Studies (IFS) said Mr Brown would need to raise taxes to "
            "get public finances onto the track predicted in last year's Budget.")
    speakers = [r[5] for r in readings(nlp, text) if r[:3] == ("Mr Brown", "would need to raise", "taxes")]
    assert speakers and all(s is not None and "Institute for Fiscal Studies" in s for s in speakers)
