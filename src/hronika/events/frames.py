"""Event frames: what happened, to whom, how many, where, when, and according to whom.

Each frame is a dict::

    {"type": "casualties" | "protest" | "resignation" | ...,
     "subtype": "killed" | "injured" | "arrested" | "missing" | ... (casualties only),
     "start", "end", "text":           the sentence the frame comes from,
     "trigger": {"start", "end", "text"},
     "count": {"number": i, "text", "value", "low", "high", "approx"} | None   (casualties),
     "victims": {"start", "end", "text", "head"} | None                         (casualties),
     "figures": [number indices], "times": [time indices], "time": ISO value of the first time | None,
     "penalties": [str] (convictions), "places": [{"text", "entity"}],
     "place": {"text", "entity"} | None, "participants": [entity ids],
     "source": {"text", "entity", "citing"} | None}

Casualty counts take the nearest count-like number before the trigger in the same clause (else just
after it); the victim group is the phrase between the count and the verb („десетки демонстранти са
убити“), inherited by a coordinated frame that names none („… бяха убити и 748 бяха ранени“).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import combinations
from typing import Any

from hronika.doc import Document, Span, Token
from hronika.events.triggers import (
    DEATH_ADJECTIVES,
    DISEASE,
    EVENT_PATTERNS,
    FOUND_IN,
    about_disease,
    case_count,
    casualty_kind,
)

#: Number kinds that cannot be a head count.
NOT_COUNTS = {"year", "date", "ordinal", "percent", "money", "age", "duration", "time", "range_year"}
#: Nouns that make „смъртни …“ a count of deaths („смъртни случаи“, „смъртни жертви“).
DEATH_NOUN = re.compile(r"(?:случа|жертв|изход)")
#: Nouns for people that the tagger may read otherwise („души“ is also a verb form).
PEOPLE = {"души", "човека", "хора", "лица"}
#: Auxiliaries and particles between a victim group and its participle.
AUXILIARIES = {"са", "е", "бе", "бяха", "беше", "били", "бил", "била", "са били", "вече", "най-малко", "общо",
               "все", "още", "и", "не", "по", "от", "за", "ще", "бъдат", "бъде", "до", "момента", "днес", "вчера",
               "в", "във", "с", "със", "при"}
#: „Новозаразени – 63 има в София“: the verb of existence (which the tagger may read as a noun) names no one.
EXISTENTIAL = {"има", "няма", "имаше", "нямаше", "са", "е"}
SPEECH = re.compile(
    r"\b(заяв(?:и|иха|ява|яват|ил|или|ила)|каза(?:ха|л|ла|ли)?|казва(?:т)?|съобщ(?:и|иха|ава|ават|ил|или|ила)|"
    r"предад(?:е|оха)|предава(?:т)?|обяви(?:ха|л|ли|ла)?|обявява(?:т)?|посочи(?:ха|л|ли|ла)?|посочва(?:т)?|"
    r"информира(?:ха|л|ли)?|потвърди(?:ха|л|ли|ла)?|потвърждава(?:т)?|твърд(?:и|иха|ят)|отчетоха|отчита(?:т)?|"
    r"сочат|цитира(?:н|на|ни|ха|т)?|според)\b", re.IGNORECASE)
CITING = re.compile(r"\b(?:като )?(?:се )?позова\w* на (\w+(?: \w+){0,3})|\bцитира\w* (\w+(?: \w+){0,2})",
                    re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:—–]|, (?:като|но|а|докато|който|която|които|което|от които|сред които)\b")
#: After „според“: a pronoun, a name (capitalised words), or a short lower-case noun phrase with genitives.
SOURCE_AFTER_SPOREDA = re.compile(r"(?:него|нея|тях|мен|нас)\b|[А-ЯA-Z][\w-]*(?: [А-ЯA-Z][\w-]*)*|"
                                  r"[\w-]+(?: (?:на|за) [\w-]+)*")
NOUN_PHRASE = re.compile(r"^[\w-]+(?: (?:на|за|от|в|във|със|с) [\w-]+(?: [\w-]+)?| [\w-]+){0,5}", re.UNICODE)


#: „двата“, „трите“, „петте“: a numeral with the article points back to things counted before.
DEFINITE_NUMERAL = re.compile(r"(?:двата|трите|четирите|петте|шестте|седемте|осемте|деветте|десетте|\d+-те)",
                              re.IGNORECASE)
#: A count followed by „по-малко“ / „повече“ is a difference between two counts.
DIFFERENCE_AFTER = re.compile(r"\s+(?:по-малко|повече|по-много)\b(?!\s+от\b)", re.IGNORECASE)  # not „повече от“
#: Active forms of transitive casualty verbs, whose count follows them („арестуваха 407 души“; not „убит“).
ACTIVE_VERB = re.compile(r"(?:арестува|задържа|уби|застреля|рани|разстреля|инфектира|зарази)(?:ха|л|ла|ли)?$",
                         re.IGNORECASE)
#: „убийството на двама политици“, „гибелта на трима“: a killing named by a noun, its count after „на“.
NOMINAL_KILLING = re.compile(r"(?:убийств|гибел|смъртта)\w*$")
#: „седем души, които са убити“: a relative clause whose participle counts the noun before it.
RELATIVE_COUNTED = re.compile(r"\s+[\w-]+,\s+(?:които|който|която)\s+(?:(?:са|е|бяха|бе|са били|били)\s+)*$")
#: „двама политици, който се опитваха да ѝ помогнат, бяха убити“: a relative clause between the counted
#: people and their verb.
RELATIVE_ASIDE = re.compile(r"(?:\s+[\w-]+){1,4},\s+(?:които|който|която|което)\s[^,.;:]{1,80},"
                            r"\s+(?:(?:са|е|бяха|бе|били|са били)\s+)+$")
#: „близо 750 хил. са загиналите“: a participle with the article is the group itself, inheriting none.
NAMES_GROUP = re.compile(r"\w(?:ите|ата)$")
#: „население от около 16,5 милиона“: a population, not a count of victims; „в няколко случая“: in some instances;
#: „по 4 нови случая“: in each place (but „средно по 1400“ is a daily average, a count).
NOT_HEADCOUNT_BEFORE = re.compile(r"(?:население(?:то)?(?:\s+от)?|жители(?:\s+от)?|(?<!\w)(?:в|във)|"
                                  r"(?<!средно\s)(?<!\w)по)\s+$", re.IGNORECASE)
#: „със съответно 611 и 196“: figures that share the preceding frame's outcome, one per named place.
RESPECTIVELY = re.compile(r"\bсъответно\b", re.IGNORECASE)
#: „Новозаразени – 63“, „Заразени с вируса – 12“: a label and its figure across a dash.
DASH_GAP = re.compile(r"(?:\s+[\w-]+){0,3}\s*[–—]\s*")
LIST_GAP = re.compile(r"(?:[\s\d,]|\bи\b)*")


def _trigger_follows(tokens: list[Token], end: int) -> bool:
    """Is the word right after a number itself a casualty trigger („1441 починали“)?"""
    nxt = next((t for t in tokens if t.start >= end), None)
    return nxt is not None and casualty_kind(nxt.text, nxt.lemma) is not None


def _in(item: dict[str, Any] | Token | Span, span: Span) -> bool:
    start = item["start"] if isinstance(item, dict) else item.start
    end = item["end"] if isinstance(item, dict) else item.end
    return start >= span.start and end <= span.end


def _is_count(number: dict[str, Any]) -> bool:
    """A head count: not a date, share, sum, age or fraction, and not zero („нито един нов случай“ affects
    nobody)."""
    value = number.get("value")
    if isinstance(value, float) and value < 1000 and not value.is_integer():
        return False  # „по 197,6 новозаразени“: an average or a rate; people come whole
    return number.get("kind") not in NOT_COUNTS and number.get("value") != 0 \
        and any(number.get(k) is not None for k in ("value", "low", "high"))


def _count(index: int, number: dict[str, Any]) -> dict[str, Any]:
    return {"number": index, "text": number.get("text"), "value": number.get("value"),
            "low": number.get("low"), "high": number.get("high"), "approx": number.get("approx", False)}


def _clause_breaks(text: str, sentence: Span) -> list[int]:
    """Offsets where a sentence's clauses meet (semicolons, dashes, „, като“, relative clauses)."""
    return [sentence.start + m.start() for m in CLAUSE_BREAK.finditer(text[sentence.start : sentence.end])]


def _same_clause(breaks: list[int], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not any(lo <= x < hi for x in breaks)  # a count may end right at the break („5 435, като …“)


def _rate_base(text: str, number: dict[str, Any]) -> bool:
    """„… на 100 хиляди жители“: the base of a rate, not a head count."""
    return bool(re.search(r"\bна\s+$", text[max(0, number["start"] - 4) : number["start"]], re.IGNORECASE)
                and re.match(r"\s+(?:жители|души|население|човека)", text[number["end"] : number["end"] + 12]))


def _is_noun(token: Token) -> bool:
    return token.pos in ("NOUN", "PROPN", None, "") or token.text.lower() in PEOPLE


def _leading_adjectives(words: list[Token]) -> int:
    """How many adjectives open a victim phrase before its noun („известни пакистански политици“)."""
    k = 0
    while k < min(len(words) - 1, 3) and words[k].pos == "ADJ" and words[k].text.lower() not in PEOPLE:
        k += 1
    return k


def _victims(doc: Document, tokens: list[Token], count_end: int, trigger: Token) -> dict[str, Any] | None:
    """The phrase between the count and the trigger, without auxiliaries: „служители на силите за сигурност“;
    ``head`` is its noun („известни пакистански политици“ → политици)."""
    if count_end >= trigger.start:  # count after the trigger: „починали 34 пациента“, „убийството на двама политици“
        after = [t for t in tokens if t.start >= count_end][:4]
        k = _leading_adjectives(after)
        if not after or not after[k].text.isalpha() or after[k].text.lower() in EXISTENTIAL \
                or not _is_noun(after[k]) or doc.text[count_end : after[0].start].strip() \
                or after[k].text.lower().startswith("случа"):
            return None  # „са 157, със 123 повече“, „потвърдени 550 000 случая“: no victim noun after the count
        return {"start": after[0].start, "end": after[k].end, "text": doc.text[after[0].start : after[k].end],
                "head": after[k].text}
    words = [t for t in tokens if count_end <= t.start and t.end <= trigger.start]
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is not None:  # „двама политици, който се опитваха …, бяха убити“: the relative clause is no victim
        words = words[:comma]
    while words and (words[-1].text.lower() in AUXILIARIES or not words[-1].text[0].isalnum()
                     or (words[-1].pos == "ADV" and words[0] is not words[-1])):
        words.pop()
    k = _leading_adjectives(words)
    if not words or not words[k].text[0].isalpha() or not _is_noun(words[k]):
        return None  # „12 нови заболели“, „593 са потвърдените случаи“: no victim group named
    return {"start": words[0].start, "end": words[-1].end, "text": doc.text[words[0].start : words[-1].end],
            "head": words[k].text}


def _source(doc: Document, sentence: Span, trigger_start: int) -> dict[str, Any] | None:
    """Who reports the figures: a quote's speaker, else the subject/object of a speech verb in the sentence."""
    for quote in doc.quotes:
        if quote.start <= trigger_start < quote.end and (quote.speaker is not None or quote.speaker_entity):
            name = doc.mentions[quote.speaker].text if quote.speaker is not None else None
            return {"text": name, "entity": quote.speaker_entity, "citing": None}
    text = doc.text[sentence.start : sentence.end]
    verb = SPEECH.search(text)
    if not verb:
        return None
    citing = CITING.search(text)
    cited = next((g for g in citing.groups() if g), None) if citing else None
    if verb.group(1).lower() == "според":
        phrase = SOURCE_AFTER_SPOREDA.match(text[verb.end() + 1 :])
        return {"text": phrase.group().strip() if phrase else None, "entity": None, "citing": cited}
    after = NOUN_PHRASE.match(text[verb.end() + 1 :])
    before = re.search(r"([\w-]+(?: [\w-]+)?)\s*$", text[: verb.start()].split(",")[-1].strip())
    subject = None
    if before and not re.fullmatch(r"(вчера|днес|още|също|той|тя|те|то|и|че|обаче|така)", before.group(1).lower()):
        subject = before.group(1)
        subject = re.sub(r"^(вчера|днес|в неделя|и|още) ", "", subject, flags=re.IGNORECASE)
    elif after and verb.start() > len(text) / 2 and after.group():
        subject = re.sub(r"^(че|да|днес|вчера) .*", "", after.group()).strip() or None
    if subject is None and cited is None:
        return None
    return {"text": subject, "entity": None, "citing": cited}


def _context(doc: Document, sentence: Span, numbers_idx: list[int], times_idx: list[int]) -> dict[str, Any]:
    places = [m for m in doc.mentions if m.type == "LOC" and _in(m, sentence)]
    participants: list[str] = []
    for m in doc.mentions:
        if m.type in ("PER", "ORG") and _in(m, sentence) and m.entity and m.entity not in participants:
            participants.append(m.entity)
    time_value = next((doc.times[i].get("value") for i in times_idx if doc.times[i].get("value")), None)
    return {
        "figures": numbers_idx,
        "times": times_idx,
        "time": time_value,
        "place": {"text": places[0].base or places[0].text, "entity": places[0].entity} if places else None,
        "places": [{"text": p.base or p.text, "entity": p.entity} for p in places],
        "participants": participants,
    }


PENALTY = re.compile(r"(?:\d+|[а-я]+)\s+(?:години|година|месеца|месец|дни)\s+(?:затвор|лишаване от свобода|"
                     r"условно|пробация)|доживотен затвор|доживотна присъда|глоба(?:\s+от)?\s+[\d\s,.]+\s*\S+",
                     re.IGNORECASE)


def _between(items: list, sentence: Span, key=lambda x: x.start) -> tuple[int, int]:
    """Index range of the (start-sorted) ``items`` that begin inside ``sentence``."""
    starts = [key(x) for x in items]
    return bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)


def _respective(doc: Document, sentence: Span, numbers: list[tuple[int, dict[str, Any]]], used: set[int],
                frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """„… с 1441 починали, следват Иран и Испания със съответно 611 и 196“: each figure after „съответно“
    repeats the outcome of the casualty frame before it."""
    found = RESPECTIVELY.search(doc.text, sentence.start, sentence.end)
    last = next((f for f in reversed(frames) if f["trigger"]["end"] <= (found.start() if found else 0)), None)
    if not found or last is None:
        return []
    out = []
    for index, number in numbers:
        if number["start"] < found.end() or index in used or not _is_count(number):
            continue
        if not LIST_GAP.fullmatch(doc.text, found.end(), number["start"]):
            break  # the list ended
        used.add(index)
        out.append({**last, "count": _count(index, number), "victims": None})
    return out


def sentence_events(doc: Document, sentence: Span, disease: bool = False) -> list[dict[str, Any]]:
    """All event frames of one sentence (``disease``: the document is about one, so „случаи“ are infections)."""
    lo, hi = _between(doc.tokens, sentence)
    tokens = [t for t in doc.tokens[lo:hi] if t.end <= sentence.end]
    numbers = [(i, n) for i, n in enumerate(doc.numbers) if _in(n, sentence)]
    times_idx = [i for i, t in enumerate(doc.times) if _in(t, sentence)]
    context = _context(doc, sentence, [i for i, _ in numbers], times_idx)
    breaks = _clause_breaks(doc.text, sentence)
    frame_base = {"start": sentence.start, "end": sentence.end, "text": doc.text[sentence.start : sentence.end]}
    frames: list[dict[str, Any]] = []
    previous_victims = None
    used_numbers: set[int] = set()
    disease_here = disease or bool(DISEASE.search(doc.text, sentence.start, sentence.end))
    for position, token in enumerate(tokens):
        previous = tokens[position - 1].text if position else ""
        following = tokens[position + 1].text if position + 1 < len(tokens) else ""
        kind = casualty_kind(token.text, token.lemma)
        nominal = kind is None and following.lower() == "на" and bool(NOMINAL_KILLING.match(token.text.lower()))
        if nominal:
            kind = "killed"  # „убийството на двама политици“
        if kind is None and case_count(token.text, previous, disease_here, following):
            kind = "infected"
            if DEFINITE_NUMERAL.fullmatch(previous):
                continue  # „в двата случая“: the cases named before, not a new count
        if kind == "killed" and token.text.lower().startswith(DEATH_ADJECTIVES) \
                and not DEATH_NOUN.match(following.lower()):
            continue  # „смъртни заплахи“, „смъртната присъда“, „фатална грешка“: no one died; „смъртни случаи“,
            # „фатален случай“ count deaths
        if kind is None and token.text.lower().startswith("загуб") and following.lower() == "живота":
            kind = "killed"  # „7 835 са загубили живота си“
        if kind is not None and position > 1 and tokens[position - 2].text.lower() == "сред":
            continue  # „8 975 медици са сред официалните случаи“: a part of a total
        if kind is None or previous.lower() in ("не", "от", "сред") or (
                previous.lower() == "всички" and position > 1 and tokens[position - 2].text.lower() == "от"):
            continue  # „не са ранени“; „N души от (всички) заразени …“: the count belongs to another verb
        if not nominal and re.match(r"(?:\s+\w+)?\s+на\s+(?:\d|глава)", doc.text[token.end : token.end + 20]):
            continue  # „200 новозаразени на 100 000 души“, „смъртни случаи на глава“: a rate
        if DIFFERENCE_AFTER.match(doc.text, token.end):
            continue  # „(с 2 случая по-малко спрямо вчера)“: a difference, not a count
        counts = [(i, n) for i, n in numbers if _is_count(n) and i not in used_numbers
                  and (_same_clause(breaks, n["end"], token.start)
                       or RELATIVE_COUNTED.fullmatch(doc.text, n["end"], token.start)
                       or RELATIVE_ASIDE.fullmatch(doc.text, n["end"], token.start)
                       or DASH_GAP.fullmatch(doc.text, token.end, n["start"]))
                  and not _rate_base(doc.text, n)
                  and not NOT_HEADCOUNT_BEFORE.search(doc.text, max(0, n["start"] - 20), n["start"])
                  and not re.match(r"\s+от\s", doc.text[n["end"] : n["end"] + 4])]  # „332 от случаите“: a part
        before = [(i, n) for i, n in counts if n["end"] <= token.start
                  and not any(casualty_kind(t.text, t.lemma) for t in tokens if n["end"] <= t.start < token.start)]
        after = [(i, n) for i, n in counts if n["start"] >= token.end
                 and len(between := [t for t in tokens if token.end <= t.start < n["start"]]) <= 7
                 and not any(casualty_kind(t.text, t.lemma) or t.text == "," for t in between)
                 and not _trigger_follows(tokens, n["end"])]  # „… с 1441 починали“: that trigger's count
        chosen = before[-1] if before else (after[0] if after else None)
        if FOUND_IN.match(token.text.lower()) and kind == "infected":  # „открит при двама души“, not „при операции“
            chosen = after[0] if after and re.fullmatch(r"\s+при\s+", doc.text[token.end : after[0][1]["start"]]) \
                else None
        if after and ACTIVE_VERB.match(token.text) and doc.text[token.end : after[0][1]["start"]].strip() == "":
            chosen = after[0]  # „в 77 държави и арестували 407 души“: a transitive verb takes its object
        if nominal:
            chosen = after[0] if after and re.fullmatch(r"\s+на\s+", doc.text[token.end : after[0][1]["start"]]) \
                else None
        if chosen is None:
            continue
        index, number = chosen
        used_numbers.add(index)
        victims = _victims(doc, tokens, number["end"], token)
        if victims is None and number["end"] <= token.start and previous_victims \
                and not NAMES_GROUP.search(token.text) \
                and re.search(r"\b(?:са|бяха|били|бе|е)\b", doc.text[number["end"] : token.start]):
            victims = previous_victims  # „Осемнадесет полицаи бяха убити и 748 бяха ранени“
        previous_victims = victims
        frames.append({
            "type": "casualties", "subtype": kind, **frame_base,
            "trigger": {"start": token.start, "end": token.end, "text": token.text},
            "count": _count(index, number), "victims": victims,
            **context, "source": _source(doc, sentence, token.start),
        })
    frames += _respective(doc, sentence, numbers, used_numbers, frames)
    lowered = doc.text[sentence.start : sentence.end].lower()
    for event_type, pattern in EVENT_PATTERNS:
        match = pattern.search(lowered)
        if not match:
            continue
        start = sentence.start + match.start()
        extra = {}
        if event_type == "conviction":  # „на 20 години затвор, а след това и на доживотен затвор“
            extra["penalties"] = [m.group() for m in PENALTY.finditer(doc.text, sentence.start, sentence.end)]
        frames.append({
            "type": event_type, "subtype": None, **frame_base, **extra,
            "trigger": {"start": start, "end": sentence.start + match.end(),
                        "text": doc.text[start : sentence.start + match.end()]},
            "count": None, "victims": None, **context, "source": _source(doc, sentence, start),
        })
    return frames


#: How many later figures of one outcome are searched for parts of a total, and how many parts at most.
PARTS_WINDOW, MOST_PARTS = 8, 4


def _parts_of_totals(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop casualty figures that add up exactly to an earlier total of the same outcome („1 029 новозаразени“,
    then „положителни са 504“ of the antigen tests and „525“ of the PCR tests): a breakdown, not new counts."""
    counted = [(k, f) for k, f in enumerate(frames) if f["type"] == "casualties" and f["count"]
               and isinstance(f["count"]["value"], int)]
    parts: set[int] = set()
    for n, (_, total) in enumerate(counted):
        later = [(k, f) for k, f in counted[n + 1 :] if f["subtype"] == total["subtype"] and k not in parts
                 and f["count"]["value"] < total["count"]["value"]][:PARTS_WINDOW]
        for size in range(2, MOST_PARTS + 1):
            found = next((c for c in combinations(later, size)
                          if sum(f["count"]["value"] for _, f in c) == total["count"]["value"]), None)
            if found:
                parts.update(k for k, _ in found)
                break
    return [f for k, f in enumerate(frames) if k not in parts]


def extract_events(doc: Document) -> Document:
    """Fill ``doc.events`` with the frames of every sentence, in text order."""
    disease = about_disease(doc.text)
    frames = [frame for sentence in doc.sentences for frame in sentence_events(doc, sentence, disease)]
    doc.events = _parts_of_totals(frames)
    return doc
