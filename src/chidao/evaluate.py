"""Score chidao's output against hand-made gold files: precision, recall, F1.

>>> from chidao.evaluate import evaluate_dirs
>>> report = evaluate_dirs("corpus/gold", "out")          # doctest: +SKIP
>>> report.total.areas["citations"].f1                    # doctest: +SKIP
0.83

Gold files follow the project's annotation format (one ``<stem>.json`` per
document: meta, outline with marker and text prefix, citations, deadlines,
targets, agencies, tasks).  Predictions are chidao's JSON documents, as files
(``<stem>.json``, what ``chidao convert`` writes) or as
:class:`~chidao.schema.Document` objects; a missing prediction counts as an
empty one.

Two kinds of figures, summed over all documents (micro-average):

- **areas** — outline, citations, deadlines, targets, agencies: gold items
  matched one-to-one with predicted ones (:class:`Tally`: precision, recall,
  F1);
- **checks** — the accuracy of a detail over the matched pairs or gold items
  (:class:`Accuracy`): the parent of an outline unit, a citation's type and
  date, a deadline's normal form, a target's numbers / unit / comparator /
  indicator, whether a gold task's unit has a task with the same lead and
  support, and the header fields.

How items are matched (the same rules as the project's scoring script):

- outline: in reading order, same marker (bullets are one kind) and the unit's
  text starting like the gold prefix; a unit's parent is right when it is the
  match of the gold parent;
- citations: the same number ("số, ký hiệu", spaces, dash style and the bar of
  Đ ignored); without a number, the same name or overlapping text;
  predictions of one instrument are counted once;
- deadlines: the same normal form (date, period or recurrence) or
  overlapping text; predictions with one normal form are counted once;
- targets: overlapping text sharing a number;
- agencies: distinct names, compared without diacritics, punctuation and case,
  a trailing province name allowed; group mentions are not agencies.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, Union

from rapidfuzz import fuzz

AREAS = ("outline", "citations", "deadlines", "targets", "agencies")
CHECKS = ("outline_parent", "citation_type", "citation_date", "deadline_value", "target_numbers",
          "target_unit", "target_comparator", "target_indicator", "task_found", "task_lead",
          "task_support", "meta")
META_FIELDS = ("doc_type", "number", "date", "place", "issuer", "signer")

#: Outline kinds that are not units of their own: their children count.
TRANSPARENT_KINDS = frozenset({"heading", "attachment"})
BULLETS = frozenset("-–—−•·‐‑")

Record = dict[str, Any]


# ------------------------------------------------------------------ figures

@dataclass
class Tally:
    """Items matched (``tp``) out of the gold and the predicted ones."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    def add(self, tp: int, gold: int, pred: int) -> None:
        self.tp += tp
        self.gold += gold
        self.pred += pred

    @property
    def precision(self) -> float:
        if self.pred:
            return self.tp / self.pred
        return 1.0 if not self.gold else 0.0  # nothing predicted, nothing to find: perfect

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "gold": self.gold, "pred": self.pred}


@dataclass
class Accuracy:
    """How many of ``n`` checked cases were right."""

    right: int = 0
    n: int = 0

    def add(self, ok: bool) -> None:
        self.n += 1
        self.right += bool(ok)

    @property
    def value(self) -> Optional[float]:
        return self.right / self.n if self.n else None

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        return {"acc": None if v is None else round(v, 4), "n": self.n}


@dataclass
class Scores:
    """The figures of one document, or of many added up."""

    areas: dict[str, Tally] = field(default_factory=lambda: {a: Tally() for a in AREAS})
    checks: dict[str, Accuracy] = field(default_factory=lambda: {c: Accuracy() for c in CHECKS})

    def __iadd__(self, other: "Scores") -> "Scores":
        for name, t in other.areas.items():
            self.areas[name].add(t.tp, t.gold, t.pred)
        for name, a in other.checks.items():
            self.checks[name].right += a.right
            self.checks[name].n += a.n
        return self

    def to_dict(self) -> dict[str, Any]:
        out = {name: t.to_dict() for name, t in self.areas.items()}
        out.update({name: a.to_dict() for name, a in self.checks.items()})
        return out


@dataclass
class Report:
    """Figures over a whole gold folder, and per document (by file stem)."""

    total: Scores = field(default_factory=Scores)
    documents: dict[str, Scores] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # stems with no (readable) prediction

    def to_dict(self, *, per_document: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"total": self.total.to_dict()}
        if per_document:
            out["docs"] = {stem: s.to_dict() for stem, s in self.documents.items()}
        out["missing"] = list(self.missing)
        return out

    def to_json(self, *, per_document: bool = True) -> str:
        return json.dumps(self.to_dict(per_document=per_document), ensure_ascii=False, indent=1)


# ------------------------------------------------------------------ comparing strings

def _nfc(s: Optional[str]) -> str:
    return unicodedata.normalize("NFC", s or "")


def squash(s: Optional[str]) -> str:
    """NFC, case-folded, one space between words, Markdown emphasis (``* _ ` ``) removed."""
    s = re.sub(r"[*_`]+", "", _nfc(s))
    return re.sub(r"\s+", " ", s).strip().casefold()


def fold(s: Optional[str]) -> str:
    """Without diacritics, punctuation or case: "Sở Kế hoạch & Đầu tư" → "so ke hoach dau tu"."""
    s = _nfc(s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def marker_key(marker: Optional[str]) -> str:
    """"II." → "ii", "a)" → "a", "Điều 1." → "điều 1"; every bullet → "-"."""
    m = _nfc(marker).strip()
    if m in BULLETS:
        return "-"
    m = re.sub(r"\s+", " ", m).rstrip(".):/ -").strip()
    return m.casefold()


def prefix_key(text: Optional[str], length: int = 18) -> str:
    """The first characters of a unit's text, squashed, leading punctuation dropped."""
    return squash(text).lstrip(" .:-–—)(*+•")[:length]


def number_key(number: Optional[str]) -> str:
    """A "số, ký hiệu" for comparing: no spaces, one dash, case-folded, "Đ" as "d"."""
    if not number:
        return ""
    n = re.sub(r"\s+", "", _nfc(number))
    n = re.sub(r"[–—‐‑−]", "-", n)
    return n.casefold().replace("đ", "d")


def same_name(a: str, b: str) -> bool:
    """The same body despite spelling, case, punctuation or a trailing place name."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    if fa.split()[0] != fb.split()[0]:  # "Sở …" is never "Bộ …"
        return False
    short, long_ = sorted((fa, fb), key=len)
    if (short.endswith(" tinh") and long_.startswith(short + " ")
            and len(long_.split()) - len(short.split()) <= 3):
        return True  # "… tỉnh" and "… tỉnh Trà Vinh"
    # A slip of spelling, never another place ("Cục Thuế tỉnh Tiền Giang" ≠ "… Kiên Giang").
    return fuzz.ratio(fa, fb) >= 92 and fa.split()[-2:] == fb.split()[-2:]


def overlap(a: Optional[str], b: Optional[str]) -> bool:
    """Do two quotes name the same stretch of text (one inside the other, or nearly)?"""
    sa, sb = squash(a), squash(b)
    if not sa or not sb:
        return False
    if sa in sb or sb in sa:
        return True
    return fuzz.partial_ratio(sa, sb) >= 90 and min(len(sa), len(sb)) >= 6


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_in(text: Optional[str]) -> list[float]:
    """Numbers as Vietnamese prints them: "200.000" = 200000, "10,5" = 10.5, "1.219,11"."""
    out = []
    for m in _NUMBER.finditer(text or ""):
        tok = m.group(0)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", tok):
            tok = tok.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"\d+,\d+", tok):
            tok = tok.replace(",", ".")
        else:
            tok = tok.replace(",", "")
        try:
            out.append(float(tok))
        except ValueError:
            pass
    return out


def pair_up(gold: Sequence, pred: Sequence, match: Callable[[Any, Any], Any]) -> list[tuple[int, int]]:
    """One-to-one pairs: each gold item, in order, takes the first free prediction it matches."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and match(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _dicts(items: Any) -> list[Record]:
    return [x for x in items or [] if isinstance(x, dict)]


# ------------------------------------------------------------------ areas

def flat_outline(nodes: Iterable[Record]) -> list[Record]:
    """Predicted units in reading order, each with the index of its parent unit."""
    out: list[Record] = []

    def walk(items: Iterable[Any], parent: Optional[int]) -> None:
        for n in items or []:
            if not isinstance(n, dict):
                continue
            if n.get("kind") in TRANSPARENT_KINDS:
                walk(n.get("children") or [], parent)
                continue
            out.append({"id": n.get("id"), "marker": n.get("marker", ""), "text": n.get("text", ""),
                        "parent": parent})
            walk(n.get("children") or [], len(out) - 1)

    walk(nodes, None)
    return out


def score_outline(gold: Record, pred: Record, scores: Scores) -> dict[str, Any]:
    """Align units in reading order; returns gold unit id → predicted node id."""
    g_units = gold.get("outline") or []
    p_units = flat_outline(pred.get("outline") or [])
    index_of = {g["id"]: i for i, g in enumerate(g_units)}
    g_to_p: dict[int, int] = {}
    start = 0
    for gi, g in enumerate(g_units):
        marker, prefix = marker_key(g.get("marker", "")), prefix_key(g.get("prefix", ""))
        head = prefix[: max(8, len(prefix) - 2)]
        for pi in range(start, len(p_units)):
            p = p_units[pi]
            if marker_key(p["marker"]) == marker and prefix_key(p["text"]).startswith(head):
                g_to_p[gi] = pi
                start = pi + 1
                break
    scores.areas["outline"].add(len(g_to_p), len(g_units), len(p_units))
    for gi, pi in g_to_p.items():
        g_parent = g_units[gi].get("parent")
        if g_parent is None:
            scores.checks["outline_parent"].add(p_units[pi]["parent"] is None)
            continue
        want = g_to_p.get(index_of.get(g_parent, -1))
        if want is not None:  # an unmatched parent cannot be checked
            scores.checks["outline_parent"].add(p_units[pi]["parent"] == want)
    return {g_units[gi]["id"]: p_units[pi]["id"] for gi, pi in g_to_p.items()}


def _distinct(items: list[Record], key: Callable[[Record], str]) -> list[Record]:
    seen: set[str] = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def score_citations(gold: Record, pred: Record, scores: Scores) -> None:
    g = gold.get("citations") or []
    p = _distinct(_dicts(pred.get("citations")),
                  lambda c: number_key(c.get("number")) or "t:" + fold(c.get("title") or c.get("text") or ""))

    def match(gc: Record, pc: Record) -> bool:
        g_number, p_number = number_key(gc.get("number")), number_key(pc.get("number"))
        if g_number:
            return g_number == p_number
        g_name = gc.get("title") or gc.get("text") or ""
        p_name = pc.get("title") or pc.get("text") or ""
        return not p_number and (same_name(g_name, p_name) or overlap(gc.get("text", ""), pc.get("text", "")))

    pairs = pair_up(g, p, match)
    scores.areas["citations"].add(len(pairs), len(g), len(p))
    for gi, pi in pairs:
        gc, pc = g[gi], p[pi]
        scores.checks["citation_type"].add(fold(gc.get("doc_type", "")) == fold(pc.get("doc_type") or ""))
        if gc.get("date"):
            scores.checks["citation_date"].add(gc.get("date") == pc.get("date"))


def deadline_value(d: Record) -> str:
    """A deadline's normal form as one string: "D:2024-04-30", "P:2025-07-01..2025-09-30", "R:quarterly"."""
    if d.get("recurrence"):
        return f"R:{d['recurrence']}"
    if d.get("date"):
        return f"D:{d['date']}"
    if d.get("start") or d.get("end"):
        return f"P:{d.get('start')}..{d.get('end')}"
    return ""


def score_deadlines(gold: Record, pred: Record, scores: Scores) -> None:
    g = gold.get("deadlines") or []
    p = _distinct(_dicts(pred.get("deadlines")), lambda d: deadline_value(d) or squash(d.get("text", "")))

    def match(gd: Record, pd: Record) -> bool:
        value = deadline_value(gd)
        return bool(value and value == deadline_value(pd)) or overlap(gd.get("text", ""), pd.get("text", ""))

    pairs = pair_up(g, p, match)
    scores.areas["deadlines"].add(len(pairs), len(g), len(p))
    for gi, pi in pairs:
        scores.checks["deadline_value"].add(deadline_value(g[gi]) == deadline_value(p[pi]))


def target_numbers(t: Record) -> list[float]:
    """A predicted target's numbers (value, low, high, base), sorted."""
    return sorted(float(t[k]) for k in ("value", "low", "high", "base") if isinstance(t.get(k), (int, float)))


def score_targets(gold: Record, pred: Record, scores: Scores) -> None:
    g = gold.get("targets") or []
    p = _dicts(pred.get("targets"))

    def match(gt: Record, pt: Record) -> bool:
        if not overlap(gt.get("text", ""), pt.get("text", "")):
            return False
        g_numbers = {float(x) for x in gt.get("numbers") or []}
        p_numbers = set(target_numbers(pt)) | set(numbers_in(pt.get("text", "")))
        return not g_numbers or bool(g_numbers & p_numbers)

    pairs = pair_up(g, p, match)
    scores.areas["targets"].add(len(pairs), len(g), len(p))
    for gi, pi in pairs:
        gt, pt = g[gi], p[pi]
        scores.checks["target_numbers"].add(sorted(float(x) for x in gt.get("numbers") or []) == target_numbers(pt))
        scores.checks["target_unit"].add(fold(gt.get("unit") or "") == fold(pt.get("unit") or ""))
        scores.checks["target_comparator"].add((gt.get("comparator") or "=") == (pt.get("comparator") or "="))
        g_ind, p_ind = fold(gt.get("indicator") or ""), fold(pt.get("indicator") or "")
        scores.checks["target_indicator"].add(
            bool(g_ind and p_ind) and (g_ind in p_ind or p_ind in g_ind or fuzz.token_set_ratio(g_ind, p_ind) >= 80))


def score_agencies(gold: Record, pred: Record, scores: Scores) -> None:
    g = list(dict.fromkeys(gold.get("agencies") or []))
    p: list[str] = []
    for mention in _dicts(pred.get("agencies")):
        if mention.get("group"):
            continue
        name = mention.get("canonical") or mention.get("text") or ""
        if name and not any(same_name(name, q) for q in p):
            p.append(name)
    pairs = pair_up(g, p, same_name)
    scores.areas["agencies"].add(len(pairs), len(g), len(p))


def _same_bodies(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and len(pair_up(a, b, same_name)) == len(a)


def score_tasks(gold: Record, pred: Record, scores: Scores, g_to_p: Mapping[str, Any]) -> None:
    by_node: dict[Any, list[Record]] = {}
    for task in _dicts(pred.get("tasks")):
        by_node.setdefault(task.get("node_id"), []).append(task)
    for gt in gold.get("tasks") or []:
        node = g_to_p.get(gt.get("node"))
        found = by_node.get(node, []) if node is not None else []
        lead = list(dict.fromkeys(x for t in found for x in t.get("lead") or []))
        support = list(dict.fromkeys(x for t in found for x in t.get("support") or []))
        scores.checks["task_found"].add(bool(found))
        scores.checks["task_lead"].add(bool(found) and _same_bodies(gt.get("lead") or [], lead))
        if gt.get("support"):
            scores.checks["task_support"].add(bool(found) and _same_bodies(gt["support"], support))


def score_meta(gold: Record, pred: Record, scores: Scores) -> None:
    g_meta, p_meta = gold.get("meta") or {}, pred.get("meta") or {}
    check = scores.checks["meta"]
    for name in META_FIELDS:
        if name not in g_meta:
            continue
        want, got = g_meta.get(name), p_meta.get(name)
        if name == "signer" and isinstance(got, dict):
            got = got.get("name")
        if want is None:
            check.add(not got)
        elif name == "number":
            check.add(number_key(want) == number_key(got))
        elif name == "date":
            check.add(want == got)
        else:
            check.add(bool(got) and same_name(str(want), str(got)))


# ------------------------------------------------------------------ documents and folders

def _as_record(pred: Any) -> Record:
    if pred is None:
        return {}
    if hasattr(pred, "model_dump"):
        return pred.model_dump(mode="json")
    return pred if isinstance(pred, dict) else {}


def evaluate(gold: Record, pred: Any) -> Scores:
    """The figures of one document: a gold record against a prediction
    (a :class:`~chidao.schema.Document`, its JSON as a dict, or ``None``)."""
    pred = _as_record(pred)
    scores = Scores()
    g_to_p = score_outline(gold, pred, scores)
    score_citations(gold, pred, scores)
    score_deadlines(gold, pred, scores)
    score_targets(gold, pred, scores)
    score_agencies(gold, pred, scores)
    score_tasks(gold, pred, scores, g_to_p)
    score_meta(gold, pred, scores)
    return scores


StrPath = Union[str, "PathLike[str]"]


def gold_files(gold_dir: StrPath) -> list[Path]:
    """The gold files of a folder (``*.json``), sorted; :class:`ValueError` when there are none."""
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise ValueError(f"no gold files (*.json) in {gold_dir}")
    return files


def _load(path: Path) -> Optional[Record]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def evaluate_predictions(golds: Mapping[str, Record], preds: Mapping[str, Any]) -> Report:
    """Score predictions by document stem; a stem with no prediction counts as empty."""
    report = Report()
    for stem, gold in golds.items():
        pred = preds.get(stem)
        if pred is None:
            report.missing.append(stem)
        scores = evaluate(gold, pred)
        report.documents[stem] = scores
        report.total += scores
    return report


def load_golds(gold_dir: StrPath) -> dict[str, Record]:
    golds = {}
    for path in gold_files(gold_dir):
        gold = _load(path)
        if gold is None:
            raise ValueError(f"{path}: not a gold file (unreadable JSON)")
        golds[path.stem] = gold
    return golds


def evaluate_dirs(gold_dir: StrPath, pred_dir: StrPath) -> Report:
    """Score ``PRED_DIR/<stem>.json`` (what ``chidao convert`` writes) against ``GOLD_DIR/<stem>.json``."""
    golds = load_golds(gold_dir)
    preds = {stem: _load(Path(pred_dir) / f"{stem}.json") for stem in golds}
    return evaluate_predictions(golds, {k: v for k, v in preds.items() if v is not None})


def find_documents(corpus_dir: StrPath, stems: Iterable[str]) -> dict[str, Path]:
    """The document file of each gold stem in ``corpus_dir`` (any readable suffix)."""
    from chidao.batch import INPUT_SUFFIXES

    folder = Path(corpus_dir)
    found: dict[str, Path] = {}
    for stem in stems:
        for suffix in INPUT_SUFFIXES:
            path = folder / f"{stem}{suffix}"
            if path.is_file():
                found[stem] = path
                break
    return found


def evaluate_corpus(gold_dir: StrPath, corpus_dir: StrPath, *, workers: int = 1) -> Report:
    """Convert the documents of ``corpus_dir`` that have a gold file, then score them."""
    from chidao.batch import convert_many, plan

    golds = load_golds(gold_dir)
    documents = find_documents(corpus_dir, golds)
    jobs = plan(documents.values(), None)
    preds = {}
    for stem, result in zip(documents, convert_many([], None, jsonl=True, jobs=jobs, workers=workers)):
        if result.ok and result.json is not None:
            preds[stem] = json.loads(result.json)
    return evaluate_predictions(golds, preds)


def looks_like_predictions(folder: StrPath, stems: Iterable[str]) -> bool:
    """Does ``folder`` hold JSON predictions for these stems (rather than documents)?"""
    folder = Path(folder)
    return any((folder / f"{stem}.json").is_file() for stem in stems)


# ------------------------------------------------------------------ display

def tables(report: Report, *, title: str = "all documents"):
    """Two rich tables: P / R / F1 per area, and the accuracy of each check."""
    from rich.table import Table

    areas = Table(title=f"chidao vs. gold — {title}", title_justify="left")
    areas.add_column("area")
    for name in ("P", "R", "F1"):
        areas.add_column(name, justify="right")
    areas.add_column("gold", justify="right", style="dim")
    areas.add_column("pred", justify="right", style="dim")
    for name, t in report.total.areas.items():
        areas.add_row(name, f"{t.precision:.3f}", f"{t.recall:.3f}", f"[bold]{t.f1:.3f}[/]", str(t.gold), str(t.pred))

    checks = Table(title="checks", title_justify="left")
    checks.add_column("check")
    checks.add_column("accuracy", justify="right")
    checks.add_column("n", justify="right", style="dim")
    for name, a in report.total.checks.items():
        checks.add_row(name, "n/a" if a.value is None else f"{a.value:.3f}", str(a.n))
    return areas, checks
