"""Realistic demo data: reference data plus any number of incidents, fast enough for 1M tickets.

``generate(engine, tickets)`` first makes sure the reference data exists (organisations and
departments, callers, staff with roles, teams with members, the service portfolio, CIs, two
business calendars and two SLA definitions). Reference rows are found by their unique names and
reused, so a second run only adds incidents (and tops the callers up to ``max(200, tickets/50)``).

Incidents are written in batches: one transaction per batch holds the incidents, their events and
comments and the ``number_counters`` update, so a cancelled run leaves consistent data (never an
incident without its history, never a number handed out twice).

How it stays fast (1M tickets, ~9M events, on SQLite in well under three minutes):

* Ticket rows are built as plain tuples already in storage form (UUIDs as 32 hex digits, times
  as ISO text in UTC, exactly what the ``Uuid``/``UtcDateTime`` types would bind) and go to
  ``cursor.executemany`` on SQLite and ``COPY ... FROM STDIN`` on PostgreSQL (a pipelined
  ``executemany`` INSERT where row-level security forbids COPY). SQLAlchemy Core ``insert()``
  with its type processors is used for the small reference tables; for tickets the per-value
  Python processing cost more than the insert itself.
* Large runs generate rows in a child Python process (a second core) while this process writes
  the previous batch; a frozen bundle, or a child that cannot start, generates in-process. Both
  give the same rows for the same seed.
* Ticket, event and comment ids are time-ordered (UUIDv7 layout, keyed by the ticket's opening
  time) and tickets are generated in opening order, so every primary key and the
  ``(ticket_id, occurred_at)`` index are appended to instead of written at random places.
* On SQLite, ``synchronous=OFF`` and a large page cache during the load (restored afterwards).

What is exact and what is approximate:

* Lifecycles follow the real service: ``created`` + ``status`` (None -> new) events on creation,
  ``team_id``/``assignee_id`` + ``status`` events on assignment, one ``status`` event per step
  (new -> assigned -> in_progress -> [pending -> in_progress] -> resolved -> closed),
  ``comment``/``work_note`` events with their comments. First-contact resolutions are logged
  already assigned (as ``create`` with an assignee does) and resolved minutes later.
* Business minutes are computed on the SLA's real calendar (weekly hours in its zone, holidays,
  daylight saving) by a precomputed per-day table, not by replaying events through
  :mod:`deskapp.services.sla_clock`. The stored SLA columns follow the same rules as the engine
  (response stops at the first response, resolution at resolution, a ``pending`` spell stops
  the resolution clock when the SLA lists it in ``pause_statuses``, warn at 75 %, breach at
  100 %, due dates only for running metrics) but are an
  approximation of a replay: a paused clock's due date is "if resumed now", and if a ticket was
  paused after it had already breached, its due date is pushed by that pause too. The SLA is the
  one the engine would pick: the service's SLA (the 24x7 one for critical services), else the
  default. Running clocks are measured at generation time.
* The desk looks like a working one: resolved and closed items are spread over the two years
  along the demand curve, while the open ones (``open_ratio`` of the incidents) are planned
  first and are young. Each open item's age is drawn as a share of its own SLA target on its
  calendar (median 35 %, about one in ten past it), a ``pending`` one has waited days or weeks
  on top (the paused clock does not run: the tail of older items), an open P1 is hours old
  and open work never names a retired CI. Both streams are merged in opening order, so
  numbers still follow time. Tasks open after their incident; a pending incident's tasks wait
  with it or are done.
* ``version`` is 1 + the number of service operations a ticket went through; ``updated_at`` is
  the time of its last change (comments do not change an incident, as in the service).
* Closed tickets were auto-closed three to four days after resolution by "system" (no actor);
  tickets resolved more recently are still ``resolved``.

The package, one module per part:

* reference data: :mod:`.people` (organisations, departments, callers, staff, teams),
  :mod:`.services` (the portfolio, CIs, which team handles which category),
  :mod:`.calendars` (business calendars, SLAs), gathered by :mod:`.reference`;
* one generator per kind: :mod:`.incidents` (with their histories, comments and SLA clocks) and
  :mod:`.tasks` (incident tasks, added under each incident);
* the extension point :mod:`.steps`: every batch of work items goes through
  :data:`.run.STEPS` in order, each step adding rows of its own (time entries...) from a random
  stream of its own, so a new step never changes what the others generate for a seed;
* :mod:`.run` (the orchestrator: :func:`generate`), :mod:`.writer` (bulk writes),
  :mod:`.worker` (generation in a second process), :mod:`.clock` (business-hours arithmetic),
  :mod:`.text` (titles and notes), :mod:`.rows` (storage-form row layouts).
"""

from deskapp.db.demo.calendars import (
    CALENDAR_24X7,
    CALENDAR_OFFICE,
    CRITICAL_TARGETS,
    SLA_CRITICAL,
    SLA_STANDARD,
    STANDARD_TARGETS,
)
from deskapp.db.demo.common import WINDOW_DAYS
from deskapp.db.demo.run import (
    PARALLEL_MIN_TICKETS,
    STEPS,
    SUSPEND_MIN_TICKETS,
    DemoStats,
    generate,
)
from deskapp.db.demo.tasks import TASK_SHARE

__all__ = [
    "CALENDAR_24X7",
    "CALENDAR_OFFICE",
    "CRITICAL_TARGETS",
    "PARALLEL_MIN_TICKETS",
    "SLA_CRITICAL",
    "SLA_STANDARD",
    "STANDARD_TARGETS",
    "STEPS",
    "SUSPEND_MIN_TICKETS",
    "TASK_SHARE",
    "WINDOW_DAYS",
    "DemoStats",
    "generate",
]
