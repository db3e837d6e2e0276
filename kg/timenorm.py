"""Dates and time expressions as ISO 8601 values, with their granularity; nothing invented.

Two jobs, both on plain strings (no spaCy here):

* :func:`article_date` — an article's date as its metadata gives it ("2025-06-16",
  "June 16, 2025", "Mon, 16 Jun 2025 10:00:00 GMT") → ISO 8601 at the precision written
  (``2025-06-16``, ``2025-06``, ``2025``, or a date-time). A value without a year, a
  relative one ("yesterday") or an ambiguous numeric one ("06/07/2025") gives ``None``.
* :func:`normalise` — a time expression read in a sentence ("on Friday", "in 2004",
  "last March", "since Friday") → a :class:`~kg.records.TimeValue`: the text as written,
  the ISO value (a day, a month, a year, or a range ``start/end``) and how it was
  resolved: ``absolute`` (the text names its year), ``relative`` (to the article's date)
  or ``unresolved`` (no article date to anchor it, or no date at all: "the 61st day").

dateparser (its English data ships inside the package; nothing is downloaded) reads the
dates; the news rules are ours: a weekday is the latest such day on or before the article
date unless the verb is future ("on Friday" in an article of Monday 2025-06-16 is
2025-06-13; "on Monday" is that very day), a month with no year is the latest such month
on or before it, an ordinal ("the 61st day") or a duration ("sixty days") is no date, a
numeral is a year only when the text says so ("in 2004").

>>> normalise("on Friday", "2025-06-16")
TimeValue(text='on Friday', value='2025-06-13', how='relative')
>>> normalise("on Friday", None)
TimeValue(text='on Friday', value=None, how='unresolved')
>>> normalise("June 18, 2025", None).value
'2025-06-18'
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from .records import TimeValue

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?", re.I)
_YEAR = re.compile(r"(?<![\d,.])(1[5-9]\d\d|20\d\d)(?![\d,]|\s*(?:st|nd|rd|th)\b)")
_DECADE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[5-9]\d|20\d)0s$", re.I)
# "the 61st day", "the next day", "the same week": counted from something the expression does not name
_ORDINAL_DAY = re.compile(r"\b\d+(st|nd|rd|th)\s+(day|week|month|year)\b|\b(first|second|third|fourth|fifth|sixth|"
                          r"seventh|eighth|ninth|tenth|final|same|following|previous)\s+(day|week|month|year)\b|"
                          r"\bthe\s+(next|last)\s+(day|week|month|year)\b", re.I)
_AGO = re.compile(r"\bago\b", re.I)
_DEICTIC = re.compile(r"\b(today|tonight|yesterday|tomorrow|this|last|next|earlier|later|past|coming|weekend|ago)\b",
                      re.I)
_COUNT = (r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
          r"forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+hundred|dozens?\s+of|hundreds\s+of|a\s+couple\s+of|"
          r"couple\s+of)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine|and\s+a\s+half))?")
_UNIT = r"(second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?"
# "sixty days", "60-day", "two years", "years": how long, not when
_DURATION = re.compile(r"^(?:the\s+)?(?:(?:about|around|nearly|almost|over|more\s+than|less\s+than|at\s+least|some|"
                       r"several|a\s+few|few|many)\s+)*"
                       r"(?:" + _COUNT + r"\s+)?" + _UNIT + r"(?:\s+and\s+[\w-]+\s+" + _UNIT + r")?$", re.I)
_VAGUE = re.compile(r"^(?:in\s+|over\s+|during\s+)?(?:recent|the\s+past|past|the\s+last|the\s+coming|coming|the\s+next|"
                    r"previous)\s+(?:[\w-]+\s+|couple\s+of\s+)?(?:days?|weeks?|months?|years?|decades?)$", re.I)
# "2003-04", "1999/2000": a financial or sporting year across two calendar years
_TWO_YEARS = re.compile(r"^(?:the\s+)?((?:1[5-9]|20)\d\d)\s*[-/–]\s*(\d{1,2}|(?:1[5-9]|20)\d\d)(?:\s+season)?$", re.I)
_DECADES = re.compile(r"^(?:the\s+)?(?:(?:1[5-9]\d|20\d)0s)(?:\s*(?:,|and|to|or|-|–)\s*(?:the\s+)?(?:1[5-9]\d|20\d)0s)+$", re.I)
_PART_OF_YEAR = re.compile(r"^(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(quarter|half)\s+of\s+"
                           r"((?:1[5-9]|20)\d\d)$", re.I)
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
             "last": 4}
_HYPHEN_DURATION = re.compile(r"^[\w]+-" + r"(second|minute|hour|day|week|month|year|decade)$", re.I)
_LEADING = re.compile(r"^(?:(?:on|in|at|during|over|for|throughout|of|the|by|from)\s+)+", re.I)
_MODIFIERS = re.compile(r"\b(?:late|early|earlier|later|mid|midday|around|about|as\s+early\s+as|as\s+late\s+as|until|"
                        r"sometime|some\s+time|(?:the\s+)?(?:end|beginning|start|middle|close)\s+of(?:\s+the)?)\b[-\s]*",
                        re.I)
_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|overnight|noon|midnight|day)\b", re.I)
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$")
_ISO_DATETIME = re.compile(r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$")
# what the preposition before an expression makes of it: the event's time, a range up to the
# article's date, or no time of the event at all ("before Friday", "for two days")
SINCE = {"since"}
NOT_THE_TIME = {"before", "after", "until", "till", "til", "through", "thru", "by", "following", "within", "ahead", "prior", "than",
                "like", "per", "into", "except", "besides", "despite", "of", "to", "toward", "towards", "beyond",
                "under", "unlike", "against"}
RANGE = {"between", "from"}
_RANGE_SPLIT = re.compile(r"\s+(?:and|to|until|till|through|thru)\s+|\s*[-–]\s*(?=[A-Za-z])", re.I)

ABSOLUTE, RELATIVE, UNRESOLVED = "absolute", "relative", "unresolved"


# --------------------------------------------------------------------------- article dates

def article_date(raw: str | None) -> str | None:
    """An article's date from its metadata, as ISO 8601 at the precision written, or ``None``.

    >>> [article_date(s) for s in ("2025-06-16", "June 16, 2025", "June 2025", "2025")]
    ['2025-06-16', '2025-06-16', '2025-06', '2025']
    >>> article_date("2025-06-16T14:03:00Z"), article_date("Mon, 16 Jun 2025 10:00:00 GMT")
    ('2025-06-16T14:03:00+00:00', '2025-06-16T10:00:00+00:00')

    Never invented: no year, a relative date, an ambiguous day/month order or no date at all
    gives ``None``.

    >>> [article_date(s) for s in ("June 16", "yesterday", "06/07/2025", "soon", "2025-13-01", "")]
    [None, None, None, None, None, None]
    >>> article_date("16/06/2025")
    '2025-06-16'
    """
    text = " ".join((raw or "").split())
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        return _checked_iso(*iso.groups())
    if _ISO_DATETIME.match(text):
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T")).isoformat()
        except ValueError:
            return None
    numeric = _NUMERIC_DATE.match(text)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        if len(numeric.group(3)) != 4:
            return None  # "06/07/25": which century, which order
        if first <= 12 and second <= 12 and first != second:
            return None  # 6 July or June 7: not ours to choose
        day, month = (first, second) if first > 12 else (second, first)
        return _checked_iso(str(year), f"{month:02d}", f"{day:02d}")
    if not _YEAR.search(text):
        return None
    data = _metadata_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    return _at_precision(data.date_obj, data.period, keep_time=True)


def _checked_iso(year: str, month: str | None, day: str | None) -> str | None:
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(p for p in (year, month, day) if p)


def _at_precision(when: dt.datetime, period: str, keep_time: bool = False) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "time" and keep_time:
        return when.isoformat()
    return when.date().isoformat()


@functools.cache
def _metadata_parser():
    from dateparser.date import DateDataParser  # imported on first use: `kg --help` stays light

    return DateDataParser(languages=["en"], settings={
        "PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["year"],
        "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"})


@functools.lru_cache(maxsize=64)  # one per article date (and tense) in use
def _sentence_parser(base: dt.date | None, future: bool):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_TIME_AS_PERIOD": True,
                "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def base_date(date: str | None) -> dt.date | None:
    """The day an article's date names (``None`` for a month or a year: too coarse for "on Friday").

    >>> base_date("2025-06-16T23:10:00-04:00"), base_date("2025-06")
    (datetime.date(2025, 6, 16), None)
    """
    if not date or len(date) < 10:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- time expressions

def is_time_expression(text: str) -> bool:
    """True for an expression that names a point or stretch of the calendar, resolvable or not;
    False for a duration or a bare count.

    >>> [is_time_expression(t) for t in ("Friday", "last week", "in 2004", "the 61st day", "recent days")]
    [True, True, True, True, True]
    >>> [is_time_expression(t) for t in ("sixty days", "60-day", "two years", "years", "the 1990s")]
    [False, False, False, False, True]
    """
    core = _LEADING.sub("", " ".join(text.split()))
    if _AGO.search(core) or _DECADE.match(core) or _ORDINAL_DAY.search(core):
        return True
    if _VAGUE.match(core):
        return True  # "recent weeks", "the past few days": when, though vaguely
    if _DURATION.match(core) or _HYPHEN_DURATION.match(core):
        return False
    return bool(_WEEKDAY.search(core) or _MONTH.search(core) or _YEAR.search(core) or _DEICTIC.search(core))


@functools.lru_cache(maxsize=4096)  # the same few expressions recur ("in 2004", "on Monday"): parse each once
def normalise(text: str, date: str | None, future: bool = False, preposition: str | None = None) -> TimeValue | None:
    """The time a clause's expression gives its event, relative to the article's ``date`` (ISO or ``None``).

    ``text`` is the expression as written, with its preposition; ``preposition`` the word that
    governs it when known (else read off the text); ``future`` when the clause's verb is future
    ("will meet on Friday"). ``None`` when the expression gives no time of the event: a duration
    ("for sixty days"), or a bound rather than a time ("before Friday", "after June 12").

    Absolute dates stand on their own:

    >>> [normalise(t, None).value for t in ("June 18, 2025", "on December 11, 2024", "in 2004", "June 2025")]
    ['2025-06-18', '2024-12-11', '2004', '2025-06']

    Relative ones need the article's date (Monday 2025-06-16 here):

    >>> d = "2025-06-16"
    >>> [normalise(t, d).value for t in ("on Friday", "Monday", "yesterday", "last week", "earlier this month")]
    ['2025-06-13', '2025-06-16', '2025-06-15', '2025-06-09/2025-06-15', '2025-06']
    >>> [normalise(t, d).value for t in ("last March", "June 12", "late Sunday", "since Friday")]
    ['2025-03', '2025-06-12', '2025-06-15', '2025-06-13/2025-06-16']
    >>> normalise("on Friday", d, future=True).value
    '2025-06-20'

    What is no date stays none:

    >>> normalise("on the 61st day", d)
    TimeValue(text='on the 61st day', value=None, how='unresolved')
    >>> normalise("for sixty days", d) is None, normalise("before Friday", d) is None
    (True, True)
    """
    text = " ".join(text.split())
    words = text.split()
    prep = (preposition or (words[0] if words else "")).lower()
    if prep in NOT_THE_TIME or not is_time_expression(text):
        return None
    if prep in RANGE:
        return _range(text, date, future)
    if _VAGUE.match(re.sub(r"^(?:on|at|for|throughout)\s+", "", text, flags=re.I)):
        return TimeValue(text, None, UNRESOLVED)  # "in the last year": the twelve months before, not last year
    core = _LEADING.sub("", text)
    if prep in SINCE:
        core = re.sub(r"^since\s+", "", core, flags=re.I)
        start = _point(core, date, False)
        base = base_date(date)
        if start is None or start[0] is None or base is None:
            return TimeValue(text, None, UNRESOLVED)
        first = start[0].split("/")[0]
        return TimeValue(text, f"{first}/{base.isoformat()}", start[1]) if first <= base.isoformat() else \
            TimeValue(text, None, UNRESOLVED)
    value, how = _point(core, date, future) or (None, UNRESOLVED)
    return TimeValue(text, value, how)


def _range(text: str, date: str | None, future: bool) -> TimeValue | None:
    """"between June 13 and June 16", "from 2010 to 2015": a range when both ends resolve (the
    first end takes the second's year when it has none: "between June 13 and 16")."""
    inner = re.sub(r"^(?:between|from)\s+", "", text, flags=re.I)
    parts = _RANGE_SPLIT.split(inner, maxsplit=1)
    if len(parts) != 2:
        return None  # "from Friday" alone: a start, not a time
    first_text, last_text = parts
    if re.fullmatch(r"\d{1,2}", last_text.strip()) and _MONTH.search(first_text):
        last_text = _MONTH.search(first_text).group(0) + " " + last_text  # "June 13 and 16"
    year = _YEAR.search(last_text)
    if year and not _YEAR.search(first_text):
        first_text = f"{first_text} {year.group(0)}"
    first, last = _point(first_text, date, future), _point(last_text, date, future)
    if not first or not last or first[0] is None or last[0] is None:
        return TimeValue(text, None, UNRESOLVED)
    start, end = first[0].split("/")[0], last[0].split("/")[-1]
    if start > end:
        return TimeValue(text, None, UNRESOLVED)
    how = ABSOLUTE if first[1] == last[1] == ABSOLUTE else RELATIVE
    return TimeValue(text, f"{start}/{end}", how)


def _point(core: str, date: str | None, future: bool) -> tuple[str | None, str] | None:
    """``(ISO value, how)`` of an expression with its preposition removed."""
    if _ORDINAL_DAY.search(core) or _VAGUE.match(core):
        return None, UNRESOLVED  # "the 61st day", "the same day": counted from something unnamed
    decade = _DECADE.match(core)
    if decade:
        first = int(decade.group(1)) * 10
        return f"{first}/{first + 9}", ABSOLUTE
    if _DECADES.match(core):  # "the 1980s and 1990s"
        starts = [int(d) * 10 for d in re.findall(r"(1[5-9]\d|20\d)0s", core)]
        return f"{min(starts)}/{max(starts) + 9}", ABSOLUTE
    two = _TWO_YEARS.match(core)
    if two:
        first, second = int(two.group(1)), two.group(2)
        last = int(second) if len(second) == 4 else first // 10 ** len(second) * 10 ** len(second) + int(second)
        if last < first and len(second) < 4:
            last += 10 ** len(second)  # "1999-00"
        return (f"{first}/{last}", ABSOLUTE) if last == first + 1 else (None, UNRESOLVED)
    part = _PART_OF_YEAR.match(core)
    if part:
        year, quarter = part.group(3), _QUARTERS[part.group(1).lower()]
        if part.group(2).lower() == "half":
            first_month = 1 if quarter == 1 else 7
            return f"{year}-{first_month:02d}/{year}-{first_month + 5:02d}", ABSOLUTE
        return f"{year}-{3 * quarter - 2:02d}/{year}-{3 * quarter:02d}", ABSOLUTE
    has_year = bool(_YEAR.search(core))
    base = base_date(date)
    if not has_year and base is None:
        return None, UNRESOLVED
    plain = _MODIFIERS.sub("", core).strip(" ,") or core
    written = _written_date(plain)
    if written:
        return written, ABSOLUTE
    weekday = _WEEKDAY.search(plain)
    if weekday and not has_year and not _MONTH.search(plain):
        return _weekday(weekday.group(1).lower(), plain, base, future), RELATIVE
    if re.fullmatch(r"(?:the\s+)?weekend", plain, re.I) or re.fullmatch(r"(?:this|last|past)\s+weekend", plain, re.I):
        return _weekend(base, plain), RELATIVE
    month_only = re.fullmatch(r"(?:(last|this|next)\s+)?" + _MONTH.pattern + r"\.?", plain, re.I)
    if month_only and not has_year:
        return _month(month_only.group(2).lower(), month_only.group(1), base, future), RELATIVE
    this = re.fullmatch(r"(?:this|the\s+current)\s+(week|month|year)", plain, re.I)
    if this and base is not None and not has_year:
        return _unit_of(base, this.group(1).lower()), RELATIVE
    if plain.lower() in {"today", "tonight", "this morning", "this afternoon", "this evening"} and base:
        return base.isoformat(), RELATIVE
    parsed = _sentence_parser(base if not has_year else None, future).get_date_data(_for_parser(plain))
    if parsed.date_obj is None:
        return None, UNRESOLVED
    when = parsed.date_obj.date()
    period = parsed.period
    if period == "week":
        value = _unit_of(when, "week")
    else:
        value = _at_precision(parsed.date_obj, period if period in {"year", "month"} else "day")
    if has_year:
        if str(parsed.date_obj.year) not in _YEAR.findall(core):
            return None, UNRESOLVED  # the parser filled in a year the text does not name
        return value, ABSOLUTE
    return value, RELATIVE


_MONTH_NAME = r"(" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_WRITTEN = [  # the common written forms, read without the parser (it costs ~5 ms a call)
    (re.compile(r"^(?:the\s+year\s+)?((?:1[5-9]|20)\d\d)$", re.I), ("year",)),
    (re.compile(r"^" + _MONTH_NAME + r",?\s+((?:1[5-9]|20)\d\d)$", re.I), ("month", "year")),
    (re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + r",?\s+((?:1[5-9]|20)\d\d)$", re.I),
     ("day", "month", "year")),
    (re.compile(r"^" + _MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:1[5-9]|20)\d\d)$", re.I),
     ("month", "day", "year")),
]


def _written_date(plain: str) -> str | None:
    """"2004", "June 2025", "16 June 2025", "June 16, 2025" as ISO (``None`` for any other form).

    >>> [_written_date(t) for t in ("2004", "Sept. 2004", "16 June 2025", "June 16, 2025", "June 31, 2025", "June")]
    ['2004', '2004-09', '2025-06-16', '2025-06-16', None, None]
    """
    for pattern, parts in _WRITTEN:
        match = pattern.match(plain)
        if not match:
            continue
        found = dict(zip(parts, match.groups()))
        year = int(found["year"])
        if "month" not in found:
            return f"{year:04d}"
        name = found["month"].lower().rstrip(".")
        month = _MONTH_ABBR.get(name[:4] if name.startswith("sept") else name[:3])
        if month is None:
            return None
        if "day" not in found:
            return f"{year:04d}-{month:02d}"
        return _checked_iso(f"{year:04d}", f"{month:02d}", f"{int(found['day']):02d}")
    return None


def _for_parser(plain: str) -> str:
    """The expression as dateparser reads it best: part-of-day words and commas out ("Friday night")."""
    text = _PART_OF_DAY.sub("", plain) if _WEEKDAY.search(plain) or _MONTH.search(plain) else plain
    return " ".join(text.replace(",", ", ").split()).strip(" ,") or plain


def _weekday(name: str, plain: str, base: dt.date, future: bool) -> str:
    """A weekday relative to the article's day: the latest on or before it (the earliest on or after
    it for a future verb or "next"); "last Friday" is strictly before."""
    target = WEEKDAYS.index(name)
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    lowered = plain.lower()
    if re.search(r"\bnext\b", lowered) or (future and not re.search(r"\b(last|past)\b", lowered)):
        return (base + dt.timedelta(days=ahead or (7 if "next" in lowered else 0))).isoformat()
    if re.search(r"\blast\b", lowered):
        back = back or 7
    return (base - dt.timedelta(days=back)).isoformat()


def _weekend(base: dt.date, plain: str) -> str:
    """The weekend on or before the article's day (Saturday/Sunday)."""
    saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
    return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"


def _month(name: str, which: str | None, base: dt.date, future: bool) -> str:
    """A month with no year: the latest such month on or before the article's month ("last March"
    strictly before it), or the next for a future verb."""
    month = _MONTH_ABBR.get(name[:4] if name.startswith("sept") else name[:3], 0)
    which = (which or "").lower()
    year = base.year
    if which == "next" or (future and which != "last"):
        year = base.year if month > base.month or (month == base.month and which != "next") else base.year + 1
    elif which == "last":
        year = base.year if month < base.month else base.year - 1
    elif which != "this" and month > base.month:
        year -= 1
    return f"{year:04d}-{month:02d}"


def _unit_of(day: dt.date, unit: str) -> str:
    """The week (Monday to Sunday), month or year holding ``day``."""
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def granularity(value: str | None) -> str | None:
    """``day``, ``month``, ``year`` or ``range``: how precise an ISO value is.

    >>> [granularity(v) for v in ("2025-06-13", "2025-06", "2025", "2025-06-09/2025-06-15", None)]
    ['day', 'month', 'year', 'range', None]
    """
    if not value:
        return None
    if "/" in value:
        return "range"
    return {4: "year", 7: "month"}.get(len(value), "day")


def span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day an ISO value covers (a day, a month, a year, a date-time or a range).

    >>> span("2025-06"), span("2024")[1], span("2025-06-13/2025-06-16")[1]
    ((datetime.date(2025, 6, 1), datetime.date(2025, 6, 30)), datetime.date(2024, 12, 31), datetime.date(2025, 6, 16))
    """
    first, _, last = value.partition("/")
    return _first_day(first), _last_day(last or first)


def _first_day(iso: str) -> dt.date:
    parts = [int(p) for p in iso[:10].split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(iso: str) -> dt.date:
    parts = [int(p) for p in iso[:10].split("-")]
    if len(parts) > 2:
        return dt.date(*parts)
    if len(parts) == 2:
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


def overlaps(value: str | None, since: str | None, until: str | None) -> bool:
    """True when the ISO ``value`` shares a day with [``since``, ``until``] (either end open); an
    undated ``value`` overlaps only when no bound is given.

    >>> overlaps("2025-06", "2025-06-13", None), overlaps("2025-06-12", "2025-06-13", None), overlaps(None, None, None)
    (True, False, True)
    """
    if since is None and until is None:
        return True
    if not value:
        return False
    first, last = span(value)
    return (since is None or last >= _first_day(since)) and (until is None or first <= _last_day(until))
