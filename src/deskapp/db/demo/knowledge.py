"""Demo knowledge: about 300 articles written for the faults the demo incidents report.

Each article answers one demo incident title (``TITLE_TEMPLATES`` expanded), with the category's
cause and fix, the service the category's incidents go to, and keywords. Most are published (by
a colleague of the author, with an owner and a review date; some reviews are overdue), a few are
drafts, in review or retired; published ones carry their versions, staff votes, and links to
resolved incidents with the same title that the article solved ("This solved it"). About one
published article in ten shows a screenshot of the fault (an article picture: a real PNG in the
attachments' content store, named by ``kb_article_images``). Written once per desk, when it has
no articles yet, in one transaction.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, select

from deskapp.db.demo.attachments import png
from deskapp.db.demo.common import table_of
from deskapp.db.demo.reference import Reference
from deskapp.db.demo.text import TITLE_TEMPLATES, expand
from deskapp.db.models import (
    AttachmentBlob,
    AttachmentChunk,
    KbArticle,
    KbArticleImage,
    KbArticleLink,
    KbArticleVersion,
    KbVote,
    NumberCounter,
    WorkItem,
)
from deskapp.domain.article_images import reference
from deskapp.domain.attachments import CHUNK_SIZE
from deskapp.domain.numbers import format_number

TARGET = 300
PREFIX = "KB"
#: the share of published articles that show a screenshot
PICTURE_SHARE = 0.1

CAUSES: dict[str, tuple[str, ...]] = {
    "Hardware": ("A failing power supply or battery.", "An outdated docking-station firmware.",
                 "A driver update that did not complete."),
    "Software": ("A corrupted user profile or cache.", "The last update left an old add-in "
                 "loaded.", "The licence server could not be reached."),
    "Network": ("The VPN client's dead-peer timeout is too short for hotel and home routers.",
                "A switch port was left in the wrong VLAN.", "Wi-Fi roaming between access "
                "points drops the session."),
    "Access": ("The cached password no longer matches the directory.", "The account was "
               "locked by repeated sign-ins from an old device.", "The group that grants "
               "access was never requested."),
    "Email": ("An oversized mailbox or a full outbox.", "The Outlook profile is damaged.",
              "A transport rule blocks external recipients for this group."),
    "Printing": ("The print spooler holds a stuck job.", "The printer lost its static IP "
                 "address.", "The driver on the print server is out of date."),
    "Telephony": ("The handset lost its provisioning profile.", "The headset firmware is old.",
                  "The call queue's agents are signed out."),
    "Security": ("A sign-in from an unknown location triggered the alert.", "The device "
                 "policy blocks unapproved USB storage.", "The user followed a phishing link."),
    "Other": ("The request needs an approved order first.", "The room's screen input was "
              "switched.", "The software is not in the standard catalogue."),
}
FIXES: dict[str, tuple[str, ...]] = {
    "Hardware": ("1. Disconnect the device from the dock and power.\n2. Hold the power button "
                 "for 30 seconds.\n3. Reconnect and start it; if it stays dead, book a swap "
                 "with Desktop Support.",
                 "1. Update the dock firmware from the Software Centre.\n2. Restart the "
                 "laptop while docked.\n3. Check *Display settings* detects every monitor."),
    "Software": ("1. Close the application.\n2. Clear its cache folder under "
                 "`%LOCALAPPDATA%`.\n3. Start it again; if the error returns, repair the "
                 "installation from the Software Centre.",
                 "1. Start the application in safe mode.\n2. Disable add-ins one by one.\n"
                 "3. Remove the add-in that causes the fault and log a ticket with its "
                 "vendor."),
    "Network": ("1. Open the VPN client settings.\n2. Raise **Dead peer detection** to 300 "
                "seconds.\n3. Reconnect and keep the session open for an hour to confirm.",
                "1. Ask the caller for the wall port number.\n2. Check the switch port's VLAN "
                "in the network console.\n3. Move it to the office VLAN and test."),
    "Access": ("1. Reset the password in the directory console.\n2. Ask the caller to sign "
               "out everywhere, including the phone's mail app.\n3. Unlock the account and "
               "confirm the caller can sign in.",
               "1. Check the access group for the application.\n2. Raise an access request "
               "with the line manager's approval.\n3. Confirm access after the next sync "
               "(15 minutes)."),
    "Email": ("1. Close Outlook.\n2. Create a new mail profile from *Control Panel > Mail*.\n"
              "3. Start Outlook with the new profile and let it synchronise.",
              "1. Archive items older than a year.\n2. Empty *Deleted Items*.\n3. Send a test "
              "message to an external address."),
    "Printing": ("1. Open the print server's queue for the printer.\n2. Cancel the stuck job "
                 "and restart the spooler.\n3. Print a test page.",
                 "1. Print the printer's network page from its panel.\n2. Restore the "
                 "reserved IP address.\n3. Re-add the printer on the caller's PC."),
    "Telephony": ("1. Restart the handset.\n2. Check it shows the extension number.\n3. If "
                  "not, re-provision it from the telephony console.",
                  "1. Update the headset firmware.\n2. Select it as the default device in "
                  "Teams.\n3. Make a test call."),
    "Security": ("1. Do **not** approve unexpected MFA prompts.\n2. Reset the password and "
                 "revoke sessions.\n3. Pass the case to Security with the sign-in details.",
                 "1. Isolate the device from the network.\n2. Run a full scan.\n3. Hand over "
                 "to Security before returning the device."),
    "Other": ("1. Check the request against the standard catalogue.\n2. Raise the order with "
              "the line manager's approval.\n3. Tell the caller the expected date.",
              "1. Check the screen's input source.\n2. Reconnect the room PC's cable.\n3. If "
              "it stays blank, log it for Facilities."),
}
CATEGORY_SERVICE = {"Hardware": "End-User Devices", "Software": "ERP", "Network": "VPN",
                    "Access": "Identity & Single Sign-On", "Email": "Email",
                    "Printing": "Printing", "Telephony": "Telephony", "Security": "Security",
                    "Other": "Service Desk"}
#: status shares: published, draft, in review, retired
STATUS_WEIGHTS = (("published", 80), ("draft", 8), ("in_review", 6), ("retired", 6))


def _hex(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128))


def ensure_knowledge(conn: Connection, ref: Reference, now: datetime, seed: int) -> int:
    """Write the demo articles if the desk has none; returns how many were written."""
    articles_t = table_of(KbArticle)
    if conn.execute(select(func.count()).select_from(articles_t)).scalar_one():
        return 0
    staff = [uuid.UUID(hex_id) for members in ref.members.values() for hex_id, _ in members]
    if len(staff) < 2:
        return 0
    rng = random.Random(f"knowledge:{seed}")
    services = {spec.name: uuid.UUID(hex_id) for hex_id, spec, _ in ref.services}
    titles = [(category, title) for category, templates in TITLE_TEMPLATES.items()
              for title in expand(templates)]
    rng.shuffle(titles)
    titles = titles[:TARGET]
    counter_t = table_of(NumberCounter)
    start = conn.execute(select(counter_t.c.last_value).where(
        counter_t.c.kind == PREFIX)).scalar() or 0
    articles, versions, votes, links = [], [], [], []
    blobs: list[dict[str, object]] = []
    chunks: list[dict[str, object]] = []
    pictures: list[dict[str, object]] = []
    # pictures draw from their own stream: the articles stay as they were without them
    drawn = random.Random(f"knowledge-pictures:{seed}")
    statuses = [s for s, w in STATUS_WEIGHTS for _ in range(w)]
    items_t = table_of(WorkItem)
    for n, (category, title) in enumerate(titles, start=1):
        article_id = _hex(rng)
        author, reviewer = rng.sample(staff, 2)
        created = now - timedelta(days=rng.randint(20, 700))
        status = rng.choice(statuses)
        cause = rng.choice(CAUSES[category])
        fix = rng.choice(FIXES[category])
        body = (f"## Symptoms\n\n{title}.\n\n## Cause\n\n{cause}\n\n## Resolution\n\n{fix}\n\n"
                f"*Applies to: {category.lower()} incidents.*\n")
        number = format_number(PREFIX, start + n)
        if status == "published" and drawn.random() < PICTURE_SHARE:
            picture_id = _hex(drawn)
            content = png(drawn.randint(240, 480), drawn.randint(140, 260),
                          (drawn.randint(200, 255), drawn.randint(200, 255),
                           drawn.randint(200, 255)),
                          (drawn.randint(0, 80), drawn.randint(60, 140), drawn.randint(120, 220)),
                          number)
            sha = hashlib.sha256(content).hexdigest()
            count = -(-len(content) // CHUNK_SIZE)
            blobs.append({"sha256": sha, "size": len(content), "chunk_count": count,
                          "created_at": created})
            chunks += [{"blob_sha256": sha, "chunk_index": k,
                        "data": content[k * CHUNK_SIZE:(k + 1) * CHUNK_SIZE]}
                       for k in range(count)]
            width, height = int.from_bytes(content[16:20], "big"), \
                int.from_bytes(content[20:24], "big")
            pictures.append({"id": picture_id, "version": 1, "created_at": created,
                             "updated_at": created, "article_id": article_id,
                             "file_name": f"{number.lower()}-screen.png",
                             "media_type": "image/png", "size": len(content), "width": width,
                             "height": height, "blob_sha256": sha, "added_by_id": author})
            body = body.replace("\n\n*Applies to:", "\n\n" + reference(
                picture_id, "What the screen shows") + "\n\n*Applies to:")
        published = status in ("published", "retired") or (
            status in ("draft", "in_review") and rng.random() < 0.3)  # under revision
        n_versions = (1 + (rng.random() < 0.25)) if published else 0
        published_at = created + timedelta(days=rng.randint(1, 10)) if published else None
        # most reviews lie ahead; about one in ten published articles is overdue
        review = (now + timedelta(days=rng.randint(10, 300))).date() if rng.random() > 0.1 \
            else (now - timedelta(days=rng.randint(1, 40))).date()
        helpful = not_helpful = uses = 0
        if status == "published":
            voters = rng.sample(staff, min(len(staff), rng.randint(0, 8)))
            for voter in voters:
                ok = rng.random() < 0.8
                helpful, not_helpful = helpful + ok, not_helpful + (not ok)
                votes.append({"id": _hex(rng), "version": 1, "created_at": now,
                              "updated_at": now, "article_id": article_id, "staff_id": voter,
                              "helpful": ok})
            solved = conn.execute(select(items_t.c.id).where(
                items_t.c.title == title, items_t.c.kind == "incident",
                items_t.c.status.in_(("resolved", "closed")),
                items_t.c.deleted_at.is_(None)).limit(rng.randint(0, 4))).scalars().all()
            for item_id in solved:
                links.append({"id": _hex(rng), "version": 1, "created_at": now,
                              "updated_at": now, "article_id": article_id,
                              "work_item_id": item_id, "relation": "solved",
                              "created_by_id": rng.choice(staff)})
            uses = len(solved) + rng.randint(0, 12)
        for v in range(1, n_versions + 1):
            at = (published_at or created) + timedelta(days=40 * (v - 1))
            versions.append({"id": _hex(rng), "version": 1, "created_at": at,
                             "updated_at": at, "article_id": article_id, "version_number": v,
                             "title": title if v == n_versions else f"{title} (first answer)",
                             "body": body if v == n_versions else body.split("## Resolution")[0]
                             + "## Resolution\n\nRestart and try again.\n",
                             "author_id": author, "published_by_id": reviewer,
                             "published_at": at})
        articles.append({
            "id": article_id, "version": 1 + n_versions, "created_at": created,
            "updated_at": published_at or created, "number": number,
            "title": title, "body": body, "keywords": f"{category.lower()} {title.split()[0]}"
            .lower(), "status": status, "author_id": author,
            "owner_id": author if published or status == "in_review" else None,
            "reviewer_id": reviewer if published else None,
            "review_due_on": review if published or status == "in_review" else None,
            "service_id": services.get(CATEGORY_SERVICE[category]), "ci_id": None,
            "source_item_id": None,
            "submitted_at": created if status == "in_review" else None,
            "published_at": published_at, "published_version": n_versions,
            "retired_at": now - timedelta(days=rng.randint(1, 60)) if status == "retired"
            else None, "review_comment": None, "helpful_count": helpful,
            "not_helpful_count": not_helpful, "use_count": uses})
    conn.execute(articles_t.insert(), articles)
    if versions:
        conn.execute(table_of(KbArticleVersion).insert(), versions)
    if votes:
        conn.execute(table_of(KbVote).insert(), votes)
    if links:
        conn.execute(table_of(KbArticleLink).insert(), links)
    if pictures:
        conn.execute(table_of(AttachmentBlob).insert(), blobs)
        conn.execute(table_of(AttachmentChunk).insert(), chunks)
        conn.execute(table_of(KbArticleImage).insert(), pictures)
    if start:
        conn.execute(counter_t.update().where(counter_t.c.kind == PREFIX).values(
            last_value=start + len(articles)))
    else:
        conn.execute(counter_t.insert(), [{"kind": PREFIX, "last_value": len(articles)}])
    return len(articles)
