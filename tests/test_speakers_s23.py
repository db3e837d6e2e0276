"""Speakers, session 23 (issue 16: whose claim it is): real paragraphs of the pool."""
from __future__ import annotations

from extract_helpers import resolved

# entertainment/vera-drake-leads-uk-oscar-hopes.txt (pool seed 7250): the speaker named by surname in a relative
# clause ("Staunton, 49, who told …"), an actress named in the sentence before
VERA_DRAKE = (
    "Vera Drake leads UK Oscar hopes\n\n"
    "Mike Leigh's film Vera Drake will lead British hopes at this year's Academy Awards after getting three "
    "nominations.\n\n"
    "Imelda Staunton was nominated for best actress for her role in the abortion drama, while Leigh received nods for "
    "best director and original screenplay. Kate Winslet was also nominated in the best actress category for her role "
    "in Eternal Sunshine of the Spotless Mind. And Clive Owen and Sophie Okonedo both got nominated for supporting "
    "roles in Closer and Hotel Rwanda respectively.\n\n"
    "And it is the first nomination for actress Okonedo, chosen for her performance in Hotel Rwanda, about the 1994 "
    "Rwandan genocide. It is also a debut nomination for Staunton, 49, who told BBC News 24 she had not thought the "
    "film would appeal to Academy voters. \"It was an extraordinary time making the film and I can't believe what has "
    "happened this morning,\" she said. \"I hope it just shows Mike up to be the extraordinary filmmaker he is.\n")


def test_the_pronoun_reported_by_who_is_the_name_who_stands_for(nlp):
    triples = resolved(nlp, VERA_DRAKE)
    appeal = next(t for t in triples if t.relation_lemma == "appeal to")
    assert (appeal.subject, appeal.negated, appeal.attributed_to) == ("the film", True, "Imelda Staunton")
    thought = next(t for t in triples if t.relation_lemma == "think")
    assert (thought.subject, thought.subject_entity) == ("she", "Imelda Staunton")
    # and so the quotation after it, ', she said', is hers
    said = next(t for t in triples if t.relation_lemma == "say" and t.subject == "she")
    assert said.subject_entity == "Imelda Staunton"
    hope = next(t for t in triples if t.relation_lemma == "hope")
    assert hope.attributed_to == "Imelda Staunton"
    # negative: the actress named before keeps her own reading, and is credited with none of these words
    chosen = next(t for t in triples if t.relation_lemma == "be chosen for")
    assert chosen.subject_entity == "Sophie Okonedo"
    assert not [t for t in triples if t.attributed_to == "Sophie Okonedo" or
                t.kind == "speech" and t.subject_entity == "Sophie Okonedo"]


# politics/asylum-children-to-face-returns.txt and politics/tories-attack-burglar-u-turns.txt (pool): a saying the
# speaker calls wrong
CALLED_WRONG = (
    "Asylum children to face returns\n\n"
    "In its five-year immigration plan, announced on Tuesday, the government said it was addressing \"the difficult "
    "issue\" of returning unaccompanied asylum seeking children. A spokesman for the Home Office said it was wholly "
    "wrong to suggest that the plan was to return children \"and leave them to rot\".\n\n"
    "The issue entered the public spotlight when Norfolk farmer Tony Martin was jailed for shooting dead a 16-year-old "
    "burglar in 1999 as he ran away from the farm. But the home secretary said Mr Howard was wrong to say the law was "
    "biased in favour of burglars.\n")


def test_what_a_speaker_calls_wrong_to_say_is_denied(nlp):
    triples = resolved(nlp, CALLED_WRONG)
    plan = next(t for t in triples if t.subject == "the plan")
    assert (plan.relation, plan.object, plan.negated, plan.attributed_to) == (
        "was to return", "children", True, "A spokesman for the Home Office")
    law = next(t for t in triples if t.subject == "the law")
    assert (law.relation, law.negated, law.attributed_to) == ("was biased in favour of", True, "the home secretary")
    # negative: neither is stated as said and meant: no reading of them that is not denied
    assert not [t for t in triples if t.subject in {"the plan", "the law"} and not t.negated]
    # and what Mr Howard said stays his saying
    said = next(t for t in triples if t.relation_lemma == "be wrong to say")
    assert (said.subject, said.negated) == ("Mr Howard", False)


def test_a_saying_not_called_wrong_keeps_its_content(nlp):
    # negative: "not wrong to say" and "unfair to say" deny nothing (the home secretary's sentence, reworded)
    triples = resolved(nlp, "Burglary law\n\nBut the home secretary said Mr Howard was not wrong to say the law was "
                            "biased in favour of burglars.\n")
    law = next(t for t in triples if t.subject == "the law")
    assert (law.relation, law.negated, law.attributed_to) == ("was biased in favour of", False, "the home secretary")


# sport/melzer-shocks-agassi-in-san-jose.txt (s23 blind row T091: "'said the American' is Agassi, not Melzer")
MELZER = (
    "Melzer shocks Agassi in San Jose\n\n"
    "Second seed Andre Agassi suffered a comprehensive defeat by Jurgen Melzer in the quarter-finals of the SAP "
    "Open.\n\n"
    "Agassi was often bamboozled by the Austrian's drop shots in San Jose, losing 6-3 6-1. Melzer has now beaten "
    "Agassi in two of their three meetings.\n\n"
    "\"I had a good game plan and I executed it perfectly,\" he said. \"It's always tough to come out to play Andre. "
    "\"I didn't want him to play his game. He makes you run like a dog all over the court.\" And Agassi, who was more "
    "than matched for power by his opponent's two-handed backhand, said Melzer was an example of several players on "
    "the tour willing to take their chances against him. \"A lot more guys are capable of it now,\" said the "
    "American.\n")
# sport/moya-emotional-at-davis-cup-win.txt (pool): "the American" who speaks is the one the writer just named
RODDICK = (
    "Moya emotional at Davis Cup win\n\n"
    "US coach Patrick McEnroe wants Roddick and the rest of his team to play more tennis on clay and hone their skills "
    "on the surface. Roddick was left frustrated after losing both his singles on the slow clay of Seville's Olympic "
    "Stadium. \"It's just tough because I felt like I was in it the whole time against one of the top three "
    "clay-courters in the world,\" said the American.\n")


def test_the_american_who_speaks_is_the_speaker_not_whom_he_spoke_of(nlp):
    triples = resolved(nlp, MELZER)
    guys = next(t for t in triples if t.subject == "A lot more guys")
    assert (guys.relation, guys.object, guys.attributed_to) == ("are", "capable of it", "Andre Agassi")
    said = next(t for t in triples if t.kind == "speech" and t.subject == "the American")
    assert said.subject_entity == "Andre Agassi"
    # negative: Melzer stays the subject of what Agassi said of him, and says none of it
    example = next(t for t in triples if t.subject == "Melzer" and t.relation_lemma == "be")
    assert (example.subject_entity, example.attributed_to) == ("Jurgen Melzer", "Andre Agassi")


def test_the_american_named_just_before_still_speaks(nlp):
    # negative: a nationality speaker after the writer names him keeps him (McEnroe's wish names Roddick first)
    triples = resolved(nlp, RODDICK)
    said = next(t for t in triples if t.kind == "speech" and t.subject == "the American")
    assert said.subject_entity == "Roddick"
