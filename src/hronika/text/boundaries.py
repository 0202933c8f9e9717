"""A learned sentence-boundary model: a CRF over tokens labelled ``B`` (opens a sentence) or ``I``.

Its features are the rule-based decision of :mod:`hronika.text.sentences`, token shapes, neighbouring
punctuation and function words, and whether a capitalised word is normally written in lower case
(simplemma's Bulgarian lexicon). Where the rules see no boundary but a capitalised word (or an opening quote)
follows a word — a name, or a sentence after a headline without punctuation — it also sees what the lexicon
says of that word (closed-class, verb, adjective, noun, name, unknown), of the word before it (and whether a
clause can end with it), whether the stretch since the last boundary and the one up to the next hold a finite
verb (two clauses side by side), how long that stretch is and how many commas it has, what follows the
capitalised word (a function word, a verb, punctuation), what first carries the clause after it (``да``: a
complement clause of the sentence before; a finite verb; punctuation), and whether hunspell-bg knows the word
only in lower case (a common word: a sentence start), only capitalised (a name), or not at all. A dash before
a capitalised word (direct speech after a headline) gets the same features. No word lists from the corpora:
only grammar (closed classes) and the lexicons.

Trained (``hronika train segmentation``) on UD Bulgarian-BTB dev (with headline-like variants of its documents:
short sentences without their final period, :func:`hronika.text.training.without_final_periods`) and on half
of the Bulgarian SlavicNER articles, whose line breaks say where titles and bylines end and whose names inside
lines are non-starts (headlines that scraped pages run into a line are relabelled first,
:func:`hronika.text.training.relabel_run_ons`, never inside a name SlavicNER annotates);
``hronika evaluate segmentation --cv K`` cross-validates over dev documents, ``--news`` measures
over-splitting on the other half of the articles.
"""

from __future__ import annotations

import functools
from pathlib import Path

from hronika.doc import Token
from hronika.morph.closed import ARTICLED, DETERMINERS
from hronika.text.sentences import (
    CLOSING_QUOTES,
    DASHES,
    OPENING_QUOTES,
    TERMINALS,
    closes_before_attribution,
    sentence_token_spans,
)
from hronika.text.tokenize import PREFIX_ABBREVIATIONS, is_abbreviation

MODEL_PATH = Path(__file__).parent / "model" / "boundaries.crfsuite"

FUNCTION_WORDS = frozenset(
    "и в във на за да се не от с със по към при че като а но или ако до след през без между пред под над "
    "чрез според срещу около това този тази тези той тя те го му ѝ им ги ще е са бе бяха беше съм си "
    "който която което които ни ви нас вас".split()
)
#: Words a clause cannot end with (prepositions, conjunctions, particles): a capital after one is a name.
DANGLING = frozenset(
    "и в във на за да се не от с със по към при че като а но или ако до след през без между пред под над чрез "
    "според срещу около ще ли нито пък обаче защото понеже докато когато където който която което които "
    "този тази това тези онзи онази онова онези всеки всяка всяко всички някой някоя някое някои".split()
)
#: Closed-class words: pronouns, prepositions, conjunctions, particles (Bulgarian grammar, not a corpus list).
CLOSED = FUNCTION_WORDS | DANGLING | frozenset(
    "аз ти ние вие мен мене теб тебе него нея тях ме ми ми мой моя мое мои твой негов неин наш ваш техен "
    "кой коя кое кои какво какъв каква какви къде кога как защо колко там тук тогава сега вече още само "
    "дори също така нека дано ето ама та пак нищо никой всичко".split()
)


def _lexicon():
    """simplemma's Bulgarian dictionary, the one the morphology stage has loaded (loaded once per process)."""
    from hronika.morph.features import lexicon

    return lexicon()


def _shape(text: str) -> str:
    if not text:
        return "empty"
    first = text[0]
    if first.isdigit():
        return "digit"
    if not first.isalpha():
        return "punct"
    if text.isupper():
        return "upper" if len(text) > 1 else "initial"
    if first.isupper():
        return "title"
    return "lower"


def _is_common(text: str) -> bool:
    """A capitalised word whose lower-case form is an ordinary Bulgarian word."""
    lexicon = _lexicon()
    lower = text.lower()
    return lower in CLOSED or (lower in lexicon and text not in lexicon)


@functools.lru_cache(maxsize=65536)
def word_class(word: str) -> str:
    """What the lexicon says of a word's lower-case form: ``name`` (the lexicon lists it capitalised),
    ``closed`` (pronouns, prepositions, conjunctions), ``verb`` / ``adj`` / ``noun`` (from the endings its
    lemma's forms take), ``fixed`` (a form that does not inflect: mostly adverbs), or ``oov``."""
    from hronika.morph.features import is_verb_lemma
    from hronika.morph.paradigms import signature

    lexicon = _lexicon()
    if word.lower() in CLOSED:
        return "closed"
    if word[:1].isupper() and word in lexicon:
        return "name"
    lemma = lexicon.get(word.lower())
    if lemma is None:
        return "oov"
    if is_verb_lemma(lemma):
        return "verb"
    paradigm = signature(lemma)
    if paradigm is None:
        return "fixed"
    endings = set(paradigm.split(","))
    if endings & {"ият", "ото"}:
        return "adj"
    if endings & {"ът", "ят", "ите", "та", "ата"}:
        return "noun"
    return "other"


AUXILIARIES = frozenset("е са бе беше бяха съм сме сте бил била било били няма има трябва би може".split())
PRONOUNS = frozenset("аз ти той тя то ние вие те мен мене теб тебе него нея нас вас тях ме те го я ни ви ги ми му ѝ й "
                     "им си се ще да".split())
#: Endings of verb forms that are not finite: participles, gerunds, verbal nouns.
NON_FINITE = ("ен", "на", "но", "ни", "ия", "ият", "ата", "ото", "ите", "ещ", "ащ", "ящ", "еща", "аща", "яща", "ещи",
              "ащи", "ящи", "ещо", "ащо", "ящо", "ейки", "айки", "не", "нето", "ния", "ене", "ане", "яне")


@functools.lru_cache(maxsize=65536)
def is_finite_verb(word: str) -> bool:
    """A rough test for a verb form that can carry a clause (finite or an l-participle): an auxiliary, or a
    form of a lemma that conjugates (simplemma's lemma, else lemmagen3's guess) without a non-finite ending.
    On BTB dev's words: precision 0.88, recall 0.79 against the finite verbs."""
    from hronika.morph.features import guessed_lemma, is_verb_lemma

    low = word.lower()
    if low in AUXILIARIES:
        return True
    if low in PRONOUNS or len(low) < 3 or not low.isalpha():
        return False
    lemma = _lexicon().get(low) or guessed_lemma(low)
    return is_verb_lemma(lemma.split("-(")[0]) and not low.endswith(NON_FINITE)


@functools.lru_cache(maxsize=65536)
def spelling_class(word: str) -> str | None:
    """What hunspell-bg says of a capitalised word: ``common`` (only lower-case entries make it: an ordinary
    word at a sentence start), ``name`` (only capitalised entries), ``both``, ``unknown`` (no entry: mostly
    foreign names); None without the dictionary. Only this abstract class reaches the model, never its words."""
    from hronika.morph import hunspell

    if hunspell.dictionary() is None:
        return None
    stems = {a.stem[:1].isupper() for a in hunspell.analyses(word)}
    return "both" if len(stems) == 2 else "name" if True in stems else "common" if stems else "unknown"


CAPITAL = ("title", "digit", "upper", "initial")
OPENERS = OPENING_QUOTES | {"\""}


def _clause_head(tokens: list[Token], verbs: list[bool], start: int, end: int) -> str:
    """What first carries a clause after a capitalised word: ``да`` (a complement clause: „трябва Европейският
    съвет да реши“ goes on the sentence before), ``ще``, a finite ``verb``, ``punct`` (before any of them), or
    ``none``."""
    for j in range(start, min(end, start + 8)):
        word = tokens[j].text.lower()
        if word in ("да", "ще"):
            return word
        if verbs[j]:
            return "verb"
        if not word[:1].isalnum():
            return "punct"
    return "none"


def _quoted_span(tokens: list[Token], i: int) -> str:
    """What the quote opened at ``i`` holds: a short span closed before a comma or a lower-case word is most
    often a name („вестник "Сега", че …“); a long one, or one closed before a full stop, is someone's words."""
    for j in range(i + 1, min(len(tokens), i + 6)):
        word = tokens[j].text
        if word in OPENERS or word in CLOSING_QUOTES:
            following = tokens[j + 1].text if j + 1 < len(tokens) else ""
            after = "comma" if following in (",", ";") else "lower" if following[:1].islower() else "other"
            return f"short|{after}"
        if word in TERMINALS:
            return "sentence"
    return "long"


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8-15" if n <= 15 else "16+"


def token_features(tokens: list[Token], text: str, rule_starts: set[int] | None = None) -> list[list[str]]:
    if rule_starts is None:
        rule_starts = {a for a, _ in sentence_token_spans(tokens)}
    n = len(tokens)
    words = ["<s>", "<s>"] + [t.text for t in tokens] + ["</s>", "</s>"]  # token i is words[i + 2]
    shapes = [_shape(w) for w in words]
    verbs = [is_finite_verb(t.text) for t in tokens]
    next_start = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_start[i] = i if i in rule_starts and i else next_start[i + 1]
    features = []
    last_start = 0
    commas = 0
    for i, tok in enumerate(tokens):
        if i in rule_starts:
            last_start, commas = i, 0
        elif tok.text == ",":
            commas += 1
        w, prev, prev2, nxt = words[i + 2], words[i + 1], words[i], words[i + 3]
        shape, pshape, nshape = shapes[i + 2], shapes[i + 1], shapes[i + 3]
        f = [
            "bias",
            f"rule={i in rule_starts}",
            f"shape={shape}",
            f"pshape={pshape}",
            f"nshape={nshape}",
            f"pshape|shape={pshape}|{shape}",
            f"gap={'sp' if i and tokens[i - 1].end < tok.start else 'nosp'}",
        ]
        if shape == "punct":
            f.append(f"w={w}")
        elif w.lower() in FUNCTION_WORDS:
            f.append(f"fw={w.lower()}")
        if shape == "title":
            f.append(f"common={_is_common(w)}")
            f.append(f"suffix={w[-2:].lower()}")
        opener = w in OPENERS or w in DASHES
        head = i + 1 if opener and i + 1 < n and nshape in CAPITAL else i
        if i not in rule_starts and shapes[head + 2] in CAPITAL and pshape != "punct":
            # a capitalised word (or an opening quote before one) after a word: a name, or a sentence after a
            # line without punctuation (a headline, a byline)
            hw = words[head + 2]
            hs = spelling_class(hw)
            g = [f"cls={word_class(hw)}", f"hs={hs}", f"shape|nshape={shapes[head + 2]}|{shapes[head + 3]}",
                 f"seg={_bucket(i - last_start)}", f"segcomma={min(commas, 2)}"]
            if head != i:
                g.append("opener=quote" if w in OPENERS else "opener=dash")
                if w in OPENERS:
                    g.append(f"quoted={_quoted_span(tokens, i)}")
            left, right = any(verbs[last_start:i]), any(verbs[i:next_start[i + 1]])
            g += [f"lverb={left}", f"rverb={right}", f"lverb|rverb={left}|{right}"]
            # what follows the capitalised word: a function word, a verb (a subject and its verb), punctuation
            nw = words[head + 3]
            nclass = nw.lower() if nw.lower() in FUNCTION_WORDS else (
                word_class(nw) if shapes[head + 3] == "lower" else shapes[head + 3])
            g.append(f"ncls={nclass}")
            if pshape in ("lower", "title"):
                g.append(f"pcls={pshape}|{word_class(prev)}")
                g.append(f"pdangling={prev.lower() in DANGLING}")
                if pshape == "title":
                    g.append(f"phs={spelling_class(prev)}")
            g.append(f"rhead={_clause_head(tokens, verbs, head + 1, next_start[i + 1])}")
            g += [f"hs|seg={hs}|{_bucket(i - last_start)}", f"hs|lverb={hs}|{left}", f"hs|pshape={hs}|{pshape}"]
            f.extend(("nr:" if head == i else "nrq:" if w in OPENERS else "nrd:") + x for x in g)
        if pshape == "punct":
            f.append(f"p={prev}")
            f.append(f"p2={prev2 if shapes[i] == 'punct' else shapes[i]}|p={prev}")
        elif prev.lower() in FUNCTION_WORDS:
            f.append(f"pfw={prev.lower()}")
        else:
            f.append(f"psuffix={prev[-2:].lower()}")
        if prev.endswith(".") and len(prev) > 1:
            word = prev[:-1].lower()
            f.append(f"pabbr={'prefix' if word in PREFIX_ABBREVIATIONS else is_abbreviation(word)}")
        if nshape == "punct":
            f.append(f"n={nxt}")
        features.append(f)
    return features


@functools.lru_cache(maxsize=4)
def _tagger(path: Path = MODEL_PATH):
    import pycrfsuite

    if not path.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


#: Where the rules see no boundary, the model's marginal probability of a sentence start must reach this (chosen
#: on BTB dev cross-validation together with ``evaluate segmentation --news``: 0.5 finds a few more headline ends
#: in BTB but splits more names off in news).
CONFIDENT = 0.6


def learned_sentence_starts(tokens: list[Token], text: str, model: Path = MODEL_PATH) -> set[int] | None:
    """Token indices that open a sentence according to the model (None when no model is installed)."""
    tagger = _tagger(model)
    if tagger is None or not tokens:
        return None
    rule_starts = {a for a, _ in sentence_token_spans(tokens)}
    labels = tagger.tag(token_features(tokens, text, rule_starts))
    return {i for i, label in enumerate(labels) if (label == "B" and i in rule_starts) or (
        i not in rule_starts and can_start(tokens, i) and tagger.marginal("B", i) >= CONFIDENT)
        or i and glued(tokens[i - 1], tokens[i])} | {0}


def glued(previous: Token, current: Token) -> bool:
    """„коронавирусаЕС“: a lower-case word and a capitalised one with no space between (the tokenizer splits
    them): a headline run into the next line, whose line break the page lost."""
    return previous.end == current.start and previous.text[-1:].islower() and current.text[:1].isupper() \
        and previous.text[:1].isalpha() and current.text[:1].isalpha()


def can_start(tokens: list[Token], i: int) -> bool:
    """May the model open a sentence at token ``i`` (``i > 0``) where the rules see none? Not at a lower-case
    word, after a word that binds the next one, or inside a name."""
    return not (_lower_start(tokens, i) or _binds_next(tokens[i - 1]) or _inside_name(tokens[i - 1], tokens[i])
                or closes_before_attribution(tokens, i) or _counts_after_word(tokens, i)
                or _acronym_after_word(tokens, i)
                or _dash_after_word(tokens, i) or _after_dash_after_word(tokens, i)
                or _articled_adjective(tokens[i - 1]))


def _articled_adjective(previous: Token) -> bool:
    """„… от опозиционната | Лейбъристка партия“: an adjective with the article goes on to its noun (a name)."""
    word = previous.text
    return _shape(word) == "lower" and word.endswith(ARTICLED) and word_class(word) == "adj"


def _dash_after_word(tokens: list[Token], i: int) -> bool:
    """„… един единствен производител на газ | - „Газпром“, …“: a dash right after a lower-case word opens an
    apposition or an aside, not a sentence (a line of dialogue follows punctuation)."""
    return tokens[i].text in DASHES and _shape(tokens[i - 1].text) == "lower"


def _after_dash_after_word(tokens: list[Token], i: int) -> bool:
    """„заяви адвокатът на жената – | Наем Шакир – „…““: a dash after a word opens an apposition or an aside;
    the word after it goes on with the sentence (no sentence ends on such a dash)."""
    return i > 1 and tokens[i - 1].text in DASHES and tokens[i - 2].text[-1:].isalnum()


def _acronym_after_word(tokens: list[Token], i: int) -> bool:
    """„… пред обществено-правната телевизия | АРД“: an acronym right after a lower-case word names what the word
    says (an apposition), not a sentence after a headline."""
    word = tokens[i].text
    return len(word) > 1 and word.isupper() and word.isalpha() and _shape(tokens[i - 1].text) == "lower"


def _counts_after_word(tokens: list[Token], i: int) -> bool:
    """„… и арестува | 407 души“: a number right after a lower-case word continues its clause."""
    return tokens[i].text[:1].isdigit() and _shape(tokens[i - 1].text) == "lower"


#: Contracted titles written with a hyphen, always before a name („г-н Пирински“).
TITLES = frozenset("г-н г-жа г-ца д-р м-р".split())
#: Words that need what follows: a number after a hedge („почти 1 милион“).
HEDGES = frozenset("почти близо над около приблизително общо едва само цели малко най-малко поне".split())


def _inside_name(previous: Token, current: Token) -> bool:
    """„доц. Иван | Колев“: a known name followed by another capitalised name is one name, not two sentences."""
    return (previous.text[:1].isupper() and current.text[:1].isupper() and word_class(previous.text) == "name"
            and word_class(current.text) in ("name", "oov"))


#: Possessives with the article („своята“, „неговия“, „тяхната“): their noun follows („… Рийс-Мог от своята |
#: Консервативна партия“).
ARTICLED_POSSESSIVES = frozenset(form for form, lemma in DETERMINERS.items()
                                 if lemma in ("мой", "твой", "свой", "наш", "ваш")
                                 and form.endswith(ARTICLED + ("ят", "ята", "ето")))


def _binds_next(previous: Token) -> bool:
    """Can no sentence end on this word (a preposition, a conjunction, a hedge, a title such as „доц.“, a
    possessive with the article)?"""
    word = previous.text.lower()
    return word in DANGLING or word in HEDGES or word in TITLES or word in ARTICLED_POSSESSIVES or (
        word.endswith(".") and word[:-1] in PREFIX_ABBREVIATIONS)


def _lower_start(tokens: list[Token], i: int) -> bool:
    """Is the token a lower-case word, or a quote, dash or bracket before one? (No sentence starts so.)"""
    while i < len(tokens) - 1 and (tokens[i].text in OPENERS or tokens[i].text in DASHES or tokens[i].text in "(["):
        i += 1
    return _shape(tokens[i].text) == "lower"


def train(documents: list[tuple[list[Token], str, set[int]]], out: Path = MODEL_PATH,
          c1: float = 0.1, c2: float = 0.3, iterations: int = 150) -> Path:
    """Train on ``(tokens, text, gold sentence-start token indices)`` triples; write the model."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, text, starts in documents:
        labels = ["B" if i in starts else "I" for i in range(len(tokens))]
        trainer.append(token_features(tokens, text), labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    _tagger.cache_clear()
    return out


def sentence_spans(tokens: list[Token], text: str, model: Path = MODEL_PATH) -> list[tuple[int, int]]:
    """``(first, last + 1)`` token ranges of sentences: the learned model, else the rules."""
    starts = learned_sentence_starts(tokens, text, model)
    if starts is None:
        return sentence_token_spans(tokens)
    ordered = sorted(starts) + [len(tokens)]
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if a < b]
