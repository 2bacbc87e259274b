"""Problems and known errors behind demo incidents: where a batch holds three or more incidents
of one service with the same symptom, a problem was usually opened for them (so which problems
a seed gives depends on the batch size too: a batch is a stretch of days, as a desk notices a
pattern within the calls of a few days or weeks).

Each cluster's problem is numbered after its first incident (INC-000123 -> PRB-000123: unique
without a counter of its own; the run moves the PRB counter past the highest afterwards). Its
incidents are linked to it (caused by). Where they are all done, the problem is resolved or
closed with its root cause and permanent fix; where some are still open it is under
investigation or, mostly, a known error with a workaround agents apply (the known-error
database). Texts come from a small catalogue per category, so root causes, workarounds and
fixes fit the incidents' service.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from deskapp.db.demo.rows import EVENTS_TABLE, WORK_ITEM_COLUMNS
from deskapp.db.demo.steps import ItemFacts, Rows, StepContext

PROBLEM_PREFIX = "PRB"
#: Of the clusters a batch holds (three or more alike), this share got a problem.
SHARE = 0.35
#: At most this many problems per batch (a desk runs a few problems per thousand calls).
PER_BATCH = 12
MIN_CLUSTER = 3

DETAIL_COLUMNS = ("work_item_id", "root_cause", "root_cause_category", "workaround",
                  "permanent_fix", "known_error_at")
LINK_COLUMNS = ("id", "version", "created_at", "updated_at", "deleted_at", "source_id",
                "target_id", "link_type")

#: category -> (words in the incidents' title, root cause, root-cause category, workaround,
#: permanent fix); the first whose word is in the title fits, else the category's last
DIAGNOSES: dict[str, tuple[tuple[tuple[str, ...], str, str, str, str], ...]] = {
    "Email": (
        (("outbox", "send email", "external"),
         "The outbound relay rejects messages over 10 MB after the gateway update.",
         "Configuration error", "Send large files as a OneDrive link; retry the message.",
         "Relay size limit raised to 35 MB and the gateway template corrected."),
        (("calendar", "invites", "delegate"),
         "Calendar sharing breaks for mailboxes moved in the last migration wave.",
         "Software defect", "Remove and re-add the delegate in Outlook's account settings.",
         "Migration tool patched and the moved mailboxes' permissions repaired."),
        ((), "Cached Exchange mode corrupts the offline address book on older clients.",
         "Software defect", "Delete the OST file and restart Outlook (the profile rebuilds).",
         "Clients moved to the current Outlook build by software deployment."),
    ),
    "Network": (
        (("vpn",), "The VPN concentrator drops sessions when its licence pool is exhausted at "
                   "09:00.", "Capacity",
         "Reconnect after five minutes, or use the web portal meanwhile.",
         "Licence pool doubled and idle sessions time out after 30 minutes."),
        (("wi-fi",), "Access points on the old firmware roam clients to a saturated channel.",
         "Software defect", "Forget the network and reconnect to the 5 GHz SSID.",
         "Access point firmware upgraded across the site (change approved by CAB)."),
        ((), "A failing uplink on the floor switch drops ports under load.", "Hardware failure",
         "Move the desk's cable to a port on the second switch (labelled B).",
         "Switch uplink module replaced and monitored."),
    ),
    "Printing": (
        (("jam", "quality"), "Worn fuser units on the ageing fleet cause jams and faint prints.",
         "Hardware failure", "Power-cycle the printer and feed from tray 2.",
         "Fuser units replaced under the maintenance contract."),
        (("scan",), "The scan-to-email account's password expired.", "Process gap",
         "Scan to the shared folder \\\\files\\scans instead.",
         "Service account set to a managed password with rotation."),
        ((), "The print server spooler stalls when a driver for an old model is installed.",
         "Software defect", "Restart the print spooler on the print server and resend.",
         "Universal print driver rolled out; legacy drivers removed."),
    ),
    "Software": (
        (("slow", "save", "missing data"),
         "A scheduled report job locks the database tables during office hours.",
         "Configuration error", "Wait for the 10:00 job to finish, then retry the save.",
         "Report job moved to 02:00 and given its own read replica."),
        (("licence",), "The licence server's certificate expired.", "Process gap",
         "Restart the application; it falls back to the cached licence for 7 days.",
         "Certificate renewed and added to the expiry calendar."),
        ((), "The last client update ships an expired code-signing certificate.",
         "Supplier / third party", "Start the application with the previous version's "
                                   "shortcut from the Software Centre.",
         "Supplier re-signed the package; fixed version deployed."),
    ),
    "Hardware": (
        (("dock", "monitor"),
         "A BIOS power setting in the latest image puts the dock's USB hub to sleep.",
         "Configuration error", "Unplug the dock for ten seconds and plug it back in.",
         "BIOS setting changed in the image and pushed to the fleet."),
        (("battery", "charger", "power"), "One batch of chargers from the supplier is faulty.",
         "Supplier / third party", "Swap the charger from the spares cupboard.",
         "Faulty batch recalled and replaced by the supplier."),
        ((), "The graphics driver in the last update crashes on docked laptops.",
         "Software defect", "Roll back the display driver from Device Manager.",
         "Fixed driver version approved and deployed."),
    ),
    "Access": (
        (("mfa",), "The MFA provider's SMS route fails for one mobile network.",
         "Supplier / third party", "Use the authenticator app or a one-time code from the "
                                   "desk.", "Provider switched the SMS route; app push now "
                                            "the default."),
        (("locked", "password"), "Password sync to the legacy directory lags by up to an hour.",
         "Process gap", "Sign in with the old password until the sync runs, or force a "
                        "sync from the admin console.",
         "Sync interval cut to five minutes and monitored."),
        ((), "New-starter accounts are created without their application groups.",
         "Process gap", "Add the role's groups by hand from the access matrix.",
         "Joiner workflow now assigns groups from the role."),
    ),
    "Telephony": (
        (("headset",), "The headset firmware is not supported by the new softphone.",
         "Supplier / third party", "Use the USB adapter from the spares cupboard.",
         "Headset firmware updated through the vendor's tool."),
        ((), "Voice traffic is not prioritised on the new office switches.",
         "Configuration error", "Use the Teams mobile app on 4G for important calls.",
         "QoS policy applied to the office switches."),
    ),
    "Security": (
        ((), "A mail-filter rule lets lookalike domains through.", "Configuration error",
         "Report the message with the Phish button; the desk blocks the sender.",
         "Lookalike-domain rule added to the mail filter."),
    ),
}


def diagnosis(category: str, title: str) -> tuple[str, str, str, str]:
    """The catalogue's diagnosis for incidents of ``category`` titled ``title``."""
    choices = DIAGNOSES[category]
    low = title.lower()
    for words, *found in choices:
        if not words or any(word in low for word in words):
            return found[0], found[1], found[2], found[3]
    raise ValueError(category)


@dataclass(frozen=True)
class ProblemStep:
    """The demo problems (a :class:`~deskapp.db.demo.steps.Step`)."""

    name: str = "problems"
    tables: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("work_items", WORK_ITEM_COLUMNS), ("problem_details", DETAIL_COLUMNS),
        ("work_item_links", LINK_COLUMNS))

    def rows(self, ctx: StepContext, items: Sequence[ItemFacts],
             rng: random.Random) -> Rows:
        out: Rows = {"work_items": [], "problem_details": [], "work_item_links": [],
                     EVENTS_TABLE: []}
        clusters: dict[tuple[str, str], list[ItemFacts]] = defaultdict(list)
        for item in items:
            # requests and questions the desk could not place ("Other") are no problems
            if item.kind == "incident" and item.service and item.title \
                    and item.category in DIAGNOSES:
                clusters[(item.service, item.title)].append(item)
        # in the order of the services' names: ids differ from one database to the next, and
        # the same seed must give the same problems
        names = {hex_id: spec.name for hex_id, spec, _sla in ctx.ref.services}
        found = [c for _key, c in sorted(clusters.items(),
                                         key=lambda kv: (names.get(kv[0][0], ""), kv[0][1]))
                 if len(c) >= MIN_CLUSTER]
        made = 0
        for cluster in found:
            if made >= PER_BATCH or rng.random() >= SHARE:
                continue
            _problem(ctx, cluster, rng, out)
            made += 1
        return out


def _id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _problem(ctx: StepContext, cluster: list[ItemFacts], rng: random.Random,
             out: Rows) -> None:
    fmt, ref = ctx.fmt, ctx.ref
    first = cluster[0]
    cause, cause_category, workaround, fix = diagnosis(first.category, first.title)
    still_open = [i for i in cluster if i.done is None]
    opened = cluster[min(2, len(cluster) - 1)].opened + 1800  # the third call rang the bell
    last = max(i.opened for i in cluster)
    analysts = ref.members.get("Service Desk", [])
    team_name = "Service Desk"
    for candidate in ("Applications", "Network", "Desktop Support", "Identity & Access",
                      "Security"):
        if first.team == candidate:
            team_name = candidate
    members = ref.members.get(team_name) or analysts
    owner = members[int(rng.random() * len(members))] if members else None
    known_at: int | None = None
    resolved_at: int | None = None
    closed_at: int | None = None
    if still_open:
        status = "known_error" if rng.random() < 0.7 else "under_investigation"
        if status == "known_error":
            known_at = min(ctx.now - 600, opened + 3600 + int(rng.random() * 2 * 86400))
        else:
            cause = fix = ""
            workaround = workaround if rng.random() < 0.3 else ""
        fix = "" if status != "resolved" else fix
    else:
        known_at = opened + 3600 + int(rng.random() * 86400)
        resolved_at = min(ctx.now - 600, max(last, known_at) + 86400 * (1 + int(rng.random()
                                                                              * 10)))
        status = "closed" if ctx.now - resolved_at > 14 * 86400 else "resolved"
        closed_at = resolved_at + 7 * 86400 if status == "closed" else None
    known_at = min(known_at, ctx.now - 600) if known_at is not None else None
    opened = min(opened, ctx.now - 900)
    problem_id = f"{first.id[:13]}{_id(rng)[13:]}"
    number = "PRB-" + first.number.split("-", 1)[1]
    title = f"Recurring: {first.title}"
    lines = "\n".join(f"- {i.number}: {i.title}" for i in cluster[:20])
    statement = (f"Seen in {len(cluster)} incidents on the same service:\n{lines}\n\n"
                 "Callers report the same symptom; the desk restores service each time but "
                 "the cause has not gone away.")
    updated = max(x for x in (opened, known_at, resolved_at, closed_at) if x is not None)
    category_of = {"under_investigation": "open", "known_error": "waiting",
                   "resolved": "done", "closed": "done"}
    out["work_items"].append((
        problem_id, 2 + (status != "under_investigation"), fmt(opened), fmt(updated), number,
        title[:200], statement, None, first.service, None, first.category, "internal", 2, 2, 3,
        status,
        ref.teams.get(team_name), owner[0] if owner else None, None,
        f"Permanent fix in place: {fix}" if resolved_at else None, fmt(opened),
        fmt(opened + 900), fmt(resolved_at) if resolved_at else None,
        fmt(closed_at) if closed_at else None, 0, None, None, None, None, None, False, False,
        None, None, "problem", category_of[status], None, None, None, None))
    out["problem_details"].append((
        problem_id, cause or None, cause_category if cause else None, workaround or None,
        fix if resolved_at else None, fmt(known_at) if known_at and cause else None))
    actor = owner[0] if owner else None
    events: list[tuple[Any, ...]] = out[EVENTS_TABLE]

    def event(at: int, ticket: str, prefix: str, field: str, old: str | None,
              new: str | None) -> None:
        events.append((_id(rng), prefix, ticket, actor, fmt(at), field, old, new))

    event(opened, problem_id, "PRB", "created", None, number)
    event(opened, problem_id, "PRB", "status", None, "new")
    event(opened + 900, problem_id, "PRB", "status", "new", "under_investigation")
    steps = [("under_investigation", known_at, "known_error")] if known_at and cause else []
    if resolved_at:
        steps.append(("known_error", resolved_at, "resolved"))
    if closed_at:
        steps.append(("resolved", closed_at, "closed"))
    for old, at, new in steps:
        if at is not None:
            event(at, problem_id, "PRB", "status", old, new)
    for incident in cluster:
        linked = max(opened, incident.opened) + 600
        out["work_item_links"].append((_id(rng), 1, fmt(linked), fmt(linked), None,
                                       incident.id, problem_id, "caused_by"))
        event(linked, incident.id, incident.prefix, "link:caused_by", None, number)
        event(linked, problem_id, "PRB", "linked:caused_by", None, incident.number)
