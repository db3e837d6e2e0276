"""Pronouns given the wrong referent (issues 16/17, session 25 `pronouns`).

Each rule on a real passage of the BBC pool (or of the session's judged development sample): the pronoun's exact
entity (or that it stays unresolved), and the negative case.
"""
from __future__ import annotations

from test_pronoun_agreement import entity_of

from kg.resolve.mentions import bracketed_referent

# -- an editor's "[Name]" after a pronoun names its referent ----------------------------------------

LEIGH = (  # entertainment/vera-drake-scoops-film-award (s25 judged N046: He → Patrick Stewart)
    "Oscar hopefuls Mike Leigh and Imelda Staunton were both winners at the 2004 Evening Standard British Film "
    "Awards.\n\n"
    "Leigh was presented with his winner's statuette by Timothy Spall and Staunton's award was announced by Patrick "
    "Stewart, during the glittering ceremony at The Savoy on Sunday night. Evening Standard film critic Derek Malcolm "
    "said: \"He [Leigh] has never made a film that is better controlled and technically more secure... If this isn't "
    "one of the films of the year, I don't know what is.\"")

BAUME = (  # politics/brown-hits-back-in-blair-rift-row (his → Gershon before)
    "Jonathan Baume, of the top civil servants' union, spoke of \"competing agendas\" between Mr Brown and Mr Blair.\n\n"
    "Under the plans, unveiled in the Gershon report, some 84,000 civil servants jobs will be axed or changed and the "
    "savings ploughed back into frontline services. Mr Brown said: \"To be honest I don't think you can rely on his "
    "[Mr Baume's] judgement on this matter when it comes to the decisions that the government are making.\"")

EMPLOYEES = (  # tech/blogger-grounded-by-her-airline
    "Jeremy Wright said companies may not be particularly clear when they [employees] do cross the line.")


def test_a_bracketed_name_after_a_pronoun_is_its_referent(nlp):
    assert entity_of(nlp, LEIGH, "He [Leigh]") == "Mike Leigh"  # was Patrick Stewart
    assert entity_of(nlp, BAUME, "his [Mr Baume's]") == "Jonathan Baume"  # was Gershon


def test_a_pronoun_without_brackets_is_resolved_as_before(nlp):
    assert entity_of(nlp, LEIGH, "his winner's") == "Mike Leigh"


def test_a_bracketed_common_noun_leaves_the_pronoun_without_entity(nlp):
    doc = nlp(EMPLOYEES)
    they = next(t for t in doc if t.text == "they")
    assert bracketed_referent(they).text == "employees"
    assert entity_of(nlp, EMPLOYEES, "they [employees]") is None
    assert bracketed_referent(next(t for t in doc if t.text == "companies")) is None


# -- a name after a role noun's phrase, hung on the phrase's last noun, is the role's holder --------

LOVELL_BADGE = (  # politics/research-fears-over-kelly-s-views (s25 judged T086: he had no entity)
    "Professor Rothwell, who is also vice-president of research at Manchester University, told the Times Higher "
    "Education Supplement it would worry her \"a great deal\" if ministers were anti-stem cell. Head of developmental "
    "genetics at the National Institute of Medical Research, Professor Robin Lovell-Badge, said he had witnessed the "
    "confused situation in the US where many religious groups opposed the practice.")


def test_a_name_after_a_role_phrase_is_the_subject_a_he_goes_to(nlp):
    assert entity_of(nlp, LOVELL_BADGE, "he had witnessed") == "Robin Lovell-Badge"  # was none: the name a place of "at"
    from kg.resolve.mentions import clause_role, holder_of_the_role_before
    doc = nlp(LOVELL_BADGE.split(". ", 1)[1])
    badge = next(t for t in doc if t.text == "Badge")
    assert badge.dep_ == "appos" and badge.head.text == "Institute"  # the parse this rule reads
    assert holder_of_the_role_before(badge).text == "Head"
    assert clause_role(badge)[0] == "subj"  # was loc, a place of "at"


def test_a_name_after_a_phrase_of_no_person_is_not_its_holder(nlp):
    from kg.resolve.mentions import holder_of_the_role_before
    doc = nlp("Analysts expect the overall impact on Asia's largest stock market, Japan's Nikkei, to be small.")
    assert all(holder_of_the_role_before(t) is None for t in doc)
    doc = nlp("Tony Blair, leader of the Labour Party, said he would stand again.")  # an apposition of the name itself
    assert all(holder_of_the_role_before(t) is None for t in doc)
    doc = nlp("The head of that tribunal, Kostas Panagopoulos, said he would rule soon.")  # hung on the role noun
    assert all(holder_of_the_role_before(t) is None for t in doc)


def test_a_speaker_named_after_an_office_phrase_is_the_name(nlp):
    from test_speakers_s12 import find, triples_of
    triples = triples_of(nlp, LOVELL_BADGE)
    [witnessed] = find(triples, "he", "witness")
    assert witnessed.attributed_to == "Robin Lovell-Badge"  # was "Head of developmental genetics at the …"
    assert witnessed.subject_entity == "Robin Lovell-Badge"  # was none: an unnamed office's "he"
    from kg.records import Argument
    from kg.resolve.speakers import holder_named_after
    text = "The home secretary said he would not be launching an investigation."
    speaker = Argument("The home secretary", 0, 18, 9)
    assert holder_named_after(speaker, text, lambda at: None, lambda at: None, {}) is None  # no name after it


# -- a he/she after a subject named by an office alone: the article's topic person, else no one ---

WENGER = (  # sport/wenger-rules-out-new-keeper (s25 judged N050: he → Manuel Almunia)
    "Wenger has brought in Manuel Almunia for the last three games for the out-of-form Jens Lehmann - but the "
    "Spaniard himself has been prone to mistakes. The Gunners manager refused to comment on the difficult start that "
    "27-year-old Almunia has made to his career at Highbury. And he would not be drawn on whether Lehmann would "
    "return for the top-of-the table clash with Chelsea on Sunday.")


def test_a_he_after_an_office_subject_is_not_the_last_name(nlp):
    assert entity_of(nlp, WENGER, "he would not be drawn") is None  # was Manuel Almunia; no one person in line one
    headlined = "Wenger rules out new keeper\n\nArsenal boss Arsene Wenger says he has no plans.\n\n" + WENGER
    assert entity_of(nlp, headlined, "he would not be drawn") == "Arsene Wenger"  # the article's topic
    assert entity_of(nlp, WENGER, "his career") == "Manuel Almunia"  # a possessive inside the sentence: as before


PAKISTAN = (  # politics/pakistani-women-must-not-hide (he → Tony Blair before)
    "Pakistani women 'must not hide'\n\n"
    "Hiding women away in the home is damaging to Pakistan, its president has said. "
    "On Monday the Pakistani president met Prime Minister Tony Blair at 10 Downing Street, on his first official visit "
    "to London. He is due to visit the Pakistani community in Manchester on Tuesday afternoon.")


def test_a_he_after_an_office_stays_unresolved_without_a_topic_person(nlp):
    assert entity_of(nlp, PAKISTAN, "He is due") is None  # was Tony Blair, the man the president met


def test_a_he_after_a_named_subject_is_resolved_as_before(nlp):
    text = WENGER.replace("The Gunners manager refused", "Wenger refused")
    assert entity_of(nlp, text, "he would not be drawn") == "Wenger"
    from kg.resolve.mentions import role_subject_before
    doc = nlp("The woman was taken to hospital. He said the injuries were not serious.")  # no office
    assert role_subject_before(next(t for t in doc if t.text == "He")) is None


OHERLIHY = (  # entertainment/oscar-nominee-dan-o-herlihy-dies: a trade re-names the man the article is about
    "Irish actor Dan O'Herlihy, who was nominated for best actor at the 1955 Oscars, has died at the age of 85.\n\n"
    "O'Herlihy, whose Oscar nomination was for Luis Bunuel's The Adventures of Robinson Crusoe, died at his home in "
    "Malibu, California, a spokesman said. The actor began his film career in the 1940s, playing Macduff to Orson "
    "Welles' Macbeth in 1948. He later appeared in Robocop and its sequel and cult TV show Twin Peaks.")


def test_a_he_after_an_epithet_goes_on_with_the_person(nlp):
    assert entity_of(nlp, OHERLIHY, "He later") == "Dan O'Herlihy"
    from kg.resolve.mentions import role_subject_before
    doc = nlp(OHERLIHY)
    assert role_subject_before(next(t for t in doc if t.text == "He")) is None
    doc = nlp("The manager was taken to hospital. He said the injuries were not serious.")
    assert role_subject_before(next(t for t in doc if t.text == "He")).text == "manager"

