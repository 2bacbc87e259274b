"""Render the app icon from its vector source: resources/icons/deskapp.svg -> .png and .ico.

    python packaging/make_icons.py            (any Python with PySide6; runs offscreen)
    python packaging/make_icons.py --check    exit 1 when the committed files are out of date

deskapp.png (256 px) is the window icon where SVG is not wanted (Linux .desktop files, docs);
deskapp.ico holds 16..256 px for Windows: PyInstaller puts it in both executables and Inno Setup
uses it for the installer and the uninstall entry. ICO entries are PNG-compressed (Windows Vista+
reads them; PyInstaller copies the file as it is). Qt writes one image per .ico at most, so the
container is written here.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "deskapp.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container with one PNG entry per size (ICONDIR + ICONDIRENTRYs + images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def read_ico(data: bytes) -> dict[int, bytes]:
    """{size: PNG bytes} from an ICO written by :func:`ico_bytes` (used by --check and tests)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an .ico file")
    found: dict[int, bytes] = {}
    for i in range(count):
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        found[width or 256] = data[offset:offset + length]
    return found


def same_picture(a: bytes, b: bytes, tolerance: int = 2) -> bool:
    """Two encoded images show the same picture: equal size, every channel within ``tolerance``.

    Compared decoded, not byte for byte: another zlib or Qt patch release may encode the same
    pixels differently."""
    from PySide6.QtGui import QImage

    first, second = QImage.fromData(a), QImage.fromData(b)
    if first.isNull() or second.isNull() or first.size() != second.size():
        return False
    fmt = QImage.Format.Format_RGBA8888
    pa, pb = first.convertToFormat(fmt), second.convertToFormat(fmt)
    da = bytes(pa.constBits())[: pa.sizeInBytes()]
    db = bytes(pb.constBits())[: pb.sizeInBytes()]
    return all(abs(x - y) <= tolerance for x, y in zip(da, db, strict=True))


def stale(svg: Path = SVG) -> list[Path]:
    """The icon files that are missing or no longer show what the SVG draws."""
    out: list[Path] = []
    png = ICONS / "deskapp.png"
    if not png.is_file() or not same_picture(png.read_bytes(), render_png(svg, PNG_SIZE)):
        out.append(png)
    ico = ICONS / "deskapp.ico"
    try:
        entries = read_ico(ico.read_bytes())
    except (OSError, ValueError, struct.error):
        entries = {}
    if sorted(entries) != list(ICO_SIZES) or not all(
        same_picture(entries[size], render_png(svg, size)) for size in ICO_SIZES
    ):
        out.append(ico)
    return out


def outputs(svg: Path = SVG) -> dict[Path, bytes]:
    pngs = {size: render_png(svg, size) for size in ICO_SIZES}
    return {ICONS / "deskapp.png": pngs[PNG_SIZE], ICONS / "deskapp.ico": ico_bytes(pngs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare with the committed files; exit 1 when they differ")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts, DPI)
    if args.check:
        out_of_date = stale()
        if out_of_date:
            names = ", ".join(str(p.relative_to(ROOT)) for p in out_of_date)
            print(f"out of date: {names}; run python packaging/make_icons.py", file=sys.stderr)
            return 1
        print("icons match resources/icons/deskapp.svg")
        return 0
    for path, data in outputs().items():
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
