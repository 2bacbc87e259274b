<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../src/deskapp/app.py" line="236" />
        <source>App</source>
        <comment>&amp;Retry</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="237" />
        <source>App</source>
        <comment>Enter &amp;password…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="240" />
        <source>App</source>
        <comment>&amp;Change connection…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="242" />
        <source>App</source>
        <comment>&amp;Quit</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="249" />
        <source>App</source>
        <comment>Password for {user}:</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="286" />
        <source>App</source>
        <comment>Daily backup saved to {path}.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="293" />
        <source>App</source>
        <comment>The daily backup failed: {reason}</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="307" />
        <source>App</source>
        <comment>Opening {name}…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="310" />
        <source>App</source>
        <comment>Signing in…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="323" />
        <source>App</source>
        <comment>Preparing your desk…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="316" />
        <source>App</source>
        <comment>Adding sample data…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/models.py" line="139" />
        <source>Work note (internal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/models.py" line="140" />
        <source>Comment (caller sees it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="52" />
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="52" />
        <source>Maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="53" />
        <location filename="../../src/deskapp/ui/strategy/models.py" line="17" />
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="59" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="31" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="60" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="32" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="61" />
        <location filename="../../src/deskapp/ui/strategy/models.py" line="40" />
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="156" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="33" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="16" />
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="16" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="21" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="21" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="21" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="22" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="39" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="37" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="43" />
        <source>Criticality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="46" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="34" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="48" />
        <source>P1/P2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="50" />
        <source>Breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="52" />
        <source>CIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="53" />
        <source>Owner team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="54" />
        <source>Business owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="151" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="152" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="153" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/models.py" line="38" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/deskapp/app.py" line="105" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BacklogChart</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="136" />
        <source>Open incidents by priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="144" />
        <source>P{p}: {n} open, {b} breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="166" />
        <source>Open incidents by priority (darker: breached)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="168" />
        <source>No data yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/deskapp/ui/design/forms.py" line="83" />
        <source>&amp;Reload their version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="216" />
        <source>&amp;Keep their version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="220" />
        <source>Show the saved version; then make your change again and save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="278" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="281" />
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="346" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="285" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="259" />
        <source>Assign %Ln item(s)</source>
        <translation><numerusform>Assign %Ln item</numerusform><numerusform>Assign %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="260" />
        <source>Set the status of %Ln item(s)</source>
        <translation><numerusform>Set the status of %Ln item</numerusform><numerusform>Set the status of %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="261" />
        <source>Set impact and urgency of %Ln item(s)</source>
        <translation><numerusform>Set impact and urgency of %Ln item</numerusform><numerusform>Set impact and urgency of %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="262" />
        <source>Move %Ln item(s) to a team</source>
        <translation><numerusform>Move %Ln item to a team</numerusform><numerusform>Move %Ln items to a team</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="274" />
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="345" />
        <source>(no change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="291" />
        <source>(choose a code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="297" />
        <source>What was wrong and what fixed it (the callers read this).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="299" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="300" />
        <source>Resolution &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="301" />
        <source>Resolution &amp;notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="311" />
        <source>&amp;Impact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="312" />
        <source>&amp;Urgency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="390" />
        <source>Nothing changes yet: choose a new value above.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="391" />
        <source>%Ln item(s) will change: {what}</source>
        <translation><numerusform>%Ln item will change: {what}</numerusform><numerusform>%Ln items will change: {what}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="394" />
        <source>%Ln already as asked (left as they are).</source>
        <translation><numerusform>%Ln already as asked (left as they are).</numerusform><numerusform>%Ln already as asked (left as they are).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="396" />
        <source>%Ln will lose their assignee, who is not in the new team.</source>
        <translation><numerusform>%Ln will lose their assignee, who is not in the new team.</numerusform><numerusform>%Ln will lose their assignee, who is not in the new team.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="398" />
        <source>%Ln closed: cannot be reassigned.</source>
        <translation><numerusform>%Ln closed: cannot be reassigned.</numerusform><numerusform>%Ln closed: cannot be reassigned.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="400" />
        <source>%Ln cannot take this step from their status.</source>
        <translation><numerusform>%Ln cannot take this step from their status.</numerusform><numerusform>%Ln cannot take this step from their status.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="402" />
        <source>%Ln: the assignee is not in their team.</source>
        <translation><numerusform>%Ln: the assignee is not in their team.</numerusform><numerusform>%Ln: the assignee is not in their team.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="406" />
        <source>Left as they are: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="412" />
        <source>Team → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="413" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="415" />
        <source>Assignee → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="417" />
        <source>nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="419" />
        <source>Status → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="422" />
        <source>Impact → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="425" />
        <source>Urgency → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="433" />
        <source>Choose a resolution code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="435" />
        <source>Type the resolution notes (the callers read them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="437" />
        <source>Pick an assignee, or leave them out of the selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="438" />
        <source>Assign them first, or leave them out of the selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="440" />
        <source>Use Assign to pick somebody in the new team.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="441" />
        <source>%Ln of the selected item(s) would be In Progress with nobody assigned; an incident in progress needs an assignee.</source>
        <translation><numerusform>%Ln of the selected item would be In Progress with nobody assigned; an incident in progress needs an assignee.</numerusform><numerusform>%Ln of the selected items would be In Progress with nobody assigned; an incident in progress needs an assignee.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="445" />
        <source>%Ln of the selected item(s) would be Assigned with neither a team nor an assignee; keep one of them.</source>
        <translation><numerusform>%Ln of the selected item would be Assigned with neither a team nor an assignee; keep one of them.</numerusform><numerusform>%Ln of the selected items would be Assigned with neither a team nor an assignee; keep one of them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="463" />
        <source>This changes %Ln item(s).</source>
        <translation><numerusform>This changes %Ln item.</numerusform><numerusform>This changes %Ln items.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="465" />
        <source>%Ln will have no team afterwards.</source>
        <translation><numerusform>%Ln will have no team afterwards.</numerusform><numerusform>%Ln will have no team afterwards.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="467" />
        <source>%Ln will have nobody assigned afterwards.</source>
        <translation><numerusform>%Ln will have nobody assigned afterwards.</numerusform><numerusform>%Ln will have nobody assigned afterwards.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="473" />
        <source>Go ahead?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="475" />
        <source>&amp;Change %Ln item(s)</source>
        <translation><numerusform>&amp;Change %Ln item</numerusform><numerusform>&amp;Change %Ln items</numerusform></translation>
    </message>
</context>
<context>
    <name>BulkReportDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="493" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="494" />
        <source>Already so</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="495" />
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="496" />
        <source>Not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="497" />
        <source>No longer exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="498" />
        <source>Connection lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="499" />
        <source>Not tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="500" />
        <source>Bulk assign: result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="501" />
        <source>Bulk status: result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="502" />
        <source>Bulk priority: result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="503" />
        <source>Bulk team move: result</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="511" />
        <source>{ok} of %Ln item(s) changed; {bad} not changed.</source>
        <translation><numerusform>{ok} of %Ln item changed; {bad} not changed.</numerusform><numerusform>{ok} of %Ln items changed; {bad} not changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="515" />
        <source>%Ln already as asked.</source>
        <translation><numerusform>%Ln already as asked.</numerusform><numerusform>%Ln already as asked.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="517" />
        <source>The connection to the database was lost: {n} not tried; the rows marked Done are saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="521" />
        <source>Cancelled: {n} not tried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="525" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="525" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="526" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="72" />
        <source>&amp;Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="72" />
        <source>&amp;Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="72" />
        <source>&amp;Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="73" />
        <source>Satur&amp;day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="73" />
        <source>Th&amp;ursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="73" />
        <source>Fr&amp;iday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="74" />
        <source>Sunda&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="77" />
        <source>For example: Office hours (Europe/London)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="93" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="95" />
        <source>Time &amp;zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="99" />
        <source>Used by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="101" />
        <source>Working hours (local time in the calendar's zone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="103" />
        <source>Working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="104" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="105" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="113" />
        <source>00:00 means midnight at the end of the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="129" />
        <source>Holidays (no working time all day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="144" />
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="145" />
        <source>Weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="152" />
        <source>Name, for example New Year's Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="156" />
        <source>&amp;Add holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="157" />
        <source>Rem&amp;ove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="203" />
        <source>New calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="218" />
        <source>Not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="220" />
        <source>No SLA uses it yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="230" />
        <source>Split: {spans} (kept unless you edit this day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="285" />
        <source>{day} is already in the list; each date may appear once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarListModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="84" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="84" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="84" />
        <source>Hours a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="85" />
        <source>Holidays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="85" />
        <source>Used by SLAs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallerFields</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="66" />
        <source>First and last name</source>
        <extracomment>Room to paste a little too much, then a clear message instead of a silent cut.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="67" />
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="69" />
        <source>Optional, e.g. +44 20 7946 0000 x 12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="71" />
        <source>Optional; a new name is added to the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="77" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="77" />
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="78" />
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="79" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallersPage</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="228" />
        <source>Type a name or e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="234" />
        <source>Save &amp;anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="236" />
        <source>&amp;Save caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="281" />
        <source>Saved caller {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="287" />
        <source>{reason} To keep one record, select both in the list and use Merge selected.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="303" />
        <source>%Ln incident(s) move from {merged} to {kept}, each with a history entry; {merged} is then removed. This cannot be undone.</source>
        <translation><numerusform>%Ln incident move from {merged} to {kept}, each with a history entry; {merged} is then removed. This cannot be undone.</numerusform><numerusform>%Ln incidents move from {merged} to {kept}, each with a history entry; {merged} is then removed. This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="308" />
        <source>Merge callers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="313" />
        <source>Merged {merged} into {kept}: %Ln incident(s) moved.</source>
        <translation><numerusform>Merged {merged} into {kept}: %Ln incident moved.</numerusform><numerusform>Merged {merged} into {kept}: %Ln incidents moved.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChooseProfileDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="259" />
        <source>Switch connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="264" />
        <source>this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="267" />
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="273" />
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="274" />
        <source>&amp;New shared profile…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CiEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="66" />
        <location filename="../../src/deskapp/ui/transition/editor.py" line="156" />
        <source>(no service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="80" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="80" />
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="81" />
        <source>St&amp;atus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="81" />
        <source>S&amp;ervice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="82" />
        <source>Ser&amp;ial number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="82" />
        <source>&amp;Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="83" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="94" />
        <source>&amp;Save CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="95" />
        <source>Save the configuration item (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="97" />
        <source>Dis&amp;card changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="105" />
        <source>Configuration item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="110" />
        <source>Open incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="116" />
        <source>Open incidents of the CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="117" />
        <source>Double-click or press Enter to open an incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="121" />
        <source>No open incidents against this CI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="159" />
        <source>{name} ({status})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="181" />
        <source>New configuration item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="194" />
        <source>Open incidents ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="195" />
        <source>Open incidents (most urgent {shown} of {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="239" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="172" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="177" />
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="178" />
        <source>Move &amp;down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="63" />
        <source>Write a reply to the caller or an internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="65" />
        <source>Note te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="68" />
        <source>Add &amp;comment (caller sees it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="70" />
        <source>A&amp;dd work note (internal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="92" />
        <source>The note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/side_tabs.py" line="92" />
        <source>The comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="141" />
        <source>{number} was changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="144" />
        <source>{who} saved {number} after you opened it. For each field below choose whose value to keep (tick "Use theirs" or press Space on the row), then save again. Fields in bold were changed by both of you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="163" />
        <source>Keep all &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="165" />
        <source>Take all &amp;theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="174" />
        <source>&amp;Save my choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="176" />
        <source>&amp;Back to my edits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="107" />
        <source> (both changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="109" />
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="111" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="113" />
        <source>theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="113" />
        <source>mine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesignView</name>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="216" />
        <source>&amp;SLA definitions</source>
        <extracomment>the change-bus kinds each list shows The list's share of the pane's width the first time it is shown (the editor gets the rest). The list grows past LIST_SHARE to show its rows whole, up to this share. (the list's least width, the width its values want, the editor's least width)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="217" />
        <source>Business-hours ca&amp;lendars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="218" />
        <source>Resolu&amp;tion codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="265" />
        <source>{slas}, {cals}, {codes}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="266" />
        <source>%Ln SLA definition(s)</source>
        <translation><numerusform>%Ln SLA definition</numerusform><numerusform>%Ln SLA definitions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="267" />
        <source>%Ln calendar(s)</source>
        <translation><numerusform>%Ln calendar</numerusform><numerusform>%Ln calendars</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="268" />
        <source>%Ln resolution code(s)</source>
        <translation><numerusform>%Ln resolution code</numerusform><numerusform>%Ln resolution codes</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="303" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="304" />
        <source>The record you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="337" />
        <source>New record: fill in the form and press Ctrl+S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="374" />
        <source>Saved {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="382" />
        <source>Not saved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="388" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="144" />
        <source>&amp;Use existing caller</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="159" />
        <source>{m} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="160" />
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="161" />
        <source>{d} d {h} h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="162" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="163" />
        <source>{p} %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="164" />
        <source>over 10x</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="89" />
        <source>Queue filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="93" />
        <source>Words or a ticket number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="94" />
        <source>My teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="96" />
        <source>Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="96" />
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="117" />
        <source>any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="118" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="122" />
        <source>&amp;Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="122" />
        <source>T&amp;eams:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="123" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="123" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="124" />
        <source>&amp;Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="124" />
        <source>S&amp;LA state:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="125" />
        <source>Se&amp;rvice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="125" />
        <source>&amp;CI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="126" />
        <source>Cate&amp;gory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="127" />
        <source>Created &amp;within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="128" />
        <source>&amp;Updated within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="129" />
        <source>Kin&amp;d:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="55" />
        <source>Welcome to DeskApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="59" />
        <source>&lt;h2&gt;Welcome to DeskApp&lt;/h2&gt;&lt;p&gt;How would you like to start? You can add a shared server later from &lt;b&gt;File ▸ Switch connection&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="67" />
        <source>e.g. Alex Morgan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="69" />
        <source>Your &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="75" />
        <source>Start with an &amp;empty desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="76" />
        <source>A private database on this computer, with a default team, SLA and calendar. Best for real work on your own or in the field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="79" />
        <source>Start with &amp;sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="80" />
        <source>The same private database, filled with 2,000 realistic incidents, services and configuration items to explore DeskApp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="83" />
        <source>Connect to a s&amp;hared server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="84" />
        <source>Your team's PostgreSQL server. You sign in with your database login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="101" />
        <source>Enter your name first; it is shown on the tickets you work.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HolidayModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="178" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="178" />
        <source>Weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="178" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImprovementView</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="83" />
        <source>Last 7 days</source>
        <extracomment>True while the figures on screen are not those of the dates chosen (preset, first day, last day) of the figures on screen / of the last request</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="84" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="85" />
        <source>This quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="86" />
        <source>Custom dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="92" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="94" />
        <source>Fr&amp;om</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="96" />
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="100" />
        <source>&amp;Recalculate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="101" />
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="123" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="124" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="125" />
        <source>MTTA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="126" />
        <source>MTTR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="127" />
        <source>Response SLA met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="128" />
        <source>Resolution SLA met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="129" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="346" />
        <source>Open backlog now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="229" />
        <source>Calculating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="235" />
        <source>Figures for {start} to {end}, not the dates chosen: press Enter or Recalculate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="238" />
        <source>Calculated {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="282" />
        <source>KPIs for {start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="297" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="322" />
        <source>opened in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="300" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="302" />
        <source>business: {d}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="298" />
        <source>net {sign}{n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="305" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="308" />
        <source>{met} of {n} met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="311" />
        <source>{n} breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="318" />
        <source>incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="318" />
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="319" />
        <source>business minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="319" />
        <source>%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="321" />
        <source>Incidents created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="323" />
        <source>Incidents resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="324" />
        <source>last resolved in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="325" />
        <source>MTTA (wall clock)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="326" />
        <source>mean opening to first response; {n} responded in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="328" />
        <source>MTTA (business time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="329" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="335" />
        <source>the same, in the SLA calendar's working minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="331" />
        <source>MTTR (wall clock)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="332" />
        <source>mean opening to resolution; {n} resolved in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="334" />
        <source>MTTR (business time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="337" />
        <source>Response SLA compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="338" />
        <source>{met} of {n} response clocks stopped in the period were met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="341" />
        <source>Resolution SLA compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="343" />
        <source>{met} of {n} resolution clocks stopped in the period were met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="347" />
        <source>open incidents of every priority, whatever the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="352" />
        <source>Open {priority}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="353" />
        <source>{breached} breached, {unassigned} unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="377" />
        <source>Export KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="377" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="385" />
        <source>Period start (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="387" />
        <source>Period end (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="390" />
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="393" />
        <source>Exported the KPIs to {path}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentDetails</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="119" />
        <source>What is wrong, in a few words</source>
        <extracomment>Every value the form edits, in tab order.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="129" />
        <source>Symptoms, error messages, what the caller already tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="134" />
        <source>Type a name or e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="148" />
        <source>Ne&amp;w caller…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="150" />
        <source>Add a caller the desk does not know yet (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="183" />
        <source>Ma&amp;jor incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="190" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="191" />
        <source>Ca&amp;ller:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="193" />
        <source>Configuration &amp;item:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="192" />
        <source>S&amp;ervice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="155" />
        <source>New caller…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="194" />
        <source>Categor&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="195" />
        <source>&amp;Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="196" />
        <source>Im&amp;pact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="197" />
        <source>&amp;Urgency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="198" />
        <source>Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="199" />
        <source>Tea&amp;m:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="200" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="202" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="271" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="272" />
        <source>(no service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="281" />
        <source>(no configuration item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="291" />
        <source>(nobody yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="353" />
        <source>Enter a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="355" />
        <source>The title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="356" />
        <source>The description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="361" />
        <source>The category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="363" />
        <source>Pick the caller from the list: type a few letters and choose a name, add them with New caller (Ctrl+Shift+N), or clear the field.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="167" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="168" />
        <source>Comments &amp;&amp; work notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="169" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="183" />
        <source>Save the incident (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="186" />
        <source>Pe&amp;nding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="187" />
        <source>&amp;Resolve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="241" />
        <source>New incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="453" />
        <source>&lt;b&gt;New incident&lt;/b&gt; · {p}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="457" />
        <source>&lt;b&gt;{number}&lt;/b&gt; · {status} · {p} · opened {opened}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="528" />
        <source>{n}: nothing to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="544" />
        <source>{n} saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="569" />
        <source>Not saved: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="592" />
        <source>Someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="181" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="174" />
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="178" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="185" />
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="467" />
        <source>Start wor&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="190" />
        <source>&amp;Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="191" />
        <source>Cl&amp;ose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="349" />
        <source>{task} added to {n}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="373" />
        <source>Resolve with open tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="374" />
        <source>&amp;Reason (kept in the history):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="466" />
        <source>Resume wor&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="505" />
        <source>Not saved: {messages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="590" />
        <source>{who} (at {time})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="596" />
        <source>{n} was changed by {who}; choose what to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="597" />
        <source>someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="612" />
        <source>Not saved: {n} was changed by someone else. Your edits are still here; save again to choose what to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="640" />
        <source>{n} is now {status}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="650" />
        <source>{reason} It was reloaded; try the step again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="703" />
        <source>Added caller {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="730" />
        <source>Save the incident before adding notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="752" />
        <source>Work note added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="753" />
        <source>Comment added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="763" />
        <source>{n} was changed elsewhere; saving will let you choose what to keep.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="66" />
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="69" />
        <source>KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="66" />
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="69" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="66" />
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="69" />
        <source>Basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="69" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="27" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="28" />
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="29" />
        <source>In Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="30" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="31" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="32" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="47" />
        <source>P1 - Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="48" />
        <source>P2 - High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="49" />
        <source>P3 - Moderate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="50" />
        <source>P4 - Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="51" />
        <source>P5 - Planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="54" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="55" />
        <source>Breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="56" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="57" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="59" />
        <source>Hardware</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="60" />
        <source>Software</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="61" />
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="62" />
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="63" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="64" />
        <source>Printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="65" />
        <source>Telephony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="66" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="67" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="69" />
        <source>Solved (permanently)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="70" />
        <source>Solved (workaround)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="76" />
        <source>Not reproducible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="74" />
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="34" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="36" />
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="37" />
        <source>Incident task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="38" />
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="39" />
        <source>Incident tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="40" />
        <source>Service request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="41" />
        <source>Request task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="42" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="43" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="44" />
        <source>Change task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="45" />
        <source>Access request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="53" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="71" />
        <source>Not solved (not reproducible)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="72" />
        <source>Not solved (too costly)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="73" />
        <source>Closed/resolved by caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="77" />
        <source>Cancelled by caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="78" />
        <source>Known error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="80" />
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="81" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="82" />
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="83" />
        <source>Network switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="84" />
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="85" />
        <source>Laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="86" />
        <source>Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="87" />
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="89" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="90" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="91" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="92" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="93" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="94" />
        <source>SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="95" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="96" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="97" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="98" />
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="99" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="100" />
        <source>CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="101" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="102" />
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="103" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="105" />
        <source>My open work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="106" />
        <source>Unassigned in my teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="107" />
        <source>Breached or at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="108" />
        <source>All open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="39" />
        <source>Caused by</source>
        <extracomment>link type -&gt; (read from the source, read from the target)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="40" />
        <source>Causes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="41" />
        <source>Fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="41" />
        <source>Fixed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="42" />
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="43" />
        <source>Relates to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="44" />
        <source>Duplicate of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="45" />
        <source>Duplicated by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <location filename="../../src/deskapp/ui/length_counter.py" line="24" />
        <source>{what} is {count} characters long; the limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/length_counter.py" line="50" />
        <source>{count} / {limit}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/length_counter.py" line="68" />
        <source>%Ln character(s) too long; shorten the text.</source>
        <translation><numerusform>%Ln character too long; shorten the text.</numerusform><numerusform>%Ln characters too long; shorten the text.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/length_counter.py" line="70" />
        <source>The limit is {limit} characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="171" />
        <source>Link to another ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="178" />
        <source>INC-000042</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="181" />
        <source>&amp;This ticket:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="182" />
        <source>&amp;Number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="183" />
        <source>&amp;Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="188" />
        <source>Type the other ticket's number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="84" />
        <source>&amp;Add link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="87" />
        <source>Re&amp;move link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="129" />
        <source>Linked to {number}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="80" />
        <source>DeskApp — {profile}</source>
        <extracomment>How often the status bar proves the database still answers. The area bar is as wide as its longest area name; a person may drag it up to this.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="92" />
        <source>Process areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="149" />
        <source>Read-only: DeskApp may not write to this database or its folder. You can look things up; saving is refused until you get write access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="154" />
        <source>Read-only notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="208" />
        <source>Service Strategy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="209" />
        <source>Service Design</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="210" />
        <source>Service Transition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="211" />
        <source>Service Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="212" />
        <source>Continual Improvement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="217" />
        <source>Service portfolio: pipeline, catalogue and retired services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="218" />
        <source>SLA definitions and business-hours calendars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="219" />
        <source>Configuration items and the incidents against them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="220" />
        <source>Incidents: queues, search and the incident form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="221" />
        <source>KPIs: MTTA, MTTR, SLA compliance and backlog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="243" />
        <source>&amp;New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="244" />
        <source>New record in this area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="245" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="246" />
        <source>Save the record being edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="248" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="249" />
        <source>Reload this area from the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="251" />
        <source>&amp;Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="252" />
        <source>Find an incident by number or text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="254" />
        <source>Ne&amp;xt record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="256" />
        <source>Next record in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="257" />
        <source>&amp;Previous record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="259" />
        <source>Previous record in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="261" />
        <source>S&amp;witch connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="263" />
        <source>Open another database profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="264" />
        <source>E&amp;xit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="265" />
        <source>Reset &amp;layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="266" />
        <source>Forget window and column layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="268" />
        <source>&amp;Queue list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="269" />
        <source>Show or hide the queue list under Service Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="272" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="274" />
        <source>&amp;About DeskApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="286" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="292" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="296" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="300" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="303" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="321" />
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="329" />
        <source>Signed in as {name} ({user})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="333" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="344" />
        <source>Local database: {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="348" />
        <source>Shared database {database} on {host}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="351" />
        <source>Database user: {user}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="479" />
        <source>● Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="481" />
        <source>The database answered just now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="484" />
        <source>● Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="487" />
        <source>The database did not answer: {reason} DeskApp retries every 30 seconds; press F5 to retry now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="526" />
        <source>About DeskApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="527" />
        <source>&lt;h3&gt;DeskApp {version}&lt;/h3&gt;&lt;p&gt;A service-desk client organised by the ITIL lifecycle.&lt;/p&gt;&lt;p&gt;Database: {url}&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="576" />
        <source>Layout reset; column and panel sizes return to defaults the next time DeskApp starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="52" />
        <source>Keep which one? The other is merged into it and removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="56" />
        <source>Keep &amp;{n}: {label}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="60" />
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="92" />
        <source>Counting what moves…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="69" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricBox</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="93" />
        <source>Business time: working minutes of the SLA calendar (a day here is 24 working hours)</source>
        <extracomment>state -&gt; (text colour, background) for the state badge and the bar lighter chunk colours so the black percentage text on the bar stays readable</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="101" />
        <source>Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="103" />
        <source>Elapsed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="105" />
        <source>Remaining:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="108" />
        <source>Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="124" />
        <source>overdue by {t}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="132" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="135" />
        <source>over 10x the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="136" />
        <source>{share} of target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="159" />
        <source>PAUSED · clock stopped at {p}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="161" />
        <source>WARNING · {p} used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="163" />
        <source>MET · within target ({p})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="164" />
        <source>ON TRACK · {p} used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="153" />
        <source>BREACHED · target exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="154" />
        <source>BREACHED at {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="156" />
        <source> · paused</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewCallerDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="198" />
        <source>New caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="204" />
        <source>Create &amp;anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="213" />
        <source>&amp;Create caller</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="126" />
        <source>New incident task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="132" />
        <source>(no team yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="137" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="138" />
        <source>T&amp;eam:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="139" />
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="144" />
        <source>Give the task a title.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperationView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="64" />
        <source>&lt;p style='color:#555'&gt;Open an incident from the queue with &lt;b&gt;Enter&lt;/b&gt; or a double click, find one with &lt;b&gt;Ctrl+K&lt;/b&gt;, or log a new one with &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>Commands the main window also offers; the view's own copies stay off inside it. The editors a tab may hold: an incident's or an incident task's. Height of the hint strip under the queue while no incident is open.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="86" />
        <source>&amp;Close incident tab</source>
        <extracomment>queue / editor heights while incidents are open (kept while the editors are folded)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="88" />
        <source>Save and c&amp;lose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="91" />
        <source>Callers and &amp;organisations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="93" />
        <source>Find, edit and merge callers and organisations (Ctrl+Shift+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="96" />
        <source>&amp;New incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="97" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="98" />
        <source>Ne&amp;xt record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="99" />
        <source>&amp;Previous record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="198" />
        <source>That is not an incident id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="240" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="241" />
        <source>{name} has changes that are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="245" />
        <source>Save them, discard them, or go back to the form?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="301" />
        <source>New incident: type a title, then Ctrl+S to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="325" />
        <source>The queue is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="334" />
        <source>No more incidents in this queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="343" />
        <source>Still loading that row; try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="319" />
        <source>Type part of a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="329" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="334" />
        <source>&amp;Save organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="372" />
        <source>Saved organisation {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="391" />
        <source>{people} and {departments} move from {merged} to {kept} (a department {kept} already has is joined with it); {merged} is then removed. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="394" />
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="406" />
        <source>%Ln caller(s)</source>
        <translation><numerusform>%Ln caller</numerusform><numerusform>%Ln callers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="395" />
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="407" />
        <source>%Ln department(s)</source>
        <translation><numerusform>%Ln department</numerusform><numerusform>%Ln departments</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="399" />
        <source>Merge organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="404" />
        <source>Merged {merged} into {kept}: {people} and {departments} moved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="419" />
        <source>Callers and organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="423" />
        <source>&amp;Callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="424" />
        <source>O&amp;rganisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="428" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostgresChangeWatcher</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/live.py" line="192" />
        <source>Live updates paused: the database server cannot be reached. DeskApp reconnects by itself.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="128" />
        <source>Shared database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="132" />
        <source>Team server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="135" />
        <source>db.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="143" />
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="147" />
        <source>No secure keyring is available on this computer; DeskApp will ask for the password each time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="164" />
        <source>Profile &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="165" />
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="165" />
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="166" />
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="167" />
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="168" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="169" />
        <source>SS&amp;L:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="180" />
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="186" />
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="202" />
        <source>profile name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="203" />
        <source>server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="204" />
        <source>database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="205" />
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="207" />
        <source>Fill in the {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="221" />
        <source>Connecting to {url}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="232" />
        <source>Connected to {url}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="80" />
        <source>Save queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="80" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="103" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="90" />
        <source>Saved as '{name}' under My queues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="101" />
        <source>Built-in queues cannot be renamed; use Save as.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="103" />
        <source>Rename queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="113" />
        <source>Save the queue as your own first, then share it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="115" />
        <source>(personal, not shared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="116" />
        <source>Share queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="116" />
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="127" />
        <source>Built-in queues cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="132" />
        <source>Queue '{name}' deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="152" />
        <source>Nothing left to take in this queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="154" />
        <source>{number} is yours now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="192" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="249" />
        <source>Select the incidents first (Shift or Ctrl + click).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="195" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="273" />
        <source>Bulk actions work on up to %Ln item(s) at a time; narrow the selection.</source>
        <translation><numerusform>Bulk actions work on up to %Ln item at a time; narrow the selection.</numerusform><numerusform>Bulk actions work on up to %Ln items at a time; narrow the selection.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="256" />
        <source>This bulk change does not apply to {kinds}; select other rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="258" />
        <source>the selected rows</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="280" />
        <source>Changing %Ln item(s)…</source>
        <translation><numerusform>Changing %Ln item…</numerusform><numerusform>Changing %Ln items…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="369" />
        <source>Exporting %Ln item(s)…</source>
        <translation><numerusform>Exporting %Ln item…</numerusform><numerusform>Exporting %Ln items…</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="279" />
        <source>Bulk change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="348" />
        <source>Export queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="349" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="307" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="365" />
        <source>Exported %Ln item(s) to {path}.</source>
        <translation><numerusform>Exported %Ln item to {path}.</numerusform><numerusform>Exported %Ln items to {path}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="369" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="363" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueNavigator</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="36" />
        <source>Queues</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueSection</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="119" />
        <source>Queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="125" />
        <source>Show or hide the queue list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="621" />
        <source>due in {t}</source>
        <extracomment>Custom roles: the row's id (for activation and selection), its SLA state, the whole row.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="624" />
        <source>overdue by {t}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueWorkspace</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="157" />
        <source>Filter this queue (words or a number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="166" />
        <source>No grouping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="168" />
        <source>Group by {col}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="264" />
        <source>&amp;Take next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="265" />
        <source>Claim the most urgent unassigned ticket (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="267" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="270" />
        <source>&amp;Columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="271" />
        <source>&amp;Save queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="272" />
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="274" />
        <source>Re&amp;name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="151" />
        <source>No incidents match this queue; change the filter.</source>
        <extracomment>A refresh still unanswered after this long no longer holds back the next one. Default widths, in characters of the table's font, of columns holding free text; the other columns fit their widest value (a number, a date, a priority or status label). At 1366x768 the default columns then fit the grid beside the area bar. Space a cell needs around its text (margins and the focus frame). Bus change kinds that mean work items changed (one per kind of work item). The message line with this text was hidden: what it said no longer holds.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="268" />
        <source>F&amp;ilter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="275" />
        <source>Share with tea&amp;m…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="276" />
        <source>&amp;Delete queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="277" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="279" />
        <source>&amp;Assign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="281" />
        <source>Set &amp;status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="282" />
        <source>Set &amp;priority…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="284" />
        <source>Move to &amp;team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="286" />
        <source>Filter &amp;text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="294" />
        <source>&amp;Bulk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="302" />
        <source>&amp;Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="410" />
        <source>That queue no longer exists; pick another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="470" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="472" />
        <source>{col}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="497" />
        <source>This group cannot be used as a filter.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="561" />
        <source>%Ln item(s)</source>
        <translation><numerusform>%Ln item</numerusform><numerusform>%Ln items</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="573" />
        <source>The {col} column cannot be sorted: queues sort only by columns the database keeps in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="615" />
        <source>Keep at least one column.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolutionCodeEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="35" />
        <source>What tickets store, e.g. Solved (remotely)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="38" />
        <source>What the desk reads in the resolve dialog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="43" />
        <source>When to choose it (shown as a tip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="48" />
        <source>Lower numbers come first in the resolve dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="49" />
        <source>&amp;Offered when resolving (untick to retire: tickets keep the code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="69" />
        <source>Co&amp;de:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="70" />
        <source>La&amp;bel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="71" />
        <source>Descr&amp;iption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="72" />
        <source>&amp;Position:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="107" />
        <source>New resolution code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="111" />
        <source>The code is stored on tickets and cannot change; reword the label instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="113" />
        <source>Tickets store the code and it cannot change once saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolutionCodeListModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="116" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="116" />
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="116" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="116" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="122" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="122" />
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolutionPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="21" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="28" />
        <source>Resolution code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="29" />
        <source>Resolved:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="30" />
        <source>Resolution notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="52" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="53" />
        <source>{label} (retired)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="54" />
        <source>Stored code: {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="60" />
        <source>{when} by {who}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="65" />
        <source>Resolve {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="74" />
        <source>Choose a code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="79" />
        <source>What was wrong and what fixed it (the caller reads this).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="86" />
        <source>Resolution &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="88" />
        <source>Resolution &amp;notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="100" />
        <source>No resolution code is offered; ask whoever keeps Service Design to add or reactivate one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="103" />
        <source>&amp;Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="118" />
        <source>Choose a resolution code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="121" />
        <source>Enter resolution notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="122" />
        <source>The resolution notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="41" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="45" />
        <source>Ticket number, words, or "a phrase"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="98" />
        <source> (in a comment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="107" />
        <source>Showing the first {n} matches{how}; add words to narrow the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="109" />
        <source>, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="111" />
        <source>{n} match(es).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="89" />
        <source>Person or department accountable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="91" />
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="186" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="100" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="101" />
        <source>Portfolio s&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="102" />
        <source>Criticalit&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="103" />
        <source>Business &amp;owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="104" />
        <source>Owner t&amp;eam:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="105" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="115" />
        <source>&amp;Save service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="116" />
        <source>Save the service (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="118" />
        <source>Disc&amp;ard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="119" />
        <source>Throw away your edits and show the saved service again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="129" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="135" />
        <source>Open incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="143" />
        <source>Open incidents of the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="144" />
        <source>Double-click or press Enter to open an incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="152" />
        <source>Configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="158" />
        <source>Configuration items of the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="207" />
        <source>New service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="225" />
        <source>{total} open ({breached} past their resolution target): {parts}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="229" />
        <source>No open incidents against this service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="231" />
        <source>Open incidents ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="233" />
        <source>Open incidents (most urgent {shown} of {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="236" />
        <source>Configuration items ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="280" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/shortcuts.py" line="98" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/shortcuts.py" line="119" />
        <source>In a form: Alt + the underlined letter moves to a field or presses a button.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="43" />
        <source>For example: Standard</source>
        <extracomment>A new SLA starts from the common office targets (response, resolution) per priority.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="48" />
        <source>D&amp;efault SLA (for incidents whose service names no SLA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="51" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="53" />
        <source>&amp;Calendar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="59" />
        <source>Targets in business minutes (counted on the calendar)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="61" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="61" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="62" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="72" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="88" />
        <source>Response must not be longer than resolution: resolving an incident also counts as responding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="94" />
        <source>Pause the clocks while an incident is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="151" />
        <source>New SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="194" />
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="196" />
        <source>= {hmm} h</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlaListModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="97" />
        <source>SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="97" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="97" />
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="98" />
        <source>P1 response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="98" />
        <source>P1 resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="98" />
        <source>Pauses in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="99" />
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="107" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="110" />
        <source>(never)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="191" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="192" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="205" />
        <source>SLA clocks start when the incident is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="206" />
        <source>No SLA applies: no default SLA or no target for this priority. Set one up under Service Design.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="215" />
        <source>SLA: {sla} · calendar: {calendar}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="80" />
        <source>Name, owner, team or description</source>
        <extracomment>Changes other views publish that alter what the portfolio shows. An open incident was double-clicked: the main window opens it (payload: its UUID).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="84" />
        <source>Filte&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="90" />
        <source>Filter the list by text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="99" />
        <source>Service portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="207" />
        <source>A&amp;ll ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="207" />
        <source>&amp;Pipeline ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="208" />
        <source>&amp;Catalogue ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="208" />
        <source>Ret&amp;ired ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="218" />
        <source>{services} · {incidents}, {urgent} P1/P2, {breached} past target</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/strategy/view.py" line="220" />
        <source>{shown} of %Ln service(s)</source>
        <translation><numerusform>{shown} of %Ln service</numerusform><numerusform>{shown} of %Ln services</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/strategy/view.py" line="222" />
        <source>%Ln open incident(s)</source>
        <translation><numerusform>%Ln open incident</numerusform><numerusform>%Ln open incidents</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="261" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="262" />
        <source>The service you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="281" />
        <source>New service: fill in the form and press Ctrl+S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="305" />
        <source>Saved {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="312" />
        <source>Not saved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="314" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="318" />
        <source>Nothing was saved: someone else changed it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="107" />
        <source>Due &amp;date:</source>
        <extracomment>(object name, label, target status) of the lifecycle buttons, in order</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="114" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="115" />
        <source>D&amp;escription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="116" />
        <source>Im&amp;pact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="117" />
        <source>&amp;Urgency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="118" />
        <source>Tea&amp;m:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="119" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="136" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="137" />
        <source>Comments &amp;&amp; work notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="138" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="142" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="144" />
        <source>Open &amp;incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="158" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="195" />
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="240" />
        <source>Someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="243" />
        <source>{who} saved {n} after you opened it{when}; their version is shown with your changes on top. Check them and save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="245" />
        <source> (at {t})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="251" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="252" />
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="354" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="298" />
        <source>&lt;b&gt;{number}&lt;/b&gt; · {status} · {p} · task of {parent}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="302" />
        <source>Opened {opened}; asked for by {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="303" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_form.py" line="397" />
        <source>{number} saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="72" />
        <source>Open task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="79" />
        <source>Ne&amp;w task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="82" />
        <source>Open &amp;task</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="99" />
        <source>%Ln task(s), {open} open</source>
        <translation><numerusform>%Ln task, {open} open</numerusform><numerusform>%Ln tasks, {open} open</numerusform></translation>
    </message>
</context>
<context>
    <name>TransitionView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="65" />
        <source>Name, serial number, location or service</source>
        <extracomment>Changes other views publish that alter what the CI list shows. An open incident was double-clicked: the main window opens it (payload: its UUID). CIs per keyset page; the next page loads when the list is scrolled to its end.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="69" />
        <location filename="../../src/deskapp/ui/transition/view.py" line="156" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="71" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="77" />
        <source>Filte&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="78" />
        <source>T&amp;ype:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="79" />
        <source>Stat&amp;us:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="89" />
        <source>Filter the list by text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="103" />
        <source>Configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="214" />
        <source>First {n} CIs shown; scroll down for more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/view.py" line="217" />
        <source>%Ln configuration item(s)</source>
        <translation><numerusform>%Ln configuration item</numerusform><numerusform>%Ln configuration items</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="267" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="268" />
        <source>The configuration item you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="287" />
        <source>New configuration item: fill in the form and press Ctrl+S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="313" />
        <source>Saved {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="323" />
        <source>Not saved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="325" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="329" />
        <source>Nothing was saved: someone else changed it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="80" />
        <source>F&amp;ind:</source>
        <extracomment>what a save or merge changed, for the rest of the window to refresh</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="98" />
        <source>&amp;Merge selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="100" />
        <source>Select two rows (Ctrl+click) to merge them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="196" />
        <source>Someone else saved this record meanwhile; their version is shown. Make your change again and save.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
