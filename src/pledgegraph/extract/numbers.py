"""Numbers as the French and English press write them: digits and words, with scales.

"5,4 milliards", "2 900 millions", "3.2bn", "trois millions", "one million", "1,2 Md".
Word numbers are converted by text2num; this module only finds where they are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

SCALES = {
    "en": {"thousand": 3, "k": 3, "million": 6, "millions": 6, "mn": 6, "mln": 6, "m": 6,
           "billion": 9, "billions": 9, "bn": 9, "bln": 9, "b": 9, "trillion": 12,
           "trillions": 12, "tn": 12, "tr": 12, "crore": 7, "crores": 7, "lakh": 5,
           "lakhs": 5, "lakh crore": 12, "lakh crores": 12},
    # In French "billion" is 10^12 and "milliard" 10^9.
    "fr": {"mille": 3, "k": 3, "million": 6, "millions": 6, "mio": 6, "m": 6, "md": 9,
           "mds": 9, "mrd": 9, "mrds": 9, "milliard": 9, "milliards": 9, "billion": 12,
           "billions": 12, "mille milliards": 12,
           # Québec press: "1,2 G$" is 1.2 billion dollars, "350 M$" 350 million
           "g": 9},
}

_WORDS = {
    "en": ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
           "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
           "sixty seventy eighty ninety hundred thousand"),
    "fr": ("zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize "
           "quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingts trente quarante "
           "cinquante soixante soixante-dix quatre-vingt quatre-vingts quatre-vingt-dix cent cents mille"),
}
_JOINERS = {"en": r"(?:\s+|-|\s+and\s+)", "fr": r"(?:\s+|-|\s+et\s+|-et-)"}


def _word_pattern(lang: str) -> str:
    words = sorted(_WORDS[lang].split(), key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    # "Deux milliards de dollars.", "Twenty-five billion kroner.": a sentence may open with one
    first = "(?:" + "|".join(re.escape(w) for w in sorted(words + [w.capitalize() for w in words],
                                                             key=len, reverse=True)) + ")"
    digit = "(?:" + "|".join(_DIGIT_WORDS[lang]) + ")"
    # Broadcast copy spells decimals out: "ten point one billion", "deux virgule cinq".
    # ("four-point-six billion": broadcast scripts hyphenate them)
    return rf"{first}(?:{_JOINERS[lang]}{word})*(?:(?:\s+|-){_POINT[lang]}(?:(?:\s+|-){digit})+\b)?"


# The digits after "point"/"virgule" are read one by one: "point one five" is .15.
_DIGIT_WORDS = {"en": "zero one two three four five six seven eight nine".split(),
                "fr": "zéro un deux trois quatre cinq six sept huit neuf".split()}
_POINT = {"en": "point", "fr": "virgule"}


# Digits with thousands groups (space, comma or point) and a decimal part.
DIGITS = r"\d{1,3}(?:(?:[ ,.])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def number_pattern(lang: str) -> str:
    """A regex (no groups) for a number in digits or words, in `lang`."""
    # "a hundred and fifty million dollars": "a" stands for one before a number word
    return (rf"(?:{DIGITS}|{_HALF}|\b(?:(?:a|an)\s+(?=hundred|thousand))?{_word_pattern(lang)}\b|"
            rf"\b(?:a|an|un|une)\b(?=\s+(?:million|milliard|billion|trillion|thousand|mille)))")


# "un demi-milliard", "half a billion": half of the scale word that follows.
_HALF = r"\b(?:un\s+)?demi-(?=milli)|\bhalf\s+an?(?=\s+(?:million|billion|trillion)\b)"


def parse_digits(text: str, lang: str) -> Decimal:
    """ "5,4" (fr) -> 5.4, "1,200" (en) -> 1200, "2 260" -> 2260, "15.24" -> 15.24."""
    text = text.strip()
    if " " in text:
        head, _, tail = text.rpartition(" ")
        if re.fullmatch(r"\d{3}(?:[.,]\d+)?", tail):
            return parse_digits(head.replace(" ", "") + tail, lang)
        text = text.replace(" ", "")
    separators = re.findall(r"[.,]", text)
    if not separators:
        return Decimal(text)
    last = text.rfind(separators[-1])
    decimals = text[last + 1:]
    thousands = "," if lang == "en" else "."
    if len(set(separators)) == 2:  # "1,234.5" or "1.234,5": the last one is decimal
        integer = re.sub(r"[.,]", "", text[:last])
        return Decimal(f"{integer}.{decimals}")
    sep = separators[0]
    if len(separators) > 1:  # "1,234,567": several groups, all thousands
        return Decimal(text.replace(sep, ""))
    if sep == thousands and len(decimals) == 3:
        return Decimal(text.replace(sep, ""))
    return Decimal(text.replace(sep, "."))


def parse_number(text: str, lang: str) -> Decimal | None:
    """A number in digits or words; None when it is not one."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return parse_digits(text, lang)
        except InvalidOperation:
            return None
    lowered = text.lower()
    if lowered in {"a", "an", "un", "une"}:
        return Decimal(1)
    if re.fullmatch(r"(?:un\s+)?demi-|half\s+an?", lowered):
        return Decimal("0.5")
    lowered = re.sub(r"^an?\s+(?=hundred|thousand)", "one ", lowered)
    whole, *decimals = re.split(rf"(?:\s+|-){_POINT[lang]}(?:\s+|-)", lowered, maxsplit=1)
    try:
        value = Decimal(text2num(whole, lang))
        if decimals:
            value += Decimal("0." + "".join(str(_DIGIT_WORDS[lang].index(d)) for d in re.split(r"[\s-]+", decimals[0])))
        return value
    except ValueError:
        # text2num refuses some loose forms ("dix-sept" with "et"); try the parts.
        return None


def scale_pattern(lang: str) -> str:
    names = sorted(SCALES[lang], key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b\.?"


def scale_power(word: str, lang: str) -> int:
    key = re.sub(r"\s+", " ", word.lower().rstrip("."))
    return SCALES[lang].get(key, SCALES["en"].get(key, 0))


@lru_cache(maxsize=4)
def quantity_pattern(lang: str) -> re.Pattern[str]:
    """A number with an optional long scale word: "3 millions", "one million", "300,000"."""
    long_scales = [s for s in SCALES[lang] if len(s) > 3 and s not in {"mille"}]
    scale = "|".join(sorted(long_scales, key=len, reverse=True))
    # "un demi-million": the scale word follows the hyphen directly; "1-million South Africans"
    return re.compile(rf"(?<![\w.,])(?P<num>{number_pattern(lang)})(?:(?:\s+|-|(?<=-))(?P<scale>{scale})\b)?",
                      re.IGNORECASE)


def parse_quantity(num: str, scale: str | None, lang: str) -> Decimal | None:
    value = parse_number(num, lang)
    if value is None:
        return None
    if scale:
        value *= Decimal(10) ** scale_power(scale, lang)
    return value
