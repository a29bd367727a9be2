"""The agency gazetteer: loads ``data/agencies.json`` once and builds what the
agency finder matches with.

Everything Vietnamese lives in the JSON file; this module only turns it into
matching machinery:

* an **alias table**: every printed form of a body ("Sở KH&ĐT", "Sở Kế hoạch và
  Đầu tư", "VP Chính phủ", "TT.TU") keyed by its folded word sequence, so a
  match in the text is looked up in one dict access;
* one **trie-shaped regex** over the tone-folded text (:attr:`DocContext.folded`)
  that finds every alias in a single left-to-right pass.  The trie shares
  prefixes ("Sở" + 30 fields, "Ban" + 40 names), so the engine never tries the
  aliases one by one, and the whole document is scanned in linear time;
* small regexes for groups ("các sở, ban, ngành"), shared-head lists
  ("Các Sở: Giáo dục và Đào tạo, Y tế"), localities ("tỉnh Trà Vinh") and the
  heads of bodies not in the gazetteer ("Trường Đại học …", "Ban Chỉ đạo …");
* a **fuzzy** fallback (rapidfuzz) used only on a candidate after a head word
  ("Sở Tài nguyên và Môi truờng"), never over the whole text;
* the **issuer's level** (:func:`is_central`): whether the Government, a ministry
  or a general department issued the document, from its name or the issuer's
  code in its number, which decides how the finder names classes of bodies.

Every alias that spells out "Trung ương" also matches with "TW" and "TƯ"
("Ủy ban TW Mặt trận Tổ quốc Việt Nam", "Ban Tuyên giáo TƯ").

Folding: ``fold_tones`` maps "Uỷ"/"Ủy" to "uy" and "hoá"/"hóa" to "hoa" but keeps
vowel quality (ơ, ư, â …) and "đ", so "sở" and "số" stay apart.  Between two
words of an alias the text may have any spacing or a line break; where the
alias has "và" the text may have "và", "&", "-", "–" or ","; where it has a
comma or a dash, any of those or a space.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Optional

from chidao.text import find_all, fold_ascii, fold_tones

# ------------------------------------------------------------------ helpers

_WORD = re.compile(r"\w+")
_DASHES = re.compile(r"\s*[–—−]\s*")
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+")
_TOKEN = re.compile(r"(\w+)|([^\w\s])")

# Gaps between two words of an alias, as regexes over the folded text.  Blanks, then "và" or not
# (only one of the two can go on to the next word: "va" is never a word of an alias after its
# first), else a sign between optional blanks (a sign, not a letter, after the blanks: so the order
# of the two does not matter).  Written with as few parts as that: a trie holds a thousand gaps,
# and each set of characters costs the compiler and each alternative the engine.
_GAP = {
    "G": r"(?:\s+(?:va\s+|)|\s*[&+\-–—,]\s*)",            # space, comma, dash, "và", "&"
    "GD": r"(?:\s+(?:va\s+|)|\s*[&+\-–—,.]\s*)",          # the same or a dot: "TT.TU", "VP.UBND"
}


@lru_cache(maxsize=4096)  # names of issuers and places are folded again and again
def fold(s: str) -> str:
    """Tone/case fold of a data string (same function as the text's fold)."""
    return fold_tones(unicodedata.normalize("NFC", s))


def fold_pattern(p: str) -> str:
    """A regex written in Vietnamese, folded like the text; ASCII (the syntax) is kept as is."""
    return "".join(c if c.isascii() else fold_tones(c) for c in unicodedata.normalize("NFC", p))


@lru_cache(maxsize=8192)  # the same few hundred surfaces recur in every document
def key_of(folded: str) -> str:
    """Lookup key of a folded surface: its words without "và", one space apart.

    "kh&đt" -> "kh đt", "kê hoach va đâu tư" -> "kê hoach đâu tư", "tt.tu" -> "tt tu".
    """
    return " ".join(w for w in _WORD.findall(folded.replace("&", " ")) if w != "va")


_VA = frozenset({"và", "VÀ", "Và", "va"})


def words_of(surface: str) -> list[str]:
    """The words of a printed surface that take part in its key (no "và")."""
    return list(key_words(surface))


@lru_cache(maxsize=8192)
def key_words(surface: str) -> tuple[str, ...]:
    """:func:`words_of` as a tuple, remembered: matching asks it of the same surfaces again and again."""
    return tuple(w for w in _WORD.findall(surface.replace("&", " ")) if w not in _VA)


def _parse_alias(alias: str) -> list[tuple[Optional[str], str]]:
    """Alias -> [(gap kind before the word, folded word)], "và" folded into gaps."""
    out: list[tuple[Optional[str], str]] = []
    pending = ""
    for m in _TOKEN.finditer(fold(alias)):
        word, punct = m.group(1), m.group(2)
        if punct:
            pending += punct
            continue
        if word == "va" and out:
            pending += "&"
            continue
        if out:
            if "&" in pending or "+" in pending:
                gap = "A"
            elif any(c in pending for c in ",-–—"):
                gap = "P"
            elif "." in pending:
                gap = "D"
            else:
                gap = "S"
        else:
            gap = None
        out.append((gap, word))
        pending = ""
    return out


def _trie_regex(seqs: list[list[tuple[Optional[str], str]]], gap_re: Optional[str] = None) -> str:
    """One regex that matches any of the sequences, sharing common prefixes.

    The trie goes letter by letter, so at a position of the text the engine
    compares one letter with the few that can start a name instead of trying
    every name; it is keyed by letters and word ends only, so aliases that
    differ in punctuation ("Văn hóa và Thể thao", "Văn hóa, Thể thao và Du
    lịch") share a branch and the greedy optional tails give the longest name.
    """
    root: dict = {}
    END = ("end",)
    for seq in seqs:
        node = root
        for i, (gap, word) in enumerate(seq):
            if i:
                key = ("gap",)
                node = node.setdefault(key, [set(), {}])
                node[0].add(gap)
                node = node[1]
            for ch in word:
                node = node.setdefault(("ch", ch), {})
            node = node.setdefault(("eow",), {})
        node[END] = True

    def gen(node: dict) -> str:
        alts = []
        for k in sorted((k for k in node if k != END), key=lambda k: (k[0] != "ch", k[-1] if k[0] == "ch" else "")):
            if k[0] == "ch":
                alts.append(re.escape(k[1]) + gen(node[k]))
            elif k[0] == "eow":
                alts.append(r"\b" + gen(node[k]))  # after a word's last letter "\b" is "(?!\w)", no look-ahead
            else:
                gaps, child = node[k]
                alts.append((gap_re or (_GAP["GD"] if "D" in gaps else _GAP["G"])) + gen(child))
        if not alts:
            return ""
        if END in node:  # the longer names greedily, else the name ends: a branch is cheaper than "?"
            return "(?:" + "|".join(alts) + "|)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return r"(?<!\w)" + gen(root)


def _opening_regex(group_any: dict, group_second: dict, list_head: str, list_first: frozenset) -> str:
    """The first word of a group or of a shared-head list, where one may begin there: the word
    ("ubnd", "các"), then, looking back to its start, the check the finder would make next.

    The finder turns down nearly every "các", "chính", "thành" it meets; asking the regex engine
    at the word itself saves a call from Python for each.  The check is the group patterns of the
    word's key (:data:`Gazetteer.group_any`): the word with the next one where that pair is a key
    ("các sở"), else the word alone; for "các", "những" also a list head.  The words are grouped
    by first letter, so the engine passes over the others at a glance.
    """
    checks: dict[str, list[str]] = {}
    for w in sorted({k.split()[0] for k in group_any} | list_first):
        seconds = sorted(group_second.get(w, ()))
        by_check: dict[str, list[str]] = {}  # one check for the second words that share it
        for x in seconds:
            if f"{w} {x}" in group_any:
                by_check.setdefault(group_any[f"{w} {x}"].pattern, []).append(re.escape(x))
        alts = []
        if by_check:  # is there a pair at all ("các" + one of its second words)?  Most "các" begin none
            pairs = "|".join(rf"(?={re.escape(w)}\s+(?:{'|'.join(xs)})(?!\w))(?:{p})" for p, xs in by_check.items())
            alts.append(rf"(?={re.escape(w)}\s+(?:{'|'.join(map(re.escape, seconds))})(?!\w))(?:{pairs})")
        if w in group_any:
            not_pair = rf"(?!\s+(?:{'|'.join(map(re.escape, seconds))})(?!\w))" if seconds else ""
            alts.append(rf"(?={re.escape(w)}(?!\w){not_pair})(?:{group_any[w].pattern})")
        if w in list_first:
            alts.append(rf"(?:{list_head})")
        checks[w] = alts
    by_letter: dict[str, list[str]] = {}
    for w in sorted(checks, key=len, reverse=True):
        # the word, then a look back over it (a fixed width) to check from its start; "\b" after the
        # word's last letter is "(?!\w)" without a look-ahead for the engine to set up
        by_letter.setdefault(w[0], []).append(
            rf"{re.escape(w[1:])}\b(?<=(?={'|'.join(checks[w])}){re.escape(w)})")
    return "(?:" + "|".join(f"{re.escape(c)}(?:{'|'.join(ws)})" for c, ws in sorted(by_letter.items())) + ")"


def _phrase(words: str, space: str = r"\s+") -> str:
    """A literal phrase as a regex, any blank run between its words."""
    return space.join(re.escape(w) for w in words.split())


_AFTER_LEVEL = re.compile(r"(?:tinh|thanh pho|tp\.?)\s+(.+)$")


def at_word_start(s: str, i: int) -> bool:
    return i == 0 or not (s[i - 1].isalnum() or s[i - 1] == "_")


# Each character of a text as its class, one byte each: b"w" a word character, b" " the space, b"."
# any other (a line break, punctuation).  The text is encoded to Latin-1 (one byte a character, so
# the offsets hold) and the bytes translated by this table: two passes of C over plain bytes, where a
# regex would ask a set of characters about each character.  "?" stands for itself and for every
# character beyond Latin-1 (the encoding's replacement): those are classed one by one.
_BYTE_CLASS = bytes(b"w"[0] if chr(b).isalnum() or chr(b) == "_" else b" "[0] if b == 0x20 else b"."[0]
                    for b in range(256))


_OTHER_THEN_WORD = re.compile(rb"\.w")  # in the classes of :data:`_BYTE_CLASS` (two never overlap)


def other_word_starts(ascii_text: str) -> list[int]:
    """Where the words of a text begin that do not follow a space (its first word included):
    the few a :class:`WordStartScan` is told about.

    ``ascii_text`` is :func:`fold_ascii` of the text (:attr:`DocContext.ascii`); folding keeps every
    character a word character or not, a blank or not, so the offsets hold for the text and for
    its tone-folded form too.  A word character is one ``\\w`` matches (``str.isalnum`` or "_").
    """
    raw = ascii_text.encode("latin-1", "replace")
    classes = raw.translate(_BYTE_CLASS)
    if not ascii_text.isascii():  # there may be characters beyond Latin-1 ("–", "“"; rarely a letter)
        letters = [i for i in find_all(raw, b"?") if ascii_text[i].isalnum() or ascii_text[i] == "_"]
        if letters:
            marks = bytearray(classes)
            for i in letters:
                marks[i] = b"w"[0]
            classes = bytes(marks)
    # a word character after an "other" one; the engine finds the pair sooner than bytes.find, which
    # stops at nearly every byte (most are "w", the pair's last) to compare the one before
    out = [m.start() + 1 for m in _OTHER_THEN_WORD.finditer(classes)]
    if classes[:1] == b"w":
        out.insert(0, 0)
    return out


@dataclass(frozen=True)
class WordStartScan:
    """Every match of a pattern that begins a word, overlapping ones included.

    A pattern behind ``(?<!\\w)`` is tried by the regex engine at every character of the
    text and fails at most of them only after a look back; one that opens with a plain space
    lets the engine run from space to space and try the alternatives only where a word follows
    one, which is nearly every word.  The rest (:func:`other_word_starts`, found once per text
    for every scan) are tried one by one.
    """

    pattern: re.Pattern       # the alternatives, matched where a word begins
    after_space: re.Pattern   # a space, then the alternatives (no group: the space is one character)
    first: frozenset          # the letters a match begins with: the other word starts worth a try

    @classmethod
    def of(cls, alternatives: str, first: frozenset) -> "WordStartScan":
        return cls(re.compile(alternatives), re.compile(rf" (?:{alternatives})"), first)

    def spans(self, text: str, others: list[int]) -> list[tuple[int, int]]:
        """(start, end) of the match at each word start of ``text`` where there is one, in order;
        ``others``: :func:`other_word_starts` of ``text``."""
        # the search goes on from where a match begins, not from its end: the spaces inside it are
        # tried too (overlapping matches kept), as behind a look-ahead, which the engine would
        # otherwise set up at every space of the text
        out = []
        search = self.after_space.search
        m = search(text)
        while m is not None:
            start = m.start() + 1  # past the space: a group around the alternatives costs the engine more
            out.append((start, m.end()))
            m = search(text, start)
        more = []
        for p in others:
            if text[p] in self.first:
                m = self.pattern.match(text, p)
                if m:
                    more.append(m.span())
        return sorted(out + more) if more else out


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_OLD_TONE = re.compile(r"([^\W\d_]?)([oOuU])([\u00c0-\u1ef9])(?!\w)")


@lru_cache(maxsize=8192)
def modern_tones(s: str) -> str:
    """Tone marks placed the current way: "hoá" -> "hóa", "Uỷ" -> "Ủy", "thuỷ" -> "thủy".

    Only the open syllables oa, oe, uy (not "quy") move their mark to the first vowel.
    """
    def fix(m: re.Match) -> str:
        before, v1, v2 = m.group(1), m.group(2), m.group(3)
        if before.lower() == "q":
            return m.group(0)
        d = unicodedata.normalize("NFD", v2)
        base, marks = d[0], "".join(c for c in d[1:] if c in _TONE_MARKS)
        rest = "".join(c for c in d[1:] if c not in _TONE_MARKS)
        if not marks or (v1.lower(), base.lower()) not in {("o", "a"), ("o", "e"), ("u", "y")} or rest:
            return m.group(0)
        return before + unicodedata.normalize("NFC", v1 + marks) + unicodedata.normalize("NFC", base + rest)

    return _OLD_TONE.sub(fix, unicodedata.normalize("NFC", s))


@lru_cache(maxsize=4096)
def clean_surface(s: str) -> str:
    """Printed form tidied for a canonical name: one space, "–" as "-", modern tones."""
    s = _DASHES.sub(" - ", s)
    s = _SPACES.sub(" ", s).strip(" ,;:.")
    return modern_tones(s)


# ------------------------------------------------------------------ records

@dataclass(frozen=True)
class Body:
    """One body of the gazetteer (or a head × field product: "Sở" × "Y tế")."""

    id: str
    canonical: str
    family: str = "other"
    local: Optional[str] = None          # required | optional | place | region | None
    vn: bool = False                     # "Việt Nam" may follow and is kept as printed
    keep_place: bool = False             # the place name is part of the name
    with_locality: Optional[str] = None  # body id to use when a locality follows
    successor: Optional[str] = None
    successor_local: Optional[str] = None
    cased: bool = False                  # first letter must be printed upper case
    needs_qualifier: bool = False        # only a body with a locality or "Việt Nam"
    group: bool = False
    standalone: bool = True
    not_followed_by: Optional[object] = None
    not_preceded_by: Optional[object] = None
    named: bool = False                  # a proper name may follow: "Ban Quản lý Khu kinh tế Nghi Sơn"
    tail: Optional[object] = None        # a fixed continuation of the name ("và các khu công nghiệp")
    tail_text: Optional[str] = None
    head: Optional[str] = None           # "Sở" / "Bộ" / "Phòng" for head × field bodies
    field: Optional[str] = None
    central_after: Optional[str] = None  # the bare name is a central body from this date on (Cục Thuế)


@dataclass(frozen=True)
class Alias:
    body: Body
    upper: tuple[bool, ...]  # per key word: must be printed in capitals
    cased: bool               # first letter must be printed upper case


@dataclass(frozen=True)
class GroupPattern:
    canonical: str
    pattern: object
    after: Optional[object] = None      # the text just before must end with this
    not_after: Optional[object] = None  # ... must not end with this


@dataclass(frozen=True)
class Province:
    name: str
    key: str  # ascii skeleton without spaces/dashes


@dataclass
class Gazetteer:
    version: str
    bodies: dict[str, Body]
    aliases: dict[str, list[Alias]]
    body_scan: WordStartScan              # the aliases where a word begins
    domain_aliases: dict[str, list[tuple[str, tuple[bool, ...]]]]  # key -> [(field name, upper mask)]
    domain_re: dict[str, object]          # head ("Sở", "Bộ", "Phòng") -> trie of its fields
    domain_fields: dict[str, dict]        # field name -> domain record
    domain_ascii: list[str]
    domain_ascii_names: list[str]
    group_by_first: dict[str, list]       # folded first word -> [GroupPattern] it can begin
    group_scan: WordStartScan             # ... where a group or a list may begin there (_opening_regex)
    group_second: dict[str, frozenset]
    group_any: dict[str, object]
    list_head_re: object
    list_first: frozenset                 # folded words a shared-head list opens with: "cac", "nhưng"
    locality_re: object
    locality_norm: dict[str, str]
    level_forms: dict[str, str]           # printed level word, lower case, exact tones -> normalized
    province_re: object
    provinces: dict[str, Province]        # ascii key -> Province
    generic_re: object
    generic_scan: WordStartScan           # ... where a word begins
    generic_heads: dict[str, dict]        # folded head -> record
    generic_skip_before: object
    generic_stop: frozenset               # exact lower-case words
    generic_stop_phrases: frozenset       # two-word phrases, lower case
    name_verbs: frozenset                 # verbs that name what a body does ("quản lý"): in lower-case names
    name_compounds: frozenset  # phrases whose verb stays in a name ("đầu tư xây dựng")
    name_comma_pairs: frozenset  # (first, second) lower-case words a comma joins in a name ("phòng, chống")
    office_suppress_re: object
    office_last_words: frozenset           # last folded word of every office ("tich", "đôc", "pct")
    locality_first: frozenset              # first folded word of every locality ("tinh", "huyên", "cac")
    office_head_re: object
    head_word_re: object                  # a head word at a position: "giam đôc ", "thu trương "
    place_stop: frozenset
    recipient_internal_re: object
    fuzzy_head_re: object
    central_issuers: tuple = ()            # ascii keys an issuer's name starts with: "bo", "thutuong", "tongcuc"
    not_central_issuers: tuple = ()        # ... but not these ("bochihuy": a province's military command)
    local_issuers: tuple = ()              # "uybannhandan", "tinhuy", "so": a local issuer
    central_codes: frozenset = frozenset()  # issuer codes of a document number ("TTg", "BTC", "TCT")
    upper_tokens: dict = field(default_factory=dict)


_TRUNG_UONG = re.compile(r"(?<!\w)Trung ương(?!\w)", re.IGNORECASE)


def _short_forms(alias: str) -> list[str]:
    """The alias and its forms with "Trung ương" abbreviated ("TW", "TƯ"), as letters print it:
    "Ủy ban TW Mặt trận Tổ quốc Việt Nam", "Ban Tuyên giáo TƯ"."""
    if not _TRUNG_UONG.search(alias):
        return [alias]
    return [alias, _TRUNG_UONG.sub("TW", alias), _TRUNG_UONG.sub("TƯ", alias)]


def _upper_mask(alias: str) -> tuple[bool, ...]:
    return tuple(len(w) >= 2 and w.isupper() for w in words_of(alias))


def _macro(p: str) -> str:
    return p.replace("{L}", r"(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+|\s*-\s*)")


@lru_cache(maxsize=4096)
def ascii_key(s: str) -> str:
    return _NON_WORD.sub("", fold_ascii(s))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built once per process (about 30 ms)."""
    raw = json.loads(resources.files("chidao.data").joinpath("agencies.json").read_text(encoding="utf-8"))

    bodies: dict[str, Body] = {}
    alias_seqs: list[list] = []
    aliases: dict[str, list[Alias]] = {}

    def nfb(p: Optional[str]):
        return re.compile(fold(p)) if p else None

    def add_alias(surface: str, body: Body, cased: bool = False) -> None:
        for short in _short_forms(surface):
            _add_one(short, body, cased)

    def _add_one(surface: str, body: Body, cased: bool = False) -> None:
        seq = _parse_alias(surface)
        if not seq:
            return
        alias_seqs.append(seq)
        key = " ".join(w for _, w in seq)
        aliases.setdefault(key, []).append(Alias(body, _upper_mask(surface), cased or body.cased))

    # head × field: "Sở" × "Kế hoạch và Đầu tư", "Bộ" × "KH&ĐT" ...
    domain_fields = {}
    domain_aliases: dict[str, list] = {}
    domain_seqs: dict[str, list] = {}
    for d in raw["domains"]:
        domain_fields[d["name"]] = d
        for form in [d["name"], *d.get("aliases", [])]:
            seq = _parse_alias(form)
            for head in d["heads"]:
                domain_seqs.setdefault(head, []).append(seq)
            domain_aliases.setdefault(" ".join(w for _, w in seq), []).append((d["name"], _upper_mask(form)))
        for head in d["heads"]:
            h = raw["heads"][head]
            succ = d.get("successor")
            body = Body(
                id=f"{head}:{d['name']}", canonical=f"{head} {d['name']}", family=h["family"],
                local=h.get("local"), successor=f"{head} {succ}" if succ and head != "Phòng" else None,
                cased=h.get("cased", False), head=head, field=d["name"],
                not_preceded_by=nfb(h.get("not_preceded_by")),
            )
            bodies[body.id] = body
            for ha in h["aliases"]:
                for form in [d["name"], *d.get("aliases", [])]:
                    add_alias(f"{ha} {form}", body)

    compose_only: set[tuple[str, str]] = set()
    for b in raw["bodies"]:
        body = Body(
            id=b["id"], canonical=b["canonical"], family=b.get("family", "other"), local=b.get("local"),
            vn=b.get("vn", False), keep_place=b.get("keep_place", False), with_locality=b.get("with_locality"),
            successor=b.get("successor"), successor_local=b.get("successor_local"), cased=b.get("cased", False),
            needs_qualifier=b.get("needs_qualifier", False), group=b.get("group", False),
            standalone=b.get("standalone", True), not_followed_by=nfb(b.get("not_followed_by")),
            not_preceded_by=nfb(b.get("not_preceded_by")), named=b.get("named", False),
            tail=nfb(b["tail"]["re"]) if b.get("tail") else None, tail_text=(b.get("tail") or {}).get("text"),
            central_after=b.get("central_after"),
        )
        bodies[body.id] = body
        for a in b.get("compose_only_aliases", []):
            compose_only.add((body.id, a))
        if body.standalone:
            for form in [b["canonical"], *b.get("aliases", [])]:
                if (body.id, form) not in compose_only:
                    add_alias(form, body)

    raw_bodies = {b["id"]: b for b in raw["bodies"]}
    for c in raw["compose"]:
        for p_surface, p_canon in c["prefix"].items():
            for tid in c["targets"]:
                t = bodies[tid]
                comp = replace(t, id=f"{p_canon}+{tid}", canonical=f"{p_canon} {t.canonical}",
                               successor=None, successor_local=None, standalone=True, with_locality=None,
                               cased=c.get("cased", False), needs_qualifier=False)
                bodies.setdefault(comp.id, comp)
                for form in [raw_bodies[tid]["canonical"], *raw_bodies[tid].get("aliases", [])]:
                    sep = "" if p_surface.endswith(".") else " "
                    add_alias(f"{p_surface}{sep}{form}", bodies[comp.id], cased=c.get("cased", False))

    # ``re`` runs these plain patterns several times faster than ``regex``.
    body_scan = WordStartScan.of(_trie_regex(alias_seqs)[len(r"(?<!\w)"):], frozenset(seq[0][1][0] for seq in alias_seqs))
    # one trie of fields per head: "Tài chính, Kế hoạch" after "các Sở:" is two sở, not "Phòng Tài chính - Kế hoạch"
    domain_re = {head: re.compile(_trie_regex(seqs)) for head, seqs in domain_seqs.items()}

    # groups, tried only where one of their first words ("ubnd", "các sở") stands
    group_by_first: dict[str, list[GroupPattern]] = {}
    for g in raw["groups"]:
        for p in g["patterns"]:
            gp = GroupPattern(
                g["canonical"], re.compile(fold(_macro(p["re"])) + r"(?!\w)"),
                re.compile(fold(_macro(p["after"]))) if p.get("after") else None,
                re.compile(fold(_macro(p["not_after"]))) if p.get("not_after") else None,
            )
            for w in p["first"]:
                group_by_first.setdefault(key_of(fold(w)), []).append(gp)
    # fields sharing one head: "Các Sở: Giáo dục và Đào tạo, Y tế"
    list_quantifiers = ("các", "những")
    list_head_re = re.compile(fold(
        rf"(?:{'|'.join(list_quantifiers)})\s+(sở|bộ|phòng)(?:\s*,\s*(?:ban\s*,\s*)?ngành(?:\s+tỉnh)?)?\s*:\s*"))
    list_first = frozenset(fold(q) for q in list_quantifiers)
    group_second: dict[str, frozenset] = {}   # "cac" -> {"sơ", "nganh", ...}: only these words may follow
    for k in group_by_first:
        w = k.split()
        if len(w) > 1:
            group_second[w[0]] = group_second.get(w[0], frozenset()) | {w[1]}
    # one regex per first word that fails fast where none of its groups can match
    group_any = {w: re.compile("|".join(dict.fromkeys(gp.pattern.pattern for gp in gps)))
                 for w, gps in group_by_first.items()}

    # localities
    loc_forms = {}
    for norm, forms in raw["localities"].items():
        for f in forms:
            loc_forms[fold(f).rstrip(".")] = norm
    loc_alt = "|".join(_phrase(f) + (r"\.?" if len(f) <= 2 else "") for f in sorted(loc_forms, key=len, reverse=True))
    locality_re = re.compile(rf"\s+(?:(?P<q>cac|câp)\s+)?(?P<lv>{loc_alt})(?!\w)")

    provinces: dict[str, Province] = {}
    prov_forms = []
    for p in raw["provinces"]:
        prov = Province(p["name"], ascii_key(p["name"]))
        for f in [p["name"], *p.get("aliases", [])]:
            provinces[ascii_key(f)] = prov
            prov_forms.append(fold_ascii(f))
    province_re = re.compile(
        r"(?:tp\.?\s*|thanh\s+pho\s+)?(?P<p>" + "|".join(
            r"\s*[-–]?\s*".join(_phrase(part, r"\s*") for part in f.split("-"))
            for f in sorted(set(prov_forms), key=len, reverse=True)) + r")(?!\w)")

    generic_heads = {key_of(fold(g["head"])): g for g in raw["generic_heads"]}
    generic_re = re.compile(_trie_regex([_parse_alias(g["head"]) for g in raw["generic_heads"]], gap_re=r"\s+")
                            [len(r"(?<!\w)"):])
    skip = "|".join(_phrase(fold(w)) for w in raw["generic_skip_before"])
    generic_skip_before = re.compile(rf"(?<!\w)(?:{skip})\s+$")

    off = raw["offices"]
    sup = "|".join(_phrase(fold(w)) for w in sorted(set(off["suppress"]), key=len, reverse=True))
    office_suppress_re = re.compile(rf"(?<!\w)(?P<o>{sup})(?:\s*,\s*(?:cac\s+)?(?:{sup}))*\s+$")
    hd = "|".join(_phrase(fold(w)) for w in sorted(set(off["stand_for_body"]), key=len, reverse=True))
    office_head_re = re.compile(rf"(?<!\w)(?P<o>{hd})(?:\s+(?:cac|nhưng))?\s+$")

    ri = "|".join(_phrase(fold(w)) for w in sorted(raw["recipient_internal"], key=len, reverse=True))
    recipient_internal_re = re.compile(rf"^[\s\-–+•]*(?:{ri})(?!\w)")

    domain_ascii_names = sorted(domain_fields)
    return Gazetteer(
        version=raw["version"], bodies=bodies, aliases=aliases, body_scan=body_scan,
        domain_aliases=domain_aliases, domain_re=domain_re, domain_fields=domain_fields,
        domain_ascii=[fold_ascii(n) for n in domain_ascii_names], domain_ascii_names=domain_ascii_names,
        group_by_first=group_by_first, group_second=group_second, group_any=group_any,
        group_scan=WordStartScan.of(_opening_regex(group_any, group_second, list_head_re.pattern, list_first),
                                    frozenset(w[0] for w in group_by_first) | frozenset(w[0] for w in list_first)),
        list_head_re=list_head_re, list_first=list_first,
        locality_re=locality_re, locality_norm=loc_forms,
        level_forms={_SPACES.sub(" ", f.lower()).rstrip("."): n
                     for n, fs in raw["localities"].items() for f in fs}, province_re=province_re, provinces=provinces,
        generic_re=generic_re, generic_scan=WordStartScan.of(generic_re.pattern, frozenset(k[0] for k in generic_heads)),
        generic_heads=generic_heads, generic_skip_before=generic_skip_before,
        generic_stop=frozenset(w.lower() for w in raw["generic_stop_words"]),
        generic_stop_phrases=frozenset(w.lower() for w in raw["generic_stop_phrases"]),
        name_verbs=frozenset(w.lower() for w in raw["name_verbs"]),
        name_compounds=frozenset(w.lower() for w in raw.get("name_compounds", [])),
        name_comma_pairs=frozenset(tuple(w.strip().lower() for w in p.split(",")) for p in raw.get("name_comma_pairs", [])),
        office_suppress_re=office_suppress_re, head_word_re=re.compile(rf"(?:{hd})\s+"),
        office_last_words=frozenset(_WORD.findall(fold(w))[-1] for w in off["suppress"] + off["stand_for_body"])
        | {"cac", "nhưng"},
        locality_first=frozenset(_WORD.findall(f)[0] for f in loc_forms) | {"cac", "câp"}, office_head_re=office_head_re,
        place_stop=frozenset(w.lower() for w in raw["place_stop_words"]), recipient_internal_re=recipient_internal_re,
        fuzzy_head_re=re.compile(r"(?:sơ|bô)\s+"),
        central_issuers=tuple(ascii_key(w) for w in raw["levels"]["central_issuers"]),
        not_central_issuers=tuple(ascii_key(w) for w in raw["levels"]["not_central_issuers"]),
        local_issuers=tuple(ascii_key(w) for w in raw["levels"]["local_issuers"]),
        central_codes=frozenset(ascii_key(w) for w in raw["levels"]["central_codes"]),
    )


# a level word before a place name: "tỉnh Hòa Bình", "HUYỆN KỲ ANH" (not "xã hội")
_LOCAL_WORD = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu)\s+(?=[^\W\d_])",
                         re.IGNORECASE)
_CODE_SPLIT = re.compile(r"[/\-–]")


def is_central(issuer: Optional[str], number: Optional[str] = None) -> bool:
    """Did a central body issue the document (the Government, the Prime Minister, a ministry,
    a general department, a Party central body)?  Read from the issuer's name as printed,
    OCR-spaced or without tones ("Bo tài chính", "Thủ tướng chínhphủ"), else from the
    issuer's code in the document number ("01/CT-TTg", "4222/TCT-PC", "4155QĐ/BTP")."""
    g = load()
    if issuer:
        a = ascii_key(issuer)
        local = any(issuer[m.end()].isupper() for m in _LOCAL_WORD.finditer(issuer))
        if local or a.startswith(g.local_issuers):
            return False
        if a.startswith(g.central_issuers) and not a.startswith(g.not_central_issuers):
            return True
    if number:
        parts = _CODE_SPLIT.split(number)
        return any(ascii_key(p) in g.central_codes for p in parts[1:])
    return False


def match_province(ascii_text: str, pos: int) -> Optional[tuple[Province, int]]:
    """The province named at ``pos`` of the ASCII-folded text, and where it ends."""
    g = load()
    m = g.province_re.match(ascii_text, pos)
    if not m:
        return None
    prov = g.provinces.get(ascii_key(m.group("p")))
    return (prov, m.end()) if prov else None


@lru_cache(maxsize=1024)
def province_of(name: Optional[str]) -> Optional[Province]:
    """The province a free string names ("Trà Vinh", "tỉnh Hưng Yên", "Ủy ban nhân dân tỉnh Long An")."""
    if not name:
        return None
    g = load()
    a = fold_ascii(name)
    m = _AFTER_LEVEL.search(a)
    for cand in ([m.group(1)] if m else []) + [a]:
        hit = g.province_re.search(cand)
        if hit:
            return g.provinces.get(ascii_key(hit.group("p")))
    return None


@lru_cache(maxsize=4096)  # the words after "Sở"/"Bộ" recur: score each candidate once
def fuzzy_field(candidate_ascii: str, cutoff: float = 90.0) -> Optional[tuple[str, float]]:
    """Best field name ("Tài nguyên và Môi trường") for a misspelt one, or None."""
    from rapidfuzz import fuzz, process

    g = load()
    hit = process.extractOne(candidate_ascii, g.domain_ascii, scorer=fuzz.ratio, score_cutoff=cutoff)
    if hit is None:
        return None
    return g.domain_ascii_names[hit[2]], hit[1]
