"""Numbers, amounts, ranges, percentages, ages and durations in Bulgarian text.

Each item of ``doc.numbers`` is::

    {"start", "end", "text",
     "kind": "cardinal" | "approx" | "range" | "percent" | "money" | "age" | "duration" | "ordinal",
     "value": float | int | None,   # exact value (None for ranges and bare lower bounds)
     "low": … | None, "high": … | None,   # bounds: „над хиляда“ → low 1000 (exclusive), „3-4“ → 3 … 4
     "approx": bool,                 # около, близо, почти, десетки …
     "exclusive": bool,              # the lower bound itself is excluded (над, повече от)
     "unit": str | None}             # BGN, EUR, USD, GBP, RUB, %, year, month, week, day, hour, minute

The span covers the number with its modifier and multiplier („над хиляда“, „2,5 млн.“); percentages, ages and
durations also cover their unit („10%“, „20 години“), money does not (`100 млн.` of „100 млн. евро“; the
currency is in ``unit``), as the gold guidelines have it. Numbers inside dates and
years are left to the time stage (``doc.times``), and digits glued to names (COVID-19) are skipped.
"""

from __future__ import annotations

import re
from typing import Any

from hronika.doc import Document
from hronika.morph.closed import AGREEMENT
from hronika.morph.numerals import roman
from hronika.numbers.words import APPROXIMATE, CARDINALS, MULTIPLIERS, NUMBER_WORDS, ORDINALS, words_value
from hronika.time.extract import MONTHS, YEAR_BEFORE

_WORD_ALT = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS - set(ORDINALS)), key=len, reverse=True))
_ORDINAL_ALT = "|".join(sorted((re.escape(w) for w in ORDINALS), key=len, reverse=True))
# an ordinal ends a phrase („две хиляди и седемнадесета“; „втора и трета вълна“ are two numbers) or opens one
# before a count („първите пет месеца“, where :func:`parse` leaves it out)
_NUMBER_WORDS = (rf"(?:(?:(?:{_ORDINAL_ALT})\s+)?(?:{_WORD_ALT})(?:\s+(?:и\s+)?(?:{_WORD_ALT}))*"
                 rf"(?:\s+(?:и\s+)?(?:{_ORDINAL_ALT}))?|(?:{_ORDINAL_ALT}))")
_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)?(?![.,:]\d)"
_MULT = r"(?:хил\.|хиляди|млн\.|милиона|милиони|милион|млрд\.|милиарда|милиард|трлн\.|трилиона|трилион)"
_APPROX_ALT = "|".join(sorted(APPROXIMATE, key=len, reverse=True))
_MODIFIER = (r"(?:над|повече от|по-малко от|под|около|близо|почти|приблизително|към|ок\.|най-малко|поне|"
             r"не по-малко от|не по-рано от|"
             r"до|едва|само|малко над|малко под|цели)")
_CURRENCY = (r"(?:лв\.|лева|лев|евро|щатски долара|долари|долара|долар|\$|€|£|британски лири|лири|паунда|рубли|рубла|"
             r"юана|франка|крони|злоти)")
_TIME_UNIT = (r"(?:години|година|месеца|месец|седмици|седмица|дни|дена|денонощия|денонощие|ден|часа|час|минути|"
              r"минута|секунди)")
_PERCENT = r"(?:%|процента|процент|процентни пункта|на сто)"
#: „два допълнителни дни“: an adjective between a number and its unit.
_UNIT_ADJECTIVE = (r"(?:(?:допълнителн(?:и|а|о)|допълнителен|следващ(?:и|ите|а|о)|последн(?:и|ите|а|о)|"
                   r"поредн(?:и|а|о)|пореден|работн(?:и|а|о)|работен|календарн(?:и|а|о)|календарен|пълн(?:и|а|о)|"
                   r"пълен|цели|цяла|цял)\s+)?")
#: „две добри години“, „три тежки месеца“: any adjective, but only before a unit of time (a plural or feminine form;
#: not the nouns „пъти“, „души“, nor „почивни дни“, which counts days off, like „празници“; not an articled one,
#: which opens a phrase of its own: „4 милиона | миналата година“).
_TIME_ADJECTIVE = rf"(?:(?!(?:пъти|души|почивни)\s)[а-я]{{3,}}(?<!ат)(?<!ят)[иа]\s+(?={_TIME_UNIT}(?!\w)))"

PATTERN = re.compile(
    # a title glued to the lead („коронавирусаПовече от 16 000“) ends at a capital after a lower-case letter
    rf"(?:(?<![\w,:/-])|(?-i:(?<=[а-я])(?=[А-Я])))(?<!\d\.)(?:(?P<mod>{_MODIFIER})\s+)?"
    rf"(?:(?P<approxword>{_APPROX_ALT})(?:\s+(?P<approxmult>хиляди|милиони))?(?![\w-])"
    rf"|(?P<pre>[$€£]\s?)?(?P<num>{_DIGITS})(?:(?:\s*[-–]\s*|\s+до\s+|\s+и\s+)(?P<num2>{_DIGITS}))?(?:-(?P<suffix>годиш(?:ен|н\w*)|(?:днев|седмич|месеч|часов)\w*|ти|ви|ри|ми|ма|ина|ата|ия|ият|те|та|а|о"
    rf"|(?P<adjective>[а-я]{{4,}}))(?![\w-]))?"
    rf"(?:(?P<mhalf>\s+и\s+половина)?\s*(?P<mult>{_MULT}))?(?P<more>\s+(?:и|или)\s+(?:повече|нагоре)(?=\s+{_UNIT_ADJECTIVE}{_TIME_UNIT}\b))?"
    rf"|(?P<words>{_NUMBER_WORDS})(?:-(?P<wsuffix>годиш(?:ен|н\w*)))?(?:(?P<whalf>\s+и\s+половина)?\s+(?P<wmult>{_MULT}))?(?![\w-])"
    rf"(?P<wmore>\s+(?:и|или)\s+(?:повече|нагоре)(?=\s+{_UNIT_ADJECTIVE}{_TIME_UNIT}\b))?)"
    # no € in „26 европейски“
    rf"(?:\s*(?P<unitadj>{_TIME_ADJECTIVE}|{_UNIT_ADJECTIVE})(?P<unit>{_PERCENT}|{_CURRENCY}|{_TIME_UNIT})(?:(?<=[.%$€£])|(?!\w)))?"
    rf"(?P<half>\s+и\s+половина(?!\w))?",  # „8 години и половина“
    re.IGNORECASE,
)
_CURRENCIES = {"лв": "BGN", "лев": "BGN", "евро": "EUR", "€": "EUR", "долар": "USD", "$": "USD", "щатски": "USD",
               "£": "GBP", "лир": "GBP", "британски": "GBP", "паунд": "GBP", "рубл": "RUB", "юан": "CNY",
               "франк": "CHF", "крон": "SEK", "злот": "PLN"}
#: „14-дневна“, „шестмесечна“, „едноседмичен“: an adjective of a period, a duration.
_COMPOUND_UNITS = {"днев": "day", "седм": "week", "месе": "month", "часо": "hour"}
_TIME_UNITS = {"годин": "year", "месе": "month", "седмиц": "week", "дн": "day", "ден": "day", "час": "hour",
               "минут": "minute", "секунд": "second"}
#: „… или повече“ after a number (and its unit), closing a clause or before the counted noun („една или повече
#: сгради“): a lower bound (not „… и повече от …“).
_MORE_AFTER = re.compile(r"\s+(?:и|или)\s+(?:повече|нагоре)(?=\s*[,.;:!?)]|\s*$|\s+(?!от\b)[а-я])", re.IGNORECASE)
_LOWER_ONLY = {"над", "повече от", "малко над", "най-малко", "поне", "не по-малко от", "не по-рано от"}
_INCLUSIVE = {"най-малко", "поне", "не по-малко от", "не по-рано от"}
_APPROX_MODS = {"около", "близо", "почти", "приблизително", "към", "ок.", "малко над", "малко под"}
#: A verb of change before „до“ makes it „to“ (a new level), not „up to“ (a bound).
_CHANGE_BEFORE = re.compile(r"\b(?:намал|нараст|увелич|достиг|спад|пад|скоч|расте|растат|покач|повиш|пониж|"
                            r"стигн)\w*\s+$",
                            re.IGNORECASE)
#: A verb of change somewhere before „с N до M“ (by N, to M).
_CHANGE_VERB = re.compile(r"\b(?:намал|нараст|увелич|спад|пад|покач|повиш|пониж)\w*", re.IGNORECASE)
#: „събиранията на едно място“: one (the same) place is a count (not „от едно място на друго“).
_ONE_PLACE = re.compile(r"(?<!\w)(?:на|в)\s+$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+място(?!\w)(?!\s+на\s+друго)", re.IGNORECASE)
#: „…, на първо място Украйна“, „На второ място, …“: "first of all", no rank (a rank has a verb before it:
#: „Белгия е на първо място“, „се нарежда на второ място“).
_FIRSTLY_BEFORE = re.compile(r"(?:^|[.,:;!?(–-]|(?<!\w)(?:и|а|но))\s*на\s+$", re.IGNORECASE)
#: „един от многото“, „една от многобройните“: one among many.
_ONE_OF_MANY = re.compile(r"\s+от\s+(?:многото|многобройните|безбройните|множеството)\b", re.IGNORECASE)
#: „още един случай“, „само една жена“, „нито един“, „по един човек“: the number one, not the article.
_ONE_COUNTED = re.compile(r"\b(още|само|нито|поне|едва|точно|по)\s+$", re.IGNORECASE)
#: „през следващите 15 г.“, „през последните 5 г.“: a span of years abbreviated like a year.
_SPAN_BEFORE = re.compile(r"(?<!\w)(?:следващите|последните|изминалите|предходните|предстоящите)\s+$", re.IGNORECASE)
_YEARS_SPAN = re.compile(r"\s*г\.")
_NOT_BEFORE = re.compile(r"(?<!\w)не\s+$", re.IGNORECASE)
_CAPITALISED_BEFORE = re.compile(r"[А-ЯA-Z][\w-]*\s$")
#: mid-sentence: a lower-case word or a comma, then spaces (not a name: „Елизабет Втора“, a byline before a headline)
_WORD_BEFORE = re.compile(r"(?:(?<!\w)[а-яa-z][\w-]*|,)[ \t]+$")
_CLOSING_QUOTES = set('"“”»\'')
#: Fixed phrases with an ordinal that counts nothing („първа помощ“, „на първо време“; „първият министър“ of
#: Scotland, a title).
_IDIOM_AFTER = re.compile(r"\s+(?:необходимост|помощ|поглед|дипломат|министър|време)\b", re.IGNORECASE)
#: „трети страни“, „трета държава“ (outside the EU), „трети лица“ (third parties): terms, not positions (also
#: „[трета] държава“ in a quotation's editorial brackets).
_THIRD_PARTY_AFTER = re.compile(r"\]?\s+(?:стран[иа]|държав[иа]|лица)\b", re.IGNORECASE)
#: A count in digits or „няколко“ after a plural ordinal („първите 10 минути“, „първите няколко месеца“).
_DIGIT_AFTER = re.compile(r"\s+(?:\d|няколко\b)", re.IGNORECASE)
#: Words in -е / -о after „първо“ that are no nouns: „Първо обаче …“, „първо това“ (firstly).
ADVERBS_IN_E_O = ("обаче", "което", "това", "само", "още", "вече", "тогава", "него", "така", "добре", "сега",
                  "тук", "после", "може", "е")
#: An indefinite neuter word after „първо“ („първо място“, „първо тримесечие“) makes it an ordinal.
_NEUTER_NOUN_AFTER = re.compile(rf"\s+(?!(?:{'|'.join(ADVERBS_IN_E_O)})(?!\w))[а-я-]*[а-я][ое](?!\w)", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s*(?:{'|'.join(MONTHS)})\b", re.IGNORECASE)
#: Digits glued to a Latin letter or a lone Cyrillic capital: a code („5G“, „20A.EU1“, „20А.EU1“).
_CODE_AFTER = re.compile(r"[A-Za-z]|[А-Я](?![а-я])")
_UNTIL_AFTER = re.compile(r"\s+до\s")
_AND_AFTER = re.compile(r"\s+и\s")
_YEAR_AFTER = re.compile(r"\s*(?:г\.|год\.|година|годин)", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[\w]-\s?$|[A-Za-z]\s?$")  # COVID-19, Covid- 19, G7
_ACRONYM_DASH_BEFORE = re.compile(r"(?<!\w)[А-ЯA-Z]{2,}\s?[–-]\s?$")  # „МИ – 6“ (not „ЕС – 25,4“)
#: Identifiers: „статия 295-C“, „секция 144“, „чл. 5“, „№ 3“, „Даунинг стрийт 10“, „спешния телефон 112“.
_IDENTIFIER_BEFORE = re.compile(r"(?<![\w.])(?:статия|член|чл\.|секция|раздел|параграф|ал\.|алинея|точка|т\.|№|стрийт|"
                                r"улица|ул\.|номер|решение|закон|телефон|телефона|тел\.)[ \t]*$", re.IGNORECASE)
#: A web page's counters scraped with the article („Гласували 0 Коментари 0“): no quantity the article states.
_COUNTER_BEFORE = re.compile(r"(?<!\w)(?:Гласували|Коментари)[ \t]*:?[ \t]*$")
#: „две трети“, „една четвърт“: a fraction, which the guidelines leave unmarked.
_FRACTION_AFTER = re.compile(r"\s+(?:трети|трета|четвърти|четвърт|пети|шести|десети)\b", re.IGNORECASE)


def _between_bars(text: str, match: re.Match[str]) -> bool:
    """„”Северен поток 2” 1 | 666 | 08.06.2018“: a bare number beside a bar is a scraped page's counter (comments,
    views), not a figure of the story."""
    if match["num2"] or match["unit"] or match["mult"] or match["suffix"]:
        return False
    after, before = text[match.end() : match.end() + 2].strip(), text[max(0, match.start() - 2) : match.start()].strip()
    return after[:1] == "|" or before[-1:] == "|"


def _list_label(text: str, match: re.Match[str]) -> bool:
    """„1)Брекзит ще бъде лесен … 2) Преговорите …“: a number closed by a bracket that no bracket opened (in its
    paragraph) labels an item of a list; it counts nothing."""
    if match["num2"] or match["unit"] or match["mult"] or not match["num"].isdigit() or len(match["num"]) > 2 \
            or text[match.end("num") : match.end("num") + 1] != ")":
        return False
    paragraph = text[max(0, text.rfind("\n", 0, match.start()) + 1) : match.start()]
    return paragraph.rfind("(") <= paragraph.rfind(")")


def _digits(text: str) -> float:
    clean = re.sub(r"[ \u00a0\u202f]", "", text).replace(",", ".")
    if clean.count(".") > 1:
        clean = clean.replace(".", "")
    value = float(clean)
    return int(value) if value.is_integer() else value


def _unit(unit: str | None) -> tuple[str | None, str | None]:
    """(kind, unit code) of a unit word."""
    if not unit:
        return None, None
    low = unit.lower()
    if low.startswith(("%", "процент", "на сто")):
        return "percent", "%"
    for prefix, code in _CURRENCIES.items():
        if low.startswith(prefix):
            return "money", code
    for prefix, code in _TIME_UNITS.items():
        if low.startswith(prefix):
            return "duration", code
    return None, None


def _clean(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


def parse(match: re.Match[str], text: str) -> dict[str, Any] | None:
    """The number item of one match (None when it is part of a date, a year or a name)."""
    g = match.groupdict()
    mod = (g["mod"] or "").lower() or None
    start, end = match.start(), match.end()
    item: dict[str, Any] = {"kind": "cardinal", "value": None, "low": None, "high": None, "approx": False,
                            "exclusive": False, "unit": None}
    if g["approxword"]:
        low = APPROXIMATE[g["approxword"].lower()]
        if g["approxmult"]:
            low *= 1000 if g["approxmult"].lower() == "хиляди" else 10**6
        item.update(kind="approx", low=low, approx=True)
    elif g["num"]:
        if g["num"].startswith("0") and len(g["num"]) > 1 and g["num"][1].isdigit():
            return None  # „8/10 000“: the tail of a number split by a slash
        if _IDENTIFIER_BEFORE.search(text[max(0, start - 12) : start]) or _list_label(text, match) \
                or _COUNTER_BEFORE.search(text[max(0, start - 16) : start]) \
                or _between_bars(text, match):
            return None
        if _NAME_BEFORE.search(text[max(0, start - 3) : start]) \
                or (_ACRONYM_DASH_BEFORE.search(text[max(0, start - 8) : start]) and g["num"].isdigit()) or (
                text[end : end + 1] in _CLOSING_QUOTES and _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)):
            return None  # COVID-19, Boeing 737, програмата „Хоризонт 2020“
        if not g["num2"] and not g["mult"] and not g["unit"] and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", g["num"]) \
                and (_YEAR_AFTER.match(text, end) or YEAR_BEFORE.search(text, max(0, start - 8), start)):
            return None  # a year: the time stage's
        if re.match(r"\d+\.\d+\.\d+", g["num"]) or _MONTH_AFTER.match(text, end):
            return None  # a date
        if not (g["suffix"] or g["mult"] or g["unit"]) and _CODE_AFTER.match(text, match.end("num")):
            return None  # „5G“, „20A.EU1“: a code
        if g["pre"] and re.fullmatch(r"\d{1,3}(?:,\d{3})+", g["num"]):
            value = float(g["num"].replace(",", ""))  # „£3,000“: an English thousands separator
        else:
            value = float(_digits(g["num"]))
        value = _clean(value + (0.5 if g["half"] or g["mhalf"] else 0))  # „8 години и половина“, „17 и половина
        # милиона“
        multiplier = MULTIPLIERS.get((g["mult"] or "").lower(), 1)
        if g["more"]:  # „3-5 и повече години“, „5 и повече години“: at least the first number
            item.update(low=_clean(value * multiplier), approx=True)
        elif g["num2"]:
            opener = re.search(r"\b(?:от|между)\s+$", text[max(0, start - 7) : start], re.IGNORECASE)
            if opener:  # „от 10 до 15“, „между 70 и 79 години“: the span runs from the opening word
                start -= len(opener.group())
            item.update(kind="range", low=_clean(value * multiplier), high=_clean(_digits(g["num2"]) * multiplier))
        else:
            item["value"] = _clean(value * multiplier)
        suffix = (g["suffix"] or "").lower()
        years = _YEARS_SPAN.match(text, end) if not (suffix or g["mult"] or g["unit"] or g["num2"]) else None
        if years and _SPAN_BEFORE.search(text[max(0, start - 14) : start]):  # „през следващите 15 г.“
            item.update(kind="duration", unit="year")
            end = years.end()
        elif g["adjective"]:  # „56-страничното“, „10-милионното“: the number in an adjective, a quantity
            scale = next((v for k, v in (("милион", 10**6), ("хиляд", 1000), ("милиард", 10**9))
                          if suffix.startswith(k)), 1)
            item["value"] = _clean(item["value"] * scale) if item["value"] is not None else None
        elif suffix.startswith("годиш"):
            item.update(_years_adjective(text, end, item["value"]))
        elif suffix[:4] in _COMPOUND_UNITS:
            item.update(kind="duration", unit=_COMPOUND_UNITS[suffix[:4]])
        elif suffix in ("ти", "ви", "ри", "ми", "ия", "ият", "ата", "а", "о") or (
                suffix == "та" and not g["mult"] and g["num"].isdigit()):
            item["kind"] = "ordinal"  # „5-та поправка“; „1,2-та милиарда“ is the amount with the article
    else:
        words = g["words"].split()
        if len(words) > 1 and words[0].lower() in ORDINALS and words[1].lower() in CARDINALS:
            start = match.start("words") + g["words"].index(words[1], len(words[0]))  # „първите [пет месеца]“
            words = words[1:]
        if len(words) > 1 and words[-2].lower() in CARDINALS and _FRACTION_AFTER.match(" " + words[-1]):
            return None  # „две трети“
        if len(words) > 1 and words[0].lower() in ("един", "една", "едно") \
                and _NOT_BEFORE.search(text[max(0, start - 4) : start]):
            return None  # „не един и двама“, „не едно и две“: "quite a few", an idiom, not a number
        if g["words"].isupper() and len(g["words"]) > 1:
            return None  # „СТО“ (the WTO), an acronym in capitals
        if words == ["половин"] and not g["wmult"]:
            return None  # „половин час“: a fraction, which the guidelines leave unmarked
        if len(words) == 1 and words[0].lower() in ("един", "една", "едно") and not g["wmult"]:
            counted = _ONE_COUNTED.search(text[max(0, start - 8) : start])
            if counted is None and mod in ("само", "едва", "поне"):
                counted = _ONE_COUNTED.search(mod + " ")
            one_place = _ONE_PLACE.search(text[max(0, start - 4) : start]) and _PLACE_AFTER.match(text, end)
            if counted is None and not one_place and not (g["unit"] and _unit(g["unit"])[0] == "duration") \
                    and not _MORE_AFTER.match(text, end):
                return None  # the indefinite article far more often than the number one (not „една седмица“,
                # „една или повече сгради“)
            if _ONE_OF_MANY.match(text, end):
                return None  # „само един от многото източници“: one among many, not a count
            if counted is not None and counted.group(1).lower() == "нито":  # „нито един нов случай“: zero
                item.update(value=0, start=start - len(counted.group()), end=end,
                            text=text[start - len(counted.group()) : end])
                return item
        if g["whalf"]:  # „две и половина хиляди“
            value, ordinal = words_value(words)
            value = (value + 0.5) * MULTIPLIERS[g["wmult"].lower()]
        else:
            value, ordinal = words_value(words + ([g["wmult"]] if g["wmult"] else []))
        item["value"] = _clean(value + (0.5 if g["half"] else 0))  # „девет години и половина“
        if g["wmore"]:  # „една или повече допълнителни години“: at least the number
            item.update(low=item["value"], value=None, approx=True)
        if ordinal:
            if _IDIOM_AFTER.match(text, end) or (words[-1].lower() in ("трети", "трета")
                                                 and _THIRD_PARTY_AFTER.match(text, end)):
                return None  # „стоки от първа необходимост“, „първа помощ“, „на пръв поглед“, „трети страни“
            if words[-1].lower() == "първо" and not _NEUTER_NOUN_AFTER.match(text, end):
                return None  # „Първо, …“, „ще внесе първо ваксината“: „firstly“, not „първо място“
            if _PLACE_AFTER.match(text, end) and _FIRSTLY_BEFORE.search(text[max(0, start - 12) : start]):
                return None  # „…, на първо място Украйна“: "first of all", not a rank
            if words[-1].lower().endswith("ите") and _DIGIT_AFTER.match(text, end):
                return None  # „през първите 10 минути“: the count is the number, like „първите пет месеца“
            item["kind"] = "ordinal"
        if g["wsuffix"]:
            item.update(_years_adjective(text, end, item["value"]))
    kind, unit = _unit(g["unit"] or (g.get("pre") or "").strip())
    unit_kept = bool(kind) and item["kind"] not in ("age", "ordinal")
    if unit_kept:
        item["kind"], item["unit"] = kind, unit
    if g["unit"] and (not unit_kept or kind == "money"):  # „10 евро“: the amount; the currency is in ``unit``
        end = match.start("unitadj")  # (and „втора [поредна година]“: the ordinal alone)
        end -= len(text[:end]) - len(text[:end].rstrip())
    more_after = _MORE_AFTER.match(text, end) if item["value"] is not None and not mod else None
    if more_after:  # „две години или повече“, „10% и нагоре.“: at least the number
        item.update(low=item["value"], value=None, approx=True, kind="approx" if item["kind"] == "cardinal"
                    else item["kind"])
        end = more_after.end()
    elif mod in _LOWER_ONLY and item["value"] is not None:
        item.update(low=item["value"], value=None, exclusive=mod not in _INCLUSIVE, approx=True)
        if item["kind"] == "cardinal":
            item["kind"] = "approx"
    elif mod in ("до", "под", "по-малко от", "малко под") and item["value"] is not None:
        by_up_to = re.search(r"(?<!\w)с\s+$", text[max(0, start - 3) : start])  # „намали растежа с до 8%“
        if mod == "до" and not by_up_to and (item["kind"] in ("duration", "money", "percent")
                                             or _CHANGE_BEFORE.search(text[max(0, start - 25) : start])):
            start = match.start("num") if g["num"] else start  # „намалява до 72 962“: the new level, not a bound
        else:
            item.update(high=item["value"], value=None, approx=True)
            if item["kind"] == "cardinal":
                item["kind"] = "approx"
    elif mod in _APPROX_MODS:
        item["approx"] = True
        if item["kind"] == "cardinal":
            item["kind"] = "approx"
    elif mod in ("едва", "само", "цели", "до"):
        start = match.start("approxword" if g["approxword"] else "num" if g["num"] else "words")
    item.update(start=start, end=end, text=text[start:end])
    return item


#: Nouns of a period or a process after „десетгодишни“, „10-годишна“: a duration in years, not an age.
_PERIOD_NOUNS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:присъд|процедур|план|мандат|период|програм|договор|войн|затвор|"
                           r"срок|истори|традици|борб|процес|кампани|забран|мораториум|спор|ембарго|сделк|"
                           r"споразумени|изследван|проект|гаранци|окупаци|управлени|режим|пребиваван|престой|отсъстви)\w*",
                           re.IGNORECASE)


def _years_adjective(text: str, end: int, value: Any) -> dict[str, Any]:
    """„58-годишният“, „десетгодишно момче“ are ages; „10-годишна присъда“, „десетгодишни съдебни процедури“
    durations."""
    if _PERIOD_NOUNS.match(text, end):
        return {"kind": "duration", "unit": "year", "value": value}
    return {"kind": "age"}


def _overlaps(item: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    return any(item["start"] < e and s < item["end"] for s, e in spans)


#: The number stems of those adjectives („шест“ of „шестмесечна“).
_COMPOUND_STEMS = {"едно": 1, "дву": 2, "дво": 2, "две": 2, "три": 3, "четири": 4, "пет": 5, "шест": 6, "седем": 7,
                   "осем": 8,
                   "девет": 9, "десет": 10, "петнадесет": 15, "двадесет": 20, "тридесет": 30, "шестдесет": 60,
                   "деветдесет": 90, "сто": 100}
COMPOUND = re.compile(rf"(?<![\w-])(?:(?P<mod>почти|около|близо|над)\s+)?"
                      rf"(?P<stem>{'|'.join(sorted(_COMPOUND_STEMS, key=len, reverse=True))})"
                      r"(?P<unit>днев|седмич|месеч|часов|годиш)(?!ие|нин)\w*", re.IGNORECASE)  # not „тримесечие“
#: The singular agreement endings (часова, часовата; дневен, дневна, дневния): no „и“, „ите“ of the plural.
_SINGULAR = [e for e in AGREEMENT if e not in ("и", "ите")]
#: „три часова среща“: the same adjective split after a number word — singular, so not „три годишни доклада“.
SPACED_COMPOUND = re.compile(rf"(?<![\w-])(?:(?P<mod>почти|около|близо|над)\s+)?"
                             rf"(?P<stem>{'|'.join(w for w in _COMPOUND_STEMS if w in CARDINALS)})"
                             rf"\s+(?P<unit>днев|седмич|месеч|часов|годиш)(?:{'|'.join(_SINGULAR)}|ен|"
                             rf"{'|'.join('н' + e for e in _SINGULAR)})?(?!\w)", re.IGNORECASE)


def _compound(match: re.Match[str], text: str) -> dict[str, Any]:
    value = _COMPOUND_STEMS[match["stem"].lower()]
    unit = match["unit"][:4].lower()
    item = {"kind": "duration", "value": value, "low": None, "high": None, "approx": bool(match["mod"]),
            "exclusive": False, "unit": _COMPOUND_UNITS.get(unit), "start": match.start(), "end": match.end(),
            "text": match.group()}
    if unit == "годи":
        item.update(_years_adjective(text, match.end(), value))
    if match["mod"] and match["mod"].lower() == "над":
        item.update(value=None, low=value, exclusive=True)  # „над десетгодишна“
    return item


_SMALL = ("един", "една", "едно", "два", "две", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет")
#: the forms that count men („двама или трима“)
_PERSONAL = ("двама", "трима", "четирима", "петима", "шестима")
#: „едно-две изявления“, „два-три дни“, „един или два мандата“, „два или трима успешни проекта“: a range of two
#: number words joined by a hyphen or „или“.
WORD_RANGE = re.compile(rf"(?<![\w-])(?P<low>{'|'.join(_SMALL + _PERSONAL)})(?:\s?[-–]\s?|\s+или\s+)"
                        rf"(?P<high>{'|'.join(_SMALL[3:] + _PERSONAL)})(?![\w-])"
                        rf"(?:\s+(?P<unit>{_TIME_UNIT})(?!\w))?", re.IGNORECASE)


def _word_range(match: re.Match[str]) -> dict[str, Any] | None:
    low, high = CARDINALS[match["low"].lower()], CARDINALS[match["high"].lower()]
    if low >= high:
        return None
    kind, unit = _unit(match["unit"])  # „два-три дни“: a duration
    return {"kind": kind or "range", "value": None, "low": low, "high": high, "approx": True, "exclusive": False,
            "unit": unit, "start": match.start(), "end": match.end(), "text": match.group()}


#: A short phrase in marks („“24 часа”“, „" Хоризонт 2020 "“): the name of a paper or a programme.
_QUOTED_TITLE = re.compile(r"[\"„“«]\s?([^\"„“”«»\n]{1,30}?)\s?[\"“”»]")


def _in_quoted_title(text: str, number: dict[str, Any]) -> bool:
    """Is the number part of a short name in marks — the first of two words („“24 часа”“), after a capitalised
    word („" Хоризонт 2020 "“) or the last word of a capitalised name („"Марица изток 2"“) — rather than a figure
    in quoted words („"Увеличаваме скоростта 10 пъти"“, „деветнадесет месеца по-късно“)?"""
    for m in _QUOTED_TITLE.finditer(text, max(0, number["start"] - 32), number["end"] + 32):
        words = len(m.group(1).split())
        if m.start(1) <= number["start"] and number["end"] <= m.end(1) and words <= 3:
            before = text[m.start(1) : number["start"]].split()
            last = number["end"] == m.end(1) and number["text"].isdigit()  # „"Марица изток 2"“: a name's numeral
            return (not before and words <= 2) or bool(before) and (before[-1][:1].isupper()
                                                                    or last and before[0][:1].isupper())
    return False


_DATE_OR_CLOCK = re.compile(r"\d+(?:[./]\d+){2,}|\d{1,2}:\d{2}(?::\d{2})?")


#: Mention types whose names may hold a numeral that counts nothing („Северен поток 2“, „Втората световна война“).
NAMED_THINGS = frozenset({"EVT", "PRO", "ORG"})


def _inside(text: str, item: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    """Is the number part of a name: inside one of the spans after its first word („Северен поток 2“), or an
    ordinal capitalised mid-sentence that starts it („от Втората световна война“, but not „втората вълна“), a
    name the tagger found or not („във Втора градска болница“)?"""
    word = item["text"]
    if item["kind"] == "ordinal" and word[:1].isupper() and word[1:2].islower() \
            and _WORD_BEFORE.search(text, max(0, item["start"] - 40), item["start"]):
        return True
    for start, end in spans:
        if start <= item["start"] and item["end"] <= end:
            if item["start"] > start:
                return True
            before = text[:start].rstrip()
            return item["kind"] == "ordinal" and text[start].isupper() and bool(before) and before[-1] not in ".!?:\n"
    return False


def _between_ranges(text: str, numbers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """„между 30% и 40%“: two figures of one kind after „между“ are one range."""
    out: list[dict[str, Any]] = []
    for item in numbers:
        first = out[-1] if out else None
        if first is not None and first["kind"] == item["kind"] and first["value"] is not None \
                and item["value"] is not None and re.fullmatch(r"\s+и\s+", text[first["end"] : item["start"]]):
            opener = re.search(r"\bмежду\s+$", text[max(0, first["start"] - 7) : first["start"]], re.IGNORECASE)
            if opener:
                start = first["start"] - len(opener.group())
                out[-1] = {**item, "low": first["value"], "high": item["value"], "value": None, "start": start,
                           "text": text[start : item["end"]], "kind": "range" if item["kind"] == "cardinal"
                           else item["kind"]}
                continue
        out.append(item)
    return out


def extract_numbers(doc: Document) -> Document:
    """Fill ``doc.numbers`` (skipping dates, clock times and what ``doc.times`` already covers)."""
    taken = [(t["start"], t["end"]) for t in doc.times]
    taken += [m.span() for m in _DATE_OR_CLOCK.finditer(doc.text)]
    numbers = []
    for match in PATTERN.finditer(doc.text):
        items = [parse(match, doc.text)]
        if items[0] is None and match["num2"] and _UNTIL_AFTER.match(doc.text, match.end("num")):
            tail = PATTERN.match(doc.text, match.end("num") + 1)  # „Covid- 19 до 24 часа“: the bound stands
            items = [parse(tail, doc.text) if tail else None]
        before = doc.text[max(0, match.start() - 7) : match.start()]
        paired = match["num2"] and (
            _AND_AFTER.match(doc.text, match.end("num")) and not re.search(r"\bмежду\s+$", before, re.IGNORECASE)
            or _UNTIL_AFTER.match(doc.text, match.end("num")) and re.search(r"(?<!\w)с\s+$", before, re.IGNORECASE)
            and _CHANGE_VERB.search(doc.text, max(0, match.start() - 40), match.start()))
        # „намалява депутатите с 46 до 705“: a change and a new level, not a range
        low, high = (items[0]["low"], items[0]["high"]) if items[0] else (None, None)
        backwards = low is not None and high is not None and low >= high
        if items[0] and match["num2"] and (paired or backwards):
            # „525 - 9,65%“: two figures side by side, not a range
            first = PATTERN.match(doc.text[: match.end("num")], match.start())
            second = PATTERN.match(doc.text, match.start("num2"))
            items = [parse(first, doc.text[: match.end("num")]) if first else None,
                     parse(second, doc.text) if second else None]
        numbers += [item for item in items if item is not None and not _overlaps(item, taken)]
    spaced = [_compound(m, doc.text) for m in SPACED_COMPOUND.finditer(doc.text)]
    spaced_spans = [(c["start"], c["end"]) for c in spaced]
    numbers = [n for n in numbers if not _overlaps(n, spaced_spans)] + spaced
    numbers += [_compound(m, doc.text) for m in COMPOUND.finditer(doc.text)]
    ranges = [r for m in WORD_RANGE.finditer(doc.text) if (r := _word_range(m)) and not _overlaps(r, taken)]
    ranges_spans = [(r["start"], r["end"]) for r in ranges]
    numbers = [n for n in numbers if not _overlaps(n, ranges_spans)] + ranges
    numbers += [_roman(m) for m in ROMAN_AFTER_STAGE.finditer(doc.text)]
    names = [(m.start, m.end) for m in doc.mentions if m.type in NAMED_THINGS]
    numbers = [n for n in numbers if not _in_quoted_title(doc.text, n) and not _inside(doc.text, n, names)]
    numbers.sort(key=lambda n: n["start"])
    doc.numbers = _between_ranges(doc.text, _years_and_months(doc.text, numbers))
    return doc


#: A Roman numeral after the noun of a stage in a series („Рунд II“, „фаза III“), an ordinal; not in a name
#: („папа Бенедикт XVI“, „Спутник V“).
ROMAN_AFTER_STAGE = re.compile(r"(?<!\w)(?:рунд|кръг|фаза|етап|част|глава|том|сезон|раздел)\w{0,3}\s+"
                               r"(?P<roman>(?-i:[IVX]{1,4}))(?![\w-])", re.IGNORECASE)


def _roman(match: re.Match[str]) -> dict[str, Any]:
    return {"kind": "ordinal", "value": roman(match["roman"]), "low": None, "high": None, "approx": False,
            "exclusive": False, "unit": None, "start": match.start("roman"), "end": match.end("roman"),
            "text": match["roman"]}


#: „година и“, „2 години и“ before a number of months: one duration („година и девет месеца“ = 1.75 years).
_YEARS_AND = re.compile(r"(?:(?<![\w-])(\d{1,2})\s+години|(?<![\w-])година)\s+и\s+$", re.IGNORECASE)


def _years_and_months(text: str, numbers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge „<years> и <months>“ into the months' duration, dropping the years' own item („2 години“)."""
    merged = []
    for n in numbers:
        if n["kind"] == "duration" and n.get("unit") == "month" and isinstance(n["value"], (int, float)) \
                and n["value"] < 12:
            years = _YEARS_AND.search(text, max(0, n["start"] - 16), n["start"])
            if years is not None:
                count = int(years.group(1)) if years.group(1) else 1
                n.update(start=years.start(), text=text[years.start() : n["end"]], unit="year",
                         value=_clean(count + n["value"] / 12))
                merged.append(n)
    return [n for n in numbers if not any(m is not n and m["start"] <= n["start"] and n["end"] <= m["end"]
                                          for m in merged)]
