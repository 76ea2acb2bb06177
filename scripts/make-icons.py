"""Draws the extension's icon (a speech bubble with a pen stroke on LinkedIn-adjacent blue) as PNGs.

Pure standard library, so it runs anywhere: `python3 scripts/make-icons.py`. Output: public/icons/, the
sizes that ship inside the extension (16/32 toolbar, 48 extensions page, 96 Firefox HiDPI, 128 stores).

`python3 scripts/make-icons.py --store DIR` also draws the store-listing images, which must not ship in
the package: icon-300.png (Edge Add-ons logo) and promo-440x280.png (Chrome Web Store small promo tile).
"""
import math
import sys
import struct
import zlib
from pathlib import Path

BLUE = (10, 102, 194)
WHITE = (255, 255, 255)
GOLD = (245, 180, 40)


PAPER = (238, 243, 248)


def pixel(x, y, width, height, paint):
    """Colour at (x, y) of a width×height image painted by `paint(u, v)`, 4×4 supersampled for smooth edges."""
    samples = []
    for sx in range(4):
        for sy in range(4):
            u = (x + (sx + 0.5) / 4) / width
            v = (y + (sy + 0.5) / 4) / height
            samples.append(paint(u, v))
    r = sum(s[0] * s[3] for s in samples) / 16
    g = sum(s[1] * s[3] for s in samples) / 16
    b = sum(s[2] * s[3] for s in samples) / 16
    a = sum(s[3] for s in samples) / 16
    if a == 0:
        return (0, 0, 0, 0)
    return (round(r / a), round(g / a), round(b / a), round(a * 255))


def shade(u, v):
    """Rounded square background, a white speech bubble, and a gold dot (the personal touch)."""
    # rounded square, corner radius 0.22
    cx, cy = min(max(u, 0.22), 0.78), min(max(v, 0.22), 0.78)
    if math.hypot(u - cx, v - cy) > 0.22:
        return (0, 0, 0, 0)
    # bubble: ellipse plus tail
    in_bubble = ((u - 0.5) / 0.32) ** 2 + ((v - 0.45) / 0.24) ** 2 <= 1
    in_tail = 0.3 <= u <= 0.45 and 0.6 <= v <= 0.8 and (v - 0.6) <= (0.45 - u) * 1.3
    if in_bubble or in_tail:
        if math.hypot(u - 0.64, v - 0.45) < 0.07:
            return (*GOLD, 1)
        if 0.3 <= u <= 0.55 and abs(v - 0.45) < 0.035:
            return (*BLUE, 1)
        return (*WHITE, 1)
    return (*BLUE, 1)


def promo_tile(u, v):
    """The icon centred on a pale tile; the tile is 440×280, so x is scaled to keep the icon square."""
    x = (u * 440 - 120) / 200
    y = (v * 280 - 40) / 200
    if 0 <= x <= 1 and 0 <= y <= 1:
        icon = shade(x, y)
        if icon[3]:
            return icon
    return (*PAPER, 1)


def png(width, height=None, paint=shade):
    height = height or width
    rows = b''.join(
        b'\x00' + b''.join(struct.pack('4B', *pixel(x, y, width, height, paint)) for x in range(width))
        for y in range(height)
    )
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)
    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')


def main(argv):
    if len(argv) == 3 and argv[1] == '--store':
        out = Path(argv[2])
        out.mkdir(parents=True, exist_ok=True)
        (out / 'icon-300.png').write_bytes(png(300))
        (out / 'promo-440x280.png').write_bytes(png(440, 280, promo_tile))
        print('wrote icon-300.png, promo-440x280.png to', out)
        return
    out = Path(__file__).resolve().parent.parent / 'public' / 'icons'
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 96, 128):
        (out / f'icon-{size}.png').write_bytes(png(size))
    print('wrote', ', '.join(f'icon-{s}.png' for s in (16, 32, 48, 96, 128)), 'to', out)


main(sys.argv)
