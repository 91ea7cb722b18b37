"""The learned stage: a multi-label linear classifier over the ten categories.

It reads what the deterministic stage has already computed for a message and
adds nothing slow to it:

- the compact view's character 1-, 2- and 3-grams (``加我``, ``我薇``, ``薇信``);
- the phonetic view's fuzzy syllable bigrams and trigrams (``wei|xin``), so a
  homophone weighs like the word it imitates (``phonetic.py``);
- the deterministic evidence: which rules' terms, patterns and detectors hit
  (``@contact.wechat``, ``@~contact.wechat`` for a sounds-like hit), so the
  model learns when a mention is an invitation and when it is a warning, a
  product name or a buyer's question;
- the session's recent messages (``CONTEXT_MESSAGES``, either sender) as
  character unigrams and bigrams and the rules their evidence hit, prefixed
  ``^``: an invitation before the handle, a buyer's "有微信吗" before "看我头像";
- the sender and coarse length and digit-count buckets.

Features are binary and the vector is L2-normalised, so a category's score is
``sigmoid(bias + Σ weight / √k)`` over the message's ``k`` known features:
one dictionary lookup per n-gram and one small matrix row sum. Training
(``training.py``) fits one logistic regression per category with
scikit-learn; this module only reads the exported weights, so screening
imports numpy but never scikit-learn.

The artifact is one gzip file (deterministic: no timestamp, fixed member
name): a JSON header line (format, version, categories, thresholds, training
summary), then the vocabulary (one feature per line) and the weights as
little-endian float32, categories fastest. The version is a digest of the
content, so the same training data and seed give the same file and version.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import io
import json
import logging
import math
import re
import threading
import weakref
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

import numpy as np

from .conversation import ConversationReader
from .folding import Folding
from .phonetic import syllables

try:  # the C lookup (setup.py builds it); the same rows without it, slower
    from ._grams import GramTable, judge, logits, round4, top_rows
except ImportError:  # pragma: no cover - exercised where no compiler was found
    GramTable = judge = logits = round4 = top_rows = None

__all__ = [
    "CONTEXT_MESSAGES",
    "ModelError",
    "ScreeningModel",
    "load_model",
    "message_features",
]

logger = logging.getLogger(__name__)

FORMAT = 1
CONTEXT_MESSAGES = 3
CHAR_ORDERS = (1, 2, 3)
CONTEXT_ORDERS = (1, 2)
# The lookups read every order from 1 up (model.message_rows, _grams.c).
assert tuple(range(1, len(CHAR_ORDERS) + 1)) == CHAR_ORDERS
assert tuple(range(1, len(CONTEXT_ORDERS) + 1)) == CONTEXT_ORDERS


class ModelError(ValueError):
    """The model file is missing, unreadable or not a screening model."""


def rounded_scores(values: list[float]) -> list[float]:
    """``[round(value, 4) for value in values]``: a verdict's scores (in C
    when built, ten times faster; a test holds the two equal)."""
    if round4 is not None:
        return round4(values)
    return [round(value, 4) for value in values]


def ordered_rows(rows: set[int] | frozenset[int]) -> np.ndarray:
    """The rows in ascending order, as ``contributions`` reads them."""
    return np.fromiter(sorted(rows), np.intp, len(rows))


def _bucket(value: int, edges: Sequence[int]) -> int:
    """The first position whose edge is above ``value`` (edges ascending)."""
    return bisect_right(edges, value)


def _char_grams(text: str, orders=CHAR_ORDERS) -> list[str]:
    size = len(text)
    grams = []
    for order in orders:
        grams.extend(text[i : i + order] for i in range(size - order + 1))
    return grams


# The model reads digits by shape only: which digits a number has says nothing
# (the structural detectors judge phone and card numbers), how many it has does.
_DIGITS = Folding(str.maketrans("123456789", "000000000"))
_HIDDEN = "▯"  # characters the model must not read (links to the platform itself)
# A code right after a product or order word is a model, version, serial or
# order number, not a handle: the model reads only that a code is there (the
# structural detectors still judge a phone number in that place).
_PRODUCT_CODE = re.compile(
    r"(?:型号|货号|款号|版本号|版本|编号|序列号|条码|批号|批次|sku|imei|订单号|订单|"
    r"单号|运单号|运单|物流单号|快递单号|工单号|发票号)(?:号|码)?"
    r"([a-z0-9][a-z0-9▯-]{2,})"
)
# Codes are hidden only in a text holding one of these (one scan, not five).
_PRODUCT_WORD_CHAR = Folding.of("号码版批单")
_URL_HEAD = ("https", "http", "www")


@functools.lru_cache(maxsize=16)
def _folded_domains(domains: tuple[str, ...]) -> tuple[str, ...]:
    from .normalize import fold_term

    return tuple(d for d in (fold_term(domain) for domain in domains) if len(d) >= 4)


def _hide_code(match: re.Match) -> str:
    start = match.start(1) - match.start()
    return match.group()[:start] + _HIDDEN * (match.end() - match.start(1))


def model_text(compact: str, platform_domains: tuple[str, ...] = ()) -> str:
    """The compact view as the model reads it: digits as ``0``; links to the
    platform's own domains and codes after a product or order word hidden
    (ordinary shop talk). Same length as ``compact``, so positions still map
    to the original."""
    text = _DIGITS.translate(compact)
    if _PRODUCT_WORD_CHAR.find(text) >= 0:
        text = _PRODUCT_CODE.sub(_hide_code, text)
    for domain in _folded_domains(platform_domains):
        at = text.find(domain)
        while at >= 0:
            start, end = at, at + len(domain)
            for head in _URL_HEAD:
                if text.endswith(head, 0, start):
                    start -= len(head)
                    break
            while end < len(text) and (text[end].isascii() and text[end].isalnum()):
                end += 1
            text = text[:start] + _HIDDEN * (end - start) + text[end:]
            at = text.find(domain, end)
    return text


# A device's address on the buyer's own network (a router's or a camera's
# admin page) leads nowhere outside it: the model reads it hidden, like a
# link to the platform. Matched in the folded view, which keeps the dots.
_LOCAL_ADDRESS = re.compile(
    r"(?<![\d.])(?:192\.168|10\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])|127\.\d{1,3}|169\.254)"
    r"\.\d{1,3}\.\d{1,3}(?!\.?\d)"
)


def hide_local_addresses(text: str, view, folded) -> str:
    """``text`` (the model text of ``view``) with the characters of local
    network addresses found in ``folded`` hidden; unchanged without one."""
    if "." not in folded.text:
        return text
    spans = [
        folded.span(match.start(), match.end())
        for match in _LOCAL_ADDRESS.finditer(folded.text)
    ]
    if not spans:
        return text
    chars = list(text)
    for index, origin in enumerate(view.origins[: len(chars)]):
        if any(start <= origin < end for start, end in spans):
            chars[index] = _HIDDEN
    return "".join(chars)


_LENGTH_EDGES = (3, 8, 20, 50, 120)
_DIGIT_EDGES = (1, 4, 7, 11)
_LENGTH_FEATURES = [f"#len:{i}" for i in range(len(_LENGTH_EDGES) + 1)]
_DIGIT_FEATURES = [f"#dig:{i}" for i in range(len(_DIGIT_EDGES) + 1)]


def message_features(
    compact: str,
    sender: str,
    evidence: Sequence[str] = (),
    tokens: list[str] | None = None,
) -> list[str]:
    """The message's own feature strings (context features come separately);
    ``compact`` is the model's text (``model_text``: digits read ``0``).

    ``evidence``: the deterministic stage's finds as features — rule codes
    whose terms, patterns or detectors hit (``contact.wechat``), ``~``-prefixed
    codes for sounds-like hits, ``=``-prefixed matched terms."""
    if tokens is None:
        tokens = syllables(compact)
    size = len(compact)
    features = list(compact)
    features += [compact[i : i + 2] for i in range(size - 1)]
    features += [compact[i : i + 3] for i in range(size - 2)]
    pairs = [f"{a}|{b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    features += pairs
    features += [f"{a}|{b}" for a, b in zip(pairs, tokens[2:], strict=False)]
    features += ["@" + code for code in evidence]
    features.append("#s:" + sender)
    features.append(_LENGTH_FEATURES[_bucket(size, _LENGTH_EDGES)])
    features.append(_DIGIT_FEATURES[_bucket(compact.count("0"), _DIGIT_EDGES)])
    return features


# An agent's message that is nothing but a handle says what it is only with
# the session before it: "有v没" - "djrepair_0755". Its own n-grams cannot
# say that (the model reads the context's n-grams beside them, each
# weighing alone), so such a message also gets its shape joined with the
# categories whose rules the context messages hit ("&handle|agent|contact").
# Bare numbers are left out: the split-number detector joins their pieces,
# and a shape feature for them took weight from the digits' n-grams that
# buyers' numbers in pieces need (measured: pending/README.md).
SHAPE_HANDLE = re.compile(r"[a-z0]{5,30}")  # model text: every digit reads "0"


def message_shape(text: str, sender: str) -> str | None:
    """``"handle"`` for an agent's model text of 5–30 Latin letters and
    digits with a letter, else ``None``."""
    if sender == "agent" and SHAPE_HANDLE.fullmatch(text) and text.strip("0"):
        return "handle"
    return None


def shape_features(shape: str, sender: str, context: Sequence[str] = ()) -> list[str]:
    """The shape features of a message: its shape with its sender, and with
    each category of the context's rule evidence (``context``: the context
    features ``"^@contact.wechat"``, ``"^@~contact.wechat"`` …; others are
    ignored)."""
    base = f"&{shape}|{sender}"
    categories = {
        feature[2:].lstrip("~").split(".", 1)[0]
        for feature in context
        if feature[:2] == "^@"
    }
    return [base] + [f"{base}|{category}" for category in sorted(categories)]


def context_features(text: str, evidence: Sequence[str] = ()) -> list[str]:
    """What an earlier message of the session adds to a message's features:
    its character 1- and 2-grams (``text`` is its model text) and the rules
    whose evidence it held, all prefixed ``^``."""
    features = ["^" + gram for gram in _char_grams(text, CONTEXT_ORDERS)]
    features += ["^@" + code for code in evidence]
    return features


@dataclass(frozen=True)
class Contribution:
    feature: str
    weight: float


@dataclass
class ScreeningModel:
    version: str
    categories: tuple[str, ...]
    vocabulary: dict[str, int] = field(repr=False)
    weights: np.ndarray = field(repr=False)  # (features, categories) float32
    bias: np.ndarray = field(repr=False)
    thresholds: dict[str, dict[str, float]]
    summary: dict = field(default_factory=dict, repr=False)
    path: str = ""
    # The conversation reader trained with it (conversation.py), if any.
    reader: ConversationReader | None = field(default=None, repr=False)

    # ---- scoring -------------------------------------------------------
    def indices(self, features: Sequence[str]) -> set[int]:
        """The rows of the known features (each once)."""
        rows = set(map(self.vocabulary.get, features, repeat(-1)))
        rows.discard(-1)
        return rows

    @functools.cached_property
    def gram_tables(self) -> tuple | None:
        """The C lookup tables of the own and the context features (``None``
        without the extension): built once per model, about 0.1 s."""
        if GramTable is None:
            logger.warning(
                "compliance.engine._grams is not built (no C compiler at install):"
                " the screening model looks features up in Python, ~3x slower"
            )
            return None
        if max(map(len, self.vocabulary), default=0) > 1024:
            return None  # _grams.c leaves out names over 1,024 characters
        context = self.context_vocabulary
        names, rows = list(context), list(context.values())
        # The own table also holds the context rows (add_both): one lookup
        # per n-gram for a message's own rows and those it keeps as context.
        own = GramTable(
            list(self.vocabulary), list(self.vocabulary.values()), names, rows
        )
        return own, GramTable(names, rows)

    @functools.cached_property
    def context_vocabulary(self) -> dict[str, int]:
        """The context features' rows by the text they read: ``"加"`` → the
        row of ``"^加"`` (so an earlier message's n-grams are looked up
        without building their prefixed names)."""
        return {
            name[1:]: row for name, row in self.vocabulary.items() if name[:1] == "^"
        }

    def message_rows(
        self,
        text: str,
        sender: str,
        evidence: Sequence[str] = (),
        tokens: list[str] | None = None,
    ) -> set[int]:
        """``indices(message_features(text, sender, evidence, tokens))``; with
        the C tables the n-grams are looked up without building their strings
        (the speed of the send path; a test holds the two equal over the
        corpus)."""
        if tokens is None:
            tokens = syllables(text)
        tables = self.gram_tables
        if tables is None:
            return self.indices(message_features(text, sender, evidence, tokens))
        rows: set = set()
        tables[0].add_grams(text, CHAR_ORDERS[-1], rows)
        return self._own_rest(rows, tables[0], text, sender, evidence, tokens)

    def _own_rest(self, rows, table, text, sender, evidence, tokens) -> set[int]:
        """What message_rows adds to the n-grams' rows."""
        get = self.vocabulary.get
        table.add_joined(tokens, rows)
        if evidence:
            rows.update(map(get, ["@" + code for code in evidence]))
        rows.add(get("#s:" + sender))
        rows.add(get(_LENGTH_FEATURES[_bucket(len(text), _LENGTH_EDGES)]))
        rows.add(get(_DIGIT_FEATURES[_bucket(text.count("0"), _DIGIT_EDGES)]))
        rows.discard(None)
        return rows

    def both_rows(
        self,
        text: str,
        sender: str,
        evidence: Sequence[str],
        tokens: list[str],
        codes: Sequence[str],
    ) -> tuple[set[int], frozenset[int]]:
        """``(message_rows(text, sender, evidence, tokens), context_rows(text,
        codes))`` with one lookup per n-gram (the C table holds both rows)."""
        tables = self.gram_tables
        if tables is None:
            own = self.message_rows(text, sender, evidence, tokens)
            return own, self.context_rows(text, codes)
        extra = ()
        if codes:
            get = self.context_vocabulary.get
            extra = tuple(
                row
                for row in map(get, ["@" + code for code in codes])
                if row is not None
            )
        rows: set = set()
        context = tables[0].add_both(
            text, CHAR_ORDERS[-1], rows, CONTEXT_ORDERS[-1], extra
        )
        own = self._own_rest(rows, tables[0], text, sender, evidence, tokens)
        return own, context

    @functools.cached_property
    def context_evidence(self) -> dict[int, str]:
        """The rows of the context's rule evidence (``"^@contact.wechat"``)
        by row: what ``shape_rows`` reads of the context."""
        return {row: name for name, row in self.vocabulary.items() if name[:2] == "^@"}

    def shape_rows(
        self, shape: str, sender: str, context: Sequence[frozenset[int]]
    ) -> set[int]:
        """``indices(shape_features(shape, sender, <the context's evidence>))``.
        The evidence is read from the context rows the model kept: a rule
        code pruned from the model would count in training and not here (in
        the corpus, none of the 178 handles in conversations differ; the
        no-skew test screens them)."""
        names = self.context_evidence
        found = [names[row] for rows in context for row in rows if row in names]
        return self.indices(shape_features(shape, sender, found))

    def context_rows(self, text: str, evidence: Sequence[str] = ()) -> frozenset[int]:
        """``frozenset(indices(context_features(text, evidence)))``, read the
        same way as ``message_rows``."""
        tables = self.gram_tables
        if tables is None:
            return frozenset(self.indices(context_features(text, evidence)))
        get = self.context_vocabulary.get
        rows: set = set()
        tables[1].add_grams(text, CONTEXT_ORDERS[-1], rows)
        if evidence:
            rows.update(map(get, ["@" + code for code in evidence]))
        rows.discard(None)
        return frozenset(rows)

    def scores(
        self, own: set[int], context: Sequence[frozenset[int]] = ()
    ) -> list[float]:
        """Probabilities per category for the message's feature rows and its
        context messages' (newest last)."""
        rows = own.union(*context) if context else own
        exp = math.exp
        return [
            1.0 / (1.0 + exp(-x)) if x >= 0 else exp(x) / (1.0 + exp(x))
            for x in self.logits(rows)
        ]

    def judge(
        self,
        own: set[int],
        context: Sequence[frozenset[int]],
        flags: tuple[float, ...],
    ) -> tuple[list[float], dict[str, float], list[int]]:
        """What screening reads of the scores, in one pass: ``scores(own,
        context)``, ``rounded_scores`` of them by category (a verdict's
        ``scores``) and the indices of those at or above their category's
        ``flags`` threshold (in C when built; a test holds the two equal)."""
        if judge is not None:
            rows = own.union(*context) if context else own
            return judge(rows, self.weights, self.bias, flags, self.categories)
        values = self.scores(own, context)
        if len(flags) != len(values):
            raise ValueError("one flag threshold per category")
        flagged = [i for i, value in enumerate(values) if value >= flags[i]]
        rounded = dict(zip(self.categories, rounded_scores(values), strict=True))
        return values, rounded, flagged

    def logits(self, rows: set[int] | frozenset[int]) -> list[float]:
        """``bias + Σ weights[rows] / √len(rows)`` per category, in float32:
        the rows added in ascending order (C or numpy, equal to the bit)."""
        if logits is not None:
            return logits(rows, self.weights, self.bias)
        if not rows:
            return self.bias.tolist()
        ordered = np.sort(np.fromiter(rows, np.intp, len(rows)))
        picked = self.weights.take(ordered, axis=0)
        scale = np.float32(1.0 / math.sqrt(len(rows)))
        return (self.bias + picked.sum(axis=0) * scale).tolist()

    def contributions(
        self, category: str, rows: set[int] | np.ndarray, count: int
    ) -> list[tuple[int, float]]:
        """``(row, weight)`` of the ``count`` rows that weighed most towards
        ``category``, strongest first (positive weights only). ``rows``: a
        set, or the rows already in an ascending array (``ordered_rows``)."""
        if not len(rows):
            return []
        if top_rows is not None and not isinstance(rows, np.ndarray):
            index = self.categories.index(category)
            return top_rows(rows, self.weights, len(self.categories), index, count)
        ordered = rows if isinstance(rows, np.ndarray) else ordered_rows(rows)
        column = self.columns[category].take(ordered)
        top = np.argsort(-column, kind="stable")[:count]
        weights = column[top].tolist()
        return [
            (row, weight)
            for row, weight in zip(ordered[top].tolist(), weights, strict=True)
            if weight > 0
        ]

    def warm(self) -> ScreeningModel:
        """Build what screening reads besides the weights (the C tables, the
        per-category columns, the feature names, the context's evidence rows)
        now, at load, rather than during the first messages."""
        _ = self.gram_tables, self.columns, self.feature_names, self.context_evidence
        return self

    @functools.cached_property
    def columns(self) -> dict[str, np.ndarray]:
        """Each category's weights, contiguous (what explaining reads)."""
        return {
            category: np.ascontiguousarray(self.weights[:, index])
            for index, category in enumerate(self.categories)
        }

    @functools.cached_property
    def feature_names(self) -> list[str]:
        names = [""] * len(self.vocabulary)
        for name, row in self.vocabulary.items():
            names[row] = name
        return names

    # ---- storage -------------------------------------------------------
    def to_bytes(self) -> bytes:
        return serialise(
            self.categories,
            self.feature_names,
            self.weights,
            self.bias,
            self.thresholds,
            self.summary,
            self.reader.to_dict() if self.reader is not None else None,
        )


def _payload(
    categories, names, weights, bias, thresholds, summary, reader=None
) -> tuple[dict, bytes]:
    header = {
        "format": FORMAT,
        "categories": list(categories),
        "features": len(names),
        "bias": [float(b) for b in np.asarray(bias, dtype="<f4")],
        "thresholds": thresholds,
        "summary": summary,
    }
    if reader is not None:  # a model without one keeps its version
        header["reader"] = reader
    body = "\n".join(names).encode("utf-8")
    matrix = np.ascontiguousarray(weights, dtype="<f4").tobytes()
    digest = hashlib.sha256()
    digest.update(json.dumps(header, sort_keys=True, ensure_ascii=False).encode())
    digest.update(body)
    digest.update(matrix)
    header["version"] = "m" + digest.hexdigest()[:12]
    return header, body + b"\n" + matrix


def serialise(
    categories, names, weights, bias, thresholds, summary, reader=None
) -> bytes:
    """A model file's bytes; ``reader``: its conversation reader's
    ``to_dict()``, or ``None``."""
    if any("\n" in name for name in names):
        raise ModelError("a feature name holds a newline")
    header, payload = _payload(
        categories, names, weights, bias, thresholds, summary, reader
    )
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as out:
        out.write(json.dumps(header, sort_keys=True, ensure_ascii=False).encode())
        out.write(b"\n")
        out.write(payload)
    return raw.getvalue()


# Models read from the same bytes while one is alive (the active model, a
# candidate being compared or activated) are that one: reading a model costs
# a third of a second and a hundred megabytes, and the shadow comparison,
# activation and the live rule set each read the same artifact. Weak: a
# model nobody holds any more is not kept for this.
_alive: weakref.WeakValueDictionary[bytes, ScreeningModel] = (
    weakref.WeakValueDictionary()
)
_alive_lock = threading.Lock()


def model_from_bytes(data: bytes, where: str = "model") -> ScreeningModel:
    """The model in ``data`` (``ModelError`` naming ``where`` when it cannot be
    used); the same object as an earlier read of the same bytes still alive."""
    key = hashlib.sha256(data).digest()
    with _alive_lock:
        model = _alive.get(key)
    if model is not None:
        return model
    model = _read_model(data, where)
    with _alive_lock:
        return _alive.setdefault(key, model)


def _read_model(data: bytes, where: str) -> ScreeningModel:
    try:
        raw = gzip.decompress(data)
        first = raw.index(b"\n")
        header = json.loads(raw[:first])
        if header.get("format") != FORMAT:
            raise ModelError(f"{where}: unknown model format {header.get('format')!r}")
        categories = tuple(header["categories"])
        count = int(header["features"])
        names_end = first + 1
        names: list[str] = []
        if count:
            # One split and one decode for the whole vocabulary (the names
            # hold no newline; the weights after them are left unsplit).
            parts = raw[names_end:].split(b"\n", count)
            if len(parts) <= count:
                raise ModelError(f"{where}: the vocabulary is cut short")
            block = b"\n".join(parts[:count])
            names = block.decode("utf-8").split("\n")
            names_end += len(block) + 1
        else:
            names_end += 1
        matrix = np.frombuffer(raw, dtype="<f4", offset=names_end)
        if matrix.size != count * len(categories):
            raise ModelError(f"{where}: weights do not match the vocabulary")
        weights = matrix.reshape(count, len(categories)).astype(np.float32)
        bias = np.asarray(header["bias"], dtype=np.float32)
        reader = header.get("reader")
        model = ScreeningModel(
            version=header["version"],
            categories=categories,
            vocabulary=dict(zip(names, range(count), strict=True)),
            weights=weights,
            bias=bias,
            thresholds=header["thresholds"],
            summary=header.get("summary") or {},
            path=where,
            reader=(
                ConversationReader.from_dict(reader, categories)
                if reader is not None
                else None
            ),
        )
    except ModelError:
        raise
    except (OSError, EOFError, ValueError, KeyError, TypeError, IndexError) as error:
        raise ModelError(f"{where}: not a readable screening model ({error})") from None
    expected, _ = _payload(
        model.categories,
        names,
        weights,
        bias,
        model.thresholds,
        model.summary,
        reader,
    )
    if expected["version"] != model.version:
        raise ModelError(f"{where}: the model's content does not match its version")
    model.__dict__["feature_names"] = names  # what the cached property would build
    return model.warm()


def load_model(path: str | Path) -> ScreeningModel:
    """Read a model file; ``ModelError`` naming the file when it cannot be used."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        message = f"{path}: cannot read the screening model ({error.strerror})"
        raise ModelError(message) from None
    return model_from_bytes(data, str(path))
