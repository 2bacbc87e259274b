"""Demo attachments: small files on a share of the demo work items, as a desk collects them.

About :data:`SHARE` of the items get one to three files: a log excerpt, a screenshot (a real
PNG, drawn here without Qt), a list of affected users, steps to reproduce. Each file names its
item, so its content (and blob) is its own: batches are written with COPY / executemany, which
cannot skip a blob another batch or run already stored. Every attachment has its
``attachment`` event in the item's history, added by the item's assignee (or a Service Desk
member) some time after the item opened and before it was done.
"""

from __future__ import annotations

import hashlib
import random
import struct
import uuid
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from deskapp.db.demo.rows import EVENTS_TABLE
from deskapp.db.demo.steps import ItemFacts, Rows, StepContext
from deskapp.domain.attachments import CHUNK_SIZE, media_type, size_text

SHARE = 0.06
POOL = 4

BLOB_COLUMNS = ("sha256", "size", "chunk_count", "created_at")
CHUNK_COLUMNS = ("blob_sha256", "chunk_index", "data")
ATTACHMENT_COLUMNS = ("id", "version", "created_at", "updated_at", "work_item_id",
                      "comment_id", "file_name", "media_type", "size", "blob_sha256",
                      "added_by_id")

_HOSTS = ("vpn-gw01", "mail02", "fs-north", "erp-app3", "print-srv1", "dc01", "wifi-ctl")
_EVENTS = ("tunnel renegotiation failed", "authentication timeout for user",
           "disk latency above 200 ms", "queue stalled, 41 jobs waiting",
           "certificate expires in 3 days", "RPC endpoint unavailable",
           "TLS handshake aborted by peer")
_USERS = ("Ana Lima", "Ben Okafor", "Chen Wei", "Dara Byrne", "Eva Novak", "Femi Adeyemi",
          "Grace Kim", "Hugo Martin", "Ines Costa", "Jonas Berg")
_STEPS = ("Sign in to the laptop", "Open the VPN client", "Choose the HQ profile",
          "Wait for the prompt", "Open the ERP client", "Print a test page",
          "Switch to the guest Wi-Fi", "Restart the machine")


def png(width: int, height: int, colour: tuple[int, int, int], band: tuple[int, int, int],
        comment: str = "") -> bytes:
    """A real PNG: a window-like picture (a title band over a plain area)."""
    rows = b"".join(b"\x00" + bytes(band if y < height // 6 else colour) * width
                    for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    text = chunk(b"tEXt", b"Comment\x00" + comment.encode()) if comment else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + text
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def pool(rng: random.Random, label: str) -> list[tuple[str, Callable[[], bytes]]]:
    """One file of each sort, as (name pattern, its content when called); ``{stamp}`` becomes
    the attachment's time. ``label`` (the item's number) makes the contents the item's own.

    Every file draws from ``rng`` here (the draws decide the contents), but a screenshot is
    drawn and compressed only when it is called for: an item keeps one to three of the four,
    and compressing the unused pictures was a sixth of the generator's time at 1M."""
    files: list[tuple[str, Callable[[], bytes]]] = []
    for n in range(POOL):
        pick = n % 4
        if pick == 0:
            host = rng.choice(_HOSTS)
            lines = [f"# {label}"] + [
                f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} "
                f"{rng.choice(('INFO', 'WARN', 'ERROR'))} {host} {rng.choice(_EVENTS)}"
                for _ in range(rng.randint(15, 70))]
            files.append((f"{host}.log", _ready(("\n".join(lines) + "\n").encode())))
        elif pick == 1:
            colour = (rng.randint(200, 255), rng.randint(200, 255), rng.randint(200, 255))
            band = (rng.randint(0, 80), rng.randint(60, 140), rng.randint(120, 220))
            size = rng.randint(160, 320), rng.randint(90, 200)
            files.append(("screenshot-{stamp}.png", partial(png, *size, colour, band, label)))
        elif pick == 2:
            people = rng.sample(_USERS, rng.randint(2, len(_USERS)))
            body = f"name,office,since  # {label}\n" + "".join(
                f"{p},{rng.choice(('North', 'South', 'HQ'))},{rng.randint(7, 11)}:"
                f"{rng.choice(('00', '30'))}\n" for p in people)
            files.append(("affected-users.csv", _ready(body.encode())))
        else:
            steps = [f"{i}. {text}" for i, text in enumerate(rng.sample(_STEPS, 4), start=1)]
            files.append(("steps-to-reproduce.txt", _ready((
                "\n".join(steps) + f"\nExpected: it works. Actual: it fails. ({label})\n")
                .encode())))
    return files


def _ready(content: bytes) -> Callable[[], bytes]:
    return lambda: content


@dataclass(frozen=True)
class AttachmentsStep:
    """Files on about :data:`SHARE` of the items, with their history events.

    Which items, and what each gets, is drawn per item (from the seed and the item's number),
    not from the batch's stream, so the files do not depend on how a run is cut into batches
    (in-process and worker runs, any batch size, give the same attachments)."""

    name: str = "attachments"
    tables: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("attachment_blobs", BLOB_COLUMNS), ("attachment_chunks", CHUNK_COLUMNS),
        ("attachments", ATTACHMENT_COLUMNS))

    def rows(self, ctx: StepContext, items: Sequence[ItemFacts],
             rng: random.Random) -> Rows:
        threshold = int(SHARE * 2**32)
        desk = ctx.ref.members.get("Service Desk", [])  # who logs what an unassigned item got
        blobs: list[tuple[object, ...]] = []
        chunks: list[tuple[object, ...]] = []
        attachments: list[tuple[object, ...]] = []
        events: list[tuple[object, ...]] = []
        for item in items:
            if zlib.crc32(f"attachments:{ctx.seed}:{item.number}".encode()) >= threshold:
                continue
            own = random.Random(f"attachments:{ctx.seed}:{item.number}")
            files = pool(own, item.number)
            own.shuffle(files)
            end = min(item.done if item.done is not None else ctx.now, ctx.now)
            who = (item.assignee or own.choice(desk))[0] if item.assignee or desk else None
            for pattern, make in files[:own.choice((1, 1, 1, 2, 3))]:
                content = make()
                at = item.opened + int(own.uniform(30, max(end - item.opened, 60)))
                stamp = ctx.fmt(at)
                name = pattern.format(stamp=stamp[:19].replace("-", "").replace(":", "")
                                      .replace(" ", "-"))
                sha = hashlib.sha256(content).hexdigest()
                count = -(-len(content) // CHUNK_SIZE)
                blobs.append((sha, len(content), count, stamp))
                chunks += [(sha, k, content[k * CHUNK_SIZE:(k + 1) * CHUNK_SIZE])
                           for k in range(count)]
                attachments.append((
                    uuid.UUID(int=own.getrandbits(128), version=4).hex, 1, stamp, stamp,
                    item.id, None, name, media_type(name), len(content), sha, who))
                events.append((
                    uuid.UUID(int=own.getrandbits(128), version=4).hex, item.prefix, item.id,
                    who, stamp, "attachment", None, f"{name} ({size_text(len(content))})"))
        if not attachments:
            return {}
        return {"attachment_blobs": blobs, "attachment_chunks": chunks,
                "attachments": attachments, EVENTS_TABLE: events}
