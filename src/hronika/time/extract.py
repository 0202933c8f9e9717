"""Temporal expressions, normalised to ISO 8601 against the publication date.

Each item of ``doc.times`` is::

    {"start", "end", "text",
     "kind": "date" | "interval" | "year" | "month" | "week" | "decade" | "time",
     "value": "2022-01-02" | "2017" | "2022-01" | "2021-W52" | "199X" | "1989/2019" | "2022-01-07T10:30" | None,
     "mod": "start" | "mid" | "late" | "first_half" | "second_half" | "Q1"…"Q4" | "T1"…"T3" | None,
                                                   # „в края на 90-те години“ → 199X, late; „първото
                                                   # тримесечие на 2018 г.“ → 2018, Q1 (T: a third)
     "relative": "P-1D" | "P-2W" | "WD-7" | … | None}  # kept when there is no publication date

Past is the default direction in news: „в неделя“ is the last Sunday on or before publication; a future
auxiliary („ще“), a plan, an obligation („трябва да“) or a scheduled start in the present („започва“) in the
expression's clause turns it to the next one. Spans leave out prepositions (в, през, на). A clock time falls on
the day named next to it or earlier in its sentence, or, in a past-tense report, earlier in its paragraph
(„Силният вятър в събота … Излетял е … в 16:50 ч.“); else on the publication date. „(и) до днес“ alone means
"so far" and is no date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

from hronika.doc import Document

MONTHS = {"януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8,
          "септември": 9, "октомври": 10, "ноември": 11, "декември": 12}
WEEKDAYS = {"понеделник": 0, "вторник": 1, "сряда": 2, "четвъртък": 3, "петък": 4, "събота": 5,
            "неделя": 6}
RELATIVE_DAYS = {"днес": 0, "вчера": -1, "утре": 1, "онзи ден": -2, "завчера": -2, "вдругиден": 2, "снощи": -1,
                 "тази сутрин": 0, "тази вечер": 0, "изминалата нощ": -1, "миналата нощ": -1, "днешния ден": 0,
                 "вчерашния ден": -1, "утрешния ден": 1, "предходния ден": -1, "предишния ден": -1}
#: „днешната среща“, „вчерашния протест“, „тазсутрешния дебат“: the adjective of a relative day.
RELATIVE_ADJECTIVES = {"днешн": 0, "вчерашн": -1, "утрешн": 1, "тазсутрешн": 0, "снощн": -1}
#: English month names, for a date a scraped page keeps in English („May 17, 2018“).
ENGLISH_MONTHS = {name: n for n, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                    "august", "september", "october", "november", "december"), 1)}
_ENGLISH_MONTH = "|".join(ENGLISH_MONTHS)
_MONTH = "|".join(MONTHS)
#: „24-ти“, „26-и“: a day of the month written as an ordinal.
_DAY_SUFFIX = "(?:-(?:ви|ри|ти|ми|и))?"
#: right after a month's name (a lookbehind per name: each must have a fixed width)
_AFTER_MONTH = "|".join(f"(?<={name} )" for name in MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_UNITS = {"ден": "D", "дни": "D", "дена": "D", "седмица": "W", "седмици": "W", "месец": "M", "месеца": "M",
          "година": "Y", "години": "Y", "годината": "Y"}
_PART_ORDINALS = ("първото", "второто", "третото", "четвъртото")
#: „първото тримесечие на 2018 г.“ (Q1), „последното четиримесечие“ (T3), „второто полугодие“: a part of the year.
_YEAR_PARTS = {f"{word} {unit}": mod
               for unit, names in (("тримесечие", ("Q1", "Q2", "Q3", "Q4")), ("четиримесечие", ("T1", "T2", "T3")),
                                   ("полугодие", ("first_half", "second_half")))
               for word, mod in [*zip(_PART_ORDINALS, names), ("последното", names[-1])]}
_YEAR_PART = "|".join(phrase.replace(" ", r"\s+") for phrase in _YEAR_PARTS)
_MODS = {"началото": "start", "средата": "mid", "края": "late", "първата половина": "first_half",
         "втората половина": "second_half", **_YEAR_PARTS}
_YEAR_SHIFT = {"тази": 0, "миналата": -1, "следващата": 1, "догодина": 1}
#: „тази година“, „миналата година“, „следващата година“, „догодина“: a year relative to publication.
_RELATIVE_YEAR = (r"(?:тази|миналата|следващата)\s+година|догодина"
                  r"|(?:минало|таз|до)годишн(?:ият|ия|ата|ото|ите|ен|а|о|и)(?!\w)")
#: „миналогодишното (увеселително влакче)“, „тазгодишния бюджет“: the adjective of a year relative to publication.
_YEAR_ADJECTIVES = {"миналогодишн": -1, "тазгодишн": 0, "догодишн": 1}
#: „след осем години затвор“, „след 20 месеца хаос“: a time spent, not a date after publication.
_SPENT_AFTER = re.compile(r"\s+(?:и половина|затвор|хаос|в затвора|зад решетките|преговори|война|изолация|"
                          r"лишаване|борба|съдебни|карантина|блокада|пандемия|криза|на\s+\w+(?:ане|ене|яне))\b",
                          re.IGNORECASE)

#: Words after which a bare four-digit number is a year („през 2017“, „до 2020“, „програмния период 2020“).
YEAR_PREPOSITIONS = ("през", "от", "до", "в", "във", "след", "преди", "за", "периода", "период")
YEAR_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(YEAR_PREPOSITIONS)})\s+$", re.IGNORECASE)
#: Words after a four-digit number that make it a count („до 2000 души“, „пика от 2000 през април“), not a year.
_COUNTED = r"през\s|души|човека|лв\.|лева|евро|долара|\$|%|процента|броя|[А-Яа-я]+(?:ите|ове|ци)\b"
PATTERN = re.compile(
    rf"(?P<interval>(?:от|между)\s+(?P<y1>\d{{4}})\s*(?:г\.\s*)?(?:до|и)\s+(?P<y2>\d{{4}})(?:\s*г\.|\s+година)?)"
    rf"|(?:(?:в|през)\s+)?(?:(?P<modword>началото|средата|края)\s+на\s+)?"
    rf"(?P<decade>(?P<dec>\d0)-те(?:\s+години|\s+г\.)?(?:\s+на\s+(?:(?P<century>XX|XXI|\d{{2}})(?:-и|-ви)?|"
    rf"(?P<cword>миналия|изминалия|предишния|този|настоящия))\s+век)?)"
    rf"|(?P<dinterval>(?:от|между)\s+(?P<d1>\d{{1,2}}){_DAY_SUFFIX}(?:\s+(?P<m1>{_MONTH}))?\s+(?:до|и)\s+"
    rf"(?P<d2>\d{{1,2}}){_DAY_SUFFIX}\s+"
    rf"(?P<m3>{_MONTH})(?:\s+(?P<y6>\d{{4}})(?:\s*г\.)?)?)"
    rf"|(?P<drange>(?P<dr1>\d{{1,2}})\s*[-–]\s*(?P<dr2>\d{{1,2}})\s+(?P<drm>{_MONTH})"
    rf"(?:\s+(?P<dry>\d{{4}})(?:\s*г\.)?)?)"
    rf"|(?P<yrange>(?P<y7>(?:1[5-9]|20)\d{{2}})\s*[-–]\s*(?P<y8>(?:1[5-9]|20)\d{{2}})\s*(?:г\.|година|год\.))"
    # „за периода 2019-20“: a year and the next one's last two digits
    rf"|(?P<yshort>(?P<ys1>(?:19|20)\d{{2}})-(?P<ys2>\d{{2}})(?![\d%]|[.,]\d|\s*(?:{_COUNTED})))"
    rf"|(?P<full>(?P<day>\d{{1,2}}){_DAY_SUFFIX}\s+(?P<month>{_MONTH})"
    rf"(?:\s+(?P<year>\d{{4}})(?:\s*г\.|\s+година)?|\s+(?P<yrel>{_RELATIVE_YEAR}))?)"
    rf"|(?P<english>(?-i:(?P<em>{_ENGLISH_MONTH.title()})\s+(?P<ed>\d{{1,2}}),\s+(?P<ey>\d{{4}})))"
    rf"|(?P<numeric>(?P<nd>\d{{1,2}})[./](?P<nm>\d{{1,2}})[./](?P<ny>\d{{4}}|\d{{2}})(?:\s*г\.)?)"
    rf"|(?P<minterval>(?:от|между)\s+(?P<mi1>{_MONTH})(?:\s+(?P<miy1>\d{{4}})(?:\s*г\.|\s+година)?)?\s+(?:до|и)\s+"
    rf"(?P<mi2>{_MONTH})(?:\s+(?P<miy2>\d{{4}})(?:\s*г\.|\s+година)?)?)"
    rf"|(?:(?P<modword3>началото|средата|края)\s+на\s+)?"
    rf"(?P<monthyear>(?:месец\s+)?(?P<m2>{_MONTH})(?:\s+месец(?!\w))?(?:\s+(?P<y3>\d{{4}})(?:\s*г\.)?|"
    rf"\s+(?P<myrel>{_RELATIVE_YEAR}))?)"
    rf"|(?:(?P<modword2>началото|средата|края|първата\s+половина|втората\s+половина|{_YEAR_PART})\s+на\s+)?"
    rf"(?P<yearexpr>(?P<y4>(?:1[5-9]|20)\d{{2}})(?:-а)?\s*(?:г\.|година|год\.))"  # „2008-а година“
    rf"|(?<=© )(?P<y9>(?:19|20)\d{{2}})(?:\s*[-–]\s*(?P<y9end>(?:19|20)\d{{2}}))?(?!\d)"  # „© 1998 - 2018“
    # a bare year after a preposition or „период“ („през 2017“, „до 2020“, „програмния период 2020“), not a count
    # (which word comes before is checked in :func:`normalise`: a lookbehind per word here costs every position)
    rf"|(?<![\w.,/-])(?P<y5>(?:1[5-9]|20)\d{{2}})(?![\d/]|[.,]\d|\s*(?:{_COUNTED}))"
    rf"|(?P<yearmod>(?P<ymod>началото|средата|края)\s+на\s+(?:годината|тази година))"
    rf"|(?P<periodmod>(?:(?P<pmw>началото|средата|края)\s+на\s+|(?<=по-рано през )|(?<=по-късно през ))"
    rf"(?P<pmp>седмицата|месеца))"  # „по-рано през седмицата“: earlier this week
    rf"|(?P<monthweek>(?P<mwpos>първата|последната)\s+седмица\s+(?:на|от)\s+(?P<mwm>{_MONTH})"
    rf"(?:\s+(?P<mwy>\d{{4}})(?:\s*г\.)?)?)"
    rf"|(?P<weekend>(?:(?P<wemod>миналия|изминалия|този|следващия|идния|предстоящия)\s+)?уикенд(?:а|ът)?)"
    rf"|(?P<weekday>(?:(?P<wmod>миналия|миналата|следващия|следващата|този|тази)\s+)?(?P<wd>{_WEEKDAY}))"
    rf"|(?P<reldays>изминалата нощ|миналата нощ|днешния ден|вчерашния ден|утрешния ден|тази сутрин|тази вечер|"
    rf"предходния ден|предишния ден)"
    rf"|(?P<reladj>(?:{'|'.join(RELATIVE_ADJECTIVES)})(?:ият|ия|ата|ото|ите))"
    rf"|(?P<reldays2>днес|вчера|утре|онзи ден|завчера|вдругиден|снощи)"
    rf"|(?:(?P<modword4>началото|средата|края)\s+на\s+)?"
    rf"(?P<relperiod>(?P<pmod>миналата|миналият|миналия|миналото|тази|този|това|следващата|следващият|"
    rf"следващия|следващото|настоящата|настоящият|настоящия|текущата|текущият|текущия)\s+"
    rf"(?P<period>седмица|месец|година|лято|зима))"
    # (a word before the unit is checked in :func:`normalise`: „преди четиринадесет години“, not „преди много години“)
    rf"|(?P<ago>(?P<dir>преди|след)\s+(?:(?P<n>\d+|[а-я]+)\s+)?(?P<unit>дни|дена|ден|седмици|седмица|месеца|месец|"
    rf"години|година|часа|час|минути|минута)(?!\w))"
    rf"|(?P<clock>(?P<hh>[0-2]?\d)[:.,](?P<mm>[0-5]\d)\s*(?:ч\.|часа))"
    # a clock time opening a live report's line („09:11 Макрон: …“), after a date („06.03.2018 18.16“,
    # „13 Февруари 15:32“) or after a cut teaser („… днес се среща... 02:32 БНР“)
    rf"|(?:(?m:^)|(?<=\d{{4}} )|(?<=\d{{4}} \| )|(?<=\.\.\. )|(?<=… )|{_AFTER_MONTH})"
    rf"(?P<clock2>(?P<hh4>[0-2]\d)[:.](?P<mm4>[0-5]\d))(?=\s)"
    rf"|(?P<hour>(?P<hh2>[0-2]?\d)\s*ч(?:\.|(?=\s)))"
    rf"|(?P<midnight>полунощ)"
    rf"|(?<=\bв )(?P<hour3>(?P<hh3>[0-2]?\d)\s+часа)(?!\w)"
    rf"|(?P<nextyear>{_RELATIVE_YEAR})",
    re.IGNORECASE,
)
_HOUR_BEFORE = re.compile(r"(?:\b(?:в|към|около|до|след|от|преди)\s+|\()$", re.IGNORECASE)
_FUTURE = re.compile(r"\bще\b|\bпредсто(?:и|ящ)|\bнасроч|\bкогато\s+(?:\w+\s+){1,3}?бъд(?:е|ат)\b|"
                     r"\bвлиза(?:т)? в сила|\bпланира|\bако\b(?!\s+(?:бе|беше|бяха|би)\b)"
                     r"|\b(?:възможно|може|могат|трябва)\s+(?:е\s+)?да\s+бъд(?:е|ат)\b"  # „може да бъде постигнато“
                     r"|\bтрябва\s+(?:\w+\s+)?да\b"  # „трябва (официално) да започнат през април“
                     r"|\b(?:започва|стартира|приключва)(?:т)?\b",  # a scheduled start: „започва във вторник“
                     re.IGNORECASE)
#: „със задна дата от 1 февруари“: a future clause that looks back (retroactively).
_RETROACTIVE = re.compile(r"\bзадна дата\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\bч)(?<!\bг)[.!?](?:\s|$)|\n")
#: „2 ч. сутринта“, „8 ч. вечерта“: the part of the day after a clock time.
_PART_OF_DAY = re.compile(r"\s+(сутринта|вечерта|следобед|през нощта)\b", re.IGNORECASE)
#: „продължи 3.35 часа“, „трае 2.30 часа“: a verb of lasting before hours and minutes (a duration, not a clock).
_LASTED = re.compile(r"(?<!\w)(?:продълж\w*|тра[ея]\w*|отне\w*)\s+(?:около\s+|близо\s+|над\s+)?$", re.IGNORECASE)
#: „от днес, 27 ноември, до 21 декември“: a day after „от“ and one after „до“ are one interval.
_FROM_BEFORE = re.compile(r"(?<!\w)(?:от|между)\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"(?:,\s*[^,.;]{1,25},)?\s+(?:до|и)\s+")
#: „края на декември 2018 - края на март 2019 г.“: two times joined by a dash are one interval.
_DASH = re.compile(r"\s*[-–]\s*")
#: „от март насам“: since a month in the past.
_SINCE = re.compile(r"\s+насам\b", re.IGNORECASE)


_CLAUSE_END = re.compile(r"(?<!\bч)(?<!\bг)\.(?!\d)|:(?!\d)|[,;!?\n]")  # „0:01 ч. в сряда“ is one clause
#: Words before a date that look ahead as often as back („до 31 януари“, „след 18 януари“): the nearest year.
_OPEN_DIRECTION = re.compile(r"\b(?:до|към|след|от|считано от)\s+$", re.IGNORECASE)


def _opens(text: str, start: int) -> bool:
    return bool(_OPEN_DIRECTION.search(text, max(0, start - 15), start))


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding ``text[start]`` begins (after the last comma, stop, colon or line break)."""
    window = max(0, start - 300)  # a clause is shorter; no scan from the start of a long text for every date
    return max((m.end() for m in _CLAUSE_END.finditer(text, window, start)), default=window)


#: „…, преди да даде реч в събота“: a clause these open takes its tense from the clause before it.
_SUBORDINATE_OPENING = re.compile(r"\s*(?:преди|без|вместо)\s+да\b|\s*(?:за\s+да|докато)\b", re.IGNORECASE)


def _future(text: str, start: int, end: int) -> bool:
    """Does the clause of ``text[start:end]`` speak of the future („ще“, „предстои“)? A clause opened by „преди да“,
    „за да“ or „докато“ speaks in the tense of the clause before it („Мей ще се срещне с Меркел, преди да даде реч
    в Мюнхен в събота“)."""
    right = _CLAUSE_END.search(text, end)
    left = _clause_start(text, start)
    if _SUBORDINATE_OPENING.match(text, left) and left and text[left - 1] == ",":
        left = _clause_start(text, left - 1)
    clause = text[left : right.start() if right else len(text)]
    return bool(_FUTURE.search(clause)) and not _RETROACTIVE.search(clause)


#: „да“ before a verb: an aim or a wish („да бъде финализирано“, „да постигнат“), which looks ahead.
_IRREALIS = re.compile(r"\bда\s+(?:се\s+|бъд(?:е|ат)\s+)?\w", re.IGNORECASE)


def _deadline(text: str, start: int) -> bool:
    """„(споразумение, което да бъде финализирано) до октомври“: a month after „до“ in a да-clause is a deadline
    ahead, however far („до средата на декември броят … остава“ looks back)."""
    return bool(_UNTIL_BEFORE.search(text, max(0, start - 4), start)) \
        and bool(_IRREALIS.search(text, _clause_start(text, start), start))


def _year_shift(relative_year: str) -> int:
    """„догодина“ → 1, „миналата година“, „миналогодишния“ → -1, „тази година“ → 0."""
    word = relative_year.split()[0].lower()
    if word in _YEAR_SHIFT:
        return _YEAR_SHIFT[word]
    return next(shift for stem, shift in _YEAR_ADJECTIVES.items() if word.startswith(stem))


def _cardinal(word: str) -> int | None:
    """„четиринадесет“ → 14; None for any other word („няколко“, „много“)."""
    from hronika.numbers.words import CARDINALS  # here, not at the top: the numbers stage imports this module

    return CARDINALS.get(word)


def _year(two_or_four: str) -> int:
    year = int(two_or_four)
    return year + (2000 if year < 50 else 1900) if year < 100 else year


def _month_day(pub: date | None, month: int, day: int | None, future: bool, nearest: bool = False) -> str:
    """A day (or month) without a year takes the publication year, moved to stay past (or future) — or,
    with ``nearest``, the year that puts it closest to the publication date."""
    if pub is None:
        return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    year = pub.year
    candidate = (month, day or 1)
    if nearest and not future:
        def distance(y: int) -> int:
            try:
                return abs((date(y, month, day or 15) - pub).days)
            except ValueError:  # 29 February
                return abs((date(y, month, 28) - pub).days)
        year = min((pub.year - 1, pub.year, pub.year + 1), key=distance)
    elif not future and candidate > (pub.month, pub.day):
        year -= 1
    elif future and candidate < (pub.month, pub.day):
        year += 1
    return f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")


def _month(pub: date | None, month: int, future: bool, open_direction: bool = False) -> str:
    """A month without a year: the last one up to publication, unless the clause speaks of the future or the
    month is the next one („през януари“ in December; up to three ahead after „до“, „от“)."""
    if pub is None:
        return f"XXXX-{month:02d}"
    ahead = (month - pub.month) % 12
    coming = future or ahead == 1 or (open_direction and 0 < ahead <= 3)
    year = pub.year + (pub.month + ahead > 12) if coming else pub.year - (month > pub.month)
    return f"{year}-{month:02d}"


def _shift(pub: date, count: int, unit: str) -> str:
    if unit == "D":
        return (pub + timedelta(days=count)).isoformat()
    if unit == "W":
        day = pub + timedelta(weeks=count)
        return _iso_week(day)
    if unit == "M":
        months = pub.year * 12 + pub.month - 1 + count
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(pub.year + count)


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _is_day(item: dict[str, Any]) -> bool:
    """Is the time item one calendar day with a known date („2022-01-07“)?"""
    return item["kind"] == "date" and len(item["value"] or "") == 10


def _months_from(pub: date, count: int) -> str:
    """The day ``count`` months from ``pub`` (the last day of a shorter month)."""
    year, month = map(int, _shift(pub, count, "M").split("-"))
    return date(year, month, min(pub.day, calendar.monthrange(year, month)[1])).isoformat()


def _ago(item: dict[str, Any], pub: date | None, count: int, unit: str) -> None:
    """„преди 3 дни“, „след две седмици“, „преди 14 години“: the day ``count`` units from publication."""
    days = {"D": 1, "W": 7}.get(unit)
    if days is None:  # „преди месец“, „преди 14 години“: the same day months (years) before, like „преди седмица“
        months = count * (12 if unit == "Y" else 1)
        item.update(kind="date", relative=f"P{count:+d}{unit}", value=_months_from(pub, months) if pub else None)
    else:
        item.update(kind="date", relative=f"P{count:+d}{unit}", value=_shift(pub, count * days, "D") if pub else None)


def normalise(match: re.Match[str], text: str, pub: date | None) -> dict[str, Any] | None:
    g = match.groupdict()
    item: dict[str, Any] = {"kind": "date", "value": None, "mod": None, "relative": None}
    start, end = match.span()
    if g["y5"] and not YEAR_BEFORE.search(text, max(0, start - 8), start):
        return None  # a bare four-digit number with no preposition before it: a count or a name, not a year
    future = _future(text, start, end)
    if g["interval"]:
        item.update(kind="interval", value=f"{g['y1']}/{g['y2']}")
    elif g["dinterval"]:
        last_month = MONTHS[g["m3"].lower()]
        first_month = MONTHS[g["m1"].lower()] if g["m1"] else last_month
        if g["y6"]:
            first, last = (f"{g['y6']}-{m:02d}-{int(d):02d}"
                           for m, d in ((first_month, g["d1"]), (last_month, g["d2"])))
        else:
            first = _month_day(pub, first_month, int(g["d1"]), future, nearest=True)
            last = _month_day(pub, last_month, int(g["d2"]), future, nearest=True)
        item.update(kind="interval", value=f"{first}/{last}")
    elif g["drange"]:  # „27-29 декември“
        month = MONTHS[g["drm"].lower()]
        if int(g["dr1"]) >= int(g["dr2"]):
            return None
        if g["dry"]:
            first, last = (f"{g['dry']}-{month:02d}-{int(d):02d}" for d in (g["dr1"], g["dr2"]))
        else:
            first, last = (_month_day(pub, month, int(d), future, nearest=True) for d in (g["dr1"], g["dr2"]))
        item.update(kind="interval", value=f"{first}/{last}")
    elif g["yrange"]:
        if int(g["y7"]) >= int(g["y8"]):
            return None
        item.update(kind="interval", value=f"{g['y7']}/{g['y8']}")
    elif g["yshort"]:
        first = int(g["ys1"])
        last = first // 100 * 100 + int(g["ys2"])
        if not first < last <= first + 10:
            return None
        item.update(kind="interval", value=f"{first}/{last}")
    elif g["decade"]:
        if not (g["modword"] or re.search(r"\sг(?:одини|\.)", g["decade"]) or "век" in g["decade"]
                or re.match(r"(?:в|през)\s", match.group(), re.IGNORECASE)):
            return None  # „20-те най-засегнати държави“: a number, not the 1920s
        if re.match(r"\s+(?:дни|дена|часа|седмици|месеца|минути|секунди)\b", text[match.end("decade") :]):
            return None  # „през 40-те дни около празника“: a number of days
        start = match.start("modword") if g["modword"] else match.start("decade")
        century = g["century"]
        prefix = {"XX": "19", "XXI": "20"}.get((century or "").upper()) or (str(int(century) - 1) if century else "19")
        if g["cword"] and pub is not None:  # „80-те години на миналия век“: the century before publication
            prefix = str(pub.year // 100 - (0 if g["cword"].lower() in ("този", "настоящия") else 1))
        item.update(kind="decade", value=f"{prefix}{g['dec'][0]}X", mod=_MODS.get((g["modword"] or "").lower()))
    elif g["full"]:
        month, day = MONTHS[g["month"].lower()], int(g["day"])
        value = f"{g['year']}-{month:02d}-{day:02d}" if g["year"] else _month_day(pub, month, day, future, nearest=True)
        if g["yrel"] and pub is not None:  # „1 март миналата година“, „29 март догодина“
            value = f"{pub.year + _year_shift(g['yrel'])}-{month:02d}-{day:02d}"
        item.update(value=value)
    elif g["numeric"]:
        item.update(value=f"{_year(g['ny'])}-{int(g['nm']):02d}-{int(g['nd']):02d}")
    elif g["english"]:  # „May 17, 2018“
        item.update(value=f"{g['ey']}-{ENGLISH_MONTHS[g['em'].lower()]:02d}-{int(g['ed']):02d}")
    elif g["minterval"]:
        first, last = MONTHS[g["mi1"].lower()], MONTHS[g["mi2"].lower()]
        last_value = f"{g['miy2']}-{last:02d}" if g["miy2"] else _month(pub, last, future)
        last_year = int(last_value[:4]) if last_value[0].isdigit() else None
        first_year = g["miy1"] or (last_year if last_year is None or first <= last else last_year - 1)
        item.update(kind="interval", value=f"{first_year or 'XXXX'}-{first:02d}/{last_value}")
    elif g["monthyear"]:
        if g["m2"].lower() == "май" and not g["y3"] and not re.search(r"(през|в|от|до|на|края|началото|средата)\s+$",
                                                                      text[max(0, start - 10) : start], re.I):
            return None  # „май“ is also the particle „maybe“
        month = MONTHS[g["m2"].lower()]
        start = match.start("modword3") if g["modword3"] else match.start("monthyear")
        if g["y3"]:
            value = f"{g['y3']}-{month:02d}"
        elif g["myrel"] and pub is not None:  # „юни тази година“, „март догодина“
            value = f"{pub.year + _year_shift(g['myrel'])}-{month:02d}"
        else:
            since = bool(_SINCE.match(text, end))  # „от март насам“: looking back
            deadline = _deadline(text, start)  # „да бъде финализирано до октомври“: the coming one
            value = _month(pub, month, (future or deadline) and not since, _opens(text, start) and not since)
        item.update(kind="month", mod=_MODS.get((g["modword3"] or "").lower()), value=value)
    elif g["yearexpr"]:
        start = match.start("modword2") if g["modword2"] else match.start("yearexpr")
        item.update(kind="year", value=g["y4"], mod=_MODS.get(" ".join((g["modword2"] or "").lower().split())))
    elif g["y9end"] and g["y9end"] > g["y9"]:
        item.update(kind="interval", value=f"{g['y9']}/{g['y9end']}")
    elif g["y5"] or g["y9"]:
        if g["y9"]:
            end = match.end("y9")  # „© 2018 - 2017“: the year alone
        item.update(kind="year", value=g["y5"] or g["y9"])
    elif g["yearmod"]:  # „в края на годината“: this year, late
        item.update(kind="year", value=str(pub.year) if pub else None, relative="P+0Y",
                    mod=_MODS[g["ymod"].lower()])
    elif g["periodmod"]:  # „до края на седмицата“, „по-рано през седмицата“: the current week (month)
        unit = "W" if g["pmp"].lower() == "седмицата" else "M"
        item.update(kind="week" if unit == "W" else "month", relative=f"P+0{unit}",
                    mod=_MODS.get((g["pmw"] or "").lower()),
                    value=_shift(pub, 0, unit) if pub else None)
    elif g["monthweek"]:  # „през последната седмица на ноември“: the ISO week that holds most of those days
        month = MONTHS[g["mwm"].lower()]
        value = f"{g['mwy']}-{month:02d}" if g["mwy"] else _month(pub, month, future)
        if value.startswith("X"):
            item.update(kind="week", value=None)
        else:
            year, month = int(value[:4]), int(value[5:7])
            day = date(year, month, 4) if g["mwpos"].lower() == "първата" \
                else date(year, month, calendar.monthrange(year, month)[1] - 3)
            item.update(kind="week", value=_iso_week(day))
    elif g["weekend"]:  # „през уикенда“: the last Saturday and Sunday (the next ones in a future clause)
        wemod = (g["wemod"] or "").lower()
        forward = (future and not wemod.startswith(("минал", "изминал"))) or wemod in ("следващия", "идния",
                                                                                      "предстоящия")
        item.update(kind="interval", relative="WE+" if forward else "WE-")
        if pub is not None:
            saturday = pub + timedelta(days=(5 - pub.weekday()) % 7) if forward \
                else pub - timedelta(days=(pub.weekday() - 5) % 7)
            item["value"] = f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
        if not wemod:
            start = match.start("weekend")
    elif g["weekday"]:
        if re.search(r"\b(?:всеки|всяка|всички|всеки\s+друг)\s+$", text[max(0, start - 12) : start], re.IGNORECASE):
            return None  # „всеки вторник“: a recurring day, no date
        weekday = WEEKDAYS[g["wd"].lower()]
        wmod = (g["wmod"] or "").lower()
        forward = future or wmod.startswith("следващ")
        item["relative"] = f"WD{'+' if forward else '-'}{weekday}"
        if pub is not None:
            delta = (weekday - pub.weekday()) % 7 if forward else -((pub.weekday() - weekday) % 7)
            if forward and delta == 0 and wmod.startswith("следващ"):
                delta = 7
            if wmod.startswith("минал"):  # „миналата сряда“: that day of the week before, like „миналата седмица“
                delta = weekday - pub.weekday() - 7
                item["relative"] = f"W-1D{weekday}"
            item["value"] = (pub + timedelta(days=delta)).isoformat()
        if not wmod:
            start = match.start("wd")
    elif g["reldays"] or g["reldays2"] or g["reladj"]:
        if text[end : end + 1] == "+":
            return None  # „Днес+“: the name of a site
        phrase = (g["reldays"] or g["reldays2"] or "").lower()
        offset = RELATIVE_DAYS[phrase] if phrase else next(v for k, v in RELATIVE_ADJECTIVES.items()
                                                      if g["reladj"].lower().startswith(k))
        item["relative"] = f"P{offset:+d}D"
        item["value"] = (pub + timedelta(days=offset)).isoformat() if pub else None
    elif g["relperiod"]:
        mod = g["pmod"].lower()
        count = -1 if mod.startswith("минал") else 1 if mod.startswith("следващ") else 0
        period = g["period"].lower()
        unit = {"седмица": "W", "месец": "M", "година": "Y"}.get(period)
        if unit is None:
            return None
        item.update(kind={"W": "week", "M": "month", "Y": "year"}[unit], relative=f"P{count:+d}{unit}",
                    mod=_MODS.get((g["modword4"] or "").lower()))
        item["value"] = _shift(pub, count, unit) if pub else None
    elif g["ago"]:
        if g["dir"].lower() == "след" and _SPENT_AFTER.match(text, end):
            return None  # a duration (the numbers stage's), not a date
        word = (g["n"] or "").lower()
        if not word and g["unit"].lower() in ("дни", "седмици", "месеца", "години", "часа", "минути"):
            return None  # „преди дни“, „Преди седмици“: some days or weeks, too vague
        count = int(word) if word.isdigit() else _cardinal(word) if word else 1
        if count is None:
            return None  # „преди няколко дни“, „преди много години“: too vague
        count = -count if g["dir"].lower() == "преди" else count
        if g["unit"].lower().startswith(("час", "мин")):  # „обновено преди 2 минути“, „преди 3 часа“: that day
            if count > 0:
                return None  # „ако не престане след 48 часа“: hours after some event, a duration (the numbers')
            hours = g["unit"].lower().startswith("час")
            days = -(abs(count) // 24) if hours else 0  # „преди 48 часа“: two days before
            item.update(kind="date", relative=f"PT{count:+d}{'H' if hours else 'M'}",
                        value=_shift(pub, days, "D") if pub else None)
        else:
            _ago(item, pub, count, _UNITS[g["unit"].lower()])
    elif g["midnight"]:
        item.update(kind="time", value=(pub.isoformat() + "T00:00") if pub else "T00:00")
    elif g["clock"] or g["clock2"] or g["hour"] or g["hour3"]:
        if g["hour"] and (int(g["hh2"]) > 24 or not _HOUR_BEFORE.search(text[max(0, start - 12) : start])):
            return None  # „24 ч.“ as a duration, not a time of day
        if g["hour3"] and int(g["hh3"]) > 24:
            return None
        if g["clock"] and _LASTED.search(text, max(0, start - 25), start):
            return None  # „полетът е трябвало да продължи 3.35 часа“: a duration (the numbers stage's)
        hour = int(g['hh'] or g['hh2'] or g['hh3'] or g['hh4'])
        part = _PART_OF_DAY.match(text, end)
        if part and hour <= 12:  # „до 2 ч. сутринта“, „в 8 ч. вечерта“: the part of the day is in the span
            # (not after „22 часа“, which it does not change)
            end = part.end()
            hour += 12 if part.group(1).lower() in ("вечерта", "следобед") and hour < 12 else 0
        clock = f"T{hour:02d}:{g['mm'] or g['mm4'] or '00'}"
        item.update(kind="time", value=(pub.isoformat() + clock) if pub else clock)
    elif g["nextyear"]:
        count = _year_shift(g["nextyear"])
        item.update(kind="year", relative=f"P{count:+d}Y", value=str(pub.year + count) if pub else None)
    item.update(start=start, end=end, text=text[start:end])
    return item


def extract_times(doc: Document) -> Document:
    """Fill ``doc.times`` against ``doc.published`` (ISO date or None)."""
    pub = None
    if doc.published:
        try:
            pub = date.fromisoformat(doc.published[:10])
        except ValueError:
            pub = None
    times = []
    for match in PATTERN.finditer(doc.text):
        if match.start() and doc.text[match.start() - 1].isalnum():
            continue
        item = normalise(match, doc.text, pub)
        if item is None or _ends_quoted_name(doc.text, item["start"], item["end"]):
            continue
        if not (item["end"] < len(doc.text) and doc.text[item["end"] - 1].isalnum()
                and doc.text[item["end"]].isalnum()):
            times.append(item)
    _name_the_weekdays(doc.text, times)
    for i, item in enumerate(times):
        if item["kind"] == "time" and item["text"].lower() != "полунощ":  # „от 0:00 ч. на 16 април“: that day
            for other in (times[i - 1] if i else None, times[i + 1] if i + 1 < len(times) else None):
                if other is None or not _is_day(other):
                    continue
                if abs(other["start"] - item["end"]) < 8 or abs(item["start"] - other["end"]) < 8:
                    item["value"] = other["value"] + item["value"][item["value"].index("T") :]
                    break
            else:  # „от четвъртък … ще затварят в 22:00 часа“: the day named earlier in the sentence, or
                # in a report of what happened („Силният вятър в събота … Излетял е … в 16:50 ч.“) earlier in
                # the paragraph
                day = next((t for t in reversed(times[:i]) if _is_day(t)), None)
                same_day = day is not None and (not _SENTENCE_END.search(doc.text, day["end"], item["start"])
                                                or _narrated_day(doc.text, day, item))
                if not same_day:
                    # „в 23 часа по Гринуич (0 ч в Брюксел) на 29 март 2019 г.“: the day named after it, in the
                    # same clause
                    day = next((t for t in times[i + 1 :] if _is_day(t)), None)
                    if day is not None and _CLAUSE_END.search(doc.text, item["end"], day["start"]):
                        day = None
                if day is not None:
                    item["value"] = day["value"] + item["value"][item["value"].index("T") :]
    doc.times = [t for t in _dash_intervals(doc.text, times) if not _so_far(doc.text, t)]
    return doc


#: a compound past before the clock time: „Излетял е от …“, „е пристигнал в“, „бяха кацнали“
_PAST = re.compile(r"\b\w+(?:ал|ял|ел|ил|ъл|ла|ли|ло)\s+(?:е|са)\b"
                   r"|\b(?:е|са|бе|беше|бяха)\s+\w+(?:ал|ял|ел|ил|ъл|ла|ли|ло)\b", re.IGNORECASE)


def _narrated_day(text: str, day: dict[str, Any], clock: dict[str, Any]) -> bool:
    """Does a clock time in a later sentence of the same paragraph, in a past-tense report, fall on ``day``?"""
    if "\n" in text[day["end"] : clock["start"]]:
        return False
    sentence = max((m.end() for m in _SENTENCE_END.finditer(text, day["end"], clock["start"])), default=day["end"])
    return not _FUTURE.search(text, sentence, clock["start"]) and bool(_PAST.search(text, sentence, clock["start"]))


#: „до“ right before „днес“: „(заключена е) и до днес“, „до днес информацията ми е“ — so far, not a date
#: („от 2010 до днес“ is an interval and never comes here alone).
_UNTIL_BEFORE = re.compile(r"\bдо\s+$", re.IGNORECASE)


def _so_far(text: str, item: dict[str, Any]) -> bool:
    return item["text"].lower() == "днес" and bool(_UNTIL_BEFORE.search(text, max(0, item["start"] - 6), item["start"]))


#: An opening quotation mark and one to three capitalised words before a time word that the closing mark follows.
_QUOTED_NAME_BEFORE = re.compile(r"[„\"“«](?:[А-ЯA-Z][\w-]*\s+){1,3}$")


def _ends_quoted_name(text: str, start: int, end: int) -> bool:
    """„сделката "Добрият петък"“, „Кървавата неделя“: a time word closing a quoted capitalised name is part of
    the name, not a time."""
    return text[end : end + 1] in "\"“”»" and bool(_QUOTED_NAME_BEFORE.search(text, max(0, start - 40), start))


#: „в четвъртък, 18 януари“: a weekday and the date after it, one day.
_APPOSITION = re.compile(r",?\s*")


def _name_the_weekdays(text: str, times: list[dict[str, Any]]) -> None:
    """A weekday followed by its date („четвъртък, 25 януари“) is that date, not the last such weekday."""
    for weekday, day in zip(times, times[1:]):
        if weekday["text"].lower() in WEEKDAYS and _is_day(day) and _APPOSITION.fullmatch(text, weekday["end"],
                                                                                         day["start"]):
            weekday.update(value=day["value"], relative=None)


def _dash_intervals(text: str, times: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """„края на декември 2018 - края на март 2019 г.“: a month or year, a dash and another one (later) are one
    interval; so are two days after „от“ and „до“ („от днес, 27 ноември, до 21 декември“)."""
    out: list[dict[str, Any]] = []
    for item in times:
        first = out[-1] if out else None
        if first is not None and first["kind"] in ("month", "year") and item["kind"] in ("month", "year") \
                and first["value"] and item["value"] and first["value"][:1].isdigit() \
                and first["value"] < item["value"] and _DASH.fullmatch(text, first["end"], item["start"]):
            out[-1] = _interval(text, first, item, first["start"])
            continue
        since = _from_day(text, out, item)
        if since is not None:  # the apposition („27 ноември“) belongs to the interval's start
            k, begin = since
            out[k:] = [_interval(text, out[k], item, begin)]
            continue
        out.append(item)
    return out


def _from_day(text: str, out: list[dict[str, Any]], item: dict[str, Any]) -> tuple[int, int] | None:
    """The index in ``out`` of an earlier day (month, year) after „от“ that the day (month, year) ``item`` (after
    „до“) closes, and where „от“ begins: „от днес, 27 ноември, до 21 декември“, „от март 2019 г. до края на 2020
    г.“."""
    for k in range(len(out) - 1, max(-1, len(out) - 3), -1):
        since = _FROM_BEFORE.search(text, max(0, out[k]["start"] - 8), out[k]["start"])
        if since and _UNTIL.fullmatch(text, out[k]["end"], item["start"]):
            return (k, since.start()) if _is_point(out[k]) and _is_point(item) and out[k]["value"] < item["value"] \
                else None
    return None


def _is_point(item: dict[str, Any]) -> bool:
    """A day, a month or a year with a known value: what an interval „от … до …“ may run between."""
    return _is_day(item) or (item["kind"] in ("month", "year") and (item["value"] or "")[:1].isdigit())


def _interval(text: str, first: dict[str, Any], last: dict[str, Any], begin: int) -> dict[str, Any]:
    return {**first, "kind": "interval", "value": f"{first['value']}/{last['value']}", "mod": None,
            "start": begin, "end": last["end"], "text": text[begin : last["end"]]}
