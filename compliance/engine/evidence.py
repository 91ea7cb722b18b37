"""The deterministic stage's evidence: what the lexicon, the rules'
patterns, the structural detectors and the phonetic reading find in one
message (``evidence_hits``), and which finds are *identifiers*, acted on
whatever the model's score (``screen.py`` decides with them).

Also read over messages: the same sender's earlier texts complete split
phone numbers and count repeated adverts (``detectors``), and an
identifier begun in the sender's last message and ended in this one is
found in the two joined (``joined_identifiers``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import detectors
from .folding import Folding
from .normalize import Normalized, View, normalize
from .phonetic import syllables
from .ruleset import Rule, RuleSet, TermEntry

__all__ = [
    "Hit",
    "IDENTIFIER_CATEGORIES",
    "evidence_hits",
    "frozen_instance",
    "hit_codes",
    "hit_features",
    "joined_identifiers",
]

_WITHOUT_DIGITS = Folding(dict.fromkeys(map(ord, "0123456789"), ""))
# Categories whose structural finds are identifiers: acted on whatever the score;
# also the routes off the platform the conversation reader predicts as one.
IDENTIFIER_CATEGORIES = frozenset({"contact", "payment", "link"})


_new = object.__new__


def frozen_instance(cls, **fields):
    """``cls(**fields)`` of a frozen dataclass, every field given, without its
    ``object.__setattr__`` per field (3.4 → 1.4 µs for a Violation; a test
    holds the two equal)."""
    made = _new(cls)
    made.__dict__.update(fields)
    return made


@dataclass(frozen=True)
class Hit:
    start: int  # in the original text
    end: int
    rule: Rule
    identifier: bool  # acted on whatever the score: a structural find, a decisive term
    evidence: str  # the model feature it adds ("contact.wechat", "~contact.wechat")
    term: str = ""  # the lexicon term that matched, compact ("加微信")
    # False: read by the model as training read it, never decided on (a host
    # said to begin links, "t.cn开头的链接": no address to open)
    decides: bool = True

    def features(self) -> tuple[str, ...]:
        """The evidence the model reads: the rule, and the very term, so a
        precise term can weigh more than its rule's vaguer ones."""
        if self.term:
            return (self.evidence, "=" + self.term)
        return (self.evidence,)


def _hit(start, end, rule, identifier, evidence, term="", decides=True) -> Hit:
    """``Hit(...)`` through ``frozen_instance``: a message can have many."""
    return frozen_instance(
        Hit,
        start=start,
        end=end,
        rule=rule,
        identifier=identifier,
        evidence=evidence,
        term=term,
        decides=decides,
    )


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _continues_word(char: str) -> bool:
    return _is_latin(char) or char.isdigit() or char == "-"


def _whole_word(original: str, start: int, end: int, entry: TermEntry) -> bool:
    # A Latin word glued to digits or a hyphen is a model number (WX-1000).
    if entry.check_left and start > 0 and _continues_word(original[start - 1]):
        return False
    return not (
        entry.check_right and end < len(original) and _continues_word(original[end])
    )


def _term_hits(ruleset: RuleSet, norm: Normalized, view: View) -> list[Hit]:
    compact = view.text
    if ruleset.automaton is None or not compact:
        return []
    terms = []
    allowed = []
    for last, entries in ruleset.automaton.iter(compact):
        end = last + 1
        for entry in entries:
            start = end - entry.length
            if entry.rule is None:
                allowed.append((start, end))
            else:
                terms.append((start, end, entry))
    if not terms:
        return []
    # Spans by their end, to find the ones containing a term without comparing
    # every pair (a long message can hold thousands of hits).
    allowed_by_end: dict[int, list[int]] = {}
    for a_start, a_end in allowed:
        allowed_by_end.setdefault(a_end, []).append(a_start)
    terms_by_end: dict[int, list[tuple[int, str]]] = {}
    for t_start, t_end, entry in terms:
        terms_by_end.setdefault(t_end, []).append((t_start, entry.rule.category))
    longest_allowed = max((a_end - a_start for a_start, a_end in allowed), default=0)
    longest_term = max(t_end - t_start for t_start, t_end, _entry in terms)
    hits = []
    for start, end, entry in terms:
        if any(
            a_start <= start
            for a_end in range(end, start + longest_allowed + 1)
            for a_start in allowed_by_end.get(a_end, ())
        ):
            continue
        category = entry.rule.category
        if any(
            o_start <= start and o_end - o_start > end - start and other == category
            for o_end in range(end, start + longest_term + 1)
            for o_start, other in terms_by_end.get(o_end, ())
        ):
            continue
        original_start, original_end = view.span(start, end)
        if (entry.check_left or entry.check_right) and not _whole_word(
            norm.original, original_start, original_end, entry
        ):
            continue
        rule = entry.rule
        hits.append(
            _hit(
                original_start,
                original_end,
                rule,
                entry.decisive,
                rule.code,
                compact[start:end],
            )
        )
    return hits


def _pattern_hits(ruleset: RuleSet, view: View) -> list[Hit]:
    compact = view.text
    original = view.original
    gate = ruleset.pattern_gate
    if gate is not None:
        candidates = gate.candidates(compact)  # most messages: none
    else:
        candidates = [(r, p) for r in ruleset.pattern_rules for p in r.patterns]
    hits = []
    for rule, pattern in candidates:
        if pattern.search(compact) is None:  # most messages: cheaper
            continue
        identifier = rule.category in IDENTIFIER_CATEGORIES
        for match in pattern.finditer(compact):
            if match.end() <= match.start():
                continue
            start, end = view.span(*match.span())
            # A match that starts with a Latin letter starts a word in the
            # text as sent: "vx" + id, but not the "w.x" of "www.xxx".
            if (
                _is_latin(compact[match.start()])
                and start > 0
                and _continues_word(original[start - 1])
            ):
                continue
            if identifier and _word_not_id(original, start, end):
                hits.append(_hit(start, end, rule, False, rule.code))
                continue
            hits.append(_hit(start, end, rule, identifier, rule.code))
    return hits


# An app name followed by letters is an id on the compact view ("wechatpay
# andbankcards"); in English prose the "id" is a word. Such a find stays
# evidence for the model (its features are the same), but is not acted on
# whatever the score.
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_HAN = re.compile(r"[\u3400-\u9fff]")
_ID_TAIL = re.compile(r"[A-Za-z0-9_.\-]+$")


def _word_not_id(original: str, start: int, end: int) -> bool:
    """Whether an app name's "id" is an English word in English prose
    ("we support WeChat Pay at checkout"): letters only, in a message of
    Latin words and no Han characters. Such a find is evidence, and the
    score decides; an id with a digit or a separator stays an identifier."""
    tail = _ID_TAIL.search(original[start:end].rstrip())
    if tail is None or not tail.group().isalpha():
        return False
    if _HAN.search(original):
        return False
    return len(_LATIN_WORD.findall(original)) >= 4


def _detector_hits(
    ruleset: RuleSet, norm: Normalized, previous: Sequence[str]
) -> list[Hit]:
    found = ruleset.detectors
    spans: list[tuple[int, int, Rule]] = []
    compact = norm.compact.text
    many_digits = len(compact) - len(_WITHOUT_DIGITS.translate(compact)) >= 5
    if (
        not many_digits
        and detectors.ANY_TRIGGER.find(norm.folded.text) < 0
        and not (previous and detectors.history_may_matter(norm, previous))
    ):
        return []  # most messages: nothing any detector could find
    # Runs of five or more digits (the phone and card detectors read nothing
    # else): most messages with five digits have them apart (a size, a price).
    runs = many_digits and bool(detectors.digit_runs(norm))
    for name in ("phone", "landline"):
        rule = found.get(name)
        if rule is None:
            continue
        landline = name == "landline"
        if runs:
            spans.extend((*s, rule) for s in detectors.phones(norm, landline=landline))
        if many_digits and not landline:
            spans.extend((*s, rule) for s in detectors.phone_in_parts(norm))
        if not landline:
            spelled = detectors.phone_in_english_words(norm)
            if spelled:
                spans.extend((*s, rule) for s in spelled)
        if previous and compact[:1].isdigit():
            parts = detectors.split_phone(norm, previous, landline=landline)
            spans.extend((*s, rule) for s in parts)
    rule = found.get("bank_card")
    if rule is not None and runs:
        spans.extend((*s, rule) for s in detectors.bank_cards(norm))
    # E-mails and links need a dot, an @ or a word for them (most messages:
    # neither detector runs).
    linked = detectors.link_trigger(norm.folded.text)
    email_spans = []
    rule = found.get("email")
    if rule is not None and linked:
        email_spans = detectors.emails(norm)
        if email_spans:
            spans.extend((*s, rule) for s in email_spans)
    rule = found.get("url")
    if rule is not None and linked:
        for start, end in detectors.urls(norm, ruleset.platform_domains):
            if not any(
                e_start <= start and end <= e_end for e_start, e_end in email_spans
            ):
                spans.append((start, end, rule))
    rule = found.get("share_token")
    if rule is not None:
        tokens = detectors.share_tokens(norm)
        if tokens:
            spans.extend((*s, rule) for s in tokens)
    rule = found.get("spam")
    if rule is not None and previous and detectors.repeated(norm, previous):
        spans.append((0, len(norm.original), rule))
    if not spans:
        return []
    return [
        _hit(
            start,
            end,
            rule,
            _acted_on(found, rule, norm.original[start:end]),
            rule.code,
            decides=not (
                rule is found.get("url")
                and detectors.described_link(
                    norm.original[start:end], norm.original[end:]
                )
            ),
        )
        for start, end, rule in spans
    ]


def _acted_on(found: dict, rule: Rule, text: str) -> bool:
    """Whether a detector's find is an identifier, acted on whatever the
    score. A mail server's name (not a link to visit) and a card number no
    payment card network issues (a fuel or transit card's) stay evidence
    the score judges: their features are the same, training reads them
    alike."""
    if rule is found.get("url"):
        return not detectors.mail_server(text)
    if rule is found.get("bank_card"):
        return detectors.card_network(text)
    return True


def _sounds_like_hits(ruleset: RuleSet, norm: Normalized, tokens) -> list[Hit]:
    view = norm.compact
    return [
        _hit(*view.span(start, end), rule, False, "~" + rule.code)
        for start, end, rule, _name in ruleset.sounds_like.find(view.text, tokens)
    ]


# An identifier the sender began in their previous message and ends in this
# one ("直接找我扣扣" - "三六八 九九 一 零二四", "地址是 vip-cz" - ".top") is
# found in the two joined as one message and kept as this message's part:
# for contact and payment a part with at least three digits (digits or
# number words), for links a part that starts the domain's tail (".top",
# "点 cn", "/s/…"). Only messages that start so are joined;
# the joined finds are decided on, not read by the model (training reads a
# message's own evidence, and so does screening).
_LINK_TAIL = re.compile(r"\s*(?:[.。．/]|点|dot\b)", re.IGNORECASE)
_JOINED_CATEGORIES = ("contact", "payment", "link")
# ... or that start with words saying what follows is the rest ("接着是 0200
# 3316 879", "后面是 4470 915"): the identifier's second part after them.
_CONTINUATION = re.compile(
    r"\s*(?:接着是?|接下来是?|后面是|后面接|后边是|然后是|再接|再加|剩下的?是?|后几位是?|"
    r"后[四五六七八]位是?)\s*[:：,，]?\s*"
)


def joined_identifiers(
    ruleset: RuleSet, norm: Normalized, previous: Sequence[str]
) -> list[Hit]:
    """The identifiers that ``previous[-1]`` (the sender's last message)
    begins and this message ends, spanning this message's part."""
    original = norm.original
    if not previous:
        return []
    lead = _CONTINUATION.match(original)
    offset = lead.end() if lead else 0
    if offset:
        original = original[offset:]
        norm = normalize(original)
    # the compact view reads number words as digits ("三六八" is "368")
    if not norm.compact.text[:1].isdigit() and not _LINK_TAIL.match(original):
        return []
    earlier = previous[-1]
    cut = len(earlier) + 1
    joined = normalize(f"{earlier} {original}")
    found = []
    for hit in evidence_hits(ruleset, joined):
        if not hit.identifier or hit.rule.category not in _JOINED_CATEGORIES:
            continue
        if not hit.start < cut < hit.end:
            continue
        end = hit.end - cut
        part = original[:end]
        if hit.rule.category == "link":
            if not _LINK_TAIL.match(part):
                continue
        elif sum(char.isdigit() for char in normalize(part).compact.text) < 3:
            continue
        found.append(_hit(offset, offset + end, hit.rule, True, hit.rule.code))
    return found


# A find said not to happen: "本店不会让您加微信", "千万别转给任何个人账户",
# "别私下转给师傅". A refusal or a warning names the very route an invitation
# names, and a bag of n-grams reads the two alike unless its corpus holds
# that phrasing. So a find with a negating word at most ``NEGATED_GAP``
# characters before it in its clause also adds ``!`` and its category, a
# feature every phrasing of a refusal shares; the model learns its weight
# (it excuses nothing by itself). Questions built on a negation ("能不能",
# "可不可以", "要不要") are not negations.
NEGATED_GAP = 4
# The longest negating word (不可以, 不允许 …) and the character its
# look-behind reads: how far before the gap ``negated`` starts looking.
_NEGATING_REACH = 4
_NEGATED = re.compile(
    r"(?:(?<![能会可要用让准])不(?:要|用|能|会|可以|允许|准|让|得|建议|支持|接受|提供)"
    r"|禁止|严禁|切勿|(?<!别)别|勿|拒绝|谨防|提防|警惕|小心)"
    r"[^，。,.!！?？;；、\n]{0," + str(NEGATED_GAP) + "}$"
)


def negated(original: str, start: int) -> bool:
    """Whether a negating word comes just before ``start`` in its clause."""
    begin = max(0, start - NEGATED_GAP - _NEGATING_REACH)
    return _NEGATED.search(original, begin, start) is not None


def hit_features(hits: Sequence[Hit], original: str) -> list[str]:
    """The model's evidence features of a message's finds, sorted: the rule
    codes and the matched terms (``Hit.features``), and ``!`` with the
    category of a find said not to happen (``negated``)."""
    features = {feature for hit in hits for feature in hit.features()}
    for hit in hits:
        if negated(original, hit.start):
            features.add("!" + hit.rule.category)
    return sorted(features)


def hit_codes(hits: Sequence[Hit]) -> list[str]:
    """The rules (``~``-prefixed for sounds-like) the finds hit, sorted: what a
    message adds to the next ones' context."""
    return sorted({hit.evidence for hit in hits})


def evidence_hits(
    ruleset: RuleSet,
    norm: Normalized,
    previous: Sequence[str] = (),
    tokens: list[str] | None = None,
) -> list[Hit]:
    """Everything the deterministic stage finds in the message."""
    hits: list[Hit] = _term_hits(ruleset, norm, norm.compact)  # a new list
    if ruleset.pattern_rules:
        hits += _pattern_hits(ruleset, norm.compact)
    if norm.pictured is not None:
        hits += _term_hits(ruleset, norm, norm.pictured)
        if ruleset.pattern_rules:
            hits += _pattern_hits(ruleset, norm.pictured)
    hits += _detector_hits(ruleset, norm, previous)
    if ruleset.sounds_like:
        if tokens is None:
            tokens = syllables(norm.compact.text)
        hits.extend(_sounds_like_hits(ruleset, norm, tokens))
    return hits
