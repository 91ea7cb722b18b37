"""Fill the catalogs: zh_Hans msgstr = msgid, en msgstr from locale/en.json.

A msgid with a context (`{% translate "店铺" context "directory" %}`) is looked
up in en.json as context + "\u0004" + msgid, gettext's own key for it.
Run after `make messages`; prints the msgids that still lack English.
"""

import json
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
EN = json.loads((ROOT / "locale" / "en.json").read_text(encoding="utf-8"))


def fill(domain: str) -> list[str]:
    missing = []
    zh = ROOT / "locale" / "zh_Hans" / "LC_MESSAGES" / f"{domain}.po"
    en = ROOT / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
    if zh.exists():
        catalog = polib.pofile(str(zh))
        for entry in catalog:
            entry.msgstr = entry.msgid
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid}
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
        catalog.save()
    if en.exists():
        catalog = polib.pofile(str(en))
        for entry in catalog:
            key = entry.msgid
            if entry.msgctxt:
                key = f"{entry.msgctxt}\x04{entry.msgid}"
            text = EN.get(key)
            if text is None:
                if "fuzzy" in entry.flags:
                    entry.msgstr = ""
                    entry.flags.remove("fuzzy")
                if not entry.msgstr:
                    missing.append(entry.msgid)
                continue
            if entry.msgid_plural:
                plural = EN.get(entry.msgid_plural, text)
                entry.msgstr_plural = {0: text, 1: plural}
            else:
                entry.msgstr = text
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
        catalog.save()
    return missing


if __name__ == "__main__":
    missing = fill("django") + fill("djangojs")
    for msgid in missing:
        print(f"missing English: {msgid!r}")
    sys.exit(1 if missing else 0)
