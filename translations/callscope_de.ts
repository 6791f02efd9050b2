<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentSegment</name>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallColumn</name>
    <message>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDetail</name>
    <message>
        <source>The record is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1: not a time this viewer can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1 (wall-clock at UTC%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) as sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consulted for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not respond: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback opted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct transfer to agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no queue or agent was involved (bot-only session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable: expected a list, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the call was not transferred to a queue or an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect when you press OK; Cancel discards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://platform.kore.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pp ID (iId):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>st-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID + &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallScope signs a fresh token for every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JWT token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready token; requests fail once it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cs-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyJ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API allows 60 requests per minute per account; stay below it if others use the same account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the server counts the offset parameter. Automatic detection works for both known servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted HTTP to a remote host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the credential and all call data will cross the network unencrypted. Use this only on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one request for the last hour with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Keep calls with this final status (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls with this smart status (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls on this channel (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls through this queue (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls handled by this agent (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls in this direction (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls with this disposition (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports a CallScope snapshot to CSV, optionally filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .callscope file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls whose text columns contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one snapshot file (callscope export SNAPSHOT --csv OUT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv OUT is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the snapshot is partial (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 calls to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the agent segments of %1 calls to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1 calls to %2…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host, e.g. https://platform.kore.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App (stream) ID, sent as iId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End, &quot;YYYY-MM-DD HH:MM:SS&quot; in --tz (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone or UTC (default: this computer&apos;s zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calldetails (default) or interactionDetails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this channel (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this queue ID (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound, Outbound or Both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request budget per minute (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mint tokens from this Client ID and $CALLSCOPE_CLIENT_SECRET (otherwise $CALLSCOPE_TOKEN is used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file: .csv, or .callscope for a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the server&apos;s offset counts: auto (default), records or pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request windows fetched at once (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http:// to a host that is not this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use an IANA name such as America/New_York, or UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a time of the form &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a time of the form &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint must be calldetails or interactionDetails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be a whole number of requests per minute, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paging must be auto, records or pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be a whole number, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: unsupported file type &quot;%1&quot; (use .csv or .callscope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id needs the Client Secret in the environment variable CALLSCOPE_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: set CALLSCOPE_TOKEN to a JWT, or give --client-id with CALLSCOPE_CLIENT_SECRET in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows %1/%2 · %3 records · %4 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waiting %1 s for the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch calls from the Call Details API into a file. Credentials come from CALLSCOPE_TOKEN, or --client-id with CALLSCOPE_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls written to %2 (%3 requests).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchRunText</name>
    <message>
        <source>No credentials: give a token, or a Client ID with its Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range does not contain any time to fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1: the server refused offset %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1, offset %2: skipped record %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s offset counts records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s offset counts pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchSpecText</name>
    <message>
        <source>The host is not a valid URL (expected e.g. https://platform.kore.ai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https:// or explicitly allow insecure HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app ID (iId) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request budget must be at least 1 request per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction must be Inbound, Outbound or Both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallScope snapshots (*.callscope);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockServerCli</name>
    <message>
        <source>Invalid value for --%1: &quot;%2&quot; (expected a whole number of at least %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date for --%1: &quot;%2&quot; (expected yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock Kore.ai Call Details server with deterministic synthetic calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (0 = pick a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of synthetic calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the synthetic data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the data, UTC (default: 30 days ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the data, UTC (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How `offset` counts: records or pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most records returned per page, whatever the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages mode: the largest accepted offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every response by this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests allowed per sliding minute (0 = unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every Nth data request with 429.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every Nth data request with 500/502/503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the body of every Nth data request in half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the connection of every Nth data request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect every request (307) to this base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject tokens without a jti or with a reused one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the demo client secret (never do this with real credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for --offset-mode: &quot;%1&quot; (expected records or pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for --seed: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for --port: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for --redirect-to: &quot;%1&quot; (expected e.g. http://127.0.0.1:8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callscope-mock listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  account id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  app id (iId): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  client id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  client secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 calls from %2 to %3 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageFetcherText</name>
    <message>
        <source>window %1 (%2), offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kept refusing requests with HTTP 429 (rate limit), %1 times in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached (HTTP 429); waiting %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up on %1 after %2 attempts: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; retrying in %3 s (attempt %4 of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another host (%1); CallScope does not send credentials there, so the fetch stopped. Check the host URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected more than %1 times; the fetch stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the token (HTTP %2); retrying once with a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the credentials (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the credentials (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsePolicy</name>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable response (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that cannot carry the request; check the host URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The fetch was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotJobs</name>
    <message>
        <source>The snapshot could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotReaderText</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a CallScope snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CallScope snapshot (it is not a SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it has only %2 bytes. It cannot be opened; ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a CallScope snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CallScope (snapshot format %2; this version reads up to %3). Please update CallScope to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it should be %2 bytes long but has only %3. It cannot be opened; ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read completely (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its description is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its record count is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); %3 records were read before the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 of %3 records could not be read (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it should hold %2 records but %3 were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: records with the same sessionId were found (%2 repeated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotWriterText</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush the snapshot to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the snapshot into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewCsv</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowPagerText</name>
    <message>
        <source>More records than the server pages through in one request window; continuing from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More records than the server pages through in one request window; continuing up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More records than the server pages through in one request window; splitting %1 – %2 in two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many calls start at %1 (over %2 within one second): the server cannot page through them, so the range cannot be fetched completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::AverageHandleChart</name>
    <message>
        <source>Average handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: average %2 over %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::CallTableModel</name>
    <message numerus="yes">
        <source>%1 of %2 calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CallTableView</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ChartCard</name>
    <message>
        <source>No calls in the current filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ChartsPanel</name>
    <message>
        <source>Average handle time per agent (top %1 by calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call in the current filter reached an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time per queue (top %1 by calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call in the current filter went through a queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ConnectionDialog</name>
    <message>
        <source>Call details (calldetails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction details (interactionDetails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (detect how the server counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset counts records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset counts pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret from the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT does not look like a token (three parts separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the JWT first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Client ID and the Client Secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ConnectionTester</name>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s) (timeout). The server may be down or unreachable from this network.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot; could not be resolved (DNS). Check the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening there (wrong port, or the server is down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS) to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered (HTTP %1) but not with call details: %2. Check the host and the endpoint (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n record(s) in the last hour.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) without a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirects to %1. CallScope never sends your credential to another host; if that is the right server, enter it as the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps redirecting (HTTP %1); giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (HTTP 401 Unauthorized): the server did not accept the credential. Check the JWT, or the Client ID and Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403): the credential may not read this account&apos;s analytics. Check the account ID, the app ID (iId) and the app&apos;s API scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404): check the host, the account ID and the endpoint (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): the account&apos;s request budget is used up. The server asks to wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429): the account&apos;s request budget is used up. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[credential removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential: enter a JWT, or a Client ID and Client Secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DemoServer</name>
    <message>
        <source>The demo server could not listen on the loopback interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DetailTreeModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DrillDownWidget</name>
    <message>
        <source>Select a call in the table to see its queues, agents, details and raw JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers &amp;&amp; agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole record to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer, campaign, tag or survey data in this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Calls as shown (%1 rows, %2 columns)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;agent segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw, as the API sent them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a UTF-8 &amp;BOM (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportJob</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no calls to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to export to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::FetchProgressWidget</name>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every request window was loaded: the table and charts show only part of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 windows · %3 records · %4 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n retries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · waiting %n s for the request budget</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled · %1 · %2 of %3 windows complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed · %1 · %2 of %3 windows complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::FilterBar</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search calls (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows calls whose IDs, channel, statuses, reason, queues, agents or dispositions contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only calls with the chosen %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range picked on a chart. Click to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every loaded call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more: use the search line</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::HandleTimeChart</name>
    <message>
        <source>Handle time (talk + hold + after-call work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call in the current filter has an agent handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls with handle time %2 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls with handle time %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [partial]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CallScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CallScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the built-in demo server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Open a snapshot, explore the demo data or set up a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls match the current filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a range and press Fetch (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls loaded. Explore the demo data, connect to a server, or open a snapshot (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to CallScope. No connection is set up yet: explore the built-in demo data, or connect to your Kore.ai server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CallScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or edit server connections and test them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved .callscope snapshot to review offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the loaded calls as a .callscope snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calls as shown (filtered and sorted) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CallScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallScope %1&lt;/h3&gt;&lt;p&gt;Browse, drill into, chart and export the calls of the Kore.ai XO Contact Center Call Details API.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;etch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The fetch stopped: %1 The %n call(s) loaded so far are kept; the view is partial.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The fetch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 now: cancel or wait for the running fetch or file operation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a partial snapshot (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n call(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available: secrets are kept in memory for this session only and must be entered again next time. They are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to give the secret of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not store the secret of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not delete the secret of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JWT is stored for &quot;%1&quot;: enter it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Client Secret is stored for &quot;%1&quot;: enter it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential of &quot;%1&quot; is incomplete (is the Client ID missing?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::QueryBar</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the range (inclusive), in the chosen time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the range (inclusive), in the chosen time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with every request as timeZoneOffset: minutes behind UTC with the JavaScript sign (New York in winter = 300, India = -330). A range that crosses a daylight-saving change is split so each request carries its exact offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these channels, separated by commas (e.g. voice, chat). Empty: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these queue IDs, separated by commas. Empty: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the calls of this range (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop fetching; rows already loaded stay (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs %n request window(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 at %3 requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one request per window; busy windows need more (100 calls per request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeZoneOffset %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::StatusChart</name>
    <message>
        <source>Final status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::StatusColors</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::TimeZonePicker</name>
    <message>
        <source>Time zone of the range and of every time shown. Type to search, e.g. &quot;Kolkata&quot; or &quot;+05:30&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::VolumeChart</name>
    <message>
        <source>Call volume over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket size (automatic: by hour when the calls span at most 3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume bucket size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by day: too long a span for hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call in the current filter has a start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Call Details analytics viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the built-in demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .callscope snapshot to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
