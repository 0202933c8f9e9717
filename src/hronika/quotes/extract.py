"""Direct and indirect quotes with their cue, speaker and channel.

Direct: text between quotation marks of any style, pairing marks within a paragraph (an opening mark with
no closing one runs to the paragraph's end, as multi-paragraph quotes do; a closing mark with no opening one
runs back to the last attributing sentence; a short quoted name inside a quote does not close it). Names and
titles in marks (партия „…“, "БТА Банк") and scare quotes without an attributing verb are skipped.
Indirect: a cue verb followed by a clause (… заяви, че …; призова … да …), „според X, …“, „по думите на X“,
and the inverted report („…, предадоха агенциите“).
Speakers: the name, pronoun or description next to the cue; pronouns and descriptions resolve to the most
recent fitting person, and a quote with no attribution in its sentence continues the previous speaker.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

from hronika.doc import Document, Mention, Quote, Span, Token
from hronika.morph.clitics import POSSESSIVE
from hronika.quotes.cues import (
    CUE_LEMMAS,
    INVERTED_CUES,
    PASSIVE_PARTICIPLE,
    PRESENT_PARTICIPLE,
    PRONOUNS,
    SPEECH_ACTS,
    characterises,
    is_cue,
    lemma_of,
)
from hronika.time.extract import WEEKDAYS

OPENERS = {"„": "“", "«": "»", "“": "”", '"': '"'}
TITLE_NOUNS = re.compile(
    r"(?:(?:партия|вестник|в-к|списание|компания|банка|организация|проект|операция|"
    r"филм|книга|фирма|сайт|агенция|радио|телевизия|предаване|движение|фондация|завод|"
    r"кораб|газопровод|програма|стратегия|закон|доклад|план|споразумение|кампания|акция|хотел|"
    r"ресторант|клуб|отбор|група|песен|албум|награда|инициатива|коалиция|холдинг|марка|модел|въпрос|"
    r"дружество|сдружение|асоциация|съюз|институт|център|концерн|консорциум|издание|платформа)"
    r"(?:та|а|ът|ят|то|ите)?|(?<!\w)в\.|(?<!\w)сп\.)\s*$",  # any article: „газопровода „Северен поток 2““
    re.IGNORECASE)
#: Words that describe a person (not the office: „председателство“, „консулство“, „секретариат“).
DESCRIPTION_WORDS = re.compile(r"(?:годишн|банкер|министър|президент|премиер|говорител|лидер|депутат|опозиционер|"
                               r"олигарх|председател|посланик|експерт|шеф|комисар|преговарящ|директор|журналист|"
                               r"политик(?![аи])|"  # not „политиката“, „политики“ (a policy)
                               r"съветник|кмет|генерал|дипломат|професор|лекар|учен|анализатор|критик|ръководител|"
                               r"началник|консул(?!т)|представител|адвокат|съдия|прокурор|командир|пилот|служител|"
                               r"секретар|канцлер|епископ|кардинал|свещеник|"
                               r"глава\b)(?!ств|иат)",
                               re.IGNORECASE)
CHANNEL = re.compile(r"\b(?:пред|в интервю за|в интервю пред|цитиран[аи]? от|пред медията|за)\s+[\"„“«]?$")
#: The endings of a gerund („казвайки“, „припомняйки“), which shares the subject of the verb it hangs from.
GERUND = ("айки", "яйки")
#: Where a reported clause may end: „, като добави, че …“, „, посочвайки, че …“ (the speaker's next report),
#: „, но се оказа …“; a clause of manner or time that goes on with the reported words („…, като се извършва въз
#: основа на …“, „…, след като …“) and a reason („, защото …“) stay.
CLAUSE_CUT = re.compile(r",\s+(?:(?P<manner>като|докато|след като)\s+(?P<verb>\w+)|(?P<gerund>\w+[ая]йки)|"
                        r"но\s+(?:се\s+оказ\w*|всъщност))\b")
HONORIFICS = frozenset("доц. проф. д-р г-н г-жа акад. инж. арх. монс. ген. полк. адм. доц проф ген полк адм".split())
#: Parts of speech of a noun phrase („Много бизнесмени и банки“).
NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
#: Quantifiers that belong to the speaker's phrase („повечето британци отговарят“, „много депутати смятат“).
QUANTIFIERS = frozenset("повечето много някои всички мнозина няколко".split())
#: „планът, според който …“: a relative clause says what the plan or the text holds, it names no source (but
#: „… държави членки, според които …“ does).
RELATIVE_ACCORDING = re.compile(r"\s*(?:който|която|което)\b", re.IGNORECASE)
EMBEDDED_SOURCE = re.compile(r",\s+(?:\w+\s+){0,2}?(?:според|по думите (?:на|му|й|ѝ|им))(?=\s)"
                             rf"(?!{RELATIVE_ACCORDING.pattern})", re.IGNORECASE)
#: Where a second clause with its own subject begins: „Кремъл отговори, а говорителят Песков заяви …“.
CLAUSE_JOIN = re.compile(r",\s+(?:а|но|докато)\s|;\s")  # not „, като …“, which shares the subject
CLAUSE_WORDS = frozenset("като както че и а но или да който която което които ако когато защото".split())
ADVERBS = frozenset("вчера днес още също обаче и така сега тогава вече дори същевременно междувременно "
                    "впоследствие по-късно по-рано освен това неотдавна".split())
#: Words that may open a clause before its subject: sentence adverbs and coordinating conjunctions.
LEADING_WORDS = ADVERBS | {"а", "но"}
#: Prepositions of time, place or audience that may stand between a cue and its speaker (not „от“: a source).
CIRCUMSTANCE_PREPOSITIONS = frozenset("на пред в във по при след за през с със".split())
PREPOSITION_START = re.compile(rf"(?:{'|'.join(sorted(CIRCUMSTANCE_PREPOSITIONS, key=len, reverse=True))})\s",
                               re.IGNORECASE)
AFTER_CUE_STOP = re.compile(r"\s+(?:пред|по време|в|във|от|с|със|за|след|при|вчера|днес|още|също|преди|"
                            r"малко\s+(?:преди|след))\b")
NOT_SPEAKER_START = frozenset("дали че да как какво кой която което които когато ако".split())
SPEAKER_TYPES = ("PER", "ORG", "LOC", "PRO")  # in this order of preference
#: Cue verbs that take „се“ of their own („надява се, че“), unlike the impersonal „твърди се“.
REFLEXIVE = re.compile(r"(?:надява|опасява|страхува|оплак|съглас|закл|ангажира)")
#: Cue verbs whose object is the one addressed („призоваха премиера да …“, „обвиняват Мей, че …“).
ADDRESSEE_CUES = frozenset("обвиня обвинявам призова призовавам уверя уверявам предупредя предупреждавам помоля "
                           "моля посъветвам съветвам информирам попитам питам упрекна упреквам успокоя успокоявам "
                           "поканя поканвам приканя приканвам"
                           .split())
#: „да бъде“, „да стане“: what a threat of being or becoming something is (a risk, which nobody utters).
BECOMING = frozenset(("бъде", "бъдат", "стане", "станат"))
#: Pronouns for unnamed people as a source („Според някои …“, „според мнозина“).
SOME_PEOPLE = frozenset(("някои", "други", "мнозина"))
#: Verbs that report with „че“ („допусна, че е сбъркал“) but permit with „да“ („допусне Брекзит да бъде отслабен“).
PERMITTING = frozenset(("допусна", "допускам"))
#: „…, посочени във Временната рамка“: a passive participle after a comma, followed by a preposition other than
#: the agent's „от“ („…, уточнени от министъра“), reports nothing; nor does it carry a clause („Двама служители,
#: запознати с …, потвърдиха“). Its plural is spelt like an aorist („прецени“), so the preposition decides.
PARTICIPLE_ENDINGS = PASSIVE_PARTICIPLE + ("ени", "ани", "яни", "ати", "яти", "ити", "ети")
#: „поискала да пие вода“: wanting to do something oneself is no request (but „поискаха да бъдат убити
#: съдиите“, „поискали да приеме исляма“: others are to act).
WANTING = frozenset(("поискам", "искам"))
#: Verbs that report only with a clause of their own („предложи … да …“, „предполагат, че“): no cue of quoted words
#: („предложи на Лондон „привилегирован“ достъп“) nor of an inverted attribution, and none after a relative pronoun
#: („стил, който предполага, че“: a thing implies).
CLAUSE_ONLY_CUES = frozenset("предложа предлагам предположа предполагам".split())
#: Third person plural verb forms (казват, съобщиха, заявили): the people of an institution report.
PLURAL_VERB = re.compile(r"(?:[ая]т|[аяеи]ха|ли)$")
#: Nouns for what a source said or found („Според изказване на …“, „Според оценката на агенцията“).
SOURCE_OF = re.compile(r"(?:изказване|изказването|изявлението|оценка|оценката|данни|данните|информация|"
                       r"информацията|анализа|анализ|доклада|доклад|прогнозата|прогноза|думи|позицията|"
                       r"становището|проучването|изследването)", re.IGNORECASE)
#: A participle used as a noun for the people who did something („Според гласувалите“, „анкетираните“).
SUBSTANTIVE_PARTICIPLE = re.compile(r"[а-я]+(?:[аяеи]л|[аяе]н|[иуя]т|[аяе]щ)ите")
_WEEKDAY = "|".join(WEEKDAYS)
TIME_WORD = re.compile(rf"(?:{_WEEKDAY}|днес|вчера|сутринта|вечерта|снощи)", re.IGNORECASE)
#: A time that ends a speaker phrase after the cue: „градските власти в неделя вечерта“, „мъжът малко преди …“.
TIME_AFTER = re.compile(rf"\s+(?:(?:в|във)\s+(?:{_WEEKDAY})|днес|вчера|снощи|(?:малко\s+)?(?:преди|след))\b",
                        re.IGNORECASE)
#: Parts of an institution that speak for it („От Министерството по напускане на ЕС казват“, „отдела за …“).
INSTITUTION = re.compile(r"(?:министерств|отдел|служб|агенци|институт|комиси|департамент|управлени|щаб|дирекци|"
                         r"секретариат|канцелари|кабинет|офис|пресцентър|посолств|консулств|правителств)",
                         re.IGNORECASE)
#: One or some of a group („един от потърпевшите“, „някои от депутатите“): „от“ stays in the phrase.
ONE_OF = re.compile(r"(?:един|една|едно|някои|много|мнозина|повечето|част|двама|трима)\s+от\s", re.IGNORECASE)
#: Stems of nouns for texts that say something (an analysis, a statement, a letter, a warning, a note).
TEXT_STEMS = (r"изявлени|прессъобщени|съобщени|декларац|позици|писм|обръщени|доклад|становищ|анализ|проучван|"
              r"изследван|публикаци|стати[яи]|предупреждени|решени|резолюци|документ|нот[аи]")
#: A channel after a speaker („компанията в комюнике“, „министърът в интервю“).
CHANNEL_AFTER = re.compile(rf"\s+(?:в|във|чрез)\s+(?:\w+\s+)?(?:комюнике|интервю|туит|(?:{TEXT_STEMS}))",
                           re.IGNORECASE)
#: A document as the speaker („пише още в анализа“): whoever wrote the document named before.
DOCUMENT_NOUN = rf"({TEXT_STEMS})\w*"
#: Seats of power that stand for their people („В Белия дом мислят, че …“, „в Кремъл смятат“).
SEATS = re.compile(r"(?:Белия дом|Кремъл|Даунинг стрийт(?: №?\s?10)?|Елисейския дворец|Пентагона|Ватикана)")
#: Offices that tell people apart („посланик“ is not „премиер“); the other description words fit anyone.
OFFICES = frozenset(word[:6] for word in ("министър премиер президент посланик дипломат комисар кмет консул генерал "
                                          "съдия прокурор адвокат епископ кардинал професор лекар журналист").split())
#: A role held for someone else („говорителят на …“, „адвокатът на …“), which names nobody mentioned before.
RELATIONAL = re.compile(r"(?:говорител|адвокат|съветник|представител|съпруг|съпруга|офис|канцелария|пресслужба|"
                        r"прессекретар|екип)\w*\s+на\s", re.IGNORECASE)
#: Words between dashes inside a quote (a space on each side of either dash).
ASIDE = re.compile(r"\s[–—-]\s([^–—„“\"«»\n]{3,80}?)\s[–—-]\s")
#: „се чете в нота на …“, „пише в писмо …“: words read in a document.
DOCUMENT_READS = re.compile(r"\bсе\s+(?:чете|казва|посочва|подчертава|отбелязва)\b|\bпише\b", re.IGNORECASE)
#: Words that open a sentence about what the one before said („Това заяви X“, „Тези данни …“, „Така смята X“).
THIS = frozenset(("Това", "Тези", "Така"))
#: An adjective of a place or people with its article („Китайският“, „българската“).
ADJECTIVE_OF_PLACE = re.compile(r"(?:ски|ска|ско|цки|цка)(?:ят|я|та|то|те)?$", re.IGNORECASE)
#: Nouns that open a sentence about the news the one before gave („Новината е потвърдена от X“).
NEWS_NOUNS = frozenset(("Новината", "Информацията", "Съобщението", "Данните"))
#: „попитан дали …“: the question put to the speaker, not the speaker's words.
ASKED = re.compile(r"(?:попитан|запитан)[аи]?$")
#: „стана ясно“, „става ясно“: the verb before „ясно“ that reports a finding.
BECAME = frozenset("стана става станало ставаше".split())
#: „По думите на X“, „По информация на X“, „По думите му“: X's words follow, as after „според“.
SOURCE_WORDS = frozenset(("думите", "информация", "данни"))
#: Possessive clitics after „по думите“: whose words („По думите й“ → a woman named before).
CLITICS = {"му": "m", "й": "f", "ѝ": "f", "им": None}
#: The words that open a reported clause after a cue („каза, че“, „призова … да“, „попита дали“).
COMPLEMENTISERS = frozenset(("че", "да", "дали"))
#: Words that make „да“ a conjunction of their own („преди да“, „за да“, „без да“), not a cue's complement.
COMPOUND_DA = frozenset("преди за без вместо освен докато".split())
#: Words that open a subordinate clause: a cue after one („…, когато съобщават“) does not attribute a quote.
SUBORDINATORS = frozenset("когато който която което които че да ако защото докато където и но а или".split())
RELATIVES = frozenset("който която което които".split())
#: Subordinators that open a sentence with a clause of their own („Когато те поискали да …, тя отказала“).
FRONTED = frozenset("когато ако след въпреки тъй докато щом макар понеже".split())
RELATIVE_FORMS = RELATIVES | frozenset("когото чийто чиято чието чиито".split())
#: Words that open a subordinate or relative clause, whose verb is not the main one.
SUBORDINATE_OPENERS = RELATIVE_FORMS | FRONTED | COMPLEMENTISERS
_PREPOSITIONS = ("за|в|във|с|със|до|при|към|срещу|без|през|чрез|между|около|заради|поради|след|преди|пред|под|над|"
                 "върху|вместо")
#: A preposition right before quoted words: they name something („до “деня Брекзит”“), nobody says them.
PREPOSITION_BEFORE = re.compile(rf"(?<!\w)(?:на|от|{_PREPOSITIONS})\s*$", re.IGNORECASE)
#: Prepositions before a name that make it no subject: „в Белия дом“, „за ЕС“, „с Германия“ (not „на“, „от“).
PLACE_PREPOSITION = re.compile(rf"(?<!\w)(?:из|сред|{_PREPOSITIONS})\s+[„\"“«]?$", re.IGNORECASE)
#: „отбеляза, че „Великобритания и Китай са …““: after „че“ a mark opens the reported words, not a name.
CLAUSE_OPENING = re.compile(r"(?<!\w)че$")
#: „така наречения „ягодов език““, „т.нар. „зелени сертификати““: a term in marks, nobody's words.
SO_CALLED = re.compile(r"(?:т\.\s?нар\.|тъй\s+наречен\w*|така\s+наречен\w*)\s*$", re.IGNORECASE)
#: „използват израза "васална страна"“, „употреби думата "…"“, „приветства старта като "трогателен момент"“: the
#: expression in marks is the words of whoever uses it or welcomes something as it.
USES_EXPRESSION = re.compile(r"(?<!\w)(?:(?:използ|употреб|ползва)\w*\s+(?:израза|фразата|думата|думите|термина)"
                             r"|приветств\w*\s[^.!?\"„“”«»]{1,80}\sкато)\s*$", re.IGNORECASE)
#: Bulgarian definite article endings: a definite description refers back („58-годишният бивш банкер“),
#: an indefinite one („говорител на министерството“) introduces somebody new.
DEFINITE = re.compile(r"\w(?:ът|ят|та|ия)$")  # singular: „Учените“ are not one person
#: Any definite article, neuter and plural too: a noun that closes its noun phrase („петицията“, „писмото“).
ARTICLED = re.compile(r"\w(?:ът|ят|та|то|те)$")
#: A verb in the first person (моля, призовавам, смятаме): the words of a speaker quoted without marks.
FIRST_PERSON = re.compile(r"(?:[ая]м|[аяеи]ме|им|л?я)$")
#: Words that open a question („Как можем да сме сигурни, че …?“).
QUESTION_WORDS = frozenset("как кой коя кое кои какво какъв каква какви защо кога къде колко дали нима".split())
#: A word and a full stop before a quotation mark, which then opens a sentence („… елит."Възнамеряваме …“).
STOP_BEFORE = re.compile(r"\w[.!?]\s*$")
#: What a quotation mark whose closing one is lost may follow: „че“, a colon, „Според него,“.
LOST_CLOSER_AFTER = re.compile(r"(?:\bче|:|\b(?:[Сс]поред|[Пп]о думите на)\s+[^,.;:\"„“”«»]{1,40},)\s*$")
#: „Мнението на X е, че …“, „Мнението е на X“: the nouns of an opinion held, which X states.
OPINION_NOUNS = frozenset(("мнението", "становището", "позицията", "убеждението"))
#: „са гласували "за"“, „гласува с "не"“: what follows is an option on a ballot, nobody's words.
BALLOT = re.compile(r"\bгласува\w*\s+(?:с\s+)?$", re.IGNORECASE)
#: „очакваме“, „смятам“: the speaker's own words inside a sentence an inverted cue reports („…, каза Х“).
FIRST_PERSON_PRESENT = re.compile(r"(?:[аяеи]ме|[ая]м)$")
#: A channel before the speaker of an inverted report: „…, заяви пред "Марица" една от пътничките“.
CHANNEL_LEAD = re.compile(r"\s*(?:се\s+)?(?:(?:днес|вчера|още|също)\s+)?(?:пред|за|в интервю за|в интервю пред)"
                          r"\s+(?:(?:в\.|в-к|сп\.|вестник|списание|агенция|телевизия|радио)\s*)?[\"„“«]?")
#: Participles inside a noun phrase („хвърления в затвора“), not the finite verb of a clause.
PARTICIPLE = re.compile(r"(?:ния|ният|ната|ното|ните|ения|ените|ания|аните|ятия|ян|ен|ан|ени|ани|яни)$")
#: Words before a quoted slogan or chant, whose quoted words are a quote however short.
SLOGAN_BEFORE = re.compile(r"(?:скандир|лозунг|викаха|викайки|крещ|извикаха)\w*[^„\"“«]{0,20}$", re.IGNORECASE)
#: Verbs of chanting: their subject says the slogan that follows.
CHANT = re.compile(r"(?:скандир|викаха|викайки|извикаха|крещ)")
#: Imperatives („Молете Бог да …“): the article addresses its reader, nobody is reported.
IMPERATIVE = re.compile(r"(?:ете|йте)$")
#: A text as the subject of a report („се казва в изявление на компанията“): its author speaks.
DOCUMENT_OF = re.compile(r"^(?:(?:в|във)\s+)?(?:(?:нов|последн)\w*\s+)?"
                         r"(?:изявление|съобщение|декларация|позиция|писмо|обръщение|доклад|становище|прессъобщение|"
                         r"думите|анализ|проучване|изследване|публикация|статия)(?:то|а|ът|та)?\s+"
                         r"(?:на|от)\s+", re.IGNORECASE)
#: The same text with its article and no author after it („в доклада“, „в изявлението“).
DOCUMENT_ALONE = re.compile(rf"(?:в|във)\s+((?:{TEXT_STEMS})\w*)(?=\s*(?:[,.;]|$))", re.IGNORECASE)
#: A text whose words a relative clause reports („предупреждение на ЕС към бизнеса, в което се подчертава, че …“).
TEXT_NOUN = re.compile(DOCUMENT_NOUN)
#: Plural nouns for people who speak without being named („По думите на хората“, „според пътниците“).
PEOPLE_NOUNS = re.compile(r"(?:хора|пътници|пасажери|очевидци|жители|граждани|свидетели|лекари|експерти|учени|"
                          r"роднини|близки|служители|работници|протестиращи|демонстранти)(?:те|та)?$", re.IGNORECASE)
#: Sides of a dispute, named with what they support or oppose („привържениците на Брекзит“).
PARTISANS = re.compile(r"(?:привърженици|противници|поддръжници|критици|опоненти|застъпници)(?:те)?", re.IGNORECASE)
#: Nouns of sources that speak as a body („според регулатора“, „според медиите“).
SOURCE_NOUNS = re.compile(r"(?:медии|медиите|регулатор|регулатора|властите|власти|източници|източниците|полицията|"
                          r"прокуратурата|анализатори|анализаторите|наблюдатели|наблюдателите|организаторите|"
                          r"синоптиците|учените|специалистите|специалисти)", re.IGNORECASE)
CLITIC_WORDS = frozenset("си се му й ѝ им го я ги ми ме ни ви".split())
#: Clitics that cannot end a subject: objects and reflexives (not the possessive „му“, „ѝ“, „им“).
OBJECT_CLITICS = frozenset("си се го я ги ме ни ви".split())
#: Clitics that may follow a noun as its possessor („на сайта си“, „съпругът ѝ“).
POSSESSIVE_CLITICS = frozenset("си му й ѝ им".split())
#: Auxiliaries of the first or second person: a clause of its own speaker („…, но съм съгласен“).
FIRST_PERSON_AUXILIARIES = frozenset("съм сме сте си бях бяхме бяхте бих бихме бихте".split())
#: A share of a group that speaks („47 процента от британците“, „половината от анкетираните“).
SHARE_NOUNS = frozenset("% процента процент сто половината мнозинството болшинството третината четвъртината".split())
#: third-person subjects: a report by one of them ends the words of the speaker before
THIRD_PERSON = frozenset(("той", "тя", "те"))
SPACES = re.compile(r" *")
NP_END = re.compile(r",|(?<!\sв)(?<!\sсп)\.|;|:|\s+(?:който|която|което|които|че|да|и|пред)\b")
#: A Latin-script name followed by a capitalised Cyrillic word with no stop between („… пише британският
#: вестник The Guardian Стратегията на …“): the name ends the phrase, a new sentence begins.
LATIN_THEN_CYRILLIC = re.compile(r"(?<=[A-Za-z])\s+(?=[А-Я])")
#: „във Виена“ right after a cue: where it was said.
PLACE_LEAD = re.compile(r"\s+(?:в|във)\s+")
#: A relative clause inside a subject („Журналист, на когото е било позволено …, съобщава“): its names
#: do not speak.
RELATIVE_CLAUSE = re.compile(r",\s+(?:\w+\s+)?(?:който|която|което|които|когото|чийто|чиято|чието|чиито)\b[^,.;]*,")


def passive_this(tokens: list[Token]) -> bool:
    """„Новината е потвърдена от X“, „Това беше съобщено от X“: a cue in the passive, with its agent, about the
    sentence before."""
    return len(tokens) > 4 and (tokens[0].text in THIS or tokens[0].text in NEWS_NOUNS) \
        and tokens[1].text.lower() in ("е", "бе", "беше", "са", "бяха") and lemma_of(tokens[2]) in CUE_LEMMAS \
        and tokens[2].text.lower().endswith(("н", "на", "но", "ни")) and tokens[3].text.lower() == "от"


def _is_adverb(token: Token) -> bool:
    """A sentence adverb or any word the tagger calls an adverb („Междувременно“, „Засега“, „дори“)."""
    return token.text.lower() in ADVERBS or token.pos == "ADV"


def _opening_subject(tokens: list[Token]) -> list[Token]:
    """The words that open a clause up to its first verb, clitic or punctuation, without adverbs at either end
    („Междувременно говорителят смени тона и …“ → говорителят)."""
    head = []
    for tok in tokens:
        if tok.pos in ("VERB", "AUX") or tok.text.lower() in OBJECT_CLITICS or not (tok.text[:1].isalnum()
                                                                                or tok.text == "-"):
            break
        head.append(tok)
    while head and head[-1].text.lower() in ADVERBS:
        head.pop()
    while head and _is_adverb(head[0]):
        head.pop(0)
    if len(head) > 1 and head[-1].text in PRONOUNS:
        return head[-1:]  # „На 14 юни 2009 г. тя отишла … и поискала“: the pronoun after the fronted time
    return head


def _first_person_opening(tokens: list[Token], k: int) -> bool:
    """Does the sentence open with the speaker's own first-person cue, after adverbs or „ще“ („Винаги съветвам
    …“, „Ще помолим партньорите си да …“)?"""
    return bool(FIRST_PERSON.search(tokens[k].text.lower())) and all(
        _is_adverb(t) or t.text.lower() in ("ще", "не") for t in tokens[:k])


def _opens_clause(tokens: list[Token]) -> bool:
    """Do the words open with a subordinate clause („Когато …“, „Въпреки че …“, „След като …“), not with an
    adverbial („Въпреки това …“, „След срещата …“)?"""
    first = tokens[0].text.lower()
    if first in ("след", "тъй", "въпреки"):
        return len(tokens) > 1 and tokens[1].text.lower() in ("като", "че")
    return first in FRONTED


#: What a relative clause that the comma after it closes ends on: a noun, a name, a pronoun, a number, a mark.
CLAUSE_END_POS = frozenset(("NOUN", "PROPN", "PRON", "NUM", "PUNCT"))


def without_relative_clauses(tokens: list[Token]) -> list[Token]:
    """The tokens without relative clauses set off by commas („, с което се е сдобил вестник X,“), when a comma
    closes them, they report nothing of their own and end on a noun, not on a word that takes the clause after
    the comma („лекарства, за които не е показано, че действат …“)."""
    out: list[Token] = []
    j = 0
    while j < len(tokens):
        tok = tokens[j]
        opener = j + 2 if j + 2 < len(tokens) and tokens[j + 1].pos == "ADP" else j + 1
        if tok.text == "," and opener < len(tokens) and tokens[opener].text.lower() in RELATIVE_FORMS:
            close = next((m for m in range(opener + 1, len(tokens)) if tokens[m].text in ",.;:"), None)
            if close is not None and tokens[close].text == "," and not any(
                    is_cue(u) for u in tokens[opener + 1 : close]) and tokens[close - 1].pos in CLAUSE_END_POS:
                j = close + 1
                continue
        out.append(tok)
        j += 1
    return out


def _is_word(token: Token) -> bool:
    """A word, hyphenated ones included („про-европейски“)."""
    return token.text.replace("-", "").isalpha()


def _group_noun(name: str) -> bool:
    """„британците“, „демократи“: a nationality or party noun in the plural, which „той“ / „тя“ cannot mean."""
    return name[:1].islower() and name.endswith(("и", "те"))


def antecedent(doc: Document, offset: int, gender: str | None,
               quoted: Sequence[tuple[int, int]] = ()) -> int | None:
    """The person a pronoun at ``offset`` points to: in the nearest earlier sentence that names a fitting
    person (gender agreeing where known) outside quoted words, the first such mention — the sentence's
    subject."""
    genders = {e.id: e.gender for e in doc.entities}
    fits = [i for i, m in enumerate(doc.mentions) if m.end <= offset and m.type == "PER"
            and (gender is None or genders.get(m.entity) in (None, gender) and not _group_noun(m.text))
            and not any(a <= m.start < b for a, b in quoted)]
    if not fits:
        return None
    if gender == "f" and genders.get(doc.mentions[fits[-1]].entity) is None:
        # „Тереза Мей … . … министър-председателката е разкритикувала … Джейкъб Рийс-Мог … "…", му отговорила
        # тя“: a woman named in the last three sentences before a person whose gender is unknown (women's names
        # mostly show it: -а, -ова; of men's many foreign ones do not: Ли Къцян, Рийс-Мог)
        agreeing = [i for i in fits if genders.get(doc.mentions[i].entity) == gender]
        if agreeing and _sentences_between(doc, doc.mentions[agreeing[-1]].start, offset) <= 2:
            fits = agreeing
    last = doc.mentions[fits[-1]].start
    sentence = next((s for s in doc.sentences if s.start <= last < s.end), None)
    start = sentence.start if sentence else last
    in_sentence = [i for i in fits if doc.mentions[i].start >= start]
    if len(in_sentence) > 1 and _fronted_phrase(doc, start, doc.mentions[in_sentence[0]].start):
        return in_sentence[1]
    return in_sentence[0]


def _sentences_between(doc: Document, start: int, end: int) -> int:
    """How many sentence starts lie after ``start`` and up to ``end``."""
    return sum(1 for s in doc.sentences if start < s.start <= end)


_start = attrgetter("start")


def _fronted_phrase(doc: Document, sentence_start: int, offset: int) -> bool:
    """„Пред министъра на финансите Филип Хамънд премиерът Бойко Борисов представи …“: does a prepositional
    phrase open the sentence and hold the name at ``offset`` as the apposition of a title (nouns and their
    modifiers only, none in the subject's full article: „Пред журналисти вчера руският министър Новак“ names the
    subject), so that the next name is the subject?"""
    first, last = (bisect_left(doc.tokens, at, key=_start) for at in (sentence_start, offset))
    words = doc.tokens[first:last]
    return bool(words) and words[0].pos == "ADP" and all(
        t.pos in ("ADP", "NOUN", "ADJ", "PROPN", "DET", "NUM") and not t.text.endswith(("ът", "ят")) for t in words
    ) and any(DESCRIPTION_WORDS.match(t.text) for t in words)  # a person's title before the name (not „На
    # пресконференцията Меркел и Мей потвърдиха …“)


@dataclass
class Attribution:
    cue: Token | None
    speaker_start: int | None = None
    speaker_end: int | None = None


class QuoteFinder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.token_starts = [t.start for t in doc.tokens]
        self.mention_starts = [m.start for m in doc.mentions]
        self.orphans: set[int] = set()  # content starts of quotes found by their closing mark only
        self.asides: dict[int, Attribution] = {}  # open marks of quotes split by an attribution between dashes
        self.quoted: list[tuple[int, int]] = []  # quoted words, where no antecedent of a pronoun is sought
        # (start, cue start) of first-person reports, attributed by what follows
        self.own_words: set[tuple[int, int]] = set()
        self.colon_reports: list[tuple[int, int]] = []  # unmarked words after „каза X:“, to the paragraph end
        self.resolved: list[tuple[int, str, int | None, str | None]] = []  # (start, phrase, mention, entity)
        self.described: list[tuple[int, str]] = []  # (start, phrase) of descriptions no name resolves
        self.sentence_index = {s.start: k for k, s in enumerate(doc.sentences)}
        self.sentence_starts = [s.start for s in doc.sentences]
        self.entities = {e.id: e for e in doc.entities}

    # -- helpers -----------------------------------------------------------
    def sentence_of(self, offset: int) -> Span:
        """The first sentence that holds ``offset`` (its end included), else an empty span there."""
        k = bisect_right(self.sentence_starts, offset) - 1
        for j in (k - 1, k):  # the sentence before may end right where this one starts
            if j >= 0 and self.doc.sentences[j].start <= offset <= self.doc.sentences[j].end:
                return self.doc.sentences[j]
        return Span(offset, offset)

    def speaker_type(self, quote: Quote) -> str | None:
        """The entity type of ``quote``'s resolved speaker (None when unresolved)."""
        entity = self.entities.get(quote.speaker_entity or "")
        return entity.type if entity is not None else None

    def sentence_before(self, sentence: Span) -> Span | None:
        """The sentence before ``sentence`` (None for the first one, or for a span that is no sentence)."""
        index = self.sentence_index.get(sentence.start, 0)
        return self.doc.sentences[index - 1] if index > 0 else None

    def tokens_between(self, start: int, end: int) -> list[Token]:
        lo = bisect_right(self.token_starts, start - 1)
        out = []
        for t in self.doc.tokens[lo:]:
            if t.start >= end:
                break
            out.append(t)
        return out

    def mention_at(self, start: int, end: int) -> int | None:
        """Index of the person (else organisation, place, product) mention overlapping ``[start, end)``:
        „говорителката на МВР Десислава Николова“ → Десислава Николова."""
        found = [i for i, m in enumerate(self.doc.mentions) if m.start < end and start < m.end]
        by_type = {kind: [i for i in found if self.doc.mentions[i].type == kind] for kind in SPEAKER_TYPES}
        return next((by_type[kind][0] for kind in SPEAKER_TYPES if by_type[kind]), None)

    def last_person_before(self, offset: int, gender: str | None) -> int | None:
        return antecedent(self.doc, offset, gender, self.quoted)

    def noun_phrase(self, start: int, limit: int) -> tuple[int, int] | None:
        """A speaker phrase starting at ``start``: up to a comma, a relative pronoun or the sentence end."""
        chunk = self.text[start:limit]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.lstrip()
        paper = re.match(r"(?:в\.|в-к|сп\.)\s*(?=[\"„“«])", chunk)  # „отбелязва в. "Дейли мейл"“
        if paper:
            lead, chunk = lead + paper.end(), chunk[paper.end() :]
        if chunk[:1] in OPENERS and chunk[1:2].isupper():  # „отбелязва "Ройтерс"“: a quoted name, without marks
            lead, chunk = lead + 1, chunk[1:]
            closer = re.search(r"[\"“”»]", chunk)
            if closer:
                chunk = chunk[: closer.start()]
        if not chunk or not chunk[0].isalnum():
            return None
        cut = NP_END.search(chunk)
        while cut and cut.group() == "." and chunk[: cut.end()].split()[-1].lower() in HONORIFICS:
            cut = NP_END.search(chunk, cut.end())  # „казва проф. Костов“
        end = start + lead + (cut.start() if cut else len(chunk.rstrip()))
        if cut and cut.group().split() == ["и"]:  # „министърът на труда и социалната политика Деница Сачева“: one
            after = start + lead + cut.end()  # office of two domains, then the name (not a second person's title)
            named = next((m for m in self.doc.mentions if m.type == "PER" and after < m.start <= after + 40), None)
            between = self.tokens_between(after, named.start) if named else []
            if between and named.end <= limit and between[0].pos == "ADJ" and all(
                    t.text.islower() and t.text.isalpha() for t in between):
                end = named.end
        run_on = LATIN_THEN_CYRILLIC.search(self.text, start + lead, end)
        if run_on and not any(m.type == "PER" and m.start == run_on.end() and m.end >= end - 1
                              for m in self.doc.mentions):  # but „шефа на BioNTech Угур Сахин, …“
            end = run_on.start()
        if end <= start + lead:
            return None
        words = self.text[start + lead : end].split()
        if len(words) == 1 and PREPOSITION_BEFORE.fullmatch(words[0].rstrip(".…")):
            return None  # „заяви пред...“: a teaser cut short
        if words[0].lower() in NOT_SPEAKER_START or {"е", "са"} & set(words):
            return None  # a clause („смята, дали …“) or quoted words, not a speaker
        while len(words) > 1 and words[0].lower() in ADVERBS:  # „предупреди още той“
            lead += len(self.text[start + lead :]) - len(self.text[start + lead :].split(None, 1)[1])
            words.pop(0)
        return start + lead, end

    # -- direct quotes ------------------------------------------------------
    def _straight_closer(self, i: int, end: int) -> int:
        """The " closing the one at ``i``, skipping nested "…" pairs (an opener follows a space and
        precedes a letter: думи за "Северен поток-2" в …)."""
        depth, inner_close, said_inside = 0, -1, False
        k = self.text.find('"', i + 1, end)
        while k >= 0:
            before = self.text[k - 1] if k > 0 else " "
            after = self.text[k + 1] if k + 1 < len(self.text) else " "
            if (before.isspace() or before in "(–-") and after.isalnum():
                if not depth:  # words said inside the quote open after a colon
                    said_inside = self.text[max(i, k - 2) : k].strip() == ":"
                depth += 1
            elif depth:
                depth -= 1
                inner_close = k
                if not depth and said_inside and self.cue_follows(k + 1):
                    return k  # „"Време е … да кажат: "Така е, …", каза Пиърсън“: one mark closes both quotes
            else:
                return k
            k = self.text.find('"', k + 1, end)
        if depth == 0 and inner_close >= 0 and re.fullmatch(r"\s*[.!?…]?\s*", self.text[inner_close + 1 : end]):
            return inner_close  # „… за "Северен поток 2".“: one mark closes the name and the quote
        return -1

    def _curly_closer(self, i: int, end: int) -> int:
        """The “ or ” closing a straight " at ``i``, stepping over names opened the same way inside
        („"Полетът е бил пренасочен към летище "Тимишоара“. … на аерогарата “, обясни Иванов“)."""
        depth = 0
        for k in range(i + 1, end):
            ch = self.text[k]
            if ch == '"' and self.text[k - 1].isspace() and self.text[k + 1 : k + 2].isalnum():
                depth += 1
            elif ch in "“”":
                if not depth:
                    return k
                depth -= 1
        return -1

    def quote_spans(self) -> list[tuple[int, int, int, int]]:
        """``(open mark, content start, content end, close mark end)`` for every pair of marks."""
        spans = []
        for block in self.doc.blocks:
            i, end = block.start, block.end
            while i < end:
                ch = self.text[i]
                closer = OPENERS.get(ch)
                glued = i > block.start and self.text[i - 1].isalnum()
                if closer is None or (ch == "“" and glued) or (
                        ch == '"' and glued and re.match(r"\s?\d", self.text[i + 1 : i + 3])) or (
                        ch == "„" and re.match(r"\s*[,.;:!?]", self.text[i + 1 : i + 4])):
                    i += 1  # („на “Северен поток 2 „, тъй като“: a „ before a comma opens nothing, nor a " misplaced
                    # inside a name: „газопровод Северен поток" 2, който …“)
                    continue
                j = self.text.find(closer, i + 1, end)
                if ch == '"':
                    j = self._straight_closer(i, end)
                    if j < 0:  # "…“: a straight mark closed by a curly one
                        j = self._curly_closer(i, end)
                if ch == "“" and j < 0:  # “…“: a Bulgarian closing mark used to open
                    j = self.text.find("“", i + 1, end)
                if ch == "„":  # „…“ may also close with ” or "
                    j = self._bulgarian_closer(i, end)
                if j >= 0 and self.unclosed_name(i, j):
                    i += 1
                    continue
                if j < 0:
                    if ch == '"' and self.closes_straight(i):  # an unpaired mark that closes: an orphan
                        i += 1
                        continue
                    if i == block.start or self.continues_next_block(ch, end):  # a quote running on
                        spans.append((i, i + 1, end, end))  # past its paragraph
                    elif LOST_CLOSER_AFTER.search(self.text[max(0, i - 60) : i]) or (
                            STOP_BEFORE.search(self.text[max(0, i - 3) : i])
                            and self.text[i + 1 : i + 2].isupper()):
                        sentence = self.sentence_of(i + 1)  # „… и че "определено количество … ще продължи.“,
                        # „обясни решението си така: “За съжаление …“, „Според него, „2018 г. ще бъде …“,
                        # „… от политическия елит."Възнамеряваме да сме твърди...“: the closing mark is lost
                        said = self.text[i + 1 : sentence.end].rstrip(" .\n")
                        words = self.tokens_between(i + 1, sentence.end)  # („“Няма да има …, подчерта Петров“:
                        inverted = any(t.text == "," and is_cue(u, any_pos=True)  # the inverted report's)
                                       for t, u in zip(words, words[1:]))
                        if not any(mark in said for mark in '"„“”«»') and len(said.split()) > 3 and not inverted:
                            spans.append((i, i + 1, i + 1 + len(said), i + 1 + len(said)))
                    i += 1
                    continue
                shared = self.text[i] == self.text[j] == '"' and self.text.count('"', i + 1, j) % 2  # the name's
                # mark closes the quote too
                content_end = j + 1 if shared else j
                while content_end > i + 1 and self.text[content_end - 1].isspace():
                    content_end -= 1  # „… на аерогарата “, обясни“: the space before the mark is no part of it
                spans.append((i, i + 1, content_end, j + 1))
                i = j + 1
            spans += self._orphan_closers(block, spans)
        return sorted(spans)

    def names_lose_openers(self, mark: int, spans: list[tuple[int, int, int, int]]) -> bool:
        """Does another name of the document keep a closing mark that closes no quote („Газпром“ Алексей …)?
        Then the page lost its opening marks, and the mark at ``mark`` after a name closes the name too
        („… на газопровода Северен поток 2“, съобщи …“), not a quote."""
        closed = {b - 1 for _, _, _, b in spans}
        titled = [m for m in self.doc.mentions if m.type in ("PRO", "ORG", "EVT") and m.start > 0]  # names in marks
        return any(m.end == mark for m in titled) and any(
            m.end != mark and self.text[m.end : m.end + 1] in "“”" and m.end not in closed
            and self.text[m.start - 1 : m.start] not in "„“\"«" for m in titled)

    def unclosed_name(self, open_mark: int, close_mark: int) -> bool:
        """Does the mark at ``open_mark`` open a name whose closing mark is lost (бизнес ориентираните
        „Свободни демократи се обявиха срещу „Северен поток-2“)? A name follows it straight away, inside a
        sentence (after a word other than „че“), and the words run on well past the name."""
        name = next((m for m in self.doc.mentions if m.start == open_mark + 1 and m.type != "PER"), None)
        before = self.text[max(0, open_mark - 4) : open_mark].rstrip()
        return (name is not None and before[-1:].isalpha() and not CLAUSE_OPENING.search(before)
                and self.text[name.end : name.end + 1] not in "“”\"»" and close_mark - name.end > 10)

    def cue_follows(self, offset: int) -> bool:
        """Does a comma and a cue verb follow ``offset`` („… във Финландския залив“, уточняват от …“)?"""
        following = self.tokens_between(offset, offset + 40)[:2]
        return len(following) == 2 and following[0].text == "," and is_cue(following[1], any_pos=True)

    def closes_straight(self, i: int) -> bool:
        """Is the " at ``i`` a closing mark by its position (after a word or a stop, before a comma or a space
        and a lower-case word: „… и след това", изтъкна Верхофстад“)?"""
        before = self.text[i - 1] if i > 0 else " "
        return (before.isalnum() or before in ".!?…") and bool(re.match(r"\s*[,;]|\s+[–-]?\s*[а-я]",
                                                                        self.text[i + 1 : i + 6]))

    def continues_next_block(self, mark: str, end: int) -> bool:
        """Does the paragraph ending at ``end`` run on into the next one, which opens with the same mark (the
        typographic convention for a quote over several paragraphs)?"""
        return self.text[end:].lstrip().startswith(mark)

    def _bulgarian_closer(self, i: int, end: int) -> int:
        """The mark closing „ at ``i`` (“, ” or "), stepping over short quoted names inside
        („… на „Райънеър” и …”)."""
        k = i + 1
        while True:
            found = [x for x in (self.text.find(c, k, end) for c in "“”\"") if x >= 0]
            if not found:
                return -1
            j = min(found)
            inner = self.text.find("„", k, j)
            if inner < 0 or j - inner > 60:
                return j
            following = [x for x in (self.text.find(c, j + 1, end) for c in "“”\"") if x >= 0]
            if not following or "„" in self.text[j + 1 : min(following)]:
                return j  # one mark closes both the name and the quote (… със „Северен поток 2“, коментира)
            k = j + 1  # the first closer closes the inner name; look for the outer one

    def _orphan_closers(self, block: Span, spans: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
        """Closing marks with no opening one („… искове“, уточни Маргаритов“): the quote runs back to the
        last sentence of the paragraph that attributes or quotes something."""
        out = []
        for k in range(block.start + 1, block.end):
            if self.text[k] not in "“”\"" or not (self.text[k - 1].isalnum() or self.text[k - 1] in ".!?…"):
                continue
            if self.text[k] == '"' and not self.closes_straight(k):
                continue
            if any(a <= k < b for a, _, _, b in spans) or (any(m.end == k for m in self.doc.mentions) and (
                    not self.cue_follows(k + 1) or self.names_lose_openers(k, spans))):
                continue  # inside a quote, or closing a name whose opening mark is lost („Газпром“ Алексей …)
            if not re.match(r"\s*[,.]|\s+[-–]?\s*\w", self.text[k + 1 : k + 8]):  # not „на“Северен
                continue
            if re.match(r"\s?\d", self.text[k + 1 : k + 3]):
                continue  # a mark misplaced inside a name („за Северен поток“ 2 Германия рискува …“)
            start = block.start
            for sentence in self.doc.sentences:
                if sentence.start < block.start or sentence.start >= k:
                    continue
                if sentence.end <= k and (any(is_cue(t) for t in self.tokens_between(sentence.start, sentence.end))
                                          or any(c in self.text[sentence.start : sentence.end] for c in "„“”\"«»")):
                    start = sentence.end
            start = max([start] + [b for _, _, _, b in spans + out if b <= k])
            start += len(self.text[start:k]) - len(self.text[start:k].lstrip(" “”\"\n,.;"))
            words = self.tokens_between(start, k)
            if any(self.introduces_clause(words, j) and any(
                    self.mention_at(t.start, t.end) is not None or t.text in PRONOUNS
                    or t.pos == "NOUN" and DEFINITE.search(t.text) for t in words[:j]) for j in range(len(words))):
                continue  # „Хан каза, че Великобритания може да се насочи към загубено десетилетие” …“: the
                # quoted words begin somewhere in the reported clause, which the indirect quote takes (not the
                # speaker's own „Мисля, че …“, „Бих казал, че …“, which names nobody before the cue)
            if k - start >= 10:
                self.orphans.add(start)
                out.append((start, start, k, k + 1))
        return out

    def is_title(self, open_mark: int, start: int, end: int) -> bool:
        content = self.text[start:end].strip()
        words = content.split()
        if not words:
            return True
        before = self.text[max(0, open_mark - 30) : open_mark]
        if TITLE_NOUNS.search(before) and not content[0].islower() or SO_CALLED.search(before):
            return True  # „газопровода „Северен поток 2““ (but „проектът "е чиста политика …"“ is a quote)
        if self.after_preposition_mark(open_mark, start, end) and not (content[0].islower()
                                                                      and self.accused_in(open_mark)):
            return True  # „за потребителите на “Епъл”“, „кандидати за "нулевия пациент"“: a name or a term
        if SLOGAN_BEFORE.search(before) or (IMPERATIVE.search(words[0].lower()) and content[0].isupper()):
            return False  # „скандирайки лозунги, включително „Обесете Азия““: chanted words
        if len(words) <= 4 and (content[0].isupper() or content[0].isdigit()) and not re.search(r"[.!?,]$", content) \
                and not self.sentence_initial(open_mark, end):
            inner = start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
            if any(m.start == inner and m.end == inner + len(content) and m.type in ("ORG", "PRO", "EVT", "LOC")
                   for m in self.doc.mentions):
                return True  # „… между Русия и Германия "Северен поток 2", обяви …“: a name, whatever follows
            after = self.text[end + 1 : end + 4]
            if not after.startswith((",", " -", " –")):
                return True
            following = self.tokens_between(end + 1, end + 40)[:3]
            return not any(is_cue(t) for t in following)  # "Да", каза той → a quote
        return False

    def after_preposition_mark(self, open_mark: int, start: int, end: int) -> bool:
        """Up to three quoted words with no final stop after a preposition: a name or a term („за
        потребителите на “Епъл”“, „във „васална държава““)."""
        content = self.text[start:end].strip()
        return (0 < len(content.split()) <= 3 and not re.search(r"[.!?]$", content)
                and PREPOSITION_BEFORE.search(self.text[max(0, open_mark - 30) : open_mark]) is not None)

    def term_after_preposition(self, open_mark: int, start: int, end: int) -> bool:
        """Lower-case words of that kind: inside reported speech they are the source's own words („настояват, че
        това ще превърне Обединеното кралство във „васална държава““, a mixed quote), elsewhere a term; so is a
        lone word that modifies the noun after the mark („за „твърд“ Брекзит“)."""
        content = self.text[start:end].strip()
        after = re.match(r"[“”\"»]\s+(\w+)", self.text[end : end + 30])
        following = after.group(1).lower() if after else ""
        modifier = " " not in content and following not in ("", *CIRCUMSTANCE_PREPOSITIONS, *SUBORDINATORS)
        return self.after_preposition_mark(open_mark, start, end) and content[0].islower() and not modifier \
            and not self.accused_in(open_mark)

    @staticmethod
    def wants_own_act(cue: Token, after: list[Token]) -> bool:
        """Is the verb after „поиска да“ active and of the cue's number (the one who wants is the one to act)?"""
        if not after or after[0].pos != "VERB" or after[0].text.lower() in BECOMING | {"се"}:
            return False
        return bool(PLURAL_VERB.search(cue.text.lower())) == bool(PLURAL_VERB.search(after[0].text.lower()))

    def accused_in(self, open_mark: int) -> bool:
        """Does „в“ before the mark follow an accusing verb in the same clause („"Сън" обвини законодателите в
        "огромно предателство"“): the charge in the accuser's words, not a term?"""
        if not re.search(r"(?<!\w)в\s*$", self.text[max(0, open_mark - 4) : open_mark]):
            return False
        for token in reversed(self.tokens_between(self.sentence_of(open_mark).start, open_mark)[:-1]):
            if token.text in ",;:" or token.text.lower() in CLAUSE_WORDS:
                return False
            if lemma_of(token) in ("обвиня", "обвинявам"):
                return True
        return False

    def sentence_initial(self, open_mark: int, end: int) -> bool:
        """Do the marked words open a sentence that runs on with a lower-case word („“Пожелателно мислене” е да
        се вярва, че …“)? Their capital is the sentence's, not a name's."""
        return (self.sentence_of(open_mark).start == open_mark and bool(re.match(r"[\"“”»]?\s+[а-я]",
                                                                                self.text[end : end + 4]))
                and not any(m.start < end and open_mark < m.end for m in self.doc.mentions)
                and all(t.pos != "PROPN" and t.text[:1].isalpha() for t in self.tokens_between(open_mark + 1, end)))

    def split_at_asides(self, spans: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
        """„Със семейството … – се чете в нота на Йосуф Надиим – Азия бе …“: an attribution between dashes inside
        one pair of marks splits the quote in two, both the words of the source it names (kept in ``asides``)."""
        out = []
        for open_mark, start, end, close_end in spans:
            aside = next((m for m in ASIDE.finditer(self.text, start, end) if start < m.start() and m.end() < end
                          and not self.text.startswith(("–", "—"), m.end())), None)
            attribution = self.aside_attribution(aside.start(1), aside.end(1)) if aside else None
            if attribution is None:
                out.append((open_mark, start, end, close_end))
                continue
            self.asides[open_mark] = self.asides[aside.end()] = attribution
            out += [(open_mark, start, aside.start(), aside.start()), (aside.end(), aside.end(), end, close_end)]
        return out

    def aside_attribution(self, start: int, end: int) -> Attribution | None:
        """The source an aside names: a cue with a pronoun or a name („каза той“, „посочи Иванов“), or a document
        of someone's („се чете в нота на X“)."""
        tokens = self.tokens_between(start, end)
        cue = next((t for t in tokens if is_cue(t, any_pos=True)), None)
        if cue is None and not DOCUMENT_READS.search(self.text, start, end):
            return None
        pronoun = next((t for t in tokens if t.text in PRONOUNS), None)
        if pronoun is not None:
            return Attribution(cue, pronoun.start, pronoun.end)
        named = [m for m in self.doc.mentions if start <= m.start and m.end <= end and m.type in ("PER", "ORG")]
        if not named:
            return None
        return Attribution(cue, named[0].start, named[0].end)

    def attribution_after(self, close_end: int, sentence: Span) -> Attribution | None:
        """`"…", каза той` / `"…", смята 58-годишният …`: the first cue after the quote in its sentence."""
        words = 0
        for k, tok in enumerate(self.tokens_between(close_end, sentence.end)):
            if tok.text in OPENERS or tok.text in ("“", "”", "»"):
                return None
            if is_cue(tok, any_pos=k == 1 and self.text[close_end : tok.start].strip() == ","):  # `", заключи X`
                return Attribution(tok, *self.speaker_after(tok, sentence))
            if tok.text.isalpha():  # `", когато съобщават …`: a cue of another clause
                words += 1
                if tok.text.lower() in SUBORDINATORS or words > 3:
                    return None
        return None

    def speaker_after(self, cue: Token, sentence: Span) -> tuple[int | None, int | None]:
        """`каза той`, `казва Аблязов`, `смята 58-годишният бивш банкер …`: the phrase after a cue."""
        if self.text[max(0, cue.start - 3) : cue.start].lower() == "се ":
            document = self.document_alone(cue.end, sentence.end)
            if document is not None:  # `"…", се казва в документа`
                return document
        place = PLACE_LEAD.match(self.text, cue.end, sentence.end)
        where = next((m for m in self.doc.mentions if m.start == place.end() and m.type == "LOC"), None) \
            if place else None
        if where is not None:  # „"…", каза във Виена финансовият директор … Пол Коркоран“: a place, not the speaker
            return self.speaker_after(replace(cue, end=where.end), sentence)
        following = self.tokens_between(cue.end, sentence.end)
        begin = self.after_channel(cue.end, sentence.end)
        if following and following[0].text.lower() in ("пред", "за") and begin > following[0].end:
            # „каза пред БТА Мария Стоянова“, „заяви пред в. "Билд" нейният адвокат“, „каза пред репортери
            # Верхофстат“: the channel is not the speaker
            np = self.noun_phrase(begin, sentence.end)
            mention = self.mention_at(*np) if np else None
            if mention is not None and self.head_of(self.doc.mentions[mention].start, np[0]) is None:
                return self.doc.mentions[mention].start, self.doc.mentions[mention].end
            return np or (None, None)  # „каза пред изданието неназован депутат от Консервативната партия“
        following = following[:3]
        if following and following[0].text in PRONOUNS:
            return following[0].start, following[0].end
        for tok in following[:2]:
            mention = self.mention_at(tok.start, tok.end)
            if mention is not None and self.doc.mentions[mention].start >= cue.end:
                return self.doc.mentions[mention].start, self.doc.mentions[mention].end
        copula = re.match(r"\s*(?:(?:поне|също|обаче)\s+)?(?:бе|е|са|беше|бяха)\s+(?=\w)",
                          self.text[cue.end : sentence.end])
        begin = cue.end + (copula.end() if copula else 0)  # „категоричен бе председателят“
        source = re.match(r"\s*от\s+(?=\w)", self.text[begin : sentence.end])
        np = self.noun_phrase(begin + (source.end() if source else 0), sentence.end)
        if np is None:
            return None, None
        np = self.past_audience(np, sentence.end)
        if np[0] is None:
            return np
        person = next((m for m in self.doc.mentions if np[0] <= m.start and m.end <= np[1] and m.type == "PER"), None)
        if person is not None and self.head_of(person.start, np[0]) is None:
            return person.start, person.end  # „смята председателят на Европейската асоциация … Джон Спенсър“,
        if person is not None:  # but „заяви говорител на Тереза Мей“: her spokesman
            return np
        lead = re.match(rf"(?:(?:в|във)\s+)?(?:(?:{_WEEKDAY})\s+)?"
                        r"(?:(?:в|във)\s+(?=\S+\s*$))?", self.text[np[0] : np[1]])  # „се посочва в документа“
        if lead and np[0] + lead.end() < np[1]:
            np = (np[0] + lead.end(), np[1])
        if TIME_WORD.fullmatch(self.text[np[0] : np[1]]):
            return None, None  # „заявиха във вторник, че“: a time, not a speaker
        if source or ONE_OF.match(self.text, np[0]):
            return np  # „казват от отдела за човешки ресурси на …“, „споделя един от потърпевшите“
        cut = AFTER_CUE_STOP.search(self.text, np[0], np[1])
        return (np[0], cut.start()) if cut and cut.start() > np[0] else np

    def chanted(self, open_mark: int, sentence: Span) -> Attribution | None:
        """„Привържениците на партията се събраха …, скандирайки лозунги, включително „Обесете Азия““: a slogan
        is the words of whoever chants it, the subject that opens the sentence."""
        before = self.tokens_between(sentence.start, open_mark)
        verb = next((t for t in reversed(before) if CHANT.match(t.text.lower())), None)
        if verb is None or not SLOGAN_BEFORE.search(self.text, max(0, open_mark - 60), open_mark):
            return None
        subject = _opening_subject(before)
        return Attribution(verb, subject[0].start, subject[-1].end) if subject else Attribution(verb)

    def labelled(self, open_mark: int, sentence: Span) -> Attribution | None:
        """„Гюнтер Йотингер - комисар по бюджета: „Ние ще имаме …““, „Фарадж продължи: "…"“: a sentence that opens
        with a person's name and a description with no verb, or one verb, then a colon and the quote, labels the
        words with their speaker."""
        before = self.tokens_between(sentence.start, open_mark)
        if len(before) < 2 or before[-1].text != ":":
            return None
        named = self.mention_at(before[0].start, before[0].end)
        if named is None or self.doc.mentions[named].type != "PER" or self.doc.mentions[named].start != before[0].start:
            return None
        rest = [t for t in before[:-1] if t.start >= self.doc.mentions[named].end]
        verbs = [t for t in rest if t.pos in ("VERB", "AUX")]
        if verbs and rest != verbs[:1]:
            return None
        return Attribution(verbs[0] if verbs else None, self.doc.mentions[named].start, self.doc.mentions[named].end)

    def this_attributes(self, close_end: int, closing: Span) -> Attribution | None:
        """„„…“. Това посочи монс. Себастиан Шау, архиепископ на Лахор“: the next sentence names the speaker."""
        if self.text[close_end:closing.end].strip(" .!?…"):
            return None  # the quote's own sentence goes on
        following = self.sentence_of(closing.end + 1)
        tokens = self.tokens_between(following.start, following.end)
        if len(tokens) < 3 or tokens[0].text not in THIS or not is_cue(tokens[1]):
            return None
        return Attribution(tokens[1], *self.named_after(tokens[1], following))

    def named_after(self, cue: Token, sentence: Span) -> tuple[int | None, int | None]:
        """The speaker of „Това заяви …“: the first person named after the cue („Това заяви в интервю за БНТ
        министър Х“), else the phrase after it."""
        named = next((m for m in self.doc.mentions if m.type == "PER" and cue.end <= m.start < sentence.end), None)
        if named is None or RELATIONAL.search(self.text, cue.end, named.start):
            return self.speaker_after(cue, sentence)  # „Това заяви говорител на Мей“: her spokesman, not she
        return named.start, named.end

    def attribution_ahead(self, start: int) -> Attribution | None:
        """„Той напомни, че … . <quote>“.“: a cue verb in the sentence just before a quote."""
        previous = [s for s in self.doc.sentences if s.end <= start]
        if not previous or self.text[previous[-1].end : start].strip():
            return None
        sentence = previous[-1]
        cue = next((t for t in self.tokens_between(sentence.start, sentence.end) if is_cue(t)), None)
        return Attribution(cue, *self.subject_before(cue, sentence)) if cue else None

    def expression_used(self, open_mark: int, sentence: Span) -> Attribution | None:
        """„Евроскептици … използват израза "васална страна"“, „Фон дер Лайен приветства … като "…"“: whoever uses
        the expression says it."""
        used = USES_EXPRESSION.search(self.text, sentence.start, open_mark)
        words = self.tokens_between(used.start(), used.end()) if used else []
        return Attribution(words[0], *self.subject_before(words[0], sentence)) if words else None

    def attribution_before(self, open_mark: int, sentence: Span) -> Attribution | None:
        """`X заяви: "…"` / `Според X "…"`: the last cue before the quote in its sentence."""
        tokens = self.tokens_between(sentence.start, open_mark)
        for k in range(len(tokens) - 1, -1, -1):
            tok = tokens[k]
            if tok.text.lower() == "според" and k + 1 < len(tokens):
                pronoun = tokens[k + 1].text.lower() in PRONOUNS
                np = (tokens[k + 1].start, tokens[k + 1].end) if pronoun else self.noun_phrase(tok.end, open_mark)
                if np:
                    np = self.source_phrase(np)  # „Според документа има "…"“
                    first = self.tokens_between(np[0], np[1])
                    np = (np[0], first[0].end) if first and first[0].text.lower() in PRONOUNS else np
                    mention = self.mention_at(*np)
                    named = next((m for m in self.doc.mentions if m.type == "PER" and np[0] < m.start
                                  and m.end <= open_mark and self.text[np[0] : m.start].rstrip().endswith(",")
                                  and self.text[m.end : open_mark].strip() in ("", ",", ":")), None)
                    if named is not None:  # „Според католическия активист и защитник …, Сабир Мишел, „…““
                        np = (named.start, named.end)
                    elif mention is not None:
                        np = (self.doc.mentions[mention].start, self.doc.mentions[mention].end)
                return Attribution(tok, *(np or (None, None)))
            if is_cue(tok, any_pos=k > 0 and tokens[k - 1].pos == "PROPN"):  # „папа Бенедикт XVI призова …“
                if k > 1 and tokens[k - 1].text.lower() == "да" and tokens[k - 2].text.lower() in COMPOUND_DA:
                    return None  # „за да отчете интересите …, ЕК трябваше да „диверсифицира““: a purpose
                return Attribution(tok, *self.subject_before(tok, sentence))
        return None

    def subject_before(self, cue: Token, sentence: Span) -> tuple[int | None, int | None]:
        """The speaker before a cue verb: a person or organisation mention, a pronoun, or a noun phrase."""
        tokens = self.tokens_between(sentence.start, cue.start)
        gerund = cue.text.lower().endswith(GERUND) and len(tokens) > 1 and tokens[-1].text == ","
        by_which = len(tokens) > 3 and tokens[-1].text.lower() in RELATIVES and tokens[-2].pos == "ADP" \
            and tokens[-3].text == ","
        if gerund or by_which:
            # „Говорител … омаловажи документа, казвайки, че …“, „… подписаха изявление, с което апелират“: the
            # main verb's subject, outside the quotes before it; an inverted cue has its speaker after it („"…",
            # отговорил Малок, добавяйки, че …“)
            verb = _main_verb([t for t in tokens[: -3 if by_which else -1]
                               if not any(a <= t.start < b <= cue.start for a, b in self.quoted)])
            if verb is not None and not self.text[: verb.start].rstrip().endswith(","):
                return self.subject_before(verb, sentence)
        for tok in reversed(tokens[-2:]):
            if tok.text in PRONOUNS:
                return tok.start, tok.end
        aside = self.name_in_aside(cue) if tokens and tokens[-1].text == "," else None
        if aside is not None:  # „След покушението срещу … Сергей Скрипал, заяви Шойбле, британците видяха …“
            return aside
        shared = self.coordinated_verb(tokens)
        if shared is not None:  # „Говорител на консорциума … е отказал да коментира …, но е заявил, че …“
            subject = self.subject_before(shared, sentence)
            if subject[0] is not None and subject[0] < shared.start:  # (not a phrase after that verb)
                return subject
        bare = list(tokens)
        while bare and _is_adverb(bare[-1]):
            bare.pop()  # „…, който дори допусна, че …“
        if len(bare) > 2 and bare[-1].text.lower() in RELATIVES and bare[-2].text == ",":
            found = self.antecedent_phrase(bare[:-2])  # „… радикални ислямисти, които настояват …“
            if found[0] is not None:
                return found
        relative_pronoun = max((k for k, t in enumerate(bare) if t.text.lower() in RELATIVE_FORMS), default=None)
        if relative_pronoun is not None and relative_pronoun < len(bare) - 1:
            # „… 200 граждани, на които местното население е заявило, че …“: the relative clause has a
            # subject of its own between the pronoun and the verb
            own = [t for t in bare[relative_pronoun + 1 :] if t.pos not in ("AUX", "ADV") and t.text.lower()
                   not in CLITIC_WORDS]
            if own and all(t.pos in ("NOUN", "PROPN", "ADJ", "NUM", "DET") for t in own) \
                    and own[-1].pos in ("NOUN", "PROPN"):
                named = self.mention_at(own[0].start, own[-1].end)
                if named is not None and self.doc.mentions[named].start >= own[0].start:
                    return self.doc.mentions[named].start, self.doc.mentions[named].end
                return own[0].start, own[-1].end
        if len(tokens) > 1 and tokens[-1].text.lower() == "да" and tokens[-2].text[:1].isalpha():
            return self.subject_before(tokens[-2], sentence)  # „Те предпочитат да напомнят, че …“
        joins = [m.end() for m in CLAUSE_JOIN.finditer(self.text, sentence.start, cue.start)
                 if not any(a <= m.start() < b for a, b in self.quoted)]
        while joins and (not any(t.text[:1].isalpha() and t.text.lower() not in ADVERBS
                                 for t in self.tokens_between(joins[-1], cue.start))
                         or self.past_circumstances(joins[-1], cue.start) >= cue.start
                         and not any(t.text.lower() == "че" for t in self.tokens_between(sentence.start, joins[-1]))):
            joins.pop()  # „Мей …, но настоява, че …“, „…, но по време на визита в Белфаст през май заяви, че …“:
            # the coordinated verb (after adverbials alone) shares the first clause's subject
        clause_start = max(joins + self.run_on_sources(sentence.start, cue.start), default=sentence.start)
        tokens = [t for t in tokens if t.start >= clause_start]
        fronted = self.fronted_clause_end(tokens)
        if fronted is not None and fronted > clause_start:  # „Но след като … е в ход, противниците … твърдят“
            clause_start = fronted
            tokens = [t for t in tokens if t.start >= fronted]
        relative = [(m.start(), m.end()) for m in RELATIVE_CLAUSE.finditer(self.text, clause_start, cue.start)]
        tokens = [t for t in tokens if not any(a <= t.start < b for a, b in relative)]
        if not any(t.text[:1].isalpha() and t.text.lower() not in LEADING_WORDS for t in tokens) \
                and self.object_or_none(self.noun_phrase(cue.end, sentence.end), cue):
            # „… си направи отвод. Обяснява, че …“; „И изрази убеждението, че“ (but „Призовават Х да …, пише Y“)
            return self.trailing_source(cue, sentence) or self.previous_subject(sentence)
        source = self.from_source(tokens, clause_start, cue)
        if source is not None:  # „От министерството казват, че …“
            return source
        described = self.description_after_circumstance(tokens)
        if described is not None:
            return described
        after_comma = self.subject_after_adverbial(tokens)
        if after_comma is not None:
            return after_comma
        adjacent = [t for t in tokens if t.text.lower() not in ADVERBS and t.pos != "ADV"]
        if adjacent:  # „… и Сорос Фараж отвърна“: a person named right before the verb is its subject
            named = next((m for m in self.doc.mentions if m.type == "PER" and m.end == adjacent[-1].end
                          and m.start >= clause_start), None)
            if named is not None and self.head_of(named.start, clause_start) is None:
                return named.start, named.end
        that = next((t.start for t in tokens if t.text.lower() == "че"), None)
        # „България отхвърли мнението, че ЕС е наложил … и заяви, че …“: the verb after „и“ is the reporter's,
        # so names in the „че“ clause between them are not its subject
        limit = that if that is not None and tokens[-1].text.lower() == "и" else cue.start
        for kinds in ("PER", "ORG", ("LOC", "PRO")):  # a country or a newspaper speaks too
            before = [m for m in self.doc.mentions if clause_start <= m.start and m.end <= limit
                      and m.type in kinds and not any(a <= m.start < b for a, b in self.quoted + relative)
                      and not self.after_preposition(m.start) and not self.modifies_description(m, cue.start)
                      and not self.in_fronted_adverbial(m, clause_start, cue.start)]
            if before:  # the clause's subject comes first: the earliest one before a relative clause
                first = min(before, key=lambda x: x.start)
                head = self.head_of(first.start, clause_start)
                if head is not None:  # „Семейството на Биби“, „Депутат от партия …“: the head noun speaks
                    return head, self.phrase_end(head, cue.start)
                return first.start, first.end
        if tokens and tokens[-1].text.lower() == "и":
            # „Синдикатите отхвърлиха … и настояха …“: the subject opens the sentence
            head = _opening_subject(tokens)
            if head:
                return head[0].start, head[-1].end
        if len(tokens) > 3 and tokens[-1].text == "," and tokens[-3].text == "," and _is_adverb(tokens[-2]):
            tokens = tokens[:-3]  # „Италианските власти, обаче, заявиха“: a parenthetical adverb
        if len(tokens) > 3 and tokens[-1].text == ",":
            comma = max((i for i in range(len(tokens) - 1) if tokens[i].text == ","), default=0)
            if 0 < comma < len(tokens) - 2 and tokens[comma + 1].pos == "VERB" \
                    and tokens[comma + 1].text.lower().endswith(PARTICIPLE_ENDINGS):
                tokens = tokens[:comma]  # „Двама … служители …, запознати с …, потвърдиха“: a participle's aside
        phrase: list[Token] = []
        for k, tok in enumerate(reversed(tokens)):
            if not _is_word(tok) or tok.text.lower() in CLAUSE_WORDS or len(phrase) >= 8:
                break
            if k and tok.pos == "VERB" and len(tokens) > k + 1 and tokens[-k - 2].text.lower() == "да":
                break  # „Преди да отпътува Фарадж заяви“: the subject follows the clause's own verb
            phrase.insert(0, tok)
        while phrase and (phrase[0].text.lower() in ADVERBS or phrase[0].text.lower() == "от"):
            phrase.pop(0)  # „заявиха от щаба“: the speaker is the staff
        while phrase and (phrase[-1].text.lower() in ADVERBS | OBJECT_CLITICS | {"не"}
                          or len(phrase) > 1 and phrase[-1].pos in ("ADV", "AUX")):
            phrase.pop()  # „От екипажа първоначално мислели“, „привържениците са съгласни“, „мюсюлманки я обвинили“,
            # „Здравните власти обаче не вярват“ (but „съпругът ѝ заяви“: a possessive)
        first = tokens.index(phrase[0]) if phrase else 0
        if 1 < first <= 4 and tokens[first - 1].text == "и" and all(
                t.pos in NOMINAL or t.text.lower() in QUANTIFIERS | POSSESSIVE_CLITICS
                for t in tokens[: first - 1] + phrase):
            phrase = tokens[: first] + phrase  # „Много бизнесмени и банки се опасяват“, „Съпругът и четирите й
            # дъщери“: two nouns opening the clause are one subject
        if phrase and phrase[0].pos == "ADP":  # „В отговор на журналистически въпрос здравният министър“:
            subject = next((i for i in range(2, len(phrase)) if phrase[i - 1].pos == "NOUN"
                            and phrase[i].pos in ("ADJ", "NOUN", "PROPN")
                            and (DEFINITE.search(phrase[i].text) or phrase[i].text[:1].isupper()
                                 or ARTICLED.search(phrase[i - 1].text))), None)
            if len(phrase) > 2 and phrase[1].text.lower() in ("това", "тях", "него", "нея", "всичко"):
                subject = 2  # „Въпреки това изследователите“, „Освен това министърът“
            if subject is None:  # „В съвместно изявление двете … институции“, „В същото време“
                begin = self.past_circumstances(phrase[0].start, phrase[-1].end)
                subject = next((i for i, t in enumerate(phrase) if t.start >= begin), len(phrase))
            phrase = phrase[subject:]  # the subject follows the adverbial
        if phrase and any(t.pos != "ADV" or t.text.lower() == "оттам" for t in phrase):  # not „многократно“
            return phrase[0].start, phrase[-1].end
        main = self.main_subject(cue, sentence)
        if main is not None:  # „Въпреки че … многократно е заявил, че …, той продължава …“
            return main
        trailing = self.trailing_source(cue, sentence)
        if trailing is not None:  # „Обвиняват Мей, че …, пише The Telegraph“: the outlet reports it
            return trailing
        if lemma_of(cue) in ADDRESSEE_CUES:
            return None, None  # „Призовават Тереза Мей да …“: the one addressed does not speak
        # inverted: the speaker follows the verb („…, предадоха информационните агенции“, „както посочва X“)
        return self.speaker_after(cue, sentence)

    def name_in_aside(self, cue: Token) -> tuple[int, int] | None:
        """The person or organisation named right after a cue set off by commas inside a sentence („…, заяви
        Шойбле, …“), who speaks there (not a name before the aside)."""
        name = next((m for m in self.doc.mentions if m.type in ("PER", "ORG") and m.start > cue.end
                     and not self.text[cue.end : m.start].strip()), None)
        if name is None or not self.text[name.end :].lstrip(" ").startswith(","):
            return None
        return name.start, name.end

    def coordinated_verb(self, tokens: list[Token]) -> Token | None:
        """The verb of the clause before „, но“, „, а“ or „и“ when the cue is coordinated with it, with nothing
        but auxiliaries, sentence adverbs or clitics between („… е отказал да коментира …, но е заявил“,
        „Тя апелира … и заяви“): its subject speaks (not „…, но както посочи X“, „…, но съм съгласен“, nor a
        да-clause)."""
        k = len(tokens)
        while k and tokens[k - 1].text.lower() not in ("но", "а", "и", "да") and (
                tokens[k - 1].pos == "AUX" and tokens[k - 1].text.lower() not in FIRST_PERSON_AUXILIARIES
                or tokens[k - 1].text.lower() in ADVERBS | CLITIC_WORDS):
            k -= 1
        if k < 2 or tokens[k - 1].text.lower() not in ("но", "а", "и") \
                or tokens[k - 1].text.lower() != "и" and tokens[k - 2].text != ",":
            return None
        first = [t for t in tokens[: k - 1] if not any(a <= t.start < b for a, b in self.quoted)]
        while first and first[-1].text == ",":
            first.pop()
        bounds = [0] + [j + 1 for j, t in enumerate(first) if t.text in ",;"]
        for clause in reversed(bounds):  # the last clause with a verb of its own (past an apposition set off by
            verb = _main_verb(first[clause:])  # commas: „дарил на дъщерята на Азия, Ейшам, една броеница и е уверил“)
            if verb is not None or any(t.text.lower() == "че" for t in first[clause:]):
                return verb  # (none in a че-clause, which the cue may as well follow)
        return None

    @staticmethod
    def subject_after_adverbial(tokens: list[Token]) -> tuple[int, int] | None:
        """„В писмо до канцлера Ангела Меркел, …, еколозите предупреждават“: an articled noun phrase between a
        fronted adverbial's comma and the verb is the subject, not a name inside the adverbial."""
        words = [t for t in tokens if not _is_adverb(t)]
        comma = max((k for k, t in enumerate(words) if t.text == ","), default=None)
        if comma is None or comma == 0 or not 1 <= len(words) - comma - 1 <= 3:
            return None
        phrase = words[comma + 1 :]
        if words[0].pos == "ADP" and all(t.pos in ("ADJ", "NOUN") for t in phrase) and phrase[-1].pos == "NOUN" \
                and ARTICLED.search(phrase[0].text):
            return phrase[0].start, phrase[-1].end
        return None

    def object_or_none(self, np: tuple[int, int] | None, cue: Token) -> bool:
        """Is there no phrase after a cue, or only its object before the reported clause („изрази убеждението, че“;
        the one called on: „Призова ЕК да …“; not a name or a person's description: „Заяви министърът, че …“)?"""
        if np is None:
            return True
        phrase = self.text[np[0] : np[1]]
        clause = re.match(r"\s*,?\s*(че|да)\b", self.text[np[1] : np[1] + 6])
        if clause is not None and clause.group(1) == "да" and lemma_of(cue) in ADDRESSEE_CUES:
            return True
        return clause is not None and self.mention_at(*np) is None and not DESCRIPTION_WORDS.search(phrase)

    def run_on_sources(self, start: int, end: int) -> list[int]:
        """Where a sentence glued to a closing source begins: after „…, пише британското издание The Telegraph“
        comes „Найджъл Одс, лидерът на ДЮП, заяви …“ with no stop between (a Latin name, then a capital)."""
        starts = []
        for m in LATIN_THEN_CYRILLIC.finditer(self.text, start, end):
            comma = self.text.rfind(",", start, m.start())
            if comma >= 0 and any(is_cue(t) for t in self.tokens_between(comma, m.start())):
                starts.append(m.end())
        return starts

    def fronted_clause_end(self, tokens: list[Token]) -> int | None:
        """Where a fronted subordinate clause that opens ``tokens`` (the words before a cue) ends: after the first
        comma that follows its verb („Но след като процесът … е в ход, …“), or the last one after „Както каза X“."""
        words = [t for t in tokens if t.text.lower() not in ("но", "и", "а")] if tokens else []
        if len(words) < 3 or not (_opens_clause(words) or words[0].text.lower() == "както"):
            return None
        verb = next((k for k, t in enumerate(words) if t.pos in ("VERB", "AUX")), None)
        if verb is None:
            return None
        commas = [t.end for t in words[verb:] if t.text == "," and not any(a <= t.start < b for a, b in self.quoted)]
        if not commas:
            return None
        # „Както информира X, ръководител на …, християнката призова“: a source's aside runs to the last comma
        return commas[-1] if words[0].text.lower() == "както" else commas[0]

    def main_subject(self, cue: Token, sentence: Span) -> tuple[int, int] | None:
        """A cue with no subject of its own inside a fronted clause („Въпреки че се е върнал … и е заявил, че …,
        той продължава …“) shares the subject that opens the main clause: a pronoun or a name after the comma."""
        tokens = self.tokens_between(sentence.start, sentence.end)
        if not tokens or not _opens_clause(tokens) or any(
                t.text == "," for t in tokens if t.start < cue.start):
            return None
        comma = next((k for k, t in enumerate(tokens) if t.start > cue.end and t.text == ","
                      and tokens[k - 1].end != cue.end and not any(a <= t.start < b for a, b in self.quoted)), None)
        if comma is None or comma + 1 >= len(tokens):
            return None
        first = tokens[comma + 1]
        if first.text in PRONOUNS:
            return first.start, first.end
        named = self.mention_at(first.start, first.end)
        if named is not None and self.doc.mentions[named].start == first.start:
            return self.doc.mentions[named].start, self.doc.mentions[named].end
        return None

    def trailing_source(self, cue: Token, sentence: Span) -> tuple[int, int] | None:
        """The source a sentence closes with („…, пише британският вестник The Telegraph“) after ``cue``."""
        tokens = self.tokens_between(cue.end, sentence.end)
        for j in range(1, len(tokens)):
            if tokens[j - 1].text == "," and is_cue(tokens[j], any_pos=True) and not characterises(tokens[j]) \
                    and not self.governs_clause(tokens, j):
                np = self.noun_phrase(self.after_channel(tokens[j].end, sentence.end), sentence.end)
                if np is not None and (not self.text[np[1] : sentence.end].strip(" .!?\n")
                                       or LATIN_THEN_CYRILLIC.match(self.text, np[1])):  # a glued sentence
                    return np
        return None

    def from_source(self, tokens: list[Token], clause_start: int, cue: Token) -> tuple[int, int] | None:
        """„От Министерството на … казват“: a plural cue after „от“ + a noun phrase that opens the clause (or
        a capitalised „От“ after a run-on sentence) — the institution's people speak."""
        if not PLURAL_VERB.search(cue.text.lower()):
            return None
        words = [t for t in tokens if t.start >= clause_start]
        while words and (_is_adverb(words[-1]) or words[-1].pos == "AUX"):
            words.pop()
        for i in range(len(words) - 2, -1, -1):
            if words[i].text.lower() not in ("от", "в", "във"):
                continue
            opens = words[i].text == "От" or all(_is_adverb(t) or not t.text[:1].isalpha() for t in words[:i]) \
                or i > 0 and words[i - 1].text.lower() in ("и", "а", "но")  # „… изключи …, и от „Даунинг стрийт“
            phrase = words[i + 1 :]  # заявиха“: a second clause of its own
            if words[i].text.lower() != "от" and not (i == 0 and len(phrase) == 1 and ARTICLED.search(phrase[0].text)
                                                       and phrase[0].pos == "NOUN") \
                    and not (i == 0 and SEATS.fullmatch(" ".join(t.text for t in phrase))):
                return None  # „В корпорацията са говорили, че“, „В Белия дом мислят“ (its people), not „в Брюксел“
            if opens and len(phrase) <= 8 and all(t.pos not in ("VERB", "AUX") and t.text not in ",;:"
                                                  for t in phrase):
                return phrase[0].start, phrase[-1].end
            return None
        return None

    def previous_subject(self, sentence: Span) -> tuple[int | None, int | None]:
        """The subject of the sentence before: a subjectless report continues its topic, or the speaker of its
        inverted report („…, обяснява италианският свещеник. И добавя: …“)."""
        previous = self.sentence_before(sentence)
        if previous is None:
            return None, None
        tokens = self.tokens_between(previous.start, previous.end)
        first_cue = next((j for j, t in enumerate(tokens) if is_cue(t)), None)  # the sentence's only report is
        if first_cue is not None and self.inverted_at(tokens, first_cue):  # inverted (not „X заяви, че …,
            speaker = self.noun_phrase(tokens[first_cue].end, previous.end)  # предава Ройтерс“)
            if speaker is not None:
                return speaker
        words: list[Token] = []
        for tok in tokens:
            if tok.pos in ("VERB", "AUX") or tok.text in ",;:" or tok.text.lower() in CLITIC_WORDS or len(words) >= 6:
                break
            words.append(tok)
        if not words or not words[0].text[:1].isalpha():
            return None, None
        named = self.mention_at(words[0].start, words[-1].end)
        if named is not None and self.doc.mentions[named].start == words[0].start:
            return self.doc.mentions[named].start, self.doc.mentions[named].end
        return words[0].start, words[-1].end

    def body_just_before(self, previous: Quote, offset: int) -> bool:
        """Did an organisation speak in the sentence before ``offset`` („Екип на Imperial College London откри, че
        … . Според тях …“)? A body is „те“ to a reader."""
        before = self.sentence_before(self.sentence_of(offset))
        return before is not None and previous.cue is not None and before.start <= previous.cue["start"] \
            and self.speaker_type(previous) == "ORG"

    def speaker_continues(self, previous: Quote | None, offset: int, gender: str | None) -> bool:
        """Does „той“ at ``offset`` continue the speaker of the report in the sentence before, rather than a person
        named inside it („Министърът … повтори коментар от … Хамънд, че … . …, каза той“)?"""
        if previous is None or previous.cue is None or previous.speaker_entity is None:
            return False
        before = self.sentence_before(self.sentence_of(offset))
        entity = self.entities.get(previous.speaker_entity)
        if before is None or not before.start <= previous.cue["start"] < before.end or entity is None:
            return False
        return entity.type == "PER" and (gender is None or entity.gender in (None, gender)) \
            and not _group_noun(entity.name)

    def body_speaking(self, previous: Quote | None, offset: int) -> bool:
        """Is the pronoun at ``offset`` inside the words of an organisation that reports in the same sentence, with
        no person named since („Партията „Обновление“ каза, че …, защото според нея …“)?"""
        if previous is None or previous.cue is None or previous.cue["start"] >= offset \
                or self.sentence_of(previous.cue["start"]).start != self.sentence_of(offset).start:
            return False
        return self.speaker_type(previous) == "ORG" and not any(
            m.type == "PER" and previous.cue["start"] < m.start < offset for m in self.doc.mentions)

    def plural_subject_before(self, offset: int) -> tuple[int, int] | None:
        """What „те“ / „според тях“ at ``offset`` points to: a plural subject („министрите“, „Някои британски
        министри“) opening the sentence before."""
        sentence = self.sentence_of(offset)
        start, end = self.previous_subject(sentence)
        if start is not None and end is not None:
            named = self.mention_at(start, end)
            if named is not None and self.doc.mentions[named].text[:1].isupper():
                return None  # a name, not a group („евроскептици“ is a group even when tagged as people)
            group = self.plural_phrase(self.tokens_between(start, end))
            if group is not None:
                return group
        return self.later_plural_subject(sentence)

    def plural_subject_here(self, offset: int) -> tuple[int, int] | None:
        """„Лейбъристите подкрепят нов митнически съюз, което според тях се поддържа …“: „тях“ after a comma
        points to the plural subject that opens its own sentence (a group, or a name of one)."""
        sentence = self.sentence_of(offset)
        before = self.tokens_between(sentence.start, offset)
        if not any(t.text == "," for t in before):
            return None
        return self.plural_phrase(_opening_subject(before))

    @staticmethod
    def plural_phrase(tokens: list[Token]) -> tuple[int, int] | None:
        """The span of ``tokens`` when they form a plural noun phrase (leading adverbs left out)."""
        while tokens and _is_adverb(tokens[0]):
            tokens = tokens[1:]  # „Засега министрите избягват …“
        if not tokens or tokens[-1].pos != "NOUN" or not tokens[-1].text.endswith(("те", "и")):
            return None
        return tokens[0].start, tokens[-1].end

    def later_plural_subject(self, sentence: Span) -> tuple[int, int] | None:
        """A plural subject later in the sentence before ``sentence``: after adverbials that open it („През
        февруари високопоставени политици …“), after a plural verb („Петиция изпратиха над 100 организации от
        …“) or opening a subordinate clause („…, след като нейните съседи й направили забележка“)."""
        previous = self.sentence_before(sentence)
        if previous is None:
            return None
        begin = self.past_circumstances(previous.start, previous.end)
        if begin > previous.start:  # „В рядко съгласие през февруари високопоставени политици от … се обявиха“
            opening = []
            for tok in self.tokens_between(begin, previous.end):
                if tok.pos not in ("ADJ", "NOUN", "NUM", "DET") or len(opening) >= 4:
                    break
                opening.append(tok)
            group = self.plural_phrase(opening)
            if group is not None:
                return group
        tokens = self.tokens_between(previous.start, previous.end)
        for k, tok in enumerate(tokens[:-1]):
            inverted = tok.pos == "VERB" and PLURAL_VERB.search(tok.text.lower())
            if not inverted and tok.text.lower() not in SUBORDINATORS - {"и", "да", "че"} | {"като"}:
                continue
            phrase: list[Token] = []
            for nxt in tokens[k + 1 :]:
                if nxt.pos in ("VERB", "AUX") or not nxt.text[:1].isalnum() or nxt.text.lower() in CLITIC_WORDS \
                        or phrase and nxt.pos == "ADP" or len(phrase) >= 4:
                    break
                phrase.append(nxt)
            ends_at = tokens[k + 1 + len(phrase)] if k + 1 + len(phrase) < len(tokens) else None
            verb_follows = ends_at is not None and (ends_at.pos in ("VERB", "AUX") or ends_at.text.lower()
                                                     in CLITIC_WORDS)
            if phrase and (inverted or verb_follows) and not self.mention_at(phrase[0].start, phrase[-1].end):
                group = self.plural_phrase(phrase)
                if group is not None:
                    return group
        return None

    def antecedent_phrase(self, tokens: list[Token]) -> tuple[int | None, int | None]:
        """What a relative pronoun after ``tokens`` points to: the name or noun phrase just before it."""
        if not tokens:
            return None, None
        last = tokens[-1]
        named = next((m for m in self.doc.mentions if m.end == last.end), None)
        before = [t for t in tokens if t.end <= named.start] if named is not None else []
        if named is not None and named.type != "PER":
            # „говорител на министерството, който …“, „депутатите от управляващата в Обединеното кралство
            # Консервативна партия, които …“: the person noun the organisation hangs from
            for k in range(len(before) - 1, max(0, len(before) - 7), -1):
                if before[k].text in ",;:" or before[k].pos in ("VERB", "AUX"):
                    break
                if before[k].text.lower() in ("на", "от") and (DESCRIPTION_WORDS.search(before[k - 1].text)
                                                               or PEOPLE_NOUNS.search(before[k - 1].text)
                                                               or PARTISANS.fullmatch(before[k - 1].text)):
                    first = k - 1  # „някои твърди привърженици на Брекзит, които …“: with its modifiers
                    while first > 0 and (before[first - 1].pos == "ADJ"
                                         or before[first - 1].text.lower() in QUANTIFIERS | SOME_PEOPLE):
                        first -= 1
                    return before[first].start, named.end
        if named is not None:
            return (named.start, named.end) if named.type in ("PER", "ORG") else (None, None)
        if not last.text.endswith(("и", "те")):
            return None, None  # „вируса, който нарече …“: the pronoun is the object; only people speak
        phrase: list[Token] = []
        for tok in reversed(tokens):
            if not _is_word(tok) or tok.text.lower() in CLAUSE_WORDS or tok.pos == "ADP" or len(phrase) >= 4:
                break
            phrase.insert(0, tok)
        return (phrase[0].start, phrase[-1].end) if phrase else (None, None)

    def in_fronted_adverbial(self, m: Mention, clause_start: int, cue_start: int) -> bool:
        """Is the name the object of a preposition in a phrase that opens the clause and ends in a comma before
        the verb, with the subject after it („В отговор на изявленията на Корбин, говорителят на Мей посочи“; not
        „По този повод евродепутатът Петер Лизе, говорител …, изтъкна“, nor „В документа на Европейския съвет,
        приет тогава, ясно си пише“)?"""
        opening = self.tokens_between(clause_start, m.start)
        while opening and opening[0].text.lower() in LEADING_WORDS:
            opening = opening[1:]
        rest = self.tokens_between(m.end, cue_start)
        comma = next((k for k, t in enumerate(rest) if t.text == ","), None)
        return bool(opening) and opening[0].pos == opening[-1].pos == "ADP" and comma is not None \
            and any(t.pos in ("NOUN", "PROPN") or t.pos == "PRON" and t.text.lower() not in CLITIC_WORDS
                    for t in rest[comma + 1 :]) \
            and not any(t.pos in ("VERB", "AUX") or t.text == "," for t in opening + rest[:comma])

    def after_preposition(self, offset: int) -> bool:
        """Does a preposition other than „на“ / „от“ stand right before ``offset`` („се е върнал в Белия дом“)?
        Such a name is a place or an object, not the subject; „на“ and „от“ may link it to a head noun
        („Ръководителят на СЗО“, „Депутат от партия …“)."""
        return PLACE_PREPOSITION.search(self.text, max(0, offset - 10), offset) is not None

    def modifies_description(self, m: Mention, end: int) -> bool:
        """„Китайският премиер“: a place's adjective (tagged as the place) before a description word is no
        speaker; the description is."""
        return m.type != "PER" and ADJECTIVE_OF_PLACE.search(m.text) is not None \
            and DESCRIPTION_WORDS.match(self.text[m.end : end].lstrip()) is not None

    def head_of(self, name_start: int, clause_start: int) -> int | None:
        """Where the speaker's head noun starts when the name at ``name_start`` only modifies it: a person
        after „на“ with a common noun before (Семейството на Биби), or an organisation or place after a
        person noun (Депутат от партия …, Ръководителят на СЗО). None when the name is the speaker."""
        before = self.tokens_between(clause_start, name_start)
        while before and (before[0].text.lower() in LEADING_WORDS or before[0].pos == "ADV"):
            before = before[1:]  # „По-рано днес правителството на Великобритания“
        name = next(m for m in self.doc.mentions if m.start == name_start)
        comma = max((k for k, t in enumerate(before) if t.text in ",;:"), default=None)
        if comma is not None and len(before) - comma > 2:  # „Въпреки че призова …, генералният директор на СЗО“
            before = before[comma + 1 :]
        if len(before) < 2 or not before[0].text[:1].isalpha() or (
                before[0].pos not in ("NOUN", "ADJ", "NUM") and name.type != "PER"):
            return None
        if name.type == "PER":  # „семейството на хвърления в затвора християнски адвокат Джиянг …“
            link = max((k for k, t in enumerate(before) if t.text.lower() == "на"), default=None)
            if link is None or link == 0:
                return None
            modifiers = before[link + 1 :]
            if any(t.pos == "PROPN" or t.text in ",;:" or (t.pos in ("VERB", "AUX") and not PARTICIPLE.search(t.text))
                   for t in modifiers) or before[link - 1].pos != "NOUN":
                return None
            if modifiers and not DESCRIPTION_WORDS.search(modifiers[-1].text):
                return None  # „говорителят на кабинета Петър Иванов“: the name is the speaker's own
            head = link - 1  # the noun „на“ hangs from; an adjective or two before it belongs to it
            while head > 0 and before[head - 1].pos in ("ADJ", "NUM") and before[head - 1].text[:1].isalpha():
                head -= 1
            return before[head].start
        if not DESCRIPTION_WORDS.search(" ".join(t.text for t in before[:2])) and not any(
                INSTITUTION.match(t.text) for t in before[:2]):  # „Министерството на …“, „българското консулство в“
            return None
        if any(t.pos in ("VERB", "AUX") or t.text in ",;:" for t in before):
            return None
        return before[0].start

    def phrase_end(self, start: int, cue_start: int) -> int:
        """End of a speaker phrase from ``start`` up to the cue (trailing adverbs and auxiliaries left out)."""
        tokens = self.tokens_between(start, cue_start)
        while len(tokens) > 1 and (tokens[-1].pos in ("ADV", "AUX") or tokens[-1].text.lower() in ADVERBS
                                   or not tokens[-1].text[:1].isalnum()):
            tokens.pop()
        return tokens[-1].end if tokens else cue_start

    def past_audience(self, np: tuple[int, int], limit: int) -> tuple[int | None, int | None]:
        """A phrase after a cue that opens with a preposition („каза пред журналисти“, „съобщи на сайта си“) is a
        channel, audience or time, not the speaker; the speaker is the phrase after it, if any („заяви днес на
        пресконференция говорител на Европейската комисия“)."""
        if PREPOSITION_START.match(self.text, np[0]) and not DOCUMENT_OF.match(self.text[np[0] : np[1]]):
            # (but „се казва в обръщение на украинския парламент“: the document's author speaks)
            np = self.noun_phrase(self.past_circumstances(np[0], limit), limit)
            if np is None or PREPOSITION_START.match(self.text, np[0]):
                return None, None
        when = TIME_AFTER.search(self.text, np[0], np[1])  # „съобщиха градските власти в неделя вечерта“
        return (np[0], when.start()) if when and when.start() > np[0] else np

    def past_circumstances(self, start: int, limit: int) -> int:
        """Where a phrase after a cue continues past time words and prepositional phrases of time, place or
        audience („днес на пресконференция“, „пред журналисти в Брюксел“): each preposition takes its object up
        to its first noun or name (and a possessive clitic after it)."""
        tokens = self.tokens_between(start, limit)
        i = 0
        while i < len(tokens):
            low = tokens[i].text.lower()
            if low in ADVERBS or TIME_WORD.fullmatch(low):
                i += 1
                continue
            if low not in CIRCUMSTANCE_PREPOSITIONS:
                break
            j = i + 1
            while j < min(len(tokens), i + 5):
                mention = self.mention_at(tokens[j].start, tokens[j].end)
                if mention is not None:
                    end = self.doc.mentions[mention].end
                    j = next((n for n in range(j, len(tokens)) if tokens[n].start >= end), len(tokens))
                    break
                if tokens[j].pos in ("NOUN", "PROPN", "NUM"):
                    j += 1
                    break
                if not tokens[j].text.isalpha():
                    return tokens[i].start
                j += 1
            else:
                return tokens[i].start
            while j < len(tokens) and tokens[j].text.lower() in POSSESSIVE_CLITICS:
                j += 1
            j = self.past_apposed_name(tokens, j)
            i = j
        return tokens[i].start if i < len(tokens) else limit

    def description_after_circumstance(self, tokens: list[Token]) -> tuple[int, int] | None:
        """„По време на разговора си с държавния секретар на Обединеното кралство | българският премиер
        отбеляза“: after a clause-opening circumstance, a definite description right before the verb is its
        subject, not a name inside the circumstance."""
        words = [t for t in tokens if t.text.lower() not in LEADING_WORDS]
        if len(words) < 4 or words[0].pos != "ADP":
            return None
        k = len(words)
        while k > 0 and words[k - 1].pos in ("ADJ", "NOUN") and words[k - 1].text.isalpha() \
                and words[k - 1].text.islower() and len(words) - k < 4:
            k -= 1
        phrase = words[k:]
        if not phrase or k == 0 or words[k - 1].pos == "ADP" or not DEFINITE.search(phrase[0].text) \
                or not DESCRIPTION_WORDS.search(phrase[-1].text) or phrase[-1].pos != "NOUN":
            return None
        return phrase[0].start, phrase[-1].end

    def past_apposed_name(self, tokens: list[Token], j: int) -> int:
        """„в разговор с премиера Борисов | китайският премиер Ли Къцян“: the name after a preposition's noun
        belongs to it when an articled word (the speaker's description) follows the name."""
        if j == 0 or j >= len(tokens) or tokens[j - 1].pos != "NOUN":
            return j
        mention = self.mention_at(tokens[j].start, tokens[j].end)
        if mention is None or self.doc.mentions[mention].start != tokens[j].start:
            return j
        end = self.doc.mentions[mention].end
        after = next((n for n in range(j, len(tokens)) if tokens[n].start >= end), len(tokens))
        following = tokens[after].text if after < len(tokens) else ""
        return after if following.islower() and DEFINITE.search(following) else j

    def after_channel(self, start: int, limit: int) -> int:
        """Where the speaker phrase after a cue begins: past „се“ and a channel named right after the cue."""
        lead = CHANNEL_LEAD.match(self.text, start, limit)
        if lead:
            named = next((m for m in self.doc.mentions if m.start == lead.end()), None)
            if named is not None:
                close = re.match(r"[\"“”»]?", self.text[named.end : limit])
                return named.end + (close.end() if close else 0)
            noun = re.match(r"\w+\s+(?=\w)", self.text[lead.end() : limit])
            if noun:  # „казва пред вестника един експерт“: a channel that is no name
                return lead.end() + noun.end()
        copula = re.match(r"\s*(?:са|е)\s+(?=от\s)", self.text[start:limit])
        if copula:  # „…, категорични са от „Рего““
            start += copula.end()
        source = re.match(r"\s*от\s+(?=\w)", self.text[start:limit])
        if source:  # „уточняват от министерството“: the ministry's people speak
            return start + source.end()
        reflexive = re.match(r"\s*се\s", self.text[start:limit])
        return start + reflexive.end() if reflexive else start

    def channel(self, cue: Token | None, sentence: Span) -> str | None:
        if cue is None:
            return None
        for m in self.doc.mentions:
            if sentence.start <= m.start < sentence.end and m.type in ("ORG", "PRO"):
                if CHANNEL.search(self.text[max(sentence.start, m.start - 25) : m.start]):
                    return m.text
        return None

    # -- resolution ------------------------------------------------------------
    def resolve(self, start: int | None, end: int | None,
                previous: Quote | None) -> tuple[int | None, str | None, str | None]:
        """(speaker mention, speaker entity, speaker text) of a speaker phrase; resolved phrases are
        remembered, so the same description or document later means the same speaker."""
        if start is not None and end is not None:
            start, end = self.speaker_extent(start, end)
        found = self._resolve(start, end, previous)
        if start is not None and found[2] and (found[0] is not None or found[1] is not None):
            self.resolved.append((start, found[2].lower(), found[0], found[1]))
        elif start is not None and found[2] and DESCRIPTION_WORDS.match(found[2]):
            self.described.append((start, found[2]))
        return found

    def speaker_extent(self, start: int, end: int) -> tuple[int, int]:
        """A speaker phrase without an adverbial before it („Там един политик“, „Наред с това авторите“) or a
        participle's aside („получен от Ройтерс, Газпром“), and with the share or quantifier of a group before it
        („47 процента от британците“, „42 на сто от анкетираните“, „Много от привържениците“, „повечето
        британци“)."""
        tokens = self.tokens_between(start, end)
        comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=None)
        if comma is not None and 0 < comma < len(tokens) - 1 and tokens[0].text.lower().endswith(PASSIVE_PARTICIPLE) \
                and any(t.text.lower() == "от" for t in tokens[:comma]):
            tokens = tokens[comma + 1 :]
        while len(tokens) > 1 and tokens[0].pos == "ADV" and tokens[0].text.lower() not in QUANTIFIERS \
                and tokens[1].text[:1].isalnum() and tokens[1].text.lower() != "ли" \
                and not tokens[1].text.lower().startswith("наречен"):  # „Едва ли някой“, „Така наречените“
            tokens = tokens[1:]
            if len(tokens) > 2 and tokens[0].pos == "ADP" and tokens[1].text.lower() in ("това", "тях", "него"):
                tokens = tokens[2:]  # „Наред с това авторите на писмото“
        if not tokens:
            return start, end
        end = min(end, tokens[-1].end)
        before = self.tokens_between(self.sentence_of(start).start, tokens[0].start)
        if tokens[0].text == "от" and len(tokens) > 1:
            before.append(tokens[0])
        if len(before) > 1 and before[-1].text == "от" and (
                before[-2].pos == "NUM" or before[-2].text.lower() in SHARE_NOUNS | QUANTIFIERS):
            k = len(before) - 2
            while k and len(before) - k < 5 and (before[k - 1].pos == "NUM" or before[k - 1].text == "на"):
                k -= 1  # „42 на сто от“
            return before[k].start, end
        if before and before[-1].text.lower() in QUANTIFIERS:  # „повечето британци“
            return before[-1].start, end
        return tokens[0].start, end

    def introduced_as(self, phrase: str, before: int) -> int | None:
        """The last organisation before ``before`` that a common noun introduced („авиокомпания Луфтханза“,
        „компанията Nord Stream 2 AG“), which the lone articled noun („компанията“) takes up again."""
        word = phrase.lower()
        if " " in word or not ARTICLED.search(word) or len(word) < 7:
            return None
        stem = word[:-2]  # the noun without its article: компанията → компания, дружеството → дружество
        for k in range(len(self.doc.mentions) - 1, -1, -1):
            m = self.doc.mentions[k]
            if m.start >= before or m.type != "ORG":
                continue
            introducer = re.search(r"(\w+)\s+[„\"“«]?$", self.text[max(0, m.start - 30) : m.start])
            if introducer and introducer.group(1).lower().removesuffix(word[-2:]).endswith(stem):
                return k  # „авиокомпания Луфтханза“, „компанията Nord Stream 2 AG“
        return None

    def described_before(self, phrase: str, before: int) -> str | None:
        """An earlier description no name resolves that a lone articled noun takes up again: „говорителката“
        after „каза говорителка на министерството“ (the same head noun with the article)."""
        word = phrase.lower()
        if " " in word or not ARTICLED.search(word):
            return None
        # quotes are not found in text order, so a relational description („говорител на Мей“) counts wherever
        # it stands before
        for start, said in sorted(self.described + self.relational_descriptions, reverse=True):
            head = said.split()[0].lower()
            if start < before and word != head and word.startswith(head) and len(word) - len(head) <= 3:
                return said
        return None

    @functools.cached_property
    def relational_descriptions(self) -> list[tuple[int, str]]:
        """``(start, phrase)`` of every role held for someone else that names nobody („говорител на Мей“, not
        „говорителят на Кремъл Дмитрий Песков“)."""
        return [(m.start(), self.text[m.start() : np[1]]) for m in RELATIONAL.finditer(self.text)
                if (np := self.noun_phrase(m.start(), self.sentence_of(m.start()).end)) is not None
                and not self.named_in(np)]

    def named_in(self, np: tuple[int, int]) -> bool:
        """Does a person's name head the phrase („говорителят на Кремъл Дмитрий Песков“), not complete it
        („говорител на Мей“)?"""
        return any(m.type == "PER" and np[0] <= m.start and m.end <= np[1] and self.head_of(m.start, np[0]) is None
                   for m in self.doc.mentions)

    def recall(self, phrase: str, before: int) -> tuple[int | None, str | None] | None:
        """An earlier resolution of the same words, or of the same document („в анализа“ after „в анализ на
        институт „Рего““)."""
        words = re.sub(r"^(?:в|във)\s+", "", phrase.lower())
        document = re.fullmatch(DOCUMENT_NOUN, words)
        for start, said, mention, entity in reversed(self.resolved):
            # the same words; the same document; a lone head noun („компанията“ of „компанията Nord Stream 2 AG“)
            if start < before and (said == words or document and document.group(1) in said
                                   or " " not in words and said.split()[0] == words):
                return mention, entity
        return None

    def by_title(self, phrase: str, before: int, previous: Quote | None, every_role: bool = False) -> str | None:
        """The person a definite description names: the one whose mentions come after the description's
        title words („Министърът на здравеопазването Кирил Ананиев“ for „здравният министър“), the previous
        speaker on a tie; with ``every_role``, only one introduced with all of them („говорителят на премиера“)."""
        roles = {m.group().lower()[:6] for m in DESCRIPTION_WORDS.finditer(phrase)} - {"годишн"}
        scores: dict[str, int] = {}
        for m in self.doc.mentions:
            if m.type == "PER" and m.entity and m.end <= before and m.text[:1].isupper():  # not „българите“
                lead = self.text[max(0, m.start - 60) : m.start].lower()
                score = sum(role in lead for role in roles)
                scores[m.entity] = max(scores.get(m.entity, 0), score if score == len(roles) or not every_role else 0)
        best = max(scores.values(), default=0)
        if best == 0:  # „Това заяви нейният адвокат. … каза адвокат Сайфул Малук“: named right after
            sentence = self.sentence_of(before)
            after = before + len(phrase) if every_role else before  # „Офисът на премиера Тереза Мей“: her office
            ahead = (m for m in self.doc.mentions if m.type == "PER" and m.entity and after <= m.start
                     and m.start < self.sentence_of(sentence.end + 1).end
                     and any(re.search(rf"{role}\w*\s+$", self.text[max(0, m.start - 25) : m.start].lower())
                             for role in roles))
            return next((m.entity for m in ahead), None)
        if previous is not None and scores.get(previous.speaker_entity or "", 0) == best:
            return None
        return max((m for m in self.doc.mentions if m.entity and scores.get(m.entity) == best and m.end <= before),
                   key=lambda m: m.start).entity

    def in_other_office(self, entity: str | None, phrase: str, before: int) -> bool:
        """Was the person introduced (by the words right before a mention) only in offices the description does
        not name („Министър-председателят Тереза Мей“ is not „Китайският посланик в Лондон“)?"""
        def offices(words: str) -> set[str]:
            words = re.sub(r"министър[- ]председател", "премиер", words.lower())
            return {m.group()[:6] for m in DESCRIPTION_WORDS.finditer(words)} & OFFICES
        named = offices(phrase)
        held = set().union(*(offices(re.split(r"[.!?;:,“”\"»]", self.text[max(0, m.start - 60) : m.start])[-1])
                             for m in self.doc.mentions if m.entity == entity and m.end <= before))
        return bool(named and held) and not named & held

    def unnamed_speaker_before(self, offset: int, previous: Quote | None) -> bool:
        """Whether the report in the sentence before ``offset`` has a speaker described but never named
        („правителствен говорител“, „правителството“): „той“, „според него“ continue with that speaker, not with
        the last name."""
        if previous is None or previous.speaker_entity is not None or not previous.speaker_text \
                or not previous.cue or not (DESCRIPTION_WORDS.search(previous.speaker_text)
                                            or INSTITUTION.match(previous.speaker_text)):
            return False
        before = self.sentence_before(self.sentence_of(offset))
        return before is not None and self.sentence_of(previous.cue["start"]).start == before.start

    def _resolve(self, start: int | None, end: int | None,
                 previous: Quote | None) -> tuple[int | None, str | None, str | None]:
        if start is None or end is None:
            if previous is not None:
                return previous.speaker, previous.speaker_entity, previous.speaker_text
            return None, None, None
        phrase = self.text[start:end]
        document = DOCUMENT_OF.match(phrase)
        if document and document.end() < len(phrase):  # „изявление на компанията“: the company speaks
            start, phrase = start + document.end(), phrase[document.end() :]
        mention = self.mention_at(start, end)
        if mention is not None and self.head_of(self.doc.mentions[mention].start, start) is None \
                and not self.modifies_description(self.doc.mentions[mention], end):
            return mention, self.doc.mentions[mention].entity, phrase
        first = phrase.split()[0] if phrase.split() else ""
        if first.lower() in CLITICS:
            if self.unnamed_speaker_before(start, previous):  # „Американският дипломат … предупреждава, че …
                return previous.speaker, previous.speaker_entity, previous.speaker_text  # . По думите му, …“
            target = self.last_person_before(start, CLITICS[first.lower()])
            return None, self.doc.mentions[target].entity if target is not None else None, phrase
        if first in PRONOUNS or first.lower() in PRONOUNS:
            if first.lower() in ("те", "тях"):
                group = self.plural_subject_here(start) or self.plural_subject_before(start)
                if group is not None:  # „Министрите отказват … . Те предпочитат да …“
                    return self.resolve(*group, None)
                if previous is not None and previous.speaker_text and (any(  # „Групата на евроскептиците“
                        w.endswith(("те", "и")) for w in previous.speaker_text.split()[:3])
                        or self.body_just_before(previous, start)):
                    return previous.speaker, previous.speaker_entity, previous.speaker_text
                return None, None, phrase
            if self.body_speaking(previous, start):  # „Партията … каза, че …, защото според нея …“
                return None, previous.speaker_entity, phrase
            if self.unnamed_speaker_before(start, previous):  # „В отговор … правителствен говорител заяви, че
                return previous.speaker, previous.speaker_entity, previous.speaker_text  # … . Той подчерта“
            if self.speaker_continues(previous, start, PRONOUNS.get(first.lower())):
                return None, previous.speaker_entity, phrase
            target = self.last_person_before(start, PRONOUNS.get(first.lower()))
            if target is not None:
                return None, self.doc.mentions[target].entity, phrase
            return None, None, phrase
        remembered = self.recall(phrase, start)
        if remembered is not None:  # „здравният министър“ again, „в анализа“ of the institute named before
            return remembered[0], remembered[1], phrase
        introduced = self.introduced_as(phrase, start)
        if introduced is not None:  # „компанията“ after „Германската авиокомпания Луфтханза“
            return introduced, self.doc.mentions[introduced].entity, phrase
        described = self.described_before(phrase, start)
        if described is not None:  # „говорителката“ of „говорителка на министерството“, never named
            return None, None, described
        if DESCRIPTION_WORDS.search(phrase) and (DEFINITE.search(first) or any(
                DESCRIPTION_WORDS.search(w) and DEFINITE.search(w) for w in phrase.split())):  # „58-годишният …“
            relational = RELATIONAL.search(phrase)  # „говорителят на британския премиер“: someone of another's,
            # known only as that (the premier's spokesman named before), never the premier or the previous speaker
            titled = self.by_title(phrase, start, previous, every_role=bool(relational))
            if titled is not None:
                return None, titled, phrase
            if relational:
                return None, None, phrase
            if previous is not None and self.speaker_type(previous) == "PER":
                if not self.in_other_office(previous.speaker_entity, phrase, start):
                    return None, previous.speaker_entity, phrase
            target = self.last_person_before(start, None)
            if target is not None and not self.in_other_office(self.doc.mentions[target].entity, phrase, start):
                return None, self.doc.mentions[target].entity, phrase
        return None, None, phrase

    # -- the whole document --------------------------------------------------
    def find(self) -> list[Quote]:
        quotes: list[Quote] = []
        fragments: list[tuple[int, int, int]] = []  # short quoted words with no attribution of their own
        direct_spans = []
        previous: Quote | None = None
        spans = self.quote_spans()
        self.quoted = [(start, end) for _, start, end, _ in spans if len(self.text[start:end].split()) > 3]
        for open_mark, start, end, close_end in self.split_at_asides(spans):
            if open_mark not in self.asides and end - start >= 2 and self.term_after_preposition(open_mark, start, end):
                fragments.append((open_mark, start, end))  # kept only inside reported speech (mixed)
                continue
            # words whose closing mark is lost are no title („"Възнамеряваме да сме твърди...“)
            unclosed = close_end == end and any(t.pos in ("VERB", "AUX") for t in self.tokens_between(start, end))
            if end - start < 2 or open_mark not in self.asides and not unclosed \
                    and self.is_title(open_mark, start, end):
                continue
            if len(self.text[start:end].split()) <= 2 and BALLOT.search(self.text, max(0, open_mark - 25), open_mark):
                continue  # „17,4 млн. британци са гласували "за"“: an option on a ballot, nobody's words
            sentence = self.sentence_of(open_mark)
            if STOP_BEFORE.search(self.text[sentence.start : open_mark]):  # „… елит."Възнамеряваме …“: the
                sentence = Span(open_mark, sentence.end)  # mark opens a sentence the segmenter ran on
            closing = self.sentence_of(max(close_end - 1, open_mark))
            if open_mark in self.orphans:
                attribution = (self.attribution_after(close_end, closing) or self.attribution_ahead(start)
                               or self.attribution_before(start, sentence))
                if attribution is None:
                    continue
            elif open_mark in self.asides:
                attribution = self.asides[open_mark]
            else:
                attribution = (self.attribution_after(close_end, closing)
                               or self.attribution_before(open_mark, sentence) or self.chanted(open_mark, sentence)
                               or self.this_attributes(close_end, closing) or self.expression_used(open_mark, sentence)
                               or self.labelled(open_mark, sentence))
            words = self.text[start:end].split()
            if attribution is None and (len(words) <= 3 or not any(
                    t.pos in ("VERB", "AUX") for t in self.tokens_between(start, end))):
                if len(words) <= 4 and open_mark not in self.orphans:
                    fragments.append((open_mark, start, end))
                continue  # scare quotes, and names with no verb („Закона за авторското право“)
            speaker_start = attribution.speaker_start if attribution else None
            speaker_end = attribution.speaker_end if attribution else None
            # words with no attribution at all continue the quote before them, direct or indirect (found below)
            mention, entity, phrase = self.resolve(speaker_start, speaker_end, previous) if attribution \
                else (None, None, None)
            quote = Quote("direct", start, end, self.text[start:end], self._cue(attribution), mention, entity,
                          self.channel(attribution.cue if attribution else None, sentence), phrase)
            quotes.append(quote)
            direct_spans.append((open_mark, close_end))
            previous = quote
        quotes += self.without_own_subject_inside(self.indirect(direct_spans, quotes))
        quotes = [q for q in quotes if not (q.kind == "direct" and q.start in self.orphans and any(
            a <= q.start < b for a, b in self.colon_reports))]  # the tail of words after „каза X:“
        quotes += self.mixed(fragments, quotes)
        quotes.sort(key=lambda q: (q.start, q.kind))
        quotes = self.attribute_own_words(quotes)
        for quote in quotes:  # direct quotes were resolved before the indirect ones had taught names
            if quote.speaker is None and quote.speaker_entity is None and quote.speaker_text:
                where = min(quote.start, quote.cue["start"]) if quote.cue else quote.start
                remembered = self.recall(quote.speaker_text, where)
                if remembered is not None:
                    quote.speaker, quote.speaker_entity = remembered
                elif quote.speaker_text.lower() in ("той", "тя"):
                    # „Според високопоставен британски служител … . Попитан …, той отговори: "…"“: the report
                    # before, found among the indirect ones, has the unnamed speaker the pronoun continues
                    earlier = next((q for q in reversed(quotes) if q.cue and q.cue["start"] < where), None)
                    if self.unnamed_speaker_before(where, earlier):
                        quote.speaker, quote.speaker_text = earlier.speaker, earlier.speaker_text
        for k, quote in enumerate(quotes):
            if quote.kind == "direct" and quote.cue is None and quote.speaker_text is None:
                # a quoted paragraph with no attribution continues the speaker of the quote before it
                earlier = next((q for q in reversed(quotes[:k]) if q.speaker_text or q.speaker_entity), None)
                if earlier is not None:
                    quote.speaker, quote.speaker_entity = earlier.speaker, earlier.speaker_entity
                    quote.speaker_text = earlier.speaker_text
        return quotes

    def without_own_subject_inside(self, quotes: list[Quote]) -> list[Quote]:
        """A report whose cue opens another report's words with no subject of its own („коментираха, че не
        очакват промяната да донесе …“) is part of those words, not a second quote."""
        def nested(inner: Quote) -> bool:
            return any(outer is not inner and outer.start <= inner.cue["start"] < outer.end and inner.end <= outer.end
                       and not any(t.pos in ("NOUN", "PROPN", "PRON") for t in
                                   self.tokens_between(outer.start, inner.cue["start"]))
                       for outer in quotes)
        return [q for q in quotes if q.cue is None or not nested(q)]

    def attribute_own_words(self, quotes: list[Quote]) -> list[Quote]:
        """First-person reports („Винаги съветвам хората да …“) are the words of whoever the next attribution
        names; one that runs straight into an inverted report of the next sentence („Моля … . Призовавам …,
        казва Х“) becomes part of it."""
        merged = set()
        for k, quote in enumerate(quotes):
            if quote.kind != "indirect" or (quote.start, quote.cue["start"]) not in self.own_words:
                continue
            if any(q is not quote and q.start == quote.start for q in quotes):
                merged.add(k)  # „Очакваме … . Това заяви говорител …“: the report that names it stands
                continue
            following = next((q for q in quotes[k + 1 :] if q.start >= quote.end
                              and (q.speaker_text or q.speaker_entity or q.start - quote.end >= 300)), None)
            if following is None or following.start - quote.end >= 300:
                merged.add(k)  # „Мисля, че …“ in an interview's answer that nothing attributes: nobody known speaks
                continue
            quote.speaker, quote.speaker_entity = following.speaker, following.speaker_entity
            quote.speaker_text = following.speaker_text
            sentence = self.sentence_of(following.start)
            if following.cue and not self.text[quote.end : following.start].strip(" .!?\n") \
                    and sentence.start <= following.cue["start"] < sentence.end:
                following.start = quote.start
                following.text = self.text[following.start : following.end]
                merged.add(k)
        return [q for k, q in enumerate(quotes) if k not in merged]

    def mixed(self, fragments: list[tuple[int, int, int]], quotes: list[Quote]) -> list[Quote]:
        """Mixed quotes: quoted words inside reported speech („заяви, че журналистите са "изключително
        безотговорни"“) are the reporter's source's own words — a direct quote with the indirect one's speaker.
        A direct quote whose cue lies inside the reported clause takes its speaker too."""
        reported = [q for q in quotes if q.kind == "indirect"]
        out = []
        for _, start, end in fragments:
            around = next((q for q in reported if q.start <= start and end <= q.end), None)
            if around is not None:
                out.append(Quote("direct", start, end, self.text[start:end], around.cue, around.speaker,
                                 around.speaker_entity, around.channel, around.speaker_text))
        for quote in (q for q in quotes if q.kind == "direct"):
            around = next((q for q in reported if q.start <= quote.start and quote.end <= q.end), None)
            if around is not None and (quote.cue is None or around.start <= quote.cue["start"] < around.end
                                       or around.cue is not None and quote.cue["start"] == around.cue["start"]):
                quote.cue, quote.speaker, quote.speaker_entity = around.cue, around.speaker, around.speaker_entity
                quote.speaker_text, quote.channel = around.speaker_text, around.channel
        return out

    def _cue(self, attribution: Attribution | None) -> dict | None:
        if attribution is None or attribution.cue is None:
            return None
        tok = attribution.cue
        return {"start": tok.start, "end": tok.end, "text": tok.text, "lemma": lemma_of(tok)}

    def indirect(self, direct_spans: list[tuple[int, int]], direct: list[Quote]) -> list[Quote]:
        out: list[Quote] = []
        inside = lambda pos: any(a <= pos < b for a, b in direct_spans)  # noqa: E731
        for sentence in self.doc.sentences:
            tokens = self.tokens_between(sentence.start, sentence.end)
            if tokens and tokens[0].text.lower() in QUESTION_WORDS and tokens[-1].text == "?":
                continue  # „Кога смятате, че ще можем …?“: an interviewer's question reports nothing
            for k, tok in enumerate(tokens):
                if inside(tok.start):
                    continue
                low = tok.text.lower()
                if low == "според" or (low == "по" and k + 2 < len(tokens) and tokens[k + 1].text in SOURCE_WORDS):
                    quote = self.according_to(tokens, k, sentence, direct, out[-1] if out else None)
                    if quote:
                        out.append(quote)
                    continue
                if k == 0 and low in OPINION_NOUNS and len(tokens) > 3 and tokens[1].text.lower() == "на":
                    quote = self.opinion_of(tokens, sentence, direct_spans)  # „Мнението на Юнкер е, че …“
                    if quote:
                        out.append(quote)
                    continue
                # „<sentence>. На това мнение е X.“, „<sentence>. Новината е потвърдена от X“, „… . Мнението е на X“
                if k == 2 and (low == "мнение" and [w.text.lower() for w in tokens[:2]] in (["на", "това"],
                                                                                          ["на", "същото"])
                               or passive_this(tokens)) or k == 0 and low in OPINION_NOUNS and [
                        w.text.lower() for w in tokens[1:3]] == ["е", "на"]:
                    quote = self.this_said(tok, sentence, inside)
                    if quote:
                        out.append(quote)
                    continue
                concludes = low.startswith("стигна") and [t.text.lower()[:7] for t in tokens[k + 1 : k + 3]] in (
                    ["до", "заключе"], ["до", "извода"])  # „стигнаха до заключението, че …“
                gerund = low.endswith(GERUND) and is_cue(tok, any_pos=True)  # „…, припомняйки, че …“
                clear = low == "ясно" and k > 0 and tokens[k - 1].text.lower() in BECAME  # „стана ясно от …, че“
                trusted = k > 0 and (tokens[k - 1].pos == "PROPN"  # „папа Бенедикт XVI призова“, „…, оплака се“
                                     or tokens[k - 1].text == "," and lemma_of(tok) in CUE_LEMMAS | INVERTED_CUES
                                     or k == 1 and ARTICLED.search(tokens[0].text) is not None
                                     and lemma_of(tok) in CUE_LEMMAS)  # „Папата призова Пакистан да …“
                # „Призова ЕК да …“: a sentence-initial cue the tagger read as a name
                trusted = trusted or k == 0 and tok.pos == "PROPN" and lemma_of(tok) in CUE_LEMMAS \
                    and self.mention_at(tok.start, tok.end) is None
                proposes = lemma_of(tok) in CLAUSE_ONLY_CUES and tok.pos == "VERB" and not (
                    k > 0 and tokens[k - 1].text.lower() in RELATIVE_FORMS) and not PARTICIPLE.search(low)
                if not (is_cue(tok, any_pos=trusted) or concludes or gerund or clear or proposes) \
                        or characterises(tok) or _conditional(tokens, k):
                    continue
                if any(a <= tok.start < b for a, b in self.colon_reports):
                    continue  # a report inside the words after „каза X:“ is part of them
                quote = self.colon_report(tokens, k, sentence, direct_spans)
                if quote is not None:
                    out.append(quote)
                    if k != 1 or tokens[0].text not in THIS:
                        continue  # „Това заяви X: …“ also says the sentence before
                after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
                own_reflexive = REFLEXIVE.match(low) and k > 1 and (
                    tokens[k - 2].pos in ("NOUN", "PROPN", "PRON") and tokens[k - 2].text.lower() not in RELATIVE_FORMS
                    or tokens[k - 2].text == "," and any(t.text.lower() in RELATIVES for t in tokens[: k - 2]))
                # not „Украйна, която се опасява“, but „Украйна, която твърди, че …, се страхува, че“
                if (k > 0 and tokens[k - 1].text.lower() == "се" and not own_reflexive) or (
                        after == "се" and not REFLEXIVE.match(low)):  # but „Полша … се опасяват, че“ has a subject
                    quote = self.said_in_document(tokens, k, sentence, inside) or self.said_in_text_before(
                        tokens, k, sentence, direct_spans) or self.this_in_document(tokens, k, sentence, inside) \
                        or self.said_in_text(tokens, k, sentence, direct_spans)
                    if quote is not None:
                        out.append(quote)
                    continue  # impersonal: „се смяташе, че …“, „Твърди се, че …“ have no speaker
                opening = all(not t.text[:1].isalpha() or t.text.lower() in ADVERBS for t in tokens[:k])
                if opening and IMPERATIVE.search(low):
                    continue  # „Молете Бог да …“ (a bullet or a mark may come first)
                own_words = _first_person_opening(tokens, k)  # „Винаги съветвам …“, „Ще помолим …“
                if own_words and low.startswith(("припомн", "напомн")) and low.endswith("ме"):
                    continue  # „Припомняме, че …“: the newsroom's own recap
                if k > 1 and tokens[k - 1].text.lower() == "да" and tokens[k - 2].pos in ("NOUN", "PROPN"):
                    continue  # „способността на Берлин да настоява …“: a capacity, not a report
                if own_words and any(t.text == "," and is_cue(u) for t, u in zip(tokens[k:], tokens[k + 1 :])) or (
                        k > 0 and FIRST_PERSON_PRESENT.search(low)
                        and any(self.inverted_at(tokens, j) for j in range(k + 2, len(tokens)))):
                    continue  # „Призовавам премиера да …, казва Х“, „… и очакваме преговорите да …, каза
                    # министърът“: the inverted report takes the sentence
                if tokens[0].text.lower() == "както" and all(t.pos == "AUX" for t in tokens[1:k]):
                    quote = self.as_said(tokens, k, sentence, direct_spans)
                    if quote is not None:  # „Както е казал немският философ Хегел, историята се повтаря“
                        out.append(quote)
                        continue
                if k == 1 + clear and (tokens[0].text in THIS or tokens[0].text == "Затова" and not any(
                        t.text.lower() in COMPLEMENTISERS for t in tokens[k + 1 :])):
                    # „Затова предупреди Х“ with no clause of its own: „За това“, about the sentence before
                    quote = self.this_said(tok, sentence, inside)
                    if quote:
                        out.append(quote)
                    continue
                addressed = lemma_of(tok) in ADDRESSEE_CUES  # „призова мъжете и жените с добра воля … да“
                # „отбелязва в писмото, с което се е сдобил вестник …, че …“: a relative clause set off by commas
                # on the way to the clause is stepped over
                follow = without_relative_clauses(tokens[k + 3 :] if concludes else tokens[k + 1 :])
                circumstance = k + 1 < len(tokens) and tokens[k + 1].pos == "ADP" and tokens[k + 1].text.lower() in (
                    "след", "при", "по", "на", "в", "във", "пред")  # „заяви след среща с колегите си от …, че“
                follow = follow[: 8 if concludes else 14 if circumstance else 12 if addressed else 8]
                conj = next((j for j, t in enumerate(follow) if t.text.lower() in COMPLEMENTISERS), None)
                if conj is not None and follow[conj].text.lower() == "да" and conj > 0 \
                        and follow[conj - 1].text.lower() in COMPOUND_DA:
                    conj = None  # „заяви Х пред АФП, преди да се качи на самолета“: „преди да“ opens no report
                if conj is not None and follow[conj].text.lower() == "да" and _unreported_da(tok, follow[: conj + 1]):
                    conj = None  # „обяви решението си да спре …“, „Ако Мей допусне Брекзит да бъде отслабен“
                if conj == 0 and lemma_of(tok) in WANTING and self.wants_own_act(tok, follow[1:2]):
                    conj = None  # „поискала да пие вода“: her own wish
                if conj is not None and lemma_of(tok) in ("заплаша", "заплашвам") and conj + 1 < len(follow) \
                        and follow[conj + 1].text.lower() in BECOMING:
                    conj = None  # „задънена улица … заплашва да бъде едно от бойните полета“: a risk, not a threat
                # „призова всички, които са посещавали пазара, да …“: the addressee's relative clause has verbs
                between = follow[:conj] if conj is None or not addressed else follow[: next(
                    (j for j in range(1, conj) if follow[j].text.lower() in RELATIVES and follow[j - 1].text == ","),
                    conj)]
                if conj is not None and any(t.text in ".:;" or is_cue(t) or t.text.lower().endswith(GERUND)
                                            or ASKED.match(t.text.lower())  # „каза X, попитан дали …“: the question
                                            or t.pos in ("VERB", "AUX") and t.text.lower() not in CLITIC_WORDS
                                            for t in between):
                    conj = None  # „потвърдил обвинението, Биби щеше да …“: the clause belongs to another verb
                if conj is not None and any(t.text.lower() == "и" and not (
                        (addressed or circumstance) and 0 < j < conj - 1
                        and all(u.text[:1].isupper() or u.pos in ("NOUN", "PROPN")
                                for u in (follow[j - 1], follow[j + 1])))
                                            for j, t in enumerate(between)):
                    conj = None  # but „предупреждава Германия и Европа, че …“, „мъжете и жените“ are both addressed,
                    # „след среща с колегите си от Литва, Латвия и Естония“ is one circumstance
                if conj is not None:
                    start, end = self.clause(follow[conj].end, sentence, direct_spans)
                    if _opens_clause(tokens) and not any(t.text == "," for t in tokens[:k]):
                        # „Когато те поискали да приеме исляма, тя отказала“: the clause ends with its comma;
                        if clear:  # „След като станало ясно, че …, пътниците …“ is background, not a report
                            continue
                        end = next((t.start for t in tokens if start < t.start < end and t.text == ","
                                    and not inside(t.start)), end)
                    if k > 1 and tokens[k - 1].text.lower() in RELATIVES and tokens[k - 2].text == ",":
                        end = self.relative_clause_end(start, end)  # „Украйна, която твърди, че …, се страхува“
                    if end - start < 3:
                        continue
                    speaker = (None, None) if own_words else (
                        self.source_of_clarity(tokens, k) if clear else self.subject_before(tok, sentence))
                    mention, entity, phrase = self.resolve(*speaker, out[-1] if out else None)
                    same = [q for q in out if q.cue and sentence.start <= q.cue["start"] < tok.start]
                    if (gerund or tokens[k - 1].text.lower() == "и") and same:
                        # the gerund or a verb after „и“ shares the subject of the report before it
                        mention, entity, phrase = same[-1].speaker, same[-1].speaker_entity, same[-1].speaker_text
                    if own_words:  # „Винаги съветвам хората да …“: whoever the next attribution names
                        start = sentence.start  # the whole sentence is the speaker's words
                        self.own_words.add((start, tok.start))
                        mention, entity, phrase = None, None, None
                    out.append(Quote("indirect", start, end, self.text[start:end], self._cue(Attribution(tok)),
                                     mention, entity, self.channel(tok, sentence), phrase))
                elif k > 0 and tokens[k - 1].text == "," and not gerund and not any(self.reports_earlier(tokens, j)
                                                                     for j in range(k - 1)) \
                        and not self.governs_clause(tokens, k) and not (
                            low.endswith(PARTICIPLE_ENDINGS) and k + 1 < len(tokens) and tokens[k + 1].pos == "ADP"
                            and tokens[k + 1].text.lower() not in ("от", "пред", "за")):
                    # inverted report: „…, предадоха информационните агенции“
                    np = self.noun_phrase(self.after_channel(tok.end, sentence.end), sentence.end)
                    if np is None:
                        continue
                    if not any(t.pos in ("VERB", "AUX") for t in tokens[: k - 1]):
                        continue  # „От публикувания днес план, пише "Гардиън", става ясно, че …“: an aside;
                        # „Други, …, настояваха за прозрачност“: a subject, no words reported
                    if tokens[0].text in THIS and tokens[1].pos == "VERB" and k < 8:
                        quote = self.this_said(tok, sentence, inside)  # „<figures>. Това показват данните, съобщи X“
                        if quote is not None:
                            out.append(quote)
                            continue
                    start = tokens[0].end if tokens[0].text in OPENERS else tokens[0].start
                    end = tokens[k - 1].start
                    relative = next((j for j in range(1, k - 1) if tokens[j].text.lower() in RELATIVE_FORMS
                                     and tokens[j - 1].text == ","), None)
                    if relative is not None and not any(t.pos in ("VERB", "AUX") for t in tokens[: relative - 1]) \
                            and not any(t.text == "," for t in tokens[relative : k - 1]):
                        continue  # „Върховният съд, който е от трима съдии …, съобщи решението“: a subject
                    if inside(start) or end - start < 10 or any(
                            q.cue and sentence.start <= q.cue["start"] < tok.start for q in out):
                        continue  # „По думите на хората, …, предаде NOVA“: the sentence has its source
                    np = self.past_audience(np, sentence.end)
                    channel = CHANNEL_AFTER.search(self.text, np[0], np[1]) if np[0] is not None else None
                    if channel is not None:  # „уточни компанията в комюнике“: the channel is no part of the speaker
                        np = (np[0], channel.start())
                    mention, entity, phrase = self.resolve(*np, out[-1] if out else None)
                    kind = "indirect"
                    said = self.text[start:end].rstrip()
                    closing = start + len(said) - 1
                    if said[-1:] in '"“”»' and not any(mark in said[:-1] for mark in '"„“”«»') \
                            and not any(m.end == closing and m.type != "PER" for m in self.doc.mentions):
                        kind, end = "direct", start + len(said[:-1].rstrip())  # „Надявам се … ЕС ", каза той“:
                        # the closing mark of words whose opening mark is lost (not of a name's: „… на
                        # газопровода Северен поток 2“, съобщи …“)
                    elif tokens[0].text in OPENERS and not any(mark in said for mark in '"„“”«»'):
                        kind = "direct"  # „“Дори да не се стигне до …, подчерта Х“: the closing mark is lost
                    out.append(Quote(kind, start, end, self.text[start:end], self._cue(Attribution(tok)),
                                     mention, entity, self.channel(tok, sentence), phrase))
        return out

    def colon_report(self, tokens: list[Token], k: int, sentence: Span,
                     quoted: list[tuple[int, int]]) -> Quote | None:
        """„Ето какво каза и консулът ни (Иванов): Аз …“, „казва следното: За да сме наясно …“: unmarked words
        after a colon that closes the attribution are the speaker's, to the end of the paragraph, the next quoted
        words, a lone closing mark (then they are direct: their opening mark is lost) or a sentence where the
        article reports again."""
        rest = tokens[k + 1 : k + 13]
        colon = next((j for j, t in enumerate(rest) if t.text == ":"), None)
        if colon is None or any(t.text.lower() in COMPLEMENTISERS or t.pos == "VERB" or t.text in ".;!?" or
                                t.text in OPENERS or t.text in "“”»" for t in rest[:colon]):
            return None
        begin = SPACES.match(self.text, rest[colon].end).end()
        if begin >= len(self.text) or not self.text[begin].isupper() or begin in self.orphans:
            return None  # a quotation mark: direct words; a lower-case word, a new paragraph: a list, a heading
        end = self.text.find("\n", begin)
        # quoted words stop the speaker's, but not those found by a lone closing mark, which these words hold
        end = min([len(self.text) if end < 0 else end] + [a for a, _ in quoted if a >= begin and a not in self.orphans])
        mark = re.search(r"[„“”«»]", self.text[begin:end])
        kind = "indirect"
        if mark is not None and mark.group() in "“”»":  # „… може да бъде спрян.“ Адам Лазовски заяви …“: words
            kind, end = "direct", begin + mark.start()  # whose opening mark is lost (a quoted name stays inside)
        if kind == "indirect":
            end = next((s.start for s in self.doc.sentences if begin < s.start < end and self.reports_again(s)), end)
        while end > begin and self.text[end - 1] in ".!? ":
            end -= 1
        if end - begin < 10:
            return None
        cue = tokens[k]
        speaker: tuple[int | None, int | None] = (None, None)
        also = rest[0].text.lower() in ("и", "също")
        named = rest[int(also)] if colon > int(also) else None
        inverted = also or k > 0 and (tokens[k - 1].text == "," or tokens[k - 1].text.lower() == "какво")
        if inverted and named is not None and named.pos in ("NOUN", "PROPN", "PRON") \
                and named.text.lower() != "следното":
            # „Ето какво каза и консулът“, „…, смята експертът:“: the speaker comes after the cue (not a channel,
            # „…, заяви пред вестник …:“, nor the one addressed, „Тръмп заплаши Меркел:“)
            speaker = self.speaker_after(rest[0] if also else cue, sentence)
        if speaker[0] is None:
            speaker = self.subject_before(cue, sentence)
        mention, entity, phrase = self.resolve(*speaker, None)
        self.colon_reports.append((begin, end))
        return Quote(kind, begin, end, self.text[begin:end], self._cue(Attribution(cue)), mention, entity,
                     self.channel(cue, sentence), phrase)

    def reports_again(self, sentence: Span) -> bool:
        """„Според Московиси …“, „Дейвис заяви, че …“, „Той добави …“, „…, каза министърът …“: the article reports
        again, on its own."""
        words = self.tokens_between(sentence.start, sentence.end)
        return bool(words) and (words[0].text.lower() == "според" or any(is_cue(t) and any(
            u.text.lower() in THIRD_PERSON or self.mention_at(u.start, u.end) is not None for u in words[:j])
            or self.inverted_at(words, j) for j, t in enumerate(words)))

    def inverted_at(self, tokens: list[Token], j: int) -> bool:
        """Is ``tokens[j]`` an inverted cue after a comma whose speaker follows („…, каза министърът …“, „…, добави
        той“)?"""
        after = tokens[j + 1 : j + 5]
        return j > 0 and tokens[j - 1].text == "," and is_cue(tokens[j]) and bool(after) and (
            after[0].text.lower() in THIRD_PERSON or ARTICLED.search(after[0].text) is not None
            or any(self.mention_at(u.start, u.end) is not None for u in after))

    def as_said(self, tokens: list[Token], k: int, sentence: Span, quoted: list[tuple[int, int]]) -> Quote | None:
        """„Както е казал X, <clause>“: the clause after the speaker's comma is X's words."""
        speaker = self.speaker_after(tokens[k], sentence)
        if speaker[0] is None:
            return None
        comma = next((t for t in tokens[k + 1 :] if t.start >= speaker[1] and t.text == ","), None)
        if comma is None:
            return None
        start, end = self.clause(comma.end, sentence, quoted)
        words = self.tokens_between(start, end)
        if end - start < 10 or any(is_cue(t) and (j == 0 or words[j - 1].text.lower() != "се")
                                   for j, t in enumerate(words)):
            return None  # „Както информира X, …, християнката призова …“: the main clause reports on its own
        mention, entity, phrase = self.resolve(*speaker, None)
        return Quote("indirect", start, end, self.text[start:end], self._cue(Attribution(tokens[k])), mention,
                     entity, self.channel(tokens[k], sentence), phrase)

    def said_in_document(self, tokens: list[Token], k: int, sentence: Span, inside) -> Quote | None:
        """„<sentence>, се казва в съобщение от компанията Nord Stream 2 AG“: an impersonal inverted report
        whose document names its author."""
        if k < 2 or tokens[k - 1].text.lower() != "се" or tokens[k - 2].text != ",":
            return None
        tok_end = tokens[k].end
        rest = self.text[tok_end : sentence.end]
        document = DOCUMENT_OF.match(rest.lstrip())
        begin = tok_end + len(rest) - len(rest.lstrip())
        if document is not None:
            np = self.noun_phrase(begin + document.end(), sentence.end)
            named = self.mention_at(*np) if np else None
            if named is not None and self.doc.mentions[named].start == np[0]:  # „в нов доклад на Световната банка
                np = np[0], self.doc.mentions[named].end  # за икономиката на …“: the author is the name
        else:  # „…, се казва в доклада, цитиран от …“: whoever wrote the report named before
            np = self.document_alone(tok_end, sentence.end)
            if np is None:
                return None
        start = tokens[0].end if tokens[0].text in OPENERS else tokens[0].start
        end = tokens[k - 2].start
        while end > start and self.text[end - 1] in " “”\"»":
            end -= 1
        if np is None or inside(start) or end - start < 10:
            return None
        mention, entity, phrase = self.resolve(*np, None)
        return Quote("indirect", start, end, self.text[start:end], self._cue(Attribution(tokens[k])), mention, entity,
                     self.channel(tokens[k], sentence), phrase)

    def relative_clause_end(self, start: int, end: int) -> int:
        """Where a report made inside a relative clause ends: at the comma after a complete clause where the main
        clause's verb comes back („Украйна, която твърди, че проектът подкопава санкциите, се страхува, че …“)."""
        words = self.tokens_between(start, end)
        complete = False  # a verb before the comma (not „че чрез въвеждане …, ще загуби“)
        for comma, after in zip(words, words[1:]):
            if comma.text == "," and complete and (after.text.lower() in ("се", "ще") or after.pos in ("VERB", "AUX")
                                                   and after.text.lower() not in CLITIC_WORDS):
                return comma.start
            complete = complete or comma.pos in ("VERB", "AUX")
        return end

    def said_in_text_before(self, tokens: list[Token], k: int, sentence: Span,
                            direct_spans: list[tuple[int, int]]) -> Quote | None:
        """„… предупреждение на ЕС към бизнеса, в което се подчертава, че …“: an impersonal cue in a relative
        clause reports the words of the text named before it; the text's author speaks (else the text)."""
        if k < 4 or tokens[k - 1].text.lower() != "се" or tokens[k - 2].text.lower() not in RELATIVES \
                or tokens[k - 3].text.lower() not in ("в", "във") or tokens[k - 4].text != ",":
            return None
        noun = next((j for j in range(k - 5, max(-1, k - 12), -1) if tokens[j].text in ",;:"
                     or TEXT_NOUN.fullmatch(tokens[j].text.lower())), None)
        if noun is None or not TEXT_NOUN.fullmatch(tokens[noun].text.lower()):
            return None
        return self.text_reports(tokens, k, sentence, direct_spans, (tokens[noun].start, tokens[k - 5].end))

    @staticmethod
    def source_of_clarity(tokens: list[Token], k: int) -> tuple[int | None, int | None]:
        """Where „стана ясно“ (``tokens[k]`` = „ясно“) learnt it: „От доклада на X стана ясно“, „стана ясно от
        думите на X, че“."""
        before = [j for j in range(k - 1) if tokens[j].text.lower() == "от"]
        if before:
            aside = next((j for j in range(before[-1] + 2, k - 2) if tokens[j - 1].text == "," and is_cue(tokens[j])),
                         None)
            if aside is not None:  # „От публикувания днес план, пише "Гардиън", става ясно“: the paper tells
                close = next((j for j in range(aside + 1, k - 1) if tokens[j].text == ","), k - 1)
                words = [t for t in tokens[aside + 1 : close] if t.text not in OPENERS and t.text not in "“”\"»"]
                if words:
                    return words[0].start, words[-1].end
            return tokens[before[-1] + 1].start, tokens[k - 2].end
        after = next((j for j in range(k + 1, min(k + 4, len(tokens))) if tokens[j].text.lower() == "от"), None)
        if after is None:
            return None, None
        end = next((j for j in range(after + 1, len(tokens)) if tokens[j].text in ",;:" or tokens[j].text == "че"),
                   len(tokens))
        return (tokens[after + 1].start, tokens[end - 1].end) if end > after + 1 else (None, None)

    @staticmethod
    def governs_clause(tokens: list[Token], k: int) -> bool:
        """Does the cue ``tokens[k]`` take a clause of its own (… каза днес Х, че …), before any other verb
        (not „…, каза той, припомняйки, че …“)? A „да“ further than an addressee takes belongs to a noun on the way
        („…, каза говорител на правителството след директния апел на британските министри към Берлин да помогне“)."""
        reach = k + (12 if lemma_of(tokens[k]) in ADDRESSEE_CUES else 8)
        for j in range(k + 1, min(k + 14, len(tokens))):
            tok, low = tokens[j], tokens[j].text.lower()
            if low == "да" and (tokens[j - 1].text.lower() in COMPOUND_DA or j > reach):
                continue  # „…, заяви Х, преди да се качи“
            if low in COMPLEMENTISERS or tok.text == ":":
                return True
            if tok.pos in ("VERB", "AUX") or tok.text in ".;" or low.endswith(GERUND):
                return False
        return False

    def reports_earlier(self, tokens: list[Token], j: int) -> bool:
        """Is there a report before an inverted cue that makes the sentence its own quote? Not the speaker's
        first-person words („Призовавам премиера да …, казва Х“) nor a cue inside an infinitive
        („способността да настоява … да …“)."""
        if _first_person_opening(tokens, j) or j > 0 and FIRST_PERSON_PRESENT.search(tokens[j].text.lower()):
            return False
        if j > 0 and tokens[j - 1].text.lower() == "да":
            return False
        if j > 0 and tokens[j - 1].text.lower() == "се" and not REFLEXIVE.match(tokens[j].text.lower()):
            return False  # „… е да се вярва, че …, коментира Х“: an impersonal cue has no speaker of its own
        clause = next((i for i in range(j + 1, min(j + 9, len(tokens))) if tokens[i].text.lower() in COMPLEMENTISERS),
                      None)
        if clause is not None and tokens[clause].text.lower() == "да" \
                and _unreported_da(tokens[j], tokens[j + 1 : clause + 1]):
            return False  # „Х обяви решението си да …, съобщава Y“, „Ако Мей допусне Брекзит да …, заяви Фараж“:
            # Y and Фараж report the sentence
        return self.introduces_clause(tokens, j)

    @staticmethod
    def introduces_clause(tokens: list[Token], j: int) -> bool:
        """Is ``tokens[j]`` a cue with its own reported clause („заяви, че“, „призова … да“), not „потвърди
        присъдата“?"""
        return is_cue(tokens[j]) and any(t.text.lower() in COMPLEMENTISERS | {":"} for t in tokens[j + 1 : j + 9])

    def said_in_text(self, tokens: list[Token], k: int, sentence: Span,
                     direct_spans: list[tuple[int, int]]) -> Quote | None:
        """„В доклада се казва, че …“: an impersonal cue after the text it reads from; whoever wrote the text
        named before speaks (else the text)."""
        if k < 3 or tokens[k - 1].text.lower() != "се" or not TEXT_NOUN.fullmatch(tokens[k - 2].text.lower()) \
                or tokens[k - 3].text.lower() not in ("в", "във"):
            return None
        return self.text_reports(tokens, k, sentence, direct_spans, (tokens[k - 2].start, tokens[k - 2].end))

    def text_reports(self, tokens: list[Token], k: int, sentence: Span, direct_spans: list[tuple[int, int]],
                     text_noun: tuple[int, int]) -> Quote | None:
        """The „че“ clause right after the impersonal cue ``tokens[k]``, said by whoever wrote the text that
        ``text_noun`` names (else the text)."""
        conj = next((j for j in range(k + 1, min(k + 3, len(tokens))) if tokens[j].text.lower() == "че"), None)
        if conj is None:
            return None
        start, end = self.clause(tokens[conj].end, sentence, direct_spans)
        if end - start < 3:
            return None
        mention, entity, phrase = self.resolve(*(self.holder(text_noun) or text_noun), None)
        return Quote("indirect", start, end, self.text[start:end], self._cue(Attribution(tokens[k])), mention, entity,
                     None, phrase)

    def this_in_document(self, tokens: list[Token], k: int, sentence: Span, inside) -> Quote | None:
        """„<reported sentence>. Това се посочва в съвместно изявление на ЕС и Великобритания“: the sentence
        before, said by the document's author (or whoever wrote the document named before: „се казва в доклада“)."""
        if k != 2 or tokens[0].text not in THIS or tokens[1].text.lower() != "се" or len(tokens) < 5 \
                or tokens[3].text.lower() not in ("в", "във"):
            return None
        noun = next((j for j in range(4, min(7, len(tokens))) if TEXT_NOUN.fullmatch(tokens[j].text.lower())), None)
        if noun is None or any(t.pos in ("VERB", "AUX") for t in tokens[4:noun]):
            return None
        after = noun + 1
        if after + 1 < len(tokens) and tokens[after].text.lower() in ("на", "от"):
            np = self.noun_phrase(tokens[after + 1].start, sentence.end)
        else:
            np = self.holder((tokens[noun].start, tokens[noun].end)) or (tokens[noun].start, tokens[noun].end)
        return self.this_said(tokens[k], sentence, inside, np or (None, None))

    def opinion_of(self, tokens: list[Token], sentence: Span, quoted: list[tuple[int, int]]) -> Quote | None:
        """„Мнението на Юнкер е, че …“: the clause after „е, че“ is the opinion of whoever „на“ names."""
        verb = next((j for j in range(2, min(len(tokens) - 2, 16)) if tokens[j].text.lower() == "е"), None)
        if verb is None or tokens[verb + 1].text.lower() not in (",", "че"):
            return None
        conj = verb + 1 if tokens[verb + 1].text.lower() == "че" else verb + 2
        if tokens[conj].text.lower() != "че" or any(t.pos in ("VERB", "AUX") for t in tokens[2:verb]):
            return None
        start, end = self.clause(tokens[conj].end, sentence, quoted)
        if end - start < 10:
            return None
        mention, entity, phrase = self.resolve(tokens[2].start, tokens[verb - 1].end, None)
        return Quote("indirect", start, end, self.text[start:end], self._cue(Attribution(tokens[0])), mention, entity,
                     None, phrase)

    def this_said(self, cue: Token, sentence: Span, inside,
                  speaker: tuple[int | None, int | None] | None = None) -> Quote | None:
        """„<reported sentence>. Това заяви X“: the previous sentence of the paragraph, said by X (or by
        ``speaker``)."""
        previous = self.sentence_before(sentence)
        if previous is None:
            return None
        start, end = previous.start, previous.end
        block = next((b for b in self.doc.blocks if b.start <= previous.start < b.end), None)
        if block is not None and not block.start <= sentence.start < block.end:
            # „<paragraph>⏎⏎Това предупреди … Х“: the whole paragraph before, unless a title or a long one
            sentences = [s for s in self.doc.sentences if block.start <= s.start < block.end]
            if block.kind != "paragraph" or len(sentences) > 3:
                return None
            start = block.start
        before = self.tokens_between(start, end)
        inverted = next((t for k, t in enumerate(before) if k > 1 and before[k - 1].text == "," and is_cue(t)), None)
        if inverted is not None:  # „<words>, посочи Борисов. Това съобщиха от …“: the same words, one layer out
            end = self.text.rfind(",", start, inverted.start)
        while end > start and self.text[end - 1] in ".!? \n":
            end -= 1
        if end - start < 10 or inside(start) or self.text[start] in OPENERS or (
                self.text[end - 1] in "“”\"»" and inside(end - 2)):
            return None  # a direct quote already covers it (not a name's mark: „… на "Северен поток-2"“)
        mention, entity, phrase = self.resolve(*(speaker or self.named_after(cue, sentence)), None)
        return Quote("indirect", start, end, self.text[start:end], self._cue(Attribution(cue)), mention, entity,
                     self.channel(cue, sentence), phrase)

    def clause(self, start: int, sentence: Span, quoted: list[tuple[int, int]] = ()) -> tuple[int, int]:
        """The reported clause from ``start``: to the sentence end, cut at a coordinated cue verb, an attribution,
        an embedded source or the speaker's next act („, като добави, че …“, „, посочвайки, че …“; :data:`CLAUSE_CUT`),
        never inside quoted words (a
        dash inside the clause is an aside: „на един производител - „Газпром“, не бива …“)."""
        text = self.text[start : sentence.end]
        lead = len(text) - len(text.lstrip(" \n.,;"))  # „потвърждава позицията, че. от 30 март …“: a stray period
        start += lead
        end = sentence.end
        for tok in self.tokens_between(start, sentence.end):
            after_comma = self.text[max(0, tok.start - 3) : tok.start].rstrip().endswith(",")
            joins = tok.text == "и" or tok.text in ("но", "а") and after_comma
            if joins and tok.start > start and not any(a <= tok.start < b for a, b in quoted):
                # „… и подчерта, че“; „…, но в същото време предупреди, че“: the speaker's next report
                ahead = self.tokens_between(tok.end, sentence.end)[: 1 if tok.text == "и" else 4]
                verb = next((t for t in ahead if t.pos == "VERB" or not t.text[:1].isalpha()), None)
                if verb is not None and verb.pos == "VERB" and is_cue(verb):
                    end = self.text.rfind(",", start, tok.start) if tok.text != "и" else tok.start
                    break
        for tok in self.tokens_between(start, end):
            if tok.start > start and is_cue(tok) and not characterises(tok) and not any(
                    a <= tok.start < b for a, b in quoted) and not RELATIVE_ACCORDING.match(self.text, tok.end):
                comma = self.text.rfind(",", start, tok.start)
                if comma > start and not self.text[comma + 1 : tok.start].strip():
                    end = comma  # „…, каза той“: the attribution closes the reported words
                    break
        embedded = EMBEDDED_SOURCE.search(self.text, start, end)
        if embedded and embedded.start() > start:  # „…, защото според Отава …“: another source's words
            end = embedded.start()
        for cut in CLAUSE_CUT.finditer(self.text, start, end):
            if any(a <= cut.start() < b for a, b in quoted):
                continue
            if cut["manner"] or cut["gerund"]:  # only the speaker's next report: „, като добави, че“
                at = cut.start("verb" if cut["manner"] else "gerund")
                reporting = next(iter(self.tokens_between(at, at + 1)), None)
                if reporting is None or not (is_cue(reporting, any_pos=True) or lemma_of(reporting) in SPEECH_ACTS):
                    continue
            end = cut.start()
            break
        while end > start and self.text[end - 1] in ".!? ":
            end -= 1
        return start, end

    @staticmethod
    def source_noun(tokens: list[Token], k: int) -> tuple[int, int] | None:
        """„Според регулатора това е …“, „Според британски медии нарушителят е …“: a noun that can speak, with its
        adjectives, right after „според“ and no comma after it."""
        j = k + 1
        while j < len(tokens) and tokens[j].pos == "ADJ":
            j += 1
        if j < len(tokens) and j - k <= 3 and (SOURCE_NOUNS.fullmatch(tokens[j].text)
                                               or PEOPLE_NOUNS.search(tokens[j].text)):
            return tokens[k + 1].start, tokens[j].end
        return None

    def source_phrase(self, np: tuple[int, int]) -> tuple[int, int]:
        """The source named after „според“ in the phrase ``np``, which no comma may end: it stops before a pronoun,
        an adverb, a verb or the mark of a quote („Според привържениците на Брекзит обаче той …“, „Според
        документа има "…"“; but „Според организацията “Open Doors”“ is one name)."""
        words = self.tokens_between(*np)
        stop = next((j for j in range(1, len(words)) if words[j].text.lower() in PRONOUNS
                     or words[j].text.lower() in ADVERBS - {"и"} | OBJECT_CLITICS
                     or words[j].pos in ("VERB", "AUX", "ADV")
                     or words[j].text in OPENERS and any(a - 1 <= words[j].start < a for a, _ in self.quoted)
                     or self.name_after_indefinite(words, j)), None)
        return (np[0], words[stop - 1].end) if stop is not None else np

    def name_after_indefinite(self, words: list[Token], j: int) -> bool:
        """„Според високопоставен британски служител | Брюксел трябва …“: a name right after an indefinite noun
        with indefinite adjectives opens the clause (a title before a name has the article: „британския премиер
        Тереза Мей“, or stands alone: „премиер Борисов“)."""
        if j < 2 or not words[j].text[:1].isupper() or self.mention_at(words[j].start, words[j].end) is None:
            return False
        head, modifiers = words[j - 1], words[: j - 1]
        return head.pos == "NOUN" and head.text.islower() and not DEFINITE.search(head.text) and all(
            w.pos == "ADJ" and w.text.islower() and not (ARTICLED.search(w.text) or DEFINITE.search(w.text))
            for w in modifiers)

    def according_to(self, tokens: list[Token], k: int, sentence: Span, direct: list[Quote],
                     previous: Quote | None = None) -> Quote | None:
        """„Според X, …“ / „По думите на X …“ (``previous``: the report before, which „според тях“ may mean)."""
        tok = tokens[k]
        cue = {"start": tok.start, "end": tok.end, "text": tok.text, "lemma": tok.text.lower()}
        quoted = [(q.start - 1, q.end + 1) for q in direct]  # the reported clause never ends inside them
        clitic = tok.text.lower() == "по" and tokens[k + 2].text.lower() in CLITICS
        name_start = tokens[k + 3].start if tok.text.lower() == "по" and k + 3 < len(tokens) else tok.end
        first_word = next((j for j in range(k + 1, len(tokens)) if tokens[j].start >= name_start
                           and tokens[j].text.lower() not in HONORIFICS), None)
        named = self.mention_at(tokens[first_word].start, tokens[first_word].end) if first_word is not None else None
        if named is not None and self.doc.mentions[named].start == tokens[first_word].start:
            np = (tokens[first_word].start, self.doc.mentions[named].end)  # „според Отава след …“, „доц. Иван Димов“
        elif first_word is not None and tokens[first_word].text.lower() in PRONOUNS:
            np = (tokens[first_word].start, tokens[first_word].end)  # „Според него сегашната стратегия е …“
        elif first_word is not None and tokens[first_word].text.lower() in RELATIVES:
            return self.according_to_whom(tokens, k, first_word, sentence, quoted, cue, previous)
        elif first_word is not None and tokens[first_word].text.lower() in SOME_PEOPLE:
            # „Според някои подобна позиция означава …“, „Според някои експерти Великобритания ще …“
            # (an articled noun after it opens the reported clause: „Според други организацията отново е …“)
            last = first_word + 1 if first_word + 1 < len(tokens) and tokens[first_word + 1].pos == "NOUN" \
                and tokens[first_word + 1].text.islower() and not ARTICLED.search(tokens[first_word + 1].text) \
                else first_word
            mention, entity, phrase = self.resolve(tokens[first_word].start, tokens[last].end, None)
            start, end = self.clause(tokens[last].end, sentence, quoted)
            return Quote("indirect", start, end, self.text[start:end], cue, mention, entity, None, phrase) \
                if end - start >= 10 else None
        else:
            np = None if clitic else self.noun_phrase(name_start, sentence.end) or self.source_noun(tokens, k)
            if np is not None:  # „Според привържениците на Брекзит обаче той ще …“: no comma ends the source
                np = self.source_phrase(np)
        if np is None and not clitic and first_word is not None and _is_body(tokens[first_word]):
            np = self.body_phrase(tokens[first_word:])  # „Според министерството на здравеопазването случаите са …“
        if np is None and not clitic:
            return None
        first = self.tokens_between(np[0], np[1]) if np else []
        if clitic:  # „По думите й …“: the person the clitic points to
            np = (tokens[k + 2].start, tokens[k + 2].end)
        elif first and first[0].text.lower() in PRONOUNS:
            np = (first[0].start, first[0].end)
        else:
            head = self.text[np[0] : np[1]].split()[0]
            holder = self.holder(np) if SOURCE_OF.fullmatch(head) else None
            mention = self.mention_at(*np)
            if holder is not None:  # „Според изказване на лидера … Джереми Корбин“, „оценката на агенцията“
                np = holder
            elif PARTISANS.fullmatch(head):
                pass  # „Според привържениците на Брекзит“: a side of a dispute speaks
            elif mention is None and np == self.source_noun(tokens, k):
                pass  # „Според британски медии …“: a body that speaks
            elif _is_body(first[0]) and (mention is None or self.text[:self.doc.mentions[mention].start]
                                         .rstrip().lower().endswith(" на")):
                # „По данни на правителството на Острова“: the government speaks, not the island (and
                # „Според комисията провалът …“, „Според агенцията мнозина …“: the clause starts after the body)
                if not self.text[np[1] :].lstrip().startswith(","):  # (a comma ends the phrase itself)
                    np = self.body_phrase(first)
            elif SUBSTANTIVE_PARTICIPLE.fullmatch(head) and not self.modifies_noun(np) \
                    or mention is None and PEOPLE_NOUNS.search(head):
                np = (np[0], np[0] + len(head))  # „По думите на хората“, „Според гласувалите“
            elif mention is None and DESCRIPTION_WORDS.match(self.text[np[0] : np[1]].split()[-1]):
                pass  # „Според високопоставен британски служител …“: a person, described
            elif mention is None:
                return None  # „според проучване“, „според закона“: not a speaker
            else:
                np = (self.doc.mentions[mention].start, self.doc.mentions[mention].end)
        rest = self.text[np[1] : sentence.end]
        if rest[:1] in '"“”»' and self.text[np[0] - 1 : np[0]] in '"„“«':
            rest = " " + rest[1:]  # „Според в. "Таймс" министър-председателката …“: the name's closing mark
        start = np[1] + len(rest) - len(rest.lstrip(" ,"))
        aside = re.match(r"(?:обаче|пък|впрочем),?\s+", self.text[start : sentence.end])
        if aside:  # „Според привържениците обаче той …“: the narrator's adverb is no part of the words
            start += aside.end()
        relative = re.match(r",\s*(?:който|която|което|които)\b[^,]*,\s*", rest)
        apposition = re.match(r",\s*(\w+)[^,.;:]*,\s*", rest)
        if relative:  # „Според Х, който беше премиер, …“: the clause follows the relative one (and a participle's
            start = np[1] + relative.end()  # phrase that goes on describing X: „…, избран от редиците на …, …“)
            while (described := re.match(r"(\w+)[^,;:]*,\s*", self.text[start : sentence.end])) and (
                    described.group(1).lower().endswith(PARTICIPLE_ENDINGS)
                    or PRESENT_PARTICIPLE.search(described.group(1).lower())):
                start += described.end()
        elif apposition and DESCRIPTION_WORDS.match(apposition.group(1)) and not any(
                t.pos in ("VERB", "AUX") for t in self.tokens_between(np[1], np[1] + apposition.end())):
            start = np[1] + apposition.end()  # „Според Никълъс Марстън, председател на асоциацията …, …“
        trailing = relative is None and re.match(r",\s*(?:който|която|което|които)\b", rest)
        if trailing or start >= sentence.end - 3 or not any(t.pos in ("VERB", "AUX") for t in self.tokens_between(
                start, sentence.end)):  # „…, стана ясно по думите на доц. Димов.“: the words come first (and
            # „… надхвърлиха 3 милиона по данни на университета … към 28 април“: no clause follows the source;
            # „… 12,5 млн. дози …, според BioNTech, които ще се разпределят …“: a relative clause ends it)
            comma = self.text.rfind(",", sentence.start, tok.start)
            if comma - sentence.start < 10 or any(q.start <= sentence.start < q.end for q in direct):
                return None
            start, end = sentence.start, comma
        else:
            start, end = self.clause(start, sentence, quoted)
        mention, entity, phrase = self.resolve(*np, previous)
        return Quote("indirect", start, end, self.text[start:end], cue, mention, entity, None, phrase)

    def according_to_whom(self, tokens: list[Token], k: int, relative: int, sentence: Span,
                          quoted: list[tuple[int, int]], cue: dict, previous: Quote | None) -> Quote | None:
        """„Точно това каза и Ангела Меркел, според която, "Северен поток-2" не е възможен …“: the source is the
        name just before the comma that opens the relative clause; the words follow the relative pronoun."""
        if k < 2 or tokens[k - 1].text != ",":
            return None
        named = next((m for m in self.doc.mentions if m.end == tokens[k - 2].end), None)
        if named is None or named.type not in ("PER", "ORG"):
            return None
        start, end = self.clause(tokens[relative].end, sentence, quoted)
        end = start + len(self.text[start:end].rstrip(" ,;"))  # „…, според която …, и отбеляза, че“
        if end - start < 10:
            return None
        mention, entity, phrase = self.resolve(named.start, named.end, previous)
        return Quote("indirect", start, end, self.text[start:end], cue, mention, entity, None, phrase)

    def body_phrase(self, words: list[Token]) -> tuple[int, int]:
        """A body and whose it is, where a source's phrase runs on into the clause: „правителството на Острова“
        (of „… на Острова той се разпространява“), „посолството ни в Берлин“, „агенция Прес асосиейшън“ (of „…
        асосиейшън Мей е казала“), „комисията“ (of „комисията провалът …“)."""
        k = 1
        if k < len(words) and words[k].text.lower() in POSSESSIVE:
            k += 1  # „посолството ни“
        if k + 1 < len(words) and words[k].text.lower() in ("на", "в", "във"):
            k += 1
        elif k > 1 or k >= len(words) or not (words[k].text[:1].isupper() or words[k].text in OPENERS):
            return words[0].start, words[k - 1].end
        named = next((m for m in self.doc.mentions if m.start <= words[k].start < m.end), None)
        if named is not None:  # one name: „агенция Прес асосиейшън“, not „… асосиейшън Мей“
            return words[0].start, named.end
        if words[k].text in OPENERS:  # „института „Роберт Кох““
            close = next((j for j in range(k + 1, len(words)) if words[j].text in "“”\"»"), None)
            return words[0].start, words[close if close is not None else k].end
        while k + 1 < len(words) and words[k].pos == "ADJ" and words[k + 1].pos in ("ADJ", "NOUN", "PROPN"):
            k += 1  # „на външните работи“
        return words[0].start, words[k].end

    def modifies_noun(self, np: tuple[int, int]) -> bool:
        """Does the phrase's first word (a participle) go with a noun after it („според подписаните международни
        спогодби“), rather than stand for the people („според гласувалите“)?"""
        words = self.tokens_between(*np)
        return len(words) > 1 and words[1].text.islower() and words[1].pos in ("NOUN", "ADJ")

    def document_alone(self, start: int, limit: int) -> tuple[int, int] | None:
        """„(се казва) в доклада“ right after ``start``: whoever the text names as the document's author, else the
        document itself."""
        rest = self.text[start:limit]
        alone = DOCUMENT_ALONE.match(rest.lstrip())
        if alone is None:
            return None
        begin = start + len(rest) - len(rest.lstrip())
        noun = (begin + alone.start(1), begin + alone.end(1))
        return self.holder(noun) or self.author_named_before(noun) or noun

    def author_named_before(self, noun: tuple[int, int]) -> tuple[int, int] | None:
        """„…, се посочва в доклада“: the author named where the text introduced the same document earlier („в
        доклад на Международната организация на труда“)."""
        stem = TEXT_NOUN.match(self.text[noun[0] : noun[1]].lower()).group(1)  # доклада → доклад
        last = None
        for last in re.finditer(rf"(?<!\w){re.escape(stem)}\w*\s+(?:на|от)\s+", self.text[: noun[0]], re.IGNORECASE):
            pass
        if last is None:
            return None
        named = next((m for m in self.doc.mentions if m.start == last.end() and m.type in ("PER", "ORG")), None)
        return (named.start, named.end) if named is not None else None

    def holder(self, np: tuple[int, int]) -> tuple[int, int] | None:
        """Whose words, data or assessment a source noun names („изказване на лидера на лейбъристите Джереми
        Корбин“ → Джереми Корбин; „оценката на агенцията“ → агенцията): a person named in the phrase, else
        the first name in it, else the noun after „на“."""
        named = [m for m in self.doc.mentions if np[0] <= m.start and m.end <= np[1]]
        person = next((m for m in named if m.type == "PER" and m.text[:1].isupper()), None)
        if person is not None or named:
            chosen = person or named[0]
            return chosen.start, chosen.end
        tokens = self.tokens_between(np[0], np[1])
        if len(tokens) < 3 or tokens[1].text.lower() != "на":
            return None
        k = 2
        while k < len(tokens) - 1 and tokens[k].pos in ("ADJ", "NUM"):
            k += 1  # „на здравното министерство“
        return (tokens[2].start, tokens[k].end) if tokens[k].pos == "NOUN" else None


def _is_body(token: Token) -> bool:
    """A ministry, agency, government … (not „отделни“, which only begins like „отдел“)."""
    return token.pos == "NOUN" and bool(INSTITUTION.match(token.text))


def _main_verb(tokens: list[Token]) -> Token | None:
    """The first finite verb of ``tokens`` outside a subordinate or relative clause („Тръмп разкритикува начина,
    по който Мей води преговорите“: разкритикува)."""
    subordinate = False
    for tok in tokens:
        if tok.text in ",;":
            subordinate = False
        elif tok.text.lower() in SUBORDINATE_OPENERS:
            subordinate = True
        elif tok.pos == "VERB" and not subordinate and not tok.text.lower().endswith(GERUND):
            return tok
    return None


def _unreported_da(cue: Token, upto_da: list[Token]) -> bool:
    """Is the „да“ clause that ``upto_da`` ends with none the cue reports: a noun's („обяви решението си да …“) or
    a permission („допусне Брекзит да бъде отслабен“)?"""
    return lemma_of(cue) in PERMITTING or lemma_of(cue) not in ADDRESSEE_CUES and _own_noun_before(upto_da)


def _conditional(tokens: list[Token], k: int) -> bool:
    """„освен ако не прецени, че …“, „Ако някой ви каже, че …“: the cue is the verb of a condition, which
    reports nothing (not „ако не бъде постигнато споразумение "Еърбъс" предупреди“: the condition has its verb)."""
    j = next((j for j in range(k - 1, -1, -1) if tokens[j].text.lower() == "ако"), None)
    return j is not None and not any(t.text in ",;:" or t.pos == "VERB" for t in tokens[j + 1 : k])


def _own_noun_before(tokens: list[Token]) -> bool:
    """Does a noun with „си“ („решението си“, „намерението си“, „готовността си“) come before the „да“ that ends
    ``tokens``? Then the clause is the noun's, not the verb's."""
    return any(t.text.lower() == "си" and u.pos == "NOUN" and (k == 0 or tokens[k - 1].pos != "ADP")
               for k, (u, t) in enumerate(zip(tokens, tokens[1:])))  # not „предлага на пътниците си да“


def extract_quotes(doc: Document) -> Document:
    """Fill ``doc.quotes`` (uses tokens with lemmas, mentions and entities when present)."""
    doc.quotes = QuoteFinder(doc).find()
    return doc
