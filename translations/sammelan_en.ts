<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddEventCommand</name>
    <message>
        <source>add event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaseCommands</name>
    <message>
        <source>load the demo conclave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no file names; use --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 (database version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 from database version %2 to %3; the old file is kept as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (database version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded the demo conclave (fictional data, marked as demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo conclave is already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write the backup to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it takes place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name in Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event&apos;s name once (quote it if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start YYYY-MM-DD is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or update the database; --demo loads the demo conclave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity and foreign-key check (exit 1 with findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a verified, consistent copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list events: id, start date, name (tab-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an event and print its id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “sammelan-cli --help” for all commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it with “sammelan-cli --db FILE init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was updated to version %1; a copy of the old file is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sammelan-cli [--db FILE] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammelan without a window: events, invitees, stalls and exports of a District Industries Centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (nothing written), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database cannot be created at %1: the folder cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Sammelan database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Sammelan database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sammelan database (it is not an SQLite file). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). Copy it to a folder you can write to, or ask for write permission. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sammelan database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used. Nothing was changed. Open your latest backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file, not a Sammelan database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Sammelan. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Sammelan (database version %2; this program knows up to %3). Update Sammelan to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an update to a newer database version, but the backup copy made first failed: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating %1 to database version %2 failed: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign-key check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key: row %1 of table %2 refers to a missing row of table %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy is not a Sammelan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>Sammelan databases (*.db *.sqlite *.sammelan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database used last time, %1, is no longer there (was it on a USB stick?). Sammelan opens its default database instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammelan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammelan cannot work without a database. Open another file or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was updated for this version of Sammelan. A copy of the file as it was is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Sammelan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database is new and empty. Load the demo conclave (the Gorakhpur export conclave with 200 fictional invitees, 24 stalls and export figures) to see how Sammelan works?

Demo records are marked as demo and can be deleted later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo conclave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose File → Open database to open it, or give the new database another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was copied to %1 and the copy was verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteEventCommand</name>
    <message>
        <source>delete event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo conclave could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: fictional participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the people, firms and figures are fictional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo record (fictional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEventCommand</name>
    <message>
        <source>edit event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;Hindi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nds on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Enter the event&apos;s name in English or Hindi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its invitations, hall and stalls?
You can bring it back with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an event (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected event (F2 or double click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>The export record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExporterStatuses</name>
    <message>
        <source>not yet exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports through a merchant exporter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationStatuses</name>
    <message>
        <source>not yet invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S.No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District Industries Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District Industries Centre, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>event dates · venue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified that the invitees who have signed above attended the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature, name and designation of the certifying officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors: %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invitees: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total invitees: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeRepository</name>
    <message>
        <source>The invitee could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitees could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammelan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Sammelan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sammelan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event the Invitees, Stalls and Exports pages work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sammelan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammelan %1

Organises export conclaves and MSME events for a District Industries Centre: invitees, invitations, printed lists, stalls and export charts, in Hindi and English.

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of invitees is being built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stall layout is being built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export charts are being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>the event&apos;s number (see “events”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, register or by-sector (default: list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the printout: en or hi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these statuses, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file to write, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an event number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown layout “%1”: use list, register or by-sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status needs at least one status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or hi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the invitee list, attendance register or list by sector as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2, invitees: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintInviteesDialog</name>
    <message>
        <source>Print invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event first: the list is printed for one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one column to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees: %1 · pages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>zoom</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print invitees: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not accept page %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTextEngine</name>
    <message>
        <source>The report fonts are missing: %1. Install the package fonts-noto-core.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StallRepository</name>
    <message>
        <source>The hall could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stall could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stall could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StallStatuses</name>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has only digits (with +91 or 0 in front if you like).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 10 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number starts with 6, 7, 8 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile number or a landline with its STD code, such as 0551 2345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN code has 6 digits and does not start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GSTIN is a state code, a PAN, an entity number, Z and a check character, such as 09AAKCS6327D1Z8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a state code of a GSTIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GSTIN&apos;s last character does not match: check it for a typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Udyam registration number looks like UDYAM-UP-29-0001234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IEC has 10 characters: a PAN such as AAFCP4821K, or 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share exported is a whole percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
