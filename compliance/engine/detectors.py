"""Structural detectors: the things a word list cannot express.

Each detector returns spans in the ORIGINAL text.  The digit detectors read
maximal digit runs of the compact view (so ``138 0013 8000`` and
``壹叁捌零零壹叁捌零零零`` are both one 11-digit run) and use structure rather
than bare length: a mobile number is exactly ``1[3-9]`` plus nine digits
(optionally after ``86``), a landline has an area code, a bank card passes the
Luhn check and has a card context or a UnionPay ``62`` prefix (or, failing the
check, both).  A run right after an order, waybill or model-number word is
never a landline or a card; a mobile-shaped run is excused only after a
device-identifier word.  A mobile number is also found cut into parts around
words in a message that talks about a phone (``phone_in_parts``), said to be
reversed, followed by a separate count (``… 24小时``), or spelled in English or
pinyin digit words (``phone_in_english_words``).
URL, e-mail and share-token detectors read the folded view, which keeps the
dots, slashes and ``@`` they need, and accept the spelled-out forms
(``点``, ``dot``, ``艾特``, ``圈a``, ``【at】``, ``#``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from .folding import Folding
from .normalize import Normalized, normalize

Span = tuple[int, int]

# A run of digits, also when written with "l"/"o" for 1/0 (``l38l2345678``) or
# joined by plus signs (``138+1234+5678``: "加" in the compact view).
# Written to start with a plain class (a digit, or "l"/"o" not after a Latin
# letter: the lookbehind reads the character just matched and the one
# before), so that the regex engine skips ahead to a candidate quickly; the
# same matches as "(?:(?<![a-z])[lo]|[0-9])…" (test_digit_runs.py).
DIGIT_RUN = re.compile(r"[0-9lo](?<![a-z][lo])(?:[0-9lo加]*(?:[0-9]|[lo](?![a-z])))?")
_DIGIT_LOOKALIKES = str.maketrans({"l": "1", "o": "0", "加": None})
MOBILE = re.compile(r"(?:0086|86)?1[3-9][0-9]{9}")
LANDLINE = re.compile(r"(?:0(?:10|2[0-9]|[3-9][0-9]{2})[0-9]{7,8}|[48]00[0-9]{7})")
ORDER_CONTEXT = re.compile(
    r"(?:订单|单号|运单|条码|条形码|编号|型号|序列号|imei|sn|批次|货号|工单|发票|"
    r"快递|物流|顺丰|中通|圆通|申通|韵达|极兔|邮政|德邦|驿站|"
    r"sf|yt|jt|zto|sto|yd|ems|jd|jdv|dpk|kye|tracking|order)$"
)
# Device identifiers can coincide with a mobile number's shape; order and waybill
# numbers are never exactly one, so "订单号138…" (the classic evasion) is reported.
DEVICE_CONTEXT = re.compile(r"(?:条码|条形码|型号|序列号|imei|sn|批次|货号)$")
CARD_CONTEXT = re.compile(
    r"卡号|银行|账号|帐号|转账|打款|汇款|转到|打到|收款|开户|户名|储蓄卡|信用卡|"
    r"工行|建行|农行|中行|招行|交行|邮储|卡上|付到|费到"
)

_DOT = r"(?:\s*(?:\.|。|点|dot|\(dot\)|\[dot\]|\(\.\)|【点】|【dot】|【\.】|·|丶)\s*)"
_TLD = (
    r"(?:com|cn|net|org|cc|top|xyz|vip|shop|link|ly|io|me|info|site|club|store"
    r"|online|tk|app|co|tv|im|gl|ink|fun|wang|ltd|biz|pw|to|la|gd|hk|tw)"
)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
URL = re.compile(
    r"(?:(?:https?|ftp)\s*:\s*//\s*[^\s<>\"'，。、！？）)\]]+"
    rf"|(?<![a-z0-9@._-])(?:{_LABEL}{_DOT})+{_TLD}(?![a-z0-9])"
    r"(?:/[^\s<>\"'，。、！？）)\]]*)?)"
)
_MAIL_PROVIDERS = (
    r"(?:qq|163|126|gmail|foxmail|sina|sohu|yeah|outlook|hotmail|139|aliyun"
    r"|icloud|yahoo)"
)
EMAIL = re.compile(
    r"(?<![a-z0-9._-])[a-z0-9][a-z0-9._-]{1,63}"
    r"(?:\s*(?:@|艾特|圈a|\(at\)|\[at\]|【at】|【艾特】|#)\s*|\s+at\s+)"
    rf"(?:(?:{_LABEL}{_DOT})+{_TLD}(?![a-z0-9])|{_MAIL_PROVIDERS}(?![a-z0-9.]))"
)
# What a link or an e-mail address needs one of (a mark, or a word for one).
_LINK_MARKS = Folding.of(".。@#:/·丶点")
_AT_WORD = re.compile(r"\bat\b")


def link_trigger(text: str) -> bool:
    """Whether ``text`` (a folded view) holds one of what a link or an e-mail
    needs: ``[.。@#:/·丶]``, 点, dot, 艾特, 圈a or the word "at" (the regex
    ``[.。@#:/·丶]|点|dot|艾特|圈a|\bat\b``, searched several times slower)."""
    return (
        _LINK_MARKS.find(text) >= 0
        or "dot" in text
        or "艾特" in text
        or "圈a" in text
        or ("at" in text and _AT_WORD.search(text) is not None)
    )


SHARE_TOKEN = re.compile(
    r"[¥$€₤₳₴₰₵₲£](?=[a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]{8,14}[¥$€₤₳₴₰₵₲£]"
)
_CHINESE_PLACEHOLDERS = str.maketrans({"点": ".", "。": "."})


def digit_runs(norm: Normalized) -> tuple[tuple[int, int, str, str], ...]:
    """``(start, end, digits, preceding)`` for runs of five or more."""
    return _digit_runs(norm.compact.text)


@functools.lru_cache(maxsize=64)
def _digit_runs(compact: str) -> tuple[tuple[int, int, str, str], ...]:
    # Cached: the mobile, landline and card detectors all read a message's
    # runs, one after the other.
    runs = []
    for match in DIGIT_RUN.finditer(compact):
        digits = match.group().translate(_DIGIT_LOOKALIKES)
        if len(digits) >= 5:
            start = match.start()
            runs.append(
                (start, match.end(), digits, compact[max(0, start - 8) : start])
            )
    return tuple(runs)


def all_digits(norm: Normalized) -> str:
    """Every digit of the message, runs of any length joined (number words
    and look-alike letters read as digits, as in ``digit_runs``)."""
    return "".join(
        match.group().translate(_DIGIT_LOOKALIKES)
        for match in DIGIT_RUN.finditer(norm.compact.text)
    )


def is_mobile(digits: str) -> bool:
    return MOBILE.fullmatch(digits) is not None


def is_landline(digits: str) -> bool:
    return LANDLINE.fullmatch(digits) is not None


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


# "号码倒过来念就是 4822 1750 931": a number given backwards, said so.
REVERSED = re.compile(r"倒过来|反过来|倒着|倒序|反着|倒读")


def phones(norm: Normalized, *, landline: bool) -> list[Span]:
    compact = norm.compact.text
    found = []
    check = is_landline if landline else is_mobile
    for start, end, digits, before in digit_runs(norm):
        context = ORDER_CONTEXT if landline else DEVICE_CONTEXT
        if context.search(before) or _dimensions(norm, start, end):
            continue
        if check(digits) or (
            not landline and REVERSED.search(compact) and check(digits[::-1])
        ):
            found.append(norm.span(start, end))
        elif not landline and 12 <= len(digits) <= 14:
            cut = _mobile_before_a_count(norm, start, end, digits)
            if cut is not None:
                found.append(norm.span(start, cut))
    return found


# "1800×2000×220mm": sizes multiplied out, which the compact view joins into
# one run. Only with a unit after the run, so "138×1234×5678" is still a phone.
_TIMES = re.compile(r"[0-9０-９]\s*[×✕✖*＊]\s*[0-9０-９]")
DIMENSION_UNIT = re.compile(r"mm|cm|m(?![a-z])|米|厘米|毫米|公分|寸|英寸|码|inch")


def _dimensions(norm: Normalized, start: int, end: int) -> bool:
    if not DIMENSION_UNIT.match(norm.compact.text, end):
        return False
    first, last = norm.span(start, end)
    return _TIMES.search(norm.original, first, last) is not None


def _mobile_before_a_count(norm: Normalized, start: int, end: int, digits: str):
    """Where a mobile number ends inside a longer run whose tail is a separate
    count with its unit: "①③⑨…⑥① 24小时开机" is a number and "24小时"."""
    compact = norm.compact.text
    if end - start != len(digits) or not PART_UNIT.match(compact, end):
        return None
    for tail in (1, 2, 3):
        cut = end - tail
        # The original text separated the two (a space, a comma).
        separated = norm.span(cut - 1, cut)[1] < norm.span(cut, cut + 1)[0]
        if separated and is_mobile(digits[:-tail]):
            return cut
    return None


# A mobile number cut into parts around words in one message ("尾号5678，前面是
# 138 1234") is only looked for when the message talks about a phone.
PHONE_TALK = re.compile(
    r"手机|电话|号码|我的号|尾号|前面|后面|前三位|后四位|中间|打我|打这个|记一下|"
    r"开机|call|tel"
)
PART_GAP = 8  # characters of compact text allowed between two parts
PART_UNIT = re.compile(
    r"元|块|件|斤|个|号|月|日|年|点|分|秒|位|岁|米|克|天|次|cm|mm|ml|kg|g|w|mah|%|"
    r"减|折|起|包邮|人|款|套|箱|盒|包|条|双|张|小时"
)


def phone_in_parts(norm: Normalized) -> list[Span]:
    """A mobile number whose parts are separated by words, in either order."""
    compact = norm.compact.text
    if not PHONE_TALK.search(compact):
        return []
    parts = [
        (match.start(), match.end(), match.group().translate(_DIGIT_LOOKALIKES))
        for match in DIGIT_RUN.finditer(compact)
    ]
    # A price, a size, a date or an order number is not a part of a phone.
    parts = [
        (start, end, digits)
        for start, end, digits in parts
        if 2 <= len(digits) <= 8
        and not PART_UNIT.match(compact, end)
        and not ORDER_CONTEXT.search(compact[max(0, start - 8) : start])
    ]
    for first in range(len(parts)):
        for last in range(first + 1, min(first + 6, len(parts))):
            group = parts[first : last + 1]
            if any(b[0] - a[1] > PART_GAP for a, b in itertools.pairwise(group)):
                break
            ordered = "".join(part[2] for part in group)
            if is_mobile(ordered):
                return [norm.span(group[0][0], group[-1][1])]
            # Halves in reverse ("尾号5678，前面是138 1234"): two or three parts.
            turned = "".join(part[2] for part in reversed(group))
            if len(group) <= 3 and is_mobile(turned):
                return [norm.span(group[0][0], group[-1][1])]
    return []


_ENGLISH_DIGITS = {
    word: str(value)
    for value, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    )
}
# Pinyin digits, with the phone-reading ones: "yao san jiu" is 139.
_ENGLISH_DIGITS.update(
    {
        "ling": "0",
        "dong": "0",
        "yi": "1",
        "yao": "1",
        "er": "2",
        "liang": "2",
        "san": "3",
        "si": "4",
        "wu": "5",
        "liu": "6",
        "qi": "7",
        "guai": "7",
        "ba": "8",
        "jiu": "9",
        "gou": "9",
    }
)
ENGLISH_DIGIT = re.compile(r"\b(?:" + "|".join(_ENGLISH_DIGITS) + r")\b")
DIGIT_TOKEN = re.compile(r"\b(?:" + "|".join(_ENGLISH_DIGITS) + r")\b|[0-9]+")
TOKEN_GAP = re.compile(r"[\s,.\-_/]*")


_LATIN = re.compile(r"[a-z]")


def phone_in_english_words(norm: Normalized) -> list[Span]:
    """A mobile number spelled in English or pinyin digit words, alone or mixed
    with digits: "one three eight 1234 five six seven eight", "yao san jiu …"."""
    folded = norm.folded.text
    if not _LATIN.search(folded) or not ENGLISH_DIGIT.search(folded):
        return []
    found = []
    group: list[re.Match] = []
    for token in [*DIGIT_TOKEN.finditer(folded), None]:
        if (
            token is not None
            and group
            and TOKEN_GAP.fullmatch(folded, group[-1].end(), token.start())
        ):
            group.append(token)
            continue
        digits = "".join(_ENGLISH_DIGITS.get(t.group(), t.group()) for t in group)
        if any(t.group() in _ENGLISH_DIGITS for t in group) and is_mobile(digits):
            found.append(norm.folded.span(group[0].start(), group[-1].end()))
        group = [token] if token is not None else []
    return found


def bank_cards(norm: Normalized) -> list[Span]:
    found = []
    compact = norm.compact.text
    has_context = None
    for start, end, digits, before in digit_runs(norm):
        if not 16 <= len(digits) <= 19 or ORDER_CONTEXT.search(before):
            continue
        if has_context is None:
            has_context = CARD_CONTEXT.search(compact) is not None
        # A UnionPay number next to a card word is a card even when it fails
        # the Luhn check (a typo, or a made-up one): it asks for a transfer.
        if luhn_valid(digits):
            is_card = has_context or digits.startswith("62")
        else:
            is_card = has_context and digits.startswith("62")
        if is_card:
            found.append(norm.span(start, end))
    return found


def card_network(text: str) -> bool:
    """Whether a card number found in ``text`` (its span) starts as a payment
    card's does: its first digit, the industry identifier (ISO/IEC 7812), is
    2–6 (Mastercard's 2-series, Amex and JCB, Visa, Mastercard, UnionPay
    and Discover). A fuel, transit or gift card's number ("1000 1132 …")
    is not a bank card."""
    runs = digit_runs(normalize(text))
    return not runs or runs[0][2][:1] in ("2", "3", "4", "5", "6")


def _host(url: str) -> str:
    host = url.translate(_CHINESE_PLACEHOLDERS)
    host = re.sub(r"\s+|\(dot\)|\[dot\]|\(\.\)|dot(?=[a-z0-9])", ".", host)
    host = re.sub(r"^(?:https?|ftp):/+", "", host)
    host = host.split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]
    return re.sub(r"\.+", ".", host).strip(".")


# The names routers answer to on the buyer's own network (the label under the
# router says which to type): they lead to the device, never off the platform.
DEVICE_ADMIN_HOSTS = frozenset(
    {
        "tplogin.cn",
        "melogin.cn",
        "falogin.cn",
        "miwifi.com",
        "router.asus.com",
        "routerlogin.net",
        "routerlogin.com",
        "phicomm.me",
    }
)


# A mail server's name, as a mail client or a printer's scan-to-e-mail is set
# up with it ("发件服务器 smtp.163.com 端口465"): nobody is sent to visit it.
MAIL_SERVER = re.compile(r"(?:smtp|imap|pop3?)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def mail_server(text: str) -> bool:
    """Whether a link found in ``text`` (its span) is nothing but a mail
    server's host name (no scheme, no path)."""
    text = text.lower().strip()
    if "/" in text or "?" in text:
        return False
    return MAIL_SERVER.fullmatch(_host(text)) is not None


def urls(norm: Normalized, platform_domains: Sequence[str]) -> list[Span]:
    folded = norm.folded
    if not link_trigger(folded.text):
        return []
    found = []
    for match in URL.finditer(folded.text):
        host = _host(match.group())
        if any(host == d or host.endswith("." + d) for d in platform_domains):
            continue
        if host in DEVICE_ADMIN_HOSTS:
            continue
        found.append(folded.span(match.start(), match.end()))
    return found


# A host followed by "开头" describes how a link starts (a scam warning, a
# buyer asking about a message they got); it gives no address to open.
_DESCRIBED = re.compile(r"\s*(?:的)?开头")


def described_link(link: str, after: str) -> bool:
    """Whether ``link``, followed in the message by ``after``, is a host said
    to begin links ("t.cn开头的链接") rather than a link."""
    return "/" not in link and _DESCRIBED.match(after) is not None


def emails(norm: Normalized) -> list[Span]:
    folded = norm.folded
    if not link_trigger(folded.text):
        return []
    return [folded.span(*match.span()) for match in EMAIL.finditer(folded.text)]


_SHARE_MARKS = "¥$€₤₳₴₰₵₲£"
_SHARE_MARK = Folding.of(_SHARE_MARKS)
# The characters of the folded view without one of which none of the link,
# e-mail, share-token and spelled-number detectors can find anything: every
# alternative of link_trigger holds one, Latin letters and _SHARE_MARKS are in
# it (``ANY_TRIGGER.find(text) < 0``: nothing to find).
ANY_TRIGGER = Folding.of("abcdefghijklmnopqrstuvwxyz.。@#:/·丶点艾圈" + _SHARE_MARKS)


def share_tokens(norm: Normalized) -> list[Span]:
    folded = norm.folded
    if _SHARE_MARK.find(folded.text) < 0:
        return []
    return [folded.span(*match.span()) for match in SHARE_TOKEN.finditer(folded.text)]


def split_phone(
    norm: Normalized, previous: Sequence[str], *, landline: bool
) -> list[Span]:
    """A phone number whose last part starts this message.

    ``previous`` are the sender's earlier messages in the session, oldest
    first.  Trailing digits of earlier messages are joined with the digits
    that open this one; the span covers only this message's part.
    """
    compact = norm.compact.text
    head = DIGIT_RUN.match(compact)
    if head is None or not previous:
        return []
    prefix = ""
    for text in reversed(previous[-4:]):
        earlier = normalize(text).compact.text
        if earlier.isdigit():
            prefix = earlier + prefix
            if len(prefix) >= 13:
                break
            continue
        tail = re.search(r"[0-9]+$", earlier)
        if tail:
            prefix = tail.group() + prefix
        break
    if not prefix:
        return []
    combined = prefix + head.group().translate(_DIGIT_LOOKALIKES)
    check = is_landline if landline else is_mobile
    if check(combined):
        return [norm.span(0, head.end())]
    return []


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


SPAM_MIN_LENGTH = 10
SPAM_REPEATS = 2
SPAM_SIMILARITY = 0.8


def repeated(norm: Normalized, previous: Sequence[str]) -> bool:
    """True when this text is the third near-copy from the same sender."""
    compact = norm.compact.text
    if len(compact) < SPAM_MIN_LENGTH or len(previous) < SPAM_REPEATS:
        return False
    grams = _bigrams(compact)
    copies = 0
    for text in previous:
        earlier = normalize(text).compact.text
        if earlier == compact:
            copies += 1
        elif len(earlier) >= SPAM_MIN_LENGTH:
            other = _bigrams(earlier)
            if len(grams & other) / len(grams | other) >= SPAM_SIMILARITY:
                copies += 1
    return copies >= SPAM_REPEATS


def history_may_matter(norm: Normalized, previous: Sequence[str]) -> bool:
    """Whether the sender's earlier messages can add a find: a number split
    over messages (this one starts with a digit: ``split_phone``) or a third
    near-copy (``repeated``)."""
    if not previous:
        return False
    compact = norm.compact.text
    return compact[:1].isdigit() or (
        len(previous) >= SPAM_REPEATS and len(compact) >= SPAM_MIN_LENGTH
    )
