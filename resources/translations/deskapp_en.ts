<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../src/deskapp/app.py" line="236"/>
        <source>App</source>
        <comment>&amp;Retry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="237"/>
        <source>App</source>
        <comment>Enter &amp;password…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="240"/>
        <source>App</source>
        <comment>&amp;Change connection…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="242"/>
        <source>App</source>
        <comment>&amp;Quit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="249"/>
        <source>App</source>
        <comment>Password for {user}:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="277"/>
        <source>App</source>
        <comment>Opening {name}…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="280"/>
        <source>App</source>
        <comment>Signing in…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="293"/>
        <source>App</source>
        <comment>Preparing your desk…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="286"/>
        <source>App</source>
        <comment>Adding sample data…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/models.py" line="138"/>
        <source>Work note (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/models.py" line="139"/>
        <source>Comment (caller sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="51"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="51"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="52"/>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="17"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="58"/>
        <location filename="../../src/deskapp/ui/transition/models.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="58"/>
        <location filename="../../src/deskapp/ui/transition/models.py" line="31"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="59"/>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="40"/>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="156"/>
        <location filename="../../src/deskapp/ui/transition/models.py" line="32"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="16"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="16"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="21"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="21"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="21"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="22"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="39"/>
        <location filename="../../src/deskapp/ui/transition/models.py" line="36"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="43"/>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="46"/>
        <location filename="../../src/deskapp/ui/transition/models.py" line="33"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="48"/>
        <source>P1/P2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="50"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="52"/>
        <source>CIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="53"/>
        <source>Owner team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="54"/>
        <source>Business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="58"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="58"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="58"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="59"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="59"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="59"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="151"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="152"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="153"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/models.py" line="37"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/deskapp/app.py" line="105"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacklogChart</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="112"/>
        <source>Open incidents by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="120"/>
        <source>P{p}: {n} open, {b} breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="139"/>
        <source>Open incidents by priority (darker: breached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="141"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/deskapp/ui/design/forms.py" line="80"/>
        <source>&amp;Reload their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="216"/>
        <source>&amp;Keep their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="220"/>
        <source>Show the saved version; then make your change again and save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="207"/>
        <source>Assign {n} incident(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="208"/>
        <source>Set the status of {n} incident(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="209"/>
        <source>Set impact and urgency of {n} incident(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="210"/>
        <source>Move {n} incident(s) to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="223"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="226"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="228"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="231"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="236"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="237"/>
        <source>Resolution &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="238"/>
        <source>Resolution &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="245"/>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="246"/>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkReportDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="274"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="275"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="276"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="277"/>
        <source>No longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="278"/>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="279"/>
        <source>Not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="283"/>
        <source>Bulk {action}: result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="287"/>
        <source>{ok} of {n} incident(s) changed; {bad} not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="290"/>
        <source>The connection to the database was lost: {n} not tried; the rows marked Done are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="294"/>
        <source>Cancelled: {n} not tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="298"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="298"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="299"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="81"/>
        <source>&amp;Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="81"/>
        <source>&amp;Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="81"/>
        <source>&amp;Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="82"/>
        <source>Satur&amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="82"/>
        <source>Th&amp;ursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="82"/>
        <source>Fr&amp;iday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="83"/>
        <source>Sunda&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="90"/>
        <source>For example: Office hours (Europe/London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="106"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="108"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="112"/>
        <source>Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="114"/>
        <source>Working hours (local time in the calendar&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="116"/>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="117"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="118"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="126"/>
        <source>00:00 means midnight at the end of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="142"/>
        <source>Holidays (no working time all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="157"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="158"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="165"/>
        <source>Name, for example New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="169"/>
        <source>&amp;Add holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="170"/>
        <source>Rem&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="230"/>
        <source>New calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="245"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="247"/>
        <source>No SLA uses it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="257"/>
        <source>Split: {spans} (kept unless you edit this day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="312"/>
        <source>{day} is already in the list; each date may appear once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarListModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="81"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="81"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="81"/>
        <source>Hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="82"/>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="82"/>
        <source>Used by SLAs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseProfileDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="259"/>
        <source>Switch connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="264"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="267"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="273"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="274"/>
        <source>&amp;New shared profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CiEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="65"/>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="154"/>
        <source>(no service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="79"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="79"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="80"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="80"/>
        <source>S&amp;ervice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="81"/>
        <source>Ser&amp;ial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="81"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="82"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="93"/>
        <source>&amp;Save CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="94"/>
        <source>Save the configuration item (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="96"/>
        <source>Dis&amp;card changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="104"/>
        <source>Configuration item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="109"/>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="115"/>
        <source>Open incidents of the CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="116"/>
        <source>Double-click or press Enter to open an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="120"/>
        <source>No open incidents against this CI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="157"/>
        <source>{name} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="179"/>
        <source>New configuration item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="191"/>
        <source>Open incidents ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="192"/>
        <source>Open incidents (most urgent {shown} of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="234"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="163"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="168"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="169"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="63"/>
        <source>Write a reply to the caller or an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="65"/>
        <source>Note te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="68"/>
        <source>Add &amp;comment (caller sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="70"/>
        <source>A&amp;dd work note (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="92"/>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="92"/>
        <source>The comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="141"/>
        <source>{number} was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="144"/>
        <source>{who} saved {number} after you opened it. For each field below choose whose value to keep (tick &quot;Use theirs&quot; or press Space on the row), then save again. Fields in bold were changed by both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="163"/>
        <source>Keep all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="165"/>
        <source>Take all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="174"/>
        <source>&amp;Save my choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="176"/>
        <source>&amp;Back to my edits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="107"/>
        <source> (both changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="109"/>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="111"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="113"/>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="113"/>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignView</name>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="128"/>
        <source>&amp;SLA definitions</source>
        <extracomment>The list&apos;s share of the pane&apos;s width the first time it is shown (the editor gets the rest).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="129"/>
        <source>Business-hours ca&amp;lendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="173"/>
        <source>{slas}, {cals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="174"/>
        <source>%n SLA definition(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="175"/>
        <source>%n calendar(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="207"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="208"/>
        <source>The record you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="238"/>
        <source>New record: fill in the form and press Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="269"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="277"/>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="283"/>
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="84"/>
        <source>Queue filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="88"/>
        <source>Words or a ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="89"/>
        <source>My teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="91"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="91"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="110"/>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="111"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="115"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="115"/>
        <source>T&amp;eams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="116"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="116"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="117"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="117"/>
        <source>S&amp;LA state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="118"/>
        <source>Se&amp;rvice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="118"/>
        <source>&amp;CI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="119"/>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="120"/>
        <source>Created &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="121"/>
        <source>&amp;Updated within:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="55"/>
        <source>Welcome to DeskApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="59"/>
        <source>&lt;h2&gt;Welcome to DeskApp&lt;/h2&gt;&lt;p&gt;How would you like to start? You can add a shared server later from &lt;b&gt;File ▸ Switch connection&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="67"/>
        <source>e.g. Alex Morgan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="69"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="75"/>
        <source>Start with an &amp;empty desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="76"/>
        <source>A private database on this computer, with a default team, SLA and calendar. Best for real work on your own or in the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="79"/>
        <source>Start with &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="80"/>
        <source>The same private database, filled with 2,000 realistic incidents, services and configuration items to explore DeskApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="83"/>
        <source>Connect to a s&amp;hared server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="84"/>
        <source>Your team&apos;s PostgreSQL server. You sign in with your database login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="101"/>
        <source>Enter your name first; it is shown on the tickets you work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="163"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="163"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="163"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImprovementView</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="74"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="75"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="76"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="77"/>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="83"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="85"/>
        <source>Fr&amp;om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="87"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="91"/>
        <source>&amp;Recalculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="92"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="114"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="115"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="116"/>
        <source>MTTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="117"/>
        <source>MTTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="118"/>
        <source>Response SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="119"/>
        <source>Resolution SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="120"/>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="285"/>
        <source>Open backlog now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="217"/>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="229"/>
        <source>Calculated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="231"/>
        <source>KPIs for {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="245"/>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="266"/>
        <source>opened in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="246"/>
        <source>net {sign}{n:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="248"/>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="250"/>
        <source>business: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="253"/>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="256"/>
        <source>{met:,} of {n:,} met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="259"/>
        <source>{n:,} breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="266"/>
        <source>Incidents created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="267"/>
        <source>Incidents resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="268"/>
        <source>last resolved in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="269"/>
        <source>MTTA (wall clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="270"/>
        <source>mean opening to first response; {n} responded in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="272"/>
        <source>MTTA (business time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="273"/>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="278"/>
        <source>the same, in the SLA calendar&apos;s working minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="274"/>
        <source>MTTR (wall clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="275"/>
        <source>mean opening to resolution; {n} resolved in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="277"/>
        <source>MTTR (business time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="279"/>
        <source>Response SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="280"/>
        <source>{met} of {n} response clocks stopped in the period were met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="282"/>
        <source>Resolution SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="283"/>
        <source>{met} of {n} resolution clocks stopped in the period were met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="286"/>
        <source>open incidents of every priority, whatever the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="290"/>
        <source>Open {priority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="291"/>
        <source>{breached} breached, {unassigned} unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="311"/>
        <source>Export KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="311"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="319"/>
        <source>Period start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="320"/>
        <source>Period end (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="323"/>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="326"/>
        <source>Exported the KPIs to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="334"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="335"/>
        <source>{hmm} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDetails</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="112"/>
        <source>What is wrong, in a few words</source>
        <extracomment>Every value the form edits, in tab order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="116"/>
        <source>Symptoms, error messages, what the caller already tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="120"/>
        <source>Type a name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="134"/>
        <source>Ne&amp;w caller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="136"/>
        <source>Add a caller the desk does not know yet (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="169"/>
        <source>Ma&amp;jor incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="176"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="177"/>
        <source>Ca&amp;ller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="179"/>
        <source>Configuration &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="178"/>
        <source>S&amp;ervice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="180"/>
        <source>Categor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="181"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="182"/>
        <source>Im&amp;pact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="183"/>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="184"/>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="185"/>
        <source>Tea&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="186"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="188"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="255"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="256"/>
        <source>(no service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="265"/>
        <source>(no configuration item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="275"/>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="336"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="339"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="341"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="343"/>
        <source>Pick the caller from the list: type a few letters and choose a name, add them with New caller (Ctrl+Shift+N), or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="123"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="124"/>
        <source>Comments &amp;&amp; work notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="125"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="129"/>
        <source>Save the incident (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="132"/>
        <source>Pe&amp;nding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="133"/>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="185"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="326"/>
        <source>&lt;b&gt;New incident&lt;/b&gt; · {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="330"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {status} · {p} · opened {opened}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="373"/>
        <source>Not saved: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="383"/>
        <source>{n}: nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="399"/>
        <source>{n} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="422"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="445"/>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="127"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="131"/>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="340"/>
        <source>Start wor&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="136"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="137"/>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="339"/>
        <source>Resume wor&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="443"/>
        <source>{who} (at {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="449"/>
        <source>{n} was changed by {who}; choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="450"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="465"/>
        <source>Not saved: {n} was changed by someone else. Your edits are still here; save again to choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="492"/>
        <source>{n} is now {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="502"/>
        <source>{reason} It was reloaded; try the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="539"/>
        <source>Added caller {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="555"/>
        <source>Save the incident before adding notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="577"/>
        <source>Work note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="578"/>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="588"/>
        <source>{n} was changed elsewhere; saving will let you choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="47"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="47"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="47"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="18"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="19"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="20"/>
        <source>In Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="21"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="22"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="23"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="25"/>
        <source>P1 - Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="26"/>
        <source>P2 - High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="27"/>
        <source>P3 - Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="28"/>
        <source>P4 - Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="29"/>
        <source>P5 - Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="31"/>
        <source>Ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="32"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="33"/>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="34"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="35"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="37"/>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="38"/>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="39"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="40"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="41"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="42"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="43"/>
        <source>Telephony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="44"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="45"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="47"/>
        <source>Solved (permanently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="48"/>
        <source>Solved (workaround)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="49"/>
        <source>Not reproducible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="50"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="51"/>
        <source>Cancelled by caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="52"/>
        <source>Known error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="54"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="55"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="56"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="58"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="59"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="60"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="61"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="62"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="63"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="64"/>
        <source>CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="65"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="66"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="67"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="69"/>
        <source>My open work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="70"/>
        <source>Unassigned in my teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="71"/>
        <source>Breached or at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="72"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="75"/>
        <source>DeskApp — {profile}</source>
        <extracomment>How often the status bar proves the database still answers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="86"/>
        <source>Process areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="135"/>
        <source>Service Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="136"/>
        <source>Service Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="137"/>
        <source>Service Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="138"/>
        <source>Service Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="139"/>
        <source>Continual Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="144"/>
        <source>Service portfolio: pipeline, catalogue and retired services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="145"/>
        <source>SLA definitions and business-hours calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="146"/>
        <source>Configuration items and the incidents against them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="147"/>
        <source>Incidents: queues, search and the incident form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="148"/>
        <source>KPIs: MTTA, MTTR, SLA compliance and backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="170"/>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="171"/>
        <source>New record in this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="172"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="173"/>
        <source>Save the record being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="175"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="176"/>
        <source>Reload this area from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="178"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="179"/>
        <source>Find an incident by number or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="181"/>
        <source>Ne&amp;xt record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="183"/>
        <source>Next record in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="184"/>
        <source>&amp;Previous record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="186"/>
        <source>Previous record in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="188"/>
        <source>S&amp;witch connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="190"/>
        <source>Open another database profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="191"/>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="192"/>
        <source>Reset &amp;layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="193"/>
        <source>Forget window and column layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="194"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="196"/>
        <source>&amp;About DeskApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="208"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="214"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="218"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="221"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="224"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="242"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="244"/>
        <source>Local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="245"/>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="246"/>
        <source>{profile}: {where} ({url})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="250"/>
        <source>Signed in: {name} ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="252"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="354"/>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="356"/>
        <source>The database answered just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="359"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="362"/>
        <source>The database did not answer: {reason} DeskApp retries every 30 seconds; press F5 to retry now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="395"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="396"/>
        <source>&lt;p&gt;Everywhere:&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;{rows}&lt;/table&gt;&lt;p&gt;In a queue: Ctrl+T take next, Ctrl+F filter text, Ctrl+E export, Ctrl+Shift+A assign selected. In a form: Alt + the underlined letter moves to a field.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="403"/>
        <source>About DeskApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="404"/>
        <source>&lt;h3&gt;DeskApp {version}&lt;/h3&gt;&lt;p&gt;A service-desk client organised by the ITIL lifecycle.&lt;/p&gt;&lt;p&gt;Database: {url}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="453"/>
        <source>Layout reset; column and panel sizes return to defaults the next time DeskApp starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricBox</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="61"/>
        <source>Target:</source>
        <extracomment>state -&gt; (text colour, background) for the state badge and the bar lighter chunk colours so the black percentage text on the bar stays readable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="63"/>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="65"/>
        <source>Remaining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="68"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="84"/>
        <source>overdue by {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="92"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="96"/>
        <source>{p} % of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="107"/>
        <source>{hmm} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="113"/>
        <source>BREACHED · target exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="114"/>
        <source>BREACHED at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="116"/>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="119"/>
        <source>PAUSED · clock stopped at {p} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="121"/>
        <source>WARNING · {p} % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="123"/>
        <source>MET · within target ({p} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="124"/>
        <source>ON TRACK · {p} % used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCallerDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="44"/>
        <source>New caller</source>
        <extracomment>Room to paste a little too much, then a clear message instead of a silent cut.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="46"/>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="48"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="49"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="51"/>
        <source>Optional; a new name is added to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="54"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="55"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="56"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="57"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="70"/>
        <source>&amp;Create caller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="57"/>
        <source>&lt;p style=&apos;color:#555&apos;&gt;Open an incident from the queue with &lt;b&gt;Enter&lt;/b&gt; or a double click, find one with &lt;b&gt;Ctrl+K&lt;/b&gt;, or log a new one with &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>Commands the main window also offers; the view&apos;s own copies stay off inside it. Height of the hint strip under the queue while no incident is open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="79"/>
        <source>&amp;Close incident tab</source>
        <extracomment>queue / editor heights while incidents are open (kept while the editors are folded)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="81"/>
        <source>Save and c&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="84"/>
        <source>&amp;New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="85"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="86"/>
        <source>Ne&amp;xt record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="87"/>
        <source>&amp;Previous record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="163"/>
        <source>That is not an incident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="199"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="200"/>
        <source>{name} has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="204"/>
        <source>Save them, discard them, or go back to the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="249"/>
        <source>New incident: type a title, then Ctrl+S to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="273"/>
        <source>The queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="282"/>
        <source>No more incidents in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="291"/>
        <source>Still loading that row; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresChangeWatcher</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/live.py" line="192"/>
        <source>Live updates paused: the database server cannot be reached. DeskApp reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="128"/>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="132"/>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="135"/>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="143"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="147"/>
        <source>No secure keyring is available on this computer; DeskApp will ask for the password each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="164"/>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="165"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="165"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="166"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="167"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="168"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="169"/>
        <source>SS&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="180"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="186"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="202"/>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="203"/>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="204"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="205"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="207"/>
        <source>Fill in the {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="221"/>
        <source>Connecting to {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="232"/>
        <source>Connected to {url}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="62"/>
        <source>Save queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="62"/>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="85"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="72"/>
        <source>Saved as &apos;{name}&apos; under My queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="83"/>
        <source>Built-in queues cannot be renamed; use Save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="85"/>
        <source>Rename queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="95"/>
        <source>Save the queue as your own first, then share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="97"/>
        <source>(personal, not shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="98"/>
        <source>Share queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="98"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="109"/>
        <source>Built-in queues cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="114"/>
        <source>Queue &apos;{name}&apos; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="134"/>
        <source>Nothing left to take in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="136"/>
        <source>{number} is yours now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="186"/>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="232"/>
        <source>Select the incidents first (Shift or Ctrl + click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="189"/>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="243"/>
        <source>Bulk actions work on up to {n} incidents at a time; narrow the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="259"/>
        <source>Bulk change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="260"/>
        <source>Changing {n} incident(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="305"/>
        <source>Export queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="306"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="317"/>
        <source>Exporting {n} incident(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="281"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="317"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="329"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="331"/>
        <source>Exported {n} incident(s) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueNavigator</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="23"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueWorkspace</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="109"/>
        <source>Filter this queue (words or a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="118"/>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="120"/>
        <source>Group by {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="212"/>
        <source>&amp;Take next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="213"/>
        <source>Claim the most urgent unassigned ticket (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="215"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="218"/>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="219"/>
        <source>&amp;Save queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="220"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="222"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="103"/>
        <source>No incidents match this queue; change the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="216"/>
        <source>F&amp;ilter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="223"/>
        <source>Share with tea&amp;m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="224"/>
        <source>&amp;Delete queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="225"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="227"/>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="229"/>
        <source>Set &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="230"/>
        <source>Set &amp;priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="232"/>
        <source>Move to &amp;team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="234"/>
        <source>Filter &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="242"/>
        <source>&amp;Bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="250"/>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="325"/>
        <source>That queue no longer exists; pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="382"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="384"/>
        <source>{col}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="409"/>
        <source>This group cannot be used as a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="428"/>
        <source>{n} incident(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="440"/>
        <source>The {col} column cannot be sorted: queues sort only by columns the database keeps in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="482"/>
        <source>Keep at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="47"/>
        <source>Resolve {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="55"/>
        <source>Choose or type a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="59"/>
        <source>What was wrong and what fixed it (the caller reads this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="65"/>
        <source>Resolution &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="67"/>
        <source>Resolution &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="76"/>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="88"/>
        <source>Resolution code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="91"/>
        <source>Resolution notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="40"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="44"/>
        <source>Ticket number, words, or &quot;a phrase&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="98"/>
        <source> (in a comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="107"/>
        <source>Showing the first {n} matches{how}; add words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="109"/>
        <source>, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="111"/>
        <source>{n} match(es).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="87"/>
        <source>Person or department accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="89"/>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="183"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="98"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="99"/>
        <source>Portfolio s&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="100"/>
        <source>Criticalit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="101"/>
        <source>Business &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="102"/>
        <source>Owner t&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="103"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="113"/>
        <source>&amp;Save service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="114"/>
        <source>Save the service (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="116"/>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="117"/>
        <source>Discard your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="126"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="132"/>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="140"/>
        <source>Open incidents of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="141"/>
        <source>Double-click or press Enter to open an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="149"/>
        <source>Configuration items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="155"/>
        <source>Configuration items of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="204"/>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="222"/>
        <source>{total} open ({breached} past their resolution target): {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="226"/>
        <source>No open incidents against this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="228"/>
        <source>Open incidents ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="230"/>
        <source>Open incidents (most urgent {shown} of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="233"/>
        <source>Configuration items ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="277"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="54"/>
        <source>For example: Standard</source>
        <extracomment>A new SLA starts from the common office targets (response, resolution) per priority.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="59"/>
        <source>D&amp;efault SLA (for incidents whose service names no SLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="62"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="64"/>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="70"/>
        <source>Targets in business minutes (counted on the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="72"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="72"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="73"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="83"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="99"/>
        <source>Response must not be longer than resolution: resolving an incident also counts as responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="105"/>
        <source>Pause the clocks while an incident is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="176"/>
        <source>New SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="219"/>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="221"/>
        <source>= {hmm} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaListModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="94"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="94"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="94"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="95"/>
        <source>P1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="95"/>
        <source>P1 resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="95"/>
        <source>Pauses in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="96"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="104"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="107"/>
        <source>(never)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="150"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="151"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="163"/>
        <source>SLA clocks start when the incident is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="164"/>
        <source>No SLA applies: no default SLA or no target for this priority. Set one up under Service Design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="169"/>
        <source>SLA: {sla} · calendar: {calendar}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="80"/>
        <source>Name, owner, team or description</source>
        <extracomment>Changes other views publish that alter what the portfolio shows. An open incident was double-clicked: the main window opens it (payload: its UUID).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="84"/>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="98"/>
        <source>Service portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="206"/>
        <source>A&amp;ll ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="206"/>
        <source>&amp;Pipeline ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="207"/>
        <source>&amp;Catalogue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="207"/>
        <source>Ret&amp;ired ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="217"/>
        <source>{services} · {incidents}, {urgent} P1/P2, {breached} past target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/strategy/view.py" line="219"/>
        <source>{shown} of %n service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/strategy/view.py" line="221"/>
        <source>%n open incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="260"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="261"/>
        <source>The service you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="280"/>
        <source>New service: fill in the form and press Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="304"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="311"/>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="313"/>
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="317"/>
        <source>Nothing was saved: someone else changed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="64"/>
        <source>Name, serial number, location or service</source>
        <extracomment>Changes other views publish that alter what the CI list shows. An open incident was double-clicked: the main window opens it (payload: its UUID). CIs per keyset page; the next page loads when the list is scrolled to its end.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="68"/>
        <location filename="../../src/deskapp/ui/transition/view.py" line="154"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="70"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="76"/>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="77"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="78"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="101"/>
        <source>Configuration items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="212"/>
        <source>First {n} CIs shown; scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/view.py" line="215"/>
        <source>%n configuration item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="265"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="266"/>
        <source>The configuration item you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="285"/>
        <source>New configuration item: fill in the form and press Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="311"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="321"/>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="323"/>
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="327"/>
        <source>Nothing was saved: someone else changed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
