<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CallDetail</name>
    <message numerus="yes">
        <source>%n second(s) as sent</source>
        <translation>
            <numerusform>%n second as sent</numerusform>
            <numerusform>%n seconds as sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s): see Raw JSON</source>
        <translation>
            <numerusform>%n more field: see Raw JSON</numerusform>
            <numerusform>%n more fields: see Raw JSON</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s): see Raw JSON</source>
        <translation>
            <numerusform>%n more item: see Raw JSON</numerusform>
            <numerusform>%n more items: see Raw JSON</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message numerus="yes">
        <source>Exported %1 calls to %2</source>
        <translation>
            <numerusform>Exported %1 calls to %2</numerusform>
            <numerusform>Exported %1 calls to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the agent segments of %1 calls to %2</source>
        <translation>
            <numerusform>Exported the agent segments of %1 calls to %2</numerusform>
            <numerusform>Exported the agent segments of %1 calls to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1 calls to %2…</source>
        <translation>
            <numerusform>Exporting %1 calls to %2…</numerusform>
            <numerusform>Exporting %1 calls to %2…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message numerus="yes">
        <source>The server sent %n record(s) that could not be read, so the range is incomplete; nothing was written.</source>
        <translation>
            <numerusform>The server sent %n record that could not be read, so the range is incomplete; nothing was written.</numerusform>
            <numerusform>The server sent %n records that could not be read, so the range is incomplete; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n record(s) that could not be read.</source>
        <translation>
            <numerusform>The server sent %n record that could not be read.</numerusform>
            <numerusform>The server sent %n records that could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::AverageHandleChart</name>
    <message numerus="yes">
        <source>%1: average %2 over %n call(s)</source>
        <translation>
            <numerusform>%1: average %2 over %n call</numerusform>
            <numerusform>%1: average %2 over %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CallTableModel</name>
    <message numerus="yes">
        <source>%1 of %2 calls</source>
        <translation>
            <numerusform>%1 of %2 calls</numerusform>
            <numerusform>%1 of %2 calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ConnectionTester</name>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s) (timeout). The server may be down or unreachable from this network.</source>
        <translation>
            <numerusform>No answer from %1 within %n second (timeout). The server may be down or unreachable from this network.</numerusform>
            <numerusform>No answer from %1 within %n seconds (timeout). The server may be down or unreachable from this network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n record(s) in the last hour.</source>
        <translation>
            <numerusform>Connected: %n record in the last hour.</numerusform>
            <numerusform>Connected: %n records in the last hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (HTTP 429): the account&apos;s request budget is used up. The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Rate limited (HTTP 429): the account&apos;s request budget is used up. The server asks to wait %n second.</numerusform>
            <numerusform>Rate limited (HTTP 429): the account&apos;s request budget is used up. The server asks to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;Calls as shown (%1 rows, %2 columns)</source>
        <translation>
            <numerusform>&amp;Calls as shown (%1 rows, %2 columns)</numerusform>
            <numerusform>&amp;Calls as shown (%1 rows, %2 columns)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::FetchProgressWidget</name>
    <message numerus="yes">
        <source> · %n retries</source>
        <translation>
            <numerusform> · %n retry</numerusform>
            <numerusform> · %n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · waiting %n s for the request budget</source>
        <translation>
            <numerusform> · waiting %n s for the request budget</numerusform>
            <numerusform> · waiting %n s for the request budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) loaded</source>
        <translation>
            <numerusform>%n call loaded</numerusform>
            <numerusform>%n calls loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n window</numerusform>
            <numerusform>%n windows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::FilterBar</name>
    <message numerus="yes">
        <source>%n more: use the search line</source>
        <translation>
            <numerusform>%n more: use the search line</numerusform>
            <numerusform>%n more: use the search line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message numerus="yes">
        <source>The fetch stopped: %1 The %n call(s) loaded so far are kept; the view is partial.</source>
        <translation>
            <numerusform>The fetch stopped: %1 The %n call loaded so far are kept; the view is partial.</numerusform>
            <numerusform>The fetch stopped: %1 The %n calls loaded so far are kept; the view is partial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n call(s) to %1.</source>
        <translation>
            <numerusform>Saved %n call to %1.</numerusform>
            <numerusform>Saved %n calls to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) loaded</source>
        <translation>
            <numerusform>%Ln call loaded</numerusform>
            <numerusform>%Ln calls loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::QueryBar</name>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n request window(s)</source>
        <translation>
            <numerusform>Needs %n request window</numerusform>
            <numerusform>Needs %n request windows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::VolumeChart</name>
    <message numerus="yes">
        <source>%n day(s) per bar: the calls span too long for one bar a day</source>
        <translation>
            <numerusform>%n day per bar: the calls span too long for one bar a day</numerusform>
            <numerusform>%n days per bar: the calls span too long for one bar a day</numerusform>
        </translation>
    </message>
</context>
</TS>
