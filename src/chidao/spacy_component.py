"""chidao as a spaCy pipeline component.

>>> import spacy
>>> nlp = spacy.blank("xx")            # or spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
>>> nlp.add_pipe("chidao")             # doctest: +ELLIPSIS
<chidao.spacy_component.ChidaoComponent object at ...>
>>> doc = nlp("Sở Y tế chủ trì, hoàn thành trước ngày 30/4/2024.")
>>> [(s.text, s.label_) for s in doc.spans["chidao"]]
[('Sở Y tế', 'AGENCY'), ('trước ngày 30/4/2024', 'DEADLINE')]
>>> doc._.chidao.deadlines[0].date
'2024-04-30'

The factory "chidao" is registered through the ``spacy_factories`` entry
point, so ``nlp.add_pipe("chidao")`` works once chidao is installed, without
an import.  The component parses ``doc.text`` with :func:`chidao.parse` and

- sets ``doc._.chidao`` to the :class:`~chidao.schema.Document`;
- puts one span per agency mention, deadline, target and citation into
  ``doc.spans["chidao"]`` (the key is the ``spans_key`` setting), labelled
  AGENCY, DEADLINE, TARGET, CITATION; ``span.kb_id_`` names the record
  ("deadlines:0" is ``doc._.chidao.deadlines[0]``).  Spans may overlap (an
  agency inside a citation), which span groups allow; displaCy shows them
  with ``displacy.render(doc, style="span", options={"spans_key": "chidao"})``.

Offsets.  chidao's spans index its *normalized* text (NFC, Windows line
ends, non-breaking spaces, Markdown marks, site chrome and hard line wraps
taken out).  When that text differs from ``doc.text`` the component maps the
spans back with a character alignment (equal characters, whitespace runs
matched to whitespace runs, composed letters to their decomposed forms, and
re-synchronisation on the next word after text the normalizer dropped), then
widens them to whole tokens (``alignment_mode="expand"``).  A record whose
span cannot be placed — its words are not found in ``doc.text`` in order —
is left out of the span group (it stays in ``doc._.chidao``), and a
:class:`ChidaoAlignmentWarning` says how many.
"""

from __future__ import annotations

import unicodedata
import warnings
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

import chidao

LABELS = {"agencies": "AGENCY", "deadlines": "DEADLINE", "targets": "TARGET", "citations": "CITATION"}

_LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
_ANCHOR = 12      # characters of a word used to find one's place again
_WINDOW = 20_000  # how far ahead a dropped stretch of raw text may reach


class ChidaoAlignmentWarning(UserWarning):
    """Some records could not be placed on the tokens of ``doc.text``."""


def _same(norm_char: str, raw_char: str) -> bool:
    return norm_char == raw_char or (norm_char.isspace() and raw_char.isspace()) or \
        _LOOKALIKES.get(raw_char) == norm_char


def align(raw: str, norm: str) -> list[int]:
    """For each index ``i`` of ``norm`` (and ``len(norm)``), the index of ``raw``
    it came from, or -1 where the normalizer wrote something ``raw`` lacks."""
    if raw == norm:
        return list(range(len(norm) + 1))
    out = [-1] * (len(norm) + 1)
    i = j = 0
    n, m = len(norm), len(raw)
    while i < n and j < m:
        c, r = norm[i], raw[j]
        if _same(c, r):
            out[i] = j
            i += 1
            j += 1
            if c.isspace():
                while j < m and raw[j].isspace() and not (i < n and norm[i].isspace()):
                    j += 1  # "\r\n", "  ", "\n\n" → one character
            continue
        if c.isspace():  # the normalizer joined two pieces with a space
            out[i] = j
            i += 1
            continue
        if r.isspace() or unicodedata.category(r) in ("Cf", "Mn"):
            j += 1  # whitespace, zero-width or stray combining mark the normalizer dropped
            continue
        composed = _composes_to(raw, j, c)
        if composed:
            out[i] = j
            i += 1
            j += composed
            continue
        # Find our place again: the rest of this word, further on in raw.
        end = i
        while end < n and not norm[end].isspace() and end - i < _ANCHOR:
            end += 1
        found = raw.find(norm[i:end], j, j + _WINDOW + (end - i))
        if found < 0:
            i += 1  # a character raw does not have (a footnote mark, a joined word)
        else:
            j = found
    out[n] = j if i >= n else -1
    return out


def _composes_to(raw: str, j: int, char: str) -> int:
    """How many raw characters from ``j`` compose to ``char`` under NFC (0: none)."""
    for k in (2, 3, 4):
        if j + k <= len(raw) and unicodedata.normalize("NFC", raw[j:j + k]) == char:
            return k
    return 0


def map_span(mapping: list[int], start: int, end: int) -> Optional[tuple[int, int]]:
    """A ``[start, end)`` span of the normalized text as a span of the raw text."""
    if not 0 <= start < end < len(mapping):
        return None
    s = next((mapping[k] for k in range(start, end) if mapping[k] >= 0), -1)
    last = next((mapping[k] for k in range(end - 1, start - 1, -1) if mapping[k] >= 0), -1)
    if s < 0 or last < s:
        return None
    return s, last + 1


class ChidaoComponent:
    """Parses each Doc with chidao; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "chidao", spans_key: str = "chidao") -> None:
        self.name = name
        self.spans_key = spans_key
        if not Doc.has_extension("chidao"):
            Doc.set_extension("chidao", default=None)

    def __call__(self, doc: Doc) -> Doc:
        parsed = chidao.parse(doc.text)
        doc._.chidao = parsed
        mapping = align(doc.text, parsed.text)
        spans: list[Span] = []
        lost = 0
        for attr, label in LABELS.items():
            for index, record in enumerate(getattr(parsed, attr)):
                placed = map_span(mapping, *record.span)
                span = doc.char_span(*placed, label=label, kb_id=f"{attr}:{index}",
                                     alignment_mode="expand") if placed else None
                if span is None:
                    lost += 1
                else:
                    spans.append(span)
        spans.sort(key=lambda s: (s.start_char, -s.end_char))
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        if lost:
            warnings.warn(f"chidao: {lost} record(s) could not be placed on the tokens of doc.text "
                          "(they are in doc._.chidao)", ChidaoAlignmentWarning, stacklevel=2)
        return doc


@Language.factory("chidao", default_config={"spans_key": "chidao"})
def make_chidao(nlp: Language, name: str, spans_key: str) -> ChidaoComponent:
    """The spaCy factory "chidao" (entry point ``spacy_factories``)."""
    return ChidaoComponent(nlp, name, spans_key=spans_key)
