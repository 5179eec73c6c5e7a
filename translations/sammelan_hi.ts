<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
    <context>
        <name>AddEventCommand</name>
        <message>
            <source>add event “%1”</source>
            <translation>कार्यक्रम “%1” जोड़ें</translation>
        </message>
    </context>
    <context>
        <name>BaseCommands</name>
        <message>
            <source>load the demo conclave</source>
            <translation>डेमो कांक्लेव लोड करें</translation>
        </message>
        <message>
            <source>init takes no file names; use --db FILE.</source>
            <translation>init कोई फ़ाइल नाम नहीं लेता; --db FILE का उपयोग करें।</translation>
        </message>
        <message>
            <source>created %1 (database version %2)</source>
            <translation>%1 बनाया गया (डेटाबेस संस्करण %2)</translation>
        </message>
        <message>
            <source>updated %1 from database version %2 to %3; the old file is kept as %4</source>
            <translation>%1 को डेटाबेस संस्करण %2 से %3 में अद्यतन किया गया; पुरानी फ़ाइल %4 के रूप में सुरक्षित है</translation>
        </message>
        <message>
            <source>%1 is up to date (database version %2)</source>
            <translation>%1 अद्यतन है (डेटाबेस संस्करण %2)</translation>
        </message>
        <message>
            <source>loaded the demo conclave (fictional data, marked as demo)</source>
            <translation>डेमो कांक्लेव लोड हुआ (काल्पनिक आँकड़े, डेमो के रूप में चिह्नित)</translation>
        </message>
        <message>
            <source>the demo conclave is already loaded</source>
            <translation>डेमो कांक्लेव पहले से लोड है</translation>
        </message>
        <message>
            <source>check takes no arguments.</source>
            <translation>check कोई तर्क नहीं लेता।</translation>
        </message>
        <message>
            <source>Name the file to write the backup to.</source>
            <translation>वह फ़ाइल बताएँ जिसमें बैकअप लिखना है।</translation>
        </message>
        <message>
            <source>backed up to %1</source>
            <translation>%1 में बैकअप लिया गया</translation>
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation>अज्ञात कमांड “%1”।</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>पहला दिन</translation>
        </message>
        <message>
            <source>last day (default: the first)</source>
            <translation>अंतिम दिन (डिफ़ॉल्ट: पहला दिन)</translation>
        </message>
        <message>
            <source>where it takes place</source>
            <translation>कहाँ आयोजित है</translation>
        </message>
        <message>
            <source>the name in Hindi</source>
            <translation>हिन्दी में नाम</translation>
        </message>
        <message>
            <source>Give the event's name once (quote it if it has spaces).</source>
            <translation>कार्यक्रम का नाम एक बार दें (उसमें रिक्त स्थान हों तो उद्धरण चिह्नों में)।</translation>
        </message>
        <message>
            <source>--start YYYY-MM-DD is required.</source>
            <translation>--start YYYY-MM-DD आवश्यक है।</translation>
        </message>
        <message>
            <source>“%1” is not a date of the form YYYY-MM-DD.</source>
            <translation>“%1” YYYY-MM-DD रूप का दिनांक नहीं है।</translation>
        </message>
        <message>
            <source>create or update the database; --demo loads the demo conclave</source>
            <translation>डेटाबेस बनाएँ या अद्यतन करें; --demo डेमो कांक्लेव लोड करता है</translation>
        </message>
        <message>
            <source>integrity and foreign-key check (exit 1 with findings)</source>
            <translation>अखंडता और फ़ॉरेन-की जाँच (त्रुटि मिलने पर निकास 1)</translation>
        </message>
        <message>
            <source>write a verified, consistent copy of the database</source>
            <translation>डेटाबेस की सत्यापित, सुसंगत प्रति लिखें</translation>
        </message>
        <message>
            <source>list events: id, start date, name (tab-separated)</source>
            <translation>कार्यक्रमों की सूची: आईडी, आरंभ दिनांक, नाम (टैब से अलग)</translation>
        </message>
        <message>
            <source>add an event and print its id</source>
            <translation>कार्यक्रम जोड़ें और उसकी आईडी छापें</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>usage: %1</source>
            <translation>प्रयोग: %1</translation>
        </message>
        <message>
            <source>Run “sammelan-cli --help” for all commands.</source>
            <translation>सभी कमांड के लिए “sammelan-cli --help” चलाएँ।</translation>
        </message>
        <message>
            <source>Create it with “sammelan-cli --db FILE init”.</source>
            <translation>इसे “sammelan-cli --db FILE init” से बनाएँ।</translation>
        </message>
        <message>
            <source>The database was updated to version %1; a copy of the old file is at %2.</source>
            <translation>डेटाबेस संस्करण %1 में अद्यतन हुआ; पुरानी फ़ाइल की प्रति %2 पर है।</translation>
        </message>
        <message>
            <source>Usage: sammelan-cli [--db FILE] COMMAND [ARGUMENTS]</source>
            <translation>प्रयोग: sammelan-cli [--db FILE] COMMAND [ARGUMENTS]</translation>
        </message>
        <message>
            <source>Sammelan without a window: events, invitees, stalls and exports of a District Industries Centre.</source>
            <translation>बिना विंडो के सम्मेलन: जिला उद्योग केंद्र के कार्यक्रम, आमंत्रित व्यक्ति, स्टॉल और निर्यात।</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>विकल्प:</translation>
        </message>
        <message>
            <source>the database (default: %1)</source>
            <translation>डेटाबेस (डिफ़ॉल्ट: %1)</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>यह सहायता दिखाएँ</translation>
        </message>
        <message>
            <source>show the version</source>
            <translation>संस्करण दिखाएँ</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>कमांड:</translation>
        </message>
        <message>
            <source>Exit status: 0 success, 1 failure (nothing written), 2 usage error.</source>
            <translation>निकास स्थिति: 0 सफल, 1 विफल (कुछ नहीं लिखा गया), 2 प्रयोग की त्रुटि।</translation>
        </message>
        <message>
            <source>--db needs a file name.</source>
            <translation>--db के साथ फ़ाइल का नाम चाहिए।</translation>
        </message>
        <message>
            <source>Name a command.</source>
            <translation>कोई कमांड बताएँ।</translation>
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation>अज्ञात कमांड “%1”।</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>There is no database at %1.</source>
            <translation>%1 पर कोई डेटाबेस नहीं है।</translation>
        </message>
        <message>
            <source>A database cannot be created at %1: the folder cannot be written.</source>
            <translation>%1 पर डेटाबेस नहीं बनाया जा सकता: फ़ोल्डर में लिखा नहीं जा सकता।</translation>
        </message>
        <message>
            <source>%1 is a folder, not a Sammelan database.</source>
            <translation>%1 एक फ़ोल्डर है, सम्मेलन डेटाबेस नहीं।</translation>
        </message>
        <message>
            <source>%1 is an empty file, not a Sammelan database. Nothing was changed.</source>
            <translation>%1 एक खाली फ़ाइल है, सम्मेलन डेटाबेस नहीं। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 पढ़ी नहीं जा सकती: %2</translation>
        </message>
        <message>
            <source>%1 is not a Sammelan database (it is not an SQLite file). Nothing was changed.</source>
            <translation>%1 सम्मेलन डेटाबेस नहीं है (यह SQLite फ़ाइल नहीं है)। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>%1 cannot be written (the file or its folder is read-only). Copy it to a folder you can write to, or ask for write permission. Nothing was changed.</source>
            <translation>%1 में लिखा नहीं जा सकता (फ़ाइल या उसका फ़ोल्डर केवल-पठन है)। इसे ऐसे फ़ोल्डर में कॉपी करें जहाँ आप लिख सकें, या लिखने की अनुमति माँगें। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 खोली नहीं जा सकती: %2</translation>
        </message>
        <message>
            <source>%1 is not a Sammelan database. Nothing was changed.</source>
            <translation>%1 सम्मेलन डेटाबेस नहीं है। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be used. Nothing was changed. Open your latest backup instead.</source>
            <translation>%1 क्षतिग्रस्त है और उपयोग नहीं की जा सकती। कुछ भी नहीं बदला गया। इसके स्थान पर अपना नवीनतम बैकअप खोलें।</translation>
        </message>
        <message>
            <source>%1 is locked by another program. Close it there and try again.</source>
            <translation>%1 किसी अन्य प्रोग्राम ने लॉक कर रखी है। उसे वहाँ बंद करके फिर प्रयास करें।</translation>
        </message>
        <message>
            <source>%1 cannot be written. Nothing was changed.</source>
            <translation>%1 में लिखा नहीं जा सकता। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>%1 is an empty SQLite file, not a Sammelan database. Nothing was changed.</source>
            <translation>%1 एक खाली SQLite फ़ाइल है, सम्मेलन डेटाबेस नहीं। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>%1 is a database of another program, not of Sammelan. Nothing was changed.</source>
            <translation>%1 किसी अन्य प्रोग्राम का डेटाबेस है, सम्मेलन का नहीं। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>%1 was made by a newer version of Sammelan (database version %2; this program knows up to %3). Update Sammelan to open it. Nothing was changed.</source>
            <translation>%1 सम्मेलन के नए संस्करण से बनी है (डेटाबेस संस्करण %2; यह प्रोग्राम %3 तक जानता है)। इसे खोलने के लिए सम्मेलन अद्यतन करें। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>%1 needs an update to a newer database version, but the backup copy made first failed: %2. Nothing was changed.</source>
            <translation>%1 को नए डेटाबेस संस्करण में अद्यतन करना है, पर पहले बनाई जाने वाली बैकअप प्रति विफल रही: %2। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>%1 cannot be read.</source>
            <translation>%1 पढ़ी नहीं जा सकती।</translation>
        </message>
        <message>
            <source>Updating %1 to database version %2 failed: %3. Nothing was changed.</source>
            <translation>%1 को डेटाबेस संस्करण %2 में अद्यतन करना विफल रहा: %3। कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>Saving %1 failed: %2</source>
            <translation>%1 सहेजना विफल रहा: %2</translation>
        </message>
        <message>
            <source>Integrity check could not run: %1</source>
            <translation>अखंडता जाँच नहीं चल सकी: %1</translation>
        </message>
        <message>
            <source>Integrity: %1</source>
            <translation>अखंडता: %1</translation>
        </message>
        <message>
            <source>Foreign-key check could not run: %1</source>
            <translation>फ़ॉरेन-की जाँच नहीं चल सकी: %1</translation>
        </message>
        <message>
            <source>Foreign key: row %1 of table %2 refers to a missing row of table %3</source>
            <translation>फ़ॉरेन की: तालिका %2 की पंक्ति %1 तालिका %3 की ऐसी पंक्ति को इंगित करती है जो मौजूद नहीं है</translation>
        </message>
        <message>
            <source>%1 already exists; choose another name.</source>
            <translation>%1 पहले से मौजूद है; कोई दूसरा नाम चुनें।</translation>
        </message>
        <message>
            <source>The folder for %1 cannot be created.</source>
            <translation>%1 के लिए फ़ोल्डर नहीं बनाया जा सकता।</translation>
        </message>
        <message>
            <source>The backup could not be written: %1</source>
            <translation>बैकअप लिखा नहीं जा सका: %1</translation>
        </message>
        <message>
            <source>the copy failed its integrity check</source>
            <translation>प्रति अखंडता जाँच में विफल रही</translation>
        </message>
        <message>
            <source>the copy is not a Sammelan database</source>
            <translation>प्रति सम्मेलन डेटाबेस नहीं है</translation>
        </message>
        <message>
            <source>The backup could not be verified: %1</source>
            <translation>बैकअप सत्यापित नहीं हो सका: %1</translation>
        </message>
        <message>
            <source>%1 cannot be replaced.</source>
            <translation>%1 को बदला नहीं जा सकता।</translation>
        </message>
        <message>
            <source>The backup could not be saved as %1.</source>
            <translation>बैकअप %1 के रूप में सहेजा नहीं जा सका।</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSession</name>
        <message>
            <source>Sammelan databases (*.db *.sqlite *.sammelan);;All files (*)</source>
            <translation>सम्मेलन डेटाबेस (*.db *.sqlite *.sammelan);;सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <source>Database not found</source>
            <translation>डेटाबेस नहीं मिला</translation>
        </message>
        <message>
            <source>The database used last time, %1, is no longer there (was it on a USB stick?). Sammelan opens its default database instead.</source>
            <translation>पिछली बार प्रयुक्त डेटाबेस, %1, अब वहाँ नहीं है (क्या वह USB स्टिक पर था?)। सम्मेलन इसके स्थान पर अपना डिफ़ॉल्ट डेटाबेस खोल रहा है।</translation>
        </message>
        <message>
            <source>Sammelan</source>
            <translation>सम्मेलन</translation>
        </message>
        <message>
            <source>Sammelan cannot work without a database. Open another file or create a new one.</source>
            <translation>सम्मेलन डेटाबेस के बिना काम नहीं कर सकता। कोई दूसरी फ़ाइल खोलें या नई बनाएँ।</translation>
        </message>
        <message>
            <source>Open database…</source>
            <translation>डेटाबेस खोलें…</translation>
        </message>
        <message>
            <source>New database…</source>
            <translation>नया डेटाबेस…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation>डेटाबेस खोला नहीं जा सकता</translation>
        </message>
        <message>
            <source>Database updated</source>
            <translation>डेटाबेस अद्यतन हुआ</translation>
        </message>
        <message>
            <source>The database was updated for this version of Sammelan. A copy of the file as it was is kept at %1.</source>
            <translation>डेटाबेस को सम्मेलन के इस संस्करण के लिए अद्यतन किया गया। फ़ाइल की पहले जैसी प्रति %1 पर सुरक्षित है।</translation>
        </message>
        <message>
            <source>Welcome to Sammelan</source>
            <translation>सम्मेलन में आपका स्वागत है</translation>
        </message>
        <message>
            <source>Your database is new and empty. Load the demo conclave (the Gorakhpur export conclave with 200 fictional invitees, 24 stalls and export figures) to see how Sammelan works?

Demo records are marked as demo and can be deleted later.</source>
            <translation>आपका डेटाबेस नया और खाली है। सम्मेलन कैसे काम करता है, यह देखने के लिए डेमो कांक्लेव (200 काल्पनिक आमंत्रित व्यक्तियों, 24 स्टॉल और निर्यात आँकड़ों सहित गोरखपुर एक्सपोर्ट कांक्लेव) लोड करें?

डेमो रिकॉर्ड डेमो के रूप में चिह्नित हैं और बाद में हटाए जा सकते हैं।</translation>
        </message>
        <message>
            <source>Load the demo</source>
            <translation>डेमो लोड करें</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>खाली शुरू करें</translation>
        </message>
        <message>
            <source>Demo conclave</source>
            <translation>डेमो कांक्लेव</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>नया डेटाबेस</translation>
        </message>
        <message>
            <source>%1 already exists. Choose File → Open database to open it, or give the new database another name.</source>
            <translation>%1 पहले से मौजूद है। इसे खोलने के लिए फ़ाइल → डेटाबेस खोलें चुनें, या नए डेटाबेस को दूसरा नाम दें।</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>डेटाबेस खोलें</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>डेटाबेस का बैकअप लें</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>बैकअप</translation>
        </message>
        <message>
            <source>A backup cannot replace the database itself.</source>
            <translation>बैकअप स्वयं डेटाबेस का स्थान नहीं ले सकता।</translation>
        </message>
        <message>
            <source>The database was copied to %1 and the copy was verified.</source>
            <translation>डेटाबेस %1 में कॉपी हुआ और प्रति सत्यापित की गई।</translation>
        </message>
    </context>
    <context>
        <name>DeleteEventCommand</name>
        <message>
            <source>delete event “%1”</source>
            <translation>कार्यक्रम “%1” हटाएँ</translation>
        </message>
    </context>
    <context>
        <name>DemoData</name>
        <message>
            <source>The demo conclave could not be loaded: %1</source>
            <translation>डेमो कांक्लेव लोड नहीं हो सका: %1</translation>
        </message>
        <message>
            <source>sector %1</source>
            <translation>क्षेत्र %1</translation>
        </message>
        <message>
            <source>Demo data: fictional participants.</source>
            <translation>डेमो आँकड़े: काल्पनिक प्रतिभागी।</translation>
        </message>
        <message>
            <source>Demo data: the people, firms and figures are fictional.</source>
            <translation>डेमो आँकड़े: व्यक्ति, फर्म और आँकड़े काल्पनिक हैं।</translation>
        </message>
        <message>
            <source>Demo record (fictional).</source>
            <translation>डेमो रिकॉर्ड (काल्पनिक)।</translation>
        </message>
        <message>
            <source>Help desk</source>
            <translation>सहायता डेस्क</translation>
        </message>
    </context>
    <context>
        <name>EditEventCommand</name>
        <message>
            <source>edit event “%1”</source>
            <translation>कार्यक्रम “%1” संपादित करें</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Event</source>
            <translation>कार्यक्रम</translation>
        </message>
        <message>
            <source>Name (&amp;English):</source>
            <translation>नाम (अंग्रेज़ी) (&amp;E):</translation>
        </message>
        <message>
            <source>Name (&amp;Hindi):</source>
            <translation>नाम (हिन्दी) (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Starts on:</source>
            <translation>आरंभ दिनांक (&amp;S):</translation>
        </message>
        <message>
            <source>E&amp;nds on:</source>
            <translation>समाप्ति दिनांक (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>स्थान (&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>आयोजक (&amp;O):</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>टिप्पणी (&amp;T):</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>कार्यक्रम संपादित करें</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>नया कार्यक्रम</translation>
        </message>
    </context>
    <context>
        <name>EventModel</name>
        <message>
            <source>demo</source>
            <translation>डेमो</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>कार्यक्रम</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>आरंभ</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>समाप्ति</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>स्थान</translation>
        </message>
    </context>
    <context>
        <name>EventRepository</name>
        <message>
            <source>Enter the event's name in English or Hindi.</source>
            <translation>कार्यक्रम का नाम अंग्रेज़ी या हिन्दी में लिखें।</translation>
        </message>
        <message>
            <source>Enter a valid start date.</source>
            <translation>मान्य आरंभ दिनांक लिखें।</translation>
        </message>
        <message>
            <source>Enter a valid end date.</source>
            <translation>मान्य समाप्ति दिनांक लिखें।</translation>
        </message>
        <message>
            <source>The event cannot end before it starts.</source>
            <translation>कार्यक्रम आरंभ से पहले समाप्त नहीं हो सकता।</translation>
        </message>
        <message>
            <source>The event could not be saved: %1</source>
            <translation>कार्यक्रम सहेजा नहीं जा सका: %1</translation>
        </message>
        <message>
            <source>The event could not be deleted: %1</source>
            <translation>कार्यक्रम हटाया नहीं जा सका: %1</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <source>Delete event</source>
            <translation>कार्यक्रम हटाएँ</translation>
        </message>
        <message>
            <source>Delete “%1” with its invitations, hall and stalls?
You can bring it back with Edit → Undo.</source>
            <translation>“%1” को उसके आमंत्रणों, हॉल और स्टॉल सहित हटाएँ?
आप इसे संपादन → पूर्ववत करें से वापस ला सकते हैं।</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>कार्यक्रम</translation>
        </message>
        <message>
            <source>&amp;New event…</source>
            <translation>नया कार्यक्रम (&amp;N)…</translation>
        </message>
        <message>
            <source>Create an event (Ctrl+N)</source>
            <translation>कार्यक्रम बनाएँ (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>संपादित करें (&amp;E)…</translation>
        </message>
        <message>
            <source>Edit the selected event (F2 or double click)</source>
            <translation>चुना गया कार्यक्रम संपादित करें (F2 या डबल क्लिक)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>हटाएँ (&amp;D)…</translation>
        </message>
        <message>
            <source>Delete the selected event (Del)</source>
            <translation>चुना गया कार्यक्रम हटाएँ (Del)</translation>
        </message>
    </context>
    <context>
        <name>ExportRepository</name>
        <message>
            <source>The export record could not be saved: %1</source>
            <translation>निर्यात रिकॉर्ड सहेजा नहीं जा सका: %1</translation>
        </message>
    </context>
    <context>
        <name>ExporterStatuses</name>
        <message>
            <source>not yet exporting</source>
            <translation>अभी निर्यात नहीं</translation>
        </message>
        <message>
            <source>direct exporter</source>
            <translation>प्रत्यक्ष निर्यातक</translation>
        </message>
        <message>
            <source>exports through a merchant exporter</source>
            <translation>मर्चेंट निर्यातक के माध्यम से निर्यात</translation>
        </message>
    </context>
    <context>
        <name>InvitationStatuses</name>
        <message>
            <source>not yet invited</source>
            <translation>आमंत्रण शेष</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>आमंत्रित</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>पुष्टि हुई</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>अस्वीकार</translation>
        </message>
        <message>
            <source>attended</source>
            <translation>उपस्थित</translation>
        </message>
        <message>
            <source>nominated</source>
            <translation>नामित</translation>
        </message>
    </context>
    <context>
        <name>InviteeReport</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>पृष्ठ %1 / %2</translation>
        </message>
        <message>
            <source>Invitee list</source>
            <translation>आमंत्रण सूची</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation>उपस्थिति पंजिका</translation>
        </message>
        <message>
            <source>Invitees by sector</source>
            <translation>क्षेत्रवार आमंत्रित व्यक्ति</translation>
        </message>
        <message>
            <source>S.No.</source>
            <translation>क्र.सं.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Designation</source>
            <translation>पद</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>उद्यम / फर्म</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>मोबाइल नंबर</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>ईमेल</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Stall no.</source>
            <translation>स्टॉल सं.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>हस्ताक्षर</translation>
        </message>
        <message>
            <source>District Industries Centre</source>
            <translation>जिला उद्योग केंद्र</translation>
        </message>
        <message>
            <source>District Industries Centre, %1</source>
            <translation>जिला उद्योग केंद्र, %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>स्थिति: %1</translation>
        </message>
        <message>
            <source>Exporter: %1</source>
            <translation>निर्यातक: %1</translation>
        </message>
        <message>
            <source>Search: “%1”</source>
            <translation>खोज: “%1”</translation>
        </message>
        <message>
            <source>There is no event with the number %1.</source>
            <translation>क्रमांक %1 का कोई कार्यक्रम नहीं है।</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>event dates · venue</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Printed on %1 at %2</source>
            <translation>%1 को %2 बजे मुद्रित</translation>
        </message>
        <message>
            <source>Certified that the invitees who have signed above attended the event.</source>
            <translation>प्रमाणित किया जाता है कि ऊपर हस्ताक्षर करने वाले आमंत्रित व्यक्ति कार्यक्रम में उपस्थित रहे।</translation>
        </message>
        <message>
            <source>Signature, name and designation of the certifying officer</source>
            <translation>प्रमाणित करने वाले अधिकारी के हस्ताक्षर, नाम एवं पद</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No sector</source>
            <translation>क्षेत्र नहीं</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (जारी)</translation>
        </message>
        <message>
            <source>Sectors: %1 selected</source>
            <translation>क्षेत्र: %1 चयनित</translation>
        </message>
        <message>
            <source>%1 (invitees: %2)</source>
            <translation>%1 (आमंत्रित व्यक्ति: %2)</translation>
        </message>
        <message>
            <source>Total invitees: %1</source>
            <translation>कुल आमंत्रित व्यक्ति: %1</translation>
        </message>
    </context>
    <context>
        <name>InviteeRepository</name>
        <message>
            <source>The invitee could not be saved: %1</source>
            <translation>आमंत्रित व्यक्ति सहेजा नहीं जा सका: %1</translation>
        </message>
        <message>
            <source>The status could not be saved: %1</source>
            <translation>स्थिति सहेजी नहीं जा सकी: %1</translation>
        </message>
        <message>
            <source>The invitees could not be deleted: %1</source>
            <translation>आमंत्रित व्यक्तियों को हटाया नहीं जा सका: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The change could not be saved</source>
            <translation>परिवर्तन सहेजा नहीं जा सका</translation>
        </message>
        <message>
            <source>Sammelan</source>
            <translation>सम्मेलन</translation>
        </message>
        <message>
            <source>%1 — Sammelan</source>
            <translation>%1 — सम्मेलन</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>फ़ाइल (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>संपादन (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>दृश्य (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>भाषा (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>सहायता (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>नया डेटाबेस (&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>डेटाबेस खोलें (&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Backup…</source>
            <translation>बैकअप (&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>बंद करें (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>पूर्ववत करें (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>फिर से करें (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;About Sammelan</source>
            <translation>सम्मेलन के बारे में (&amp;A)</translation>
        </message>
        <message>
            <source>Event toolbar</source>
            <translation>कार्यक्रम टूलबार</translation>
        </message>
        <message>
            <source>Event &amp;toolbar</source>
            <translation>कार्यक्रम टूलबार (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Event: </source>
            <translation>कार्यक्रम (&amp;E): </translation>
        </message>
        <message>
            <source>The event the Invitees, Stalls and Exports pages work on</source>
            <translation>वह कार्यक्रम जिस पर आमंत्रित व्यक्ति, स्टॉल और निर्यात पृष्ठ काम करते हैं</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>कार्यक्रम</translation>
        </message>
        <message>
            <source>Invitees</source>
            <translation>आमंत्रित व्यक्ति</translation>
        </message>
        <message>
            <source>Stalls</source>
            <translation>स्टॉल</translation>
        </message>
        <message>
            <source>Exports</source>
            <translation>निर्यात</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>डेटाबेस: %1</translation>
        </message>
        <message>
            <source>About Sammelan</source>
            <translation>सम्मेलन के बारे में</translation>
        </message>
        <message>
            <source>Sammelan %1

Organises export conclaves and MSME events for a District Industries Centre: invitees, invitations, printed lists, stalls and export charts, in Hindi and English.

Database: %2</source>
            <translation>सम्मेलन %1

जिला उद्योग केंद्र के लिए एक्सपोर्ट कांक्लेव और एमएसएमई कार्यक्रमों का आयोजन: आमंत्रित व्यक्ति, आमंत्रण, मुद्रित सूचियाँ, स्टॉल और निर्यात चार्ट, हिन्दी और अंग्रेज़ी में।

डेटाबेस: %2</translation>
        </message>
    </context>
    <context>
        <name>MessageBoxes</name>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ठीक है</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>Invitees</source>
            <translation>आमंत्रित व्यक्ति</translation>
        </message>
        <message>
            <source>The register of invitees is being built.</source>
            <translation>आमंत्रित व्यक्तियों की पंजिका तैयार की जा रही है।</translation>
        </message>
        <message>
            <source>Stalls</source>
            <translation>स्टॉल</translation>
        </message>
        <message>
            <source>The stall layout is being built.</source>
            <translation>स्टॉल विन्यास तैयार किया जा रहा है।</translation>
        </message>
        <message>
            <source>Exports</source>
            <translation>निर्यात</translation>
        </message>
        <message>
            <source>The export charts are being built.</source>
            <translation>निर्यात चार्ट तैयार किए जा रहे हैं।</translation>
        </message>
    </context>
    <context>
        <name>PrintCommands</name>
        <message>
            <source>the event's number (see “events”)</source>
            <translation>कार्यक्रम का क्रमांक (“events” देखें)</translation>
        </message>
        <message>
            <source>list, register or by-sector (default: list)</source>
            <translation>list (आमंत्रण सूची), register (उपस्थिति पंजिका) या by-sector (क्षेत्रवार); अन्यथा list</translation>
        </message>
        <message>
            <source>language of the printout: en or hi</source>
            <translation>प्रिंट की भाषा: en या hi</translation>
        </message>
        <message>
            <source>only these statuses, comma-separated</source>
            <translation>केवल ये स्थितियाँ, अल्पविराम से अलग</translation>
        </message>
        <message>
            <source>Name the PDF file to write, once.</source>
            <translation>बनने वाली PDF फ़ाइल का नाम एक बार दें।</translation>
        </message>
        <message>
            <source>--event ID is required.</source>
            <translation>--event ID देना आवश्यक है।</translation>
        </message>
        <message>
            <source>“%1” is not an event number.</source>
            <translation>“%1” किसी कार्यक्रम का क्रमांक नहीं है।</translation>
        </message>
        <message>
            <source>Unknown layout “%1”: use list, register or by-sector.</source>
            <translation>अज्ञात प्रारूप “%1”: list, register या by-sector दें।</translation>
        </message>
        <message>
            <source>--status needs at least one status.</source>
            <translation>--status के साथ कम से कम एक स्थिति दें।</translation>
        </message>
        <message>
            <source>Unknown status “%1”: use %2.</source>
            <translation>अज्ञात स्थिति “%1”: इनमें से दें: %2।</translation>
        </message>
        <message>
            <source>Unknown language “%1”: use en or hi.</source>
            <translation>अज्ञात भाषा “%1”: en या hi दें।</translation>
        </message>
        <message>
            <source>print the invitee list, attendance register or list by sector as PDF</source>
            <translation>आमंत्रण सूची, उपस्थिति पंजिका या क्षेत्रवार सूची PDF में प्रिंट करें</translation>
        </message>
        <message>
            <source>Wrote %1 (pages: %2, invitees: %3).</source>
            <translation>%1 बनाई गई (पृष्ठ: %2, आमंत्रित व्यक्ति: %3)।</translation>
        </message>
    </context>
    <context>
        <name>PrintInviteesDialog</name>
        <message>
            <source>Print invitees</source>
            <translation>आमंत्रित व्यक्तियों की सूची प्रिंट करें</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>प्रारूप (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Orientation:</source>
            <translation>पृष्ठ की दिशा (&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Columns:</source>
            <translation>कॉलम (&amp;C):</translation>
        </message>
        <message>
            <source>Tick the columns to print.</source>
            <translation>जिन कॉलम को प्रिंट करना है, उन पर सही का निशान लगाएँ।</translation>
        </message>
        <message>
            <source>&amp;Default columns</source>
            <translation>मूल कॉलम (&amp;D)</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>पिछला पृष्ठ (Page Up)</translation>
        </message>
        <message>
            <source>P&amp;age</source>
            <translation>पृष्ठ (&amp;A)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>अगला पृष्ठ (Page Down)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>छोटा करें (Ctrl+-)</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>आकार</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>बड़ा करें (Ctrl++)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>प्रिंट करें (&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>PDF के रूप में सहेजें (&amp;S)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>Choose an event first: the list is printed for one event.</source>
            <translation>पहले कार्यक्रम चुनें: सूची एक कार्यक्रम के लिए प्रिंट होती है।</translation>
        </message>
        <message>
            <source>Tick at least one column to print.</source>
            <translation>प्रिंट के लिए कम से कम एक कॉलम चुनें।</translation>
        </message>
        <message>
            <source>Invitees: %1 · pages: %2</source>
            <translation>आमंत्रित व्यक्ति: %1 · पृष्ठ: %2</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>/ %1</translation>
        </message>
        <message>
            <source>Saving the PDF…</source>
            <translation>PDF सहेजी जा रही है…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>प्रिंट हो रहा है…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>प्रिंट करें</translation>
        </message>
        <message>
            <source>Sent to %1.</source>
            <translation>%1 को भेजा गया।</translation>
        </message>
        <message>
            <source>The list could not be printed</source>
            <translation>सूची प्रिंट नहीं हो सकी</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDF के रूप में सहेजें</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF दस्तावेज़ (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved</source>
            <translation>PDF सहेजी नहीं जा सकी</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 सहेजी गई</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>खड़ा (पोर्ट्रेट)</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>आड़ा (लैंडस्केप)</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>पूरी चौड़ाई</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>पूरा पृष्ठ</translation>
        </message>
        <message>
            <source>%1%</source>
            <comment>zoom</comment>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Print invitees: %1</source>
            <translation>आमंत्रित व्यक्तियों की सूची प्रिंट करें: %1</translation>
        </message>
    </context>
    <context>
        <name>ReportRenderer</name>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>%1 नहीं लिखी जा सकी: %2</translation>
        </message>
        <message>
            <source>There is nothing to print.</source>
            <translation>प्रिंट करने के लिए कुछ नहीं है।</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>रद्द किया गया।</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>प्रिंटर शुरू नहीं हो सका।</translation>
        </message>
        <message>
            <source>The printer did not accept page %1.</source>
            <translation>प्रिंटर ने पृष्ठ %1 स्वीकार नहीं किया।</translation>
        </message>
    </context>
    <context>
        <name>ReportTextEngine</name>
        <message>
            <source>The report fonts are missing: %1. Install the package fonts-noto-core.</source>
            <translation>रिपोर्ट के फ़ॉन्ट नहीं मिले: %1। पैकेज fonts-noto-core इंस्टॉल करें।</translation>
        </message>
    </context>
    <context>
        <name>StallRepository</name>
        <message>
            <source>The hall could not be saved: %1</source>
            <translation>हॉल सहेजा नहीं जा सका: %1</translation>
        </message>
        <message>
            <source>The stall could not be saved: %1</source>
            <translation>स्टॉल सहेजा नहीं जा सका: %1</translation>
        </message>
        <message>
            <source>The stall could not be deleted: %1</source>
            <translation>स्टॉल हटाया नहीं जा सका: %1</translation>
        </message>
    </context>
    <context>
        <name>StallStatuses</name>
        <message>
            <source>free</source>
            <translation>रिक्त</translation>
        </message>
        <message>
            <source>reserved</source>
            <translation>आरक्षित</translation>
        </message>
        <message>
            <source>allotted</source>
            <translation>आवंटित</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>अवरुद्ध</translation>
        </message>
    </context>
    <context>
        <name>Validators</name>
        <message>
            <source>Enter the name.</source>
            <translation>नाम लिखें।</translation>
        </message>
        <message>
            <source>Enter the mobile number.</source>
            <translation>मोबाइल नंबर लिखें।</translation>
        </message>
        <message>
            <source>A mobile number has only digits (with +91 or 0 in front if you like).</source>
            <translation>मोबाइल नंबर में केवल अंक होते हैं (चाहें तो आगे +91 या 0 लगा सकते हैं)।</translation>
        </message>
        <message>
            <source>A mobile number has 10 digits; this one has %1.</source>
            <translation>मोबाइल नंबर में 10 अंक होते हैं; इसमें %1 हैं।</translation>
        </message>
        <message>
            <source>A mobile number starts with 6, 7, 8 or 9.</source>
            <translation>मोबाइल नंबर 6, 7, 8 या 9 से शुरू होता है।</translation>
        </message>
        <message>
            <source>Enter a mobile number or a landline with its STD code, such as 0551 2345678.</source>
            <translation>मोबाइल नंबर या एसटीडी कोड सहित लैंडलाइन नंबर लिखें, जैसे 0551 2345678।</translation>
        </message>
        <message>
            <source>Enter an email address such as name@example.in.</source>
            <translation>ईमेल पता लिखें, जैसे name@example.in।</translation>
        </message>
        <message>
            <source>A PIN code has 6 digits and does not start with 0.</source>
            <translation>पिन कोड में 6 अंक होते हैं और यह 0 से शुरू नहीं होता।</translation>
        </message>
        <message>
            <source>A GSTIN has 15 characters; this one has %1.</source>
            <translation>जीएसटीआईएन में 15 वर्ण होते हैं; इसमें %1 हैं।</translation>
        </message>
        <message>
            <source>A GSTIN is a state code, a PAN, an entity number, Z and a check character, such as 09AAKCS6327D1Z8.</source>
            <translation>जीएसटीआईएन में राज्य कोड, पैन, इकाई संख्या, Z और एक जाँच वर्ण होता है, जैसे 09AAKCS6327D1Z8।</translation>
        </message>
        <message>
            <source>%1 is not a state code of a GSTIN.</source>
            <translation>%1 जीएसटीआईएन का राज्य कोड नहीं है।</translation>
        </message>
        <message>
            <source>This GSTIN's last character does not match: check it for a typing mistake.</source>
            <translation>इस जीएसटीआईएन का अंतिम वर्ण मेल नहीं खाता: टाइपिंग की गलती जाँचें।</translation>
        </message>
        <message>
            <source>A Udyam registration number looks like UDYAM-UP-29-0001234.</source>
            <translation>उद्यम पंजीकरण संख्या इस तरह होती है: UDYAM-UP-29-0001234।</translation>
        </message>
        <message>
            <source>An IEC has 10 characters: a PAN such as AAFCP4821K, or 10 digits.</source>
            <translation>आईईसी में 10 वर्ण होते हैं: पैन जैसे AAFCP4821K, या 10 अंक।</translation>
        </message>
        <message>
            <source>The share exported is a whole percentage from 0 to 100.</source>
            <translation>निर्यात का हिस्सा 0 से 100 के बीच पूर्ण प्रतिशत होता है।</translation>
        </message>
    </context>
</TS>
