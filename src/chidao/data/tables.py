"""Column headings of tables of tasks (Phụ lục, danh mục nhiệm vụ) and the role each plays.

A table is a table of tasks when its heading row names a task column and a
lead or a due-time column: "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
hợp | Thời gian hoàn thành".  Tables of figures (one indicator, several years)
have no such columns, and their rows are not units.  Matched on tone-folded
lower-case cell text, longest phrase first.
"""

from __future__ import annotations

COLUMN_ROLES = {
    "stt": "stt", "tt": "stt", "số tt": "stt", "số thứ tự": "stt",
    "nhiệm vụ": "task", "tên nhiệm vụ": "task", "nội dung": "task", "nội dung công việc": "task",
    "nội dung nhiệm vụ": "task", "công việc": "task", "nhiệm vụ, giải pháp": "task", "tên đề án": "task",
    "chủ trì": "lead", "cơ quan chủ trì": "lead", "đơn vị chủ trì": "lead", "cơ quan thực hiện": "lead",
    "đơn vị thực hiện": "lead", "cơ quan, đơn vị chủ trì": "lead", "đơn vị thực hiện chính": "lead",
    "chủ trì thực hiện": "lead", "cơ quan chủ trì thực hiện": "lead",
    "phối hợp": "support", "cơ quan phối hợp": "support", "đơn vị phối hợp": "support",
    "cơ quan, đơn vị phối hợp": "support",
    "thời gian": "deadline", "thời hạn": "deadline", "tiến độ": "deadline", "thời gian hoàn thành": "deadline",
    "thời hạn hoàn thành": "deadline", "thời gian thực hiện": "deadline", "tiến độ thực hiện": "deadline",
    "sản phẩm": "output", "kết quả": "output", "hình thức văn bản": "output", "sản phẩm đầu ra": "output",
    "ghi chú": "note",
}
