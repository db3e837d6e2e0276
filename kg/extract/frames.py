"""Frames that say nothing themselves: it-clefts and impersonal reports.

* It-cleft: "But it was Radcliffe who managed to dredge up a final sprint" is
  about Radcliffe; "it — was — Radcliffe" says nothing. The clause's subject
  ("who") is the focus, Radcliffe, and the frame gives no extraction. The
  adverbial cleft "it was not until Hotel, in 1965, that Hollywood came
  calling" is a frame too.
* Expletive "it" before an adjective: "it is not surprising that hundreds of …
  have come", "it is not clear whether he will play": "it — is not — surprising"
  says nothing; the clause is read on its own.
* VP ellipsis: "in a way Old Labour never did", "you don't do deals over jobs
  like this - you don't": a bare "do" stands for a predicate said before; read
  alone it says nothing ("Old Labour — never did — a way").
* Impersonal report: "It is understood that no deal was offered", "it was
  revealed that he had failed a drug test", "it emerged that …": "it" is no
  speaker and the frame gives no extraction. The content is asserted when the
  verb presents it as true (revealed, confirmed, emerged …) and hedged
  ("reportedly") when it only reports it (understood, thought, said …).
"""
from __future__ import annotations

from ..nlp import sentence_of

RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})
# verbs of an impersonal report whose content the writer presents as true
FACTIVE = frozenset("""reveal confirm announce emerge disclose find show establish learn discover know
prove transpire""".split())
# "it emerged that …", "it transpired that …": an active verb with an impersonal "it"
IMPERSONAL_ACTIVE = frozenset({"emerge", "transpire", "appear", "seem"})
CLAUSES = frozenset({"ccomp", "advcl", "relcl"})


def _it_subject(verb):
    """The "it" subject of ``verb`` (active or passive), or ``None``."""
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.lower_ == "it"), None)


def _relative_subject(clause) -> bool:
    """Whether ``clause`` has "who"/"that"/"which" as its subject."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in RELATIVE_SUBJECTS for c in clause.children)


def cleft_focus(be):
    """The focus of an it-cleft whose copula is ``be``, else ``None``.

    "it was Wales who finished the game" → Wales (the relative clause on the
    focus, or a clause of the copula, has "who"/"that"/"which" as subject);
    "it was not until Hotel, in 1965, that Hollywood came calling" → Hotel
    (a fronted phrase followed by a "that" clause). A focus is a name, or the
    relative word is "who": "it is a battle that Yahoo is winning" is no cleft.
    """
    if be.lemma_ != "be" or _it_subject(be) is None:
        return None
    attr = next((c for c in be.children if c.dep_ == "attr" and c.i > be.i), None)
    if attr is not None:
        clauses = [c for c in attr.children if c.dep_ == "relcl" and c.i > attr.i]
        clauses += [c for c in be.children if c.dep_ in CLAUSES and c.i > attr.i]
        for clause in clauses:
            who = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in clause.children)
            if _relative_subject(clause) and (who or attr.pos_ in {"PROPN", "PRON"} or attr.ent_type_):
                return attr
        return None
    # the adverbial cleft: "it was (not) until/after/because of X … that Y"
    for prep in (c for c in be.children if c.dep_ == "prep" and c.i > be.i):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        later = [t for t in be.doc[pobj.i + 1:sentence_of(be).end] if t.lower_ == "that" and t.dep_ in {"mark", "dobj", "nsubj", "advmod"}]
        if later and all(t.is_punct or t.dep_ in {"prep", "pobj", "det", "amod", "compound", "nummod", "advmod"} or t.head.i < later[0].i
                         for t in be.doc[pobj.i + 1:later[0].i]):
            return pobj
    return None


def is_adverbial_focus(noun) -> bool:
    """The focus of an adverbial it-cleft ("the break" in "it was only after the break that …")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and cleft_focus(prep.head) == noun


def is_cleft_frame(verb) -> bool:
    """The copula of an it-cleft ("it was Radcliffe who …"): it gives no extraction."""
    return cleft_focus(verb) is not None


def impersonal_report(verb):
    """``(True, modality)`` when ``verb`` is an impersonal report with a that-clause ("It is
    understood that …" → "reportedly"; "it was revealed that …" → ``None``: asserted), else
    ``(False, None)``."""
    it = _it_subject(verb)
    if it is None or not any(c.dep_ == "ccomp" for c in verb.children):
        return False, None
    lemma = verb.lemma_.lower()
    passive = it.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and lemma not in IMPERSONAL_ACTIVE:
        return False, None
    if lemma in FACTIVE:
        return True, None
    return True, "apparently" if lemma in {"appear", "seem"} else "reportedly"


# what a "do" of its own takes: with none of these it stands for an elided predicate
DO_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "dative", "oprd", "pcomp", "advcl", "prt",
                            "nsubjpass", "csubj"})


def is_elided_verb(verb) -> bool:
    """A main-verb "do" standing for a predicate written elsewhere (VP ellipsis): no object, no complement.

    "New Labour has lost people's confidence in a way Old Labour never did", "He works harder
    than Smith ever did", "… - you don't.": nothing is said by the "do" itself. "You don't do
    deals" has its object and stays.
    """
    # (a clause before the "do" is not its complement: "… like this - you don't" hangs on the first "do")
    return (verb.lemma_.lower() == "do" and verb.pos_ == "VERB"
            and not any(c.dep_ in DO_COMPLEMENTS and (c.i > verb.i or c.dep_ == "dobj") for c in verb.children))


def is_adjective_frame(be) -> bool:
    """An expletive "it" with an adjective and a clause: "it is not surprising that hundreds of
    'hits' … have happened", "it is not clear whether he will play", "it is important to …".

    "It is not surprising" is no triple (and "it" no party to a denial); the clause after the
    adjective is read on its own (its hedge, if any, from polarity.modality_of). A referring
    "it" with no clause ("It is not cheap") stays.
    """
    if be.lemma_ != "be" or _it_subject(be) is None:
        return False
    adj = next((c for c in be.children if c.dep_ == "acomp" and c.pos_ == "ADJ" and c.i > be.i), None)
    if adj is None:
        return False
    clauses = [c for c in be.children if c.dep_ in {"ccomp", "csubj", "xcomp", "advcl"} and c.i > adj.i]
    clauses += [c for c in adj.children if c.dep_ in {"ccomp", "xcomp"} and c.i > adj.i]
    return any(c.dep_ != "advcl" or any(g.dep_ == "mark" and g.lower_ in {"that", "whether", "if"} for g in c.children)
               for c in clauses)
