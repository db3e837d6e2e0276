"""spaCy's attribute ruler and rule lemmatizer, read faster: the same answers with less Python per token.

These are spaCy's own components, not kg's rules: kg's pipeline runs them this way, a user's
``spacy.load`` runs them as shipped (``kg.nlp.load_pipeline(plain=True)``, which ``bench/throughput.py``'s
bare reference uses). Measured on 1,727 pool paragraphs (session 17): the attribute ruler 2.91
and the rule lemmatizer 1.88 CPU s of a 23.7 s parse, a fifth of it.

* The attribute ruler (179 patterns in the small English model: a tag's POS and morphology, the
  auxiliaries, "gonna", "ain't", a space's tag) asks spaCy's Matcher every pattern about every
  token, its "IN"/"REGEX" tests Python calls per token. Its patterns only look at what a token
  is (its word, tag, dependency label), so which patterns start at a token is the same for every
  token with the same values: asked once per distinct values and kept. The matches are the
  Matcher's own (key, start, end) triples, handed to spaCy's own ``set_annotations``.
* The rule lemmatizer makes a Token, a morphology object and a cache key per word, and each word
  it has not seen scans the lemma index (a list of up to 57,528 words) once per form a suffix rule
  makes. The lemma is a function of the word, its POS and its morphology (spaCy keys its own cache
  by the same three): asked once per distinct triple, read and written as arrays, and the index
  answers ``in`` from a set.

Anything else (a pattern with an operator, an extension attribute, a comparison; a lemmatizer in
another mode or told to overwrite) runs spaCy's own code unchanged.
"""
from __future__ import annotations

import re

# what a token pattern may test for the fast path: the values Doc.to_array gives for a token
_TOKEN_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE",
                          "PREFIX", "SUFFIX", "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT",
                          "IS_LOWER", "IS_UPPER", "IS_TITLE", "LIKE_NUM"})


class _Unsupported(Exception):
    """A pattern the fast path does not read; spaCy's Matcher answers instead."""


def _token_tests(spec: dict, strings, columns: dict) -> tuple:
    """The tests of one token pattern as ``(attribute id, kind, value)``, the values turned into ids
    as spaCy's Matcher turns them (a string's hash, a bool as 0/1, "IN" of strings as their ids);
    ``columns`` gets each attribute the pattern reads.

    >>> from kg.nlp import load_pipeline
    >>> columns = {}
    >>> _token_tests({"TAG": "VBZ", "LOWER": {"IN": ["is"]}}, load_pipeline().vocab.strings, columns)[1][1]
    'in'
    """
    from spacy.attrs import IDS
    from spacy.strings import get_string_id

    tests = []
    for attr, value in spec.items():
        name = attr.upper() if isinstance(attr, str) else None
        if name not in _TOKEN_ATTRS:
            raise _Unsupported(attr)
        attr_id = IDS["ORTH" if name == "TEXT" else name]
        columns.setdefault(attr_id, len(columns))
        if isinstance(value, bool):
            tests.append((attr_id, "eq", int(value)))
        elif isinstance(value, str):
            tests.append((attr_id, "eq", strings.add(value)))
        elif isinstance(value, int):
            tests.append((attr_id, "eq", value))
        elif isinstance(value, dict):
            for op, arg in value.items():
                op = op.upper() if isinstance(op, str) else op
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, (str, int)) for v in arg):
                    tests.append((attr_id, op.lower(), frozenset(get_string_id(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append((attr_id, "regex", re.compile(arg)))
                else:
                    raise _Unsupported(value)
        else:
            raise _Unsupported(value)
    return tuple(tests)


def _outcome(kind: str, expected, got: int, strings) -> bool:
    """One test of a token's value ``got``, answered as spaCy's Matcher answers it."""
    if kind == "eq":
        return got == expected
    if kind == "in":
        return got in expected
    if kind == "not_in":
        return got not in expected
    return bool(expected.search(strings[got]))  # "regex": searched in the string


class _CompiledRuler:
    """The patterns of an attribute ruler as tests of a token's values. A token's value in each
    attribute read is put in a class (the tests of that attribute it passes; kept per value), and
    what a token starts or passes is kept per tuple of classes."""

    def __init__(self, ruler):
        from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

        matcher = ruler.matcher
        if any(v is not None for v in getattr(matcher, "_filter", {}).values()) or any(
                v is not None for v in getattr(matcher, "_callbacks", {}).values()):
            raise _Unsupported("greedy patterns or callbacks")
        strings = ruler.vocab.strings
        self.size = len(ruler.attrs)
        columns: dict = {}
        raw_starts, raw_steps = [], []
        for key in range(self.size):
            match_id = strings.add(str(key))
            for alternative in matcher.get(str(key))[1]:
                if not alternative or any(not isinstance(s, dict) or not s or "OP" in s or "op" in s
                                          for s in alternative):
                    raise _Unsupported(alternative)
                index = ruler.indices[key]
                if not -len(alternative) <= index < len(alternative):
                    raise _Unsupported(index)  # (spaCy raises its own error)
                later = []
                for position, spec in enumerate(alternative[1:], 1):
                    raw_steps.append(_token_tests(spec, strings, columns))
                    later.append((position, len(raw_steps) - 1))
                raw_starts.append((key, match_id, len(alternative), tuple(later),
                                   _token_tests(alternative[0], strings, columns)))
        self.attrs = sorted(columns, key=columns.get)
        column_of = {attr: i for i, attr in enumerate(self.attrs)}
        self.tests: list = [[] for _ in self.attrs]  # each attribute's distinct tests

        def place(tests):  # a token pattern's tests as (column, the test's index there)
            placed = []
            for attr, kind, expected in tests:
                column = column_of[attr]
                known = self.tests[column]
                if (kind, expected) not in known:
                    known.append((kind, expected))
                placed.append((column, known.index((kind, expected))))
            return tuple(placed)

        self.starts = [(key, match_id, length, later, place(tests))
                       for key, match_id, length, later, tests in raw_starts]
        self.steps = [place(tests) for tests in raw_steps]
        # per column: value → the tests an "eq"/"in" test passes; the other tests asked per value
        self._listed = [{} for _ in self.attrs]
        self._asked = [[] for _ in self.attrs]
        for column, tests in enumerate(self.tests):
            for index, (kind, expected) in enumerate(tests):
                if kind == "eq":
                    self._listed[column].setdefault(expected, []).append(index)
                elif kind == "in":
                    for value in expected:
                        self._listed[column].setdefault(value, []).append(index)
                else:
                    self._asked[column].append((index, kind, expected))
        self.strings = strings
        self.key_attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        # a token's attributes written in one call when the rules set only the token's own fields
        token_fields = {POS, TAG, DEP, MORPH, LEMMA}
        self.merge = all(set(attrs) <= token_fields for attrs in self.key_attrs)
        self._classes = [{} for _ in self.attrs]  # per column: value → its class (a small int)
        self._numbers = [{} for _ in self.attrs]  # per column: tests passed → its class
        self._passed = [[] for _ in self.attrs]  # per column: class → tests passed
        self._answers: dict = {}  # tuple of classes → what a token starts and passes

    def _class(self, column: int, value: int) -> int:
        passed = set(self._listed[column].get(value, ()))
        for index, kind, expected in self._asked[column]:
            if _outcome(kind, expected, value, self.strings):
                passed.add(index)
        passed = frozenset(passed)
        numbers = self._numbers[column]
        number = numbers.get(passed)
        if number is None:
            number = numbers[passed] = len(numbers)
            self._passed[column].append(passed)
        self._classes[column][value] = number
        return number

    def _answer(self, classes: tuple) -> tuple:
        passed = [self._passed[column][number] for column, number in enumerate(classes)]

        def passes(tests):
            return all(index in passed[column] for column, index in tests)

        starting = tuple((key, match_id, length, later)
                         for key, match_id, length, later, tests in self.starts if passes(tests))
        passing = frozenset(i for i, tests in enumerate(self.steps) if passes(tests))
        alone = sorted({key for key, _, length, _ in starting if length == 1})
        longer = tuple(start for start in starting if start[2] > 1)
        merged: dict = {}
        for key in alone:
            merged.update(self.key_attrs[key])
        answer = self._answers[classes] = (starting, passing, alone, longer, merged)
        return answer

    def _token_answers(self, doc) -> list:
        n = len(doc)
        values = doc.to_array(self.attrs)
        values = (values.reshape(n, 1) if values.ndim == 1 else values).T.tolist()  # (one attribute: 1-D)
        per_column = []
        for column, column_values in enumerate(values):
            classes = self._classes[column]
            per_column.append([classes[v] if v in classes else self._class(column, v) for v in column_values])
        known = self._answers
        return [known[c] if c in known else self._answer(c) for c in zip(*per_column)]

    def match(self, doc) -> list:
        """The attribute ruler's ``match``: spaCy's Matcher triples as ``(key, match id, start,
        end)``, sorted (later patterns are set last)."""
        n = len(doc)
        if not n:
            return []
        answers = self._token_answers(doc)
        found = set()
        for i, (starting, *_) in enumerate(answers):
            for key, match_id, length, later in starting:
                if _completes(answers, i, length, later):
                    found.add((key, match_id, i, i + length))
        return sorted(found)

    def annotate(self, doc) -> None:
        """``match`` and ``set_annotations`` at once, when the rules set only a token's own fields
        (POS, TAG, DEP, MORPH, LEMMA): each token gets the attributes of the patterns that name it in
        key order, as spaCy sets them (the later key last), in one call per token — the patterns of one
        token merged once per class, those of several tokens ("gon na") added where they match."""
        from spacy.tokens._retokenize import set_token_attrs

        n = len(doc)
        if not n:
            return
        answers = self._token_answers(doc)
        extra: dict = {}  # token → keys of patterns of several tokens that name it
        indices = self.indices
        for i, answer in enumerate(answers):
            for key, _, length, later in answer[3]:
                if _completes(answers, i, length, later):
                    index = indices[key]
                    extra.setdefault(i + index if index >= 0 else i + length + index, set()).add(key)
        key_attrs = self.key_attrs
        for i, answer in enumerate(answers):
            keys = extra.get(i)
            if keys is None:
                if answer[4]:
                    set_token_attrs(doc[i], answer[4])
            else:
                token = doc[i]
                for key in sorted(keys.union(answer[2])):
                    set_token_attrs(token, key_attrs[key])


def _completes(answers: list, i: int, length: int, later: tuple) -> bool:
    """Whether a pattern of ``length`` tokens that starts at token ``i`` fits in the Doc and each of its
    later tokens passes its step (``answers``: :meth:`_CompiledRuler._token_answers`)."""
    return i + length <= len(answers) and all(step in answers[i + position][1] for position, step in later)


def _compiled(ruler):
    """The ruler's :class:`_CompiledRuler`, made at the first call (``False``: spaCy's own code)."""
    compiled = ruler.__dict__.get("_kg_compiled")
    if compiled is None or (compiled is not False and compiled.size != len(ruler.attrs)):
        try:
            compiled = _CompiledRuler(ruler)
        except _Unsupported:
            compiled = False
        ruler.__dict__["_kg_compiled"] = compiled
    return compiled


def _ruler_match(self, doc):
    """``AttributeRuler.match`` read from :class:`_CompiledRuler` (spaCy's own when it cannot)."""
    compiled = _compiled(self)
    if compiled is False:
        return type(self).__mro__[1].match(self, doc)
    return compiled.match(doc)


def _ruler_call(self, doc):
    """``AttributeRuler.__call__``: :meth:`_CompiledRuler.annotate` when the ruler's patterns and
    attributes allow it, else its ``match`` and spaCy's ``set_annotations``."""
    compiled = _compiled(self)
    if compiled is False or not compiled.merge:
        return type(self).__mro__[1].__call__(self, doc)
    try:
        compiled.annotate(doc)
        return doc
    except Exception as e:
        return self.get_error_handler()(self.name, self, [doc], e)


def _lemmatize_doc(self, doc):
    """``Lemmatizer.__call__`` in rule mode: each token without a lemma gets
    ``self.lemmatize(token)[0]``, asked once per (word, POS, morphology) and written as an array."""
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    plain = type(self).__mro__[1]
    if self.mode != "rule" or self.overwrite:
        return plain.__call__(self, doc)
    if not self._validated:
        return plain.__call__(self, doc)  # validates the tables (and raises as spaCy does)
    if not len(doc):
        return doc
    known = self.__dict__.setdefault("_kg_lemmas", {})
    strings = self.vocab.strings
    columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
    lemmas = columns[:, 3].copy()
    changed = False
    for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
        if lemma:
            continue
        key = (orth, pos, morph)
        found = known.get(key)
        if found is None:
            found = strings.add(self.lemmatize(doc[i])[0])
            if pos:  # (spaCy warns about a token without POS each time: asked each time)
                known[key] = found
        lemmas[i] = found
        changed = True
    if changed:
        doc.from_array([LEMMA], lemmas)
    return doc


class _IndexedList(list):
    """A list of words (spaCy's lemma index of one POS: 57,528 verbs … as a list) whose ``in`` asks
    a set: ``rule_lemmatize`` asks ``form in index`` for each form a suffix rule makes, a scan of
    the list at each word the lemmatizer has not seen. The same answer for any string.

    >>> words = _IndexedList(["house", "buy"]); ("buy" in words, "buys" in words, list(words))
    (True, False, ['house', 'buy'])
    """

    def __init__(self, items):
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item) -> bool:
        try:
            return item in self._members
        except TypeError:  # unhashable: the list's own answer
            return list.__contains__(self, item)


def _index_as_sets(lemmatizer) -> None:
    """Give the lemmatizer's "lemma_index" lists set membership (:class:`_IndexedList`)."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list:
            try:
                table[key] = _IndexedList(words)
            except TypeError:  # a word that is no string: left a list
                continue


_FASTER: dict = {}


def _faster_class(cls, name: str, methods: dict):
    """A subclass of a spaCy component class with ``methods`` replaced, kept at module level (so a
    pipeline that holds it pickles)."""
    made = _FASTER.get(cls)
    if made is None:
        made = type(f"Fast{cls.__name__}", (cls,), {"__module__": __name__, **methods})
        made.__qualname__ = made.__name__
        globals()[made.__name__] = made
        _FASTER[cls] = made
    return made


def speed_up(nlp) -> None:
    """Give ``nlp``'s attribute ruler and rule lemmatizer the faster reading of the same answers
    (in place; pipes of other kinds, or already faster, are left alone).

    >>> from kg.nlp import load_pipeline
    >>> [type(p).__name__ for _, p in load_pipeline().pipeline][-3:]
    ['FastAttributeRuler', 'FastEnglishLemmatizer', 'EntityRecognizer']
    >>> [t.lemma_ for t in load_pipeline()("They weren't gonna buy houses.")]
    ['they', 'be', 'not', 'go', 'to', 'buy', 'house', '.']
    """
    from spacy.pipeline import AttributeRuler, Lemmatizer

    for _, pipe in nlp.pipeline:
        cls = type(pipe)
        if cls in _FASTER.values():
            continue
        if isinstance(pipe, AttributeRuler) and (cls.match, cls.__call__, cls.set_annotations) == (
                AttributeRuler.match, AttributeRuler.__call__, AttributeRuler.set_annotations):
            pipe.__class__ = _faster_class(cls, "match", {"match": _ruler_match, "__call__": _ruler_call})
        elif isinstance(pipe, Lemmatizer) and cls.__call__ is Lemmatizer.__call__:
            pipe.__class__ = _faster_class(cls, "__call__", {"__call__": _lemmatize_doc})
            _index_as_sets(pipe)
