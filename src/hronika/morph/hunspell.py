"""Analyses of Bulgarian word forms by the system's hunspell dictionary (Debian package ``hunspell-bg``).

The dictionary lists ~78 000 stems, each with flags naming its suffix classes (``къща/K``: къщата, къщи,
къщите; ``продам/X``: продаде, продадох, продаден, …); expanding them gives ~870 000 forms. For a form this
module finds every stem (lemma) and flag that could produce it, by taking suffixes off, which is what
hunspell does itself.

The dictionary is licensed GPL-2, so hronika (MIT) neither ships it nor any table made from it: it is read
at run time from the system when present (``HRONIKA_HUNSPELL_BG`` names another ``.dic``/``.aff`` pair; an
empty value switches it off). The models learn only from abstract evidence — the flag, the suffix taken
off, the edit script from form to stem — never from the dictionary's words. Without the dictionary every
form simply has no analyses, and the morphology stage falls back on its other sources.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import NamedTuple

DEFAULT = Path("/usr/share/hunspell/bg_BG.dic")
ENV = "HRONIKA_HUNSPELL_BG"


class Analysis(NamedTuple):
    stem: str  #: the dictionary entry: the lemma in the dictionary's convention
    flag: str  #: the suffix class whose rule made the form ("" when the form is an entry itself)
    suffix: str  #: the suffix that rule adds ("" when the form is an entry itself)


class Dictionary:
    """A hunspell dictionary with suffix rules (prefix rules, compounding and the rest are not used here)."""

    def __init__(self, dic: Path, aff: Path) -> None:
        self.stems: dict[str, str] = {}  # stem → its flags (several entries of one stem merged)
        self.rules: dict[str, list[tuple[str, str, re.Pattern | None]]] = {}  # added suffix → (flag, strip, cond)
        self._read_aff(aff)
        self._read_dic(dic)
        self.longest = max((len(s) for s in self.rules), default=0)

    def _read_aff(self, aff: Path) -> None:
        headers: set[str] = set()
        for line in aff.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) < 4 or parts[0] != "SFX":
                continue
            flag = parts[1]
            if flag not in headers:  # the first line of a class only says how many rules follow
                headers.add(flag)
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add = "" if parts[3] == "0" else parts[3].split("/", 1)[0]
            cond = parts[4] if len(parts) > 4 else "."
            pattern = None if cond == "." else re.compile(f"(?:{cond})$")
            self.rules.setdefault(add, []).append((flag, strip, pattern))

    def _read_dic(self, dic: Path) -> None:
        with dic.open(encoding="utf-8", errors="replace") as lines:
            next(lines, None)  # the entry count
            for line in lines:
                entry = line.strip()
                if not entry:
                    continue
                stem, _, flags = entry.partition("/")
                self.stems[stem] = self.stems.get(stem, "") + flags

    def analyse(self, form: str) -> list[Analysis]:
        """Every (stem, flag, suffix) that makes exactly ``form`` (case as given)."""
        out = []
        if form in self.stems:
            out.append(Analysis(form, "", ""))
        for cut in range(min(len(form) - 1, self.longest), -1, -1):
            base, add = form[: len(form) - cut], form[len(form) - cut :]
            for flag, strip, cond in self.rules.get(add, ()):
                stem = base + strip
                flags = self.stems.get(stem)
                if flags and flag in flags and (cond is None or cond.search(stem)):
                    out.append(Analysis(stem, flag, add))
        return out


@functools.lru_cache(maxsize=1)
def dictionary() -> Dictionary | None:
    """The system dictionary, or None when there is none (or ``HRONIKA_HUNSPELL_BG`` is empty)."""
    setting = os.environ.get(ENV)
    if setting == "":
        return None
    dic = Path(setting) if setting else DEFAULT
    aff = dic.with_suffix(".aff")
    if not (dic.is_file() and aff.is_file()):
        return None
    return Dictionary(dic, aff)


@functools.lru_cache(maxsize=65536)
def analyses(word: str) -> tuple[Analysis, ...]:
    """Analyses of ``word`` as written and, when it is capitalised, of its lower-case form."""
    d = dictionary()
    if d is None:
        return ()
    found = d.analyse(word)
    lower = word.lower()
    if lower != word:
        found += d.analyse(lower)
    return tuple(dict.fromkeys(found))
