<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentSegment</name>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>Direct transfer</source>
        <translation>Direkte Weiterleitung</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Kein Agent</translation>
    </message>
</context>
<context>
    <name>ArchiveCallsText</name>
    <message>
        <source>its labels table is not one CallScope writes (%1 labels, ids up to %2)</source>
        <translation>seine Tabelle labels stammt nicht von CallScope (%1 Labels, IDs bis %2)</translation>
    </message>
</context>
<context>
    <name>ArchiveLoadText</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ArchiveTestText</name>
    <message>
        <source>Team archive: the server refused the user name or the password.</source>
        <translation>Teamarchiv: Der Server hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Team archive: it was made by a newer version of CallScope. Update CallScope to use it.</source>
        <translation>Teamarchiv: Es wurde von einer neueren Version von CallScope angelegt. Aktualisieren Sie CallScope, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Team archive: the database server cannot be reached.</source>
        <translation>Teamarchiv: Der Datenbankserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Team archive: it cannot be opened.</source>
        <translation>Teamarchiv: Es lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Team archive: it holds the calls of account %1 on %2 (%3), not of this connection.</source>
        <translation>Teamarchiv: Es enthält die Anrufe des Kontos %1 auf %2 (%3), nicht die dieser Verbindung.</translation>
    </message>
    <message>
        <source>Team archive: connected, but the database role may only read it: its calls can be browsed, fetching needs a role that may write to it.</source>
        <translation>Teamarchiv: verbunden, aber die Datenbankrolle darf es nur lesen: Seine Anrufe lassen sich ansehen, zum Abrufen ist eine Rolle nötig, die hineinschreiben darf.</translation>
    </message>
    <message>
        <source>Team archive: connected; fetches are kept in it.</source>
        <translation>Teamarchiv: verbunden; Abrufe werden darin aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ArchiveText</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The archive %1 cannot be used: %2</source>
        <translation>Das Archiv %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is a snapshot of format %2; open it for writing once to bring it to format %3.</source>
        <translation>%1 ist ein Snapshot im Format %2; öffnen Sie ihn einmal zum Schreiben, um ihn auf Format %3 zu bringen.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>Das Archiv %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The archive %1 holds calls of account %2 (app %3); it cannot take calls of account %4 (app %5). Choose another archive file.</source>
        <translation>Das Archiv %1 enthält Anrufe des Kontos %2 (App %3); es kann keine Anrufe des Kontos %4 (App %5) aufnehmen. Wählen Sie eine andere Archivdatei.</translation>
    </message>
    <message>
        <source>The archive %1 is open read-only.</source>
        <translation>Das Archiv %1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged: a call&apos;s JSON cannot be decompressed.</source>
        <translation>Das Archiv %1 ist beschädigt: das JSON eines Anrufs kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>%1 is damaged: the JSON of call %2 does not match its checksum.</source>
        <translation>%1 ist beschädigt: das JSON des Anrufs %2 passt nicht zu seiner Prüfsumme.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before bringing it to the new format.</source>
        <translation>Vor der Umstellung auf das neue Format kann keine Kopie von %1 angelegt werden.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be brought to format %2: %3</source>
        <translation>Das Archiv %1 kann nicht auf Format %2 gebracht werden: %3</translation>
    </message>
    <message>
        <source>a call names a label that the file does not have</source>
        <translation>ein Anruf nennt ein Label, das die Datei nicht enthält</translation>
    </message>
    <message>
        <source>a call&apos;s row number is larger than CallScope can hold</source>
        <translation>die Zeilennummer eines Anrufs ist größer, als CallScope verarbeiten kann</translation>
    </message>
</context>
<context>
    <name>CallColumn</name>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Conversation ID</source>
        <translation>Konversations-ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Endstatus</translation>
    </message>
    <message>
        <source>Smart status</source>
        <translation>Smart-Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation>Dispositionen</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Wait in queue</source>
        <translation>Wartezeit in der Warteschlange</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>CallDetail</name>
    <message>
        <source>The record is not valid JSON (%1 at byte %2).</source>
        <translation>Der Datensatz ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>Der Datensatz ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Sent as %1: not a time this viewer can read.</source>
        <translation>Gesendet als %1: keine Zeitangabe, die dieses Programm lesen kann.</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Gesendet als %1</translation>
    </message>
    <message>
        <source>Sent as %1 (wall-clock at UTC%2)</source>
        <translation>Gesendet als %1 (Ortszeit bei UTC%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) as sent</source>
        <translation>
            <numerusform>%n Sekunde wie gesendet</numerusform>
            <numerusform>%n Sekunden wie gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a number of seconds.</source>
        <translation>Keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>Rückfrage: %1</translation>
    </message>
    <message>
        <source>unknown agent</source>
        <translation>unbekannter Agent</translation>
    </message>
    <message>
        <source>consulted for %1</source>
        <translation>Rückfrage wegen %1</translation>
    </message>
    <message>
        <source>merged into the call</source>
        <translation>in das Gespräch übernommen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Consultation ended</source>
        <translation>Rückfrage beendet</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Joined: %1</source>
        <translation>Beigetreten: %1</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Agent ID: %1</source>
        <translation>Agenten-ID: %1</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Beigetreten um</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Verlassen um</translation>
    </message>
    <message>
        <source>Did not respond: %1</source>
        <translation>Nicht reagiert: %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Reaktion</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>First response after</source>
        <translation>Erste Reaktion nach</translation>
    </message>
    <message>
        <source>Interaction ended</source>
        <translation>Interaktion beendet</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>After-call work ended</source>
        <translation>Nachbearbeitung beendet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>unknown queue</source>
        <translation>unbekannte Warteschlange</translation>
    </message>
    <message>
        <source>Queue ID: %1</source>
        <translation>Warteschlangen-ID: %1</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>wartete %1</translation>
    </message>
    <message>
        <source>no agent answered</source>
        <translation>kein Agent hat angenommen</translation>
    </message>
    <message>
        <source>wait not recorded</source>
        <translation>Wartezeit nicht erfasst</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <source>Entered queue</source>
        <translation>In die Warteschlange gestellt</translation>
    </message>
    <message>
        <source>Callback opted</source>
        <translation>Rückruf gewählt</translation>
    </message>
    <message>
        <source>Direct transfer to agent</source>
        <translation>Direkte Weiterleitung an einen Agenten</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>None: no queue or agent was involved (bot-only session)</source>
        <translation>Keine: weder Warteschlange noch Agent beteiligt (nur Bot)</translation>
    </message>
    <message>
        <source>Unreadable: expected a list, got &quot;%1&quot;</source>
        <translation>Nicht lesbar: Liste erwartet, &quot;%1&quot; erhalten</translation>
    </message>
    <message>
        <source>None: the call was not transferred to a queue or an agent</source>
        <translation>Keine: der Anruf wurde an keine Warteschlange und keinen Agenten weitergeleitet</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n Weiterleitung</numerusform>
            <numerusform>%n Weiterleitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Endstatus</translation>
    </message>
    <message>
        <source>Smart status</source>
        <translation>Smart-Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Disconnecting event</source>
        <translation>Trennendes Ereignis</translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation>Dispositionen</translation>
    </message>
    <message>
        <source>Disposition remarks</source>
        <translation>Anmerkungen zur Disposition</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>nested too deep to show here: see Raw JSON</source>
        <translation>zu tief verschachtelt, um hier angezeigt zu werden: siehe Roh-JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s): see Raw JSON</source>
        <translation>
            <numerusform>%n weiteres Feld: siehe Roh-JSON</numerusform>
            <numerusform>%n weitere Felder: siehe Roh-JSON</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s): see Raw JSON</source>
        <translation>
            <numerusform>%n weiterer Eintrag: siehe Roh-JSON</numerusform>
            <numerusform>%n weitere Einträge: siehe Roh-JSON</numerusform>
        </translation>
    </message>
    <message>
        <source>[Cut off here: the record has %1 bytes. &quot;Copy raw JSON&quot; copies all of it.]</source>
        <translation>[Hier abgeschnitten: der Datensatz hat %1 Bytes. „JSON kopieren“ kopiert ihn ganz.]</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation>Pro&amp;file:</translation>
    </message>
    <message>
        <source>Changes take effect when you press OK; Cancel discards them.</source>
        <translation>Änderungen gelten, sobald Sie OK drücken; Abbrechen verwirft sie.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;lizieren</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>https://platform.kore.ai</source>
        <translation>https://platform.kore.ai</translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation>K&amp;onto-ID:</translation>
    </message>
    <message>
        <source>A&amp;pp ID (iId):</source>
        <translation>A&amp;pp-ID (iId):</translation>
    </message>
    <message>
        <source>st-…</source>
        <translation>st-…</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Client ID + &amp;secret</source>
        <translation>Client-ID + &amp;Geheimnis</translation>
    </message>
    <message>
        <source>CallScope signs a fresh token for every request.</source>
        <translation>CallScope signiert für jede Anfrage ein neues Token.</translation>
    </message>
    <message>
        <source>&amp;JWT token</source>
        <translation>&amp;JWT-Token</translation>
    </message>
    <message>
        <source>A ready token; requests fail once it expires.</source>
        <translation>Ein fertiges Token; Anfragen schlagen fehl, sobald es abläuft.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>cs-…</source>
        <translation>cs-…</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Client-Geheim&amp;nis:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>eyJ…</source>
        <translation>eyJ…</translation>
    </message>
    <message>
        <source>Sho&amp;w secret</source>
        <translation>Geheimnis &amp;zeigen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation>Anfrage&amp;budget:</translation>
    </message>
    <message>
        <source>The API allows 60 requests per minute per account; stay below it if others use the same account.</source>
        <translation>Die API erlaubt 60 Anfragen pro Minute und Konto; bleiben Sie darunter, wenn andere dasselbe Konto nutzen.</translation>
    </message>
    <message>
        <source> requests/minute</source>
        <translation> Anfragen/Minute</translation>
    </message>
    <message>
        <source>Pa&amp;ging:</source>
        <translation>&amp;Seitenabruf:</translation>
    </message>
    <message>
        <source>How the server counts the offset parameter. Automatic detection works for both known servers.</source>
        <translation>Wie der Server den Parameter offset zählt. Die automatische Erkennung funktioniert mit beiden bekannten Servern.</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted HTTP to a remote host</source>
        <translation>&amp;Unverschlüsseltes HTTP zu einem entfernten Host erlauben</translation>
    </message>
    <message>
        <source>Warning: the credential and all call data will cross the network unencrypted. Use this only on a network you trust.</source>
        <translation>Warnung: die Zugangsdaten und alle Anrufdaten gehen unverschlüsselt über das Netzwerk. Nutzen Sie dies nur in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Opt-in data:</source>
        <translation>Opt-in-Daten:</translation>
    </message>
    <message>
        <source>Blocks the server sends only when asked for (selectedFields). Without them the drill-down has no skills, customer, tag, campaign or snooze sections.</source>
        <translation>Blöcke, die der Server nur auf Anfrage sendet (selectedFields). Ohne sie fehlen in der Detailansicht die Abschnitte zu Skills, Kunde, Tags, Kampagne und Snooze.</translation>
    </message>
    <message>
        <source>Sends one request for the last hour with these settings; with a team archive, also opens its database.</source>
        <translation>Sendet mit diesen Einstellungen eine Anfrage für die letzte Stunde; bei einem Teamarchiv wird auch seine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Keep calls with this final status (repeatable).</source>
        <translation>Anrufe mit diesem Endstatus behalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Keep calls with this smart status (repeatable).</source>
        <translation>Anrufe mit diesem Smart-Status behalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Keep calls on this channel (repeatable).</source>
        <translation>Anrufe auf diesem Kanal behalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Keep calls through this queue (repeatable).</source>
        <translation>Anrufe über diese Warteschlange behalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Keep calls handled by this agent (repeatable).</source>
        <translation>Anrufe behalten, die dieser Agent bearbeitet hat (wiederholbar).</translation>
    </message>
    <message>
        <source>Keep calls in this direction (repeatable).</source>
        <translation>Anrufe in dieser Richtung behalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Keep calls with this disposition (repeatable).</source>
        <translation>Anrufe mit dieser Disposition behalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Exports a CallScope snapshot to CSV, optionally filtered.</source>
        <translation>Exportiert einen CallScope-Snapshot als CSV, wahlweise gefiltert.</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Der Unterbefehl.</translation>
    </message>
    <message>
        <source>Write the CSV to FILE.</source>
        <translation>Die CSV-Datei nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Keep calls whose text columns contain TEXT.</source>
        <translation>Anrufe behalten, deren Textspalten TEXT enthalten.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Die Datei mit einer UTF-8-Bytereihenfolgemarke beginnen (für Excel).</translation>
    </message>
    <message>
        <source>expected exactly one snapshot file (callscope export SNAPSHOT --csv OUT).</source>
        <translation>genau eine Snapshot-Datei erwartet (callscope export SNAPSHOT --csv OUT).</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>note: the snapshot is partial (%1).</source>
        <translation>Hinweis: der Snapshot ist unvollständig (%1).</translation>
    </message>
    <message>
        <source>The .callscope file (snapshot or archive) to read.</source>
        <translation>Die zu lesende .callscope-Datei (Snapshot oder Archiv).</translation>
    </message>
    <message>
        <source>Write the calls&apos; raw JSON to FILE, one per line.</source>
        <translation>Das Roh-JSON der Anrufe nach FILE schreiben, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Only calls starting at or after &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz.</source>
        <translation>Nur Anrufe, die ab &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz beginnen.</translation>
    </message>
    <message>
        <source>Only calls starting at or before &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz.</source>
        <translation>Nur Anrufe, die bis &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz beginnen.</translation>
    </message>
    <message>
        <source>IANA time zone of --from and --to (default: this computer&apos;s zone).</source>
        <translation>IANA-Zeitzone von --from und --to (Standard: die Zeitzone dieses Computers).</translation>
    </message>
    <message>
        <source>give one of --csv OUT or --jsonl OUT.</source>
        <translation>geben Sie entweder --csv OUT oder --jsonl OUT an.</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from und --to gehören zusammen.</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation>unbekannte Zeitzone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from and --to must be times of the form &quot;YYYY-MM-DD HH:MM:SS&quot;, --from first.</source>
        <translation>--from und --to müssen Zeitangaben der Form &quot;YYYY-MM-DD HH:MM:SS&quot; sein, --from zuerst.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 calls to %2</source>
        <translation>
            <numerusform>%1 Anruf nach %2 exportiert</numerusform>
            <numerusform>%1 Anrufe nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the agent segments of %1 calls to %2</source>
        <translation>
            <numerusform>Die Agentensegmente von %1 Anruf nach %2 exportiert</numerusform>
            <numerusform>Die Agentensegmente von %1 Anrufen nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1 calls to %2…</source>
        <translation>
            <numerusform>%1 Anruf wird nach %2 exportiert…</numerusform>
            <numerusform>%1 Anrufe werden nach %2 exportiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Another CallScope is fetching this account (%1, process %2 on %3); waiting for it.</source>
        <translation>Eine andere CallScope-Instanz ruft dieses Konto gerade ab (%1, Prozess %2 auf %3); es wird gewartet, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>Another CallScope took over fetching this account; this one stopped.</source>
        <translation>Eine andere CallScope-Instanz hat den Abruf dieses Kontos übernommen; diese hat aufgehört.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>API host, e.g. https://platform.kore.ai.</source>
        <translation>API-Host, z. B. https://platform.kore.ai.</translation>
    </message>
    <message>
        <source>Account ID.</source>
        <translation>Konto-ID.</translation>
    </message>
    <message>
        <source>App (stream) ID, sent as iId.</source>
        <translation>App-ID (Stream-ID), gesendet als iId.</translation>
    </message>
    <message>
        <source>Start, &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz (inclusive).</source>
        <translation>Beginn, &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz (einschließlich).</translation>
    </message>
    <message>
        <source>End, &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz (inclusive).</source>
        <translation>Ende, &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz (einschließlich).</translation>
    </message>
    <message>
        <source>IANA time zone or UTC (default: this computer&apos;s zone).</source>
        <translation>IANA-Zeitzone oder UTC (Standard: die Zeitzone dieses Computers).</translation>
    </message>
    <message>
        <source>calldetails (default) or interactionDetails.</source>
        <translation>calldetails (Standard) oder interactionDetails.</translation>
    </message>
    <message>
        <source>Only this channel (repeatable).</source>
        <translation>Nur dieser Kanal (wiederholbar).</translation>
    </message>
    <message>
        <source>Only this queue ID (repeatable).</source>
        <translation>Nur diese Warteschlangen-ID (wiederholbar).</translation>
    </message>
    <message>
        <source>Inbound, Outbound or Both.</source>
        <translation>Inbound, Outbound oder Both.</translation>
    </message>
    <message>
        <source>Request budget per minute (default 60).</source>
        <translation>Anfragebudget pro Minute (Standard 60).</translation>
    </message>
    <message>
        <source>Mint tokens from this Client ID and $CALLSCOPE_CLIENT_SECRET (otherwise $CALLSCOPE_TOKEN is used).</source>
        <translation>Tokens aus dieser Client-ID und $CALLSCOPE_CLIENT_SECRET erzeugen (sonst wird $CALLSCOPE_TOKEN verwendet).</translation>
    </message>
    <message>
        <source>Output file: .csv, or .callscope for a snapshot.</source>
        <translation>Ausgabedatei: .csv, oder .callscope für einen Snapshot.</translation>
    </message>
    <message>
        <source>How the server&apos;s offset counts: auto (default), records or pages.</source>
        <translation>Wie der offset des Servers zählt: auto (Standard), records oder pages.</translation>
    </message>
    <message>
        <source>Request windows fetched at once (default 4).</source>
        <translation>Gleichzeitig abgerufene Abfragefenster (Standard 4).</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer.</source>
        <translation>Unverschlüsseltes http:// zu einem Host erlauben, der nicht dieser Computer ist.</translation>
    </message>
    <message>
        <source>--%1 is required (see --help).</source>
        <translation>--%1 ist erforderlich (siehe --help).</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use an IANA name such as America/New_York, or UTC).</source>
        <translation>Unbekannte Zeitzone &quot;%1&quot; (verwenden Sie einen IANA-Namen wie Europe/Berlin, oder UTC).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a time of the form &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation>--from: &quot;%1&quot; ist keine Zeitangabe der Form &quot;YYYY-MM-DD HH:MM:SS&quot;.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a time of the form &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation>--to: &quot;%1&quot; ist keine Zeitangabe der Form &quot;YYYY-MM-DD HH:MM:SS&quot;.</translation>
    </message>
    <message>
        <source>--endpoint must be calldetails or interactionDetails.</source>
        <translation>--endpoint muss calldetails oder interactionDetails sein.</translation>
    </message>
    <message>
        <source>--rate must be a whole number of requests per minute, at least 1.</source>
        <translation>--rate muss eine ganze Zahl von Anfragen pro Minute sein, mindestens 1.</translation>
    </message>
    <message>
        <source>--paging must be auto, records or pages.</source>
        <translation>--paging muss auto, records oder pages sein.</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number, at least 1.</source>
        <translation>--concurrency muss eine ganze Zahl sein, mindestens 1.</translation>
    </message>
    <message>
        <source>--out: unsupported file type &quot;%1&quot; (use .csv or .callscope).</source>
        <translation>--out: nicht unterstützter Dateityp &quot;%1&quot; (verwenden Sie .csv oder .callscope).</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out: der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>--client-id needs the Client Secret in the environment variable CALLSCOPE_CLIENT_SECRET.</source>
        <translation>--client-id braucht das Client-Geheimnis in der Umgebungsvariablen CALLSCOPE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>No credentials: set CALLSCOPE_TOKEN to a JWT, or give --client-id with CALLSCOPE_CLIENT_SECRET in the environment.</source>
        <translation>Keine Zugangsdaten: setzen Sie CALLSCOPE_TOKEN auf ein JWT, oder geben Sie --client-id an und CALLSCOPE_CLIENT_SECRET in der Umgebung.</translation>
    </message>
    <message>
        <source>Windows %1/%2 · %3 records · %4 requests</source>
        <translation>Fenster %1/%2 · %3 Datensätze · %4 Anfragen</translation>
    </message>
    <message>
        <source> · waiting %1 s for the rate limit</source>
        <translation> · warte %1 s wegen des Anfragelimits</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · noch etwa %1 s</translation>
    </message>
    <message>
        <source>Fetch calls from the Call Details API into a file. Credentials come from CALLSCOPE_TOKEN, or --client-id with CALLSCOPE_CLIENT_SECRET.</source>
        <translation>Ruft Anrufe von der Call-Details-API in eine Datei ab. Die Zugangsdaten kommen aus CALLSCOPE_TOKEN, oder aus --client-id mit CALLSCOPE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The fetch command.</source>
        <translation>Der Befehl fetch.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(siehe --help)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Unerwartetes Argument &quot;%1&quot; (siehe --help).</translation>
    </message>
    <message>
        <source>The fetch did not complete.</source>
        <translation>Der Abruf wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 calls written to %2 (%3 requests).</source>
        <translation>%1 Anrufe in %2 geschrieben (%3 Anfragen).</translation>
    </message>
    <message>
        <source>Opt-in blocks to ask for (selectedFields): all (default), none, or a comma-separated list of skills, customerinfo, userleveltags, sessionleveltags, campaigninfo, snoozeinfo.</source>
        <translation>Anzufordernde Opt-in-Blöcke (selectedFields): all (Standard), none, oder eine durch Kommas getrennte Liste aus skills, customerinfo, userleveltags, sessionleveltags, campaigninfo, snoozeinfo.</translation>
    </message>
    <message>
        <source>--fields: unknown field &quot;%1&quot; (use all, none, or a comma-separated list of %2).</source>
        <translation>--fields: unbekanntes Feld &quot;%1&quot; (verwenden Sie all, none oder eine durch Kommas getrennte Liste aus %2).</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n record(s) that could not be read, so the range is incomplete; nothing was written.</source>
        <translation>
            <numerusform>Der Server hat %n Datensatz gesendet, der nicht gelesen werden konnte, daher ist der Zeitraum unvollständig; es wurde nichts geschrieben.</numerusform>
            <numerusform>Der Server hat %n Datensätze gesendet, die nicht gelesen werden konnten, daher ist der Zeitraum unvollständig; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest server answer accepted, in MiB (default 64).</source>
        <translation>Größte akzeptierte Serverantwort in MiB (Standard 64).</translation>
    </message>
    <message>
        <source>--max-response-mb must be a whole number of MiB from 1 to 4096.</source>
        <translation>--max-response-mb muss eine ganze Zahl von MiB zwischen 1 und 4096 sein.</translation>
    </message>
    <message>
        <source>Keep every call in this archive (.callscope, created if missing) and ask the server only for what it does not cover yet.</source>
        <translation>Jeden Anruf in diesem Archiv behalten (.callscope, wird bei Bedarf angelegt) und den Server nur nach dem fragen, was es noch nicht abdeckt.</translation>
    </message>
    <message>
        <source>With --archive: time fetched less than this many hours after it ended is provisional and asked for again (default 24).</source>
        <translation>Mit --archive: Zeit, die weniger als so viele Stunden nach ihrem Ende abgerufen wurde, ist vorläufig und wird erneut abgefragt (Standard 24).</translation>
    </message>
    <message>
        <source>--out is required without --archive (see --help).</source>
        <translation>--out ist ohne --archive erforderlich (siehe --help).</translation>
    </message>
    <message>
        <source>--settle-hours must be a number of hours from 0 to 8760.</source>
        <translation>--settle-hours muss eine Stundenzahl von 0 bis 8760 sein.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n record(s) that could not be read.</source>
        <translation>
            <numerusform>Der Server hat %n Datensatz gesendet, der nicht gelesen werden konnte.</numerusform>
            <numerusform>Der Server hat %n Datensätze gesendet, die nicht gelesen werden konnten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The archive keeps the %2 new calls fetched; run the same command again to fetch the rest.</source>
        <translation>%1 Das Archiv behält die %2 neu abgerufenen Anrufe; führen Sie denselben Befehl erneut aus, um den Rest abzurufen.</translation>
    </message>
    <message>
        <source>%1 calls written to %2 (%3 requests; %4 new and %5 changed calls archived).</source>
        <translation>%1 Anrufe in %2 geschrieben (%3 Anfragen; %4 neue und %5 geänderte Anrufe archiviert).</translation>
    </message>
    <message>
        <source>The range is archived in %1 (%2 requests; %3 new and %4 changed calls).</source>
        <translation>Der Zeitraum ist in %1 archiviert (%2 Anfragen; %3 neue und %4 geänderte Anrufe).</translation>
    </message>
</context>
<context>
    <name>FetchRunText</name>
    <message>
        <source>No credentials: give a token, or a Client ID with its Client Secret.</source>
        <translation>Keine Zugangsdaten: geben Sie ein Token an, oder eine Client-ID mit ihrem Client-Geheimnis.</translation>
    </message>
    <message>
        <source>The date range does not contain any time to fetch.</source>
        <translation>Der Zeitraum enthält keine abzurufende Zeit.</translation>
    </message>
    <message>
        <source>Window %1: the server refused offset %2 (%3).</source>
        <translation>Fenster %1: der Server hat offset %2 abgelehnt (%3).</translation>
    </message>
    <message>
        <source>Window %1, offset %2: skipped record %3 (%4).</source>
        <translation>Fenster %1, offset %2: Datensatz %3 übersprungen (%4).</translation>
    </message>
    <message>
        <source>The server&apos;s offset counts records.</source>
        <translation>Der offset des Servers zählt Datensätze.</translation>
    </message>
    <message>
        <source>The server&apos;s offset counts pages.</source>
        <translation>Der offset des Servers zählt Seiten.</translation>
    </message>
    <message>
        <source>Could not tell whether the server&apos;s times are in UTC or in the requested offset; showing them as in the requested offset.</source>
        <translation>Es ließ sich nicht erkennen, ob die Zeiten des Servers in UTC oder im angefragten Versatz sind; sie werden als im angefragten Versatz angezeigt.</translation>
    </message>
    <message>
        <source>The server answered %1 requests in a row with nothing new; it seems to ignore the requested offset and dates, so the range cannot be fetched.</source>
        <translation>Der Server hat %1 Anfragen nacheinander ohne Neues beantwortet; er scheint den angefragten offset und die Datumsangaben zu ignorieren, daher kann der Zeitraum nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s times are in UTC.</source>
        <translation>Die Zeiten des Servers sind in UTC.</translation>
    </message>
    <message>
        <source>The server&apos;s times are in the requested offset.</source>
        <translation>Die Zeiten des Servers sind im angefragten Versatz.</translation>
    </message>
</context>
<context>
    <name>FetchSpecText</name>
    <message>
        <source>The host is not a valid URL (expected e.g. https://platform.kore.ai).</source>
        <translation>Der Host ist keine gültige URL (erwartet z. B. https://platform.kore.ai).</translation>
    </message>
    <message>
        <source>The host must start with https://.</source>
        <translation>Der Host muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https:// or explicitly allow insecure HTTP.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer (Loopback) erlaubt; verwenden Sie https:// oder erlauben Sie unverschlüsseltes HTTP ausdrücklich.</translation>
    </message>
    <message>
        <source>The account ID is missing.</source>
        <translation>Die Konto-ID fehlt.</translation>
    </message>
    <message>
        <source>The app ID (iId) is missing.</source>
        <translation>Die App-ID (iId) fehlt.</translation>
    </message>
    <message>
        <source>The time zone is not valid.</source>
        <translation>Die Zeitzone ist ungültig.</translation>
    </message>
    <message>
        <source>The date range is not valid.</source>
        <translation>Der Zeitraum ist ungültig.</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>The request budget must be at least 1 request per minute.</source>
        <translation>Das Anfragebudget muss mindestens 1 Anfrage pro Minute betragen.</translation>
    </message>
    <message>
        <source>The page size must be at least 1.</source>
        <translation>Die Seitengröße muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The direction must be Inbound, Outbound or Both.</source>
        <translation>Die Richtung muss Inbound, Outbound oder Both sein.</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Browse, chart and export the calls of the Kore.ai Call Details API.</source>
        <translation>Anrufe der Kore.ai-Call-Details-API durchsuchen, als Diagramm zeigen und exportieren.</translation>
    </message>
    <message>
        <source>Commands (they need no display):</source>
        <translation>Befehle (sie brauchen keine Anzeige):</translation>
    </message>
    <message>
        <source>Fetch a date range from the API into a CSV file or a snapshot.</source>
        <translation>Einen Zeitraum von der API in eine CSV-Datei oder einen Snapshot abrufen.</translation>
    </message>
    <message>
        <source>Export a snapshot to CSV.</source>
        <translation>Einen Snapshot als CSV exportieren.</translation>
    </message>
    <message>
        <source>Run &quot;callscope COMMAND --help&quot; for the options of a command.</source>
        <translation>&quot;callscope BEFEHL --help&quot; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Start on the built-in demo data.</source>
        <translation>Mit den eingebauten Demodaten starten.</translation>
    </message>
    <message>
        <source>A .callscope snapshot to open.</source>
        <translation>Ein zu öffnender .callscope-Snapshot.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(siehe --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help).</source>
        <translation>unbekannter Befehl &quot;%1&quot; (siehe --help).</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM is xcb but DISPLAY is not set</source>
        <translation>QT_QPA_PLATFORM ist xcb, aber DISPLAY ist nicht gesetzt</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set</source>
        <translation>QT_QPA_PLATFORM ist wayland, aber WAYLAND_DISPLAY ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no display (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt)</translation>
    </message>
    <message>
        <source>Run it on a desktop, or under xvfb-run; &quot;callscope --help&quot; lists the commands that need no display.</source>
        <translation>Starten Sie es auf einem Desktop oder mit xvfb-run; &quot;callscope --help&quot; nennt die Befehle, die keine Anzeige brauchen.</translation>
    </message>
    <message>
        <source>the display cannot be used</source>
        <translation>die Anzeige kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>cannot open the window: %1.</source>
        <translation>das Fenster kann nicht geöffnet werden: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallScope snapshots (*.callscope);;All files (*)</source>
        <translation>CallScope-Snapshots (*.callscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CallScope snapshot, portable: raw JSON as text (*.callscope)</source>
        <translation>CallScope-Snapshot, portabel: rohes JSON als Text (*.callscope)</translation>
    </message>
    <message>
        <source>CallScope snapshot, compact: raw JSON compressed (*.callscope)</source>
        <translation>CallScope-Snapshot, kompakt: rohes JSON komprimiert (*.callscope)</translation>
    </message>
</context>
<context>
    <name>MockServerCli</name>
    <message>
        <source>Invalid value for --%1: &quot;%2&quot; (expected a whole number of at least %3).</source>
        <translation>Ungültiger Wert für --%1: &quot;%2&quot; (erwartet eine ganze Zahl von mindestens %3).</translation>
    </message>
    <message>
        <source>Invalid date for --%1: &quot;%2&quot; (expected yyyy-MM-dd).</source>
        <translation>Ungültiges Datum für --%1: &quot;%2&quot; (erwartet yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Mock Kore.ai Call Details server with deterministic synthetic calls.</source>
        <translation>Nachgebildeter Kore.ai-Call-Details-Server mit deterministischen synthetischen Anrufen.</translation>
    </message>
    <message>
        <source>Port to listen on (0 = pick a free one).</source>
        <translation>Port, auf dem gelauscht wird (0 = einen freien wählen).</translation>
    </message>
    <message>
        <source>Number of synthetic calls.</source>
        <translation>Anzahl der synthetischen Anrufe.</translation>
    </message>
    <message>
        <source>Seed of the synthetic data.</source>
        <translation>Startwert der synthetischen Daten.</translation>
    </message>
    <message>
        <source>First day of the data, UTC (default: 30 days ago).</source>
        <translation>Erster Tag der Daten, UTC (Standard: vor 30 Tagen).</translation>
    </message>
    <message>
        <source>Last day of the data, UTC (default: today).</source>
        <translation>Letzter Tag der Daten, UTC (Standard: heute).</translation>
    </message>
    <message>
        <source>How `offset` counts: records or pages.</source>
        <translation>Wie `offset` zählt: records oder pages.</translation>
    </message>
    <message>
        <source>Most records returned per page, whatever the limit.</source>
        <translation>Höchstzahl der Datensätze pro Seite, unabhängig vom Limit.</translation>
    </message>
    <message>
        <source>Pages mode: the largest accepted offset.</source>
        <translation>Modus pages: der größte angenommene offset.</translation>
    </message>
    <message>
        <source>Delay every response by this many milliseconds.</source>
        <translation>Jede Antwort um so viele Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>Requests allowed per sliding minute (0 = unlimited).</source>
        <translation>Erlaubte Anfragen pro gleitender Minute (0 = unbegrenzt).</translation>
    </message>
    <message>
        <source>Answer every Nth data request with 429.</source>
        <translation>Jede N-te Datenanfrage mit 429 beantworten.</translation>
    </message>
    <message>
        <source>Answer every Nth data request with 500/502/503.</source>
        <translation>Jede N-te Datenanfrage mit 500/502/503 beantworten.</translation>
    </message>
    <message>
        <source>Cut the body of every Nth data request in half.</source>
        <translation>Den Inhalt jeder N-ten Datenanfrage in der Mitte abschneiden.</translation>
    </message>
    <message>
        <source>Drop the connection of every Nth data request.</source>
        <translation>Die Verbindung jeder N-ten Datenanfrage trennen.</translation>
    </message>
    <message>
        <source>Redirect every request (307) to this base URL.</source>
        <translation>Jede Anfrage (307) auf diese Basis-URL umleiten.</translation>
    </message>
    <message>
        <source>Reject tokens without a jti or with a reused one.</source>
        <translation>Tokens ohne jti oder mit wiederverwendetem jti ablehnen.</translation>
    </message>
    <message>
        <source>Also print the demo client secret (never do this with real credentials).</source>
        <translation>Auch das Client-Geheimnis der Demo ausgeben (niemals mit echten Zugangsdaten tun).</translation>
    </message>
    <message>
        <source>Invalid value for --seed: &quot;%1&quot;.</source>
        <translation>Ungültiger Wert für --seed: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Invalid value for --port: %1.</source>
        <translation>Ungültiger Wert für --port: %1.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to darf nicht vor --from liegen.</translation>
    </message>
    <message>
        <source>Invalid value for --redirect-to: &quot;%1&quot; (expected e.g. http://127.0.0.1:8080).</source>
        <translation>Ungültiger Wert für --redirect-to: &quot;%1&quot; (erwartet z. B. http://127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>callscope-mock listening on %1</source>
        <translation>callscope-mock lauscht auf %1</translation>
    </message>
    <message>
        <source>  account id: %1</source>
        <translation>  Konto-ID: %1</translation>
    </message>
    <message>
        <source>  app id (iId): %1</source>
        <translation>  App-ID (iId): %1</translation>
    </message>
    <message>
        <source>  client id: %1</source>
        <translation>  Client-ID: %1</translation>
    </message>
    <message>
        <source>  client secret: %1</source>
        <translation>  Client-Geheimnis: %1</translation>
    </message>
    <message>
        <source>  %1 calls from %2 to %3 (UTC)</source>
        <translation>  %1 Anrufe von %2 bis %3 (UTC)</translation>
    </message>
    <message>
        <source>Invalid value for --%1: &quot;%2&quot; (expected a number from 0 to 1).</source>
        <translation>Ungültiger Wert für --%1: &quot;%2&quot; (erwartet eine Zahl von 0 bis 1).</translation>
    </message>
    <message>
        <source>Invalid value for --%1: &quot;%2&quot; (expected one of: %3).</source>
        <translation>Ungültiger Wert für --%1: &quot;%2&quot; (erwartet einen von: %3).</translation>
    </message>
    <message>
        <source>Share of calls (0 to 1) moved onto another call&apos;s start second, in clusters of 2 to 8.</source>
        <translation>Anteil der Anrufe (0 bis 1), die auf die Startsekunde eines anderen Anrufs verschoben werden, in Gruppen von 2 bis 8.</translation>
    </message>
    <message>
        <source>Records mode: an offset of N or more is past the cap (0 = no cap).</source>
        <translation>Modus records: ein offset von N oder mehr liegt jenseits der Obergrenze (0 = keine Obergrenze).</translation>
    </message>
    <message>
        <source>What a request past the offset cap gets: HTTP 400, an empty page, or the page of the last allowed offset.</source>
        <translation>Was eine Anfrage jenseits der offset-Obergrenze erhält: HTTP 400, eine leere Seite oder die Seite des letzten erlaubten offset.</translation>
    </message>
    <message>
        <source>Ignore `limit`: every page holds page-cap records.</source>
        <translation>`limit` ignorieren: jede Seite enthält page-cap Datensätze.</translation>
    </message>
    <message>
        <source>Ignore `offset`: every request gets the first page.</source>
        <translation>`offset` ignorieren: jede Anfrage erhält die erste Seite.</translation>
    </message>
    <message>
        <source>Order calls that start in the same second differently for every request.</source>
        <translation>Anrufe, die in derselben Sekunde beginnen, bei jeder Anfrage anders ordnen.</translation>
    </message>
    <message>
        <source>Return the matching calls in a new random order for every request.</source>
        <translation>Die passenden Anrufe bei jeder Anfrage in neuer zufälliger Reihenfolge liefern.</translation>
    </message>
    <message>
        <source>Calls start at sub-second instants; startDate and endDate filter at .000.</source>
        <translation>Anrufe beginnen zu Sekundenbruchteilen; startDate und endDate filtern bei .000.</translation>
    </message>
    <message>
        <source>Zone of the records&apos; zone-less times: the request&apos;s timeZoneOffset or UTC.</source>
        <translation>Zeitzone der zonenlosen Zeiten in den Datensätzen: der timeZoneOffset der Anfrage oder UTC.</translation>
    </message>
    <message>
        <source>Send skills, customer, tag, campaign and snooze blocks even when selectedFields does not name them.</source>
        <translation>Skills-, Kunden-, Tag-, Kampagnen- und Snooze-Blöcke auch senden, wenn selectedFields sie nicht nennt.</translation>
    </message>
    <message>
        <source>Before answering every Nth data request, add a new call at the start of the range it asks for.</source>
        <translation>Vor der Antwort auf jede N-te Datenanfrage einen neuen Anruf am Beginn des angefragten Zeitraums hinzufügen.</translation>
    </message>
    <message>
        <source>Send Retry-After as an HTTP date instead of seconds.</source>
        <translation>Retry-After als HTTP-Datum statt in Sekunden senden.</translation>
    </message>
    <message>
        <source>Answer every Nth data request with 200 and an HTML proxy page.</source>
        <translation>Jede N-te Datenanfrage mit 200 und einer HTML-Proxy-Seite beantworten.</translation>
    </message>
    <message>
        <source>Answer every Nth request with offset &gt; 0 that has records with an empty page instead.</source>
        <translation>Jede N-te Anfrage mit offset &gt; 0, die Datensätze hat, stattdessen mit einer leeren Seite beantworten.</translation>
    </message>
    <message>
        <source>Cannot write the request log %1: %2</source>
        <translation>Das Anfrageprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Add N calls written late: distinct sessionIds, starting within the data&apos;s days (or --late-from to --late-to); the other calls stay the same.</source>
        <translation>N verspätet geschriebene Anrufe hinzufügen: eigene sessionIds, Beginn innerhalb der Tage der Daten (oder --late-from bis --late-to); die übrigen Anrufe bleiben gleich.</translation>
    </message>
    <message>
        <source>First day of the late calls, UTC (default: --from).</source>
        <translation>Erster Tag der verspäteten Anrufe, UTC (Standard: --from).</translation>
    </message>
    <message>
        <source>Last day of the late calls, UTC (default: --to).</source>
        <translation>Letzter Tag der verspäteten Anrufe, UTC (Standard: --to).</translation>
    </message>
    <message>
        <source>Serve every Nth call revised: another finalStatus and one more agent note, same sessionId and start.</source>
        <translation>Jeden N-ten Anruf überarbeitet ausliefern: anderer finalStatus und eine weitere Agentennotiz, gleiche sessionId und gleicher Beginn.</translation>
    </message>
    <message>
        <source>Append one JSON line per data request to FILE (what it asked for and the status answered).</source>
        <translation>Je Datenanfrage eine JSON-Zeile an FILE anhängen (was sie angefragt hat und der beantwortete Status).</translation>
    </message>
    <message>
        <source>--late-from and --late-to must lie within --from to --to, in order.</source>
        <translation>--late-from und --late-to müssen in dieser Reihenfolge innerhalb von --from bis --to liegen.</translation>
    </message>
</context>
<context>
    <name>PageFetcherText</name>
    <message>
        <source>window %1 (%2), offset %3</source>
        <translation>Fenster %1 (%2), offset %3</translation>
    </message>
    <message>
        <source>The server kept refusing requests with HTTP 429 (rate limit), %1 times in a row.</source>
        <translation>Der Server hat Anfragen %1-mal nacheinander mit HTTP 429 (Anfragelimit) abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached (HTTP 429); waiting %1 s.</source>
        <translation>Das Anfragelimit des Servers ist erreicht (HTTP 429); warte %1 s.</translation>
    </message>
    <message>
        <source>Gave up on %1 after %2 attempts: %3.</source>
        <translation>%1 nach %2 Versuchen aufgegeben: %3.</translation>
    </message>
    <message>
        <source>%1: %2; retrying in %3 s (attempt %4 of %5).</source>
        <translation>%1: %2; neuer Versuch in %3 s (Versuch %4 von %5).</translation>
    </message>
    <message>
        <source>The server redirected the request to another host (%1); CallScope does not send credentials there, so the fetch stopped. Check the host URL.</source>
        <translation>Der Server hat die Anfrage auf einen anderen Host umgeleitet (%1); CallScope sendet dorthin keine Zugangsdaten, daher wurde der Abruf beendet. Prüfen Sie die Host-URL.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times; the fetch stopped.</source>
        <translation>Der Server hat mehr als %1-mal umgeleitet; der Abruf wurde beendet.</translation>
    </message>
    <message>
        <source>%1: the server refused the token (HTTP %2); retrying once with a new one.</source>
        <translation>%1: der Server hat das Token abgelehnt (HTTP %2); einmaliger neuer Versuch mit einem neuen Token.</translation>
    </message>
    <message>
        <source>The server rejected the credentials (HTTP %1).</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server rejected the credentials (HTTP %1): %2</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1.</source>
        <translation>Der Server ist nicht erreichbar: %1.</translation>
    </message>
</context>
<context>
    <name>PgArchiveText</name>
    <message>
        <source>The server sent a row of %1 columns where %2 were asked for.</source>
        <translation>Der Server hat eine Zeile mit %1 Spalten gesendet, angefordert waren %2.</translation>
    </message>
    <message>
        <source>The server sent call %1 in a form this CallScope cannot read.</source>
        <translation>Der Server hat den Anruf %1 in einer Form gesendet, die diese CallScope-Version nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>PgText</name>
    <message>
        <source>The server&apos;s COPY data has no binary header.</source>
        <translation>Die COPY-Daten des Servers haben keinen Binär-Header.</translation>
    </message>
    <message>
        <source>The server&apos;s COPY data holds a malformed row.</source>
        <translation>Die COPY-Daten des Servers enthalten eine fehlerhafte Zeile.</translation>
    </message>
</context>
<context>
    <name>ResponsePolicy</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>Netzwerkausfall</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>unreadable response (%1)</source>
        <translation>unlesbare Antwort (%1)</translation>
    </message>
    <message>
        <source>no page</source>
        <translation>keine Seite</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a target</source>
        <translation>HTTP-%1-Umleitung ohne Ziel</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that cannot carry the request; check the host URL</source>
        <translation>der Server hat mit einer Umleitung (HTTP %1) geantwortet, die die Anfrage nicht weitergeben kann; prüfen Sie die Host-URL</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1 MiB, the response size limit (raise it with --max-response-mb or the profile&apos;s maxResponseMegabytes only for a server you trust)</source>
        <translation>die Antwort des Servers ist größer als %1 MiB, die Grenze für Antworten (erhöhen Sie sie mit --max-response-mb oder maxResponseMegabytes im Profil nur für einen Server, dem Sie vertrauen)</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The fetch was cancelled.</source>
        <translation>Der Abruf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SnapshotReaderText</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a CallScope snapshot.</source>
        <translation>%1 ist leer: es ist kein CallScope-Snapshot.</translation>
    </message>
    <message>
        <source>%1 is not a CallScope snapshot (it is not a SQLite database).</source>
        <translation>%1 ist kein CallScope-Snapshot (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is truncated: it has only %2 bytes. It cannot be opened; ask for the file again.</source>
        <translation>%1 ist abgeschnitten: die Datei hat nur %2 Bytes. Sie kann nicht geöffnet werden; fordern Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a CallScope snapshot.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein CallScope-Snapshot.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CallScope (snapshot format %2; this version reads up to %3). Please update CallScope to open it.</source>
        <translation>%1 wurde von einer neueren CallScope-Version geschrieben (Snapshot-Format %2; diese Version liest bis %3). Bitte aktualisieren Sie CallScope, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation>%1 ist beschädigt: die Formatversion fehlt.</translation>
    </message>
    <message>
        <source>%1 is truncated: it should be %2 bytes long but has only %3. It cannot be opened; ask for the file again.</source>
        <translation>%1 ist abgeschnitten: die Datei sollte %2 Bytes lang sein, hat aber nur %3. Sie kann nicht geöffnet werden; fordern Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read completely (%2).</source>
        <translation>%1 ist beschädigt und kann nicht vollständig gelesen werden (%2).</translation>
    </message>
    <message>
        <source>its description is missing</source>
        <translation>die Beschreibung fehlt</translation>
    </message>
    <message>
        <source>its record count is missing</source>
        <translation>die Anzahl der Datensätze fehlt</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); %3 records were read before the damage.</source>
        <translation>%1 ist beschädigt (%2); vor der Beschädigung wurden %3 Datensätze gelesen.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 of %3 records could not be read (%4).</source>
        <translation>%1 ist beschädigt: %2 von %3 Datensätzen konnten nicht gelesen werden (%4).</translation>
    </message>
    <message>
        <source>%1 is damaged: it should hold %2 records but %3 were found.</source>
        <translation>%1 ist beschädigt: die Datei sollte %2 Datensätze enthalten, gefunden wurden %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: records with the same sessionId were found (%2 repeated).</source>
        <translation>%1 ist beschädigt: es gibt Datensätze mit derselben sessionId (%2 wiederholt).</translation>
    </message>
    <message>
        <source>Reading %1 was stopped: one query ran longer than %2 s. The file is not a plain CallScope snapshot.</source>
        <translation>Das Lesen von %1 wurde abgebrochen: eine Abfrage lief länger als %2 s. Die Datei ist kein einfacher CallScope-Schnappschuss.</translation>
    </message>
    <message>
        <source>%1 is not a plain CallScope snapshot: it contains %2 &quot;%3&quot;, which CallScope never writes. It is not opened.</source>
        <translation>%1 ist kein einfacher CallScope-Schnappschuss: er enthält %2 „%3“, das CallScope nie schreibt. Er wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>its table %1 is missing</source>
        <translation>seine Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>it claims %1 records, more than a file of %2 bytes can hold</source>
        <translation>er gibt %1 Datensätze an, mehr als eine Datei von %2 Bytes enthalten kann</translation>
    </message>
    <message>
        <source>a call&apos;s JSON cannot be decompressed</source>
        <translation>das JSON eines Anrufs kann nicht entpackt werden</translation>
    </message>
</context>
<context>
    <name>SnapshotWriterText</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the snapshot: %1</source>
        <translation>Der Snapshot kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation>Speichern abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot flush the snapshot to disk.</source>
        <translation>Der Snapshot kann nicht auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot move the snapshot into place at %1.</source>
        <translation>Der Snapshot kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>The JSON of a call could not be read from the file it was loaded from, or it no longer matches its checksum; no file was written.</source>
        <translation>Das JSON eines Anrufs konnte aus der Datei, aus der er geladen wurde, nicht gelesen werden oder passt nicht mehr zu seiner Prüfsumme; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>CallScope User Guide</source>
        <translation>CallScope-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Browse, drill into, chart and export the calls of the Kore.ai XO Contact Center Call Details API.</source>
        <translation>Anrufe der Call-Details-API des Kore.ai XO Contact Center durchsuchen, im Detail ansehen, als Diagramm zeigen und exportieren.</translation>
    </message>
    <message>
        <source>License: %1. CallScope comes with absolutely no warranty.</source>
        <translation>Lizenz: %1. CallScope wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation>Erstellt mit Qt %1; läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>About CallScope</source>
        <translation>Über CallScope</translation>
    </message>
</context>
<context>
    <name>ViewCsv</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>WindowPagerText</name>
    <message>
        <source>The server keeps answering with no calls for %1 – %2, where it listed calls a moment before; the range cannot be fetched reliably.</source>
        <translation>Der Server antwortet für %1 – %2 weiterhin ohne Anrufe, obwohl er dort kurz zuvor Anrufe gelistet hat; der Zeitraum kann nicht zuverlässig abgerufen werden.</translation>
    </message>
    <message>
        <source>an empty page right after a full one</source>
        <translation>eine leere Seite direkt nach einer vollen</translation>
    </message>
    <message>
        <source>the server ignores the offset</source>
        <translation>der Server ignoriert den offset</translation>
    </message>
    <message>
        <source>calls of one second moved between pages</source>
        <translation>Anrufe einer Sekunde sind zwischen Seiten gewandert</translation>
    </message>
    <message>
        <source>a page with no new calls</source>
        <translation>eine Seite ohne neue Anrufe</translation>
    </message>
    <message>
        <source>the server&apos;s records are in no order</source>
        <translation>die Datensätze des Servers sind ungeordnet</translation>
    </message>
    <message>
        <source>the last page the server allows</source>
        <translation>die letzte Seite, die der Server erlaubt</translation>
    </message>
    <message>
        <source>the server refused offset %1</source>
        <translation>der Server hat offset %1 abgelehnt</translation>
    </message>
    <message>
        <source>Too many calls start at %1 (over %2 within about one second): the server cannot page through them, so the range cannot be fetched completely.</source>
        <translation>Zu viele Anrufe beginnen um %1 (mehr als %2 innerhalb etwa einer Sekunde): der Server kann sie nicht durchblättern, daher kann der Zeitraum nicht vollständig abgerufen werden.</translation>
    </message>
    <message>
        <source>The server stopped paging (%1); continuing with %2 – %3.</source>
        <translation>Der Server hat das Blättern beendet (%1); weiter mit %2 – %3.</translation>
    </message>
    <message>
        <source>The server cannot page through the calls of %1 – %2 (%3), so the range cannot be fetched completely.</source>
        <translation>Der Server kann die Anrufe von %1 – %2 nicht durchblättern (%3), daher kann der Zeitraum nicht vollständig abgerufen werden.</translation>
    </message>
    <message>
        <source>The server cannot page through %1 – %2 (%3); splitting it in two.</source>
        <translation>Der Server kann %1 – %2 nicht durchblättern (%3); der Zeitraum wird geteilt.</translation>
    </message>
</context>
<context>
    <name>cs::ArchiveLocationEdit</name>
    <message>
        <source>&amp;Keep</source>
        <translation>Be&amp;halten</translation>
    </message>
    <message>
        <source>Archi&amp;ve:</source>
        <translation>Archi&amp;v:</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Datenbankpasswort:</translation>
    </message>
    <message>
        <source>Keep every fetched call in an archive: a range then shows what the archive holds at once, and only what it does not hold is asked of the server.</source>
        <translation>Jeden abgerufenen Anruf in einem Archiv aufbewahren: ein Zeitraum zeigt dann sofort, was das Archiv enthält, und nur was fehlt, wird beim Server abgefragt.</translation>
    </message>
    <message>
        <source>The archive file (.callscope), or a team archive on a PostgreSQL server: postgresql://user@host:port/dbname?sslmode=verify-full (its password goes in the Database password field and is kept in the keyring). Empty: the connection&apos;s own file in your data folder.</source>
        <translation>Die Archivdatei (.callscope) oder ein Teamarchiv auf einem PostgreSQL-Server: postgresql://user@host:port/dbname?sslmode=verify-full (sein Passwort gehört in das Feld Datenbankpasswort und wird im Schlüsselbund aufbewahrt). Leer: die eigene Datei der Verbindung in Ihrem Datenordner.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>Leer: aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>The password of the database role in the archive&apos;s URI. It is stored in the system keyring, never in the settings.</source>
        <translation>Das Passwort der Datenbankrolle in der URI des Archivs. Es wird im Schlüsselbund des Systems gespeichert, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The password was taken out of the archive&apos;s address: it is kept in the keyring, never in the settings.</source>
        <translation>Das Passwort wurde aus der Adresse des Archivs entfernt: es wird im Schlüsselbund aufbewahrt, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Archive File</source>
        <translation>Archivdatei</translation>
    </message>
    <message>
        <source>CallScope archives (*.callscope)</source>
        <translation>CallScope-Archive (*.callscope)</translation>
    </message>
</context>
<context>
    <name>cs::AverageHandleChart</name>
    <message>
        <source>Average handle time</source>
        <translation>Durchschnittliche Bearbeitungszeit</translation>
    </message>
    <message numerus="yes">
        <source>%1: average %2 over %n call(s)</source>
        <translation>
            <numerusform>%1: durchschnittlich %2 bei %n Anruf</numerusform>
            <numerusform>%1: durchschnittlich %2 bei %n Anrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>cs::CallTableModel</name>
    <message numerus="yes">
        <source>%1 of %2 calls</source>
        <translation>
            <numerusform>%1 von %2 Anruf</numerusform>
            <numerusform>%1 von %2 Anrufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CallTableView</name>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten zu&amp;rücksetzen</translation>
    </message>
</context>
<context>
    <name>cs::ChartCard</name>
    <message>
        <source>No calls in the current filter</source>
        <translation>Keine Anrufe im aktuellen Filter</translation>
    </message>
</context>
<context>
    <name>cs::ChartsPanel</name>
    <message>
        <source>Average handle time per agent (top %1 by calls)</source>
        <translation>Ø Bearbeitungszeit je Agent (Top %1 nach Anrufen)</translation>
    </message>
    <message>
        <source>No call in the current filter reached an agent</source>
        <translation>Kein Anruf im aktuellen Filter hat einen Agenten erreicht</translation>
    </message>
    <message>
        <source>Average handle time per queue (top %1 by calls)</source>
        <translation>Ø Bearbeitungszeit je Warteschlange (Top %1 nach Anrufen)</translation>
    </message>
    <message>
        <source>No call in the current filter went through a queue</source>
        <translation>Kein Anruf im aktuellen Filter lief über eine Warteschlange</translation>
    </message>
</context>
<context>
    <name>cs::ConnectionDialog</name>
    <message>
        <source>Call details (calldetails)</source>
        <translation>Anrufdetails (calldetails)</translation>
    </message>
    <message>
        <source>Interaction details (interactionDetails)</source>
        <translation>Interaktionsdetails (interactionDetails)</translation>
    </message>
    <message>
        <source>Automatic (detect how the server counts)</source>
        <translation>Automatisch (erkennen, wie der Server zählt)</translation>
    </message>
    <message>
        <source>Offset counts records</source>
        <translation>offset zählt Datensätze</translation>
    </message>
    <message>
        <source>Offset counts pages</source>
        <translation>offset zählt Seiten</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the Client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Reading the secret from the keyring…</source>
        <translation>Das Geheimnis wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>%1 Enter the secret again.</source>
        <translation>%1 Geben Sie das Geheimnis erneut ein.</translation>
    </message>
    <message>
        <source>Enter the JWT.</source>
        <translation>Geben Sie das JWT ein.</translation>
    </message>
    <message>
        <source>Enter the Client Secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <source>The JWT does not look like a token (three parts separated by dots).</source>
        <translation>Das JWT sieht nicht wie ein Token aus (drei durch Punkte getrennte Teile).</translation>
    </message>
    <message>
        <source>Add a profile to connect.</source>
        <translation>Legen Sie ein Profil an, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Skills</translation>
    </message>
    <message>
        <source>C&amp;ustomer info</source>
        <translation>K&amp;undeninfo</translation>
    </message>
    <message>
        <source>User ta&amp;gs</source>
        <translation>Benutzer-&amp;Tags</translation>
    </message>
    <message>
        <source>Session tag&amp;s</source>
        <translation>Sit&amp;zungs-Tags</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign info</source>
        <translation>Ka&amp;mpagneninfo</translation>
    </message>
    <message>
        <source>S&amp;nooze info</source>
        <translation>S&amp;nooze-Info</translation>
    </message>
</context>
<context>
    <name>cs::ConnectionTester</name>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Der Server meldet: &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s) (timeout). The server may be down or unreachable from this network.</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunde (Zeitüberschreitung). Der Server ist vielleicht nicht in Betrieb oder von diesem Netzwerk aus nicht erreichbar.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunden (Zeitüberschreitung). Der Server ist vielleicht nicht in Betrieb oder von diesem Netzwerk aus nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot; could not be resolved (DNS). Check the host name.</source>
        <translation>Host nicht gefunden: &quot;%1&quot; konnte nicht aufgelöst werden (DNS). Prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening there (wrong port, or the server is down).</source>
        <translation>Verbindung von %1 abgelehnt: dort lauscht nichts (falscher Port, oder der Server ist nicht in Betrieb).</translation>
    </message>
    <message>
        <source>Secure connection (TLS) to %1 failed: %2</source>
        <translation>Sichere Verbindung (TLS) zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>The server answered (HTTP %1) but not with call details: %2. Check the host and the endpoint (%3).</source>
        <translation>Der Server hat geantwortet (HTTP %1), aber nicht mit Anrufdetails: %2. Prüfen Sie den Host und den Endpunkt (%3).</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n record(s) in the last hour.</source>
        <translation>
            <numerusform>Verbunden: %n Datensatz in der letzten Stunde.</numerusform>
            <numerusform>Verbunden: %n Datensätze in der letzten Stunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) without a target.</source>
        <translation>Der Server hat mit einer Umleitung (HTTP %1) ohne Ziel geantwortet.</translation>
    </message>
    <message>
        <source>The server redirects to %1. CallScope never sends your credential to another host; if that is the right server, enter it as the host.</source>
        <translation>Der Server leitet auf %1 um. CallScope sendet Ihre Zugangsdaten nie an einen anderen Host; wenn das der richtige Server ist, tragen Sie ihn als Host ein.</translation>
    </message>
    <message>
        <source>The server keeps redirecting (HTTP %1); giving up.</source>
        <translation>Der Server leitet immer wieder um (HTTP %1); Abbruch.</translation>
    </message>
    <message>
        <source>Rejected (HTTP 401 Unauthorized): the server did not accept the credential. Check the JWT, or the Client ID and Client Secret.</source>
        <translation>Abgelehnt (HTTP 401 Unauthorized): der Server hat die Zugangsdaten nicht akzeptiert. Prüfen Sie das JWT, oder die Client-ID und das Client-Geheimnis.</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403): the credential may not read this account&apos;s analytics. Check the account ID, the app ID (iId) and the app&apos;s API scope.</source>
        <translation>Verboten (HTTP 403): diese Zugangsdaten dürfen die Analysen dieses Kontos vielleicht nicht lesen. Prüfen Sie die Konto-ID, die App-ID (iId) und den API-Bereich der App.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): check the host, the account ID and the endpoint (%1).</source>
        <translation>Nicht gefunden (HTTP 404): prüfen Sie den Host, die Konto-ID und den Endpunkt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): the account&apos;s request budget is used up. The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Anfragelimit erreicht (HTTP 429): das Anfragebudget des Kontos ist aufgebraucht. Der Server bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Anfragelimit erreicht (HTTP 429): das Anfragebudget des Kontos ist aufgebraucht. Der Server bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): the account&apos;s request budget is used up. Try again in a minute.</source>
        <translation>Anfragelimit erreicht (HTTP 429): das Anfragebudget des Kontos ist aufgebraucht. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The server has a problem (HTTP %1). Try again later.</source>
        <translation>Der Server hat ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1).</source>
        <translation>Unerwartete Antwort (HTTP %1).</translation>
    </message>
    <message>
        <source>[credential removed]</source>
        <translation>[Zugangsdaten entfernt]</translation>
    </message>
    <message>
        <source>No credential: enter a JWT, or a Client ID and Client Secret.</source>
        <translation>Keine Zugangsdaten: geben Sie ein JWT ein, oder eine Client-ID und ein Client-Geheimnis.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB, the response size limit.</source>
        <translation>Die Antwort des Servers ist größer als %1 MiB, die Grenze für Antworten.</translation>
    </message>
</context>
<context>
    <name>cs::CoverageBar</name>
    <message>
        <source>Archive coverage of the range</source>
        <translation>Archivabdeckung des Zeitraums</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Archive: nothing of this range yet</source>
        <translation>Archiv: noch nichts aus diesem Zeitraum</translation>
    </message>
    <message>
        <source>Archive: the whole range is archived</source>
        <translation>Archiv: der ganze Zeitraum ist archiviert</translation>
    </message>
    <message>
        <source>%1% archived</source>
        <translation>%1 % archiviert</translation>
    </message>
    <message>
        <source>%1% provisional</source>
        <translation>%1 % vorläufig</translation>
    </message>
    <message>
        <source>%1% missing</source>
        <translation>%1 % fehlen</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <source>Provisional: fetched too soon after it ended (calls are written late); the next fetch asks for it again.</source>
        <translation>Vorläufig: zu kurz nach seinem Ende abgerufen (Anrufe werden spät geschrieben); der nächste Abruf fragt erneut danach.</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more span(s)</source>
        <translation>
            <numerusform>… und %n weiterer Abschnitt</numerusform>
            <numerusform>… und %n weitere Abschnitte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DemoServer</name>
    <message>
        <source>The demo server could not listen on the loopback interface.</source>
        <translation>Der Demoserver konnte nicht auf der Loopback-Schnittstelle lauschen.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>cs::DetailTreeModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>cs::DrillDownWidget</name>
    <message>
        <source>Select a call in the table to see its queues, agents, details and raw JSON.</source>
        <translation>Wählen Sie einen Anruf in der Tabelle, um seine Warteschlangen, Agenten, Details und sein JSON zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Transfers &amp;&amp; agents</source>
        <translation>&amp;Weiterleitungen &amp;&amp; Agenten</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation>&amp;Rohes JSON</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole record to the clipboard</source>
        <translation>Den ganzen Datensatz in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>Dieser Datensatz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>final status %1</source>
        <translation>Endstatus %1</translation>
    </message>
    <message>
        <source>No customer, campaign, tag or survey data in this record.</source>
        <translation>Keine Kunden-, Kampagnen-, Tag- oder Umfragedaten in diesem Datensatz.</translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Calls as shown (%1 rows, %2 columns)</source>
        <translation>
            <numerusform>&amp;Anrufe wie angezeigt (%1 Zeile, %2 Spalten)</numerusform>
            <numerusform>&amp;Anrufe wie angezeigt (%1 Zeilen, %2 Spalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;agent segment</source>
        <translation>Eine Zeile pro &amp;Agentensegment</translation>
    </message>
    <message>
        <source>&amp;In %1</source>
        <translation>&amp;In %1</translation>
    </message>
    <message>
        <source>&amp;Raw, as the API sent them</source>
        <translation>&amp;Roh, wie von der API gesendet</translation>
    </message>
    <message>
        <source>Write a UTF-8 &amp;BOM (for Excel)</source>
        <translation>UTF-8-&amp;BOM schreiben (für Excel)</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file</source>
        <translation>Wählen Sie, wo die CSV-Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Spreadsheets in languages whose decimal mark is a comma expect a semicolon.</source>
        <translation>Tabellenkalkulationen in Sprachen mit Dezimalkomma erwarten ein Semikolon.</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
</context>
<context>
    <name>cs::ExportJob</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Für den Export wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>There are no calls to export.</source>
        <translation>Es gibt keine Anrufe zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Not enough memory to export to %1.</source>
        <translation>Nicht genug Arbeitsspeicher für den Export nach %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full.</source>
        <translation>%1 kann nicht geschrieben werden: der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::FetchProgressWidget</name>
    <message>
        <source>Partial</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>Abruffortschritt</translation>
    </message>
    <message>
        <source>Not every request window was loaded: the table and charts show only part of the range.</source>
        <translation>Nicht jedes Abfragefenster wurde geladen: Tabelle und Diagramme zeigen nur einen Teil des Zeitraums.</translation>
    </message>
    <message>
        <source>%1 of %2 windows · %3 records · %4 requests</source>
        <translation>%1 von %2 Fenstern · %3 Datensätze · %4 Anfragen</translation>
    </message>
    <message numerus="yes">
        <source> · %n retries</source>
        <translation>
            <numerusform> · %n Wiederholung</numerusform>
            <numerusform> · %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · waiting %n s for the request budget</source>
        <translation>
            <numerusform> · warte %n s auf das Anfragebudget</numerusform>
            <numerusform> · warte %n s auf das Anfragebudget</numerusform>
        </translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) loaded</source>
        <translation>
            <numerusform>%n Anruf geladen</numerusform>
            <numerusform>%n Anrufe geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled · %1 · %2 of %3 windows complete</source>
        <translation>Abgebrochen · %1 · %2 von %3 Fenstern vollständig</translation>
    </message>
    <message>
        <source>Cancelled · %1</source>
        <translation>Abgebrochen · %1</translation>
    </message>
    <message>
        <source>Failed · %1 · %2 of %3 windows complete</source>
        <translation>Fehlgeschlagen · %1 · %2 von %3 Fenstern vollständig</translation>
    </message>
    <message>
        <source>Failed · %1</source>
        <translation>Fehlgeschlagen · %1</translation>
    </message>
    <message>
        <source>Fetch notices</source>
        <translation>Hinweise zum Abruf</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n Fenster</numerusform>
            <numerusform>%n Fenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 calls from the archive · %n gap(s) to fetch</source>
        <translation>
            <numerusform>%1 Anrufe aus dem Archiv · %n Lücke abzurufen</numerusform>
            <numerusform>%1 Anrufe aus dem Archiv · %n Lücken abzurufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 calls from the archive · fetching %n gap(s): </source>
        <translation>
            <numerusform>%1 Anrufe aus dem Archiv · %n Lücke wird abgerufen: </numerusform>
            <numerusform>%1 Anrufe aus dem Archiv · %n Lücken werden abgerufen: </numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 from the archive)</source>
        <translation> (%1 aus dem Archiv)</translation>
    </message>
    <message>
        <source>%1 · the archive holds the whole range: nothing to fetch</source>
        <translation>%1 · das Archiv enthält den ganzen Zeitraum: nichts abzurufen</translation>
    </message>
    <message>
        <source>%1 is fetching this account; new calls appear as they are committed</source>
        <translation>%1 ruft dieses Konto ab; neue Anrufe erscheinen, sobald sie gespeichert sind</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>cs::FetchThread</name>
    <message>
        <source>The database role of this connection may only read the team archive %1: its calls are shown, but fetching needs a role that may write to it.</source>
        <translation>Die Datenbankrolle dieser Verbindung darf das Teamarchiv %1 nur lesen: seine Anrufe werden angezeigt, aber zum Abrufen ist eine Rolle nötig, die hineinschreiben darf.</translation>
    </message>
    <message>
        <source>The connection to the team archive was lost.</source>
        <translation>Die Verbindung zum Teamarchiv ist abgebrochen.</translation>
    </message>
    <message>
        <source>Another CallScope</source>
        <translation>Ein anderes CallScope</translation>
    </message>
    <message>
        <source>Another CallScope took over fetching this account; this window stopped fetching.</source>
        <translation>Ein anderes CallScope hat das Abrufen dieses Kontos übernommen; dieses Fenster ruft nicht mehr ab.</translation>
    </message>
</context>
<context>
    <name>cs::FilterBar</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Search calls (Ctrl+F)</source>
        <translation>Anrufe durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Shows calls whose IDs, channel, statuses, reason, queues, agents or dispositions contain this text</source>
        <translation>Zeigt Anrufe, deren IDs, Kanal, Status, Grund, Warteschlangen, Agenten oder Dispositionen diesen Text enthalten</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Anrufe durchsuchen</translation>
    </message>
    <message>
        <source>Show only calls with the chosen %1 values</source>
        <translation>Nur Anrufe mit den gewählten Werten für %1 zeigen</translation>
    </message>
    <message>
        <source>A range picked on a chart. Click to remove it.</source>
        <translation>Ein in einem Diagramm gewählter Bereich. Zum Entfernen klicken.</translation>
    </message>
    <message>
        <source>Show every loaded call again</source>
        <translation>Wieder alle geladenen Anrufe zeigen</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Endstatus</translation>
    </message>
    <message>
        <source>Smart status</source>
        <translation>Smart-Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No calls loaded</source>
        <translation>Keine Anrufe geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n more: use the search line</source>
        <translation>
            <numerusform>%n weiterer: nutzen Sie die Suchzeile</numerusform>
            <numerusform>%n weitere: nutzen Sie die Suchzeile</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cs::HandleTimeChart</name>
    <message>
        <source>Handle time (talk + hold + after-call work)</source>
        <translation>Bearbeitungszeit (Gespräch + Halten + Nachbearbeitung)</translation>
    </message>
    <message>
        <source>%1h+</source>
        <translation>%1h+</translation>
    </message>
    <message>
        <source>%1-%2h</source>
        <translation>%1-%2h</translation>
    </message>
    <message>
        <source>%1m+</source>
        <translation>%1m+</translation>
    </message>
    <message>
        <source>%1-%2m</source>
        <translation>%1-%2m</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No call in the current filter has an agent handle time</source>
        <translation>Kein Anruf im aktuellen Filter hat eine Bearbeitungszeit eines Agenten</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>%1 calls with handle time %2 or more</source>
        <translation>%1 Anrufe mit Bearbeitungszeit %2 oder mehr</translation>
    </message>
    <message>
        <source>%1 calls with handle time %2 to %3</source>
        <translation>%1 Anrufe mit Bearbeitungszeit %2 bis %3</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>90th percentile %1</source>
        <translation>90. Perzentil %1</translation>
    </message>
</context>
<context>
    <name>cs::JobRunner</name>
    <message>
        <source>Not enough memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Anrufe</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>%1 — %2 to %3 (%4)</source>
        <translation>%1 — %2 bis %3 (%4)</translation>
    </message>
    <message>
        <source>%1 [partial]</source>
        <translation>%1 [unvollständig]</translation>
    </message>
    <message>
        <source>CallScope</source>
        <translation>CallScope</translation>
    </message>
    <message>
        <source>%1 — CallScope</source>
        <translation>%1 — CallScope</translation>
    </message>
    <message>
        <source>Connected to the built-in demo server (%1)</source>
        <translation>Verbunden mit dem eingebauten Demoserver (%1)</translation>
    </message>
    <message>
        <source>Connection: %1 (%2)</source>
        <translation>Verbindung: %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected. Open a snapshot, explore the demo data or set up a connection.</source>
        <translation>Nicht verbunden. Öffnen Sie einen Snapshot, erkunden Sie die Demodaten oder richten Sie eine Verbindung ein.</translation>
    </message>
    <message>
        <source>No calls match the current filters.</source>
        <translation>Keine Anrufe entsprechen den aktuellen Filtern.</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Anrufe werden geladen…</translation>
    </message>
    <message>
        <source>Choose a range and press Fetch (F5).</source>
        <translation>Wählen Sie einen Zeitraum und drücken Sie Abrufen (F5).</translation>
    </message>
    <message>
        <source>No calls loaded. Explore the demo data, connect to a server, or open a snapshot (Ctrl+O).</source>
        <translation>Keine Anrufe geladen. Erkunden Sie die Demodaten, verbinden Sie sich mit einem Server oder öffnen Sie einen Snapshot (Strg+O).</translation>
    </message>
    <message>
        <source>Welcome to CallScope. No connection is set up yet: explore the built-in demo data, or connect to your Kore.ai server.</source>
        <translation>Willkommen bei CallScope. Es ist noch keine Verbindung eingerichtet: erkunden Sie die eingebauten Demodaten oder verbinden Sie sich mit Ihrem Kore.ai-Server.</translation>
    </message>
    <message>
        <source>Explore demo data</source>
        <translation>Demodaten erkunden</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Connection Settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <source>Explore &amp;Demo Data</source>
        <translation>&amp;Demodaten erkunden</translation>
    </message>
    <message>
        <source>&amp;Open Snapshot…</source>
        <translation>Snapshot ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation>Snapshot &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>C&amp;ancel Fetch</source>
        <translation>Abrufen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;About CallScope</source>
        <translation>Ü&amp;ber CallScope</translation>
    </message>
    <message>
        <source>Add or edit server connections and test them</source>
        <translation>Serververbindungen hinzufügen, bearbeiten und testen</translation>
    </message>
    <message>
        <source>Open a saved .callscope snapshot to review offline</source>
        <translation>Einen gespeicherten .callscope-Snapshot zur Offline-Ansicht öffnen</translation>
    </message>
    <message>
        <source>Save the loaded calls as a .callscope snapshot</source>
        <translation>Die geladenen Anrufe als .callscope-Snapshot speichern</translation>
    </message>
    <message>
        <source>Export the calls as shown (filtered and sorted) to a CSV file</source>
        <translation>Die Anrufe wie angezeigt (gefiltert und sortiert) in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Verbindung…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>F&amp;etch</source>
        <translation>Ab&amp;rufen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Connection Settings…</source>
        <translation>Verbindungseinstellungen…</translation>
    </message>
    <message numerus="yes">
        <source>The fetch stopped: %1 The %n call(s) loaded so far are kept; the view is partial.</source>
        <translation>
            <numerusform>Der Abruf wurde beendet: %1 %n bisher geladener Anruf bleibt erhalten; die Ansicht ist unvollständig.</numerusform>
            <numerusform>Der Abruf wurde beendet: %1 Die %n bisher geladenen Anrufe bleiben erhalten; die Ansicht ist unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fetch failed: %1</source>
        <translation>Der Abruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Handle time %1 or more</source>
        <translation>Bearbeitungszeit %1 oder mehr</translation>
    </message>
    <message>
        <source>Handle time %1 – %2</source>
        <translation>Bearbeitungszeit %1 – %2</translation>
    </message>
    <message>
        <source>Started %1 – %2</source>
        <translation>Begonnen %1 – %2</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1 now: cancel or wait for the running fetch or file operation first.</source>
        <translation>%1 kann jetzt nicht geöffnet werden: brechen Sie den laufenden Abruf oder Dateivorgang ab oder warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 is a partial snapshot (%2).</source>
        <translation>%1 ist ein unvollständiger Snapshot (%2).</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Es fehlt: %1.</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (unvollständig)</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n call(s) to %1.</source>
        <translation>
            <numerusform>%n Anruf in %1 gespeichert.</numerusform>
            <numerusform>%n Anrufe in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving was cancelled; %1 was not written.</source>
        <translation>Speichern abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No calls loaded</source>
        <translation>Keine Anrufe geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) loaded</source>
        <translation>
            <numerusform>%Ln Anruf geladen</numerusform>
            <numerusform>%Ln Anrufe geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>CallScope &amp;User Guide</source>
        <translation>CallScope-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Start the built-in demo server and fetch its last 7 days of calls</source>
        <translation>Den eingebauten Demoserver starten und seine Anrufe der letzten 7 Tage abrufen</translation>
    </message>
    <message>
        <source>Quit CallScope</source>
        <translation>CallScope beenden</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die gewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Search the text columns of the calls</source>
        <translation>Die Textspalten der Anrufe durchsuchen</translation>
    </message>
    <message>
        <source>Fetch the chosen range from the server</source>
        <translation>Den gewählten Zeitraum vom Server abrufen</translation>
    </message>
    <message>
        <source>Stop fetching and keep the calls received so far</source>
        <translation>Den Abruf beenden und die bisher empfangenen Anrufe behalten</translation>
    </message>
    <message>
        <source>Show the calls table and the drill-down</source>
        <translation>Die Anruftabelle und die Detailansicht zeigen</translation>
    </message>
    <message>
        <source>Show the charts of the calls that match the filters</source>
        <translation>Die Diagramme der Anrufe zeigen, die den Filtern entsprechen</translation>
    </message>
    <message>
        <source>Show the default columns in their default order</source>
        <translation>Die Standardspalten in ihrer Standardreihenfolge zeigen</translation>
    </message>
    <message>
        <source>Open the CallScope user guide</source>
        <translation>Das CallScope-Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <source>Show the version, license and links of CallScope</source>
        <translation>Version, Lizenz und Links von CallScope zeigen</translation>
    </message>
    <message>
        <source>Forget the recently opened snapshots</source>
        <translation>Die zuletzt geöffneten Snapshots vergessen</translation>
    </message>
    <message>
        <source>Show the version of Qt CallScope runs on</source>
        <translation>Die Qt-Version zeigen, mit der CallScope läuft</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>cs::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>cs::ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>Der Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The profile name must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation>Der Profilname darf weder &quot;/&quot; noch &quot;\&quot; enthalten.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most 100 characters).</source>
        <translation>Der Profilname ist zu lang (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keyring.</source>
        <translation>Geheimnisse werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keyring is available: secrets are kept in memory for this session only and must be entered again next time. They are never written to disk.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Geheimnisse werden nur für diese Sitzung im Speicher gehalten und müssen beim nächsten Mal erneut eingegeben werden. Sie werden nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>The keyring refused to give the secret of &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund hat das Geheimnis von &quot;%1&quot; verweigert: %2</translation>
    </message>
    <message>
        <source>The keyring did not store the secret of &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund hat das Geheimnis von &quot;%1&quot; nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The keyring did not delete the secret of &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund hat das Geheimnis von &quot;%1&quot; nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No JWT is stored for &quot;%1&quot;: enter it in the connection settings.</source>
        <translation>Für &quot;%1&quot; ist kein JWT gespeichert: geben Sie es in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>No Client Secret is stored for &quot;%1&quot;: enter it in the connection settings.</source>
        <translation>Für &quot;%1&quot; ist kein Client-Geheimnis gespeichert: geben Sie es in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is incomplete (is the Client ID missing?).</source>
        <translation>Die Zugangsdaten von &quot;%1&quot; sind unvollständig (fehlt die Client-ID?).</translation>
    </message>
</context>
<context>
    <name>cs::ProfileTester</name>
    <message>
        <source>Enter the JWT first.</source>
        <translation>Geben Sie zuerst das JWT ein.</translation>
    </message>
    <message>
        <source>Enter the Client ID and the Client Secret first.</source>
        <translation>Geben Sie zuerst die Client-ID und das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Team archive: it cannot be opened.</source>
        <translation>Teamarchiv: Es lässt sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>cs::QueryBar</name>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n min</numerusform>
            <numerusform>etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Start of the range (inclusive), in the chosen time zone</source>
        <translation>Beginn des Zeitraums (einschließlich), in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>End of the range (inclusive), in the chosen time zone</source>
        <translation>Ende des Zeitraums (einschließlich), in der gewählten Zeitzone</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Sent with every request as timeZoneOffset: minutes behind UTC with the JavaScript sign (New York in winter = 300, India = -330). A range that crosses a daylight-saving change is split so each request carries its exact offset.</source>
        <translation>Wird mit jeder Anfrage als timeZoneOffset gesendet: Minuten hinter UTC mit dem Vorzeichen von JavaScript (New York im Winter = 300, Indien = -330). Ein Zeitraum über eine Zeitumstellung wird geteilt, damit jede Anfrage ihren genauen Versatz trägt.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Only these channels, separated by commas (e.g. voice, chat). Empty: all.</source>
        <translation>Nur diese Kanäle, durch Kommas getrennt (z. B. voice, chat). Leer: alle.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Only these queue IDs, separated by commas. Empty: all.</source>
        <translation>Nur diese Warteschlangen-IDs, durch Kommas getrennt. Leer: alle.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Fetch the calls of this range (F5)</source>
        <translation>Die Anrufe dieses Zeitraums abrufen (F5)</translation>
    </message>
    <message>
        <source>Stop fetching; rows already loaded stay (Esc)</source>
        <translation>Abruf beenden; bereits geladene Zeilen bleiben (Esc)</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Warteschlangen:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n request window(s)</source>
        <translation>
            <numerusform>Braucht %n Abfragefenster</numerusform>
            <numerusform>Braucht %n Abfragefenster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 at %3 requests/min</source>
        <translation>%1 · %2 bei %3 Anfragen/min</translation>
    </message>
    <message>
        <source>At least one request per window; busy windows need more (100 calls per request).</source>
        <translation>Mindestens eine Anfrage pro Fenster; Fenster mit vielen Anrufen brauchen mehr (100 Anrufe pro Anfrage).</translation>
    </message>
    <message>
        <source>timeZoneOffset %1</source>
        <translation>timeZoneOffset %1</translation>
    </message>
</context>
<context>
    <name>cs::Session</name>
    <message>
        <source>Cannot start now: cancel or wait for the running fetch or file operation first.</source>
        <translation>Jetzt nicht möglich: Brechen Sie den laufenden Abruf oder Dateivorgang ab oder warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>There are no calls to save.</source>
        <translation>Es gibt keine Anrufe zum Speichern.</translation>
    </message>
</context>
<context>
    <name>cs::StatusChart</name>
    <message>
        <source>Final status</source>
        <translation>Endstatus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
</context>
<context>
    <name>cs::StatusColors</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>cs::TimeZonePicker</name>
    <message>
        <source>Time zone of the range and of every time shown. Type to search, e.g. &quot;Kolkata&quot; or &quot;+05:30&quot;.</source>
        <translation>Zeitzone des Zeitraums und aller angezeigten Zeiten. Zum Suchen tippen, z. B. &quot;Berlin&quot; oder &quot;+05:30&quot;.</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Zeitzonen durchsuchen</translation>
    </message>
</context>
<context>
    <name>cs::VolumeChart</name>
    <message>
        <source>Call volume over time</source>
        <translation>Anrufvolumen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Bucket size (automatic: by hour when the calls span at most 3 days)</source>
        <translation>Intervallgröße (automatisch: pro Stunde, wenn die Anrufe höchstens 3 Tage umfassen)</translation>
    </message>
    <message>
        <source>Volume bucket size</source>
        <translation>Intervallgröße des Volumens</translation>
    </message>
    <message>
        <source>Shown by day: too long a span for hours</source>
        <translation>Pro Tag gezeigt: für Stunden ist der Zeitraum zu lang</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No call in the current filter has a start time</source>
        <translation>Kein Anruf im aktuellen Filter hat eine Startzeit</translation>
    </message>
    <message>
        <source>%1, %2: %3 calls</source>
        <translation>%1, %2: %3 Anrufe</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) per bar: the calls span too long for one bar a day</source>
        <translation>
            <numerusform>%n Tag pro Balken: die Anrufe umfassen zu viele Tage für einen Balken pro Tag</numerusform>
            <numerusform>%n Tage pro Balken: die Anrufe umfassen zu viele Tage für einen Balken pro Tag</numerusform>
        </translation>
    </message>
</context>
</TS>
