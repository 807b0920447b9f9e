#!/usr/bin/env python3
"""Draws the two Teams icons of SalesCoachBot: manifest/color.png and manifest/outline.png.

The mark is three rising bars (a deal moving forward) and, on the colour icon, a gold dot above
the tallest bar (the goal). Only the Python standard library is used, so the icons can be redrawn
on any machine: `python3 manifest/tools/make_icons.py`. The output is deterministic; commit the
PNGs it writes.

Teams wants:
  color.png   192x192, full colour.
  outline.png 32x32, white on a transparent background: every pixel is either opaque white or
              fully transparent, so the outline is drawn on whole pixels, without anti-aliasing.
"""

import os
import struct
import zlib

BLUE = (0x1F, 0x4E, 0x9C)
WHITE = (0xFF, 0xFF, 0xFF)
GOLD = (0xF5, 0xB7, 0x00)

# Bars in unit coordinates (left, top, right, bottom) on the 192 px icon.
COLOR_BARS = [
    (0.22, 0.56, 0.36, 0.78),
    (0.43, 0.42, 0.57, 0.78),
    (0.64, 0.28, 0.78, 0.78),
]
GOAL_CENTER = (0.71, 0.16)
GOAL_RADIUS = 0.07

# Bars on the 32 px outline, in whole pixels (left, top, right, bottom), right/bottom exclusive.
OUTLINE_BARS = [
    (5, 18, 11, 29),
    (13, 12, 19, 29),
    (21, 5, 27, 29),
]

SUPERSAMPLE = 4


def color_at(x, y):
    """The colour of one point of the colour icon, in unit coordinates."""
    dx = x - GOAL_CENTER[0]
    dy = y - GOAL_CENTER[1]
    if dx * dx + dy * dy <= GOAL_RADIUS * GOAL_RADIUS:
        return GOLD
    for left, top, right, bottom in COLOR_BARS:
        if left <= x < right and top <= y < bottom:
            return WHITE
    return BLUE


def draw_color(size):
    rows = []
    samples = SUPERSAMPLE * SUPERSAMPLE
    for py in range(size):
        row = bytearray()
        for px in range(size):
            total = [0, 0, 0]
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    r, g, b = color_at(
                        (px + (sx + 0.5) / SUPERSAMPLE) / size,
                        (py + (sy + 0.5) / SUPERSAMPLE) / size,
                    )
                    total[0] += r
                    total[1] += g
                    total[2] += b
            row += bytes(round(c / samples) for c in total)
            row.append(0xFF)
        rows.append(bytes(row))
    return rows


def draw_outline(size):
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            inside = any(l <= px < r and t <= py < b for l, t, r, b in OUTLINE_BARS)
            row += bytes((*WHITE, 0xFF)) if inside else bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    return rows


def png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def write_png(path, size, rows):
    # 8-bit RGBA, no interlace; each row starts with filter type 0 (none).
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n")
        file.write(png_chunk(b"IHDR", header))
        file.write(png_chunk(b"IDAT", zlib.compress(raw, 9)))
        file.write(png_chunk(b"IEND", b""))


def main():
    manifest_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    write_png(os.path.join(manifest_dir, "color.png"), 192, draw_color(192))
    write_png(os.path.join(manifest_dir, "outline.png"), 32, draw_outline(32))


if __name__ == "__main__":
    main()
