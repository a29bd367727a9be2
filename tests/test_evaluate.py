"""chidao eval: precision / recall / F1 against gold files, the same figures as the project's scorer."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import chidao
from chidao.cli import app
from chidao.evaluate import (
    Accuracy, Tally, evaluate, evaluate_corpus, evaluate_dirs, marker_key, number_key, numbers_in,
    prefix_key, same_name,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
runner = CliRunner()


def _flat(output: str) -> str:
    """An error message without the frame rich draws round it."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


# ------------------------------------------------------------------ the pieces

def test_tally_edges():
    assert (Tally(0, 0, 0).precision, Tally(0, 0, 0).recall, Tally(0, 0, 0).f1) == (1.0, 1.0, 1.0)
    nothing_found = Tally(0, 4, 0)
    assert (nothing_found.precision, nothing_found.recall, nothing_found.f1) == (0.0, 0.0, 0.0)
    t = Tally(3, 4, 6)
    assert (t.precision, t.recall) == (0.5, 0.75)
    assert t.f1 == pytest.approx(0.6)
    assert Accuracy().value is None
    a = Accuracy()
    a.add(True), a.add(False)
    assert a.to_dict() == {"acc": 0.5, "n": 2}


@pytest.mark.parametrize("printed, key", [
    ("II.", "ii"), ("a)", "a"), ("1.1.", "1.1"), ("Điều 1.", "điều 1"), ("–", "-"), ("•", "-"), (" 3 / ", "3"),
])
def test_markers_compare_without_punctuation(printed, key):
    assert marker_key(printed) == key


@pytest.mark.parametrize("a, b", [
    ("01/QĐ-UBND", "01/QD-UBND"), ("69/2008/QĐ-UBND", "69 / 2008 / QĐ–UBND"), ("21-NQ/TU", "21-nq/tu"),
])
def test_numbers_compare_without_spaces_dashes_or_the_bar(a, b):
    assert number_key(a) == number_key(b)


@pytest.mark.parametrize("a, b, same", [
    ("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch & Đầu tư", True),
    ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Trà Vinh", True),
    ("Sở Y tế", "Bộ Y tế", False),
    ("Cục Thuế tỉnh Tiền Giang", "Cục Thuế tỉnh Kiên Giang", False),
    ("Sở Tư pháp", "", False),
])
def test_same_body(a, b, same):
    assert same_name(a, b) is same


@pytest.mark.parametrize("text, numbers", [
    ("13 - 14%", [13.0, 14.0]), ("200.000 người", [200000.0]), ("10,5%", [10.5]),
    ("1.219,11 tỷ đồng", [1219.11]), ("67/85 xã", [67.0, 85.0]),
])
def test_vietnamese_numbers(text, numbers):
    assert numbers_in(text) == numbers


def test_prefix_key_squashes_emphasis_and_space():
    assert prefix_key("**Tiếp  tục** tổ chức thi hành") == "tiếp tục tổ chức t"


GOLD_DOC = {
    "meta": {"doc_type": "Chỉ thị", "number": "05/CT-UBND", "date": "2024-03-12", "signer": "Lê Văn Hẳn"},
    "outline": [
        {"id": "g1", "marker": "I.", "prefix": "NHIỆM VỤ TRỌNG TÂM", "parent": None},
        {"id": "g2", "marker": "1.", "prefix": "Sở Thông tin và Truyền thông chủ trì", "parent": "g1"},
        {"id": "g3", "marker": "a)", "prefix": "Tham mưu kế hoạch chuyển đổi số", "parent": "g2"},
        {"id": "g4", "marker": "b)", "prefix": "Phấn đấu tỷ lệ hồ sơ trực tuyến", "parent": "g2"},
        {"id": "g5", "marker": "2.", "prefix": "Ủy ban nhân dân các huyện", "parent": "g1"},
        {"id": "g6", "marker": "II.", "prefix": "TỔ CHỨC THỰC HIỆN", "parent": None},
    ],
    "citations": [{"text": "Quyết định số 749/QĐ-TTg ngày 03/6/2020", "doc_type": "Quyết định",
                   "number": "749/QĐ-TTg", "date": "2020-06-03"}],
    "deadlines": [{"text": "trước ngày 30/4/2024", "kind": "by", "date": "2024-04-30"},
                  {"text": "hằng quý", "kind": "recurring", "recurrence": "quarterly"}],
    "targets": [{"text": "tỷ lệ hồ sơ trực tuyến đạt trên 80%", "indicator": "tỷ lệ hồ sơ trực tuyến",
                 "comparator": ">", "numbers": [80], "unit": "%"}],
    "agencies": ["Sở Thông tin và Truyền thông", "Sở Nội vụ"],
    "tasks": [{"node": "g3", "lead": ["Sở Thông tin và Truyền thông"], "support": ["Sở Nội vụ"]}],
}


def test_a_perfect_prediction_and_an_empty_one(directive):
    doc = chidao.parse(directive)
    scores = evaluate(GOLD_DOC, doc)
    assert scores.areas["outline"].to_dict() == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 6, "pred": 6}
    assert scores.checks["outline_parent"].value == 1.0
    assert scores.areas["citations"].tp == 1
    assert scores.areas["deadlines"].recall == 1.0
    assert scores.checks["meta"].value == 1.0

    empty = evaluate(GOLD_DOC, None)
    for area in ("outline", "citations", "deadlines", "targets", "agencies"):
        assert (empty.areas[area].tp, empty.areas[area].pred, empty.areas[area].recall) == (0, 0, 0.0)
    assert empty.checks["task_found"].to_dict() == {"acc": 0.0, "n": 1}


def test_outline_units_out_of_order_or_under_the_wrong_parent(directive):
    pred = chidao.parse(directive).model_dump(mode="json")
    part_one = pred["outline"][0]
    # "2." moved under "1.": still found, but its parent is wrong
    item_two = part_one["children"].pop(1)
    part_one["children"][0]["children"].append(item_two)
    scores = evaluate(GOLD_DOC, pred)
    assert scores.areas["outline"].tp == 6
    assert scores.checks["outline_parent"].to_dict() == {"acc": round(5 / 6, 4), "n": 6}


# ------------------------------------------------------------------ agreement with the project's scorer

def _degrade(pred: dict) -> dict:
    """A worse prediction: items lost, values wrong, units misplaced, tasks on other nodes."""
    p = copy.deepcopy(pred)
    p["citations"] = [dict(c, date=None) if i % 3 == 1 else c for i, c in enumerate(p.get("citations", [])) if i % 3]
    p["deadlines"] = [dict(d, date="1999-01-01") if d.get("date") else d for d in p.get("deadlines", [])[::2]]
    p["targets"] = [dict(t, value=(t["value"] or 0) + 1, unit=None) if i % 2 and t.get("value") is not None else t
                    for i, t in enumerate(p.get("targets", []))]
    p["agencies"] = [dict(a, canonical=a["canonical"] + " X") if i % 4 == 0 else a
                     for i, a in enumerate(p.get("agencies", []))]
    for node in p.get("outline", [])[::2]:
        node["children"] = node.get("children", [])[1:]
    if p.get("outline"):
        p["outline"].append({"id": "Z", "kind": "arabic", "marker": "9.", "label": "9", "text": "Thêm", "span": [0, 1],
                             "children": []})
    p["meta"] = dict(p.get("meta") or {}, number="0/XX", signer=None)
    p["tasks"] = [{"id": "t1", "node_id": n["id"], "text": "", "lead": ["Sở Nội vụ"], "support": []}
                  for n in p.get("outline", [])[:3]]
    return p


@pytest.fixture(scope="module")
def predictions(tmp_path_factory) -> dict[str, Path]:
    """The corpus converted, a degraded copy, and an empty folder."""
    base = tmp_path_factory.mktemp("pred")
    good, bad, empty = base / "good", base / "bad", base / "empty"
    for folder in (good, bad, empty):
        folder.mkdir()
    for gold in sorted(GOLD.glob("*.json")):
        doc = chidao.parse_file(ROOT / "corpus" / f"{gold.stem}.txt")
        pred = doc.model_dump(mode="json")
        (good / gold.name).write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        (bad / gold.name).write_text(json.dumps(_degrade(pred), ensure_ascii=False), encoding="utf-8")
    (bad / next(GOLD.glob("*.json")).name).write_text("not json", encoding="utf-8")  # unreadable: empty
    return {"good": good, "bad": bad, "empty": empty}


@pytest.mark.skipif(not SCORER.is_file(), reason=f"the project's scorer is not beside the repository ({SCORER})")
@pytest.mark.parametrize("kind", ["good", "bad", "empty"])
def test_same_figures_as_the_project_scorer(predictions, kind):
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(predictions[kind]),
                          "--json", "--per-doc"], capture_output=True, text=True, check=True, timeout=300)
    theirs = json.loads(out.stdout)
    ours = evaluate_dirs(GOLD, predictions[kind]).to_dict()
    assert ours["total"] == theirs["total"]
    assert ours["docs"] == theirs["docs"]


def test_corpus_mode_converts_then_scores(predictions):
    from_files = evaluate_dirs(GOLD, predictions["good"]).to_dict()
    converted = evaluate_corpus(GOLD, ROOT / "corpus").to_dict()
    assert converted["total"] == from_files["total"]
    assert converted["missing"] == []


def test_missing_predictions_are_listed_and_count_as_empty(predictions):
    report = evaluate_dirs(GOLD, predictions["empty"])
    assert len(report.missing) == len(list(GOLD.glob("*.json")))
    assert report.total.areas["outline"].recall == 0.0


# ------------------------------------------------------------------ the command

def test_eval_command_prints_a_table(predictions):
    result = runner.invoke(app, ["eval", str(GOLD), str(predictions["good"])])
    assert result.exit_code == 0, result.output
    for word in ("area", "outline", "citations", "deadlines", "targets", "agencies", "F1", "task_lead"):
        assert word in result.stdout


def test_eval_command_json_on_a_corpus_folder():
    result = runner.invoke(app, ["eval", str(GOLD), str(ROOT / "corpus"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data["total"]) >= {"outline", "citations", "deadlines", "targets", "agencies", "meta"}
    assert 0.0 <= data["total"]["outline"]["f1"] <= 1.0
    assert sorted(data["docs"]) == sorted(p.stem for p in GOLD.glob("*.json"))


def test_eval_command_refuses_a_folder_without_gold(tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path), str(tmp_path)])
    assert result.exit_code == 2
    assert "no gold files" in _flat(result.output)


def test_eval_command_refuses_a_folder_with_nothing_to_score(tmp_path):
    result = runner.invoke(app, ["eval", str(GOLD), str(tmp_path)])
    assert result.exit_code == 2
    assert "holds neither predictions" in _flat(result.output)
