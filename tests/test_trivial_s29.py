"""Trivial readings of session 29 (issue 16): triples that say nothing a reader can use. Every sentence is from the
BBC pool (/work/pool29) or a judged development sample, each rule with the case it must still read."""
from __future__ import annotations

from extract_helpers import extractions


def kept(nlp, text):
    """(subject, relation as written, object) of every reading kg keeps (no ``uninformative``), speech left out."""
    return [(e.subject.text, e.relation, e.object.text if e.object else None)
            for e in extractions(nlp, text) if e.uninformative is None and e.kind != "speech"]


def test_make_with_an_adjective_and_no_object_is_no_reading(nlp):
    # informative.is_result_adjective_without_object: the object of "made clear"/"made available" was gapped by
    # "as" or by a relative; "I — made — clear" says nothing (s29 start-a T076)
    read = kept(nlp, '"As I have always made clear, I set out in the answer my own genuinely held, independent view '
                     'that military action was lawful under the existing (UN) Security Council resolutions," he said.')
    assert not any(o == "clear" for _, _, o in read)
    assert ("military action", "was", "lawful") in read
    read = kept(nlp, "One of the critical patches Microsoft has made available is an important one that fixes some "
                     "IE flaws.")
    assert ("Microsoft", "has made", "available") not in read
    # an object of its own stays, and so does a passive
    assert ("Microsoft", "has made", "the patch available") in kept(nlp, "Microsoft has made the patch available.")
    assert ("He", "made", "clear his opposition to the plan") in kept(nlp, "He made clear his opposition to the plan.")
    assert ("The firm", "has made", "it clear that it will not sell") in kept(
        nlp, "The firm has made it clear that it will not sell.")
    # a passive participle says what became of its subject
    read = kept(nlp, "It is no longer just multi-nationals that are in danger of so-called denial of service attacks, "
                     "in which websites are bombarded by requests for information and rendered inaccessible.")
    assert ("websites", "be rendered", "inaccessible") in read


def test_a_plural_or_family_tie_with_no_name_is_possessive_noise(nlp):
    # nominal.is_unnamed_kind_of_tie: every person has a family, every firm rivals (s29 start-a T053)
    def poss(text):
        return [(e.subject.text, e.object.text) for e in extractions(nlp, text)
                if e.kind == "poss" and e.uninformative is None]
    assert ("Curtis", "family") not in poss(
        "Plans for a separate Joy Division film had been announced at the Cannes Film Festival earlier this year, but "
        "the project did not get off the ground as it failed to get the backing of Curtis's family.")
    assert ("Alitalia", "rivals") not in poss(
        "The matter of possible state aid was brought to the Commission's attention by eight of Alitalia's rivals, "
        "including Germany's Lufthansa, British Airways and Spain's Iberia.")
    assert ("China", "leaders") not in poss("China's leaders see reforming the top four banks as vital to distribute "
                                             "capital to profitable companies.")
    # a named or single tie stays
    assert ("Michael", "partner Anselmo Feleppa") in poss(
        "The film also deals with the loss of Michael's partner Anselmo Feleppa from an Aids-related condition in 1993.")
    assert ("Mrs Quinn", "two-year-old son") in poss(
        "Mr Blunkett is taking legal action to gain access to Mrs Quinn's two-year-old son.")


def test_make_with_an_adjective_keeps_what_the_parse_hung_on_the_adjective(nlp):
    # the clause or noun the parse gave "clear"/"easier" is what was made clear or easier: the reading stays
    read = kept(nlp, "Mr Clarke said he had made clear the UK would welcome genuine economic migrants for key jobs on "
                     "a strict points based system.")
    assert ("he", "had made clear", "the UK would welcome genuine economic migrants for key jobs on a strict points "
                                    "based system") in read
    assert ("The system", "make", "travelling easier") in kept(
        nlp, "The system would reduce queues and make travelling easier, said Nokia.")


def test_a_subject_opening_with_especially_is_no_participant(nlp):
    # informative.is_focus_fragment: the tail of a list singled out by "especially"/"particularly" (s29 start-a T046)
    read = kept(nlp, "Huw Stephens is currently one half of the Radio 1 Thursday night show Bethan and Huw in Wales, "
                     "which explores new music, especially up and coming acts breaking through in Wales.")
    assert not any(s.startswith("especially") for s, _, _ in read)
    read = kept(nlp, "This has led to operators finding other technologies, particularly one known as Wap-push, to get "
                     "multimedia to their customers.")
    assert not any(s.startswith("particularly") for s, _, _ in read)
    assert ("operators", "be finding", "other technologies") in read


def test_the_other_or_the_first_alone_names_nothing(nlp):
    # informative.is_elliptical_subject: "the" and a word standing for a noun said before, like a bare pronoun
    read = kept(nlp, "The other is airports, a source of controversy after the army closed Tehran's new Imam "
                     "Khomeini International Airport.")
    assert ("The other", "is", "airports") not in read
    assert ("the army", "closed", "Tehran's new Imam Khomeini International Airport") in read
    assert not any(s == "The first" for s, _, _ in kept(
        nlp, "The first will be a version of its Need for Speed racing game, created by EA Mobile's 30-person "
             "development team."))
    # a noun of its own or an "of" phrase says what is meant
    assert ("The rest of the squad", "flew home on", "Monday") in kept(nlp, "The rest of the squad flew home on Monday.")
