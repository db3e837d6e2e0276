"""Entity types, session 30 round b (issue 17): a parliamentary seat in a comma list the model read as persons.

namespans._list_names makes every unlabelled name of a comma list holding two persons a person; a town and its
compass word there is a seat (kindcues.constituency_name), a place (GPE), not a person.
"""
from __future__ import annotations

from test_entities import resolve_texts
from test_entity_types_s22 import typed

# politics/lib-dems-target-the-student-vote.txt (pool): "Leeds North West" and "Manchester Gorton" were read as persons.
SEATS = ('The seats where the Lib Dems say student votes can swing the election for them are: Bristol West, Cardiff '
         'Central, Leeds North West, Cambridge, Manchester Gorton, Sheffield Central, Oxford East, Newcastle-upon-Tyne '
         'Central, Liverpool Riverside, Holborn and St Pancras, Oldham East and Saddleworth, Manchester Withington, '
         'Islington South and Finsbury, Birmingham Yardley, Surrey South West, Taunton, Orpington, Haltemprice and '
         'Howden, Eastbourne, Isle of Wight, Dorset West, Bournemouth East, Wells, Canterbury, Cities of London and '
         'Westminster, Bournemouth West, Westmorland and Lonsdale.')


def test_seat_in_a_list_of_persons_is_a_place(nlp):
    ents, _, _ = resolve_texts(nlp, SEATS)
    assert typed(ents, "Cardiff Central") == "GPE"
    assert typed(ents, "Bournemouth West") == "GPE"


def test_person_in_a_list_of_persons_stays_a_person(nlp):
    """Negative: a name the list rule finds that is no town and compass word stays a person."""
    ents, _, _ = resolve_texts(nlp, "Wednesday's game at Old Trafford will provide an intriguing confrontation between "
                                    "United's young attackers Wayne Rooney and Cristiano Ronaldo and Milan's veteran "
                                    "defence of Stam, Paolo Maldini, Cafu and Alessandro Costacurta.")
    assert typed(ents, "Alessandro Costacurta") == "PERSON"  # pool sport article, the list rule's own example
    assert typed(ents, "Paolo Maldini") == "PERSON"
    assert all(e.type != "GPE" for n, e in ents.items() if n not in {"Old Trafford", "Milan"})
