"""Text templates: titles per category, descriptions, comments, work notes, resolutions."""

from __future__ import annotations

from deskapp.db.demo.services import LOCATIONS

_DEVICES = ("laptop", "desktop PC", "second monitor", "docking station", "tablet")
_APPS = ("Outlook", "Excel", "ERP", "CRM", "Payroll", "Teams", "HR Portal", "SAP GUI",
         "Adobe Reader", "the intranet", "Power BI")
_PRINTERS = tuple(f"PRN-{s}-{f}F" for s in ("LON", "MAN", "LDS", "BRS") for f in (1, 2, 3))
_ERRORS = ("0x80070005", "E1042", "ORA-12541", "HTTP 500", "0xC004F074", "ERR_CONNECTION_RESET")
_FILLS = {"device": _DEVICES, "app": _APPS, "printer": _PRINTERS, "location": LOCATIONS,
          "code": _ERRORS}

TITLE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "Hardware": ("{device} will not power on", "{device} screen flickering",
                 "Keyboard not working on {device}", "{device} running very slowly",
                 "Docking station not detecting monitors at {location}",
                 "Battery drains within an hour on {device}",
                 "Blue screen after update on {device}", "{device} fan very loud"),
    "Software": ("{app} crashes on start-up", "{app} shows error {code}",
                 "Cannot save documents in {app}", "{app} very slow this morning",
                 "Licence expired message in {app}", "Missing data in {app} report",
                 "{app} login loop after update", "Unable to export from {app}"),
    "Network": ("No network connection at {location}", "VPN keeps disconnecting from {location}",
                "Wi-Fi drops repeatedly at {location}", "Slow internet at {location}",
                "Cannot reach {app} over VPN", "Network port dead at desk in {location}"),
    # asking for access or a new account is a service request (demo catalogue), not an incident
    "Access": ("Password reset needed for {app}", "Account locked out after password change",
               "Access to {app} lost after role change", "MFA prompt not arriving for {app}",
               "Permissions missing on shared folder at {location}",
               "Single sign-on fails for {app}"),
    "Email": ("Cannot send email to external addresses", "Mailbox full warning",
              "Outlook will not start after update", "Shared mailbox not visible in Outlook",
              "Calendar invites not received", "Suspected phishing email received",
              "Emails stuck in outbox at {location}", "Delegate cannot open manager's calendar"),
    "Printing": ("Printer {printer} offline", "Paper jam on {printer}",
                 "Print jobs stuck in queue for {printer}", "Cannot scan to email on {printer}",
                 "Poor print quality on {printer}", "Cannot add printer {printer}"),
    "Telephony": ("Desk phone has no dial tone at {location}", "Poor call quality in Teams calls",
                  "Voicemail not working", "Headset not recognised by {device}",
                  "Conference bridge PIN rejected", "Contact centre queue not ringing"),
    "Security": ("Suspicious sign-in alert for {app}", "Antivirus reported a threat on {device}",
                 "Lost {device} reported", "USB device blocked on {device}",
                 "Phishing link clicked by user", "Encryption recovery key needed for {device}"),
    # orders (a new device, a desk move, software, training) come from the catalogue
    "Other": ("General question about {app}", "Cannot find a setting in {app}",
              "Noise from the ceiling unit at {location}", "How do I share a file from {app}",
              "Meeting room screen not working at {location}", "Wrong time zone shown in {app}"),
}
DESC_OPENERS = ("Caller reports: ", "User called the desk: ", "Reported by email: ",
                "Raised via chat: ", "Logged on behalf of the caller: ")
DESC_TAILS = (
    "Started this morning; no recent changes that the user knows of.",
    "Happens every time; colleagues nearby are not affected.",
    "Intermittent since yesterday afternoon. User has restarted twice.",
    "Several people in the team see the same thing.",
    "User is working from home today and needs this for a deadline.",
    "Screenshot attached. Error appears after about a minute.",
    "Worked fine last week; user is not sure what changed.",
    "Blocking month-end work; caller asked for an update by phone.",
)
RESOLUTION_NOTES: dict[str, tuple[str, ...]] = {
    "Solved (permanently)": ("Root cause fixed and confirmed with the caller.",
                             "Replaced the faulty part; tested with the user.",
                             "Configuration corrected; user confirmed it works."),
    "Solved (workaround)": ("Workaround applied; permanent fix tracked separately.",
                            "User given a temporary alternative until the vendor patch."),
    "Not solved (not reproducible)": ("Could not reproduce with the caller; advised to call "
                                      "back if it happens again.",),
    "Not solved (too costly)": ("A fix would cost more than the problem; the caller agreed "
                                "to live with it.",),
    "Closed/resolved by caller": ("Caller no longer needs help; closed on request.",
                                  "Caller fixed it themselves; confirmed by phone."),
    "Duplicate": ("Duplicate of an existing incident; caller informed.",),
}
#: in the order of RESOLUTION_CODES (the list migration 0005 seeds); they add up to 100
RESOLUTION_WEIGHTS = (60, 15, 8, 3, 9, 5)
PUBLIC_COMMENTS = ("Called the user back; gathering more details.",
                   "Asked the caller for a screenshot of the error.",
                   "Update sent to the caller: we are working on it.",
                   "Caller confirmed the issue is still happening.",
                   "Remote session booked with the caller for this afternoon.")
WORK_NOTES = ("Checked the event logs; nothing obvious yet.",
              "Escalated to the vendor, case reference pending.",
              "Reproduced on a test machine.", "Waiting on change window to apply fix.",
              "Restarted the service; monitoring.", "Related to last night's patching.")


def expand(templates: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for template in templates:
        slots = [k for k in _FILLS if "{" + k + "}" in template]
        if not slots:
            out.append(template)
            continue
        # the first slot multiplies the template (one title per device, app...); any further
        # slot ("{app} shows error {code}") takes one value in turn, so a two-slot template
        # weighs as much as a one-slot one
        first, rest = slots[0], slots[1:]
        for n, value in enumerate(_FILLS[first]):
            title = template.replace("{" + first + "}", value)
            for k in rest:
                title = title.replace("{" + k + "}", _FILLS[k][n % len(_FILLS[k])])
            out.append(title)
    return [t[0].upper() + t[1:] for t in out]


def sentence_case(title: str) -> str:
    """'Printer jammed' -> 'printer jammed' after an opener; acronyms ('MFA prompt', 'VPN ...')
    and product names with a capital second letter keep their case."""
    if len(title) > 1 and title[1].isupper():
        return title
    return title[0].lower() + title[1:]


