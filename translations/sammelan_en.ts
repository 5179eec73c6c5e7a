<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AddEventCommand</name>
    <message>
        <source>add event “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddExportCommand</name>
    <message>
        <source>Add export figure %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddInviteeCommand</name>
    <message>
        <source>add invitee “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddTargetCommand</name>
    <message>
        <source>Add export target for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup failed its check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current database could not be saved first, so nothing was restored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is open in another Sammelan window or program. Close it there and restore again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be put in place; the database is as it was.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BadgePrintRepository</name>
    <message>
        <source>Which badges were printed already could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The badges were printed, but the note that they were could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BadgeReport</name>
    <message>
        <source>Badges, A6 (4 per A4 sheet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badges, 8 per A4 label sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event with the number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badges: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>event dates · venue</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badge: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln of these badges were already printed (last on %1).</source>
        <translation>
            <numerusform>%Ln of these badges was already printed (last on %1).</numerusform>
            <numerusform>%Ln of these badges were already printed (last on %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaseCommands</name>
    <message>
        <source>load the demo conclave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>init takes no file names; use --db FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>created %1 (database version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated %1 from database version %2 to %3; the old file is kept as %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is up to date (database version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loaded the demo conclave (fictional data, marked as demo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the demo conclave is already loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the file to write the backup to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backed up to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last day (default: the first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where it takes place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name in Hindi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the event's name once (quote it if it has spaces).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--start YYYY-MM-DD is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create or update the database; --demo loads the demo conclave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integrity and foreign-key check (exit 1 with findings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a verified, consistent copy of the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list events: id, start date, name (tab-separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add an event and print its id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: event %1 (“%2”) has the same name and starts on the same day; remove one if it was entered twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name one new file or server database to copy to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copied %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>copied %n row(s) in %1 tables to %2</source>
        <translation>
            <numerusform>copied %n row in %1 tables to %2</numerusform>
            <numerusform>copied %n rows in %1 tables to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>copy the whole database, ids kept, into a new file or an empty server database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>The database connection is not open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificateReport</name>
    <message>
        <source>Certificate of Participation – Exhibitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate of Participation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is to certify that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>took part as an exhibitor (stall %4) in %1, held on %2 at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>took part in %1, held on %2 at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(given on printing)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name (Hindi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>designation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Udyam number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>organiser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nominated to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allotted to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>financial year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value (₹ crore)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value (US$ million)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ITC(HS) code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target (₹ crore)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exporter's IEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field, new value</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <comment>field, old value, new value</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>user at desk</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another desk or window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brought back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>time, what changed</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>time, who, what changed</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeStallsCommand</name>
    <message>
        <source>move stall %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>move %n stall(s)</source>
        <translation>
            <numerusform>move %n stall</numerusform>
            <numerusform>move %n stalls</numerusform>
        </translation>
    </message>
    <message>
        <source>resize stall %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change stall %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>change %n stall(s)</source>
        <translation>
            <numerusform>change %n stall</numerusform>
            <numerusform>change %n stalls</numerusform>
        </translation>
    </message>
    <message>
        <source>allot stall %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>check in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Expected %1 · Arrived %2 · Remaining %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stall %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This code is not a Sammelan badge of this register (%1). Ask for the name and type it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badge of another event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This badge is for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an event that no longer exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody in the register matches “%1”. Add a walk-in if the person is welcome.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… more: type more of the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already checked in at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined the invitation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not invited to this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome! Checked in at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk-in added and checked in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in taken back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in desk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in desk (choose an event)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan a badge, or type a name or mobile and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a &amp;walk-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo the last check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check in &amp;anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked in: the check-in could not be saved. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · Expected %2 · Arrived today %3 · Remaining %4 · Came on any day %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several people match “%1”. Click the right one, or choose with ↑ ↓ and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in today, since %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(desk: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print &amp;badge…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckinRepository</name>
    <message>
        <source>The check-in could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check-in could not be taken back: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run “sammelan-cli --help” for all commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create it with “sammelan-cli --db FILE init”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was updated to version %1; a copy of the old file is at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: sammelan-cli [--db FILE] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammelan without a window: events, invitees, stalls and exports of a District Industries Centre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database (default: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (nothing written), 2 usage error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write it in English (en) or Hindi (hi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language “%1”: use en or hi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown status “%1”: use %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--status needs at least one status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a database on an office server: postgresql://USER@HOST[:PORT]/DATABASE (password from ~/.pgpass or PGPASSWORD)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>The column “%1” appears more than once (columns %2 and %3): which one is meant cannot be told. Rename or remove the extra ones.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConclaveReport</name>
    <message>
        <source>Invited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nominated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organised by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 invited, %2 confirmed, %3 attended, %4 declined, %5 nominated to another event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitations and attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No one has been invited to this event yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By block or tehsil (from the addresses)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n other place(s)</source>
        <translation>
            <numerusform>%n other place</numerusform>
            <numerusform>%n other places</numerusform>
        </translation>
    </message>
    <message>
        <source>Block or tehsil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First-time participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No one has attended or confirmed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the %2 who attended had not attended an earlier event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the %2 who confirmed have not attended an earlier event (no one has checked in yet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more (the invitee list printed with the status “attended” names them all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entrepreneurs nominated to another event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(event not named)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No one was nominated to another event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nominated to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalls by category and occupancy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stalls were laid out for this event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹ crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other chapters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HS chapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The district's exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No export figures are recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In %1 the district exported goods worth ₹%2 crore (%3 figures).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the figures were given in US$ and are converted at the year's rate of ₹%2 per US$.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 figures given only in US$ are not counted: %2 has no exchange rate yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These are demo figures: replace them with the real ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By country, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By HS chapter, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over the years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets and actuals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No export targets are set (Exports › Targets).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target, ₹ crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual, ₹ crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclave report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event with the number %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConclaveReportDialog</name>
    <message>
        <source>Conclave report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report for the District Export Promotion Committee: the event, invitations and attendance by sector and by block or tehsil, first-time participants, nominations, stalls, and the district's exports against the targets. It is made in the program's language (Language menu). Type the committee's decisions and the follow-ups below; they are kept with the event. Left empty, the report leaves lines to write them by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow-ups (who does what, by when):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decisions and follow-ups could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the conclave report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conclave-report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the conclave report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConclaveReportRepository</name>
    <message>
        <source>The report's decisions and follow-ups could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>This was deleted at another desk meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This was changed at another desk meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing of yours was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“Reload theirs” shows what is saved now; nothing of yours is written. “Keep mine” saves your change over theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>the event “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the invitee %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this invitee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the status of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stall %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this stall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the hall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the export figure %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this export figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the export target for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this export target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the category %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted at another desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 deleted %2.</source>
        <comment>who, what</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 deleted %2 at %3.</source>
        <comment>who, what, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed %2.</source>
        <comment>who, what</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed %2 at %3.</source>
        <comment>who, what, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed %2: %3.</source>
        <comment>who, what, the changes</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed %2 at %3: %4.</source>
        <comment>who, what, time, the changes</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to office server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several desks can work on one Sammelan database kept on the office's PostgreSQL server. Ask the office's administrator for these details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name or address, e.g. 192.168.1.10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is not stored in Sammelan's settings: it is read from the file .pgpass in your home folder, or Sammelan asks for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the office server's name or address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a server name or address. Write it as the administrator gave it, e.g. office-server or 192.168.1.10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the name of the database on the server (usually sammelan).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the server offers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always (refuse an unencrypted connection)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Correspondence</name>
    <message>
        <source>Reminders: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation letters: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database cannot be created at %1: the folder cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a Sammelan database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an empty file, not a Sammelan database. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Sammelan database (it is not an SQLite file). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). Copy it to a folder you can write to, or ask for write permission. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Sammelan database. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged and cannot be used. Nothing was changed. Open your latest backup instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an empty SQLite file, not a Sammelan database. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a database of another program, not of Sammelan. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was made by a newer version of Sammelan (database version %2; this program knows up to %3). Update Sammelan to open it. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs an update to a newer database version, but the backup copy made first failed: %2. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity check could not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Foreign-key check could not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Foreign key: row %1 of table %2 refers to a missing row of table %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the copy is not a Sammelan database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be verified: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating %1 to database version %2 failed: %3 Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the update could not be completed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's database cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's database is at version %1; this program expects %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1 already exists. Copy into a new file (or an empty server database); nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database is open to copy from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file name or server address was given to copy to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the database being copied. Copy into a new file or an empty server database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already holds data (%2 rows in the table “%3”). Copy into a new file or an empty server database; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was copied to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database being copied is in the middle of a change. Try again when it is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database being copied cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database being copied has a table “%1” that %2 does not have. Nothing was copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table “%1” of the database being copied has no column that %2 has. Nothing was copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying the table “%1” failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After copying, the table “%1” holds %2 rows in %3 but %4 in the database being copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is missing (was the USB stick removed, or the file moved?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another file has taken the database file's place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy with another change; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk could not be read or written (a faulty disk, or a USB stick taken out?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server cannot be reached.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>Sammelan databases (*.db *.sqlite *.sammelan);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database used last time, %1, is no longer there (was it on a USB stick?). Sammelan opens its default database instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammelan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammelan cannot work without a database. Open another file or create a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was updated for this version of Sammelan. A copy of the file as it was is kept at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo conclave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Choose File → Open database to open it, or give the new database another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was copied to %1 and the copy was verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer there (moved, renamed, or on a USB stick that is not plugged in). It has been taken off the list of recent databases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's automatic backup could not be made: %1
Your data is unchanged; make a backup with File → Backup as soon as you can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the database with the backup %1?
The database as it is now is saved as a backup first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 cannot be found (was the USB stick removed, or the file moved?). Nothing can be saved until it is back. Put it back (Sammelan notices by itself), or save a copy of everything elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another program deleted a part of the database %1 (its “-wal” file, which holds the latest changes) while Sammelan had it open. Nothing can be saved to it any more. Save a copy of everything elsewhere: this window still holds all of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another file has taken the place of the database %1, and it cannot be opened. Put the right file back, or save a copy of everything elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 can no longer be written (it or its folder became read-only). Nothing can be saved. Fix the permission and press “Try again”, or save a copy of everything elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk of the database %1 is full. Nothing can be saved. Free some space and press “Try again”, or save a copy of everything elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is back as another copy: Sammelan checked it and works on it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These changes were not saved while the file was away; enter them again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this window held before is kept as the backup %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 could not be written: %2 Press “Try again”, or save a copy of everything elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server cannot be reached (%1). Nothing can be saved until it is back; Sammelan keeps trying by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again, or work on the database file of this computer instead?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this computer's file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server %1 wants the password of the user %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server %1 did not accept the password of the user %2. Type it again (is Caps Lock on?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 on the office server is empty. Set it up for Sammelan now? Every desk can then work on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 was left empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to the office server again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These changes were not saved while the server could not be reached; enter them again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server's database is backed up from any desk with the command

sammelan-cli --db %1 backup FILE.db

or on the server with pg_dump (see “Several desks” in the README).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeleteEventCommand</name>
    <message>
        <source>delete event “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeleteExportsCommand</name>
    <message>
        <source>Delete export figure %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n export figure(s)</source>
        <translation>
            <numerusform>Delete %n export figure</numerusform>
            <numerusform>Delete %n export figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteInviteesCommand</name>
    <message>
        <source>delete invitee “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>delete %n invitee(s)</source>
        <translation>
            <numerusform>delete %n invitee</numerusform>
            <numerusform>delete %n invitees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteTargetsCommand</name>
    <message numerus="yes">
        <source>Delete %n export target(s)</source>
        <translation>
            <numerusform>Delete %n export target</numerusform>
            <numerusform>Delete %n export targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo conclave could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data: the people, firms and figures are fictional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo record (fictional).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the demo file %1 is missing from the program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: about the RBI reference rate, average of the year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskCommands</name>
    <message>
        <source>%1 must be a number above 0, not “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write only over this version of the row (as another command showed it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event the guest arrives at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the invitee to check in by number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no invitee %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event %1 (see “sammelan-cli events”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome, %1: checked in at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: already checked in at %2 (desk: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a field and its new value (name, designation, enterprise, mobile, email, address, pin, notes); may be given several times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the invitee to change by number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE with one of the fields listed in the help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed %1 (version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the invitee to delete by number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event whose stall it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the stall by its code and the invitee by number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event %1 has no stall %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall %1 is blocked; set it free first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allotted stall %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check a guest in at this desk (exit 1 when already checked in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change an invitee's fields (refused when another desk changed it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete an invitee (refused when another desk changed it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allot a stall (refused when another desk changed it first)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DispatchReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dispatch register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S.No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters and certificates issued: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <comment>zoom</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It could not be printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written completely (is the disk full?).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditEventCommand</name>
    <message>
        <source>edit event “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditExportCommand</name>
    <message>
        <source>Edit export figure %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditInviteeCommand</name>
    <message>
        <source>edit invitee “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditTargetCommand</name>
    <message>
        <source>Edit export target for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (&amp;Hindi):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nds on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Enter the event's name in English or Hindi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a valid start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a valid end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Delete event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1” with its invitations, hall and stalls?
You can bring it back with Edit → Undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an event (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected event (F2 or double click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected event (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No events yet. Start with “New event…” (Ctrl+N): the conclave's name, dates and venue. Then bring in the invitees on the Invitees page, lay out the stalls on the Stalls page, and print the register when the day comes. Help › Guide (F1) walks through it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conclave report of the selected event for the District Export Promotion Committee, with its decisions and follow-ups (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>An exchange rate is the number of rupees for one US dollar, such as 82.79.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exchange rate could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exchange rates could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeRatesWidget</name>
    <message>
        <source>Rupees for one US dollar in each financial year, such as the RBI reference rate. An export figure given only in ₹ or only in US$ gets the other from its year's rate (shown with ≈).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹ per US$</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RBI reference rate, average of the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1: “%2” is not a financial year such as 2022-23.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1: %2 has a rate already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportChart</name>
    <message>
        <source>Charts are saved as .png or .pdf, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportChartData</name>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No export targets yet: set them with Targets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports against the target: %1 in %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹%1 crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No export figures for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No export figures yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports over the years, %1 to %2: the leading countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports by country and product, %1 (total %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of each country in exports, %1 (total %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of each HS chapter in exports, %1 (total %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of each product in exports, %1 (total %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports by country, %1 (total %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports by HS chapter, %1 (total %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports by product, %1 (total %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <comment>district: chart title</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(demo figures)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹ crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HS chapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Add an export figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name in English or Hindi, or code (EG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value in &amp;US$ million:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the financial year as in 2020-21.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a country of the list: write its name in English or Hindi, or its code such as EG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a value in US$ million: write a number, 0 or more, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With ₹ 0 and a figure in US$, the rupees follow from the year's exchange rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: 6109.10.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ITC(HS) code: 2, 4, 6 or 8 digits, such as 61, 6109 or 6109.10.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: 1200 KGS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: AAFCP4821K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;HS code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xporter's IEC:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a quantity: write a number and its unit, such as 1200 KGS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹ %1 crore at the %2 rate of ₹%3 per US$.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no exchange rate yet: the figure counts as ₹0 until one is set in Settings › Exchange rates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$ %1 million at the %2 rate of ₹%3 per US$.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invitee has this IEC yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporter: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportFigureCommands</name>
    <message>
        <source>write rejected rows, with the reason, to this CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 rejected: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the financial year to chart, such as 2020-21 (default: the latest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how many countries or products to name before “Other” (default 8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the file to write (.png or .pdf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart is written as .png or .pdf, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--year is a financial year such as 2020-21, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--top is a number from 1 to 50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no export figures for %1 (years with figures: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no export figures yet: add them on the Exports page or with “sammelan-cli import exports FILE”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2, total ₹%3 crore).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draw the chart of the district's exports as a PNG image, or as a PDF with its figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>products matched to existing ones: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new products: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>products by HS chapter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bars by country (default), by product or by HS chapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--by is “country”, “product” or “chapter”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add export figures (year, country, product, value; or the ministry's tables: HS code, country, quantity, unit, values with their scale, a column per year) from a CSV, TSV or XLSX file; prints one summary line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>The file lacks the column(s) %1 (in Hindi: वर्ष, देश, मूल्य). Its columns are: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year: “%1” is not a financial year such as 2020-21</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>country: “%1” is not a country of ISO 3166-1 (write its name or code, such as Egypt or EG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rejected rows could not be kept; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>product: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HS code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IEC: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value: the row has no figure in ₹ or US$</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: “%2” is not a number of %3 (0 or more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value: “%1” is not a number of %2 (0 or more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$ value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quantity: “%1” is not a number (0 or more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value: the row has no figure in any year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>totals on row(s) %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes on row(s) %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header repeated on row(s) %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passed over, not figures: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>The export record could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export record could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportTableLayout</name>
    <message>
        <source>₹ crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹ lakh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹ thousand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rupees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹ million</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹ billion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$ million</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$ thousand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$ billion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$ lakh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$ crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header on row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>values in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a column for each of the years %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the year %1 named above the header</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportTableModel</name>
    <message>
        <source>Demo figure: replace it with the real one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>₹ crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$ million</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the financial year as in 2020-21.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a country of the list (its name in English or Hindi, or its code such as EG).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value in ₹ crore is a number, 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a figure for %1, %2, %3: change that one instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a country of the list: write its name in English or Hindi, or its code such as EG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a value in ₹ crore: write a number, 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a value in US$ million: write a number, 0 or more, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a financial year: write it as in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given in US$ only, and %1 has no exchange rate yet: set it in Settings › Exchange rates. Until then the figure counts as ₹0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Derived from US$ %1 million at ₹%2 per US$, the rate for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Derived from ₹%1 crore at ₹%2 per US$, the rate for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given; US$ %1 million at ₹%2 per US$, the rate for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted under %1, the product's HS chapter(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>≈ in grey: derived from the other currency at the year's exchange rate (Settings › Exchange rates)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ITC(HS) code: 2, 4, 6 or 8 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exporter's IEC; the invitee holding it is named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HS code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the value in ₹ crore or in US$ million.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the value in ₹ crore or in US$ million: one of them is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a quantity: write a number and its unit, such as 1200 KGS.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportTargetRepository</name>
    <message>
        <source>The target could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportTargetsDialog</name>
    <message>
        <source>“%1” is not a target in ₹ crore: write a number above 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The District Export Action Plan's targets in ₹ crore, for the district's exports as a whole or for one country or product. Each is set against the figures of its year; the growth needed runs from the latest year with figures. Double-click a target to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target, ₹ crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual, ₹ crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> crore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country, in English or Hindi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the financial year as in 2026-27.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a country of the list: write its name in English or Hindi, or its code such as EG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the product.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the target in ₹ crore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That year already has this target: double-click its figure in the list to change it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExporterStatuses</name>
    <message>
        <source>not yet exporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>direct exporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exports through a merchant exporter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>The figure was not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yea&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Na&amp;med:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many countries or products are named before “Other”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an export figure (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected figures (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add from &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PN&amp;G…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chart as an image (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chart as a PDF page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the chart (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bars by country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bars by product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countries split by product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of each country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of each product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend over the years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No export figures yet. Add them one by one or from a spreadsheet (Ctrl+I).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals by year: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete export figures</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n export figure(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n export figure? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n export figures? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deleted %n export figure(s).</source>
        <translation>
            <numerusform>Deleted %n export figure.</numerusform>
            <numerusform>Deleted %n export figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add export figures from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected rows, with the reasons, to a CSV file to correct them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows in italics are demo figures: replace them with your district's own, or delete them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add export figures from an Excel/CSV file: the columns year, country, product and value, or the ministry's export tables (HS code, country, values per year) (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The District Export Action Plan's targets and the progress towards them (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bars by HS chapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of each HS chapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against the target</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n figure(s) given only in US$ wait for their year's exchange rate (Edit › Settings › Exchange rates) and count as ₹0 until then.</source>
        <translation>
            <numerusform>%n figure given only in US$ wait for their year's exchange rate (Edit › Settings › Exchange rates) and count as ₹0 until then.</numerusform>
            <numerusform>%n figures given only in US$ wait for their year's exchange rate (Edit › Settings › Exchange rates) and count as ₹0 until then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the HS chapters of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who exports to %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who exports %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HS chapters of %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate stalls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Number of stalls:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replace the stalls there are now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall &amp;width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall &amp;depth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Aisle width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 stalls of this size fit in the hall (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1 stalls of this size fit in the hall (%2): make them smaller, the aisles narrower or the hall larger.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Sammelan guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HallDialog</name>
    <message>
        <source>Hall size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move or delete it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HsChapters</name>
    <message>
        <source>“%1” is not an ITC(HS) code: it has 2, 4, 6 or 8 digits, such as 61 or 6109.10.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an ITC(HS) code: there is no chapter %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>chapter number and name</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <comment>chapter numbers: names</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no HS chapter %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportExportsCommand</name>
    <message>
        <source>Import export figures from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be applied again: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportInviteesCommand</name>
    <message>
        <source>import from %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Add invitees from an Excel/CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammelan reads CSV files (UTF-8, as LibreOffice and Excel's “CSV UTF-8” save them), Excel's “Unicode Text” and Excel workbooks (.xlsx, the first sheet). Nothing is written until the last step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status applies to &amp;event:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows already registered:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Skip them (the register keeps what it has)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Update the registered records with the file's values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each column of the file was matched by its heading. Change a match if it is wrong; columns set to “Ignore” are not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first rows as they will be read:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected rows are not imported. Correct them here and press “Check again”, or save them to a file to correct later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none: ignore the status column)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the list of invitees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(column %1, no heading)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore (not recognised)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 to skip as already registered, %4 rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 skipped as already registered, %4 rejected.
Edit → Undo takes the whole import back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or choose below which of them to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category to use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the existing “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “%1” as a new category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n category name(s) in the file are not in the register yet. Choose for each whether it is an existing category written another way, or a new one:</source>
        <translation>
            <numerusform>%n category name in the file are not in the register yet. Choose for each whether it is an existing category written another way, or a new one:</numerusform>
            <numerusform>%n category names in the file are not in the register yet. Choose for each whether it is an existing category written another way, or a new one:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationMail</name>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvitationRepository</name>
    <message>
        <source>The status could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvitationStatuses</name>
    <message>
        <source>not yet invited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nominated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteeCommands</name>
    <message>
        <source>--event takes the number of an event (see “sammelan-cli events”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>apply the status column to this event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write rejected rows, with the reason, to this CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skip (default) or update records that already exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--on-duplicate is “skip” or “update”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event %1 (see “sammelan-cli events”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 rejected: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>include the status at this event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the file to write (.csv or .xlsx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exported %1 invitees to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add invitees from a CSV, TSV or XLSX file; prints one summary line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the invitee register to a CSV or XLSX file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>that event's invitations, with their status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names, enterprises, mobiles, e-mails or GSTINs matching TEXT (in either script)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only these statuses at the event, comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invitees takes no file names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--status needs --event: a status belongs to an invitation to an event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list invitees: id, name, enterprise, mobile, status (tab-separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>categories matched to existing ones: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new categories: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteeDialog</name>
    <message>
        <source>Invitee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person and enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Designation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alternate phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;PIN code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registration and exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Udyam number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;IEC:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xporter status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;hare exported:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name and mobile are required; everything else may be left empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit invitee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New invitee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already registered with this %2.
Open that record instead?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already registered, with a name that sounds the same.
Is it the same person?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No, save a new person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emai&amp;l:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was typed in this form is not saved. Close it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation and history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteeExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written completely (is the disk full?).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteeImport</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alternate phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Udyam number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporter status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nominated to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exporter status: “%1” is not one of: direct exporter, exports through a merchant exporter, not yet exporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status: “%1” is not one of: invited, confirmed, declined, attended, nominated (or the Hindi words)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matches more than one record (%1): check which one is meant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (already registered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same %1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updates %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 could not be saved (%2); nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the matching record is gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be saved (%1); nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no name column (“name” or “नाम”). Its columns are: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rejected rows could not be kept; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteeReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitee list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitees by sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S.No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District Industries Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District Industries Centre, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sectors: %1 selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event with the number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>event dates · venue</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified that the invitees who have signed above attended the event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature, name and designation of the certifying officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (invitees: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total invitees: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day %1 of %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts by day (expected: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts by day (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: arrived %2 of %3 expected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteeRepository</name>
    <message>
        <source>The invitee could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitees could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteeTableModel</name>
    <message>
        <source>since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo record (fictional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Udyam number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteeValidator</name>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alternate phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Udyam number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>share exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>designation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteesPage</name>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no sector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose an event to see invitation status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 with all their invitations?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n invitee(s) with all their invitations?</source>
        <translation>
            <numerusform>Delete %n invitee with all their invitations?</numerusform>
            <numerusform>Delete %n invitees with all their invitations?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete invitees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can bring them back with Edit → Undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deleted %n invitee(s).</source>
        <translation>
            <numerusform>Deleted %n invitee.</numerusform>
            <numerusform>Deleted %n invitees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n invitee(s) as %1.</source>
        <translation>
            <numerusform>Marked %n invitee as %1.</numerusform>
            <numerusform>Marked %n invitees as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unchanged: that step does not follow from their status.</source>
        <translation>
            <numerusform>%n left unchanged: that step does not follow from their status.</numerusform>
            <numerusform>%n left unchanged: that step does not follow from their status.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the event to nominate to first, on the Events page.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nominate %n invitee(s) to:</source>
        <translation>
            <numerusform>Nominate %n invitee to:</numerusform>
            <numerusform>Nominate %n invitees to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nominated %n invitee(s) to %1.</source>
        <translation>
            <numerusform>Nominated %n invitee to %1.</numerusform>
            <numerusform>Nominated %n invitees to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search name, enterprise, mobile, email or GSTIN (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xporter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an invitee (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected invitee (F2, Enter or double click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected invitees (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ominate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nominate the selected invitees to another event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the invitation status of the selected invitees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the invitees to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invitees</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %n invitee(s) to %1.</source>
        <translation>
            <numerusform>Saved %n invitee to %1.</numerusform>
            <numerusform>Saved %n invitees to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add from &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add invitees from an Excel/CSV file (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save to fi&amp;le…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the invitees shown to an Excel/CSV file (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the invitees shown: list, attendance register or by sector (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print badges with check-in QR codes: for the selected invitees, or for all shown (Ctrl+B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabelReport</name>
    <message>
        <source>Address labels, 2 × 7 per A4 sheet (99.1 × 38.1 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address labels, 3 × 8 per A4 sheet (63.5 × 33.9 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address labels</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message>
        <source>the event's number (see “events”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only these statuses, comma-separated (default: invited,confirmed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--event ID is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an event number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the PDF file to write, once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event %1 (see “sammelan-cli events”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write them in English (en) or Hindi (hi) (default: each invitee's own: Hindi when the name is in Devanagari)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language “%1”: use en or hi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invitee of event %1 has those statuses: there are no letters to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter's template has unknown fields: %1. Correct it in the program (Invitees › Letters › Templates) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (letters: %2, numbers given now: %3, kept from before: %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attendee (those who attended, the default) or exhibitor (those with a stall)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the language set first and larger: English (en) or Hindi (hi); certificates are in both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown kind “%1”: use attendee or exhibitor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No one has attended event %1 yet: there are no certificates to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invitee has a stall at event %1: there are no exhibitors' certificates to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (certificates: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2x7 (14 labels of 99.1 × 38.1 mm per A4 sheet, the default) or 3x8 (24 labels of 63.5 × 33.9 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown layout “%1”: use 2x7 or 3x8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invitee of event %1 has those statuses: there are no labels to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (pages: %2, labels: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password was given for %1 at %2: nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mail server, instead of the one in the settings: smtp://HOST:PORT (STARTTLS when offered) or smtps://HOST:PORT, USER@ before HOST to log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sender's address, instead of the one in the settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list who would get the invitation; send nothing, note nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send invitations takes no file names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The templates have unknown fields: %1. Correct them in the program (Invitees › Letters › Templates) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>would send to %1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped, no e-mail address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped, sent on %1: %2 &lt;%3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent to %1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1 &lt;%2&gt;: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name one certificate number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a certificate number: they look like SC-2024-00017-K7QW2M9D.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT GENUINE: %1 is not a certificate of this office (its signature does not match).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT IN THE REGISTER: %1 carries this office's signature, but no such certificate was issued from this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GENUINE: %1, %2 issued on %3 to %4 for %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the invitation letters as PDF, one per page on the letterhead; numbers are given once and kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--status: only these (default: invited,confirmed); --lang: en or hi (default: each invitee's own)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print certificates of participation (A4 landscape, Hindi and English) for those who attended, or for exhibitors with a stall, with a signed number and its QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print address labels on A4 label sheets (2 × 7 or 3 × 8) for posting the letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e-mail the invitation letters (PDF attached) through the mail server in the settings; prints “sent N, failed F, skipped S” (skipped: sent before, or no e-mail address); exit status 1 when any failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the password comes from the keyring; without one, from SAMMELAN_SMTP_PASSWORD or standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say whose certificate a number is and for which event, or that it is not genuine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <source>Invitation letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibitor's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterReport</name>
    <message>
        <source>PIN %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(given on printing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter No.: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>The letters issued could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate numbers could not be given: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter numbers could not be given: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number %1 was given before. Change the letter number pattern in Settings (for example add {year}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the letters went out could not be noted in the dispatch register: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dispatch register could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database has no secret to sign certificate numbers with: it may have been copied without its settings. Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Invitation to take part in {event}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear Sir/Madam,

The District Industries Centre is organising {event} on {dates} at {venue}. Exporters, entrepreneurs and units of the district will meet buyers, export promotion councils, banks and the departments concerned, and learn about the schemes that support exports.

You are cordially invited to take part in it. Kindly confirm your participation to this office by phone or e-mail, quoting letter no. {letter_no}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder: invitation to take part in {event}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear Sir/Madam,

Please refer to this office's letter inviting you to {event}, to be held on {dates} at {venue}. Your reply has not been received yet.

You are requested once again to take part in it, and to confirm your participation to this office by phone or e-mail at the earliest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation: {event}, {dates}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear {name},

Please find attached this office's letter no. {letter_no} dated {date}, inviting you to {event} on {dates} at {venue}.

Kindly confirm your participation by replying to this e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder: {event}, {dates}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear {name},

Your reply to our invitation to {event} on {dates} at {venue} has not been received yet. Please find attached the reminder, letter no. {letter_no} dated {date}.

Kindly confirm your participation by replying to this e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear {name}, you are cordially invited to {event} on {dates} at {venue}. Kindly confirm your participation. - District Industries Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail with the invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail with the reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp and SMS message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the invitee's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the invitee's designation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the enterprise or firm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the address with the PIN code, on one line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event's name in the letter's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event's dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the invitee's stall at the event, if any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the letter number (पत्रांक), given once and kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the letter's date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template id: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the statuses of the invitees who get it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only those who have &amp;not replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitees still “invited” some days after their invitation went out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;after days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note the letters as sent &amp;by post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the labels are printed, the dispatch register notes each invitee's latest letter as sent by post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the te&amp;mplate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each invitee's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hindi first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an event first: letters are written for one event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters and certificates in the register: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has been issued for this event yet: the register is empty.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) will be printed.</source>
        <translation>
            <numerusform>%Ln letter will be printed.</numerusform>
            <numerusform>%Ln letters will be printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping the number given before: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone invited has replied, or was invited less than %1 days ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invitee has the statuses ticked.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s) will be printed.</source>
        <translation>
            <numerusform>%Ln certificate will be printed.</numerusform>
            <numerusform>%Ln certificates will be printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one has attended yet: certificates are for those who attended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invitee has a stall at this event: these certificates are for exhibitors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels: %1 · sheets: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template has unknown fields: %1. They would print as they stand; correct them with “Edit the template…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template has unknown fields: %1. They will print as they stand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It could not be printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address labels, 2 × 7 to a sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address labels, 3 × 8 to a sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates for exhibitors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dispatch register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the selected &amp;invitees (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LettersMenu</name>
    <message>
        <source>&amp;Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters, labels, certificates and the dispatch register; invitations by e-mail, WhatsApp and SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Invitation letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address &amp;labels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dispatch register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;WhatsApp and SMS…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The change could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammelan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Sammelan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Sammelan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event &amp;toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event the Invitees, Stalls and Exports pages work on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Sammelan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammelan %1

Organises export conclaves and MSME events for a District Industries Centre: invitees, invitations, printed lists, stalls and export charts, in Hindi and English.

Database: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;copy elsewhere…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Even&amp;t: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to office &amp;server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office server: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>WhatsApp and SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each invitee's message in their own language. Copy it, or open it in WhatsApp (the app or WhatsApp Web) to send it; or save one file of all the messages for a bulk-SMS service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;opy the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the &amp;template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the &amp;SMS file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV file (mobile, message, template id) in UTF-8 for a bulk-SMS service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>without a mobile number: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message for %1 is copied: paste it where you send it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp could not be opened: no web browser or WhatsApp is set up on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp was opened with the message for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SMS file could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1 messages to %2: upload it to the SMS service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the SMS file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp and SMS: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficeDetails</name>
    <message>
        <source>Office name (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office name (Hindi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District (Hindi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer's name (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Officer's name (Hindi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Designation (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Designation (Hindi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter number pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address (English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address (Hindi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter number pattern needs {n}, the running serial: for example %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter number pattern has an unknown field %1: use {n} for the serial and {year} for the financial year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office details could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a picture Sammelan can read (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is another name for the database %2: writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the database itself: writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 belongs to the database %2 (SQLite keeps its latest changes there): writing there would damage it. Choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a backup of the database %2: writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the file being imported: writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a Sammelan database: writing there would destroy it. Choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 belongs to the Sammelan database %2 (SQLite keeps its latest changes there): writing there would damage it. Choose another file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not everything could be written (is the disk full?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>the keyring did not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no keyring is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password cannot be kept: there is no keyring (%1). Sammelan asks for it each time it sends and does not store it anywhere.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>“%1” is not a server address of the form postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address has an option PostgreSQL does not know: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address's option “%1” may not contain “;”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address names no database: add it after the last “/”, as in postgresql://clerk@server/sammelan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer cannot reach PostgreSQL servers: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no database “%1” on the server %2. Ask the office's administrator to create it (see “Several desks” in the README).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 wants a password for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office server %1 cannot be reached: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database at %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database at %1 belongs to another program, not to Sammelan. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database at %1 is empty: it holds no Sammelan data yet. Set it up with “sammelan-cli --db %1 init”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was made by a newer version of Sammelan (database version %2; this program knows up to %3). Update Sammelan to open it. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the update could not be completed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updating %1 to database version %2 failed: %3 Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostgresBulkWriter</name>
    <message>
        <source>The table %1 has no sequence for its ids.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another statement is still running on this connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An earlier row could not be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>the event's number (see “events”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, register or by-sector (default: list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the PDF file to write, once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--event ID is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an event number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown layout “%1”: use list, register or by-sector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (pages: %2, invitees: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the invitee list, attendance register or list by sector as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a6 (four A6 badges per A4 sheet, the default) or 8up (eight labels per A4 sheet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown layout “%1”: use a6 or 8up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No one is invited to event %1 yet (declined invitees get no badge): there are no badges to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the guests' badges with their check-in QR codes as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only these statuses, comma-separated (default: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the badges not printed yet (each printed badge is noted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add --only-new to print only the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every badge was printed already: there are no new badges to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (pages: %2, badges: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the register for this day of an event of several days: its date in the heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end with the number expected and arrived on each day of the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--day is for the attendance register: add --layout register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a day of event %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--status: only these (default: invited, confirmed and attended: the event's invitations, without the declined)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--day: the register for one day of an event of several days, its date in the heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--counts-by-day: end with the number expected and arrived on each day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--status: only these (default: everyone the check-in desk expects: invited, confirmed, nominated, attended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--only-new: only the badges not printed yet (every badge printed is noted; those printed before are counted on stderr)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintInviteesDialog</name>
    <message>
        <source>Print invitees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the columns to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Default columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an event first: the list is printed for one event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one column to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitees: %1 · pages: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <comment>zoom</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print invitees: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badges: %1 · pages: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No badge for %1 not invited or declined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick to print the badges of everyone the page shows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the selected invitees (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the statuses of the invitees to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The register for one day of the event: that day's date in its heading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the counts &amp;by day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End with the number expected and arrived on each day of the event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only those &amp;not printed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick to print the badges printed before once more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one status to print.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln badge(s) will be printed.</source>
        <translation>
            <numerusform>%Ln badge will be printed.</numerusform>
            <numerusform>%Ln badges will be printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitee(s) will be printed.</source>
        <translation>
            <numerusform>%Ln invitee will be printed.</numerusform>
            <numerusform>%Ln invitees will be printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductChapterRepository</name>
    <message>
        <source>The product's HS chapters could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductChaptersDialog</name>
    <message>
        <source>HS chapters of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 2-digit HS chapters %1 sits under, separated by commas. Its name suggests none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 2-digit HS chapters %1 sits under, separated by commas. Left empty, its name suggests %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>such as 61, 62</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write chapter numbers from 01 to 99, such as 61, 62.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not classified: its figures count as “not classified” in the charts by chapter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>top margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>right margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bottom margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page order:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points (pt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print To File ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write PDF file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Odd Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Even Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Color Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long side binding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short side binding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page Set:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RejectsFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveStallsCommand</name>
    <message>
        <source>delete stall %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>delete %n stall(s)</source>
        <translation>
            <numerusform>delete %n stall</numerusform>
            <numerusform>delete %n stalls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>the event's number (see “events”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the PDF file to write, once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--event ID is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an event number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (pages: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the conclave report for the District Export Promotion Committee as PDF: invitations and attendance, first-time participants, nominations, stalls, the district's exports and targets, decisions and follow-ups</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer did not accept page %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportTextEngine</name>
    <message>
        <source>The report fonts are missing: %1. Install the package fonts-noto-core.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is saved as a backup first, so a restore can itself be undone by restoring that copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups yet in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups are kept in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RowSnapshot</name>
    <message>
        <source>What was deleted could not be put back: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectorRepository</name>
    <message>
        <source>The category “%1” could not be saved: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not replied after &amp;days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp;again to those who were sent it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the te&amp;mplate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry the failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail server password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will get it: %1 · no e-mail address: %2 · sent it before: %3 · failed last time: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Through %1, port %2 (%3), from %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logs in as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be sent again (failed before: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No e-mail address: skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on %1: skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an invitee to see every attempt to e-mail them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not e-mailed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, letter %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It will be kept in the desktop's keyring once the mail server takes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The templates have unknown fields: %1. Correct them with “Edit the template…” first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent, letter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent: %1 · failed: %2 · skipped: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(stopped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop sending and close?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send by e-mail: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Password for the office server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sammelan keeps the password only while it runs, to connect again if the connection is lost; it is never written to disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetHallCommand</name>
    <message>
        <source>set the hall to %1 m × %2 m</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetStatusCommand</name>
    <message numerus="yes">
        <source>mark %n invitee(s) as %1</source>
        <translation>
            <numerusform>mark %n invitee as %1</numerusform>
            <numerusform>mark %n invitees as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language and numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show and print numbers with &amp;Devanagari digits (०१२३) in Hindi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the newest automatic backups:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xchange rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letterhead of this database's letters, lists and certificates, in both languages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District Industries Centre, Gorakhpur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing o&amp;fficer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Designa&amp;tion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deputy Commissioner Industries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office e-&amp;mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signat&amp;ure:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter num&amp;bers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n}: the running serial of the financial year · {year}: the financial year (2025-26). For example: जि.उ.के./निर्यात/{n}/{year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office's mail server, through which invitations go by e-mail. The password is kept in the desktop's keyring, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail se&amp;rver:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender's &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender's &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A password is kept in the desktop's keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password is kept yet: enter it to keep it in the desktop's keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first letter of this year: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is kept in the desktop's keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk (recorded with every change and check-in made here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk's &amp;name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SingleBadgeDialog</name>
    <message>
        <source>Print badge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the texts if needed: the badge is printed as shown, the register is not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Designation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tall no.:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the badge on the default printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rint to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the printer and its settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the name to print on the badge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This badge was printed before, last on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Badge: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail library could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled while sending: the server may or may not have the message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server %1 was not found (is the name right, is the computer online?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server %1 did not accept a connection on port %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server does not offer STARTTLS: choose another security setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the mail server was lost while sending.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS when the server offers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (a mail relay in the office)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail server is set: enter it in Settings › E-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server's port must be between 1 and 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sender address is set: enter the office's e-mail address in Settings › E-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a mail server: write it as smtp://HOST:PORT or smtps://HOST:PORT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail settings could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqliteBulkWriter</name>
    <message>
        <source>An earlier row could not be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StallCommands</name>
    <message>
        <source>the event whose stalls to print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the PDF file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--event ID is required (see “sammelan-cli events”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no event %1 (see “sammelan-cli events”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall layout — %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>printed %n stall(s) to %1</source>
        <translation>
            <numerusform>printed %n stall to %1</numerusform>
            <numerusform>printed %n stalls to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>print the floor plan and the stall list to a PDF</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StallEditor</name>
    <message>
        <source>A stall needs a code, such as A-01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a stall %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no free space of %1 left in the hall.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add stall %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no free space left in the hall for a copy of %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>duplicate %n stall(s)</source>
        <translation>
            <numerusform>duplicate %n stall</numerusform>
            <numerusform>duplicate %n stalls</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete stalls</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of the selected stalls are allotted. Delete them all?</source>
        <translation>
            <numerusform>%n of the selected stalls is allotted. Delete them all?</numerusform>
            <numerusform>%n of the selected stalls are allotted. Delete them all?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose “Replace the stalls there are now”, or move them first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>generate %n stall(s)</source>
        <translation>
            <numerusform>generate %n stall</numerusform>
            <numerusform>generate %n stalls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stall(s) placed.</source>
        <translation>
            <numerusform>%n stall placed.</numerusform>
            <numerusform>%n stalls placed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stall %1 is blocked; set it free first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This enterprise already holds stall %1. Tick “Allow an enterprise more than one stall” to give it another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall %1 allotted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall %1 is free again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StallGeometry</name>
    <message>
        <source>Stall %1 would overlap stall %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall %1, notes: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stall is at least %1 wide and deep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall %1 would stand outside the hall (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>m</source>
        <comment>metres, the unit after every length of a hall or stall</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>A length: the number, then the unit (the same word as "m" alone).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>Width × depth, each already with its unit ("3.0 m × 2.5 m").</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StallPlan</name>
    <message>
        <source>no category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allotted, no category</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StallPropertiesPanel</name>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Allotted to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stall selected</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n stalls selected</source>
        <translation>
            <numerusform>%n stall selected</numerusform>
            <numerusform>%n stalls selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a stall to see and change it, or drag across several.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrange lines them up or spaces them evenly; Delete removes them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(free)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StallReport</name>
    <message>
        <source>Printed on %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — stall list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hall %1 · %2 · printed %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n stall(s)</source>
        <translation>
            <numerusform>%n stall</numerusform>
            <numerusform>%n stalls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StallRepository</name>
    <message>
        <source>The hall could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stall could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stall could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StallStatuses</name>
    <message>
        <source>free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allotted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StallsPage</name>
    <message>
        <source>Save the plan as a picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stall layout — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan and the stall list were saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stall-plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hall…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hall's name and size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add stall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a stall in a free place (Insert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place a number of stalls in rows with aisles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected stalls into free places (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected stalls (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Align left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Align right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Align top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Align bottom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space across</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equal gaps from left to right between the selected stalls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equal gaps from top to bottom between the selected stalls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the grid and snap stalls to it (Ctrl+G)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole hall (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan with its legend, then the stall list, as a PDF (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the plan with its legend, then the stall list (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;rrange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Align the selected stalls or space them evenly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Snap to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the plan as a picture, or with the stall list as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file holds no table: it is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a list of invitees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is damaged: it is not valid UTF-16 text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not UTF-8 text, so Hindi in it would be lost. In Excel save it as “CSV UTF-8” or “Unicode Text”; in LibreOffice choose UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a text table (it holds binary data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (%1, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a readable Excel (XLSX) file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an Excel workbook (XLSX) that Sammelan can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read to its end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: a cell holds more than %L2 characters; Sammelan reads cells of at most %L2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 has more than %L2 cells; Sammelan reads at most %L2 columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: a quoted cell opens here and is never closed (a " is missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: a quoted cell opens here and runs on for more than %L2 characters: a closing " is probably missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: a quoted cell opens here and closes only on line %2, so the lines up to there were read into this one row; a closing " is probably missing on line %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: the cell %2 has text after its closing quote; a " inside a cell is written twice ("").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted cell runs from line %1 to line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: the row holds more than %L2 characters; Sammelan reads rows of at most %L2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused: it holds more text than Sammelan reads from one workbook (%L2 pieces of text or %L3 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused: it has a row %L2, beyond a spreadsheet's last row (%L3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused: part of it would unpack to more than %L2 MB from %L3 KB, out of all proportion for a spreadsheet (a “zip bomb”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be unpacked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused: a cell holds more than %L2 characters; Sammelan reads cells of at most %L2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused: it names the cell %2, beyond a spreadsheet's last cell (XFD1048576).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused: a cell of row %L2 lies beyond a spreadsheet's last column (XFD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused: row %L2 has a value in column %3, and Sammelan reads at most %L4 columns (A to %5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused: its cells hold more than %L2 characters in all, more than Sammelan reads from one workbook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is refused: row %L2 holds more than %L3 characters; Sammelan reads rows of at most %L3 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TargetTexts</name>
    <message>
        <source>All exports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target reached (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the target reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no figures before this year to measure from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no figure in %1 to grow from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already above the target in %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>needs %1 growth a year from %2 (%n year(s))</source>
        <translation>
            <numerusform>needs %1 growth a year from %2 (%n year)</numerusform>
            <numerusform>needs %1 growth a year from %2 (%n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS template &amp;id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id the bulk-SMS service registered this text under (DLT); it goes into the SMS file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert the fiel&amp;d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a field to insert it where the cursor is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore the default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown fields: %1. They would print as they stand: correct them or insert fields from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The templates could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without saving the changes to the templates?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview for %1; the number is given when the letter is printed or sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>The template could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template could not be reset: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mobile number has only digits (with +91 or 0 in front if you like).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mobile number has 10 digits; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mobile number starts with 6, 7, 8 or 9.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a mobile number or a landline with its STD code, such as 0551 2345678.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an email address such as name@example.in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PIN code has 6 digits and does not start with 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A GSTIN has 15 characters; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A GSTIN is a state code, a PAN, an entity number, Z and a check character, such as 09AAKCS6327D1Z8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a state code of a GSTIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This GSTIN's last character does not match: check it for a typing mistake.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Udyam registration number looks like UDYAM-UP-29-0001234.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An IEC has 10 characters: a PAN such as AAFCP4821K, or 10 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share exported is a whole percentage from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is %L1 characters long; at most %L2 are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This must be one line, without tabs, line breaks or other control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This holds a control character that is not text; remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name in Hindi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <source>Waiting for a stall (%1): drag one onto a stall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for a stall (%1 of %2 shown): drag one onto a stall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by enterprise, name or mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the waiting list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow an enterprise more than one stall</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Sammelan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your database is new and empty. Load the demo conclave (the Gorakhpur export conclave with 200 fictional invitees, 24 stalls and export figures) to see how Sammelan works?

Demo records are marked as demo and can be deleted later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhoExports</name>
    <message>
        <source>their figures: ₹%1 crore, latest %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>makes a product the district exports there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>makes %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exporter with an IEC</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhoExportsDialog</name>
    <message>
        <source>Who exports to %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who exports %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invitee has an IEC or says they export. Add the IEC on the invitees' forms.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The district's exporters among the invitees: %n with figures or products for %1 first (ticked), then the others with an IEC or who export.</source>
        <translation>
            <numerusform>The district's exporters among the invitees: %n with figures or products for %1 first (ticked), then the others with an IEC or who export.</numerusform>
            <numerusform>The district's exporters among the invitees: %n with figures or products for %1 first (ticked), then the others with an IEC or who export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In&amp;vite to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Invite the ticked ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody was invited: the change could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invited %1 to %2; %3 were already invited or further along.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invited %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied %1 exporters: paste them into a spreadsheet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>