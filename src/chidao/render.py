"""A review page: one self-contained HTML file to check what chidao read.

>>> import chidao
>>> from chidao.render import render_html
>>> page = render_html(chidao.parse_file("corpus/002_fb893aa1239ab8fe.txt"))  # doctest: +SKIP

The page shows

- the header chidao read (type, number, issuer, date, signer, title) and
  its warnings;
- the outline as a tree beside the text, foldable, each unit with its id
  ("II/3/a"), linked to its place;
- the document text with each unit as a block that folds, its id shown, and
  the agencies, deadlines, targets and citations highlighted in four colours;
  hovering (or focusing) a highlight shows its normalized value ("Sở Kế hoạch
  và Đầu tư", "by 2024-04-30", "≥ 80 %"), which is also its ``title``;
  checkboxes hide a kind;
- the tasks as a table — lead, support, deadlines, targets — each row linked
  to the task's place in the text.

Everything is inline (CSS and a little JavaScript, no fonts, images or
requests; a Content-Security-Policy forbids loading anything), and every
piece of the document is HTML-escaped, so a page renders the same offline
and a hostile document cannot inject markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Optional

if TYPE_CHECKING:
    from chidao.schema import Document, Node

#: Highlighted kinds, in legend order: (key, label shown, list on Document).
KINDS = (("agency", "agencies", "agencies"), ("deadline", "deadlines", "deadlines"),
         ("target", "targets", "targets"), ("citation", "citations", "citations"))

_COMPARATORS = {"=": "=", ">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "≈"}


@dataclass(frozen=True)
class Highlight:
    """One stretch of text to colour, and the normalized value it stands for."""

    start: int
    end: int
    kind: str       # "agency", "deadline", "target", "citation"
    index: int      # position in the document's list of that kind
    value: str      # shown on hover


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _num(x: Optional[float]) -> str:
    if x is None:
        return "?"
    return f"{x:g}" if abs(x) < 1e15 else f"{x:.0f}"


def describe_agency(a) -> str:
    out = a.canonical + (" (nhóm cơ quan)" if a.group else "")
    if a.successor:
        out += f" → {a.successor}"
    return out


def describe_deadline(d) -> str:
    if d.kind == "recurring" or d.recurrence:
        value = d.recurrence or "recurring"
    elif d.date:
        value = d.date
    elif d.start or d.end:
        value = f"{d.start or '…'} … {d.end or '…'}"
    else:
        value = "(no date)"
    return f"{d.kind}: {value}"


def describe_target(t) -> str:
    if t.comparator == "range" or (t.low is not None and t.high is not None):
        amount = f"{_num(t.low)} – {_num(t.high)}"
    else:
        amount = f"{_COMPARATORS.get(t.comparator, t.comparator)} {_num(t.value)}"
        if t.base is not None:
            amount += f" / {_num(t.base)}"
    unit = f" {t.unit}" if t.unit else ""
    year = f" (năm {t.year})" if t.year else ""
    return f"{t.indicator}: {amount}{unit}{year} [{t.kind}]"


def describe_citation(c) -> str:
    parts = [c.doc_type]
    if c.number:
        parts.append(f"số {c.number}")
    if c.date:
        parts.append(c.date)
    if c.issuer:
        parts.append(f"của {c.issuer}")
    if c.title:
        parts.append(f"— {c.title}")
    if c.relation:
        parts.append(f"[{c.relation}]")
    return " ".join(parts)


_DESCRIBE = {"agency": describe_agency, "deadline": describe_deadline,
             "target": describe_target, "citation": describe_citation}


def highlights(doc: "Document") -> list[Highlight]:
    """Every record with a valid span, as a :class:`Highlight`, in text order."""
    out = []
    n = len(doc.text)
    for kind, _label, attr in KINDS:
        for i, record in enumerate(getattr(doc, attr)):
            start, end = record.span
            if 0 <= start < end <= n:
                out.append(Highlight(start, end, kind, i, _DESCRIBE[kind](record)))
    out.sort(key=lambda h: (h.start, -h.end))
    return out


def anchor_ids(doc: "Document") -> dict[str, str]:
    """HTML ids of the outline units: "n-" + the node id, spaces as "_", unique."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for node in doc.iter_nodes():
        base = "n-" + re.sub(r"\s+", "_", node.id)
        anchor, k = base, 2
        while anchor in used:
            anchor, k = f"{base}~{k}", k + 1
        used.add(anchor)
        ids.setdefault(node.id, anchor)
    return ids


class _Body:
    """Writes the text: units as nested blocks, highlights as nested marks."""

    def __init__(self, doc: "Document") -> None:
        self.doc = doc
        self.text = doc.text
        self.marks = highlights(doc)
        self.anchors = anchor_ids(doc)
        self.node_anchor: dict[int, str] = {}
        for node in doc.iter_nodes():
            self.node_anchor.setdefault(id(node), self.anchors[node.id])
        # Tasks are linked to where they start (when they have a span).
        self.task_points: dict[int, list[int]] = {}
        for i, task in enumerate(doc.tasks):
            if task.span and 0 <= task.span[0] <= len(self.text):
                self.task_points.setdefault(task.span[0], []).append(i)
        self.placed_tasks: set[int] = set()

    def render(self) -> str:
        return self.blocks(0, len(self.text), self.doc.outline)

    def blocks(self, start: int, end: int, nodes: Iterable["Node"]) -> str:
        out: list[str] = []
        pos = start
        after_block = False
        for node in sorted(nodes, key=lambda n: n.span[0]):
            s, e = max(node.span[0], pos), min(node.span[1], end)
            if s >= e:
                continue
            out.append(self.inline(pos, s, trim_start=after_block, trim_end=True))
            out.append(self.node(node, s, e))
            pos = e
            after_block = True
        out.append(self.inline(pos, end, trim_start=after_block, trim_end=False))
        return "".join(out)

    def node(self, node: "Node", start: int, end: int) -> str:
        anchor = self.node_anchor[id(node)]
        toggle = ('<button type="button" class="fold" aria-expanded="true" title="fold / unfold">▾</button>'
                  if node.children else '<span class="fold-spacer"></span>')
        head = (f'<span class="nid"><a href="#{_e(anchor)}" title="{_e(node.kind)}">{_e(node.id)}</a></span>')
        return (f'<div class="node kind-{_e(node.kind)}" id="{_e(anchor)}" data-node-id="{_e(node.id)}">'
                f'{toggle}{head}<div class="node-body">{self.blocks(start, end, node.children)}</div></div>')

    def inline(self, start: int, end: int, *, trim_start: bool, trim_end: bool) -> str:
        if trim_start and start < end and self.text[start] == "\n":
            start += 1
        if trim_end and start < end and self.text[end - 1] == "\n":
            end -= 1
        if start >= end:
            return ""
        marks = [m for m in self.marks if m.start < end and m.end > start]
        points = sorted(p for p in self.task_points if start <= p < end)
        cuts = sorted({start, end, *points, *(max(m.start, start) for m in marks), *(min(m.end, end) for m in marks)})
        out: list[str] = []
        open_marks: list[Highlight] = []
        for a, b in zip(cuts, cuts[1:]):
            for i in self.task_points.get(a, []):
                if i not in self.placed_tasks:
                    self.placed_tasks.add(i)
                    out.append(f'<span class="task-anchor" id="task-{i}"></span>')
            active = [m for m in marks if m.start <= a and m.end >= b]
            # Keep the marks still active open; close the others (innermost first).
            keep = 0
            while keep < len(open_marks) and keep < len(active) and open_marks[keep] == active[keep]:
                keep += 1
            for _ in range(len(open_marks) - keep):
                out.append("</mark>")
            open_marks = open_marks[:keep]
            for m in active[keep:]:
                out.append(f'<mark class="hl hl-{m.kind}" data-kind="{m.kind}" data-index="{m.index}" '
                           f'tabindex="0" title="{_e(m.value)}" data-value="{_e(m.value)}">')
                open_marks.append(m)
            out.append(_e(self.text[a:b]))
        out.append("</mark>" * len(open_marks))
        return "".join(out)


def _outline_tree(nodes: Iterable["Node"], anchors: dict[str, str]) -> str:
    items = []
    for node in nodes:
        own = (node.title or node.text or "").strip()
        label = (f'<a href="#{_e(anchors[node.id])}"><span class="nid">{_e(node.id)}</span> '
                 f'<span class="marker">{_e(node.marker)}</span> {_e(_clip(own, 70))}</a>')
        if node.children:
            items.append(f'<li><details open><summary>{label}</summary>'
                         f'<ul>{_outline_tree(node.children, anchors)}</ul></details></li>')
        else:
            items.append(f'<li class="leaf">{label}</li>')
    return "".join(items)


def _clip(text: str, width: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def _meta_table(doc: "Document") -> str:
    m = doc.meta
    signer = m.signer and ", ".join(x for x in (m.signer.authority, m.signer.position, m.signer.name) if x)
    rows = [("type", m.doc_type), ("number", m.number), ("issuer", m.issuer), ("place", m.place),
            ("date", m.date), ("title", m.title), ("signer", signer),
            ("file", doc.source.path if doc.source else None)]
    cells = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows if v)
    return f'<table class="meta">{cells}</table>'


def _tasks_table(doc: "Document", anchors: dict[str, str], placed: set[int]) -> str:
    if not doc.tasks:
        return '<p class="empty">No tasks found.</p>'
    rows = []
    for i, task in enumerate(doc.tasks):
        target = f"task-{i}" if i in placed else anchors.get(task.node_id or "", "")
        where = _e(task.node_id or task.id)
        link = f'<a href="#{_e(target)}">{where}</a>' if target else where
        deadlines = [describe_deadline(doc.deadlines[j]) for j in task.deadlines if 0 <= j < len(doc.deadlines)]
        targets = [describe_target(doc.targets[j]) for j in task.targets if 0 <= j < len(doc.targets)]
        lead = _e("; ".join(task.lead)) + (' <span class="req">(đề nghị)</span>' if task.request else "")
        rows.append(
            f'<tr data-task="{i}"><td class="where">{link}</td><td>{_e(_clip(task.text, 160))}</td>'
            f'<td>{lead}</td><td>{_e("; ".join(task.support))}</td>'
            f'<td>{"<br>".join(_e(d) for d in deadlines)}</td><td>{"<br>".join(_e(t) for t in targets)}</td></tr>')
    return ('<div class="tasks-wrap"><table class="tasks"><thead><tr><th>unit</th><th>task</th><th>lead</th>'
            '<th>support</th><th>deadlines</th><th>targets</th></tr></thead><tbody>' + "".join(rows)
            + "</tbody></table></div>")


_CSS = """
:root{--agency:#2563eb;--agency-bg:#dbeafe;--deadline:#dc2626;--deadline-bg:#fee2e2;
--target:#15803d;--target-bg:#dcfce7;--citation:#7c3aed;--citation-bg:#ede9fe;--line:#e5e7eb}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;
color:#111827;background:#f9fafb}
header.top{padding:12px 20px;background:#1f2937;color:#f9fafb}
header.top h1{margin:0 0 4px;font-size:19px}
header.top .sub{color:#d1d5db;font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:14px;align-items:center;padding:8px 20px;background:#fff;
border-bottom:1px solid var(--line);position:sticky;top:0;z-index:5}
.legend label{cursor:pointer;user-select:none}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:4px;vertical-align:-1px}
.legend button{font:inherit;font-size:13px;padding:2px 8px}
#stats{margin-left:auto;color:#6b7280;font-size:13px}
.layout{display:grid;grid-template-columns:minmax(220px,320px) 1fr;gap:0}
nav.outline{border-right:1px solid var(--line);background:#fff;padding:10px 8px;font-size:13px;
position:sticky;top:41px;align-self:start;max-height:calc(100vh - 41px);overflow:auto}
nav.outline ul{list-style:none;margin:0;padding-left:14px}
nav.outline>ul{padding-left:0}
nav.outline a{color:#111827;text-decoration:none}
nav.outline a:hover{text-decoration:underline}
nav.outline li.leaf{padding-left:14px}
.nid{font:12px/1.3 ui-monospace,"DejaVu Sans Mono",monospace;color:#0e7490;background:#ecfeff;
border:1px solid #a5f3fc;border-radius:3px;padding:0 3px}
.nid a{color:inherit;text-decoration:none}
.marker{font-weight:600}
main{padding:14px 24px;min-width:0}
section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin-bottom:16px}
section h2{margin:0 0 8px;font-size:16px}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.node{position:relative;margin:2px 0 2px 0;padding-left:4px;border-left:2px solid transparent}
.node .node{margin-left:14px}
.node:target,.task-anchor:target+*{background:#fef9c3}
.node>.fold,.node>.fold-spacer{float:left;width:18px;margin-left:-22px;border:0;background:none;cursor:pointer;
color:#9ca3af;padding:0;font-size:13px;line-height:1.55}
.node>.nid{float:right;margin-left:8px;opacity:.85}
.node.folded>.node-body>.node{display:none}
.node.folded>.fold{transform:rotate(-90deg)}
.node:hover{border-left-color:#d1d5db}
mark.hl{border-radius:3px;padding:0 1px;color:inherit;cursor:help;border-bottom:2px solid}
mark.hl-agency{background:var(--agency-bg);border-color:var(--agency)}
mark.hl-deadline{background:var(--deadline-bg);border-color:var(--deadline)}
mark.hl-target{background:var(--target-bg);border-color:var(--target)}
mark.hl-citation{background:var(--citation-bg);border-color:var(--citation)}
mark.hl:focus,mark.hl.active{outline:2px solid #111827;outline-offset:1px}
body.hide-agency mark.hl-agency,body.hide-deadline mark.hl-deadline,body.hide-target mark.hl-target,
body.hide-citation mark.hl-citation{background:none;border-bottom-color:transparent;cursor:text}
#inspector{position:fixed;right:16px;bottom:16px;max-width:480px;background:#111827;color:#f9fafb;
border-radius:6px;padding:8px 12px;font-size:13px;box-shadow:0 4px 14px rgba(0,0,0,.25);display:none;z-index:9}
#inspector .k{font-weight:700;text-transform:uppercase;font-size:11px;letter-spacing:.04em;margin-right:6px}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:#f3f4f6}
table.meta{width:auto}
table.meta th{background:#f9fafb;font-weight:600;white-space:nowrap}
table.tasks td.where{white-space:nowrap}
.tasks-wrap{max-height:42vh;overflow:auto;border-bottom:1px solid var(--line)}
table.tasks thead th{position:sticky;top:0;z-index:1}
table.tasks tbody tr:hover{background:#f9fafb}
.req{color:#6b7280}
.warnings{color:#92400e;font-size:13px;margin:6px 0 0;padding-left:18px}
.empty{color:#6b7280}
@media print{.legend,nav.outline,#inspector{display:none}.layout{display:block}.tasks-wrap{max-height:none}}
"""

_JS = """
(function(){
  "use strict";
  var body=document.body;
  document.querySelectorAll('.legend input[data-kind]').forEach(function(box){
    box.addEventListener('change',function(){
      body.classList.toggle('hide-'+box.dataset.kind,!box.checked);
    });
  });
  document.querySelectorAll('.node>.fold').forEach(function(btn){
    btn.addEventListener('click',function(){
      var node=btn.parentNode;
      var folded=node.classList.toggle('folded');
      btn.setAttribute('aria-expanded',folded?'false':'true');
    });
  });
  function setAll(open){
    document.querySelectorAll('.node').forEach(function(n){
      if(n.querySelector(':scope>.fold')){n.classList.toggle('folded',!open);}
    });
    document.querySelectorAll('nav.outline details').forEach(function(d){d.open=open;});
  }
  var ex=document.getElementById('expand-all'),co=document.getElementById('collapse-all');
  if(ex){ex.addEventListener('click',function(){setAll(true);});}
  if(co){co.addEventListener('click',function(){setAll(false);});}
  var box=document.getElementById('inspector'),current=null;
  function show(m){
    if(current){current.classList.remove('active');}
    current=m;m.classList.add('active');
    box.textContent='';
    var k=document.createElement('span');k.className='k';k.textContent=m.dataset.kind;
    box.appendChild(k);box.appendChild(document.createTextNode(m.dataset.value||''));
    box.style.display='block';
  }
  function hide(){if(current){current.classList.remove('active');current=null;}box.style.display='none';}
  document.querySelectorAll('mark.hl').forEach(function(m){
    m.addEventListener('mouseenter',function(e){e.stopPropagation();show(m);});
    m.addEventListener('focus',function(){show(m);});
    m.addEventListener('mouseleave',hide);
    m.addEventListener('blur',hide);
  });
  // Following a link into a folded unit unfolds its ancestors.
  function reveal(){
    var id=decodeURIComponent(location.hash.slice(1));
    var el=id&&document.getElementById(id);
    for(var p=el&&el.parentNode;p&&p!==body;p=p.parentNode){
      if(p.classList&&p.classList.contains('folded')){p.classList.remove('folded');}
    }
  }
  window.addEventListener('hashchange',reveal);
  var counts={};
  document.querySelectorAll('mark.hl').forEach(function(m){
    var key=m.dataset.kind+':'+m.dataset.index;counts[key]=1;
  });
  var n=Object.keys(counts).length;
  document.getElementById('stats').textContent=n+' highlighted records, '+
    document.querySelectorAll('.node').length+' units, '+
    document.querySelectorAll('table.tasks tbody tr').length+' tasks';
  document.documentElement.setAttribute('data-highlights',String(n));
  document.documentElement.setAttribute('data-ready','yes');
})();
"""


def render_html(doc: "Document", *, title: Optional[str] = None) -> str:
    """The review page of ``doc``, as one HTML string."""
    body = _Body(doc)
    text_html = body.render()
    anchors = body.anchors
    m = doc.meta
    name = title or " ".join(x for x in (m.doc_type, m.number) if x) or (
        doc.source.path if doc.source and doc.source.path else "document")
    sub = " · ".join(x for x in (m.issuer, m.date, m.title and _clip(m.title, 140)) if x)

    counts = {kind: len(getattr(doc, attr)) for kind, _label, attr in KINDS}
    legend = "".join(
        f'<label><input type="checkbox" data-kind="{kind}" checked> '
        f'<span class="swatch" style="background:var(--{kind}-bg);border:2px solid var(--{kind})"></span>'
        f'{label} ({counts[kind]})</label>' for kind, label, _attr in KINDS)
    warnings = ""
    if doc.warnings:
        items = "".join(f"<li>{_e(w)}</li>" for w in doc.warnings)
        warnings = (f'<details><summary>{len(doc.warnings)} warning(s)</summary>'
                    f'<ul class="warnings">{items}</ul></details>')
    outline = (f"<ul>{_outline_tree(doc.outline, anchors)}</ul>" if doc.outline
               else '<p class="empty">No numbered outline found.</p>')
    csp = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="chidao">
<title>{_e(name)} — chidao review</title>
<style>{_CSS}</style>
</head>
<body>
<header class="top"><h1>{_e(name)}</h1><div class="sub">{_e(sub)}</div></header>
<div class="legend">{legend}
<button type="button" id="expand-all">unfold all</button><button type="button" id="collapse-all">fold all</button>
<span id="stats"></span></div>
<div class="layout">
<nav class="outline" aria-label="outline">{outline}</nav>
<main>
<section class="header-info"><h2>Header</h2>{_meta_table(doc)}{warnings}</section>
<section class="tasks-section"><h2>Tasks ({len(doc.tasks)})</h2>{_tasks_table(doc, anchors, body.placed_tasks)}</section>
<section class="document"><h2>Text</h2><div class="text">{text_html}</div></section>
</main>
</div>
<div id="inspector" role="status" aria-live="polite"></div>
<script>{_JS}</script>
</body>
</html>
"""


def write_html(doc: "Document", path, *, title: Optional[str] = None) -> None:
    """Write the review page of ``doc`` to ``path`` (UTF-8)."""
    from pathlib import Path

    Path(path).write_text(render_html(doc, title=title), encoding="utf-8")
