"""Training the learned stage: ``train(ruleset, records) -> bytes`` (a model file).

Records are labelled messages ``{"text", "sender", "labels": [categories],
"session"?, "history"?}``; records that share a session are in the order sent
and each is featurised with that session's earlier messages (or with its own
``history``, ``[[sender, text], ...]``, as auditors' decisions come), exactly
as ``screen()`` sees them (``featurise``). The steps, all deterministic for a given input
and seed:

1. featurise every record with the deterministic stage of ``ruleset`` (its
   evidence becomes features, never its verdict);
2. keep the features seen in at least ``MIN_COUNT`` records, sorted;
3. score every record out of fold (``FOLDS``-fold cross-validation, a
   session never split across folds) to choose, per category, the two
   thresholds on data the scoring model did not see (``choose_thresholds``);
4. fit one L2-regularised logistic regression per category on all records,
   the blind writers' lines weighted ``BLIND_WEIGHT`` (``record_weight``)
   (scikit-learn's liblinear) and export weights, bias and thresholds.

scikit-learn is imported here only: screening reads the exported weights.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .evidence import evidence_hits, hit_codes, hit_features
from .model import (
    CONTEXT_MESSAGES,
    context_features,
    message_features,
    message_shape,
    model_from_bytes,
    serialise,
    shape_features,
)
from .normalize import normalize
from .reader_training import fit_reader
from .ruleset import ACTIONS, CATEGORIES, SENDERS, RuleSet, compile_ruleset
from .screen import HISTORY_LIMIT, model_view

__all__ = [
    "TrainingError",
    "check_record",
    "choose_thresholds",
    "featurise",
    "read_corpus",
    "train",
]

SEED = 20261204
FOLDS = 5
# A feature must occur in at least this many records. Two (until round
# eleven) kept 378,223 features, 14.3 MB, +178 MiB per screening process
# (the target is +150 MB); three keeps 244,566, 9.3 MB, +96 MiB, and on the
# fresh blind sets n, o, p and r (2,398 messages) caught the same, prevented
# more and acted on fewer acceptable messages (29 against 31 of 1,143).
MIN_COUNT = 3
C = 32.0
# A feature is kept only if it weighs at least this much in some category:
# below it, it moves a logit by about a thousandth (weights are divided by
# the square root of a message's feature count), and every feature costs
# memory in each screening process. At 0.005 round twenty-seven keeps
# 349,239 of its 350,996 features (1e-4 until then kept them all), every
# evaluation figure unchanged, +142 MiB a process against +148 MiB. Round
# twenty-nine's 363,506 features took +151 MiB; at 0.02 it keeps 344,261
# of them: on the fresh sets (ap, aq, ar, conversations ao, ap) every figure
# the same, on the older a-m two more acceptable messages flagged (none
# blocked), and a process back under the +150 MB target.
MIN_WEIGHT = 0.02
# Share of acceptable messages each category may act on, out of fold.
BLOCK_BUDGET = 0.001
# Contact, payment and link are the categories the marketplaces require to be
# prevented (blocked or masked), not just flagged: they may block on twice the
# share, still at the precision below.
PREVENT_BLOCK_BUDGET = {"contact": 0.002, "payment": 0.002, "link": 0.002}
FLAG_BUDGET = 0.0025
MIN_BLOCK_PRECISION = 0.9
# Scores below these never block or flag, however clean the validation folds:
# the folds are written like the corpus, real traffic is not.
# Blocking is for confident readings: a score of at least 0.7 (0.6 until
# round ten: held out writer by writer, 0.6 -> 0.7 spared 4 of 3,589 new
# writers' acceptable messages a block, their violations still flagged);
# 0.5 for the categories that must be prevented.
BLOCK_FLOOR = 0.7
PREVENT_BLOCK_FLOOR = 0.5
# Flagging needs a score of at least 0.4 (0.3 until round fourteen: on the
# older blind sets a, b, c, i, j, l and m, 2,348 messages none of the rounds
# since trained on, 0.3 -> 0.4 acted on 28 instead of 42 acceptable messages
# at 0.940 instead of 0.951 of the violations caught, every category still
# >= 0.90; pending/README.md, round fourteen).
FLAG_FLOOR = 0.4
# Lines that blind evaluation writers wrote as real traffic (family
# ``blind_<set>``, moved into the corpus once their set was scored and read)
# count this many times an ordinary corpus line in every fit: held out writer
# by writer they raised a new writer's violations caught 0.915 -> 0.920 and
# lowered its acceptable messages acted on 2.09 -> 1.84 % (pending/README.md).
BLIND_FAMILY_PREFIX = "blind_"
BLIND_WEIGHT = 3.0


class TrainingError(ValueError):
    """A training record or corpus file is malformed."""


def check_record(record, where: str) -> dict:
    if not isinstance(record, dict):
        raise TrainingError(f"{where}: not a JSON object")
    text, sender, labels = (
        record.get("text"),
        record.get("sender"),
        record.get("labels"),
    )
    if not isinstance(text, str) or not text.strip():
        raise TrainingError(f"{where}: text must be a non-empty string")
    if sender not in SENDERS:
        raise TrainingError(f"{where}: sender must be buyer or agent")
    if not isinstance(labels, list) or not set(labels) <= set(CATEGORIES):
        raise TrainingError(f"{where}: labels must be a list of category codes")
    session = record.get("session")
    if session is not None and not isinstance(session, str):
        raise TrainingError(f"{where}: session must be a string")
    family = record.get("family")
    if family is not None and not isinstance(family, str):
        raise TrainingError(f"{where}: family must be a string")
    history = record.get("history") or []
    if not isinstance(history, list) or not all(
        isinstance(item, list | tuple)
        and len(item) in (2, 3)
        and item[0] in SENDERS
        and isinstance(item[1], str)
        and (len(item) == 2 or item[2] in ACTIONS)
        for item in history
    ):
        raise TrainingError(
            f"{where}: history must be [[sender, text], ...] or "
            "[[sender, text, action], ...]"
        )
    return {
        "text": text,
        "sender": sender,
        "labels": sorted(set(labels)),
        "session": session,
        "history": [tuple(pair) for pair in history],
        "weight": record_weight(family),
        "writer": writer_of(family),
    }


def record_weight(family: str | None) -> float:
    """How many ordinary corpus lines a record counts for in the fits."""
    if family and family.startswith(BLIND_FAMILY_PREFIX):
        return BLIND_WEIGHT
    return 1.0


def writer_of(family: str | None) -> str | None:
    """The blind writer a record comes from (its ``blind_*`` family), or None."""
    if family and family.startswith(BLIND_FAMILY_PREFIX):
        return family
    return None


def read_corpus(paths: Iterable[Path]) -> tuple[list[dict], dict[str, str]]:
    """The records of the corpus files in name order, and each file's digest."""
    records: list[dict] = []
    digests: dict[str, str] = {}
    for path in sorted(Path(p) for p in paths):
        data = path.read_bytes()
        digests[path.name] = hashlib.sha256(data).hexdigest()[:16]
        for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                raw = json.loads(line)
            except ValueError as error:
                raise TrainingError(f"{where}: not JSON ({error})") from None
            record = check_record(raw, where)
            if record["session"]:
                record["session"] = f"{path.stem}/{record['session']}"
            records.append(record)
    return records, digests


@dataclass
class Featurised:
    features: list[list[str]]
    labels: np.ndarray  # (records, categories) 0/1
    groups: np.ndarray  # the session (or the record) of each record
    weights: np.ndarray  # each record's weight in the fits (record_weight)


def featurise(ruleset: RuleSet, records: Sequence[dict]) -> Featurised:
    """Each record's features as ``screen()`` would compute them."""
    history: dict[str, list[tuple[str, str, list[str]]]] = defaultdict(list)
    rows = []
    labels = np.zeros((len(records), len(CATEGORIES)), dtype=np.int8)
    groups = np.zeros(len(records), dtype=np.int64)
    weights = np.array([r.get("weight", 1.0) for r in records], dtype=np.float64)
    group_ids: dict[str, int] = {}
    for index, record in enumerate(records):
        session = record.get("session")
        if session:
            earlier = history[session]
        else:
            earlier = [
                (who, said, _context(ruleset, said, ()))
                for who, said, *_action in record.get("history") or []
            ]
        previous = [t for who, t, _c in earlier if who == record["sender"]]
        previous = previous[-HISTORY_LIMIT:]
        norm = normalize(record["text"])
        view, text, tokens = model_view(ruleset, norm)
        hits = evidence_hits(
            ruleset, norm, previous, tokens if view is norm.compact else None
        )
        evidence = hit_features(hits, norm.original)
        features = []
        if text:  # a message of symbols and emoji only is not scored
            features = message_features(text, record["sender"], evidence, tokens)
            recent = [f for _w, _s, added in earlier[-CONTEXT_MESSAGES:] for f in added]
            features += recent
            shape = message_shape(text, record["sender"])
            if shape is not None:
                features += shape_features(shape, record["sender"], recent)
        rows.append(sorted(set(features)))
        for category in record["labels"]:
            labels[index, CATEGORIES.index(category)] = 1
        # A blind writer's lines share one fold, so that their out-of-fold
        # scores are a new writer's (choose_thresholds reads them apart).
        key = record.get("writer") or session or f"#{index}"
        groups[index] = group_ids.setdefault(key, len(group_ids))
        if session:
            codes = hit_codes(hits)
            earlier.append(
                (record["sender"], record["text"], context_features(text, codes))
            )
    return Featurised(rows, labels, groups, weights)


def _context(ruleset: RuleSet, said: str, previous) -> list[str]:
    norm = normalize(said)
    view, text, tokens = model_view(ruleset, norm)
    hits = evidence_hits(
        ruleset, norm, previous, tokens if view is norm.compact else None
    )
    return context_features(text, hit_codes(hits))


# OpenBLAS, under scikit-learn's liblinear, picks its kernels by CPU: on an
# AVX-512 machine the "SkylakeX" ones, elsewhere on x86-64 the "Haswell"
# ones. Their dot products differ in the last bits, enough to move which
# features pass MIN_WEIGHT and the thresholds in the fourth decimal (on an
# AVX-512 EPYC the shipped mf8850164f3a5 rebuilt as m559665968b7d; with the
# Haswell kernels, byte for byte). So the training command runs with the
# Haswell kernels wherever the CPU has them (AVX2 and FMA).
BLAS_CORE = "Haswell"


def pinned_blas_environment(
    machine: str, cpu_flags: set[str], environ: dict[str, str]
) -> dict[str, str] | None:
    """The environment to train in when this process's BLAS kernels are not
    the pinned ones and can be (an x86-64 CPU with AVX2 and FMA); ``None``
    when they already are, or cannot be."""
    if machine.lower() not in ("x86_64", "amd64"):
        return None
    if not {"avx2", "fma"} <= cpu_flags:
        return None
    if environ.get("OPENBLAS_CORETYPE") == BLAS_CORE:
        return None
    return {**environ, "OPENBLAS_CORETYPE": BLAS_CORE}


def cpu_flags(cpuinfo: str = "/proc/cpuinfo") -> set[str]:
    """The CPU's feature flags (Linux), or none where they cannot be read."""
    try:
        text = Path(cpuinfo).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    for line in text.splitlines():
        if line.startswith("flags"):
            return set(line.partition(":")[2].split())
    return set()


def _matrix(rows: Sequence[Sequence[str]], vocabulary: dict[str, int]):
    from scipy.sparse import csr_matrix

    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for features in rows:
        found = sorted({vocabulary[f] for f in features if f in vocabulary})
        weight = 1.0 / np.sqrt(len(found)) if found else 0.0
        indices.extend(found)
        data.extend([weight] * len(found))
        indptr.append(len(indices))
    return csr_matrix(
        (np.asarray(data, dtype=np.float64), indices, indptr),
        shape=(len(rows), len(vocabulary)),
    )


def _fit(matrix, labels: np.ndarray, c: float, sample_weight=None):
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((matrix.shape[1], labels.shape[1]), dtype=np.float64)
    bias = np.zeros(labels.shape[1], dtype=np.float64)
    for column in range(labels.shape[1]):
        target = labels[:, column]
        if target.min() == target.max():
            bias[column] = 20.0 if target.max() else -20.0
            continue
        classifier = LogisticRegression(
            C=c, solver="liblinear", random_state=SEED, max_iter=1000
        )
        classifier.fit(matrix, target, sample_weight=sample_weight)
        weights[:, column] = classifier.coef_[0]
        bias[column] = classifier.intercept_[0]
    return weights, bias


def _predict(matrix, weights, bias) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(matrix @ weights + bias)))


def out_of_fold(
    matrix, labels, groups, c: float = C, folds: int = FOLDS, weights=None
) -> np.ndarray:
    """Each record's scores from a model fitted without its fold (with the
    records' ``weights``; the thresholds then count every record once)."""
    scores = np.zeros(labels.shape, dtype=np.float64)
    unique = np.unique(groups)
    rng = np.random.RandomState(SEED)
    order = rng.permutation(unique)
    fold_of = {group: position % folds for position, group in enumerate(order)}
    assignment = np.array([fold_of[g] for g in groups])
    for fold in range(folds):
        test = assignment == fold
        fitted, bias = _fit(
            matrix[~test],
            labels[~test],
            c,
            None if weights is None else weights[~test],
        )
        scores[test] = _predict(matrix[test], fitted, bias)
    return scores


def choose_thresholds(scores: np.ndarray, labels: np.ndarray) -> dict:
    """Per category: ``block`` is the lowest score at which at most
    ``BLOCK_BUDGET`` (``PREVENT_BLOCK_BUDGET`` for the categories that must be
    prevented) of the acceptable messages would be acted on and the
    category's precision is at least ``MIN_BLOCK_PRECISION`` (not under
    ``BLOCK_FLOOR``; ``PREVENT_BLOCK_FLOOR`` for those that must be
    prevented); ``flag`` the lowest within ``FLAG_BUDGET`` (not under
    ``FLAG_FLOOR``). A category with a larger prevent budget also gets
    ``buyer_block``, the threshold of the ordinary budget, for buyers'
    messages. Returns the thresholds with the out-of-fold figures they give."""
    benign = labels.sum(axis=1) == 0
    benign_count = max(int(benign.sum()), 1)
    chosen = {}
    for column, category in enumerate(CATEGORIES):
        score = scores[:, column]
        positive = labels[:, column] == 1
        candidates = np.unique(np.round(score[positive | benign], 4))
        candidates = candidates[candidates >= FLAG_FLOOR]
        budgets = {"block": PREVENT_BLOCK_BUDGET.get(category, BLOCK_BUDGET)}
        floor = PREVENT_BLOCK_FLOOR if category in PREVENT_BLOCK_BUDGET else BLOCK_FLOOR
        if category in PREVENT_BLOCK_BUDGET:
            budgets["buyer_block"] = BLOCK_BUDGET
        found = dict.fromkeys(budgets, 1.0)
        flag = 1.0
        for value in sorted(candidates, reverse=True):
            acted = score >= value
            benign_rate = (acted & benign).sum() / benign_count
            hits = int((acted & positive).sum())
            precision = hits / max(int(acted.sum()), 1)
            for key, budget in budgets.items():
                if (
                    value >= floor
                    and benign_rate <= budget
                    and precision >= MIN_BLOCK_PRECISION
                ):
                    found[key] = float(value)
            if benign_rate <= FLAG_BUDGET:
                flag = float(value)
        block = found["block"]
        flag = min(flag, block)
        chosen[category] = {
            "block": round(block, 4),
            "flag": round(flag, 4),
            "oof": _figures(score, positive, benign, block, flag),
        }
        if "buyer_block" in found:
            chosen[category]["buyer_block"] = round(max(found["buyer_block"], block), 4)
    return chosen


def _figures(score, positive, benign, block, flag) -> dict:
    support = max(int(positive.sum()), 1)
    benign_count = max(int(benign.sum()), 1)
    return {
        "support": int(positive.sum()),
        "recall_block": round(float(((score >= block) & positive).sum() / support), 4),
        "recall_any": round(float(((score >= flag) & positive).sum() / support), 4),
        "benign_block": round(
            float(((score >= block) & benign).sum() / benign_count), 5
        ),
        "benign_any": round(float(((score >= flag) & benign).sum() / benign_count), 5),
    }


def train(
    ruleset: RuleSet,
    records: Sequence[dict],
    *,
    sources: dict | None = None,
    c: float = C,
    folds: int = FOLDS,
    log=None,
    reader_records: Sequence[dict] = (),
    reader_sources: dict | None = None,
    reader_more: Sequence[dict] = (),
    reader_more_sources: dict | None = None,
    spec: dict | None = None,
) -> bytes:
    """Fit the model on ``records``; the model file's bytes. With
    ``reader_records`` (whole conversations not among ``records``) and the
    rules' ``spec``, the model's conversation reader is fitted on them
    (``reader_training.fit_reader``; its second reading on them and
    ``reader_more``) and stored in the same file."""
    import sklearn

    say = log or (lambda message: None)
    featurised = featurise(ruleset, records)
    scored = np.array([bool(features) for features in featurised.features])
    featurised = Featurised(
        [f for f in featurised.features if f],
        featurised.labels[scored],
        featurised.groups[scored],
        featurised.weights[scored],
    )
    say(f"featurised {len(records)} records ({int((~scored).sum())} with no text)")
    counts: dict[str, int] = defaultdict(int)
    for features in featurised.features:
        for feature in features:
            counts[feature] += 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    vocabulary = {name: row for row, name in enumerate(names)}
    matrix = _matrix(featurised.features, vocabulary)
    say(f"{len(names)} features")
    scores = out_of_fold(
        matrix, featurised.labels, featurised.groups, c, folds, featurised.weights
    )
    thresholds = choose_thresholds(scores, featurised.labels)
    say("thresholds chosen out of fold")
    weights, bias = _fit(matrix, featurised.labels, c, featurised.weights)
    keep = np.abs(weights).max(axis=1) >= MIN_WEIGHT
    kept_names = [name for name, flag in zip(names, keep, strict=True) if flag]
    summary = {
        "records": len(records),
        "acceptable": int((featurised.labels.sum(axis=1) == 0).sum()),
        "per_category": {
            category: int(featurised.labels[:, column].sum())
            for column, category in enumerate(CATEGORIES)
        },
        "sources": sources or {},
        "rules": ruleset.version,
        "seed": SEED,
        "c": c,
        "folds": folds,
        "min_count": MIN_COUNT,
        "min_weight": MIN_WEIGHT,
        "weighted": {
            "family_prefix": BLIND_FAMILY_PREFIX,
            "weight": BLIND_WEIGHT,
            "records": int((featurised.weights != 1.0).sum()),
        },
        "scikit_learn": sklearn.__version__,
        "out_of_fold": {k: v.pop("oof") for k, v in thresholds.items()},
    }
    parts = (
        CATEGORIES,
        kept_names,
        weights[keep].astype(np.float32),
        bias.astype(np.float32),
        thresholds,
        summary,
    )
    if not reader_records:
        return serialise(*parts)
    if spec is None:
        raise TrainingError("the conversation reader needs the rules' spec")
    deciding = compile_ruleset(spec, model_from_bytes(serialise(*parts)))
    try:
        reader = fit_reader(deciding, reader_records, reader_more).to_dict()
    except ValueError as error:
        raise TrainingError(f"conversation reader: {error}") from None
    reader["summary"]["sources"] = reader_sources or {}
    second = reader.get("after_action")
    if second is not None:
        second["summary"]["sources"] = {
            **(reader_sources or {}),
            **(reader_more_sources or {}),
        }
    say(
        f"conversation reader: {len(reader_records)} messages, blocks at "
        f"{reader['block_at']}; after an action "
        + (
            f"{second['summary']['records']} messages, blocks at {second['block_at']}"
            if second is not None
            else "no second reading (no threshold at its precision)"
        )
    )
    return serialise(*parts, reader)
