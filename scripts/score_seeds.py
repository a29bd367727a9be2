"""Convert the bundled corpus with the library API and score it against the seed gold.

    python scripts/score_seeds.py [--per-doc] [--keep DIR]

A developer's shortcut; the real yardstick is ../shared/tools/score.py.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

import chidao

root = Path(__file__).resolve().parent.parent
args = sys.argv[1:]
keep = None
if "--keep" in args:
    i = args.index("--keep")
    keep = Path(args[i + 1])
    del args[i:i + 2]
out = keep or Path(tempfile.mkdtemp())
out.mkdir(parents=True, exist_ok=True)
for f in sorted((root / "corpus").glob("*.txt")):
    (out / (f.stem + ".json")).write_text(chidao.parse_file(f).to_json(), encoding="utf-8")
scorer = root.parent / "shared" / "tools" / "score.py"
sys.exit(subprocess.call([sys.executable, str(scorer), "--gold", str(root / "corpus" / "gold"), "--pred", str(out), *args]))
