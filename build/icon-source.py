# Draws build/icon.png (1024 px; electron-builder derives the .icns and .ico from it).
# Run with a Python that has Pillow: /usr/bin/python3 build/icon-source.py
import math
from pathlib import Path

from PIL import Image, ImageDraw

S = 1024
TEAL, PAPER, GREY = (31, 94, 110, 255), (250, 248, 242, 255), (160, 170, 175, 255)
img = Image.new('RGBA', (S, S), (0, 0, 0, 0))
d = ImageDraw.Draw(img)
d.rounded_rectangle([100, 100, S - 100, S - 100], radius=180, fill=TEAL)
# A transcript page, one line coded (highlighted).
d.rounded_rectangle([250, 210, 690, 790], radius=36, fill=PAPER)
for y, w in zip([300, 370, 440, 510, 580, 650], [340, 300, 360, 250, 330, 220]):
    d.rounded_rectangle([300, y, 300 + w, y + 26], radius=13, fill=GREY)
d.rounded_rectangle([288, 430, 612, 480], radius=22, fill=(244, 190, 70, 255))
d.rounded_rectangle([300, 442, 600, 468], radius=13, fill=(110, 84, 30, 255))
# A magnifying glass: "fynd" is Swedish for finds.
cx, cy, r = 640, 620, 150
d.ellipse([cx - r - 34, cy - r - 34, cx + r + 34, cy + r + 34], fill=PAPER)
d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=TEAL)
d.ellipse([cx - r + 28, cy - r + 28, cx + r - 28, cy + r - 28], fill=(214, 236, 238, 255))
a = math.radians(45)
x0, y0 = cx + (r + 10) * math.cos(a), cy + (r + 10) * math.sin(a)
x1, y1 = cx + (r + 150) * math.cos(a), cy + (r + 150) * math.sin(a)
d.line([x0, y0, x1, y1], fill=PAPER, width=100)
d.line([x0, y0, x1 - 6, y1 - 6], fill=TEAL, width=62)
img.save(Path(__file__).with_name('icon.png'), optimize=True)
