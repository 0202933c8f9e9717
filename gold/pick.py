"""Pick fresh documents for a held-out gold set: at random (fixed seed) among the Bulgarian SlavicNER
articles that no gold set in this repository uses yet.

    python gold/pick.py quotes SEED N_PER_TOPIC          # N per topic (a topic's shortfall from the others)
    python gold/pick.py events SEED N [--casualties K]   # N from any topic, each with >= K casualty words

The casualty filter is a broad word list (not the extractor), so the pick does not favour what the system finds.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from hronika.text.training import gold_articles  # noqa: E402

RAW = ROOT.parent / "shared" / "data" / "slavicner" / "raw"
CASUALTY = re.compile(r"\b(убит|убий|загина|жертв|ранен|пострада|арестува|почина|изчезна)\w*", re.IGNORECASE)


def main(argv: list[str]) -> None:
    if len(argv) < 3 or argv[0] not in ("quotes", "events") or not (argv[1].isdigit() and argv[2].isdigit()):
        sys.exit(__doc__)
    kind, seed, n = argv[0], int(argv[1]), int(argv[2])
    minimum = int(argv[argv.index("--casualties") + 1]) if "--casualties" in argv else 0
    used = gold_articles(ROOT)
    rng = random.Random(seed)
    topics = sorted(p.parent.name for p in RAW.glob("*/bg"))
    fresh = {t: sorted(f"{t}/bg/{p.name}" for p in (RAW / t / "bg").glob("*.txt") if f"{t}/bg/{p.name}" not in used)
             for t in topics}
    if kind == "quotes":
        picks = [doc for t in topics for doc in rng.sample(fresh[t], min(n, len(fresh[t])))]
        shortfall = n * len(topics) - len(picks)
        if shortfall:
            rest = [d for t in topics for d in fresh[t] if d not in picks]
            if len(rest) < shortfall:
                sys.exit(f"only {len(picks) + len(rest)} unused documents; ask for fewer per topic")
            print(f"{shortfall} of the {n * len(topics)} picked from other topics: some have fewer than {n} unused",
                  file=sys.stderr)
            picks += rng.sample(rest, shortfall)
    else:
        pool = [d for t in topics for d in fresh[t]
                if len(CASUALTY.findall((RAW / d).read_text(encoding="utf-8"))) >= minimum]
        if len(pool) < n:
            sys.exit(f"only {len(pool)} unused documents have {minimum} casualty words or more; ask for fewer")
        picks = rng.sample(pool, n)
    print("\n".join(picks))


if __name__ == "__main__":
    main(sys.argv[1:])
