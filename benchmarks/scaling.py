"""Does a document's cost grow with its length? Times one long document at 1x, 2x and 4x its size.

The documents are the project's own demo articles (original texts) joined one after another until the
base size is reached, then doubled and doubled again: a long transcript-like text with the same people
named over and over, which is where a per-quote or per-event scan of every actor mention turns
quadratic. Linear cost means the 4x document takes about 4x the time (the issue's target: at most 4.5x).

usage: python benchmarks/scaling.py [--base-kb 42] [--sizes 1,2,4] [--rounds 1]
"""

from __future__ import annotations

import argparse
from time import perf_counter

from faultlines import demo
from faultlines.model import Article
from faultlines.nlp import load
from faultlines.pipeline import analyze_many


def document(chars: int) -> str:
    """Demo articles, paragraph after paragraph, repeated up to ``chars`` characters."""
    texts = [a.text for a in demo.articles()]
    parts: list[str] = []
    size = n = 0
    while size < chars:
        parts.append(texts[n % len(texts)])
        size += len(parts[-1]) + 2
        n += 1
    return "\n\n".join(parts)


def time_one(text: str, rounds: int) -> tuple[float, dict[str, float]]:
    """Best wall time of ``rounds`` analyses of ``text``, with that round's stage times."""
    best, best_timings = float("inf"), {}
    for _ in range(rounds):
        timings: dict[str, float] = {}
        started = perf_counter()
        for _analysis in analyze_many([Article(id="long", text=text)], timings=timings):
            pass
        elapsed = perf_counter() - started
        if elapsed < best:
            best, best_timings = elapsed, timings
    return best, best_timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-kb", type=float, default=42.0, help="size of the 1x document in KB")
    parser.add_argument("--sizes", default="1,2,4", help="multiples of the base size to time")
    parser.add_argument("--rounds", type=int, default=1, help="timed rounds per size (best kept)")
    args = parser.parse_args()
    load()  # the model loads before any timing
    sizes = [int(s) for s in args.sizes.split(",")]
    base_seconds = None
    print(f"{'size':>5} {'chars':>9} {'seconds':>8} {'x time':>7} {'x/size':>7}  stages (s)")
    for size in sizes:
        text = document(int(args.base_kb * 1024 * size))
        seconds, timings = time_one(text, args.rounds)
        base_seconds = base_seconds or seconds / size
        ratio = seconds / (base_seconds * sizes[0])
        stages = "  ".join(f"{name} {value:.2f}" for name, value in timings.items())
        print(
            f"{size:>4}x {len(text):>9,} {seconds:>8.2f} {ratio:>7.2f} {ratio * sizes[0] / size:>7.2f}  {stages}"
        )
    print("x time: seconds over the first size's; x/size: that over the size ratio (1.00 is linear)")


if __name__ == "__main__":
    main()
