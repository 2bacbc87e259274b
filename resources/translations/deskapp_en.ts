<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../src/deskapp/app.py" line="258" />
        <source>App</source>
        <comment>&amp;Retry</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="259" />
        <source>App</source>
        <comment>Enter &amp;password…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="262" />
        <source>App</source>
        <comment>&amp;Change connection…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="264" />
        <source>App</source>
        <comment>&amp;Quit</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="271" />
        <source>App</source>
        <comment>Password for {user}:</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="308" />
        <source>App</source>
        <comment>Daily backup saved to {path}.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="315" />
        <source>App</source>
        <comment>The daily backup failed: {reason}</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="328" />
        <source>App</source>
        <comment>Opening {name}…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="331" />
        <source>App</source>
        <comment>Signing in…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="343" />
        <source>App</source>
        <comment>Preparing your desk…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="338" />
        <source>App</source>
        <comment>Adding sample data…</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="54" />
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="54" />
        <source>Maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="55" />
        <location filename="../../src/deskapp/ui/strategy/models.py" line="17" />
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="61" />
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="77" />
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="135" />
        <location filename="../../src/deskapp/ui/transition/impact.py" line="48" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="31" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="48" />
        <source>Name</source>
        <extracomment>freeze windows listed: up to this many years ahead</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="62" />
        <location filename="../../src/deskapp/ui/transition/impact.py" line="49" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="32" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="63" />
        <location filename="../../src/deskapp/ui/strategy/models.py" line="40" />
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="154" />
        <location filename="../../src/deskapp/ui/transition/impact.py" line="50" />
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="79" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="33" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="49" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="71" />
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
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="66" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="66" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="67" />
        <location filename="../../src/deskapp/ui/strategy/models.py" line="39" />
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="137" />
        <location filename="../../src/deskapp/ui/transition/impact.py" line="52" />
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="84" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="37" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="67" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="68" />
        <source>Kind</source>
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
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="149" />
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="77" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="69" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="150" />
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="78" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="70" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="68" />
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="151" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/models.py" line="38" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="415" />
        <source>Connection</source>
        <comment>Unencrypted connection</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="419" />
        <source>Connection</source>
        <comment>This connection to the shared database is not encrypted: passwords and tickets cross the network in clear text. Ask your administrator to turn on TLS, then choose an encrypted SSL mode in File ▸ Switch connection ▸ Edit….</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="60" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="62" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="63" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="64" />
        <source>Was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="65" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="51" />
        <source>Hops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="81" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="82" />
        <source>Review by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="85" />
        <source>Helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="87" />
        <source>Uses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="82" />
        <source>Finished {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="83" />
        <source>Running, due {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="88" />
        <source>{total} grant(s): {confirmed} kept, {revoked} revoked, {pending} waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="92" />
        <source>Late:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="98" />
        <source>{agent} for {reviewer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="78" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="73" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="80" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="74" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="82" />
        <source>Applies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="83" />
        <source>Whole desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="84" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="51" />
        <source>Target from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="53" />
        <source>Target to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="144" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="55" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="75" />
        <source>Implementer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="76" />
        <source>Open conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="138" />
        <source>(any service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="139" />
        <source>Usual duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="141" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="141" />
        <source>Retired, not offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="142" />
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="197" />
        <source>Any level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="199" />
        <source>Change type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="200" />
        <source>Risk level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="202" />
        <source>Approvers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="37" />
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="66" />
        <source>Grant access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="66" />
        <source>Revoke access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="67" />
        <source>Leaver: remove all access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="68" />
        <source>Request:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="68" />
        <source>Person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="70" />
        <source>Entitlement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="72" />
        <source>Expires:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="73" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="75" />
        <source>Approval:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="75" />
        <source>waits for the system owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="77" />
        <source>Granted:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="77" />
        <source>{access} since {since}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="81" />
        <source>revoked {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="82" />
        <source>to revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="83" />
        <source>Grant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="95" />
        <source>access request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="95" />
        <source>Opened {opened}; asked for by {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="96" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccessView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="181" />
        <source>&lt;b&gt;Access&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="183" />
        <source>Re&amp;quest access…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="187" />
        <source>&amp;Leaver…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="188" />
        <source>Back to &amp;queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="197" />
        <source>Type a name or e-mail to see what a person holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="206" />
        <source>&amp;Person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="219" />
        <source>&amp;Who has what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="220" />
        <source>E&amp;xpiring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="221" />
        <source>&amp;Unrequested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="254" />
        <source>Open &amp;revocation tasks now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="348" />
        <source>%n grant(s) expire within 30 days or have expired.</source>
        <translation><numerusform>%n grant expire within 30 days or have expired.</numerusform><numerusform>%n grants expire within 30 days or have expired.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="353" />
        <source>The next SLA sweep (within a minute) opens a revocation task, due at the expiry, for %n of them: {names}.</source>
        <translation><numerusform>The next SLA sweep (within a minute) opens a revocation task, due at the expiry, for %n of them: {names}.</numerusform><numerusform>The next SLA sweep (within a minute) opens a revocation task, due at the expiry, for %n of them: {names}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="356" />
        <source>The next SLA sweep opens no revocation task: every grant due within a week has one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="391" />
        <source>Resto&amp;re system…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="475" />
        <source>Select the system to change first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="480" />
        <source>{name} saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="492" />
        <source>Select the system to retire first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="503" />
        <source>{name} retired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="504" />
        <source>{name} is in use again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="185" />
        <source>Revo&amp;ke selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="207" />
        <source>or sys&amp;tem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="222" />
        <source>Rev&amp;iews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="223" />
        <source>S&amp;ystems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="229" />
        <source>Back to the queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="230" />
        <source>Leaver: revoke all access of a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="270" />
        <source>Add &amp;system…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="271" />
        <source>Add &amp;entitlement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="273" />
        <source>&amp;Change system…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="275" />
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="392" />
        <source>Reti&amp;re system…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="277" />
        <source>Show retire&amp;d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="316" />
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="402" />
        <source>owner approves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="416" />
        <source>{number} raised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="431" />
        <source>Select the live grants to revoke first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="448" />
        <source>{title} started: %n grant(s) to review.</source>
        <translation><numerusform>{title} started: %n grant to review.</numerusform><numerusform>{title} started: %n grants to review.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="460" />
        <source>%n revocation task(s) opened.</source>
        <translation><numerusform>%n revocation task opened.</numerusform><numerusform>%n revocation tasks opened.</numerusform></translation>
    </message>
</context>
<context>
    <name>AdministrationWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="22" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="27" />
        <source>&amp;Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="28" />
        <source>&amp;Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="29" />
        <source>A&amp;udit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="30" />
        <source>Templat&amp;es</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/deskapp/app.py" line="127" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="363" />
        <source>Opening the reporting replica…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="42" />
        <source>Any one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="43" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="44" />
        <source>A majority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="50" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="51" />
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="52" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="59" />
        <source>by phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="60" />
        <source>by e-mail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="81" />
        <source>Re&amp;quest approval…</source>
        <extracomment>an approval was asked or decided (the item's status may have moved: reload the form)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="84" />
        <source>A&amp;pprove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="87" />
        <source>Re&amp;ject…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="90" />
        <source>Record &amp;decision…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="92" />
        <source>Record what an approver without a DeskApp login said by phone or e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="139" />
        <source>{n} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="141" />
        <source>Not asked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="148" />
        <source>{name} (no login)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="158" />
        <source>No approval has been asked for this item.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="160" />
        <source> (%n earlier approval(s) in the history)</source>
        <translation><numerusform> (%n earlier approval in the history)</numerusform><numerusform> (%n earlier approvals in the history)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="164" />
        <source>Waiting for approval: stage {n} of {total}, {policy} of its approvers must approve ({approved} of {needed} so far).{more}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="169" />
        <source>{state} on {when}, asked by {who}.{more}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="207" />
        <source>Approval requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="212" />
        <source>Nothing here is waiting for your decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="214" />
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="214" />
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="215" />
        <source>Stage {n}, asked of {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="220" />
        <source>Approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="220" />
        <source>Rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="228" />
        <source>Record decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="229" />
        <source>What did {name} decide? Your name is kept as who recorded it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="234" />
        <source>Decision recorded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="92" />
        <source>&amp;Approve selected…</source>
        <extracomment>approvals were decided (items may have moved on): queues and forms refresh how many approvals are waiting (the queue list shows it)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="95" />
        <source>Re&amp;ject selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="98" />
        <source>&amp;Decide selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="101" />
        <source>De&amp;legate approvals…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="103" />
        <source>Who decides your approvals while you are away (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="106" />
        <source>Back to &amp;queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="112" />
        <source>Delegate approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="113" />
        <source>Back to the queues</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="160" />
        <source>&lt;b&gt;My approvals&lt;/b&gt; · %n waiting</source>
        <translation><numerusform>&lt;b&gt;My approvals&lt;/b&gt; · %n waiting</numerusform><numerusform>&lt;b&gt;My approvals&lt;/b&gt; · %n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="181" />
        <source>Select the approvals to decide first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="184" />
        <source>This decides %n approval(s): {numbers}.</source>
        <translation><numerusform>This decides %n approval: {numbers}.</numerusform><numerusform>This decides %n approvals: {numbers}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="186" />
        <source>Decide %n approval(s)</source>
        <translation><numerusform>Decide %n approval</numerusform><numerusform>Decide %n approvals</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="195" />
        <source>Approved %n approval(s).</source>
        <translation><numerusform>Approved %n approval.</numerusform><numerusform>Approved %n approvals.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="196" />
        <source>Rejected %n approval(s).</source>
        <translation><numerusform>Rejected %n approval.</numerusform><numerusform>Rejected %n approvals.</numerusform></translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="81" />
        <source>Words people search for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="84" />
        <source>Review &amp;by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="95" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="96" />
        <source>Ke&amp;ywords:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="97" />
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="98" />
        <source>Se&amp;rvice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="102" />
        <source>Review:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="103" />
        <source>CI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="107" />
        <source>Markdown: ## Symptoms, ## Cause, ## Resolution. Insert picture (Ctrl+Alt+I) stores a PNG, JPEG, GIF or WebP file with the article and shows it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="111" />
        <source>R&amp;ead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="112" />
        <source>&amp;Write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="115" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="117" />
        <source>Insert pi&amp;cture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="118" />
        <source>Store a PNG, JPEG, GIF or WebP file with the article and show it where the cursor is (Ctrl+Alt+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="124" />
        <source>Insert a picture into the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="129" />
        <source>Send for rev&amp;iew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="130" />
        <source>&amp;Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="131" />
        <source>Send b&amp;ack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="132" />
        <source>Revise te&amp;xt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="133" />
        <source>Retire artic&amp;le</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="134" />
        <source>Reopen as draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="140" />
        <source>Still valid…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="141" />
        <source>The article was checked: set its next review date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="144" />
        <source>Helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="146" />
        <source>Not helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="150" />
        <source>Versions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="151" />
        <source>Versions and their differences (Ctrl+Shift+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="155" />
        <source>Versions of the article and their differences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="178" />
        <source>(no owner)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="179" />
        <source>(any service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="197" />
        <source>New article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="198" />
        <source>Draft: send it for review when it is ready; a colleague publishes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="219" />
        <source>No article chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="220" />
        <source>Choose an article in the list, or press Ctrl+N to write one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="232" />
        <source>{status} · written by {author}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="235" />
        <source> · version {n}, published by {reviewer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="237" />
        <source> · {helpful} helpful, {unhelpful} not, used {uses} times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="241" />
        <source>Sent back: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="251" />
        <source>Linked: {items}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticleFromIncident</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="32" />
        <source>Create article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="34" />
        <source>Write a knowledge article from this resolved incident: a draft pre-filled from its description and resolution opens in the knowledge base (Ctrl+Alt+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="40" />
        <source>Create article from this incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="51" />
        <source>Save and resolve the incident before writing an article from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="57" />
        <source>Draft article from {n}: complete it and save (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="136" />
        <source>&amp;Add file…</source>
        <extracomment>Where Open puts a copy for the system's viewer (one folder per attachment).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="137" />
        <source>Attach files (Ctrl+Shift+A); you can also drop files here or paste a screenshot (Ctrl+V).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="139" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="140" />
        <source>Sav&amp;e as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="142" />
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="405" />
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="145" />
        <source>Attach files (Attachments tab)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="148" />
        <source>Attach the screenshot or files on the clipboard (Attachments tab)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="217" />
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="237" />
        <source>The clipboard holds no picture or file to attach; copy a screenshot or a file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="291" />
        <source>Attach a program?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="292" />
        <source>Attach anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="293" />
        <source>&amp;Attach anyway</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="323" />
        <source>%n file(s) attached.</source>
        <translation><numerusform>%n file attached.</numerusform><numerusform>%n files attached.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="333" />
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="334" />
        <source>Attaching {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="343" />
        <source>Open a program?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="344" />
        <source>{name} is a program or script: opening it may run it on this computer. Open it only if you trust where it came from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="346" />
        <source>&amp;Open anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="357" />
        <source>No program opens {name} on this computer; use Save as… instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="366" />
        <source>Save attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="373" />
        <source>Saved {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="384" />
        <source>Reading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="397" />
        <source>Removed {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="401" />
        <source>Remove attachment?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="402" />
        <source>Remove {name} ({size}, added by {who})? It leaves the list; the history keeps a record of the file and of who removed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="430" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="432" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttributeForm</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="35" />
        <source>This type has no attributes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="50" />
        <source>(not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="52" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="52" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="60" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="62" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="52" />
        <source>Any record</source>
        <extracomment>rows fetched per request</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="54" />
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="55" />
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="56" />
        <source>Show &amp;more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="62" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="62" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="62" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="62" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="63" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="63" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="63" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="74" />
        <source>Changes &amp;since:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="75" />
        <source>Record &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="76" />
        <source>&amp;By:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="144" />
        <source>%n change(s) shown</source>
        <translation><numerusform>%n change shown</numerusform><numerusform>%n changes shown</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="145" />
        <source>; more are older</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AutoCloseBox</name>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="27" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="29" />
        <source>&amp;Auto-close resolved items after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="31" />
        <source>without a reply from the caller (the SLA calendar of each item counts the days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="33" />
        <source>A&amp;pply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="48" />
        <source>Only an administrator changes when resolved items close.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="54" />
        <source> business day(s)</source>
        <translation><numerusform> business day</numerusform><numerusform> business days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="77" />
        <source>Resolved items now close after %Ln business day(s).</source>
        <translation><numerusform>Resolved items now close after %Ln business day.</numerusform><numerusform>Resolved items now close after %Ln business days.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="79" />
        <source>Resolved items no longer close by themselves.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="90" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="90" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="183" />
        <source>Outage: the time the service's major incidents were open (opening to resolution, within the period; overlapping majors count once). Availability: the rest of the period, against the service's availability target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="186" />
        <source>Loo&amp;k back over:</source>
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
        <location filename="../../src/deskapp/ui/design/forms.py" line="85" />
        <source>&amp;Reload their version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="214" />
        <source>&amp;Keep their version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="218" />
        <source>Show the saved version; then make your change again and save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="289" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="292" />
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="357" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="296" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="270" />
        <source>Assign %Ln item(s)</source>
        <translation><numerusform>Assign %Ln item</numerusform><numerusform>Assign %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="271" />
        <source>Set the status of %Ln item(s)</source>
        <translation><numerusform>Set the status of %Ln item</numerusform><numerusform>Set the status of %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="272" />
        <source>Set impact and urgency of %Ln item(s)</source>
        <translation><numerusform>Set impact and urgency of %Ln item</numerusform><numerusform>Set impact and urgency of %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="273" />
        <source>Move %Ln item(s) to a team</source>
        <translation><numerusform>Move %Ln item to a team</numerusform><numerusform>Move %Ln items to a team</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="285" />
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="356" />
        <source>(no change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="302" />
        <source>(choose a code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="308" />
        <source>What was wrong and what fixed it (the callers read this).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="310" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="311" />
        <source>Resolution &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="312" />
        <source>Resolution &amp;notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="322" />
        <source>&amp;Impact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="323" />
        <source>&amp;Urgency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="401" />
        <source>Nothing changes yet: choose a new value above.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="402" />
        <source>%Ln item(s) will change: {what}</source>
        <translation><numerusform>%Ln item will change: {what}</numerusform><numerusform>%Ln items will change: {what}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="405" />
        <source>%Ln already as asked (left as they are).</source>
        <translation><numerusform>%Ln already as asked (left as they are).</numerusform><numerusform>%Ln already as asked (left as they are).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="407" />
        <source>%Ln will lose their assignee, who is not in the new team.</source>
        <translation><numerusform>%Ln will lose their assignee, who is not in the new team.</numerusform><numerusform>%Ln will lose their assignee, who is not in the new team.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="409" />
        <source>%Ln closed: cannot be reassigned.</source>
        <translation><numerusform>%Ln closed: cannot be reassigned.</numerusform><numerusform>%Ln closed: cannot be reassigned.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="411" />
        <source>%Ln cannot take this step from their status.</source>
        <translation><numerusform>%Ln cannot take this step from their status.</numerusform><numerusform>%Ln cannot take this step from their status.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="413" />
        <source>%Ln: the assignee is not in their team.</source>
        <translation><numerusform>%Ln: the assignee is not in their team.</numerusform><numerusform>%Ln: the assignee is not in their team.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="417" />
        <source>Left as they are: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="423" />
        <source>Team → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="424" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="426" />
        <source>Assignee → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="428" />
        <source>nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="430" />
        <source>Status → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="433" />
        <source>Impact → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="436" />
        <source>Urgency → {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="444" />
        <source>Choose a resolution code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="446" />
        <source>Type the resolution notes (the callers read them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="448" />
        <source>Pick an assignee, or leave them out of the selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="449" />
        <source>Assign them first, or leave them out of the selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="451" />
        <source>Use Assign to pick somebody in the new team.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="452" />
        <source>%Ln of the selected item(s) would be In Progress with nobody assigned; an incident in progress needs an assignee.</source>
        <translation><numerusform>%Ln of the selected item would be In Progress with nobody assigned; an incident in progress needs an assignee.</numerusform><numerusform>%Ln of the selected items would be In Progress with nobody assigned; an incident in progress needs an assignee.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="456" />
        <source>%Ln of the selected item(s) would be Assigned with neither a team nor an assignee; keep one of them.</source>
        <translation><numerusform>%Ln of the selected item would be Assigned with neither a team nor an assignee; keep one of them.</numerusform><numerusform>%Ln of the selected items would be Assigned with neither a team nor an assignee; keep one of them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="474" />
        <source>This changes %Ln item(s).</source>
        <translation><numerusform>This changes %Ln item.</numerusform><numerusform>This changes %Ln items.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="476" />
        <source>%Ln will have no team afterwards.</source>
        <translation><numerusform>%Ln will have no team afterwards.</numerusform><numerusform>%Ln will have no team afterwards.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="478" />
        <source>%Ln will have nobody assigned afterwards.</source>
        <translation><numerusform>%Ln will have nobody assigned afterwards.</numerusform><numerusform>%Ln will have nobody assigned afterwards.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="484" />
        <source>Go ahead?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="486" />
        <source>&amp;Change %Ln item(s)</source>
        <translation><numerusform>&amp;Change %Ln item</numerusform><numerusform>&amp;Change %Ln items</numerusform></translation>
    </message>
</context>
<context>
    <name>BulkReportDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="504" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="505" />
        <source>Already so</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="506" />
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="507" />
        <source>Not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="508" />
        <source>No longer exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="509" />
        <source>Connection lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="510" />
        <source>Not tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="511" />
        <source>Bulk assign: result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="512" />
        <source>Bulk status: result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="513" />
        <source>Bulk priority: result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="514" />
        <source>Bulk team move: result</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="522" />
        <source>{ok} of %Ln item(s) changed; {bad} not changed.</source>
        <translation><numerusform>{ok} of %Ln item changed; {bad} not changed.</numerusform><numerusform>{ok} of %Ln items changed; {bad} not changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="526" />
        <source>%Ln already as asked.</source>
        <translation><numerusform>%Ln already as asked.</numerusform><numerusform>%Ln already as asked.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="528" />
        <source>The connection to the database was lost: {n} not tried; the rows marked Done are saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="532" />
        <source>Cancelled: {n} not tried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="536" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="536" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="537" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CabRuleDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="67" />
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="150" />
        <source>Team {name}</source>
        <extracomment>the types a CAB decides (standard changes are pre-approved by their template)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="71" />
        <source>the service owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="72" />
        <source>the requester's manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="76" />
        <source>nobody yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="77" />
        <source>Stage {n}: {policy}: {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="98" />
        <source>CAB rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="99" />
        <source>New CAB rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="109" />
        <source>Any level without a rule of its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="133" />
        <source>&amp;New stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="136" />
        <source>De&amp;lete stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="154" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="157" />
        <source>Re&amp;move approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="161" />
        <source>Change t&amp;ype:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="162" />
        <source>&amp;Risk level:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="173" />
        <source>S&amp;tages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="174" />
        <source>&amp;Policy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="184" />
        <source>Appr&amp;overs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="209" />
        <source>{type} changes of this risk level already have a rule; saving replaces it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="271" />
        <source>{who} is in this stage already.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CabRulesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="204" />
        <source>&amp;New CAB rule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="205" />
        <source>Rem&amp;ove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="207" />
        <source>Remove the selected CAB rule (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="217" />
        <source>%n CAB rule(s)</source>
        <translation><numerusform>%n CAB rule</numerusform><numerusform>%n CAB rules</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="230" />
        <source>{type} changes, {level}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="232" />
        <source>any level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="243" />
        <source>Remove CAB rule?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="244" />
        <source>Remove the CAB rule for {what}? Changes sent to the CAB later use the rule for any level of their type, if there is one; approvals already asked are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="247" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="248" />
        <source>Removed the CAB rule for {what}.</source>
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
    <name>CalendarGrid</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="147" />
        <source>❄ {names}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="156" />
        <source>+ %n more</source>
        <translation><numerusform>+ %n more</numerusform><numerusform>+ %n more</numerusform></translation>
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
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="65" />
        <source>First and last name</source>
        <extracomment>Room to paste a little too much, then a clear message instead of a silent cut.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="66" />
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="68" />
        <source>Optional, e.g. +44 20 7946 0000 x 12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="70" />
        <source>Optional; a new name is added to the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="76" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="76" />
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="77" />
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="78" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="46" />
        <source>Their other &amp;items:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="64" />
        <source>&lt;b&gt;Caller&lt;/b&gt;&lt;br&gt;No caller on this item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="76" />
        <source>Manager: {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="80" />
        <source>%n other open item(s)</source>
        <translation><numerusform>%n other open item</numerusform><numerusform>%n other open items</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="85" />
        <source>Recently finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="95" />
        <source>{number} · {status} · {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="99" />
        <source>Opened {when}; Enter or double-click opens it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallersPage</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="244" />
        <source>Type a name or e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="249" />
        <source>Save &amp;anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="252" />
        <source>&amp;Save caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="260" />
        <source>Send this caller no e-mail from the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="269" />
        <source>&amp;Write to them in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="277" />
        <source>&amp;Erase personal data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="280" />
        <source>Anonymise this caller (a privacy-law erasure request); their incidents stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="319" />
        <source>Erase personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="320" />
        <source>Erase the personal data of {name}?

The name, e-mail ({email}) and phone ({phone}) are replaced; the caller will read “{new}”. {incidents} keep pointing at this record and their history stays as it is. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="323" />
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="324" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="325" />
        <source>%n incident(s)</source>
        <translation><numerusform>%n incident</numerusform><numerusform>%n incidents</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="328" />
        <source>&amp;Erase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="337" />
        <source>Erased the personal data; the caller now reads {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="370" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="370" />
        <source>German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="372" />
        <source>the desk's language ({name})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="386" />
        <source>The desk writes to {name} in {language} now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="399" />
        <source>{name} gets no e-mail from the desk now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="400" />
        <source>{name} gets e-mail from the desk again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="426" />
        <source>Saved caller {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="432" />
        <source>{reason} To keep one record, select both in the list and use Merge selected.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="448" />
        <source>%Ln incident(s) move from {merged} to {kept}, each with a history entry; {merged} is then removed. This cannot be undone.</source>
        <translation><numerusform>%Ln incident move from {merged} to {kept}, each with a history entry; {merged} is then removed. This cannot be undone.</numerusform><numerusform>%Ln incidents move from {merged} to {kept}, each with a history entry; {merged} is then removed. This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="453" />
        <source>Merge callers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="458" />
        <source>Merged {merged} into {kept}: %Ln incident(s) moved.</source>
        <translation><numerusform>Merged {merged} into {kept}: %Ln incident moved.</numerusform><numerusform>Merged {merged} into {kept}: %Ln incidents moved.</numerusform></translation>
    </message>
</context>
<context>
    <name>CannedResponses</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="14" />
        <source>Save the item first: a canned response is filled from its number and caller.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="63" />
        <source>Type to filter the catalogue</source>
        <extracomment>the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="85" />
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="211" />
        <source>Retir&amp;e…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="88" />
        <source>&amp;Save offering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="109" />
        <source>Preview: the form as the agent sees it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="156" />
        <source>%n offering(s) in the catalogue</source>
        <translation><numerusform>%n offering in the catalogue</numerusform><numerusform>%n offerings in the catalogue</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="157" />
        <source>, {n} retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="173" />
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="173" />
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="210" />
        <source>Restor&amp;e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="240" />
        <source>New offering: name it, pick its service, add its form, approval and tasks, then press Ctrl+S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="255" />
        <source>Saved {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="262" />
        <source>Not saved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="267" />
        <source>Nothing was saved; correct the marked parts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="276" />
        <source>{name} is offered again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="279" />
        <source>Retire offering</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="280" />
        <source>Retire {name}? It can no longer be ordered; the %n request(s) raised from it keep it. You can restore it later.</source>
        <translation><numerusform>Retire {name}? It can no longer be ordered; the %n request raised from it keep it. You can restore it later.</numerusform><numerusform>Retire {name}? It can no longer be ordered; the %n requests raised from it keep it. You can restore it later.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="288" />
        <source>{name} is retired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="303" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="304" />
        <source>The offering you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeCalendarView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="228" />
        <source>&amp;Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="229" />
        <source>Mo&amp;nth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="237" />
        <source>◀</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="238" />
        <source>Earlier (PgUp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="239" />
        <source>▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="240" />
        <source>Later (PgDown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="241" />
        <source>To&amp;day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="247" />
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="310" />
        <source>All services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="251" />
        <source>New chang&amp;e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="252" />
        <source>Raise a change (Ctrl+Shift+C in Service Operation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="258" />
        <source>Servi&amp;ce:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="269" />
        <source>Click a change to see its conflicts; double-click or Enter opens it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="283" />
        <source>Freeze windows shown:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="294" />
        <source>Earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="295" />
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="296" />
        <source>Back to today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="342" />
        <source>{first} to {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="351" />
        <source>{name}: {start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="353" />
        <source>{first} to {last}: %n change(s)</source>
        <translation><numerusform>{first} to {last}: %n change</numerusform><numerusform>{first} to {last}: %n changes</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="361" />
        <source>{n}: {title}
{start} to {end}, {status}, {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="364" />
        <source>no implementer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="105" />
        <source>What changes, in a few words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="107" />
        <source>What is changed, and where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="108" />
        <source>Why the change is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="118" />
        <source>How the change is made, step by step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="120" />
        <source>How it is undone if it goes wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="121" />
        <source>How the result is checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="122" />
        <source>&amp;Planned window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="132" />
        <source>(not reviewed yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="136" />
        <source>Lessons learned (needed unless the change went as planned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="139" />
        <source>T&amp;ype:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="140" />
        <source>Standard c&amp;hange:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="141" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="142" />
        <source>Descriptio&amp;n:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="143" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="144" />
        <source>S&amp;ervice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="145" />
        <source>CI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="146" />
        <source>Tea&amp;m:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="147" />
        <source>&amp;Implementer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="148" />
        <source>Release:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="150" />
        <source>Imp&amp;lementation plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="151" />
        <source>&amp;Backout plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="152" />
        <source>Te&amp;st plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="155" />
        <source>Starts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="156" />
        <source>Ends:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="177" />
        <source>Post-implementation review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="180" />
        <source>Ou&amp;tcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="181" />
        <source>Lessons learned:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="212" />
        <source>Save the change first: a conflict is accepted for the saved window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="231" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="232" />
        <source>(no service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="233" />
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="456" />
        <source>(no configuration item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="234" />
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="450" />
        <source>(nobody yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="236" />
        <source>(choose a standard change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="238" />
        <source>(no release)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="354" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="354" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="355" />
        <source>Implementation plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="356" />
        <source>Backout plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="356" />
        <source>Test plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="357" />
        <source>Planned start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="357" />
        <source>Planned end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="358" />
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="358" />
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="359" />
        <source>Review outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="360" />
        <source>Lessons learned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="361" />
        <source>Implementer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="367" />
        <source>{type} change, {start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="370" />
        <source>{type} change, not scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="372" />
        <source>{text}; awaiting the CAB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="373" />
        <source>Opened {opened}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="378" />
        <source>Enter a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="379" />
        <source>The title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="383" />
        <source>The change ends before it starts; set an end after its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="388" />
        <source>Choose the standard change this one follows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="463" />
        <source>Cancel change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="464" />
        <source>Why is the change cancelled? Its open tasks are cancelled with it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePlanView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="273" />
        <source>Free&amp;ze windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="274" />
        <source>&amp;Releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="275" />
        <source>S&amp;tandard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="276" />
        <source>CA&amp;B rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="288" />
        <source>Read only: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="410" />
        <source>Check (dry run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="411" />
        <source>Every row is read and checked; nothing is written. Rows listed as rejected will be left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="414" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="417" />
        <source>Rows read: {rows}; rejected: {rejected}. Incidents or records: {created} to create, {updated} to update, {unchanged} unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChooseProfileDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="359" />
        <source>Switch connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="364" />
        <source>this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="367" />
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="373" />
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="374" />
        <source>&amp;New shared profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="377" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="378" />
        <source>Change the server, login or encryption of a shared profile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CiEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="96" />
        <location filename="../../src/deskapp/ui/transition/editor.py" line="225" />
        <source>(no service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="110" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="110" />
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="111" />
        <source>St&amp;atus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="111" />
        <source>S&amp;ervice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="112" />
        <source>Ser&amp;ial number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="112" />
        <source>&amp;Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="113" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="124" />
        <source>&amp;Save CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="125" />
        <source>Save the configuration item (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="127" />
        <source>Dis&amp;card changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="135" />
        <source>Configuration item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="140" />
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="143" />
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="155" />
        <source>Add a relation to the CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="157" />
        <source>Open incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="163" />
        <source>Open incidents of the CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="164" />
        <source>Double-click or press Enter to open an incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="168" />
        <source>No open incidents against this CI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="177" />
        <source>History of the CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="181" />
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="186" />
        <source>Im&amp;pact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="187" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="228" />
        <source>{name} ({status})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="251" />
        <source>New configuration item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="277" />
        <source>Open incidents ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="278" />
        <source>Open incidents (most urgent {shown} of {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="318" />
        <source>The form already holds that relation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="357" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CiPickDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="174" />
        <source>Add an impacted CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="178" />
        <source>Type part of the CI's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="179" />
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CiTypesDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="48" />
        <source>CI types and attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="54" />
        <source>CI types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="55" />
        <source>New &amp;type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="62" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="62" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="62" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="62" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="63" />
        <source>Choices (comma-separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="66" />
        <source>Attributes of the type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="67" />
        <source>&amp;Add attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="68" />
        <source>Remo&amp;ve attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="72" />
        <source>&amp;Save type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="73" />
        <source>&amp;Remove type…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="74" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="77" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="79" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="149" />
        <source>{n} CIs have this type; it keeps its name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="150" />
        <source>No CI has this type yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="151" />
        <source>A new type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="206" />
        <source>Saved {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="210" />
        <source>Not saved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="221" />
        <source>Remove CI type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="222" />
        <source>Remove the type '{name}'? No CI carries it; its attribute definitions go with it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CisTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="47" />
        <source>CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="47" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="47" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="53" />
        <source>Impacted configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="56" />
        <source>Services affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="57" />
        <source>Services affected (from the CMDB):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="59" />
        <source>Add &amp;CI…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="61" />
        <source>Remove C&amp;I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="104" />
        <source>main CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="104" />
        <source>impacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="111" />
        <source>{name} ({n} hops)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="114" />
        <source>No service found within {n} hops.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="138" />
        <source>{name} is already listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="141" />
        <source>{name} added to the impacted CIs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="149" />
        <source>The main CI is changed in the CI field of the form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="152" />
        <source>{name} removed from the impacted CIs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="183" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="188" />
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="189" />
        <source>Move &amp;down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="253" />
        <source>Map the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="254" />
        <source>Fields marked * are needed. The mapping is remembered for the next import of this kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="261" />
        <source>DeskApp field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="261" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="264" />
        <source>&amp;Save mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="286" />
        <source>comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="286" />
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="286" />
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="287" />
        <source>bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="288" />
        <source>{encoding}, separated by {separator}, {n} columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="306" />
        <source>(not imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="330" />
        <source>Save mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="332" />
        <source>Mapping files (*.json)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="151" />
        <source>{number} was changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="154" />
        <source>{who} saved {number} after you opened it. For each field below choose whose value to keep (tick "Use theirs" or press Space on the row), then save again. Fields in bold were changed by both of you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="173" />
        <source>Keep all &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="175" />
        <source>Take all &amp;theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="184" />
        <source>&amp;Save my choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="186" />
        <source>&amp;Back to my edits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="65" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="66" />
        <source>Yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="67" />
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="68" />
        <source>Use theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="117" />
        <source> (both changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="119" />
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="121" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="123" />
        <source>theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="123" />
        <source>mine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="41" />
        <source>Conflicts</source>
        <extracomment>Wait this long after the last edit before asking (typing a time is several edits).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="60" />
        <source>Acce&amp;pt…</source>
        <extracomment>records an acceptance (the change calendar service's ``accept``) why accepting cannot be done now (unsaved edits), or None</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="62" />
        <source>Schedule over the selected conflict, saying why (kept with the change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="89" />
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="108" />
        <source>Plan the window to see its conflicts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="110" />
        <source>No conflicts: no other change on these CIs or their neighbours, the implementer is free, no freeze.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="114" />
        <source>%n conflict(s), {open} not accepted</source>
        <translation><numerusform>%n conflict, {open} not accepted</numerusform><numerusform>%n conflicts, {open} not accepted</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="120" />
        <source>Accepted: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="130" />
        <source>{start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="133" />
        <source>Freeze {name}, {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="135" />
        <source>{n} has the same implementer, {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="137" />
        <source>{n} on the same CI {ci}, {when}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="140" />
        <source>{n} on {ci}, %n relation(s) away, {when}</source>
        <translation><numerusform>{n} on {ci}, %n relation away, {when}</numerusform><numerusform>{n} on {ci}, %n relations away, {when}</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="142" />
        <source>✓ {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="143" />
        <source>⚠ {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="167" />
        <source>Accept a conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="168" />
        <source>Why may the change go ahead despite this?
{what}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="82" />
        <source>Co&amp;mments</source>
        <extracomment>events that repeat a comment or work note (the note itself is in the timeline) Ctrl+Shift+T or the button: the form offers the canned responses (CannedResponses)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="83" />
        <source>&amp;Work notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="84" />
        <source>F&amp;ield changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="85" />
        <source>Newest firs&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="97" />
        <source>Nothing written yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="99" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="108" />
        <source>Write a reply to the caller or an internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="110" />
        <source>Note te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="116" />
        <source>e.g. 1h 30m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="118" />
        <source>Time s&amp;pent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="120" />
        <source>Add &amp;comment (caller sees it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="122" />
        <source>A&amp;dd work note (internal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="127" />
        <source>Canned response…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="129" />
        <source>Insert a canned response at the cursor, its placeholders filled from this item (Ctrl+Shift+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="135" />
        <source>Insert a canned response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="190" />
        <source>Work note (internal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="191" />
        <source>Comment (caller sees it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="214" />
        <source>The note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="214" />
        <source>The comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="214" />
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="246" />
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="216" />
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="246" />
        <source>Re&amp;ject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="233" />
        <source>Required when rejecting: say why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="238" />
        <source>Decision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="243" />
        <source>&amp;Came:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="245" />
        <source>C&amp;omment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="247" />
        <source>&amp;Decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="254" />
        <source>Choose Approve or Reject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="258" />
        <source>Say why in the comment: a rejection needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="262" />
        <source>The comment is too long; keep it under %n characters.</source>
        <translation><numerusform>The comment is too long; keep it under %n characters.</numerusform><numerusform>The comment is too long; keep it under %n characters.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="268" />
        <source>Say how the decision came: by phone or by e-mail.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DefaultTeamDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="38" />
        <source>Choose your default team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="40" />
        <source>Work you take that has no team yet goes to this team; an administrator or supervisor can change it later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="47" />
        <source>Choose a team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="50" />
        <source>Default &amp;team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="56" />
        <source>Use this team</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="234" />
        <source>Delegate approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="240" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="261" />
        <source>Yours now:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="262" />
        <source>&amp;Stand-in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="263" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="264" />
        <source>&amp;Until (included):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="265" />
        <source>&amp;Delegate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="274" />
        <source>{to}, {start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="277" />
        <source>No delegation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="296" />
        <source>Pick who decides your approvals while you are away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="302" />
        <source>{name} stands in for you from {start} to {end}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="315" />
        <source>Delegation removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemandModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="65" />
        <source>Tickets of the second half of the weeks against the first half</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemandPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="166" />
        <source>Demand: incidents and requests raised per week for each service. Cost: time logged on the service's items times the hourly rate of the item's team (time of a team without a rate is shown apart, not counted as free); per ticket: over the tickets with time logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="170" />
        <source>De&amp;mand over:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesignView</name>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="222" />
        <source>&amp;SLA definitions</source>
        <extracomment>the change-bus kinds each list shows The list's share of the pane's width the first time it is shown (the editor gets the rest). The list grows past LIST_SHARE to show its rows whole, up to this share. (the list's least width, the width its values want, the editor's least width)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="223" />
        <source>Business-hours ca&amp;lendars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="224" />
        <source>Resolu&amp;tion codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="226" />
        <source>Availa&amp;bility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="230" />
        <source>Service catalog&amp;ue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="293" />
        <source>{slas}, {cals}, {codes}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="294" />
        <source>%Ln SLA definition(s)</source>
        <translation><numerusform>%Ln SLA definition</numerusform><numerusform>%Ln SLA definitions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="295" />
        <source>%Ln calendar(s)</source>
        <translation><numerusform>%Ln calendar</numerusform><numerusform>%Ln calendars</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="296" />
        <source>%Ln resolution code(s)</source>
        <translation><numerusform>%Ln resolution code</numerusform><numerusform>%Ln resolution codes</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="331" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="332" />
        <source>The record you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="381" />
        <source>New record: fill in the form and press Ctrl+S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="423" />
        <source>Saved {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="431" />
        <source>Not saved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="437" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="412" />
        <source>&amp;Notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="414" />
        <source>What is new for you (Ctrl+Shift+J)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="417" />
        <source>Notification settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="456" />
        <source>DeskApp keeps running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="457" />
        <source>DeskApp is in the tray and will tell you what is new; quit it from the tray's menu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="385" />
        <source>{n} items</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="142" />
        <source>&amp;Use existing caller</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="247" />
        <source>{m} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="248" />
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="249" />
        <source>{d} d {h} h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="250" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="251" />
        <source>{p} %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="252" />
        <source>over 10x</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditChangeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="123" />
        <source>Edit and retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="140" />
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="145" />
        <source>This change has no text to edit; it is sent again as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="151" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="151" />
        <source>Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="152" />
        <source>Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="152" />
        <source>Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="153" />
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="153" />
        <source>Resolution notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="154" />
        <source>Resolution code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="155" />
        <source>Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="155" />
        <source>File name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntitlementDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="470" />
        <source>New entitlement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="476" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="476" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="477" />
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="479" />
        <source>The system owner &amp;approves requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="481" />
        <source>&amp;System:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="482" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="483" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="485" />
        <source>&amp;Add entitlement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="497" />
        <source>Add a system first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureMatrixModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="113" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="120" />
        <source>not measured yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="123" />
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="142" />
        <source>Not measured yet: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="124" />
        <source>{basis} (over {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="135" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="160" />
        <source>Sp&amp;lit by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="195" />
        <source>Calculating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="204" />
        <source>{n} groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="215" />
        <source>Pick a figure to read what it counts; a column header's tooltip says the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="218" />
        <source>{label}: not measured yet — {why}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="221" />
        <source>{label}: {basis}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="90" />
        <source>Queue filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="94" />
        <source>Words or a ticket number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="95" />
        <source>My teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="97" />
        <source>Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="97" />
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="116" />
        <source>Items whose CIs a ticked service depends on (through the CMDB, up to five relations away), or that name the service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="125" />
        <source>any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="126" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="130" />
        <source>&amp;Text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="130" />
        <source>T&amp;eams:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="131" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="131" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="132" />
        <source>&amp;Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="132" />
        <source>S&amp;LA state:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="133" />
        <source>Se&amp;rvice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="133" />
        <source>&amp;CI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="134" />
        <source>Cate&amp;gory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="135" />
        <source>Created &amp;within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="136" />
        <source>&amp;Updated within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="137" />
        <source>Kin&amp;d:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="138" />
        <source>A&amp;ffected service:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="66" />
        <source>Welcome to DeskApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="70" />
        <source>&lt;h2&gt;Welcome to DeskApp&lt;/h2&gt;&lt;p&gt;How would you like to start? You can add a shared server later from &lt;b&gt;File ▸ Switch connection&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="78" />
        <source>e.g. Alex Morgan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="80" />
        <source>Your &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="86" />
        <source>Start with an &amp;empty desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="87" />
        <source>A private database on this computer, with a default team, SLA and calendar. Best for real work on your own or in the field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="90" />
        <source>Start with &amp;sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="91" />
        <source>The same private database, filled with 2,000 realistic incidents, services and configuration items to explore DeskApp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="94" />
        <source>Connect to a s&amp;hared server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="95" />
        <source>Your team's PostgreSQL server. You sign in with your database login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="114" />
        <source>Enter your name first; it is shown on the tickets you work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="116" />
        <source>Your name is {count} characters long; the limit is {limit}. Shorten it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="15" />
        <source>SLA: {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_header.py" line="61" />
        <source>{number} (provisional: the desk numbers it at the next sync)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="232" />
        <source>Freeze window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="233" />
        <source>New freeze window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="238" />
        <source>e.g. Year-end freeze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="243" />
        <source>The whole desk (every service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="247" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="248" />
        <source>F&amp;rom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="249" />
        <source>&amp;Until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="250" />
        <source>Appl&amp;ies to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="251" />
        <source>R&amp;eason:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FreezesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="86" />
        <source>&amp;New freeze window…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="87" />
        <source>Rem&amp;ove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="89" />
        <source>Remove the selected freeze window (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="91" />
        <source>Show en&amp;ded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="106" />
        <source>%n freeze window(s)</source>
        <translation><numerusform>%n freeze window</numerusform><numerusform>%n freeze windows</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="121" />
        <source>the whole desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="122" />
        <source>Remove freeze window?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="123" />
        <source>Remove the freeze window '{name}' ({start} to {end}, {where})? Changes are no longer warned about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="127" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="128" />
        <source>Removed the freeze window '{name}'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GrantRequestDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="123" />
        <source>Request access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="127" />
        <source>Type a name or e-mail to find the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="135" />
        <source>E&amp;xpires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="143" />
        <source>Why the person needs it (the owner reads it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="144" />
        <source>&amp;Person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="145" />
        <source>&amp;System:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="146" />
        <source>&amp;Entitlement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="151" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="152" />
        <source>&amp;Request access</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GrantsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="67" />
        <source>No request stands behind this grant ({source}); confirm it in a review or revoke it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="72" />
        <source>revoked {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="74" />
        <source>revoking: {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="76" />
        <source>⚑ none ({source})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupedQueueModel</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/grouped.py" line="48" />
        <source>(none)</source>
        <extracomment>rows read per page of an open group internal ids: 0 for group rows, group number + 1 for the rows under a group</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/grouped.py" line="260" />
        <source>… {n} more (Enter or scroll here to load)</source>
        <extracomment>the "more" row after the loaded rows is in the model (changed only inside the model's begin/end signals)</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HolidayModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="179" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="179" />
        <source>Weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="179" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImpactGraphView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact_graph.py" line="141" />
        <source>+ {n} more</source>
        <extracomment>a layer wider than this wraps onto further rows, so the drawing stays about as wide as tall never shrink below this to fit: smaller boxes cannot be read (the view scrolls instead)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact_graph.py" line="142" />
        <source>Listed in the List tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact_graph.py" line="153" />
        <source>service affected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImpactPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="70" />
        <source>Upstream: what depends on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="71" />
        <source>Downstream: what it depends on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="83" />
        <source>Analyse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="84" />
        <source>Walk the relations from this CI (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="85" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="87" />
        <location filename="../../src/deskapp/ui/transition/impact.py" line="153" />
        <source>Choose a direction and depth, then Analyse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="92" />
        <source>Direction:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="94" />
        <source>Depth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="105" />
        <source>CIs reached by the impact analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="106" />
        <source>Double-click or press Enter to open a CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="110" />
        <source>Services affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="115" />
        <source>Services affected:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="122" />
        <source>Click a CI to open it; drag to move, Ctrl+wheel to zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="126" />
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="127" />
        <source>Graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="139" />
        <source>Analyse the impact of the CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="155" />
        <source>Save the CI first; then analyse its impact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="165" />
        <source>Tick at least one relation type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="174" />
        <source>Analysing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="182" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="195" />
        <source>{name} ({n} hops)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="199" />
        <source>{n} at {d}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="201" />
        <source>{total} CIs reached ({per}); {services} services affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="204" />
        <source>{total} CIs reached ({per}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="206" />
        <source>The list shows the nearest {n}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="208" />
        <source>The graph draws {n}; the rest are summarised per layer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="61" />
        <source>Import</source>
        <extracomment>Progress over both phases: reading the file (bytes) then writing (incidents), 0..1000.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="16" />
        <source>Checking every row…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="17" />
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="18" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="19" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="20" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="21" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="22" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="23" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="24" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImprovementView</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="89" />
        <source>Last 7 days</source>
        <extracomment>True while the figures on screen are not those of the dates chosen (preset, first day, last day) of the figures on screen / of the last request</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="90" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="91" />
        <source>This quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="92" />
        <source>Custom dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="98" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="100" />
        <source>Fr&amp;om</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="102" />
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="106" />
        <source>&amp;Recalculate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="107" />
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="135" />
        <source>Created</source>
        <extracomment>where the figures were read: shown only for a reporting replica, with its lag</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="136" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="137" />
        <source>MTTA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="138" />
        <source>MTTR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="139" />
        <source>Response SLA met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="140" />
        <source>Resolution SLA met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="141" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="407" />
        <source>Open backlog now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="270" />
        <source>Calculating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="276" />
        <source>Figures for {start} to {end}, not the dates chosen: press Enter or Recalculate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="279" />
        <source>Calculated {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="343" />
        <source>KPIs for {start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="358" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="383" />
        <source>opened in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="361" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="363" />
        <source>business: {d}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="359" />
        <source>net {sign}{n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="181" />
        <source>Overvie&amp;w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="182" />
        <source>F&amp;igures by group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="183" />
        <source>Tre&amp;nds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="185" />
        <source>&amp;CSI register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="189" />
        <source>&amp;Service reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="321" />
        <source>Read from the reporting replica (how far behind is not known yet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="323" />
        <source>Read from the reporting replica, up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="325" />
        <source>Read from the reporting replica, {seconds} s behind the desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="366" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="369" />
        <source>{met} of {n} met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="372" />
        <source>{n} breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="379" />
        <source>incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="379" />
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="380" />
        <source>business minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="380" />
        <source>%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="382" />
        <source>Incidents created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="384" />
        <source>Incidents resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="385" />
        <source>last resolved in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="386" />
        <source>MTTA (wall clock)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="387" />
        <source>mean opening to first response; {n} responded in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="389" />
        <source>MTTA (business time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="390" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="396" />
        <source>the same, in the SLA calendar's working minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="392" />
        <source>MTTR (wall clock)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="393" />
        <source>mean opening to resolution; {n} resolved in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="395" />
        <source>MTTR (business time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="398" />
        <source>Response SLA compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="399" />
        <source>{met} of {n} response clocks stopped in the period were met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="402" />
        <source>Resolution SLA compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="404" />
        <source>{met} of {n} resolution clocks stopped in the period were met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="408" />
        <source>open incidents of every priority, whatever the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="413" />
        <source>Open {priority}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="414" />
        <source>{breached} breached, {unassigned} unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="438" />
        <source>Export KPIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="438" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="446" />
        <source>Period start (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="448" />
        <source>Period end (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="451" />
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="454" />
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
        <location filename="../../src/deskapp/ui/operation/details.py" line="125" />
        <source>Symptoms, error messages, what the caller already tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="130" />
        <source>Type a name or e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="144" />
        <source>Ne&amp;w caller…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="146" />
        <source>Add a caller the desk does not know yet (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="179" />
        <source>Ma&amp;jor incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="186" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="187" />
        <source>Ca&amp;ller:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="189" />
        <source>Configuration &amp;item:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="188" />
        <source>S&amp;ervice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="151" />
        <source>New caller…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="190" />
        <source>Categor&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="191" />
        <source>&amp;Channel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="192" />
        <source>Im&amp;pact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="193" />
        <source>&amp;Urgency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="194" />
        <source>Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="195" />
        <source>Tea&amp;m:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="196" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="198" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="269" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="270" />
        <source>(no service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="279" />
        <source>(no configuration item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="289" />
        <source>(nobody yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="370" />
        <source>Enter a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="372" />
        <source>The title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="373" />
        <source>The description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="378" />
        <source>The category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="380" />
        <source>Pick the caller from the list: type a few letters and choose a name, add them with New caller (Ctrl+Shift+N), or clear the field.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="37" />
        <source>Save the incident (Ctrl+S)</source>
        <extracomment>"Create article from this incident": the ArticleDraft, for the knowledge base to open</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="60" />
        <source>Part of a major incident?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="61" />
        <source>This looks like {n}: {title} (an open major incident on {service}). Link {mine} to it as a child incident?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="77" />
        <source>{mine} is now a child of {n}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="94" />
        <source>New problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="96" />
        <source>Start a problem for the cause behind this incident; the incident is linked to it (Ctrl+Alt+B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="100" />
        <source>Apply workaround…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="103" />
        <source>Apply a known error's workaround: links the incident to it, records the workaround as a work note and resolves at once if the caller confirms it (Ctrl+Alt+W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="110" />
        <source>Convert to request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="112" />
        <source>This is an order, not a disruption: make it a service request from the catalogue, keeping its history (Ctrl+Alt+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="145" />
        <source>Save the incident before applying a workaround.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="148" />
        <source>{n} is already resolved; reopen it to apply a workaround.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="172" />
        <source>Workaround of {p} applied; {n} resolved{fcr}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="174" />
        <source> at first contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="176" />
        <source>Workaround of {p} applied to {n} and noted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="197" />
        <source>Save the incident before starting a problem from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="206" />
        <source>{n} created; the incident is linked to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="218" />
        <source>Save or discard your changes before converting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="294" />
        <source>opened {opened}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="364" />
        <source>Resolve with open tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="365" />
        <source>&amp;Reason (kept in the history):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="390" />
        <source>Added caller {name}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentTemplates</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="30" />
        <source>From template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="32" />
        <source>Pre-fill this new incident from an incident template: category, service, priority, team and a description to complete (Ctrl+Alt+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="38" />
        <source>Pre-fill a new incident from a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="47" />
        <source>Templates pre-fill a new incident; press Ctrl+N for one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="72" />
        <source>Template applied; complete the fields and save (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="177" />
        <source>Edit initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="178" />
        <source>New improvement initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="191" />
        <source>Any team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="192" />
        <source>Any service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="193" />
        <source>Nobody yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="198" />
        <source>Any priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="220" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="220" />
        <source>&amp;Why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="221" />
        <source>&amp;KPI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="221" />
        <source>T&amp;eam:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="222" />
        <source>Ser&amp;vice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="223" />
        <source>&amp;Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="224" />
        <source>Ta&amp;rget:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="224" />
        <source>&amp;Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="225" />
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="225" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="226" />
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="247" />
        <source>Target in {unit} ({better} is better). The baseline is this KPI over the {days} days before registering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="249" />
        <source>lower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="250" />
        <source>higher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="268" />
        <source>Fixed: the baseline was measured for this KPI and scope.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="44" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="45" />
        <source>In review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="46" />
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="47" />
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="106" />
        <source>Words or an article number (KB-…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="110" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="113" />
        <source>Due for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="116" />
        <source>&amp;New article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="117" />
        <source>Write a new article (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="121" />
        <source>Fin&amp;d:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="122" />
        <source>Stat&amp;us:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="142" />
        <source>Knowledge articles</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="207" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="207" />
        <source> (more match: narrow the search)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="210" />
        <source> · %n due for review</source>
        <translation><numerusform> · %n due for review</numerusform><numerusform> · %n due for review</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="244" />
        <source>New article: write it, save it, then send it for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="260" />
        <source>Saved {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="273" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="274" />
        <source>Save your changes first (Ctrl+S); the step applies to the saved article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="279" />
        <source>Send back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="279" />
        <source>What should the author change?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="283" />
        <source>Retire {number}? It stays readable but is never suggested again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="285" />
        <source>Revise {number}? It goes back to draft and leaves the suggestions until it is reviewed and published again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="288" />
        <source>Knowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="303" />
        <source>Save the new article first (Ctrl+S); pictures are stored with a saved article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="311" />
        <source>Storing {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="318" />
        <source>{name} was stored with another article than the one shown now; insert it again here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="323" />
        <source>{name} is stored with {number}; save the article to keep it in the text (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="329" />
        <source>No picture was inserted: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="334" />
        <source>{number} is now {status}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="352" />
        <source>Still valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="352" />
        <source>Next review date (YYYY-MM-DD):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="359" />
        <source>Write the date as YYYY-MM-DD, e.g. {example}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="380" />
        <source>{number} has not been published yet: it has no versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="407" />
        <source>Nothing was saved: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="417" />
        <source>Unsaved article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="418" />
        <source>Discard your changes to this article?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="436" />
        <source>Insert picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="437" />
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="66" />
        <source>Root cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="70" />
        <source>Symptoms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="71" />
        <source>Workaround</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="73" />
        <source>Affected service</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnownErrorsView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="94" />
        <source>Symptoms, workaround, root cause or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="95" />
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="99" />
        <source>(every service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="100" />
        <source>S&amp;ervice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="102" />
        <source>Back to &amp;queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="105" />
        <source>&amp;Open problem</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="169" />
        <source>&lt;b&gt;Known errors&lt;/b&gt; · %n shown</source>
        <translation><numerusform>&lt;b&gt;Known errors&lt;/b&gt; · %n shown</numerusform><numerusform>&lt;b&gt;Known errors&lt;/b&gt; · %n shown</numerusform></translation>
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
        <location filename="../../src/deskapp/ui/labels.py" line="28" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="29" />
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="30" />
        <source>In Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="31" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="32" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="33" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="50" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="56" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="77" />
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="130" />
        <source>P1 - Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="131" />
        <source>P2 - High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="132" />
        <source>P3 - Moderate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="133" />
        <source>P4 - Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="134" />
        <source>P5 - Planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="137" />
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="138" />
        <source>Breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="139" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="140" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="142" />
        <source>Hardware</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="143" />
        <source>Software</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="144" />
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="145" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="25" />
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="124" />
        <location filename="../../src/deskapp/ui/labels.py" line="146" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="147" />
        <source>Printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="148" />
        <source>Telephony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="149" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="150" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="152" />
        <source>Solved (permanently)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="153" />
        <source>Solved (workaround)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="159" />
        <source>Not reproducible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="157" />
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="35" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="37" />
        <source>Under investigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="39" />
        <source>Software defect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="40" />
        <source>Hardware failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="41" />
        <source>Configuration error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="42" />
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="43" />
        <source>Failed change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="44" />
        <source>Supplier / third party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="45" />
        <source>Human error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="46" />
        <source>Process gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="47" />
        <source>Environment (power, cooling)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="48" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="52" />
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="53" />
        <source>Incident task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="54" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="53" />
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="55" />
        <source>Incident tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="57" />
        <source>Request task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="58" />
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="59" />
        <source>Request tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="60" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="61" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="62" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="63" />
        <source>Change task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="64" />
        <source>Access request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="66" />
        <source>Assess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="67" />
        <source>Authorise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="68" />
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="69" />
        <source>Implement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="70" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="78" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="71" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="72" />
        <source>Change tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="73" />
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="74" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="75" />
        <source>Emergency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="76" />
        <source>Successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="77" />
        <source>Successful with issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="78" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="79" />
        <source>Backed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="80" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="81" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="82" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="83" />
        <source>Very high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="84" />
        <source>Who loses service if the change fails?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="85" />
        <source>Nobody (no user-facing service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="86" />
        <source>One team or site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="87" />
        <source>A failure would stop one team or site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="88" />
        <source>A department or several sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="89" />
        <source>A failure would stop a department or several sites.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="90" />
        <source>Everyone, or customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="91" />
        <source>A failure would stop everyone (or customers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="92" />
        <source>Does it touch a business-critical service?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="93" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="94" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="95" />
        <source>It touches a business-critical service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="96" />
        <source>How quickly can it be backed out?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="97" />
        <source>Within minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="98" />
        <source>Within hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="99" />
        <source>Backing it out takes hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="100" />
        <source>It cannot be backed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="101" />
        <source>It cannot be backed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="102" />
        <source>Was it tested in a test environment?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="103" />
        <source>Fully, like production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="104" />
        <source>Partly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="105" />
        <source>It was only partly tested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="106" />
        <source>Not tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="107" />
        <source>It was not tested before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="108" />
        <source>Has the team made this change before?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="109" />
        <source>Often</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="110" />
        <source>Once or twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="111" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="112" />
        <source>The team has never made this change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="114" />
        <source>Awaiting caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="115" />
        <source>Awaiting vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="116" />
        <source>Awaiting change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="117" />
        <source>Awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="119" />
        <source>1 - High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="120" />
        <source>2 - Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="121" />
        <source>3 - Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="123" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="125" />
        <source>Portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="126" />
        <source>Walk-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="127" />
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="128" />
        <source>Monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="136" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="154" />
        <source>Not solved (not reproducible)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="155" />
        <source>Not solved (too costly)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="156" />
        <source>Closed/resolved by caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="160" />
        <source>Cancelled by caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="161" />
        <source>Known error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="163" />
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="164" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="165" />
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="166" />
        <source>Network switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="167" />
        <source>Storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="168" />
        <source>Service component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="169" />
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="170" />
        <source>Laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="171" />
        <source>Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="172" />
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="174" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="175" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="69" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="176" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="74" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="177" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="96" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="178" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="87" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="179" />
        <source>SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="180" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="44" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="181" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="91" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="182" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="31" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="183" />
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="184" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="83" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="185" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="36" />
        <source>CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="186" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="187" />
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="188" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="190" />
        <source>My open work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="191" />
        <source>Unassigned in my teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="192" />
        <source>Breached or at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="193" />
        <source>All open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="194" />
        <source>Open problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="195" />
        <source>Watching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="196" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="63" />
        <source>Major incidents</source>
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
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="26" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="27" />
        <source>Added by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="28" />
        <source>Approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="29" />
        <source>Asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="30" />
        <source>Asked of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="32" />
        <source>Audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="33" />
        <source>Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="34" />
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="35" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="37" />
        <source>Children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="38" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="39" />
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="40" />
        <source>Cost per ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="41" />
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="42" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="43" />
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="45" />
        <source>Entitlement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="46" />
        <source>Entitlements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="47" />
        <source>Entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="48" />
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="49" />
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="50" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="51" />
        <source>Granted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="52" />
        <source>Holders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="54" />
        <source>Initiative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="55" />
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="56" />
        <source>KPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="57" />
        <source>Known error since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="58" />
        <source>Last 12 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="59" />
        <source>Late reviewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="60" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="61" />
        <source>Linked items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="62" />
        <source>Mailed to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="64" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="65" />
        <source>Next update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="66" />
        <source>Next update due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="67" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="68" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="70" />
        <source>Outage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="71" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="72" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="73" />
        <source>Posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="75" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="76" />
        <source>Recorded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="79" />
        <source>Reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="80" />
        <source>Revocation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="81" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="82" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="84" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="85" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="86" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="88" />
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="89" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="90" />
        <source>Target met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="92" />
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="93" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="94" />
        <source>Time logged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="95" />
        <source>Time without a team rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="97" />
        <source>Trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="98" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="99" />
        <source>Weekly demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="100" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="101" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="102" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="103" />
        <source>Workaround</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="55" />
        <source>Planned</source>
        <extracomment>domain labels shown through tr_label (context "Labels") that no other screen marks</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="56" />
        <source>Released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="57" />
        <source>Any one approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="58" />
        <source>All approvers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="59" />
        <source>A majority of approvers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeaverDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="214" />
        <source>Leaver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="218" />
        <source>Type a name or e-mail to find the leaver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="226" />
        <source>&amp;Person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="229" />
        <source>&amp;Leaves on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="230" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="232" />
        <source>Revoke all &amp;access</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="247" />
        <source>%n live grant(s) will be revoked, one task per system owner.</source>
        <translation><numerusform>%n live grant will be revoked, one task per system owner.</numerusform><numerusform>%n live grants will be revoked, one task per system owner.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="253" />
        <source>Pick the person who leaves.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <location filename="../../src/deskapp/ui/length_counter.py" line="31" />
        <source>{what} is {count} characters long; the limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/length_counter.py" line="67" />
        <source>{count} / {limit}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/length_counter.py" line="85" />
        <source>%Ln character(s) too long; shorten the text.</source>
        <translation><numerusform>%Ln character too long; shorten the text.</numerusform><numerusform>%Ln characters too long; shorten the text.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/length_counter.py" line="87" />
        <source>The limit is {limit} characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="179" />
        <source>Link to another ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="189" />
        <source>INC-000042</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="192" />
        <source>&amp;This ticket:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="193" />
        <source>&amp;Number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="194" />
        <source>&amp;Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="199" />
        <source>Type the other ticket's number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="87" />
        <source>&amp;Add link…</source>
        <extracomment>link types the dialog also offers read from the target ("Fixed by", "Causes")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="90" />
        <source>Re&amp;move link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="132" />
        <source>Linked to {number}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailTemplatesTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="47" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="47" />
        <source>German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="60" />
        <source>(the latest item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="67" />
        <source>&amp;Save template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="68" />
        <source>Reset to b&amp;uilt-in text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="74" />
        <source>Messa&amp;ge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="75" />
        <source>La&amp;nguage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="76" />
        <source>Sub&amp;ject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="77" />
        <source>Te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="96" />
        <source>Previe&amp;w on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="133" />
        <source>Caller: call logged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="134" />
        <source>Caller: a comment they see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="135" />
        <source>Caller: we need something</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="136" />
        <source>Caller: resolved, with the rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="137" />
        <source>Staff: assigned to you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="138" />
        <source>Staff: SLA at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="139" />
        <source>Staff: SLA breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="140" />
        <source>Stakeholders: major-incident update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="157" />
        <source>Placeholders: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="159" />
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="192" />
        <source>The desk's own text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="160" />
        <source>The built-in text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="175" />
        <source>Preview on {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="191" />
        <source>Saved; the desk writes this text from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="199" />
        <source>Reset to built-in text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="200" />
        <source>Replace the desk's own text of this message with the built-in one? The desk's text is lost (the audit trail keeps it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="204" />
        <source>&amp;Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="205" />
        <source>&amp;Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="215" />
        <source>Back to the built-in text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="382" />
        <source>Mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="387" />
        <source>Se&amp;ttings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="388" />
        <source>Out&amp;box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="389" />
        <source>Re&amp;view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="390" />
        <source>T&amp;emplates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="125" />
        <source>DeskApp — {profile}</source>
        <extracomment>How often the status bar proves the database still answers. The area bar is as wide as its longest area name; a person may drag it up to this. the view class as "module:Class", imported when the area is first shown (the four areas besides Service Operation are not loaded at start-up)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="139" />
        <source>Process areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="206" />
        <source>Read-only: DeskApp may not write to this database or its folder. You can look things up; saving is refused until you get write access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="211" />
        <source>Read-only notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="259" />
        <source>Service Strategy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="260" />
        <source>Service Design</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="261" />
        <source>Service Transition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="262" />
        <source>Service Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="263" />
        <source>Continual Improvement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="268" />
        <source>Service portfolio: pipeline, catalogue and retired services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="269" />
        <source>SLA definitions and business-hours calendars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="270" />
        <source>Configuration items and the incidents against them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="271" />
        <source>Incidents: queues, search and the incident form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="272" />
        <source>KPIs: MTTA, MTTR, SLA compliance and backlog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="294" />
        <source>&amp;New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="295" />
        <source>New record in this area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="296" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="297" />
        <source>Save the record being edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="299" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="300" />
        <source>Reload this area from the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="302" />
        <source>&amp;Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="303" />
        <source>Find an incident by number or text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="305" />
        <source>Ne&amp;xt record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="307" />
        <source>Next record in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="308" />
        <source>&amp;Previous record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="310" />
        <source>Previous record in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="312" />
        <source>S&amp;witch connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="314" />
        <source>Open another database profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="315" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="317" />
        <source>Import incidents or reference data from CSV or ServiceNow exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="323" />
        <source>Importing creates staff, callers, services and CIs; ask an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="325" />
        <source>Work &amp;offline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="326" />
        <source>Carry your open work on this computer as a replica of this desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="328" />
        <source>E&amp;xit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="329" />
        <source>Reset &amp;layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="330" />
        <source>Forget window and column layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="332" />
        <source>&amp;Queue list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="333" />
        <source>Show or hide the queue list under Service Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="337" />
        <source>&amp;Administration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="338" />
        <source>Staff, roles, teams and the audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="340" />
        <source>&amp;Mail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="341" />
        <source>Mail settings, the outbox and messages waiting for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="342" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="344" />
        <source>&amp;About DeskApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="356" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="365" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="369" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="374" />
        <source>&amp;Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="377" />
        <location filename="../../src/deskapp/ui/main_window.py" line="393" />
        <source>Follow the &amp;system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="378" />
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="379" />
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="388" />
        <source>La&amp;nguage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="393" />
        <source>&amp;English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="394" />
        <source>&amp;Deutsch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="403" />
        <source>Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="407" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="410" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="428" />
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="436" />
        <source>Signed in as {name} ({user})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="440" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="456" />
        <source>Local database: {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="460" />
        <source>Shared database {database} on {host}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="463" />
        <source>Database user: {user}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="704" />
        <source>● Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="706" />
        <source>The database answered just now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="709" />
        <source>● Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="712" />
        <source>The database did not answer: {reason} DeskApp retries every 30 seconds; press F5 to retry now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="768" />
        <source>About DeskApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="769" />
        <source>&lt;h3&gt;DeskApp {version}&lt;/h3&gt;&lt;p&gt;A service-desk client organised by the ITIL lifecycle.&lt;/p&gt;&lt;p&gt;Database: {url}&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="817" />
        <source>Layout reset; column and panel sizes return to defaults the next time DeskApp starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="829" />
        <source>Appearance changed; a few sentences take their new colour when their window opens again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="836" />
        <source>Language changed; restart DeskApp to see it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MajorIncidents</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="49" />
        <source>overdue by {d}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="52" />
        <source>in {d}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MajorIncidentsView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="129" />
        <source>Show &amp;resolved too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="132" />
        <source>&amp;Open incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="135" />
        <source>Post &amp;update…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="137" />
        <source>Log a stakeholder update and when the next one is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="140" />
        <source>&amp;Stakeholders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="142" />
        <source>Who updates are mailed to: callers following the service and addresses named on the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="146" />
        <source>Back to &amp;queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="165" />
        <source>Open &amp;child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="167" />
        <source>Un&amp;link child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="175" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="176" />
        <source>Child incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="177" />
        <source>Communications</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="210" />
        <source>&lt;b&gt;Major incidents&lt;/b&gt; · %n shown</source>
        <translation><numerusform>&lt;b&gt;Major incidents&lt;/b&gt; · %n shown</numerusform><numerusform>&lt;b&gt;Major incidents&lt;/b&gt; · %n shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="213" />
        <source>%n update(s) overdue</source>
        <translation><numerusform>%n update overdue</numerusform><numerusform>%n updates overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="243" />
        <source>%n child incident(s), {open} open</source>
        <translation><numerusform>%n child incident, {open} open</numerusform><numerusform>%n child incidents, {open} open</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="250" />
        <source>The next stakeholder update on {n} was due {when}: {late} overdue. Post an update (Alt+U).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="267" />
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="303" />
        <source>Choose a major incident first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="275" />
        <source>Update to {who} logged on {n}.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="278" />
        <source>Mail to %n stakeholder(s) is on its way.</source>
        <translation><numerusform>Mail to %n stakeholder is on its way.</numerusform><numerusform>Mail to %n stakeholders is on its way.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="317" />
        <source>Choose the child incident to unlink first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ManagerPicker</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="476" />
        <source>Type a name to find the manager</source>
        <extracomment>the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="483" />
        <source>Mana&amp;ger:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="500" />
        <source>No manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="155" />
        <source>[Picture not shown: pictures are shown once the article is saved.]</source>
        <extracomment>reads an article's pictures: (article id, picture ids) -&gt; their contents (a service call) a wider picture is drawn scaled down to this width the pictures of the text shown are drawn or replaced by their sentences (tests wait) attachment name -&gt; image bytes (the older ``attachment:`` form; nothing fills it) pictures asked for and not in yet why a picture could not be read this time (asked again on the next showing) the shown article's pictures: a decoded picture, or the sentence shown instead</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="157" />
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="225" />
        <source>[Picture not shown here.]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="205" />
        <source>[Picture not shown: {reason}]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="217" />
        <source>[Picture not shown: it belongs to another article. Insert it into this one to show it here.]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="219" />
        <source>[Picture missing: it is not in the database (never saved with an article, or removed).]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="221" />
        <source>[Picture not shown: its stored content is damaged; ask an administrator.]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="223" />
        <source>[Picture not shown: an article shows at most {n} pictures.]</source>
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
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="97" />
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
    <name>MyApprovalsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="61" />
        <source>{name} (you stand in)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MyReviewLines</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="230" />
        <source>Keep or rev&amp;oke…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="248" />
        <source>&lt;b&gt;Access reviews&lt;/b&gt; · %n grant(s) to confirm</source>
        <translation><numerusform>&lt;b&gt;Access reviews&lt;/b&gt; · %n grant to confirm</numerusform><numerusform>&lt;b&gt;Access reviews&lt;/b&gt; · %n grants to confirm</numerusform></translation>
    </message>
</context>
<context>
    <name>NewCallerDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="196" />
        <source>New caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="202" />
        <source>Create &amp;anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="211" />
        <source>&amp;Create caller</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="66" />
        <source>New request</source>
        <extracomment>fields whose refusal is about the order as a whole: the error's sentence says it the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="67" />
        <source>Convert {number} to a request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="78" />
        <source>Type to find an offering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="84" />
        <source>&amp;Offering:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="95" />
        <source>Type a name or e-mail to find the caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="120" />
        <source>For &amp;caller:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="130" />
        <source>For:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="131" />
        <source>(no caller: set one first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="132" />
        <source>&amp;Urgency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="136" />
        <source>Access &amp;ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="161" />
        <source>&amp;Submit request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="161" />
        <source>&amp;Convert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="231" />
        <source>No offering matches; type fewer words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="240" />
        <source>&lt;b&gt;{name}&lt;/b&gt; ({service})&lt;br&gt;Grants &lt;b&gt;{access}&lt;/b&gt;: this raises an access request, approved by the system owner when the entitlement asks for it and carried out by the system's team.&lt;br&gt;{description}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="246" />
        <source>needs approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="247" />
        <source>no approval needed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="249" />
        <source>&lt;b&gt;{name}&lt;/b&gt; ({service}; {approval}; %n task(s))&lt;br&gt;{description}</source>
        <translation><numerusform>&lt;b&gt;{name}&lt;/b&gt; ({service}; {approval}; %n task)&lt;br&gt;{description}</numerusform><numerusform>&lt;b&gt;{name}&lt;/b&gt; ({service}; {approval}; %n tasks)&lt;br&gt;{description}</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="291" />
        <source>Correct the fields marked in red, then submit again (nothing was saved).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="112" />
        <source>New staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="118" />
        <source>empty: set it later with Reset password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="120" />
        <source>&amp;Username (database login):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="121" />
        <source>&amp;Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="122" />
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="124" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="127" />
        <source>New incident task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="133" />
        <source>(no team yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="138" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="139" />
        <source>T&amp;eam:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="140" />
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="145" />
        <source>Give the task a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="147" />
        <source>The title</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="231" />
        <source>Notification &amp;settings…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/notifications.py" line="238" />
        <source>%n new notification(s)</source>
        <translation><numerusform>%n new notification</numerusform><numerusform>%n new notifications</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/notifications.py" line="239" />
        <source>%n new notification(s) (Ctrl+Shift+J)</source>
        <translation><numerusform>%n new notification (Ctrl+Shift+J)</numerusform><numerusform>%n new notifications (Ctrl+Shift+J)</numerusform></translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="328" />
        <source>Notification settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="331" />
        <source>Notify me when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="339" />
        <source>&amp;Quiet hours (no pop-ups; notices still wait in the bell)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="347" />
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="349" />
        <source>&amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="356" />
        <source>&amp;Keep DeskApp running in the tray when its window is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="361" />
        <source>This desktop has no system tray.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="60" />
        <source>Assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="61" />
        <source>A caller replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="63" />
        <source>My item's SLA warns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="65" />
        <source>My item's SLA breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="67" />
        <source>An approval waits for me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="69" />
        <source>Someone changed an item I watch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfferingEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="113" />
        <source>Ordering an offering that grants an entitlement raises an access request (ACC), approved by the system owner and carried out by the system's team; it has no approval stages or tasks of its own.</source>
        <extracomment>each field row's stored key (None: a new row, keyed by its label until saved) staff a stage may name (the tab fills it with the approval engine's choices)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="120" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="121" />
        <source>Se&amp;rvice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="122" />
        <source>Descr&amp;iption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="123" />
        <source>Who may &amp;order:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="124" />
        <source>Handled by &amp;team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="125" />
        <source>Target (S&amp;LA):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="126" />
        <source>Grants entitle&amp;ment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="133" />
        <source>A&amp;dd field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="135" />
        <source>Remove field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="139" />
        <source>Add &amp;approval stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="141" />
        <source>Remove stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="145" />
        <source>Add tas&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="147" />
        <source>Remove task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="156" />
        <source>Request form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="157" />
        <source>What the agent asks the caller; * marks required fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="158" />
        <source>Approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="159" />
        <source>No stage: no approval. Stages are asked one after another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="161" />
        <source>Fulfilment plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="162" />
        <source>Tasks with nothing to wait for open together when the request is approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="194" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="196" />
        <source>(the service's or the default SLA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="198" />
        <source>Callers of {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="200" />
        <source>Callers of the {name} department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="202" />
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="204" />
        <source>(none: a service request)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="226" />
        <source>New offering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="228" />
        <source>{name} (retired)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="277" />
        <source>a, b, c</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="280" />
        <source>(any value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="338" />
        <source>(decided when asked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="348" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="355" />
        <source>(no due time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="412" />
        <source>(always shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="422" />
        <source>(approval)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="104" />
        <source>Password for {user} on {host}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="105" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="106" />
        <source>Sync needs the desk's password; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="107" />
        <source>This is an offline replica of {desk} ({scope}), made for {login}.

Works offline: your items with their history, comments and links, queues, search, callers, services and CIs; editing your items (incidents, requests and their tasks), moving them through their lifecycle, comments, work notes, time, links and attachments (a file attached on the desk is fetched when you save it while the desk can be reached); logging new incidents and tasks (numbered by the desk at the next sync). Each change waits in the outbox and is sent to the desk exactly once at the next sync; the desk's rules decide as they would online.
Not yet offline: approvals, raising requests, problem edits, impacted CIs, watching.

When the desk can be reached the replica syncs by itself; Work offline (Ctrl+Alt+O) stops that until Go online. Sync now (Ctrl+Alt+Y) syncs at once; Outbox and conflicts (Ctrl+Shift+U) shows what waits, what the desk refused and what both sides changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="108" />
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="109" />
        <source>synced %n hour(s) ago</source>
        <translation><numerusform>synced %n hour ago</numerusform><numerusform>synced %n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="110" />
        <source>synced %n minute(s) ago</source>
        <translation><numerusform>synced %n minute ago</numerusform><numerusform>synced %n minutes ago</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="111" />
        <source>synced just now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperationView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="89" />
        <source>Open an incident from the queue with &lt;b&gt;Enter&lt;/b&gt; or a double click, find one with &lt;b&gt;Ctrl+K&lt;/b&gt;, or log a new one with &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>Commands the main window also offers; the view's own copies stay off inside it. The editors a tab may hold: any work item's form (the shell, with its kind's panel). The form of each kind this area opens; a kind not named here is an incident. Height of the hint strip under the queue while no incident is open. an incident form's "Create article…": the ArticleDraft (the main window opens it)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="132" />
        <source>&amp;Close incident tab</source>
        <extracomment>queue / editor heights while incidents are open (kept while the editors are folded)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="134" />
        <source>Save and c&amp;lose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="138" />
        <source>Open in its own &amp;window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="141" />
        <source>Move this item into a window of its own, to work on several side by side (Ctrl+Shift+W; the same keys put it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="143" />
        <source>&amp;Wallboard for this queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="146" />
        <source>This queue in a window of its own for a team's screen: large type, counts, the oldest breach, refreshed by itself (Ctrl+Shift+B; F11 fills the screen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="150" />
        <source>Callers and &amp;organisations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="152" />
        <source>Find, edit and merge callers and organisations (Ctrl+Shift+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="154" />
        <source>My &amp;approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="156" />
        <source>A&amp;ccess…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="159" />
        <source>Who holds which access, expiring and unrequested grants, access reviews, leavers (Ctrl+Alt+A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="161" />
        <source>New &amp;problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="163" />
        <source>New problem from &amp;incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="166" />
        <source>&amp;Link selected incidents to a problem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="169" />
        <source>Link selected incidents to a &amp;major incident…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="171" />
        <source>Apply &amp;workaround…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="173" />
        <source>&amp;Known errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="175" />
        <source>Major incident &amp;board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="177" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="180" />
        <source>Major incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="183" />
        <source>New &amp;request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="185" />
        <source>Order something from the service catalogue for a caller (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="187" />
        <source>New chan&amp;ge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="189" />
        <source>Raise a change: standard from a template, normal or emergency (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="191" />
        <source>Convert to request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="194" />
        <source>&amp;New incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="195" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="196" />
        <source>Ne&amp;xt record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="197" />
        <source>&amp;Previous record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="227" />
        <source>New change: choose its type, give it a title and its plans, then Ctrl+S to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="249" />
        <source>Open the incident to convert first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="259" />
        <source>{number} is now {new}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="265" />
        <source>{number} raised: {status}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="310" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="402" />
        <source>That is not an incident id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="507" />
        <source>New incident: type a title, then Ctrl+S to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="531" />
        <source>The queue is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="540" />
        <source>No more incidents in this queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="549" />
        <source>Still loading that row; try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="528" />
        <source>Type part of a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="537" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="542" />
        <source>&amp;Save organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="580" />
        <source>Saved organisation {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="599" />
        <source>{people} and {departments} move from {merged} to {kept} (a department {kept} already has is joined with it); {merged} is then removed. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="602" />
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="614" />
        <source>%Ln caller(s)</source>
        <translation><numerusform>%Ln caller</numerusform><numerusform>%Ln callers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="603" />
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="615" />
        <source>%Ln department(s)</source>
        <translation><numerusform>%Ln department</numerusform><numerusform>%Ln departments</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="607" />
        <source>Merge organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="612" />
        <source>Merged {merged} into {kept}: {people} and {departments} moved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="170" />
        <source>Outbox and conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="187" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="187" />
        <source>Base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="188" />
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="188" />
        <source>Theirs (desk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="192" />
        <source>Keep &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="193" />
        <source>Keep &amp;theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="194" />
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="195" />
        <source>&amp;Edit and retry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="196" />
        <source>&amp;Discard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="248" />
        <source>{waiting} waiting to be sent · {conflicts} in conflict · {refused} refused by the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="270" />
        <source>Nothing waits: every change made here has been sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="273" />
        <source>Both you and the desk changed these fields of {item}. Choose a field and keep your value or the desk's; the other fields of this change were applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="288" />
        <source>The desk refused this change to {item}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="291" />
        <source>Waiting to be sent with the next sync: {change}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="340" />
        <source>the desk's values for {n} field(s) in conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="342" />
        <source>this refused change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="343" />
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="344" />
        <source>Discard 1 change to {item}? You keep {what}; your value is not sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="54" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="54" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="55" />
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="56" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="56" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="56" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="56" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="57" />
        <source>Desk says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="66" />
        <source>Logged offline: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="69" />
        <source>Work note: {body}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="71" />
        <source>Comment: {body}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="74" />
        <source>Link removed: {type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="75" />
        <source>Link: {type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="77" />
        <source>Time entry removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="79" />
        <source>Time entry corrected: {fields}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="83" />
        <source>Time: {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="87" />
        <source>Attachment removed: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="88" />
        <source>Attachment: {name} ({size})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="225" />
        <source>Show s&amp;ent messages too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="226" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="227" />
        <source>Send a&amp;gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="228" />
        <source>&amp;Cancel sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="229" />
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="229" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="229" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="230" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="230" />
        <source>Tries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="230" />
        <source>Next try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="231" />
        <source>Why it failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="273" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="273" />
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="274" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="274" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="282" />
        <source>%1 message(s) shown, %2 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="292" />
        <source>Select the messages to send again first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="301" />
        <source>Select the messages not to send first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="303" />
        <source>Cancel sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="304" />
        <source>Never send %1 selected message(s)? Sent ones stay sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="306" />
        <source>Cancel &amp;sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="307" />
        <source>&amp;Keep them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="317" />
        <source>%1 message(s) changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="78" />
        <source>Password for {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="87" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="88" />
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="100" />
        <source>Use at least 8 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="102" />
        <source>The two passwords differ; type the same one twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="41" />
        <source>{number}: {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="46" />
        <source>Choose why it waits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="48" />
        <source>&amp;Bring it back on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="59" />
        <source>Without a date the item waits until someone resumes it. With one, it goes back to work by itself at that time, with a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="63" />
        <source>&amp;Waiting for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="69" />
        <source>Put on &amp;hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="84" />
        <source>Choose why the item waits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="88" />
        <source>Pick a time later than now, or untick the date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="627" />
        <source>Callers and organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="631" />
        <source>&amp;Callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="632" />
        <source>O&amp;rganisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="636" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="102" />
        <source>&amp;Save</source>
        <extracomment>whether a refusal's per-field texts are sentences (the approval engine's are codes)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="106" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="107" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="181" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="185" />
        <source>Nothing was saved: someone else saved this meanwhile; their version is shown. Make your change again and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="189" />
        <source>Nothing was saved: someone else changed it meanwhile. Close, refresh the list and edit it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_page.py" line="85" />
        <source>&amp;Edit…</source>
        <extracomment>freeze windows listed: from this far back with "Show ended" (they are few: a handful a year)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_page.py" line="87" />
        <source>Open the selected one (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/plan_page.py" line="135" />
        <source>%n record(s)</source>
        <extracomment>what the Delete key does on the list (remove, where the service can)</extracomment>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_page.py" line="177" />
        <source>Saved '{name}'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostUpdateDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="38" />
        <source>Stakeholder update on {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="46" />
        <source>What is affected, what is being done, what users should do meanwhile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="53" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="54" />
        <source>No further update &amp;promised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="57" />
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="115" />
        <source>&amp;Mail it to the stakeholders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="60" />
        <source>Counting the stakeholders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="66" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="68" />
        <source>&amp;Update:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="70" />
        <source>&amp;Next update in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="78" />
        <source>Post up&amp;date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="87" />
        <source>Say who the update went to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="90" />
        <source>Type what the stakeholders were told.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="105" />
        <source>Sending mail is switched off for this desk (Tools &gt; Mail); the update is only logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="108" />
        <source>No stakeholders to mail yet: subscribe callers to the service or name addresses (Stakeholders…).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="111" />
        <source>Mailing goes to %n stakeholder(s): {names}.</source>
        <translation><numerusform>Mailing goes to %n stakeholder: {names}.</numerusform><numerusform>Mailing goes to %n stakeholders: {names}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="114" />
        <source>&amp;Mail it to %n stakeholder(s)</source>
        <translation><numerusform>&amp;Mail it to %n stakeholder</numerusform><numerusform>&amp;Mail it to %n stakeholders</numerusform></translation>
    </message>
</context>
<context>
    <name>PostgresChangeWatcher</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/live.py" line="181" />
        <source>Live updates paused: the database server cannot be reached. DeskApp reconnects by itself.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemActions</name>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="112" />
        <source>%n incident(s) linked as children of {n}.</source>
        <translation><numerusform>%n incident linked as children of {n}.</numerusform><numerusform>%n incidents linked as children of {n}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="113" />
        <source>%n incident(s) linked to {n}.</source>
        <translation><numerusform>%n incident linked to {n}.</numerusform><numerusform>%n incidents linked to {n}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="114" />
        <source>Link %n selected incident(s) to the &amp;problem numbered:</source>
        <translation><numerusform>Link %n selected incident to the &amp;problem numbered:</numerusform><numerusform>Link %n selected incidents to the &amp;problem numbered:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="115" />
        <source>Link to a major incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="116" />
        <source>Link to a problem</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="117" />
        <source>Make %n selected incident(s) children of the &amp;major incident numbered:</source>
        <translation><numerusform>Make %n selected incident children of the &amp;major incident numbered:</numerusform><numerusform>Make %n selected incidents children of the &amp;major incident numbered:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="118" />
        <source>New problem: type a title and the problem statement, then Ctrl+S to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="119" />
        <source>Open an incident first, then apply a workaround.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="120" />
        <source>Select one or more incidents in the queue first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="121" />
        <source>{n} created from %n incident(s).</source>
        <translation><numerusform>{n} created from %n incident.</numerusform><numerusform>{n} created from %n incidents.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="85" />
        <source>The cause being looked for, in a few words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="88" />
        <source>Problem statement: the symptoms callers see, when and where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="101" />
        <source>(not known yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="104" />
        <source>Why it happens (needed for Known error and Resolved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="107" />
        <source>What agents do meanwhile to restore service (needed for Known error)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="109" />
        <source>What removes the cause for good (needed for Resolved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="112" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="116" />
        <source>Im&amp;pact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="117" />
        <source>&amp;Urgency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="118" />
        <source>Tea&amp;m:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="119" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="123" />
        <source>&amp;Workaround:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="113" />
        <source>Problem stateme&amp;nt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="114" />
        <source>S&amp;ervice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="115" />
        <source>CI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="121" />
        <source>Root-cause categor&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="122" />
        <source>Root &amp;cause:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="124" />
        <source>Permanent fi&amp;x:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="129" />
        <source>Open inci&amp;dent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="131" />
        <source>&amp;Link incidents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="134" />
        <source>Linked incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="172" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="173" />
        <source>(no service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="174" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="282" />
        <source>(no configuration item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="175" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="276" />
        <source>(nobody yet)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="181" />
        <source>%n incident(s) linked, {open} open</source>
        <translation><numerusform>%n incident linked, {open} open</numerusform><numerusform>%n incidents linked, {open} open</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="247" />
        <source>Problem statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="247" />
        <source>Root cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="248" />
        <source>Root-cause category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="249" />
        <source>Workaround</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="249" />
        <source>Permanent fix</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="253" />
        <source>%n incident(s), {open} open</source>
        <translation><numerusform>%n incident, {open} open</numerusform><numerusform>%n incidents, {open} open</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="255" />
        <source>Opened {opened}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="257" />
        <source>known error since {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="263" />
        <source>Enter a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="264" />
        <source>The title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="289" />
        <source>Save the problem before linking incidents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="293" />
        <source>Link incidents to {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="294" />
        <source>Incident &amp;numbers (separated by commas or spaces):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="310" />
        <source>%n incident(s) linked.</source>
        <translation><numerusform>%n incident linked.</numerusform><numerusform>%n incidents linked.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemResolveDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="38" />
        <source>Resolve {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="42" />
        <source>How the permanent fix was verified (optional)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="48" />
        <source>Also resolve the %n open linked incident(s)</source>
        <translation><numerusform>Also resolve the %n open linked incident</numerusform><numerusform>Also resolve the %n open linked incidents</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="56" />
        <source>Choose a code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="61" />
        <source>Resolved with {number}: {fix}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="65" />
        <source>Resolution &amp;notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="70" />
        <source>Incidents' &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="73" />
        <source>Incidents' n&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="76" />
        <source>&amp;Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="86" />
        <source>No open incident is linked to {number}.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="88" />
        <source>%n open incident(s) linked to {number}: {numbers}.</source>
        <translation><numerusform>%n open incident linked to {number}: {numbers}.</numerusform><numerusform>%n open incidents linked to {number}: {numbers}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="93" />
        <source>%n more belong(s) to other teams and stay open.</source>
        <translation><numerusform>%n more belong to other teams and stay open.</numerusform><numerusform>%n more belongs to other teams and stay open.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="104" />
        <source>Choose the resolution code the incidents get.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="109" />
        <source>Enter the notes the incidents' callers will read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="145" />
        <source>Shared database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="149" />
        <source>Team server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="152" />
        <source>db.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="160" />
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="164" />
        <source>No secure keyring is available on this computer; DeskApp will ask for the password each time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="168" />
        <source>Encrypted, server verified (verify-full)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="169" />
        <source>Encrypted, certificate authority checked (verify-ca)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="170" />
        <source>Encrypted, server not verified (require)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="171" />
        <source>Unencrypted if the server has no TLS (prefer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="172" />
        <source>Unencrypted unless the server insists (allow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="173" />
        <source>Unencrypted (disable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="178" />
        <source>Without a choice of yours: verify-full when a CA file is given, require otherwise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="185" />
        <source>PEM file from your administrator (optional)</source>
        <extracomment>True once the person picked a mode; until then it follows the CA file</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="187" />
        <source>The certificate authority (CA) that signed the server's certificate, e.g. root.crt; or 'system' for the authorities this computer trusts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="191" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="200" />
        <source>&lt;b&gt;Unencrypted:&lt;/b&gt; your password and every ticket can be read, or changed, by anyone on the network between you and the server. Use this only on a network you trust, and only if the server cannot offer TLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="205" />
        <source>Allo&amp;w an unencrypted connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="223" />
        <source>Profile &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="224" />
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="224" />
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="225" />
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="226" />
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="227" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="228" />
        <source>SS&amp;L:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="229" />
        <source>CA f&amp;ile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="242" />
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="248" />
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="273" />
        <source>Choose the CA certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="274" />
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="291" />
        <source>profile name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="292" />
        <source>server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="293" />
        <source>database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="294" />
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="296" />
        <source>Fill in the {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="300" />
        <source>SSL mode {mode} may send your password and tickets unencrypted; tick "Allow an unencrypted connection" to use it anyway, or choose an encrypted mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="305" />
        <source>There is no CA file at {path}; choose the file your administrator gave you, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="321" />
        <source>Connecting to {url}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="332" />
        <source>Connected to {url}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="99" />
        <source>Save queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="99" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="123" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="109" />
        <source>Saved as '{name}' under My queues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="121" />
        <source>Built-in queues cannot be renamed; use Save as.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="123" />
        <source>Rename queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="133" />
        <source>Save the queue as your own first, then share it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="135" />
        <source>(personal, not shared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="136" />
        <source>Share queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="136" />
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="148" />
        <source>Built-in queues cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="153" />
        <source>Queue '{name}' deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="173" />
        <source>Nothing left to take in this queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="175" />
        <source>{number} is yours now.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="209" />
        <source>%n item(s) assigned to you.</source>
        <translation><numerusform>%n item assigned to you.</numerusform><numerusform>%n items assigned to you.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="245" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="256" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="313" />
        <source>Select the incidents first (Shift or Ctrl + click).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="247" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="259" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="337" />
        <source>Bulk actions work on up to %Ln item(s) at a time; narrow the selection.</source>
        <translation><numerusform>Bulk actions work on up to %Ln item at a time; narrow the selection.</numerusform><numerusform>Bulk actions work on up to %Ln items at a time; narrow the selection.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="320" />
        <source>This bulk change does not apply to {kinds}; select other rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="322" />
        <source>the selected rows</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="344" />
        <source>Changing %Ln item(s)…</source>
        <translation><numerusform>Changing %Ln item…</numerusform><numerusform>Changing %Ln items…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="433" />
        <source>Exporting %Ln item(s)…</source>
        <translation><numerusform>Exporting %Ln item…</numerusform><numerusform>Exporting %Ln items…</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="343" />
        <source>Bulk change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="412" />
        <source>Export queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="413" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="371" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="429" />
        <source>Exported %Ln item(s) to {path}.</source>
        <translation><numerusform>Exported %Ln item to {path}.</numerusform><numerusform>Exported %Ln items to {path}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="433" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="427" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueNavigator</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="26" />
        <source>Built-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="27" />
        <source>My queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="28" />
        <source>Team queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="46" />
        <source>Queues</source>
        <extracomment>The entry under the queues that opens My approvals (not a queue: ``approvals_chosen``). Entries under the queues that open a view of Service Operation (``view_chosen(key)``).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="78" />
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="79" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="80" />
        <source>Major incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="119" />
        <source>My approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="121" />
        <source>Approvals waiting for you (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="124" />
        <source>Known errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="125" />
        <source>Problems with a known root cause and workaround, searchable (Ctrl+Shift+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="127" />
        <source>Major incident board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="128" />
        <source>Open major incidents: timeline, children, stakeholder updates (Ctrl+Alt+J)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueSection</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="161" />
        <source>Queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="167" />
        <source>Show or hide the queue list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="462" />
        <source>The caller is a VIP.</source>
        <extracomment>Custom roles: the row's id (for activation and selection), its SLA state, the whole row. roles a paint asks for that this model never sets (answered without a call of data())</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="688" />
        <source>{number} (provisional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="691" />
        <source>{name} (VIP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="713" />
        <source>due in {t}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="716" />
        <source>overdue by {t}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueWorkspace</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="171" />
        <source>Filter this queue (words or a number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="180" />
        <source>No grouping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="182" />
        <source>Group by {col}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="286" />
        <source>&amp;Take next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="287" />
        <source>Claim the most urgent unassigned ticket (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="292" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="295" />
        <source>&amp;Columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="296" />
        <source>&amp;Save queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="297" />
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="299" />
        <source>Re&amp;name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="165" />
        <source>No incidents match this queue; change the filter.</source>
        <extracomment>A refresh still unanswered after this long no longer holds back the next one. Default widths, in characters of the table's font, of columns holding free text; the other columns fit their widest value (a number, a date, a priority or status label). At 1366x768 the default columns then fit the grid beside the area bar. Status labels up to this long set the status column's width. Space a cell needs around its text (margins and the focus frame). Bus change kinds that mean work items changed (one per kind of work item). The message line with this text was hidden: what it said no longer holds.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="289" />
        <source>Assign to &amp;me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="290" />
        <source>Make the selected items yours (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="293" />
        <source>F&amp;ilter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="300" />
        <source>Share with tea&amp;m…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="301" />
        <source>&amp;Delete queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="302" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="304" />
        <source>&amp;Assign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="306" />
        <source>Set &amp;status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="307" />
        <source>Set &amp;priority…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="309" />
        <source>Move to &amp;team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="311" />
        <source>Filter &amp;text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="320" />
        <source>&amp;Bulk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="329" />
        <source>&amp;Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="444" />
        <source>That queue no longer exists; pick another one.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="597" />
        <source>%Ln item(s)</source>
        <translation><numerusform>%Ln item</numerusform><numerusform>%Ln items</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="609" />
        <source>The {col} column cannot be sorted: queues sort only by columns the database keeps in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="651" />
        <source>Keep at least one column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="850" />
        <source>Built-in queues cannot be changed; use Save as to keep your own copy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatingsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="41" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="41" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="105" />
        <source>{n} items, {start} to {end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="116" />
        <source>measuring…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="318" />
        <source>&amp;Add initiative…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="319" />
        <source>E&amp;dit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="320" />
        <source>&amp;Link item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="321" />
        <source>&amp;Unlink item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="370" />
        <source>Loading the register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="385" />
        <source>{n} initiatives; measuring their progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="386" />
        <source>No initiatives yet: Add initiative registers one with its KPI, baseline and target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="397" />
        <source>Progress measured now over the same number of days as each baseline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="456" />
        <source>Measuring the baseline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="469" />
        <source>Link a work item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="470" />
        <source>Number of the problem, change or other item that serves “{title}”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="485" />
        <source>Unlink a work item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="486" />
        <source>Unlink which item from “{title}”? (1 link is removed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="165" />
        <source>Add a relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="171" />
        <source>this CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="174" />
        <source>A service {verb} {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="177" />
        <source>{name} {reading} …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="181" />
        <source>Type part of a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="184" />
        <source>Matching CIs or services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="188" />
        <source>&amp;Relation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="190" />
        <source>&amp;Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="258" />
        <source>No match; type less of the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="259" />
        <source>Showing the first {n}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="77" />
        <source>Relation</source>
        <extracomment>(relation type, outgoing, other is a service) in the order the dialog offers them</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="77" />
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="78" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="87" />
        <source>Relations of the CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="88" />
        <source>Add relati&amp;on…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="89" />
        <source>Relate this CI to another CI or a service (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="91" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="92" />
        <source>Remove the selected relations (Delete); saved with the CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="147" />
        <source>service</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="279" />
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="280" />
        <source>New release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="286" />
        <source>Has a target &amp;window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="300" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="301" />
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="304" />
        <source>&amp;Until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="303" />
        <source>F&amp;rom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="305" />
        <source>Descri&amp;ption:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="56" />
        <source>&amp;New release…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="60" />
        <source>&amp;Delete…</source>
        <extracomment>the selected release's changes as last loaded (None: not loaded yet)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="62" />
        <source>Delete the selected release (Delete); only a release no change belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="85" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="119" />
        <source>Select a release to see its changes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="105" />
        <source>%n release(s)</source>
        <translation><numerusform>%n release</numerusform><numerusform>%n releases</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="130" />
        <source>{name}: %n change(s); {conflicts} with conflicts not accepted yet</source>
        <translation><numerusform>{name}: %n change; {conflicts} with conflicts not accepted yet</numerusform><numerusform>{name}: %n changes; {conflicts} with conflicts not accepted yet</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="152" />
        <source>Delete release?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="153" />
        <source>Delete the release '{name}'? No change belongs to it; it is no longer offered on changes or shown on the calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="156" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="157" />
        <source>Deleted the release '{name}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="166" />
        <source>{numbers} and {more} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="168" />
        <source>Release still in use</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="169" />
        <source>The release '{name}' still holds %n change(s) ({numbers}); take them out of it (each change's Release field) or move them to another release first.</source>
        <translation><numerusform>The release '{name}' still holds %n change ({numbers}); take them out of it (each change's Release field) or move them to another release first.</numerusform><numerusform>The release '{name}' still holds %n changes ({numbers}); take them out of it (each change's Release field) or move them to another release first.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="107" />
        <source>Reopen {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="111" />
        <source>What is still wrong (kept in the history).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="114" />
        <source>&amp;Why reopen it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="119" />
        <source>&amp;Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="129" />
        <source>The reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="131" />
        <source>Say why the item is reopened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplicaBadge</name>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="117" />
        <source>Sync now</source>
        <extracomment>seconds between background syncs while the desk can be reached (QSettings offline/auto_sync_s)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="119" />
        <source>Send your changes and bring the desk's (Ctrl+Alt+Y)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="128" />
        <source>Outbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="130" />
        <source>Changes waiting, refused or in conflict (Ctrl+Shift+U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="162" />
        <source>Offline replica</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="164" />
        <source>syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="166" />
        <source>working offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="168" />
        <source>offline (desk not reachable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="170" />
        <source>offline (Sync now to sign in)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="175" />
        <source>%n pending</source>
        <translation><numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="177" />
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="179" />
        <source>%n refused</source>
        <translation><numerusform>%n refused</numerusform><numerusform>%n refused</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="192" />
        <source>Go online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="192" />
        <source>Work offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="195" />
        <source>Sync with the desk again by itself (Ctrl+Alt+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="196" />
        <source>Stop syncing by itself, e.g. on a metered connection (Ctrl+Alt+O)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="254" />
        <source>Synced: %n change(s) from the desk.</source>
        <translation><numerusform>Synced: %n change from the desk.</numerusform><numerusform>Synced: %n changes from the desk.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="256" />
        <source>Sent %n change(s) made here</source>
        <translation><numerusform>Sent %n change made here</numerusform><numerusform>Sent %n changes made here</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="257" />
        <source>({conflicts} in conflict, {refused} refused).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="260" />
        <source>%n more wait for the desk; sync again in a moment.</source>
        <translation><numerusform>%n more wait for the desk; sync again in a moment.</numerusform><numerusform>%n more wait for the desk; sync again in a moment.</numerusform></translation>
    </message>
</context>
<context>
    <name>RequestApprovalDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="79" />
        <source>Request approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="93" />
        <source>Add &amp;person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="100" />
        <source>Add t&amp;eam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="103" />
        <source>The caller's &amp;manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="105" />
        <source>The ser&amp;vice owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="110" />
        <source>Add &amp;stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="112" />
        <source>Close this stage; the next one is asked only after it is approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="126" />
        <source>Stages so far:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="127" />
        <source>&amp;Decided by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="128" />
        <source>Pe&amp;rson:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="129" />
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="133" />
        <source>Also ask:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="134" />
        <source>This stage asks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="136" />
        <source>Re&amp;quest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="153" />
        <source>{team} (team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="168" />
        <source>Add at least one approver to this stage first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="176" />
        <source>{n}. {policy} of: {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="192" />
        <source>Name at least one approver.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestFormWidget</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="116" />
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="128" />
        <source>This offering asks nothing more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="176" />
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="205" />
        <source>(choose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="195" />
        <source>(no date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="200" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="206" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="207" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="210" />
        <source>Type a name to find the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="211" />
        <source>Type a name to find the CI</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="50" />
        <source>Ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="68" />
        <source>Offering:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="69" />
        <source>For:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="69" />
        <source>(no caller)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="70" />
        <source>Ordered by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="70" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="72" />
        <source>Converted from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="74" />
        <source>Tasks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="74" />
        <source>{open} open of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="77" />
        <source>Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="92" />
        <source>no caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="93" />
        <source>{offering} for {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="95" />
        <source>{text}; awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="97" />
        <source>Opened {opened}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="105" />
        <source>Cancel request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="106" />
        <source>Why is the request cancelled? Its open tasks are cancelled with it.</source>
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
        <location filename="../../src/deskapp/ui/design/models.py" line="117" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="117" />
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="117" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="117" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="123" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="123" />
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
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="100" />
        <source>Also resolve its %n open child incident(s) with this resolution</source>
        <translation><numerusform>Also resolve its %n open child incident with this resolution</numerusform><numerusform>Also resolve its %n open child incidents with this resolution</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="109" />
        <source>No resolution code is offered; ask whoever keeps Service Design to add or reactivate one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="112" />
        <source>&amp;Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="127" />
        <source>Choose a resolution code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="130" />
        <source>Enter resolution notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="131" />
        <source>The resolution notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetireSystemDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="409" />
        <source>Restore {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="410" />
        <source>Retire {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="413" />
        <source>{name} has %n live grant(s).</source>
        <translation><numerusform>{name} has %n live grant.</numerusform><numerusform>{name} has %n live grants.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="417" />
        <source>Revoke them first (Show who holds it, then Revoke selected).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="420" />
        <source>%n open access request(s) ask for it ({numbers}); close or cancel them first.</source>
        <translation><numerusform>%n open access request ask for it ({numbers}); close or cancel them first.</numerusform><numerusform>%n open access requests ask for it ({numbers}); close or cancel them first.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="424" />
        <source>The catalogue offers it ({names}); retire those offerings first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="428" />
        <source>Take {name} back into use? Its entitlements can be requested again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="431" />
        <source>A system is retired only when nobody holds access on it and nothing asks for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="436" />
        <source>Retired, it leaves the pickers and nobody can request its entitlements; its grants' history stays, and Show retired lists it to restore it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="443" />
        <source>Resto&amp;re system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="444" />
        <source>Reti&amp;re system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="448" />
        <source>Sh&amp;ow who holds it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewAnswerDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="312" />
        <source>Review access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="315" />
        <source>Does {person} still need {access}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="318" />
        <source>You record {reviewer}'s answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="322" />
        <source>&amp;Keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="324" />
        <source>&amp;Revoke it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="332" />
        <source>Required when revoking: say why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="335" />
        <source>&amp;Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="336" />
        <source>Sa&amp;ve answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="340" />
        <source>Choose keep or revoke.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="41" />
        <source>The whole desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="42" />
        <source>Whole des&amp;k or a service:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="44" />
        <source>Write P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="45" />
        <source>Write &amp;XLSX…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="53" />
        <source>A service review covers the period chosen above: every KPI with its basis, SLA compliance by priority, weekly volumes beside the previous period, the top categories, major incidents, problems, changes and their success, and the improvement initiatives of the CSI register. The same review is written headless by deskapp-admin report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="87" />
        <source>Choose a period above first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="93" />
        <source>Write the service review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="94" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="94" />
        <source>Excel files (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="101" />
        <source>Gathering the figures…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="120" />
        <source>Wrote {path} ({n} pages).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="123" />
        <source>Wrote {path} ({n} sheets).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="126" />
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="328" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="328" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="328" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="333" />
        <source>&amp;Add to the item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="334" />
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="335" />
        <source>Messages that name an item but come from someone who is not its caller (a forwarded or forged number). Add one to its item as the caller's comment, or dismiss it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="369" />
        <source>Select a message first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="46" />
        <source>{decided} of {total} ({percent}%)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="127" />
        <source>&amp;Start review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="133" />
        <source>Ask managers or system owners to confirm or revoke each grant of a system or a department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="135" />
        <source>Record &amp;answer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="137" />
        <source>Record the answer of a reviewer without a DeskApp login (given by phone or e-mail)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="184" />
        <source>Revoke access</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="189" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="190" />
        <source>This opens a revocation for %n grant(s):</source>
        <translation><numerusform>This opens a revocation for %n grant:</numerusform><numerusform>This opens a revocation for %n grants:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="198" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="199" />
        <source>Revoke %n grant(s)</source>
        <translation><numerusform>Revoke %n grant</numerusform><numerusform>Revoke %n grants</numerusform></translation>
    </message>
</context>
<context>
    <name>RiskBox</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="20" />
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="31" />
        <source>(not answered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="45" />
        <source>Score:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="75" />
        <source>not assessed: {n} of {total} answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="80" />
        <source>{score} of 16, {level} (impact {impact} x probability {probability})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="85" />
        <source>Nothing raises the risk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="428" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="429" />
        <source>Whole incidents are written in batches; Cancel stops after the current batch, and importing the file again finishes the rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="432" />
        <source>&amp;Stop import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="452" />
        <source>Stopped: the batches written are whole; import the file again to finish. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="454" />
        <source>Rows read: {rows}; rejected: {rejected}. {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="60" />
        <source>Choose the caller's score…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="61" />
        <source>very poor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="61" />
        <source>poor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="61" />
        <source>fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="61" />
        <source>good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="62" />
        <source>excellent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="67" />
        <source>What the caller said (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="68" />
        <source>Recor&amp;d rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="71" />
        <source>Sco&amp;re from a call:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="110" />
        <source>Choose the score the caller gave first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="119" />
        <source>Rating recorded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="48" />
        <source>Search</source>
        <extracomment>a knowledge article was chosen (its UUID): the main window shows it in Transition</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="52" />
        <source>Ticket number, words, or "a phrase"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="62" />
        <source>&amp;Open items only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="67" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="71" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="73" />
        <source>&amp;More results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="154" />
        <source> (in a comment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="161" />
        <source>{number}  {title}  —  knowledge article</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/search.py" line="169" />
        <source>Showing the first %Ln match(es); add words, or filter a queue (Ctrl+F) to see them all.</source>
        <translation><numerusform>Showing the first %Ln match; add words, or filter a queue (Ctrl+F) to see them all.</numerusform><numerusform>Showing the first %Ln matches; add words, or filter a queue (Ctrl+F) to see them all.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="172" />
        <source>best first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="172" />
        <source>newest first</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/search.py" line="173" />
        <source>Showing the first %Ln match(es), {how}; add words to narrow the search or press Alt+M for more.</source>
        <translation><numerusform>Showing the first %Ln match, {how}; add words to narrow the search or press Alt+M for more.</numerusform><numerusform>Showing the first %Ln matches, {how}; add words to narrow the search or press Alt+M for more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/search.py" line="177" />
        <source>%Ln match(es).</source>
        <translation><numerusform>%Ln match.</numerusform><numerusform>%Ln matches.</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="62" />
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="88" />
        <source>(none)</source>
        <extracomment>The earliest date a date field holds; it reads as "no date" (QDateEdit always has a value). Runs ``job`` off the UI thread and hands its result to ``done`` (the form's runner). the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="96" />
        <source>no target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="97" />
        <source>Share of the time the service must be available, such as 99.9 %; outage minutes come from its major incidents. 0 means no target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="101" />
        <source>Person or department accountable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="103" />
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="200" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="112" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="113" />
        <source>Portfolio s&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="114" />
        <source>Criticalit&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="115" />
        <source>Availa&amp;bility target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="116" />
        <source>Business &amp;owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="117" />
        <source>Owner t&amp;eam:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="118" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="128" />
        <source>&amp;Save service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="129" />
        <source>Save the service (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="131" />
        <source>Disc&amp;ard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="132" />
        <source>Throw away your edits and show the saved service again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="142" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="148" />
        <source>Open incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="156" />
        <source>Open incidents of the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="157" />
        <source>Double-click or press Enter to open an incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="165" />
        <source>Configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="171" />
        <source>Configuration items of the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="223" />
        <source>New service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="241" />
        <source>{total} open ({breached} past their resolution target): {parts}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="245" />
        <source>No open incidents against this service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="247" />
        <source>Open incidents ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="249" />
        <source>Open incidents (most urgent {shown} of {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="252" />
        <source>Configuration items ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="298" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="14" />
        <source> and {n} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="15" />
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="16" />
        <source>"date_order" in the mapping file must be auto, dmy or mdy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="17" />
        <source>'{bad}' is not a kind of work item; use one of {active}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="18" />
        <source>'{bad}' is not a relation type; use one of {relation_types}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="19" />
        <source>'{bad}' is not a status of any kind of work item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="20" />
        <source>'{bad}' is not an SLA state; use {sla_states}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="21" />
        <source>'{category}' is not a root-cause category; choose one from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="22" />
        <source>'{key}' is not a kind of work item; use one of {kinds}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="23" />
        <source>'{k}' is not a kind of work item in use; use one of {active}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="24" />
        <source>'{link_type}' is not a link type; use one of {types}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="25" />
        <source>'{name}' is not a KPI; use one of {by_name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="26" />
        <source>'{name}' is not a time zone DeskApp knows; use an IANA name such as Europe/London or America/New_York.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="27" />
        <source>'{rate}' is not an amount; type an hourly rate such as 85.50, or leave it empty for none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="28" />
        <source>'{raw}' is neither an extension (.pdf) nor a media type (image/png, image/*); correct the allow-list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="29" />
        <source>'{raw}' is not a database URL; use the form {supported}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="30" />
        <source>'{relation_type}' is not a relation type; choose one of the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="31" />
        <source>'{relation}' is not a kind of link; use one of {relations}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="32" />
        <source>'{revision}' is not a revision of this DeskApp (its newest is {newest}); use 'head', 'base' or a revision that 'deskapp-admin db current' names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="33" />
        <source>'{risk_level}' is not a risk level; use one of {levels}, or any.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="34" />
        <source>'{role}' is not a DeskApp role; use {roles}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="35" />
        <source>'{status}' is not a release status; use one of {statuses}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="36" />
        <source>'{text}' is not a replica scope; use 'me', 'team:NAME' or 'me+team:NAME' (for example team:Field Services).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="37" />
        <source>'{text}' is not a time DeskApp can read. {how_to_type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="38" />
        <source>'{text}' is not a valid {what} reference in this queue; edit the queue and pick it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="39" />
        <source>'{unknown}' is not a pending reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="40" />
        <source>'{unknown}' is not a queue column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="41" />
        <source>'{username}' is a superuser login; a staff member's login must not be one. Choose another user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="42" />
        <source>'{username}' is one of the desk's own roles; choose another user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="43" />
        <source>'{value}' is not a date and time; use YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="44" />
        <source>'{value}' is not a review outcome; use one of {outcomes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="45" />
        <source>'{value}' is not a status of {a_noun}; use one of {allowed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="46" />
        <source>'{value}' is not a type of change; use standard, normal or emergency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="47" />
        <source>'{value}' is not an incident status; use one of {allowed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="48" />
        <source>'{value}' is not something the figures can be split by; use one of {grouping}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="49" />
        <source>'{zone}' is not a known time zone; pick one from the list (an IANA name such as Europe/London).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="50" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="51" />
        <source>--batch must be 1 or more, e.g. 200.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="52" />
        <source>--cmdb-cis needs at least 100, e.g. 100000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="53" />
        <source>--interval must be 1 second or more, e.g. 30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="54" />
        <source>--open-ratio must be between 0 and 1, e.g. 0.3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="55" />
        <source>--tickets must be zero or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="56" />
        <source>A CI holds at most {relations_max} relations; record a cluster or service component and relate to it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="57" />
        <source>A CI type has at most {max_attributes} attributes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="58" />
        <source>A NUL character cannot be stored in PostgreSQL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="59" />
        <source>A bulk change sets the assignment, the status or the priority, one at a time; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="60" />
        <source>A calendar named '{same_name}' already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="61" />
        <source>A caller cannot be their own manager; pick someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="62" />
        <source>A change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="63" />
        <source>A change task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="64" />
        <source>A child of a major incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="65" />
        <source>A closed incident cannot be reassigned; log a new incident instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="66" />
        <source>A closed incident cannot be reassigned; reopen is not possible either, log a new incident instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="67" />
        <source>A form has at most {max_fields} fields; this one has {length}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="68" />
        <source>A login name needs 1 to 63 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="69" />
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="70" />
        <source>A name needs 1 to {n} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="71" />
        <source>A new login's password is typed at a terminal (asked twice) or read with --password-from-keyring SERVICE; it is never taken from a file or an argument.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="72" />
        <source>A plan has at most {max_steps} tasks; this one has {length}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="73" />
        <source>A problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="74" />
        <source>A problem starts from at most {max_incidents} incidents; choose fewer, and link the others afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="75" />
        <source>A published article keeps an owner and a review date; choose both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="76" />
        <source>A published article needs a review date; set when it is to be checked again before publishing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="77" />
        <source>A published article needs an owner who answers for it; choose the owner before publishing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="78" />
        <source>A queue cannot be grouped by '{group_by}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="79" />
        <source>A queue column is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="80" />
        <source>A queue needs at least one sort column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="81" />
        <source>A queue needs at least one visible column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="82" />
        <source>A queue sorts by one column (with its fixed tie-breakers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="83" />
        <source>A rating is a whole number from 1 (very poor) to 5 (excellent); pick one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="84" />
        <source>A related CI no longer exists; choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="85" />
        <source>A relation names no CI or service; choose one in the picker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="86" />
        <source>A relative date range needs 1 to 3650 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="87" />
        <source>A request cannot go back to New.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="88" />
        <source>A request task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="89" />
        <source>A resolution changes only with the step that resolves the item; resolve it again on the desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="90" />
        <source>A revocation is for one person's grants; choose grants of one person, or raise one request per person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="91" />
        <source>A service depends on, uses or runs on a CI; choose one of those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="92" />
        <source>A service needs a name; type one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="93" />
        <source>A service request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="94" />
        <source>A staff username needs 1 to {username_max} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="95" />
        <source>A standard change comes from a template; choose one of the standard changes offered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="96" />
        <source>A standard change comes from a template; raise it from one instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="97" />
        <source>A standard change is already called '{name}'; pick another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="98" />
        <source>A standard change takes 5 minutes to a day; enter its usual duration in minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="99" />
        <source>A system called {name} already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="100" />
        <source>A team called '{name}' already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="101" />
        <source>A team name needs 1 to {n} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="102" />
        <source>A template named '{name}' is already offered to the same people; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="103" />
        <source>A title is plain text; leave out &lt; and HTML.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="104" />
        <source>A username needs 1 to {n} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="105" />
        <source>A work item lists at most {ticket_cis_max} impacted CIs; relate them to a service component and list that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="106" />
        <source>A {status} article cannot take the step '{step}'; from here you may: {allowed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="107" />
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="108" />
        <source>Access requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="109" />
        <source>Add at least one approval stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="110" />
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="111" />
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="112" />
        <source>An SLA named '{same_name}' already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="113" />
        <source>An access offering is approved by the system's owner (when the entitlement asks for it); remove its approval stages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="114" />
        <source>An access offering is carried out by the system's team as one access request; remove its tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="115" />
        <source>An access request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="116" />
        <source>An approval has at most {max_stages} stages; merge some.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="117" />
        <source>An article needs a body; write the symptoms, the cause and the fix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="118" />
        <source>An article needs a title; say in a few words what it solves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="119" />
        <source>An empty or NUL-containing name cannot be a PostgreSQL identifier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="120" />
        <source>An hourly rate has at most two decimals (such as 85.50).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="121" />
        <source>An hourly rate is an amount above 0 and below 100,000; leave it empty for a team without a rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="122" />
        <source>An impacted CI no longer exists; choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="123" />
        <source>An incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="124" />
        <source>An incident cannot be set back to New.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="125" />
        <source>An incident cannot move from {current_label} to {target_label}; {hint}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="126" />
        <source>An incident task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="127" />
        <source>An item cannot be linked to itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="128" />
        <source>An unrequested grant is imported or found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="129" />
        <source>Another record already uses this name or code (someone may have saved it meanwhile); reload, then choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="130" />
        <source>Applying security creates roles and hands the tables to an owner role, which needs a superuser login; run 'deskapp-admin --database URL security apply' as one (e.g. postgres).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="131" />
        <source>Approval stage {n} names a team or person that no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="132" />
        <source>Approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="133" />
        <source>Ask about at most 5,000 CIs at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="134" />
        <source>Assess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="135" />
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="136" />
        <source>At most a year ahead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="137" />
        <source>Attribute '{label}' is a choice; list its values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="138" />
        <source>Attribute '{label}': at most {max_choices} values of up to {attribute_label_max} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="139" />
        <source>Attribute '{label}': choose a kind from {attribute_kinds}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="140" />
        <source>Attribute definitions must be a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="141" />
        <source>Attribute values must be given by attribute key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="142" />
        <source>Attribute {n} is not a definition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="143" />
        <source>Attribute {n}: shorten the label to {attribute_label_max} characters or fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="144" />
        <source>Attribute {n}: the key '{key}' must start with a lower-case letter and hold only a-z, 0-9 and _ (at most {attribute_key_max} characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="145" />
        <source>Auditor (read only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="146" />
        <source>Authorise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="147" />
        <source>Auto-close takes 0 (never) to {max_days} business days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="148" />
        <source>Backed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="149" />
        <source>Built-in queues cannot be changed; use Save as to keep your own copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="150" />
        <source>CAB member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="151" />
        <source>CI types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="152" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="153" />
        <source>Cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="154" />
        <source>Cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="155" />
        <source>Cannot downgrade to {revision}: {exc}; see 'db current'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="156" />
        <source>Cannot reach the database server for {url} ({detail}); check the host, port and network, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="157" />
        <source>Cannot upgrade to {revision}: {exc}; see 'db current'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="158" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="159" />
        <source>Caused by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="160" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="161" />
        <source>Change manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="162" />
        <source>Change task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="163" />
        <source>Change tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="164" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="165" />
        <source>Channel must be one of {channels}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="166" />
        <source>Choose 1 (High), 2 (Medium) or 3 (Low).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="167" />
        <source>Choose a column to group by first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="168" />
        <source>Choose a depth from 1 to {max_depth}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="169" />
        <source>Choose a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="170" />
        <source>Choose a resolution code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="171" />
        <source>Choose a system or a department to review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="172" />
        <source>Choose a team or an assignee before marking the incident Assigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="173" />
        <source>Choose a team or an assignee before marking the task Assigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="174" />
        <source>Choose a team or an assignee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="175" />
        <source>Choose a template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="176" />
        <source>Choose a time zone such as Europe/London.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="177" />
        <source>Choose at least one incident to start a problem from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="178" />
        <source>Choose mine or theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="179" />
        <source>Choose one of {languages} for the language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="180" />
        <source>Choose one of {languages}, or the desk's language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="181" />
        <source>Choose one of: {ci_statuses}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="182" />
        <source>Choose one of: {values}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="183" />
        <source>Choose role, group or licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="184" />
        <source>Choose the business-hours calendar the targets count in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="185" />
        <source>Choose the grants to revoke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="186" />
        <source>Choose the incidents to link as children first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="187" />
        <source>Choose two different callers to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="188" />
        <source>Choose two different organisations to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="189" />
        <source>Choose upstream (what depends on it) or downstream (what it depends on).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="190" />
        <source>Choose what to change first; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="191" />
        <source>Choose whether this is an incident template or a canned response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="192" />
        <source>Choose your default team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="193" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="194" />
        <source>Closing notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="195" />
        <source>Confirm the other service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="196" />
        <source>Conflicts not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="197" />
        <source>Converting an incident into a request is not possible in an offline replica yet; do it on the desk when you are connected. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="198" />
        <source>Damaged picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="199" />
        <source>Decide at most {bulk_max} approvals at once; select fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="200" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="201" />
        <source>DeskApp cannot create its data folder {folder} ({strerror}); choose a writable location with DESKAPP_DATA_DIR or --database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="202" />
        <source>DeskApp cannot import '{kind}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="203" />
        <source>DeskApp cannot import '{kind}'; choose one of {kinds}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="204" />
        <source>DeskApp cannot open the database file {database} ({detail}); check that the folder is writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="205" />
        <source>DeskApp cannot read {path} ({strerror}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="206" />
        <source>DeskApp cannot use '{backend}' databases; use SQLite or PostgreSQL ({supported}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="207" />
        <source>DeskApp cannot use the database URL {url} ({detail}); check the options after '?' in the URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="208" />
        <source>DeskApp cannot write to {folder} ({why}); choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="209" />
        <source>DeskApp's '{marker}' folder is missing (looked in {searched}); reinstall DeskApp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="210" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="211" />
        <source>Duplicate of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="212" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="213" />
        <source>Each date may appear once; remove the duplicate of {listed}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="214" />
        <source>Empty file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="215" />
        <source>Enter a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="216" />
        <source>Enter a name the picker lists the template by.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="217" />
        <source>Enter a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="218" />
        <source>Enter an e-mail address such as it-manager@example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="219" />
        <source>Enter resolution notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="220" />
        <source>Enter the code tickets will store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="221" />
        <source>Enter the label the desk will see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="222" />
        <source>Enter the text the response inserts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="223" />
        <source>Enter the time spent. {how_to_type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="224" />
        <source>Export to a .csv or .xlsx file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="225" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="226" />
        <source>Field technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="227" />
        <source>Field(s) that cannot be edited here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="228" />
        <source>Field(s) {unknown} cannot be edited here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="229" />
        <source>Field(s) {unknown} cannot be edited here; use assign or the lifecycle actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="230" />
        <source>Field(s) {unknown} cannot be edited here; use the lifecycle actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="231" />
        <source>Fixes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="232" />
        <source>Folder not writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="233" />
        <source>Give a response and a resolution target for every priority P{first} to P{last}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="234" />
        <source>Give the due date as a date and time with its time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="235" />
        <source>Give the leaving date with its time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="236" />
        <source>Give the offering a name callers recognise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="237" />
        <source>Give the queue a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="238" />
        <source>Give the time as a date and time with its time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="239" />
        <source>Give the {what} a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="240" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="241" />
        <source>Impact '{value}' is not valid; choose 1 (High), 2 (Medium) or 3 (Low).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="242" />
        <source>Implement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="243" />
        <source>In Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="244" />
        <source>In review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="245" />
        <source>In the mapping file, "columns" and "values" must be objects ({"field": "header"}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="246" />
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="247" />
        <source>Incident manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="248" />
        <source>Incident task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="249" />
        <source>Incident tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="250" />
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="251" />
        <source>Items of kind '{kind}' cannot be changed offline yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="252" />
        <source>Items of kind '{kind}' cannot be logged offline yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="253" />
        <source>Items of that kind cannot be logged offline; discard it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="254" />
        <source>Keep Administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="255" />
        <source>Keep the change log for 1 to 3650 days, e.g. --keep-days 30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="256" />
        <source>Keywords are longer than {keywords_max} characters; keep the words people search for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="257" />
        <source>Known error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="258" />
        <source>Link at most {max_children} children at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="259" />
        <source>Link at most {max_incidents} incidents at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="260" />
        <source>List at least one type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="261" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="262" />
        <source>Mail worker (a service login)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="263" />
        <source>Make that change again where it was made (the item's Time or Links tab), then discard this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="264" />
        <source>Making the replica was cancelled; nothing was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="265" />
        <source>Managed by 'mail login'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="266" />
        <source>Managing logins needs a superuser or a login with CREATEROLE that administers the desk's role groups; ask the database administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="267" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="268" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="269" />
        <source>Name already used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="270" />
        <source>Name the freeze (e.g. Year-end freeze).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="271" />
        <source>Name the release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="272" />
        <source>Name the replica to sync: --replica FILE (or --prune on a desk).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="273" />
        <source>Name the standard change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="274" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="275" />
        <source>No CAB is set up for {change_type} changes of this risk; ask a change manager to set up the CAB for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="276" />
        <source>No CAB is set up for {change_type} changes of {level} risk; ask a change manager to set up the CAB for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="277" />
        <source>No caller has the address {address}; add them under Callers first, or name the address on the incident instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="278" />
        <source>No incident is numbered {unknown}; check the numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="279" />
        <source>No problem is numbered '{problem_number}'; type a number such as PRB-000012.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="280" />
        <source>No service is named '{name}'; use a name as Service Strategy lists it, or leave it out for the whole desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="281" />
        <source>No such folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="282" />
        <source>No ticket is numbered '{number}'; type a number such as CHG-000042.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="283" />
        <source>No ticket is numbered '{number}'; type a number such as INC-000042.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="284" />
        <source>No work item is numbered '{number}'; type a number such as PRB-000012.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="285" />
        <source>Nobody can delegate their approvals to themselves; pick someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="286" />
        <source>Not a member of the team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="287" />
        <source>Not a picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="288" />
        <source>Not readable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="289" />
        <source>Not this item's comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="290" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="291" />
        <source>One of the chosen incidents no longer exists (or is not an incident); refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="292" />
        <source>One of the selected approvals no longer exists; refresh the list (nothing was decided).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="293" />
        <source>Only a published article is reviewed on its date; publish it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="294" />
        <source>Only a standard change comes from a template; choose the standard type or clear the template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="295" />
        <source>Only an approver rejects a request; cancel it instead, saying why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="296" />
        <source>Only for standard changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="297" />
        <source>Only in Review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="298" />
        <source>Only supervisors and administrators set another person's default team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="299" />
        <source>Only the person who logged a time entry can {what} it; ask them, or log your own time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="300" />
        <source>Only while New.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="301" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="302" />
        <source>Out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="303" />
        <source>PNG, JPEG, GIF or WebP only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="304" />
        <source>Part of that file is missing on the desk; ask an administrator to check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="305" />
        <source>Part of {file_name} is missing from the database; ask an administrator to check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="306" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="307" />
        <source>Pending until may be at most a year ahead; pick an earlier date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="308" />
        <source>Pending until must be later than now; pick a later date or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="309" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="310" />
        <source>Pick 1 to 5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="311" />
        <source>Pick a later date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="312" />
        <source>Pick again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="313" />
        <source>Pick an active staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="314" />
        <source>Pick another item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="315" />
        <source>Pick another owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="316" />
        <source>Pick another team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="317" />
        <source>Pick one of their teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="318" />
        <source>Pick one of your teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="319" />
        <source>Pick someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="320" />
        <source>Pick the caller the request is for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="321" />
        <source>Pick the catalogue service this offering belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="322" />
        <source>Pick the date again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="323" />
        <source>Pick the person who needs the access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="324" />
        <source>Pick the system and the entitlement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="325" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="326" />
        <source>Priorities run from 1 to 5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="327" />
        <source>Priority {bad} is out of range; use 1 to 5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="328" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="329" />
        <source>Problem manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="330" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="331" />
        <source>Profile '{name}' contains a password; remove it, DeskApp keeps passwords in the system keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="332" />
        <source>Profile '{name}' has the SSL mode '{mode}'; use one of {ssl_modes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="333" />
        <source>Profile '{name}': a reporting replica is a PostgreSQL standby of a shared desk; remove it or use a postgresql:// URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="334" />
        <source>Promise the next update within 1 to {max_next_update_minutes} hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="335" />
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="336" />
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="337" />
        <source>P{priority} is listed twice; give each priority once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="338" />
        <source>P{priority} {metric} target is over a year of business time; use at most {target_max} minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="339" />
        <source>P{priority} {metric} target must be more than zero minutes (it is {value}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="340" />
        <source>P{priority} {metric}: enter a whole number of minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="341" />
        <source>P{priority}: the response target ({response}) is longer than the resolution target ({resolution}); make it shorter or equal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="342" />
        <source>Queue dates need a time zone; pick the date again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="343" />
        <source>Queue names are limited to {name_max} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="344" />
        <source>Queues cannot be sorted by '{column}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="345" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="346" />
        <source>Relates to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="347" />
        <source>Relations must be a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="348" />
        <source>Released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="349" />
        <source>Remove control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="350" />
        <source>Reopen as draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="351" />
        <source>Replicas are made from a shared PostgreSQL desk; this database is a local SQLite file already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="352" />
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="353" />
        <source>Request task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="354" />
        <source>Request tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="355" />
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="356" />
        <source>Resolution code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="357" />
        <source>Resolution notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="358" />
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="359" />
        <source>Restoring replaces the whole desk; run again with --yes to confirm (the current desk is backed up first), or type the confirmation at a terminal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="360" />
        <source>Retire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="361" />
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="362" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="363" />
        <source>Revise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="364" />
        <source>Rows of {table} cannot be pushed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="365" />
        <source>Rows of {table} cannot be removed from a replica.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="366" />
        <source>Run this at a terminal: the secret is asked, never passed as an argument or piped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="367" />
        <source>SLAs and calendars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="368" />
        <source>Say how the decision came: {channels}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="369" />
        <source>Say what the author should change before sending the article back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="370" />
        <source>Say where to write the review: --pdf FILE, --xlsx FILE or both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="371" />
        <source>Say who the update went to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="372" />
        <source>Say why in the comment: a rejection needs a reason the requester can act on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="373" />
        <source>Say why the access should be revoked (the person and the auditor read it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="374" />
        <source>Say why the change is cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="375" />
        <source>Say why the conflict is acceptable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="376" />
        <source>Say why the incident is resolved with open tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="377" />
        <source>Say why the item is reopened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="378" />
        <source>Say why the request is cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="379" />
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="380" />
        <source>Search text in a queue is limited to 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="381" />
        <source>Security is applied on a shared PostgreSQL desk; a SQLite desk is single-user and keeps the app's own checks only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="382" />
        <source>Select at least one approval to decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="383" />
        <source>Send back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="384" />
        <source>Send for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="385" />
        <source>Sending mail is switched off for this desk (Tools &gt; Mail), so the update cannot be mailed; post it without sending, or ask an administrator to switch sending on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="386" />
        <source>Service owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="387" />
        <source>Shorten the comment to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="388" />
        <source>Shorten the description to {description_max} characters or fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="389" />
        <source>Shorten the description to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="390" />
        <source>Shorten the name to 120 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="391" />
        <source>Shorten the name to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="392" />
        <source>Shorten the note to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="393" />
        <source>Shorten the reason to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="394" />
        <source>Shorten the title to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="395" />
        <source>Shorten the type name to {type_name_max} characters or fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="396" />
        <source>Shorten the {what}'s name to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="397" />
        <source>Show at most two months of the calendar at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="398" />
        <source>Someone already decided on this message; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="399" />
        <source>Someone else saved this record after you opened it; review their changes and save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="400" />
        <source>Something this record refers to was deleted meanwhile; reload and choose again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="401" />
        <source>Stage {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="402" />
        <source>Stage {number} names a team or person that no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="403" />
        <source>Stage {number} names more than {max_approvers} approvers; use a team instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="404" />
        <source>Stage {number} names no approver; add one or remove the stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="405" />
        <source>Stage {number} would ask only {person}, who requested {item_number}; a requester never approves their own item. Add other approvers to the rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="406" />
        <source>Stage {stage} of {item_number} is already decided; only stage {current} is waiting for decisions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="407" />
        <source>Standard changes are pre-approved by their template; they have no CAB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="408" />
        <source>Successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="409" />
        <source>Successful with issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="410" />
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="411" />
        <source>Task {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="412" />
        <source>Task {n} ({title}) names a team that no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="413" />
        <source>Task {n}: give it a title the team understands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="414" />
        <source>That CAB rule was removed meanwhile; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="415" />
        <source>That CI type no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="416" />
        <source>That access request no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="417" />
        <source>That address is no longer named on this major incident; refresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="418" />
        <source>That approval no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="419" />
        <source>That approval was withdrawn; refresh the item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="420" />
        <source>That article no longer exists; reload the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="421" />
        <source>That attachment was already removed; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="422" />
        <source>That attachment was removed meanwhile; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="423" />
        <source>That calendar no longer exists; choose another one or reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="424" />
        <source>That caller no longer exists (perhaps merged into another); search again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="425" />
        <source>That caller no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="426" />
        <source>That caller no longer follows the service; refresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="427" />
        <source>That change is no longer in the outbox; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="428" />
        <source>That change is no longer waiting for an answer; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="429" />
        <source>That change names no item; discard it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="430" />
        <source>That change no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="431" />
        <source>That comment does not belong to this item; attach the file to the item instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="432" />
        <source>That configuration item no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="433" />
        <source>That delegation was removed meanwhile; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="434" />
        <source>That department no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="435" />
        <source>That entitlement no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="436" />
        <source>That entitlement no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="437" />
        <source>That field has no open conflict; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="438" />
        <source>That freeze window was removed meanwhile; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="439" />
        <source>That freeze window was removed meanwhile; refresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="440" />
        <source>That grant does not exist (it may have been removed); refresh the list and choose a grant the person holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="441" />
        <source>That grant does not exist; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="442" />
        <source>That incident is no longer a child of this major incident; refresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="443" />
        <source>That incident no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="444" />
        <source>That incident no longer exists; reload the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="445" />
        <source>That item is no longer linked; reload the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="446" />
        <source>That item no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="447" />
        <source>That item was deleted; nothing was {verb}. Refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="448" />
        <source>That known error no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="449" />
        <source>That link was already removed; refresh the item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="450" />
        <source>That makes a loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="451" />
        <source>That offering no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="452" />
        <source>That offering no longer exists; reload the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="453" />
        <source>That organisation no longer exists (perhaps merged into another); search again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="454" />
        <source>That person is not an active staff member; pick someone from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="455" />
        <source>That person no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="456" />
        <source>That problem no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="457" />
        <source>That queue does not exist; pick another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="458" />
        <source>That queue was deleted; pick another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="459" />
        <source>That release was removed meanwhile; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="460" />
        <source>That review line no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="461" />
        <source>That review no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="462" />
        <source>That service no longer exists; choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="463" />
        <source>That service no longer exists; refresh the portfolio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="464" />
        <source>That service request no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="465" />
        <source>That staff member no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="466" />
        <source>That standard change was removed meanwhile; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="467" />
        <source>That system no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="468" />
        <source>That system no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="469" />
        <source>That team no longer exists; choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="470" />
        <source>That team no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="471" />
        <source>That time entry was removed meanwhile; refresh the item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="472" />
        <source>That time entry was removed on the desk; log the time again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="473" />
        <source>That work item no longer exists; reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="474" />
        <source>That {kind} no longer exists; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="475" />
        <source>The IMAP secret cannot hold a line break or more than 8192 characters; paste it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="476" />
        <source>The PostgreSQL URL '{url}' names no database; add '/DATABASE' at the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="477" />
        <source>The PostgreSQL URL '{url}' names no server; use the form {supported}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="478" />
        <source>The SLA name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="479" />
        <source>The SMTP password cannot hold a line break or more than 8192 characters; paste it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="480" />
        <source>The SQLite URL names no file, so nothing would be kept; use sqlite:///PATH (for example sqlite:///C:/DeskApp/desk.sqlite3 or sqlite:////home/me/desk.db).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="481" />
        <source>The SQLite file name contains a NUL character, which no file system allows; check the --database value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="482" />
        <source>The allow-list is empty, so no file could be attached; list at least one type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="483" />
        <source>The approval of {item_number} is already approved; nothing is waiting for a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="484" />
        <source>The approval of {item_number} is already rejected; nothing is waiting for a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="485" />
        <source>The article is longer than {body_max} characters; split it into several articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="486" />
        <source>The article is not linked to that item any more; reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="487" />
        <source>The attachment limit must be from {min_max_bytes} to {max_max_bytes}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="488" />
        <source>The audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="489" />
        <source>The availability target is a percentage above 0 and at most 100 (such as 99.9); leave it empty for none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="490" />
        <source>The availability target must be a percentage such as 99.9; type a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="491" />
        <source>The backup file cannot be the database itself; give another path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="492" />
        <source>The body has a brace that is not a placeholder near “{stray}”; write placeholders as {{number}}, with a lower-case name between two braces, and no other braces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="493" />
        <source>The business owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="494" />
        <source>The calendar has no working hours; tick at least one weekday as a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="495" />
        <source>The calendar name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="496" />
        <source>The catalogue already offers '{name}'; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="497" />
        <source>The catalogue still offers access to {name} ({offerings}); retire those offerings first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="498" />
        <source>The category is {length} characters; shorten it to {category_max}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="499" />
        <source>The chosen CI no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="500" />
        <source>The chosen SLA no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="501" />
        <source>The chosen assignee is not an active staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="502" />
        <source>The chosen caller no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="503" />
        <source>The chosen configuration item no longer exists; choose again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="504" />
        <source>The chosen configuration item no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="505" />
        <source>The chosen entitlement no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="506" />
        <source>The chosen manager no longer exists (perhaps merged); pick again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="507" />
        <source>The chosen owner is not a staff member; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="508" />
        <source>The chosen owner is not an active staff member; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="509" />
        <source>The chosen owner no longer exists; choose again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="510" />
        <source>The chosen release no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="511" />
        <source>The chosen service no longer exists; choose again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="512" />
        <source>The chosen service no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="513" />
        <source>The chosen system no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="514" />
        <source>The chosen team no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="515" />
        <source>The code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="516" />
        <source>The code '{code}' already exists; reactivate it or choose another code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="517" />
        <source>The code '{code}' already reads '{same_label}'; choose another label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="518" />
        <source>The comment is longer than {comment_max} characters; shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="519" />
        <source>The comment is {length} characters long; the limit is {comment_max}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="520" />
        <source>The comment this file was attached to is not on the desk (it was refused); attach the file to the item instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="521" />
        <source>The content must be a binary stream (bytes), not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="522" />
        <source>The content must be a readable binary stream.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="523" />
        <source>The content of {file_name} is missing from the database; ask an administrator to check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="524" />
        <source>The content of {file_name} is not in the replica any more; attach the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="525" />
        <source>The content of {file_name} is on the desk, not in this replica yet; it is fetched when the desk can be reached. Connect, then save it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="526" />
        <source>The database URL is empty; give one such as {supported}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="527" />
        <source>The database URL names no database; security is applied per desk database, so give one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="528" />
        <source>The database is at revision {current}, not {schema_head}; run 'deskapp-admin --database URL db upgrade' first (it applies security too once it is applied).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="529" />
        <source>The database server cannot be reached; check the network or the server and try again (nothing was saved).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="530" />
        <source>The delegation ends before it starts; check the dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="531" />
        <source>The description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="532" />
        <source>The desk does not hold that file (or it is not visible to you any more); sync, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="533" />
        <source>The due date must be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="534" />
        <source>The expiry must be after the grant starts; pick a later date or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="535" />
        <source>The file came from the desk damaged (its checksum differs); nothing was kept. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="536" />
        <source>The file is on the desk, not in this replica, and it could not be fetched ({reason}); save it again when the desk can be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="537" />
        <source>The file name contains control characters; rename the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="538" />
        <source>The file name is {length} characters long; the limit is {name_max}. Rename the file and attach it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="539" />
        <source>The file needs a name; rename it and attach it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="540" />
        <source>The folder {folder} does not exist; choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="541" />
        <source>The folder {folder} does not exist; choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="542" />
        <source>The folder {folder} does not exist; create it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="543" />
        <source>The form has no field '{unknown}'; reload the offering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="544" />
        <source>The freeze ends before it starts; set an end after its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="545" />
        <source>The incident the article is written from no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="546" />
        <source>The item is no longer in this replica (it was deleted or left your scope); discard the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="547" />
        <source>The item is no longer on the desk (or no longer visible to you).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="548" />
        <source>The item of that attachment was deleted; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="549" />
        <source>The justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="550" />
        <source>The keyring could not be read ({error}); type the password instead (leave out --password-from-keyring).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="551" />
        <source>The keyring has no password for {username} under '{keyring_service}'; store one there or leave out --password-from-keyring to type it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="552" />
        <source>The keyring refused to store it; nothing was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="553" />
        <source>The keyring refused to store the password; nothing was saved. Check the keyring and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="554" />
        <source>The keyring refused to store the worker's password, so the login's new password is known to nobody; run the command again once the keyring works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="555" />
        <source>The label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="556" />
        <source>The login '{login}' has no active staff record on this desk; ask an administrator to add you ('deskapp-admin staff add').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="557" />
        <source>The login '{username}' has no active staff record in this database; ask a DeskApp administrator to add you ('deskapp-admin staff add').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="558" />
        <source>The login {login} has no DeskApp rights on this database; ask an administrator to run 'deskapp-admin staff add {login} --login'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="559" />
        <source>The mail worker role belongs to the mail worker's own login only and is managed with 'deskapp-admin mail login'; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="560" />
        <source>The mapping file is not valid JSON (line {lineno}: {error}); fix it or save the mapping again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="561" />
        <source>The mapping file names unknown field(s): {unknown}; use {keys}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="562" />
        <source>The mapping file was saved by a newer DeskApp; save it again with this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="563" />
        <source>The mapping is for {kind}, not incidents; choose an incident mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="564" />
        <source>The mapping is for {kind}, not {wanted}; choose another mapping file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="565" />
        <source>The mapping names column(s) this file does not have: {missing}; pick the columns again or use another mapping file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="566" />
        <source>The migrations folder {path} is incomplete (env.py or versions/*.py missing); reinstall DeskApp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="567" />
        <source>The name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="568" />
        <source>The name is {length} characters long; the limit is {full_name_max}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="569" />
        <source>The name is {length} characters; shorten it to {name_max}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="570" />
        <source>The name of the holiday on {day} is too long; shorten it to {holiday_name_max} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="571" />
        <source>The new replica {path} is still open in another program, so it was not moved into place; close that program and make the replica again (what was copied is kept and the run resumes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="572" />
        <source>The new replica {path} was not written completely, so it was removed; make the replica again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="573" />
        <source>The note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="574" />
        <source>The password is empty; type one (twice).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="575" />
        <source>The pending-until time needs a time zone; pick it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="576" />
        <source>The period ends before it starts; choose an end date on or after the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="577" />
        <source>The period ends before it starts; pick an end after the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="578" />
        <source>The period is longer than {years} years; choose a shorter one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="579" />
        <source>The period needs time-zone-aware start and end times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="580" />
        <source>The points of {decl_label} are not work items; open the items from the figure's own list instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="581" />
        <source>The priority matrix has no entry for {missing}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="582" />
        <source>The profile file {path} is damaged ({exc}); fix or delete it to start over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="583" />
        <source>The reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="584" />
        <source>The recipient of a message cannot contain a line break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="585" />
        <source>The release '{name}' still holds {count} change(s) ({numbers}); take them out of it (each change's Release field) or move them to another release first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="586" />
        <source>The release window ends before it starts; fix the dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="587" />
        <source>The review date is more than three years away; choose a date within three years so the article is checked again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="588" />
        <source>The review date must be after today; choose a later date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="589" />
        <source>The review is recorded once the change is in Review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="590" />
        <source>The root-cause category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="591" />
        <source>The schema {schema} holds {length} table(s) or view(s) DeskApp does not know ({shown}); nothing was applied. Move them to another schema or database, or declare them in deskapp.domain.records, then run 'deskapp-admin security apply' again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="592" />
        <source>The sender of a message cannot contain a line break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="593" />
        <source>The server for {url} answered, but {reason}; check the database and user names, or ask an administrator to create them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="594" />
        <source>The server refused the login for {url} ({detail}); check the user name and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="595" />
        <source>The shared database is at revision {current} but this DeskApp needs {head}; ask an administrator to run 'deskapp-admin --database URL db upgrade'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="596" />
        <source>The source name is longer than 40 characters; shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="597" />
        <source>The stakeholders of {number} changed while you wrote: the update would now go to {count}, not {expected}. Check the count and send again; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="598" />
        <source>The stored content of {file_name} is damaged (its checksum differs); ask an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="599" />
        <source>The subject has a brace that is not a placeholder near “{stray}”; write placeholders as {{number}}, with a lower-case name between two braces, and no other braces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="600" />
        <source>The subject of a message cannot contain a line break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="601" />
        <source>The tasks of {number} are done in order; finish {shown} first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="602" />
        <source>The tasks wait for each other in a circle ({names}), so none of them could ever start; remove one of the waits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="603" />
        <source>The text is {length} characters; shorten it to {body_max}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="604" />
        <source>The time spent must be more than zero minutes; remove the entry instead of logging no time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="605" />
        <source>The time zone '{zone}' cannot be loaded on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="606" />
        <source>The title is longer than {title_max} characters; shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="607" />
        <source>The title is {length} characters; shorten it to {title_max}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="608" />
        <source>The two entries differ or are empty; nothing was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="609" />
        <source>The two passwords differ; nothing was created. Run the command again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="610" />
        <source>The type needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="611" />
        <source>The type needs a name; type one, e.g. 'load balancer'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="612" />
        <source>The type of a change is chosen while it is New; cancel it and raise another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="613" />
        <source>The update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="614" />
        <source>The username '{username}' is taken; choose another or enable that staff member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="615" />
        <source>There are no live grants in that scope, so there is nothing to review; choose another system or department.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="616" />
        <source>There is already a CI type '{clean_name}'; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="617" />
        <source>There is already a service called '{name}'; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="618" />
        <source>There is no CI type '{ci_type}'; choose one from the list (an administrator adds types under CI types).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="619" />
        <source>There is no DeskApp database at {file}; check the path, or create one with 'deskapp-admin --database URL db upgrade'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="620" />
        <source>There is no article {number}; check the number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="621" />
        <source>There is no connection profile named '{name}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="622" />
        <source>There is no database login '{username}'; create it with 'deskapp-admin staff add {username} --login'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="623" />
        <source>There is no file {path}; check the path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="624" />
        <source>There is no item {number}; type the number of an item to preview the message on, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="625" />
        <source>There is no message for {event!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="626" />
        <source>There is no team '{team}' on this desk; teams: {teams}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="627" />
        <source>This SLA no longer exists; reload the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="628" />
        <source>This SLA was deleted by someone else; reload the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="629" />
        <source>This calendar no longer exists; reload the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="630" />
        <source>This calendar was deleted by someone else; reload the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="631" />
        <source>This computer has no secure keyring (Windows Credential Manager, macOS Keychain, the Secret Service), so the worker's password could not be kept; DeskApp never writes it to a file. Run this as the worker's account on a computer with a keyring. Nothing was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="632" />
        <source>This computer has no secure keyring (such as Windows Credential Manager or the Secret Service), so the password cannot be stored; DeskApp never writes it to a file. Set up a keyring and try again. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="633" />
        <source>This computer has no secure keyring; the secret cannot be stored (DeskApp never writes it to a file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="634" />
        <source>This database (revision {current}) was created by a newer DeskApp; install the newer DeskApp or open another database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="635" />
        <source>This database has several schema heads ({rows}); ask an administrator to check it with 'deskapp-admin db current'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="636" />
        <source>This delegation would make a loop on {day} ({loop}): nobody would decide. Pick someone outside the loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="637" />
        <source>This desk does not take {what} ({name}); put it in a .zip archive, or ask an administrator to allow the type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="638" />
        <source>This desk has no change log yet; ask an administrator to run 'deskapp-admin db upgrade' on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="639" />
        <source>This desk has no database security yet, so staff logins cannot be made; run 'deskapp-admin --database URL security apply' first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="640" />
        <source>This desk has no database security yet, so staff logins cannot be made; run 'deskapp-admin --database URL security apply' first. Nothing was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="641" />
        <source>This desk has no database security yet, so the mail worker's login cannot be made; run 'deskapp-admin --database URL security apply' first. Nothing was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="642" />
        <source>This desk is not an offline replica; there is nothing to sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="643" />
        <source>This file is not an offline replica of a desk (it has no replica record); make one with 'deskapp-admin replica create'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="644" />
        <source>This file is not an offline replica of a desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="645" />
        <source>This initiative no longer exists; reload the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="646" />
        <source>This initiative was deleted by someone else; reload the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="647" />
        <source>This is a standard change from the template '{name}': its {labels} come from the template and cannot be changed. Raise a normal change for anything else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="648" />
        <source>This is not a DeskApp mapping file (it needs "format": "{mapping_format}"); save the mapping from DeskApp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="649" />
        <source>This item belongs to another team; you may {verb} items of your teams and items assigned to you. Ask that team or a supervisor, or have it handed to your team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="650" />
        <source>This message names no item; dismiss it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="651" />
        <source>This push has no replica to read the file from; sync again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="652" />
        <source>This queue has {total} items, more than an Excel sheet holds ({limit} rows under the header); export to .csv instead, or narrow the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="653" />
        <source>This replica is older than the desk's change log (entries it still needs were pruned); make a new replica ('deskapp-admin replica create').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="654" />
        <source>This replica was made from another desk ({source}); open that desk to sync it, or make a new replica of this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="655" />
        <source>This replica's file is at DeskApp schema {theirs}, this DeskApp at {ours}; open it once in this DeskApp (it upgrades the file and keeps its unsent work), then sync. A file from a newer DeskApp syncs with that version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="656" />
        <source>This resolution code no longer exists; reload the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="657" />
        <source>This resolution code was deleted by someone else; reload the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="658" />
        <source>This review is finished; its decisions can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="659" />
        <source>This saved queue has an unreadable sort order; sort it again and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="660" />
        <source>This service no longer exists; choose another or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="661" />
        <source>This team no longer exists; choose another or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="662" />
        <source>This template was deleted or is not yours; reload the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="663" />
        <source>This type has no attribute '{key}'; leave it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="664" />
        <source>This work item no longer exists; reload it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="665" />
        <source>This {noun} is confidential to its team; ask a member of that team or an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="666" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="667" />
        <source>Too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="668" />
        <source>Too many pixels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="669" />
        <source>Too many rows for .xlsx; use .csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="670" />
        <source>Two attributes have the key '{key}'; keys must differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="671" />
        <source>Type at least one number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="672" />
        <source>Type not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="673" />
        <source>Type the numbers of the incidents to link, such as INC-000042.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="674" />
        <source>Type the time as minutes (90) or hours and minutes (1h 30m, 1:30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="675" />
        <source>Type what the stakeholders were told.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="676" />
        <source>Under investigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="677" />
        <source>Unknown change field(s): {unknown}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="678" />
        <source>Unknown format '{format}'; use csv or servicenow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="679" />
        <source>Unknown incident field(s): {unknown}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="680" />
        <source>Unknown number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="681" />
        <source>Unknown problem field(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="682" />
        <source>Unknown reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="683" />
        <source>Unknown role '{bad}'; use {roles}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="684" />
        <source>Unknown role '{role}'; use {roles}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="685" />
        <source>Unknown role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="686" />
        <source>Unknown task field(s): {unknown}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="687" />
        <source>Urgency '{value}' is not valid; choose 1 (High), 2 (Medium) or 3 (Low).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="688" />
        <source>Use .csv or .xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="689" />
        <source>Use .ext or type/subtype.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="690" />
        <source>Use 1 to {n} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="691" />
        <source>Use a password of at least 8 characters; nothing was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="692" />
        <source>Use a position from 0 to {sort_order_max}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="693" />
        <source>Very high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="694" />
        <source>Weekday {weekday} is not valid; use 0 (Monday) to 6 (Sunday).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="695" />
        <source>Work offline makes a replica of a shared desk; this desk is already a file on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="696" />
        <source>Work you take goes to one of your own teams; pick one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="697" />
        <source>Write a message of 1 to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="698" />
        <source>Write a subject of one line, 1 to {limit} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="699" />
        <source>Writing {name} failed ({why}); nothing was exported. Check the disk and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="700" />
        <source>You already have a queue called '{name}'; pick another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="701" />
        <source>You can share a queue only with a team you belong to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="702" />
        <source>You cannot disable yourself; ask another administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="703" />
        <source>You cannot take away your own administrator role; ask another administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="704" />
        <source>You may delegate only your own approvals; ask a supervisor to set a delegation for someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="705" />
        <source>You may not {verb} {noun}; {who}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="706" />
        <source>You may {verb} only your own {noun}; ask its owner or a supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="707" />
        <source>You may {verb} {noun} only of teams you lead; ask an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="708" />
        <source>You requested {number}; a requester never approves their own item (not as a stand-in either).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="709" />
        <source>You were not asked to approve {item_number} (the approver is {approver_name}) and do not stand in for them today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="710" />
        <source>You were not asked to review {line}; {reviewer} was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="711" />
        <source>You wrote this article, so someone else must review and publish it; ask a colleague to review it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="712" />
        <source>a change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="713" />
        <source>a change task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="714" />
        <source>a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="715" />
        <source>a reason is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="716" />
        <source>a request task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="717" />
        <source>a service request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="718" />
        <source>a {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="719" />
        <source>access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="720" />
        <source>access denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="721" />
        <source>access grants and reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="722" />
        <source>access systems and entitlements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="723" />
        <source>already linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="724" />
        <source>already named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="725" />
        <source>already subscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="726" />
        <source>an access request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="727" />
        <source>an incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="728" />
        <source>an incident task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="729" />
        <source>an {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="730" />
        <source>another team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="731" />
        <source>ask an administrator or {roles}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="732" />
        <source>assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="733" />
        <source>attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="734" />
        <source>backout plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="735" />
        <source>before start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="736" />
        <source>callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="737" />
        <source>change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="738" />
        <source>change templates, CAB rules, freeze windows and releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="739" />
        <source>change type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="740" />
        <source>configuration item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="741" />
        <source>configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="742" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="743" />
        <source>correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="744" />
        <source>create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="745" />
        <source>cycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="746" />
        <source>delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="747" />
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="748" />
        <source>desk settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="749" />
        <source>duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="750" />
        <source>emergency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="751" />
        <source>empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="752" />
        <source>end before start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="753" />
        <source>entitlement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="754" />
        <source>erase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="755" />
        <source>from {current} it can go to {legal}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="756" />
        <source>gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="757" />
        <source>hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="758" />
        <source>has left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="759" />
        <source>high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="760" />
        <source>implementation plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="761" />
        <source>improvement initiatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="762" />
        <source>in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="763" />
        <source>in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="764" />
        <source>inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="765" />
        <source>incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="766" />
        <source>incident task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="767" />
        <source>incident tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="768" />
        <source>incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="769" />
        <source>incomplete relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="770" />
        <source>it is final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="771" />
        <source>itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="772" />
        <source>knowledge articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="773" />
        <source>live grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="774" />
        <source>loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="775" />
        <source>low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="776" />
        <source>major incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="777" />
        <source>manage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="778" />
        <source>medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="779" />
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="780" />
        <source>must be in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="781" />
        <source>naive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="782" />
        <source>needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="783" />
        <source>no CAB rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="784" />
        <source>no CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="785" />
        <source>no reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="786" />
        <source>no service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="787" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="788" />
        <source>normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="789" />
        <source>not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="790" />
        <source>not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="791" />
        <source>not access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="792" />
        <source>not active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="793" />
        <source>not an address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="794" />
        <source>not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="795" />
        <source>not positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="796" />
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="797" />
        <source>offerings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="798" />
        <source>on revocation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="799" />
        <source>one department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="800" />
        <source>one organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="801" />
        <source>only an administrator may; ask one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="802" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="803" />
        <source>open requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="804" />
        <source>open tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="805" />
        <source>over a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="806" />
        <source>overlaps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="807" />
        <source>past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="808" />
        <source>pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="809" />
        <source>plain text only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="810" />
        <source>problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="811" />
        <source>problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="812" />
        <source>processed mail and the review list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="813" />
        <source>queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="814" />
        <source>remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="815" />
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="816" />
        <source>request task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="817" />
        <source>request tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="818" />
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="819" />
        <source>resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="820" />
        <source>response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="821" />
        <source>retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="822" />
        <source>revise first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="823" />
        <source>revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="824" />
        <source>risk answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="825" />
        <source>same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="826" />
        <source>see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="827" />
        <source>service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="828" />
        <source>service relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="829" />
        <source>service request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="830" />
        <source>service requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="831" />
        <source>services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="832" />
        <source>several people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="833" />
        <source>staff and roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="834" />
        <source>standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="835" />
        <source>system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="836" />
        <source>taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="837" />
        <source>team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="838" />
        <source>team members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="839" />
        <source>templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="840" />
        <source>test plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="841" />
        <source>the audit trail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="842" />
        <source>the freeze '{label}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="843" />
        <source>the reviewer must not be the author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="844" />
        <source>the {name} department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="845" />
        <source>too far ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="846" />
        <source>too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="847" />
        <source>too many</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="848" />
        <source>too many fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="849" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="850" />
        <source>unknown caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="851" />
        <source>unknown field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="852" />
        <source>unknown team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="853" />
        <source>unknown type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="854" />
        <source>unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="855" />
        <source>very high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="856" />
        <source>votes on articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="857" />
        <source>work item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="858" />
        <source>work items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="859" />
        <source>{a_noun} cannot move from {current} to {target}; {hint}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="860" />
        <source>{access} is retired; pick an entitlement still in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="861" />
        <source>{address} is already named on {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="862" />
        <source>{approver_name} already approved {item_number}; a decision cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="863" />
        <source>{approver_name} already rejected {item_number}; a decision cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="864" />
        <source>{approver_name} has a DeskApp login and decides in My approvals; a decision is recorded only for approvers without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="865" />
        <source>{approver_name} has no DeskApp login; use Record decision… to record what they said by phone or e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="866" />
        <source>{article} has no version {number}; choose one of the versions listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="867" />
        <source>{bad} cannot pause the clock; choose from {pausable_statuses}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="868" />
        <source>{ci_name} cannot be related to itself; choose another CI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="869" />
        <source>{ci_name} is retired; a retired CI takes no new relations. Put it back in use first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="870" />
        <source>{count} CI(s) have the type '{type_name}', so it keeps its name; create a new type and move them instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="871" />
        <source>{day}: the end ({end}) is not after the start ({start}); set a later end, 00:00 for midnight, or make it a day off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="872" />
        <source>{day}: times must lie within the day (00:00 to 24:00).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="873" />
        <source>{day}: {s1}-{e1} overlaps {s2}-{e2}; make the intervals separate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="874" />
        <source>{declaration_label} is not measured in this desk yet ({why}); choose another KPI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="875" />
        <source>{edit} would make a loop of 'part of' (something would be part of itself); remove one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="876" />
        <source>{entitlement} is retired; choose an entitlement still in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="877" />
        <source>{file_name} is empty; there is nothing to attach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="878" />
        <source>{first} ({more} more field(s) need attention.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="879" />
        <source>{full_name} already follows this service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="880" />
        <source>{full_name} already reports to {person} (directly or through others); a manager cannot report to their own report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="881" />
        <source>{full_name} is not a member of that team; add them to it first or pick one of their teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="882" />
        <source>{full_name}'s reporting line goes round in a circle; correct it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="883" />
        <source>{grant} is already being revoked by {revocation}; work that one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="884" />
        <source>{grant} is already revoked; nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="885" />
        <source>{item_number} belongs to {team_name}, which you are not a member of; ask that team to hand it over, or reassign it to your team first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="886" />
        <source>{item_number} has no team yet, and you are in {length} teams: choose your default team (work you take that has no team goes there).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="887" />
        <source>{item_number} is closed; its approvals can no longer be decided. Reopen it first if a decision is still needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="888" />
        <source>{kept_name} has a removed department named '{same_name}'; rename the department of {merged_name} first, then merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="889" />
        <source>{label} (a CI {hops} relation(s) away)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="890" />
        <source>{label} (same CI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="891" />
        <source>{label} (same implementer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="892" />
        <source>{label} is not an active staff member; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="893" />
        <source>{label} is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="894" />
        <source>{label} is required; fill it in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="895" />
        <source>{label} is required; type a name people will recognise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="896" />
        <source>{label} is required; type one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="897" />
        <source>{label} is {length} characters long; shorten it to {limit} or fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="898" />
        <source>{label} is {length} characters long; shorten it to {name_max} or fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="899" />
        <source>{label} is {length} characters long; the limit is {limit}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="900" />
        <source>{label} must be text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="901" />
        <source>{label}: that CI no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="902" />
        <source>{label}: that person no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="903" />
        <source>{label}: {exc}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="904" />
        <source>{line} is retired; choose a CI in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="905" />
        <source>{line} is retired; relate {ci_name} to a CI in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="906" />
        <source>{line} was already {decision} in this review; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="907" />
        <source>{minutes} is more than a day in one entry; log each day's work as its own entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="908" />
        <source>{name} changed while it was being attached; wait until the program writing it is done, then attach it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="909" />
        <source>{name} could not be read to its end ({strerror}); nothing was attached. Check the file and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="910" />
        <source>{name} grants access: ordering it raises an access request (ACC), not a service request. Order it from New request, or use Request access in Access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="911" />
        <source>{name} grants no access; raise it as a service request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="912" />
        <source>{name} has {n} open access request(s) ({numbers}); close or cancel them before retiring it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="913" />
        <source>{name} has {n} open request(s) ({shown}); close or cancel them before retiring it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="914" />
        <source>{name} is already retired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="915" />
        <source>{name} is damaged: it says it has no pixels. Save it again and insert the new file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="916" />
        <source>{name} is in use already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="917" />
        <source>{name} is not a PNG, JPEG, GIF or WebP picture (its content says otherwise, whatever its name); save it as PNG or JPEG and insert it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="918" />
        <source>{name} is not a member of the chosen team; pick a member or change the team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="919" />
        <source>{name} is not a picture an article can show; choose a PNG, JPEG, GIF or WebP file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="920" />
        <source>{name} is offered already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="921" />
        <source>{name} is retired already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="922" />
        <source>{name} is {size}; this desk takes attachments up to {max_bytes}. Compress it or share a link instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="923" />
        <source>{name} is {width} × {height} pixels; an article shows pictures up to {max_side} pixels a side and {max_megapixels} million pixels. Make it smaller and insert it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="924" />
        <source>{name} still has {n} live grant(s); revoke them first (Who has what, by system, then Revoke selected), then retire it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="925" />
        <source>{name} waits for '{unknown}', which is not in the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="926" />
        <source>{name} waits for itself; pick another task or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="927" />
        <source>{name} was retired on {date}; pick another offering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="928" />
        <source>{name}: each task needs its own key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="929" />
        <source>{name}: shorten the title to {title_max} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="930" />
        <source>{name}: the due time is 1 to {due_max_hours} hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="931" />
        <source>{numbers} and {more} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="932" />
        <source>{number} already handles {person} leaving; work that one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="933" />
        <source>{number} cannot be resolved from {label}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="934" />
        <source>{number} collides with {what}{more}; accept each conflict with a justification (Conflicts, beside the window) or move the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="935" />
        <source>{number} has no caller; set the caller before converting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="936" />
        <source>{number} has no planned window yet; save its window first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="937" />
        <source>{number} has no stakeholders to mail: subscribe callers to its service or name addresses on it first (Stakeholders…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="938" />
        <source>{number} has {length} open child incident(s) ({shown}); resolve them before closing it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="939" />
        <source>{number} has {length} open task(s) ({shown}); close them first, or say why the incident can be resolved while they are open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="940" />
        <source>{number} has {n} open task(s) ({shown}); close or cancel them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="941" />
        <source>{number} has {n} open task(s) ({shown}); finish or cancel them before the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="942" />
        <source>{number} has {n} task(s) or child incident(s) ({shown}); an incident with children stays an incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="943" />
        <source>{number} is a child of the major incident {parent}; a child cannot be a major incident itself. Unlink it there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="944" />
        <source>{number} is a known error of {service}, and {incident} is about {incident_service}; confirm that the workaround applies to this incident's service before applying it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="945" />
        <source>{number} is a major incident; it stays an incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="946" />
        <source>{number} is already linked to this initiative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="947" />
        <source>{number} is already waiting for an approval; it must be decided before another is asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="948" />
        <source>{number} is already {label}; reopen it before applying a workaround.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="949" />
        <source>{number} is closed; approval can be asked only while an item is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="950" />
        <source>{number} is closed; it cannot be reassigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="951" />
        <source>{number} is finished; it cannot be reassigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="952" />
        <source>{number} is not a major incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="953" />
        <source>{number} is not a major incident; a supervisor or incident manager declares it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="954" />
        <source>{number} is not finished, so it cannot be reopened; refresh it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="955" />
        <source>{number} is not published; only published articles are used on incidents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="956" />
        <source>{number} is not published; vote on published articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="957" />
        <source>{number} is not resolved yet; a rating judges a resolution, record it once the item is resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="958" />
        <source>{number} is not resolved yet; write the article once the fix is known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="959" />
        <source>{number} is published; choose Revise to change its text (it leaves the suggestions until it is reviewed again).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="960" />
        <source>{number} is published; choose Revise to change its text, then insert the picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="961" />
        <source>{number} is retired; reopen it as a draft to add pictures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="962" />
        <source>{number} is retired; reopen it as a draft to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="963" />
        <source>{number} is {status}, not a known error with a workaround; pick one from the known errors list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="964" />
        <source>{number} is {status}; a finished change is not edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="965" />
        <source>{number} is {status}; attachments of a {status} {noun} cannot change (nothing was {verb}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="966" />
        <source>{number} is {status}; it cannot be reassigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="967" />
        <source>{number} is {status}; it owes no more updates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="968" />
        <source>{number} is {status}; its tasks are worked while it is implemented.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="969" />
        <source>{number} is {status}; its tasks cannot be reopened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="970" />
        <source>{number} is {status}; link incidents to an open problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="971" />
        <source>{number} is {status}; only an open incident can become a request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="972" />
        <source>{number} is {status}; reopen it before adding tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="973" />
        <source>{number} names no service; set its service first, or name the address on the incident instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="974" />
        <source>{number} no longer has that conflict (the window or the other change moved); refresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="975" />
        <source>{number} waits for its CAB; the approvers' decision moves it on (or cancel it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="976" />
        <source>{number} waits for its approval; the approvers' decision moves it on (or cancel it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="977" />
        <source>{number} waits for the system owner's approval; it moves on when they decide (or cancel it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="978" />
        <source>{number} was deleted on the desk after you took it offline; what you changed was not applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="979" />
        <source>{number} was deleted; a deleted item cannot be watched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="980" />
        <source>{number} was deleted; time cannot be logged on a deleted item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="981" />
        <source>{n} grant(s) have neither a manager nor a system owner to review them ({named}); set the person's manager or the system's owner, then start the review again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="982" />
        <source>{n} revocation(s) are still open ({shown}); the leaver request closes by itself when they are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="983" />
        <source>{offering} may be ordered only for callers of {where}; {caller} is not one of them. Pick another offering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="984" />
        <source>{path_name} cannot be imported: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="985" />
        <source>{path_name} cannot be read ({strerror}); check that the file exists and that you may open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="986" />
        <source>{path} cannot be written ({strerror}); choose another folder or name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="987" />
        <source>{person} already holds {entitlement}; a second grant would be a duplicate. Change the existing grant's expiry instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="988" />
        <source>{person} has left (their leaving date has passed), so no access can be granted to them; check the person, or correct their leaving date first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="989" />
        <source>{person} is already a member of {team}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="990" />
        <source>{person} is no longer a member of {team}; refresh the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="991" />
        <source>{plural} are not available yet in this DeskApp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="992" />
        <source>{plural} cannot be changed this way in bulk ({action}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="993" />
        <source>{plural} cannot be worked from a queue in this DeskApp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="994" />
        <source>{reason} Use Save as to keep your own copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="995" />
        <source>{recipient!r} is not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="996" />
        <source>{reviewer} has a DeskApp login and decides in My approvals; an agent records answers only for reviewers without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="997" />
        <source>{service} is in the {portfolio}, not the catalogue; pick a catalogue service or move it to the catalogue in Service Strategy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="998" />
        <source>{source} already delegates to {target} from {starts} to {ends}; change or remove that delegation first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="999" />
        <source>{source} is already linked to {target} as '{link}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1000" />
        <source>{status} is not a waiting status; choose the step that puts the item on hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1001" />
        <source>{system} already has an entitlement called {name}; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1002" />
        <source>{target} exists already; choose a new file name, or sync the replica that is there ('deskapp-admin sync --replica FILE').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1003" />
        <source>{url}: {tls}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1004" />
        <source>{used} CI(s) have the type '{current_name}'; give them another type before removing it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1005" />
        <source>{value} is after today; time can be logged for today or earlier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1006" />
        <source>{what} '{value}' is not a date; write it as YYYY-MM-DD, for example 2025-03-31.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1007" />
        <source>{what}: {unknown}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1008" />
        <source>{where} asks the caller's manager, but {full_name} has no manager on record; set one in the caller's details or name the approvers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1009" />
        <source>{where} asks the caller's manager, but {number} has no caller; set the caller or name the approvers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1010" />
        <source>{where} asks the owner of {service_name}, but its owner team {team_name} has no active members; add one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1011" />
        <source>{where} asks the service owner, but {number} names no service; set the service or name the approvers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1012" />
        <source>{where} asks the service owner, but {service_name} has no owner team; set one in Service Strategy or name the approvers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1013" />
        <source>{where} names a team that no longer exists; pick another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1014" />
        <source>{where} names someone who is no longer an active staff member; pick another approver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1015" />
        <source>{where}: the team {team_name} has no active members to ask; add members or name the approvers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1016" />
        <source>{{{name}}} is not a placeholder of this message; use {placeholders}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceNumbers</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="40" />
        <source>Last 4 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="41" />
        <source>Last 12 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="42" />
        <source>Last 26 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="43" />
        <source>Last 52 weeks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="50" />
        <source>Send &amp;mail to callers and staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="55" />
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="56" />
        <source>TLS (port 465)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="63" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="63" />
        <source>German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="65" />
        <source>&amp;Read the desk's mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="71" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="72" />
        <source>OAuth 2 token (XOAUTH2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="78" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="80" />
        <source>(the computer's trusted authorities)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="81" />
        <source>&amp;Save settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="82" />
        <source>Send and receive &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="86" />
        <source>Outgoing (SMTP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="89" />
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="90" />
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="91" />
        <source>Securit&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="92" />
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="93" />
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="94" />
        <source>Desk &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="95" />
        <source>Sender na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="96" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="98" />
        <source>Incoming (IMAP over TLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="101" />
        <source>H&amp;ost:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="102" />
        <source>Por&amp;t:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="103" />
        <source>User na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="104" />
        <source>Sign &amp;in with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="105" />
        <source>Password or to&amp;ken:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="106" />
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="107" />
        <source>A reply &amp;reopens within:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="108" />
        <source>Company &amp;CA file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="119" />
        <source>Passwords and tokens are kept in this computer's keyring, never in the database or a file. Leave them empty to keep the stored ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="150" />
        <source>(stored in the keyring)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="150" />
        <source>(none stored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="172" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="179" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="199" />
        <source>Talking to the mail servers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="204" />
        <source>Sent %1, failed %2, received %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="122" />
        <source>Everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="123" />
        <source>In a queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="124" />
        <source>In an incident form</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/shortcuts.py" line="110" />
        <source>Keyboard shortcuts</source>
        <extracomment>The list's height before it scrolls (the dialog then fits a 1366x768 screen).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/shortcuts.py" line="131" />
        <source>In a form: Alt + the underlined letter moves to a field or presses a button.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="45" />
        <source>For example: Standard</source>
        <extracomment>A new SLA starts from the common office targets (response, resolution) per priority.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="50" />
        <source>D&amp;efault SLA (for incidents whose service names no SLA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="53" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="55" />
        <source>&amp;Calendar:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="61" />
        <source>Targets in business minutes (counted on the calendar)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="63" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="63" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="64" />
        <source>Resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="74" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="90" />
        <source>Response must not be longer than resolution: resolving an incident also counts as responding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="96" />
        <source>Pause the clocks while an incident is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="108" />
        <source>While pending, pause only when the item is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="166" />
        <source>New SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="213" />
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="215" />
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
    <name>SourcePage</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="146" />
        <source>Choose the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="147" />
        <source>A CSV export of another tool, or ServiceNow's incident export. Nothing is written before the last page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="151" />
        <source>Path of the exported file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="153" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="159" />
        <source>Incidents with their history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="160" />
        <source>Callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="161" />
        <source>Organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="162" />
        <source>Configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="163" />
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="166" />
        <source>CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="167" />
        <source>ServiceNow incident export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="171" />
        <source>Detect from the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="172" />
        <source>Day first (31/12/2016)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="173" />
        <source>Month first (12/31/2016)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="175" />
        <source>The desk's zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="179" />
        <source>The desk's zone ({zone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="181" />
        <source>&amp;Load mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="183" />
        <source>Columns found by their usual names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="191" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="194" />
        <source>&amp;What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="195" />
        <source>F&amp;ormat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="196" />
        <source>&amp;Dates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="197" />
        <source>Time &amp;zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="198" />
        <source>Mapping:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="206" />
        <source>Import from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="207" />
        <source>Exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="212" />
        <source>Load mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="213" />
        <source>Mapping files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="222" />
        <source>Cannot read {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="230" />
        <source>Mapping from {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="47" />
        <source>Agent</source>
        <extracomment>What the checkboxes and the list call each role (the domain's ROLE_LABELS, translatable).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="48" />
        <source>Field technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="49" />
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="50" />
        <source>Incident manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="51" />
        <source>Problem manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="52" />
        <source>Change manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="53" />
        <source>Service owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="54" />
        <source>CAB member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="55" />
        <source>Approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="56" />
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="57" />
        <source>Auditor (read only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="150" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="150" />
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="150" />
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="169" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="150" />
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="151" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="162" />
        <source>&amp;New staff member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="163" />
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="263" />
        <source>&amp;Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="164" />
        <source>Reset &amp;password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="176" />
        <source>Save &amp;roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="181" />
        <source>Default team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="184" />
        <source>Save default &amp;team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="219" />
        <source>This desk is a local SQLite file: its person signs in as themselves, there is no database password to reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="229" />
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="232" />
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="270" />
        <source>Choose a staff member in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="245" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="245" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="262" />
        <source>&amp;Enable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="285" />
        <source>(none: asked on the first take)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="302" />
        <source>{name}'s default team is now {team}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="322" />
        <source>Added {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="336" />
        <source>Enabled {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="336" />
        <source>Disabled {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="352" />
        <source>Saved the roles of {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="372" />
        <source>Set a new password for {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="383" />
        <source>Not saved: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StakeholdersDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="37" />
        <source>Stakeholders of {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="43" />
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="43" />
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="53" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="44" />
        <source>Not mailed because</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="50" />
        <source>a caller's e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="51" />
        <source>Su&amp;bscribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="52" />
        <source>&amp;Unsubscribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="53" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="58" />
        <source>it-manager@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="60" />
        <source>name (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="61" />
        <source>&amp;Name address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="62" />
        <source>&amp;Remove address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="66" />
        <source>Callers following the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="74" />
        <source>Addresses named on this incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="115" />
        <source>opted out of mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="116" />
        <source>no e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="122" />
        <source>Callers following {service}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="124" />
        <source>Callers following the service (none set)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="126" />
        <source>An update mailed now goes to %n stakeholder(s).</source>
        <translation><numerusform>An update mailed now goes to %n stakeholder.</numerusform><numerusform>An update mailed now goes to %n stakeholders.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="128" />
        <source>Sending mail is switched off for this desk (Tools &gt; Mail).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="155" />
        <source>Select the caller to unsubscribe first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="170" />
        <source>Select the address to remove first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="264" />
        <source>Start an access review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="266" />
        <source>A &amp;system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="268" />
        <source>A &amp;department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="281" />
        <source>The system owner (else the manager)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="283" />
        <source>The person's manager (else the owner)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="288" />
        <source>Re&amp;viewer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="289" />
        <source>D&amp;ue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="290" />
        <source>&amp;Start review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="85" />
        <source>Name, owner, team or description</source>
        <extracomment>Changes other views publish that alter what the portfolio shows. An open incident was double-clicked: the main window opens it (payload: its UUID).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="89" />
        <source>Filte&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="95" />
        <source>Filter the list by text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="104" />
        <source>Service portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="223" />
        <source>A&amp;ll ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="223" />
        <source>&amp;Pipeline ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="224" />
        <source>&amp;Catalogue ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="224" />
        <source>Ret&amp;ired ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="234" />
        <source>{services} · {incidents}, {urgent} P1/P2, {breached} past target</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/strategy/view.py" line="236" />
        <source>{shown} of %Ln service(s)</source>
        <translation><numerusform>{shown} of %Ln service</numerusform><numerusform>{shown} of %Ln services</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/strategy/view.py" line="238" />
        <source>%Ln open incident(s)</source>
        <translation><numerusform>%Ln open incident</numerusform><numerusform>%Ln open incidents</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="277" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="278" />
        <source>The service you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="300" />
        <source>New service: fill in the form and press Ctrl+S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="324" />
        <source>Saved {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="331" />
        <source>Not saved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="333" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="337" />
        <source>Nothing was saved: someone else changed it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="62" />
        <source>Knowledge</source>
        <extracomment>a known error was chosen to open (its work item id) suggestions for the latest question are on screen (tests and the benchmark wait on it)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="66" />
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="185" />
        <source>Articles and known errors appear here as you type the title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="72" />
        <source>Suggested articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="77" />
        <source>This s&amp;olved it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="78" />
        <source>Count a use of this article and link it to the incident (Ctrl+Shift+Y)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="84" />
        <source>The suggested article solved it: count a use and link it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="85" />
        <source>Open &amp;problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="167" />
        <source>Known error {number}: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="173" />
        <source>same CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="175" />
        <source>same service</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="177" />
        <source>%n helpful</source>
        <translation><numerusform>%n helpful</numerusform><numerusform>%n helpful</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="178" />
        <source>used %n times</source>
        <translation><numerusform>used %n times</numerusform><numerusform>used %n times</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="188" />
        <source>No published article matches yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="190" />
        <source>%n suggestion(s), the best first; choose one to read it.</source>
        <translation><numerusform>%n suggestion, the best first; choose one to read it.</numerusform><numerusform>%n suggestions, the best first; choose one to read it.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="240" />
        <source>{number} counted as used and linked to this incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="242" />
        <source>{number} counted as used; it is linked to the incident when you save it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="269" />
        <source>%n article(s) linked to the incident as its solution.</source>
        <translation><numerusform>%n article linked to the incident as its solution.</numerusform><numerusform>%n articles linked to the incident as its solution.</numerusform></translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="354" />
        <source>New system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="355" />
        <source>Edit {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="366" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="367" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="368" />
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="369" />
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="370" />
        <source>&amp;CI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="371" />
        <source>&amp;Add system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="372" />
        <source>&amp;Save system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="380" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SystemsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="90" />
        <source>{name} (retired)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="68" />
        <source>Due &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="76" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="77" />
        <source>D&amp;escription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="78" />
        <source>Im&amp;pact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="79" />
        <source>&amp;Urgency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="80" />
        <source>Tea&amp;m:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="81" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="49" />
        <source>Open &amp;incident</source>
        <extracomment>the header button showing the parent, untranslated ("TaskPanel" context)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="114" />
        <source>(no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="115" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="193" />
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="172" />
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="175" />
        <source>task of {parent}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="176" />
        <source>Opened {opened}; asked for by {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="177" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="181" />
        <source>Enter a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="182" />
        <source>The title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="32" />
        <source>Open re&amp;quest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="495" />
        <source>Open c&amp;hange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="29" />
        <source>Open &amp;leaver request</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="73" />
        <source>Open task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="80" />
        <source>Ne&amp;w task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="83" />
        <source>Open &amp;task</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="100" />
        <source>%Ln task(s), {open} open</source>
        <translation><numerusform>%Ln task, {open} open</numerusform><numerusform>%Ln tasks, {open} open</numerusform></translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="51" />
        <source>New &amp;team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="52" />
        <source>Re&amp;name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="53" />
        <source>Hourly &amp;rate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="54" />
        <source>What an hour of this team's work costs, for cost per service and per ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="62" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="62" />
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="63" />
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="74" />
        <source>as &amp;lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="75" />
        <source>&amp;Add member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="76" />
        <source>Re&amp;move member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="83" />
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="92" />
        <source>Members (tick Lead for the team's supervisors)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="141" />
        <source>Hourly rate: {rate}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="143" />
        <source>Hourly rate: none (time is reported apart in cost figures)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="166" />
        <source>Choose a team in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="192" />
        <source>New team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="192" />
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="200" />
        <source>Team &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="194" />
        <source>Created {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="200" />
        <source>Rename team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="204" />
        <source>Renamed the team to {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="212" />
        <source>Hourly rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="213" />
        <source>Hourly &amp;rate of {name} (such as 85.50; empty for none):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="218" />
        <source>Saved the hourly rate of {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="226" />
        <source>Added a member to {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="234" />
        <source>Removed a member from {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="244" />
        <source>Saved the leads of {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="258" />
        <source>Not saved: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="345" />
        <source>Standard change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="346" />
        <source>New standard change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="353" />
        <source>(any service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="358" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="366" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="367" />
        <source>S&amp;ervice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="368" />
        <source>&amp;Usual duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="369" />
        <source>Descri&amp;ption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="370" />
        <source>&amp;Implementation plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="372" />
        <source>&amp;Backout plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="373" />
        <source>&amp;Test plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="375" />
        <source>Retired: no longer offered for new changes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="44" />
        <source>Canned responses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="45" />
        <source>Incident templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="49" />
        <source>Type to find by name or text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="61" />
        <source>Up/Down choose, Enter inserts, Esc closes. Placeholders such as {caller} are filled from the item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="66" />
        <source>Insert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="66" />
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="92" />
        <source>{name} (mine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="94" />
        <source>{name} ({team})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="108" />
        <source>No canned responses yet. Add them in Tools &gt; Administration &gt; Templates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="110" />
        <source>No incident templates yet. Add them in Tools &gt; Administration &gt; Templates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="113" />
        <source>Nothing matches '{text}'; type less.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="145" />
        <source>&amp;New standard change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="146" />
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="170" />
        <source>Ret&amp;ire…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="149" />
        <source>&amp;Show retired</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="161" />
        <source>%n standard change(s)</source>
        <translation><numerusform>%n standard change</numerusform><numerusform>%n standard changes</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="169" />
        <source>Unret&amp;ire…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="180" />
        <source>Retire standard change?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="181" />
        <source>Retire the standard change '{name}'? It is no longer offered for new changes; changes raised from it keep their plans.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="184" />
        <source>Retire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="185" />
        <source>Retired '{name}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="187" />
        <source>Offer standard change again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="188" />
        <source>Offer the standard change '{name}' again for new changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="190" />
        <source>Offer again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="191" />
        <source>'{name}' is offered again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="71" />
        <source>New canned &amp;response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="74" />
        <source>New &amp;incident template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="98" />
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="186" />
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="191" />
        <source>(leave as it is)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="113" />
        <source>&amp;Save template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="116" />
        <source>&amp;Delete template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="121" />
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="122" />
        <source>Na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="123" />
        <source>Offered &amp;to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="125" />
        <source>Incident tit&amp;le:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="126" />
        <source>Categor&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="127" />
        <source>S&amp;ervice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="128" />
        <source>Impact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="129" />
        <source>Urgency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="130" />
        <source>Assign to team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="133" />
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="265" />
        <source>Te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="198" />
        <source>Canned response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="199" />
        <source>Incident template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="200" />
        <source>only me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="200" />
        <source>everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="214" />
        <source>Only me (personal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="215" />
        <source>Everyone (shared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="217" />
        <source>Team {name} (shared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="221" />
        <source>Shared templates are kept by supervisors and administrators; keep this one for yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="258" />
        <source>Incident template (pre-fills a new incident)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="260" />
        <source>Canned response (inserted into a comment or work note)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="264" />
        <source>Descri&amp;ption skeleton:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="267" />
        <source>Placeholders: {names}. Write {{{{ for a brace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="283" />
        <source>Shared templates are kept by supervisors and administrators.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="311" />
        <source>Saved '{name}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="336" />
        <source>only you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="337" />
        <source>the members of {team}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="338" />
        <source>everyone on the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="339" />
        <source>Delete template?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="340" />
        <source>Delete the template '{name}'? It is no longer offered to {who}; comments already written with it stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="357" />
        <source>Deleted '{name}'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeByPersonPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/time_spent.py" line="46" />
        <source>&lt;b&gt;Time logged by person&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/improvement/time_spent.py" line="80" />
        <source>%Ln staff member(s) logged {time} in the period</source>
        <translation><numerusform>%Ln staff member logged {time} in the period</numerusform><numerusform>%Ln staff members logged {time} in the period</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/time_spent.py" line="81" />
        <source>No time logged in the period.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="313" />
        <source>1h 30m, 90 or 1:30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="321" />
        <source>What was done (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="324" />
        <source>Time &amp;spent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="325" />
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="326" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="125" />
        <source>Add &amp;time…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="128" />
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="219" />
        <source>Start ti&amp;mer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="131" />
        <source>&amp;Edit entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="134" />
        <source>Remove entr&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="180" />
        <source>Total: {time} in %Ln time log(s)</source>
        <extracomment>(item id, started at) while the timer runs</extracomment>
        <translation><numerusform>Total: {time} in %Ln time log</numerusform><numerusform>Total: {time} in %Ln time logs</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="181" />
        <source>No time logged yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="205" />
        <source>Stop ti&amp;mer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="208" />
        <source>Timer started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="228" />
        <source>Timer: {elapsed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="236" />
        <source>Add time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="236" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="245" />
        <source>Correct time entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="245" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="277" />
        <source>Logged {time}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="285" />
        <source>Time entry corrected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="293" />
        <source>Time entry removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TransitionView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="81" />
        <source>Name, serial number, location or service</source>
        <extracomment>Changes other views publish that alter what the CI list shows. An open incident was double-clicked: the main window opens it (payload: its UUID). A work item of a known kind to open in Service Operation: (its UUID, its kind). The change calendar's New change: the main window opens a blank change form. CIs per keyset page; the next page loads when the list is scrolled to its end.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="85" />
        <location filename="../../src/deskapp/ui/transition/view.py" line="254" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="87" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="97" />
        <source>Filte&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="98" />
        <source>T&amp;ype:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="99" />
        <source>Stat&amp;us:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="107" />
        <source>Types and attri&amp;butes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="108" />
        <source>Define CI types and their attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="114" />
        <source>Filter the list by text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="128" />
        <source>Configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="165" />
        <source>Configuration ite&amp;ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="166" />
        <source>&amp;Knowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="175" />
        <source>Change calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="183" />
        <source>Change plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="312" />
        <source>First {n} CIs shown; scroll down for more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/view.py" line="315" />
        <source>%Ln configuration item(s)</source>
        <translation><numerusform>%Ln configuration item</numerusform><numerusform>%Ln configuration items</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="340" />
        <source>Opened {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="389" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="390" />
        <source>The configuration item you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="424" />
        <source>New configuration item: fill in the form and press Ctrl+S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="458" />
        <source>Saved {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="468" />
        <source>Not saved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="470" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="474" />
        <source>Nothing was saved: someone else changed it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="290" />
        <source>Notification &amp;settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="292" />
        <source>&amp;Show DeskApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="293" />
        <source>&amp;Quit DeskApp</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/notifications.py" line="297" />
        <source>DeskApp: %n new notification(s)</source>
        <translation><numerusform>DeskApp: %n new notification</numerusform><numerusform>DeskApp: %n new notifications</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="298" />
        <source>DeskApp</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/notifications.py" line="313" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/charts.py" line="118" />
        <source>(previous period)</source>
        <extracomment>(line index, bucket index)</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="243" />
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="244" />
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="248" />
        <source>Fig&amp;ure:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="248" />
        <source>Gr&amp;ain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="249" />
        <source>Sp&amp;lit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="281" />
        <source>Not measured yet: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="310" />
        <source>Calculating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="321" />
        <source>Not measured yet: {why}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="323" />
        <source>Click a point to open its items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="325" />
        <source>{label}: {basis}. Dashed: the same weeks or months of the previous period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="349" />
        <source>{figure}, {when}{group}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="337" />
        <source>Versions of {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="342" />
        <source>Version {n} · {when} · {title} (by {author}, published by {reviewer})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="348" />
        <source>&amp;Compare the two chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="350" />
        <source>&amp;Show the chosen version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="356" />
        <source>Choose two versions and press Compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="377" />
        <source>Choose exactly two versions to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="384" />
        <source>Choose exactly one version to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="390" />
        <source>Version {n} as published on {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="399" />
        <source>Version {a} → {b}: {added} lines added, {removed} removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="104" />
        <source>Wallboard: {queue}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="117" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="118" />
        <source>breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="119" />
        <source>at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="120" />
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="209" />
        <source>oldest breach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="127" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="127" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="127" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="127" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="128" />
        <source>SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="186" />
        <source>Could not refresh: {reason} The figures above are from the last refresh; the next try is in 30 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="205" />
        <source>oldest breach: {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="213" />
        <source>unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="221" />
        <source>updated {time}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WatchersDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="173" />
        <source>{number}: watchers</source>
        <extracomment>counts this form's own watch changes: a form load that read the watchers before the newest of them does not show what it read (it would undo the newer state on screen)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="180" />
        <source>Choose a colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="182" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="185" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="196" />
        <source>&amp;Colleague:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="204" />
        <source>They are told when someone else changes the item and see it in their Watching queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="226" />
        <source>{name} (added by {who})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="231" />
        <source>Nobody watches this item yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="276" />
        <source>%n watcher(s).</source>
        <translation><numerusform>%n watcher.</numerusform><numerusform>%n watchers.</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkItemForm</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="103" />
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="457" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="202" />
        <source>Start wor&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="105" />
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="459" />
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="119" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="204" />
        <source>Resume wor&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="106" />
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="460" />
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="118" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="205" />
        <source>Pe&amp;nding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="107" />
        <source>&amp;Done (record it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="108" />
        <source>Cance&amp;l request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="110" />
        <source>New access request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="461" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="375" />
        <source>&amp;Resolve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="463" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="372" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="208" />
        <source>&amp;Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="465" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="376" />
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="121" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="206" />
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="483" />
        <source>Cl&amp;ose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="467" />
        <source>New incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="207" />
        <source>Cance&amp;l task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="211" />
        <source>New incident task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_children.py" line="56" />
        <source>{task} added to {n}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="369" />
        <source>Start &amp;investigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="370" />
        <source>Back to &amp;investigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="373" />
        <source>Mark &amp;known error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="378" />
        <source>New problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="125" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="126" />
        <source>Alt+{n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="127" />
        <source>Assign the item to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="128" />
        <source>Assign to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="129" />
        <source>Be told when someone else changes this item, and list it in the Watching queue ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="130" />
        <source>Comment added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="131" />
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="132" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="133" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="134" />
        <source>Make this item yours ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="135" />
        <source>Next tab of the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="136" />
        <source>Not saved: {messages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="137" />
        <source>Not saved: {n} was changed by someone else. Your edits are still here; save again to choose what to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="138" />
        <source>Not saved: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="139" />
        <source>Previous tab of the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="140" />
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="141" />
        <source>Save the item before adding notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="142" />
        <source>Save them, discard them, or go back to the form?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="143" />
        <source>Someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="144" />
        <source>Tab {n} of the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="145" />
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="146" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="147" />
        <source>Watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="148" />
        <source>Watch ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="149" />
        <source>Watch or stop watching the item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="150" />
        <source>Watched by: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="151" />
        <source>Watchers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="152" />
        <source>Watching ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="153" />
        <source>Who watches the item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="154" />
        <source>Who watches this item; add or remove colleagues ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="155" />
        <source>Work note added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="156" />
        <source>You are told when someone else changes this item; click to stop watching ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="157" />
        <source>You no longer watch {n}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="158" />
        <source>You watch {n} now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="159" />
        <source>someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="160" />
        <source>{name} has changes that are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="161" />
        <source>{n} is now {status}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="162" />
        <source>{n} is yours now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="163" />
        <source>{n} saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="164" />
        <source>{n} was changed by {who}; choose what to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="165" />
        <source>{n} was changed elsewhere; saving will let you choose what to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="166" />
        <source>{n}: nothing to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="167" />
        <source>{reason} It was reloaded; try the step again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="168" />
        <source>{reason} until {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="169" />
        <source>{who} (at {time})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="122" />
        <source>Cance&amp;l request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="125" />
        <source>New request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="132" />
        <source>New request task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="476" />
        <source>&amp;Assess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="477" />
        <source>Re-&amp;assess</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="478" />
        <source>Ask the &amp;CAB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="479" />
        <source>Sc&amp;hedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="480" />
        <source>Start implementation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="482" />
        <source>Done, to re&amp;view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="484" />
        <source>Cance&amp;l change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="487" />
        <source>New change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="501" />
        <source>New change task</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkItemTabs</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="47" />
        <source>Links</source>
        <extracomment>translation context of the tab titles</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="49" />
        <source>CIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="50" />
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="52" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="54" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="57" />
        <source>Satisfaction</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkOfflineDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="293" />
        <source>Work offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="295" />
        <source>Make a replica of your work on this computer: the open items you choose, with their history, and what their forms need. Sync it from the replica's status bar when you are back online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="299" />
        <source>Items assigned to &amp;me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="300" />
        <source>My &amp;team's open work:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="301" />
        <source>&amp;Both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="312" />
        <source>B&amp;rowse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="325" />
        <source>&amp;Make replica</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="332" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="365" />
        <source>Replica file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="366" />
        <source>DeskApp replicas (*.sqlite3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="375" />
        <source>Choose a team, or carry only the items assigned to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="381" />
        <source>Copying…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="388" />
        <source>Copying… %n row(s)</source>
        <translation><numerusform>Copying… %n row</numerusform><numerusform>Copying… %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="395" />
        <source>Made {path}: %n work item(s). Open it with File &gt; Switch connection (choose the file) when you go offline.</source>
        <translation><numerusform>Made {path}: %n work item. Open it with File &gt; Switch connection (choose the file) when you go offline.</numerusform><numerusform>Made {path}: %n work items. Open it with File &gt; Switch connection (choose the file) when you go offline.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="398" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="412" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkaroundDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="41" />
        <source>Apply a workaround to {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="47" />
        <source>Symptoms, workaround or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="48" />
        <source>&amp;Find a known error:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="61" />
        <source>The caller &amp;confirms it works: resolve the incident now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="69" />
        <source>&amp;Apply workaround</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="95" />
        <source>No known error matches; try other words, or open the Known errors list (Ctrl+Shift+K).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="110" />
        <source>{n} is a known error of {theirs}, not {mine}: &amp;apply it anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="118" />
        <source>Choose a known error first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="121" />
        <source>This workaround is for another service; tick the box above to confirm it applies here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_NumbersPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="145" />
        <source>Calculating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="152" />
        <source>{n} services</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="96" />
        <source>F&amp;ind:</source>
        <extracomment>what a save or merge changed, for the rest of the window to refresh the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="114" />
        <source>&amp;Merge selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="116" />
        <source>Select two rows (Ctrl+click) to merge them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="212" />
        <source>Someone else saved this record meanwhile; their version is shown. Make your change again and save.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>deskapp</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="170" />
        <source>(any service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="171" />
        <source>Any level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="172" />
        <source>Applies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="173" />
        <source>Approvers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="174" />
        <source>Breached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="175" />
        <source>Business owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="176" />
        <source>CIs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="177" />
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="178" />
        <source>Change type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="179" />
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="180" />
        <source>Criticality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="181" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="182" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="183" />
        <source>Helpful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="184" />
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="185" />
        <source>Hops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="186" />
        <source>Implementer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="187" />
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="188" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="189" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="190" />
        <source>Maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="191" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="192" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="193" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="194" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="195" />
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="196" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="197" />
        <source>Open conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="198" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="199" />
        <source>Owner team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="200" />
        <source>P1/P2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="201" />
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="202" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="203" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="204" />
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="205" />
        <source>Retired, not offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="206" />
        <source>Review by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="207" />
        <source>Risk level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="208" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="209" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="210" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="211" />
        <source>Target from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="212" />
        <source>Target to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="213" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="214" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="215" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="216" />
        <source>Uses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="217" />
        <source>Usual duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="218" />
        <source>Was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="219" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="220" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="221" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="222" />
        <source>Whole desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>deskapp.relations</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="223" />
        <source>connected to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="224" />
        <source>connects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="225" />
        <source>depends on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="226" />
        <source>hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="227" />
        <source>made of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="228" />
        <source>needed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="229" />
        <source>needed by service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="230" />
        <source>part of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="231" />
        <source>runs on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="232" />
        <source>runs service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="233" />
        <source>used by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="234" />
        <source>used by service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="235" />
        <source>uses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/detached.py" line="58" />
        <source>Back into a &amp;tab</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="159" />
        <source>Not split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="246" />
        <source>Whole desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="199" />
        <source>No new notifications</source>
        <extracomment>new notices (already filtered by the person's kinds), newest last</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="206" />
        <source>&amp;Mark all as read</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
