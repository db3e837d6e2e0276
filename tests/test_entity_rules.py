"""Entity rules of issue 17, each on real BBC sentences (../shared/corpora/bbc-news), with what must not merge.

Every rule is a small function of kg/resolve (its docstring names the construction);
a test here asserts the canonical name or type it gives and the negative case.
"""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, run_kg
from kg.records import Entity, Role
from kg.resolve import Gazetteer
from kg.resolve.names import is_surname_key, name_key, surname_of
from kg.resolve.review import bad_acronyms, first_names, is_acronym_of, reasons, surname_splits, suspicious
from test_entities import resolve_texts, seed  # noqa: F401  (the seed fixture)


def holder(ents: dict[str, Entity], form: str) -> list[str]:
    """The names of the entities holding ``form`` as name or alias."""
    return [e.name for e in ents.values() if form == e.name or form in e.aliases]


# -- names: hyphens, particles, titles --------------------------------------------------------

def test_name_keys_keep_hyphenated_and_particle_surnames_whole():
    assert name_key("Robert Kilroy-Silk") == "robert kilroy-silk"
    assert surname_of("robert kilroy-silk") == "kilroy-silk" and surname_of("robin van persie") == "van persie"
    assert surname_of("david o'leary") == "o'leary" and surname_of("george bush snr") == "bush"
    assert is_surname_key("de niro") and not is_surname_key("robert de niro")
    assert name_key("Rob Partridge - Marley") == "rob partridge marley"  # a spaced dash is no hyphen


def test_hyphenated_surname_joins_its_full_name(nlp):
    # sport/..., politics/kilroy-silk-quits-shameful-ukip.txt
    ents, _, _ = resolve_texts(
        nlp,
        "Ex-chat show host Robert Kilroy-Silk has quit the UK Independence Party and accused it of betraying its "
        "supporters. Mr Kilroy-Silk explained his reasons to his East Midlands constituents at a meeting in Hinckley, "
        "Leicestershire.",
    )
    assert "Mr Kilroy-Silk" in ents["Robert Kilroy-Silk"].aliases
    assert "Kilroy-Silk" not in ents and "Silk" not in ents
    assert not holder(ents, "Mr Kilroy-Silk") == ["UK Independence Party"]


def test_particle_surname_joins_its_full_name(nlp):
    # entertainment/de-niro-film-leads-us-box-office.txt
    ents, _, _ = resolve_texts(
        nlp,
        "Film star Robert De Niro has returned to the top of the North American box office with his film Hide and "
        "Seek. In Hide and Seek, De Niro plays a widower whose daughter has a creepy imaginary friend.",
    )
    assert "De Niro" in ents["Robert De Niro"].aliases and "De Niro" not in ents
    assert "Film star Robert De Niro" not in ents  # the title is no part of the name


def test_titles_are_not_part_of_the_name(nlp):
    # sport/rangers-seal-old-firm-win.txt, politics/tutu-s-guantanamo-release-call.txt
    ents, _, _ = resolve_texts(
        nlp,
        "Goals from Gregory Vignal and Nacho Novo gave Rangers a scrappy victory at Celtic Park. "
        "Striker Novo secured victory, lobbing Douglas with eight minutes remaining.",
        "Archbishop Desmond Tutu has called for the release of the remaining inmates at Guantanamo Bay. "
        "Referring to the detentions in Cuba, Archbishop Tutu told BBC News: \"It is utterly unacceptable.\"",
    )
    assert "Striker Novo" not in ents and holder(ents, "Novo") == ["Nacho Novo"]
    assert "Archbishop Tutu" not in ents and "Archbishop Desmond Tutu" not in ents
    assert ents["Desmond Tutu"].type == "PERSON"
    assert "Gregory Vignal" not in holder(ents, "Novo")


# -- surnames: the article's own person, the most recent one --------------------------------------

def test_lone_surname_takes_the_most_recent_full_name_of_its_article(nlp):
    # politics/blair-rejects-iraq-advice-calls.txt
    ents, resolution, _ = resolve_texts(
        nlp,
        "In a book published this week, Philippe Sands QC, a member of Cherie Blair's Matrix Chambers, says Lord "
        "Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be illegal. Mr Blair said the statement "
        "was a \"fair summary\" of Lord Goldsmith's opinion.",
    )
    text = resolution  # noqa: F841
    assert "Mr Blair" in ents["Tony Blair"].aliases
    assert "Mr Blair" not in ents["Cherie Blair"].aliases and "Blair" not in ents


def test_lone_surname_without_evidence_stays_apart_across_articles(nlp):
    # a squad list (sport/...) and a Budget story: the rugby "Brown" is not Gordon Brown
    ents, _, _ = resolve_texts(
        nlp,
        "Chancellor Gordon Brown said the Budget would help families with young children.",
        "England: Chuter, Thompson, Titterrell, Rowntree, Sheridan, Stevens, Vickery, White, Borthwick, Brown, Grewcock.",
    )
    assert "Brown" not in ents["Gordon Brown"].aliases
    assert "Chancellor Gordon Brown" not in ents


def test_first_name_alone_joins_the_one_full_name_of_its_article(nlp):
    # sport/hitzlsperger-waiting-on-o-leary.txt ("Thomas ... Thomas"), and a first name shared by two people
    ents, _, _ = resolve_texts(
        nlp,
        "Aston Villa's Thomas Hitzlsperger is waiting to learn the future of manager David O'Leary. "
        "Thomas said he wanted to stay.",
        "David Beckham and David James trained with the squad. David said the team was ready.",
    )
    assert "Thomas" in ents["Thomas Hitzlsperger"].aliases
    assert "David" not in ents["David Beckham"].aliases and "David" not in ents["David James"].aliases


def test_one_word_of_an_organisation_stands_for_it_in_its_article(nlp):
    # sport/hitzlsperger-waiting-on-o-leary.txt, business/bank-holds-interest-rate-at-4-75.txt
    ents, _, _ = resolve_texts(
        nlp,
        "Aston Villa's Thomas Hitzlsperger is waiting to learn the future of manager David O'Leary. "
        "The German international is understood to be keen to remain at Villa, despite interest from Hamburg.",
        "The Bank of England has left interest rates on hold again. \"The Bank is having to juggle the emergence of "
        "inflationary pressures,\" he said. The London Stock Exchange rose.",
    )
    assert "Villa" in ents["Aston Villa"].aliases
    assert "Bank" in ents["Bank of England"].aliases
    assert "London" not in ents.get("London Stock Exchange", Entity("", "", (), "", 0, ())).aliases


# -- merge review ---------------------------------------------------------------------------------

def test_review_reasons():
    bbc = Entity("BBC", "ORG", ("BBC", "Barkley, Beattie, Christophers"), "", 40, ("a",))
    jones = Entity("Marion Jones", "PERSON", ("Marion Jones", "Steve Jones", "Jones", "Ms Jones"), "", 9, ("a", "b"))
    assert any("shares no word" in r for r in reasons(bbc))
    assert first_names(jones) == ["marion", "steve"] and any("different first names" in r for r in reasons(jones))
    # a pet form is the same first name (s22 scan of seed 64: "Dave Collins" joined to David Collins in one article)
    collins = Entity("David Collins", "PERSON", ("David Collins", "Dave Collins", "Collins"), "", 3, ("a",))
    assert first_names(collins) == ["dave"] and not any("different first names" in r for r in reasons(collins))
    # negative: a pet form of another name is still a second first name
    davies = Entity("David Davies", "PERSON", ("David Davies", "Steve Davies"), "", 2, ("a",))
    assert first_names(davies) == ["david", "steve"]
    ok = Entity("London Stock Exchange", "ORG", ("LSE", "London Stock Exchange"), "", 5, ("a",))
    assert reasons(ok) == [] and bad_acronyms(ok) == []
    # a firm's own name before what kind of firm it is (tech/warnings-on-woeful-wi-fi-security.txt), not another firm's
    assert bad_acronyms(Entity("SSL International", "ORG", ("SSL", "SSL International"), "", 11, ("a",))) == []
    assert bad_acronyms(Entity("Nintendo Europe", "ORG", ("NE", "Nintendo Europe"), "", 2, ("a",))) == []
    assert bad_acronyms(Entity("RSA Security", "ORG", ("EMC", "RSA Security"), "", 2, ("a",))) == ["EMC"]
    # a body's acronym leaves out the country abbreviation that opens its name (seed 74, 1aaa42a: "the US Equal
    # Employment Opportunity Commission (EEOC)"; "the US Environmental Protection Agency (EPA)")
    eeoc = Entity("US Equal Employment Opportunity Commission", "ORG", ("EEOC",), "", 4, ("a",))
    assert bad_acronyms(eeoc) == [] and reasons(eeoc) == []
    epa = Entity("US Environmental Protection Agency", "ORG", ("EPA",), "", 10, ("a",))
    assert reasons(epa) == []
    # negative: only a country opens a name so; "BBC" is none, and an unrelated acronym stays flagged
    assert bad_acronyms(Entity("BBC World Service", "ORG", ("WS",), "", 2, ("a",))) == ["WS"]
    assert bad_acronyms(Entity("US Federal Trade Commission", "ORG", ("EEOC",), "", 2, ("a",))) == ["EEOC"]
    cj = Entity("CJ", "ORG", ("CJ", "C Jones"), "", 3, ("a",))
    assert is_acronym_of("BoE", "Bank of England") and not is_acronym_of("BBC", "Barkley, Beattie, Christophers")
    assert [e.name for e, _ in suspicious([ok, bbc, jones, cj])] == ["BBC", "Marion Jones", "CJ"]
    assert any("C Jones" in r for r in reasons(cj))
    split = [Entity("Robert Kilroy-Silk", "PERSON", (), "", 2, ("a",)), Entity("Kilroy-Silk", "ORG", (), "", 9, ("a",))]
    assert [(s.surname, s.full) for s in surname_splits(split)] == [("Kilroy-Silk", "Robert Kilroy-Silk")]
    # bbc-news politics/mrs-howard-gets-key-election-role: "Mrs Howard" is Sandra, not Michael Howard
    wife = [Entity("Michael Howard", "PERSON", ("Michael Howard", "Mr Howard"), "", 2, ("a",)),
            Entity("Howard", "PERSON", ("Howard", "Mrs Howard"), "", 15, ("a",))]
    assert surname_splits(wife) == []
    husband = [wife[0], Entity("Howard", "PERSON", ("Howard", "Mr Howard"), "", 15, ("a",))]
    assert [(s.surname, s.full) for s in surname_splits(husband)] == [("Howard", "Michael Howard")]


def test_kg_entities_suspicious_lists_reasons(tmp_path):
    proc = run_kg("entities", EXAMPLES, "--suspicious", "--format", "tsv")
    assert proc.returncode == 0, proc.stderr
    for line in proc.stdout.splitlines():
        name, type_, mentions, aliases, why = line.split("\t")
        assert name and why  # every listed entity carries its reason


# -- lists, demonyms, adjectives ------------------------------------------------------------------

def test_a_squad_list_gives_one_entity_per_name_and_no_acronym(nlp):
    # sport/dawson-wins-england-squad-recall.txt; the BBC is named in another article
    ents, _, _ = resolve_texts(
        nlp,
        "Barkley, Beattie, Christophers, L Deacon, Forrester, C Jones, Palmer, Rees, Sheridan, Skinner, Smith, "
        "Stevens, Tait, Voyce.",
        "The BBC said the programme would be shown on Sunday.",
    )
    assert not any("," in name for name in ents)
    assert not any("," in alias for e in ents.values() for alias in e.aliases)
    assert ents["BBC"].aliases == ("BBC",) or all("Barkley" not in a for a in ents["BBC"].aliases)


def test_a_demonym_is_not_part_of_a_name_nor_an_entity(nlp):
    # sport/... (Welshman Jimmy Watkins), business/... (US Congressional elections)
    ents, _, _ = resolve_texts(
        nlp,
        "The Northern Ireland athlete went off at a startling pace but had to hold off the challenge of Welshman "
        "Jimmy Watkins over the final 200m to win.",
        "The company said the US Congressional elections and the FIFA World Cup are likely to present advertising "
        "opportunities in the near future.",
    )
    assert ents["Jimmy Watkins"].type == "PERSON"
    assert "Welshman Jimmy Watkins" not in ents and "Welshman" not in ents
    assert "Congressional" not in ents


# -- types by evidence ----------------------------------------------------------------------------

def test_types_from_context_words_and_the_lexicon(nlp):
    # entertainment/... (band Snow Patrol, band U2), politics/... (the G8 summit)
    ents, _, _ = resolve_texts(
        nlp,
        "Scottish-based band Snow Patrol, who finished 14th in the vote, were among the performers. "
        "Irish band U2 have been honoured at France's biggest music awards.",
        "Mr Brown said a programme had been agreed to draw up more details in time for the G8 summit in July.",
    )
    assert ents["Snow Patrol"].type == "ORG" and ents["U2"].type == "ORG"
    assert ents["G8"].type == "ORG"
    assert ents["Ireland"].type == "GPE"  # "Irish" stays the country, not the band


def test_a_town_is_its_club_only_in_a_football_paragraph(nlp):
    # sport/... (Bellamy turned down a move to Birmingham), a business sentence about the city
    ents, _, _ = resolve_texts(
        nlp,
        "Bellamy turned down a move to Birmingham in favour of joining Celtic after a disagreement with the club.",
    )
    assert ents["Birmingham"].type == "ORG" and ents["Celtic"].type == "ORG"
    ents, _, _ = resolve_texts(nlp, "House prices in Birmingham rose by 5% last year, the survey found.")
    assert ents["Birmingham"].type == "GPE"


def test_a_first_name_makes_a_person_of_a_name_typed_as_a_firm(nlp):
    from kg.resolve.namespans import context_label

    doc = nlp("Seventh seed Jurgen Melzer came through against Xavier Malisse in Delray Beach. Merrill Lynch said so.")
    by_text = {e.text: e for e in doc.ents}
    for name in ("Xavier Malisse",):
        if name in by_text and by_text[name].label_ == "ORG":
            assert context_label(by_text[name]) == "PERSON"
    if "Merrill Lynch" in by_text:
        assert context_label(by_text["Merrill Lynch"]) != "PERSON"


# -- roles ----------------------------------------------------------------------------------------

def test_a_demonym_before_a_profession_is_nationality_not_its_owner(nlp):
    # entertainment/... (British director Mike Leigh), the seeds' "Iranian President" keeps Iran
    ents, _, _ = resolve_texts(
        nlp,
        "Sideway's Alexander Payne and British director Mike Leigh - nominated for period drama Vera Drake - are "
        "considered outsiders in this category.",
        "Iranian President Masoud Pezeshkian spoke in Tehran on Monday.",
    )
    assert Role("director", None) in ents["Mike Leigh"].roles
    assert not any(r.of == "United Kingdom" for r in ents["Mike Leigh"].roles)
    assert Role("president", "Iran") in ents["Masoud Pezeshkian"].roles


def test_a_spokesperson_the_model_missed_is_a_person_with_a_role(seed):
    baghaei = seed["Esmail Baghaei"]
    assert baghaei.type == "PERSON" and "Baghaei" in baghaei.aliases
    assert [r.role for r in baghaei.roles] == ["spokesperson"] and "Foreign Ministry" in baghaei.roles[0].of


# -- the user's same / different directives ------------------------------------------------------

BLAIRS = (
    "Sir Ian Blair said terror groups would remember the effect of the Madrid bomb on Spain's general election. "
    "Blair said the police were ready.",
    "Tony Blair has rejected calls for the publication of advice on the legality of the Iraq war. "
    "Mr Blair said the statement was a fair summary.",
)


def test_same_directive_joins_forms_the_resolver_keeps_apart(nlp):
    # entertainment/... and politics/... (two real sentences naming the Metropolitan Police two ways)
    text = ("Scotland Yard said the policing operation had been reviewed.",
            "Their demands have been backed by the Metropolitan Police, a spokesman said.")
    plain, _, _ = resolve_texts(nlp, *text)
    assert "Scotland Yard" in plain and "Scotland Yard" not in plain["Metropolitan Police"].aliases
    aliases = Gazetteer.default().read("same\tMetropolitan Police\tthe Met|Scotland Yard\n")
    ents, _, _ = resolve_texts(nlp, *text, aliases=aliases)
    assert "Scotland Yard" in ents["Metropolitan Police"].aliases and "Scotland Yard" not in ents


def test_different_directive_keeps_forms_apart(nlp):
    plain, _, _ = resolve_texts(nlp, *BLAIRS)
    assert "Mr Blair" in plain["Tony Blair"].aliases  # the resolver joins the article's own Blair
    aliases = Gazetteer.default().read("different\tTony Blair\tBlair\n")
    ents, _, _ = resolve_texts(nlp, *BLAIRS, aliases=aliases)
    assert "Mr Blair" not in ents["Tony Blair"].aliases and "Blair" in ents
    assert "Tony Blair" not in ents["Blair"].aliases  # and no other entity holds both


def test_different_directive_tells_middle_initials_apart():
    g = Gazetteer().read("different\tGeorge W Bush\tGeorge Bush Snr|George HW Bush\n")
    assert g.key("George W. Bush") == "george w bush" and g.key("George Bush") == "george bush"
    assert g.kept_apart(g.key("George W Bush"), g.key("George HW Bush"))


def test_directive_lines_are_checked(tmp_path):
    bad = tmp_path / "aliases.tsv"
    bad.write_text("same\tTottenham Hotspur\n", encoding="utf-8")
    proc = run_kg("entities", EXAMPLES / "000_e7fa4d2bf25a9973.txt", "--aliases", bad)
    assert proc.returncode != 0 and f"{bad}:1" in proc.stderr and "same<TAB>name<TAB>form|form" in proc.stderr


def test_kg_entities_obeys_the_directives_of_an_aliases_file(tmp_path):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("same\tDonald Trump\tThe President\ndifferent\tIran\tIslamic Republic\n", encoding="utf-8")
    proc = run_kg("entities", EXAMPLES / "002_f0a1a3e0a714795d.txt", "--aliases", aliases)
    assert proc.returncode == 0, proc.stderr
    ents = {e["name"]: e for e in map(json.loads, proc.stdout.splitlines())}
    assert "Islamic Republic" not in ents["Iran"]["aliases"]


def test_a_sentence_opening_verb_and_a_bare_honorific_are_no_names(nlp):
    # entertainment/... (Describing Mr Jackson), politics/... (Following Mr Straw's announcement)
    ents, _, _ = resolve_texts(
        nlp,
        "Describing Mr Jackson as \"a good person\", the mother-of-nine said she feared he would not be given a "
        "fair trial.",
        "Following Mr Straw's announcement, lawyer Louise Christian, who represents Mr Abbasi and Mr Mubanga, said "
        "the government should have acted sooner.",
    )
    assert not any(name.startswith(("Describing", "Following")) for name in ents)
    assert "Mr" not in ents
    assert ents["Jackson"].type == "PERSON" and "Mr Jackson" in ents["Jackson"].aliases
    assert ents["Straw"].type == "PERSON" and "Mr Straw" in ents["Straw"].aliases  # "Following Mr Straw" read as a title


def test_a_list_of_places_gives_one_entity_per_place(nlp):
    # politics/... (riots that spread to the Midlands, Merseyside, Bristol and Leeds)
    ents, _, _ = resolve_texts(
        nlp,
        "During the following three days of disturbances that spread to the Midlands, Merseyside, Bristol and Leeds, "
        "nearly 400 people were injured.",
    )
    assert not any("," in name for name in ents)


def test_an_honorific_makes_a_surname_never_a_first_name_nor_a_place(nlp):
    # politics/... (Howard Flight and Michael Howard), politics/... (minister Baroness Scotland)
    ents, _, _ = resolve_texts(
        nlp,
        "Howard Flight has been sacked as a Tory candidate. Mr Howard said the comments were unacceptable.",
        "Home Office minister Baroness Scotland said the bill would protect victims. Scotland will vote in May.",
    )
    assert "Mr Howard" not in ents["Howard Flight"].aliases
    assert "Baroness Scotland" not in ents["Scotland"].aliases and ents["Scotland"].type == "GPE"
    assert ents["Baroness Scotland"].type == "PERSON"
