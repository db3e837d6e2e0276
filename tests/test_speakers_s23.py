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

