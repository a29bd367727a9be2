"""chidao as a spaCy component: spans on the Doc, the Document on doc._.chidao, displaCy."""

from __future__ import annotations

import unicodedata
import warnings

import pytest

spacy = pytest.importorskip("spacy")

from spacy import displacy  # noqa: E402

from chidao.spacy_component import LABELS, ChidaoAlignmentWarning, align, map_span  # noqa: E402


def _blank(lang: str):
    if lang == "vi":  # the Vietnamese tokenizer without pyvi: whitespace tokens, no download
        return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    return spacy.blank(lang)


@pytest.fixture(params=["xx", "vi"])
def nlp(request):
    nlp = _blank(request.param)
    nlp.add_pipe("chidao")  # found through the spacy_factories entry point, no import needed
    return nlp


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _check_spans(doc) -> None:
    parsed = doc._.chidao
    spans = doc.spans["chidao"]
    assert {s.label_ for s in spans} <= set(LABELS.values())
    for span in spans:
        attr, index = span.kb_id_.split(":")
        record = getattr(parsed, attr)[int(index)]
        assert LABELS[attr] == span.label_
        # the span covers the record's words (widened to whole tokens)
        assert _squash(record.text) in _squash(span.text), (record.text, span.text)


def test_spans_and_document(nlp, directive):
    doc = nlp(directive)
    parsed = doc._.chidao
    assert parsed.meta.number == "05/CT-UBND"
    spans = doc.spans["chidao"]
    labels = {s.label_ for s in spans}
    assert labels == {"AGENCY", "DEADLINE", "TARGET", "CITATION"}
    assert len(spans) == sum(len(getattr(parsed, a)) for a in LABELS)
    _check_spans(doc)
    deadline = next(s for s in spans if s.label_ == "DEADLINE" and "30/4/2024" in s.text)
    assert parsed.deadlines[int(deadline.kb_id_.split(":")[1])].date == "2024-04-30"


def test_text_that_chidao_normalizes_is_mapped_back(nlp, directive):
    # Windows line ends, decomposed letters (NFD), doubled spaces, Markdown bold: what doc.text
    # holds differs from chidao's normalized text, and the spans still land on the right words.
    raw = unicodedata.normalize("NFD", directive.replace("Sở Nội vụ", "**Sở  Nội vụ**")).replace("\n", "\r\n")
    doc = nlp(raw)
    assert doc.text == raw and doc._.chidao.text != raw
    with warnings.catch_warnings():
        warnings.simplefilter("error", ChidaoAlignmentWarning)
        doc = nlp(raw)
    _check_spans(doc)
    agencies = [_squash(s.text).strip("*:") for s in doc.spans["chidao"] if s.label_ == "AGENCY"]
    assert _squash("Sở  Nội vụ") in agencies, agencies


def test_corpus_documents(nlp, corpus_dir):
    for path in sorted(corpus_dir.glob("*.txt"))[:3]:
        doc = nlp(path.read_text(encoding="utf-8"))
        _check_spans(doc)
        assert len(doc.spans["chidao"]) > 0


def test_displacy_renders_the_spans(directive):
    nlp = _blank("xx")
    nlp.add_pipe("chidao")
    doc = nlp(directive)
    page = displacy.render(doc, style="span", options={"spans_key": "chidao"}, page=True)
    for label in ("AGENCY", "DEADLINE", "TARGET", "CITATION"):
        assert label in page


def test_other_spans_key_and_pipe(directive):
    nlp = _blank("xx")
    nlp.add_pipe("chidao", config={"spans_key": "vb"})
    docs = list(nlp.pipe([directive, "Sở Y tế chủ trì, hoàn thành trước ngày 30/4/2024."]))
    assert "chidao" not in docs[0].spans and len(docs[0].spans["vb"]) > 0
    assert [(s.text, s.label_) for s in docs[1].spans["vb"]][-1] == ("trước ngày 30/4/2024", "DEADLINE")


def test_empty_text():
    nlp = _blank("xx")
    nlp.add_pipe("chidao")
    doc = nlp("")
    assert len(doc.spans["chidao"]) == 0 and doc._.chidao is not None


@pytest.mark.parametrize("raw, norm", [
    ("Sở  Y tế\r\nchủ trì", "Sở Y tế\nchủ trì"),
    ("a **Sở Y tế** b", "a Sở Y tế b"),
    (unicodedata.normalize("NFD", "Bộ Tài chính"), "Bộ Tài chính"),
    ("x\nLượt xem: 44\nSở Y tế", "x\nSở Y tế"),
])
def test_alignment(raw, norm):
    mapping = align(raw, norm)
    start = norm.index("Y") if "Y" in norm else norm.index("T")
    placed = map_span(mapping, start, start + 2)
    assert placed is not None
    assert unicodedata.normalize("NFC", raw[placed[0]:placed[1]]).replace("\n", " ").startswith(norm[start])
    assert map_span(mapping, 0, 0) is None
