"""Characters that look like ASCII separators and digits, mapped to them one for one.

A card number or SSN typed with no-break spaces ("4111 1111 1111 1111" with U+00A0, as
word processors and web forms paste it), thin spaces, an en dash from autocorrect, or
fullwidth digits from an East Asian input method reads the same to a person as the ASCII
form; the rule packs' patterns are written for the ASCII form. ``plain_lookalikes`` maps
each such character to its ASCII twin, one character for one, so every offset into the
result is an offset into the original and findings point at what the sender wrote.

Mapped: every space separator (Unicode category Zs) to a space, and the invisible zero width
space, word joiner and byte order mark too, except between two digits: there a reader sees
the digits joined ("41\u200b11..." is "4111..."), so they stay, for ``separated.py`` to read
the number without them (a space there would split it where no reader sees a gap); the
hyphen, no-break hyphen, figure dash, en dash and minus sign to "-" (the em dash and
horizontal bar stay: they are prose punctuation, not separators inside numbers); every
decimal digit (category Nd: Arabic-Indic, Devanagari, fullwidth, ...) to its ASCII digit;
the fullwidth forms of ASCII (U+FF01..U+FF5E) to ASCII. A no-break space left behind as an
HTML entity by a conversion to text ("Account&nbsp;#", "&#160;", "&amp;nbsp;") becomes as
many spaces as it has characters.
"""

from __future__ import annotations

import unicodedata

import regex

_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63"
# Invisible characters that separate nothing a reader sees (zero width space, word joiner,
# the byte order mark used as a no-break). The zero width (non-)joiners are not among them:
# they shape Arabic and Indic script and emoji.
INVISIBLE = "\u200b\u2060\ufeff"
# Any character ``plain_lookalikes`` maps (regex's V1 set difference leaves ASCII out); a
# run of invisible characters as one match.
_ANY = regex.compile(
    r"(?V1)[" + INVISIBLE + r"]+|[[\p{Zs}\p{Nd}\uff01-\uff5e" + _DASHES + r"]--[\x00-\x7f]]"
)


class _Table(dict[int, str]):
    """Each lookalike's ASCII twin, filled in as lookalikes are met (the Unicode database is
    asked once per character, not for all of it at import). Only characters ``_ANY``
    matches are looked up, so it holds a few hundred entries at most, whatever scripts the
    mail is written in."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Zs":
            plain = " "
        elif category == "Nd":
            plain = str(unicodedata.digit(char))
        elif 0xFF01 <= code <= 0xFF5E:  # fullwidth "!" .. "~", in ASCII order
            plain = chr(code - 0xFF01 + 0x21)
        else:
            plain = "-"  # one of _DASHES: nothing else is looked up
        self[code] = plain
        return plain


_TABLE = _Table()
# A no-break space written as an HTML entity, or escaped once more, in any letter case.
_NBSP_ENTITY = regex.compile(r"&(?:amp;)?(?:nbsp|#160|#x0*a0);", regex.IGNORECASE)


def plain_lookalikes(text: str) -> str:
    """``text`` with its lookalike separators and digits made ASCII, same length; ``text``
    itself (no copy) when it has none, as almost every text has."""
    if "&" in text:
        text = _NBSP_ENTITY.sub(lambda found: " " * len(found.group()), text)
    if text.isascii() or _ANY.search(text) is None:
        return text
    plain: str = _ANY.sub(_plain, text)
    return plain


def _plain(found: regex.Match[str]) -> str:
    """The ASCII twin of one lookalike; a run of invisible characters kept between two digits
    (the digits of the mail, or lookalikes of them), else spaces."""
    char: str = found.group()
    if char[0] not in INVISIBLE:
        return _TABLE[ord(char)]
    text: str = found.string
    start, end = found.span()
    if start and end < len(text) and text[start - 1].isdecimal() and text[end].isdecimal():
        return char
    return " " * len(char)
