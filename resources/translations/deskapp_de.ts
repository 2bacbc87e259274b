<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name />
    <message>
        <location filename="../../src/deskapp/app.py" line="258" />
        <source>App</source>
        <comment>&amp;Retry</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="259" />
        <source>App</source>
        <comment>Enter &amp;password…</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="262" />
        <source>App</source>
        <comment>&amp;Change connection…</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="264" />
        <source>App</source>
        <comment>&amp;Quit</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="271" />
        <source>App</source>
        <comment>Password for {user}:</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="308" />
        <source>App</source>
        <comment>Daily backup saved to {path}.</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="315" />
        <source>App</source>
        <comment>The daily backup failed: {reason}</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="328" />
        <source>App</source>
        <comment>Opening {name}…</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="331" />
        <source>App</source>
        <comment>Signing in…</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="338" />
        <source>App</source>
        <comment>Adding sample data…</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="343" />
        <source>App</source>
        <comment>Preparing your desk…</comment>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="415" />
        <source>Connection</source>
        <comment>Unencrypted connection</comment>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="419" />
        <source>Connection</source>
        <comment>This connection to the shared database is not encrypted: passwords and tickets cross the network in clear text. Ask your administrator to turn on TLS, then choose an encrypted SSL mode in File ▸ Switch connection ▸ Edit….</comment>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="66" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="66" />
        <source>Agent</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="67" />
        <location filename="../../src/deskapp/ui/strategy/models.py" line="39" />
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="137" />
        <location filename="../../src/deskapp/ui/transition/impact.py" line="52" />
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="84" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="37" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="67" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="68" />
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="151" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="68" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="54" />
        <source>In use</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="54" />
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="55" />
        <location filename="../../src/deskapp/ui/strategy/models.py" line="17" />
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="62" />
        <location filename="../../src/deskapp/ui/transition/impact.py" line="49" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="32" />
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="16" />
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="16" />
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="21" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="21" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="21" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="22" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="43" />
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="46" />
        <location filename="../../src/deskapp/ui/transition/models.py" line="34" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="48" />
        <source>P1/P2</source>
        <translation>P1/P2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="50" />
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="52" />
        <source>CIs</source>
        <translation>CIs</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="53" />
        <source>Owner team</source>
        <translation>Verantwortliches Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/models.py" line="54" />
        <source>Business owner</source>
        <translation>Fachlicher Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="149" />
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="77" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="69" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="150" />
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="78" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="70" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="60" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="62" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="63" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="64" />
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="65" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="51" />
        <source>Hops</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="81" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="82" />
        <source>Review by</source>
        <translation>Prüfen bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="85" />
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="87" />
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/models.py" line="38" />
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="82" />
        <source>Finished {when}</source>
        <translation>Abgeschlossen {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="83" />
        <source>Running, due {when}</source>
        <translation>Läuft, fällig {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="88" />
        <source>{total} grant(s): {confirmed} kept, {revoked} revoked, {pending} waiting.</source>
        <translation>{total} Berechtigung(en): {confirmed} behalten, {revoked} entzogen, {pending} offen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="92" />
        <source>Late:</source>
        <translation>Im Verzug:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="98" />
        <source>{agent} for {reviewer}</source>
        <translation>{agent} für {reviewer}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="78" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="73" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="80" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="74" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="82" />
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="83" />
        <source>Whole desk</source>
        <translation>Gesamter Service Desk</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="84" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="51" />
        <source>Target from</source>
        <translation>Ziel von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="53" />
        <source>Target to</source>
        <translation>Ziel bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="144" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="55" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="75" />
        <source>Implementer</source>
        <translation>Umsetzender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="76" />
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="138" />
        <source>(any service)</source>
        <translation>(beliebiger Service)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="139" />
        <source>Usual duration</source>
        <translation>Übliche Dauer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="141" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="141" />
        <source>Retired, not offered</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="142" />
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="197" />
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="199" />
        <source>Change type</source>
        <translation>Änderungstyp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="200" />
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="202" />
        <source>Approvers</source>
        <translation>Genehmigende</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="37" />
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="66" />
        <source>Grant access</source>
        <translation>Zugriff gewähren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="66" />
        <source>Revoke access</source>
        <translation>Zugriff entziehen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="67" />
        <source>Leaver: remove all access</source>
        <translation>Austritt: alle Zugriffe entziehen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="68" />
        <source>Request:</source>
        <translation>Antrag:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="68" />
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="70" />
        <source>Entitlement:</source>
        <translation>Berechtigungsstufe:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="72" />
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="73" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="75" />
        <source>Approval:</source>
        <translation>Genehmigung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="75" />
        <source>waits for the system owner</source>
        <translation>wartet auf Systemverantwortliche</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="77" />
        <source>Granted:</source>
        <translation>Gewährt:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="77" />
        <source>{access} since {since}</source>
        <translation>{access} seit {since}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="81" />
        <source>revoked {when}</source>
        <translation>entzogen {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="82" />
        <source>to revoke</source>
        <translation>zu entziehen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="83" />
        <source>Grant:</source>
        <translation>Berechtigung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="95" />
        <source>access request</source>
        <translation>Zugriffsantrag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="95" />
        <source>Opened {opened}; asked for by {who}</source>
        <translation>Eröffnet {opened}; angefordert von {who}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="96" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>AccessView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="181" />
        <source>&lt;b&gt;Access&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zugriffe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="183" />
        <source>Re&amp;quest access…</source>
        <translation>Zugr&amp;iff anfordern…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="187" />
        <source>&amp;Leaver…</source>
        <translation>Aus&amp;tritt…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="188" />
        <source>Back to &amp;queues</source>
        <translation>Zurück zu den &amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="197" />
        <source>Type a name or e-mail to see what a person holds</source>
        <translation>Name oder E-Mail eingeben, um zu sehen, was eine Person hat</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="206" />
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="219" />
        <source>&amp;Who has what</source>
        <translation>&amp;Wer hat was</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="220" />
        <source>E&amp;xpiring</source>
        <translation>Lä&amp;uft ab</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="221" />
        <source>&amp;Unrequested</source>
        <translation>&amp;Unbeantragt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="254" />
        <source>Open &amp;revocation tasks now</source>
        <translation>&amp;Entzugsaufgaben jetzt öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="348" />
        <source>%n grant(s) expire within 30 days or have expired.</source>
        <translation><numerusform>%n Berechtigung läuft innerhalb von 30 Tagen ab oder ist abgelaufen.</numerusform><numerusform>%n Berechtigungen laufen innerhalb von 30 Tagen ab oder sind abgelaufen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="353" />
        <source>The next SLA sweep (within a minute) opens a revocation task, due at the expiry, for %n of them: {names}.</source>
        <translation><numerusform>Der nächste SLA-Abgleich (innerhalb einer Minute) öffnet für %n davon eine Entzugsaufgabe, fällig zum Ablauf: {names}.</numerusform><numerusform>Der nächste SLA-Abgleich (innerhalb einer Minute) öffnet für %n davon je eine Entzugsaufgabe, fällig zum Ablauf: {names}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="356" />
        <source>The next SLA sweep opens no revocation task: every grant due within a week has one.</source>
        <translation>Der nächste SLA-Abgleich öffnet keine Entzugsaufgabe: Jede Berechtigung, die innerhalb einer Woche abläuft, hat bereits eine.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="391" />
        <source>Resto&amp;re system…</source>
        <translation>System wieder in Betrie&amp;b nehmen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="475" />
        <source>Select the system to change first.</source>
        <translation>Wählen Sie zuerst das System, das Sie ändern möchten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="480" />
        <source>{name} saved.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="492" />
        <source>Select the system to retire first.</source>
        <translation>Wählen Sie zuerst das System, das Sie stilllegen möchten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="503" />
        <source>{name} retired.</source>
        <translation>{name} stillgelegt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="504" />
        <source>{name} is in use again.</source>
        <translation>{name} ist wieder in Betrieb.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="185" />
        <source>Revo&amp;ke selected…</source>
        <translation>Auswahl ent&amp;ziehen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="207" />
        <source>or sys&amp;tem:</source>
        <translation>&amp;oder System:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="222" />
        <source>Rev&amp;iews</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="223" />
        <source>S&amp;ystems</source>
        <translation>S&amp;ysteme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="229" />
        <source>Back to the queues</source>
        <translation>Zurück zu den Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="230" />
        <source>Leaver: revoke all access of a person</source>
        <translation>Austritt: alle Zugriffe einer Person entziehen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="270" />
        <source>Add &amp;system…</source>
        <translation>&amp;System hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="271" />
        <source>Add &amp;entitlement…</source>
        <translation>Berechtigungsstufe hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="273" />
        <source>&amp;Change system…</source>
        <translation>Syste&amp;m bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="275" />
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="392" />
        <source>Reti&amp;re system…</source>
        <translation>System sti&amp;lllegen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="277" />
        <source>Show retire&amp;d</source>
        <translation>Stillgelegte ei&amp;nblenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="316" />
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="402" />
        <source>owner approves</source>
        <translation>Verantwortliche genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="416" />
        <source>{number} raised.</source>
        <translation>{number} angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="431" />
        <source>Select the live grants to revoke first.</source>
        <translation>Wählen Sie zuerst die aktiven Berechtigungen, die entzogen werden sollen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="448" />
        <source>{title} started: %n grant(s) to review.</source>
        <translation><numerusform>{title} gestartet: %n Berechtigung zu prüfen.</numerusform><numerusform>{title} gestartet: %n Berechtigungen zu prüfen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="460" />
        <source>%n revocation task(s) opened.</source>
        <translation><numerusform>%n Entzugsaufgabe geöffnet.</numerusform><numerusform>%n Entzugsaufgaben geöffnet.</numerusform></translation>
    </message>
</context>
<context>
    <name>AdministrationWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="22" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="27" />
        <source>&amp;Staff</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="28" />
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="29" />
        <source>A&amp;udit trail</source>
        <translation>Pr&amp;otokoll</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/window.py" line="30" />
        <source>Templat&amp;es</source>
        <translation>V&amp;orlagen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/deskapp/app.py" line="127" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/app.py" line="363" />
        <source>Opening the reporting replica…</source>
        <translation>Berichtsreplikat wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="42" />
        <source>Any one</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="43" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="44" />
        <source>A majority</source>
        <translation>Eine Mehrheit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="50" />
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="51" />
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="52" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="59" />
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="60" />
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="81" />
        <source>Re&amp;quest approval…</source>
        <extracomment>an approval was asked or decided (the item's status may have moved: reload the form)</extracomment>
        <translation>Genehmigung an&amp;fordern…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="84" />
        <source>A&amp;pprove…</source>
        <translation>Ge&amp;nehmigen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="87" />
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="90" />
        <source>Record &amp;decision…</source>
        <translation>Entscheidung &amp;erfassen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="92" />
        <source>Record what an approver without a DeskApp login said by phone or e-mail</source>
        <translation>Erfassen, was ein Genehmiger ohne DeskApp-Anmeldung telefonisch oder per E-Mail entschieden hat</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="139" />
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="141" />
        <source>Not asked yet</source>
        <translation>Noch nicht angefragt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="148" />
        <source>{name} (no login)</source>
        <translation>{name} (ohne Anmeldung)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="158" />
        <source>No approval has been asked for this item.</source>
        <translation>Für diesen Eintrag wurde keine Genehmigung angefordert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="160" />
        <source> (%n earlier approval(s) in the history)</source>
        <translation><numerusform> (%n frühere Genehmigung im Verlauf)</numerusform><numerusform> (%n frühere Genehmigungen im Verlauf)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="164" />
        <source>Waiting for approval: stage {n} of {total}, {policy} of its approvers must approve ({approved} of {needed} so far).{more}</source>
        <translation>Wartet auf Genehmigung: Stufe {n} von {total}, {policy} der Genehmiger muss zustimmen (bisher {approved} von {needed}).{more}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="169" />
        <source>{state} on {when}, asked by {who}.{more}</source>
        <translation>{state} am {when}, angefordert von {who}.{more}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="207" />
        <source>Approval requested.</source>
        <translation>Genehmigung angefordert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="212" />
        <source>Nothing here is waiting for your decision.</source>
        <translation>Hier wartet nichts auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="214" />
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="214" />
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="215" />
        <source>Stage {n}, asked of {name}.</source>
        <translation>Stufe {n}, angefragt bei {name}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="220" />
        <source>Approved.</source>
        <translation>Genehmigt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="220" />
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="228" />
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="229" />
        <source>What did {name} decide? Your name is kept as who recorded it.</source>
        <translation>Wie hat {name} entschieden? Ihr Name wird als erfassende Person gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approvals_tab.py" line="234" />
        <source>Decision recorded.</source>
        <translation>Entscheidung erfasst.</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="92" />
        <source>&amp;Approve selected…</source>
        <extracomment>approvals were decided (items may have moved on): queues and forms refresh how many approvals are waiting (the queue list shows it)</extracomment>
        <translation>Auswahl ge&amp;nehmigen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="95" />
        <source>Re&amp;ject selected…</source>
        <translation>Auswahl ab&amp;lehnen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="98" />
        <source>&amp;Decide selected…</source>
        <translation>Über Auswahl &amp;entscheiden…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="101" />
        <source>De&amp;legate approvals…</source>
        <translation>Genehmigungen &amp;vertreten lassen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="103" />
        <source>Who decides your approvals while you are away (Ctrl+Shift+D)</source>
        <translation>Wer während Ihrer Abwesenheit über Ihre Genehmigungen entscheidet (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="106" />
        <source>Back to &amp;queues</source>
        <translation>Zurück zu den &amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="112" />
        <source>Delegate approvals</source>
        <translation>Genehmigungen vertreten lassen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="113" />
        <source>Back to the queues</source>
        <translation>Zurück zu den Warteschlangen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="160" />
        <source>&lt;b&gt;My approvals&lt;/b&gt; · %n waiting</source>
        <translation><numerusform>&lt;b&gt;Meine Genehmigungen&lt;/b&gt; · %n wartend</numerusform><numerusform>&lt;b&gt;Meine Genehmigungen&lt;/b&gt; · %n wartend</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="181" />
        <source>Select the approvals to decide first.</source>
        <translation>Wählen Sie zuerst die zu entscheidenden Genehmigungen aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="184" />
        <source>This decides %n approval(s): {numbers}.</source>
        <translation><numerusform>Damit wird %n Genehmigung entschieden: {numbers}.</numerusform><numerusform>Damit werden %n Genehmigungen entschieden: {numbers}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="186" />
        <source>Decide %n approval(s)</source>
        <translation><numerusform>%n Genehmigung entscheiden</numerusform><numerusform>%n Genehmigungen entscheiden</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="195" />
        <source>Approved %n approval(s).</source>
        <translation><numerusform>%n Genehmigung erteilt.</numerusform><numerusform>%n Genehmigungen erteilt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="196" />
        <source>Rejected %n approval(s).</source>
        <translation><numerusform>%n Genehmigung abgelehnt.</numerusform><numerusform>%n Genehmigungen abgelehnt.</numerusform></translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="81" />
        <source>Words people search for</source>
        <translation>Begriffe, nach denen gesucht wird</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="84" />
        <source>Review &amp;by</source>
        <translation>Prüfen &amp;bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="95" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="96" />
        <source>Ke&amp;ywords:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="97" />
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="98" />
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="102" />
        <source>Review:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="103" />
        <source>CI:</source>
        <translation>CI:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="107" />
        <source>Markdown: ## Symptoms, ## Cause, ## Resolution. Insert picture (Ctrl+Alt+I) stores a PNG, JPEG, GIF or WebP file with the article and shows it here.</source>
        <translation>Markdown: ## Symptome, ## Ursache, ## Lösung. „Bild einfügen“ (Strg+Alt+I) speichert eine PNG-, JPEG-, GIF- oder WebP-Datei mit dem Artikel und zeigt sie hier an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="111" />
        <source>R&amp;ead</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="112" />
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="115" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="117" />
        <source>Insert pi&amp;cture…</source>
        <translation>B&amp;ild einfügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="118" />
        <source>Store a PNG, JPEG, GIF or WebP file with the article and show it where the cursor is (Ctrl+Alt+I)</source>
        <translation>Eine PNG-, JPEG-, GIF- oder WebP-Datei mit dem Artikel speichern und an der Cursorposition anzeigen (Strg+Alt+I)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="124" />
        <source>Insert a picture into the article</source>
        <translation>Ein Bild in den Artikel einfügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="129" />
        <source>Send for rev&amp;iew</source>
        <translation>Zur P&amp;rüfung senden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="130" />
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="131" />
        <source>Send b&amp;ack</source>
        <translation>&amp;Zurückschicken</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="132" />
        <source>Revise te&amp;xt</source>
        <translation>Te&amp;xt überarbeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="133" />
        <source>Retire artic&amp;le</source>
        <translation>Arti&amp;kel zurückziehen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="134" />
        <source>Reopen as draft</source>
        <translation>Als Entwurf wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="140" />
        <source>Still valid…</source>
        <translation>Noch gültig…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="141" />
        <source>The article was checked: set its next review date</source>
        <translation>Der Artikel wurde geprüft: nächstes Prüfdatum festlegen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="144" />
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="146" />
        <source>Not helpful</source>
        <translation>Nicht hilfreich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="150" />
        <source>Versions…</source>
        <translation>Versionen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="151" />
        <source>Versions and their differences (Ctrl+Shift+H)</source>
        <translation>Versionen und ihre Unterschiede (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="155" />
        <source>Versions of the article and their differences</source>
        <translation>Versionen des Artikels und ihre Unterschiede</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="178" />
        <source>(no owner)</source>
        <translation>(kein Verantwortlicher)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="179" />
        <source>(any service)</source>
        <translation>(beliebiger Service)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="197" />
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="198" />
        <source>Draft: send it for review when it is ready; a colleague publishes it.</source>
        <translation>Entwurf: Senden Sie ihn zur Prüfung, wenn er fertig ist; eine Kollegin oder ein Kollege veröffentlicht ihn.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="219" />
        <source>No article chosen</source>
        <translation>Kein Artikel ausgewählt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="220" />
        <source>Choose an article in the list, or press Ctrl+N to write one.</source>
        <translation>Wählen Sie einen Artikel in der Liste oder drücken Sie Ctrl+N, um einen zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="232" />
        <source>{status} · written by {author}</source>
        <translation>{status} · verfasst von {author}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="235" />
        <source> · version {n}, published by {reviewer}</source>
        <translation> · Version {n}, veröffentlicht von {reviewer}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="237" />
        <source> · {helpful} helpful, {unhelpful} not, used {uses} times</source>
        <translation> · {helpful} hilfreich, {unhelpful} nicht, {uses}-mal verwendet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="241" />
        <source>Sent back: {reason}</source>
        <translation>Zurückgeschickt: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="251" />
        <source>Linked: {items}</source>
        <translation>Verknüpft: {items}</translation>
    </message>
</context>
<context>
    <name>ArticleFromIncident</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="32" />
        <source>Create article…</source>
        <translation>Artikel erstellen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="34" />
        <source>Write a knowledge article from this resolved incident: a draft pre-filled from its description and resolution opens in the knowledge base (Ctrl+Alt+K)</source>
        <translation>Einen Wissensartikel aus dieser gelösten Störung schreiben: Ein aus Beschreibung und Lösung vorausgefüllter Entwurf öffnet sich in der Wissensdatenbank (Strg+Alt+K)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="40" />
        <source>Create article from this incident</source>
        <translation>Artikel aus dieser Störung erstellen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="51" />
        <source>Save and resolve the incident before writing an article from it.</source>
        <translation>Speichern und lösen Sie die Störung, bevor Sie einen Artikel daraus schreiben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_article.py" line="57" />
        <source>Draft article from {n}: complete it and save (Ctrl+S).</source>
        <translation>Artikelentwurf aus {n}: vervollständigen und speichern (Strg+S).</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="136" />
        <source>&amp;Add file…</source>
        <extracomment>Where Open puts a copy for the system's viewer (one folder per attachment).</extracomment>
        <translation>Datei hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="137" />
        <source>Attach files (Ctrl+Shift+A); you can also drop files here or paste a screenshot (Ctrl+V).</source>
        <translation>Dateien anhängen (Ctrl+Shift+A); Sie können Dateien auch hierher ziehen oder einen Screenshot einfügen (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="139" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="140" />
        <source>Sav&amp;e as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="142" />
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="405" />
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="145" />
        <source>Attach files (Attachments tab)</source>
        <translation>Dateien anhängen (Reiter Anhänge)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="148" />
        <source>Attach the screenshot or files on the clipboard (Attachments tab)</source>
        <translation>Screenshot oder Dateien aus der Zwischenablage anhängen (Reiter Anhänge)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="217" />
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="237" />
        <source>The clipboard holds no picture or file to attach; copy a screenshot or a file first.</source>
        <translation>Die Zwischenablage enthält kein Bild und keine Datei zum Anhängen; kopieren Sie zuerst einen Screenshot oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="291" />
        <source>Attach a program?</source>
        <translation>Ein Programm anhängen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="292" />
        <source>Attach anyway?</source>
        <translation>Trotzdem anhängen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="293" />
        <source>&amp;Attach anyway</source>
        <translation>&amp;Trotzdem anhängen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="323" />
        <source>%n file(s) attached.</source>
        <translation><numerusform>%n Datei angehängt.</numerusform><numerusform>%n Dateien angehängt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="333" />
        <source>%n file(s)</source>
        <translation><numerusform>%n Datei</numerusform><numerusform>%n Dateien</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="334" />
        <source>Attaching {name}…</source>
        <translation>{name} wird angehängt…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="343" />
        <source>Open a program?</source>
        <translation>Ein Programm öffnen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="344" />
        <source>{name} is a program or script: opening it may run it on this computer. Open it only if you trust where it came from.</source>
        <translation>{name} ist ein Programm oder Skript: Beim Öffnen kann es auf diesem Computer ausgeführt werden. Öffnen Sie es nur, wenn Sie der Herkunft vertrauen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="346" />
        <source>&amp;Open anyway</source>
        <translation>&amp;Trotzdem öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="357" />
        <source>No program opens {name} on this computer; use Save as… instead.</source>
        <translation>Kein Programm auf diesem Computer öffnet {name}; verwenden Sie stattdessen Speichern unter….</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="366" />
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="373" />
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="384" />
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="397" />
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="401" />
        <source>Remove attachment?</source>
        <translation>Anhang entfernen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="402" />
        <source>Remove {name} ({size}, added by {who})? It leaves the list; the history keeps a record of the file and of who removed it.</source>
        <translation>{name} ({size}, hinzugefügt von {who}) entfernen? Die Datei verschwindet aus der Liste; der Verlauf vermerkt die Datei und wer sie entfernt hat.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="430" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/attachments_tab.py" line="432" />
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>AttributeForm</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="35" />
        <source>This type has no attributes.</source>
        <translation>Dieser Typ hat keine Attribute.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="50" />
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="52" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="52" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="60" />
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/attributes.py" line="62" />
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="52" />
        <source>Any record</source>
        <extracomment>rows fetched per request</extracomment>
        <translation>Beliebiger Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="54" />
        <source>Anyone</source>
        <translation>Beliebige Person</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="55" />
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="56" />
        <source>Show &amp;more</source>
        <translation>&amp;Mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="62" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="62" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="62" />
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="62" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="63" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="63" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="63" />
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="74" />
        <source>Changes &amp;since:</source>
        <translation>Änderungen &amp;seit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="75" />
        <source>Record &amp;type:</source>
        <translation>Datensatz&amp;typ:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="76" />
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="144" />
        <source>%n change(s) shown</source>
        <translation><numerusform>%n Änderung angezeigt</numerusform><numerusform>%n Änderungen angezeigt</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/audit_tab.py" line="145" />
        <source>; more are older</source>
        <translation>; weitere sind älter</translation>
    </message>
</context>
<context>
    <name>AutoCloseBox</name>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="27" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="29" />
        <source>&amp;Auto-close resolved items after</source>
        <translation>Gelöste Einträge a&amp;utomatisch schließen nach</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="31" />
        <source>without a reply from the caller (the SLA calendar of each item counts the days).</source>
        <translation>ohne Antwort des Anrufers (der SLA-Kalender jedes Eintrags zählt die Tage).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="33" />
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="48" />
        <source>Only an administrator changes when resolved items close.</source>
        <translation>Nur ein Administrator ändert, wann gelöste Einträge geschlossen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="54" />
        <source> business day(s)</source>
        <translation><numerusform> Arbeitstag</numerusform><numerusform> Arbeitstage</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="77" />
        <source>Resolved items now close after %Ln business day(s).</source>
        <translation><numerusform>Gelöste Einträge werden jetzt nach %Ln Arbeitstag geschlossen.</numerusform><numerusform>Gelöste Einträge werden jetzt nach %Ln Arbeitstagen geschlossen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/auto_close_box.py" line="79" />
        <source>Resolved items no longer close by themselves.</source>
        <translation>Gelöste Einträge werden nicht mehr automatisch geschlossen.</translation>
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="90" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="90" />
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="183" />
        <source>Outage: the time the service's major incidents were open (opening to resolution, within the period; overlapping majors count once). Availability: the rest of the period, against the service's availability target.</source>
        <translation>Ausfall: die Zeit, in der die Major Incidents des Service offen waren (Eröffnung bis Lösung, innerhalb des Zeitraums; überlappende Major Incidents zählen einmal). Verfügbarkeit: der Rest des Zeitraums, gemessen am Verfügbarkeitsziel des Service.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="186" />
        <source>Loo&amp;k back over:</source>
        <translation>Rüc&amp;kblick über:</translation>
    </message>
</context>
<context>
    <name>BacklogChart</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="136" />
        <source>Open incidents by priority</source>
        <translation>Offene Störungen nach Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="144" />
        <source>P{p}: {n} open, {b} breached</source>
        <translation>P{p}: {n} offen, {b} verletzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="166" />
        <source>Open incidents by priority (darker: breached)</source>
        <translation>Offene Störungen nach Priorität (dunkler: verletzt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="168" />
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/deskapp/ui/design/forms.py" line="85" />
        <source>&amp;Reload their version</source>
        <translation>Deren Version neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="214" />
        <source>&amp;Keep their version</source>
        <translation>Deren Version &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/widgets.py" line="218" />
        <source>Show the saved version; then make your change again and save</source>
        <translation>Gespeicherte Version anzeigen; dann Ihre Änderung erneut vornehmen und speichern</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="270" />
        <source>Assign %Ln item(s)</source>
        <translation><numerusform>%Ln Eintrag zuweisen</numerusform><numerusform>%Ln Einträge zuweisen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="271" />
        <source>Set the status of %Ln item(s)</source>
        <translation><numerusform>Status von %Ln Eintrag setzen</numerusform><numerusform>Status von %Ln Einträgen setzen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="272" />
        <source>Set impact and urgency of %Ln item(s)</source>
        <translation><numerusform>Auswirkung und Dringlichkeit von %Ln Eintrag setzen</numerusform><numerusform>Auswirkung und Dringlichkeit von %Ln Einträgen setzen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="273" />
        <source>Move %Ln item(s) to a team</source>
        <translation><numerusform>%Ln Eintrag an ein Team verschieben</numerusform><numerusform>%Ln Einträge an ein Team verschieben</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="285" />
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="356" />
        <source>(no change)</source>
        <translation>(keine Änderung)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="289" />
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="292" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="296" />
        <source>&amp;Assignee:</source>
        <translation>Bea&amp;rbeiter:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="302" />
        <source>(choose a code)</source>
        <translation>(Code auswählen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="308" />
        <source>What was wrong and what fixed it (the callers read this).</source>
        <translation>Was war falsch und was hat es behoben (die Anrufer lesen das).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="310" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="311" />
        <source>Resolution &amp;code:</source>
        <translation>Lösungs&amp;code:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="312" />
        <source>Resolution &amp;notes:</source>
        <translation>Lösungs&amp;notizen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="322" />
        <source>&amp;Impact:</source>
        <translation>Aus&amp;wirkung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="323" />
        <source>&amp;Urgency:</source>
        <translation>Dring&amp;lichkeit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="357" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="401" />
        <source>Nothing changes yet: choose a new value above.</source>
        <translation>Noch ändert sich nichts: Wählen Sie oben einen neuen Wert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="402" />
        <source>%Ln item(s) will change: {what}</source>
        <translation><numerusform>%Ln Eintrag wird geändert: {what}</numerusform><numerusform>%Ln Einträge werden geändert: {what}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="405" />
        <source>%Ln already as asked (left as they are).</source>
        <translation><numerusform>%Ln bereits wie gewünscht (bleibt unverändert).</numerusform><numerusform>%Ln bereits wie gewünscht (bleiben unverändert).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="407" />
        <source>%Ln will lose their assignee, who is not in the new team.</source>
        <translation><numerusform>%Ln verliert den Bearbeiter, der nicht im neuen Team ist.</numerusform><numerusform>%Ln verlieren ihren Bearbeiter, der nicht im neuen Team ist.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="409" />
        <source>%Ln closed: cannot be reassigned.</source>
        <translation><numerusform>%Ln geschlossen: kann nicht neu zugewiesen werden.</numerusform><numerusform>%Ln geschlossen: können nicht neu zugewiesen werden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="411" />
        <source>%Ln cannot take this step from their status.</source>
        <translation><numerusform>%Ln kann diesen Schritt aus seinem Status nicht ausführen.</numerusform><numerusform>%Ln können diesen Schritt aus ihrem Status nicht ausführen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="413" />
        <source>%Ln: the assignee is not in their team.</source>
        <translation><numerusform>%Ln: Der Bearbeiter ist nicht in dessen Team.</numerusform><numerusform>%Ln: Der Bearbeiter ist nicht in deren Team.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="417" />
        <source>Left as they are: {why}</source>
        <translation>Unverändert gelassen: {why}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="423" />
        <source>Team → {value}</source>
        <translation>Team → {value}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="424" />
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="426" />
        <source>Assignee → {value}</source>
        <translation>Bearbeiter → {value}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="428" />
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="430" />
        <source>Status → {value}</source>
        <translation>Status → {value}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="433" />
        <source>Impact → {value}</source>
        <translation>Auswirkung → {value}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="436" />
        <source>Urgency → {value}</source>
        <translation>Dringlichkeit → {value}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="444" />
        <source>Choose a resolution code.</source>
        <translation>Wählen Sie einen Lösungscode.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="446" />
        <source>Type the resolution notes (the callers read them).</source>
        <translation>Geben Sie die Lösungsnotizen ein (die Anrufer lesen sie).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="448" />
        <source>Pick an assignee, or leave them out of the selection.</source>
        <translation>Wählen Sie einen Bearbeiter oder nehmen Sie diese Einträge aus der Auswahl.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="449" />
        <source>Assign them first, or leave them out of the selection.</source>
        <translation>Weisen Sie sie zuerst zu oder nehmen Sie sie aus der Auswahl.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="451" />
        <source>Use Assign to pick somebody in the new team.</source>
        <translation>Verwenden Sie Zuweisen, um jemanden im neuen Team auszuwählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="452" />
        <source>%Ln of the selected item(s) would be In Progress with nobody assigned; an incident in progress needs an assignee.</source>
        <translation><numerusform>%Ln ausgewählter Eintrag wäre In Bearbeitung ohne Bearbeiter; eine Störung in Bearbeitung braucht einen Bearbeiter.</numerusform><numerusform>%Ln der ausgewählten Einträge wären In Bearbeitung ohne Bearbeiter; eine Störung in Bearbeitung braucht einen Bearbeiter.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="456" />
        <source>%Ln of the selected item(s) would be Assigned with neither a team nor an assignee; keep one of them.</source>
        <translation><numerusform>%Ln ausgewählter Eintrag wäre Zugewiesen ohne Team und ohne Bearbeiter; behalten Sie eines von beiden.</numerusform><numerusform>%Ln der ausgewählten Einträge wären Zugewiesen ohne Team und ohne Bearbeiter; behalten Sie eines von beiden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="474" />
        <source>This changes %Ln item(s).</source>
        <translation><numerusform>Dies ändert %Ln Eintrag.</numerusform><numerusform>Dies ändert %Ln Einträge.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="476" />
        <source>%Ln will have no team afterwards.</source>
        <translation><numerusform>%Ln hat danach kein Team.</numerusform><numerusform>%Ln haben danach kein Team.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="478" />
        <source>%Ln will have nobody assigned afterwards.</source>
        <translation><numerusform>%Ln hat danach keinen Bearbeiter.</numerusform><numerusform>%Ln haben danach keinen Bearbeiter.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="484" />
        <source>Go ahead?</source>
        <translation>Fortfahren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="486" />
        <source>&amp;Change %Ln item(s)</source>
        <translation><numerusform>%Ln Eintrag ä&amp;ndern</numerusform><numerusform>%Ln Einträge ä&amp;ndern</numerusform></translation>
    </message>
</context>
<context>
    <name>BulkReportDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="504" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="505" />
        <source>Already so</source>
        <translation>Bereits so</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="506" />
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="507" />
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="508" />
        <source>No longer exists</source>
        <translation>Existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="509" />
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="510" />
        <source>Not tried</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="511" />
        <source>Bulk assign: result</source>
        <translation>Sammelzuweisung: Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="512" />
        <source>Bulk status: result</source>
        <translation>Sammelstatus: Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="513" />
        <source>Bulk priority: result</source>
        <translation>Sammelpriorität: Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="514" />
        <source>Bulk team move: result</source>
        <translation>Sammelverschiebung ins Team: Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="522" />
        <source>{ok} of %Ln item(s) changed; {bad} not changed.</source>
        <translation><numerusform>{ok} von %Ln Eintrag geändert; {bad} nicht geändert.</numerusform><numerusform>{ok} von %Ln Einträgen geändert; {bad} nicht geändert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="526" />
        <source>%Ln already as asked.</source>
        <translation><numerusform>%Ln bereits wie gewünscht.</numerusform><numerusform>%Ln bereits wie gewünscht.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="528" />
        <source>The connection to the database was lost: {n} not tried; the rows marked Done are saved.</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen: {n} nicht versucht; die als Erledigt markierten Zeilen sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="532" />
        <source>Cancelled: {n} not tried.</source>
        <translation>Abgebrochen: {n} nicht versucht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="536" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="536" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="537" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>CabRuleDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="67" />
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="150" />
        <source>Team {name}</source>
        <extracomment>the types a CAB decides (standard changes are pre-approved by their template)</extracomment>
        <translation>Team {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="71" />
        <source>the service owner</source>
        <translation>der Service-Verantwortliche</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="72" />
        <source>the requester's manager</source>
        <translation>die Führungskraft des Antragstellers</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="76" />
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="77" />
        <source>Stage {n}: {policy}: {who}</source>
        <translation>Stufe {n}: {policy}: {who}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="98" />
        <source>CAB rule</source>
        <translation>CAB-Regel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="99" />
        <source>New CAB rule</source>
        <translation>Neue CAB-Regel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="109" />
        <source>Any level without a rule of its own</source>
        <translation>Jede Stufe ohne eigene Regel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="133" />
        <source>&amp;New stage</source>
        <translation>&amp;Neue Stufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="136" />
        <source>De&amp;lete stage</source>
        <translation>Stufe &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="154" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="157" />
        <source>Re&amp;move approver</source>
        <translation>Genehmigende(n) ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="161" />
        <source>Change t&amp;ype:</source>
        <translation>Änderungs&amp;typ:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="162" />
        <source>&amp;Risk level:</source>
        <translation>&amp;Risikostufe:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="173" />
        <source>S&amp;tages:</source>
        <translation>St&amp;ufen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="174" />
        <source>&amp;Policy:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="184" />
        <source>Appr&amp;overs:</source>
        <translation>Genehm&amp;igende:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="209" />
        <source>{type} changes of this risk level already have a rule; saving replaces it.</source>
        <translation>Änderungen vom Typ {type} mit dieser Risikostufe haben bereits eine Regel; Speichern ersetzt sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/cab_rule_dialog.py" line="271" />
        <source>{who} is in this stage already.</source>
        <translation>{who} ist bereits in dieser Stufe.</translation>
    </message>
</context>
<context>
    <name>CabRulesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="204" />
        <source>&amp;New CAB rule…</source>
        <translation>&amp;Neue CAB-Regel…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="205" />
        <source>Rem&amp;ove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="207" />
        <source>Remove the selected CAB rule (Delete)</source>
        <translation>Die gewählte CAB-Regel entfernen (Entf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="217" />
        <source>%n CAB rule(s)</source>
        <translation><numerusform>%n CAB-Regel</numerusform><numerusform>%n CAB-Regeln</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="230" />
        <source>{type} changes, {level}</source>
        <translation>Änderungen vom Typ {type}, {level}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="232" />
        <source>any level</source>
        <translation>jede Stufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="243" />
        <source>Remove CAB rule?</source>
        <translation>CAB-Regel entfernen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="244" />
        <source>Remove the CAB rule for {what}? Changes sent to the CAB later use the rule for any level of their type, if there is one; approvals already asked are unchanged.</source>
        <translation>Die CAB-Regel für {what} entfernen? Änderungen, die später an das CAB gehen, verwenden die Regel für jede Stufe ihres Typs, sofern es eine gibt; bereits angefragte Genehmigungen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="247" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="248" />
        <source>Removed the CAB rule for {what}.</source>
        <translation>Die CAB-Regel für {what} wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="72" />
        <source>&amp;Monday</source>
        <translation>&amp;Montag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="72" />
        <source>&amp;Tuesday</source>
        <translation>D&amp;ienstag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="72" />
        <source>&amp;Wednesday</source>
        <translation>Mi&amp;ttwoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="73" />
        <source>Th&amp;ursday</source>
        <translation>Do&amp;nnerstag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="73" />
        <source>Fr&amp;iday</source>
        <translation>F&amp;reitag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="73" />
        <source>Satur&amp;day</source>
        <translation>&amp;Samstag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="74" />
        <source>Sunda&amp;y</source>
        <translation>S&amp;onntag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="77" />
        <source>For example: Office hours (Europe/London)</source>
        <translation>Zum Beispiel: Bürozeiten (Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="93" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="95" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="99" />
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="101" />
        <source>Working hours (local time in the calendar's zone)</source>
        <translation>Arbeitszeiten (Ortszeit in der Zeitzone des Kalenders)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="103" />
        <source>Working day</source>
        <translation>Arbeitstag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="104" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="105" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="113" />
        <source>00:00 means midnight at the end of the day.</source>
        <translation>00:00 bedeutet Mitternacht am Ende des Tages.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="129" />
        <source>Holidays (no working time all day)</source>
        <translation>Feiertage (ganztägig keine Arbeitszeit)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="144" />
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="145" />
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="152" />
        <source>Name, for example New Year's Day</source>
        <translation>Name, zum Beispiel Neujahr</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="156" />
        <source>&amp;Add holiday</source>
        <translation>Feiertag hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="157" />
        <source>Rem&amp;ove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="203" />
        <source>New calendar</source>
        <translation>Neuer Kalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="218" />
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="220" />
        <source>No SLA uses it yet</source>
        <translation>Noch von keinem SLA verwendet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="230" />
        <source>Split: {spans} (kept unless you edit this day)</source>
        <translation>Geteilt: {spans} (bleibt, solange Sie diesen Tag nicht bearbeiten)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/calendar_editor.py" line="285" />
        <source>{day} is already in the list; each date may appear once.</source>
        <translation>{day} steht bereits in der Liste; jedes Datum darf nur einmal vorkommen.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="147" />
        <source>❄ {names}</source>
        <translation>❄ {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="156" />
        <source>+ %n more</source>
        <translation><numerusform>+ %n weitere</numerusform><numerusform>+ %n weitere</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarListModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="84" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="84" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="84" />
        <source>Hours a week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="85" />
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="85" />
        <source>Used by SLAs</source>
        <translation>Von SLAs verwendet</translation>
    </message>
</context>
<context>
    <name>CallerFields</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="65" />
        <source>First and last name</source>
        <extracomment>Room to paste a little too much, then a clear message instead of a silent cut.</extracomment>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="66" />
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="68" />
        <source>Optional, e.g. +44 20 7946 0000 x 12</source>
        <translation>Optional, z. B. +49 30 1234567-12</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="70" />
        <source>Optional; a new name is added to the list</source>
        <translation>Optional; ein neuer Name wird der Liste hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="76" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="76" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="77" />
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="78" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>CallerPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="46" />
        <source>Their other &amp;items:</source>
        <translation>Weitere &amp;Einträge:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="64" />
        <source>&lt;b&gt;Caller&lt;/b&gt;&lt;br&gt;No caller on this item.</source>
        <translation>&lt;b&gt;Anrufer&lt;/b&gt;&lt;br&gt;Dieser Eintrag hat keinen Anrufer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="76" />
        <source>Manager: {name}</source>
        <translation>Führungskraft: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="80" />
        <source>%n other open item(s)</source>
        <translation><numerusform>%n weiterer offener Eintrag</numerusform><numerusform>%n weitere offene Einträge</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="85" />
        <source>Recently finished</source>
        <translation>Kürzlich abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="95" />
        <source>{number} · {status} · {title}</source>
        <translation>{number} · {status} · {title}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/caller_panel.py" line="99" />
        <source>Opened {when}; Enter or double-click opens it</source>
        <translation>Eröffnet {when}; Enter oder Doppelklick öffnet ihn</translation>
    </message>
</context>
<context>
    <name>CallersPage</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="244" />
        <source>Type a name or e-mail</source>
        <translation>Namen oder E-Mail eingeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="249" />
        <source>Save &amp;anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="252" />
        <source>&amp;Save caller</source>
        <translation>Anrufer &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="260" />
        <source>Send this caller no e-mail from the desk</source>
        <translation>Diesem Anrufer keine E-Mails vom Service Desk senden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="269" />
        <source>&amp;Write to them in:</source>
        <translation>Sprache der &amp;Mails:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="277" />
        <source>&amp;Erase personal data…</source>
        <translation>Personenbezogene Daten &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="280" />
        <source>Anonymise this caller (a privacy-law erasure request); their incidents stay</source>
        <translation>Diesen Anrufer anonymisieren (Löschantrag nach Datenschutzrecht); seine Störungen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="319" />
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="320" />
        <source>Erase the personal data of {name}?

The name, e-mail ({email}) and phone ({phone}) are replaced; the caller will read “{new}”. {incidents} keep pointing at this record and their history stays as it is. This cannot be undone.</source>
        <translation>Die personenbezogenen Daten von {name} löschen?

Name, E-Mail ({email}) und Telefon ({phone}) werden ersetzt; der Anrufer heißt dann „{new}“. {incidents} verweisen weiter auf diesen Datensatz, und ihr Verlauf bleibt unverändert. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="323" />
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="324" />
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="325" />
        <source>%n incident(s)</source>
        <translation><numerusform>%n Störung</numerusform><numerusform>%n Störungen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="328" />
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="337" />
        <source>Erased the personal data; the caller now reads {name}.</source>
        <translation>Personenbezogene Daten gelöscht; der Anrufer heißt jetzt {name}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="370" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="370" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="372" />
        <source>the desk's language ({name})</source>
        <translation>Sprache des Service Desks ({name})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="386" />
        <source>The desk writes to {name} in {language} now.</source>
        <translation>Der Service Desk schreibt {name} jetzt auf {language}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="399" />
        <source>{name} gets no e-mail from the desk now.</source>
        <translation>{name} erhält jetzt keine E-Mails vom Service Desk.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="400" />
        <source>{name} gets e-mail from the desk again.</source>
        <translation>{name} erhält wieder E-Mails vom Service Desk.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="426" />
        <source>Saved caller {name}.</source>
        <translation>Anrufer {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="432" />
        <source>{reason} To keep one record, select both in the list and use Merge selected.</source>
        <translation>{reason} Um nur einen Datensatz zu behalten, wählen Sie beide in der Liste aus und verwenden Sie Auswahl zusammenführen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="448" />
        <source>%Ln incident(s) move from {merged} to {kept}, each with a history entry; {merged} is then removed. This cannot be undone.</source>
        <translation><numerusform>%Ln Störung wird von {merged} nach {kept} verschoben, mit einem Verlaufseintrag; {merged} wird danach entfernt. Dies kann nicht rückgängig gemacht werden.</numerusform><numerusform>%Ln Störungen werden von {merged} nach {kept} verschoben, jede mit einem Verlaufseintrag; {merged} wird danach entfernt. Dies kann nicht rückgängig gemacht werden.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="453" />
        <source>Merge callers</source>
        <translation>Anrufer zusammenführen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="458" />
        <source>Merged {merged} into {kept}: %Ln incident(s) moved.</source>
        <translation><numerusform>{merged} mit {kept} zusammengeführt: %Ln Störung verschoben.</numerusform><numerusform>{merged} mit {kept} zusammengeführt: %Ln Störungen verschoben.</numerusform></translation>
    </message>
</context>
<context>
    <name>CannedResponses</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="14" />
        <source>Save the item first: a canned response is filled from its number and caller.</source>
        <translation>Speichern Sie den Eintrag zuerst: Ein Textbaustein wird aus seiner Nummer und seinem Anrufer gefüllt.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="63" />
        <source>Type to filter the catalogue</source>
        <extracomment>the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation>Tippen, um den Katalog zu filtern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="85" />
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="211" />
        <source>Retir&amp;e…</source>
        <translation>Zurückzi&amp;ehen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="88" />
        <source>&amp;Save offering</source>
        <translation>Angebot s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="109" />
        <source>Preview: the form as the agent sees it</source>
        <translation>Vorschau: das Formular, wie der Bearbeiter es sieht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="156" />
        <source>%n offering(s) in the catalogue</source>
        <translation><numerusform>%n Angebot im Katalog</numerusform><numerusform>%n Angebote im Katalog</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="157" />
        <source>, {n} retired</source>
        <translation>, {n} zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="173" />
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="173" />
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="210" />
        <source>Restor&amp;e</source>
        <translation>Wi&amp;ederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="240" />
        <source>New offering: name it, pick its service, add its form, approval and tasks, then press Ctrl+S.</source>
        <translation>Neues Angebot: benennen, Service wählen, Formular, Genehmigung und Aufgaben hinzufügen, dann Ctrl+S drücken.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="255" />
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="262" />
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="267" />
        <source>Nothing was saved; correct the marked parts.</source>
        <translation>Nichts wurde gespeichert; korrigieren Sie die markierten Stellen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="276" />
        <source>{name} is offered again.</source>
        <translation>{name} wird wieder angeboten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="279" />
        <source>Retire offering</source>
        <translation>Angebot zurückziehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="280" />
        <source>Retire {name}? It can no longer be ordered; the %n request(s) raised from it keep it. You can restore it later.</source>
        <translation><numerusform>{name} zurückziehen? Es kann nicht mehr bestellt werden; die %n daraus erstellte Anfrage behält es. Sie können es später wiederherstellen.</numerusform><numerusform>{name} zurückziehen? Es kann nicht mehr bestellt werden; die %n daraus erstellten Anfragen behalten es. Sie können es später wiederherstellen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="288" />
        <source>{name} is retired.</source>
        <translation>{name} ist zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="303" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_tab.py" line="304" />
        <source>The offering you are editing has unsaved changes. Discard them?</source>
        <translation>Das Angebot, das Sie bearbeiten, hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>ChangeCalendarView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="228" />
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="229" />
        <source>Mo&amp;nth</source>
        <translation>Mo&amp;nat</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="237" />
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="238" />
        <source>Earlier (PgUp)</source>
        <translation>Früher (Bild auf)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="239" />
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="240" />
        <source>Later (PgDown)</source>
        <translation>Später (Bild ab)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="241" />
        <source>To&amp;day</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="247" />
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="310" />
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="251" />
        <source>New chang&amp;e</source>
        <translation>Neue Änd&amp;erung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="252" />
        <source>Raise a change (Ctrl+Shift+C in Service Operation)</source>
        <translation>Eine Änderung erfassen (Strg+Umschalt+C im Servicebetrieb)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="258" />
        <source>Servi&amp;ce:</source>
        <translation>Diens&amp;t:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="269" />
        <source>Click a change to see its conflicts; double-click or Enter opens it.</source>
        <translation>Klicken Sie auf eine Änderung, um ihre Konflikte zu sehen; Doppelklick oder Enter öffnet sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="283" />
        <source>Freeze windows shown:</source>
        <translation>Angezeigte Sperrzeiten:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="294" />
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="295" />
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="296" />
        <source>Back to today</source>
        <translation>Zurück zu heute</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="342" />
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="351" />
        <source>{name}: {start} to {end}</source>
        <translation>{name}: {start} bis {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="353" />
        <source>{first} to {last}: %n change(s)</source>
        <translation><numerusform>{first} bis {last}: %n Änderung</numerusform><numerusform>{first} bis {last}: %n Änderungen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="361" />
        <source>{n}: {title}
{start} to {end}, {status}, {who}</source>
        <translation>{n}: {title}
{start} bis {end}, {status}, {who}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_calendar.py" line="364" />
        <source>no implementer</source>
        <translation>kein Umsetzender</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="105" />
        <source>What changes, in a few words</source>
        <translation>Was sich ändert, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="107" />
        <source>What is changed, and where</source>
        <translation>Was geändert wird, und wo</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="108" />
        <source>Why the change is needed</source>
        <translation>Warum die Änderung nötig ist</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="118" />
        <source>How the change is made, step by step</source>
        <translation>Wie die Änderung umgesetzt wird, Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="120" />
        <source>How it is undone if it goes wrong</source>
        <translation>Wie sie rückgängig gemacht wird, wenn etwas schiefgeht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="121" />
        <source>How the result is checked</source>
        <translation>Wie das Ergebnis geprüft wird</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="122" />
        <source>&amp;Planned window</source>
        <translation>&amp;Geplantes Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="132" />
        <source>(not reviewed yet)</source>
        <translation>(noch nicht bewertet)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="136" />
        <source>Lessons learned (needed unless the change went as planned)</source>
        <translation>Erkenntnisse (nötig, außer die Änderung lief wie geplant)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="139" />
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="140" />
        <source>Standard c&amp;hange:</source>
        <translation>Standardän&amp;derung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="141" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="142" />
        <source>Descriptio&amp;n:</source>
        <translation>Beschreibu&amp;ng:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="143" />
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="144" />
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="145" />
        <source>CI:</source>
        <translation>CI:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="146" />
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="147" />
        <source>&amp;Implementer:</source>
        <translation>&amp;Umsetzender:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="148" />
        <source>Release:</source>
        <translation>Release:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="150" />
        <source>Imp&amp;lementation plan:</source>
        <translation>Umsetzungs&amp;plan:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="151" />
        <source>&amp;Backout plan:</source>
        <translation>&amp;Rückfallplan:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="152" />
        <source>Te&amp;st plan:</source>
        <translation>Te&amp;stplan:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="155" />
        <source>Starts:</source>
        <translation>Beginnt:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="156" />
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="177" />
        <source>Post-implementation review</source>
        <translation>Bewertung nach der Umsetzung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="180" />
        <source>Ou&amp;tcome:</source>
        <translation>Ergebn&amp;is:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="181" />
        <source>Lessons learned:</source>
        <translation>Erkenntnisse:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="212" />
        <source>Save the change first: a conflict is accepted for the saved window.</source>
        <translation>Speichern Sie die Änderung zuerst: ein Konflikt wird für das gespeicherte Zeitfenster akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="231" />
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="232" />
        <source>(no service)</source>
        <translation>(kein Service)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="233" />
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="456" />
        <source>(no configuration item)</source>
        <translation>(kein Configuration Item)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="234" />
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="450" />
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="236" />
        <source>(choose a standard change)</source>
        <translation>(Standardänderung wählen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="238" />
        <source>(no release)</source>
        <translation>(kein Release)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="354" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="354" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="355" />
        <source>Implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="356" />
        <source>Backout plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="356" />
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="357" />
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="357" />
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="358" />
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="358" />
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="359" />
        <source>Review outcome</source>
        <translation>Ergebnis der Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="360" />
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="361" />
        <source>Implementer</source>
        <translation>Umsetzender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="367" />
        <source>{type} change, {start} to {end}</source>
        <translation>{type}-Änderung, {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="370" />
        <source>{type} change, not scheduled</source>
        <translation>{type}-Änderung, nicht eingeplant</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="372" />
        <source>{text}; awaiting the CAB</source>
        <translation>{text}; wartet auf das CAB</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="373" />
        <source>Opened {opened}</source>
        <translation>Eröffnet {opened}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="378" />
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="379" />
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="383" />
        <source>The change ends before it starts; set an end after its start.</source>
        <translation>Die Änderung endet, bevor sie beginnt; setzen Sie ein Ende nach dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="388" />
        <source>Choose the standard change this one follows.</source>
        <translation>Wählen Sie die Standardänderung, der diese folgt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="463" />
        <source>Cancel change</source>
        <translation>Änderung abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="464" />
        <source>Why is the change cancelled? Its open tasks are cancelled with it.</source>
        <translation>Warum wird die Änderung abgebrochen? Ihre offenen Aufgaben werden mit abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ChangePlanView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="273" />
        <source>Free&amp;ze windows</source>
        <translation>Sperr&amp;zeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="274" />
        <source>&amp;Releases</source>
        <translation>&amp;Releases</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="275" />
        <source>S&amp;tandard changes</source>
        <translation>S&amp;tandardänderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="276" />
        <source>CA&amp;B rules</source>
        <translation>CAB-Rege&amp;ln</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="288" />
        <source>Read only: {reason}</source>
        <translation>Nur lesen: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="410" />
        <source>Check (dry run)</source>
        <translation>Prüfen (Probelauf)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="411" />
        <source>Every row is read and checked; nothing is written. Rows listed as rejected will be left out.</source>
        <translation>Jede Zeile wird gelesen und geprüft; nichts wird geschrieben. Als abgelehnt aufgeführte Zeilen werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="414" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="417" />
        <source>Rows read: {rows}; rejected: {rejected}. Incidents or records: {created} to create, {updated} to update, {unchanged} unchanged.</source>
        <translation>Gelesene Zeilen: {rows}; abgelehnt: {rejected}. Störungen oder Datensätze: {created} neu anzulegen, {updated} zu aktualisieren, {unchanged} unverändert.</translation>
    </message>
</context>
<context>
    <name>ChooseProfileDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="359" />
        <source>Switch connection</source>
        <translation>Verbindung wechseln</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="364" />
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="367" />
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="373" />
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="374" />
        <source>&amp;New shared profile…</source>
        <translation>&amp;Neues gemeinsames Profil…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="377" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="378" />
        <source>Change the server, login or encryption of a shared profile</source>
        <translation>Server, Anmeldung oder Verschlüsselung eines gemeinsamen Profils ändern</translation>
    </message>
</context>
<context>
    <name>CiEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="96" />
        <location filename="../../src/deskapp/ui/transition/editor.py" line="225" />
        <source>(no service)</source>
        <translation>(kein Service)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="110" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="110" />
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="111" />
        <source>St&amp;atus:</source>
        <translation>Betriebs&amp;zustand:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="111" />
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="112" />
        <source>Ser&amp;ial number:</source>
        <translation>Ser&amp;iennummer:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="112" />
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="113" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="124" />
        <source>&amp;Save CI</source>
        <translation>CI s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="125" />
        <source>Save the configuration item (Ctrl+S)</source>
        <translation>Configuration Item speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="127" />
        <source>Dis&amp;card changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="135" />
        <source>Configuration item</source>
        <translation>Configuration Item</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="140" />
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="143" />
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="155" />
        <source>Add a relation to the CI</source>
        <translation>Eine Beziehung zum CI hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="157" />
        <source>Open incidents</source>
        <translation>Offene Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="163" />
        <source>Open incidents of the CI</source>
        <translation>Offene Störungen des CI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="164" />
        <source>Double-click or press Enter to open an incident</source>
        <translation>Doppelklicken oder Enter drücken, um eine Störung zu öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="168" />
        <source>No open incidents against this CI.</source>
        <translation>Keine offenen Störungen zu diesem CI.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="177" />
        <source>History of the CI</source>
        <translation>Verlauf des CI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="181" />
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="186" />
        <source>Im&amp;pact</source>
        <translation>Auswir&amp;kung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="187" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="228" />
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="251" />
        <source>New configuration item</source>
        <translation>Neues Configuration Item</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="277" />
        <source>Open incidents ({n})</source>
        <translation>Offene Störungen ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="278" />
        <source>Open incidents (most urgent {shown} of {n})</source>
        <translation>Offene Störungen (die dringendsten {shown} von {n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="318" />
        <source>The form already holds that relation.</source>
        <translation>Das Formular enthält diese Beziehung bereits.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/editor.py" line="357" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>CiPickDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="174" />
        <source>Add an impacted CI</source>
        <translation>Ein betroffenes CI hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="178" />
        <source>Type part of the CI's name</source>
        <translation>Einen Teil des CI-Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="179" />
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
</context>
<context>
    <name>CiTypesDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="48" />
        <source>CI types and attributes</source>
        <translation>CI-Typen und Attribute</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="54" />
        <source>CI types</source>
        <translation>CI-Typen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="55" />
        <source>New &amp;type</source>
        <translation>Neuer &amp;Typ</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="62" />
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="62" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="62" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="62" />
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="63" />
        <source>Choices (comma-separated)</source>
        <translation>Auswahlwerte (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="66" />
        <source>Attributes of the type</source>
        <translation>Attribute des Typs</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="67" />
        <source>&amp;Add attribute</source>
        <translation>Attribut hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="68" />
        <source>Remo&amp;ve attribute</source>
        <translation>Attribut ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="72" />
        <source>&amp;Save type</source>
        <translation>Typ &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="73" />
        <source>&amp;Remove type…</source>
        <translation>Typ entfe&amp;rnen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="74" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="77" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="79" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="149" />
        <source>{n} CIs have this type; it keeps its name.</source>
        <translation>{n} CIs haben diesen Typ; er behält seinen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="150" />
        <source>No CI has this type yet.</source>
        <translation>Noch kein CI hat diesen Typ.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="151" />
        <source>A new type.</source>
        <translation>Ein neuer Typ.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="206" />
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="210" />
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="221" />
        <source>Remove CI type</source>
        <translation>CI-Typ entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/types_dialog.py" line="222" />
        <source>Remove the type '{name}'? No CI carries it; its attribute definitions go with it.</source>
        <translation>Den Typ „{name}“ entfernen? Kein CI hat ihn; seine Attributdefinitionen werden mit entfernt.</translation>
    </message>
</context>
<context>
    <name>CisTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="47" />
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="47" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="47" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="53" />
        <source>Impacted configuration items</source>
        <translation>Betroffene Configuration Items</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="56" />
        <source>Services affected</source>
        <translation>Betroffene Services</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="57" />
        <source>Services affected (from the CMDB):</source>
        <translation>Betroffene Services (aus der CMDB):</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="59" />
        <source>Add &amp;CI…</source>
        <translation>&amp;CI hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="61" />
        <source>Remove C&amp;I</source>
        <translation>C&amp;I entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="104" />
        <source>main CI</source>
        <translation>Haupt-CI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="104" />
        <source>impacted</source>
        <translation>betroffen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="111" />
        <source>{name} ({n} hops)</source>
        <translation>{name} ({n} Schritte)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="114" />
        <source>No service found within {n} hops.</source>
        <translation>Kein Service innerhalb von {n} Schritten gefunden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="138" />
        <source>{name} is already listed.</source>
        <translation>{name} ist bereits aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="141" />
        <source>{name} added to the impacted CIs.</source>
        <translation>{name} zu den betroffenen CIs hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="149" />
        <source>The main CI is changed in the CI field of the form.</source>
        <translation>Das Haupt-CI wird im CI-Feld des Formulars geändert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/cis_tab.py" line="152" />
        <source>{name} removed from the impacted CIs.</source>
        <translation>{name} aus den betroffenen CIs entfernt.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="183" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="188" />
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="189" />
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="253" />
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="254" />
        <source>Fields marked * are needed. The mapping is remembered for the next import of this kind.</source>
        <translation>Mit * markierte Felder sind erforderlich. Die Zuordnung wird für den nächsten Import dieser Art gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="261" />
        <source>DeskApp field</source>
        <translation>DeskApp-Feld</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="261" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="264" />
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="286" />
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="286" />
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="286" />
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="287" />
        <source>bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="288" />
        <source>{encoding}, separated by {separator}, {n} columns</source>
        <translation>{encoding}, getrennt durch {separator}, {n} Spalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="306" />
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="330" />
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="332" />
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="151" />
        <source>{number} was changed by someone else</source>
        <translation>{number} wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="154" />
        <source>{who} saved {number} after you opened it. For each field below choose whose value to keep (tick "Use theirs" or press Space on the row), then save again. Fields in bold were changed by both of you.</source>
        <translation>{who} hat {number} gespeichert, nachdem Sie es geöffnet hatten. Wählen Sie unten für jedes Feld, wessen Wert bleiben soll (kreuzen Sie „Deren Wert verwenden“ an oder drücken Sie die Leertaste in der Zeile), und speichern Sie dann erneut. Fett gedruckte Felder haben Sie beide geändert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="173" />
        <source>Keep all &amp;mine</source>
        <translation>Alle &amp;meine behalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="175" />
        <source>Take all &amp;theirs</source>
        <translation>Alle &amp;deren übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="184" />
        <source>&amp;Save my choices</source>
        <translation>Meine Auswahl &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="186" />
        <source>&amp;Back to my edits</source>
        <translation>&amp;Zurück zu meinen Änderungen</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="65" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="66" />
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="67" />
        <source>Theirs</source>
        <translation>Deren Wert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="68" />
        <source>Use theirs</source>
        <translation>Deren Wert verwenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="117" />
        <source> (both changed)</source>
        <translation> (beide geändert)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="119" />
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="121" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="123" />
        <source>theirs</source>
        <translation>deren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/conflict_dialog.py" line="123" />
        <source>mine</source>
        <translation>meine</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="41" />
        <source>Conflicts</source>
        <extracomment>Wait this long after the last edit before asking (typing a time is several edits).</extracomment>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="60" />
        <source>Acce&amp;pt…</source>
        <extracomment>records an acceptance (the change calendar service's ``accept``) why accepting cannot be done now (unsaved edits), or None</extracomment>
        <translation>Akze&amp;ptieren…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="62" />
        <source>Schedule over the selected conflict, saying why (kept with the change)</source>
        <translation>Trotz des gewählten Konflikts einplanen, mit Begründung (bei der Änderung gespeichert)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="89" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="108" />
        <source>Plan the window to see its conflicts.</source>
        <translation>Planen Sie das Zeitfenster, um seine Konflikte zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="110" />
        <source>No conflicts: no other change on these CIs or their neighbours, the implementer is free, no freeze.</source>
        <translation>Keine Konflikte: keine andere Änderung an diesen CIs oder ihren Nachbarn, der Umsetzende ist frei, keine Sperrzeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="114" />
        <source>%n conflict(s), {open} not accepted</source>
        <translation><numerusform>%n Konflikt, {open} nicht akzeptiert</numerusform><numerusform>%n Konflikte, {open} nicht akzeptiert</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="120" />
        <source>Accepted: {why}</source>
        <translation>Akzeptiert: {why}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="130" />
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="133" />
        <source>Freeze {name}, {when}</source>
        <translation>Sperrzeit {name}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="135" />
        <source>{n} has the same implementer, {when}</source>
        <translation>{n} hat denselben Umsetzenden, {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="137" />
        <source>{n} on the same CI {ci}, {when}</source>
        <translation>{n} am selben CI {ci}, {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="140" />
        <source>{n} on {ci}, %n relation(s) away, {when}</source>
        <translation><numerusform>{n} an {ci}, %n Beziehung entfernt, {when}</numerusform><numerusform>{n} an {ci}, %n Beziehungen entfernt, {when}</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="142" />
        <source>✓ {text}</source>
        <translation>✓ {text}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="143" />
        <source>⚠ {text}</source>
        <translation>⚠ {text}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="167" />
        <source>Accept a conflict</source>
        <translation>Einen Konflikt akzeptieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/conflicts_box.py" line="168" />
        <source>Why may the change go ahead despite this?
{what}</source>
        <translation>Warum darf die Änderung trotzdem stattfinden?
{what}</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="82" />
        <source>Co&amp;mments</source>
        <extracomment>events that repeat a comment or work note (the note itself is in the timeline) Ctrl+Shift+T or the button: the form offers the canned responses (CannedResponses)</extracomment>
        <translation>Ko&amp;mmentare</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="83" />
        <source>&amp;Work notes</source>
        <translation>Arbeits&amp;notizen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="84" />
        <source>F&amp;ield changes</source>
        <translation>Feldänder&amp;ungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="85" />
        <source>Newest firs&amp;t</source>
        <translation>N&amp;eueste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="97" />
        <source>Nothing written yet.</source>
        <translation>Noch nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="99" />
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="108" />
        <source>Write a reply to the caller or an internal note</source>
        <translation>Eine Antwort an den Anrufer oder eine interne Notiz schreiben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="110" />
        <source>Note te&amp;xt:</source>
        <translation>Notiz&amp;text:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="116" />
        <source>e.g. 1h 30m</source>
        <translation>z. B. 1h 30m</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="118" />
        <source>Time s&amp;pent:</source>
        <translation>Aufgewendete &amp;Zeit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="120" />
        <source>Add &amp;comment (caller sees it)</source>
        <translation>&amp;Kommentar hinzufügen (Anrufer sieht ihn)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="122" />
        <source>A&amp;dd work note (internal)</source>
        <translation>A&amp;rbeitsnotiz hinzufügen (intern)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="127" />
        <source>Canned response…</source>
        <translation>Textbaustein…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="129" />
        <source>Insert a canned response at the cursor, its placeholders filled from this item (Ctrl+Shift+T)</source>
        <translation>Einen Textbaustein an der Schreibmarke einfügen, die Platzhalter aus diesem Eintrag gefüllt (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="135" />
        <source>Insert a canned response</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="190" />
        <source>Work note (internal)</source>
        <translation>Arbeitsnotiz (intern)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="191" />
        <source>Comment (caller sees it)</source>
        <translation>Kommentar (für den Anrufer sichtbar)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="214" />
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/conversation.py" line="214" />
        <source>The comment</source>
        <translation>Der Kommentar</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="214" />
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="246" />
        <source>&amp;Approve</source>
        <translation>Ge&amp;nehmigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="216" />
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="246" />
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="233" />
        <source>Required when rejecting: say why.</source>
        <translation>Bei Ablehnung erforderlich: Begründung angeben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="238" />
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="243" />
        <source>&amp;Came:</source>
        <translation>E&amp;ingegangen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="245" />
        <source>C&amp;omment:</source>
        <translation>K&amp;ommentar:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="247" />
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="254" />
        <source>Choose Approve or Reject.</source>
        <translation>Wählen Sie Genehmigen oder Ablehnen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="258" />
        <source>Say why in the comment: a rejection needs a reason.</source>
        <translation>Begründen Sie im Kommentar: Eine Ablehnung braucht einen Grund.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="262" />
        <source>The comment is too long; keep it under %n characters.</source>
        <translation><numerusform>Der Kommentar ist zu lang; er muss unter %n Zeichen bleiben.</numerusform><numerusform>Der Kommentar ist zu lang; er muss unter %n Zeichen bleiben.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="268" />
        <source>Say how the decision came: by phone or by e-mail.</source>
        <translation>Geben Sie an, wie die Entscheidung kam: telefonisch oder per E-Mail.</translation>
    </message>
</context>
<context>
    <name>DefaultTeamDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="38" />
        <source>Choose your default team</source>
        <translation>Standardteam wählen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="40" />
        <source>Work you take that has no team yet goes to this team; an administrator or supervisor can change it later.</source>
        <translation>Arbeit, die Sie übernehmen und die noch kein Team hat, geht an dieses Team; ein Administrator oder Supervisor kann das später ändern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="47" />
        <source>Choose a team</source>
        <translation>Team wählen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="50" />
        <source>Default &amp;team:</source>
        <translation>Standard&amp;team:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/default_team.py" line="56" />
        <source>Use this team</source>
        <translation>Dieses Team verwenden</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="234" />
        <source>Delegate approvals</source>
        <translation>Genehmigungen vertreten lassen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="240" />
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="261" />
        <source>Yours now:</source>
        <translation>Jetzt Ihre:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="262" />
        <source>&amp;Stand-in:</source>
        <translation>&amp;Vertretung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="263" />
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="264" />
        <source>&amp;Until (included):</source>
        <translation>&amp;Bis (einschließlich):</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="265" />
        <source>&amp;Delegate</source>
        <translation>&amp;Vertreten lassen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="274" />
        <source>{to}, {start} to {end}</source>
        <translation>{to}, {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="277" />
        <source>No delegation</source>
        <translation>Keine Vertretung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="296" />
        <source>Pick who decides your approvals while you are away.</source>
        <translation>Wählen Sie, wer während Ihrer Abwesenheit über Ihre Genehmigungen entscheidet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="302" />
        <source>{name} stands in for you from {start} to {end}.</source>
        <translation>{name} vertritt Sie vom {start} bis {end}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="315" />
        <source>Delegation removed.</source>
        <translation>Vertretung entfernt.</translation>
    </message>
</context>
<context>
    <name>DemandModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="65" />
        <source>Tickets of the second half of the weeks against the first half</source>
        <translation>Tickets der zweiten Hälfte der Wochen gegenüber der ersten Hälfte</translation>
    </message>
</context>
<context>
    <name>DemandPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="166" />
        <source>Demand: incidents and requests raised per week for each service. Cost: time logged on the service's items times the hourly rate of the item's team (time of a team without a rate is shown apart, not counted as free); per ticket: over the tickets with time logged.</source>
        <translation>Nachfrage: pro Woche erfasste Störungen und Anfragen je Service. Kosten: auf den Einträgen des Service erfasste Zeit mal Stundensatz des Teams des Eintrags (Zeit eines Teams ohne Stundensatz wird getrennt gezeigt, nicht als kostenlos gezählt); pro Ticket: über die Tickets mit erfasster Zeit.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="170" />
        <source>De&amp;mand over:</source>
        <translation>Nachfrage &amp;über:</translation>
    </message>
</context>
<context>
    <name>DesignView</name>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="222" />
        <source>&amp;SLA definitions</source>
        <extracomment>the change-bus kinds each list shows The list's share of the pane's width the first time it is shown (the editor gets the rest). The list grows past LIST_SHARE to show its rows whole, up to this share. (the list's least width, the width its values want, the editor's least width)</extracomment>
        <translation>&amp;SLA-Definitionen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="223" />
        <source>Business-hours ca&amp;lendars</source>
        <translation>Geschäftszeiten-Ka&amp;lender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="224" />
        <source>Resolu&amp;tion codes</source>
        <translation>Lösungs&amp;codes</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="226" />
        <source>Availa&amp;bility</source>
        <translation>&amp;Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="230" />
        <source>Service catalog&amp;ue</source>
        <translation>S&amp;ervicekatalog</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="293" />
        <source>{slas}, {cals}, {codes}</source>
        <translation>{slas}, {cals}, {codes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="294" />
        <source>%Ln SLA definition(s)</source>
        <translation><numerusform>%Ln SLA-Definition</numerusform><numerusform>%Ln SLA-Definitionen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="295" />
        <source>%Ln calendar(s)</source>
        <translation><numerusform>%Ln Kalender</numerusform><numerusform>%Ln Kalender</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/design/view.py" line="296" />
        <source>%Ln resolution code(s)</source>
        <translation><numerusform>%Ln Lösungscode</numerusform><numerusform>%Ln Lösungscodes</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="331" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="332" />
        <source>The record you are editing has unsaved changes. Discard them?</source>
        <translation>Der Datensatz, den Sie bearbeiten, hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="381" />
        <source>New record: fill in the form and press Ctrl+S.</source>
        <translation>Neuer Datensatz: Füllen Sie das Formular aus und drücken Sie Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="423" />
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="431" />
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/view.py" line="437" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation>Nichts wurde gespeichert; korrigieren Sie die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="412" />
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="414" />
        <source>What is new for you (Ctrl+Shift+J)</source>
        <translation>Was es Neues für Sie gibt (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="417" />
        <source>Notification settings…</source>
        <translation>Benachrichtigungseinstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="456" />
        <source>DeskApp keeps running</source>
        <translation>DeskApp läuft weiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="457" />
        <source>DeskApp is in the tray and will tell you what is new; quit it from the tray's menu.</source>
        <translation>DeskApp ist im Infobereich und meldet Neuigkeiten; beenden Sie es über das Menü im Infobereich.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="385" />
        <source>{n} items</source>
        <translation>{n} Einträge</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="142" />
        <source>&amp;Use existing caller</source>
        <translation>Vorhandenen Anrufer &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="247" />
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="248" />
        <source>{h} h {m:02d} min</source>
        <translation>{h} Std. {m:02d} Min.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="249" />
        <source>{d} d {h} h</source>
        <translation>{d} T. {h} Std.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="250" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="251" />
        <source>{p} %</source>
        <translation>{p} %</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="252" />
        <source>over 10x</source>
        <translation>über 10-fach</translation>
    </message>
</context>
<context>
    <name>EditChangeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="123" />
        <source>Edit and retry</source>
        <translation>Bearbeiten und erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="140" />
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="145" />
        <source>This change has no text to edit; it is sent again as it is.</source>
        <translation>Diese Änderung hat keinen Text zum Bearbeiten; sie wird unverändert erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="151" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="151" />
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="152" />
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="152" />
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="153" />
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="153" />
        <source>Resolution notes:</source>
        <translation>Lösungsnotizen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="154" />
        <source>Resolution code:</source>
        <translation>Lösungscode:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="155" />
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="155" />
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
</context>
<context>
    <name>EntitlementDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="470" />
        <source>New entitlement</source>
        <translation>Neue Berechtigungsstufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="476" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="476" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="477" />
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="479" />
        <source>The system owner &amp;approves requests</source>
        <translation>Systemverantwortliche &amp;genehmigen Anträge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="481" />
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="482" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="483" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="485" />
        <source>&amp;Add entitlement</source>
        <translation>Berechtigungsstufe &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="497" />
        <source>Add a system first.</source>
        <translation>Legen Sie zuerst ein System an.</translation>
    </message>
</context>
<context>
    <name>FigureMatrixModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="113" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="120" />
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="123" />
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="142" />
        <source>Not measured yet: {why}</source>
        <translation>Noch nicht gemessen: {why}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="124" />
        <source>{basis} (over {n})</source>
        <translation>{basis} (über {n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="135" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="160" />
        <source>Sp&amp;lit by:</source>
        <translation>Auf&amp;teilen nach:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="195" />
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="204" />
        <source>{n} groups</source>
        <translation>{n} Gruppen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="215" />
        <source>Pick a figure to read what it counts; a column header's tooltip says the same.</source>
        <translation>Wählen Sie eine Kennzahl, um zu lesen, was sie zählt; der Tooltip der Spaltenüberschrift sagt dasselbe.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="218" />
        <source>{label}: not measured yet — {why}.</source>
        <translation>{label}: noch nicht gemessen — {why}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="221" />
        <source>{label}: {basis}.</source>
        <translation>{label}: {basis}.</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="90" />
        <source>Queue filter</source>
        <translation>Warteschlangenfilter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="94" />
        <source>Words or a ticket number</source>
        <translation>Wörter oder eine Ticketnummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="95" />
        <source>My teams</source>
        <translation>Meine Teams</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="97" />
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="97" />
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="116" />
        <source>Items whose CIs a ticked service depends on (through the CMDB, up to five relations away), or that name the service.</source>
        <translation>Einträge, von deren CIs ein angehakter Service abhängt (über die CMDB, bis zu fünf Beziehungen entfernt), oder die den Service nennen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="125" />
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="126" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="130" />
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="130" />
        <source>T&amp;eams:</source>
        <translation>T&amp;eams:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="131" />
        <source>&amp;Assignee:</source>
        <translation>Bea&amp;rbeiter:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="131" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="132" />
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="132" />
        <source>S&amp;LA state:</source>
        <translation>S&amp;LA-Status:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="133" />
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="133" />
        <source>&amp;CI:</source>
        <translation>&amp;CI:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="134" />
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="135" />
        <source>Created &amp;within:</source>
        <translation>Erstellt &amp;innerhalb:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="136" />
        <source>&amp;Updated within:</source>
        <translation>Geändert inner&amp;halb:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="137" />
        <source>Kin&amp;d:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/dialogs.py" line="138" />
        <source>A&amp;ffected service:</source>
        <translation>&amp;Betroffener Service:</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="66" />
        <source>Welcome to DeskApp</source>
        <translation>Willkommen bei DeskApp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="70" />
        <source>&lt;h2&gt;Welcome to DeskApp&lt;/h2&gt;&lt;p&gt;How would you like to start? You can add a shared server later from &lt;b&gt;File ▸ Switch connection&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei DeskApp&lt;/h2&gt;&lt;p&gt;Wie möchten Sie beginnen? Einen gemeinsamen Server können Sie später über &lt;b&gt;Datei ▸ Verbindung wechseln&lt;/b&gt; hinzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="78" />
        <source>e.g. Alex Morgan</source>
        <translation>z. B. Alex Morgan</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="80" />
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="86" />
        <source>Start with an &amp;empty desk</source>
        <translation>Mit einem &amp;leeren Service Desk beginnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="87" />
        <source>A private database on this computer, with a default team, SLA and calendar. Best for real work on your own or in the field.</source>
        <translation>Eine private Datenbank auf diesem Computer mit einem Standardteam, SLA und Kalender. Ideal für echte Arbeit allein oder unterwegs.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="90" />
        <source>Start with &amp;sample data</source>
        <translation>Mit &amp;Beispieldaten beginnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="91" />
        <source>The same private database, filled with 2,000 realistic incidents, services and configuration items to explore DeskApp.</source>
        <translation>Dieselbe private Datenbank, gefüllt mit 2.000 realistischen Störungen, Services und Configuration Items, um DeskApp zu erkunden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="94" />
        <source>Connect to a s&amp;hared server…</source>
        <translation>Mit einem gemeinsamen &amp;Server verbinden…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="95" />
        <source>Your team's PostgreSQL server. You sign in with your database login.</source>
        <translation>Der PostgreSQL-Server Ihres Teams. Sie melden sich mit Ihrer Datenbankanmeldung an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="114" />
        <source>Enter your name first; it is shown on the tickets you work.</source>
        <translation>Geben Sie zuerst Ihren Namen ein; er erscheint auf den Tickets, die Sie bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="116" />
        <source>Your name is {count} characters long; the limit is {limit}. Shorten it.</source>
        <translation>Ihr Name ist {count} Zeichen lang; erlaubt sind {limit}. Kürzen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="15" />
        <source>SLA: {state}</source>
        <translation>SLA: {state}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_header.py" line="61" />
        <source>{number} (provisional: the desk numbers it at the next sync)</source>
        <translation>{number} (vorläufig: der Service Desk vergibt die Nummer beim nächsten Synchronisieren)</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="232" />
        <source>Freeze window</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="233" />
        <source>New freeze window</source>
        <translation>Neue Sperrzeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="238" />
        <source>e.g. Year-end freeze</source>
        <translation>z. B. Jahresendsperre</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="243" />
        <source>The whole desk (every service)</source>
        <translation>Der gesamte Service Desk (jeder Service)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="247" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="248" />
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="249" />
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="250" />
        <source>Appl&amp;ies to:</source>
        <translation>Gilt &amp;für:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="251" />
        <source>R&amp;eason:</source>
        <translation>G&amp;rund:</translation>
    </message>
</context>
<context>
    <name>FreezesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="86" />
        <source>&amp;New freeze window…</source>
        <translation>&amp;Neue Sperrzeit…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="87" />
        <source>Rem&amp;ove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="89" />
        <source>Remove the selected freeze window (Delete)</source>
        <translation>Die gewählte Sperrzeit entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="91" />
        <source>Show en&amp;ded</source>
        <translation>&amp;Vergangene zeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="106" />
        <source>%n freeze window(s)</source>
        <translation><numerusform>%n Sperrzeit</numerusform><numerusform>%n Sperrzeiten</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="121" />
        <source>the whole desk</source>
        <translation>der gesamte Service Desk</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="122" />
        <source>Remove freeze window?</source>
        <translation>Sperrzeit entfernen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="123" />
        <source>Remove the freeze window '{name}' ({start} to {end}, {where})? Changes are no longer warned about it.</source>
        <translation>Die Sperrzeit „{name}“ ({start} bis {end}, {where}) entfernen? Änderungen werden dann nicht mehr vor ihr gewarnt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="127" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="128" />
        <source>Removed the freeze window '{name}'.</source>
        <translation>Die Sperrzeit „{name}“ wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>GrantRequestDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="123" />
        <source>Request access</source>
        <translation>Zugriff anfordern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="127" />
        <source>Type a name or e-mail to find the person</source>
        <translation>Name oder E-Mail eingeben, um die Person zu finden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="135" />
        <source>E&amp;xpires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="143" />
        <source>Why the person needs it (the owner reads it)</source>
        <translation>Warum die Person ihn braucht (Systemverantwortliche lesen es)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="144" />
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="145" />
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="146" />
        <source>&amp;Entitlement:</source>
        <translation>&amp;Berechtigungsstufe:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="151" />
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="152" />
        <source>&amp;Request access</source>
        <translation>Zugriff &amp;anfordern</translation>
    </message>
</context>
<context>
    <name>GrantsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="67" />
        <source>No request stands behind this grant ({source}); confirm it in a review or revoke it.</source>
        <translation>Hinter dieser Berechtigung steht kein Antrag ({source}); bestätigen Sie sie in einer Prüfung oder entziehen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="72" />
        <source>revoked {when}</source>
        <translation>entzogen {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="74" />
        <source>revoking: {number}</source>
        <translation>wird entzogen: {number}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="76" />
        <source>⚑ none ({source})</source>
        <translation>⚑ keiner ({source})</translation>
    </message>
</context>
<context>
    <name>GroupedQueueModel</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/grouped.py" line="48" />
        <source>(none)</source>
        <extracomment>rows read per page of an open group internal ids: 0 for group rows, group number + 1 for the rows under a group</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/grouped.py" line="260" />
        <source>… {n} more (Enter or scroll here to load)</source>
        <extracomment>the "more" row after the loaded rows is in the model (changed only inside the model's begin/end signals)</extracomment>
        <translation>… {n} weitere (Enter oder hierher scrollen zum Laden)</translation>
    </message>
</context>
<context>
    <name>HolidayModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="179" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="179" />
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="179" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ImpactGraphView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact_graph.py" line="141" />
        <source>+ {n} more</source>
        <extracomment>a layer wider than this wraps onto further rows, so the drawing stays about as wide as tall never shrink below this to fit: smaller boxes cannot be read (the view scrolls instead)</extracomment>
        <translation>+ {n} weitere</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact_graph.py" line="142" />
        <source>Listed in the List tab</source>
        <translation>Im Reiter Liste aufgeführt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact_graph.py" line="153" />
        <source>service affected</source>
        <translation>betroffener Service</translation>
    </message>
</context>
<context>
    <name>ImpactPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="70" />
        <source>Upstream: what depends on it</source>
        <translation>Aufwärts: was davon abhängt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="71" />
        <source>Downstream: what it depends on</source>
        <translation>Abwärts: wovon es abhängt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="83" />
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="84" />
        <source>Walk the relations from this CI (Ctrl+I)</source>
        <translation>Den Beziehungen ab diesem CI folgen (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="85" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="87" />
        <location filename="../../src/deskapp/ui/transition/impact.py" line="153" />
        <source>Choose a direction and depth, then Analyse.</source>
        <translation>Wählen Sie Richtung und Tiefe, dann Analysieren.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="92" />
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="94" />
        <source>Depth:</source>
        <translation>Tiefe:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="105" />
        <source>CIs reached by the impact analysis</source>
        <translation>Von der Auswirkungsanalyse erreichte CIs</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="106" />
        <source>Double-click or press Enter to open a CI</source>
        <translation>Doppelklicken oder Enter drücken, um ein CI zu öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="110" />
        <source>Services affected</source>
        <translation>Betroffene Services</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="115" />
        <source>Services affected:</source>
        <translation>Betroffene Services:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="122" />
        <source>Click a CI to open it; drag to move, Ctrl+wheel to zoom</source>
        <translation>Ein CI anklicken, um es zu öffnen; ziehen zum Verschieben, Ctrl+Mausrad zum Zoomen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="126" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="127" />
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="139" />
        <source>Analyse the impact of the CI</source>
        <translation>Die Auswirkungen des CI analysieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="155" />
        <source>Save the CI first; then analyse its impact.</source>
        <translation>Speichern Sie zuerst das CI; analysieren Sie dann seine Auswirkungen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="165" />
        <source>Tick at least one relation type.</source>
        <translation>Kreuzen Sie mindestens einen Beziehungstyp an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="174" />
        <source>Analysing…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="182" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="195" />
        <source>{name} ({n} hops)</source>
        <translation>{name} ({n} Schritte)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="199" />
        <source>{n} at {d}</source>
        <translation>{n} in {d}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="201" />
        <source>{total} CIs reached ({per}); {services} services affected.</source>
        <translation>{total} CIs erreicht ({per}); {services} Services betroffen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="204" />
        <source>{total} CIs reached ({per}).</source>
        <translation>{total} CIs erreicht ({per}).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="206" />
        <source>The list shows the nearest {n}.</source>
        <translation>Die Liste zeigt die nächsten {n}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/impact.py" line="208" />
        <source>The graph draws {n}; the rest are summarised per layer.</source>
        <translation>Der Graph zeichnet {n}; der Rest wird pro Ebene zusammengefasst.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="61" />
        <source>Import</source>
        <extracomment>Progress over both phases: reading the file (bytes) then writing (incidents), 0..1000.</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="16" />
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="17" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="18" />
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="19" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="20" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="21" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="22" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="23" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="24" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ImprovementView</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="89" />
        <source>Last 7 days</source>
        <extracomment>True while the figures on screen are not those of the dates chosen (preset, first day, last day) of the figures on screen / of the last request</extracomment>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="90" />
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="91" />
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="92" />
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="98" />
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="100" />
        <source>Fr&amp;om</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="102" />
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="106" />
        <source>&amp;Recalculate</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="107" />
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="135" />
        <source>Created</source>
        <extracomment>where the figures were read: shown only for a reporting replica, with its lag</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="136" />
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="137" />
        <source>MTTA</source>
        <translation>MTTA</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="138" />
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="139" />
        <source>Response SLA met</source>
        <translation>Reaktions-SLA eingehalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="140" />
        <source>Resolution SLA met</source>
        <translation>Lösungs-SLA eingehalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="141" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="407" />
        <source>Open backlog now</source>
        <translation>Offener Rückstand jetzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="181" />
        <source>Overvie&amp;w</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="182" />
        <source>F&amp;igures by group</source>
        <translation>Kennzahlen nach Gr&amp;uppe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="183" />
        <source>Tre&amp;nds</source>
        <translation>T&amp;rends</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="185" />
        <source>&amp;CSI register</source>
        <translation>&amp;CSI-Register</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="189" />
        <source>&amp;Service reviews</source>
        <translation>Ser&amp;vice-Reviews</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="270" />
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="276" />
        <source>Figures for {start} to {end}, not the dates chosen: press Enter or Recalculate</source>
        <translation>Kennzahlen für {start} bis {end}, nicht für den gewählten Zeitraum: Enter drücken oder Neu berechnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="279" />
        <source>Calculated {when}</source>
        <translation>Berechnet {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="321" />
        <source>Read from the reporting replica (how far behind is not known yet).</source>
        <translation>Aus dem Berichtsreplikat gelesen (wie weit es zurückliegt, ist noch nicht bekannt).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="323" />
        <source>Read from the reporting replica, up to date.</source>
        <translation>Aus dem Berichtsreplikat gelesen, aktuell.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="325" />
        <source>Read from the reporting replica, {seconds} s behind the desk.</source>
        <translation>Aus dem Berichtsreplikat gelesen, {seconds} s hinter dem Servicedesk.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="343" />
        <source>KPIs for {start} to {end}</source>
        <translation>KPIs für {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="358" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="383" />
        <source>opened in the period</source>
        <translation>im Zeitraum eröffnet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="359" />
        <source>net {sign}{n}</source>
        <translation>netto {sign}{n}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="361" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="363" />
        <source>business: {d}</source>
        <translation>Geschäftszeit: {d}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="366" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="369" />
        <source>{met} of {n} met</source>
        <translation>{met} von {n} eingehalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="372" />
        <source>{n} breached</source>
        <translation>{n} verletzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="379" />
        <source>incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="379" />
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="380" />
        <source>business minutes</source>
        <translation>Geschäftsminuten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="380" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="382" />
        <source>Incidents created</source>
        <translation>Erstellte Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="384" />
        <source>Incidents resolved</source>
        <translation>Gelöste Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="385" />
        <source>last resolved in the period</source>
        <translation>im Zeitraum zuletzt gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="386" />
        <source>MTTA (wall clock)</source>
        <translation>MTTA (Kalenderzeit)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="387" />
        <source>mean opening to first response; {n} responded in the period</source>
        <translation>Mittel von Eröffnung bis zur ersten Reaktion; {n} im Zeitraum beantwortet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="389" />
        <source>MTTA (business time)</source>
        <translation>MTTA (Geschäftszeit)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="390" />
        <location filename="../../src/deskapp/ui/improvement/view.py" line="396" />
        <source>the same, in the SLA calendar's working minutes</source>
        <translation>dasselbe, in Arbeitsminuten des SLA-Kalenders</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="392" />
        <source>MTTR (wall clock)</source>
        <translation>MTTR (Kalenderzeit)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="393" />
        <source>mean opening to resolution; {n} resolved in the period</source>
        <translation>Mittel von Eröffnung bis zur Lösung; {n} im Zeitraum gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="395" />
        <source>MTTR (business time)</source>
        <translation>MTTR (Geschäftszeit)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="398" />
        <source>Response SLA compliance</source>
        <translation>Einhaltung Reaktions-SLA</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="399" />
        <source>{met} of {n} response clocks stopped in the period were met</source>
        <translation>{met} von {n} im Zeitraum gestoppten Reaktionsuhren wurden eingehalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="402" />
        <source>Resolution SLA compliance</source>
        <translation>Einhaltung Lösungs-SLA</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="404" />
        <source>{met} of {n} resolution clocks stopped in the period were met</source>
        <translation>{met} von {n} im Zeitraum gestoppten Lösungsuhren wurden eingehalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="408" />
        <source>open incidents of every priority, whatever the period</source>
        <translation>offene Störungen jeder Priorität, unabhängig vom Zeitraum</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="413" />
        <source>Open {priority}</source>
        <translation>Offen {priority}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="414" />
        <source>{breached} breached, {unassigned} unassigned</source>
        <translation>{breached} verletzt, {unassigned} nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="438" />
        <source>Export KPIs</source>
        <translation>KPIs exportieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="438" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="446" />
        <source>Period start (UTC)</source>
        <translation>Zeitraumbeginn (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="448" />
        <source>Period end (UTC)</source>
        <translation>Zeitraumende (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="451" />
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/view.py" line="454" />
        <source>Exported the KPIs to {path}.</source>
        <translation>KPIs nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>IncidentDetails</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="119" />
        <source>What is wrong, in a few words</source>
        <extracomment>Every value the form edits, in tab order.</extracomment>
        <translation>Was ist falsch, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="125" />
        <source>Symptoms, error messages, what the caller already tried</source>
        <translation>Symptome, Fehlermeldungen, was der Anrufer schon versucht hat</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="130" />
        <source>Type a name or e-mail</source>
        <translation>Namen oder E-Mail eingeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="144" />
        <source>Ne&amp;w caller…</source>
        <translation>Neuer Anru&amp;fer…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="146" />
        <source>Add a caller the desk does not know yet (Ctrl+Shift+N)</source>
        <translation>Einen Anrufer hinzufügen, den der Service Desk noch nicht kennt (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="151" />
        <source>New caller…</source>
        <translation>Neuer Anrufer…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="179" />
        <source>Ma&amp;jor incident</source>
        <translation>Ma&amp;jor Incident</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="186" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="187" />
        <source>Ca&amp;ller:</source>
        <translation>Anr&amp;ufer:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="188" />
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="189" />
        <source>Configuration &amp;item:</source>
        <translation>Configuration &amp;Item:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="190" />
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="191" />
        <source>&amp;Channel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="192" />
        <source>Im&amp;pact:</source>
        <translation>Aus&amp;wirkung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="193" />
        <source>&amp;Urgency:</source>
        <translation>Dring&amp;lichkeit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="194" />
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="195" />
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="196" />
        <source>&amp;Assignee:</source>
        <translation>Bea&amp;rbeiter:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="198" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="269" />
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="270" />
        <source>(no service)</source>
        <translation>(kein Service)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="279" />
        <source>(no configuration item)</source>
        <translation>(kein Configuration Item)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="289" />
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="370" />
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="372" />
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="373" />
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="378" />
        <source>The category</source>
        <translation>Die Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/details.py" line="380" />
        <source>Pick the caller from the list: type a few letters and choose a name, add them with New caller (Ctrl+Shift+N), or clear the field.</source>
        <translation>Wählen Sie den Anrufer aus der Liste: Tippen Sie einige Buchstaben und wählen Sie einen Namen, legen Sie ihn mit Neuer Anrufer (Ctrl+Shift+N) an oder leeren Sie das Feld.</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="37" />
        <source>Save the incident (Ctrl+S)</source>
        <extracomment>"Create article from this incident": the ArticleDraft, for the knowledge base to open</extracomment>
        <translation>Störung speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="60" />
        <source>Part of a major incident?</source>
        <translation>Teil eines Major Incidents?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="61" />
        <source>This looks like {n}: {title} (an open major incident on {service}). Link {mine} to it as a child incident?</source>
        <translation>Das sieht aus wie {n}: {title} (ein offener Major Incident zu {service}). {mine} als untergeordnete Störung damit verknüpfen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_form.py" line="77" />
        <source>{mine} is now a child of {n}.</source>
        <translation>{mine} ist jetzt {n} untergeordnet.</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="94" />
        <source>New problem</source>
        <translation>Neues Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="96" />
        <source>Start a problem for the cause behind this incident; the incident is linked to it (Ctrl+Alt+B)</source>
        <translation>Ein Problem für die Ursache dieser Störung anlegen; die Störung wird damit verknüpft (Ctrl+Alt+B)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="100" />
        <source>Apply workaround…</source>
        <translation>Workaround anwenden…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="103" />
        <source>Apply a known error's workaround: links the incident to it, records the workaround as a work note and resolves at once if the caller confirms it (Ctrl+Alt+W)</source>
        <translation>Den Workaround eines bekannten Fehlers anwenden: verknüpft die Störung damit, erfasst den Workaround als Arbeitsnotiz und löst sofort, wenn der Anrufer ihn bestätigt (Ctrl+Alt+W)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="110" />
        <source>Convert to request…</source>
        <translation>In Serviceanfrage umwandeln…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="112" />
        <source>This is an order, not a disruption: make it a service request from the catalogue, keeping its history (Ctrl+Alt+R)</source>
        <translation>Das ist eine Bestellung, keine Störung: daraus eine Serviceanfrage aus dem Katalog machen, der Verlauf bleibt erhalten (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="145" />
        <source>Save the incident before applying a workaround.</source>
        <translation>Speichern Sie die Störung, bevor Sie einen Workaround anwenden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="148" />
        <source>{n} is already resolved; reopen it to apply a workaround.</source>
        <translation>{n} ist bereits gelöst; öffnen Sie sie wieder, um einen Workaround anzuwenden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="172" />
        <source>Workaround of {p} applied; {n} resolved{fcr}.</source>
        <translation>Workaround von {p} angewendet; {n} gelöst{fcr}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="174" />
        <source> at first contact</source>
        <translation> beim Erstkontakt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="176" />
        <source>Workaround of {p} applied to {n} and noted.</source>
        <translation>Workaround von {p} auf {n} angewendet und vermerkt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="197" />
        <source>Save the incident before starting a problem from it.</source>
        <translation>Speichern Sie die Störung, bevor Sie daraus ein Problem anlegen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="206" />
        <source>{n} created; the incident is linked to it.</source>
        <translation>{n} angelegt; die Störung ist damit verknüpft.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="218" />
        <source>Save or discard your changes before converting.</source>
        <translation>Speichern oder verwerfen Sie Ihre Änderungen vor dem Umwandeln.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="294" />
        <source>opened {opened}</source>
        <translation>eröffnet {opened}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="364" />
        <source>Resolve with open tasks</source>
        <translation>Mit offenen Aufgaben lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="365" />
        <source>&amp;Reason (kept in the history):</source>
        <translation>&amp;Grund (wird im Verlauf gespeichert):</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="390" />
        <source>Added caller {name}.</source>
        <translation>Anrufer {name} hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>IncidentTemplates</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="30" />
        <source>From template…</source>
        <translation>Aus Vorlage…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="32" />
        <source>Pre-fill this new incident from an incident template: category, service, priority, team and a description to complete (Ctrl+Alt+N)</source>
        <translation>Diese neue Störung aus einer Störungsvorlage vorausfüllen: Kategorie, Service, Priorität, Team und eine zu ergänzende Beschreibung (Strg+Alt+N)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="38" />
        <source>Pre-fill a new incident from a template</source>
        <translation>Neue Störung aus einer Vorlage vorausfüllen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="47" />
        <source>Templates pre-fill a new incident; press Ctrl+N for one.</source>
        <translation>Vorlagen füllen eine neue Störung vor; drücken Sie Strg+N für eine.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_templates.py" line="72" />
        <source>Template applied; complete the fields and save (Ctrl+S).</source>
        <translation>Vorlage übernommen; Felder ergänzen und speichern (Strg+S).</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="177" />
        <source>Edit initiative</source>
        <translation>Initiative bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="178" />
        <source>New improvement initiative</source>
        <translation>Neue Verbesserungsinitiative</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="191" />
        <source>Any team</source>
        <translation>Beliebiges Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="192" />
        <source>Any service</source>
        <translation>Beliebiger Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="193" />
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="198" />
        <source>Any priority</source>
        <translation>Beliebige Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="220" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="220" />
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="221" />
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="221" />
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="222" />
        <source>Ser&amp;vice:</source>
        <translation>Se&amp;rvice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="223" />
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="224" />
        <source>Ta&amp;rget:</source>
        <translation>Zie&amp;l:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="224" />
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="225" />
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="225" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="226" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="247" />
        <source>Target in {unit} ({better} is better). The baseline is this KPI over the {days} days before registering.</source>
        <translation>Ziel in {unit} ({better} ist besser). Die Ausgangsbasis ist diese KPI über die {days} Tage vor der Registrierung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="249" />
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="250" />
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="268" />
        <source>Fixed: the baseline was measured for this KPI and scope.</source>
        <translation>Festgelegt: Die Ausgangsbasis wurde für diese KPI und diesen Umfang gemessen.</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="44" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="45" />
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="46" />
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="47" />
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="106" />
        <source>Words or an article number (KB-…)</source>
        <translation>Wörter oder eine Artikelnummer (KB-…)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="110" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="113" />
        <source>Due for review</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="116" />
        <source>&amp;New article</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="117" />
        <source>Write a new article (Ctrl+N)</source>
        <translation>Einen neuen Artikel schreiben (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="121" />
        <source>Fin&amp;d:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="122" />
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="142" />
        <source>Knowledge articles</source>
        <translation>Wissensartikel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="207" />
        <source>%n article(s)</source>
        <translation><numerusform>%n Artikel</numerusform><numerusform>%n Artikel</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="207" />
        <source> (more match: narrow the search)</source>
        <translation> (weitere Treffer: Suche eingrenzen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="210" />
        <source> · %n due for review</source>
        <translation><numerusform> · %n Prüfung fällig</numerusform><numerusform> · %n Prüfungen fällig</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="244" />
        <source>New article: write it, save it, then send it for review.</source>
        <translation>Neuer Artikel: schreiben, speichern, dann zur Prüfung senden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="260" />
        <source>Saved {number}.</source>
        <translation>{number} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="273" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="274" />
        <source>Save your changes first (Ctrl+S); the step applies to the saved article.</source>
        <translation>Speichern Sie zuerst Ihre Änderungen (Ctrl+S); der Schritt gilt für den gespeicherten Artikel.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="279" />
        <source>Send back</source>
        <translation>Zurückschicken</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="279" />
        <source>What should the author change?</source>
        <translation>Was soll der Autor ändern?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="283" />
        <source>Retire {number}? It stays readable but is never suggested again.</source>
        <translation>{number} zurückziehen? Der Artikel bleibt lesbar, wird aber nie wieder vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="285" />
        <source>Revise {number}? It goes back to draft and leaves the suggestions until it is reviewed and published again.</source>
        <translation>{number} überarbeiten? Der Artikel wird wieder zum Entwurf und erscheint nicht in den Vorschlägen, bis er erneut geprüft und veröffentlicht ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="288" />
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="303" />
        <source>Save the new article first (Ctrl+S); pictures are stored with a saved article.</source>
        <translation>Speichern Sie den neuen Artikel zuerst (Strg+S); Bilder werden mit einem gespeicherten Artikel abgelegt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="311" />
        <source>Storing {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="318" />
        <source>{name} was stored with another article than the one shown now; insert it again here.</source>
        <translation>{name} wurde bei einem anderen als dem jetzt angezeigten Artikel gespeichert; fügen Sie es hier erneut ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="323" />
        <source>{name} is stored with {number}; save the article to keep it in the text (Ctrl+S).</source>
        <translation>{name} ist bei {number} gespeichert; speichern Sie den Artikel, damit es im Text bleibt (Strg+S).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="329" />
        <source>No picture was inserted: {reason}</source>
        <translation>Es wurde kein Bild eingefügt: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="334" />
        <source>{number} is now {status}.</source>
        <translation>{number} ist jetzt {status}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="352" />
        <source>Still valid</source>
        <translation>Noch gültig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="352" />
        <source>Next review date (YYYY-MM-DD):</source>
        <translation>Nächstes Prüfdatum (JJJJ-MM-TT):</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="359" />
        <source>Write the date as YYYY-MM-DD, e.g. {example}.</source>
        <translation>Schreiben Sie das Datum als JJJJ-MM-TT, z. B. {example}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="380" />
        <source>{number} has not been published yet: it has no versions.</source>
        <translation>{number} wurde noch nicht veröffentlicht: Es gibt keine Versionen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="407" />
        <source>Nothing was saved: {reason}</source>
        <translation>Nichts wurde gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="417" />
        <source>Unsaved article</source>
        <translation>Ungespeicherter Artikel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="418" />
        <source>Discard your changes to this article?</source>
        <translation>Ihre Änderungen an diesem Artikel verwerfen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="436" />
        <source>Insert picture</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/knowledge_view.py" line="437" />
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="66" />
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="70" />
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="71" />
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="73" />
        <source>Affected service</source>
        <translation>Betroffener Service</translation>
    </message>
</context>
<context>
    <name>KnownErrorsView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="94" />
        <source>Symptoms, workaround, root cause or number</source>
        <translation>Symptome, Workaround, Ursache oder Nummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="95" />
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="99" />
        <source>(every service)</source>
        <translation>(alle Services)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="100" />
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="102" />
        <source>Back to &amp;queues</source>
        <translation>Zurück zu den &amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="105" />
        <source>&amp;Open problem</source>
        <translation>Problem ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/known_errors_view.py" line="169" />
        <source>&lt;b&gt;Known errors&lt;/b&gt; · %n shown</source>
        <translation><numerusform>&lt;b&gt;Bekannte Fehler&lt;/b&gt; · %n angezeigt</numerusform><numerusform>&lt;b&gt;Bekannte Fehler&lt;/b&gt; · %n angezeigt</numerusform></translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="66" />
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="69" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="66" />
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="69" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="66" />
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="69" />
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/widgets.py" line="69" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="28" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="29" />
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="30" />
        <source>In Progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="31" />
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="32" />
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="33" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="35" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="37" />
        <source>Under investigation</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="39" />
        <source>Software defect</source>
        <translation>Softwarefehler</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="40" />
        <source>Hardware failure</source>
        <translation>Hardwareausfall</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="41" />
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="42" />
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="43" />
        <source>Failed change</source>
        <translation>Fehlgeschlagener Change</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="44" />
        <source>Supplier / third party</source>
        <translation>Lieferant / Dritter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="45" />
        <source>Human error</source>
        <translation>Menschlicher Fehler</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="46" />
        <source>Process gap</source>
        <translation>Prozesslücke</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="47" />
        <source>Environment (power, cooling)</source>
        <translation>Umgebung (Strom, Kühlung)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="48" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="52" />
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="53" />
        <source>Incident task</source>
        <translation>Störungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="54" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="53" />
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="55" />
        <source>Incident tasks</source>
        <translation>Störungsaufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="57" />
        <source>Request task</source>
        <translation>Anfrageaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="60" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="61" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="62" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="63" />
        <source>Change task</source>
        <translation>Change-Aufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="64" />
        <source>Access request</source>
        <translation>Zugriffsanfrage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="66" />
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="67" />
        <source>Authorise</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="68" />
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="69" />
        <source>Implement</source>
        <translation>Umsetzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="70" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="78" />
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="71" />
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="72" />
        <source>Change tasks</source>
        <translation>Änderungsaufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="73" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="74" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="75" />
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="76" />
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="77" />
        <source>Successful with issues</source>
        <translation>Erfolgreich mit Problemen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="78" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="79" />
        <source>Backed out</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="80" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="81" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="82" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="83" />
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="84" />
        <source>Who loses service if the change fails?</source>
        <translation>Wer verliert den Dienst, wenn die Änderung fehlschlägt?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="85" />
        <source>Nobody (no user-facing service)</source>
        <translation>Niemand (kein Dienst für Benutzer)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="86" />
        <source>One team or site</source>
        <translation>Ein Team oder Standort</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="87" />
        <source>A failure would stop one team or site.</source>
        <translation>Ein Fehlschlag würde ein Team oder einen Standort stoppen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="88" />
        <source>A department or several sites</source>
        <translation>Eine Abteilung oder mehrere Standorte</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="89" />
        <source>A failure would stop a department or several sites.</source>
        <translation>Ein Fehlschlag würde eine Abteilung oder mehrere Standorte stoppen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="90" />
        <source>Everyone, or customers</source>
        <translation>Alle, oder Kunden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="91" />
        <source>A failure would stop everyone (or customers).</source>
        <translation>Ein Fehlschlag würde alle (oder Kunden) stoppen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="92" />
        <source>Does it touch a business-critical service?</source>
        <translation>Betrifft sie einen geschäftskritischen Dienst?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="93" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="94" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="95" />
        <source>It touches a business-critical service.</source>
        <translation>Sie betrifft einen geschäftskritischen Dienst.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="96" />
        <source>How quickly can it be backed out?</source>
        <translation>Wie schnell lässt sie sich zurücknehmen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="97" />
        <source>Within minutes</source>
        <translation>In Minuten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="98" />
        <source>Within hours</source>
        <translation>In Stunden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="99" />
        <source>Backing it out takes hours.</source>
        <translation>Das Zurücknehmen dauert Stunden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="100" />
        <source>It cannot be backed out</source>
        <translation>Sie lässt sich nicht zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="101" />
        <source>It cannot be backed out.</source>
        <translation>Sie lässt sich nicht zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="102" />
        <source>Was it tested in a test environment?</source>
        <translation>Wurde sie in einer Testumgebung getestet?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="103" />
        <source>Fully, like production</source>
        <translation>Vollständig, wie in Produktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="104" />
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="105" />
        <source>It was only partly tested.</source>
        <translation>Sie wurde nur teilweise getestet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="106" />
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="107" />
        <source>It was not tested before.</source>
        <translation>Sie wurde vorher nicht getestet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="108" />
        <source>Has the team made this change before?</source>
        <translation>Hat das Team diese Änderung schon gemacht?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="109" />
        <source>Often</source>
        <translation>Oft</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="110" />
        <source>Once or twice</source>
        <translation>Ein- oder zweimal</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="111" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="112" />
        <source>The team has never made this change.</source>
        <translation>Das Team hat diese Änderung noch nie gemacht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="114" />
        <source>Awaiting caller</source>
        <translation>Wartet auf Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="115" />
        <source>Awaiting vendor</source>
        <translation>Wartet auf Lieferant</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="116" />
        <source>Awaiting change</source>
        <translation>Wartet auf Change</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="117" />
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="119" />
        <source>1 - High</source>
        <translation>1 - Hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="120" />
        <source>2 - Medium</source>
        <translation>2 - Mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="121" />
        <source>3 - Low</source>
        <translation>3 - Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="123" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="125" />
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="126" />
        <source>Walk-in</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="127" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="128" />
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="130" />
        <source>P1 - Critical</source>
        <translation>P1 - Kritisch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="131" />
        <source>P2 - High</source>
        <translation>P2 - Hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="132" />
        <source>P3 - Moderate</source>
        <translation>P3 - Mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="133" />
        <source>P4 - Low</source>
        <translation>P4 - Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="134" />
        <source>P5 - Planning</source>
        <translation>P5 - Planung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="136" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="137" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="138" />
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="139" />
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="140" />
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="142" />
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="143" />
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="144" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="145" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="25" />
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="124" />
        <location filename="../../src/deskapp/ui/labels.py" line="146" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="50" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="56" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="77" />
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="58" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="59" />
        <source>Request tasks</source>
        <translation>Anfrageaufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="147" />
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="148" />
        <source>Telephony</source>
        <translation>Telefonie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="149" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="150" />
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="152" />
        <source>Solved (permanently)</source>
        <translation>Gelöst (dauerhaft)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="153" />
        <source>Solved (workaround)</source>
        <translation>Gelöst (Workaround)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="154" />
        <source>Not solved (not reproducible)</source>
        <translation>Nicht gelöst (nicht reproduzierbar)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="155" />
        <source>Not solved (too costly)</source>
        <translation>Nicht gelöst (zu aufwendig)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="156" />
        <source>Closed/resolved by caller</source>
        <translation>Vom Anrufer geschlossen/gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="157" />
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="159" />
        <source>Not reproducible</source>
        <translation>Nicht reproduzierbar</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="160" />
        <source>Cancelled by caller</source>
        <translation>Vom Anrufer abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="161" />
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="163" />
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="164" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="165" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="166" />
        <source>Network switch</source>
        <translation>Netzwerk-Switch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="167" />
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="168" />
        <source>Service component</source>
        <translation>Servicekomponente</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="169" />
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="170" />
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="171" />
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="172" />
        <source>Mobile</source>
        <translation>Mobilgerät</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="174" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="175" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="69" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="176" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="74" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="177" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="96" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="178" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="87" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="179" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="180" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="44" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="181" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="91" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="182" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="31" />
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="183" />
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="184" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="83" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="185" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="36" />
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="186" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="187" />
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="188" />
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="190" />
        <source>My open work</source>
        <translation>Meine offene Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="191" />
        <source>Unassigned in my teams</source>
        <translation>Nicht zugewiesen in meinen Teams</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="192" />
        <source>Breached or at risk</source>
        <translation>Verletzt oder gefährdet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="193" />
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="194" />
        <source>Open problems</source>
        <translation>Offene Probleme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="195" />
        <source>Watching</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/labels.py" line="196" />
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="63" />
        <source>Major incidents</source>
        <translation>Major Incidents</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="39" />
        <source>Caused by</source>
        <extracomment>link type -&gt; (read from the source, read from the target)</extracomment>
        <translation>Verursacht durch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="40" />
        <source>Causes</source>
        <translation>Verursacht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="41" />
        <source>Fixes</source>
        <translation>Behebt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="41" />
        <source>Fixed by</source>
        <translation>Behoben durch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="42" />
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="43" />
        <source>Relates to</source>
        <translation>Bezieht sich auf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="44" />
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="45" />
        <source>Duplicated by</source>
        <translation>Dupliziert durch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="26" />
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="27" />
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="28" />
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="29" />
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="30" />
        <source>Asked of</source>
        <translation>Angefragt bei</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="32" />
        <source>Audience</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="33" />
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="34" />
        <source>Baseline</source>
        <translation>Ausgangsbasis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="35" />
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="37" />
        <source>Children</source>
        <translation>Untergeordnete</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="38" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="39" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="40" />
        <source>Cost per ticket</source>
        <translation>Kosten pro Ticket</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="41" />
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="42" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="43" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="45" />
        <source>Entitlement</source>
        <translation>Berechtigungsstufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="46" />
        <source>Entitlements</source>
        <translation>Berechtigungsstufen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="47" />
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="48" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="49" />
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="50" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="51" />
        <source>Granted by</source>
        <translation>Gewährt von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="52" />
        <source>Holders</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="54" />
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="55" />
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="56" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="57" />
        <source>Known error since</source>
        <translation>Bekannter Fehler seit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="58" />
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="59" />
        <source>Late reviewers</source>
        <translation>Prüfer im Verzug</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="60" />
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="61" />
        <source>Linked items</source>
        <translation>Verknüpfte Einträge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="62" />
        <source>Mailed to</source>
        <translation>Gemailt an</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="64" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="65" />
        <source>Next update</source>
        <translation>Nächstes Update</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="66" />
        <source>Next update due</source>
        <translation>Nächstes Update fällig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="67" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="68" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="70" />
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="71" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="72" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="73" />
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="75" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="76" />
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="79" />
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="80" />
        <source>Revocation</source>
        <translation>Entzug</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="81" />
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="82" />
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="84" />
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="85" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="86" />
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="88" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="89" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="90" />
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="92" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="93" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="94" />
        <source>Time logged</source>
        <translation>Erfasste Zeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="95" />
        <source>Time without a team rate</source>
        <translation>Zeit ohne Team-Stundensatz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="97" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="98" />
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="99" />
        <source>Weekly demand</source>
        <translation>Wöchentliche Nachfrage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="100" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="101" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="102" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="103" />
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="55" />
        <source>Planned</source>
        <extracomment>domain labels shown through tr_label (context "Labels") that no other screen marks</extracomment>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="56" />
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="57" />
        <source>Any one approver</source>
        <translation>Ein beliebiger Genehmigender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="58" />
        <source>All approvers</source>
        <translation>Alle Genehmigenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="59" />
        <source>A majority of approvers</source>
        <translation>Eine Mehrheit der Genehmigenden</translation>
    </message>
</context>
<context>
    <name>LeaverDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="214" />
        <source>Leaver</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="218" />
        <source>Type a name or e-mail to find the leaver</source>
        <translation>Name oder E-Mail eingeben, um die austretende Person zu finden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="226" />
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="229" />
        <source>&amp;Leaves on:</source>
        <translation>&amp;Austritt am:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="230" />
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="232" />
        <source>Revoke all &amp;access</source>
        <translation>Alle &amp;Zugriffe entziehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="247" />
        <source>%n live grant(s) will be revoked, one task per system owner.</source>
        <translation><numerusform>%n aktive Berechtigung wird entzogen, eine Aufgabe je Systemverantwortlichem.</numerusform><numerusform>%n aktive Berechtigungen werden entzogen, eine Aufgabe je Systemverantwortlichem.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="253" />
        <source>Pick the person who leaves.</source>
        <translation>Wählen Sie die Person, die austritt.</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <location filename="../../src/deskapp/ui/length_counter.py" line="31" />
        <source>{what} is {count} characters long; the limit is {limit}.</source>
        <translation>{what} ist {count} Zeichen lang; erlaubt sind {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/length_counter.py" line="67" />
        <source>{count} / {limit}</source>
        <translation>{count} / {limit}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/length_counter.py" line="85" />
        <source>%Ln character(s) too long; shorten the text.</source>
        <translation><numerusform>%Ln Zeichen zu lang; kürzen Sie den Text.</numerusform><numerusform>%Ln Zeichen zu lang; kürzen Sie den Text.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/length_counter.py" line="87" />
        <source>The limit is {limit} characters.</source>
        <translation>Erlaubt sind {limit} Zeichen.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="179" />
        <source>Link to another ticket</source>
        <translation>Mit einem anderen Ticket verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="189" />
        <source>INC-000042</source>
        <translation>INC-000042</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="192" />
        <source>&amp;This ticket:</source>
        <translation>&amp;Dieses Ticket:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="193" />
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="194" />
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="199" />
        <source>Type the other ticket's number.</source>
        <translation>Geben Sie die Nummer des anderen Tickets ein.</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="87" />
        <source>&amp;Add link…</source>
        <extracomment>link types the dialog also offers read from the target ("Fixed by", "Causes")</extracomment>
        <translation>Verknüpfung hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="90" />
        <source>Re&amp;move link</source>
        <translation>Verknüpfung ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/links_tab.py" line="132" />
        <source>Linked to {number}.</source>
        <translation>Mit {number} verknüpft.</translation>
    </message>
</context>
<context>
    <name>MailTemplatesTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="47" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="47" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="60" />
        <source>(the latest item)</source>
        <translation>(das neueste Ticket)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="67" />
        <source>&amp;Save template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="68" />
        <source>Reset to b&amp;uilt-in text…</source>
        <translation>&amp;Mitgelieferten Text wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="74" />
        <source>Messa&amp;ge:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="75" />
        <source>La&amp;nguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="76" />
        <source>Sub&amp;ject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="77" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="96" />
        <source>Previe&amp;w on:</source>
        <translation>Vorschau &amp;für:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="133" />
        <source>Caller: call logged</source>
        <translation>Anrufer: Meldung erfasst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="134" />
        <source>Caller: a comment they see</source>
        <translation>Anrufer: ein Kommentar für ihn</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="135" />
        <source>Caller: we need something</source>
        <translation>Anrufer: wir brauchen etwas</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="136" />
        <source>Caller: resolved, with the rating</source>
        <translation>Anrufer: gelöst, mit Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="137" />
        <source>Staff: assigned to you</source>
        <translation>Mitarbeiter: Ihnen zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="138" />
        <source>Staff: SLA at risk</source>
        <translation>Mitarbeiter: SLA gefährdet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="139" />
        <source>Staff: SLA breached</source>
        <translation>Mitarbeiter: SLA verletzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="140" />
        <source>Stakeholders: major-incident update</source>
        <translation>Beteiligte: Stand zum Major Incident</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="157" />
        <source>Placeholders: {names}</source>
        <translation>Platzhalter: {names}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="159" />
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="192" />
        <source>The desk's own text.</source>
        <translation>Eigener Text des Service Desks.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="160" />
        <source>The built-in text.</source>
        <translation>Mitgelieferter Text.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="175" />
        <source>Preview on {number}.</source>
        <translation>Vorschau für {number}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="191" />
        <source>Saved; the desk writes this text from now on.</source>
        <translation>Gespeichert; der Service Desk schreibt ab jetzt diesen Text.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="199" />
        <source>Reset to built-in text</source>
        <translation>Mitgelieferten Text wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="200" />
        <source>Replace the desk's own text of this message with the built-in one? The desk's text is lost (the audit trail keeps it).</source>
        <translation>Den eigenen Text dieser Nachricht durch den mitgelieferten ersetzen? Der eigene Text geht verloren (das Änderungsprotokoll behält ihn).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="204" />
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="205" />
        <source>&amp;Keep mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_templates_tab.py" line="215" />
        <source>Back to the built-in text.</source>
        <translation>Wieder der mitgelieferte Text.</translation>
    </message>
</context>
<context>
    <name>MailWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="382" />
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="387" />
        <source>Se&amp;ttings</source>
        <translation>Eins&amp;tellungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="388" />
        <source>Out&amp;box</source>
        <translation>Post&amp;ausgang</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="389" />
        <source>Re&amp;view</source>
        <translation>P&amp;rüfung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="390" />
        <source>T&amp;emplates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="125" />
        <source>DeskApp — {profile}</source>
        <extracomment>How often the status bar proves the database still answers. The area bar is as wide as its longest area name; a person may drag it up to this. the view class as "module:Class", imported when the area is first shown (the four areas besides Service Operation are not loaded at start-up)</extracomment>
        <translation>DeskApp — {profile}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="139" />
        <source>Process areas</source>
        <translation>Prozessbereiche</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="206" />
        <source>Read-only: DeskApp may not write to this database or its folder. You can look things up; saving is refused until you get write access.</source>
        <translation>Nur lesen: DeskApp darf nicht in diese Datenbank oder ihren Ordner schreiben. Sie können nachschlagen; Speichern wird abgelehnt, bis Sie Schreibzugriff erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="211" />
        <source>Read-only notice</source>
        <translation>Hinweis: nur lesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="259" />
        <source>Service Strategy</source>
        <translation>Service Strategy</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="260" />
        <source>Service Design</source>
        <translation>Service Design</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="261" />
        <source>Service Transition</source>
        <translation>Service Transition</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="262" />
        <source>Service Operation</source>
        <translation>Service Operation</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="263" />
        <source>Continual Improvement</source>
        <translation>Continual Improvement</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="268" />
        <source>Service portfolio: pipeline, catalogue and retired services</source>
        <translation>Serviceportfolio: Pipeline, Katalog und außer Betrieb genommene Services</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="269" />
        <source>SLA definitions and business-hours calendars</source>
        <translation>SLA-Definitionen und Geschäftszeiten-Kalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="270" />
        <source>Configuration items and the incidents against them</source>
        <translation>Configuration Items und die Störungen dazu</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="271" />
        <source>Incidents: queues, search and the incident form</source>
        <translation>Störungen: Warteschlangen, Suche und Störungsformular</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="272" />
        <source>KPIs: MTTA, MTTR, SLA compliance and backlog</source>
        <translation>KPIs: MTTA, MTTR, SLA-Einhaltung und Rückstand</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="294" />
        <source>&amp;New record</source>
        <translation>&amp;Neuer Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="295" />
        <source>New record in this area</source>
        <translation>Neuer Datensatz in diesem Bereich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="296" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="297" />
        <source>Save the record being edited</source>
        <translation>Den bearbeiteten Datensatz speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="299" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="300" />
        <source>Reload this area from the database</source>
        <translation>Diesen Bereich neu aus der Datenbank laden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="302" />
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="303" />
        <source>Find an incident by number or text</source>
        <translation>Eine Störung nach Nummer oder Text finden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="305" />
        <source>Ne&amp;xt record</source>
        <translation>Nä&amp;chster Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="307" />
        <source>Next record in the list</source>
        <translation>Nächster Datensatz in der Liste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="308" />
        <source>&amp;Previous record</source>
        <translation>&amp;Vorheriger Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="310" />
        <source>Previous record in the list</source>
        <translation>Vorheriger Datensatz in der Liste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="312" />
        <source>S&amp;witch connection…</source>
        <translation>Verbindung &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="314" />
        <source>Open another database profile</source>
        <translation>Ein anderes Datenbankprofil öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="315" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="317" />
        <source>Import incidents or reference data from CSV or ServiceNow exports</source>
        <translation>Störungen oder Stammdaten aus CSV- oder ServiceNow-Exporten importieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="323" />
        <source>Importing creates staff, callers, services and CIs; ask an administrator.</source>
        <translation>Ein Import legt Mitarbeiter, Anrufer, Services und CIs an; wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="325" />
        <source>Work &amp;offline…</source>
        <translation>&amp;Offline arbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="326" />
        <source>Carry your open work on this computer as a replica of this desk</source>
        <translation>Ihre offene Arbeit als Replikat dieses Service Desks auf diesen Computer mitnehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="328" />
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="329" />
        <source>Reset &amp;layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="330" />
        <source>Forget window and column layout</source>
        <translation>Fenster- und Spaltenlayout vergessen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="332" />
        <source>&amp;Queue list</source>
        <translation>&amp;Warteschlangenliste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="333" />
        <source>Show or hide the queue list under Service Operation</source>
        <translation>Die Warteschlangenliste unter Service Operation ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="337" />
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="338" />
        <source>Staff, roles, teams and the audit trail</source>
        <translation>Mitarbeiter, Rollen, Teams und Protokoll</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="340" />
        <source>&amp;Mail…</source>
        <translation>&amp;E-Mail…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="341" />
        <source>Mail settings, the outbox and messages waiting for review</source>
        <translation>E-Mail-Einstellungen, Postausgang und Nachrichten, die auf Prüfung warten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="342" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="344" />
        <source>&amp;About DeskApp</source>
        <translation>&amp;Über DeskApp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="356" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="365" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="369" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="374" />
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="377" />
        <location filename="../../src/deskapp/ui/main_window.py" line="393" />
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="378" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="379" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="388" />
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="393" />
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="394" />
        <source>&amp;Deutsch</source>
        <translation>&amp;Deutsch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="403" />
        <source>Tools</source>
        <translation>Extras</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="407" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="410" />
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="428" />
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="436" />
        <source>Signed in as {name} ({user})</source>
        <translation>Angemeldet als {name} ({user})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="440" />
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="456" />
        <source>Local database: {file}</source>
        <translation>Lokale Datenbank: {file}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="460" />
        <source>Shared database {database} on {host}</source>
        <translation>Gemeinsame Datenbank {database} auf {host}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="463" />
        <source>Database user: {user}</source>
        <translation>Datenbankbenutzer: {user}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="704" />
        <source>● Connected</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="706" />
        <source>The database answered just now.</source>
        <translation>Die Datenbank hat gerade geantwortet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="709" />
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="712" />
        <source>The database did not answer: {reason} DeskApp retries every 30 seconds; press F5 to retry now.</source>
        <translation>Die Datenbank hat nicht geantwortet: {reason} DeskApp versucht es alle 30 Sekunden erneut; drücken Sie F5, um es jetzt zu versuchen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="768" />
        <source>About DeskApp</source>
        <translation>Über DeskApp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="769" />
        <source>&lt;h3&gt;DeskApp {version}&lt;/h3&gt;&lt;p&gt;A service-desk client organised by the ITIL lifecycle.&lt;/p&gt;&lt;p&gt;Database: {url}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeskApp {version}&lt;/h3&gt;&lt;p&gt;Ein Service-Desk-Client, gegliedert nach dem ITIL-Lebenszyklus.&lt;/p&gt;&lt;p&gt;Datenbank: {url}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="817" />
        <source>Layout reset; column and panel sizes return to defaults the next time DeskApp starts.</source>
        <translation>Layout zurückgesetzt; Spalten- und Bereichsgrößen kehren beim nächsten Start von DeskApp zu den Standardwerten zurück.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="829" />
        <source>Appearance changed; a few sentences take their new colour when their window opens again.</source>
        <translation>Erscheinungsbild geändert; einige Texte erhalten ihre neue Farbe, wenn ihr Fenster erneut geöffnet wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="836" />
        <source>Language changed; restart DeskApp to see it.</source>
        <translation>Sprache geändert; starten Sie DeskApp neu, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>MajorIncidents</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="49" />
        <source>overdue by {d}</source>
        <translation>überfällig seit {d}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="52" />
        <source>in {d}</source>
        <translation>in {d}</translation>
    </message>
</context>
<context>
    <name>MajorIncidentsView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="129" />
        <source>Show &amp;resolved too</source>
        <translation>Auch gelöste an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="132" />
        <source>&amp;Open incident</source>
        <translation>Störung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="135" />
        <source>Post &amp;update…</source>
        <translation>&amp;Update veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="137" />
        <source>Log a stakeholder update and when the next one is due</source>
        <translation>Ein Stakeholder-Update erfassen und wann das nächste fällig ist</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="140" />
        <source>&amp;Stakeholders…</source>
        <translation>&amp;Beteiligte…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="142" />
        <source>Who updates are mailed to: callers following the service and addresses named on the incident</source>
        <translation>An wen Meldungen gemailt werden: Anrufer, die dem Service folgen, und beim Incident genannte Adressen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="146" />
        <source>Back to &amp;queues</source>
        <translation>Zurück zu den &amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="165" />
        <source>Open &amp;child</source>
        <translation>Untergeordnete ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="167" />
        <source>Un&amp;link child</source>
        <translation>Untergeordnete &amp;lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="175" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="176" />
        <source>Child incidents</source>
        <translation>Untergeordnete Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="177" />
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="210" />
        <source>&lt;b&gt;Major incidents&lt;/b&gt; · %n shown</source>
        <translation><numerusform>&lt;b&gt;Major Incidents&lt;/b&gt; · %n angezeigt</numerusform><numerusform>&lt;b&gt;Major Incidents&lt;/b&gt; · %n angezeigt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="213" />
        <source>%n update(s) overdue</source>
        <translation><numerusform>%n Update überfällig</numerusform><numerusform>%n Updates überfällig</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="243" />
        <source>%n child incident(s), {open} open</source>
        <translation><numerusform>%n untergeordnete Störung, {open} offen</numerusform><numerusform>%n untergeordnete Störungen, {open} offen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="250" />
        <source>The next stakeholder update on {n} was due {when}: {late} overdue. Post an update (Alt+U).</source>
        <translation>Das nächste Stakeholder-Update zu {n} war {when} fällig: {late} überfällig. Veröffentlichen Sie ein Update (Alt+U).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="267" />
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="303" />
        <source>Choose a major incident first.</source>
        <translation>Wählen Sie zuerst einen Major Incident.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="275" />
        <source>Update to {who} logged on {n}.</source>
        <translation>Update an {who} zu {n} erfasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="278" />
        <source>Mail to %n stakeholder(s) is on its way.</source>
        <translation><numerusform>Die Mail an %n Beteiligten ist unterwegs.</numerusform><numerusform>Die Mail an %n Beteiligte ist unterwegs.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_incidents_view.py" line="317" />
        <source>Choose the child incident to unlink first.</source>
        <translation>Wählen Sie zuerst die zu lösende untergeordnete Störung.</translation>
    </message>
</context>
<context>
    <name>ManagerPicker</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="476" />
        <source>Type a name to find the manager</source>
        <extracomment>the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation>Einen Namen eingeben, um die Führungskraft zu finden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="483" />
        <source>Mana&amp;ger:</source>
        <translation>&amp;Führungskraft:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="500" />
        <source>No manager</source>
        <translation>Keine Führungskraft</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="155" />
        <source>[Picture not shown: pictures are shown once the article is saved.]</source>
        <extracomment>reads an article's pictures: (article id, picture ids) -&gt; their contents (a service call) a wider picture is drawn scaled down to this width the pictures of the text shown are drawn or replaced by their sentences (tests wait) attachment name -&gt; image bytes (the older ``attachment:`` form; nothing fills it) pictures asked for and not in yet why a picture could not be read this time (asked again on the next showing) the shown article's pictures: a decoded picture, or the sentence shown instead</extracomment>
        <translation>[Bild nicht angezeigt: Bilder werden angezeigt, sobald der Artikel gespeichert ist.]</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="157" />
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="225" />
        <source>[Picture not shown here.]</source>
        <translation>[Bild hier nicht angezeigt.]</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="205" />
        <source>[Picture not shown: {reason}]</source>
        <translation>[Bild nicht angezeigt: {reason}]</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="217" />
        <source>[Picture not shown: it belongs to another article. Insert it into this one to show it here.]</source>
        <translation>[Bild nicht angezeigt: Es gehört zu einem anderen Artikel. Fügen Sie es in diesen ein, um es hier anzuzeigen.]</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="219" />
        <source>[Picture missing: it is not in the database (never saved with an article, or removed).]</source>
        <translation>[Bild fehlt: Es ist nicht in der Datenbank (nie mit einem Artikel gespeichert oder entfernt).]</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="221" />
        <source>[Picture not shown: its stored content is damaged; ask an administrator.]</source>
        <translation>[Bild nicht angezeigt: Sein gespeicherter Inhalt ist beschädigt; wenden Sie sich an einen Administrator.]</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/markdown_view.py" line="223" />
        <source>[Picture not shown: an article shows at most {n} pictures.]</source>
        <translation>[Bild nicht angezeigt: Ein Artikel zeigt höchstens {n} Bilder.]</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="52" />
        <source>Keep which one? The other is merged into it and removed.</source>
        <translation>Welchen behalten? Der andere wird damit zusammengeführt und entfernt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="56" />
        <source>Keep &amp;{n}: {label}</source>
        <translation>&amp;{n} behalten: {label}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="60" />
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="97" />
        <source>Counting what moves…</source>
        <translation>Zählen, was verschoben wird…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/merge_dialog.py" line="69" />
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MetricBox</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="93" />
        <source>Business time: working minutes of the SLA calendar (a day here is 24 working hours)</source>
        <extracomment>state -&gt; (text colour, background) for the state badge and the bar lighter chunk colours so the black percentage text on the bar stays readable</extracomment>
        <translation>Geschäftszeit: Arbeitsminuten des SLA-Kalenders (ein Tag sind hier 24 Arbeitsstunden)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="101" />
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="103" />
        <source>Elapsed:</source>
        <translation>Verstrichen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="105" />
        <source>Remaining:</source>
        <translation>Verbleibend:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="108" />
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="124" />
        <source>overdue by {t}</source>
        <translation>überfällig seit {t}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="132" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="135" />
        <source>over 10x the target</source>
        <translation>über 10-fach das Ziel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="136" />
        <source>{share} of target</source>
        <translation>{share} des Ziels</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="153" />
        <source>BREACHED · target exceeded</source>
        <translation>VERLETZT · Ziel überschritten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="154" />
        <source>BREACHED at {when}</source>
        <translation>VERLETZT am {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="156" />
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="159" />
        <source>PAUSED · clock stopped at {p}</source>
        <translation>PAUSIERT · Uhr angehalten bei {p}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="161" />
        <source>WARNING · {p} used</source>
        <translation>WARNUNG · {p} verbraucht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="163" />
        <source>MET · within target ({p})</source>
        <translation>EINGEHALTEN · innerhalb des Ziels ({p})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="164" />
        <source>ON TRACK · {p} used</source>
        <translation>IM PLAN · {p} verbraucht</translation>
    </message>
</context>
<context>
    <name>MyApprovalsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/approvals_view.py" line="61" />
        <source>{name} (you stand in)</source>
        <translation>{name} (Sie vertreten)</translation>
    </message>
</context>
<context>
    <name>MyReviewLines</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="230" />
        <source>Keep or rev&amp;oke…</source>
        <translation>Behalten oder ent&amp;ziehen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="248" />
        <source>&lt;b&gt;Access reviews&lt;/b&gt; · %n grant(s) to confirm</source>
        <translation><numerusform>&lt;b&gt;Zugriffsprüfungen&lt;/b&gt; · %n Berechtigung zu bestätigen</numerusform><numerusform>&lt;b&gt;Zugriffsprüfungen&lt;/b&gt; · %n Berechtigungen zu bestätigen</numerusform></translation>
    </message>
</context>
<context>
    <name>NewCallerDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="196" />
        <source>New caller</source>
        <translation>Neuer Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="202" />
        <source>Create &amp;anyway</source>
        <translation>&amp;Trotzdem anlegen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/caller_dialog.py" line="211" />
        <source>&amp;Create caller</source>
        <translation>Anrufer an&amp;legen</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="66" />
        <source>New request</source>
        <extracomment>fields whose refusal is about the order as a whole: the error's sentence says it the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation>Neue Serviceanfrage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="67" />
        <source>Convert {number} to a request</source>
        <translation>{number} in eine Serviceanfrage umwandeln</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="78" />
        <source>Type to find an offering</source>
        <translation>Tippen, um ein Angebot zu finden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="84" />
        <source>&amp;Offering:</source>
        <translation>Ange&amp;bot:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="95" />
        <source>Type a name or e-mail to find the caller</source>
        <translation>Namen oder E-Mail eingeben, um den Anrufer zu finden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="120" />
        <source>For &amp;caller:</source>
        <translation>Für Anr&amp;ufer:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="130" />
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="131" />
        <source>(no caller: set one first)</source>
        <translation>(kein Anrufer: zuerst einen festlegen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="132" />
        <source>&amp;Urgency:</source>
        <translation>Dring&amp;lichkeit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="136" />
        <source>Access &amp;ends</source>
        <translation>Zugriff be&amp;fristet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="161" />
        <source>&amp;Submit request</source>
        <translation>Anfrage &amp;einreichen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="161" />
        <source>&amp;Convert</source>
        <translation>Umwandel&amp;n</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="231" />
        <source>No offering matches; type fewer words.</source>
        <translation>Kein Angebot passt; geben Sie weniger Wörter ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="240" />
        <source>&lt;b&gt;{name}&lt;/b&gt; ({service})&lt;br&gt;Grants &lt;b&gt;{access}&lt;/b&gt;: this raises an access request, approved by the system owner when the entitlement asks for it and carried out by the system's team.&lt;br&gt;{description}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({service})&lt;br&gt;Gewährt &lt;b&gt;{access}&lt;/b&gt;: Dies legt einen Zugriffsantrag an, den die Systemverantwortlichen genehmigen, wenn die Berechtigungsstufe es verlangt, und den das Team des Systems ausführt.&lt;br&gt;{description}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="246" />
        <source>needs approval</source>
        <translation>braucht Genehmigung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="247" />
        <source>no approval needed</source>
        <translation>keine Genehmigung nötig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="249" />
        <source>&lt;b&gt;{name}&lt;/b&gt; ({service}; {approval}; %n task(s))&lt;br&gt;{description}</source>
        <translation><numerusform>&lt;b&gt;{name}&lt;/b&gt; ({service}; {approval}; %n Aufgabe)&lt;br&gt;{description}</numerusform><numerusform>&lt;b&gt;{name}&lt;/b&gt; ({service}; {approval}; %n Aufgaben)&lt;br&gt;{description}</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/new_request_dialog.py" line="291" />
        <source>Correct the fields marked in red, then submit again (nothing was saved).</source>
        <translation>Korrigieren Sie die rot markierten Felder und reichen Sie erneut ein (nichts wurde gespeichert).</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="112" />
        <source>New staff member</source>
        <translation>Neuer Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="118" />
        <source>empty: set it later with Reset password</source>
        <translation>leer: später mit Passwort zurücksetzen festlegen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="120" />
        <source>&amp;Username (database login):</source>
        <translation>&amp;Benutzername (Datenbankanmeldung):</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="121" />
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="122" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="124" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="127" />
        <source>New incident task</source>
        <translation>Neue Störungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="133" />
        <source>(no team yet)</source>
        <translation>(noch kein Team)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="138" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="139" />
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="140" />
        <source>&amp;Create</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="145" />
        <source>Give the task a title.</source>
        <translation>Geben Sie der Aufgabe einen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="147" />
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="231" />
        <source>Notification &amp;settings…</source>
        <translation>Benachrichtigungs&amp;einstellungen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/notifications.py" line="238" />
        <source>%n new notification(s)</source>
        <translation><numerusform>%n neue Benachrichtigung</numerusform><numerusform>%n neue Benachrichtigungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/notifications.py" line="239" />
        <source>%n new notification(s) (Ctrl+Shift+J)</source>
        <translation><numerusform>%n neue Benachrichtigung (Ctrl+Shift+J)</numerusform><numerusform>%n neue Benachrichtigungen (Ctrl+Shift+J)</numerusform></translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="328" />
        <source>Notification settings</source>
        <translation>Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="331" />
        <source>Notify me when</source>
        <translation>Benachrichtigen, wenn</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="339" />
        <source>&amp;Quiet hours (no pop-ups; notices still wait in the bell)</source>
        <translation>&amp;Ruhezeiten (keine Pop-ups; Hinweise warten weiter in der Glocke)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="347" />
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="349" />
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="356" />
        <source>&amp;Keep DeskApp running in the tray when its window is closed</source>
        <translation>DeskApp im Infobereich weiterlaufen lassen, wenn das Fenster geschlossen &amp;wird</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="361" />
        <source>This desktop has no system tray.</source>
        <translation>Dieser Desktop hat keinen Infobereich.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="60" />
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="61" />
        <source>A caller replied</source>
        <translation>Ein Anrufer hat geantwortet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="63" />
        <source>My item's SLA warns</source>
        <translation>Das SLA meines Eintrags warnt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="65" />
        <source>My item's SLA breached</source>
        <translation>Das SLA meines Eintrags ist verletzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="67" />
        <source>An approval waits for me</source>
        <translation>Eine Genehmigung wartet auf mich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="69" />
        <source>Someone changed an item I watch</source>
        <translation>Jemand hat einen von mir beobachteten Eintrag geändert</translation>
    </message>
</context>
<context>
    <name>OfferingEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="113" />
        <source>Ordering an offering that grants an entitlement raises an access request (ACC), approved by the system owner and carried out by the system's team; it has no approval stages or tasks of its own.</source>
        <extracomment>each field row's stored key (None: a new row, keyed by its label until saved) staff a stage may name (the tab fills it with the approval engine's choices)</extracomment>
        <translation>Wer ein Angebot bestellt, das eine Berechtigungsstufe gewährt, legt einen Zugriffsantrag (ACC) an; die Systemverantwortlichen genehmigen ihn, das Team des Systems führt ihn aus. Eigene Genehmigungsstufen oder Aufgaben hat es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="120" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="121" />
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="122" />
        <source>Descr&amp;iption:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="123" />
        <source>Who may &amp;order:</source>
        <translation>Wer darf &amp;bestellen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="124" />
        <source>Handled by &amp;team:</source>
        <translation>Bearbeitet von &amp;Team:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="125" />
        <source>Target (S&amp;LA):</source>
        <translation>Ziel (S&amp;LA):</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="126" />
        <source>Grants entitle&amp;ment:</source>
        <translation>Ge&amp;währt Berechtigungsstufe:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="133" />
        <source>A&amp;dd field</source>
        <translation>Feld hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="135" />
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="139" />
        <source>Add &amp;approval stage</source>
        <translation>Genehmigungs&amp;stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="141" />
        <source>Remove stage</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="145" />
        <source>Add tas&amp;k</source>
        <translation>Au&amp;fgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="147" />
        <source>Remove task</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="156" />
        <source>Request form</source>
        <translation>Anfrageformular</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="157" />
        <source>What the agent asks the caller; * marks required fields.</source>
        <translation>Was der Bearbeiter den Anrufer fragt; * markiert Pflichtfelder.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="158" />
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="159" />
        <source>No stage: no approval. Stages are asked one after another.</source>
        <translation>Keine Stufe: keine Genehmigung. Stufen werden nacheinander angefragt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="161" />
        <source>Fulfilment plan</source>
        <translation>Erfüllungsplan</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="162" />
        <source>Tasks with nothing to wait for open together when the request is approved.</source>
        <translation>Aufgaben, die auf nichts warten, öffnen gemeinsam, wenn die Anfrage genehmigt ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="194" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="196" />
        <source>(the service's or the default SLA)</source>
        <translation>(das SLA des Service oder das Standard-SLA)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="198" />
        <source>Callers of {name}</source>
        <translation>Anrufer von {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="200" />
        <source>Callers of the {name} department</source>
        <translation>Anrufer der Abteilung {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="202" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="204" />
        <source>(none: a service request)</source>
        <translation>(keine: eine Serviceanfrage)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="226" />
        <source>New offering</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="228" />
        <source>{name} (retired)</source>
        <translation>{name} (zurückgezogen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="277" />
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="280" />
        <source>(any value)</source>
        <translation>(beliebiger Wert)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="338" />
        <source>(decided when asked)</source>
        <translation>(wird bei Anfrage entschieden)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="348" />
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="355" />
        <source>(no due time)</source>
        <translation>(keine Fälligkeit)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="412" />
        <source>(always shown)</source>
        <translation>(immer angezeigt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/catalogue_editor.py" line="422" />
        <source>(approval)</source>
        <translation>(Genehmigung)</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="104" />
        <source>Password for {user} on {host}:</source>
        <translation>Passwort für {user} auf {host}:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="105" />
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="106" />
        <source>Sync needs the desk's password; nothing was changed.</source>
        <translation>Die Synchronisierung braucht das Passwort des Service Desks; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="107" />
        <source>This is an offline replica of {desk} ({scope}), made for {login}.

Works offline: your items with their history, comments and links, queues, search, callers, services and CIs; editing your items (incidents, requests and their tasks), moving them through their lifecycle, comments, work notes, time, links and attachments (a file attached on the desk is fetched when you save it while the desk can be reached); logging new incidents and tasks (numbered by the desk at the next sync). Each change waits in the outbox and is sent to the desk exactly once at the next sync; the desk's rules decide as they would online.
Not yet offline: approvals, raising requests, problem edits, impacted CIs, watching.

When the desk can be reached the replica syncs by itself; Work offline (Ctrl+Alt+O) stops that until Go online. Sync now (Ctrl+Alt+Y) syncs at once; Outbox and conflicts (Ctrl+Shift+U) shows what waits, what the desk refused and what both sides changed.</source>
        <translation>Dies ist ein Offline-Replikat von {desk} ({scope}), angelegt für {login}.

Offline verfügbar: Ihre Einträge mit Verlauf, Kommentaren und Verknüpfungen, Warteschlangen, Suche, Anrufer, Services und CIs; Bearbeiten Ihrer Einträge (Störungen, Anfragen und ihre Aufgaben), Statuswechsel im Lebenszyklus, Kommentare, Arbeitsnotizen, Zeiterfassung, Verknüpfungen und Anhänge (eine am Service Desk angehängte Datei wird geholt, wenn Sie sie speichern, während der Service Desk erreichbar ist); neue Störungen und Aufgaben erfassen (der Service Desk vergibt ihre Nummer bei der nächsten Synchronisierung). Jede Änderung wartet im Postausgang und wird bei der nächsten Synchronisierung genau einmal an den Service Desk gesendet; dessen Regeln entscheiden wie online.
Noch nicht offline: Genehmigungen, neue Anfragen stellen, Änderungen an Problemen, betroffene CIs, Beobachten.

Ist der Service Desk erreichbar, synchronisiert sich das Replikat selbst; Offline arbeiten (Ctrl+Alt+O) stoppt das bis Online gehen. Jetzt synchronisieren (Ctrl+Alt+Y) synchronisiert sofort; Postausgang und Konflikte (Ctrl+Shift+U) zeigt, was wartet, was der Service Desk abgelehnt hat und was beide Seiten geändert haben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="108" />
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="109" />
        <source>synced %n hour(s) ago</source>
        <translation><numerusform>vor %n Stunde synchronisiert</numerusform><numerusform>vor %n Stunden synchronisiert</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="110" />
        <source>synced %n minute(s) ago</source>
        <translation><numerusform>vor %n Minute synchronisiert</numerusform><numerusform>vor %n Minuten synchronisiert</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="111" />
        <source>synced just now</source>
        <translation>gerade synchronisiert</translation>
    </message>
</context>
<context>
    <name>OperationView</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="89" />
        <source>Open an incident from the queue with &lt;b&gt;Enter&lt;/b&gt; or a double click, find one with &lt;b&gt;Ctrl+K&lt;/b&gt;, or log a new one with &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>Commands the main window also offers; the view's own copies stay off inside it. The editors a tab may hold: any work item's form (the shell, with its kind's panel). The form of each kind this area opens; a kind not named here is an incident. Height of the hint strip under the queue while no incident is open. an incident form's "Create article…": the ArticleDraft (the main window opens it)</extracomment>
        <translation>Öffnen Sie eine Störung aus der Warteschlange mit &lt;b&gt;Enter&lt;/b&gt; oder Doppelklick, suchen Sie eine mit &lt;b&gt;Ctrl+K&lt;/b&gt; oder erfassen Sie eine neue mit &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="132" />
        <source>&amp;Close incident tab</source>
        <extracomment>queue / editor heights while incidents are open (kept while the editors are folded)</extracomment>
        <translation>Störungsreiter &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="134" />
        <source>Save and c&amp;lose</source>
        <translation>Speichern und sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="138" />
        <source>Open in its own &amp;window</source>
        <translation>In eigenem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="141" />
        <source>Move this item into a window of its own, to work on several side by side (Ctrl+Shift+W; the same keys put it back)</source>
        <translation>Diesen Eintrag in ein eigenes Fenster verschieben, um an mehreren nebeneinander zu arbeiten (Ctrl+Shift+W; dieselben Tasten holen ihn zurück)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="143" />
        <source>&amp;Wallboard for this queue</source>
        <translation>&amp;Wallboard für diese Warteschlange</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="146" />
        <source>This queue in a window of its own for a team's screen: large type, counts, the oldest breach, refreshed by itself (Ctrl+Shift+B; F11 fills the screen)</source>
        <translation>Diese Warteschlange in einem eigenen Fenster für den Bildschirm eines Teams: große Schrift, Zählungen, die älteste Verletzung, aktualisiert sich selbst (Ctrl+Shift+B; F11 füllt den Bildschirm)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="150" />
        <source>Callers and &amp;organisations…</source>
        <translation>Anrufer und &amp;Organisationen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="152" />
        <source>Find, edit and merge callers and organisations (Ctrl+Shift+O)</source>
        <translation>Anrufer und Organisationen finden, bearbeiten und zusammenführen (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="154" />
        <source>My &amp;approvals</source>
        <translation>Meine Genehmig&amp;ungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="156" />
        <source>A&amp;ccess…</source>
        <translation>&amp;Zugriffe…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="159" />
        <source>Who holds which access, expiring and unrequested grants, access reviews, leavers (Ctrl+Alt+A)</source>
        <translation>Wer welchen Zugriff hat, ablaufende und unbeantragte Berechtigungen, Zugriffsprüfungen, Austritte (Strg+Alt+A)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="161" />
        <source>New &amp;problem</source>
        <translation>Neues &amp;Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="163" />
        <source>New problem from &amp;incidents</source>
        <translation>Neues Problem aus &amp;Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="166" />
        <source>&amp;Link selected incidents to a problem…</source>
        <translation>Ausgewählte Störungen mit einem Problem &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="169" />
        <source>Link selected incidents to a &amp;major incident…</source>
        <translation>Ausgewählte Störungen mit einem &amp;Major Incident verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="171" />
        <source>Apply &amp;workaround…</source>
        <translation>&amp;Workaround anwenden…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="173" />
        <source>&amp;Known errors</source>
        <translation>&amp;Bekannte Fehler</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="175" />
        <source>Major incident &amp;board</source>
        <translation>Major-Incident-&amp;Board</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="177" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="180" />
        <source>Major incidents</source>
        <translation>Major Incidents</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="183" />
        <source>New &amp;request…</source>
        <translation>Neue &amp;Serviceanfrage…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="185" />
        <source>Order something from the service catalogue for a caller (Ctrl+Shift+R)</source>
        <translation>Etwas aus dem Servicekatalog für einen Anrufer bestellen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="187" />
        <source>New chan&amp;ge</source>
        <translation>Neue Än&amp;derung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="189" />
        <source>Raise a change: standard from a template, normal or emergency (Ctrl+Shift+C)</source>
        <translation>Eine Änderung erfassen: Standard aus einer Vorlage, normal oder Notfall (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="191" />
        <source>Convert to request…</source>
        <translation>In Serviceanfrage umwandeln…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="194" />
        <source>&amp;New incident</source>
        <translation>&amp;Neue Störung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="195" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="196" />
        <source>Ne&amp;xt record</source>
        <translation>Nä&amp;chster Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="197" />
        <source>&amp;Previous record</source>
        <translation>&amp;Vorheriger Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="227" />
        <source>New change: choose its type, give it a title and its plans, then Ctrl+S to save.</source>
        <translation>Neue Änderung: Typ wählen, Titel und Pläne eingeben, dann mit Strg+S speichern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="249" />
        <source>Open the incident to convert first.</source>
        <translation>Öffnen Sie zuerst die umzuwandelnde Störung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="259" />
        <source>{number} is now {new}.</source>
        <translation>{number} ist jetzt {new}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="265" />
        <source>{number} raised: {status}.</source>
        <translation>{number} erstellt: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="310" />
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="402" />
        <source>That is not an incident id.</source>
        <translation>Das ist keine Störungs-ID.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="507" />
        <source>New incident: type a title, then Ctrl+S to save.</source>
        <translation>Neue Störung: Titel eingeben, dann mit Ctrl+S speichern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="531" />
        <source>The queue is empty.</source>
        <translation>Die Warteschlange ist leer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="540" />
        <source>No more incidents in this queue.</source>
        <translation>Keine weiteren Störungen in dieser Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/view.py" line="549" />
        <source>Still loading that row; try again.</source>
        <translation>Diese Zeile wird noch geladen; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="528" />
        <source>Type part of a name</source>
        <translation>Einen Teil eines Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="537" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="542" />
        <source>&amp;Save organisation</source>
        <translation>Organisation &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="580" />
        <source>Saved organisation {name}.</source>
        <translation>Organisation {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="599" />
        <source>{people} and {departments} move from {merged} to {kept} (a department {kept} already has is joined with it); {merged} is then removed. This cannot be undone.</source>
        <translation>{people} und {departments} werden von {merged} nach {kept} verschoben (eine Abteilung, die {kept} bereits hat, wird damit zusammengelegt); {merged} wird danach entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="602" />
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="614" />
        <source>%Ln caller(s)</source>
        <translation><numerusform>%Ln Anrufer</numerusform><numerusform>%Ln Anrufer</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="603" />
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="615" />
        <source>%Ln department(s)</source>
        <translation><numerusform>%Ln Abteilung</numerusform><numerusform>%Ln Abteilungen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="607" />
        <source>Merge organisations</source>
        <translation>Organisationen zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="612" />
        <source>Merged {merged} into {kept}: {people} and {departments} moved.</source>
        <translation>{merged} mit {kept} zusammengeführt: {people} und {departments} verschoben.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="170" />
        <source>Outbox and conflicts</source>
        <translation>Postausgang und Konflikte</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="187" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="187" />
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="188" />
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="188" />
        <source>Theirs (desk)</source>
        <translation>Deren (Service Desk)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="192" />
        <source>Keep &amp;mine</source>
        <translation>&amp;Meins behalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="193" />
        <source>Keep &amp;theirs</source>
        <translation>&amp;Deren behalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="194" />
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="195" />
        <source>&amp;Edit and retry…</source>
        <translation>&amp;Bearbeiten und erneut versuchen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="196" />
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="248" />
        <source>{waiting} waiting to be sent · {conflicts} in conflict · {refused} refused by the desk</source>
        <translation>{waiting} warten auf Versand · {conflicts} im Konflikt · {refused} vom Service Desk abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="270" />
        <source>Nothing waits: every change made here has been sent.</source>
        <translation>Nichts wartet: Jede hier vorgenommene Änderung wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="273" />
        <source>Both you and the desk changed these fields of {item}. Choose a field and keep your value or the desk's; the other fields of this change were applied.</source>
        <translation>Sowohl Sie als auch der Service Desk haben diese Felder von {item} geändert. Wählen Sie ein Feld und behalten Sie Ihren Wert oder den des Service Desks; die anderen Felder dieser Änderung wurden übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="288" />
        <source>The desk refused this change to {item}: {reason}</source>
        <translation>Der Service Desk hat diese Änderung an {item} abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="291" />
        <source>Waiting to be sent with the next sync: {change}</source>
        <translation>Wartet auf Versand bei der nächsten Synchronisierung: {change}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="340" />
        <source>the desk's values for {n} field(s) in conflict</source>
        <translation>die Werte des Service Desks für {n} Feld(er) im Konflikt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="342" />
        <source>this refused change</source>
        <translation>diese abgelehnte Änderung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="343" />
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="344" />
        <source>Discard 1 change to {item}? You keep {what}; your value is not sent.</source>
        <translation>1 Änderung an {item} verwerfen? Sie behalten {what}; Ihr Wert wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="54" />
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="54" />
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="55" />
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="56" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="56" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="56" />
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="56" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="57" />
        <source>Desk says</source>
        <translation>Service Desk meldet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="66" />
        <source>Logged offline: {title}</source>
        <translation>Offline erfasst: {title}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="69" />
        <source>Work note: {body}</source>
        <translation>Arbeitsnotiz: {body}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="71" />
        <source>Comment: {body}</source>
        <translation>Kommentar: {body}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="74" />
        <source>Link removed: {type}</source>
        <translation>Verknüpfung entfernt: {type}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="75" />
        <source>Link: {type}</source>
        <translation>Verknüpfung: {type}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="77" />
        <source>Time entry removed</source>
        <translation>Zeiteintrag entfernt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="79" />
        <source>Time entry corrected: {fields}</source>
        <translation>Zeiteintrag korrigiert: {fields}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="83" />
        <source>Time: {minutes} min</source>
        <translation>Zeit: {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="87" />
        <source>Attachment removed: {name}</source>
        <translation>Anhang entfernt: {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/outbox.py" line="88" />
        <source>Attachment: {name} ({size})</source>
        <translation>Anhang: {name} ({size})</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="225" />
        <source>Show s&amp;ent messages too</source>
        <translation>Auch ge&amp;sendete Nachrichten anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="226" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="227" />
        <source>Send a&amp;gain</source>
        <translation>E&amp;rneut senden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="228" />
        <source>&amp;Cancel sending…</source>
        <translation>Senden a&amp;bbrechen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="229" />
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="229" />
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="229" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="230" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="230" />
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="230" />
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="231" />
        <source>Why it failed</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="273" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="273" />
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="274" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="274" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="282" />
        <source>%1 message(s) shown, %2 failed.</source>
        <translation>%1 Nachricht(en) angezeigt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="292" />
        <source>Select the messages to send again first.</source>
        <translation>Wählen Sie zuerst die erneut zu sendenden Nachrichten aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="301" />
        <source>Select the messages not to send first.</source>
        <translation>Wählen Sie zuerst die nicht zu sendenden Nachrichten aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="303" />
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="304" />
        <source>Never send %1 selected message(s)? Sent ones stay sent.</source>
        <translation>%1 ausgewählte Nachricht(en) nie senden? Bereits gesendete bleiben gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="306" />
        <source>Cancel &amp;sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="307" />
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="317" />
        <source>%1 message(s) changed.</source>
        <translation>%1 Nachricht(en) geändert.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="78" />
        <source>Password for {name}</source>
        <translation>Passwort für {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="87" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="88" />
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="100" />
        <source>Use at least 8 characters.</source>
        <translation>Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="102" />
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe ein.</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="41" />
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="46" />
        <source>Choose why it waits</source>
        <translation>Wählen Sie, warum er wartet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="48" />
        <source>&amp;Bring it back on</source>
        <translation>&amp;Zurückholen am</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="59" />
        <source>Without a date the item waits until someone resumes it. With one, it goes back to work by itself at that time, with a note.</source>
        <translation>Ohne Datum wartet der Eintrag, bis jemand ihn fortsetzt. Mit Datum geht er zu diesem Zeitpunkt von selbst wieder in Bearbeitung, mit einer Notiz.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="63" />
        <source>&amp;Waiting for:</source>
        <translation>&amp;Wartet auf:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="69" />
        <source>Put on &amp;hold</source>
        <translation>Zurück&amp;stellen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="84" />
        <source>Choose why the item waits.</source>
        <translation>Wählen Sie, warum der Eintrag wartet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="88" />
        <source>Pick a time later than now, or untick the date.</source>
        <translation>Wählen Sie einen späteren Zeitpunkt oder entfernen Sie das Häkchen beim Datum.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="627" />
        <source>Callers and organisations</source>
        <translation>Anrufer und Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="631" />
        <source>&amp;Callers</source>
        <translation>A&amp;nrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="632" />
        <source>O&amp;rganisations</source>
        <translation>O&amp;rganisationen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="636" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="102" />
        <source>&amp;Save</source>
        <extracomment>whether a refusal's per-field texts are sentences (the approval engine's are codes)</extracomment>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="106" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="107" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="181" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation>Nichts wurde gespeichert; korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="185" />
        <source>Nothing was saved: someone else saved this meanwhile; their version is shown. Make your change again and save.</source>
        <translation>Nichts wurde gespeichert: Jemand anderes hat dies inzwischen gespeichert; dessen Version wird angezeigt. Nehmen Sie Ihre Änderung erneut vor und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="189" />
        <source>Nothing was saved: someone else changed it meanwhile. Close, refresh the list and edit it again.</source>
        <translation>Nichts wurde gespeichert: Jemand anderes hat es inzwischen geändert. Schließen Sie, aktualisieren Sie die Liste und bearbeiten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_page.py" line="85" />
        <source>&amp;Edit…</source>
        <extracomment>freeze windows listed: from this far back with "Show ended" (they are few: a handful a year)</extracomment>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_page.py" line="87" />
        <source>Open the selected one (Enter)</source>
        <translation>Den gewählten Eintrag öffnen (Eingabe)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/plan_page.py" line="135" />
        <source>%n record(s)</source>
        <extracomment>what the Delete key does on the list (remove, where the service can)</extracomment>
        <translation><numerusform>%n Eintrag</numerusform><numerusform>%n Einträge</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_page.py" line="177" />
        <source>Saved '{name}'.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>PostUpdateDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="38" />
        <source>Stakeholder update on {n}</source>
        <translation>Stakeholder-Update zu {n}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="46" />
        <source>What is affected, what is being done, what users should do meanwhile</source>
        <translation>Was betroffen ist, was getan wird, was Benutzer inzwischen tun sollen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="53" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="54" />
        <source>No further update &amp;promised</source>
        <translation>Kein weiteres Update &amp;zugesagt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="57" />
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="115" />
        <source>&amp;Mail it to the stakeholders</source>
        <translation>An die Beteiligten &amp;mailen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="60" />
        <source>Counting the stakeholders…</source>
        <translation>Beteiligte werden gezählt…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="66" />
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="68" />
        <source>&amp;Update:</source>
        <translation>&amp;Update:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="70" />
        <source>&amp;Next update in:</source>
        <translation>&amp;Nächstes Update in:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="78" />
        <source>Post up&amp;date</source>
        <translation>Update veröffentlic&amp;hen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="87" />
        <source>Say who the update went to.</source>
        <translation>Geben Sie an, an wen das Update ging.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="90" />
        <source>Type what the stakeholders were told.</source>
        <translation>Geben Sie ein, was den Stakeholdern mitgeteilt wurde.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="105" />
        <source>Sending mail is switched off for this desk (Tools &gt; Mail); the update is only logged.</source>
        <translation>Der Mailversand ist für diesen Desk ausgeschaltet (Extras &gt; E-Mail); die Meldung wird nur protokolliert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="108" />
        <source>No stakeholders to mail yet: subscribe callers to the service or name addresses (Stakeholders…).</source>
        <translation>Noch keine Beteiligten zum Anmailen: Anrufer für den Service eintragen oder Adressen nennen (Beteiligte…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="111" />
        <source>Mailing goes to %n stakeholder(s): {names}.</source>
        <translation><numerusform>Die Mail geht an %n Beteiligten: {names}.</numerusform><numerusform>Die Mail geht an %n Beteiligte: {names}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/major_update_dialog.py" line="114" />
        <source>&amp;Mail it to %n stakeholder(s)</source>
        <translation><numerusform>An %n Beteiligten &amp;mailen</numerusform><numerusform>An %n Beteiligte &amp;mailen</numerusform></translation>
    </message>
</context>
<context>
    <name>PostgresChangeWatcher</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/live.py" line="181" />
        <source>Live updates paused: the database server cannot be reached. DeskApp reconnects by itself.</source>
        <translation>Live-Aktualisierungen pausiert: Der Datenbankserver ist nicht erreichbar. DeskApp verbindet sich selbst wieder.</translation>
    </message>
</context>
<context>
    <name>ProblemActions</name>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="112" />
        <source>%n incident(s) linked as children of {n}.</source>
        <translation><numerusform>%n Störung als untergeordnet mit {n} verknüpft.</numerusform><numerusform>%n Störungen als untergeordnet mit {n} verknüpft.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="113" />
        <source>%n incident(s) linked to {n}.</source>
        <translation><numerusform>%n Störung mit {n} verknüpft.</numerusform><numerusform>%n Störungen mit {n} verknüpft.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="114" />
        <source>Link %n selected incident(s) to the &amp;problem numbered:</source>
        <translation><numerusform>%n ausgewählte Störung mit dem &amp;Problem mit der Nummer verknüpfen:</numerusform><numerusform>%n ausgewählte Störungen mit dem &amp;Problem mit der Nummer verknüpfen:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="115" />
        <source>Link to a major incident</source>
        <translation>Mit einem Major Incident verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="116" />
        <source>Link to a problem</source>
        <translation>Mit einem Problem verknüpfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="117" />
        <source>Make %n selected incident(s) children of the &amp;major incident numbered:</source>
        <translation><numerusform>%n ausgewählte Störung dem &amp;Major Incident mit der Nummer unterordnen:</numerusform><numerusform>%n ausgewählte Störungen dem &amp;Major Incident mit der Nummer unterordnen:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="118" />
        <source>New problem: type a title and the problem statement, then Ctrl+S to save.</source>
        <translation>Neues Problem: Titel und Problembeschreibung eingeben, dann mit Ctrl+S speichern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="119" />
        <source>Open an incident first, then apply a workaround.</source>
        <translation>Öffnen Sie zuerst eine Störung, dann wenden Sie einen Workaround an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="120" />
        <source>Select one or more incidents in the queue first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Störungen in der Warteschlange aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="121" />
        <source>{n} created from %n incident(s).</source>
        <translation><numerusform>{n} aus %n Störung angelegt.</numerusform><numerusform>{n} aus %n Störungen angelegt.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="85" />
        <source>The cause being looked for, in a few words</source>
        <translation>Die gesuchte Ursache, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="88" />
        <source>Problem statement: the symptoms callers see, when and where</source>
        <translation>Problembeschreibung: die Symptome, die Anrufer sehen, wann und wo</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="101" />
        <source>(not known yet)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="104" />
        <source>Why it happens (needed for Known error and Resolved)</source>
        <translation>Warum es passiert (nötig für Bekannter Fehler und Gelöst)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="107" />
        <source>What agents do meanwhile to restore service (needed for Known error)</source>
        <translation>Was Bearbeiter bis dahin tun, um den Service wiederherzustellen (nötig für Bekannter Fehler)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="109" />
        <source>What removes the cause for good (needed for Resolved)</source>
        <translation>Was die Ursache endgültig beseitigt (nötig für Gelöst)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="112" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="116" />
        <source>Im&amp;pact:</source>
        <translation>Aus&amp;wirkung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="117" />
        <source>&amp;Urgency:</source>
        <translation>Dring&amp;lichkeit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="118" />
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="119" />
        <source>&amp;Assignee:</source>
        <translation>Bea&amp;rbeiter:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="123" />
        <source>&amp;Workaround:</source>
        <translation>&amp;Workaround:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="113" />
        <source>Problem stateme&amp;nt:</source>
        <translation>Problembeschreibu&amp;ng:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="114" />
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="115" />
        <source>CI:</source>
        <translation>CI:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="121" />
        <source>Root-cause categor&amp;y:</source>
        <translation>Ursachen&amp;kategorie:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="122" />
        <source>Root &amp;cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="124" />
        <source>Permanent fi&amp;x:</source>
        <translation>Dauerhafte &amp;Lösung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="129" />
        <source>Open inci&amp;dent</source>
        <translation>Störung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="131" />
        <source>&amp;Link incidents…</source>
        <translation>Störungen &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="134" />
        <source>Linked incidents</source>
        <translation>Verknüpfte Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="172" />
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="173" />
        <source>(no service)</source>
        <translation>(kein Service)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="174" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="282" />
        <source>(no configuration item)</source>
        <translation>(kein Configuration Item)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="175" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="276" />
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="181" />
        <source>%n incident(s) linked, {open} open</source>
        <translation><numerusform>%n Störung verknüpft, {open} offen</numerusform><numerusform>%n Störungen verknüpft, {open} offen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="247" />
        <source>Problem statement</source>
        <translation>Problembeschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="247" />
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="248" />
        <source>Root-cause category</source>
        <translation>Ursachenkategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="249" />
        <source>Workaround</source>
        <translation>Workaround</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="249" />
        <source>Permanent fix</source>
        <translation>Dauerhafte Lösung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="253" />
        <source>%n incident(s), {open} open</source>
        <translation><numerusform>%n Störung, {open} offen</numerusform><numerusform>%n Störungen, {open} offen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="255" />
        <source>Opened {opened}</source>
        <translation>Eröffnet {opened}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="257" />
        <source>known error since {when}</source>
        <translation>bekannter Fehler seit {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="263" />
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="264" />
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="289" />
        <source>Save the problem before linking incidents.</source>
        <translation>Speichern Sie das Problem, bevor Sie Störungen verknüpfen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="293" />
        <source>Link incidents to {n}</source>
        <translation>Störungen mit {n} verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="294" />
        <source>Incident &amp;numbers (separated by commas or spaces):</source>
        <translation>Störungs&amp;nummern (durch Kommas oder Leerzeichen getrennt):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="310" />
        <source>%n incident(s) linked.</source>
        <translation><numerusform>%n Störung verknüpft.</numerusform><numerusform>%n Störungen verknüpft.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemResolveDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="38" />
        <source>Resolve {number}</source>
        <translation>{number} lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="42" />
        <source>How the permanent fix was verified (optional)</source>
        <translation>Wie die dauerhafte Lösung überprüft wurde (optional)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="48" />
        <source>Also resolve the %n open linked incident(s)</source>
        <translation><numerusform>Auch die %n offene verknüpfte Störung lösen</numerusform><numerusform>Auch die %n offenen verknüpften Störungen lösen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="56" />
        <source>Choose a code</source>
        <translation>Code auswählen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="61" />
        <source>Resolved with {number}: {fix}</source>
        <translation>Gelöst mit {number}: {fix}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="65" />
        <source>Resolution &amp;notes:</source>
        <translation>Lösungs&amp;notizen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="70" />
        <source>Incidents' &amp;code:</source>
        <translation>&amp;Code der Störungen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="73" />
        <source>Incidents' n&amp;otes:</source>
        <translation>N&amp;otizen der Störungen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="76" />
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="86" />
        <source>No open incident is linked to {number}.</source>
        <translation>Mit {number} ist keine offene Störung verknüpft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="88" />
        <source>%n open incident(s) linked to {number}: {numbers}.</source>
        <translation><numerusform>%n offene Störung mit {number} verknüpft: {numbers}.</numerusform><numerusform>%n offene Störungen mit {number} verknüpft: {numbers}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="93" />
        <source>%n more belong(s) to other teams and stay open.</source>
        <translation><numerusform>%n weitere gehört zu anderen Teams und bleibt offen.</numerusform><numerusform>%n weitere gehören zu anderen Teams und bleiben offen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="104" />
        <source>Choose the resolution code the incidents get.</source>
        <translation>Wählen Sie den Lösungscode für die Störungen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_dialogs.py" line="109" />
        <source>Enter the notes the incidents' callers will read.</source>
        <translation>Geben Sie die Notizen ein, die die Anrufer der Störungen lesen werden.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="145" />
        <source>Shared database</source>
        <translation>Gemeinsame Datenbank</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="149" />
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="152" />
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="160" />
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="164" />
        <source>No secure keyring is available on this computer; DeskApp will ask for the password each time it starts.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund verfügbar; DeskApp fragt bei jedem Start nach dem Passwort.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="168" />
        <source>Encrypted, server verified (verify-full)</source>
        <translation>Verschlüsselt, Server überprüft (verify-full)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="169" />
        <source>Encrypted, certificate authority checked (verify-ca)</source>
        <translation>Verschlüsselt, Zertifizierungsstelle geprüft (verify-ca)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="170" />
        <source>Encrypted, server not verified (require)</source>
        <translation>Verschlüsselt, Server nicht überprüft (require)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="171" />
        <source>Unencrypted if the server has no TLS (prefer)</source>
        <translation>Unverschlüsselt, wenn der Server kein TLS hat (prefer)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="172" />
        <source>Unencrypted unless the server insists (allow)</source>
        <translation>Unverschlüsselt, außer der Server verlangt es (allow)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="173" />
        <source>Unencrypted (disable)</source>
        <translation>Unverschlüsselt (disable)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="178" />
        <source>Without a choice of yours: verify-full when a CA file is given, require otherwise.</source>
        <translation>Ohne Ihre Wahl: verify-full, wenn eine CA-Datei angegeben ist, sonst require.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="185" />
        <source>PEM file from your administrator (optional)</source>
        <extracomment>True once the person picked a mode; until then it follows the CA file</extracomment>
        <translation>PEM-Datei von Ihrem Administrator (optional)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="187" />
        <source>The certificate authority (CA) that signed the server's certificate, e.g. root.crt; or 'system' for the authorities this computer trusts</source>
        <translation>Die Zertifizierungsstelle (CA), die das Serverzertifikat signiert hat, z. B. root.crt; oder 'system' für die Stellen, denen dieser Computer vertraut</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="191" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="200" />
        <source>&lt;b&gt;Unencrypted:&lt;/b&gt; your password and every ticket can be read, or changed, by anyone on the network between you and the server. Use this only on a network you trust, and only if the server cannot offer TLS.</source>
        <translation>&lt;b&gt;Unverschlüsselt:&lt;/b&gt; Ihr Passwort und jedes Ticket können von jedem im Netzwerk zwischen Ihnen und dem Server gelesen oder verändert werden. Verwenden Sie dies nur in einem vertrauenswürdigen Netzwerk und nur, wenn der Server kein TLS anbieten kann.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="205" />
        <source>Allo&amp;w an unencrypted connection</source>
        <translation>Unverschlüsselte &amp;Verbindung erlauben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="223" />
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="224" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="224" />
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="225" />
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="226" />
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="227" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="228" />
        <source>SS&amp;L:</source>
        <translation>SS&amp;L:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="229" />
        <source>CA f&amp;ile:</source>
        <translation>CA-Dat&amp;ei:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="242" />
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="248" />
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="273" />
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="274" />
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="291" />
        <source>profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="292" />
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="293" />
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="294" />
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="296" />
        <source>Fill in the {fields}.</source>
        <translation>Füllen Sie folgende Felder aus: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="300" />
        <source>SSL mode {mode} may send your password and tickets unencrypted; tick "Allow an unencrypted connection" to use it anyway, or choose an encrypted mode.</source>
        <translation>SSL-Modus {mode} kann Ihr Passwort und Tickets unverschlüsselt senden; kreuzen Sie „Unverschlüsselte Verbindung erlauben“ an, um ihn trotzdem zu verwenden, oder wählen Sie einen verschlüsselten Modus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="305" />
        <source>There is no CA file at {path}; choose the file your administrator gave you, or leave it empty.</source>
        <translation>Unter {path} gibt es keine CA-Datei; wählen Sie die Datei, die Sie von Ihrem Administrator erhalten haben, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="321" />
        <source>Connecting to {url}…</source>
        <translation>Verbindung zu {url} wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/connection.py" line="332" />
        <source>Connected to {url}.</source>
        <translation>Mit {url} verbunden.</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="99" />
        <source>Save queue</source>
        <translation>Warteschlange speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="99" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="123" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="109" />
        <source>Saved as '{name}' under My queues.</source>
        <translation>Als „{name}“ unter Meine Warteschlangen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="121" />
        <source>Built-in queues cannot be renamed; use Save as.</source>
        <translation>Eingebaute Warteschlangen können nicht umbenannt werden; verwenden Sie Speichern unter.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="123" />
        <source>Rename queue</source>
        <translation>Warteschlange umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="133" />
        <source>Save the queue as your own first, then share it.</source>
        <translation>Speichern Sie die Warteschlange zuerst als eigene, dann teilen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="135" />
        <source>(personal, not shared)</source>
        <translation>(persönlich, nicht geteilt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="136" />
        <source>Share queue</source>
        <translation>Warteschlange teilen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="136" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="148" />
        <source>Built-in queues cannot be deleted.</source>
        <translation>Eingebaute Warteschlangen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="153" />
        <source>Queue '{name}' deleted.</source>
        <translation>Warteschlange „{name}“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="173" />
        <source>Nothing left to take in this queue.</source>
        <translation>In dieser Warteschlange gibt es nichts mehr zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="175" />
        <source>{number} is yours now.</source>
        <translation>{number} gehört jetzt Ihnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="209" />
        <source>%n item(s) assigned to you.</source>
        <translation><numerusform>%n Eintrag Ihnen zugewiesen.</numerusform><numerusform>%n Einträge Ihnen zugewiesen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="245" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="256" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="313" />
        <source>Select the incidents first (Shift or Ctrl + click).</source>
        <translation>Wählen Sie zuerst die Störungen aus (Shift- oder Ctrl-Klick).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="247" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="259" />
        <location filename="../../src/deskapp/ui/queues/actions.py" line="337" />
        <source>Bulk actions work on up to %Ln item(s) at a time; narrow the selection.</source>
        <translation><numerusform>Sammelaktionen arbeiten mit höchstens %Ln Eintrag gleichzeitig; verkleinern Sie die Auswahl.</numerusform><numerusform>Sammelaktionen arbeiten mit höchstens %Ln Einträgen gleichzeitig; verkleinern Sie die Auswahl.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="320" />
        <source>This bulk change does not apply to {kinds}; select other rows.</source>
        <translation>Diese Sammeländerung gilt nicht für {kinds}; wählen Sie andere Zeilen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="322" />
        <source>the selected rows</source>
        <translation>die ausgewählten Zeilen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="343" />
        <source>Bulk change</source>
        <translation>Sammeländerung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="344" />
        <source>Changing %Ln item(s)…</source>
        <translation><numerusform>%Ln Eintrag wird geändert…</numerusform><numerusform>%Ln Einträge werden geändert…</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="371" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="412" />
        <source>Export queue</source>
        <translation>Warteschlange exportieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="413" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="427" />
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="429" />
        <source>Exported %Ln item(s) to {path}.</source>
        <translation><numerusform>%Ln Eintrag nach {path} exportiert.</numerusform><numerusform>%Ln Einträge nach {path} exportiert.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/actions.py" line="433" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/actions.py" line="433" />
        <source>Exporting %Ln item(s)…</source>
        <translation><numerusform>%Ln Eintrag wird exportiert…</numerusform><numerusform>%Ln Einträge werden exportiert…</numerusform></translation>
    </message>
</context>
<context>
    <name>QueueNavigator</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="26" />
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="27" />
        <source>My queues</source>
        <translation>Meine Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="28" />
        <source>Team queues</source>
        <translation>Team-Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="46" />
        <source>Queues</source>
        <extracomment>The entry under the queues that opens My approvals (not a queue: ``approvals_chosen``). Entries under the queues that open a view of Service Operation (``view_chosen(key)``).</extracomment>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="78" />
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="79" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="80" />
        <source>Major incidents</source>
        <translation>Major Incidents</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="119" />
        <source>My approvals</source>
        <translation>Meine Genehmigungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="121" />
        <source>Approvals waiting for you (Ctrl+Shift+P)</source>
        <translation>Genehmigungen, die auf Sie warten (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="124" />
        <source>Known errors</source>
        <translation>Bekannte Fehler</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="125" />
        <source>Problems with a known root cause and workaround, searchable (Ctrl+Shift+K)</source>
        <translation>Probleme mit bekannter Ursache und Workaround, durchsuchbar (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="127" />
        <source>Major incident board</source>
        <translation>Major-Incident-Board</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="128" />
        <source>Open major incidents: timeline, children, stakeholder updates (Ctrl+Alt+J)</source>
        <translation>Offene Major Incidents: Zeitleiste, untergeordnete Störungen, Stakeholder-Updates (Ctrl+Alt+J)</translation>
    </message>
</context>
<context>
    <name>QueueSection</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="161" />
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/navigator.py" line="167" />
        <source>Show or hide the queue list</source>
        <translation>Warteschlangenliste ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="462" />
        <source>The caller is a VIP.</source>
        <extracomment>Custom roles: the row's id (for activation and selection), its SLA state, the whole row. roles a paint asks for that this model never sets (answered without a call of data())</extracomment>
        <translation>Der Anrufer ist ein VIP.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="688" />
        <source>{number} (provisional)</source>
        <translation>{number} (vorläufig)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="691" />
        <source>{name} (VIP)</source>
        <translation>{name} (VIP)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="713" />
        <source>due in {t}</source>
        <translation>fällig in {t}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/model.py" line="716" />
        <source>overdue by {t}</source>
        <translation>überfällig seit {t}</translation>
    </message>
</context>
<context>
    <name>QueueWorkspace</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="165" />
        <source>No incidents match this queue; change the filter.</source>
        <extracomment>A refresh still unanswered after this long no longer holds back the next one. Default widths, in characters of the table's font, of columns holding free text; the other columns fit their widest value (a number, a date, a priority or status label). At 1366x768 the default columns then fit the grid beside the area bar. Status labels up to this long set the status column's width. Space a cell needs around its text (margins and the focus frame). Bus change kinds that mean work items changed (one per kind of work item). The message line with this text was hidden: what it said no longer holds.</extracomment>
        <translation>Keine Störungen passen zu dieser Warteschlange; ändern Sie den Filter.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="171" />
        <source>Filter this queue (words or a number)</source>
        <translation>Diese Warteschlange filtern (Wörter oder eine Nummer)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="180" />
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="182" />
        <source>Group by {col}</source>
        <translation>Nach {col} gruppieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="286" />
        <source>&amp;Take next</source>
        <translation>&amp;Nächstes übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="287" />
        <source>Claim the most urgent unassigned ticket (Ctrl+T)</source>
        <translation>Das dringendste nicht zugewiesene Ticket übernehmen (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="289" />
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="290" />
        <source>Make the selected items yours (Ctrl+M)</source>
        <translation>Die ausgewählten Einträge übernehmen (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="292" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="293" />
        <source>F&amp;ilter…</source>
        <translation>F&amp;ilter…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="295" />
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="296" />
        <source>&amp;Save queue</source>
        <translation>Warteschlange s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="297" />
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="299" />
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="300" />
        <source>Share with tea&amp;m…</source>
        <translation>Mit Tea&amp;m teilen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="301" />
        <source>&amp;Delete queue</source>
        <translation>Warteschlange &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="302" />
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="304" />
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="306" />
        <source>Set &amp;status…</source>
        <translation>&amp;Status setzen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="307" />
        <source>Set &amp;priority…</source>
        <translation>&amp;Priorität setzen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="309" />
        <source>Move to &amp;team…</source>
        <translation>In &amp;Team verschieben…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="311" />
        <source>Filter &amp;text</source>
        <translation>Filter&amp;text</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="320" />
        <source>&amp;Bulk</source>
        <translation>&amp;Sammelaktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="329" />
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="444" />
        <source>That queue no longer exists; pick another one.</source>
        <translation>Diese Warteschlange existiert nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="597" />
        <source>%Ln item(s)</source>
        <translation><numerusform>%Ln Eintrag</numerusform><numerusform>%Ln Einträge</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="609" />
        <source>The {col} column cannot be sorted: queues sort only by columns the database keeps in order.</source>
        <translation>Die Spalte {col} kann nicht sortiert werden: Warteschlangen sortieren nur nach Spalten, die die Datenbank geordnet hält.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="651" />
        <source>Keep at least one column.</source>
        <translation>Behalten Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/workspace.py" line="850" />
        <source>Built-in queues cannot be changed; use Save as to keep your own copy.</source>
        <translation>Eingebaute Warteschlangen können nicht geändert werden; verwenden Sie Speichern unter für eine eigene Kopie.</translation>
    </message>
</context>
<context>
    <name>RatingsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="41" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="41" />
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="105" />
        <source>{n} items, {start} to {end}</source>
        <translation>{n} Einträge, {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="116" />
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="318" />
        <source>&amp;Add initiative…</source>
        <translation>Initiative hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="319" />
        <source>E&amp;dit…</source>
        <translation>Bearbeit&amp;en…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="320" />
        <source>&amp;Link item…</source>
        <translation>Eintrag &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="321" />
        <source>&amp;Unlink item…</source>
        <translation>Verknüpfung &amp;lösen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="370" />
        <source>Loading the register…</source>
        <translation>Register wird geladen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="385" />
        <source>{n} initiatives; measuring their progress…</source>
        <translation>{n} Initiativen; ihr Fortschritt wird gemessen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="386" />
        <source>No initiatives yet: Add initiative registers one with its KPI, baseline and target.</source>
        <translation>Noch keine Initiativen: Initiative hinzufügen registriert eine mit KPI, Ausgangsbasis und Ziel.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="397" />
        <source>Progress measured now over the same number of days as each baseline.</source>
        <translation>Fortschritt jetzt über dieselbe Anzahl Tage gemessen wie die jeweilige Ausgangsbasis.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="456" />
        <source>Measuring the baseline…</source>
        <translation>Ausgangsbasis wird gemessen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="469" />
        <source>Link a work item</source>
        <translation>Einen Arbeitseintrag verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="470" />
        <source>Number of the problem, change or other item that serves “{title}”:</source>
        <translation>Nummer des Problems, Changes oder anderen Eintrags, der „{title}“ dient:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="485" />
        <source>Unlink a work item</source>
        <translation>Verknüpfung eines Arbeitseintrags lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/register.py" line="486" />
        <source>Unlink which item from “{title}”? (1 link is removed)</source>
        <translation>Welchen Eintrag von „{title}“ lösen? (1 Verknüpfung wird entfernt)</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="165" />
        <source>Add a relation</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="171" />
        <source>this CI</source>
        <translation>dieses CI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="174" />
        <source>A service {verb} {name}</source>
        <translation>Ein Service {verb} {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="177" />
        <source>{name} {reading} …</source>
        <translation>{name} {reading} …</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="181" />
        <source>Type part of a name</source>
        <translation>Einen Teil eines Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="184" />
        <source>Matching CIs or services</source>
        <translation>Passende CIs oder Services</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="188" />
        <source>&amp;Relation:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="190" />
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="258" />
        <source>No match; type less of the name.</source>
        <translation>Kein Treffer; geben Sie weniger vom Namen ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="259" />
        <source>Showing the first {n}.</source>
        <translation>Die ersten {n} werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="77" />
        <source>Relation</source>
        <extracomment>(relation type, outgoing, other is a service) in the order the dialog offers them</extracomment>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="77" />
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="87" />
        <source>Relations of the CI</source>
        <translation>Beziehungen des CI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="88" />
        <source>Add relati&amp;on…</source>
        <translation>Beziehung hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="89" />
        <source>Relate this CI to another CI or a service (Ctrl+L)</source>
        <translation>Dieses CI mit einem anderen CI oder einem Service in Beziehung setzen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="91" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="92" />
        <source>Remove the selected relations (Delete); saved with the CI</source>
        <translation>Die ausgewählten Beziehungen entfernen (Entf); wird mit dem CI gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/relations.py" line="147" />
        <source>service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="279" />
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="280" />
        <source>New release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="286" />
        <source>Has a target &amp;window</source>
        <translation>Hat ein &amp;Zielzeitfenster</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="300" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="301" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="304" />
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="303" />
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="305" />
        <source>Descri&amp;ption:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="56" />
        <source>&amp;New release…</source>
        <translation>&amp;Neues Release…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="60" />
        <source>&amp;Delete…</source>
        <extracomment>the selected release's changes as last loaded (None: not loaded yet)</extracomment>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="62" />
        <source>Delete the selected release (Delete); only a release no change belongs to</source>
        <translation>Das ausgewählte Release löschen (Entf); nur ein Release, zu dem keine Änderung gehört</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="85" />
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="119" />
        <source>Select a release to see its changes.</source>
        <translation>Wählen Sie ein Release, um seine Änderungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="105" />
        <source>%n release(s)</source>
        <translation><numerusform>%n Release</numerusform><numerusform>%n Releases</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="130" />
        <source>{name}: %n change(s); {conflicts} with conflicts not accepted yet</source>
        <translation><numerusform>{name}: %n Änderung; {conflicts} mit noch nicht akzeptierten Konflikten</numerusform><numerusform>{name}: %n Änderungen; {conflicts} mit noch nicht akzeptierten Konflikten</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="152" />
        <source>Delete release?</source>
        <translation>Release löschen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="153" />
        <source>Delete the release '{name}'? No change belongs to it; it is no longer offered on changes or shown on the calendar.</source>
        <translation>Das Release „{name}“ löschen? Keine Änderung gehört dazu; es wird bei Änderungen nicht mehr angeboten und nicht mehr im Kalender gezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="156" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="157" />
        <source>Deleted the release '{name}'.</source>
        <translation>Das Release „{name}“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="166" />
        <source>{numbers} and {more} more</source>
        <translation>{numbers} und {more} weitere</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="168" />
        <source>Release still in use</source>
        <translation>Release noch in Gebrauch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/release_page.py" line="169" />
        <source>The release '{name}' still holds %n change(s) ({numbers}); take them out of it (each change's Release field) or move them to another release first.</source>
        <translation><numerusform>Zum Release „{name}“ gehört noch %n Änderung ({numbers}); nehmen Sie sie zuerst heraus (Feld „Release“ der Änderung) oder verschieben Sie sie in ein anderes Release.</numerusform><numerusform>Zum Release „{name}“ gehören noch %n Änderungen ({numbers}); nehmen Sie sie zuerst heraus (Feld „Release“ jeder Änderung) oder verschieben Sie sie in ein anderes Release.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="107" />
        <source>Reopen {number}</source>
        <translation>{number} wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="111" />
        <source>What is still wrong (kept in the history).</source>
        <translation>Was noch falsch ist (wird im Verlauf gespeichert).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="114" />
        <source>&amp;Why reopen it:</source>
        <translation>&amp;Grund für das Wiederöffnen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="119" />
        <source>&amp;Reopen</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="129" />
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/step_dialogs.py" line="131" />
        <source>Say why the item is reopened.</source>
        <translation>Geben Sie an, warum der Eintrag wieder geöffnet wird.</translation>
    </message>
</context>
<context>
    <name>ReplicaBadge</name>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="117" />
        <source>Sync now</source>
        <extracomment>seconds between background syncs while the desk can be reached (QSettings offline/auto_sync_s)</extracomment>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="119" />
        <source>Send your changes and bring the desk's (Ctrl+Alt+Y)</source>
        <translation>Ihre Änderungen senden und die des Service Desks holen (Ctrl+Alt+Y)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="128" />
        <source>Outbox…</source>
        <translation>Postausgang…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="130" />
        <source>Changes waiting, refused or in conflict (Ctrl+Shift+U)</source>
        <translation>Wartende, abgelehnte oder konfliktbehaftete Änderungen (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="162" />
        <source>Offline replica</source>
        <translation>Offline-Replikat</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="164" />
        <source>syncing…</source>
        <translation>synchronisiert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="166" />
        <source>working offline</source>
        <translation>offline arbeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="168" />
        <source>offline (desk not reachable)</source>
        <translation>offline (Service Desk nicht erreichbar)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="170" />
        <source>offline (Sync now to sign in)</source>
        <translation>offline (zum Anmelden jetzt synchronisieren)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="175" />
        <source>%n pending</source>
        <translation><numerusform>%n wartend</numerusform><numerusform>%n wartend</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="177" />
        <source>%n conflict(s)</source>
        <translation><numerusform>%n Konflikt</numerusform><numerusform>%n Konflikte</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="179" />
        <source>%n refused</source>
        <translation><numerusform>%n abgelehnt</numerusform><numerusform>%n abgelehnt</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="192" />
        <source>Go online</source>
        <translation>Online gehen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="192" />
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="195" />
        <source>Sync with the desk again by itself (Ctrl+Alt+O)</source>
        <translation>Wieder automatisch mit dem Service Desk synchronisieren (Ctrl+Alt+O)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="196" />
        <source>Stop syncing by itself, e.g. on a metered connection (Ctrl+Alt+O)</source>
        <translation>Automatische Synchronisierung stoppen, z. B. bei einer getakteten Verbindung (Ctrl+Alt+O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="254" />
        <source>Synced: %n change(s) from the desk.</source>
        <translation><numerusform>Synchronisiert: %n Änderung vom Service Desk.</numerusform><numerusform>Synchronisiert: %n Änderungen vom Service Desk.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="256" />
        <source>Sent %n change(s) made here</source>
        <translation><numerusform>%n hier vorgenommene Änderung gesendet</numerusform><numerusform>%n hier vorgenommene Änderungen gesendet</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="257" />
        <source>({conflicts} in conflict, {refused} refused).</source>
        <translation>({conflicts} im Konflikt, {refused} abgelehnt).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="260" />
        <source>%n more wait for the desk; sync again in a moment.</source>
        <translation><numerusform>%n weitere wartet auf den Service Desk; synchronisieren Sie gleich noch einmal.</numerusform><numerusform>%n weitere warten auf den Service Desk; synchronisieren Sie gleich noch einmal.</numerusform></translation>
    </message>
</context>
<context>
    <name>RequestApprovalDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="79" />
        <source>Request approval</source>
        <translation>Genehmigung anfordern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="93" />
        <source>Add &amp;person</source>
        <translation>&amp;Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="100" />
        <source>Add t&amp;eam</source>
        <translation>T&amp;eam hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="103" />
        <source>The caller's &amp;manager</source>
        <translation>Die &amp;Führungskraft des Anrufers</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="105" />
        <source>The ser&amp;vice owner</source>
        <translation>Der Service-&amp;Verantwortliche</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="110" />
        <source>Add &amp;stage</source>
        <translation>&amp;Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="112" />
        <source>Close this stage; the next one is asked only after it is approved</source>
        <translation>Diese Stufe abschließen; die nächste wird erst nach ihrer Genehmigung angefragt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="126" />
        <source>Stages so far:</source>
        <translation>Bisherige Stufen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="127" />
        <source>&amp;Decided by:</source>
        <translation>&amp;Entschieden von:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="128" />
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rson:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="129" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="133" />
        <source>Also ask:</source>
        <translation>Auch fragen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="134" />
        <source>This stage asks:</source>
        <translation>Diese Stufe fragt:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="136" />
        <source>Re&amp;quest</source>
        <translation>An&amp;fordern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="153" />
        <source>{team} (team)</source>
        <translation>{team} (Team)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="168" />
        <source>Add at least one approver to this stage first.</source>
        <translation>Fügen Sie dieser Stufe zuerst mindestens einen Genehmiger hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="176" />
        <source>{n}. {policy} of: {who}</source>
        <translation>{n}. {policy} von: {who}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/approval_dialogs.py" line="192" />
        <source>Name at least one approver.</source>
        <translation>Nennen Sie mindestens einen Genehmiger.</translation>
    </message>
</context>
<context>
    <name>RequestFormWidget</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="116" />
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="128" />
        <source>This offering asks nothing more.</source>
        <translation>Dieses Angebot fragt nichts weiter.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="176" />
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="205" />
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="195" />
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="200" />
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="206" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="207" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="210" />
        <source>Type a name to find the person</source>
        <translation>Namen eingeben, um die Person zu finden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="211" />
        <source>Type a name to find the CI</source>
        <translation>Namen eingeben, um das CI zu finden</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="50" />
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="68" />
        <source>Offering:</source>
        <translation>Angebot:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="69" />
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="69" />
        <source>(no caller)</source>
        <translation>(kein Anrufer)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="70" />
        <source>Ordered by:</source>
        <translation>Bestellt von:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="70" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="72" />
        <source>Converted from:</source>
        <translation>Umgewandelt aus:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="74" />
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="74" />
        <source>{open} open of {total}</source>
        <translation>{open} offen von {total}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="77" />
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="92" />
        <source>no caller</source>
        <translation>kein Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="93" />
        <source>{offering} for {who}</source>
        <translation>{offering} für {who}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="95" />
        <source>{text}; awaiting approval</source>
        <translation>{text}; wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="97" />
        <source>Opened {opened}</source>
        <translation>Eröffnet {opened}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="105" />
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="106" />
        <source>Why is the request cancelled? Its open tasks are cancelled with it.</source>
        <translation>Warum wird die Anfrage abgebrochen? Ihre offenen Aufgaben werden mit abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ResolutionCodeEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="35" />
        <source>What tickets store, e.g. Solved (remotely)</source>
        <translation>Was Tickets speichern, z. B. Gelöst (per Fernzugriff)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="38" />
        <source>What the desk reads in the resolve dialog</source>
        <translation>Was der Service Desk im Lösungsdialog liest</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="43" />
        <source>When to choose it (shown as a tip)</source>
        <translation>Wann er zu wählen ist (als Tipp angezeigt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="48" />
        <source>Lower numbers come first in the resolve dialog.</source>
        <translation>Niedrigere Zahlen stehen im Lösungsdialog zuerst.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="49" />
        <source>&amp;Offered when resolving (untick to retire: tickets keep the code)</source>
        <translation>Beim Lösen a&amp;ngeboten (abwählen zum Stilllegen: Tickets behalten den Code)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="69" />
        <source>Co&amp;de:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="70" />
        <source>La&amp;bel:</source>
        <translation>Beze&amp;ichnung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="71" />
        <source>Descr&amp;iption:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="72" />
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="107" />
        <source>New resolution code</source>
        <translation>Neuer Lösungscode</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="111" />
        <source>The code is stored on tickets and cannot change; reword the label instead.</source>
        <translation>Der Code wird in Tickets gespeichert und kann sich nicht ändern; formulieren Sie stattdessen die Bezeichnung um.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/resolution_editor.py" line="113" />
        <source>Tickets store the code and it cannot change once saved.</source>
        <translation>Tickets speichern den Code; nach dem Speichern kann er sich nicht mehr ändern.</translation>
    </message>
</context>
<context>
    <name>ResolutionCodeListModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="117" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="117" />
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="117" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="117" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="123" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="123" />
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
</context>
<context>
    <name>ResolutionPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="21" />
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="28" />
        <source>Resolution code:</source>
        <translation>Lösungscode:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="29" />
        <source>Resolved:</source>
        <translation>Gelöst:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="30" />
        <source>Resolution notes:</source>
        <translation>Lösungsnotizen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="52" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="53" />
        <source>{label} (retired)</source>
        <translation>{label} (stillgelegt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="54" />
        <source>Stored code: {code}</source>
        <translation>Gespeicherter Code: {code}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolution_panel.py" line="60" />
        <source>{when} by {who}</source>
        <translation>{when} von {who}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="65" />
        <source>Resolve {number}</source>
        <translation>{number} lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="74" />
        <source>Choose a code</source>
        <translation>Code auswählen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="79" />
        <source>What was wrong and what fixed it (the caller reads this).</source>
        <translation>Was war falsch und was hat es behoben (der Anrufer liest das).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="86" />
        <source>Resolution &amp;code:</source>
        <translation>Lösungs&amp;code:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="88" />
        <source>Resolution &amp;notes:</source>
        <translation>Lösungs&amp;notizen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="100" />
        <source>Also resolve its %n open child incident(s) with this resolution</source>
        <translation><numerusform>Auch die %n offene untergeordnete Störung mit dieser Lösung lösen</numerusform><numerusform>Auch die %n offenen untergeordneten Störungen mit dieser Lösung lösen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="109" />
        <source>No resolution code is offered; ask whoever keeps Service Design to add or reactivate one.</source>
        <translation>Es wird kein Lösungscode angeboten; bitten Sie die Verantwortlichen für Service Design, einen hinzuzufügen oder zu reaktivieren.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="112" />
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="127" />
        <source>Choose a resolution code.</source>
        <translation>Wählen Sie einen Lösungscode.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="130" />
        <source>Enter resolution notes.</source>
        <translation>Geben Sie Lösungsnotizen ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/resolve_dialog.py" line="131" />
        <source>The resolution notes</source>
        <translation>Die Lösungsnotizen</translation>
    </message>
</context>
<context>
    <name>RetireSystemDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="409" />
        <source>Restore {name}</source>
        <translation>{name} wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="410" />
        <source>Retire {name}</source>
        <translation>{name} stilllegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="413" />
        <source>{name} has %n live grant(s).</source>
        <translation><numerusform>{name} hat %n aktive Berechtigung.</numerusform><numerusform>{name} hat %n aktive Berechtigungen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="417" />
        <source>Revoke them first (Show who holds it, then Revoke selected).</source>
        <translation>Entziehen Sie diese zuerst („Inhaber zeigen“, dann „Auswahl entziehen“).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="420" />
        <source>%n open access request(s) ask for it ({numbers}); close or cancel them first.</source>
        <translation><numerusform>%n offener Zugriffsantrag verlangt es ({numbers}); schließen oder stornieren Sie ihn zuerst.</numerusform><numerusform>%n offene Zugriffsanträge verlangen es ({numbers}); schließen oder stornieren Sie sie zuerst.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="424" />
        <source>The catalogue offers it ({names}); retire those offerings first.</source>
        <translation>Der Katalog bietet es an ({names}); ziehen Sie diese Angebote zuerst zurück.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="428" />
        <source>Take {name} back into use? Its entitlements can be requested again.</source>
        <translation>{name} wieder in Betrieb nehmen? Seine Berechtigungsstufen können dann wieder beantragt werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="431" />
        <source>A system is retired only when nobody holds access on it and nothing asks for it.</source>
        <translation>Ein System wird erst stillgelegt, wenn niemand mehr Zugriff darauf hat und nichts mehr danach verlangt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="436" />
        <source>Retired, it leaves the pickers and nobody can request its entitlements; its grants' history stays, and Show retired lists it to restore it.</source>
        <translation>Stillgelegt verschwindet es aus den Auswahllisten, und niemand kann seine Berechtigungsstufen beantragen; der Verlauf seiner Berechtigungen bleibt erhalten, und „Stillgelegte einblenden“ zeigt es, um es wieder in Betrieb zu nehmen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="443" />
        <source>Resto&amp;re system</source>
        <translation>System wieder in Betrie&amp;b nehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="444" />
        <source>Reti&amp;re system</source>
        <translation>System sti&amp;lllegen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="448" />
        <source>Sh&amp;ow who holds it</source>
        <translation>&amp;Inhaber zeigen</translation>
    </message>
</context>
<context>
    <name>ReviewAnswerDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="312" />
        <source>Review access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="315" />
        <source>Does {person} still need {access}?</source>
        <translation>Braucht {person} {access} noch?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="318" />
        <source>You record {reviewer}'s answer.</source>
        <translation>Sie erfassen die Antwort von {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="322" />
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="324" />
        <source>&amp;Revoke it</source>
        <translation>&amp;Entziehen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="332" />
        <source>Required when revoking: say why.</source>
        <translation>Beim Entziehen erforderlich: Grund angeben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="335" />
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="336" />
        <source>Sa&amp;ve answer</source>
        <translation>Antwort &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="340" />
        <source>Choose keep or revoke.</source>
        <translation>Wählen Sie Behalten oder Entziehen.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="41" />
        <source>The whole desk</source>
        <translation>Der gesamte Service Desk</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="42" />
        <source>Whole des&amp;k or a service:</source>
        <translation>Gesamter Service Des&amp;k oder ein Service:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="44" />
        <source>Write P&amp;DF…</source>
        <translation>&amp;PDF schreiben…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="45" />
        <source>Write &amp;XLSX…</source>
        <translation>&amp;XLSX schreiben…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="53" />
        <source>A service review covers the period chosen above: every KPI with its basis, SLA compliance by priority, weekly volumes beside the previous period, the top categories, major incidents, problems, changes and their success, and the improvement initiatives of the CSI register. The same review is written headless by deskapp-admin report.</source>
        <translation>Ein Service-Review umfasst den oben gewählten Zeitraum: jede KPI mit ihrer Grundlage, SLA-Einhaltung nach Priorität, wöchentliche Mengen neben dem vorherigen Zeitraum, die häufigsten Kategorien, Major Incidents, Probleme, Changes und ihr Erfolg sowie die Verbesserungsinitiativen des CSI-Registers. Dasselbe Review schreibt deskapp-admin report ohne Oberfläche.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="87" />
        <source>Choose a period above first.</source>
        <translation>Wählen Sie zuerst oben einen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="93" />
        <source>Write the service review</source>
        <translation>Service-Review schreiben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="94" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="94" />
        <source>Excel files (*.xlsx)</source>
        <translation>Excel-Dateien (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="101" />
        <source>Gathering the figures…</source>
        <translation>Kennzahlen werden gesammelt…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="120" />
        <source>Wrote {path} ({n} pages).</source>
        <translation>{path} geschrieben ({n} Seiten).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="123" />
        <source>Wrote {path} ({n} sheets).</source>
        <translation>{path} geschrieben ({n} Blätter).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/reviews.py" line="126" />
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="328" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="328" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="328" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="333" />
        <source>&amp;Add to the item</source>
        <translation>Zum Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="334" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="335" />
        <source>Messages that name an item but come from someone who is not its caller (a forwarded or forged number). Add one to its item as the caller's comment, or dismiss it.</source>
        <translation>Nachrichten, die einen Eintrag nennen, aber von jemandem kommen, der nicht dessen Anrufer ist (eine weitergeleitete oder gefälschte Nummer). Fügen Sie eine dem Eintrag als Kommentar des Anrufers hinzu oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="369" />
        <source>Select a message first.</source>
        <translation>Wählen Sie zuerst eine Nachricht aus.</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="46" />
        <source>{decided} of {total} ({percent}%)</source>
        <translation>{decided} von {total} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="127" />
        <source>&amp;Start review…</source>
        <translation>Prüfung &amp;starten…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="133" />
        <source>Ask managers or system owners to confirm or revoke each grant of a system or a department</source>
        <translation>Vorgesetzte oder Systemverantwortliche jede Berechtigung eines Systems oder einer Abteilung bestätigen oder entziehen lassen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="135" />
        <source>Record &amp;answer…</source>
        <translation>Antwort er&amp;fassen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_reviews_view.py" line="137" />
        <source>Record the answer of a reviewer without a DeskApp login (given by phone or e-mail)</source>
        <translation>Die Antwort eines Prüfers ohne DeskApp-Anmeldung erfassen (telefonisch oder per E-Mail)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="184" />
        <source>Revoke access</source>
        <translation>Zugriff entziehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="189" />
        <source>… and %n more</source>
        <translation><numerusform>… und %n weitere</numerusform><numerusform>… und %n weitere</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="190" />
        <source>This opens a revocation for %n grant(s):</source>
        <translation><numerusform>Dies öffnet einen Entzug für %n Berechtigung:</numerusform><numerusform>Dies öffnet einen Entzug für %n Berechtigungen:</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="198" />
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="199" />
        <source>Revoke %n grant(s)</source>
        <translation><numerusform>%n Berechtigung entziehen</numerusform><numerusform>%n Berechtigungen entziehen</numerusform></translation>
    </message>
</context>
<context>
    <name>RiskBox</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="20" />
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="31" />
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="45" />
        <source>Score:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="75" />
        <source>not assessed: {n} of {total} answered</source>
        <translation>nicht bewertet: {n} von {total} beantwortet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="80" />
        <source>{score} of 16, {level} (impact {impact} x probability {probability})</source>
        <translation>{score} von 16, {level} (Auswirkung {impact} x Wahrscheinlichkeit {probability})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_risk_box.py" line="85" />
        <source>Nothing raises the risk.</source>
        <translation>Nichts erhöht das Risiko.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="428" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="429" />
        <source>Whole incidents are written in batches; Cancel stops after the current batch, and importing the file again finishes the rest.</source>
        <translation>Ganze Störungen werden in Stapeln geschrieben; Abbrechen stoppt nach dem aktuellen Stapel, und ein erneuter Import der Datei erledigt den Rest.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="432" />
        <source>&amp;Stop import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="452" />
        <source>Stopped: the batches written are whole; import the file again to finish. </source>
        <translation>Gestoppt: Die geschriebenen Stapel sind vollständig; importieren Sie die Datei erneut, um abzuschließen. </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="454" />
        <source>Rows read: {rows}; rejected: {rejected}. {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>Gelesene Zeilen: {rows}; abgelehnt: {rejected}. {created} angelegt, {updated} aktualisiert, {unchanged} unverändert.</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="60" />
        <source>Choose the caller's score…</source>
        <translation>Bewertung des Anrufers wählen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="61" />
        <source>very poor</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="61" />
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="61" />
        <source>fair</source>
        <translation>mittelmäßig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="61" />
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="62" />
        <source>excellent</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="67" />
        <source>What the caller said (optional)</source>
        <translation>Was der Anrufer gesagt hat (optional)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="68" />
        <source>Recor&amp;d rating</source>
        <translation>Bewertung &amp;erfassen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="71" />
        <source>Sco&amp;re from a call:</source>
        <translation>Bewe&amp;rtung aus einem Anruf:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="110" />
        <source>Choose the score the caller gave first.</source>
        <translation>Wählen Sie zuerst die Bewertung, die der Anrufer gegeben hat.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/satisfaction_tab.py" line="119" />
        <source>Rating recorded.</source>
        <translation>Bewertung erfasst.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="48" />
        <source>Search</source>
        <extracomment>a knowledge article was chosen (its UUID): the main window shows it in Transition</extracomment>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="52" />
        <source>Ticket number, words, or "a phrase"</source>
        <translation>Ticketnummer, Wörter oder "eine Phrase"</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="62" />
        <source>&amp;Open items only</source>
        <translation>Nur &amp;offene Einträge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="67" />
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="71" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="73" />
        <source>&amp;More results</source>
        <translation>&amp;Mehr Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="154" />
        <source> (in a comment)</source>
        <translation> (in einem Kommentar)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="161" />
        <source>{number}  {title}  —  knowledge article</source>
        <translation>{number}  {title}  —  Wissensartikel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/search.py" line="169" />
        <source>Showing the first %Ln match(es); add words, or filter a queue (Ctrl+F) to see them all.</source>
        <translation><numerusform>Der erste %Ln Treffer wird angezeigt; fügen Sie Wörter hinzu oder filtern Sie eine Warteschlange (Ctrl+F), um alle zu sehen.</numerusform><numerusform>Die ersten %Ln Treffer werden angezeigt; fügen Sie Wörter hinzu oder filtern Sie eine Warteschlange (Ctrl+F), um alle zu sehen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="172" />
        <source>best first</source>
        <translation>beste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/search.py" line="172" />
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/search.py" line="173" />
        <source>Showing the first %Ln match(es), {how}; add words to narrow the search or press Alt+M for more.</source>
        <translation><numerusform>Der erste %Ln Treffer wird angezeigt, {how}; fügen Sie Wörter hinzu, um die Suche einzugrenzen, oder drücken Sie Alt+M für mehr.</numerusform><numerusform>Die ersten %Ln Treffer werden angezeigt, {how}; fügen Sie Wörter hinzu, um die Suche einzugrenzen, oder drücken Sie Alt+M für mehr.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/queues/search.py" line="177" />
        <source>%Ln match(es).</source>
        <translation><numerusform>%Ln Treffer.</numerusform><numerusform>%Ln Treffer.</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="62" />
        <location filename="../../src/deskapp/ui/work_items/request_form_widget.py" line="88" />
        <source>(none)</source>
        <extracomment>The earliest date a date field holds; it reads as "no date" (QDateEdit always has a value). Runs ``job`` off the UI thread and hands its result to ``done`` (the form's runner). the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="96" />
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="97" />
        <source>Share of the time the service must be available, such as 99.9 %; outage minutes come from its major incidents. 0 means no target.</source>
        <translation>Anteil der Zeit, in der der Service verfügbar sein muss, etwa 99,9 %; Ausfallminuten stammen aus seinen Major Incidents. 0 bedeutet kein Ziel.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="101" />
        <source>Person or department accountable</source>
        <translation>Verantwortliche Person oder Abteilung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="103" />
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="200" />
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="112" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="113" />
        <source>Portfolio s&amp;tatus:</source>
        <translation>P&amp;ortfoliostatus:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="114" />
        <source>Criticalit&amp;y:</source>
        <translation>Kr&amp;itikalität:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="115" />
        <source>Availa&amp;bility target:</source>
        <translation>Verfügbarkeits&amp;ziel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="116" />
        <source>Business &amp;owner:</source>
        <translation>Fachlich &amp;verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="117" />
        <source>Owner t&amp;eam:</source>
        <translation>Verantwortliches T&amp;eam:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="118" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="128" />
        <source>&amp;Save service</source>
        <translation>Service &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="129" />
        <source>Save the service (Ctrl+S)</source>
        <translation>Service speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="131" />
        <source>Disc&amp;ard changes</source>
        <translation>Änderungen verwer&amp;fen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="132" />
        <source>Throw away your edits and show the saved service again</source>
        <translation>Ihre Änderungen verwerfen und den gespeicherten Service wieder anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="142" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="148" />
        <source>Open incidents</source>
        <translation>Offene Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="156" />
        <source>Open incidents of the service</source>
        <translation>Offene Störungen des Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="157" />
        <source>Double-click or press Enter to open an incident</source>
        <translation>Doppelklicken oder Enter drücken, um eine Störung zu öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="165" />
        <source>Configuration items</source>
        <translation>Configuration Items</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="171" />
        <source>Configuration items of the service</source>
        <translation>Configuration Items des Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="223" />
        <source>New service</source>
        <translation>Neuer Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="241" />
        <source>{total} open ({breached} past their resolution target): {parts}</source>
        <translation>{total} offen ({breached} über ihrem Lösungsziel): {parts}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="245" />
        <source>No open incidents against this service.</source>
        <translation>Keine offenen Störungen zu diesem Service.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="247" />
        <source>Open incidents ({n})</source>
        <translation>Offene Störungen ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="249" />
        <source>Open incidents (most urgent {shown} of {n})</source>
        <translation>Offene Störungen (die dringendsten {shown} von {n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="252" />
        <source>Configuration items ({n})</source>
        <translation>Configuration Items ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/editor.py" line="298" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="14" />
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="15" />
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="16" />
        <source>"date_order" in the mapping file must be auto, dmy or mdy.</source>
        <translation>"date_order" in der Zuordnungsdatei muss auto, dmy oder mdy sein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="17" />
        <source>'{bad}' is not a kind of work item; use one of {active}.</source>
        <translation>'{bad}' ist keine Art von Arbeitseintrag; verwenden Sie eine von {active}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="18" />
        <source>'{bad}' is not a relation type; use one of {relation_types}.</source>
        <translation>'{bad}' ist kein Beziehungstyp; verwenden Sie einen von {relation_types}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="19" />
        <source>'{bad}' is not a status of any kind of work item.</source>
        <translation>'{bad}' ist bei keiner Art von Arbeitseintrag ein Status.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="20" />
        <source>'{bad}' is not an SLA state; use {sla_states}.</source>
        <translation>'{bad}' ist kein SLA-Zustand; verwenden Sie {sla_states}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="21" />
        <source>'{category}' is not a root-cause category; choose one from the list.</source>
        <translation>'{category}' ist keine Ursachenkategorie; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="22" />
        <source>'{key}' is not a kind of work item; use one of {kinds}.</source>
        <translation>'{key}' ist keine Art von Arbeitseintrag; verwenden Sie eine von {kinds}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="23" />
        <source>'{k}' is not a kind of work item in use; use one of {active}.</source>
        <translation>'{k}' ist keine verwendete Art von Arbeitseintrag; verwenden Sie eine von {active}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="24" />
        <source>'{link_type}' is not a link type; use one of {types}.</source>
        <translation>'{link_type}' ist kein Verknüpfungstyp; verwenden Sie einen von {types}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="25" />
        <source>'{name}' is not a KPI; use one of {by_name}.</source>
        <translation>'{name}' ist keine KPI; verwenden Sie eine von {by_name}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="26" />
        <source>'{name}' is not a time zone DeskApp knows; use an IANA name such as Europe/London or America/New_York.</source>
        <translation>'{name}' ist keine Zeitzone, die DeskApp kennt; verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="27" />
        <source>'{rate}' is not an amount; type an hourly rate such as 85.50, or leave it empty for none.</source>
        <translation>'{rate}' ist kein Betrag; geben Sie einen Stundensatz wie 85,50 ein oder lassen Sie ihn für keinen leer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="28" />
        <source>'{raw}' is neither an extension (.pdf) nor a media type (image/png, image/*); correct the allow-list.</source>
        <translation>'{raw}' ist weder eine Dateiendung (.pdf) noch ein Medientyp (image/png, image/*); korrigieren Sie die Liste erlaubter Typen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="29" />
        <source>'{raw}' is not a database URL; use the form {supported}.</source>
        <translation>'{raw}' ist keine Datenbank-URL; verwenden Sie die Form {supported}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="30" />
        <source>'{relation_type}' is not a relation type; choose one of the list.</source>
        <translation>'{relation_type}' ist kein Beziehungstyp; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="31" />
        <source>'{relation}' is not a kind of link; use one of {relations}.</source>
        <translation>'{relation}' ist keine Art von Verknüpfung; verwenden Sie eine von {relations}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="32" />
        <source>'{revision}' is not a revision of this DeskApp (its newest is {newest}); use 'head', 'base' or a revision that 'deskapp-admin db current' names.</source>
        <translation>'{revision}' ist keine Revision dieses DeskApp (die neueste ist {newest}); verwenden Sie 'head', 'base' oder eine Revision, die 'deskapp-admin db current' nennt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="33" />
        <source>'{risk_level}' is not a risk level; use one of {levels}, or any.</source>
        <translation>'{risk_level}' ist keine Risikostufe; verwenden Sie eine von {levels} oder „beliebig“.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="34" />
        <source>'{role}' is not a DeskApp role; use {roles}.</source>
        <translation>'{role}' ist keine DeskApp-Rolle; verwenden Sie {roles}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="35" />
        <source>'{status}' is not a release status; use one of {statuses}.</source>
        <translation>'{status}' ist kein Release-Status; verwenden Sie einen von {statuses}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="36" />
        <source>'{text}' is not a replica scope; use 'me', 'team:NAME' or 'me+team:NAME' (for example team:Field Services).</source>
        <translation>'{text}' ist kein Umfang für ein Replikat; verwenden Sie 'me', 'team:NAME' oder 'me+team:NAME' (zum Beispiel team:Field Services).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="37" />
        <source>'{text}' is not a time DeskApp can read. {how_to_type}</source>
        <translation>'{text}' ist keine Zeitangabe, die DeskApp lesen kann. {how_to_type}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="38" />
        <source>'{text}' is not a valid {what} reference in this queue; edit the queue and pick it again.</source>
        <translation>'{text}' ist in dieser Warteschlange kein gültiger Verweis ({what}); bearbeiten Sie die Warteschlange und wählen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="39" />
        <source>'{unknown}' is not a pending reason.</source>
        <translation>'{unknown}' ist kein Wartegrund.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="40" />
        <source>'{unknown}' is not a queue column.</source>
        <translation>'{unknown}' ist keine Spalte einer Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="41" />
        <source>'{username}' is a superuser login; a staff member's login must not be one. Choose another user name.</source>
        <translation>'{username}' ist eine Superuser-Anmeldung; die Anmeldung eines Mitarbeiters darf keine sein. Wählen Sie einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="42" />
        <source>'{username}' is one of the desk's own roles; choose another user name.</source>
        <translation>'{username}' ist eine der eigenen Rollen des Service Desks; wählen Sie einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="43" />
        <source>'{value}' is not a date and time; use YYYY-MM-DD.</source>
        <translation>'{value}' ist kein Datum mit Uhrzeit; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="44" />
        <source>'{value}' is not a review outcome; use one of {outcomes}.</source>
        <translation>'{value}' ist kein Ergebnis einer Überprüfung; verwenden Sie eines von {outcomes}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="45" />
        <source>'{value}' is not a status of {a_noun}; use one of {allowed}.</source>
        <translation>'{value}' ist kein Status für {a_noun}; verwenden Sie einen von {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="46" />
        <source>'{value}' is not a type of change; use standard, normal or emergency.</source>
        <translation>'{value}' ist kein Änderungstyp; verwenden Sie standard, normal oder emergency.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="47" />
        <source>'{value}' is not an incident status; use one of {allowed}.</source>
        <translation>'{value}' ist kein Status einer Störung; verwenden Sie einen von {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="48" />
        <source>'{value}' is not something the figures can be split by; use one of {grouping}.</source>
        <translation>Nach '{value}' lassen sich die Kennzahlen nicht aufteilen; verwenden Sie eines von {grouping}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="49" />
        <source>'{zone}' is not a known time zone; pick one from the list (an IANA name such as Europe/London).</source>
        <translation>'{zone}' ist keine bekannte Zeitzone; wählen Sie eine aus der Liste (einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="50" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="51" />
        <source>--batch must be 1 or more, e.g. 200.</source>
        <translation>--batch muss 1 oder mehr sein, z. B. 200.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="52" />
        <source>--cmdb-cis needs at least 100, e.g. 100000.</source>
        <translation>--cmdb-cis braucht mindestens 100, z. B. 100000.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="53" />
        <source>--interval must be 1 second or more, e.g. 30.</source>
        <translation>--interval muss 1 Sekunde oder mehr sein, z. B. 30.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="54" />
        <source>--open-ratio must be between 0 and 1, e.g. 0.3.</source>
        <translation>--open-ratio muss zwischen 0 und 1 liegen, z. B. 0.3.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="55" />
        <source>--tickets must be zero or more.</source>
        <translation>--tickets muss null oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="56" />
        <source>A CI holds at most {relations_max} relations; record a cluster or service component and relate to it instead.</source>
        <translation>Ein CI hat höchstens {relations_max} Beziehungen; erfassen Sie stattdessen einen Cluster oder eine Servicekomponente und verknüpfen Sie damit.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="57" />
        <source>A CI type has at most {max_attributes} attributes.</source>
        <translation>Ein CI-Typ hat höchstens {max_attributes} Attribute.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="58" />
        <source>A NUL character cannot be stored in PostgreSQL.</source>
        <translation>Ein NUL-Zeichen kann in PostgreSQL nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="59" />
        <source>A bulk change sets the assignment, the status or the priority, one at a time; nothing was changed.</source>
        <translation>Eine Sammeländerung setzt die Zuweisung, den Status oder die Priorität, jeweils eines davon; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="60" />
        <source>A calendar named '{same_name}' already exists; choose another name.</source>
        <translation>Ein Kalender namens '{same_name}' existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="61" />
        <source>A caller cannot be their own manager; pick someone else.</source>
        <translation>Ein Anrufer kann nicht sein eigener Vorgesetzter sein; wählen Sie eine andere Person.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="62" />
        <source>A change</source>
        <translation>Eine Änderung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="63" />
        <source>A change task</source>
        <translation>Eine Änderungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="64" />
        <source>A child of a major incident.</source>
        <translation>Ein Kind eines Major Incidents.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="65" />
        <source>A closed incident cannot be reassigned; log a new incident instead.</source>
        <translation>Eine geschlossene Störung kann nicht neu zugewiesen werden; erfassen Sie stattdessen eine neue Störung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="66" />
        <source>A closed incident cannot be reassigned; reopen is not possible either, log a new incident instead.</source>
        <translation>Eine geschlossene Störung kann nicht neu zugewiesen und auch nicht wieder geöffnet werden; erfassen Sie stattdessen eine neue Störung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="67" />
        <source>A form has at most {max_fields} fields; this one has {length}.</source>
        <translation>Ein Formular hat höchstens {max_fields} Felder; dieses hat {length}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="68" />
        <source>A login name needs 1 to 63 characters.</source>
        <translation>Ein Anmeldename braucht 1 bis 63 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="69" />
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="70" />
        <source>A name needs 1 to {n} characters.</source>
        <translation>Ein Name braucht 1 bis {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="71" />
        <source>A new login's password is typed at a terminal (asked twice) or read with --password-from-keyring SERVICE; it is never taken from a file or an argument.</source>
        <translation>Das Passwort einer neuen Anmeldung wird im Terminal eingegeben (zweimal abgefragt) oder mit --password-from-keyring SERVICE gelesen; es wird nie aus einer Datei oder einem Argument übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="72" />
        <source>A plan has at most {max_steps} tasks; this one has {length}.</source>
        <translation>Ein Plan hat höchstens {max_steps} Aufgaben; dieser hat {length}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="73" />
        <source>A problem</source>
        <translation>Ein Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="74" />
        <source>A problem starts from at most {max_incidents} incidents; choose fewer, and link the others afterwards.</source>
        <translation>Ein Problem entsteht aus höchstens {max_incidents} Störungen; wählen Sie weniger und verknüpfen Sie die anderen danach.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="75" />
        <source>A published article keeps an owner and a review date; choose both.</source>
        <translation>Ein veröffentlichter Artikel behält einen Verantwortlichen und ein Prüfdatum; wählen Sie beides.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="76" />
        <source>A published article needs a review date; set when it is to be checked again before publishing.</source>
        <translation>Ein veröffentlichter Artikel braucht ein Prüfdatum; legen Sie vor dem Veröffentlichen fest, wann er erneut geprüft wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="77" />
        <source>A published article needs an owner who answers for it; choose the owner before publishing.</source>
        <translation>Ein veröffentlichter Artikel braucht einen Verantwortlichen; wählen Sie ihn vor dem Veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="78" />
        <source>A queue cannot be grouped by '{group_by}'.</source>
        <translation>Eine Warteschlange kann nicht nach '{group_by}' gruppiert werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="79" />
        <source>A queue column is listed twice.</source>
        <translation>Eine Spalte der Warteschlange ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="80" />
        <source>A queue needs at least one sort column.</source>
        <translation>Eine Warteschlange braucht mindestens eine Sortierspalte.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="81" />
        <source>A queue needs at least one visible column.</source>
        <translation>Eine Warteschlange braucht mindestens eine sichtbare Spalte.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="82" />
        <source>A queue sorts by one column (with its fixed tie-breakers).</source>
        <translation>Eine Warteschlange sortiert nach einer Spalte (mit ihren festen Folgekriterien).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="83" />
        <source>A rating is a whole number from 1 (very poor) to 5 (excellent); pick one.</source>
        <translation>Eine Bewertung ist eine ganze Zahl von 1 (sehr schlecht) bis 5 (ausgezeichnet); wählen Sie eine.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="84" />
        <source>A related CI no longer exists; choose another.</source>
        <translation>Ein verknüpftes CI existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="85" />
        <source>A relation names no CI or service; choose one in the picker.</source>
        <translation>Eine Beziehung nennt kein CI und keinen Service; wählen Sie eines in der Auswahl.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="86" />
        <source>A relative date range needs 1 to 3650 days.</source>
        <translation>Ein relativer Zeitraum braucht 1 bis 3650 Tage.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="87" />
        <source>A request cannot go back to New.</source>
        <translation>Eine Anfrage kann nicht zurück auf Neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="88" />
        <source>A request task</source>
        <translation>Eine Anfrageaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="89" />
        <source>A resolution changes only with the step that resolves the item; resolve it again on the desk.</source>
        <translation>Eine Lösung ändert sich nur mit dem Schritt, der das Ticket löst; lösen Sie es am Desk erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="90" />
        <source>A revocation is for one person's grants; choose grants of one person, or raise one request per person.</source>
        <translation>Ein Entzug gilt für die Berechtigungen einer Person; wählen Sie Berechtigungen einer Person oder stellen Sie einen Antrag je Person.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="91" />
        <source>A service depends on, uses or runs on a CI; choose one of those.</source>
        <translation>Ein Service hängt von einem CI ab, nutzt es oder läuft darauf; wählen Sie eine dieser Beziehungen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="92" />
        <source>A service needs a name; type one.</source>
        <translation>Ein Service braucht einen Namen; geben Sie einen ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="93" />
        <source>A service request</source>
        <translation>Eine Serviceanfrage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="94" />
        <source>A staff username needs 1 to {username_max} characters.</source>
        <translation>Ein Benutzername für Mitarbeiter braucht 1 bis {username_max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="95" />
        <source>A standard change comes from a template; choose one of the standard changes offered.</source>
        <translation>Eine Standardänderung entsteht aus einer Vorlage; wählen Sie eine der angebotenen Standardänderungen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="96" />
        <source>A standard change comes from a template; raise it from one instead.</source>
        <translation>Eine Standardänderung entsteht aus einer Vorlage; erfassen Sie sie stattdessen aus einer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="97" />
        <source>A standard change is already called '{name}'; pick another name.</source>
        <translation>Eine Standardänderung heißt bereits '{name}'; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="98" />
        <source>A standard change takes 5 minutes to a day; enter its usual duration in minutes.</source>
        <translation>Eine Standardänderung dauert 5 Minuten bis einen Tag; geben Sie ihre übliche Dauer in Minuten an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="99" />
        <source>A system called {name} already exists; choose another name.</source>
        <translation>Ein System namens {name} gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="100" />
        <source>A team called '{name}' already exists; choose another name.</source>
        <translation>Ein Team namens '{name}' gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="101" />
        <source>A team name needs 1 to {n} characters.</source>
        <translation>Ein Teamname braucht 1 bis {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="102" />
        <source>A template named '{name}' is already offered to the same people; choose another name.</source>
        <translation>Eine Vorlage namens '{name}' wird denselben Personen bereits angeboten; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="103" />
        <source>A title is plain text; leave out &lt; and HTML.</source>
        <translation>Ein Titel ist reiner Text; lassen Sie &lt; und HTML weg.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="104" />
        <source>A username needs 1 to {n} characters.</source>
        <translation>Ein Benutzername braucht 1 bis {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="105" />
        <source>A work item lists at most {ticket_cis_max} impacted CIs; relate them to a service component and list that.</source>
        <translation>Ein Arbeitseintrag nennt höchstens {ticket_cis_max} betroffene CIs; verknüpfen Sie sie mit einer Servicekomponente und nennen Sie diese.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="106" />
        <source>A {status} article cannot take the step '{step}'; from here you may: {allowed}.</source>
        <translation>Ein Artikel mit dem Status „{status}“ kann den Schritt „{step}“ nicht gehen; von hier aus möglich: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="107" />
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="108" />
        <source>Access requests</source>
        <translation>Zugriffsanträge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="109" />
        <source>Add at least one approval stage.</source>
        <translation>Fügen Sie mindestens eine Genehmigungsstufe hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="110" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="111" />
        <source>Agent</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="112" />
        <source>An SLA named '{same_name}' already exists; choose another name.</source>
        <translation>Ein SLA namens '{same_name}' existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="113" />
        <source>An access offering is approved by the system's owner (when the entitlement asks for it); remove its approval stages.</source>
        <translation>Ein Zugriffsangebot genehmigen die Systemverantwortlichen (wenn die Berechtigungsstufe es verlangt); entfernen Sie seine Genehmigungsstufen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="114" />
        <source>An access offering is carried out by the system's team as one access request; remove its tasks.</source>
        <translation>Ein Zugriffsangebot führt das Team des Systems als einen Zugriffsantrag aus; entfernen Sie seine Aufgaben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="115" />
        <source>An access request</source>
        <translation>Ein Zugriffsantrag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="116" />
        <source>An approval has at most {max_stages} stages; merge some.</source>
        <translation>Eine Genehmigung hat höchstens {max_stages} Stufen; fassen Sie einige zusammen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="117" />
        <source>An article needs a body; write the symptoms, the cause and the fix.</source>
        <translation>Ein Artikel braucht einen Text; beschreiben Sie Symptome, Ursache und Lösung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="118" />
        <source>An article needs a title; say in a few words what it solves.</source>
        <translation>Ein Artikel braucht einen Titel; sagen Sie in wenigen Worten, was er löst.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="119" />
        <source>An empty or NUL-containing name cannot be a PostgreSQL identifier.</source>
        <translation>Ein leerer Name oder einer mit NUL-Zeichen kann kein PostgreSQL-Bezeichner sein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="120" />
        <source>An hourly rate has at most two decimals (such as 85.50).</source>
        <translation>Ein Stundensatz hat höchstens zwei Nachkommastellen (etwa 85,50).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="121" />
        <source>An hourly rate is an amount above 0 and below 100,000; leave it empty for a team without a rate.</source>
        <translation>Ein Stundensatz ist ein Betrag über 0 und unter 100.000; lassen Sie ihn für ein Team ohne Satz leer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="122" />
        <source>An impacted CI no longer exists; choose another.</source>
        <translation>Ein betroffenes CI existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="123" />
        <source>An incident</source>
        <translation>Eine Störung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="124" />
        <source>An incident cannot be set back to New.</source>
        <translation>Eine Störung kann nicht zurück auf Neu gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="125" />
        <source>An incident cannot move from {current_label} to {target_label}; {hint}.</source>
        <translation>Eine Störung kann nicht von „{current_label}“ zu „{target_label}“ wechseln; {hint}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="126" />
        <source>An incident task</source>
        <translation>Eine Störungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="127" />
        <source>An item cannot be linked to itself.</source>
        <translation>Ein Ticket kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="128" />
        <source>An unrequested grant is imported or found.</source>
        <translation>Eine unbeantragte Berechtigung ist importiert oder gefunden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="129" />
        <source>Another record already uses this name or code (someone may have saved it meanwhile); reload, then choose another.</source>
        <translation>Ein anderer Datensatz verwendet diesen Namen oder Code bereits (vielleicht wurde er inzwischen gespeichert); laden Sie neu und wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="130" />
        <source>Applying security creates roles and hands the tables to an owner role, which needs a superuser login; run 'deskapp-admin --database URL security apply' as one (e.g. postgres).</source>
        <translation>Das Anwenden der Sicherheit legt Rollen an und übergibt die Tabellen einer Eigentümerrolle, wofür eine Superuser-Anmeldung nötig ist; führen Sie 'deskapp-admin --database URL security apply' als solche aus (z. B. postgres).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="131" />
        <source>Approval stage {n} names a team or person that no longer exists; pick another.</source>
        <translation>Genehmigungsstufe {n} nennt ein Team oder eine Person, die es nicht mehr gibt; wählen Sie eine andere Angabe.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="132" />
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="133" />
        <source>Ask about at most 5,000 CIs at a time.</source>
        <translation>Fragen Sie nach höchstens 5.000 CIs auf einmal.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="134" />
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="135" />
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="136" />
        <source>At most a year ahead.</source>
        <translation>Höchstens ein Jahr im Voraus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="137" />
        <source>Attribute '{label}' is a choice; list its values.</source>
        <translation>Das Attribut '{label}' ist eine Auswahl; führen Sie seine Werte auf.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="138" />
        <source>Attribute '{label}': at most {max_choices} values of up to {attribute_label_max} characters.</source>
        <translation>Attribut '{label}': höchstens {max_choices} Werte mit bis zu {attribute_label_max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="139" />
        <source>Attribute '{label}': choose a kind from {attribute_kinds}.</source>
        <translation>Attribut '{label}': wählen Sie eine Art aus {attribute_kinds}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="140" />
        <source>Attribute definitions must be a list.</source>
        <translation>Attributdefinitionen müssen eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="141" />
        <source>Attribute values must be given by attribute key.</source>
        <translation>Attributwerte müssen je Attributschlüssel angegeben werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="142" />
        <source>Attribute {n} is not a definition.</source>
        <translation>Attribut {n} ist keine Definition.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="143" />
        <source>Attribute {n}: shorten the label to {attribute_label_max} characters or fewer.</source>
        <translation>Attribut {n}: kürzen Sie die Bezeichnung auf höchstens {attribute_label_max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="144" />
        <source>Attribute {n}: the key '{key}' must start with a lower-case letter and hold only a-z, 0-9 and _ (at most {attribute_key_max} characters).</source>
        <translation>Attribut {n}: Der Schlüssel '{key}' muss mit einem Kleinbuchstaben beginnen und darf nur a-z, 0-9 und _ enthalten (höchstens {attribute_key_max} Zeichen).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="145" />
        <source>Auditor (read only)</source>
        <translation>Auditor (nur lesen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="146" />
        <source>Authorise</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="147" />
        <source>Auto-close takes 0 (never) to {max_days} business days.</source>
        <translation>Automatisches Schließen nimmt 0 (nie) bis {max_days} Arbeitstage.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="148" />
        <source>Backed out</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="149" />
        <source>Built-in queues cannot be changed; use Save as to keep your own copy.</source>
        <translation>Eingebaute Warteschlangen können nicht geändert werden; verwenden Sie Speichern unter für eine eigene Kopie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="150" />
        <source>CAB member</source>
        <translation>CAB-Mitglied</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="151" />
        <source>CI types</source>
        <translation>CI-Typen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="152" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="153" />
        <source>Cannot be read.</source>
        <translation>Kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="154" />
        <source>Cannot be written.</source>
        <translation>Kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="155" />
        <source>Cannot downgrade to {revision}: {exc}; see 'db current'.</source>
        <translation>Downgrade auf {revision} nicht möglich: {exc}; siehe 'db current'.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="156" />
        <source>Cannot reach the database server for {url} ({detail}); check the host, port and network, then try again.</source>
        <translation>Der Datenbankserver für {url} ist nicht erreichbar ({detail}); prüfen Sie Host, Port und Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="157" />
        <source>Cannot upgrade to {revision}: {exc}; see 'db current'.</source>
        <translation>Upgrade auf {revision} nicht möglich: {exc}; siehe 'db current'.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="158" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="159" />
        <source>Caused by</source>
        <translation>Verursacht durch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="160" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="161" />
        <source>Change manager</source>
        <translation>Change Manager</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="162" />
        <source>Change task</source>
        <translation>Change-Aufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="163" />
        <source>Change tasks</source>
        <translation>Änderungsaufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="164" />
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="165" />
        <source>Channel must be one of {channels}.</source>
        <translation>Der Kanal muss einer von {channels} sein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="166" />
        <source>Choose 1 (High), 2 (Medium) or 3 (Low).</source>
        <translation>Wählen Sie 1 (Hoch), 2 (Mittel) oder 3 (Niedrig).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="167" />
        <source>Choose a column to group by first.</source>
        <translation>Wählen Sie zuerst eine Spalte zum Gruppieren.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="168" />
        <source>Choose a depth from 1 to {max_depth}.</source>
        <translation>Wählen Sie eine Tiefe von 1 bis {max_depth}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="169" />
        <source>Choose a reason.</source>
        <translation>Wählen Sie einen Grund.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="170" />
        <source>Choose a resolution code.</source>
        <translation>Wählen Sie einen Lösungscode.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="171" />
        <source>Choose a system or a department to review.</source>
        <translation>Wählen Sie ein System oder eine Abteilung zur Prüfung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="172" />
        <source>Choose a team or an assignee before marking the incident Assigned.</source>
        <translation>Wählen Sie ein Team oder einen Bearbeiter, bevor Sie die Störung auf Zugewiesen setzen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="173" />
        <source>Choose a team or an assignee before marking the task Assigned.</source>
        <translation>Wählen Sie ein Team oder einen Bearbeiter, bevor Sie die Aufgabe auf Zugewiesen setzen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="174" />
        <source>Choose a team or an assignee.</source>
        <translation>Wählen Sie ein Team oder einen Bearbeiter.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="175" />
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="176" />
        <source>Choose a time zone such as Europe/London.</source>
        <translation>Wählen Sie eine Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="177" />
        <source>Choose at least one incident to start a problem from.</source>
        <translation>Wählen Sie mindestens eine Störung, aus der ein Problem entstehen soll.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="178" />
        <source>Choose mine or theirs.</source>
        <translation>Wählen Sie meine oder ihre Fassung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="179" />
        <source>Choose one of {languages} for the language.</source>
        <translation>Wählen Sie als Sprache eine von {languages}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="180" />
        <source>Choose one of {languages}, or the desk's language.</source>
        <translation>Wählen Sie eine von {languages} oder die Sprache des Service Desks.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="181" />
        <source>Choose one of: {ci_statuses}.</source>
        <translation>Wählen Sie eines von: {ci_statuses}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="182" />
        <source>Choose one of: {values}.</source>
        <translation>Wählen Sie eines von: {values}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="183" />
        <source>Choose role, group or licence.</source>
        <translation>Wählen Sie Rolle, Gruppe oder Lizenz.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="184" />
        <source>Choose the business-hours calendar the targets count in.</source>
        <translation>Wählen Sie den Geschäftszeitenkalender, in dem die Ziele zählen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="185" />
        <source>Choose the grants to revoke.</source>
        <translation>Wählen Sie die Berechtigungen, die entzogen werden sollen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="186" />
        <source>Choose the incidents to link as children first.</source>
        <translation>Wählen Sie zuerst die Störungen, die als Kinder verknüpft werden sollen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="187" />
        <source>Choose two different callers to merge.</source>
        <translation>Wählen Sie zwei verschiedene Anrufer zum Zusammenführen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="188" />
        <source>Choose two different organisations to merge.</source>
        <translation>Wählen Sie zwei verschiedene Organisationen zum Zusammenführen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="189" />
        <source>Choose upstream (what depends on it) or downstream (what it depends on).</source>
        <translation>Wählen Sie aufwärts (was davon abhängt) oder abwärts (wovon es abhängt).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="190" />
        <source>Choose what to change first; nothing was changed.</source>
        <translation>Wählen Sie zuerst, was geändert werden soll; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="191" />
        <source>Choose whether this is an incident template or a canned response.</source>
        <translation>Wählen Sie, ob dies eine Störungsvorlage oder ein Textbaustein ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="192" />
        <source>Choose your default team.</source>
        <translation>Wählen Sie Ihr Standardteam.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="193" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="194" />
        <source>Closing notes</source>
        <translation>Abschlussnotizen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="195" />
        <source>Confirm the other service.</source>
        <translation>Bestätigen Sie den anderen Service.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="196" />
        <source>Conflicts not accepted.</source>
        <translation>Konflikte nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="197" />
        <source>Converting an incident into a request is not possible in an offline replica yet; do it on the desk when you are connected. Nothing was saved.</source>
        <translation>Eine Störung in eine Anfrage umzuwandeln ist in einem Offline-Replikat noch nicht möglich; erledigen Sie das am Service Desk, sobald Sie verbunden sind. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="198" />
        <source>Damaged picture.</source>
        <translation>Beschädigtes Bild.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="199" />
        <source>Decide at most {bulk_max} approvals at once; select fewer.</source>
        <translation>Entscheiden Sie höchstens {bulk_max} Genehmigungen auf einmal; wählen Sie weniger aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="200" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="201" />
        <source>DeskApp cannot create its data folder {folder} ({strerror}); choose a writable location with DESKAPP_DATA_DIR or --database.</source>
        <translation>DeskApp kann seinen Datenordner {folder} nicht anlegen ({strerror}); wählen Sie mit DESKAPP_DATA_DIR oder --database einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="202" />
        <source>DeskApp cannot import '{kind}'.</source>
        <translation>DeskApp kann '{kind}' nicht importieren.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="203" />
        <source>DeskApp cannot import '{kind}'; choose one of {kinds}.</source>
        <translation>DeskApp kann '{kind}' nicht importieren; wählen Sie eines von {kinds}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="204" />
        <source>DeskApp cannot open the database file {database} ({detail}); check that the folder is writable.</source>
        <translation>DeskApp kann die Datenbankdatei {database} nicht öffnen ({detail}); prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="205" />
        <source>DeskApp cannot read {path} ({strerror}).</source>
        <translation>DeskApp kann {path} nicht lesen ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="206" />
        <source>DeskApp cannot use '{backend}' databases; use SQLite or PostgreSQL ({supported}).</source>
        <translation>DeskApp kann keine '{backend}'-Datenbanken verwenden; verwenden Sie SQLite oder PostgreSQL ({supported}).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="207" />
        <source>DeskApp cannot use the database URL {url} ({detail}); check the options after '?' in the URL.</source>
        <translation>DeskApp kann die Datenbank-URL {url} nicht verwenden ({detail}); prüfen Sie die Optionen nach '?' in der URL.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="208" />
        <source>DeskApp cannot write to {folder} ({why}); choose a folder you can write to.</source>
        <translation>DeskApp kann nicht in {folder} schreiben ({why}); wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="209" />
        <source>DeskApp's '{marker}' folder is missing (looked in {searched}); reinstall DeskApp.</source>
        <translation>Der Ordner '{marker}' von DeskApp fehlt (gesucht in {searched}); installieren Sie DeskApp neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="210" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="211" />
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="212" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="213" />
        <source>Each date may appear once; remove the duplicate of {listed}.</source>
        <translation>Jedes Datum darf nur einmal vorkommen; entfernen Sie das doppelte {listed}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="214" />
        <source>Empty file.</source>
        <translation>Leere Datei.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="215" />
        <source>Enter a file name.</source>
        <translation>Geben Sie einen Dateinamen ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="216" />
        <source>Enter a name the picker lists the template by.</source>
        <translation>Geben Sie einen Namen ein, unter dem die Auswahl die Vorlage zeigt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="217" />
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="218" />
        <source>Enter an e-mail address such as it-manager@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, etwa it-leitung@example.com.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="219" />
        <source>Enter resolution notes.</source>
        <translation>Geben Sie Lösungsnotizen ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="220" />
        <source>Enter the code tickets will store.</source>
        <translation>Geben Sie den Code ein, den Tickets speichern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="221" />
        <source>Enter the label the desk will see.</source>
        <translation>Geben Sie die Bezeichnung ein, die der Service Desk sieht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="222" />
        <source>Enter the text the response inserts.</source>
        <translation>Geben Sie den Text ein, den der Textbaustein einfügt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="223" />
        <source>Enter the time spent. {how_to_type}</source>
        <translation>Geben Sie die aufgewendete Zeit ein. {how_to_type}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="224" />
        <source>Export to a .csv or .xlsx file name.</source>
        <translation>Exportieren Sie in eine Datei mit der Endung .csv oder .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="225" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="226" />
        <source>Field technician</source>
        <translation>Außendiensttechniker</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="227" />
        <source>Field(s) that cannot be edited here</source>
        <translation>Felder, die hier nicht bearbeitet werden können</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="228" />
        <source>Field(s) {unknown} cannot be edited here.</source>
        <translation>Die Felder {unknown} können hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="229" />
        <source>Field(s) {unknown} cannot be edited here; use assign or the lifecycle actions.</source>
        <translation>Die Felder {unknown} können hier nicht bearbeitet werden; verwenden Sie Zuweisen oder die Statusaktionen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="230" />
        <source>Field(s) {unknown} cannot be edited here; use the lifecycle actions.</source>
        <translation>Die Felder {unknown} können hier nicht bearbeitet werden; verwenden Sie die Statusaktionen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="231" />
        <source>Fixes</source>
        <translation>Behebt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="232" />
        <source>Folder not writable.</source>
        <translation>Ordner nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="233" />
        <source>Give a response and a resolution target for every priority P{first} to P{last}.</source>
        <translation>Geben Sie für jede Priorität P{first} bis P{last} ein Reaktions- und ein Lösungsziel an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="234" />
        <source>Give the due date as a date and time with its time zone.</source>
        <translation>Geben Sie das Fälligkeitsdatum als Datum und Uhrzeit mit Zeitzone an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="235" />
        <source>Give the leaving date with its time zone.</source>
        <translation>Geben Sie das Austrittsdatum mit Zeitzone an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="236" />
        <source>Give the offering a name callers recognise.</source>
        <translation>Geben Sie dem Angebot einen Namen, den Anrufer wiedererkennen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="237" />
        <source>Give the queue a name.</source>
        <translation>Geben Sie der Warteschlange einen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="238" />
        <source>Give the time as a date and time with its time zone.</source>
        <translation>Geben Sie die Zeit als Datum und Uhrzeit mit Zeitzone an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="239" />
        <source>Give the {what} a name.</source>
        <translation>Ein Name ist erforderlich ({what}); geben Sie einen ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="240" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="241" />
        <source>Impact '{value}' is not valid; choose 1 (High), 2 (Medium) or 3 (Low).</source>
        <translation>Die Auswirkung '{value}' ist ungültig; wählen Sie 1 (Hoch), 2 (Mittel) oder 3 (Niedrig).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="242" />
        <source>Implement</source>
        <translation>Umsetzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="243" />
        <source>In Progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="244" />
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="245" />
        <source>In the mapping file, "columns" and "values" must be objects ({"field": "header"}).</source>
        <translation>In der Zuordnungsdatei müssen "columns" und "values" Objekte sein ({"field": "header"}).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="246" />
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="247" />
        <source>Incident manager</source>
        <translation>Incident Manager</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="248" />
        <source>Incident task</source>
        <translation>Störungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="249" />
        <source>Incident tasks</source>
        <translation>Störungsaufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="250" />
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="251" />
        <source>Items of kind '{kind}' cannot be changed offline yet.</source>
        <translation>Einträge der Art '{kind}' können noch nicht offline geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="252" />
        <source>Items of kind '{kind}' cannot be logged offline yet.</source>
        <translation>Einträge der Art '{kind}' können noch nicht offline erfasst werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="253" />
        <source>Items of that kind cannot be logged offline; discard it.</source>
        <translation>Einträge dieser Art können nicht offline erfasst werden; verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="254" />
        <source>Keep Administrator.</source>
        <translation>Behalten Sie Administrator.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="255" />
        <source>Keep the change log for 1 to 3650 days, e.g. --keep-days 30.</source>
        <translation>Bewahren Sie das Änderungsprotokoll 1 bis 3650 Tage auf, z. B. --keep-days 30.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="256" />
        <source>Keywords are longer than {keywords_max} characters; keep the words people search for.</source>
        <translation>Die Stichwörter sind länger als {keywords_max} Zeichen; behalten Sie die Wörter, nach denen gesucht wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="257" />
        <source>Known error</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="258" />
        <source>Link at most {max_children} children at a time.</source>
        <translation>Verknüpfen Sie höchstens {max_children} untergeordnete Störungen auf einmal.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="259" />
        <source>Link at most {max_incidents} incidents at a time.</source>
        <translation>Verknüpfen Sie höchstens {max_incidents} Störungen auf einmal.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="260" />
        <source>List at least one type.</source>
        <translation>Führen Sie mindestens einen Typ auf.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="261" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="262" />
        <source>Mail worker (a service login)</source>
        <translation>Mail-Worker (ein Dienstkonto)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="263" />
        <source>Make that change again where it was made (the item's Time or Links tab), then discard this one.</source>
        <translation>Nehmen Sie diese Änderung dort erneut vor, wo sie gemacht wurde (Registerkarte Zeit oder Verknüpfungen des Tickets), und verwerfen Sie dann diese hier.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="264" />
        <source>Making the replica was cancelled; nothing was kept.</source>
        <translation>Das Erstellen des Replikats wurde abgebrochen; es wurde nichts behalten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="265" />
        <source>Managed by 'mail login'.</source>
        <translation>Verwaltet mit 'mail login'.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="266" />
        <source>Managing logins needs a superuser or a login with CREATEROLE that administers the desk's role groups; ask the database administrator.</source>
        <translation>Zum Verwalten von Anmeldungen braucht es einen Superuser oder eine Anmeldung mit CREATEROLE, die die Rollengruppen des Desks verwaltet; fragen Sie die Datenbankadministration.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="267" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="268" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="269" />
        <source>Name already used.</source>
        <translation>Name bereits vergeben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="270" />
        <source>Name the freeze (e.g. Year-end freeze).</source>
        <translation>Benennen Sie die Sperre (z. B. Jahresendsperre).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="271" />
        <source>Name the release.</source>
        <translation>Benennen Sie das Release.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="272" />
        <source>Name the replica to sync: --replica FILE (or --prune on a desk).</source>
        <translation>Nennen Sie das zu synchronisierende Replikat: --replica DATEI (oder --prune auf einem Desk).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="273" />
        <source>Name the standard change.</source>
        <translation>Benennen Sie den Standard-Change.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="274" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="275" />
        <source>No CAB is set up for {change_type} changes of this risk; ask a change manager to set up the CAB for them.</source>
        <translation>Für Änderungen vom Typ „{change_type}“ mit diesem Risiko ist kein CAB eingerichtet; bitten Sie einen Change Manager, es dafür einzurichten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="276" />
        <source>No CAB is set up for {change_type} changes of {level} risk; ask a change manager to set up the CAB for them.</source>
        <translation>Für Änderungen vom Typ „{change_type}“ mit dem Risiko „{level}“ ist kein CAB eingerichtet; bitten Sie einen Change Manager, es dafür einzurichten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="277" />
        <source>No caller has the address {address}; add them under Callers first, or name the address on the incident instead.</source>
        <translation>Kein Anrufer hat die Adresse {address}; legen Sie ihn zuerst unter Anrufer an oder nennen Sie die Adresse stattdessen an der Störung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="278" />
        <source>No incident is numbered {unknown}; check the numbers.</source>
        <translation>Keine Störung hat die Nummer {unknown}; prüfen Sie die Nummern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="279" />
        <source>No problem is numbered '{problem_number}'; type a number such as PRB-000012.</source>
        <translation>Kein Problem hat die Nummer '{problem_number}'; geben Sie eine Nummer wie PRB-000012 ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="280" />
        <source>No service is named '{name}'; use a name as Service Strategy lists it, or leave it out for the whole desk.</source>
        <translation>Kein Service heißt '{name}'; verwenden Sie einen Namen, wie ihn Service Strategy aufführt, oder lassen Sie ihn für den ganzen Service Desk weg.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="281" />
        <source>No such folder.</source>
        <translation>Diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="282" />
        <source>No ticket is numbered '{number}'; type a number such as CHG-000042.</source>
        <translation>Kein Eintrag hat die Nummer '{number}'; geben Sie eine Nummer wie CHG-000042 ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="283" />
        <source>No ticket is numbered '{number}'; type a number such as INC-000042.</source>
        <translation>Kein Eintrag hat die Nummer '{number}'; geben Sie eine Nummer wie INC-000042 ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="284" />
        <source>No work item is numbered '{number}'; type a number such as PRB-000012.</source>
        <translation>Kein Arbeitseintrag hat die Nummer '{number}'; geben Sie eine Nummer wie PRB-000012 ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="285" />
        <source>Nobody can delegate their approvals to themselves; pick someone else.</source>
        <translation>Niemand kann seine Genehmigungen an sich selbst delegieren; wählen Sie eine andere Person.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="286" />
        <source>Not a member of the team.</source>
        <translation>Kein Mitglied des Teams.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="287" />
        <source>Not a picture.</source>
        <translation>Kein Bild.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="288" />
        <source>Not readable.</source>
        <translation>Nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="289" />
        <source>Not this item's comment.</source>
        <translation>Kein Kommentar dieses Tickets.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="290" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="291" />
        <source>One of the chosen incidents no longer exists (or is not an incident); refresh the list.</source>
        <translation>Eine der gewählten Störungen existiert nicht mehr (oder ist keine Störung); aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="292" />
        <source>One of the selected approvals no longer exists; refresh the list (nothing was decided).</source>
        <translation>Eine der gewählten Genehmigungen existiert nicht mehr; aktualisieren Sie die Liste (es wurde nichts entschieden).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="293" />
        <source>Only a published article is reviewed on its date; publish it first.</source>
        <translation>Nur ein veröffentlichter Artikel wird an seinem Datum geprüft; veröffentlichen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="294" />
        <source>Only a standard change comes from a template; choose the standard type or clear the template.</source>
        <translation>Nur eine Standardänderung entsteht aus einer Vorlage; wählen Sie den Typ Standard oder leeren Sie die Vorlage.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="295" />
        <source>Only an approver rejects a request; cancel it instead, saying why.</source>
        <translation>Nur ein Genehmiger lehnt eine Anfrage ab; stornieren Sie sie stattdessen mit Begründung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="296" />
        <source>Only for standard changes.</source>
        <translation>Nur für Standardänderungen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="297" />
        <source>Only in Review.</source>
        <translation>Nur in Überprüfen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="298" />
        <source>Only supervisors and administrators set another person's default team.</source>
        <translation>Nur Supervisoren und Administratoren legen das Standardteam einer anderen Person fest.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="299" />
        <source>Only the person who logged a time entry can {what} it; ask them, or log your own time.</source>
        <translation>Nur wer einen Zeiteintrag erfasst hat, kann ihn {what}; fragen Sie diese Person oder erfassen Sie Ihre eigene Zeit.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="300" />
        <source>Only while New.</source>
        <translation>Nur solange Neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="301" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="302" />
        <source>Out of range.</source>
        <translation>Außerhalb des Bereichs.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="303" />
        <source>PNG, JPEG, GIF or WebP only.</source>
        <translation>Nur PNG, JPEG, GIF oder WebP.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="304" />
        <source>Part of that file is missing on the desk; ask an administrator to check it.</source>
        <translation>Ein Teil dieser Datei fehlt am Service Desk; bitten Sie einen Administrator, das zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="305" />
        <source>Part of {file_name} is missing from the database; ask an administrator to check it.</source>
        <translation>Ein Teil von {file_name} fehlt in der Datenbank; bitten Sie einen Administrator, das zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="306" />
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="307" />
        <source>Pending until may be at most a year ahead; pick an earlier date.</source>
        <translation>Wartend bis darf höchstens ein Jahr in der Zukunft liegen; wählen Sie ein früheres Datum.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="308" />
        <source>Pending until must be later than now; pick a later date or leave it empty.</source>
        <translation>Wartend bis muss nach jetzt liegen; wählen Sie ein späteres Datum oder lassen Sie es leer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="309" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="310" />
        <source>Pick 1 to 5.</source>
        <translation>Wählen Sie 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="311" />
        <source>Pick a later date.</source>
        <translation>Wählen Sie ein späteres Datum.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="312" />
        <source>Pick again.</source>
        <translation>Wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="313" />
        <source>Pick an active staff member.</source>
        <translation>Wählen Sie einen aktiven Mitarbeiter.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="314" />
        <source>Pick another item.</source>
        <translation>Wählen Sie ein anderes Ticket.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="315" />
        <source>Pick another owner.</source>
        <translation>Wählen Sie einen anderen Verantwortlichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="316" />
        <source>Pick another team.</source>
        <translation>Wählen Sie ein anderes Team.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="317" />
        <source>Pick one of their teams.</source>
        <translation>Wählen Sie eines ihrer Teams.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="318" />
        <source>Pick one of your teams.</source>
        <translation>Wählen Sie eines Ihrer Teams.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="319" />
        <source>Pick someone else.</source>
        <translation>Wählen Sie eine andere Person.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="320" />
        <source>Pick the caller the request is for.</source>
        <translation>Wählen Sie den Anrufer, für den die Anfrage ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="321" />
        <source>Pick the catalogue service this offering belongs to.</source>
        <translation>Wählen Sie den Katalogservice, zu dem dieses Angebot gehört.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="322" />
        <source>Pick the date again.</source>
        <translation>Wählen Sie das Datum erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="323" />
        <source>Pick the person who needs the access.</source>
        <translation>Wählen Sie die Person, die den Zugriff braucht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="324" />
        <source>Pick the system and the entitlement.</source>
        <translation>Wählen Sie System und Berechtigungsstufe.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="325" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="326" />
        <source>Priorities run from 1 to 5.</source>
        <translation>Prioritäten reichen von 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="327" />
        <source>Priority {bad} is out of range; use 1 to 5.</source>
        <translation>Die Priorität {bad} liegt außerhalb des Bereichs; verwenden Sie 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="328" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="329" />
        <source>Problem manager</source>
        <translation>Problem Manager</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="330" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="331" />
        <source>Profile '{name}' contains a password; remove it, DeskApp keeps passwords in the system keyring.</source>
        <translation>Das Profil '{name}' enthält ein Passwort; entfernen Sie es, DeskApp bewahrt Passwörter im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="332" />
        <source>Profile '{name}' has the SSL mode '{mode}'; use one of {ssl_modes}.</source>
        <translation>Das Profil '{name}' hat den SSL-Modus '{mode}'; verwenden Sie einen von {ssl_modes}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="333" />
        <source>Profile '{name}': a reporting replica is a PostgreSQL standby of a shared desk; remove it or use a postgresql:// URL.</source>
        <translation>Profil '{name}': Ein Berichtsreplikat ist ein PostgreSQL-Standby eines gemeinsamen Service Desks; entfernen Sie es oder verwenden Sie eine postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="334" />
        <source>Promise the next update within 1 to {max_next_update_minutes} hours.</source>
        <translation>Sagen Sie die nächste Meldung innerhalb von 1 bis {max_next_update_minutes} Stunden zu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="335" />
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="336" />
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="337" />
        <source>P{priority} is listed twice; give each priority once.</source>
        <translation>P{priority} ist doppelt aufgeführt; geben Sie jede Priorität einmal an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="338" />
        <source>P{priority} {metric} target is over a year of business time; use at most {target_max} minutes.</source>
        <translation>Das Ziel für {metric} bei P{priority} liegt über einem Jahr Geschäftszeit; verwenden Sie höchstens {target_max} Minuten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="339" />
        <source>P{priority} {metric} target must be more than zero minutes (it is {value}).</source>
        <translation>Das Ziel für {metric} bei P{priority} muss mehr als null Minuten betragen (es ist {value}).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="340" />
        <source>P{priority} {metric}: enter a whole number of minutes.</source>
        <translation>P{priority}, {metric}: Geben Sie eine ganze Zahl von Minuten ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="341" />
        <source>P{priority}: the response target ({response}) is longer than the resolution target ({resolution}); make it shorter or equal.</source>
        <translation>P{priority}: Das Reaktionsziel ({response}) ist länger als das Lösungsziel ({resolution}); machen Sie es kürzer oder gleich lang.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="342" />
        <source>Queue dates need a time zone; pick the date again.</source>
        <translation>Datumsangaben in Warteschlangen brauchen eine Zeitzone; wählen Sie das Datum erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="343" />
        <source>Queue names are limited to {name_max} characters.</source>
        <translation>Namen von Warteschlangen sind auf {name_max} Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="344" />
        <source>Queues cannot be sorted by '{column}'.</source>
        <translation>Warteschlangen können nicht nach '{column}' sortiert werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="345" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="346" />
        <source>Relates to</source>
        <translation>Bezieht sich auf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="347" />
        <source>Relations must be a list.</source>
        <translation>Beziehungen müssen eine Liste sein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="348" />
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="349" />
        <source>Remove control characters.</source>
        <translation>Entfernen Sie Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="350" />
        <source>Reopen as draft</source>
        <translation>Als Entwurf wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="351" />
        <source>Replicas are made from a shared PostgreSQL desk; this database is a local SQLite file already.</source>
        <translation>Replikate werden von einem gemeinsamen PostgreSQL-Desk erstellt; diese Datenbank ist bereits eine lokale SQLite-Datei.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="352" />
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="353" />
        <source>Request task</source>
        <translation>Anfrageaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="354" />
        <source>Request tasks</source>
        <translation>Anfrageaufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="355" />
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="356" />
        <source>Resolution code</source>
        <translation>Lösungscode</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="357" />
        <source>Resolution notes</source>
        <translation>Lösungsnotizen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="358" />
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="359" />
        <source>Restoring replaces the whole desk; run again with --yes to confirm (the current desk is backed up first), or type the confirmation at a terminal.</source>
        <translation>Die Wiederherstellung ersetzt den ganzen Desk; führen Sie den Befehl mit --yes erneut aus (der aktuelle Desk wird zuerst gesichert) oder bestätigen Sie im Terminal.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="360" />
        <source>Retire</source>
        <translation>Außer Betrieb nehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="361" />
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="362" />
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="363" />
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="364" />
        <source>Rows of {table} cannot be pushed.</source>
        <translation>Zeilen aus {table} können nicht übertragen werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="365" />
        <source>Rows of {table} cannot be removed from a replica.</source>
        <translation>Zeilen aus {table} können nicht aus einem Replikat entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="366" />
        <source>Run this at a terminal: the secret is asked, never passed as an argument or piped.</source>
        <translation>Führen Sie dies im Terminal aus: das Geheimnis wird abgefragt, nie als Argument oder über eine Pipe übergeben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="367" />
        <source>SLAs and calendars</source>
        <translation>SLAs und Kalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="368" />
        <source>Say how the decision came: {channels}.</source>
        <translation>Geben Sie an, wie die Entscheidung kam: {channels}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="369" />
        <source>Say what the author should change before sending the article back.</source>
        <translation>Sagen Sie, was der Autor ändern soll, bevor Sie den Artikel zurückschicken.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="370" />
        <source>Say where to write the review: --pdf FILE, --xlsx FILE or both.</source>
        <translation>Sagen Sie, wohin die Überprüfung geschrieben wird: --pdf DATEI, --xlsx DATEI oder beides.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="371" />
        <source>Say who the update went to.</source>
        <translation>Geben Sie an, an wen das Update ging.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="372" />
        <source>Say why in the comment: a rejection needs a reason the requester can act on.</source>
        <translation>Begründen Sie es im Kommentar: eine Ablehnung braucht einen Grund, mit dem der Antragsteller etwas anfangen kann.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="373" />
        <source>Say why the access should be revoked (the person and the auditor read it).</source>
        <translation>Sagen Sie, warum der Zugriff entzogen werden soll (die Person und die Revision lesen es).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="374" />
        <source>Say why the change is cancelled.</source>
        <translation>Geben Sie an, warum der Change abgebrochen wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="375" />
        <source>Say why the conflict is acceptable.</source>
        <translation>Geben Sie an, warum der Konflikt vertretbar ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="376" />
        <source>Say why the incident is resolved with open tasks.</source>
        <translation>Sagen Sie, warum die Störung mit offenen Aufgaben gelöst wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="377" />
        <source>Say why the item is reopened.</source>
        <translation>Geben Sie an, warum der Eintrag wieder geöffnet wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="378" />
        <source>Say why the request is cancelled.</source>
        <translation>Geben Sie an, warum die Serviceanfrage storniert wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="379" />
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="380" />
        <source>Search text in a queue is limited to 200 characters.</source>
        <translation>Suchtext in einer Warteschlange ist auf 200 Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="381" />
        <source>Security is applied on a shared PostgreSQL desk; a SQLite desk is single-user and keeps the app's own checks only.</source>
        <translation>Sicherheit wird auf einem gemeinsamen PostgreSQL-Desk angewendet; ein SQLite-Desk ist für eine Person und behält nur die Prüfungen der App.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="382" />
        <source>Select at least one approval to decide.</source>
        <translation>Wählen Sie mindestens eine Genehmigung zum Entscheiden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="383" />
        <source>Send back</source>
        <translation>Zurückschicken</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="384" />
        <source>Send for review</source>
        <translation>Zur Prüfung senden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="385" />
        <source>Sending mail is switched off for this desk (Tools &gt; Mail), so the update cannot be mailed; post it without sending, or ask an administrator to switch sending on.</source>
        <translation>Der Mailversand ist für diesen Desk ausgeschaltet (Extras &gt; E-Mail), daher kann die Meldung nicht gemailt werden; veröffentlichen Sie sie ohne Versand oder bitten Sie einen Administrator, den Versand einzuschalten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="386" />
        <source>Service owner</source>
        <translation>Service Owner</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="387" />
        <source>Shorten the comment to {limit} characters.</source>
        <translation>Kürzen Sie den Kommentar auf {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="388" />
        <source>Shorten the description to {description_max} characters or fewer.</source>
        <translation>Kürzen Sie die Beschreibung auf höchstens {description_max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="389" />
        <source>Shorten the description to {limit} characters.</source>
        <translation>Kürzen Sie die Beschreibung auf {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="390" />
        <source>Shorten the name to 120 characters.</source>
        <translation>Kürzen Sie den Namen auf 120 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="391" />
        <source>Shorten the name to {limit} characters.</source>
        <translation>Kürzen Sie den Namen auf {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="392" />
        <source>Shorten the note to {limit} characters.</source>
        <translation>Kürzen Sie die Notiz auf {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="393" />
        <source>Shorten the reason to {limit} characters.</source>
        <translation>Kürzen Sie die Begründung auf {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="394" />
        <source>Shorten the title to {limit} characters.</source>
        <translation>Kürzen Sie den Titel auf {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="395" />
        <source>Shorten the type name to {type_name_max} characters or fewer.</source>
        <translation>Kürzen Sie den Typnamen auf höchstens {type_name_max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="396" />
        <source>Shorten the {what}'s name to {limit} characters.</source>
        <translation>Kürzen Sie den Namen ({what}) auf {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="397" />
        <source>Show at most two months of the calendar at once.</source>
        <translation>Zeigen Sie höchstens zwei Monate des Kalenders auf einmal.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="398" />
        <source>Someone already decided on this message; refresh the list.</source>
        <translation>Über diese Nachricht wurde bereits entschieden; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="399" />
        <source>Someone else saved this record after you opened it; review their changes and save again.</source>
        <translation>Jemand anderes hat diesen Datensatz gespeichert, nachdem Sie ihn geöffnet haben; prüfen Sie die Änderungen und speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="400" />
        <source>Something this record refers to was deleted meanwhile; reload and choose again.</source>
        <translation>Etwas, worauf dieser Datensatz verweist, wurde inzwischen gelöscht; laden Sie neu und wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="401" />
        <source>Stage {number}</source>
        <translation>Stufe {number}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="402" />
        <source>Stage {number} names a team or person that no longer exists; pick another.</source>
        <translation>Stufe {number} nennt ein Team oder eine Person, die es nicht mehr gibt; wählen Sie eine andere Angabe.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="403" />
        <source>Stage {number} names more than {max_approvers} approvers; use a team instead.</source>
        <translation>Stufe {number} nennt mehr als {max_approvers} Genehmiger; verwenden Sie stattdessen ein Team.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="404" />
        <source>Stage {number} names no approver; add one or remove the stage.</source>
        <translation>Stufe {number} nennt keinen Genehmiger; fügen Sie einen hinzu oder entfernen Sie die Stufe.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="405" />
        <source>Stage {number} would ask only {person}, who requested {item_number}; a requester never approves their own item. Add other approvers to the rule.</source>
        <translation>Stufe {number} würde nur {person} fragen, der {item_number} beantragt hat; wer beantragt, genehmigt den eigenen Eintrag nie. Fügen Sie der Regel weitere Genehmiger hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="406" />
        <source>Stage {stage} of {item_number} is already decided; only stage {current} is waiting for decisions.</source>
        <translation>Stufe {stage} von {item_number} ist bereits entschieden; nur Stufe {current} wartet auf Entscheidungen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="407" />
        <source>Standard changes are pre-approved by their template; they have no CAB.</source>
        <translation>Standardänderungen sind durch ihre Vorlage vorab genehmigt; sie haben kein CAB.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="408" />
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="409" />
        <source>Successful with issues</source>
        <translation>Erfolgreich mit Problemen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="410" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="411" />
        <source>Task {n}</source>
        <translation>Aufgabe {n}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="412" />
        <source>Task {n} ({title}) names a team that no longer exists; pick another.</source>
        <translation>Aufgabe {n} ({title}) nennt ein Team, das es nicht mehr gibt; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="413" />
        <source>Task {n}: give it a title the team understands.</source>
        <translation>Aufgabe {n}: Geben Sie ihr einen Titel, den das Team versteht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="414" />
        <source>That CAB rule was removed meanwhile; refresh the list.</source>
        <translation>Diese CAB-Regel wurde inzwischen entfernt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="415" />
        <source>That CI type no longer exists; refresh the list.</source>
        <translation>Dieser CI-Typ existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="416" />
        <source>That access request no longer exists; refresh the list.</source>
        <translation>Dieser Zugriffsantrag existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="417" />
        <source>That address is no longer named on this major incident; refresh.</source>
        <translation>Diese Adresse ist bei diesem Major Incident nicht mehr genannt; aktualisieren Sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="418" />
        <source>That approval no longer exists; refresh the list.</source>
        <translation>Diese Genehmigung existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="419" />
        <source>That approval was withdrawn; refresh the item.</source>
        <translation>Diese Genehmigung wurde zurückgezogen; aktualisieren Sie das Ticket.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="420" />
        <source>That article no longer exists; reload the list.</source>
        <translation>Dieser Artikel existiert nicht mehr; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="421" />
        <source>That attachment was already removed; refresh the list.</source>
        <translation>Dieser Anhang wurde bereits entfernt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="422" />
        <source>That attachment was removed meanwhile; refresh the list.</source>
        <translation>Dieser Anhang wurde inzwischen entfernt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="423" />
        <source>That calendar no longer exists; choose another one or reload.</source>
        <translation>Dieser Kalender existiert nicht mehr; wählen Sie einen anderen oder laden Sie neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="424" />
        <source>That caller no longer exists (perhaps merged into another); search again.</source>
        <translation>Dieser Anrufer existiert nicht mehr (vielleicht mit einem anderen zusammengeführt); suchen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="425" />
        <source>That caller no longer exists; refresh the list.</source>
        <translation>Dieser Anrufer existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="426" />
        <source>That caller no longer follows the service; refresh.</source>
        <translation>Dieser Anrufer folgt dem Service nicht mehr; aktualisieren Sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="427" />
        <source>That change is no longer in the outbox; refresh the list.</source>
        <translation>Diese Änderung ist nicht mehr im Ausgang; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="428" />
        <source>That change is no longer waiting for an answer; refresh the list.</source>
        <translation>Diese Änderung wartet nicht mehr auf eine Antwort; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="429" />
        <source>That change names no item; discard it.</source>
        <translation>Diese Änderung nennt kein Ticket; verwerfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="430" />
        <source>That change no longer exists; refresh the list.</source>
        <translation>Diese Änderung existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="431" />
        <source>That comment does not belong to this item; attach the file to the item instead.</source>
        <translation>Dieser Kommentar gehört nicht zu diesem Ticket; hängen Sie die Datei stattdessen an das Ticket an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="432" />
        <source>That configuration item no longer exists; refresh the list.</source>
        <translation>Dieses Konfigurationselement existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="433" />
        <source>That delegation was removed meanwhile; refresh the list.</source>
        <translation>Diese Vertretung wurde inzwischen entfernt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="434" />
        <source>That department no longer exists; pick another.</source>
        <translation>Diese Abteilung existiert nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="435" />
        <source>That entitlement no longer exists; pick another.</source>
        <translation>Diese Berechtigungsstufe existiert nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="436" />
        <source>That entitlement no longer exists; refresh the list.</source>
        <translation>Diese Berechtigungsstufe existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="437" />
        <source>That field has no open conflict; refresh the list.</source>
        <translation>Dieses Feld hat keinen offenen Konflikt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="438" />
        <source>That freeze window was removed meanwhile; refresh the list.</source>
        <translation>Diese Sperrzeit wurde inzwischen entfernt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="439" />
        <source>That freeze window was removed meanwhile; refresh.</source>
        <translation>Diese Sperrzeit wurde inzwischen entfernt; aktualisieren Sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="440" />
        <source>That grant does not exist (it may have been removed); refresh the list and choose a grant the person holds.</source>
        <translation>Diese Berechtigung existiert nicht (sie wurde eventuell entfernt); aktualisieren Sie die Liste und wählen Sie eine Berechtigung, die die Person hat.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="441" />
        <source>That grant does not exist; refresh the list.</source>
        <translation>Diese Berechtigung existiert nicht; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="442" />
        <source>That incident is no longer a child of this major incident; refresh.</source>
        <translation>Diese Störung ist kein Kind dieses Major Incidents mehr; aktualisieren Sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="443" />
        <source>That incident no longer exists; refresh the list.</source>
        <translation>Diese Störung existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="444" />
        <source>That incident no longer exists; reload the queue.</source>
        <translation>Diese Störung existiert nicht mehr; laden Sie die Warteschlange neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="445" />
        <source>That item is no longer linked; reload the register.</source>
        <translation>Dieses Ticket ist nicht mehr verknüpft; laden Sie das Register neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="446" />
        <source>That item no longer exists; refresh the list.</source>
        <translation>Dieses Ticket existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="447" />
        <source>That item was deleted; nothing was {verb}. Refresh the list.</source>
        <translation>Dieser Eintrag wurde gelöscht; es wurde nichts {verb}. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="448" />
        <source>That known error no longer exists; refresh the list.</source>
        <translation>Dieser bekannte Fehler existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="449" />
        <source>That link was already removed; refresh the item.</source>
        <translation>Diese Verknüpfung wurde bereits entfernt; aktualisieren Sie das Ticket.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="450" />
        <source>That makes a loop.</source>
        <translation>Das ergibt eine Schleife.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="451" />
        <source>That offering no longer exists; pick another.</source>
        <translation>Dieses Angebot existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="452" />
        <source>That offering no longer exists; reload the catalogue.</source>
        <translation>Dieses Angebot existiert nicht mehr; laden Sie den Katalog neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="453" />
        <source>That organisation no longer exists (perhaps merged into another); search again.</source>
        <translation>Diese Organisation existiert nicht mehr (vielleicht mit einer anderen zusammengeführt); suchen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="454" />
        <source>That person is not an active staff member; pick someone from the list.</source>
        <translation>Diese Person ist kein aktives Teammitglied; wählen Sie jemanden aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="455" />
        <source>That person no longer exists; pick another.</source>
        <translation>Diese Person existiert nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="456" />
        <source>That problem no longer exists; refresh the list.</source>
        <translation>Dieses Problem existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="457" />
        <source>That queue does not exist; pick another one.</source>
        <translation>Diese Warteschlange gibt es nicht; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="458" />
        <source>That queue was deleted; pick another one.</source>
        <translation>Diese Warteschlange wurde gelöscht; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="459" />
        <source>That release was removed meanwhile; refresh the list.</source>
        <translation>Dieses Release wurde inzwischen entfernt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="460" />
        <source>That review line no longer exists; refresh the list.</source>
        <translation>Diese Prüfzeile existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="461" />
        <source>That review no longer exists; refresh the list.</source>
        <translation>Diese Prüfung existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="462" />
        <source>That service no longer exists; choose another.</source>
        <translation>Dieser Service existiert nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="463" />
        <source>That service no longer exists; refresh the portfolio.</source>
        <translation>Dieser Service existiert nicht mehr; aktualisieren Sie das Portfolio.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="464" />
        <source>That service request no longer exists; refresh the list.</source>
        <translation>Diese Serviceanfrage existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="465" />
        <source>That staff member no longer exists; refresh the list.</source>
        <translation>Dieser Mitarbeiter existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="466" />
        <source>That standard change was removed meanwhile; refresh the list.</source>
        <translation>Diese Standardänderung wurde inzwischen entfernt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="467" />
        <source>That system no longer exists; pick another.</source>
        <translation>Dieses System existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="468" />
        <source>That system no longer exists; refresh the list.</source>
        <translation>Dieses System existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="469" />
        <source>That team no longer exists; choose another.</source>
        <translation>Dieses Team existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="470" />
        <source>That team no longer exists; refresh the list.</source>
        <translation>Dieses Team existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="471" />
        <source>That time entry was removed meanwhile; refresh the item.</source>
        <translation>Dieser Zeiteintrag wurde inzwischen entfernt; aktualisieren Sie das Ticket.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="472" />
        <source>That time entry was removed on the desk; log the time again.</source>
        <translation>Dieser Zeiteintrag wurde am Service Desk entfernt; erfassen Sie die Zeit erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="473" />
        <source>That work item no longer exists; reload.</source>
        <translation>Dieses Ticket existiert nicht mehr; laden Sie neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="474" />
        <source>That {kind} no longer exists; refresh the list.</source>
        <translation>Der Eintrag ({kind}) existiert nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="475" />
        <source>The IMAP secret cannot hold a line break or more than 8192 characters; paste it again.</source>
        <translation>Das IMAP-Geheimnis darf keinen Zeilenumbruch und nicht mehr als 8192 Zeichen enthalten; fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="476" />
        <source>The PostgreSQL URL '{url}' names no database; add '/DATABASE' at the end.</source>
        <translation>Die PostgreSQL-URL '{url}' nennt keine Datenbank; fügen Sie am Ende '/DATENBANK' an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="477" />
        <source>The PostgreSQL URL '{url}' names no server; use the form {supported}.</source>
        <translation>Die PostgreSQL-URL '{url}' nennt keinen Server; verwenden Sie die Form {supported}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="478" />
        <source>The SLA name</source>
        <translation>Der SLA-Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="479" />
        <source>The SMTP password cannot hold a line break or more than 8192 characters; paste it again.</source>
        <translation>Das SMTP-Passwort darf keinen Zeilenumbruch und nicht mehr als 8192 Zeichen enthalten; fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="480" />
        <source>The SQLite URL names no file, so nothing would be kept; use sqlite:///PATH (for example sqlite:///C:/DeskApp/desk.sqlite3 or sqlite:////home/me/desk.db).</source>
        <translation>Die SQLite-URL nennt keine Datei, also würde nichts gespeichert; verwenden Sie sqlite:///PFAD (zum Beispiel sqlite:///C:/DeskApp/desk.sqlite3 oder sqlite:////home/me/desk.db).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="481" />
        <source>The SQLite file name contains a NUL character, which no file system allows; check the --database value.</source>
        <translation>Der SQLite-Dateiname enthält ein NUL-Zeichen, das kein Dateisystem erlaubt; prüfen Sie den Wert von --database.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="482" />
        <source>The allow-list is empty, so no file could be attached; list at least one type.</source>
        <translation>Die Liste erlaubter Typen ist leer, also könnte keine Datei angehängt werden; führen Sie mindestens einen Typ auf.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="483" />
        <source>The approval of {item_number} is already approved; nothing is waiting for a decision.</source>
        <translation>Die Genehmigung von {item_number} ist bereits erteilt; nichts wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="484" />
        <source>The approval of {item_number} is already rejected; nothing is waiting for a decision.</source>
        <translation>Die Genehmigung von {item_number} ist bereits abgelehnt; nichts wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="485" />
        <source>The article is longer than {body_max} characters; split it into several articles.</source>
        <translation>Der Artikel ist länger als {body_max} Zeichen; teilen Sie ihn auf mehrere Artikel auf.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="486" />
        <source>The article is not linked to that item any more; reload.</source>
        <translation>Der Artikel ist nicht mehr mit diesem Ticket verknüpft; laden Sie neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="487" />
        <source>The attachment limit must be from {min_max_bytes} to {max_max_bytes}.</source>
        <translation>Die Grenze für Anhänge muss zwischen {min_max_bytes} und {max_max_bytes} liegen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="488" />
        <source>The audience</source>
        <translation>Die Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="489" />
        <source>The availability target is a percentage above 0 and at most 100 (such as 99.9); leave it empty for none.</source>
        <translation>Das Verfügbarkeitsziel ist ein Prozentsatz über 0 und höchstens 100 (etwa 99,9); lassen Sie es für keines leer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="490" />
        <source>The availability target must be a percentage such as 99.9; type a number.</source>
        <translation>Das Verfügbarkeitsziel muss ein Prozentsatz wie 99,9 sein; geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="491" />
        <source>The backup file cannot be the database itself; give another path.</source>
        <translation>Die Sicherungsdatei kann nicht die Datenbank selbst sein; geben Sie einen anderen Pfad an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="492" />
        <source>The body has a brace that is not a placeholder near “{stray}”; write placeholders as {{number}}, with a lower-case name between two braces, and no other braces.</source>
        <translation>Der Text enthält bei „{stray}“ eine geschweifte Klammer, die kein Platzhalter ist; schreiben Sie Platzhalter als {{number}}, mit einem kleingeschriebenen Namen zwischen zwei Klammern, und keine weiteren Klammern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="493" />
        <source>The business owner</source>
        <translation>Der fachlich Verantwortliche</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="494" />
        <source>The calendar has no working hours; tick at least one weekday as a working day.</source>
        <translation>Der Kalender hat keine Arbeitszeiten; markieren Sie mindestens einen Wochentag als Arbeitstag.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="495" />
        <source>The calendar name</source>
        <translation>Der Kalendername</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="496" />
        <source>The catalogue already offers '{name}'; choose another name.</source>
        <translation>Der Katalog bietet bereits '{name}' an; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="497" />
        <source>The catalogue still offers access to {name} ({offerings}); retire those offerings first.</source>
        <translation>Der Katalog bietet noch Zugriff auf {name} an ({offerings}); ziehen Sie diese Angebote zuerst zurück.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="498" />
        <source>The category is {length} characters; shorten it to {category_max}.</source>
        <translation>Die Kategorie hat {length} Zeichen; kürzen Sie sie auf {category_max}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="499" />
        <source>The chosen CI no longer exists; pick another.</source>
        <translation>Das gewählte CI existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="500" />
        <source>The chosen SLA no longer exists; pick another.</source>
        <translation>Das gewählte SLA existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="501" />
        <source>The chosen assignee is not an active staff member.</source>
        <translation>Der gewählte Bearbeiter ist kein aktiver Mitarbeiter.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="502" />
        <source>The chosen caller no longer exists; pick another.</source>
        <translation>Der gewählte Anrufer existiert nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="503" />
        <source>The chosen configuration item no longer exists; choose again.</source>
        <translation>Das gewählte Configuration Item existiert nicht mehr; wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="504" />
        <source>The chosen configuration item no longer exists; pick another.</source>
        <translation>Das gewählte Configuration Item existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="505" />
        <source>The chosen entitlement no longer exists; pick another.</source>
        <translation>Die gewählte Berechtigungsstufe gibt es nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="506" />
        <source>The chosen manager no longer exists (perhaps merged); pick again.</source>
        <translation>Der gewählte Vorgesetzte existiert nicht mehr (vielleicht zusammengeführt); wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="507" />
        <source>The chosen owner is not a staff member; pick another.</source>
        <translation>Die gewählte verantwortliche Person ist keine Mitarbeiterin und kein Mitarbeiter; wählen Sie jemand anderen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="508" />
        <source>The chosen owner is not an active staff member; pick another.</source>
        <translation>Der gewählte Verantwortliche ist kein aktiver Mitarbeiter; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="509" />
        <source>The chosen owner no longer exists; choose again.</source>
        <translation>Der gewählte Verantwortliche existiert nicht mehr; wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="510" />
        <source>The chosen release no longer exists; pick another.</source>
        <translation>Das gewählte Release existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="511" />
        <source>The chosen service no longer exists; choose again.</source>
        <translation>Der gewählte Service existiert nicht mehr; wählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="512" />
        <source>The chosen service no longer exists; pick another.</source>
        <translation>Der gewählte Dienst existiert nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="513" />
        <source>The chosen system no longer exists; pick another.</source>
        <translation>Das gewählte System existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="514" />
        <source>The chosen team no longer exists; pick another.</source>
        <translation>Das gewählte Team existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="515" />
        <source>The code</source>
        <translation>Der Code</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="516" />
        <source>The code '{code}' already exists; reactivate it or choose another code.</source>
        <translation>Der Code '{code}' existiert bereits; aktivieren Sie ihn wieder oder wählen Sie einen anderen Code.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="517" />
        <source>The code '{code}' already reads '{same_label}'; choose another label.</source>
        <translation>Der Code '{code}' lautet bereits '{same_label}'; wählen Sie eine andere Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="518" />
        <source>The comment is longer than {comment_max} characters; shorten it.</source>
        <translation>Der Kommentar ist länger als {comment_max} Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="519" />
        <source>The comment is {length} characters long; the limit is {comment_max}.</source>
        <translation>Der Kommentar ist {length} Zeichen lang; die Grenze liegt bei {comment_max}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="520" />
        <source>The comment this file was attached to is not on the desk (it was refused); attach the file to the item instead.</source>
        <translation>Der Kommentar, an den diese Datei angehängt war, ist nicht am Service Desk (er wurde abgelehnt); hängen Sie die Datei stattdessen an das Ticket an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="521" />
        <source>The content must be a binary stream (bytes), not text.</source>
        <translation>Der Inhalt muss ein Binärstrom (Bytes) sein, kein Text.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="522" />
        <source>The content must be a readable binary stream.</source>
        <translation>Der Inhalt muss ein lesbarer Binärstrom sein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="523" />
        <source>The content of {file_name} is missing from the database; ask an administrator to check it.</source>
        <translation>Der Inhalt von {file_name} fehlt in der Datenbank; bitten Sie einen Administrator, das zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="524" />
        <source>The content of {file_name} is not in the replica any more; attach the file again.</source>
        <translation>Der Inhalt von {file_name} ist nicht mehr im Replikat; hängen Sie die Datei erneut an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="525" />
        <source>The content of {file_name} is on the desk, not in this replica yet; it is fetched when the desk can be reached. Connect, then save it again.</source>
        <translation>Der Inhalt von {file_name} liegt am Service Desk, noch nicht in diesem Replikat; er wird geholt, sobald der Service Desk erreichbar ist. Stellen Sie eine Verbindung her und speichern Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="526" />
        <source>The database URL is empty; give one such as {supported}.</source>
        <translation>Die Datenbank-URL ist leer; geben Sie eine an, etwa {supported}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="527" />
        <source>The database URL names no database; security is applied per desk database, so give one.</source>
        <translation>Die Datenbank-URL nennt keine Datenbank; Sicherheit wird je Desk-Datenbank angewendet, geben Sie also eine an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="528" />
        <source>The database is at revision {current}, not {schema_head}; run 'deskapp-admin --database URL db upgrade' first (it applies security too once it is applied).</source>
        <translation>Die Datenbank steht auf Revision {current}, nicht auf {schema_head}; führen Sie zuerst 'deskapp-admin --database URL db upgrade' aus (danach wendet es auch die Sicherheit an, sobald diese einmal angewendet ist).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="529" />
        <source>The database server cannot be reached; check the network or the server and try again (nothing was saved).</source>
        <translation>Der Datenbankserver ist nicht erreichbar; prüfen Sie das Netzwerk oder den Server und versuchen Sie es erneut (es wurde nichts gespeichert).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="530" />
        <source>The delegation ends before it starts; check the dates.</source>
        <translation>Die Vertretung endet, bevor sie beginnt; prüfen Sie die Daten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="531" />
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="532" />
        <source>The desk does not hold that file (or it is not visible to you any more); sync, then try again.</source>
        <translation>Der Service Desk hat diese Datei nicht (oder sie ist für Sie nicht mehr sichtbar); synchronisieren Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="533" />
        <source>The due date must be in the future.</source>
        <translation>Das Fälligkeitsdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="534" />
        <source>The expiry must be after the grant starts; pick a later date or none.</source>
        <translation>Der Ablauf muss nach dem Beginn der Berechtigung liegen; wählen Sie ein späteres Datum oder keines.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="535" />
        <source>The file came from the desk damaged (its checksum differs); nothing was kept. Try again.</source>
        <translation>Die Datei kam beschädigt vom Service Desk an (ihre Prüfsumme weicht ab); es wurde nichts behalten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="536" />
        <source>The file is on the desk, not in this replica, and it could not be fetched ({reason}); save it again when the desk can be reached.</source>
        <translation>Die Datei liegt am Service Desk, nicht in diesem Replikat, und konnte nicht geholt werden ({reason}); speichern Sie sie erneut, sobald der Service Desk erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="537" />
        <source>The file name contains control characters; rename the file.</source>
        <translation>Der Dateiname enthält Steuerzeichen; benennen Sie die Datei um.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="538" />
        <source>The file name is {length} characters long; the limit is {name_max}. Rename the file and attach it again.</source>
        <translation>Der Dateiname ist {length} Zeichen lang; die Grenze liegt bei {name_max}. Benennen Sie die Datei um und hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="539" />
        <source>The file needs a name; rename it and attach it again.</source>
        <translation>Die Datei braucht einen Namen; benennen Sie sie um und hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="540" />
        <source>The folder {folder} does not exist; choose another folder.</source>
        <translation>Der Ordner {folder} existiert nicht; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="541" />
        <source>The folder {folder} does not exist; choose another.</source>
        <translation>Der Ordner {folder} existiert nicht; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="542" />
        <source>The folder {folder} does not exist; create it first.</source>
        <translation>Der Ordner {folder} existiert nicht; legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="543" />
        <source>The form has no field '{unknown}'; reload the offering.</source>
        <translation>Das Formular hat kein Feld '{unknown}'; laden Sie das Angebot neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="544" />
        <source>The freeze ends before it starts; set an end after its start.</source>
        <translation>Die Sperrzeit endet, bevor sie beginnt; setzen Sie ein Ende nach dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="545" />
        <source>The incident the article is written from no longer exists.</source>
        <translation>Die Störung, aus der der Artikel entsteht, existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="546" />
        <source>The item is no longer in this replica (it was deleted or left your scope); discard the change.</source>
        <translation>Das Ticket ist nicht mehr in diesem Replikat (es wurde gelöscht oder hat Ihren Bereich verlassen); verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="547" />
        <source>The item is no longer on the desk (or no longer visible to you).</source>
        <translation>Das Ticket ist nicht mehr am Desk (oder für Sie nicht mehr sichtbar).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="548" />
        <source>The item of that attachment was deleted; refresh the list.</source>
        <translation>Das Ticket dieses Anhangs wurde gelöscht; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="549" />
        <source>The justification</source>
        <translation>Die Begründung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="550" />
        <source>The keyring could not be read ({error}); type the password instead (leave out --password-from-keyring).</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden ({error}); geben Sie stattdessen das Passwort ein (lassen Sie --password-from-keyring weg).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="551" />
        <source>The keyring has no password for {username} under '{keyring_service}'; store one there or leave out --password-from-keyring to type it.</source>
        <translation>Der Schlüsselbund hat unter '{keyring_service}' kein Passwort für {username}; speichern Sie dort eines oder lassen Sie --password-from-keyring weg, um es einzugeben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="552" />
        <source>The keyring refused to store it; nothing was stored.</source>
        <translation>Der Schlüsselbund hat das Speichern verweigert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="553" />
        <source>The keyring refused to store the password; nothing was saved. Check the keyring and try again.</source>
        <translation>Der Schlüsselbund hat das Speichern des Passworts verweigert; es wurde nichts gespeichert. Prüfen Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="554" />
        <source>The keyring refused to store the worker's password, so the login's new password is known to nobody; run the command again once the keyring works.</source>
        <translation>Der Schlüsselbund hat das Passwort des Mail-Dienstes nicht gespeichert, daher kennt niemand das neue Passwort der Anmeldung; führen Sie den Befehl erneut aus, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="555" />
        <source>The label</source>
        <translation>Die Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="556" />
        <source>The login '{login}' has no active staff record on this desk; ask an administrator to add you ('deskapp-admin staff add').</source>
        <translation>Die Anmeldung '{login}' hat auf diesem Service Desk keinen aktiven Mitarbeitereintrag; bitten Sie einen Administrator, Sie hinzuzufügen ('deskapp-admin staff add').</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="557" />
        <source>The login '{username}' has no active staff record in this database; ask a DeskApp administrator to add you ('deskapp-admin staff add').</source>
        <translation>Die Anmeldung '{username}' hat in dieser Datenbank keinen aktiven Mitarbeitereintrag; bitten Sie einen DeskApp-Administrator, Sie hinzuzufügen ('deskapp-admin staff add').</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="558" />
        <source>The login {login} has no DeskApp rights on this database; ask an administrator to run 'deskapp-admin staff add {login} --login'.</source>
        <translation>Die Anmeldung {login} hat keine DeskApp-Rechte auf dieser Datenbank; bitten Sie einen Administrator, 'deskapp-admin staff add {login} --login' auszuführen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="559" />
        <source>The mail worker role belongs to the mail worker's own login only and is managed with 'deskapp-admin mail login'; nothing was changed.</source>
        <translation>Die Rolle des Mail-Dienstes gehört nur dessen eigener Anmeldung und wird mit 'deskapp-admin mail login' verwaltet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="560" />
        <source>The mapping file is not valid JSON (line {lineno}: {error}); fix it or save the mapping again.</source>
        <translation>Die Zuordnungsdatei ist kein gültiges JSON (Zeile {lineno}: {error}); korrigieren Sie sie oder speichern Sie die Zuordnung erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="561" />
        <source>The mapping file names unknown field(s): {unknown}; use {keys}.</source>
        <translation>Die Zuordnungsdatei nennt unbekannte Felder: {unknown}; verwenden Sie {keys}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="562" />
        <source>The mapping file was saved by a newer DeskApp; save it again with this one.</source>
        <translation>Die Zuordnungsdatei wurde von einer neueren DeskApp gespeichert; speichern Sie sie mit dieser erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="563" />
        <source>The mapping is for {kind}, not incidents; choose an incident mapping.</source>
        <translation>Die Zuordnung ist für {kind}, nicht für Störungen; wählen Sie eine Zuordnung für Störungen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="564" />
        <source>The mapping is for {kind}, not {wanted}; choose another mapping file.</source>
        <translation>Die Zuordnung ist für {kind}, nicht für {wanted}; wählen Sie eine andere Zuordnungsdatei.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="565" />
        <source>The mapping names column(s) this file does not have: {missing}; pick the columns again or use another mapping file.</source>
        <translation>Die Zuordnung nennt Spalten, die diese Datei nicht hat: {missing}; wählen Sie die Spalten erneut oder verwenden Sie eine andere Zuordnungsdatei.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="566" />
        <source>The migrations folder {path} is incomplete (env.py or versions/*.py missing); reinstall DeskApp.</source>
        <translation>Der Migrationsordner {path} ist unvollständig (env.py oder versions/*.py fehlt); installieren Sie DeskApp neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="567" />
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="568" />
        <source>The name is {length} characters long; the limit is {full_name_max}.</source>
        <translation>Der Name ist {length} Zeichen lang; die Grenze liegt bei {full_name_max}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="569" />
        <source>The name is {length} characters; shorten it to {name_max}.</source>
        <translation>Der Name hat {length} Zeichen; kürzen Sie ihn auf {name_max}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="570" />
        <source>The name of the holiday on {day} is too long; shorten it to {holiday_name_max} characters.</source>
        <translation>Der Name des Feiertags am {day} ist zu lang; kürzen Sie ihn auf {holiday_name_max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="571" />
        <source>The new replica {path} is still open in another program, so it was not moved into place; close that program and make the replica again (what was copied is kept and the run resumes).</source>
        <translation>Das neue Replikat {path} ist noch in einem anderen Programm geöffnet und wurde deshalb nicht an seinen Platz verschoben; schließen Sie dieses Programm und legen Sie das Replikat erneut an (bereits Kopiertes bleibt erhalten, der Lauf wird fortgesetzt).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="572" />
        <source>The new replica {path} was not written completely, so it was removed; make the replica again.</source>
        <translation>Das neue Replikat {path} wurde nicht vollständig geschrieben und deshalb entfernt; legen Sie das Replikat erneut an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="573" />
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="574" />
        <source>The password is empty; type one (twice).</source>
        <translation>Das Passwort ist leer; geben Sie eines ein (zweimal).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="575" />
        <source>The pending-until time needs a time zone; pick it again.</source>
        <translation>Die Wartend-bis-Zeit braucht eine Zeitzone; wählen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="576" />
        <source>The period ends before it starts; choose an end date on or after the start.</source>
        <translation>Der Zeitraum endet, bevor er beginnt; wählen Sie ein Enddatum am oder nach dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="577" />
        <source>The period ends before it starts; pick an end after the start.</source>
        <translation>Der Zeitraum endet, bevor er beginnt; wählen Sie ein Ende nach dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="578" />
        <source>The period is longer than {years} years; choose a shorter one.</source>
        <translation>Der Zeitraum ist länger als {years} Jahre; wählen Sie einen kürzeren.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="579" />
        <source>The period needs time-zone-aware start and end times.</source>
        <translation>Der Zeitraum braucht Beginn und Ende mit Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="580" />
        <source>The points of {decl_label} are not work items; open the items from the figure's own list instead.</source>
        <translation>Die Punkte von {decl_label} sind keine Arbeitseinträge; öffnen Sie die Einträge stattdessen aus der eigenen Liste der Kennzahl.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="581" />
        <source>The priority matrix has no entry for {missing}.</source>
        <translation>Die Prioritätsmatrix hat keinen Eintrag für {missing}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="582" />
        <source>The profile file {path} is damaged ({exc}); fix or delete it to start over.</source>
        <translation>Die Profildatei {path} ist beschädigt ({exc}); korrigieren oder löschen Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="583" />
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="584" />
        <source>The recipient of a message cannot contain a line break.</source>
        <translation>Der Empfänger einer Nachricht darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="585" />
        <source>The release '{name}' still holds {count} change(s) ({numbers}); take them out of it (each change's Release field) or move them to another release first.</source>
        <translation>Zum Release „{name}“ gehören noch {count} Änderung(en) ({numbers}); nehmen Sie sie zuerst heraus (Feld „Release“ jeder Änderung) oder verschieben Sie sie in ein anderes Release.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="586" />
        <source>The release window ends before it starts; fix the dates.</source>
        <translation>Das Release-Zeitfenster endet, bevor es beginnt; korrigieren Sie die Daten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="587" />
        <source>The review date is more than three years away; choose a date within three years so the article is checked again.</source>
        <translation>Das Prüfdatum liegt mehr als drei Jahre entfernt; wählen Sie ein Datum innerhalb von drei Jahren, damit der Artikel erneut geprüft wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="588" />
        <source>The review date must be after today; choose a later date.</source>
        <translation>Das Prüfdatum muss nach heute liegen; wählen Sie ein späteres Datum.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="589" />
        <source>The review is recorded once the change is in Review.</source>
        <translation>Die Bewertung wird erfasst, sobald die Änderung in Überprüfen ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="590" />
        <source>The root-cause category</source>
        <translation>Die Ursachenkategorie</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="591" />
        <source>The schema {schema} holds {length} table(s) or view(s) DeskApp does not know ({shown}); nothing was applied. Move them to another schema or database, or declare them in deskapp.domain.records, then run 'deskapp-admin security apply' again.</source>
        <translation>Das Schema {schema} enthält {length} Tabelle(n) oder Sicht(en), die DeskApp nicht kennt ({shown}); nichts wurde angewendet. Verschieben Sie sie in ein anderes Schema oder eine andere Datenbank oder deklarieren Sie sie in deskapp.domain.records und führen Sie dann 'deskapp-admin security apply' erneut aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="592" />
        <source>The sender of a message cannot contain a line break.</source>
        <translation>Der Absender einer Nachricht darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="593" />
        <source>The server for {url} answered, but {reason}; check the database and user names, or ask an administrator to create them.</source>
        <translation>Der Server für {url} hat geantwortet, aber: {reason}; prüfen Sie die Datenbank- und Benutzernamen oder bitten Sie einen Administrator, sie anzulegen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="594" />
        <source>The server refused the login for {url} ({detail}); check the user name and password.</source>
        <translation>Der Server hat die Anmeldung für {url} abgelehnt ({detail}); prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="595" />
        <source>The shared database is at revision {current} but this DeskApp needs {head}; ask an administrator to run 'deskapp-admin --database URL db upgrade'.</source>
        <translation>Die gemeinsame Datenbank steht auf Revision {current}, dieses DeskApp braucht aber {head}; bitten Sie einen Administrator, 'deskapp-admin --database URL db upgrade' auszuführen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="596" />
        <source>The source name is longer than 40 characters; shorten it.</source>
        <translation>Der Quellenname ist länger als 40 Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="597" />
        <source>The stakeholders of {number} changed while you wrote: the update would now go to {count}, not {expected}. Check the count and send again; nothing was saved.</source>
        <translation>Die Beteiligten von {number} haben sich geändert, während Sie geschrieben haben: Die Meldung ginge jetzt an {count}, nicht an {expected}. Prüfen Sie die Anzahl und senden Sie erneut; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="598" />
        <source>The stored content of {file_name} is damaged (its checksum differs); ask an administrator.</source>
        <translation>Der gespeicherte Inhalt von {file_name} ist beschädigt (seine Prüfsumme weicht ab); wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="599" />
        <source>The subject has a brace that is not a placeholder near “{stray}”; write placeholders as {{number}}, with a lower-case name between two braces, and no other braces.</source>
        <translation>Der Betreff enthält bei „{stray}“ eine geschweifte Klammer, die kein Platzhalter ist; schreiben Sie Platzhalter als {{number}}, mit einem kleingeschriebenen Namen zwischen zwei Klammern, und keine weiteren Klammern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="600" />
        <source>The subject of a message cannot contain a line break.</source>
        <translation>Der Betreff einer Nachricht darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="601" />
        <source>The tasks of {number} are done in order; finish {shown} first.</source>
        <translation>Die Aufgaben von {number} werden der Reihe nach erledigt; schließen Sie zuerst {shown} ab.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="602" />
        <source>The tasks wait for each other in a circle ({names}), so none of them could ever start; remove one of the waits.</source>
        <translation>Die Aufgaben warten im Kreis aufeinander ({names}), sodass keine je beginnen könnte; entfernen Sie eine der Abhängigkeiten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="603" />
        <source>The text is {length} characters; shorten it to {body_max}.</source>
        <translation>Der Text hat {length} Zeichen; kürzen Sie ihn auf {body_max}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="604" />
        <source>The time spent must be more than zero minutes; remove the entry instead of logging no time.</source>
        <translation>Die aufgewendete Zeit muss mehr als null Minuten betragen; entfernen Sie den Eintrag, statt keine Zeit zu erfassen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="605" />
        <source>The time zone '{zone}' cannot be loaded on this computer.</source>
        <translation>Die Zeitzone '{zone}' kann auf diesem Computer nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="606" />
        <source>The title is longer than {title_max} characters; shorten it.</source>
        <translation>Der Titel ist länger als {title_max} Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="607" />
        <source>The title is {length} characters; shorten it to {title_max}.</source>
        <translation>Der Titel hat {length} Zeichen; kürzen Sie ihn auf {title_max}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="608" />
        <source>The two entries differ or are empty; nothing was stored.</source>
        <translation>Die beiden Eingaben unterscheiden sich oder sind leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="609" />
        <source>The two passwords differ; nothing was created. Run the command again.</source>
        <translation>Die beiden Passwörter unterscheiden sich; es wurde nichts angelegt. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="610" />
        <source>The type needs a name.</source>
        <translation>Der Typ braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="611" />
        <source>The type needs a name; type one, e.g. 'load balancer'.</source>
        <translation>Der Typ braucht einen Namen; geben Sie einen ein, z. B. 'Load Balancer'.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="612" />
        <source>The type of a change is chosen while it is New; cancel it and raise another.</source>
        <translation>Der Typ einer Änderung wird gewählt, solange sie neu ist; brechen Sie sie ab und erfassen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="613" />
        <source>The update</source>
        <translation>Die Meldung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="614" />
        <source>The username '{username}' is taken; choose another or enable that staff member.</source>
        <translation>Der Benutzername '{username}' ist vergeben; wählen Sie einen anderen oder aktivieren Sie diesen Mitarbeiter.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="615" />
        <source>There are no live grants in that scope, so there is nothing to review; choose another system or department.</source>
        <translation>In diesem Umfang gibt es keine aktiven Berechtigungen, also nichts zu prüfen; wählen Sie ein anderes System oder eine andere Abteilung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="616" />
        <source>There is already a CI type '{clean_name}'; choose another name.</source>
        <translation>Es gibt bereits einen CI-Typ '{clean_name}'; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="617" />
        <source>There is already a service called '{name}'; choose another name.</source>
        <translation>Es gibt bereits einen Service namens '{name}'; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="618" />
        <source>There is no CI type '{ci_type}'; choose one from the list (an administrator adds types under CI types).</source>
        <translation>Es gibt keinen CI-Typ '{ci_type}'; wählen Sie einen aus der Liste (ein Administrator legt Typen unter CI-Typen an).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="619" />
        <source>There is no DeskApp database at {file}; check the path, or create one with 'deskapp-admin --database URL db upgrade'.</source>
        <translation>Unter {file} gibt es keine DeskApp-Datenbank; prüfen Sie den Pfad oder legen Sie eine mit 'deskapp-admin --database URL db upgrade' an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="620" />
        <source>There is no article {number}; check the number.</source>
        <translation>Es gibt keinen Artikel {number}; prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="621" />
        <source>There is no connection profile named '{name}'.</source>
        <translation>Es gibt kein Verbindungsprofil namens '{name}'.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="622" />
        <source>There is no database login '{username}'; create it with 'deskapp-admin staff add {username} --login'.</source>
        <translation>Es gibt keine Datenbankanmeldung '{username}'; legen Sie sie mit 'deskapp-admin staff add {username} --login' an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="623" />
        <source>There is no file {path}; check the path.</source>
        <translation>Es gibt keine Datei {path}; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="624" />
        <source>There is no item {number}; type the number of an item to preview the message on, or leave it empty.</source>
        <translation>Es gibt keinen Eintrag {number}; geben Sie die Nummer eines Eintrags ein, an dem die Nachricht in der Vorschau gezeigt wird, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="625" />
        <source>There is no message for {event!r}.</source>
        <translation>Für {event!r} gibt es keine Nachricht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="626" />
        <source>There is no team '{team}' on this desk; teams: {teams}.</source>
        <translation>Auf diesem Service Desk gibt es kein Team '{team}'; Teams: {teams}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="627" />
        <source>This SLA no longer exists; reload the list.</source>
        <translation>Dieses SLA existiert nicht mehr; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="628" />
        <source>This SLA was deleted by someone else; reload the list.</source>
        <translation>Dieses SLA wurde von jemand anderem gelöscht; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="629" />
        <source>This calendar no longer exists; reload the list.</source>
        <translation>Dieser Kalender existiert nicht mehr; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="630" />
        <source>This calendar was deleted by someone else; reload the list.</source>
        <translation>Dieser Kalender wurde von jemand anderem gelöscht; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="631" />
        <source>This computer has no secure keyring (Windows Credential Manager, macOS Keychain, the Secret Service), so the worker's password could not be kept; DeskApp never writes it to a file. Run this as the worker's account on a computer with a keyring. Nothing was created.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund (Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund, Secret Service), daher kann das Passwort des Mail-Dienstes nicht aufbewahrt werden; DeskApp schreibt es nie in eine Datei. Führen Sie dies als Konto des Mail-Dienstes auf einem Computer mit Schlüsselbund aus. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="632" />
        <source>This computer has no secure keyring (such as Windows Credential Manager or the Secret Service), so the password cannot be stored; DeskApp never writes it to a file. Set up a keyring and try again. Nothing was saved.</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund (wie die Windows-Anmeldeinformationsverwaltung oder den Secret Service), daher kann das Passwort nicht gespeichert werden; DeskApp schreibt es nie in eine Datei. Richten Sie einen Schlüsselbund ein und versuchen Sie es erneut. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="633" />
        <source>This computer has no secure keyring; the secret cannot be stored (DeskApp never writes it to a file).</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund; das Geheimnis kann nicht gespeichert werden (DeskApp schreibt es nie in eine Datei).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="634" />
        <source>This database (revision {current}) was created by a newer DeskApp; install the newer DeskApp or open another database.</source>
        <translation>Diese Datenbank (Revision {current}) wurde von einem neueren DeskApp angelegt; installieren Sie das neuere DeskApp oder öffnen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="635" />
        <source>This database has several schema heads ({rows}); ask an administrator to check it with 'deskapp-admin db current'.</source>
        <translation>Diese Datenbank hat mehrere Schema-Heads ({rows}); bitten Sie einen Administrator, sie mit 'deskapp-admin db current' zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="636" />
        <source>This delegation would make a loop on {day} ({loop}): nobody would decide. Pick someone outside the loop.</source>
        <translation>Diese Vertretung ergäbe am {day} einen Kreis ({loop}): Niemand würde entscheiden. Wählen Sie jemanden außerhalb des Kreises.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="637" />
        <source>This desk does not take {what} ({name}); put it in a .zip archive, or ask an administrator to allow the type.</source>
        <translation>Dieser Service Desk nimmt keine {what} an ({name}); packen Sie die Datei in ein .zip-Archiv oder bitten Sie einen Administrator, den Typ zu erlauben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="638" />
        <source>This desk has no change log yet; ask an administrator to run 'deskapp-admin db upgrade' on it.</source>
        <translation>Dieser Desk hat noch kein Änderungsprotokoll; bitten Sie eine Administration, 'deskapp-admin db upgrade' darauf auszuführen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="639" />
        <source>This desk has no database security yet, so staff logins cannot be made; run 'deskapp-admin --database URL security apply' first.</source>
        <translation>Dieser Desk hat noch keine Datenbanksicherheit, daher können keine Mitarbeiteranmeldungen angelegt werden; führen Sie zuerst 'deskapp-admin --database URL security apply' aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="640" />
        <source>This desk has no database security yet, so staff logins cannot be made; run 'deskapp-admin --database URL security apply' first. Nothing was created.</source>
        <translation>Dieser Desk hat noch keine Datenbanksicherheit, daher können keine Mitarbeiteranmeldungen angelegt werden; führen Sie zuerst 'deskapp-admin --database URL security apply' aus. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="641" />
        <source>This desk has no database security yet, so the mail worker's login cannot be made; run 'deskapp-admin --database URL security apply' first. Nothing was created.</source>
        <translation>Dieser Desk hat noch keine Datenbanksicherheit, daher kann die Anmeldung des Mail-Dienstes nicht angelegt werden; führen Sie zuerst 'deskapp-admin --database URL security apply' aus. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="642" />
        <source>This desk is not an offline replica; there is nothing to sync.</source>
        <translation>Dieser Desk ist kein Offline-Replikat; es gibt nichts zu synchronisieren.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="643" />
        <source>This file is not an offline replica of a desk (it has no replica record); make one with 'deskapp-admin replica create'.</source>
        <translation>Diese Datei ist kein Offline-Replikat eines Desks (sie hat keinen Replikatdatensatz); erstellen Sie eines mit 'deskapp-admin replica create'.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="644" />
        <source>This file is not an offline replica of a desk.</source>
        <translation>Diese Datei ist kein Offline-Replikat eines Desks.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="645" />
        <source>This initiative no longer exists; reload the register.</source>
        <translation>Diese Initiative existiert nicht mehr; laden Sie das Register neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="646" />
        <source>This initiative was deleted by someone else; reload the register.</source>
        <translation>Diese Initiative wurde von jemand anderem gelöscht; laden Sie das Register neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="647" />
        <source>This is a standard change from the template '{name}': its {labels} come from the template and cannot be changed. Raise a normal change for anything else.</source>
        <translation>Dies ist eine Standardänderung aus der Vorlage '{name}': Folgendes stammt aus der Vorlage und kann nicht geändert werden: {labels}. Erfassen Sie für alles andere eine normale Änderung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="648" />
        <source>This is not a DeskApp mapping file (it needs "format": "{mapping_format}"); save the mapping from DeskApp.</source>
        <translation>Dies ist keine DeskApp-Zuordnungsdatei (sie braucht "format": "{mapping_format}"); speichern Sie die Zuordnung aus DeskApp.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="649" />
        <source>This item belongs to another team; you may {verb} items of your teams and items assigned to you. Ask that team or a supervisor, or have it handed to your team.</source>
        <translation>Dieser Eintrag gehört zu einem anderen Team; Sie dürfen Einträge Ihrer Teams und Ihnen zugewiesene Einträge {verb}. Fragen Sie dieses Team oder einen Supervisor, oder lassen Sie ihn Ihrem Team übergeben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="650" />
        <source>This message names no item; dismiss it instead.</source>
        <translation>Diese Nachricht nennt kein Ticket; verwerfen Sie sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="651" />
        <source>This push has no replica to read the file from; sync again.</source>
        <translation>Für diese Übertragung gibt es kein Replikat, aus dem die Datei gelesen werden kann; synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="652" />
        <source>This queue has {total} items, more than an Excel sheet holds ({limit} rows under the header); export to .csv instead, or narrow the filter.</source>
        <translation>Diese Warteschlange hat {total} Einträge, mehr als ein Excel-Tabellenblatt fasst ({limit} Zeilen unter der Kopfzeile); exportieren Sie stattdessen als .csv oder schränken Sie den Filter ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="653" />
        <source>This replica is older than the desk's change log (entries it still needs were pruned); make a new replica ('deskapp-admin replica create').</source>
        <translation>Dieses Replikat ist älter als das Änderungsprotokoll des Desks (benötigte Einträge wurden bereinigt); erstellen Sie ein neues Replikat ('deskapp-admin replica create').</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="654" />
        <source>This replica was made from another desk ({source}); open that desk to sync it, or make a new replica of this one.</source>
        <translation>Dieses Replikat stammt von einem anderen Service Desk ({source}); öffnen Sie jenen Service Desk, um es zu synchronisieren, oder legen Sie ein neues Replikat dieses Service Desks an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="655" />
        <source>This replica's file is at DeskApp schema {theirs}, this DeskApp at {ours}; open it once in this DeskApp (it upgrades the file and keeps its unsent work), then sync. A file from a newer DeskApp syncs with that version.</source>
        <translation>Die Datei dieses Replikats hat den DeskApp-Schemastand {theirs}, diese DeskApp den Stand {ours}; öffnen Sie sie einmal in dieser DeskApp (die Datei wird aktualisiert, noch nicht gesendete Arbeit bleibt erhalten) und synchronisieren Sie dann. Eine Datei aus einer neueren DeskApp wird mit jener Version synchronisiert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="656" />
        <source>This resolution code no longer exists; reload the list.</source>
        <translation>Dieser Lösungscode existiert nicht mehr; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="657" />
        <source>This resolution code was deleted by someone else; reload the list.</source>
        <translation>Dieser Lösungscode wurde von jemand anderem gelöscht; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="658" />
        <source>This review is finished; its decisions can no longer change.</source>
        <translation>Diese Prüfung ist abgeschlossen; ihre Entscheidungen können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="659" />
        <source>This saved queue has an unreadable sort order; sort it again and save.</source>
        <translation>Diese gespeicherte Warteschlange hat eine unlesbare Sortierung; sortieren Sie erneut und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="660" />
        <source>This service no longer exists; choose another or none.</source>
        <translation>Dieser Service existiert nicht mehr; wählen Sie einen anderen oder keinen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="661" />
        <source>This team no longer exists; choose another or none.</source>
        <translation>Dieses Team existiert nicht mehr; wählen Sie ein anderes oder keines.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="662" />
        <source>This template was deleted or is not yours; reload the list.</source>
        <translation>Diese Vorlage wurde gelöscht oder gehört nicht Ihnen; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="663" />
        <source>This type has no attribute '{key}'; leave it out.</source>
        <translation>Dieser Typ hat kein Attribut '{key}'; lassen Sie es weg.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="664" />
        <source>This work item no longer exists; reload it.</source>
        <translation>Dieser Eintrag existiert nicht mehr; laden Sie ihn neu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="665" />
        <source>This {noun} is confidential to its team; ask a member of that team or an administrator.</source>
        <translation>Dieser Eintrag ({noun}) ist vertraulich für sein Team; fragen Sie ein Mitglied dieses Teams oder einen Administrator.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="666" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="667" />
        <source>Too large.</source>
        <translation>Zu groß.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="668" />
        <source>Too many pixels.</source>
        <translation>Zu viele Pixel.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="669" />
        <source>Too many rows for .xlsx; use .csv.</source>
        <translation>Zu viele Zeilen für .xlsx; verwenden Sie .csv.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="670" />
        <source>Two attributes have the key '{key}'; keys must differ.</source>
        <translation>Zwei Attribute haben den Schlüssel '{key}'; Schlüssel müssen sich unterscheiden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="671" />
        <source>Type at least one number.</source>
        <translation>Geben Sie mindestens eine Nummer ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="672" />
        <source>Type not allowed.</source>
        <translation>Typ nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="673" />
        <source>Type the numbers of the incidents to link, such as INC-000042.</source>
        <translation>Geben Sie die Nummern der zu verknüpfenden Störungen ein, etwa INC-000042.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="674" />
        <source>Type the time as minutes (90) or hours and minutes (1h 30m, 1:30).</source>
        <translation>Geben Sie die Zeit in Minuten (90) oder in Stunden und Minuten (1h 30m, 1:30) ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="675" />
        <source>Type what the stakeholders were told.</source>
        <translation>Geben Sie ein, was den Stakeholdern mitgeteilt wurde.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="676" />
        <source>Under investigation</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="677" />
        <source>Unknown change field(s): {unknown}.</source>
        <translation>Unbekannte Felder einer Änderung: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="678" />
        <source>Unknown format '{format}'; use csv or servicenow.</source>
        <translation>Unbekanntes Format '{format}'; verwenden Sie csv oder servicenow.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="679" />
        <source>Unknown incident field(s): {unknown}.</source>
        <translation>Unbekannte Felder einer Störung: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="680" />
        <source>Unknown number.</source>
        <translation>Unbekannte Nummer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="681" />
        <source>Unknown problem field(s)</source>
        <translation>Unbekannte Felder eines Problems</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="682" />
        <source>Unknown reason.</source>
        <translation>Unbekannter Grund.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="683" />
        <source>Unknown role '{bad}'; use {roles}.</source>
        <translation>Unbekannte Rolle '{bad}'; verwenden Sie {roles}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="684" />
        <source>Unknown role '{role}'; use {roles}.</source>
        <translation>Unbekannte Rolle '{role}'; verwenden Sie {roles}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="685" />
        <source>Unknown role.</source>
        <translation>Unbekannte Rolle.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="686" />
        <source>Unknown task field(s): {unknown}.</source>
        <translation>Unbekannte Felder einer Aufgabe: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="687" />
        <source>Urgency '{value}' is not valid; choose 1 (High), 2 (Medium) or 3 (Low).</source>
        <translation>Die Dringlichkeit '{value}' ist ungültig; wählen Sie 1 (Hoch), 2 (Mittel) oder 3 (Niedrig).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="688" />
        <source>Use .csv or .xlsx.</source>
        <translation>Verwenden Sie .csv oder .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="689" />
        <source>Use .ext or type/subtype.</source>
        <translation>Verwenden Sie .endung oder typ/untertyp.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="690" />
        <source>Use 1 to {n} characters.</source>
        <translation>Verwenden Sie 1 bis {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="691" />
        <source>Use a password of at least 8 characters; nothing was created.</source>
        <translation>Verwenden Sie ein Passwort mit mindestens 8 Zeichen; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="692" />
        <source>Use a position from 0 to {sort_order_max}.</source>
        <translation>Verwenden Sie eine Position von 0 bis {sort_order_max}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="693" />
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="694" />
        <source>Weekday {weekday} is not valid; use 0 (Monday) to 6 (Sunday).</source>
        <translation>Der Wochentag {weekday} ist ungültig; verwenden Sie 0 (Montag) bis 6 (Sonntag).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="695" />
        <source>Work offline makes a replica of a shared desk; this desk is already a file on this computer.</source>
        <translation>Offline arbeiten erstellt ein Replikat eines gemeinsamen Desks; dieser Desk ist bereits eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="696" />
        <source>Work you take goes to one of your own teams; pick one of them.</source>
        <translation>Übernommene Arbeit geht an eines Ihrer eigenen Teams; wählen Sie eines davon.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="697" />
        <source>Write a message of 1 to {limit} characters.</source>
        <translation>Schreiben Sie eine Nachricht mit 1 bis {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="698" />
        <source>Write a subject of one line, 1 to {limit} characters.</source>
        <translation>Schreiben Sie einen einzeiligen Betreff mit 1 bis {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="699" />
        <source>Writing {name} failed ({why}); nothing was exported. Check the disk and try again.</source>
        <translation>Das Schreiben von {name} ist fehlgeschlagen ({why}); es wurde nichts exportiert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="700" />
        <source>You already have a queue called '{name}'; pick another name.</source>
        <translation>Sie haben bereits eine Warteschlange namens '{name}'; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="701" />
        <source>You can share a queue only with a team you belong to.</source>
        <translation>Sie können eine Warteschlange nur mit einem Team teilen, dem Sie angehören.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="702" />
        <source>You cannot disable yourself; ask another administrator.</source>
        <translation>Sie können sich nicht selbst deaktivieren; fragen Sie eine andere Administration.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="703" />
        <source>You cannot take away your own administrator role; ask another administrator.</source>
        <translation>Sie können sich die eigene Administratorrolle nicht entziehen; fragen Sie eine andere Administration.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="704" />
        <source>You may delegate only your own approvals; ask a supervisor to set a delegation for someone else.</source>
        <translation>Sie dürfen nur Ihre eigenen Genehmigungen delegieren; bitten Sie eine Teamleitung, eine Vertretung für jemand anderen einzurichten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="705" />
        <source>You may not {verb} {noun}; {who}.</source>
        <translation>Sie dürfen {noun} nicht {verb}; {who}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="706" />
        <source>You may {verb} only your own {noun}; ask its owner or a supervisor.</source>
        <translation>Sie dürfen nur Ihre eigenen {noun} {verb}; fragen Sie den Eigentümer oder einen Supervisor.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="707" />
        <source>You may {verb} {noun} only of teams you lead; ask an administrator.</source>
        <translation>Sie dürfen {noun} nur in Teams {verb}, die Sie leiten; fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="708" />
        <source>You requested {number}; a requester never approves their own item (not as a stand-in either).</source>
        <translation>Sie haben {number} beantragt; wer beantragt, genehmigt den eigenen Eintrag nie (auch nicht als Vertretung).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="709" />
        <source>You were not asked to approve {item_number} (the approver is {approver_name}) and do not stand in for them today.</source>
        <translation>Sie wurden nicht um die Genehmigung von {item_number} gebeten (Genehmiger ist {approver_name}) und vertreten diese Person heute nicht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="710" />
        <source>You were not asked to review {line}; {reviewer} was.</source>
        <translation>Sie wurden nicht gebeten, {line} zu prüfen; gefragt ist {reviewer}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="711" />
        <source>You wrote this article, so someone else must review and publish it; ask a colleague to review it.</source>
        <translation>Sie haben diesen Artikel geschrieben, daher muss jemand anderes ihn prüfen und veröffentlichen; bitten Sie eine Kollegin oder einen Kollegen um die Prüfung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="712" />
        <source>a change</source>
        <translation>eine Änderung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="713" />
        <source>a change task</source>
        <translation>eine Änderungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="714" />
        <source>a problem</source>
        <translation>ein Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="715" />
        <source>a reason is needed</source>
        <translation>ein Grund ist nötig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="716" />
        <source>a request task</source>
        <translation>eine Anfrageaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="717" />
        <source>a service request</source>
        <translation>eine Serviceanfrage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="718" />
        <source>a {role}</source>
        <translation>„{role}“</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="719" />
        <source>access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="720" />
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="721" />
        <source>access grants and reviews</source>
        <translation>Zugriffsberechtigungen und ihre Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="722" />
        <source>access systems and entitlements</source>
        <translation>Zugriffssysteme und Berechtigungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="723" />
        <source>already linked</source>
        <translation>bereits verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="724" />
        <source>already named</source>
        <translation>bereits genannt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="725" />
        <source>already subscribed</source>
        <translation>bereits eingetragen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="726" />
        <source>an access request</source>
        <translation>einen Zugriffsantrag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="727" />
        <source>an incident</source>
        <translation>eine Störung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="728" />
        <source>an incident task</source>
        <translation>eine Störungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="729" />
        <source>an {role}</source>
        <translation>„{role}“</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="730" />
        <source>another team</source>
        <translation>einem anderen Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="731" />
        <source>ask an administrator or {roles}</source>
        <translation>fragen Sie einen Administrator oder jemanden mit der Rolle {roles}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="732" />
        <source>assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="733" />
        <source>attached</source>
        <translation>angehängt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="734" />
        <source>backout plan</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="735" />
        <source>before start</source>
        <translation>vor Beginn</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="736" />
        <source>callers</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="737" />
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="738" />
        <source>change templates, CAB rules, freeze windows and releases</source>
        <translation>Change-Vorlagen, CAB-Regeln, Sperrzeiten und Releases</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="739" />
        <source>change type</source>
        <translation>Änderungstyp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="740" />
        <source>configuration item</source>
        <translation>Configuration Item</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="741" />
        <source>configuration items</source>
        <translation>Configuration Items</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="742" />
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="743" />
        <source>correct</source>
        <translation>korrigieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="744" />
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="745" />
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="746" />
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="747" />
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="748" />
        <source>desk settings</source>
        <translation>Einstellungen des Service Desks</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="749" />
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="750" />
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="751" />
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="752" />
        <source>end before start</source>
        <translation>Ende vor Beginn</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="753" />
        <source>entitlement</source>
        <translation>Berechtigungsstufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="754" />
        <source>erase</source>
        <translation>endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="755" />
        <source>from {current} it can go to {legal}</source>
        <translation>von „{current}“ aus möglich: {legal}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="756" />
        <source>gone</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="757" />
        <source>hand over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="758" />
        <source>has left</source>
        <translation>ausgetreten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="759" />
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="760" />
        <source>implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="761" />
        <source>improvement initiatives</source>
        <translation>Verbesserungsinitiativen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="762" />
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="763" />
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="764" />
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="765" />
        <source>incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="766" />
        <source>incident task</source>
        <translation>Störungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="767" />
        <source>incident tasks</source>
        <translation>Störungsaufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="768" />
        <source>incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="769" />
        <source>incomplete relation</source>
        <translation>unvollständige Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="770" />
        <source>it is final</source>
        <translation>dieser Status ist endgültig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="771" />
        <source>itself</source>
        <translation>sich selbst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="772" />
        <source>knowledge articles</source>
        <translation>Wissensartikel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="773" />
        <source>live grants</source>
        <translation>aktive Berechtigungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="774" />
        <source>loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="775" />
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="776" />
        <source>major incidents</source>
        <translation>Major Incidents</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="777" />
        <source>manage</source>
        <translation>verwalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="778" />
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="779" />
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="780" />
        <source>must be in the future</source>
        <translation>muss in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="781" />
        <source>naive</source>
        <translation>ohne Zeitzone</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="782" />
        <source>needed</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="783" />
        <source>no CAB rule</source>
        <translation>keine CAB-Regel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="784" />
        <source>no CI</source>
        <translation>kein CI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="785" />
        <source>no reviewer</source>
        <translation>kein Prüfer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="786" />
        <source>no service</source>
        <translation>kein Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="787" />
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="788" />
        <source>normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="789" />
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="790" />
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="791" />
        <source>not access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="792" />
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="793" />
        <source>not an address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="794" />
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="795" />
        <source>not positive</source>
        <translation>nicht positiv</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="796" />
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="797" />
        <source>offerings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="798" />
        <source>on revocation</source>
        <translation>wird entzogen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="799" />
        <source>one department</source>
        <translation>einer bestimmten Abteilung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="800" />
        <source>one organisation</source>
        <translation>einer bestimmten Organisation</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="801" />
        <source>only an administrator may; ask one</source>
        <translation>das darf nur ein Administrator; fragen Sie einen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="802" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="803" />
        <source>open requests</source>
        <translation>offene Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="804" />
        <source>open tasks</source>
        <translation>offene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="805" />
        <source>over a day</source>
        <translation>über einen Tag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="806" />
        <source>overlaps</source>
        <translation>überschneidet sich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="807" />
        <source>past</source>
        <translation>vergangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="808" />
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="809" />
        <source>plain text only</source>
        <translation>nur reiner Text</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="810" />
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="811" />
        <source>problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="812" />
        <source>processed mail and the review list</source>
        <translation>verarbeitete Mails und die Prüfliste</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="813" />
        <source>queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="814" />
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="815" />
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="816" />
        <source>request task</source>
        <translation>Anfrageaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="817" />
        <source>request tasks</source>
        <translation>Anfrageaufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="818" />
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="819" />
        <source>resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="820" />
        <source>response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="821" />
        <source>retired</source>
        <translation>außer Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="822" />
        <source>revise first</source>
        <translation>zuerst überarbeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="823" />
        <source>revoked</source>
        <translation>entzogen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="824" />
        <source>risk answers</source>
        <translation>Risikoantworten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="825" />
        <source>same person</source>
        <translation>dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="826" />
        <source>see</source>
        <translation>sehen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="827" />
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="828" />
        <source>service relation</source>
        <translation>Servicebeziehung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="829" />
        <source>service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="830" />
        <source>service requests</source>
        <translation>Serviceanfragen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="831" />
        <source>services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="832" />
        <source>several people</source>
        <translation>mehrere Personen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="833" />
        <source>staff and roles</source>
        <translation>Mitarbeiter und Rollen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="834" />
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="835" />
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="836" />
        <source>taken</source>
        <translation>vergeben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="837" />
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="838" />
        <source>team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="839" />
        <source>templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="840" />
        <source>test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="841" />
        <source>the audit trail</source>
        <translation>das Protokoll</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="842" />
        <source>the freeze '{label}'</source>
        <translation>der Sperrzeit '{label}'</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="843" />
        <source>the reviewer must not be the author</source>
        <translation>Prüfer und Autor müssen verschiedene Personen sein</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="844" />
        <source>the {name} department</source>
        <translation>der Abteilung „{name}“</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="845" />
        <source>too far ahead</source>
        <translation>zu weit in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="846" />
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="847" />
        <source>too many</source>
        <translation>zu viele</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="848" />
        <source>too many fields</source>
        <translation>zu viele Felder</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="849" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="850" />
        <source>unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="851" />
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="852" />
        <source>unknown team</source>
        <translation>unbekanntes Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="853" />
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="854" />
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="855" />
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="856" />
        <source>votes on articles</source>
        <translation>Bewertungen von Artikeln</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="857" />
        <source>work item</source>
        <translation>Arbeitseintrag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="858" />
        <source>work items</source>
        <translation>Arbeitseinträge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="859" />
        <source>{a_noun} cannot move from {current} to {target}; {hint}.</source>
        <translation>{a_noun} kann nicht von „{current}“ zu „{target}“ wechseln; {hint}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="860" />
        <source>{access} is retired; pick an entitlement still in use.</source>
        <translation>{access} ist außer Betrieb; wählen Sie eine Berechtigungsstufe, die noch verwendet wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="861" />
        <source>{address} is already named on {number}.</source>
        <translation>{address} ist bei {number} bereits eingetragen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="862" />
        <source>{approver_name} already approved {item_number}; a decision cannot be changed.</source>
        <translation>{approver_name} hat {item_number} bereits genehmigt; eine Entscheidung kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="863" />
        <source>{approver_name} already rejected {item_number}; a decision cannot be changed.</source>
        <translation>{approver_name} hat {item_number} bereits abgelehnt; eine Entscheidung kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="864" />
        <source>{approver_name} has a DeskApp login and decides in My approvals; a decision is recorded only for approvers without one.</source>
        <translation>{approver_name} hat eine DeskApp-Anmeldung und entscheidet unter Meine Genehmigungen; eine Entscheidung wird nur für Genehmiger ohne Anmeldung erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="865" />
        <source>{approver_name} has no DeskApp login; use Record decision… to record what they said by phone or e-mail.</source>
        <translation>{approver_name} hat keine DeskApp-Anmeldung; erfassen Sie mit Entscheidung erfassen…, was die Person telefonisch oder per E-Mail gesagt hat.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="866" />
        <source>{article} has no version {number}; choose one of the versions listed.</source>
        <translation>{article} hat keine Version {number}; wählen Sie eine der aufgeführten Versionen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="867" />
        <source>{bad} cannot pause the clock; choose from {pausable_statuses}.</source>
        <translation>{bad} kann die Uhr nicht anhalten; wählen Sie aus {pausable_statuses}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="868" />
        <source>{ci_name} cannot be related to itself; choose another CI.</source>
        <translation>{ci_name} kann nicht mit sich selbst verknüpft werden; wählen Sie ein anderes CI.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="869" />
        <source>{ci_name} is retired; a retired CI takes no new relations. Put it back in use first.</source>
        <translation>{ci_name} ist außer Betrieb; ein außer Betrieb genommenes CI erhält keine neuen Beziehungen. Nehmen Sie es zuerst wieder in Betrieb.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="870" />
        <source>{count} CI(s) have the type '{type_name}', so it keeps its name; create a new type and move them instead.</source>
        <translation>{count} CI(s) haben den Typ '{type_name}', daher behält er seinen Namen; legen Sie stattdessen einen neuen Typ an und verschieben Sie sie dorthin.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="871" />
        <source>{day}: the end ({end}) is not after the start ({start}); set a later end, 00:00 for midnight, or make it a day off.</source>
        <translation>{day}: Das Ende ({end}) liegt nicht nach dem Beginn ({start}); setzen Sie ein späteres Ende, 00:00 für Mitternacht, oder machen Sie den Tag frei.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="872" />
        <source>{day}: times must lie within the day (00:00 to 24:00).</source>
        <translation>{day}: Zeiten müssen innerhalb des Tages liegen (00:00 bis 24:00).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="873" />
        <source>{day}: {s1}-{e1} overlaps {s2}-{e2}; make the intervals separate.</source>
        <translation>{day}: {s1}-{e1} überschneidet sich mit {s2}-{e2}; trennen Sie die Zeiträume.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="874" />
        <source>{declaration_label} is not measured in this desk yet ({why}); choose another KPI.</source>
        <translation>{declaration_label} wird in diesem Service Desk noch nicht gemessen ({why}); wählen Sie eine andere KPI.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="875" />
        <source>{edit} would make a loop of 'part of' (something would be part of itself); remove one of them.</source>
        <translation>{edit} ergäbe einen Kreis aus 'Teil von' (etwas wäre Teil von sich selbst); entfernen Sie eine davon.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="876" />
        <source>{entitlement} is retired; choose an entitlement still in use.</source>
        <translation>{entitlement} ist außer Betrieb; wählen Sie eine Berechtigungsstufe, die noch verwendet wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="877" />
        <source>{file_name} is empty; there is nothing to attach.</source>
        <translation>{file_name} ist leer; es gibt nichts anzuhängen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="878" />
        <source>{first} ({more} more field(s) need attention.)</source>
        <translation>{first} (weitere Felder brauchen Aufmerksamkeit: {more}.)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="879" />
        <source>{full_name} already follows this service.</source>
        <translation>{full_name} folgt diesem Service bereits.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="880" />
        <source>{full_name} already reports to {person} (directly or through others); a manager cannot report to their own report.</source>
        <translation>{full_name} berichtet bereits an {person} (direkt oder über andere); eine Führungskraft kann nicht an die eigenen Mitarbeitenden berichten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="881" />
        <source>{full_name} is not a member of that team; add them to it first or pick one of their teams.</source>
        <translation>{full_name} ist kein Mitglied dieses Teams; fügen Sie die Person zuerst hinzu oder wählen Sie eines ihrer Teams.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="882" />
        <source>{full_name}'s reporting line goes round in a circle; correct it first.</source>
        <translation>Die Berichtslinie von {full_name} läuft im Kreis; korrigieren Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="883" />
        <source>{grant} is already being revoked by {revocation}; work that one.</source>
        <translation>{grant} wird bereits durch {revocation} entzogen; bearbeiten Sie diesen Eintrag.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="884" />
        <source>{grant} is already revoked; nothing to do.</source>
        <translation>{grant} ist bereits entzogen; es ist nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="885" />
        <source>{item_number} belongs to {team_name}, which you are not a member of; ask that team to hand it over, or reassign it to your team first.</source>
        <translation>{item_number} gehört zu {team_name}, in dem Sie kein Mitglied sind; bitten Sie dieses Team um Übergabe oder weisen Sie den Eintrag zuerst Ihrem Team zu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="886" />
        <source>{item_number} has no team yet, and you are in {length} teams: choose your default team (work you take that has no team goes there).</source>
        <translation>{item_number} hat noch kein Team, und Sie sind in {length} Teams: Wählen Sie Ihr Standardteam (Arbeit ohne Team, die Sie übernehmen, geht dorthin).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="887" />
        <source>{item_number} is closed; its approvals can no longer be decided. Reopen it first if a decision is still needed.</source>
        <translation>{item_number} ist geschlossen; über seine Genehmigungen kann nicht mehr entschieden werden. Öffnen Sie den Eintrag zuerst wieder, wenn noch eine Entscheidung nötig ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="888" />
        <source>{kept_name} has a removed department named '{same_name}'; rename the department of {merged_name} first, then merge.</source>
        <translation>{kept_name} hat eine entfernte Abteilung namens '{same_name}'; benennen Sie zuerst die Abteilung von {merged_name} um und führen Sie dann zusammen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="889" />
        <source>{label} (a CI {hops} relation(s) away)</source>
        <translation>{label} (ein CI, {hops} Beziehung(en) entfernt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="890" />
        <source>{label} (same CI)</source>
        <translation>{label} (dasselbe CI)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="891" />
        <source>{label} (same implementer)</source>
        <translation>{label} (derselbe Umsetzende)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="892" />
        <source>{label} is not an active staff member; pick another.</source>
        <translation>{label} ist kein aktiver Mitarbeiter; wählen Sie jemand anderen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="893" />
        <source>{label} is required.</source>
        <translation>{label} ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="894" />
        <source>{label} is required; fill it in.</source>
        <translation>{label} ist erforderlich; füllen Sie es aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="895" />
        <source>{label} is required; type a name people will recognise.</source>
        <translation>{label} ist erforderlich; geben Sie einen Namen ein, den andere wiedererkennen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="896" />
        <source>{label} is required; type one.</source>
        <translation>{label} ist erforderlich; geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="897" />
        <source>{label} is {length} characters long; shorten it to {limit} or fewer.</source>
        <translation>{label} ist {length} Zeichen lang; kürzen Sie auf höchstens {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="898" />
        <source>{label} is {length} characters long; shorten it to {name_max} or fewer.</source>
        <translation>{label} ist {length} Zeichen lang; kürzen Sie auf höchstens {name_max}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="899" />
        <source>{label} is {length} characters long; the limit is {limit}.</source>
        <translation>{label} ist {length} Zeichen lang; die Grenze liegt bei {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="900" />
        <source>{label} must be text.</source>
        <translation>{label} muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="901" />
        <source>{label}: that CI no longer exists; pick another.</source>
        <translation>{label}: Dieses CI existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="902" />
        <source>{label}: that person no longer exists; pick another.</source>
        <translation>{label}: Diese Person existiert nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="903" />
        <source>{label}: {exc}</source>
        <translation>{label}: {exc}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="904" />
        <source>{line} is retired; choose a CI in use.</source>
        <translation>{line} ist außer Betrieb; wählen Sie ein CI in Betrieb.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="905" />
        <source>{line} is retired; relate {ci_name} to a CI in use.</source>
        <translation>{line} ist außer Betrieb; verknüpfen Sie {ci_name} mit einem CI in Betrieb.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="906" />
        <source>{line} was already {decision} in this review; refresh the list.</source>
        <translation>{line} wurde in dieser Überprüfung bereits {decision}; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="907" />
        <source>{minutes} is more than a day in one entry; log each day's work as its own entry.</source>
        <translation>{minutes} sind mehr als ein Tag in einem Eintrag; erfassen Sie die Arbeit jedes Tages als eigenen Eintrag.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="908" />
        <source>{name} changed while it was being attached; wait until the program writing it is done, then attach it again.</source>
        <translation>{name} hat sich beim Anhängen geändert; warten Sie, bis das schreibende Programm fertig ist, und hängen Sie die Datei dann erneut an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="909" />
        <source>{name} could not be read to its end ({strerror}); nothing was attached. Check the file and try again.</source>
        <translation>{name} konnte nicht bis zum Ende gelesen werden ({strerror}); nichts wurde angehängt. Prüfen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="910" />
        <source>{name} grants access: ordering it raises an access request (ACC), not a service request. Order it from New request, or use Request access in Access.</source>
        <translation>{name} gewährt Zugriff: Eine Bestellung legt einen Zugriffsantrag (ACC) an, keine Serviceanfrage. Bestellen Sie es über „Neue Serviceanfrage“ oder nutzen Sie „Zugriff anfordern“ unter „Zugriff“.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="911" />
        <source>{name} grants no access; raise it as a service request.</source>
        <translation>{name} gewährt keinen Zugriff; legen Sie es als Serviceanfrage an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="912" />
        <source>{name} has {n} open access request(s) ({numbers}); close or cancel them before retiring it.</source>
        <translation>{name} hat {n} offene(n) Zugriffsantrag/-anträge ({numbers}); schließen oder stornieren Sie diese, bevor Sie es stilllegen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="913" />
        <source>{name} has {n} open request(s) ({shown}); close or cancel them before retiring it.</source>
        <translation>{name} hat {n} offene Anfrage(n) ({shown}); schließen Sie diese oder brechen Sie sie ab, bevor Sie das Angebot außer Betrieb nehmen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="914" />
        <source>{name} is already retired.</source>
        <translation>{name} ist bereits außer Betrieb.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="915" />
        <source>{name} is damaged: it says it has no pixels. Save it again and insert the new file.</source>
        <translation>{name} ist beschädigt: Es gibt an, keine Pixel zu haben. Speichern Sie es erneut und fügen Sie die neue Datei ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="916" />
        <source>{name} is in use already.</source>
        <translation>{name} ist bereits in Betrieb.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="917" />
        <source>{name} is not a PNG, JPEG, GIF or WebP picture (its content says otherwise, whatever its name); save it as PNG or JPEG and insert it again.</source>
        <translation>{name} ist kein PNG-, JPEG-, GIF- oder WebP-Bild (sein Inhalt sagt etwas anderes, gleich wie die Datei heißt); speichern Sie es als PNG oder JPEG und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="918" />
        <source>{name} is not a member of the chosen team; pick a member or change the team.</source>
        <translation>{name} ist kein Mitglied des gewählten Teams; wählen Sie ein Mitglied oder ändern Sie das Team.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="919" />
        <source>{name} is not a picture an article can show; choose a PNG, JPEG, GIF or WebP file.</source>
        <translation>{name} ist kein Bild, das ein Artikel anzeigen kann; wählen Sie eine PNG-, JPEG-, GIF- oder WebP-Datei.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="920" />
        <source>{name} is offered already.</source>
        <translation>{name} wird bereits angeboten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="921" />
        <source>{name} is retired already.</source>
        <translation>{name} ist bereits stillgelegt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="922" />
        <source>{name} is {size}; this desk takes attachments up to {max_bytes}. Compress it or share a link instead.</source>
        <translation>{name} ist {size} groß; dieser Service Desk nimmt Anhänge bis {max_bytes} an. Komprimieren Sie die Datei oder teilen Sie stattdessen einen Link.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="923" />
        <source>{name} is {width} × {height} pixels; an article shows pictures up to {max_side} pixels a side and {max_megapixels} million pixels. Make it smaller and insert it again.</source>
        <translation>{name} hat {width} × {height} Pixel; ein Artikel zeigt Bilder bis {max_side} Pixel je Seite und {max_megapixels} Millionen Pixel. Verkleinern Sie es und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="924" />
        <source>{name} still has {n} live grant(s); revoke them first (Who has what, by system, then Revoke selected), then retire it.</source>
        <translation>{name} hat noch {n} aktive Berechtigung(en); entziehen Sie diese zuerst („Wer hat was“ nach System, dann „Auswahl entziehen“) und legen Sie es dann still.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="925" />
        <source>{name} waits for '{unknown}', which is not in the plan.</source>
        <translation>{name} wartet auf '{unknown}', das nicht im Plan steht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="926" />
        <source>{name} waits for itself; pick another task or none.</source>
        <translation>{name} wartet auf sich selbst; wählen Sie eine andere Aufgabe oder keine.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="927" />
        <source>{name} was retired on {date}; pick another offering.</source>
        <translation>{name} wurde am {date} außer Betrieb genommen; wählen Sie ein anderes Angebot.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="928" />
        <source>{name}: each task needs its own key.</source>
        <translation>{name}: Jede Aufgabe braucht einen eigenen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="929" />
        <source>{name}: shorten the title to {title_max} characters.</source>
        <translation>{name}: Kürzen Sie den Titel auf {title_max} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="930" />
        <source>{name}: the due time is 1 to {due_max_hours} hours.</source>
        <translation>{name}: Die Fälligkeit liegt bei 1 bis {due_max_hours} Stunden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="931" />
        <source>{numbers} and {more} more</source>
        <translation>{numbers} und {more} weitere</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="932" />
        <source>{number} already handles {person} leaving; work that one.</source>
        <translation>{number} behandelt bereits den Austritt von {person}; bearbeiten Sie diesen Eintrag.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="933" />
        <source>{number} cannot be resolved from {label}.</source>
        <translation>{number} kann nicht aus {label} heraus gelöst werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="934" />
        <source>{number} collides with {what}{more}; accept each conflict with a justification (Conflicts, beside the window) or move the window.</source>
        <translation>{number} überschneidet sich mit {what}{more}; akzeptieren Sie jeden Konflikt mit einer Begründung (Konflikte, neben dem Zeitfenster) oder verschieben Sie das Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="935" />
        <source>{number} has no caller; set the caller before converting it.</source>
        <translation>{number} hat keinen Anrufer; tragen Sie den Anrufer ein, bevor Sie umwandeln.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="936" />
        <source>{number} has no planned window yet; save its window first.</source>
        <translation>{number} hat noch kein geplantes Zeitfenster; speichern Sie zuerst das Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="937" />
        <source>{number} has no stakeholders to mail: subscribe callers to its service or name addresses on it first (Stakeholders…).</source>
        <translation>{number} hat keine Beteiligten zum Anmailen: Tragen Sie zuerst Anrufer für den Service ein oder nennen Sie Adressen daran (Beteiligte…).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="938" />
        <source>{number} has {length} open child incident(s) ({shown}); resolve them before closing it.</source>
        <translation>{number} hat {length} offene untergeordnete Störung(en) ({shown}); lösen Sie diese, bevor Sie schließen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="939" />
        <source>{number} has {length} open task(s) ({shown}); close them first, or say why the incident can be resolved while they are open.</source>
        <translation>{number} hat {length} offene Aufgabe(n) ({shown}); schließen Sie diese zuerst oder geben Sie an, warum die Störung gelöst werden kann, während sie offen sind.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="940" />
        <source>{number} has {n} open task(s) ({shown}); close or cancel them first.</source>
        <translation>{number} hat {n} offene Aufgabe(n) ({shown}); schließen Sie diese zuerst oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="941" />
        <source>{number} has {n} open task(s) ({shown}); finish or cancel them before the review.</source>
        <translation>{number} hat {n} offene Aufgabe(n) ({shown}); schließen Sie diese vor der Überprüfung ab oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="942" />
        <source>{number} has {n} task(s) or child incident(s) ({shown}); an incident with children stays an incident.</source>
        <translation>{number} hat {n} Aufgabe(n) oder untergeordnete Störung(en) ({shown}); eine Störung mit untergeordneten Einträgen bleibt eine Störung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="943" />
        <source>{number} is a child of the major incident {parent}; a child cannot be a major incident itself. Unlink it there first.</source>
        <translation>{number} ist dem Major Incident {parent} untergeordnet; eine untergeordnete Störung kann selbst kein Major Incident sein. Lösen Sie die Verknüpfung dort zuerst.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="944" />
        <source>{number} is a known error of {service}, and {incident} is about {incident_service}; confirm that the workaround applies to this incident's service before applying it.</source>
        <translation>{number} ist ein bekannter Fehler von {service}, und {incident} betrifft {incident_service}; bestätigen Sie, dass der Workaround für den Service dieser Störung gilt, bevor Sie ihn anwenden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="945" />
        <source>{number} is a major incident; it stays an incident.</source>
        <translation>{number} ist ein Major Incident; er bleibt eine Störung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="946" />
        <source>{number} is already linked to this initiative.</source>
        <translation>{number} ist bereits mit dieser Initiative verknüpft.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="947" />
        <source>{number} is already waiting for an approval; it must be decided before another is asked.</source>
        <translation>{number} wartet bereits auf eine Genehmigung; darüber muss entschieden sein, bevor eine weitere angefragt wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="948" />
        <source>{number} is already {label}; reopen it before applying a workaround.</source>
        <translation>{number} hat bereits den Status „{label}“; öffnen Sie die Störung wieder, bevor Sie einen Workaround anwenden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="949" />
        <source>{number} is closed; approval can be asked only while an item is open.</source>
        <translation>{number} ist geschlossen; eine Genehmigung kann nur angefragt werden, solange ein Eintrag offen ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="950" />
        <source>{number} is closed; it cannot be reassigned.</source>
        <translation>{number} ist geschlossen; es kann nicht neu zugewiesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="951" />
        <source>{number} is finished; it cannot be reassigned.</source>
        <translation>{number} ist abgeschlossen und kann nicht neu zugewiesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="952" />
        <source>{number} is not a major incident.</source>
        <translation>{number} ist kein Major Incident.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="953" />
        <source>{number} is not a major incident; a supervisor or incident manager declares it first.</source>
        <translation>{number} ist kein Major Incident; ein Supervisor oder Incident Manager erklärt ihn zuerst dazu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="954" />
        <source>{number} is not finished, so it cannot be reopened; refresh it.</source>
        <translation>{number} ist nicht abgeschlossen und kann daher nicht wieder geöffnet werden; aktualisieren Sie die Ansicht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="955" />
        <source>{number} is not published; only published articles are used on incidents.</source>
        <translation>{number} ist nicht veröffentlicht; nur veröffentlichte Artikel werden bei Störungen verwendet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="956" />
        <source>{number} is not published; vote on published articles.</source>
        <translation>{number} ist nicht veröffentlicht; bewerten Sie veröffentlichte Artikel.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="957" />
        <source>{number} is not resolved yet; a rating judges a resolution, record it once the item is resolved.</source>
        <translation>{number} ist noch nicht gelöst; eine Bewertung beurteilt eine Lösung, erfassen Sie sie, sobald der Eintrag gelöst ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="958" />
        <source>{number} is not resolved yet; write the article once the fix is known.</source>
        <translation>{number} ist noch nicht gelöst; schreiben Sie den Artikel, sobald die Lösung bekannt ist.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="959" />
        <source>{number} is published; choose Revise to change its text (it leaves the suggestions until it is reviewed again).</source>
        <translation>{number} ist veröffentlicht; wählen Sie Überarbeiten, um den Text zu ändern (der Artikel verschwindet aus den Vorschlägen, bis er erneut geprüft ist).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="960" />
        <source>{number} is published; choose Revise to change its text, then insert the picture.</source>
        <translation>{number} ist veröffentlicht; wählen Sie Überarbeiten, um den Text zu ändern, und fügen Sie dann das Bild ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="961" />
        <source>{number} is retired; reopen it as a draft to add pictures.</source>
        <translation>{number} ist außer Betrieb; öffnen Sie den Artikel als Entwurf wieder, um Bilder hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="962" />
        <source>{number} is retired; reopen it as a draft to change it.</source>
        <translation>{number} ist außer Betrieb; öffnen Sie den Artikel als Entwurf wieder, um ihn zu ändern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="963" />
        <source>{number} is {status}, not a known error with a workaround; pick one from the known errors list.</source>
        <translation>{number} hat den Status „{status}“ und ist kein bekannter Fehler mit Workaround; wählen Sie einen aus der Liste der bekannten Fehler.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="964" />
        <source>{number} is {status}; a finished change is not edited.</source>
        <translation>{number} hat den Status „{status}“; eine abgeschlossene Änderung wird nicht bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="965" />
        <source>{number} is {status}; attachments of a {status} {noun} cannot change (nothing was {verb}).</source>
        <translation>{number} hat den Status „{status}“; Anhänge eines Eintrags der Art „{noun}“ im Status „{status}“ können sich nicht ändern (es wurde nichts {verb}).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="966" />
        <source>{number} is {status}; it cannot be reassigned.</source>
        <translation>{number} hat den Status „{status}“ und kann nicht neu zugewiesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="967" />
        <source>{number} is {status}; it owes no more updates.</source>
        <translation>{number} hat den Status „{status}“; es sind keine weiteren Meldungen fällig.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="968" />
        <source>{number} is {status}; its tasks are worked while it is implemented.</source>
        <translation>{number} hat den Status „{status}“; die Aufgaben werden während der Umsetzung bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="969" />
        <source>{number} is {status}; its tasks cannot be reopened.</source>
        <translation>{number} hat den Status „{status}“; die Aufgaben können nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="970" />
        <source>{number} is {status}; link incidents to an open problem.</source>
        <translation>{number} hat den Status „{status}“; verknüpfen Sie Störungen mit einem offenen Problem.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="971" />
        <source>{number} is {status}; only an open incident can become a request.</source>
        <translation>{number} hat den Status „{status}“; nur eine offene Störung kann zur Anfrage werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="972" />
        <source>{number} is {status}; reopen it before adding tasks.</source>
        <translation>{number} hat den Status „{status}“; öffnen Sie den Eintrag wieder, bevor Sie Aufgaben hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="973" />
        <source>{number} names no service; set its service first, or name the address on the incident instead.</source>
        <translation>{number} nennt keinen Service; setzen Sie zuerst den Service oder nennen Sie die Adresse stattdessen an der Störung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="974" />
        <source>{number} no longer has that conflict (the window or the other change moved); refresh.</source>
        <translation>{number} hat diesen Konflikt nicht mehr (das Zeitfenster oder die andere Änderung wurde verschoben); aktualisieren Sie die Ansicht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="975" />
        <source>{number} waits for its CAB; the approvers' decision moves it on (or cancel it).</source>
        <translation>{number} wartet auf das CAB; die Entscheidung der Genehmiger bringt die Änderung weiter (oder brechen Sie sie ab).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="976" />
        <source>{number} waits for its approval; the approvers' decision moves it on (or cancel it).</source>
        <translation>{number} wartet auf die Genehmigung; die Entscheidung der Genehmiger bringt den Eintrag weiter (oder brechen Sie ihn ab).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="977" />
        <source>{number} waits for the system owner's approval; it moves on when they decide (or cancel it).</source>
        <translation>{number} wartet auf die Genehmigung des Systemverantwortlichen; es geht weiter, sobald entschieden ist (oder brechen Sie den Eintrag ab).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="978" />
        <source>{number} was deleted on the desk after you took it offline; what you changed was not applied.</source>
        <translation>{number} wurde auf dem Service Desk gelöscht, nachdem Sie den Eintrag offline mitgenommen haben; Ihre Änderungen wurden nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="979" />
        <source>{number} was deleted; a deleted item cannot be watched.</source>
        <translation>{number} wurde gelöscht; einem gelöschten Eintrag kann man nicht folgen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="980" />
        <source>{number} was deleted; time cannot be logged on a deleted item.</source>
        <translation>{number} wurde gelöscht; auf einem gelöschten Eintrag kann keine Zeit erfasst werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="981" />
        <source>{n} grant(s) have neither a manager nor a system owner to review them ({named}); set the person's manager or the system's owner, then start the review again.</source>
        <translation>{n} Berechtigung(en) haben weder Vorgesetzte noch Systemverantwortliche, die sie prüfen ({named}); tragen Sie die Vorgesetzten der Person oder die Systemverantwortlichen ein und starten Sie die Überprüfung erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="982" />
        <source>{n} revocation(s) are still open ({shown}); the leaver request closes by itself when they are done.</source>
        <translation>{n} Entzug/Entzüge noch offen ({shown}); der Austrittsantrag schließt sich selbst, sobald sie erledigt sind.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="983" />
        <source>{offering} may be ordered only for callers of {where}; {caller} is not one of them. Pick another offering.</source>
        <translation>„{offering}“ kann nur für Anrufer von {where} bestellt werden; {caller} gehört nicht dazu. Wählen Sie ein anderes Angebot.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="984" />
        <source>{path_name} cannot be imported: {reason}.</source>
        <translation>{path_name} kann nicht importiert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="985" />
        <source>{path_name} cannot be read ({strerror}); check that the file exists and that you may open it.</source>
        <translation>{path_name} kann nicht gelesen werden ({strerror}); prüfen Sie, ob die Datei existiert und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="986" />
        <source>{path} cannot be written ({strerror}); choose another folder or name.</source>
        <translation>{path} kann nicht geschrieben werden ({strerror}); wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="987" />
        <source>{person} already holds {entitlement}; a second grant would be a duplicate. Change the existing grant's expiry instead.</source>
        <translation>{person} hat {entitlement} bereits; eine zweite Berechtigung wäre ein Duplikat. Ändern Sie stattdessen den Ablauf der bestehenden Berechtigung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="988" />
        <source>{person} has left (their leaving date has passed), so no access can be granted to them; check the person, or correct their leaving date first.</source>
        <translation>{person} ist ausgetreten (das Austrittsdatum ist vorbei), daher kann kein Zugriff gewährt werden; prüfen Sie die Person oder korrigieren Sie zuerst das Austrittsdatum.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="989" />
        <source>{person} is already a member of {team}.</source>
        <translation>{person} ist bereits Mitglied von {team}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="990" />
        <source>{person} is no longer a member of {team}; refresh the list.</source>
        <translation>{person} ist nicht mehr Mitglied von {team}; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="991" />
        <source>{plural} are not available yet in this DeskApp.</source>
        <translation>{plural}: in diesem DeskApp noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="992" />
        <source>{plural} cannot be changed this way in bulk ({action}).</source>
        <translation>{plural} können nicht auf diese Weise gesammelt geändert werden ({action}).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="993" />
        <source>{plural} cannot be worked from a queue in this DeskApp.</source>
        <translation>{plural} können in diesem DeskApp nicht aus einer Warteschlange bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="994" />
        <source>{reason} Use Save as to keep your own copy.</source>
        <translation>{reason} Verwenden Sie Speichern unter für eine eigene Kopie.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="995" />
        <source>{recipient!r} is not an e-mail address.</source>
        <translation>{recipient!r} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="996" />
        <source>{reviewer} has a DeskApp login and decides in My approvals; an agent records answers only for reviewers without one.</source>
        <translation>{reviewer} hat eine DeskApp-Anmeldung und entscheidet unter Meine Genehmigungen; Bearbeiter erfassen Antworten nur für Prüfer ohne Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="997" />
        <source>{service} is in the {portfolio}, not the catalogue; pick a catalogue service or move it to the catalogue in Service Strategy.</source>
        <translation>{service} steht im Portfolio unter „{portfolio}“, nicht im Katalog; wählen Sie einen Katalog-Service oder verschieben Sie ihn in Service Strategy in den Katalog.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="998" />
        <source>{source} already delegates to {target} from {starts} to {ends}; change or remove that delegation first.</source>
        <translation>{source} lässt sich bereits vom {starts} bis {ends} von {target} vertreten; ändern oder entfernen Sie zuerst diese Vertretung.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="999" />
        <source>{source} is already linked to {target} as '{link}'.</source>
        <translation>{source} ist bereits als '{link}' mit {target} verknüpft.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1000" />
        <source>{status} is not a waiting status; choose the step that puts the item on hold.</source>
        <translation>„{status}“ ist kein Wartestatus; wählen Sie den Schritt, der den Eintrag zurückstellt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1001" />
        <source>{system} already has an entitlement called {name}; choose another name.</source>
        <translation>{system} hat bereits eine Berechtigungsstufe namens {name}; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1002" />
        <source>{target} exists already; choose a new file name, or sync the replica that is there ('deskapp-admin sync --replica FILE').</source>
        <translation>{target} existiert bereits; wählen Sie einen neuen Dateinamen oder synchronisieren Sie das vorhandene Replikat ('deskapp-admin sync --replica FILE').</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1003" />
        <source>{url}: {tls}</source>
        <translation>{url}: {tls}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1004" />
        <source>{used} CI(s) have the type '{current_name}'; give them another type before removing it.</source>
        <translation>{used} CI(s) haben den Typ '{current_name}'; geben Sie ihnen einen anderen Typ, bevor Sie ihn entfernen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1005" />
        <source>{value} is after today; time can be logged for today or earlier.</source>
        <translation>{value} liegt nach heute; Zeit kann für heute oder früher erfasst werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1006" />
        <source>{what} '{value}' is not a date; write it as YYYY-MM-DD, for example 2025-03-31.</source>
        <translation>{what} '{value}' ist kein Datum; schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2025-03-31.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1007" />
        <source>{what}: {unknown}.</source>
        <translation>{what}: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1008" />
        <source>{where} asks the caller's manager, but {full_name} has no manager on record; set one in the caller's details or name the approvers.</source>
        <translation>{where} fragt die Führungskraft des Anrufers, aber für {full_name} ist keine Führungskraft erfasst; setzen Sie eine in den Anruferdetails oder nennen Sie die Genehmiger.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1009" />
        <source>{where} asks the caller's manager, but {number} has no caller; set the caller or name the approvers.</source>
        <translation>{where} fragt die Führungskraft des Anrufers, aber {number} hat keinen Anrufer; setzen Sie den Anrufer oder nennen Sie die Genehmiger.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1010" />
        <source>{where} asks the owner of {service_name}, but its owner team {team_name} has no active members; add one.</source>
        <translation>{where} fragt den Verantwortlichen von {service_name}, aber dessen verantwortliches Team {team_name} hat keine aktiven Mitglieder; fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1011" />
        <source>{where} asks the service owner, but {number} names no service; set the service or name the approvers.</source>
        <translation>{where} fragt den Service-Verantwortlichen, aber {number} nennt keinen Service; setzen Sie den Service oder nennen Sie die Genehmiger.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1012" />
        <source>{where} asks the service owner, but {service_name} has no owner team; set one in Service Strategy or name the approvers.</source>
        <translation>{where} fragt den Service-Verantwortlichen, aber {service_name} hat kein verantwortliches Team; setzen Sie eines in Service Strategy oder nennen Sie die Genehmiger.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1013" />
        <source>{where} names a team that no longer exists; pick another.</source>
        <translation>{where} nennt ein Team, das nicht mehr existiert; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1014" />
        <source>{where} names someone who is no longer an active staff member; pick another approver.</source>
        <translation>{where} nennt jemanden, der kein aktiver Mitarbeiter mehr ist; wählen Sie einen anderen Genehmiger.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1015" />
        <source>{where}: the team {team_name} has no active members to ask; add members or name the approvers.</source>
        <translation>{where}: Das Team {team_name} hat keine aktiven Mitglieder, die gefragt werden können; fügen Sie Mitglieder hinzu oder nennen Sie die Genehmiger.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/service_messages.py" line="1016" />
        <source>{{{name}}} is not a placeholder of this message; use {placeholders}.</source>
        <translation>{{{name}}} ist kein Platzhalter dieser Nachricht; verwenden Sie {placeholders}.</translation>
    </message>
</context>
<context>
    <name>ServiceNumbers</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="40" />
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="41" />
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="42" />
        <source>Last 26 weeks</source>
        <translation>Letzte 26 Wochen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="43" />
        <source>Last 52 weeks</source>
        <translation>Letzte 52 Wochen</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="50" />
        <source>Send &amp;mail to callers and staff</source>
        <translation>&amp;E-Mails an Anrufer und Mitarbeiter senden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="55" />
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="56" />
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="63" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="63" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="65" />
        <source>&amp;Read the desk's mailbox</source>
        <translation>Postfach des Service Desks &amp;lesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="71" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="72" />
        <source>OAuth 2 token (XOAUTH2)</source>
        <translation>OAuth-2-Token (XOAUTH2)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="78" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="80" />
        <source>(the computer's trusted authorities)</source>
        <translation>(die vertrauenswürdigen Stellen des Computers)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="81" />
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="82" />
        <source>Send and receive &amp;now</source>
        <translation>Jetzt senden und empfa&amp;ngen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="86" />
        <source>Outgoing (SMTP)</source>
        <translation>Ausgehend (SMTP)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="89" />
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="90" />
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="91" />
        <source>Securit&amp;y:</source>
        <translation>Sicherh&amp;eit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="92" />
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="93" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="94" />
        <source>Desk &amp;address:</source>
        <translation>Service-Desk-&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="95" />
        <source>Sender na&amp;me:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="96" />
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="98" />
        <source>Incoming (IMAP over TLS)</source>
        <translation>Eingehend (IMAP über TLS)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="101" />
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="102" />
        <source>Por&amp;t:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="103" />
        <source>User na&amp;me:</source>
        <translation>Benutzerna&amp;me:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="104" />
        <source>Sign &amp;in with:</source>
        <translation>Anmelden m&amp;it:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="105" />
        <source>Password or to&amp;ken:</source>
        <translation>Passwort oder To&amp;ken:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="106" />
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="107" />
        <source>A reply &amp;reopens within:</source>
        <translation>Eine Antwort öffnet wieder inne&amp;rhalb von:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="108" />
        <source>Company &amp;CA file:</source>
        <translation>&amp;CA-Datei des Unternehmens:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="119" />
        <source>Passwords and tokens are kept in this computer's keyring, never in the database or a file. Leave them empty to keep the stored ones.</source>
        <translation>Passwörter und Tokens werden im Schlüsselbund dieses Computers aufbewahrt, nie in der Datenbank oder einer Datei. Lassen Sie die Felder leer, um die gespeicherten zu behalten.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="150" />
        <source>(stored in the keyring)</source>
        <translation>(im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="150" />
        <source>(none stored)</source>
        <translation>(nichts gespeichert)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="172" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="179" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="199" />
        <source>Talking to the mail servers…</source>
        <translation>Verbindung mit den Mailservern…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/mail_window.py" line="204" />
        <source>Sent %1, failed %2, received %3.</source>
        <translation>Gesendet %1, fehlgeschlagen %2, empfangen %3.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="122" />
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="123" />
        <source>In a queue</source>
        <translation>In einer Warteschlange</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="124" />
        <source>In an incident form</source>
        <translation>In einem Störungsformular</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/shortcuts.py" line="110" />
        <source>Keyboard shortcuts</source>
        <extracomment>The list's height before it scrolls (the dialog then fits a 1366x768 screen).</extracomment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/shortcuts.py" line="131" />
        <source>In a form: Alt + the underlined letter moves to a field or presses a button.</source>
        <translation>In einem Formular: Alt + der unterstrichene Buchstabe springt zu einem Feld oder drückt eine Schaltfläche.</translation>
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="45" />
        <source>For example: Standard</source>
        <extracomment>A new SLA starts from the common office targets (response, resolution) per priority.</extracomment>
        <translation>Zum Beispiel: Standard</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="50" />
        <source>D&amp;efault SLA (for incidents whose service names no SLA)</source>
        <translation>S&amp;tandard-SLA (für Störungen, deren Service kein SLA nennt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="53" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="55" />
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="61" />
        <source>Targets in business minutes (counted on the calendar)</source>
        <translation>Ziele in Geschäftsminuten (nach dem Kalender gezählt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="63" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="63" />
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="64" />
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="74" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="90" />
        <source>Response must not be longer than resolution: resolving an incident also counts as responding.</source>
        <translation>Die Reaktionszeit darf nicht länger als die Lösungszeit sein: Das Lösen einer Störung zählt auch als Reaktion.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="96" />
        <source>Pause the clocks while an incident is</source>
        <translation>Die Uhren anhalten, solange eine Störung ist:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="108" />
        <source>While pending, pause only when the item is</source>
        <translation>Im Status Wartend nur pausieren, wenn der Eintrag ist:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="166" />
        <source>New SLA</source>
        <translation>Neues SLA</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="213" />
        <location filename="../../src/deskapp/ui/design/sla_editor.py" line="215" />
        <source>= {hmm} h</source>
        <translation>= {hmm} Std.</translation>
    </message>
</context>
<context>
    <name>SlaListModel</name>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="97" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="97" />
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="97" />
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="98" />
        <source>P1 response</source>
        <translation>P1-Reaktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="98" />
        <source>P1 resolution</source>
        <translation>P1-Lösung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="98" />
        <source>Pauses in</source>
        <translation>Pausiert in</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="99" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="107" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/design/models.py" line="110" />
        <source>(never)</source>
        <translation>(nie)</translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="191" />
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="192" />
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="205" />
        <source>SLA clocks start when the incident is saved.</source>
        <translation>SLA-Uhren starten, wenn die Störung gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="206" />
        <source>No SLA applies: no default SLA or no target for this priority. Set one up under Service Design.</source>
        <translation>Kein SLA greift: kein Standard-SLA oder kein Ziel für diese Priorität. Richten Sie eines unter Service Design ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/sla_panel.py" line="215" />
        <source>SLA: {sla} · calendar: {calendar}</source>
        <translation>SLA: {sla} · Kalender: {calendar}</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="146" />
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="147" />
        <source>A CSV export of another tool, or ServiceNow's incident export. Nothing is written before the last page.</source>
        <translation>Ein CSV-Export eines anderen Werkzeugs oder der Incident-Export von ServiceNow. Vor der letzten Seite wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="151" />
        <source>Path of the exported file</source>
        <translation>Pfad der exportierten Datei</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="153" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="159" />
        <source>Incidents with their history</source>
        <translation>Störungen mit ihrem Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="160" />
        <source>Callers</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="161" />
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="162" />
        <source>Configuration items</source>
        <translation>Configuration Items</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="163" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="166" />
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="167" />
        <source>ServiceNow incident export</source>
        <translation>ServiceNow-Incident-Export</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="171" />
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="172" />
        <source>Day first (31/12/2016)</source>
        <translation>Tag zuerst (31/12/2016)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="173" />
        <source>Month first (12/31/2016)</source>
        <translation>Monat zuerst (12/31/2016)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="175" />
        <source>The desk's zone</source>
        <translation>Zeitzone des Service Desks</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="179" />
        <source>The desk's zone ({zone})</source>
        <translation>Zeitzone des Service Desks ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="181" />
        <source>&amp;Load mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="183" />
        <source>Columns found by their usual names</source>
        <translation>An ihren üblichen Namen erkannte Spalten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="191" />
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="194" />
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="195" />
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="196" />
        <source>&amp;Dates:</source>
        <translation>Datumsa&amp;ngaben:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="197" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="198" />
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="206" />
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="207" />
        <source>Exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Exporte (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="212" />
        <source>Load mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="213" />
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="222" />
        <source>Cannot read {path}.</source>
        <translation>{path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/importing/wizard.py" line="230" />
        <source>Mapping from {name}</source>
        <translation>Zuordnung aus {name}</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="47" />
        <source>Agent</source>
        <extracomment>What the checkboxes and the list call each role (the domain's ROLE_LABELS, translatable).</extracomment>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="48" />
        <source>Field technician</source>
        <translation>Außendiensttechniker</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="49" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="50" />
        <source>Incident manager</source>
        <translation>Incident Manager</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="51" />
        <source>Problem manager</source>
        <translation>Problem Manager</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="52" />
        <source>Change manager</source>
        <translation>Change Manager</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="53" />
        <source>Service owner</source>
        <translation>Service Owner</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="54" />
        <source>CAB member</source>
        <translation>CAB-Mitglied</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="55" />
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="56" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="57" />
        <source>Auditor (read only)</source>
        <translation>Auditor (nur lesen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="150" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="150" />
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="150" />
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="169" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="150" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="151" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="162" />
        <source>&amp;New staff member…</source>
        <translation>&amp;Neuer Mitarbeiter…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="163" />
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="263" />
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="164" />
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="176" />
        <source>Save &amp;roles</source>
        <translation>&amp;Rollen speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="181" />
        <source>Default team</source>
        <translation>Standardteam</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="184" />
        <source>Save default &amp;team</source>
        <translation>Standard&amp;team speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="219" />
        <source>This desk is a local SQLite file: its person signs in as themselves, there is no database password to reset.</source>
        <translation>Dieser Service Desk ist eine lokale SQLite-Datei: Die Person meldet sich als sie selbst an, es gibt kein Datenbankpasswort zum Zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="229" />
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="232" />
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="270" />
        <source>Choose a staff member in the list first.</source>
        <translation>Wählen Sie zuerst einen Mitarbeiter in der Liste aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="245" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="245" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="262" />
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="285" />
        <source>(none: asked on the first take)</source>
        <translation>(keins: wird bei der ersten Übernahme gefragt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="302" />
        <source>{name}'s default team is now {team}.</source>
        <translation>Das Standardteam von {name} ist jetzt {team}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="322" />
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="336" />
        <source>Enabled {name}.</source>
        <translation>{name} aktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="336" />
        <source>Disabled {name}.</source>
        <translation>{name} deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="352" />
        <source>Saved the roles of {name}.</source>
        <translation>Rollen von {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="372" />
        <source>Set a new password for {name}.</source>
        <translation>Neues Passwort für {name} gesetzt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/staff_tab.py" line="383" />
        <source>Not saved: </source>
        <translation>Nicht gespeichert: </translation>
    </message>
</context>
<context>
    <name>StakeholdersDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="37" />
        <source>Stakeholders of {n}</source>
        <translation>Beteiligte von {n}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="43" />
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="43" />
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="53" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="44" />
        <source>Not mailed because</source>
        <translation>Keine Mail, weil</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="50" />
        <source>a caller's e-mail address</source>
        <translation>E-Mail-Adresse eines Anrufers</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="51" />
        <source>Su&amp;bscribe</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="52" />
        <source>&amp;Unsubscribe</source>
        <translation>&amp;Austragen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="53" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="58" />
        <source>it-manager@example.com</source>
        <translation>it-leitung@example.com</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="60" />
        <source>name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="61" />
        <source>&amp;Name address</source>
        <translation>Adresse &amp;nennen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="62" />
        <source>&amp;Remove address</source>
        <translation>Adresse &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="66" />
        <source>Callers following the service</source>
        <translation>Anrufer, die dem Service folgen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="74" />
        <source>Addresses named on this incident</source>
        <translation>Bei diesem Incident genannte Adressen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="115" />
        <source>opted out of mail</source>
        <translation>hat Mails abbestellt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="116" />
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="122" />
        <source>Callers following {service}</source>
        <translation>Anrufer, die {service} folgen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="124" />
        <source>Callers following the service (none set)</source>
        <translation>Anrufer, die dem Service folgen (kein Service gesetzt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="126" />
        <source>An update mailed now goes to %n stakeholder(s).</source>
        <translation><numerusform>Eine jetzt gemailte Meldung geht an %n Beteiligten.</numerusform><numerusform>Eine jetzt gemailte Meldung geht an %n Beteiligte.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="128" />
        <source>Sending mail is switched off for this desk (Tools &gt; Mail).</source>
        <translation>Der Mailversand ist für diesen Desk ausgeschaltet (Extras &gt; E-Mail).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="155" />
        <source>Select the caller to unsubscribe first.</source>
        <translation>Wählen Sie zuerst den Anrufer zum Austragen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/stakeholders_dialog.py" line="170" />
        <source>Select the address to remove first.</source>
        <translation>Wählen Sie zuerst die zu entfernende Adresse.</translation>
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="264" />
        <source>Start an access review</source>
        <translation>Zugriffsprüfung starten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="266" />
        <source>A &amp;system</source>
        <translation>Ein &amp;System</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="268" />
        <source>A &amp;department</source>
        <translation>Eine &amp;Abteilung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="281" />
        <source>The system owner (else the manager)</source>
        <translation>Systemverantwortliche (sonst Vorgesetzte)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="283" />
        <source>The person's manager (else the owner)</source>
        <translation>Vorgesetzte der Person (sonst Systemverantwortliche)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="288" />
        <source>Re&amp;viewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="289" />
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="290" />
        <source>&amp;Start review</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="85" />
        <source>Name, owner, team or description</source>
        <extracomment>Changes other views publish that alter what the portfolio shows. An open incident was double-clicked: the main window opens it (payload: its UUID).</extracomment>
        <translation>Name, Verantwortlicher, Team oder Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="89" />
        <source>Filte&amp;r:</source>
        <translation>Filte&amp;r:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="95" />
        <source>Filter the list by text</source>
        <translation>Die Liste nach Text filtern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="104" />
        <source>Service portfolio</source>
        <translation>Serviceportfolio</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="223" />
        <source>A&amp;ll ({n})</source>
        <translation>A&amp;lle ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="223" />
        <source>&amp;Pipeline ({n})</source>
        <translation>&amp;Pipeline ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="224" />
        <source>&amp;Catalogue ({n})</source>
        <translation>&amp;Katalog ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="224" />
        <source>Ret&amp;ired ({n})</source>
        <translation>A&amp;ußer Betrieb ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="234" />
        <source>{services} · {incidents}, {urgent} P1/P2, {breached} past target</source>
        <translation>{services} · {incidents}, {urgent} P1/P2, {breached} über dem Ziel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/strategy/view.py" line="236" />
        <source>{shown} of %Ln service(s)</source>
        <translation><numerusform>{shown} von %Ln Service</numerusform><numerusform>{shown} von %Ln Services</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/strategy/view.py" line="238" />
        <source>%Ln open incident(s)</source>
        <translation><numerusform>%Ln offene Störung</numerusform><numerusform>%Ln offene Störungen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="277" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="278" />
        <source>The service you are editing has unsaved changes. Discard them?</source>
        <translation>Der Service, den Sie bearbeiten, hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="300" />
        <source>New service: fill in the form and press Ctrl+S.</source>
        <translation>Neuer Service: Füllen Sie das Formular aus und drücken Sie Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="324" />
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="331" />
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="333" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation>Nichts wurde gespeichert; korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/strategy/view.py" line="337" />
        <source>Nothing was saved: someone else changed it.</source>
        <translation>Nichts wurde gespeichert: Jemand anderes hat ihn geändert.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="62" />
        <source>Knowledge</source>
        <extracomment>a known error was chosen to open (its work item id) suggestions for the latest question are on screen (tests and the benchmark wait on it)</extracomment>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="66" />
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="185" />
        <source>Articles and known errors appear here as you type the title.</source>
        <translation>Artikel und bekannte Fehler erscheinen hier, während Sie den Titel eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="72" />
        <source>Suggested articles</source>
        <translation>Vorgeschlagene Artikel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="77" />
        <source>This s&amp;olved it</source>
        <translation>Das hat es gel&amp;öst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="78" />
        <source>Count a use of this article and link it to the incident (Ctrl+Shift+Y)</source>
        <translation>Eine Verwendung dieses Artikels zählen und ihn mit der Störung verknüpfen (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="84" />
        <source>The suggested article solved it: count a use and link it</source>
        <translation>Der vorgeschlagene Artikel hat es gelöst: Verwendung zählen und verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="85" />
        <source>Open &amp;problem</source>
        <translation>&amp;Problem öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="167" />
        <source>Known error {number}: {title}</source>
        <translation>Bekannter Fehler {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="173" />
        <source>same CI</source>
        <translation>gleiches CI</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="175" />
        <source>same service</source>
        <translation>gleicher Service</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="177" />
        <source>%n helpful</source>
        <translation><numerusform>%n hilfreich</numerusform><numerusform>%n hilfreich</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="178" />
        <source>used %n times</source>
        <translation><numerusform>%n-mal verwendet</numerusform><numerusform>%n-mal verwendet</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="188" />
        <source>No published article matches yet.</source>
        <translation>Noch passt kein veröffentlichter Artikel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="190" />
        <source>%n suggestion(s), the best first; choose one to read it.</source>
        <translation><numerusform>%n Vorschlag, der beste zuerst; wählen Sie einen, um ihn zu lesen.</numerusform><numerusform>%n Vorschläge, der beste zuerst; wählen Sie einen, um ihn zu lesen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="240" />
        <source>{number} counted as used and linked to this incident.</source>
        <translation>{number} als verwendet gezählt und mit dieser Störung verknüpft.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="242" />
        <source>{number} counted as used; it is linked to the incident when you save it.</source>
        <translation>{number} als verwendet gezählt; er wird beim Speichern mit der Störung verknüpft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/knowledge/suggestions_pane.py" line="269" />
        <source>%n article(s) linked to the incident as its solution.</source>
        <translation><numerusform>%n Artikel als Lösung mit der Störung verknüpft.</numerusform><numerusform>%n Artikel als Lösung mit der Störung verknüpft.</numerusform></translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="354" />
        <source>New system</source>
        <translation>Neues System</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="355" />
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="366" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="367" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="368" />
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="369" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="370" />
        <source>&amp;CI:</source>
        <translation>&amp;CI:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="371" />
        <source>&amp;Add system</source>
        <translation>System &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="372" />
        <source>&amp;Save system</source>
        <translation>System &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_dialogs.py" line="380" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>SystemsModel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_view.py" line="90" />
        <source>{name} (retired)</source>
        <translation>{name} (zurückgezogen)</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="68" />
        <source>Due &amp;date:</source>
        <translation>Fälligkeits&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="76" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="77" />
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="78" />
        <source>Im&amp;pact:</source>
        <translation>Aus&amp;wirkung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="79" />
        <source>&amp;Urgency:</source>
        <translation>Dring&amp;lichkeit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="80" />
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="81" />
        <source>&amp;Assignee:</source>
        <translation>Bea&amp;rbeiter:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="49" />
        <source>Open &amp;incident</source>
        <extracomment>the header button showing the parent, untranslated ("TaskPanel" context)</extracomment>
        <translation>Störung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="114" />
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="115" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="193" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="172" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="175" />
        <source>task of {parent}</source>
        <translation>Aufgabe von {parent}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="176" />
        <source>Opened {opened}; asked for by {who}</source>
        <translation>Eröffnet {opened}; angefordert von {who}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="177" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="181" />
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="182" />
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="32" />
        <source>Open re&amp;quest</source>
        <translation>Anfrage ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="495" />
        <source>Open c&amp;hange</source>
        <translation>Än&amp;derung öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="29" />
        <source>Open &amp;leaver request</source>
        <translation>&amp;Austrittsantrag öffnen</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="73" />
        <source>Open task</source>
        <translation>Aufgabe öffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="80" />
        <source>Ne&amp;w task…</source>
        <translation>Ne&amp;ue Aufgabe…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="83" />
        <source>Open &amp;task</source>
        <translation>Aufgabe ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/tasks_tab.py" line="100" />
        <source>%Ln task(s), {open} open</source>
        <translation><numerusform>%Ln Aufgabe, {open} offen</numerusform><numerusform>%Ln Aufgaben, {open} offen</numerusform></translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="51" />
        <source>New &amp;team…</source>
        <translation>Neues &amp;Team…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="52" />
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="53" />
        <source>Hourly &amp;rate…</source>
        <translation>Stunden&amp;satz…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="54" />
        <source>What an hour of this team's work costs, for cost per service and per ticket</source>
        <translation>Was eine Arbeitsstunde dieses Teams kostet, für Kosten je Service und je Ticket</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="62" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="62" />
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="63" />
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="74" />
        <source>as &amp;lead</source>
        <translation>als &amp;Leitung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="75" />
        <source>&amp;Add member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="76" />
        <source>Re&amp;move member</source>
        <translation>Mitglied ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="83" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="92" />
        <source>Members (tick Lead for the team's supervisors)</source>
        <translation>Mitglieder (Leitung für die Supervisoren des Teams ankreuzen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="141" />
        <source>Hourly rate: {rate}</source>
        <translation>Stundensatz: {rate}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="143" />
        <source>Hourly rate: none (time is reported apart in cost figures)</source>
        <translation>Stundensatz: keiner (die Zeit wird in den Kostenzahlen getrennt ausgewiesen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="166" />
        <source>Choose a team in the list first.</source>
        <translation>Wählen Sie zuerst ein Team in der Liste aus.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="192" />
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="192" />
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="200" />
        <source>Team &amp;name:</source>
        <translation>Team&amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="194" />
        <source>Created {name}.</source>
        <translation>{name} angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="200" />
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="204" />
        <source>Renamed the team to {name}.</source>
        <translation>Team in {name} umbenannt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="212" />
        <source>Hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="213" />
        <source>Hourly &amp;rate of {name} (such as 85.50; empty for none):</source>
        <translation>Stunden&amp;satz von {name} (etwa 85,50; leer für keinen):</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="218" />
        <source>Saved the hourly rate of {name}.</source>
        <translation>Stundensatz von {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="226" />
        <source>Added a member to {name}.</source>
        <translation>Mitglied zu {name} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="234" />
        <source>Removed a member from {name}.</source>
        <translation>Mitglied aus {name} entfernt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="244" />
        <source>Saved the leads of {name}.</source>
        <translation>Leitung von {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/teams_tab.py" line="258" />
        <source>Not saved: </source>
        <translation>Nicht gespeichert: </translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="345" />
        <source>Standard change</source>
        <translation>Standardänderung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="346" />
        <source>New standard change</source>
        <translation>Neue Standardänderung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="353" />
        <source>(any service)</source>
        <translation>(beliebiger Service)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="358" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="366" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="367" />
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="368" />
        <source>&amp;Usual duration:</source>
        <translation>Ü&amp;bliche Dauer:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="369" />
        <source>Descri&amp;ption:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="370" />
        <source>&amp;Implementation plan:</source>
        <translation>Umsetzungs&amp;plan:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="372" />
        <source>&amp;Backout plan:</source>
        <translation>&amp;Rückfallplan:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="373" />
        <source>&amp;Test plan:</source>
        <translation>&amp;Testplan:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/plan_dialogs.py" line="375" />
        <source>Retired: no longer offered for new changes.</source>
        <translation>Zurückgezogen: wird für neue Änderungen nicht mehr angeboten.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="44" />
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="45" />
        <source>Incident templates</source>
        <translation>Störungsvorlagen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="49" />
        <source>Type to find by name or text</source>
        <translation>Tippen, um nach Name oder Text zu suchen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="61" />
        <source>Up/Down choose, Enter inserts, Esc closes. Placeholders such as {caller} are filled from the item.</source>
        <translation>Auf/Ab wählt, Eingabe fügt ein, Esc schließt. Platzhalter wie {caller} werden aus dem Eintrag gefüllt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="66" />
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="66" />
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="92" />
        <source>{name} (mine)</source>
        <translation>{name} (meine)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="94" />
        <source>{name} ({team})</source>
        <translation>{name} ({team})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="108" />
        <source>No canned responses yet. Add them in Tools &gt; Administration &gt; Templates.</source>
        <translation>Noch keine Textbausteine. Legen Sie sie unter Extras &gt; Administration &gt; Vorlagen an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="110" />
        <source>No incident templates yet. Add them in Tools &gt; Administration &gt; Templates.</source>
        <translation>Noch keine Störungsvorlagen. Legen Sie sie unter Extras &gt; Administration &gt; Vorlagen an.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/template_picker.py" line="113" />
        <source>Nothing matches '{text}'; type less.</source>
        <translation>Nichts passt zu „{text}“; tippen Sie weniger.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="145" />
        <source>&amp;New standard change…</source>
        <translation>&amp;Neue Standardänderung…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="146" />
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="170" />
        <source>Ret&amp;ire…</source>
        <translation>Zurückz&amp;iehen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="149" />
        <source>&amp;Show retired</source>
        <translation>Zurückgezogene &amp;einblenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="161" />
        <source>%n standard change(s)</source>
        <translation><numerusform>%n Standardänderung</numerusform><numerusform>%n Standardänderungen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="169" />
        <source>Unret&amp;ire…</source>
        <translation>Wieder anb&amp;ieten…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="180" />
        <source>Retire standard change?</source>
        <translation>Standardänderung zurückziehen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="181" />
        <source>Retire the standard change '{name}'? It is no longer offered for new changes; changes raised from it keep their plans.</source>
        <translation>Die Standardänderung „{name}“ zurückziehen? Sie wird für neue Änderungen nicht mehr angeboten; bereits daraus erfasste Änderungen behalten ihre Pläne.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="184" />
        <source>Retire</source>
        <translation>Außer Betrieb nehmen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="185" />
        <source>Retired '{name}'.</source>
        <translation>„{name}“ wurde zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="187" />
        <source>Offer standard change again?</source>
        <translation>Standardänderung wieder anbieten?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="188" />
        <source>Offer the standard change '{name}' again for new changes?</source>
        <translation>Die Standardänderung „{name}“ wieder für neue Änderungen anbieten?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="190" />
        <source>Offer again</source>
        <translation>Wieder anbieten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_plan.py" line="191" />
        <source>'{name}' is offered again.</source>
        <translation>„{name}“ wird wieder angeboten.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="71" />
        <source>New canned &amp;response</source>
        <translation>Neuer &amp;Textbaustein</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="74" />
        <source>New &amp;incident template</source>
        <translation>Neue &amp;Störungsvorlage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="98" />
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="186" />
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="191" />
        <source>(leave as it is)</source>
        <translation>(unverändert lassen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="113" />
        <source>&amp;Save template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="116" />
        <source>&amp;Delete template…</source>
        <translation>Vorlage l&amp;öschen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="121" />
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="122" />
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="123" />
        <source>Offered &amp;to:</source>
        <translation>Angeboten &amp;für:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="125" />
        <source>Incident tit&amp;le:</source>
        <translation>Störungst&amp;itel:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="126" />
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="127" />
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="128" />
        <source>Impact:</source>
        <translation>Auswirkung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="129" />
        <source>Urgency:</source>
        <translation>Dringlichkeit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="130" />
        <source>Assign to team:</source>
        <translation>Team zuweisen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="133" />
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="265" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="198" />
        <source>Canned response</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="199" />
        <source>Incident template</source>
        <translation>Störungsvorlage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="200" />
        <source>only me</source>
        <translation>nur ich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="200" />
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="214" />
        <source>Only me (personal)</source>
        <translation>Nur ich (persönlich)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="215" />
        <source>Everyone (shared)</source>
        <translation>Alle (geteilt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="217" />
        <source>Team {name} (shared)</source>
        <translation>Team {name} (geteilt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="221" />
        <source>Shared templates are kept by supervisors and administrators; keep this one for yourself.</source>
        <translation>Geteilte Vorlagen pflegen Supervisoren und Administratoren; behalten Sie diese für sich.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="258" />
        <source>Incident template (pre-fills a new incident)</source>
        <translation>Störungsvorlage (füllt eine neue Störung vor)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="260" />
        <source>Canned response (inserted into a comment or work note)</source>
        <translation>Textbaustein (wird in einen Kommentar oder eine Arbeitsnotiz eingefügt)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="264" />
        <source>Descri&amp;ption skeleton:</source>
        <translation>B&amp;eschreibungsgerüst:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="267" />
        <source>Placeholders: {names}. Write {{{{ for a brace.</source>
        <translation>Platzhalter: {names}. Schreiben Sie {{{{ für eine geschweifte Klammer.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="283" />
        <source>Shared templates are kept by supervisors and administrators.</source>
        <translation>Geteilte Vorlagen pflegen Supervisoren und Administratoren.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="311" />
        <source>Saved '{name}'.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="336" />
        <source>only you</source>
        <translation>nur Ihnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="337" />
        <source>the members of {team}</source>
        <translation>den Mitgliedern von {team}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="338" />
        <source>everyone on the desk</source>
        <translation>allen am Service Desk</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="339" />
        <source>Delete template?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="340" />
        <source>Delete the template '{name}'? It is no longer offered to {who}; comments already written with it stay as they are.</source>
        <translation>Die Vorlage „{name}“ löschen? Sie wird {who} nicht mehr angeboten; damit geschriebene Kommentare bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/admin/templates_tab.py" line="357" />
        <source>Deleted '{name}'.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>TimeByPersonPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/time_spent.py" line="46" />
        <source>&lt;b&gt;Time logged by person&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erfasste Zeit pro Person&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/improvement/time_spent.py" line="80" />
        <source>%Ln staff member(s) logged {time} in the period</source>
        <translation><numerusform>%Ln Mitarbeiter hat im Zeitraum {time} erfasst</numerusform><numerusform>%Ln Mitarbeiter haben im Zeitraum {time} erfasst</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/time_spent.py" line="81" />
        <source>No time logged in the period.</source>
        <translation>Im Zeitraum wurde keine Zeit erfasst.</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="313" />
        <source>1h 30m, 90 or 1:30</source>
        <translation>1h 30m, 90 oder 1:30</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="321" />
        <source>What was done (optional)</source>
        <translation>Was getan wurde (optional)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="324" />
        <source>Time &amp;spent:</source>
        <translation>Aufgewendete &amp;Zeit:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="325" />
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="326" />
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>TimeTab</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="125" />
        <source>Add &amp;time…</source>
        <translation>&amp;Zeit erfassen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="128" />
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="219" />
        <source>Start ti&amp;mer</source>
        <translation>Ti&amp;mer starten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="131" />
        <source>&amp;Edit entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="134" />
        <source>Remove entr&amp;y</source>
        <translation>Eintrag entfe&amp;rnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="180" />
        <source>Total: {time} in %Ln time log(s)</source>
        <extracomment>(item id, started at) while the timer runs</extracomment>
        <translation><numerusform>Gesamt: {time} in %Ln Zeiteintrag</numerusform><numerusform>Gesamt: {time} in %Ln Zeiteinträgen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="181" />
        <source>No time logged yet</source>
        <translation>Noch keine Zeit erfasst</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="205" />
        <source>Stop ti&amp;mer</source>
        <translation>Ti&amp;mer stoppen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="208" />
        <source>Timer started.</source>
        <translation>Timer gestartet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="228" />
        <source>Timer: {elapsed}</source>
        <translation>Timer: {elapsed}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="236" />
        <source>Add time</source>
        <translation>Zeit erfassen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="236" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="245" />
        <source>Correct time entry</source>
        <translation>Zeiteintrag korrigieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="245" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="277" />
        <source>Logged {time}.</source>
        <translation>{time} erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="285" />
        <source>Time entry corrected.</source>
        <translation>Zeiteintrag korrigiert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/time_tab.py" line="293" />
        <source>Time entry removed.</source>
        <translation>Zeiteintrag entfernt.</translation>
    </message>
</context>
<context>
    <name>TransitionView</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="81" />
        <source>Name, serial number, location or service</source>
        <extracomment>Changes other views publish that alter what the CI list shows. An open incident was double-clicked: the main window opens it (payload: its UUID). A work item of a known kind to open in Service Operation: (its UUID, its kind). The change calendar's New change: the main window opens a blank change form. CIs per keyset page; the next page loads when the list is scrolled to its end.</extracomment>
        <translation>Name, Seriennummer, Standort oder Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="85" />
        <location filename="../../src/deskapp/ui/transition/view.py" line="254" />
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="87" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="97" />
        <source>Filte&amp;r:</source>
        <translation>Filte&amp;r:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="98" />
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="99" />
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="107" />
        <source>Types and attri&amp;butes…</source>
        <translation>&amp;CI-Typen und Attribute…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="108" />
        <source>Define CI types and their attributes</source>
        <translation>CI-Typen und ihre Attribute festlegen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="114" />
        <source>Filter the list by text</source>
        <translation>Die Liste nach Text filtern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="128" />
        <source>Configuration items</source>
        <translation>Configuration Items</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="165" />
        <source>Configuration ite&amp;ms</source>
        <translation>Configuration Ite&amp;ms</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="166" />
        <source>&amp;Knowledge</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="175" />
        <source>Change calendar</source>
        <translation>Änderungskalender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="183" />
        <source>Change plan</source>
        <translation>Änderungsplanung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="312" />
        <source>First {n} CIs shown; scroll down for more</source>
        <translation>Die ersten {n} CIs werden angezeigt; für weitere nach unten scrollen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/transition/view.py" line="315" />
        <source>%Ln configuration item(s)</source>
        <translation><numerusform>%Ln Configuration Item</numerusform><numerusform>%Ln Configuration Items</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="340" />
        <source>Opened {name}.</source>
        <translation>{name} geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="389" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="390" />
        <source>The configuration item you are editing has unsaved changes. Discard them?</source>
        <translation>Das Configuration Item, das Sie bearbeiten, hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="424" />
        <source>New configuration item: fill in the form and press Ctrl+S.</source>
        <translation>Neues Configuration Item: Füllen Sie das Formular aus und drücken Sie Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="458" />
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="468" />
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="470" />
        <source>Nothing was saved; correct the marked fields.</source>
        <translation>Nichts wurde gespeichert; korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/view.py" line="474" />
        <source>Nothing was saved: someone else changed it.</source>
        <translation>Nichts wurde gespeichert: Jemand anderes hat ihn geändert.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="290" />
        <source>Notification &amp;settings…</source>
        <translation>Benachrichtigungs&amp;einstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="292" />
        <source>&amp;Show DeskApp</source>
        <translation>DeskApp &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="293" />
        <source>&amp;Quit DeskApp</source>
        <translation>DeskApp &amp;beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/notifications.py" line="297" />
        <source>DeskApp: %n new notification(s)</source>
        <translation><numerusform>DeskApp: %n neue Benachrichtigung</numerusform><numerusform>DeskApp: %n neue Benachrichtigungen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="298" />
        <source>DeskApp</source>
        <translation>DeskApp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/notifications.py" line="313" />
        <source>and %n more</source>
        <translation><numerusform>und %n weitere</numerusform><numerusform>und %n weitere</numerusform></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/charts.py" line="118" />
        <source>(previous period)</source>
        <extracomment>(line index, bucket index)</extracomment>
        <translation>(vorheriger Zeitraum)</translation>
    </message>
</context>
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="243" />
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="244" />
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="248" />
        <source>Fig&amp;ure:</source>
        <translation>Kenn&amp;zahl:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="248" />
        <source>Gr&amp;ain:</source>
        <translation>&amp;Raster:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="249" />
        <source>Sp&amp;lit:</source>
        <translation>Auf&amp;teilung:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="281" />
        <source>Not measured yet: {why}</source>
        <translation>Noch nicht gemessen: {why}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="310" />
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="321" />
        <source>Not measured yet: {why}.</source>
        <translation>Noch nicht gemessen: {why}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="323" />
        <source>Click a point to open its items.</source>
        <translation>Einen Punkt anklicken, um seine Einträge zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="325" />
        <source>{label}: {basis}. Dashed: the same weeks or months of the previous period.</source>
        <translation>{label}: {basis}. Gestrichelt: dieselben Wochen oder Monate des vorherigen Zeitraums.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="349" />
        <source>{figure}, {when}{group}</source>
        <translation>{figure}, {when}{group}</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="337" />
        <source>Versions of {number}</source>
        <translation>Versionen von {number}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="342" />
        <source>Version {n} · {when} · {title} (by {author}, published by {reviewer})</source>
        <translation>Version {n} · {when} · {title} (von {author}, veröffentlicht von {reviewer})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="348" />
        <source>&amp;Compare the two chosen</source>
        <translation>Die beiden gewählten &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="350" />
        <source>&amp;Show the chosen version</source>
        <translation>Gewählte Version an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="356" />
        <source>Choose two versions and press Compare.</source>
        <translation>Wählen Sie zwei Versionen und drücken Sie Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="377" />
        <source>Choose exactly two versions to compare.</source>
        <translation>Wählen Sie genau zwei Versionen zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="384" />
        <source>Choose exactly one version to show.</source>
        <translation>Wählen Sie genau eine Version zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="390" />
        <source>Version {n} as published on {when}.</source>
        <translation>Version {n}, wie am {when} veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/article_editor.py" line="399" />
        <source>Version {a} → {b}: {added} lines added, {removed} removed.</source>
        <translation>Version {a} → {b}: {added} Zeilen hinzugefügt, {removed} entfernt.</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="104" />
        <source>Wallboard: {queue}</source>
        <translation>Wallboard: {queue}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="117" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="118" />
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="119" />
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="120" />
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="209" />
        <source>oldest breach</source>
        <translation>älteste Verletzung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="127" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="127" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="127" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="127" />
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="128" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="186" />
        <source>Could not refresh: {reason} The figures above are from the last refresh; the next try is in 30 seconds.</source>
        <translation>Aktualisierung fehlgeschlagen: {reason} Die Zahlen oben stammen von der letzten Aktualisierung; der nächste Versuch folgt in 30 Sekunden.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="205" />
        <source>oldest breach: {number}</source>
        <translation>älteste Verletzung: {number}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="213" />
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/queues/wallboard.py" line="221" />
        <source>updated {time}</source>
        <translation>aktualisiert {time}</translation>
    </message>
</context>
<context>
    <name>WatchersDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="173" />
        <source>{number}: watchers</source>
        <extracomment>counts this form's own watch changes: a form load that read the watchers before the newest of them does not show what it read (it would undo the newer state on screen)</extracomment>
        <translation>{number}: Beobachter</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="180" />
        <source>Choose a colleague</source>
        <translation>Kollegin oder Kollegen wählen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="182" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="185" />
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="196" />
        <source>&amp;Colleague:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="204" />
        <source>They are told when someone else changes the item and see it in their Watching queue.</source>
        <translation>Sie werden benachrichtigt, wenn jemand anderes den Eintrag ändert, und sehen ihn in ihrer Warteschlange „Beobachtet“.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="226" />
        <source>{name} (added by {who})</source>
        <translation>{name} (hinzugefügt von {who})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="231" />
        <source>Nobody watches this item yet.</source>
        <translation>Noch niemand beobachtet diesen Eintrag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/work_items/watchers.py" line="276" />
        <source>%n watcher(s).</source>
        <translation><numerusform>%n Beobachter.</numerusform><numerusform>%n Beobachter.</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkItemForm</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="103" />
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="457" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="202" />
        <source>Start wor&amp;k</source>
        <translation>Bearbeitung &amp;beginnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="105" />
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="459" />
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="119" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="204" />
        <source>Resume wor&amp;k</source>
        <translation>Bearbeitung &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="106" />
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="460" />
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="118" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="205" />
        <source>Pe&amp;nding</source>
        <translation>War&amp;tend</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="107" />
        <source>&amp;Done (record it)</source>
        <translation>&amp;Erledigt (erfassen)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="108" />
        <source>Cance&amp;l request</source>
        <translation>Antrag a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/access_panel.py" line="110" />
        <source>New access request</source>
        <translation>Neuer Zugriffsantrag</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="461" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="375" />
        <source>&amp;Resolve…</source>
        <translation>&amp;Lösen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="463" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="372" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="208" />
        <source>&amp;Reopen</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="465" />
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="376" />
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="121" />
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="206" />
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="483" />
        <source>Cl&amp;ose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/incident_panel.py" line="467" />
        <source>New incident</source>
        <translation>Neue Störung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="369" />
        <source>Start &amp;investigation</source>
        <translation>&amp;Untersuchung beginnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="370" />
        <source>Back to &amp;investigation</source>
        <translation>Zurück zur &amp;Untersuchung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="373" />
        <source>Mark &amp;known error</source>
        <translation>Als bekannten Fehler &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/problem_panel.py" line="378" />
        <source>New problem</source>
        <translation>Neues Problem</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="207" />
        <source>Cance&amp;l task</source>
        <translation>Aufgabe abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/task_panel.py" line="211" />
        <source>New incident task</source>
        <translation>Neue Störungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_children.py" line="56" />
        <source>{task} added to {n}.</source>
        <translation>{task} zu {n} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="125" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="126" />
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="127" />
        <source>Assign the item to me</source>
        <translation>Den Eintrag mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="128" />
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="129" />
        <source>Be told when someone else changes this item, and list it in the Watching queue ({keys})</source>
        <translation>Benachrichtigt werden, wenn jemand anderes diesen Eintrag ändert, und ihn in der Warteschlange „Beobachtet“ führen ({keys})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="130" />
        <source>Comment added.</source>
        <translation>Kommentar hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="131" />
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="132" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="133" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="134" />
        <source>Make this item yours ({keys})</source>
        <translation>Diesen Eintrag übernehmen ({keys})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="135" />
        <source>Next tab of the form</source>
        <translation>Nächster Reiter des Formulars</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="136" />
        <source>Not saved: {messages}</source>
        <translation>Nicht gespeichert: {messages}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="137" />
        <source>Not saved: {n} was changed by someone else. Your edits are still here; save again to choose what to keep.</source>
        <translation>Nicht gespeichert: {n} wurde von jemand anderem geändert. Ihre Änderungen sind noch da; speichern Sie erneut, um zu wählen, was bleibt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="138" />
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="139" />
        <source>Previous tab of the form</source>
        <translation>Vorheriger Reiter des Formulars</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="140" />
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="141" />
        <source>Save the item before adding notes.</source>
        <translation>Speichern Sie den Eintrag, bevor Sie Notizen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="142" />
        <source>Save them, discard them, or go back to the form?</source>
        <translation>Speichern, verwerfen oder zurück zum Formular?</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="143" />
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="144" />
        <source>Tab {n} of the form</source>
        <translation>Reiter {n} des Formulars</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="145" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="146" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="147" />
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="148" />
        <source>Watch ({n})</source>
        <translation>Beobachten ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="149" />
        <source>Watch or stop watching the item</source>
        <translation>Eintrag beobachten oder nicht mehr beobachten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="150" />
        <source>Watched by: {names}</source>
        <translation>Beobachtet von: {names}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="151" />
        <source>Watchers…</source>
        <translation>Beobachter…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="152" />
        <source>Watching ({n})</source>
        <translation>Beobachtet ({n})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="153" />
        <source>Who watches the item</source>
        <translation>Wer den Eintrag beobachtet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="154" />
        <source>Who watches this item; add or remove colleagues ({keys})</source>
        <translation>Wer diesen Eintrag beobachtet; Kolleginnen und Kollegen hinzufügen oder entfernen ({keys})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="155" />
        <source>Work note added.</source>
        <translation>Arbeitsnotiz hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="156" />
        <source>You are told when someone else changes this item; click to stop watching ({keys})</source>
        <translation>Sie werden benachrichtigt, wenn jemand anderes diesen Eintrag ändert; klicken, um ihn nicht mehr zu beobachten ({keys})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="157" />
        <source>You no longer watch {n}.</source>
        <translation>Sie beobachten {n} nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="158" />
        <source>You watch {n} now.</source>
        <translation>Sie beobachten {n} jetzt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="159" />
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="160" />
        <source>{name} has changes that are not saved.</source>
        <translation>{name} hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="161" />
        <source>{n} is now {status}.</source>
        <translation>{n} ist jetzt {status}.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="162" />
        <source>{n} is yours now.</source>
        <translation>{n} gehört jetzt Ihnen.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="163" />
        <source>{n} saved.</source>
        <translation>{n} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="164" />
        <source>{n} was changed by {who}; choose what to keep.</source>
        <translation>{n} wurde von {who} geändert; wählen Sie, was bleibt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="165" />
        <source>{n} was changed elsewhere; saving will let you choose what to keep.</source>
        <translation>{n} wurde anderswo geändert; beim Speichern können Sie wählen, was bleibt.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="166" />
        <source>{n}: nothing to save.</source>
        <translation>{n}: nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="167" />
        <source>{reason} It was reloaded; try the step again.</source>
        <translation>{reason} Der Eintrag wurde neu geladen; versuchen Sie den Schritt erneut.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="168" />
        <source>{reason} until {when}</source>
        <translation>{reason} bis {when}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="169" />
        <source>{who} (at {time})</source>
        <translation>{who} (um {time})</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="122" />
        <source>Cance&amp;l request…</source>
        <translation>Anfrage abbre&amp;chen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="125" />
        <source>New request</source>
        <translation>Neue Serviceanfrage</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/request_panel.py" line="132" />
        <source>New request task</source>
        <translation>Neue Anfrageaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="476" />
        <source>&amp;Assess</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="477" />
        <source>Re-&amp;assess</source>
        <translation>Neu &amp;bewerten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="478" />
        <source>Ask the &amp;CAB</source>
        <translation>&amp;CAB fragen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="479" />
        <source>Sc&amp;hedule</source>
        <translation>Ein&amp;planen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="480" />
        <source>Start implementation</source>
        <translation>Umsetzung beginnen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="482" />
        <source>Done, to re&amp;view</source>
        <translation>Fertig, zur Über&amp;prüfung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="484" />
        <source>Cance&amp;l change…</source>
        <translation>Änderung abbrec&amp;hen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="487" />
        <source>New change</source>
        <translation>Neue Änderung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/transition/change_panel.py" line="501" />
        <source>New change task</source>
        <translation>Neue Änderungsaufgabe</translation>
    </message>
</context>
<context>
    <name>WorkItemTabs</name>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="47" />
        <source>Links</source>
        <extracomment>translation context of the tab titles</extracomment>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="49" />
        <source>CIs</source>
        <translation>CIs</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="50" />
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="52" />
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="54" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/work_items/form_tabs.py" line="57" />
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
</context>
<context>
    <name>WorkOfflineDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="293" />
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="295" />
        <source>Make a replica of your work on this computer: the open items you choose, with their history, and what their forms need. Sync it from the replica's status bar when you are back online.</source>
        <translation>Ein Replikat Ihrer Arbeit auf diesem Computer anlegen: die gewählten offenen Einträge mit ihrem Verlauf und dem, was ihre Formulare brauchen. Synchronisieren Sie es über die Statusleiste des Replikats, wenn Sie wieder online sind.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="299" />
        <source>Items assigned to &amp;me</source>
        <translation>&amp;Mir zugewiesene Einträge</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="300" />
        <source>My &amp;team's open work:</source>
        <translation>Offene Arbeit meines &amp;Teams:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="301" />
        <source>&amp;Both</source>
        <translation>&amp;Beides</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="312" />
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="325" />
        <source>&amp;Make replica</source>
        <translation>Replikat a&amp;nlegen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="332" />
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="365" />
        <source>Replica file</source>
        <translation>Replikatdatei</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="366" />
        <source>DeskApp replicas (*.sqlite3)</source>
        <translation>DeskApp-Replikate (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="375" />
        <source>Choose a team, or carry only the items assigned to you.</source>
        <translation>Wählen Sie ein Team oder nehmen Sie nur die Ihnen zugewiesenen Einträge mit.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="381" />
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="388" />
        <source>Copying… %n row(s)</source>
        <translation><numerusform>Wird kopiert… %n Zeile</numerusform><numerusform>Wird kopiert… %n Zeilen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/deskapp/ui/offline.py" line="395" />
        <source>Made {path}: %n work item(s). Open it with File &gt; Switch connection (choose the file) when you go offline.</source>
        <translation><numerusform>{path} angelegt: %n Arbeitseintrag. Öffnen Sie es mit Datei &gt; Verbindung wechseln (Datei wählen), wenn Sie offline gehen.</numerusform><numerusform>{path} angelegt: %n Arbeitseinträge. Öffnen Sie es mit Datei &gt; Verbindung wechseln (Datei wählen), wenn Sie offline gehen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="398" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/offline.py" line="412" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>WorkaroundDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="41" />
        <source>Apply a workaround to {number}</source>
        <translation>Einen Workaround auf {number} anwenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="47" />
        <source>Symptoms, workaround or number</source>
        <translation>Symptome, Workaround oder Nummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="48" />
        <source>&amp;Find a known error:</source>
        <translation>Bekannten Fehler &amp;suchen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="61" />
        <source>The caller &amp;confirms it works: resolve the incident now</source>
        <translation>Der Anrufer &amp;bestätigt, dass es funktioniert: Störung jetzt lösen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="69" />
        <source>&amp;Apply workaround</source>
        <translation>Workaround an&amp;wenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="95" />
        <source>No known error matches; try other words, or open the Known errors list (Ctrl+Shift+K).</source>
        <translation>Kein bekannter Fehler passt; versuchen Sie andere Wörter oder öffnen Sie die Liste Bekannte Fehler (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="110" />
        <source>{n} is a known error of {theirs}, not {mine}: &amp;apply it anyway</source>
        <translation>{n} ist ein bekannter Fehler von {theirs}, nicht von {mine}: &amp;trotzdem anwenden</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="118" />
        <source>Choose a known error first.</source>
        <translation>Wählen Sie zuerst einen bekannten Fehler.</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/workaround_dialog.py" line="121" />
        <source>This workaround is for another service; tick the box above to confirm it applies here.</source>
        <translation>Dieser Workaround gilt für einen anderen Service; kreuzen Sie oben das Kästchen an, um zu bestätigen, dass er hier gilt.</translation>
    </message>
</context>
<context>
    <name>_NumbersPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="145" />
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/service_numbers.py" line="152" />
        <source>{n} services</source>
        <translation>{n} Services</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="96" />
        <source>F&amp;ind:</source>
        <extracomment>what a save or merge changed, for the rest of the window to refresh the find box; the name shadows the static QWidget.find(id), which nothing here calls</extracomment>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="114" />
        <source>&amp;Merge selected…</source>
        <translation>Auswahl &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="116" />
        <source>Select two rows (Ctrl+click) to merge them</source>
        <translation>Zwei Zeilen auswählen (Ctrl+Klick), um sie zusammenzuführen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/operation/people_dialog.py" line="212" />
        <source>Someone else saved this record meanwhile; their version is shown. Make your change again and save.</source>
        <translation>Jemand anderes hat diesen Datensatz inzwischen gespeichert; dessen Version wird angezeigt. Nehmen Sie Ihre Änderung erneut vor und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>deskapp</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="170" />
        <source>(any service)</source>
        <translation>(beliebiger Service)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="171" />
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="172" />
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="173" />
        <source>Approvers</source>
        <translation>Genehmigende</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="174" />
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="175" />
        <source>Business owner</source>
        <translation>Fachlicher Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="176" />
        <source>CIs</source>
        <translation>CIs</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="177" />
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="178" />
        <source>Change type</source>
        <translation>Änderungstyp</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="179" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="180" />
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="181" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="182" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="183" />
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="184" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="185" />
        <source>Hops</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="186" />
        <source>Implementer</source>
        <translation>Umsetzender</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="187" />
        <source>In use</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="188" />
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="189" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="190" />
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="191" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="192" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="193" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="194" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="195" />
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="196" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="197" />
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="198" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="199" />
        <source>Owner team</source>
        <translation>Verantwortliches Team</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="200" />
        <source>P1/P2</source>
        <translation>P1/P2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="201" />
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="202" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="203" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="204" />
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="205" />
        <source>Retired, not offered</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="206" />
        <source>Review by</source>
        <translation>Prüfen bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="207" />
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="208" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="209" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="210" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="211" />
        <source>Target from</source>
        <translation>Ziel von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="212" />
        <source>Target to</source>
        <translation>Ziel bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="213" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="214" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="215" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="216" />
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="217" />
        <source>Usual duration</source>
        <translation>Übliche Dauer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="218" />
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="219" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="220" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="221" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="222" />
        <source>Whole desk</source>
        <translation>Gesamter Service Desk</translation>
    </message>
</context>
<context>
    <name>deskapp.relations</name>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="223" />
        <source>connected to</source>
        <translation>verbunden mit</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="224" />
        <source>connects</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="225" />
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="226" />
        <source>hosts</source>
        <translation>hostet</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="227" />
        <source>made of</source>
        <translation>besteht aus</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="228" />
        <source>needed by</source>
        <translation>benötigt von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="229" />
        <source>needed by service</source>
        <translation>benötigt von Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="230" />
        <source>part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="231" />
        <source>runs on</source>
        <translation>läuft auf</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="232" />
        <source>runs service</source>
        <translation>betreibt Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="233" />
        <source>used by</source>
        <translation>verwendet von</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="234" />
        <source>used by service</source>
        <translation>verwendet von Service</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/wrapped_strings.py" line="235" />
        <source>uses</source>
        <translation>verwendet</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../src/deskapp/ui/operation/detached.py" line="58" />
        <source>Back into a &amp;tab</source>
        <translation>Zurück in einen &amp;Reiter</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="159" />
        <source>Not split</source>
        <translation>Nicht aufgeteilt</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/improvement/trends.py" line="246" />
        <source>Whole desk</source>
        <translation>Gesamter Service Desk</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="199" />
        <source>No new notifications</source>
        <extracomment>new notices (already filtered by the person's kinds), newest last</extracomment>
        <translation>Keine neuen Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/notifications.py" line="206" />
        <source>&amp;Mark all as read</source>
        <translation>Alle als gelesen &amp;markieren</translation>
    </message>
</context>
</TS>
