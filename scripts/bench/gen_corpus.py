#!/usr/bin/env python3
"""Deterministic generator of synthetic Vietnamese diplomacy news articles, for benchmarks and
soak tests of diplograph.

    python3 scripts/bench/gen_corpus.py --articles 5000 --seed 1 --out /tmp/corpus-5000
    python3 scripts/bench/gen_corpus.py --articles 2000 --corrupt 0.05 --out /tmp/soak

Each article is a UTF-8 file NNNNNN.txt with YAML front matter (title, date 2015-2026, source,
url, language) and 6-20 sentences drawn from ~70 hand-written templates (calls, meetings,
demands, threats, quotes, captions, background, lists, passives, denials) whose slots are filled
from lists of real leaders and ministers with their Vietnamese titles, states, organisations,
cities, durations, topics, media, and dates written in many forms ("ngày 12/3", "hôm 2-12",
"tháng 6/2021", "hôm qua", "thứ Hai tới", ...).

Article i depends only on (--seed, i): a corpus of 1,000 is the first 1,000 files of a corpus of
20,000 with the same seed. Standard library only. The text is synthetic; nothing in it is a
report of a real event.

--corrupt F makes about a fraction F of the files bad, each in one of these ways: invalid UTF-8,
NUL bytes, an empty file, random binary, broken front matter. Which files and how is again a
function of (seed, i) only; the list is printed to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import sys

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

# (title, state or organisation as written after the title (None: none), full name, short name,
#  gender, state key, first year, last year). Years are approximate terms, used only to prefer
#  actors in office at the article's date.
ACTORS = [
    ("Tổng thống", "Mỹ", "Joe Biden", "Biden", "m", "Mỹ", 2021, 2024),
    ("Tổng thống", "Mỹ", "Donald Trump", "Trump", "m", "Mỹ", 2017, 2020),
    ("Tổng thống", "Mỹ", "Donald Trump", "Trump", "m", "Mỹ", 2025, 2026),
    ("Tổng thống", "Mỹ", "Barack Obama", "Obama", "m", "Mỹ", 2015, 2016),
    ("Phó Tổng thống", "Mỹ", "Kamala Harris", "Harris", "f", "Mỹ", 2021, 2024),
    ("Ngoại trưởng", "Mỹ", "Antony Blinken", "Blinken", "m", "Mỹ", 2021, 2024),
    ("Ngoại trưởng", "Mỹ", "Mike Pompeo", "Pompeo", "m", "Mỹ", 2018, 2020),
    ("Ngoại trưởng", "Mỹ", "John Kerry", "Kerry", "m", "Mỹ", 2015, 2016),
    ("Ngoại trưởng", "Mỹ", "Marco Rubio", "Rubio", "m", "Mỹ", 2025, 2026),
    ("Bộ trưởng Quốc phòng", "Mỹ", "Lloyd Austin", "Austin", "m", "Mỹ", 2021, 2024),
    ("Bộ trưởng Quốc phòng", "Mỹ", "Pete Hegseth", "Hegseth", "m", "Mỹ", 2025, 2026),
    ("Cố vấn An ninh Quốc gia", "Mỹ", "Jake Sullivan", "Sullivan", "m", "Mỹ", 2021, 2024),
    ("Tổng thống", "Nga", "Vladimir Putin", "Putin", "m", "Nga", 2015, 2026),
    ("Ngoại trưởng", "Nga", "Sergei Lavrov", "Lavrov", "m", "Nga", 2015, 2026),
    ("Thủ tướng", "Nga", "Mikhail Mishustin", "Mishustin", "m", "Nga", 2020, 2026),
    ("Thủ tướng", "Nga", "Dmitry Medvedev", "Medvedev", "m", "Nga", 2015, 2019),
    ("Bộ trưởng Quốc phòng", "Nga", "Sergei Shoigu", "Shoigu", "m", "Nga", 2015, 2024),
    ("Người phát ngôn Điện Kremlin", None, "Dmitry Peskov", "Peskov", "m", "Nga", 2015, 2026),
    ("Người phát ngôn Bộ Ngoại giao Nga", None, "Maria Zakharova", "Zakharova", "f", "Nga", 2015, 2026),
    ("Chủ tịch", "Trung Quốc", "Tập Cận Bình", "Tập Cận Bình", "m", "Trung Quốc", 2015, 2026),
    ("Thủ tướng", "Trung Quốc", "Lý Khắc Cường", "Lý Khắc Cường", "m", "Trung Quốc", 2015, 2022),
    ("Thủ tướng", "Trung Quốc", "Lý Cường", "Lý Cường", "m", "Trung Quốc", 2023, 2026),
    ("Ngoại trưởng", "Trung Quốc", "Vương Nghị", "Vương Nghị", "m", "Trung Quốc", 2015, 2026),
    ("Bộ trưởng Quốc phòng", "Trung Quốc", "Ngụy Phượng Hòa", "Ngụy Phượng Hòa", "m", "Trung Quốc", 2018, 2022),
    ("Người phát ngôn Bộ Ngoại giao Trung Quốc", None, "Uông Văn Bân", "Uông Văn Bân", "m", "Trung Quốc", 2020, 2024),
    ("Tổng thống", "Ukraine", "Volodymyr Zelensky", "Zelensky", "m", "Ukraine", 2019, 2026),
    ("Tổng thống", "Ukraine", "Petro Poroshenko", "Poroshenko", "m", "Ukraine", 2015, 2018),
    ("Ngoại trưởng", "Ukraine", "Dmytro Kuleba", "Kuleba", "m", "Ukraine", 2020, 2024),
    ("Tổng thống", "Pháp", "Emmanuel Macron", "Macron", "m", "Pháp", 2017, 2026),
    ("Tổng thống", "Pháp", "François Hollande", "Hollande", "m", "Pháp", 2015, 2016),
    ("Ngoại trưởng", "Pháp", "Jean-Yves Le Drian", "Le Drian", "m", "Pháp", 2017, 2021),
    ("Thủ tướng", "Đức", "Olaf Scholz", "Scholz", "m", "Đức", 2021, 2024),
    ("Thủ tướng", "Đức", "Angela Merkel", "Merkel", "f", "Đức", 2015, 2021),
    ("Thủ tướng", "Đức", "Friedrich Merz", "Merz", "m", "Đức", 2025, 2026),
    ("Ngoại trưởng", "Đức", "Annalena Baerbock", "Baerbock", "f", "Đức", 2021, 2024),
    ("Thủ tướng", "Anh", "Boris Johnson", "Johnson", "m", "Anh", 2019, 2022),
    ("Thủ tướng", "Anh", "Rishi Sunak", "Sunak", "m", "Anh", 2022, 2024),
    ("Thủ tướng", "Anh", "Keir Starmer", "Starmer", "m", "Anh", 2024, 2026),
    ("Thủ tướng", "Anh", "Theresa May", "May", "f", "Anh", 2016, 2019),
    ("Ngoại trưởng", "Anh", "Liz Truss", "Truss", "f", "Anh", 2021, 2022),
    ("Ngoại trưởng", "Anh", "David Cameron", "Cameron", "m", "Anh", 2023, 2024),
    ("Thủ tướng", "Nhật Bản", "Kishida Fumio", "Kishida", "m", "Nhật Bản", 2021, 2024),
    ("Thủ tướng", "Nhật Bản", "Abe Shinzo", "Abe", "m", "Nhật Bản", 2015, 2020),
    ("Thủ tướng", "Nhật Bản", "Ishiba Shigeru", "Ishiba", "m", "Nhật Bản", 2024, 2025),
    ("Ngoại trưởng", "Nhật Bản", "Hayashi Yoshimasa", "Hayashi", "m", "Nhật Bản", 2021, 2023),
    ("Tổng thống", "Hàn Quốc", "Yoon Suk Yeol", "Yoon", "m", "Hàn Quốc", 2022, 2025),
    ("Tổng thống", "Hàn Quốc", "Moon Jae-in", "Moon", "m", "Hàn Quốc", 2017, 2022),
    ("Tổng thống", "Hàn Quốc", "Lee Jae-myung", "Lee", "m", "Hàn Quốc", 2025, 2026),
    ("Nhà lãnh đạo", "Triều Tiên", "Kim Jong-un", "Kim", "m", "Triều Tiên", 2015, 2026),
    ("Thủ tướng", "Ấn Độ", "Narendra Modi", "Modi", "m", "Ấn Độ", 2015, 2026),
    ("Ngoại trưởng", "Ấn Độ", "Subrahmanyam Jaishankar", "Jaishankar", "m", "Ấn Độ", 2019, 2026),
    ("Tổng thống", "Thổ Nhĩ Kỳ", "Recep Tayyip Erdogan", "Erdogan", "m", "Thổ Nhĩ Kỳ", 2015, 2026),
    ("Ngoại trưởng", "Thổ Nhĩ Kỳ", "Mevlut Cavusoglu", "Cavusoglu", "m", "Thổ Nhĩ Kỳ", 2015, 2023),
    ("Thủ tướng", "Israel", "Benjamin Netanyahu", "Netanyahu", "m", "Israel", 2015, 2026),
    ("Tổng thống", "Iran", "Hassan Rouhani", "Rouhani", "m", "Iran", 2015, 2021),
    ("Ngoại trưởng", "Iran", "Mohammad Javad Zarif", "Zarif", "m", "Iran", 2015, 2021),
    ("Ngoại trưởng", "Iran", "Abbas Araghchi", "Araghchi", "m", "Iran", 2024, 2026),
    ("Thái tử", "Saudi Arabia", "Mohammed bin Salman", "Mohammed bin Salman", "m", "Saudi Arabia", 2017, 2026),
    ("Thủ tướng", None, "Phạm Minh Chính", "Phạm Minh Chính", "m", "Việt Nam", 2021, 2026),
    ("Bộ trưởng Ngoại giao", None, "Bùi Thanh Sơn", "Bùi Thanh Sơn", "m", "Việt Nam", 2021, 2025),
    ("Chủ tịch nước", None, "Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", "m", "Việt Nam", 2021, 2022),
    ("Tổng thống", "Indonesia", "Joko Widodo", "Widodo", "m", "Indonesia", 2015, 2024),
    ("Tổng thống", "Indonesia", "Prabowo Subianto", "Prabowo", "m", "Indonesia", 2024, 2026),
    ("Tổng thống", "Brazil", "Luiz Inácio Lula da Silva", "Lula", "m", "Brazil", 2023, 2026),
    ("Tổng thống", "Brazil", "Jair Bolsonaro", "Bolsonaro", "m", "Brazil", 2019, 2022),
    ("Thủ tướng", "Canada", "Justin Trudeau", "Trudeau", "m", "Canada", 2015, 2025),
    ("Thủ tướng", "Australia", "Anthony Albanese", "Albanese", "m", "Australia", 2022, 2026),
    ("Ngoại trưởng", "Australia", "Penny Wong", "Wong", "f", "Australia", 2022, 2026),
    ("Thủ tướng", "Italy", "Giorgia Meloni", "Meloni", "f", "Italy", 2022, 2026),
    ("Tổng thống", "Ba Lan", "Andrzej Duda", "Duda", "m", "Ba Lan", 2015, 2025),
    ("Thủ tướng", "Hungary", "Viktor Orban", "Orban", "m", "Hungary", 2015, 2026),
    ("Tổng thống", "Belarus", "Alexander Lukashenko", "Lukashenko", "m", "Belarus", 2015, 2026),
    ("Tổng thống", "Philippines", "Ferdinand Marcos Jr.", "Marcos", "m", "Philippines", 2022, 2026),
    ("Tổng thống", "Philippines", "Rodrigo Duterte", "Duterte", "m", "Philippines", 2016, 2022),
    ("Thủ tướng", "Singapore", "Lý Hiển Long", "Lý Hiển Long", "m", "Singapore", 2015, 2024),
    ("Thủ tướng", "Malaysia", "Anwar Ibrahim", "Anwar", "m", "Malaysia", 2022, 2026),
    ("Tổng thống", "Ai Cập", "Abdel Fattah el-Sisi", "Sisi", "m", "Ai Cập", 2015, 2026),
    ("Tổng thống", "Nam Phi", "Cyril Ramaphosa", "Ramaphosa", "m", "Nam Phi", 2018, 2026),
    ("Quốc vương", "Qatar", "Tamim bin Hamad Al Thani", "Tamim", "m", "Qatar", 2015, 2026),
    ("Thủ tướng", "Pakistan", "Shehbaz Sharif", "Sharif", "m", "Pakistan", 2022, 2026),
    ("Tổng thống", "Mexico", "Andrés Manuel López Obrador", "López Obrador", "m", "Mexico", 2018, 2024),
    ("Chủ tịch Ủy ban châu Âu", None, "Ursula von der Leyen", "von der Leyen", "f", "EU", 2019, 2026),
    ("Đại diện cấp cao về chính sách đối ngoại EU", None, "Josep Borrell", "Borrell", "m", "EU", 2019, 2024),
    ("Tổng Thư ký Liên Hợp Quốc", None, "António Guterres", "Guterres", "m", "Liên Hợp Quốc", 2017, 2026),
    ("Tổng Thư ký NATO", None, "Jens Stoltenberg", "Stoltenberg", "m", "NATO", 2015, 2024),
    ("Tổng Thư ký NATO", None, "Mark Rutte", "Rutte", "m", "NATO", 2024, 2026),
]

# State name -> (capital as used metonymically, ministry of foreign affairs wording)
STATES = {
    "Mỹ": "Washington", "Nga": "Moskva", "Trung Quốc": "Bắc Kinh", "Ukraine": "Kiev",
    "Pháp": "Paris", "Đức": "Berlin", "Anh": "London", "Nhật Bản": "Tokyo", "Hàn Quốc": "Seoul",
    "Triều Tiên": "Bình Nhưỡng", "Ấn Độ": "New Delhi", "Thổ Nhĩ Kỳ": "Ankara", "Israel": "Tel Aviv",
    "Iran": "Tehran", "Saudi Arabia": "Riyadh", "Việt Nam": "Hà Nội", "Indonesia": "Jakarta",
    "Brazil": "Brasilia", "Canada": "Ottawa", "Australia": "Canberra", "Italy": "Rome",
    "Ba Lan": "Warsaw", "Hungary": "Budapest", "Belarus": "Minsk", "Philippines": "Manila",
    "Singapore": "Singapore", "Malaysia": "Kuala Lumpur", "Ai Cập": "Cairo", "Nam Phi": "Pretoria",
    "Qatar": "Doha", "Pakistan": "Islamabad", "Mexico": "Mexico City", "Thụy Sĩ": "Bern",
    "Phần Lan": "Helsinki", "Thụy Điển": "Stockholm", "Hà Lan": "Amsterdam", "Tây Ban Nha": "Madrid",
    "Argentina": "Buenos Aires", "Kenya": "Nairobi", "Nigeria": "Abuja", "Syria": "Damascus",
    "Iraq": "Baghdad", "Afghanistan": "Kabul", "Venezuela": "Caracas", "Cuba": "La Habana",
    "Lào": "Viêng Chăn", "Campuchia": "Phnom Penh", "Thái Lan": "Bangkok", "Mông Cổ": "Ulan Bator",
    "Kazakhstan": "Astana", "Na Uy": "Oslo", "Đan Mạch": "Copenhagen", "Hy Lạp": "Athens",
    "Áo": "Vienna", "Bỉ": "Brussels", "New Zealand": "Wellington", "Chile": "Santiago",
    "Jordan": "Amman", "Các Tiểu vương quốc Arab Thống nhất": "Abu Dhabi",
}
STATE_NAMES = list(STATES)
NON_STATE_KEYS = {"EU", "Liên Hợp Quốc", "NATO"}

ORGS = [
    "NATO", "Liên Hợp Quốc", "Liên minh châu Âu", "EU", "ASEAN", "G7", "G20", "APEC", "BRICS",
    "Hội đồng Bảo an Liên Hợp Quốc", "Tổ chức An ninh và Hợp tác châu Âu (OSCE)",
    "Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA)", "Tổ chức Thương mại Thế giới (WTO)",
    "Tổ chức Y tế Thế giới (WHO)", "Quỹ Tiền tệ Quốc tế (IMF)", "Ngân hàng Thế giới",
    "Tổ chức Hợp tác Thượng Hải (SCO)", "Liên minh châu Phi", "OPEC+", "Hội đồng châu Âu",
    "Liên đoàn Arab", "Tòa án Hình sự Quốc tế",
]
SUMMITS = ["G7", "G20", "APEC", "ASEAN", "NATO", "BRICS", "SCO", "EU", "Đông Á", "ASEAN - Nhật Bản"]

CITIES = [
    "Geneva", "Paris", "Brussels", "Bắc Kinh", "Moskva", "Washington", "Hà Nội", "Tokyo",
    "New Delhi", "Jakarta", "Singapore", "Vienna", "Helsinki", "Istanbul", "Riyadh", "Doha",
    "Abu Dhabi", "Seoul", "Canberra", "Ottawa", "Berlin", "London", "Rome", "Madrid", "Stockholm",
    "Warsaw", "Kiev", "Ankara", "Cairo", "Nairobi", "Brasilia", "Buenos Aires", "Davos", "Munich",
    "Bali", "Hiroshima", "Anchorage", "Jeddah", "Minsk", "New York", "San Francisco", "Đà Nẵng",
    "Phnom Penh", "Vientiane", "Osaka", "Thượng Hải", "Sochi", "Tehran", "Vilnius", "Kuala Lumpur",
]

DURATIONS = [
    "40 phút", "50 phút", "hơn một giờ đồng hồ", "2 giờ", "gần 3 tiếng", "90 phút",
    "khoảng 30 phút", "1 giờ 15 phút", "hơn 2 giờ", "khoảng một tiếng", "20 phút", "hai ngày",
    "ba ngày", "gần hai tiếng đồng hồ", "75 phút", "khoảng 45 phút", "hơn 4 giờ",
]

TOPICS = [
    "vấn đề Ukraine", "tình hình Biển Đông", "chương trình hạt nhân Iran", "an ninh khu vực",
    "hợp tác thương mại song phương", "biến đổi khí hậu", "xung đột ở Gaza",
    "tình hình bán đảo Triều Tiên", "an ninh năng lượng", "chuỗi cung ứng toàn cầu",
    "an ninh mạng", "kiểm soát vũ khí hạt nhân", "cuộc khủng hoảng ở Syria",
    "tình hình Afghanistan", "thuế quan", "xuất khẩu chip bán dẫn", "vấn đề Đài Loan",
    "hợp tác quốc phòng", "viện trợ nhân đạo", "khủng hoảng người di cư", "an ninh lương thực",
    "đại dịch Covid-19", "giá dầu", "quan hệ song phương", "tình hình Trung Đông",
    "hiệp ước New START", "cải tổ Hội đồng Bảo an", "hợp tác kinh tế số", "an ninh hàng hải",
    "tình hình Biển Đỏ",
]

DEMANDS = [
    "rút quân khỏi khu vực biên giới", "ngừng bắn ngay lập tức", "thả các công dân bị giam giữ",
    "tuân thủ luật pháp quốc tế", "chấm dứt các hoạt động quân sự", "giảm căng thẳng",
    "mở lại các hành lang nhân đạo", "dỡ bỏ các biện pháp trừng phạt",
    "cam kết không mở rộng về phía Đông", "minh bạch về chương trình hạt nhân",
    "ngừng hỗ trợ quân sự cho các nhóm vũ trang", "quay lại bàn đàm phán",
    "tôn trọng chủ quyền và toàn vẹn lãnh thổ của các nước láng giềng",
    "cho phép các thanh sát viên quốc tế tiếp cận", "hủy bỏ các vụ thử tên lửa",
    "bảo đảm an toàn cho các nhà ngoại giao", "ngừng mua dầu của Nga",
    "giảm thâm hụt thương mại", "dẫn độ các nghi phạm", "rút lại quyết định tăng thuế",
]

PUNISH = [
    "các biện pháp trừng phạt kinh tế nghiêm khắc", "mức thuế bổ sung 25%",
    "việc cắt đứt quan hệ ngoại giao", "sự đáp trả quân sự", "việc trục xuất các nhà ngoại giao",
    "việc đóng băng tài sản", "lệnh cấm vận năng lượng", "những hậu quả nghiêm trọng",
    "các biện pháp đáp trả tương xứng", "lệnh cấm xuất khẩu công nghệ", "hậu quả khôn lường",
]

CONDITIONS = [
    "tấn công {S}", "tiếp tục thử tên lửa", "không rút quân", "vi phạm lệnh ngừng bắn",
    "can thiệp vào công việc nội bộ của {S}", "đóng cửa eo biển", "tiếp tục làm giàu urani",
    "vượt qua lằn ranh đỏ", "sáp nhập thêm lãnh thổ", "từ chối đối thoại",
]

BAD_ACTS = [
    "triển khai quân gần biên giới", "tung tin sai lệch", "can thiệp vào bầu cử",
    "vi phạm lệnh ngừng bắn", "khiêu khích quân sự", "tấn công mạng nhằm vào các cơ quan chính phủ",
    "cung cấp vũ khí cho các nhóm nổi dậy", "làm suy yếu an ninh khu vực",
    "gây sức ép kinh tế", "vi phạm không phận",
]

QUOTES = [
    "Chúng tôi sẵn sàng đối thoại nhưng sẽ không nhượng bộ trước sức ép",
    "Đây là một cuộc trao đổi thẳng thắn và mang tính xây dựng",
    "Không có giải pháp quân sự cho cuộc khủng hoảng này",
    "Chúng tôi sẽ bảo vệ lợi ích chính đáng của mình bằng mọi giá",
    "Cánh cửa ngoại giao vẫn còn để ngỏ",
    "Hai bên nhất trí tăng cường trao đổi ở mọi cấp",
    "Thế giới đang theo dõi sát sao từng động thái",
    "Chúng tôi không muốn xung đột, nhưng cũng không sợ xung đột",
    "Quan hệ giữa hai nước đang ở thời điểm tốt nhất trong lịch sử",
    "Mọi hành động đơn phương sẽ chỉ làm tình hình thêm căng thẳng",
    "Chúng tôi đã nói rõ lập trường của mình",
    "Hòa bình chỉ có thể đạt được qua đàm phán",
]

MEDIA = [
    "Reuters", "AFP", "AP", "CNN", "TASS", "Tân Hoa Xã", "Kyodo", "Yonhap", "BBC", "Al Jazeera",
    "Bloomberg", "The Guardian", "RIA Novosti", "Sputnik", "TTXVN", "Nikkei Asia", "Politico",
    "The New York Times", "The Washington Post", "Global Times", "Axios", "NHK",
]

SOURCES = [
    ("VnExpress", "vnexpress.example"), ("Tuổi Trẻ", "tuoitre.example"),
    ("Thanh Niên", "thanhnien.example"), ("Dân trí", "dantri.example"),
    ("VietnamPlus", "vietnamplus.example"), ("Báo Quốc tế", "baoquocte.example"),
    ("VOV", "vov.example"), ("Tiền Phong", "tienphong.example"), ("Lao Động", "laodong.example"),
    ("Người Lao Động", "nld.example"), ("Nhân Dân", "nhandan.example"),
    ("Vietnamnet", "vietnamnet.example"), ("Znews", "znews.example"), ("Báo Tin tức", "baotintuc.example"),
]

AUTHORS = [
    "Thanh Hảo", "Minh Anh", "Hồng Nhung", "Đức Trung", "Vũ Hoàng", "Ngọc Ánh", "Phương Vũ",
    "Thu Hằng", "Như Tâm", "Khánh Linh", "Hải Yến", "Bảo Châu",
]

WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]

# --------------------------------------------------------------------------------------------
# Templates. Placeholders:
#   {A} {B} {X}     actors of the article's cast (first mention spelled out, then shorter forms)
#   {a} {b}         short references to A and B ("ông Macron", "Tổng thống Putin", "bà Merkel")
#   {Bcp}           "người đồng cấp <state of B> <name of B>"
#   {As} {Bs}       the states of A and B; {Ac} the capital of A's state
#   {S} {S2} {S3} {S4}  other states; {O} {O2} {O3} organisations; {SUM} a summit
#   {C}             a city; {D} a past date; {DF} a future date; {DM} a month; {DDM} "12/3"
#   {DUR} {T} {DEM} {DEM2} {PUN} {COND} {BAD} {Q} {M} {MIN} {N} {Y} {HH} {MM} {ORD}
#   {pro}           pronoun of A ("ông" / "bà")
# --------------------------------------------------------------------------------------------
TEMPLATES = [
    # calls
    ("call", "{A} đã có cuộc điện đàm với {Bcp} {D}, thảo luận về {T}."),
    ("call", "{D}, {A} và {B} đã điện đàm trong {DUR} về {T}."),
    ("call", "Cuộc điện đàm giữa {a} và {b} kéo dài {DUR}, tập trung vào {T}."),
    ("call", "Theo {M}, {A} sẽ điện đàm với {B} vào {DF} để bàn về {T}."),
    ("call", "{A} cho biết {pro} đã nói chuyện qua điện thoại với {B} {D}."),
    ("call", "Trong cuộc gọi {D}, {a} và {b} nhất trí tiếp tục duy trì liên lạc."),
    ("call", "{A} và {B} đã tổ chức cuộc hội đàm trực tuyến kéo dài {DUR} {D}."),
    ("call", "Cuộc điện đàm bắt đầu lúc {HH}h{MM} ngày {DDM} theo giờ địa phương và kéo dài {DUR}."),
    ("call", "{M} dẫn lời một quan chức giấu tên cho biết {a} đã đề nghị điện đàm với {b} vào {DF}."),
    # meetings
    ("meet", "{A} đã hội đàm với {Bcp} tại {C} {D}."),
    ("meet", "{A} và {B} gặp nhau bên lề hội nghị thượng đỉnh {SUM} ở {C} {D}."),
    ("meet", "{D}, {A} tiếp {B} tại {C}, hai bên trao đổi về {T}."),
    ("meet", "Cuộc gặp giữa {a} và {b} dự kiến diễn ra tại {C} vào {DF}."),
    ("meet", "{A} sẽ thăm chính thức {Bs} từ {DF} và hội đàm với {B}."),
    ("meet", "Hai nhà lãnh đạo {As} và {Bs} đã hội kiến tại {C} hồi {DM}."),
    ("meet", "Cuộc hội đàm kéo dài {DUR} giữa {A} và {B} ở {C} không đạt được đột phá nào."),
    ("meet", "Trước đó, hồi {DM}, {a} từng gặp {b} tại {C}."),
    ("meet", "{A}, {B} và {X} đã có cuộc họp ba bên tại {C} {D}."),
    ("meet", "{D}, {MIN} thông báo {A} sẽ tới {C} vào {DF} để gặp {B}."),
    # demands
    ("demand", "{A} yêu cầu {S2} {DEM}."),
    ("demand", "{A} kêu gọi {B} {DEM}."),
    ("demand", "{MIN} {D} hối thúc {S2} {DEM}."),
    ("demand", "{a} nhấn mạnh rằng {S2} phải {DEM}."),
    ("demand", "Trong cuộc điện đàm, {a} đề nghị phía {Bs} {DEM}."),
    ("demand", "{O} yêu cầu các bên {DEM} và {DEM2}."),
    ("demand", "Các ngoại trưởng {S}, {S2} và {S3} ra tuyên bố chung kêu gọi {S4} {DEM}."),
    ("demand", "Yêu cầu {DEM} được {A} đưa ra tại cuộc họp báo {D}."),
    # threats
    ("threat", "{A} cảnh báo {S2} sẽ phải đối mặt với {PUN} nếu {COND}."),
    ("threat", "{a} tuyên bố {As} sẽ áp đặt {PUN} nếu {Bs} {COND}."),
    ("threat", "\"Chúng tôi sẽ đáp trả một cách cứng rắn nếu {Bs} vượt qua lằn ranh đỏ\", {A} nói."),
    ("threat", "{A} đe dọa áp dụng {PUN} đối với {S2}."),
    ("threat", "{MIN} cảnh báo {S2} về những hậu quả nghiêm trọng nếu tiếp tục {BAD}."),
    ("threat", "Theo {M}, trong cuộc điện đàm {a} đã cảnh báo {b} rằng {As} sẵn sàng đáp trả bằng {PUN}."),
    # quotes
    ("quote", "\"{Q}\", {A} nói với các phóng viên tại {C}."),
    ("quote", "{A} khẳng định: \"{Q}\"."),
    ("quote", "Phát biểu tại {C} {D}, {a} nói: \"{Q}\"."),
    ("quote", "\"{Q}\" - {A} viết trên mạng xã hội."),
    ("quote", "Người phát ngôn {MIN} nói: “{Q}”."),
    # background / neutral
    ("bg", "{S} và {S2} thiết lập quan hệ ngoại giao từ năm {Y}."),
    ("bg", "Quan hệ giữa {S} và {S2} căng thẳng kể từ {DM}, khi hai bên bất đồng về {T}."),
    ("bg", "Các nhà phân tích cho rằng {T} sẽ là chủ đề chính của hội nghị {SUM} năm nay."),
    ("bg", "Kim ngạch thương mại song phương giữa {S} và {S2} đạt {N} tỷ USD trong năm {Y}."),
    ("bg", "Theo {M}, hàng nghìn người đã biểu tình tại {C} {D} để phản đối {T}."),
    ("bg", "Giới quan sát nhận định tình hình {T} vẫn diễn biến phức tạp."),
    ("bg", "Hội nghị {SUM} lần thứ {N} dự kiến diễn ra tại {C} vào {DM}."),
    ("bg", "{S} hiện là đối tác thương mại lớn thứ {ORD} của {S2}."),
    ("bg", "Chưa rõ {a} sẽ phản ứng thế nào trước động thái này."),
    ("bg", "Đây là chuyến thăm đầu tiên của một nhà lãnh đạo {As} tới {Bs} trong {N} năm qua."),
    ("bg", "Phía {Bs} chưa bình luận về thông tin này."),
    ("bg", "Lãnh đạo {S}, {S2}, {S3} và {S4} đã tham dự hội nghị thượng đỉnh {SUM} tại {C}."),
    ("bg", "{O}, {O2} và {O3} cùng bày tỏ quan ngại về {T}."),
    ("bg", "{Ac} đã nhiều lần bác bỏ cáo buộc rằng {As} {BAD}."),
    ("bg", "Trong hôm nay ({DDM}), {S}, {S2} và {S3} đã tham gia cùng các nước khác kêu gọi công dân rời {S4}."),
    # captions
    ("caption", "{A} (trái) và {B} tại {C} hôm {DDM}. Ảnh: {M}"),
    ("caption", "{A} phát biểu tại một cuộc họp báo ở {C}. Ảnh: {M}"),
    ("caption", "{A} bắt tay {B} trước cuộc hội đàm ở {C}, {DM}. Ảnh: {M} |"),
    ("caption", "Quang cảnh cuộc họp trực tuyến giữa lãnh đạo {As} và {Bs} {D}. (Ảnh: {M})"),
    # passive
    ("passive", "{B} đã được {A} mời tới {C} để thảo luận về {T}."),
    ("passive", "Một lời mời thăm {As} đã được {A} chuyển tới {B} trong cuộc điện đàm {D}."),
    ("passive", "{Bs} bị {A} cáo buộc {BAD}."),
    ("passive", "Cuộc điện đàm {D} được {MIN} mô tả là thẳng thắn và thực chất."),
    # denials, negatives, reported speech
    ("deny", "Người phát ngôn {MIN} bác bỏ thông tin cho rằng {As} {BAD}."),
    ("deny", "{A} phủ nhận việc {As} có kế hoạch {BAD}."),
    ("deny", "{A} từ chối gặp {B} tại {C}."),
    ("deny", "Không có kế hoạch nào cho cuộc gặp giữa {a} và {b} trong {DF}."),
    ("deny", "{M} cho biết cuộc gọi của phóng viên tới {MIN} không được hồi đáp."),
    ("deny", "{A} và {B} quyết định không dự họp báo chung sau cuộc hội đàm {DUR} căng thẳng."),
]

HEADLINES = [
    "{As}, {Bs} thảo luận hơn một giờ đồng hồ về {T}",
    "{a} và {b} điện đàm giữa lúc căng thẳng leo thang",
    "{A} cảnh báo {Bs} về {PUN}",
    "{As} yêu cầu {Bs} {DEM}",
    "Lãnh đạo {As} và {Bs} sẽ gặp nhau tại {C}",
    "{a} thăm {Bs}: những điểm nhấn",
    "{As} và {Bs} sẽ điện đàm hôm nay trước sức nóng từ {T}",
    "Cuộc gặp {a} - {b}: không đột phá về {T}",
    "Hội nghị {SUM} tại {C} bàn về {T}",
    "{a}: \"{Q}\"",
    "{As} rút nhân viên ngoại giao, {Bs} lên tiếng",
    "Toàn cảnh quan hệ {As} - {Bs} năm {Y}",
]

FOOTERS = [
    ">>> Xem thêm tình hình {T}", "Bình luận (0)", "Bài liên quan", "(0) Bình luận",
    "Đừng bỏ lỡ", "Mới nhất", "{keywords}",
]

SLOT = re.compile(r"\{([A-Za-z0-9]+)\}")


def pick_actor(rng: random.Random, year: int, exclude_states=()):
    pool = [a for a in ACTORS if a[6] <= year <= a[7] and a[5] not in exclude_states]
    if not pool or rng.random() < 0.1:
        pool = [a for a in ACTORS if a[5] not in exclude_states] or ACTORS
    return rng.choice(pool)


def full_form(a) -> str:
    title, state, name = a[0], a[1], a[2]
    return f"{title} {state} {name}" if state else f"{title} {name}"


def short_form(rng: random.Random, a) -> str:
    title, state, name, short, gender = a[0], a[1], a[2], a[3], a[4]
    pro = "bà" if gender == "f" else "ông"
    r = rng.random()
    if r < 0.35:
        return f"{pro} {short}"
    if r < 0.65:
        return f"{title} {short}"
    if r < 0.75:
        return short
    if r < 0.85 and state:
        return f"{title} {state}"
    if r < 0.92:
        return f"{pro} {name}"
    return full_form(a)


class Article:
    """One article's state: its date, its cast and the helpers that fill the slots."""

    def __init__(self, rng: random.Random, index: int):
        self.rng = rng
        self.index = index
        start = dt.date(2015, 1, 1).toordinal()
        end = dt.date(2026, 12, 31).toordinal()
        self.date = dt.date.fromordinal(rng.randint(start, end))
        a = pick_actor(rng, self.date.year)
        b = pick_actor(rng, self.date.year, exclude_states=(a[5],))
        x = pick_actor(rng, self.date.year, exclude_states=(a[5], b[5]))
        self.cast = {"A": a, "B": b, "X": x}
        self.mentioned = set()

    # ---- dates relative to the publication date
    def _past(self) -> dt.date:
        return self.date - dt.timedelta(days=self.rng.randint(0, 20))

    def _future(self) -> dt.date:
        return self.date + dt.timedelta(days=self.rng.randint(1, 30))

    def past_date(self) -> str:
        d = self._past()
        forms = [
            f"ngày {d.day}/{d.month}", f"hôm {d.day}-{d.month}", f"hôm {d.day}/{d.month}",
            f"ngày {d.day}.{d.month}", "hôm qua", "hôm nay", f"hôm nay ({self.date.day}/{self.date.month})",
            "sáng nay", "tối qua", "cùng ngày", "tuần trước", f"ngày {d.day} tháng {d.month} năm {d.year}",
            f"ngày {d.day}/{d.month}/{d.year}", f"chiều {d.day}/{d.month}", f"tối {d.day}/{d.month} (giờ địa phương)",
            f"hôm {d.day}.{d.month}", f"{WEEKDAYS[d.weekday()]} tuần trước", f"sáng {d.day}/{d.month} theo giờ Hà Nội",
            f"hôm {WEEKDAYS[d.weekday()]} ({d.day}/{d.month})", f"{d.day:02d}/{d.month:02d}/{d.year}",
        ]
        return self.rng.choice(forms)

    def future_date(self) -> str:
        d = self._future()
        forms = [
            "thứ Hai tới", "thứ Năm tuần sau", "tuần tới", "tháng tới", f"ngày {d.day}/{d.month}",
            "cuối tháng này", f"đầu tháng {d.month}", "vài ngày tới", "ngày mai",
            f"{d.day}-{d.month} tới", f"{WEEKDAYS[d.weekday()]} tới", f"ngày {d.day}.{d.month}",
            f"ngày {d.day} và {d.day + 1 if d.day < 28 else d.day}.{d.month}", "cuối tuần này",
        ]
        return self.rng.choice(forms)

    def month(self) -> str:
        y = self.date.year - self.rng.randint(0, 3)
        m = self.rng.randint(1, 12)
        forms = [
            f"tháng {m}/{y}", f"tháng {m} năm ngoái", f"đầu năm {y}", f"tháng {m} năm {y}",
            f"cuối năm {y}", f"giữa tháng {m}/{y}", f"năm {y}", f"tháng {m}",
        ]
        return self.rng.choice(forms)

    # ---- actors
    def actor(self, key: str) -> str:
        a = self.cast[key]
        if key not in self.mentioned:
            self.mentioned.add(key)
            return full_form(a)
        return short_form(self.rng, a) if self.rng.random() < 0.8 else full_form(a)

    def short(self, key: str) -> str:
        a = self.cast[key]
        self.mentioned.add(key)
        return short_form(self.rng, a)

    def state(self, key: str) -> str:
        s = self.cast[key][5]
        if s in NON_STATE_KEYS:
            return self.rng.choice(STATE_NAMES[:12])
        return s

    def ministry(self) -> str:
        s = self.state(self.rng.choice("AB"))
        return self.rng.choice([
            f"Bộ Ngoại giao {s}", f"Bộ Quốc phòng {s}", f"Văn phòng Tổng thống {s}",
            "Nhà Trắng", "Điện Kremlin", "Lầu Năm Góc", "Phủ Thủ tướng", f"Đại sứ quán {s}",
        ])

    def fill(self, template: str) -> str:
        rng = self.rng
        used_states = {self.cast["A"][5], self.cast["B"][5]}

        def other_state():
            for _ in range(8):
                s = rng.choice(STATE_NAMES)
                if s not in used_states:
                    used_states.add(s)
                    return s
            return rng.choice(STATE_NAMES)

        def one(m: re.Match) -> str:
            k = m.group(1)
            if k in ("A", "B", "X"):
                return self.actor(k)
            if k == "a":
                return self.short("A")
            if k == "b":
                return self.short("B")
            if k == "Bcp":
                b = self.cast["B"]
                if b[5] in NON_STATE_KEYS:
                    return self.actor("B")
                self.mentioned.add("B")
                st = self.state("B")
                return rng.choice([f"người đồng cấp {st} {b[2]}", f"người đồng cấp {b[2]}", f"người đồng cấp {st}"])
            if k == "As":
                return self.state("A")
            if k == "Bs":
                return self.state("B")
            if k == "Ac":
                return STATES.get(self.state("A"), "Washington")
            if k in ("S", "S2", "S3", "S4"):
                return other_state()
            if k in ("O", "O2", "O3"):
                return rng.choice(ORGS)
            if k == "SUM":
                return rng.choice(SUMMITS)
            if k == "C":
                return rng.choice(CITIES)
            if k == "D":
                return self.past_date()
            if k == "DF":
                return self.future_date()
            if k == "DM":
                return self.month()
            if k == "DDM":
                d = self._past()
                return f"{d.day}/{d.month}"
            if k == "DUR":
                return rng.choice(DURATIONS)
            if k == "T":
                return rng.choice(TOPICS)
            if k in ("DEM", "DEM2"):
                return rng.choice(DEMANDS)
            if k == "PUN":
                return rng.choice(PUNISH)
            if k == "COND":
                return SLOT.sub(one, rng.choice(CONDITIONS))
            if k == "BAD":
                return rng.choice(BAD_ACTS)
            if k == "Q":
                return rng.choice(QUOTES)
            if k == "M":
                return rng.choice(MEDIA)
            if k == "MIN":
                return self.ministry()
            if k == "N":
                return str(rng.randint(2, 120))
            if k == "Y":
                return str(rng.randint(1950, self.date.year))
            if k == "HH":
                return str(rng.randint(0, 23))
            if k == "MM":
                return f"{rng.randint(0, 59):02d}"
            if k == "ORD":
                return rng.choice(["hai", "ba", "tư", "năm", "sáu"])
            if k == "pro":
                return "bà" if self.cast["A"][4] == "f" else "ông"
            if k == "keywords":
                return "{keywords}"
            raise KeyError(k)

        return SLOT.sub(one, template)


def yaml_scalar(s: str) -> str:
    if re.search(r'[:#"\'{}\[\]|>&*!%@`]', s) or s != s.strip():
        return "'" + s.replace("'", "''") + "'"
    return s


def make_article(seed: int, index: int) -> bytes:
    rng = random.Random(f"diplograph-bench:{seed}:{index}")
    art = Article(rng, index)
    title = art.fill(rng.choice(HEADLINES))
    title = title[0].upper() + title[1:]
    art.mentioned.clear()
    source, host = rng.choice(SOURCES)
    slug = f"{index:06d}-{rng.getrandbits(40):010x}"
    lines = [
        "---",
        f"title: {yaml_scalar(title)}",
        f"date: {art.date.isoformat()}",
        f"source: {source}",
        f"url: https://{host}/the-gioi/{art.date.year}/{slug}.html",
        "language: vi",
        "---",
    ]
    body: list[str] = []
    if rng.random() < 0.3:
        body.append(title)
    n = rng.randint(6, 20)
    # Start with an event sentence so most articles report something, then mix freely.
    kinds_first = [t for t in TEMPLATES if t[0] in ("call", "meet", "threat", "demand")]
    chosen = [rng.choice(kinds_first)] + [rng.choice(TEMPLATES) for _ in range(n - 1)]
    para: list[str] = []
    for kind, tpl in chosen:
        s = art.fill(tpl)
        s = s[0].upper() + s[1:]
        if kind == "caption":
            if para:
                body.append(" ".join(para))
                para = []
            body.append(s)
            continue
        para.append(s)
        if len(para) >= rng.randint(1, 3):
            body.append(" ".join(para))
            para = []
    if para:
        body.append(" ".join(para))
    body.append(rng.choice(AUTHORS) + (f" (theo {rng.choice(MEDIA)})" if rng.random() < 0.5 else ""))
    if rng.random() < 0.4:
        body.append(art.fill(rng.choice(FOOTERS)))
    sep = "\n\n" if rng.random() < 0.6 else "\n"
    text = "\n".join(lines) + "\n" + sep.join(body) + ("\n" if rng.random() < 0.8 else "")
    return text.encode("utf-8")


CORRUPTIONS = ["invalid-utf8", "nul-bytes", "empty", "binary", "broken-front-matter"]


def corrupt(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    mode = rng.choice(CORRUPTIONS)
    if mode == "empty":
        return b"", mode
    if mode == "binary":
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(64, 4096))), mode
    # positions on character boundaries (not inside a multi-byte sequence)
    pos = rng.randint(0, len(data))
    while 0 < pos < len(data) and (data[pos] & 0xC0) == 0x80:
        pos -= 1
    if mode == "invalid-utf8":
        bad = rng.choice([b"\xff", b"\xc3\x28", b"\xe1\xbb", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"])
        if rng.random() < 0.3:  # truncate inside a multi-byte character
            cut = [i for i in range(1, len(data)) if data[i] >= 0xC0]
            if cut:
                return data[: rng.choice(cut) + 1], mode
        return data[:pos] + bad + data[pos:], mode
    if mode == "nul-bytes":
        return data[:pos] + b"\x00" * rng.randint(1, 16) + data[pos:], mode
    # broken front matter
    text = data.decode("utf-8")
    head, _, rest = text.partition("\n---\n")
    variant = rng.randint(0, 5)
    if variant == 0:  # no closing fence
        text = head + "\n" + rest
    elif variant == 1:  # impossible date
        text = re.sub(r"date: \S+", "date: 2021-13-45", text, count=1)
    elif variant == 2:  # unterminated flow sequence
        text = text.replace("title: ", "title: [", 1)
    elif variant == 3:  # tab indentation and a stray mapping
        text = text.replace("source: ", "\tsource: : :", 1)
    elif variant == 4:  # unterminated quoted scalar
        text = text.replace("title: ", "title: \"", 1).replace("'", "", 2)
    else:  # front matter that never starts right, and a duplicate key
        text = "--\n" + text[4:].replace("language: vi", "language: vi\ndate: hôm qua", 1)
    return text.encode("utf-8"), mode


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=1000, help="number of articles (default 1000)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--out", required=True, help="output folder (created; existing NNNNNN.txt overwritten)")
    p.add_argument("--corrupt", type=float, default=0.0, metavar="FRACTION",
                   help="fraction of files to make bad (invalid UTF-8, NUL, empty, binary, broken front matter)")
    p.add_argument("--start", type=int, default=0, help="index of the first article (default 0)")
    args = p.parse_args(argv)
    if args.articles < 0 or not 0.0 <= args.corrupt <= 1.0:
        p.error("--articles must be >= 0 and --corrupt in [0, 1]")
    os.makedirs(args.out, exist_ok=True)
    total = 0
    bad = 0
    for i in range(args.start, args.start + args.articles):
        data = make_article(args.seed, i)
        if args.corrupt > 0:
            crng = random.Random(f"diplograph-bench-corrupt:{args.seed}:{i}")
            if crng.random() < args.corrupt:
                data, mode = corrupt(data, crng)
                bad += 1
                print(f"corrupt {i:06d}.txt {mode}", file=sys.stderr)
        with open(os.path.join(args.out, f"{i:06d}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"{args.articles} articles, {total} bytes ({total / 1e6:.2f} MB), {bad} corrupt, in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
