"""Names of issues 17 and 16 (session 17, names): titles cut at a capitalised preposition, … Real sentences of
../shared/corpora/bbc-news (the BBC corpus' non-audit articles); each test asserts the exact name made and what must not be made."""
from __future__ import annotations

from test_entities import resolve_texts


def test_a_capitalised_preposition_opens_or_joins_a_title(nlp):
    """entertainment/day-lewis-set-for-berlin-honour.txt: "with films In The Name Of The Father (1994), The Crucible
    (1997) …" is the film "In The Name Of The Father" (the model read "The Name Of The Father", the blind audit's
    cut title); entertainment/music-man-to-the-oscars.txt: "the title song from For Your Eyes Only";
    tech/media-gadgets-get-moving.txt: "services like TiVo To Go" keeps the product's label."""
    entities, _, _ = resolve_texts(
        nlp,
        "Day-Lewis has competed four times at the Berlin Film Festival, with films In The Name Of The Father (1994), "
        "The Crucible (1997), The Boxer (1998) and Martin Scorsese's Gangs Of New York (2003).",
        "He also received two nominations in the original song category in 1976 for Gonna Fly Now from Rocky and in "
        "1981 for the title song from For Your Eyes Only.",
        "In the US, services like TiVo To Go let people transfer pre-recorded TV content onto their phones.")
    assert entities["In The Name Of The Father"].type == "WORK_OF_ART"
    assert "The Name Of The Father" not in entities and "Name Of The Father" not in entities
    assert "For Your Eyes Only" in entities and "Your Eyes Only" not in entities
    assert entities["TiVo To Go"].type == "PRODUCT" and "TiVo" not in entities


def test_a_capitalised_about_joins_a_title(nlp):
    """entertainment/band-aid-retains-number-one-spot.txt: "Maroon 5's album Songs About Jane has moved up to number
    seven" is the album "Songs About Jane" (not a work "Songs" and a person "Jane")."""
    entities, _, _ = resolve_texts(
        nlp, "Maroon 5's album Songs About Jane has moved up to number seven despite being released 47 weeks ago.")
    assert entities["Songs About Jane"].type == "WORK_OF_ART"
    assert "Jane" not in entities and "Songs" not in entities, sorted(entities)


def test_a_capitalised_preposition_after_a_quotation_mark_opens_no_title(nlp):
    """politics/civil-servants-in-strike-ballot.txt-like quotations: 'said: "In Wales the civil service is major
    employer …"' — a capital after a quotation mark opens the quotation, so "Wales" stays the country; a
    capital after a sentence end the splitter kept ("… in 1994. In …") is no title's either."""
    entities, _, _ = resolve_texts(
        nlp,
        'PCS Union spokesman Jeff Evans said: "In Wales the civil service is major employer, there are more civil '
        'servants employed in Wales proportionately than in any other part of the country."')
    assert entities["Wales"].type == "GPE"
    assert not any(name.startswith("In ") for name in entities), sorted(entities)


def test_a_plural_possessive_inside_a_members_body(nlp):
    """business/home-loan-approvals-rising-again.txt: "a survey from the British Bankers' Association" is that
    body, not a body "Association"; sport/wenger-offers-mutu-hope.txt: "the Professional Footballers' Association";
    the two stay two bodies (they were one "Association")."""
    entities, _, _ = resolve_texts(
        nlp,
        "The figures contradict a survey from the British Bankers' Association, which said approvals were at a "
        "five-year low.",
        "Chelsea have been criticised for their stance, with the Professional Footballers' Association accusing the "
        "club of failing in their duty of care to the player.")
    assert entities["British Bankers' Association"].type == "ORG"
    assert "Professional Footballers' Association" in entities
    assert "Association" not in entities, sorted(entities)


def test_a_plural_of_people_by_what_they_do_names_their_body_or_prize(nlp):
    """entertainment/bennett-play-takes-theatre-prizes.txt: "the Theatregoers' Choice Awards named US actor Christian
    Slater best actor" are those awards (they were "Choice Awards"); entertainment/no-uk-premiere-for-rings-musical.txt:
    "a deal struck with Canadian Actors' Equity" is that union (it was "Equity")."""
    entities, _, _ = resolve_texts(
        nlp,
        "Chosen by more than 11,000 theatre fans, the Theatregoers' Choice Awards named US actor Christian Slater best "
        "actor for One Flew Over the Cuckoo's Nest.",
        '" Auditions begin in Canada on Thursday, but up to five British actors may join the cast, under a deal struck '
        "with Canadian Actors' Equity.")
    assert "Theatregoers' Choice Awards" in entities and "Choice Awards" not in entities, sorted(entities)
    assert "Canadian Actors' Equity" in entities and "Equity" not in entities


def test_a_teams_possessive_before_its_competition_still_owns(nlp):
    """sport/bridge-could-miss-rest-of-season.txt: "during the Londoners' FA Cup defeat at Newcastle" is Chelsea's
    FA Cup match: the FA Cup stays the FA Cup (no name "Londoners' FA Cup")."""
    entities, _, _ = resolve_texts(
        nlp,
        "The England international, 24, was hurt in an innocuous challenge with Alan Shearer during the Londoners' FA "
        "Cup defeat at Newcastle on Sunday.")
    assert not any(name.startswith("Londoners") for name in entities), sorted(entities)


def test_a_law_ends_in_bill_not_in_a_first_name(nlp):
    """politics/falconer-rebuts-charade-claims.txt: "last minute changes to the Mental Capacity Bill" is the law
    "Mental Capacity Bill" (the model read a body "the Mental Capacity", and "Bill" alone became a man);
    politics/blair-prepares-to-name-poll-date.txt: "its Serious and Organised Crime Bill and ID cards Bill" makes no
    person "Bill"; entertainment/grammys-honour-soul-star-charles.txt: "former US President Bill Clinton" keeps his
    first name."""
    entities, _, _ = resolve_texts(
        nlp,
        "Ministers have been accused of panic in offering last minute changes to the Mental Capacity Bill amid "
        "chaotic scenes in the Commons on Tuesday.",
        "But it will also seek to push through its Serious and Organised Crime Bill and ID cards Bill.",
        "And former US President Bill Clinton picked up the second Grammy of his career, winning the spoken word "
        "award for the audio version of his autobiography My Life.")
    assert entities["Mental Capacity Bill"].type == "LAW"
    assert entities["Serious and Organised Crime Bill"].type == "LAW"
    assert "Bill" not in entities and "Mental Capacity" not in entities, sorted(entities)
    assert entities["Bill Clinton"].type == "PERSON"


def test_a_number_word_opens_a_name(nlp):
    """sport/wilkinson-to-lead-england.txt: "he then missed the entire 2004 Six Nations campaign" is the Six Nations
    (the model read a number "Six" and a body "Nations")."""
    entities, _, _ = resolve_texts(
        nlp,
        "But he then missed the entire 2004 Six Nations campaign while recuperating from shoulder surgery, before "
        "making his comeback for Newcastle in the Zurich Premiership in August.")
    assert "Six Nations" in entities and "Nations" not in entities, sorted(entities)


def test_a_titles_owner_named_nowhere_else_is_a_word_of_the_title(nlp):
    """entertainment/vera-drake-s-bafta-triumph-hope.txt: "leaving Dead Man's Shoes, Harry Potter and the Prisoner
    of Azkaban …" is the film "Dead Man's Shoes" (the model read it whole; the owner's cut left a body "Shoes");
    entertainment/ocean-s-twelve-raids-box-office.txt: "Ocean's Eleven", not "Eleven". An owner the paragraph
    names apart still owns: business/macy-s-owner-buys-rival-for-11bn.txt, "said Kurt Barnard, president of
    Barnard's Retail Consulting Group" makes no name "Barnard's …"; a first name owns: "Mike Leigh's Vera Drake"."""
    entities, _, _ = resolve_texts(
        nlp,
        'Mr Bradshaw felt that Mike Leigh\'s "masterpiece" was entitled to the best film award - leaving Dead Man\'s '
        "Shoes, Harry Potter and the Prisoner of Azkaban, My Summer of Love and Shaun of the Dead to slug it out for "
        "the best British film trophy.",
        "The sequel narrowly beat its 2001 predecessor, Ocean's Eleven which took $38.1m (£19.8m).",
        '"Without this deal May would have been, to put it bluntly, washed up," said Kurt Barnard, president of '
        "Barnard's Retail Consulting Group.",
        "Despite three nominations, Mike Leigh's Vera Drake failed to take the director or screenplay awards and "
        "there was no prize for star Imelda Staunton.")
    assert "Dead Man's Shoes" in entities and "Shoes" not in entities, sorted(entities)
    assert "Ocean's Eleven" in entities and "Eleven" not in entities
    assert not any(name.startswith("Barnard's") for name in entities), sorted(entities)
    assert "Mike Leigh" in entities and not any(name.startswith("Mike Leigh's") for name in entities)


def test_a_capitalised_job_word_is_a_word_of_the_name(nlp):
    """entertainment/baywatch-dubbed-worst-tv-import.txt: "Other American shows which won praise were The X-Files, I
    Love Lucy, Twin Peaks and Star Trek" is the show "Star Trek" (the job word "star" came off and left a person
    "Trek"); entertainment/volcano-drama-erupts-on-bbc-one.txt: "classics such a Mary Poppins, Star Wars and …".
    A job word in lower case is a job: "presented by Little Britain star Matt Lucas" is Matt Lucas
    (tech/ultimate-game-award-for-doom-3.txt)."""
    entities, _, _ = resolve_texts(
        nlp,
        "Other American shows which won praise were The X-Files, I Love Lucy, Twin Peaks and Star Trek.",
        "Films on ITV1 include Gus Van Sant's Finding Forrester, starring Sean Connery, and classics such a Mary "
        "Poppins, Star Wars and The Good, the Bad and the Ugly.",
        "It was the only title to win twice, winning Ultimate Game of the year and best PC game at the awards, "
        "presented by Little Britain star Matt Lucas.")
    assert entities["Star Trek"].type == "WORK_OF_ART" and "Trek" not in entities, sorted(entities)
    assert entities["Star Wars"].type == "WORK_OF_ART" and "Wars" not in entities
    assert entities["Matt Lucas"].type == "PERSON" and not any(name.startswith("star") for name in entities)
