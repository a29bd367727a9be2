"""Provinces and centrally-run cities: the 63 units before 1/7/2025 and the 34 after.

Used to read the place of issue ("Hung Yên, ngày …" → "Hưng Yên"), to name a
provincial issuer that prints no header, and to keep province names out of
agency names.  The level word ("tỉnh" / "thành phố") is how the name is
written after a body: "Ủy ban nhân dân tỉnh Trà Vinh", "… thành phố Hà Nội".
"""

from __future__ import annotations

CITIES = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"]

PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
    "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
    "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]

# "Thành phố Hồ Chí Minh" is written in full as a place (NĐ 30/2020, PL I II.4).
PLACE_NAMES = {"Hồ Chí Minh": "Thành phố Hồ Chí Minh"}


def level_of(name: str) -> str:
    return "thành phố" if name in CITIES else "tỉnh"
