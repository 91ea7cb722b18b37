"""Screening speed: ``python bench/screening.py [--rounds N]``.

Prints, in one run, for the shipped rules and model on the labelled corpus
plus generated realistic chat (median and p95 microseconds per message):

- ``screen()`` with the learned stage, alone and with three earlier messages
  of the session as context, one of the agent's flagged (with and without
  the model's conversation reader and its second reading,
  ``conversation.py``), and ``screen()`` with the rules alone (what
  screening cost before the learned stage);
- the two floors: a bare pyahocorasick ``iter`` of the same lexicon over the
  raw text, and the bare model prediction (features of the compact text,
  their lookup, one row sum) — and ``screen()``'s ratio to their sum, from
  the separate passes and again with each message's three calls made back
  to back (``interleaved``: the same conditions for all three);
Times are the thread's CPU time per message (``time.thread_time_ns``), so
that other work on a shared machine does not count.

- how long the model file takes to load and how much memory the process
  gains from it (resident set size before and after);
- the comparison of candidate lexicon matchers on the normalised text:
  pyahocorasick, one compiled ``re`` alternation, a pure-Python dict trie.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import ahocorasick  # noqa: E402

from compliance.engine import (  # noqa: E402
    DEFAULT_MODEL,
    compile_ruleset,
    load_default_spec,
    load_model,
    screen,
)
from compliance.engine.model import message_features  # noqa: E402
from compliance.engine.normalize import fold_term, normalize  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests/data/screening_corpus.jsonl"
CHAT = [
    "亲，在的，请问有什么可以帮您",
    "什么时候发货呀，我急用",
    "订单号{o}，麻烦帮我查一下物流",
    "已经发货了，顺丰单号SF{w}，请注意查收",
    "这款多少钱，{p}元包邮吗",
    "尺码偏大还是偏小，我身高{h}体重{k}斤",
    "好的亲，已经为您备注加急处理了，今天下午统一发出",
    "收到货了，质量很好，下次还来",
    "能便宜点吗，我买{n}件",
    "退款什么时候到账，已经三天了",
    "亲，这款是现货，48小时内发货，支持七天无理由退换",
    "充电宝是{m}mAh的吗，能带上飞机吗",
]


def messages(count: int) -> list[str]:
    rng = random.Random(7)
    texts = [
        json.loads(line)["text"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
    ]
    while len(texts) < count:
        texts.append(
            rng.choice(CHAT).format(
                o="".join(rng.choice("0123456789") for _ in range(19)),
                w="".join(rng.choice("0123456789") for _ in range(13)),
                p=rng.choice(["39.9", "128", "1299"]),
                h=rng.randint(150, 190),
                k=rng.randint(90, 200),
                n=rng.randint(2, 9),
                m=rng.choice(["10000", "13800", "20000"]),
            )
        )
    return texts


def per_message(function, texts, rounds):
    """Median and p95 microseconds of the calling thread's CPU time per call:
    on a shared machine wall time adds whoever else ran meanwhile."""
    samples = []
    clock = time.thread_time_ns
    for _ in range(rounds):
        for text in texts:
            started = clock()
            function(text)
            samples.append((clock() - started) / 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95)]


def interleaved(calls, rounds):
    """``per_message`` for several ``(function, inputs)`` at once, each
    message's calls made back to back: a ratio between them then compares
    calls made under the same conditions (a shared host's frequency and
    caches change from one pass to the next, by a third on this one)."""
    samples = [[] for _ in calls]
    clock = time.thread_time_ns
    for _ in range(rounds):
        for index in range(len(calls[0][1])):
            for (function, inputs), kept in zip(calls, samples, strict=True):
                started = clock()
                function(inputs[index])
                kept.append((clock() - started) / 1000)
    figures = []
    for kept in samples:
        kept.sort()
        figures.append((statistics.median(kept), kept[int(len(kept) * 0.95)]))
    return figures


def lexicon() -> list[str]:
    spec = load_default_spec()
    words = {fold_term(t) for r in spec["rules"] for t in r["terms"]}
    words |= {fold_term(t) for t in spec["allow"]}
    return sorted(w for w in words if w)


def build_trie(words):
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = word
    return root


def trie_scan(trie, text):
    found = []
    for start in range(len(text)):
        node = trie
        for char in text[start:]:
            node = node.get(char)
            if node is None:
                break
            if "" in node:
                found.append(node[""])
    return found


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()
    spec = load_default_spec()
    rules_only = compile_ruleset(spec)
    texts = messages(args.messages)
    for text in texts[:200]:  # the lazy tables, before measuring memory
        screen(rules_only, text, "agent")
    before = rss_mib()
    started = time.perf_counter()
    model = load_model(DEFAULT_MODEL)
    load_seconds = time.perf_counter() - started
    rules = compile_ruleset(spec, model)
    for text in texts[:200]:
        screen(rules, text, "agent")
    after = rss_mib()
    words = lexicon()

    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    alternation = re.compile("|".join(map(re.escape, sorted(words, key=len)[::-1])))
    trie = build_trie(words)
    compact = [normalize(text).text for text in texts]

    # The agent's earlier message given as flagged: the reader's second
    # reading (after an action) reads every message the first one leaves,
    # its costliest case.
    history = [("buyer", "你好，在吗", "allow"),
               ("agent", "在的亲，请问有什么可以帮您", "flag"),
               ("buyer", "这个什么时候发货", "allow")]  # fmt: skip
    median, p95 = per_message(lambda t: screen(rules, t, "agent"), texts, args.rounds)
    with_ctx, with_ctx95 = per_message(
        lambda t: screen(rules, t, "agent", history), texts, args.rounds
    )
    unread = compile_ruleset(spec, dataclasses.replace(model, reader=None))
    for text in texts[:200]:
        screen(unread, text, "agent", history)
    # the two alternate, first one then the other (the first call of a
    # message warms the caches for the second)
    reading = [
        (lambda t: screen(rules, t, "agent", history), texts),
        (lambda t: screen(unread, t, "agent", history), texts),
    ]
    first = interleaved(reading, args.rounds)
    second = interleaved(reading[::-1], args.rounds)[::-1]
    (read, read95), (no_reader, no_reader95) = (
        tuple((a + b) / 2 for a, b in zip(x, y, strict=True))
        for x, y in zip(first, second, strict=True)
    )
    bare, bare95 = per_message(
        lambda t: screen(rules_only, t, "agent"), texts, args.rounds
    )
    floor, floor95 = per_message(lambda t: list(automaton.iter(t)), texts, args.rounds)

    def predict(compact):  # the C lookup when built (model.gram_tables)
        return model.scores(model.message_rows(compact, "agent"))

    def predict_python(compact):  # the feature strings and a dict lookup each
        return model.scores(model.indices(message_features(compact, "agent")))

    predicted, predicted95 = per_message(predict, compact, args.rounds)
    python, python95 = per_message(predict_python, compact, args.rounds)
    normal, normal95 = per_message(normalize, texts, args.rounds)
    print(f"messages: {len(texts)}, lexicon: {len(words)} normalised entries")
    print(
        f"model {model.version}: {len(model.vocabulary)} features, "
        f"{DEFAULT_MODEL.stat().st_size / 1e6:.1f} MB file, loaded in "
        f"{load_seconds:.2f} s, +{after - before:.0f} MiB resident "
        f"({before:.0f} → {after:.0f} MiB)"
    )
    print(f"screen() with model: median {median:7.1f} µs   p95 {p95:7.1f} µs")
    print(
        f"  with 3 context msgs: median {with_ctx:5.1f} µs   p95 {with_ctx95:7.1f} µs"
    )
    print(
        f"  with and without the conversation reader, interleaved: median "
        f"{read:5.1f} / {no_reader:5.1f} µs, p95 {read95:5.1f} / "
        f"{no_reader95:5.1f} µs ({read / no_reader:.2f}x)"
    )
    print(f"screen() rules only: median {bare:7.1f} µs   p95 {bare95:7.1f} µs")
    print(f"  normalize() alone: median {normal:7.1f} µs   p95 {normal95:7.1f} µs")
    print(f"automaton floor:     median {floor:7.1f} µs   p95 {floor95:7.1f} µs")
    print(
        f"model floor:         median {predicted:7.1f} µs   p95 {predicted95:7.1f} µs"
    )
    print(
        f"  same in Python:    median {python:7.1f} µs   p95 {python95:7.1f} µs"
        f"   (C lookup {'built' if model.gram_tables else 'NOT built'})"
    )
    print(f"screen / (automaton + model): {median / (floor + predicted):.1f}x")
    (inter, _), (inter_floor, _), (inter_model, _) = interleaved(
        [
            (lambda t: screen(rules, t, "agent"), texts),
            (lambda t: list(automaton.iter(t)), texts),
            (predict, compact),
        ],
        args.rounds,
    )
    print(
        f"  interleaved, each message's three calls back to back: screen "
        f"{inter:.1f} µs, floors {inter_floor:.1f} + {inter_model:.1f} µs, "
        f"{inter / (inter_floor + inter_model):.1f}x"
    )
    print("matchers over the normalised text:")
    matchers = {
        "pyahocorasick iter": lambda t: list(automaton.iter(t)),
        "re alternation": lambda t: alternation.findall(t),
        "dict trie (Python)": lambda t: trie_scan(trie, t),
    }
    for name, function in matchers.items():
        m_median, m_p95 = per_message(function, compact, args.rounds)
        print(f"  {name:20s} median {m_median:7.1f} µs   p95 {m_p95:7.1f} µs")


if __name__ == "__main__":
    main()
