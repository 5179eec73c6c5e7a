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
    <name>AddExportCommand</name>
    <message>
        <source>Add export figure %1</source>
        <translation>निर्यात आँकड़ा %1 जोड़ें</translation>
    </message>
</context>
<context>
    <name>AddInviteeCommand</name>
    <message>
        <source>add invitee “%1”</source>
        <translation>आमंत्रित व्यक्ति “%1” जोड़ें</translation>
    </message>
</context>
<context>
    <name>AddTargetCommand</name>
    <message>
        <source>Add export target for %1</source>
        <translation>%1 का निर्यात लक्ष्य जोड़ें</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>बैकअप %1 पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The backup failed its check: %1</source>
        <translation>बैकअप अपनी जाँच में विफल रहा: %1</translation>
    </message>
    <message>
        <source>The current database could not be saved first, so nothing was restored: %1</source>
        <translation>वर्तमान डेटाबेस पहले सहेजा नहीं जा सका, इसलिए कुछ भी पुनर्स्थापित नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>The database is open in another Sammelan window or program. Close it there and restore again.</source>
        <translation>डेटाबेस सम्मेलन की किसी अन्य विंडो या प्रोग्राम में खुला है। उसे वहाँ बंद करके फिर से पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the database is as it was.</source>
        <translation>बैकअप को उसकी जगह नहीं रखा जा सका; डेटाबेस पहले जैसा है।</translation>
    </message>
</context>
<context>
    <name>BadgePrintRepository</name>
    <message>
        <source>Which badges were printed already could not be read: %1</source>
        <translation>कौन-से बैज पहले प्रिंट हो चुके हैं, यह पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The badges were printed, but the note that they were could not be saved: %1</source>
        <translation>बैज प्रिंट हो गए, पर उनके प्रिंट होने का रिकॉर्ड सहेजा नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>BadgeReport</name>
    <message>
        <source>Badges, A6 (4 per A4 sheet)</source>
        <translation>बैज, A6 (एक A4 शीट पर 4)</translation>
    </message>
    <message>
        <source>Badges, 8 per A4 label sheet</source>
        <translation>बैज, A4 लेबल शीट पर 8</translation>
    </message>
    <message>
        <source>There is no event with the number %1.</source>
        <translation>क्रमांक %1 का कोई कार्यक्रम नहीं है।</translation>
    </message>
    <message>
        <source>Badges: %1</source>
        <translation>बैज: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>event dates · venue</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stall %1</source>
        <translation>स्टॉल %1</translation>
    </message>
    <message>
        <source>Badge: %1</source>
        <translation>बैज: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these badges were already printed (last on %1).</source>
        <translation>
            <numerusform>इनमें से %Ln बैज पहले ही प्रिंट हो चुका है (अंतिम बार %1 को)।</numerusform>
            <numerusform>इनमें से %Ln बैज पहले ही प्रिंट हो चुके हैं (अंतिम बार %1 को)।</numerusform>
        </translation>
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
        <source>Give the event&apos;s name once (quote it if it has spaces).</source>
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
    <message>
        <source>warning: event %1 (“%2”) has the same name and starts on the same day; remove one if it was entered twice.</source>
        <translation>चेतावनी: कार्यक्रम %1 (“%2”) का नाम भी यही है और वह इसी दिन शुरू होता है; यदि यह दो बार दर्ज हुआ है तो एक हटा दें।</translation>
    </message>
    <message>
        <source>Name one new file or server database to copy to.</source>
        <translation>प्रतिलिपि के लिए एक नई फ़ाइल या सर्वर डेटाबेस का नाम दें।</translation>
    </message>
    <message>
        <source>copied %1: %2</source>
        <translation>कॉपी किया गया %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>copied %n row(s) in %1 tables to %2</source>
        <translation>
            <numerusform>%1 तालिकाओं की %n पंक्ति %2 में कॉपी की गई</numerusform>
            <numerusform>%1 तालिकाओं की %n पंक्तियाँ %2 में कॉपी की गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>copy the whole database, ids kept, into a new file or an empty server database</source>
        <translation>पूरे डेटाबेस की प्रतिलिपि, आईडी यथावत, नई फ़ाइल या खाली सर्वर डेटाबेस में बनाएँ</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>The database connection is not open.</source>
        <translation>डेटाबेस का कनेक्शन खुला नहीं है।</translation>
    </message>
</context>
<context>
    <name>CertificateReport</name>
    <message>
        <source>Certificate of Participation – Exhibitor</source>
        <translation>प्रतिभाग प्रमाण-पत्र – प्रदर्शक</translation>
    </message>
    <message>
        <source>Certificate of Participation</source>
        <translation>प्रतिभाग प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>प्रमाणित किया जाता है कि</translation>
    </message>
    <message>
        <source>took part as an exhibitor (stall %4) in %1, held on %2 at %3.</source>
        <translation>ने दिनांक %2 को %3 में आयोजित %1 में प्रदर्शक (स्टॉल %4) के रूप में प्रतिभाग किया।</translation>
    </message>
    <message>
        <source>took part in %1, held on %2 at %3.</source>
        <translation>ने दिनांक %2 को %3 में आयोजित %1 में प्रतिभाग किया।</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>प्रमाण-पत्र सं.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>दिनांक: %1</translation>
    </message>
    <message>
        <source>(given on printing)</source>
        <translation>(प्रिंट करते समय दी जाएगी)</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>name (English)</source>
        <translation>नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>name (Hindi)</source>
        <translation>नाम (हिंदी)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>designation</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>उद्यम</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>other phone</source>
        <translation>अन्य फ़ोन</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Udyam number</source>
        <translation>उद्यम पंजीकरण संख्या</translation>
    </message>
    <message>
        <source>IEC</source>
        <translation>IEC</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>निर्यातक</translation>
    </message>
    <message>
        <source>export share</source>
        <translation>निर्यात हिस्सा</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>आरंभ दिनांक</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>समाप्ति दिनांक</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>आयोजक</translation>
    </message>
    <message>
        <source>nominated to</source>
        <translation>नामित कार्यक्रम</translation>
    </message>
    <message>
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>position</source>
        <translation>स्थिति (नक्शे पर)</translation>
    </message>
    <message>
        <source>allotted to</source>
        <translation>आवंटित</translation>
    </message>
    <message>
        <source>financial year</source>
        <translation>वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>value (₹ crore)</source>
        <translation>मूल्य (₹ करोड़)</translation>
    </message>
    <message>
        <source>value (US$ million)</source>
        <translation>मूल्य (US$ मिलियन)</translation>
    </message>
    <message>
        <source>ITC(HS) code</source>
        <translation>ITC(HS) कोड</translation>
    </message>
    <message>
        <source>target (₹ crore)</source>
        <translation>लक्ष्य (₹ करोड़)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>इकाई (माप)</translation>
    </message>
    <message>
        <source>exporter&apos;s IEC</source>
        <translation>निर्यातक का IEC</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field, new value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <comment>field, old value, new value</comment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>user at desk</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another desk or window</source>
        <translation>कोई अन्य डेस्क या विंडो</translation>
    </message>
    <message>
        <source>added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>वापस लाया गया</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>time, what changed</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>time, who, what changed</comment>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>ChangeStallsCommand</name>
    <message>
        <source>move stall %1</source>
        <translation>स्टॉल %1 खिसकाएँ</translation>
    </message>
    <message numerus="yes">
        <source>move %n stall(s)</source>
        <translation>
            <numerusform>%n स्टॉल खिसकाएँ</numerusform>
            <numerusform>%n स्टॉल खिसकाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>resize stall %1</source>
        <translation>स्टॉल %1 का आकार बदलें</translation>
    </message>
    <message>
        <source>change stall %1</source>
        <translation>स्टॉल %1 बदलें</translation>
    </message>
    <message numerus="yes">
        <source>change %n stall(s)</source>
        <translation>
            <numerusform>%n स्टॉल बदलें</numerusform>
            <numerusform>%n स्टॉल बदलें</numerusform>
        </translation>
    </message>
    <message>
        <source>allot stall %1</source>
        <translation>स्टॉल %1 आवंटित करें</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>check in %1</source>
        <translation>%1 का आगमन दर्ज करें</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Expected %1 · Arrived %2 · Remaining %3</source>
        <translation>अपेक्षित %1 · पहुँचे %2 · शेष %3</translation>
    </message>
    <message>
        <source>stall %1</source>
        <translation>स्टॉल %1</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>अज्ञात बैज</translation>
    </message>
    <message>
        <source>This code is not a Sammelan badge of this register (%1). Ask for the name and type it instead.</source>
        <translation>यह कोड इस पंजिका का सम्मेलन बैज नहीं है (%1)। नाम पूछें और उसे टाइप करें।</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>दूसरे कार्यक्रम का बैज</translation>
    </message>
    <message>
        <source>This badge is for %1.</source>
        <translation>यह बैज %1 का है।</translation>
    </message>
    <message>
        <source>an event that no longer exists</source>
        <translation>ऐसा कार्यक्रम जो अब मौजूद नहीं है</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>Nobody in the register matches “%1”. Add a walk-in if the person is welcome.</source>
        <translation>पंजिका में “%1” से कोई मेल नहीं खाता। यदि व्यक्ति का स्वागत है तो बिना आमंत्रण आए व्यक्ति के रूप में जोड़ें।</translation>
    </message>
    <message>
        <source>… more: type more of the name</source>
        <translation>… और भी: नाम का और भाग टाइप करें</translation>
    </message>
    <message>
        <source>Already checked in at %1.</source>
        <translation>%1 बजे पहले ही आगमन दर्ज हो चुका है।</translation>
    </message>
    <message>
        <source>Declined the invitation.</source>
        <translation>आमंत्रण अस्वीकार किया था।</translation>
    </message>
    <message>
        <source>Not invited to this event.</source>
        <translation>इस कार्यक्रम में आमंत्रित नहीं।</translation>
    </message>
    <message>
        <source>Welcome! Checked in at %1.</source>
        <translation>स्वागत है! %1 बजे आगमन दर्ज हुआ।</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>बिना आमंत्रण आगंतुक</translation>
    </message>
    <message>
        <source>Walk-in added and checked in.</source>
        <translation>बिना आमंत्रण आगंतुक जोड़ा गया और आगमन दर्ज हुआ।</translation>
    </message>
    <message>
        <source>Check-in taken back</source>
        <translation>आगमन पूर्ववत किया गया</translation>
    </message>
    <message>
        <source>Check-in desk — %1</source>
        <translation>पंजीकरण डेस्क — %1</translation>
    </message>
    <message>
        <source>Check-in desk (choose an event)</source>
        <translation>पंजीकरण डेस्क (कार्यक्रम चुनें)</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name or mobile and press Enter</source>
        <translation>बैज स्कैन करें, या नाम या मोबाइल नंबर टाइप करके Enter दबाएँ</translation>
    </message>
    <message>
        <source>Add a &amp;walk-in…</source>
        <translation>बिना आमंत्रण आगंतुक जोड़ें (&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Undo the last check-in</source>
        <translation>अंतिम आगमन पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>पूर्ण स्क्रीन (F11)</translation>
    </message>
    <message>
        <source>Check in &amp;anyway</source>
        <translation>फिर भी आगमन दर्ज करें (&amp;A)</translation>
    </message>
    <message>
        <source>Not checked in: the check-in could not be saved. Try again.</source>
        <translation>आगमन दर्ज नहीं हुआ: आगमन सहेजा नहीं जा सका। फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>दिन %1 / %2</translation>
    </message>
    <message>
        <source>%1 · Expected %2 · Arrived today %3 · Remaining %4 · Came on any day %5</source>
        <translation>%1 · अपेक्षित %2 · आज पहुँचे %3 · शेष %4 · किसी भी दिन आए %5</translation>
    </message>
    <message>
        <source>Several people match “%1”. Click the right one, or choose with ↑ ↓ and press Enter.</source>
        <translation>“%1” से कई लोग मेल खाते हैं। सही व्यक्ति पर क्लिक करें, या ↑ ↓ से चुनकर Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Already in today, since %1.</source>
        <translation>आज पहले ही आ चुके हैं, %1 से।</translation>
    </message>
    <message>
        <source>(desk: %1)</source>
        <translation>(डेस्क: %1)</translation>
    </message>
    <message>
        <source>Print &amp;badge…</source>
        <translation>बैज प्रिंट करें (&amp;B)…</translation>
    </message>
</context>
<context>
    <name>CheckinRepository</name>
    <message>
        <source>The check-in could not be saved: %1</source>
        <translation>आगमन दर्ज नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The check-in could not be taken back: %1</source>
        <translation>आगमन की प्रविष्टि वापस नहीं ली जा सकी: %1</translation>
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
    <message>
        <source>write it in English (en) or Hindi (hi)</source>
        <translation>अंग्रेज़ी (en) या हिन्दी (hi) में लिखें</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or hi.</source>
        <translation>अज्ञात भाषा “%1”: en या hi लिखें।</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use %2.</source>
        <translation>अज्ञात स्थिति “%1”: इनमें से दें: %2।</translation>
    </message>
    <message>
        <source>--status needs at least one status.</source>
        <translation>--status के साथ कम से कम एक स्थिति दें।</translation>
    </message>
    <message>
        <source>a database on an office server: postgresql://USER@HOST[:PORT]/DATABASE (password from ~/.pgpass or PGPASSWORD)</source>
        <translation>कार्यालय सर्वर पर डेटाबेस: postgresql://USER@HOST[:PORT]/DATABASE (पासवर्ड ~/.pgpass या PGPASSWORD से)</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>The column “%1” appears more than once (columns %2 and %3): which one is meant cannot be told. Rename or remove the extra ones.</source>
        <translation>कॉलम “%1” एक से अधिक बार है (कॉलम %2 और %3): यह नहीं बताया जा सकता कि इनमें से कौन-सा अभिप्रेत है। अतिरिक्त कॉलमों का नाम बदलें या उन्हें हटाएँ।</translation>
    </message>
</context>
<context>
    <name>ConclaveReport</name>
    <message>
        <source>Invited</source>
        <translation>आमंत्रित</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पुष्टि हुई</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>नामित</translation>
    </message>
    <message>
        <source>people</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>कोई क्षेत्र नहीं</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>अन्य देश</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>आयोजक</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>आमंत्रण</translation>
    </message>
    <message>
        <source>%1 invited, %2 confirmed, %3 attended, %4 declined, %5 nominated to another event</source>
        <translation>%1 आमंत्रित, %2 की पुष्टि, %3 उपस्थित, %4 अस्वीकार, %5 अन्य कार्यक्रम हेतु नामित</translation>
    </message>
    <message>
        <source>Invitations and attendance</source>
        <translation>आमंत्रण और उपस्थिति</translation>
    </message>
    <message>
        <source>No one has been invited to this event yet.</source>
        <translation>इस कार्यक्रम में अभी किसी को आमंत्रित नहीं किया गया है।</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>क्षेत्र अनुसार</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Address not given</source>
        <translation>पता नहीं दिया गया</translation>
    </message>
    <message>
        <source>By block or tehsil (from the addresses)</source>
        <translation>विकास खंड या तहसील अनुसार (पतों से)</translation>
    </message>
    <message numerus="yes">
        <source>%n other place(s)</source>
        <translation>
            <numerusform>%n अन्य स्थान</numerusform>
            <numerusform>%n अन्य स्थान</numerusform>
        </translation>
    </message>
    <message>
        <source>Block or tehsil</source>
        <translation>विकास खंड या तहसील</translation>
    </message>
    <message>
        <source>First-time participants</source>
        <translation>पहली बार भाग लेने वाले</translation>
    </message>
    <message>
        <source>No one has attended or confirmed yet.</source>
        <translation>अभी कोई उपस्थित नहीं हुआ है, न किसी ने पुष्टि की है।</translation>
    </message>
    <message>
        <source>%1 of the %2 who attended had not attended an earlier event.</source>
        <translation>उपस्थित %2 में से %1 किसी पिछले कार्यक्रम में उपस्थित नहीं हुए थे।</translation>
    </message>
    <message>
        <source>%1 of the %2 who confirmed have not attended an earlier event (no one has checked in yet).</source>
        <translation>पुष्टि करने वाले %2 में से %1 किसी पिछले कार्यक्रम में उपस्थित नहीं हुए हैं (अभी किसी का आगमन दर्ज नहीं हुआ है)।</translation>
    </message>
    <message>
        <source>… and %1 more (the invitee list printed with the status “attended” names them all).</source>
        <translation>… और %1 अन्य (स्थिति “उपस्थित” के साथ प्रिंट की गई आमंत्रण सूची में सबके नाम हैं)।</translation>
    </message>
    <message>
        <source>Entrepreneurs nominated to another event</source>
        <translation>अन्य कार्यक्रम हेतु नामित उद्यमी</translation>
    </message>
    <message>
        <source>(event not named)</source>
        <translation>(कार्यक्रम का नाम नहीं)</translation>
    </message>
    <message>
        <source>No one was nominated to another event.</source>
        <translation>किसी को अन्य कार्यक्रम हेतु नामित नहीं किया गया।</translation>
    </message>
    <message>
        <source>Nominated to</source>
        <translation>नामित कार्यक्रम</translation>
    </message>
    <message>
        <source>Stalls by category and occupancy</source>
        <translation>श्रेणी अनुसार स्टॉल और उनका आवंटन</translation>
    </message>
    <message>
        <source>No stalls were laid out for this event.</source>
        <translation>इस कार्यक्रम के लिए स्टॉल विन्यास नहीं बनाया गया।</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>कोई श्रेणी नहीं</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Stalls</source>
        <translation>स्टॉल</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>भरे हुए</translation>
    </message>
    <message>
        <source>₹ crore</source>
        <translation>₹ करोड़</translation>
    </message>
    <message>
        <source>Other chapters</source>
        <translation>अन्य अध्याय</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>एचएस अध्याय</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>The district&apos;s exports</source>
        <translation>जनपद का निर्यात</translation>
    </message>
    <message>
        <source>No export figures are recorded yet.</source>
        <translation>अभी कोई निर्यात आँकड़े दर्ज नहीं हैं।</translation>
    </message>
    <message>
        <source>In %1 the district exported goods worth ₹%2 crore (%3 figures).</source>
        <translation>%1 में जनपद से ₹%2 करोड़ का माल निर्यात हुआ (%3 आँकड़े)।</translation>
    </message>
    <message>
        <source>%1 of the figures were given in US$ and are converted at the year&apos;s rate of ₹%2 per US$.</source>
        <translation>%1 आँकड़े US$ में दिए गए थे और वर्ष की दर ₹%2 प्रति US$ पर बदले गए हैं।</translation>
    </message>
    <message>
        <source>%1 figures given only in US$ are not counted: %2 has no exchange rate yet.</source>
        <translation>केवल US$ में दिए गए %1 आँकड़े नहीं गिने गए: %2 की विनिमय दर अभी दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>These are demo figures: replace them with the real ones.</source>
        <translation>ये डेमो आँकड़े हैं: इन्हें वास्तविक आँकड़ों से बदलें।</translation>
    </message>
    <message>
        <source>By country, %1</source>
        <translation>देश अनुसार, %1</translation>
    </message>
    <message>
        <source>By HS chapter, %1</source>
        <translation>एचएस अध्याय अनुसार, %1</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>वर्षवार</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>वृद्धि</translation>
    </message>
    <message>
        <source>Targets and actuals</source>
        <translation>लक्ष्य और वास्तविक</translation>
    </message>
    <message>
        <source>No export targets are set (Exports › Targets).</source>
        <translation>कोई निर्यात लक्ष्य तय नहीं है (निर्यात › लक्ष्य)।</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>Target for</source>
        <translation>लक्ष्य किसका</translation>
    </message>
    <message>
        <source>Target, ₹ crore</source>
        <translation>लक्ष्य, ₹ करोड़</translation>
    </message>
    <message>
        <source>Actual, ₹ crore</source>
        <translation>वास्तविक, ₹ करोड़</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>अनुवर्ती कार्यवाही</translation>
    </message>
    <message>
        <source>Conclave report</source>
        <translation>सम्मेलन प्रतिवेदन</translation>
    </message>
    <message>
        <source>There is no event with the number %1.</source>
        <translation>क्रमांक %1 का कोई कार्यक्रम नहीं है।</translation>
    </message>
</context>
<context>
    <name>ConclaveReportDialog</name>
    <message>
        <source>Conclave report: %1</source>
        <translation>सम्मेलन प्रतिवेदन: %1</translation>
    </message>
    <message>
        <source>The report for the District Export Promotion Committee: the event, invitations and attendance by sector and by block or tehsil, first-time participants, nominations, stalls, and the district&apos;s exports against the targets. It is made in the program&apos;s language (Language menu). Type the committee&apos;s decisions and the follow-ups below; they are kept with the event. Left empty, the report leaves lines to write them by hand.</source>
        <translation>जिला निर्यात प्रोत्साहन समिति के लिए प्रतिवेदन: कार्यक्रम, क्षेत्र और विकास खंड या तहसील अनुसार आमंत्रण और उपस्थिति, पहली बार भाग लेने वाले, नामांकन, स्टॉल, और लक्ष्यों के सामने जनपद का निर्यात। यह प्रोग्राम की भाषा में बनता है (भाषा मेनू)। समिति के निर्णय और अनुवर्ती कार्यवाही नीचे लिखें; ये कार्यक्रम के साथ सहेजे जाते हैं। खाली छोड़ने पर प्रतिवेदन में हाथ से लिखने के लिए पंक्तियाँ छूटती हैं।</translation>
    </message>
    <message>
        <source>&amp;Decisions:</source>
        <translation>निर्णय (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Follow-ups (who does what, by when):</source>
        <translation>अनुवर्ती कार्यवाही — कौन, क्या, कब तक (&amp;F):</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF के रूप में सहेजें (&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>प्रिंट करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>The decisions and follow-ups could not be saved.</source>
        <translation>निर्णय और अनुवर्ती कार्यवाही सहेजी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Saved the report (%1 pages) to %2.</source>
        <translation>प्रतिवेदन (%1 पृष्ठ) %2 में सहेजा गया।</translation>
    </message>
    <message>
        <source>Save the conclave report</source>
        <translation>सम्मेलन प्रतिवेदन सहेजें</translation>
    </message>
    <message>
        <source>conclave-report</source>
        <translation>sammelan-prativedan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Print the conclave report</source>
        <translation>सम्मेलन प्रतिवेदन प्रिंट करें</translation>
    </message>
</context>
<context>
    <name>ConclaveReportRepository</name>
    <message>
        <source>The report&apos;s decisions and follow-ups could not be saved: %1</source>
        <translation>प्रतिवेदन के निर्णय और अनुवर्ती कार्यवाही सहेजी नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>This was deleted at another desk meanwhile.</source>
        <translation>इस बीच इसे किसी अन्य डेस्क पर हटा दिया गया।</translation>
    </message>
    <message>
        <source>This was changed at another desk meanwhile.</source>
        <translation>इस बीच इसे किसी अन्य डेस्क पर बदल दिया गया।</translation>
    </message>
    <message>
        <source>Nothing of yours was saved.</source>
        <translation>आपका कोई बदलाव सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>“Reload theirs” shows what is saved now; nothing of yours is written. “Keep mine” saves your change over theirs.</source>
        <translation>“उनका बदलाव लें” अभी सहेजा हुआ दिखाता है; आपका कुछ नहीं लिखा जाता। “मेरा रखें” आपका बदलाव उनके बदलाव के ऊपर सहेजता है।</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>उनका बदलाव लें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>मेरा रखें (&amp;K)</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>the event “%1”</source>
        <translation>कार्यक्रम “%1”</translation>
    </message>
    <message>
        <source>this event</source>
        <translation>यह कार्यक्रम</translation>
    </message>
    <message>
        <source>the invitee %1</source>
        <translation>आमंत्रित व्यक्ति %1</translation>
    </message>
    <message>
        <source>this invitee</source>
        <translation>यह आमंत्रित व्यक्ति</translation>
    </message>
    <message>
        <source>the status of %1</source>
        <translation>%1 की स्थिति</translation>
    </message>
    <message>
        <source>this status</source>
        <translation>यह स्थिति</translation>
    </message>
    <message>
        <source>stall %1</source>
        <translation>स्टॉल %1</translation>
    </message>
    <message>
        <source>this stall</source>
        <translation>यह स्टॉल</translation>
    </message>
    <message>
        <source>the hall</source>
        <translation>हॉल</translation>
    </message>
    <message>
        <source>the export figure %1</source>
        <translation>निर्यात आँकड़ा %1</translation>
    </message>
    <message>
        <source>this export figure</source>
        <translation>यह निर्यात आँकड़ा</translation>
    </message>
    <message>
        <source>the export target for %1</source>
        <translation>%1 का निर्यात लक्ष्य</translation>
    </message>
    <message>
        <source>this export target</source>
        <translation>यह निर्यात लक्ष्य</translation>
    </message>
    <message>
        <source>the category %1</source>
        <translation>श्रेणी %1</translation>
    </message>
    <message>
        <source>this category</source>
        <translation>यह श्रेणी</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>यह रिकॉर्ड</translation>
    </message>
    <message>
        <source>Deleted at another desk</source>
        <translation>अन्य डेस्क पर हटाया गया</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>अन्य डेस्क पर बदला गया</translation>
    </message>
    <message>
        <source>%1 deleted %2.</source>
        <comment>who, what</comment>
        <translation>%1 ने %2 हटा दिया।</translation>
    </message>
    <message>
        <source>%1 deleted %2 at %3.</source>
        <comment>who, what, time</comment>
        <translation>%1 ने %3 पर %2 हटा दिया।</translation>
    </message>
    <message>
        <source>%1 changed %2.</source>
        <comment>who, what</comment>
        <translation>%1 ने %2 में बदलाव किया।</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3.</source>
        <comment>who, what, time</comment>
        <translation>%1 ने %3 पर %2 में बदलाव किया।</translation>
    </message>
    <message>
        <source>%1 changed %2: %3.</source>
        <comment>who, what, the changes</comment>
        <translation>%1 ने %2 में बदलाव किया: %3।</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3: %4.</source>
        <comment>who, what, time, the changes</comment>
        <translation>%1 ने %3 पर %2 में बदलाव किया: %4।</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to office server</source>
        <translation>कार्यालय सर्वर से जुड़ें</translation>
    </message>
    <message>
        <source>Several desks can work on one Sammelan database kept on the office&apos;s PostgreSQL server. Ask the office&apos;s administrator for these details.</source>
        <translation>कई डेस्क कार्यालय के PostgreSQL सर्वर पर रखे एक ही सम्मेलन डेटाबेस पर काम कर सकते हैं। ये विवरण कार्यालय के व्यवस्थापक से पूछें।</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>सर्वर (&amp;S):</translation>
    </message>
    <message>
        <source>name or address, e.g. 192.168.1.10</source>
        <translation>नाम या पता, जैसे 192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>डेटाबेस (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>उपयोगकर्ता (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>एन्क्रिप्शन (&amp;E):</translation>
    </message>
    <message>
        <source>The password is not stored in Sammelan&apos;s settings: it is read from the file .pgpass in your home folder, or Sammelan asks for it.</source>
        <translation>पासवर्ड सम्मेलन की सेटिंग्स में नहीं रखा जाता: वह आपके होम फ़ोल्डर की फ़ाइल .pgpass से पढ़ा जाता है, या सम्मेलन उसे पूछ लेता है।</translation>
    </message>
    <message>
        <source>Enter the office server&apos;s name or address.</source>
        <translation>कार्यालय सर्वर का नाम या पता लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a server name or address. Write it as the administrator gave it, e.g. office-server or 192.168.1.10.</source>
        <translation>“%1” किसी सर्वर का नाम या पता नहीं है। उसे वैसे ही लिखें जैसे व्यवस्थापक ने दिया है, जैसे office-server या 192.168.1.10।</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server (usually sammelan).</source>
        <translation>सर्वर पर डेटाबेस का नाम लिखें (प्रायः sammelan)।</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>डेटाबेस: %1</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>सर्वर पर अपना उपयोगकर्ता नाम लिखें।</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>उपयोगकर्ता: %1</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>जब सर्वर उपलब्ध कराए</translation>
    </message>
    <message>
        <source>Always (refuse an unencrypted connection)</source>
        <translation>हमेशा (बिना एन्क्रिप्शन का कनेक्शन अस्वीकार करें)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>जुड़ें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>Correspondence</name>
    <message>
        <source>Reminders: %1</source>
        <translation>स्मरण पत्र: %1</translation>
    </message>
    <message>
        <source>Invitation letters: %1</source>
        <translation>आमंत्रण पत्र: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
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
    <message>
        <source>%1 cannot be opened: %2 Nothing was changed.</source>
        <translation>%1 खोला नहीं जा सकता: %2 कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Updating %1 to database version %2 failed: %3 Nothing was changed.</source>
        <translation>%1 को डेटाबेस संस्करण %2 में अद्यतन करना विफल रहा: %3 कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>the update could not be completed.</source>
        <translation>अद्यतन पूरा नहीं हो सका।</translation>
    </message>
    <message>
        <source>The server&apos;s database cannot be read: %1</source>
        <translation>सर्वर का डेटाबेस पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The server&apos;s database is at version %1; this program expects %2.</source>
        <translation>सर्वर का डेटाबेस संस्करण %1 पर है; यह प्रोग्राम संस्करण %2 चाहता है।</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1 already exists. Copy into a new file (or an empty server database); nothing was written.</source>
        <translation>%1 पहले से मौजूद है। प्रतिलिपि नई फ़ाइल (या खाली सर्वर डेटाबेस) में बनाएँ; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>No database is open to copy from.</source>
        <translation>प्रतिलिपि बनाने के लिए कोई डेटाबेस खुला नहीं है।</translation>
    </message>
    <message>
        <source>No file name or server address was given to copy to.</source>
        <translation>प्रतिलिपि कहाँ बनानी है, इसके लिए कोई फ़ाइल नाम या सर्वर पता नहीं दिया गया।</translation>
    </message>
    <message>
        <source>%1 is the database being copied. Copy into a new file or an empty server database.</source>
        <translation>%1 वही डेटाबेस है जिसकी प्रतिलिपि बन रही है। प्रतिलिपि नई फ़ाइल या खाली सर्वर डेटाबेस में बनाएँ।</translation>
    </message>
    <message>
        <source>%1 already holds data (%2 rows in the table “%3”). Copy into a new file or an empty server database; nothing was written.</source>
        <translation>%1 में पहले से डेटा है (तालिका “%3” में %2 पंक्तियाँ)। प्रतिलिपि नई फ़ाइल या खाली सर्वर डेटाबेस में बनाएँ; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Nothing was copied to %1.</source>
        <translation>%1 में कुछ भी कॉपी नहीं किया गया।</translation>
    </message>
    <message>
        <source>The copy was stopped.</source>
        <translation>प्रतिलिपि बनाना रोक दिया गया।</translation>
    </message>
    <message>
        <source>The database being copied is in the middle of a change. Try again when it is saved.</source>
        <translation>जिस डेटाबेस की प्रतिलिपि बननी है, उसमें अभी कोई बदलाव चल रहा है। उसके सहेजे जाने के बाद फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The database being copied cannot be read: %1</source>
        <translation>जिस डेटाबेस की प्रतिलिपि बननी है, वह पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The database being copied has a table “%1” that %2 does not have. Nothing was copied.</source>
        <translation>जिस डेटाबेस की प्रतिलिपि बननी है, उसमें तालिका “%1” है जो %2 में नहीं है। कुछ भी कॉपी नहीं किया गया।</translation>
    </message>
    <message>
        <source>The table “%1” of the database being copied has no column that %2 has. Nothing was copied.</source>
        <translation>जिस डेटाबेस की प्रतिलिपि बननी है, उसकी तालिका “%1” में ऐसा कोई कॉलम नहीं है जो %2 में हो। कुछ भी कॉपी नहीं किया गया।</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Copying the table “%1” failed: %2</source>
        <translation>तालिका “%1” कॉपी करना विफल रहा: %2</translation>
    </message>
    <message>
        <source>After copying, the table “%1” holds %2 rows in %3 but %4 in the database being copied.</source>
        <translation>कॉपी के बाद तालिका “%1” की %3 में %2 पंक्तियाँ हैं, जबकि मूल डेटाबेस में %4 हैं।</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>%1 सहेजना विफल रहा: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>The disk is full.</source>
        <translation>डिस्क भर गई है।</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>डेटाबेस फ़ाइल केवल पढ़ने योग्य है।</translation>
    </message>
    <message>
        <source>The database file is missing (was the USB stick removed, or the file moved?).</source>
        <translation>डेटाबेस फ़ाइल नहीं मिल रही (क्या यूएसबी स्टिक निकाल ली गई, या फ़ाइल कहीं और ले जाई गई?)।</translation>
    </message>
    <message>
        <source>Another file has taken the database file&apos;s place.</source>
        <translation>डेटाबेस फ़ाइल की जगह कोई दूसरी फ़ाइल आ गई है।</translation>
    </message>
    <message>
        <source>The database is busy with another change; try again.</source>
        <translation>डेटाबेस में अभी कोई दूसरा बदलाव सहेजा जा रहा है; फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The disk could not be read or written (a faulty disk, or a USB stick taken out?).</source>
        <translation>डिस्क को पढ़ा या उस पर लिखा नहीं जा सका (क्या डिस्क ख़राब है, या यूएसबी स्टिक निकाल ली गई?)।</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>डेटाबेस फ़ाइल क्षतिग्रस्त है।</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>डेटाबेस ने यह बदलाव स्वीकार नहीं किया।</translation>
    </message>
    <message>
        <source>The office server cannot be reached.</source>
        <translation>कार्यालय सर्वर से संपर्क नहीं हो पा रहा है।</translation>
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
        <source>The database was copied to %1 and the copy was verified.</source>
        <translation>डेटाबेस %1 में कॉपी हुआ और प्रति सत्यापित की गई।</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved, renamed, or on a USB stick that is not plugged in). It has been taken off the list of recent databases.</source>
        <translation>%1 अब वहाँ नहीं है (हटाया गया, नाम बदला गया, या ऐसी USB स्टिक पर है जो लगी नहीं है)। इसे हाल के डेटाबेस की सूची से हटा दिया गया है।</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1
Your data is unchanged; make a backup with File → Backup as soon as you can.</source>
        <translation>आज का स्वचालित बैकअप नहीं बन सका: %1
आपका डेटा अपरिवर्तित है; जितनी जल्दी हो सके फ़ाइल → बैकअप से बैकअप बनाएँ।</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?
The database as it is now is saved as a backup first.</source>
        <translation>डेटाबेस को बैकअप %1 से बदलें?
डेटाबेस अभी जैसा है, उसे पहले बैकअप के रूप में सहेजा जाता है।</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept as %1.</source>
        <translation>बैकअप पुनर्स्थापित हुआ। पहले वाला डेटाबेस %1 के रूप में सुरक्षित है।</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>डेटाबेस की प्रति सहेजें</translation>
    </message>
    <message>
        <source>The database file %1 cannot be found (was the USB stick removed, or the file moved?). Nothing can be saved until it is back. Put it back (Sammelan notices by itself), or save a copy of everything elsewhere.</source>
        <translation>डेटाबेस फ़ाइल %1 नहीं मिल रही (क्या यूएसबी स्टिक निकाल ली गई, या फ़ाइल कहीं और ले जाई गई?)। उसके वापस आने तक कुछ भी सहेजा नहीं जा सकता। उसे वापस रखें (सम्मेलन स्वयं पहचान लेगा), या सब कुछ की प्रति कहीं और सहेजें।</translation>
    </message>
    <message>
        <source>Another program deleted a part of the database %1 (its “-wal” file, which holds the latest changes) while Sammelan had it open. Nothing can be saved to it any more. Save a copy of everything elsewhere: this window still holds all of it.</source>
        <translation>सम्मेलन में खुले रहते किसी दूसरे प्रोग्राम ने डेटाबेस %1 का एक भाग (उसकी “-wal” फ़ाइल, जिसमें नवीनतम बदलाव रहते हैं) मिटा दिया। अब इसमें कुछ भी सहेजा नहीं जा सकता। सब कुछ की प्रति कहीं और सहेजें: यह विंडो अभी भी पूरा डेटा रखे हुए है।</translation>
    </message>
    <message>
        <source>Another file has taken the place of the database %1, and it cannot be opened. Put the right file back, or save a copy of everything elsewhere.</source>
        <translation>डेटाबेस %1 की जगह कोई दूसरी फ़ाइल आ गई है, और वह खोली नहीं जा सकती। सही फ़ाइल वापस रखें, या सब कुछ की प्रति कहीं और सहेजें।</translation>
    </message>
    <message>
        <source>The database file %1 can no longer be written (it or its folder became read-only). Nothing can be saved. Fix the permission and press “Try again”, or save a copy of everything elsewhere.</source>
        <translation>डेटाबेस फ़ाइल %1 पर अब लिखा नहीं जा सकता (वह या उसका फ़ोल्डर केवल पढ़ने योग्य हो गया)। कुछ भी सहेजा नहीं जा सकता। अनुमति ठीक करके “फिर प्रयास करें” दबाएँ, या सब कुछ की प्रति कहीं और सहेजें।</translation>
    </message>
    <message>
        <source>The disk of the database %1 is full. Nothing can be saved. Free some space and press “Try again”, or save a copy of everything elsewhere.</source>
        <translation>डेटाबेस %1 की डिस्क भर गई है। कुछ भी सहेजा नहीं जा सकता। कुछ जगह ख़ाली करके “फिर प्रयास करें” दबाएँ, या सब कुछ की प्रति कहीं और सहेजें।</translation>
    </message>
    <message>
        <source>The database file is back as another copy: Sammelan checked it and works on it now.</source>
        <translation>डेटाबेस फ़ाइल दूसरी प्रति के रूप में वापस आ गई है: सम्मेलन ने उसे जाँच लिया है और अब उसी पर काम कर रहा है।</translation>
    </message>
    <message>
        <source>These changes were not saved while the file was away; enter them again:</source>
        <translation>फ़ाइल के न रहने के दौरान ये बदलाव सहेजे नहीं गए; इन्हें फिर से दर्ज करें:</translation>
    </message>
    <message>
        <source>What this window held before is kept as the backup %1.</source>
        <translation>इस विंडो में पहले जो डेटा था, वह बैकअप %1 के रूप में सुरक्षित है।</translation>
    </message>
    <message>
        <source>The database file is back.</source>
        <translation>डेटाबेस फ़ाइल वापस आ गई है।</translation>
    </message>
    <message>
        <source>The database file %1 could not be written: %2 Press “Try again”, or save a copy of everything elsewhere.</source>
        <translation>डेटाबेस फ़ाइल %1 पर लिखा नहीं जा सका: %2 “फिर प्रयास करें” दबाएँ, या सब कुछ की प्रति कहीं और सहेजें।</translation>
    </message>
    <message>
        <source>The office server cannot be reached (%1). Nothing can be saved until it is back; Sammelan keeps trying by itself.</source>
        <translation>कार्यालय सर्वर (%1) से संपर्क नहीं हो पा रहा है। उसके लौटने तक कुछ भी सहेजा नहीं जा सकता; सम्मेलन स्वयं बार-बार प्रयास करता रहेगा।</translation>
    </message>
    <message>
        <source>Try again, or work on the database file of this computer instead?</source>
        <translation>फिर प्रयास करें, या इसके स्थान पर इस कंप्यूटर की डेटाबेस फ़ाइल पर काम करें?</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फिर प्रयास करें</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>इस कंप्यूटर की फ़ाइल लें</translation>
    </message>
    <message>
        <source>The office server %1 wants the password of the user %2.</source>
        <translation>कार्यालय सर्वर %1 उपयोगकर्ता %2 का पासवर्ड माँग रहा है।</translation>
    </message>
    <message>
        <source>The office server %1 did not accept the password of the user %2. Type it again (is Caps Lock on?).</source>
        <translation>कार्यालय सर्वर %1 ने उपयोगकर्ता %2 का पासवर्ड स्वीकार नहीं किया। उसे फिर से टाइप करें (क्या Caps Lock चालू है?)।</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>%1 के लिए कोई पासवर्ड नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Set up the database</source>
        <translation>डेटाबेस तैयार करें</translation>
    </message>
    <message>
        <source>The database %1 on the office server is empty. Set it up for Sammelan now? Every desk can then work on it.</source>
        <translation>कार्यालय सर्वर पर डेटाबेस %1 खाली है। क्या उसे अभी सम्मेलन के लिए तैयार करें? फिर हर डेस्क उस पर काम कर सकेगा।</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>तैयार करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>The database %1 was left empty.</source>
        <translation>डेटाबेस %1 खाली छोड़ा गया।</translation>
    </message>
    <message>
        <source>Connected to the office server again.</source>
        <translation>कार्यालय सर्वर से फिर से जुड़ गए।</translation>
    </message>
    <message>
        <source>These changes were not saved while the server could not be reached; enter them again:</source>
        <translation>सर्वर से संपर्क न होने के दौरान ये बदलाव सहेजे नहीं गए; इन्हें फिर से दर्ज करें:</translation>
    </message>
    <message>
        <source>The office server&apos;s database is backed up from any desk with the command

sammelan-cli --db %1 backup FILE.db

or on the server with pg_dump (see “Several desks” in the README).</source>
        <translation>कार्यालय सर्वर के डेटाबेस का बैकअप किसी भी डेस्क से इस कमांड से लिया जाता है

sammelan-cli --db %1 backup FILE.db

या सर्वर पर pg_dump से (README में “Several desks” देखें)।</translation>
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
    <name>DeleteExportsCommand</name>
    <message>
        <source>Delete export figure %1</source>
        <translation>निर्यात आँकड़ा %1 हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n export figure(s)</source>
        <translation>
            <numerusform>%n निर्यात आँकड़ा हटाएँ</numerusform>
            <numerusform>%n निर्यात आँकड़े हटाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteInviteesCommand</name>
    <message>
        <source>delete invitee “%1”</source>
        <translation>आमंत्रित व्यक्ति “%1” हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>delete %n invitee(s)</source>
        <translation>
            <numerusform>%n आमंत्रित व्यक्ति हटाएँ</numerusform>
            <numerusform>%n आमंत्रित व्यक्ति हटाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteTargetsCommand</name>
    <message numerus="yes">
        <source>Delete %n export target(s)</source>
        <translation>
            <numerusform>%n निर्यात लक्ष्य हटाएँ</numerusform>
            <numerusform>%n निर्यात लक्ष्य हटाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo conclave could not be loaded: %1</source>
        <translation>डेमो कांक्लेव लोड नहीं हो सका: %1</translation>
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
    <message>
        <source>the demo file %1 is missing from the program</source>
        <translation>डेमो फ़ाइल %1 प्रोग्राम में नहीं है</translation>
    </message>
    <message>
        <source>demo: about the RBI reference rate, average of the year</source>
        <translation>डेमो: लगभग भारतीय रिज़र्व बैंक की संदर्भ दर, वर्ष का औसत</translation>
    </message>
</context>
<context>
    <name>DeskCommands</name>
    <message>
        <source>%1 must be a number above 0, not “%2”.</source>
        <translation>%1 शून्य से बड़ी संख्या होनी चाहिए, “%2” नहीं।</translation>
    </message>
    <message>
        <source>write only over this version of the row (as another command showed it)</source>
        <translation>केवल पंक्ति के इसी संस्करण के ऊपर लिखें (जैसा किसी अन्य कमांड ने दिखाया)</translation>
    </message>
    <message>
        <source>the event the guest arrives at</source>
        <translation>वह कार्यक्रम जिसमें अतिथि आ रहे हैं</translation>
    </message>
    <message>
        <source>Name the invitee to check in by number.</source>
        <translation>जिस आमंत्रित व्यक्ति का आगमन दर्ज करना है, उसकी संख्या बताएँ।</translation>
    </message>
    <message>
        <source>The invitee</source>
        <translation>आमंत्रित व्यक्ति</translation>
    </message>
    <message>
        <source>There is no invitee %1.</source>
        <translation>आमंत्रित व्यक्ति %1 नहीं है।</translation>
    </message>
    <message>
        <source>There is no event %1 (see “sammelan-cli events”).</source>
        <translation>कार्यक्रम %1 नहीं है (देखें “sammelan-cli events”)।</translation>
    </message>
    <message>
        <source>Welcome, %1: checked in at %2.</source>
        <translation>स्वागत है, %1: %2 बजे आगमन दर्ज हुआ।</translation>
    </message>
    <message>
        <source>%1: already checked in at %2 (desk: %3).</source>
        <translation>%1: %2 बजे पहले ही आगमन दर्ज हो चुका है (डेस्क: %3)।</translation>
    </message>
    <message>
        <source>a field and its new value (name, designation, enterprise, mobile, email, address, pin, notes); may be given several times</source>
        <translation>एक फ़ील्ड और उसका नया मान (name, designation, enterprise, mobile, email, address, pin, notes); कई बार दिया जा सकता है</translation>
    </message>
    <message>
        <source>Name the invitee to change by number.</source>
        <translation>जिस आमंत्रित व्यक्ति को बदलना है, उसकी संख्या बताएँ।</translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE.</source>
        <translation>--set FIELD=VALUE से बताएँ कि क्या बदलना है।</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE with one of the fields listed in the help.</source>
        <translation>“%1” सहायता में दिए किसी फ़ील्ड के साथ FIELD=VALUE नहीं है।</translation>
    </message>
    <message>
        <source>changed %1 (version %2)</source>
        <translation>%1 बदला गया (संस्करण %2)</translation>
    </message>
    <message>
        <source>Name the invitee to delete by number.</source>
        <translation>जिस आमंत्रित व्यक्ति को हटाना है, उसकी संख्या बताएँ।</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 हटाया गया</translation>
    </message>
    <message>
        <source>the event whose stall it is</source>
        <translation>वह कार्यक्रम जिसका यह स्टॉल है</translation>
    </message>
    <message>
        <source>Name the stall by its code and the invitee by number.</source>
        <translation>स्टॉल का कोड और आमंत्रित व्यक्ति की संख्या बताएँ।</translation>
    </message>
    <message>
        <source>Event %1 has no stall %2.</source>
        <translation>कार्यक्रम %1 में स्टॉल %2 नहीं है।</translation>
    </message>
    <message>
        <source>Stall %1 is blocked; set it free first.</source>
        <translation>स्टॉल %1 अवरुद्ध है; पहले इसे रिक्त करें।</translation>
    </message>
    <message>
        <source>allotted stall %1 to %2</source>
        <translation>स्टॉल %1, %2 को आवंटित</translation>
    </message>
    <message>
        <source>check a guest in at this desk (exit 1 when already checked in)</source>
        <translation>इस डेस्क पर अतिथि का आगमन दर्ज करें (पहले से दर्ज हो तो exit 1)</translation>
    </message>
    <message>
        <source>change an invitee&apos;s fields (refused when another desk changed it)</source>
        <translation>आमंत्रित व्यक्ति के फ़ील्ड बदलें (अन्य डेस्क ने बदला हो तो अस्वीकार)</translation>
    </message>
    <message>
        <source>delete an invitee (refused when another desk changed it)</source>
        <translation>आमंत्रित व्यक्ति को हटाएँ (अन्य डेस्क ने बदला हो तो अस्वीकार)</translation>
    </message>
    <message>
        <source>allot a stall (refused when another desk changed it first)</source>
        <translation>स्टॉल आवंटित करें (अन्य डेस्क ने पहले बदला हो तो अस्वीकार)</translation>
    </message>
</context>
<context>
    <name>DispatchReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>Dispatch register</source>
        <translation>डिस्पैच रजिस्टर</translation>
    </message>
    <message>
        <source>Printed on %1 at %2</source>
        <translation>%1 को %2 बजे मुद्रित</translation>
    </message>
    <message>
        <source>S.No.</source>
        <translation>क्र.सं.</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>पत्रांक</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>How sent</source>
        <translation>प्रेषण का माध्यम</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Letters and certificates issued: %1</source>
        <translation>जारी पत्र एवं प्रमाण-पत्र: %1</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>पिछला पृष्ठ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>अगला पृष्ठ</translation>
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
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Printing…</source>
        <translation>प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
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
        <source>It could not be printed</source>
        <translation>प्रिंट नहीं हो सका</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely (is the disk full?).</source>
        <translation>%1 पूरी तरह लिखी नहीं जा सकी (क्या डिस्क भर गई है?)।</translation>
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
    <name>EditExportCommand</name>
    <message>
        <source>Edit export figure %1</source>
        <translation>निर्यात आँकड़ा %1 बदलें</translation>
    </message>
</context>
<context>
    <name>EditInviteeCommand</name>
    <message>
        <source>edit invitee “%1”</source>
        <translation>आमंत्रित व्यक्ति “%1” संपादित करें</translation>
    </message>
</context>
<context>
    <name>EditTargetCommand</name>
    <message>
        <source>Edit export target for %1</source>
        <translation>%1 का निर्यात लक्ष्य बदलें</translation>
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
        <source>Enter the event&apos;s name in English or Hindi.</source>
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
    <message>
        <source>No events yet. Start with “New event…” (Ctrl+N): the conclave&apos;s name, dates and venue. Then bring in the invitees on the Invitees page, lay out the stalls on the Stalls page, and print the register when the day comes. Help › Guide (F1) walks through it.</source>
        <translation>अभी कोई कार्यक्रम नहीं है। “नया कार्यक्रम…” (Ctrl+N) से शुरू करें: कांक्लेव का नाम, तिथियाँ और स्थान। फिर आमंत्रित व्यक्ति पृष्ठ पर आमंत्रित व्यक्ति जोड़ें, स्टॉल पृष्ठ पर स्टॉल विन्यास बनाएँ, और कार्यक्रम के दिन उपस्थिति पंजिका प्रिंट करें। सहायता › मार्गदर्शिका (F1) में पूरा तरीका दिया है।</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>प्रतिवेदन (&amp;R)…</translation>
    </message>
    <message>
        <source>The conclave report of the selected event for the District Export Promotion Committee, with its decisions and follow-ups (Ctrl+Shift+R)</source>
        <translation>चुने गए कार्यक्रम का सम्मेलन प्रतिवेदन, जिला निर्यात प्रोत्साहन समिति के लिए, निर्णयों और अनुवर्ती कार्यवाही सहित (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>An exchange rate is the number of rupees for one US dollar, such as 82.79.</source>
        <translation>विनिमय दर एक अमेरिकी डॉलर के बदले रुपयों की संख्या है, जैसे 82.79।</translation>
    </message>
    <message>
        <source>The exchange rate could not be saved: %1</source>
        <translation>विनिमय दर सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>The exchange rates could not be saved: %1</source>
        <translation>विनिमय दरें सहेजी नहीं जा सकीं: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesWidget</name>
    <message>
        <source>Rupees for one US dollar in each financial year, such as the RBI reference rate. An export figure given only in ₹ or only in US$ gets the other from its year&apos;s rate (shown with ≈).</source>
        <translation>हर वित्तीय वर्ष में एक अमेरिकी डॉलर के बदले रुपये, जैसे आरबीआई संदर्भ दर। केवल ₹ या केवल US$ में दिया गया निर्यात आँकड़ा दूसरी मुद्रा में अपने वर्ष की दर से बदला जाता है (≈ के साथ दिखता है)।</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>₹ per US$</source>
        <translation>₹ प्रति US$</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>A&amp;dd a year</source>
        <translation>वर्ष जोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>RBI reference rate, average of the year</source>
        <translation>आरबीआई संदर्भ दर, वर्ष का औसत</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a financial year such as 2022-23.</source>
        <translation>पंक्ति %1: “%2” 2022-23 जैसा वित्तीय वर्ष नहीं है।</translation>
    </message>
    <message>
        <source>Row %1: %2 has a rate already.</source>
        <translation>पंक्ति %1: %2 की दर पहले से है।</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportChart</name>
    <message>
        <source>Charts are saved as .png or .pdf, not “%1”.</source>
        <translation>चार्ट .png या .pdf के रूप में सहेजे जाते हैं, “%1” के रूप में नहीं।</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>ExportChartData</name>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>अनिर्दिष्ट</translation>
    </message>
    <message>
        <source>No export targets yet: set them with Targets…</source>
        <translation>अभी कोई निर्यात लक्ष्य नहीं: इन्हें “लक्ष्य…” से तय करें</translation>
    </message>
    <message>
        <source>Exports against the target: %1 in %2, %3</source>
        <translation>लक्ष्य के सामने निर्यात: %2 में %1, %3</translation>
    </message>
    <message>
        <source>₹%1 crore</source>
        <translation>₹%1 करोड़</translation>
    </message>
    <message>
        <source>No export figures for %1</source>
        <translation>%1 के लिए निर्यात आँकड़े नहीं हैं</translation>
    </message>
    <message>
        <source>No export figures yet</source>
        <translation>अभी कोई निर्यात आँकड़ा नहीं है</translation>
    </message>
    <message>
        <source>Exports over the years, %1 to %2: the leading countries</source>
        <translation>वर्षवार निर्यात, %1 से %2: प्रमुख देश</translation>
    </message>
    <message>
        <source>Exports by country and product, %1 (total %2)</source>
        <translation>देश एवं उत्पाद अनुसार निर्यात, %1 (कुल %2)</translation>
    </message>
    <message>
        <source>Share of each country in exports, %1 (total %2)</source>
        <translation>निर्यात में प्रत्येक देश का हिस्सा, %1 (कुल %2)</translation>
    </message>
    <message>
        <source>Share of each HS chapter in exports, %1 (total %2)</source>
        <translation>निर्यात में प्रत्येक एचएस अध्याय का हिस्सा, %1 (कुल %2)</translation>
    </message>
    <message>
        <source>Share of each product in exports, %1 (total %2)</source>
        <translation>निर्यात में प्रत्येक उत्पाद का हिस्सा, %1 (कुल %2)</translation>
    </message>
    <message>
        <source>Exports by country, %1 (total %2)</source>
        <translation>देश अनुसार निर्यात, %1 (कुल %2)</translation>
    </message>
    <message>
        <source>Exports by HS chapter, %1 (total %2)</source>
        <translation>एचएस अध्याय अनुसार निर्यात, %1 (कुल %2)</translation>
    </message>
    <message>
        <source>Exports by product, %1 (total %2)</source>
        <translation>उत्पाद अनुसार निर्यात, %1 (कुल %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>district: chart title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(demo figures)</source>
        <translation>(डेमो आँकड़े)</translation>
    </message>
    <message>
        <source>₹ crore</source>
        <translation>₹ करोड़</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>HS chapter</source>
        <translation>एचएस अध्याय</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>वित्तीय वर्ष</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Add an export figure</source>
        <translation>निर्यात आँकड़ा जोड़ें</translation>
    </message>
    <message>
        <source>Name in English or Hindi, or code (EG)</source>
        <translation>अंग्रेज़ी या हिन्दी में नाम, या कोड (EG)</translation>
    </message>
    <message>
        <source> crore</source>
        <translation> करोड़</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation>वित्तीय &amp;वर्ष:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>देश (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;उत्पाद:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>मूल्य (&amp;V):</translation>
    </message>
    <message>
        <source>Value in &amp;US$ million:</source>
        <translation>&amp;US$ मिलियन में मूल्य:</translation>
    </message>
    <message>
        <source>Write the financial year as in 2020-21.</source>
        <translation>वित्तीय वर्ष 2020-21 की तरह लिखें।</translation>
    </message>
    <message>
        <source>Name the country.</source>
        <translation>देश का नाम लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a country of the list: write its name in English or Hindi, or its code such as EG.</source>
        <translation>“%1” सूची का कोई देश नहीं है: उसका नाम अंग्रेज़ी या हिन्दी में, या EG जैसा कोड लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a value in US$ million: write a number, 0 or more, or leave it empty.</source>
        <translation>“%1” US$ मिलियन में मूल्य नहीं है: 0 या अधिक की संख्या लिखें, या खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>With ₹ 0 and a figure in US$, the rupees follow from the year&apos;s exchange rate.</source>
        <translation>₹ 0 और US$ में आँकड़ा होने पर रुपये वर्ष की विनिमय दर से निकलते हैं।</translation>
    </message>
    <message>
        <source>optional: 6109.10.00</source>
        <translation>वैकल्पिक: 6109.10.00</translation>
    </message>
    <message>
        <source>The ITC(HS) code: 2, 4, 6 or 8 digits, such as 61, 6109 or 6109.10.00</source>
        <translation>आईटीसी (एचएस) कोड: 2, 4, 6 या 8 अंक, जैसे 61, 6109 या 6109.10.00</translation>
    </message>
    <message>
        <source>optional: 1200 KGS</source>
        <translation>वैकल्पिक: 1200 KGS</translation>
    </message>
    <message>
        <source>optional: AAFCP4821K</source>
        <translation>वैकल्पिक: AAFCP4821K</translation>
    </message>
    <message>
        <source>&amp;HS code:</source>
        <translation>एचएस कोड (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>मात्रा (&amp;Q):</translation>
    </message>
    <message>
        <source>E&amp;xporter&apos;s IEC:</source>
        <translation>निर्यातक का आईईसी (&amp;X):</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: write a number and its unit, such as 1200 KGS.</source>
        <translation>“%1” मात्रा नहीं है: संख्या और उसकी इकाई लिखें, जैसे 1200 KGS।</translation>
    </message>
    <message>
        <source>₹ %1 crore at the %2 rate of ₹%3 per US$.</source>
        <translation>₹ %1 करोड़, %2 की दर ₹%3 प्रति US$ पर।</translation>
    </message>
    <message>
        <source>%1 has no exchange rate yet: the figure counts as ₹0 until one is set in Settings › Exchange rates.</source>
        <translation>%1 की विनिमय दर अभी नहीं है: सेटिंग्स › विनिमय दरें में दर दर्ज होने तक यह आँकड़ा ₹0 गिना जाएगा।</translation>
    </message>
    <message>
        <source>US$ %1 million at the %2 rate of ₹%3 per US$.</source>
        <translation>US$ %1 मिलियन, %2 की दर ₹%3 प्रति US$ पर।</translation>
    </message>
    <message>
        <source>No invitee has this IEC yet.</source>
        <translation>अभी किसी आमंत्रित व्यक्ति का यह आईईसी नहीं है।</translation>
    </message>
    <message>
        <source>Exporter: %1.</source>
        <translation>निर्यातक: %1।</translation>
    </message>
</context>
<context>
    <name>ExportFigureCommands</name>
    <message>
        <source>write rejected rows, with the reason, to this CSV file</source>
        <translation>अस्वीकृत पंक्तियाँ, कारण सहित, इस CSV फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>जोड़ने के लिए एक फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>row %1 rejected: %2</source>
        <translation>पंक्ति %1 अस्वीकृत: %2</translation>
    </message>
    <message>
        <source>the financial year to chart, such as 2020-21 (default: the latest)</source>
        <translation>चार्ट का वित्तीय वर्ष, जैसे 2020-21 (डिफ़ॉल्ट: नवीनतम)</translation>
    </message>
    <message>
        <source>how many countries or products to name before “Other” (default 8)</source>
        <translation>“अन्य” से पहले कितने देश या उत्पाद नाम से दिखें (डिफ़ॉल्ट 8)</translation>
    </message>
    <message>
        <source>Name the file to write (.png or .pdf).</source>
        <translation>लिखने के लिए फ़ाइल का नाम दें (.png या .pdf)।</translation>
    </message>
    <message>
        <source>The chart is written as .png or .pdf, not “%1”.</source>
        <translation>चार्ट .png या .pdf के रूप में लिखा जाता है, “%1” के रूप में नहीं।</translation>
    </message>
    <message>
        <source>--year is a financial year such as 2020-21, not “%1”.</source>
        <translation>--year एक वित्तीय वर्ष है, जैसे 2020-21, “%1” नहीं।</translation>
    </message>
    <message>
        <source>--top is a number from 1 to 50.</source>
        <translation>--top 1 से 50 तक की संख्या है।</translation>
    </message>
    <message>
        <source>There are no export figures for %1 (years with figures: %2).</source>
        <translation>%1 के लिए निर्यात आँकड़े नहीं हैं (जिन वर्षों के आँकड़े हैं: %2)।</translation>
    </message>
    <message>
        <source>There are no export figures yet: add them on the Exports page or with “sammelan-cli import exports FILE”.</source>
        <translation>अभी कोई निर्यात आँकड़ा नहीं है: उन्हें निर्यात पृष्ठ पर या “sammelan-cli import exports FILE” से जोड़ें।</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, total ₹%3 crore).</source>
        <translation>%1 लिखी गई (%2, कुल ₹%3 करोड़)।</translation>
    </message>
    <message>
        <source>draw the chart of the district&apos;s exports as a PNG image, or as a PDF with its figures</source>
        <translation>जनपद के निर्यात का चार्ट PNG चित्र के रूप में, या आँकड़ों सहित PDF के रूप में बनाएँ</translation>
    </message>
    <message>
        <source>products matched to existing ones: %1</source>
        <translation>मौजूदा उत्पादों से मिलाए गए: %1</translation>
    </message>
    <message>
        <source>new products: %1</source>
        <translation>नए उत्पाद: %1</translation>
    </message>
    <message>
        <source>read with %1</source>
        <translation>पढ़ा गया: %1</translation>
    </message>
    <message>
        <source>products by HS chapter: %1</source>
        <translation>एचएस अध्याय से उत्पाद: %1</translation>
    </message>
    <message>
        <source>bars by country (default), by product or by HS chapter</source>
        <translation>देश अनुसार (डिफ़ॉल्ट), उत्पाद अनुसार या एचएस अध्याय अनुसार बार</translation>
    </message>
    <message>
        <source>--by is “country”, “product” or “chapter”.</source>
        <translation>--by “country”, “product” या “chapter” होता है।</translation>
    </message>
    <message>
        <source>add export figures (year, country, product, value; or the ministry&apos;s tables: HS code, country, quantity, unit, values with their scale, a column per year) from a CSV, TSV or XLSX file; prints one summary line</source>
        <translation>CSV, TSV या XLSX फ़ाइल से निर्यात आँकड़े जोड़ें (वर्ष, देश, उत्पाद, मूल्य; या मंत्रालय की तालिकाएँ: एचएस कोड, देश, मात्रा, इकाई, इकाई-सहित मूल्य, हर वर्ष का एक स्तंभ); एक सारांश पंक्ति छापता है</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>The file lacks the column(s) %1 (in Hindi: वर्ष, देश, मूल्य). Its columns are: %2</source>
        <translation>फ़ाइल में कॉलम %1 (हिन्दी में: वर्ष, देश, मूल्य) नहीं हैं। इसके कॉलम हैं: %2</translation>
    </message>
    <message>
        <source>year: “%1” is not a financial year such as 2020-21</source>
        <translation>वर्ष: “%1” 2020-21 जैसा वित्तीय वर्ष नहीं है</translation>
    </message>
    <message>
        <source>country: “%1” is not a country of ISO 3166-1 (write its name or code, such as Egypt or EG)</source>
        <translation>देश: “%1” ISO 3166-1 का कोई देश नहीं है (उसका नाम या कोड लिखें, जैसे मिस्र या EG)</translation>
    </message>
    <message>
        <source>The rejected rows could not be kept; nothing was imported.</source>
        <translation>अस्वीकृत पंक्तियाँ सहेजी नहीं जा सकीं; कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>फ़ाइल से जोड़ना पूर्ववत नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was changed.</source>
        <translation>फ़ाइल से जोड़ा गया डेटा सहेजा नहीं जा सका: %1 कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>product: %1</source>
        <translation>उत्पाद: %1</translation>
    </message>
    <message>
        <source>HS code: %1</source>
        <translation>एचएस कोड: %1</translation>
    </message>
    <message>
        <source>IEC: %1</source>
        <translation>आईईसी: %1</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>इकाई: %1</translation>
    </message>
    <message>
        <source>value: the row has no figure in ₹ or US$</source>
        <translation>मूल्य: पंक्ति में ₹ या US$ में कोई आँकड़ा नहीं है</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of %3 (0 or more)</source>
        <translation>%1: “%2” %3 की संख्या (0 या अधिक) नहीं है</translation>
    </message>
    <message>
        <source>value: “%1” is not a number of %2 (0 or more)</source>
        <translation>मूल्य: “%1” %2 की संख्या (0 या अधिक) नहीं है</translation>
    </message>
    <message>
        <source>US$ value</source>
        <translation>US$ मूल्य</translation>
    </message>
    <message>
        <source>quantity: “%1” is not a number (0 or more)</source>
        <translation>मात्रा: “%1” संख्या (0 या अधिक) नहीं है</translation>
    </message>
    <message>
        <source>value: the row has no figure in any year</source>
        <translation>मूल्य: पंक्ति में किसी वर्ष का आँकड़ा नहीं है</translation>
    </message>
    <message>
        <source>totals on row(s) %1</source>
        <translation>पंक्ति %1 पर योग</translation>
    </message>
    <message>
        <source>notes on row(s) %1</source>
        <translation>पंक्ति %1 पर टिप्पणी</translation>
    </message>
    <message>
        <source>the header repeated on row(s) %1</source>
        <translation>पंक्ति %1 पर शीर्ष पंक्ति दोबारा</translation>
    </message>
    <message>
        <source>Passed over, not figures: %1.</source>
        <translation>आँकड़े नहीं, छोड़ी गईं: %1।</translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>The export record could not be saved: %1</source>
        <translation>निर्यात रिकॉर्ड सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The export record could not be deleted: %1</source>
        <translation>निर्यात आँकड़ा हटाया नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>ExportTableLayout</name>
    <message>
        <source>₹ crore</source>
        <translation>₹ करोड़</translation>
    </message>
    <message>
        <source>₹ lakh</source>
        <translation>₹ लाख</translation>
    </message>
    <message>
        <source>₹ thousand</source>
        <translation>₹ हज़ार</translation>
    </message>
    <message>
        <source>rupees</source>
        <translation>रुपये</translation>
    </message>
    <message>
        <source>₹ million</source>
        <translation>₹ मिलियन</translation>
    </message>
    <message>
        <source>₹ billion</source>
        <translation>₹ बिलियन</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>US$ मिलियन</translation>
    </message>
    <message>
        <source>US$ thousand</source>
        <translation>US$ हज़ार</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>अमेरिकी डॉलर</translation>
    </message>
    <message>
        <source>US$ billion</source>
        <translation>US$ बिलियन</translation>
    </message>
    <message>
        <source>US$ lakh</source>
        <translation>US$ लाख</translation>
    </message>
    <message>
        <source>US$ crore</source>
        <translation>US$ करोड़</translation>
    </message>
    <message>
        <source>the header on row %1</source>
        <translation>शीर्ष पंक्ति %1 पर</translation>
    </message>
    <message>
        <source>values in %1</source>
        <translation>मूल्य %1 में</translation>
    </message>
    <message>
        <source>a column for each of the years %1</source>
        <translation>वर्ष %1 में से हर एक का अलग स्तंभ</translation>
    </message>
    <message>
        <source>the year %1 named above the header</source>
        <translation>शीर्ष पंक्ति के ऊपर लिखा वर्ष %1</translation>
    </message>
</context>
<context>
    <name>ExportTableModel</name>
    <message>
        <source>Demo figure: replace it with the real one.</source>
        <translation>डेमो आँकड़ा: इसे वास्तविक आँकड़े से बदलें।</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>₹ crore</source>
        <translation>₹ करोड़</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>US$ मिलियन</translation>
    </message>
    <message>
        <source>Write the financial year as in 2020-21.</source>
        <translation>वित्तीय वर्ष 2020-21 की तरह लिखें।</translation>
    </message>
    <message>
        <source>Choose a country of the list (its name in English or Hindi, or its code such as EG).</source>
        <translation>सूची से देश चुनें (उसका नाम अंग्रेज़ी या हिन्दी में, या EG जैसा कोड)।</translation>
    </message>
    <message>
        <source>The value in ₹ crore is a number, 0 or more.</source>
        <translation>₹ करोड़ में मूल्य 0 या अधिक की संख्या है।</translation>
    </message>
    <message>
        <source>There is already a figure for %1, %2, %3: change that one instead.</source>
        <translation>%1, %2, %3 का आँकड़ा पहले से है: उसी को बदलें।</translation>
    </message>
    <message>
        <source>no product</source>
        <translation>कोई उत्पाद नहीं</translation>
    </message>
    <message>
        <source>“%1” is not a country of the list: write its name in English or Hindi, or its code such as EG.</source>
        <translation>“%1” सूची का कोई देश नहीं है: उसका नाम अंग्रेज़ी या हिन्दी में, या EG जैसा कोड लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a value in ₹ crore: write a number, 0 or more.</source>
        <translation>“%1” ₹ करोड़ में मूल्य नहीं है: 0 या अधिक की संख्या लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a value in US$ million: write a number, 0 or more, or leave it empty.</source>
        <translation>“%1” US$ मिलियन में मूल्य नहीं है: 0 या अधिक की संख्या लिखें, या खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>“%1” is not a financial year: write it as in %2.</source>
        <translation>“%1” वित्तीय वर्ष नहीं है: इसे %2 की तरह लिखें।</translation>
    </message>
    <message>
        <source>Given in US$ only, and %1 has no exchange rate yet: set it in Settings › Exchange rates. Until then the figure counts as ₹0.</source>
        <translation>केवल US$ में दिया गया, और %1 की विनिमय दर अभी नहीं है: इसे सेटिंग्स › विनिमय दरें में दर्ज करें। तब तक यह आँकड़ा ₹0 गिना जाएगा।</translation>
    </message>
    <message>
        <source>Derived from US$ %1 million at ₹%2 per US$, the rate for %3.</source>
        <translation>US$ %1 मिलियन से, %3 की दर ₹%2 प्रति US$ पर निकाला गया।</translation>
    </message>
    <message>
        <source>Derived from ₹%1 crore at ₹%2 per US$, the rate for %3.</source>
        <translation>₹%1 करोड़ से, %3 की दर ₹%2 प्रति US$ पर निकाला गया।</translation>
    </message>
    <message>
        <source>Given; US$ %1 million at ₹%2 per US$, the rate for %3.</source>
        <translation>दिया गया; %3 की दर ₹%2 प्रति US$ पर US$ %1 मिलियन।</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>दिया गया</translation>
    </message>
    <message>
        <source>Counted under %1, the product&apos;s HS chapter(s).</source>
        <translation>उत्पाद के एचएस अध्याय %1 में गिना गया।</translation>
    </message>
    <message>
        <source>≈ in grey: derived from the other currency at the year&apos;s exchange rate (Settings › Exchange rates)</source>
        <translation>धूसर रंग में ≈: दूसरी मुद्रा से वर्ष की विनिमय दर पर निकाला गया (सेटिंग्स › विनिमय दरें)</translation>
    </message>
    <message>
        <source>ITC(HS) code: 2, 4, 6 or 8 digits</source>
        <translation>आईटीसी (एचएस) कोड: 2, 4, 6 या 8 अंक</translation>
    </message>
    <message>
        <source>The exporter&apos;s IEC; the invitee holding it is named</source>
        <translation>निर्यातक का आईईसी; जिस आमंत्रित व्यक्ति का है, उसका नाम दिखता है</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>एचएस कोड</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>निर्यातक</translation>
    </message>
    <message>
        <source>Give the value in ₹ crore or in US$ million.</source>
        <translation>मूल्य ₹ करोड़ में या US$ मिलियन में दें।</translation>
    </message>
    <message>
        <source>Give the value in ₹ crore or in US$ million: one of them is needed.</source>
        <translation>मूल्य ₹ करोड़ में या US$ मिलियन में दें: दोनों में से एक आवश्यक है।</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: write a number and its unit, such as 1200 KGS.</source>
        <translation>“%1” मात्रा नहीं है: संख्या और उसकी इकाई लिखें, जैसे 1200 KGS।</translation>
    </message>
</context>
<context>
    <name>ExportTargetRepository</name>
    <message>
        <source>The target could not be saved: %1</source>
        <translation>लक्ष्य सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The target could not be deleted: %1</source>
        <translation>लक्ष्य हटाया नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>ExportTargetsDialog</name>
    <message>
        <source>“%1” is not a target in ₹ crore: write a number above 0.</source>
        <translation>“%1” ₹ करोड़ में लक्ष्य नहीं है: 0 से अधिक संख्या लिखें।</translation>
    </message>
    <message>
        <source>Export targets</source>
        <translation>निर्यात लक्ष्य</translation>
    </message>
    <message>
        <source>The District Export Action Plan&apos;s targets in ₹ crore, for the district&apos;s exports as a whole or for one country or product. Each is set against the figures of its year; the growth needed runs from the latest year with figures. Double-click a target to change it.</source>
        <translation>जिला निर्यात कार्य योजना के लक्ष्य ₹ करोड़ में, जनपद के कुल निर्यात के लिए या किसी एक देश या उत्पाद के लिए। हर लक्ष्य अपने वर्ष के आँकड़ों से मिलाया जाता है; आवश्यक वृद्धि आँकड़ों वाले सबसे नए वर्ष से गिनी जाती है। लक्ष्य बदलने के लिए उस पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>Target for</source>
        <translation>लक्ष्य किसका</translation>
    </message>
    <message>
        <source>Target, ₹ crore</source>
        <translation>लक्ष्य, ₹ करोड़</translation>
    </message>
    <message>
        <source>Actual, ₹ crore</source>
        <translation>वास्तविक, ₹ करोड़</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation>वित्तीय वर्ष (&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>किसका (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>लक्ष्य (&amp;T):</translation>
    </message>
    <message>
        <source> crore</source>
        <translation> करोड़</translation>
    </message>
    <message>
        <source>Country, in English or Hindi</source>
        <translation>देश, अंग्रेज़ी या हिन्दी में</translation>
    </message>
    <message>
        <source>All exports</source>
        <translation>कुल निर्यात</translation>
    </message>
    <message>
        <source>One country</source>
        <translation>एक देश</translation>
    </message>
    <message>
        <source>One product</source>
        <translation>एक उत्पाद</translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation>लक्ष्य जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Write the financial year as in 2026-27.</source>
        <translation>वित्तीय वर्ष 2026-27 की तरह लिखें।</translation>
    </message>
    <message>
        <source>Name the country.</source>
        <translation>देश का नाम लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a country of the list: write its name in English or Hindi, or its code such as EG.</source>
        <translation>“%1” सूची का कोई देश नहीं है: उसका नाम अंग्रेज़ी या हिन्दी में, या EG जैसा कोड लिखें।</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>उत्पाद चुनें।</translation>
    </message>
    <message>
        <source>Write the target in ₹ crore.</source>
        <translation>लक्ष्य ₹ करोड़ में लिखें।</translation>
    </message>
    <message>
        <source>That year already has this target: double-click its figure in the list to change it.</source>
        <translation>उस वर्ष का यह लक्ष्य पहले से है: उसे बदलने के लिए सूची में उसके आँकड़े पर डबल-क्लिक करें।</translation>
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
    <name>ExportsPage</name>
    <message>
        <source>The figure was not changed</source>
        <translation>आँकड़ा नहीं बदला गया</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation>वित्तीय &amp;वर्ष:</translation>
    </message>
    <message>
        <source>Yea&amp;r:</source>
        <translation>वर्ष (&amp;R):</translation>
    </message>
    <message>
        <source>Na&amp;med:</source>
        <translation>नाम से (&amp;M):</translation>
    </message>
    <message>
        <source>How many countries or products are named before “Other”</source>
        <translation>“अन्य” से पहले कितने देश या उत्पाद नाम से दिखें</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Add an export figure (Ctrl+N)</source>
        <translation>निर्यात आँकड़ा जोड़ें (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;हटाएँ…</translation>
    </message>
    <message>
        <source>Delete the selected figures (Del)</source>
        <translation>चुने गए आँकड़े हटाएँ (Del)</translation>
    </message>
    <message>
        <source>Add from &amp;file…</source>
        <translation>फ़ाइल से जोड़ें (&amp;F)…</translation>
    </message>
    <message>
        <source>Save as PN&amp;G…</source>
        <translation>PN&amp;G के रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Save the chart as an image (Ctrl+Shift+S)</source>
        <translation>चार्ट को चित्र के रूप में सहेजें (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>PD&amp;F के रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Save the chart as a PDF page</source>
        <translation>चार्ट को PDF पृष्ठ के रूप में सहेजें</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the chart (Ctrl+P)</source>
        <translation>चार्ट प्रिंट करें (Ctrl+P)</translation>
    </message>
    <message>
        <source>Bars by country</source>
        <translation>देश अनुसार बार</translation>
    </message>
    <message>
        <source>Bars by product</source>
        <translation>उत्पाद अनुसार बार</translation>
    </message>
    <message>
        <source>Countries split by product</source>
        <translation>देश, उत्पाद अनुसार विभाजित</translation>
    </message>
    <message>
        <source>Share of each country</source>
        <translation>प्रत्येक देश का हिस्सा</translation>
    </message>
    <message>
        <source>Share of each product</source>
        <translation>प्रत्येक उत्पाद का हिस्सा</translation>
    </message>
    <message>
        <source>Trend over the years</source>
        <translation>वर्षवार रुझान</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>सभी वर्ष</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>नवीनतम</translation>
    </message>
    <message>
        <source>No export figures yet. Add them one by one or from a spreadsheet (Ctrl+I).</source>
        <translation>अभी कोई निर्यात आँकड़ा नहीं है। उन्हें एक-एक करके या स्प्रेडशीट से जोड़ें (Ctrl+I)।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Totals by year: %1</source>
        <translation>वर्षवार कुल: %1</translation>
    </message>
    <message>
        <source>Delete export figures</source>
        <translation>निर्यात आँकड़े हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n export figure(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>%n निर्यात आँकड़ा हटाएँ? Ctrl+Z से इसे पूर्ववत कर सकते हैं।</numerusform>
            <numerusform>%n निर्यात आँकड़े हटाएँ? Ctrl+Z से इसे पूर्ववत कर सकते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n export figure(s).</source>
        <translation>
            <numerusform>%n निर्यात आँकड़ा हटाया गया।</numerusform>
            <numerusform>%n निर्यात आँकड़े हटाए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Add export figures from a file</source>
        <translation>फ़ाइल से निर्यात आँकड़े जोड़ें</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>स्प्रेडशीट (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>From %1: %2 added, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 से: %2 जोड़े गए, %3 अद्यतन, %4 अपरिवर्तित, %5 अस्वीकृत।</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… और %n अन्य।</numerusform>
            <numerusform>… और %n अन्य।</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected rows, with the reasons, to a CSV file to correct them?</source>
        <translation>अस्वीकृत पंक्तियों को, कारण सहित, सुधारने के लिए CSV फ़ाइल में सहेजें?</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>अस्वीकृत पंक्तियाँ सहेजें…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>अस्वीकृत पंक्तियाँ सहेजें</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-अस्वीकृत</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>चार्ट सहेजें</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>चार्ट %1 में सहेजा गया।</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Rows in italics are demo figures: replace them with your district&apos;s own, or delete them.</source>
        <translation>तिरछे अक्षरों वाली पंक्तियाँ डेमो आँकड़े हैं: इन्हें अपने जिले के वास्तविक आँकड़ों से बदलें, या हटा दें।</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>चार्ट (&amp;C):</translation>
    </message>
    <message>
        <source>Add export figures from an Excel/CSV file: the columns year, country, product and value, or the ministry&apos;s export tables (HS code, country, values per year) (Ctrl+I)</source>
        <translation>Excel/CSV फ़ाइल से निर्यात आँकड़े जोड़ें: वर्ष, देश, उत्पाद और मूल्य के स्तंभ, या मंत्रालय की निर्यात तालिकाएँ (एचएस कोड, देश, वर्षवार मूल्य) (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>लक्ष्य (&amp;T)…</translation>
    </message>
    <message>
        <source>The District Export Action Plan&apos;s targets and the progress towards them (Ctrl+T)</source>
        <translation>जिला निर्यात कार्य योजना के लक्ष्य और उनकी ओर प्रगति (Ctrl+T)</translation>
    </message>
    <message>
        <source>Bars by HS chapter</source>
        <translation>एचएस अध्याय अनुसार बार</translation>
    </message>
    <message>
        <source>Share of each HS chapter</source>
        <translation>प्रत्येक एचएस अध्याय का हिस्सा</translation>
    </message>
    <message>
        <source>Against the target</source>
        <translation>लक्ष्य के सामने</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) given only in US$ wait for their year&apos;s exchange rate (Edit › Settings › Exchange rates) and count as ₹0 until then.</source>
        <translation>
            <numerusform>केवल US$ में दिया गया %n आँकड़ा अपने वर्ष की विनिमय दर की प्रतीक्षा में है (संपादन › सेटिंग्स › विनिमय दरें) और तब तक ₹0 गिना जाएगा।</numerusform>
            <numerusform>केवल US$ में दिए गए %n आँकड़े अपने वर्ष की विनिमय दर की प्रतीक्षा में हैं (संपादन › सेटिंग्स › विनिमय दरें) और तब तक ₹0 गिने जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>Read with %1.</source>
        <translation>पढ़ा गया: %1।</translation>
    </message>
    <message>
        <source>Saved the HS chapters of %1.</source>
        <translation>%1 के एचएस अध्याय सहेजे गए।</translation>
    </message>
    <message>
        <source>Who exports to %1?</source>
        <translation>%1 को कौन निर्यात करता है?</translation>
    </message>
    <message>
        <source>Who exports %1?</source>
        <translation>%1 का निर्यात कौन करता है?</translation>
    </message>
    <message>
        <source>HS chapters of %1…</source>
        <translation>%1 के एचएस अध्याय…</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate stalls</source>
        <translation>स्टॉल बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Number of stalls:</source>
        <translation>स्टॉल की संख्या (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Replace the stalls there are now</source>
        <translation>अभी के स्टॉल बदल दें (&amp;R)</translation>
    </message>
    <message>
        <source>Stall &amp;width:</source>
        <translation>स्टॉल की चौड़ाई (&amp;W):</translation>
    </message>
    <message>
        <source>Stall &amp;depth:</source>
        <translation>स्टॉल की गहराई (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Aisle width:</source>
        <translation>गलियारे की चौड़ाई (&amp;A):</translation>
    </message>
    <message>
        <source>%1 stalls of this size fit in the hall (%2).</source>
        <translation>इस आकार के %1 स्टॉल हॉल (%2) में आते हैं।</translation>
    </message>
    <message>
        <source>Only %1 stalls of this size fit in the hall (%2): make them smaller, the aisles narrower or the hall larger.</source>
        <translation>इस आकार के केवल %1 स्टॉल हॉल (%2) में आते हैं: स्टॉल छोटे करें, गलियारे संकरे करें या हॉल बड़ा करें।</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Sammelan guide</source>
        <translation>सम्मेलन मार्गदर्शिका</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>HallDialog</name>
    <message>
        <source>Hall size</source>
        <translation>हॉल का आकार</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Move or delete it first.</source>
        <translation>पहले उसे खिसकाएँ या हटाएँ।</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>नाम: %1</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>चौड़ाई (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>गहराई (&amp;D):</translation>
    </message>
</context>
<context>
    <name>HsChapters</name>
    <message>
        <source>“%1” is not an ITC(HS) code: it has 2, 4, 6 or 8 digits, such as 61 or 6109.10.00.</source>
        <translation>“%1” आईटीसी (एचएस) कोड नहीं है: इसमें 2, 4, 6 या 8 अंक होते हैं, जैसे 61 या 6109.10.00।</translation>
    </message>
    <message>
        <source>“%1” is not an ITC(HS) code: there is no chapter %2.</source>
        <translation>“%1” आईटीसी (एचएस) कोड नहीं है: अध्याय %2 नहीं होता।</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>अवर्गीकृत</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>chapter number and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>chapter numbers: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no HS chapter %1.</source>
        <translation>एचएस अध्याय %1 नहीं होता।</translation>
    </message>
</context>
<context>
    <name>ImportExportsCommand</name>
    <message>
        <source>Import export figures from %1</source>
        <translation>%1 से निर्यात आँकड़े जोड़ें</translation>
    </message>
    <message>
        <source>The import could not be undone.</source>
        <translation>फ़ाइल से जोड़ना पूर्ववत नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>The import could not be applied again: %1</source>
        <translation>फ़ाइल से जोड़ा गया डेटा फिर से लागू नहीं किया जा सका: %1</translation>
    </message>
</context>
<context>
    <name>ImportInviteesCommand</name>
    <message>
        <source>import from %1</source>
        <translation>%1 से जोड़ें</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Add invitees from an Excel/CSV file</source>
        <translation>Excel/CSV फ़ाइल से आमंत्रित व्यक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Sammelan reads CSV files (UTF-8, as LibreOffice and Excel&apos;s “CSV UTF-8” save them), Excel&apos;s “Unicode Text” and Excel workbooks (.xlsx, the first sheet). Nothing is written until the last step.</source>
        <translation>सम्मेलन CSV फ़ाइलें (UTF-8, जैसे LibreOffice और Excel का “CSV UTF-8” सहेजते हैं), Excel का “Unicode Text” और Excel वर्कबुक (.xlsx, पहली शीट) पढ़ता है। अंतिम चरण तक कुछ भी नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>Status applies to &amp;event:</source>
        <translation>स्थिति इस कार्यक्रम पर लागू हो (&amp;E):</translation>
    </message>
    <message>
        <source>Rows already registered:</source>
        <translation>पहले से पंजीकृत पंक्तियाँ:</translation>
    </message>
    <message>
        <source>&amp;Skip them (the register keeps what it has)</source>
        <translation>इन्हें छोड़ दें (पंजिका में जो है वही रहे) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update the registered records with the file&apos;s values</source>
        <translation>पंजीकृत रिकॉर्ड को फ़ाइल के मानों से अद्यतन करें (&amp;U)</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>कॉलम जाँचें</translation>
    </message>
    <message>
        <source>Each column of the file was matched by its heading. Change a match if it is wrong; columns set to “Ignore” are not imported.</source>
        <translation>फ़ाइल के हर कॉलम को उसके शीर्षक से मिलाया गया है। गलत मिलान बदल दें; “अनदेखा करें” वाले कॉलम नहीं जोड़े जाते।</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>फ़ाइल में कॉलम</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>इस रूप में उपयोग करें</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>पहला मान</translation>
    </message>
    <message>
        <source>The first rows as they will be read:</source>
        <translation>पहली पंक्तियाँ, जैसे वे पढ़ी जाएँगी:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>क्या होगा</translation>
    </message>
    <message>
        <source>Rejected rows are not imported. Correct them here and press “Check again”, or save them to a file to correct later.</source>
        <translation>अस्वीकृत पंक्तियाँ नहीं जोड़ी जातीं। इन्हें यहीं सुधारें और “फिर से जाँचें” दबाएँ, या बाद में सुधारने के लिए फ़ाइल में सहेजें।</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>फिर से जाँचें (&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>अस्वीकृत पंक्तियाँ सहेजें (&amp;R)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>जोड़ना रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>जोड़ें (&amp;I)</translation>
    </message>
    <message>
        <source>(none: ignore the status column)</source>
        <translation>(कोई नहीं: स्थिति कॉलम अनदेखा करें)</translation>
    </message>
    <message>
        <source>Choose the list of invitees</source>
        <translation>आमंत्रित व्यक्तियों की सूची चुनें</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>तालिकाएँ (*.csv *.tsv *.txt *.xlsx);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>(column %1, no heading)</source>
        <translation>(कॉलम %1, कोई शीर्षक नहीं)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Ignore (not recognised)</source>
        <translation>अनदेखा करें (पहचाना नहीं गया)</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>वह कॉलम चुनें जिसमें नाम हैं।</translation>
    </message>
    <message>
        <source>%1 to add, %2 to update, %3 to skip as already registered, %4 rejected.</source>
        <translation>%1 जोड़े जाएँगे, %2 अद्यतन होंगे, %3 पहले से पंजीकृत होने के कारण छोड़े जाएँगे, %4 अस्वीकृत।</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-अस्वीकृत</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>अस्वीकृत पंक्तियाँ सहेजें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>पहले फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 skipped as already registered, %4 rejected.
Edit → Undo takes the whole import back.</source>
        <translation>पूर्ण: %1 जोड़े गए, %2 अद्यतन हुए, %3 पहले से पंजीकृत होने के कारण छोड़े गए, %4 अस्वीकृत।
संपादन → पूर्ववत करें पूरे जोड़ को वापस ले लेता है।</translation>
    </message>
    <message>
        <source>Or choose below which of them to use.</source>
        <translation>या नीचे चुनें कि इनमें से किसका उपयोग हो।</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>ब्राउज़ करें (&amp;W)…</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>फ़ाइल में</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Category to use</source>
        <translation>कौन-सी श्रेणी</translation>
    </message>
    <message>
        <source>Use the existing “%1”</source>
        <translation>मौजूदा “%1” लें</translation>
    </message>
    <message>
        <source>Add “%1” as a new category</source>
        <translation>“%1” नई श्रेणी के रूप में जोड़ें</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>“%1” लें</translation>
    </message>
    <message numerus="yes">
        <source>%n category name(s) in the file are not in the register yet. Choose for each whether it is an existing category written another way, or a new one:</source>
        <translation>
            <numerusform>फ़ाइल में श्रेणी का %n नाम पंजी में अभी नहीं है। चुनें कि यह किसी मौजूदा श्रेणी का दूसरा लिखा रूप है या नई श्रेणी:</numerusform>
            <numerusform>फ़ाइल में श्रेणियों के %n नाम पंजी में अभी नहीं हैं। हर एक के लिए चुनें कि वह किसी मौजूदा श्रेणी का दूसरा लिखा रूप है या नई श्रेणी:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationMail</name>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;: %3</translation>
    </message>
</context>
<context>
    <name>InvitationRepository</name>
    <message>
        <source>The status could not be saved: %1</source>
        <translation>स्थिति सहेजी नहीं जा सकी: %1</translation>
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
    <name>InviteeCommands</name>
    <message>
        <source>--event takes the number of an event (see “sammelan-cli events”).</source>
        <translation>--event के साथ कार्यक्रम की संख्या दें (देखें “sammelan-cli events”)।</translation>
    </message>
    <message>
        <source>apply the status column to this event</source>
        <translation>स्थिति कॉलम इस कार्यक्रम पर लागू करें</translation>
    </message>
    <message>
        <source>write rejected rows, with the reason, to this CSV file</source>
        <translation>अस्वीकृत पंक्तियाँ कारण सहित इस CSV फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>skip (default) or update records that already exist</source>
        <translation>पहले से मौजूद रिकॉर्ड छोड़ें (डिफ़ॉल्ट) या अद्यतन करें</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>जोड़ने के लिए एक फ़ाइल बताएँ।</translation>
    </message>
    <message>
        <source>--on-duplicate is “skip” or “update”.</source>
        <translation>--on-duplicate “skip” या “update” होता है।</translation>
    </message>
    <message>
        <source>There is no event %1 (see “sammelan-cli events”).</source>
        <translation>कार्यक्रम %1 नहीं है (देखें “sammelan-cli events”)।</translation>
    </message>
    <message>
        <source>row %1 rejected: %2</source>
        <translation>पंक्ति %1 अस्वीकृत: %2</translation>
    </message>
    <message>
        <source>include the status at this event</source>
        <translation>इस कार्यक्रम की स्थिति शामिल करें</translation>
    </message>
    <message>
        <source>Name the file to write (.csv or .xlsx).</source>
        <translation>लिखने के लिए फ़ाइल बताएँ (.csv या .xlsx)।</translation>
    </message>
    <message>
        <source>exported %1 invitees to %2</source>
        <translation>%1 आमंत्रित व्यक्ति %2 में सहेजे गए</translation>
    </message>
    <message>
        <source>add invitees from a CSV, TSV or XLSX file; prints one summary line</source>
        <translation>CSV, TSV या XLSX फ़ाइल से आमंत्रित व्यक्ति जोड़ें; एक सारांश पंक्ति छापता है</translation>
    </message>
    <message>
        <source>write the invitee register to a CSV or XLSX file</source>
        <translation>आमंत्रित व्यक्तियों की पंजिका CSV या XLSX फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>that event&apos;s invitations, with their status</source>
        <translation>उस कार्यक्रम के आमंत्रण, उनकी स्थिति के साथ</translation>
    </message>
    <message>
        <source>names, enterprises, mobiles, e-mails or GSTINs matching TEXT (in either script)</source>
        <translation>TEXT से मिलते नाम, उद्यम, मोबाइल, ईमेल या GSTIN (किसी भी लिपि में)</translation>
    </message>
    <message>
        <source>only these statuses at the event, comma-separated</source>
        <translation>कार्यक्रम में केवल ये स्थितियाँ, अल्पविराम से अलग</translation>
    </message>
    <message>
        <source>invitees takes no file names.</source>
        <translation>invitees किसी फ़ाइल का नाम नहीं लेता।</translation>
    </message>
    <message>
        <source>--status needs --event: a status belongs to an invitation to an event.</source>
        <translation>--status के साथ --event चाहिए: स्थिति किसी कार्यक्रम के आमंत्रण की होती है।</translation>
    </message>
    <message>
        <source>list invitees: id, name, enterprise, mobile, status (tab-separated)</source>
        <translation>आमंत्रित व्यक्तियों की सूची: id, नाम, उद्यम, मोबाइल, स्थिति (टैब से अलग)</translation>
    </message>
    <message>
        <source>categories matched to existing ones: %1</source>
        <translation>मौजूदा श्रेणियों से मिलाई गईं: %1</translation>
    </message>
    <message>
        <source>new categories: %1</source>
        <translation>नई श्रेणियाँ: %1</translation>
    </message>
</context>
<context>
    <name>InviteeDialog</name>
    <message>
        <source>Invitee</source>
        <translation>आमंत्रित व्यक्ति</translation>
    </message>
    <message>
        <source>Person and enterprise</source>
        <translation>व्यक्ति और उद्यम</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Designation:</source>
        <translation>पद (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>उद्यम (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>क्षेत्र (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>मोबाइल नंबर (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Alternate phone:</source>
        <translation>वैकल्पिक फ़ोन (&amp;A):</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>पता (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;PIN code:</source>
        <translation>पिन कोड (&amp;P):</translation>
    </message>
    <message>
        <source>Registration and exports</source>
        <translation>पंजीकरण और निर्यात</translation>
    </message>
    <message>
        <source>&amp;GSTIN:</source>
        <translation>जीएसटीआईएन (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Udyam number:</source>
        <translation>उद्यम पंजीकरण संख्या (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;IEC:</source>
        <translation>आईईसी (&amp;I):</translation>
    </message>
    <message>
        <source>E&amp;xporter status:</source>
        <translation>निर्यातक स्थिति (&amp;X):</translation>
    </message>
    <message>
        <source>S&amp;hare exported:</source>
        <translation>निर्यात का हिस्सा (&amp;H):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>टिप्पणी (&amp;T):</translation>
    </message>
    <message>
        <source>Name and mobile are required; everything else may be left empty.</source>
        <translation>नाम और मोबाइल नंबर आवश्यक हैं; बाकी सब खाली छोड़ा जा सकता है।</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>नहीं दिया</translation>
    </message>
    <message>
        <source>Edit invitee</source>
        <translation>आमंत्रित व्यक्ति संपादित करें</translation>
    </message>
    <message>
        <source>New invitee</source>
        <translation>नया आमंत्रित व्यक्ति</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>%1 में: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>पहले से पंजीकृत</translation>
    </message>
    <message>
        <source>%1 is already registered with this %2.
Open that record instead?</source>
        <translation>%1 इसी %2 के साथ पहले से पंजीकृत है।
इसके स्थान पर वह रिकॉर्ड खोलें?</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 खोलें</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>फ़ॉर्म पर वापस जाएँ</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>पहले से पंजीकृत?</translation>
    </message>
    <message>
        <source>%1 is already registered, with a name that sounds the same.
Is it the same person?</source>
        <translation>%1 पहले से पंजीकृत हैं, नाम मिलता-जुलता है।
क्या यह वही व्यक्ति हैं?</translation>
    </message>
    <message>
        <source>Yes, open %1</source>
        <translation>हाँ, %1 खोलें</translation>
    </message>
    <message>
        <source>No, save a new person</source>
        <translation>नहीं, नया व्यक्ति सहेजें</translation>
    </message>
    <message>
        <source>Emai&amp;l:</source>
        <translation>ईमेल (&amp;L):</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>बदलाव छोड़ दें?</translation>
    </message>
    <message>
        <source>What was typed in this form is not saved. Close it anyway?</source>
        <translation>इस फ़ॉर्म में लिखा गया सहेजा नहीं गया है। फिर भी बंद करें?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Invitation and history</source>
        <translation>आमंत्रण और इतिहास</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>बदलावों का इतिहास</translation>
    </message>
</context>
<context>
    <name>InviteeExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>%1 could not be written completely (is the disk full?).</source>
        <translation>%1 पूरी तरह लिखी नहीं जा सकी (क्या डिस्क भर गई है?)।</translation>
    </message>
</context>
<context>
    <name>InviteeImport</name>
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
        <translation>उद्यम</translation>
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
        <source>Alternate phone</source>
        <translation>वैकल्पिक फ़ोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>जीएसटीआईएन</translation>
    </message>
    <message>
        <source>Udyam number</source>
        <translation>उद्यम पंजीकरण संख्या</translation>
    </message>
    <message>
        <source>IEC</source>
        <translation>आईईसी</translation>
    </message>
    <message>
        <source>Exporter status</source>
        <translation>निर्यातक स्थिति</translation>
    </message>
    <message>
        <source>Share exported</source>
        <translation>निर्यात का हिस्सा</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Nominated to</source>
        <translation>नामित कार्यक्रम</translation>
    </message>
    <message>
        <source>exporter status: “%1” is not one of: direct exporter, exports through a merchant exporter, not yet exporting</source>
        <translation>निर्यातक स्थिति: “%1” इनमें से नहीं है: प्रत्यक्ष निर्यातक, मर्चेंट निर्यातक के माध्यम से निर्यात, अभी निर्यात नहीं</translation>
    </message>
    <message>
        <source>status: “%1” is not one of: invited, confirmed, declined, attended, nominated (or the Hindi words)</source>
        <translation>स्थिति: “%1” इनमें से नहीं है: invited, confirmed, declined, attended, nominated (या हिन्दी शब्द)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>पंक्ति %1</translation>
    </message>
    <message>
        <source>matches more than one record (%1): check which one is meant</source>
        <translation>एक से अधिक रिकॉर्ड से मेल खाता है (%1): जाँचें कि कौन-सा अभिप्रेत है</translation>
    </message>
    <message>
        <source>%1 (already registered)</source>
        <translation>%1 (पहले से पंजीकृत)</translation>
    </message>
    <message>
        <source>same %1 as %2</source>
        <translation>%2 वाला ही %1</translation>
    </message>
    <message>
        <source>updates %1</source>
        <translation>%1 को अद्यतन करता है</translation>
    </message>
    <message>
        <source>Row %1 could not be saved (%2); nothing was imported.</source>
        <translation>पंक्ति %1 सहेजी नहीं जा सकी (%2); कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>the matching record is gone</source>
        <translation>मेल खाने वाला रिकॉर्ड अब नहीं है</translation>
    </message>
    <message>
        <source>The import could not be saved (%1); nothing was changed.</source>
        <translation>जोड़ना सहेजा नहीं जा सका (%1); कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The file has no name column (“name” or “नाम”). Its columns are: %1</source>
        <translation>फ़ाइल में नाम का कॉलम (“name” या “नाम”) नहीं है। इसके कॉलम हैं: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>जोड़ना रद्द किया गया; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>The rejected rows could not be kept; nothing was imported.</source>
        <translation>अस्वीकृत पंक्तियाँ सुरक्षित नहीं रखी जा सकीं; कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>फ़ाइल से कुछ भी नहीं जोड़ा गया: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was changed.</source>
        <translation>फ़ाइल से जोड़ा गया डेटा सहेजा नहीं जा सका: %1 कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>फ़ाइल से जोड़ना पूर्ववत नहीं किया जा सका: %1</translation>
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
        <source>Sectors: %1 selected</source>
        <translation>क्षेत्र: %1 चयनित</translation>
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
        <source>%1 (invitees: %2)</source>
        <translation>%1 (आमंत्रित व्यक्ति: %2)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (जारी)</translation>
    </message>
    <message>
        <source>Total invitees: %1</source>
        <translation>कुल आमंत्रित व्यक्ति: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2 · %3</source>
        <translation>दिन %1 / %2 · %3</translation>
    </message>
    <message>
        <source>Counts by day (expected: %1)</source>
        <translation>दिनवार गणना (अपेक्षित: %1)</translation>
    </message>
    <message>
        <source>Counts by day (continued)</source>
        <translation>दिनवार गणना (जारी)</translation>
    </message>
    <message>
        <source>%1: arrived %2 of %3 expected</source>
        <translation>%1: %3 अपेक्षित में से %2 पहुँचे</translation>
    </message>
</context>
<context>
    <name>InviteeRepository</name>
    <message>
        <source>The invitee could not be saved: %1</source>
        <translation>आमंत्रित व्यक्ति सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The invitees could not be deleted: %1</source>
        <translation>आमंत्रित व्यक्तियों को हटाया नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>InviteeTableModel</name>
    <message>
        <source>since %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>Demo record (fictional)</source>
        <translation>डेमो रिकॉर्ड (काल्पनिक)</translation>
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
        <translation>उद्यम</translation>
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
        <source>Stall</source>
        <translation>स्टॉल</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>जीएसटीआईएन</translation>
    </message>
    <message>
        <source>Udyam number</source>
        <translation>उद्यम पंजीकरण संख्या</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>निर्यातक</translation>
    </message>
</context>
<context>
    <name>InviteeValidator</name>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <source>alternate phone</source>
        <translation>वैकल्पिक फ़ोन</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>जीएसटीआईएन</translation>
    </message>
    <message>
        <source>Udyam number</source>
        <translation>उद्यम पंजीकरण संख्या</translation>
    </message>
    <message>
        <source>IEC</source>
        <translation>आईईसी</translation>
    </message>
    <message>
        <source>share exported</source>
        <translation>निर्यात का हिस्सा</translation>
    </message>
    <message>
        <source>designation</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>उद्यम</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>InviteesPage</name>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(कोई क्षेत्र नहीं)</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%2 में से %1 दिखाए गए</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %3 में से %2</translation>
    </message>
    <message>
        <source>choose an event to see invitation status</source>
        <translation>आमंत्रण स्थिति देखने के लिए कार्यक्रम चुनें</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 जोड़ा गया।</translation>
    </message>
    <message>
        <source>Delete %1 with all their invitations?</source>
        <translation>%1 को उनके सभी आमंत्रणों सहित हटाएँ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n invitee(s) with all their invitations?</source>
        <translation>
            <numerusform>%n आमंत्रित व्यक्ति को उनके सभी आमंत्रणों सहित हटाएँ?</numerusform>
            <numerusform>%n आमंत्रित व्यक्तियों को उनके सभी आमंत्रणों सहित हटाएँ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete invitees</source>
        <translation>आमंत्रित व्यक्ति हटाएँ</translation>
    </message>
    <message>
        <source>You can bring them back with Edit → Undo.</source>
        <translation>आप उन्हें संपादन → पूर्ववत करें से वापस ला सकते हैं।</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n invitee(s).</source>
        <translation>
            <numerusform>%n आमंत्रित व्यक्ति हटाया गया।</numerusform>
            <numerusform>%n आमंत्रित व्यक्ति हटाए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n invitee(s) as %1.</source>
        <translation>
            <numerusform>%n आमंत्रित व्यक्ति की स्थिति “%1” की गई।</numerusform>
            <numerusform>%n आमंत्रित व्यक्तियों की स्थिति “%1” की गई।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unchanged: that step does not follow from their status.</source>
        <translation>
            <numerusform>%n अपरिवर्तित रहा: यह चरण उनकी स्थिति से आगे नहीं आता।</numerusform>
            <numerusform>%n अपरिवर्तित रहे: यह चरण उनकी स्थिति से आगे नहीं आता।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nominate</source>
        <translation>नामित करें</translation>
    </message>
    <message>
        <source>Create the event to nominate to first, on the Events page.</source>
        <translation>पहले कार्यक्रम पृष्ठ पर वह कार्यक्रम बनाएँ जिसके लिए नामित करना है।</translation>
    </message>
    <message numerus="yes">
        <source>Nominate %n invitee(s) to:</source>
        <translation>
            <numerusform>%n आमंत्रित व्यक्ति को इसके लिए नामित करें:</numerusform>
            <numerusform>%n आमंत्रित व्यक्तियों को इसके लिए नामित करें:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nominated %n invitee(s) to %1.</source>
        <translation>
            <numerusform>%n आमंत्रित व्यक्ति %1 के लिए नामित हुआ।</numerusform>
            <numerusform>%n आमंत्रित व्यक्ति %1 के लिए नामित हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>आमंत्रित व्यक्ति</translation>
    </message>
    <message>
        <source>Search name, enterprise, mobile, email or GSTIN (Ctrl+F)</source>
        <translation>नाम, उद्यम, मोबाइल, ईमेल या जीएसटीआईएन खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>क्षेत्र (&amp;C):</translation>
    </message>
    <message>
        <source>E&amp;xporter:</source>
        <translation>निर्यातक (&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Add an invitee (Ctrl+N)</source>
        <translation>आमंत्रित व्यक्ति जोड़ें (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected invitee (F2, Enter or double click)</source>
        <translation>चुने गए आमंत्रित व्यक्ति को संपादित करें (F2, Enter या डबल क्लिक)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected invitees (Del)</source>
        <translation>चुने गए आमंत्रित व्यक्तियों को हटाएँ (Del)</translation>
    </message>
    <message>
        <source>N&amp;ominate…</source>
        <translation>नामित करें (&amp;O)…</translation>
    </message>
    <message>
        <source>Nominate the selected invitees to another event</source>
        <translation>चुने गए आमंत्रित व्यक्तियों को दूसरे कार्यक्रम के लिए नामित करें</translation>
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation>स्थिति बदलें (&amp;S)</translation>
    </message>
    <message>
        <source>Change the invitation status of the selected invitees</source>
        <translation>चुने गए आमंत्रित व्यक्तियों की आमंत्रण स्थिति बदलें</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save the invitees to a file</source>
        <translation>आमंत्रित व्यक्तियों को फ़ाइल में सहेजें</translation>
    </message>
    <message>
        <source>invitees</source>
        <translation>आमंत्रित-व्यक्ति</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invitee(s) to %1.</source>
        <translation>
            <numerusform>%n आमंत्रित व्यक्ति %1 में सहेजा गया।</numerusform>
            <numerusform>%n आमंत्रित व्यक्ति %1 में सहेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Add from &amp;file…</source>
        <translation>फ़ाइल से जोड़ें (&amp;F)…</translation>
    </message>
    <message>
        <source>Add invitees from an Excel/CSV file (Ctrl+I)</source>
        <translation>Excel/CSV फ़ाइल से आमंत्रित व्यक्ति जोड़ें (Ctrl+I)</translation>
    </message>
    <message>
        <source>Save to fi&amp;le…</source>
        <translation>फ़ाइल में सहेजें (&amp;L)…</translation>
    </message>
    <message>
        <source>Save the invitees shown to an Excel/CSV file (Ctrl+E)</source>
        <translation>दिखाए गए आमंत्रित व्यक्तियों को Excel/CSV फ़ाइल में सहेजें (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the invitees shown: list, attendance register or by sector (Ctrl+P)</source>
        <translation>दिखाए गए आमंत्रित व्यक्ति प्रिंट करें: सूची, उपस्थिति पंजिका या क्षेत्र अनुसार (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>बैज (&amp;B)…</translation>
    </message>
    <message>
        <source>Print badges with check-in QR codes: for the selected invitees, or for all shown (Ctrl+B)</source>
        <translation>आगमन दर्ज करने के QR कोड वाले बैज प्रिंट करें: चुने गए आमंत्रित व्यक्तियों के, या दिखाए गए सभी के (Ctrl+B)</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>स्थिति (&amp;U):</translation>
    </message>
</context>
<context>
    <name>LabelReport</name>
    <message>
        <source>Address labels, 2 × 7 per A4 sheet (99.1 × 38.1 mm)</source>
        <translation>पता लेबल, A4 शीट पर 2 × 7 (99.1 × 38.1 मिमी)</translation>
    </message>
    <message>
        <source>Address labels, 3 × 8 per A4 sheet (63.5 × 33.9 mm)</source>
        <translation>पता लेबल, A4 शीट पर 3 × 8 (63.5 × 33.9 मिमी)</translation>
    </message>
    <message>
        <source>PIN %1</source>
        <translation>पिन %1</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>पता लेबल</translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message>
        <source>the event&apos;s number (see “events”)</source>
        <translation>कार्यक्रम का क्रमांक (“events” देखें)</translation>
    </message>
    <message>
        <source>only these statuses, comma-separated (default: invited,confirmed)</source>
        <translation>केवल ये स्थितियाँ, अल्पविराम से अलग (डिफ़ॉल्ट: invited,confirmed)</translation>
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
        <source>Name the PDF file to write, once.</source>
        <translation>बनने वाली PDF फ़ाइल का नाम एक बार दें।</translation>
    </message>
    <message>
        <source>There is no event %1 (see “sammelan-cli events”).</source>
        <translation>कार्यक्रम %1 नहीं है (देखें “sammelan-cli events”)।</translation>
    </message>
    <message>
        <source>write them in English (en) or Hindi (hi) (default: each invitee&apos;s own: Hindi when the name is in Devanagari)</source>
        <translation>अंग्रेज़ी (en) या हिन्दी (hi) में लिखें (डिफ़ॉल्ट: हर आमंत्रित व्यक्ति की अपनी भाषा: नाम देवनागरी में हो तो हिन्दी)</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or hi.</source>
        <translation>अज्ञात भाषा “%1”: en या hi लिखें।</translation>
    </message>
    <message>
        <source>No invitee of event %1 has those statuses: there are no letters to print.</source>
        <translation>कार्यक्रम %1 में इन स्थितियों वाला कोई आमंत्रित व्यक्ति नहीं है: प्रिंट करने को कोई पत्र नहीं है।</translation>
    </message>
    <message>
        <source>The letter&apos;s template has unknown fields: %1. Correct it in the program (Invitees › Letters › Templates) first.</source>
        <translation>पत्र के टेम्पलेट में अज्ञात फ़ील्ड हैं: %1। पहले प्रोग्राम में इसे ठीक करें (आमंत्रित व्यक्ति › पत्र › टेम्पलेट)।</translation>
    </message>
    <message>
        <source>Wrote %1 (letters: %2, numbers given now: %3, kept from before: %4).</source>
        <translation>%1 लिखी गई (पत्र: %2, अभी दिए गए पत्रांक: %3, पहले के रखे गए: %4)।</translation>
    </message>
    <message>
        <source>attendee (those who attended, the default) or exhibitor (those with a stall)</source>
        <translation>attendee (जो उपस्थित रहे, डिफ़ॉल्ट) या exhibitor (जिनका स्टॉल है)</translation>
    </message>
    <message>
        <source>the language set first and larger: English (en) or Hindi (hi); certificates are in both</source>
        <translation>पहले और बड़े अक्षरों में छपने वाली भाषा: अंग्रेज़ी (en) या हिन्दी (hi); प्रमाण-पत्र दोनों भाषाओं में होते हैं</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use attendee or exhibitor.</source>
        <translation>अज्ञात प्रकार “%1”: attendee या exhibitor लिखें।</translation>
    </message>
    <message>
        <source>No one has attended event %1 yet: there are no certificates to print.</source>
        <translation>कार्यक्रम %1 में अभी तक कोई उपस्थित नहीं हुआ: प्रिंट करने को कोई प्रमाण-पत्र नहीं है।</translation>
    </message>
    <message>
        <source>No invitee has a stall at event %1: there are no exhibitors&apos; certificates to print.</source>
        <translation>कार्यक्रम %1 में किसी आमंत्रित व्यक्ति का स्टॉल नहीं है: प्रिंट करने को प्रदर्शकों का कोई प्रमाण-पत्र नहीं है।</translation>
    </message>
    <message>
        <source>Wrote %1 (certificates: %2).</source>
        <translation>%1 लिखी गई (प्रमाण-पत्र: %2)।</translation>
    </message>
    <message>
        <source>2x7 (14 labels of 99.1 × 38.1 mm per A4 sheet, the default) or 3x8 (24 labels of 63.5 × 33.9 mm)</source>
        <translation>2x7 (A4 शीट पर 99.1 × 38.1 मिमी के 14 लेबल, डिफ़ॉल्ट) या 3x8 (63.5 × 33.9 मिमी के 24 लेबल)</translation>
    </message>
    <message>
        <source>Unknown layout “%1”: use 2x7 or 3x8.</source>
        <translation>अज्ञात विन्यास “%1”: 2x7 या 3x8 लिखें।</translation>
    </message>
    <message>
        <source>No invitee of event %1 has those statuses: there are no labels to print.</source>
        <translation>कार्यक्रम %1 में इन स्थितियों वाला कोई आमंत्रित व्यक्ति नहीं है: प्रिंट करने को कोई लेबल नहीं है।</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2, labels: %3).</source>
        <translation>%1 लिखी गई (पृष्ठ: %2, लेबल: %3)।</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%2 पर %1 का पासवर्ड: </translation>
    </message>
    <message>
        <source>No password was given for %1 at %2: nothing was sent.</source>
        <translation>%2 पर %1 का पासवर्ड नहीं दिया गया: कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>the mail server, instead of the one in the settings: smtp://HOST:PORT (STARTTLS when offered) or smtps://HOST:PORT, USER@ before HOST to log in</source>
        <translation>सेटिंग्स वाले के स्थान पर यह मेल सर्वर: smtp://HOST:PORT (सर्वर दे तो STARTTLS) या smtps://HOST:PORT; लॉग इन के लिए HOST से पहले USER@</translation>
    </message>
    <message>
        <source>the sender&apos;s address, instead of the one in the settings</source>
        <translation>सेटिंग्स वाले के स्थान पर भेजने वाले का यह पता</translation>
    </message>
    <message>
        <source>list who would get the invitation; send nothing, note nothing</source>
        <translation>केवल सूची दें कि आमंत्रण किसे जाएगा; न कुछ भेजें, न कुछ दर्ज करें</translation>
    </message>
    <message>
        <source>send invitations takes no file names.</source>
        <translation>send invitations को फ़ाइल का नाम नहीं चाहिए।</translation>
    </message>
    <message>
        <source>The templates have unknown fields: %1. Correct them in the program (Invitees › Letters › Templates) first.</source>
        <translation>टेम्पलेट में अज्ञात फ़ील्ड हैं: %1। पहले प्रोग्राम में इन्हें ठीक करें (आमंत्रित व्यक्ति › पत्र › टेम्पलेट)।</translation>
    </message>
    <message>
        <source>would send to %1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt; को भेजा जाता</translation>
    </message>
    <message>
        <source>skipped, no e-mail address: %1</source>
        <translation>छोड़ा गया, ईमेल पता नहीं: %1</translation>
    </message>
    <message>
        <source>skipped, sent on %1: %2 &lt;%3&gt;</source>
        <translation>छोड़ा गया, %1 को भेजा जा चुका: %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>परीक्षण: कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>sent to %1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt; को भेजा गया</translation>
    </message>
    <message>
        <source>failed: %1 &lt;%2&gt;: %3</source>
        <translation>विफल: %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Name one certificate number.</source>
        <translation>एक प्रमाण-पत्र संख्या दें।</translation>
    </message>
    <message>
        <source>“%1” is not a certificate number: they look like SC-2024-00017-K7QW2M9D.</source>
        <translation>“%1” प्रमाण-पत्र संख्या नहीं है: वे SC-2024-00017-K7QW2M9D जैसी होती हैं।</translation>
    </message>
    <message>
        <source>NOT GENUINE: %1 is not a certificate of this office (its signature does not match).</source>
        <translation>असली नहीं (NOT GENUINE): %1 इस कार्यालय का प्रमाण-पत्र नहीं है (इसका हस्ताक्षर मेल नहीं खाता)।</translation>
    </message>
    <message>
        <source>NOT IN THE REGISTER: %1 carries this office&apos;s signature, but no such certificate was issued from this database.</source>
        <translation>रजिस्टर में नहीं (NOT IN THE REGISTER): %1 पर इस कार्यालय का हस्ताक्षर है, पर इस डेटाबेस से ऐसा कोई प्रमाण-पत्र जारी नहीं हुआ।</translation>
    </message>
    <message>
        <source>GENUINE: %1, %2 issued on %3 to %4 for %5.</source>
        <translation>असली (GENUINE): %1, %2, %3 को %4 को %5 के लिए जारी।</translation>
    </message>
    <message>
        <source>print the invitation letters as PDF, one per page on the letterhead; numbers are given once and kept</source>
        <translation>आमंत्रण पत्र PDF में प्रिंट करें, लेटरहेड पर एक पृष्ठ पर एक; पत्रांक एक बार दिए जाते हैं और बने रहते हैं</translation>
    </message>
    <message>
        <source>--status: only these (default: invited,confirmed); --lang: en or hi (default: each invitee&apos;s own)</source>
        <translation>--status: केवल ये (डिफ़ॉल्ट: invited,confirmed); --lang: en या hi (डिफ़ॉल्ट: हर व्यक्ति की अपनी भाषा)</translation>
    </message>
    <message>
        <source>print certificates of participation (A4 landscape, Hindi and English) for those who attended, or for exhibitors with a stall, with a signed number and its QR code</source>
        <translation>उपस्थित रहे व्यक्तियों, या स्टॉल वाले प्रदर्शकों के प्रतिभाग प्रमाण-पत्र प्रिंट करें (A4 आड़ा, हिन्दी और अंग्रेज़ी), हस्ताक्षरित संख्या और उसके QR कोड के साथ</translation>
    </message>
    <message>
        <source>print address labels on A4 label sheets (2 × 7 or 3 × 8) for posting the letters</source>
        <translation>पत्र डाक से भेजने के लिए A4 लेबल शीट (2 × 7 या 3 × 8) पर पता लेबल प्रिंट करें</translation>
    </message>
    <message>
        <source>e-mail the invitation letters (PDF attached) through the mail server in the settings; prints “sent N, failed F, skipped S” (skipped: sent before, or no e-mail address); exit status 1 when any failed</source>
        <translation>सेटिंग्स वाले मेल सर्वर से आमंत्रण पत्र (PDF संलग्न) ईमेल करें; “sent N, failed F, skipped S” छापता है (skipped: पहले भेजे गए, या ईमेल पता नहीं); कोई भी विफल हो तो निकास स्थिति 1</translation>
    </message>
    <message>
        <source>the password comes from the keyring; without one, from SAMMELAN_SMTP_PASSWORD or standard input</source>
        <translation>पासवर्ड कीरिंग से लिया जाता है; कीरिंग न हो तो SAMMELAN_SMTP_PASSWORD या स्टैंडर्ड इनपुट से</translation>
    </message>
    <message>
        <source>say whose certificate a number is and for which event, or that it is not genuine</source>
        <translation>बताएँ कि कोई संख्या किसका प्रमाण-पत्र है और किस कार्यक्रम का, या यह कि वह असली नहीं है</translation>
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <source>Invitation letter</source>
        <translation>आमंत्रण पत्र</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>स्मरण पत्र</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation>प्रतिभाग प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s certificate</source>
        <translation>प्रदर्शक प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>मुद्रित</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>डाक द्वारा</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>व्हाट्सऐप</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>एसएमएस</translation>
    </message>
</context>
<context>
    <name>LetterReport</name>
    <message>
        <source>PIN %1</source>
        <translation>पिन %1</translation>
    </message>
    <message>
        <source>(given on printing)</source>
        <translation>(प्रिंट करते समय दिया जाएगा)</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>दूरभाष: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>ईमेल: %1</translation>
    </message>
    <message>
        <source>Letter No.: %1</source>
        <translation>पत्रांक: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>दिनांक: %1</translation>
    </message>
    <message>
        <source>To,</source>
        <translation>सेवा में,</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>विषय:</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>भवदीय,</translation>
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>The letters issued could not be read: %1</source>
        <translation>जारी पत्र पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>The certificate numbers could not be given: %1</source>
        <translation>प्रमाण-पत्र संख्याएँ नहीं दी जा सकीं: %1</translation>
    </message>
    <message>
        <source>The letter numbers could not be given: %1</source>
        <translation>पत्रांक नहीं दिए जा सके: %1</translation>
    </message>
    <message>
        <source>the number %1 was given before. Change the letter number pattern in Settings (for example add {year}).</source>
        <translation>संख्या %1 पहले दी जा चुकी है। सेटिंग्स में पत्रांक का ढाँचा बदलें (जैसे {year} जोड़ें)।</translation>
    </message>
    <message>
        <source>How the letters went out could not be noted in the dispatch register: %1</source>
        <translation>पत्र किस माध्यम से भेजे गए, यह डिस्पैच रजिस्टर में दर्ज नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The dispatch register could not be read: %1</source>
        <translation>डिस्पैच रजिस्टर पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>This database has no secret to sign certificate numbers with: it may have been copied without its settings. Restore it from a backup.</source>
        <translation>इस डेटाबेस में प्रमाण-पत्र संख्याओं पर हस्ताक्षर करने की गुप्त कुंजी नहीं है: शायद इसे इसकी सेटिंग्स के बिना कॉपी किया गया है। इसे बैकअप से वापस लाएँ।</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Invitation to take part in {event}</source>
        <translation>{event} में प्रतिभाग हेतु आमंत्रण</translation>
    </message>
    <message>
        <source>Dear Sir/Madam,

The District Industries Centre is organising {event} on {dates} at {venue}. Exporters, entrepreneurs and units of the district will meet buyers, export promotion councils, banks and the departments concerned, and learn about the schemes that support exports.

You are cordially invited to take part in it. Kindly confirm your participation to this office by phone or e-mail, quoting letter no. {letter_no}.</source>
        <translation>महोदय/महोदया,

जिला उद्योग केंद्र द्वारा दिनांक {dates} को {venue} में {event} का आयोजन किया जा रहा है। इसमें जनपद के निर्यातक, उद्यमी एवं इकाइयाँ क्रेताओं, निर्यात संवर्धन परिषदों, बैंकों तथा संबंधित विभागों से मिलेंगे और निर्यात को प्रोत्साहित करने वाली योजनाओं की जानकारी प्राप्त करेंगे।

अतः आपसे अनुरोध है कि कार्यक्रम में प्रतिभाग करने का कष्ट करें तथा पत्रांक {letter_no} का संदर्भ देते हुए अपनी सहभागिता की पुष्टि इस कार्यालय को दूरभाष अथवा ईमेल द्वारा करें।</translation>
    </message>
    <message>
        <source>Reminder: invitation to take part in {event}</source>
        <translation>स्मरण पत्र: {event} में प्रतिभाग हेतु आमंत्रण</translation>
    </message>
    <message>
        <source>Dear Sir/Madam,

Please refer to this office&apos;s letter inviting you to {event}, to be held on {dates} at {venue}. Your reply has not been received yet.

You are requested once again to take part in it, and to confirm your participation to this office by phone or e-mail at the earliest.</source>
        <translation>महोदय/महोदया,

कृपया इस कार्यालय के उस पत्र का संदर्भ ग्रहण करें, जिसके द्वारा आपको दिनांक {dates} को {venue} में आयोजित होने वाले {event} में आमंत्रित किया गया था। इस संबंध में आपका उत्तर अभी तक प्राप्त नहीं हुआ है।

अतः आपसे पुनः अनुरोध है कि कार्यक्रम में प्रतिभाग करने का कष्ट करें तथा अपनी सहभागिता की पुष्टि यथाशीघ्र इस कार्यालय को दूरभाष अथवा ईमेल द्वारा करें।</translation>
    </message>
    <message>
        <source>Invitation: {event}, {dates}</source>
        <translation>आमंत्रण: {event}, {dates}</translation>
    </message>
    <message>
        <source>Dear {name},

Please find attached this office&apos;s letter no. {letter_no} dated {date}, inviting you to {event} on {dates} at {venue}.

Kindly confirm your participation by replying to this e-mail.</source>
        <translation>आदरणीय {name},

दिनांक {dates} को {venue} में आयोजित {event} में प्रतिभाग हेतु इस कार्यालय का आमंत्रण पत्र (पत्रांक {letter_no}, दिनांक {date}) संलग्न है।

कृपया इस ईमेल का उत्तर देकर अपनी सहभागिता की पुष्टि करें।</translation>
    </message>
    <message>
        <source>Reminder: {event}, {dates}</source>
        <translation>स्मरण: {event}, {dates}</translation>
    </message>
    <message>
        <source>Dear {name},

Your reply to our invitation to {event} on {dates} at {venue} has not been received yet. Please find attached the reminder, letter no. {letter_no} dated {date}.

Kindly confirm your participation by replying to this e-mail.</source>
        <translation>आदरणीय {name},

दिनांक {dates} को {venue} में आयोजित {event} के हमारे आमंत्रण का आपका उत्तर अभी तक प्राप्त नहीं हुआ है। स्मरण पत्र (पत्रांक {letter_no}, दिनांक {date}) संलग्न है।

कृपया इस ईमेल का उत्तर देकर अपनी सहभागिता की पुष्टि करें।</translation>
    </message>
    <message>
        <source>Dear {name}, you are cordially invited to {event} on {dates} at {venue}. Kindly confirm your participation. - District Industries Centre</source>
        <translation>आदरणीय {name}, आपको दिनांक {dates} को {venue} में आयोजित {event} में सादर आमंत्रित किया जाता है। कृपया अपनी सहभागिता की पुष्टि करें। - जिला उद्योग केंद्र</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>आमंत्रण पत्र</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>स्मरण पत्र</translation>
    </message>
    <message>
        <source>E-mail with the invitation</source>
        <translation>आमंत्रण वाला ईमेल</translation>
    </message>
    <message>
        <source>E-mail with the reminder</source>
        <translation>स्मरण पत्र वाला ईमेल</translation>
    </message>
    <message>
        <source>WhatsApp and SMS message</source>
        <translation>व्हाट्सऐप और एसएमएस संदेश</translation>
    </message>
    <message>
        <source>the invitee&apos;s name</source>
        <translation>आमंत्रित व्यक्ति का नाम</translation>
    </message>
    <message>
        <source>the invitee&apos;s designation</source>
        <translation>आमंत्रित व्यक्ति का पद</translation>
    </message>
    <message>
        <source>the enterprise or firm</source>
        <translation>उद्यम या फर्म</translation>
    </message>
    <message>
        <source>the address with the PIN code, on one line</source>
        <translation>पिन कोड सहित पता, एक पंक्ति में</translation>
    </message>
    <message>
        <source>the event&apos;s name in the letter&apos;s language</source>
        <translation>पत्र की भाषा में कार्यक्रम का नाम</translation>
    </message>
    <message>
        <source>the event&apos;s dates</source>
        <translation>कार्यक्रम के दिनांक</translation>
    </message>
    <message>
        <source>the venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>the invitee&apos;s stall at the event, if any</source>
        <translation>कार्यक्रम में आमंत्रित व्यक्ति का स्टॉल, यदि हो</translation>
    </message>
    <message>
        <source>the letter number (पत्रांक), given once and kept</source>
        <translation>पत्रांक, एक बार दिया जाता है और बना रहता है</translation>
    </message>
    <message>
        <source>the letter&apos;s date</source>
        <translation>पत्र का दिनांक</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>विषय: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>पाठ: %1</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>पाठ खाली है।</translation>
    </message>
    <message>
        <source>Template id: %1</source>
        <translation>टेम्पलेट आईडी: %1</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>दस्तावेज़ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation>स्थितियाँ (&amp;T):</translation>
    </message>
    <message>
        <source>Tick the statuses of the invitees who get it.</source>
        <translation>जिन्हें यह भेजना है, उन आमंत्रित व्यक्तियों की स्थितियों पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <source>Only those who have &amp;not replied</source>
        <translation>केवल वे जिनका उत्तर नहीं आया (&amp;N)</translation>
    </message>
    <message>
        <source>Invitees still “invited” some days after their invitation went out.</source>
        <translation>आमंत्रण भेजे जाने के कुछ दिन बाद भी जिनकी स्थिति “आमंत्रित” ही है।</translation>
    </message>
    <message>
        <source>&amp;after days:</source>
        <translation>इतने दिन बाद (&amp;A):</translation>
    </message>
    <message>
        <source>Note the letters as sent &amp;by post</source>
        <translation>पत्रों को डाक द्वारा भेजा गया दर्ज करें (&amp;B)</translation>
    </message>
    <message>
        <source>When the labels are printed, the dispatch register notes each invitee&apos;s latest letter as sent by post.</source>
        <translation>लेबल प्रिंट होने पर डिस्पैच रजिस्टर में हर आमंत्रित व्यक्ति का नवीनतम पत्र डाक द्वारा भेजा गया दर्ज होता है।</translation>
    </message>
    <message>
        <source>Edit the te&amp;mplate…</source>
        <translation>टेम्पलेट बदलें (&amp;M)…</translation>
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
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Each invitee&apos;s own</source>
        <translation>हर व्यक्ति की अपनी भाषा</translation>
    </message>
    <message>
        <source>English first</source>
        <translation>पहले अंग्रेज़ी</translation>
    </message>
    <message>
        <source>Hindi first</source>
        <translation>पहले हिन्दी</translation>
    </message>
    <message>
        <source>Choose an event first: letters are written for one event.</source>
        <translation>पहले कार्यक्रम चुनें: पत्र किसी एक कार्यक्रम के लिए लिखे जाते हैं।</translation>
    </message>
    <message>
        <source>Letters and certificates in the register: %1</source>
        <translation>रजिस्टर में पत्र और प्रमाण-पत्र: %1</translation>
    </message>
    <message>
        <source>Nothing has been issued for this event yet: the register is empty.</source>
        <translation>इस कार्यक्रम के लिए अभी तक कुछ जारी नहीं हुआ: रजिस्टर खाली है।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s) will be printed.</source>
        <translation>
            <numerusform>%Ln पत्र प्रिंट होगा।</numerusform>
            <numerusform>%Ln पत्र प्रिंट होंगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping the number given before: %1.</source>
        <translation>पहले दिया गया पत्रांक बना रहेगा: %1।</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>कम से कम एक स्थिति पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <source>Everyone invited has replied, or was invited less than %1 days ago.</source>
        <translation>सभी आमंत्रित व्यक्तियों का उत्तर आ चुका है, या उन्हें %1 दिन से कम पहले आमंत्रित किया गया था।</translation>
    </message>
    <message>
        <source>No invitee has the statuses ticked.</source>
        <translation>चुनी गई स्थितियों वाला कोई आमंत्रित व्यक्ति नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s) will be printed.</source>
        <translation>
            <numerusform>%Ln प्रमाण-पत्र प्रिंट होगा।</numerusform>
            <numerusform>%Ln प्रमाण-पत्र प्रिंट होंगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>No one has attended yet: certificates are for those who attended.</source>
        <translation>अभी तक कोई उपस्थित नहीं हुआ: प्रमाण-पत्र उपस्थित रहे व्यक्तियों के लिए हैं।</translation>
    </message>
    <message>
        <source>No invitee has a stall at this event: these certificates are for exhibitors.</source>
        <translation>इस कार्यक्रम में किसी आमंत्रित व्यक्ति का स्टॉल नहीं है: ये प्रमाण-पत्र प्रदर्शकों के लिए हैं।</translation>
    </message>
    <message>
        <source>Labels: %1 · sheets: %2</source>
        <translation>लेबल: %1 · शीट: %2</translation>
    </message>
    <message>
        <source>The template has unknown fields: %1. They would print as they stand; correct them with “Edit the template…”.</source>
        <translation>टेम्पलेट में अज्ञात फ़ील्ड हैं: %1। वे जैसे हैं वैसे ही छप जाएँगे; उन्हें “टेम्पलेट बदलें…” से ठीक करें।</translation>
    </message>
    <message>
        <source>Unknown fields</source>
        <translation>अज्ञात फ़ील्ड</translation>
    </message>
    <message>
        <source>The template has unknown fields: %1. They will print as they stand.</source>
        <translation>टेम्पलेट में अज्ञात फ़ील्ड हैं: %1। वे जैसे हैं वैसे ही छपेंगे।</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>फिर भी प्रिंट करें</translation>
    </message>
    <message>
        <source>It could not be printed</source>
        <translation>प्रिंट नहीं हो सका</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>प्रिंट करने के लिए कुछ नहीं है।</translation>
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
        <source>Invitation letters</source>
        <translation>आमंत्रण पत्र</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>स्मरण पत्र</translation>
    </message>
    <message>
        <source>Address labels, 2 × 7 to a sheet</source>
        <translation>पता लेबल, एक शीट पर 2 × 7</translation>
    </message>
    <message>
        <source>Address labels, 3 × 8 to a sheet</source>
        <translation>पता लेबल, एक शीट पर 3 × 8</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>प्रतिभाग प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>Certificates for exhibitors</source>
        <translation>प्रदर्शकों के प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>Dispatch register</source>
        <translation>डिस्पैच रजिस्टर</translation>
    </message>
    <message>
        <source>Only the selected &amp;invitees (%1)</source>
        <translation>केवल चुने गए आमंत्रित व्यक्ति (%1) (&amp;I)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Letters: %1</source>
        <translation>पत्र: %1</translation>
    </message>
</context>
<context>
    <name>LettersMenu</name>
    <message>
        <source>&amp;Letters</source>
        <translation>पत्र (&amp;L)</translation>
    </message>
    <message>
        <source>Letters, labels, certificates and the dispatch register; invitations by e-mail, WhatsApp and SMS</source>
        <translation>पत्र, लेबल, प्रमाण-पत्र और डिस्पैच रजिस्टर; ईमेल, व्हाट्सऐप और एसएमएस से आमंत्रण</translation>
    </message>
    <message>
        <source>&amp;Invitation letters…</source>
        <translation>आमंत्रण पत्र (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>स्मरण पत्र (&amp;R)…</translation>
    </message>
    <message>
        <source>Address &amp;labels…</source>
        <translation>पता लेबल (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>प्रमाण-पत्र (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Dispatch register…</source>
        <translation>डिस्पैच रजिस्टर (&amp;D)…</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>ईमेल से भेजें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;WhatsApp and SMS…</source>
        <translation>व्हाट्सऐप और एसएमएस (&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>टेम्पलेट (&amp;T)…</translation>
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
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>बैकअप से पुनर्स्थापित करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>हाल के डेटाबेस (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>फिर प्रयास करें (&amp;T)</translation>
    </message>
    <message>
        <source>Save a &amp;copy elsewhere…</source>
        <translation>प्रति कहीं और सहेजें (&amp;C)…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(अभी कोई नहीं)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>पंजीकरण डेस्क</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>पूर्ववत करें (&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>फिर से करें (&amp;R): %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Even&amp;t: </source>
        <translation>कार्यक्रम (&amp;T): </translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>मार्गदर्शिका (&amp;G)</translation>
    </message>
    <message>
        <source>Connect to office &amp;server…</source>
        <translation>कार्यालय सर्वर से जुड़ें (&amp;S)…</translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation>कार्यालय सर्वर: %1</translation>
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
    <name>MessagesDialog</name>
    <message>
        <source>WhatsApp and SMS</source>
        <translation>व्हाट्सऐप और एसएमएस</translation>
    </message>
    <message>
        <source>Each invitee&apos;s message in their own language. Copy it, or open it in WhatsApp (the app or WhatsApp Web) to send it; or save one file of all the messages for a bulk-SMS service.</source>
        <translation>हर आमंत्रित व्यक्ति का संदेश उसकी अपनी भाषा में। भेजने के लिए इसे कॉपी करें, या व्हाट्सऐप (ऐप या व्हाट्सऐप वेब) में खोलें; या बल्क एसएमएस सेवा के लिए सभी संदेशों की एक फ़ाइल सहेजें।</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>संदेश (&amp;M):</translation>
    </message>
    <message>
        <source>C&amp;opy the message</source>
        <translation>संदेश कॉपी करें (&amp;O)</translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation>व्हाट्सऐप में खोलें (&amp;W)</translation>
    </message>
    <message>
        <source>Edit the &amp;template…</source>
        <translation>टेम्पलेट बदलें (&amp;T)…</translation>
    </message>
    <message>
        <source>Save the &amp;SMS file…</source>
        <translation>एसएमएस फ़ाइल सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <source>A CSV file (mobile, message, template id) in UTF-8 for a bulk-SMS service.</source>
        <translation>बल्क एसएमएस सेवा के लिए UTF-8 में CSV फ़ाइल (मोबाइल, संदेश, टेम्पलेट आईडी)।</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>संदेश: %1</translation>
    </message>
    <message>
        <source>without a mobile number: %1</source>
        <translation>मोबाइल नंबर के बिना: %1</translation>
    </message>
    <message>
        <source>The message for %1 is copied: paste it where you send it.</source>
        <translation>%1 का संदेश कॉपी हो गया: जहाँ से भेजना है वहाँ पेस्ट करें।</translation>
    </message>
    <message>
        <source>WhatsApp could not be opened: no web browser or WhatsApp is set up on this computer.</source>
        <translation>व्हाट्सऐप नहीं खुल सका: इस कंप्यूटर पर कोई वेब ब्राउज़र या व्हाट्सऐप सेट नहीं है।</translation>
    </message>
    <message>
        <source>WhatsApp was opened with the message for %1.</source>
        <translation>%1 के संदेश के साथ व्हाट्सऐप खोला गया।</translation>
    </message>
    <message>
        <source>The SMS file could not be saved</source>
        <translation>एसएमएस फ़ाइल सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>Saved %1 messages to %2: upload it to the SMS service.</source>
        <translation>%1 संदेश %2 में सहेजे गए: इसे एसएमएस सेवा पर अपलोड करें।</translation>
    </message>
    <message>
        <source>Save the SMS file</source>
        <translation>एसएमएस फ़ाइल सहेजें</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>WhatsApp and SMS: %1</source>
        <translation>व्हाट्सऐप और एसएमएस: %1</translation>
    </message>
</context>
<context>
    <name>OfficeDetails</name>
    <message>
        <source>Office name (English)</source>
        <translation>कार्यालय का नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Office name (Hindi)</source>
        <translation>कार्यालय का नाम (हिन्दी)</translation>
    </message>
    <message>
        <source>District (English)</source>
        <translation>जिला (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>District (Hindi)</source>
        <translation>जिला (हिन्दी)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>दूरभाष</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Officer&apos;s name (English)</source>
        <translation>अधिकारी का नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Officer&apos;s name (Hindi)</source>
        <translation>अधिकारी का नाम (हिन्दी)</translation>
    </message>
    <message>
        <source>Designation (English)</source>
        <translation>पद (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Designation (Hindi)</source>
        <translation>पद (हिन्दी)</translation>
    </message>
    <message>
        <source>Letter number pattern</source>
        <translation>पत्रांक का ढाँचा</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation>पता (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Address (Hindi)</source>
        <translation>पता (हिन्दी)</translation>
    </message>
    <message>
        <source>The letter number pattern needs {n}, the running serial: for example %1.</source>
        <translation>पत्रांक के ढाँचे में {n}, यानी चालू क्रमांक, होना चाहिए: जैसे %1।</translation>
    </message>
    <message>
        <source>The letter number pattern has an unknown field %1: use {n} for the serial and {year} for the financial year.</source>
        <translation>पत्रांक के ढाँचे में अज्ञात फ़ील्ड %1 है: क्रमांक के लिए {n} और वित्तीय वर्ष के लिए {year} लिखें।</translation>
    </message>
    <message>
        <source>The office details could not be saved: %1</source>
        <translation>कार्यालय का विवरण सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels).</source>
        <translation>चित्र बहुत बड़ा है (%1 × %2 पिक्सेल)।</translation>
    </message>
    <message>
        <source>%1 is not a picture Sammelan can read (%2).</source>
        <translation>%1 ऐसा चित्र नहीं है जिसे सम्मेलन पढ़ सके (%2)।</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>No file name was given.</source>
        <translation>कोई फ़ाइल नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>%1 is another name for the database %2: writing there would destroy it. Choose another file name.</source>
        <translation>%1 डेटाबेस %2 का ही दूसरा नाम है: उसमें लिखने से डेटाबेस नष्ट हो जाएगा। कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>%1 is the database itself: writing there would destroy it. Choose another file name.</source>
        <translation>%1 स्वयं डेटाबेस है: उसमें लिखने से डेटाबेस नष्ट हो जाएगा। कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>%1 belongs to the database %2 (SQLite keeps its latest changes there): writing there would damage it. Choose another file name.</source>
        <translation>%1 डेटाबेस %2 का हिस्सा है (SQLite उसमें नवीनतम बदलाव रखता है): उसमें लिखने से डेटाबेस खराब हो जाएगा। कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>%1 is a backup of the database %2: writing there would destroy it. Choose another file name.</source>
        <translation>%1 डेटाबेस %2 का बैकअप है: उसमें लिखने से बैकअप नष्ट हो जाएगा। कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>%1 is the file being imported: writing there would destroy it. Choose another file name.</source>
        <translation>%1 वही फ़ाइल है जिसे आयात किया जा रहा है: उसमें लिखने से वह नष्ट हो जाएगी। कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>%1 is a Sammelan database: writing there would destroy it. Choose another file name.</source>
        <translation>%1 सम्मेलन का एक डेटाबेस है: उसमें लिखने से वह नष्ट हो जाएगा। कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>%1 belongs to the Sammelan database %2 (SQLite keeps its latest changes there): writing there would damage it. Choose another file name.</source>
        <translation>%1 सम्मेलन के डेटाबेस %2 का हिस्सा है (SQLite उसमें नवीनतम बदलाव रखता है): उसमें लिखने से वह खराब हो जाएगा। कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>not everything could be written (is the disk full?)</source>
        <translation>सब कुछ लिखा नहीं जा सका (क्या डिस्क भर गई है?)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>the keyring did not answer</source>
        <translation>कीरिंग ने उत्तर नहीं दिया</translation>
    </message>
    <message>
        <source>no keyring is running</source>
        <translation>कोई कीरिंग नहीं चल रही</translation>
    </message>
    <message>
        <source>The password cannot be kept: there is no keyring (%1). Sammelan asks for it each time it sends and does not store it anywhere.</source>
        <translation>पासवर्ड सहेजा नहीं जा सकता: कोई कीरिंग नहीं है (%1)। सम्मेलन हर बार भेजते समय इसे पूछता है और कहीं नहीं रखता।</translation>
    </message>
</context>
<context>
    <name>PostgresBackend</name>
    <message>
        <source>“%1” is not a server address of the form postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” postgresql://USER@HOST:PORT/DATABASE रूप का सर्वर पता नहीं है।</translation>
    </message>
    <message>
        <source>The server address has an option PostgreSQL does not know: “%1”.</source>
        <translation>सर्वर पते में ऐसा विकल्प है जिसे PostgreSQL नहीं जानता: “%1”।</translation>
    </message>
    <message>
        <source>The server address&apos;s option “%1” may not contain “;”.</source>
        <translation>सर्वर पते के विकल्प “%1” में “;” नहीं हो सकता।</translation>
    </message>
    <message>
        <source>The server address names no database: add it after the last “/”, as in postgresql://clerk@server/sammelan.</source>
        <translation>सर्वर पते में डेटाबेस का नाम नहीं है: उसे अंतिम “/” के बाद लिखें, जैसे postgresql://clerk@server/sammelan।</translation>
    </message>
    <message>
        <source>This computer cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>यह कंप्यूटर PostgreSQL सर्वरों से नहीं जुड़ सकता: Qt का PostgreSQL ड्राइवर स्थापित नहीं है (Debian: libqt6sql6-psql)।</translation>
    </message>
    <message>
        <source>There is no database “%1” on the server %2. Ask the office&apos;s administrator to create it (see “Several desks” in the README).</source>
        <translation>सर्वर %2 पर “%1” नाम का कोई डेटाबेस नहीं है। कार्यालय के व्यवस्थापक से उसे बनवाएँ (README में “Several desks” देखें)।</translation>
    </message>
    <message>
        <source>The server %1 wants a password for %2.</source>
        <translation>सर्वर %1, %2 के लिए पासवर्ड माँग रहा है।</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>इस उपयोगकर्ता</translation>
    </message>
    <message>
        <source>The office server %1 cannot be reached: %2</source>
        <translation>कार्यालय सर्वर %1 से संपर्क नहीं हो पा रहा है: %2</translation>
    </message>
    <message>
        <source>The database at %1 cannot be read: %2</source>
        <translation>%1 का डेटाबेस पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The database at %1 belongs to another program, not to Sammelan. Nothing was changed.</source>
        <translation>%1 का डेटाबेस किसी अन्य प्रोग्राम का है, सम्मेलन का नहीं। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The database at %1 is empty: it holds no Sammelan data yet. Set it up with “sammelan-cli --db %1 init”.</source>
        <translation>%1 का डेटाबेस खाली है: उसमें अभी सम्मेलन का कोई डेटा नहीं है। उसे “sammelan-cli --db %1 init” से तैयार करें।</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Sammelan (database version %2; this program knows up to %3). Update Sammelan to open it. Nothing was changed.</source>
        <translation>%1 सम्मेलन के नए संस्करण से बनाया गया है (डेटाबेस संस्करण %2; यह प्रोग्राम %3 तक जानता है)। इसे खोलने के लिए सम्मेलन को अद्यतन करें। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Updating %1 failed: %2</source>
        <translation>%1 का अद्यतन विफल रहा: %2</translation>
    </message>
    <message>
        <source>the update could not be completed.</source>
        <translation>अद्यतन पूरा नहीं हो सका।</translation>
    </message>
    <message>
        <source>Updating %1 to database version %2 failed: %3 Nothing was changed.</source>
        <translation>%1 को डेटाबेस संस्करण %2 में अद्यतन करना विफल रहा: %3 कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>%1 सहेजना विफल रहा: %2</translation>
    </message>
</context>
<context>
    <name>PostgresBulkWriter</name>
    <message>
        <source>The table %1 has no sequence for its ids.</source>
        <translation>तालिका %1 में उसकी आईडी के लिए कोई अनुक्रम (sequence) नहीं है।</translation>
    </message>
    <message>
        <source>Another statement is still running on this connection.</source>
        <translation>इस कनेक्शन पर एक अन्य कथन (statement) अभी चल रहा है।</translation>
    </message>
    <message>
        <source>An earlier row could not be written.</source>
        <translation>एक पिछली पंक्ति लिखी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>the event&apos;s number (see “events”)</source>
        <translation>कार्यक्रम का क्रमांक (“events” देखें)</translation>
    </message>
    <message>
        <source>list, register or by-sector (default: list)</source>
        <translation>list (आमंत्रण सूची), register (उपस्थिति पंजिका) या by-sector (क्षेत्रवार); अन्यथा list</translation>
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
        <source>Wrote %1 (pages: %2, invitees: %3).</source>
        <translation>%1 बनाई गई (पृष्ठ: %2, आमंत्रित व्यक्ति: %3)।</translation>
    </message>
    <message>
        <source>print the invitee list, attendance register or list by sector as PDF</source>
        <translation>आमंत्रण सूची, उपस्थिति पंजिका या क्षेत्रवार सूची PDF में प्रिंट करें</translation>
    </message>
    <message>
        <source>a6 (four A6 badges per A4 sheet, the default) or 8up (eight labels per A4 sheet)</source>
        <translation>a6 (एक A4 शीट पर चार A6 बैज, डिफ़ॉल्ट) या 8up (एक A4 शीट पर आठ लेबल)</translation>
    </message>
    <message>
        <source>Unknown layout “%1”: use a6 or 8up.</source>
        <translation>अज्ञात विन्यास “%1”: a6 या 8up लिखें।</translation>
    </message>
    <message>
        <source>No one is invited to event %1 yet (declined invitees get no badge): there are no badges to print.</source>
        <translation>कार्यक्रम %1 में अभी कोई आमंत्रित नहीं है (अस्वीकार करने वालों का बैज नहीं बनता): प्रिंट करने को कोई बैज नहीं है।</translation>
    </message>
    <message>
        <source>print the guests&apos; badges with their check-in QR codes as PDF</source>
        <translation>अतिथियों के बैज, आगमन दर्ज करने के QR कोड सहित, PDF के रूप में प्रिंट करें</translation>
    </message>
    <message>
        <source>only these statuses, comma-separated (default: %1)</source>
        <translation>केवल ये स्थितियाँ, अल्पविराम से अलग (डिफ़ॉल्ट: %1)</translation>
    </message>
    <message>
        <source>only the badges not printed yet (each printed badge is noted)</source>
        <translation>केवल वे बैज जो अभी प्रिंट नहीं हुए (हर प्रिंट हुआ बैज दर्ज रहता है)</translation>
    </message>
    <message>
        <source>Add --only-new to print only the others.</source>
        <translation>केवल बाकी बैज प्रिंट करने के लिए --only-new जोड़ें।</translation>
    </message>
    <message>
        <source>Every badge was printed already: there are no new badges to print.</source>
        <translation>सभी बैज पहले ही प्रिंट हो चुके हैं: प्रिंट करने के लिए कोई नया बैज नहीं है।</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2, badges: %3).</source>
        <translation>%1 बनाई गई (पृष्ठ: %2, बैज: %3)।</translation>
    </message>
    <message>
        <source>the register for this day of an event of several days: its date in the heading</source>
        <translation>कई दिनों के कार्यक्रम के इस दिन की पंजिका: शीर्षक में उस दिन का दिनांक</translation>
    </message>
    <message>
        <source>end with the number expected and arrived on each day of the event</source>
        <translation>अंत में कार्यक्रम के हर दिन अपेक्षित और पहुँचे लोगों की संख्या</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1” दिनांक नहीं है: इसे YYYY-MM-DD के रूप में लिखें।</translation>
    </message>
    <message>
        <source>--day is for the attendance register: add --layout register.</source>
        <translation>--day उपस्थिति पंजिका के लिए है: --layout register जोड़ें।</translation>
    </message>
    <message>
        <source>%1 is not a day of event %2 (%3).</source>
        <translation>%1 कार्यक्रम %2 (%3) का दिन नहीं है।</translation>
    </message>
    <message>
        <source>--status: only these (default: invited, confirmed and attended: the event&apos;s invitations, without the declined)</source>
        <translation>--status: केवल ये (डिफ़ॉल्ट: आमंत्रित, पुष्टि हुई और उपस्थित: कार्यक्रम के आमंत्रण, अस्वीकार करने वालों के बिना)</translation>
    </message>
    <message>
        <source>--day: the register for one day of an event of several days, its date in the heading</source>
        <translation>--day: कई दिनों के कार्यक्रम के एक दिन की पंजिका, शीर्षक में उसका दिनांक</translation>
    </message>
    <message>
        <source>--counts-by-day: end with the number expected and arrived on each day</source>
        <translation>--counts-by-day: अंत में हर दिन अपेक्षित और पहुँचे लोगों की संख्या</translation>
    </message>
    <message>
        <source>--status: only these (default: everyone the check-in desk expects: invited, confirmed, nominated, attended)</source>
        <translation>--status: केवल ये (डिफ़ॉल्ट: वे सभी जिनकी पंजीकरण डेस्क अपेक्षा करती है: आमंत्रित, पुष्टि हुई, नामित, उपस्थित)</translation>
    </message>
    <message>
        <source>--only-new: only the badges not printed yet (every badge printed is noted; those printed before are counted on stderr)</source>
        <translation>--only-new: केवल वे बैज जो अभी प्रिंट नहीं हुए (हर प्रिंट हुआ बैज दर्ज रहता है; पहले प्रिंट हुए बैजों की गिनती stderr पर बताई जाती है)</translation>
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
    <message>
        <source>Badges: %1 · pages: %2</source>
        <translation>बैज: %1 · पृष्ठ: %2</translation>
    </message>
    <message>
        <source>No badge for %1 not invited or declined.</source>
        <translation>आमंत्रण शेष या अस्वीकार वाले %1 का बैज नहीं।</translation>
    </message>
    <message>
        <source>Untick to print the badges of everyone the page shows.</source>
        <translation>पृष्ठ पर दिखाए गए सभी के बैज प्रिंट करने के लिए सही का निशान हटाएँ।</translation>
    </message>
    <message>
        <source>Only the selected invitees (%1)</source>
        <translation>केवल चुने गए आमंत्रित व्यक्ति (%1)</translation>
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation>स्थितियाँ (&amp;T):</translation>
    </message>
    <message>
        <source>Tick the statuses of the invitees to print.</source>
        <translation>जिन आमंत्रित व्यक्तियों को प्रिंट करना है, उनकी स्थितियों पर सही का निशान लगाएँ।</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>दिन (&amp;Y):</translation>
    </message>
    <message>
        <source>The register for one day of the event: that day&apos;s date in its heading.</source>
        <translation>कार्यक्रम के एक दिन की पंजिका: शीर्षक में उस दिन का दिनांक।</translation>
    </message>
    <message>
        <source>Add the counts &amp;by day</source>
        <translation>दिनवार गणना जोड़ें (&amp;B)</translation>
    </message>
    <message>
        <source>End with the number expected and arrived on each day of the event.</source>
        <translation>अंत में कार्यक्रम के हर दिन अपेक्षित और पहुँचे लोगों की संख्या।</translation>
    </message>
    <message>
        <source>Only those &amp;not printed yet</source>
        <translation>केवल जो अभी प्रिंट नहीं हुए (&amp;N)</translation>
    </message>
    <message>
        <source>Untick to print the badges printed before once more.</source>
        <translation>पहले प्रिंट हुए बैज दोबारा प्रिंट करने के लिए निशान हटाएँ।</translation>
    </message>
    <message>
        <source>Tick at least one status to print.</source>
        <translation>प्रिंट करने के लिए कम से कम एक स्थिति पर सही का निशान लगाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s) will be printed.</source>
        <translation>
            <numerusform>%Ln बैज प्रिंट होगा।</numerusform>
            <numerusform>%Ln बैज प्रिंट होंगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitee(s) will be printed.</source>
        <translation>
            <numerusform>%Ln आमंत्रित व्यक्ति प्रिंट होगा।</numerusform>
            <numerusform>%Ln आमंत्रित व्यक्ति प्रिंट होंगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole event</source>
        <translation>पूरा कार्यक्रम</translation>
    </message>
</context>
<context>
    <name>ProductChapterRepository</name>
    <message>
        <source>The product&apos;s HS chapters could not be saved: %1</source>
        <translation>उत्पाद के एचएस अध्याय सहेजे नहीं जा सके: %1</translation>
    </message>
</context>
<context>
    <name>ProductChaptersDialog</name>
    <message>
        <source>HS chapters of %1</source>
        <translation>%1 के एचएस अध्याय</translation>
    </message>
    <message>
        <source>The 2-digit HS chapters %1 sits under, separated by commas. Its name suggests none.</source>
        <translation>2 अंकों के वे एचएस अध्याय जिनमें %1 आता है, अल्पविराम से अलग। इसके नाम से कोई अध्याय नहीं सूझता।</translation>
    </message>
    <message>
        <source>The 2-digit HS chapters %1 sits under, separated by commas. Left empty, its name suggests %2.</source>
        <translation>2 अंकों के वे एचएस अध्याय जिनमें %1 आता है, अल्पविराम से अलग। खाली छोड़ने पर इसके नाम से %2 लिए जाते हैं।</translation>
    </message>
    <message>
        <source>such as 61, 62</source>
        <translation>जैसे 61, 62</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Write chapter numbers from 01 to 99, such as 61, 62.</source>
        <translation>01 से 99 तक के अध्याय क्रमांक लिखें, जैसे 61, 62।</translation>
    </message>
    <message>
        <source>Not classified: its figures count as “not classified” in the charts by chapter.</source>
        <translation>अवर्गीकृत: अध्याय अनुसार चार्ट में इसके आँकड़े “अवर्गीकृत” में गिने जाएँगे।</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>सभी चुनें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>एक बढ़ाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>एक घटाएँ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; लिखने से सुरक्षित है।
क्या फिर भी इसे हटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>क्या आप सच में &apos;%1&apos; हटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>स्थानों और बुकमार्क की सूची</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फ़ाइल का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>नया फ़ोल्डर</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ऊपर का फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>नया फ़ोल्डर (&amp;N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>यहाँ देखें:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>फ़ाइल का प्रकार:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>फ़ोल्डर खोजें</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>छिपी फ़ाइलें दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>इस नाम से सहेजें</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
फ़ोल्डर नहीं मिला।
कृपया जाँचें कि फ़ोल्डर का नाम सही है।</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइडबार</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची दृश्य</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>चुनें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>फ़ोल्डर हटाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 पहले से है।
क्या आप इसे बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>आगे जाएँ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ऊपर के फ़ोल्डर में जाएँ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>हाल के स्थान</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>विस्तृत दृश्य में बदलें</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>विस्तृत दृश्य</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
फ़ाइल नहीं मिली।
कृपया जाँचें कि फ़ाइल का नाम सही है।</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>सूची दृश्य में बदलें</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>मेरा कंप्यूटर</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>कंप्यूटर</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>बदलने का दिनांक</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>मान लिखें:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>कागज़</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>पृष्ठ का आकार:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>चौड़ाई:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ऊँचाई:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>कागज़ का स्रोत:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>पृष्ठ की दिशा</translation>
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
        <source>Reverse landscape</source>
        <translation>उलटा आड़ा</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>उलटा खड़ा</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>हाशिए</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ऊपरी हाशिया</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>बायाँ हाशिया</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>दायाँ हाशिया</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>निचला हाशिया</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>पृष्ठ विन्यास</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>पृष्ठों का क्रम:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>प्रति शीट पृष्ठ:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>कस्टम</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>मिलीमीटर (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>इंच (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>पॉइंट (pt)</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>कस्टम</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर प्रयास करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनः स्थापित करें</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट करें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>विकल्प (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>विकल्प (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>फ़ाइल में प्रिंट करें (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>फ़ाइल में प्रिंट करें…</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF फ़ाइल लिखें</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>स्थानीय फ़ाइल</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>सभी पृष्ठ</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>विषम पृष्ठ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>सम पृष्ठ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 पहले से है।
क्या आप इसे बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 एक फ़ोल्डर है।
कृपया कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>फ़ाइल %1 में लिखा नहीं जा सकता।
कृपया कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>&apos;से&apos; का मान &apos;तक&apos; के मान से बड़ा नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>पृष्ठों का गलत विवरण</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 सही ढंग से नहीं लिखा है। पृष्ठों और श्रेणियों को &apos;,&apos; से अलग करें, श्रेणी &apos;-&apos; से लिखें, और ध्यान रखें कि श्रेणियाँ एक-दूसरे पर न चढ़ें।</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>दोनों ओर छपाई की सेटिंग्स में टकराव</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>दोनों ओर छपाई की सेटिंग्स में टकराव है। क्या आप इन्हें ठीक करना चाहते हैं?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>&apos;प्रति शीट पृष्ठ&apos; और &apos;पृष्ठ समूह&apos; एक साथ नहीं चल सकते।
कृपया इनमें से एक को बंद करें।</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>बाएँ से दाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>बाएँ से दाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>दाएँ से बाएँ, नीचे से ऊपर</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>दाएँ से बाएँ, ऊपर से नीचे</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>नीचे से ऊपर, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>नीचे से ऊपर, दाएँ से बाएँ</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>ऊपर से नीचे, बाएँ से दाएँ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>ऊपर से नीचे, दाएँ से बाएँ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>प्रिंटर के गुण</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>कार्य के विकल्प</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>पृष्ठ सेटअप में टकराव</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>पृष्ठ सेटअप के विकल्पों में टकराव है। क्या आप इन्हें ठीक करना चाहते हैं?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>उन्नत विकल्पों में टकराव</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>कुछ उन्नत विकल्पों में टकराव है। क्या आप इन्हें ठीक करना चाहते हैं?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>उन्नत</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>कुछ विकल्पों में टकराव है। कृपया इन्हें ठीक करें।</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>प्रतियाँ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>प्रतियाँ:</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>प्रिंट सीमा</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>सभी प्रिंट करें</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>वर्तमान पृष्ठ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>चयन</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>पृष्ठ या श्रेणियाँ अल्पविराम से अलग करके लिखें। श्रेणी दो संख्याओं के बीच हाइफ़न से लिखी जाती है। जैसे: 3,5-7,9 से पृष्ठ 3, 5, 6, 7 और 9 प्रिंट होंगे।</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>आउटपुट सेटिंग्स</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>क्रम से मिलाएँ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>उलटे क्रम में</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>रंगीन</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>श्वेत-श्याम</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>दोनों ओर छपाई</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>लंबी ओर से जिल्द</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>छोटी ओर से जिल्द</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>पृष्ठ समूह:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>गुण (&amp;R)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>स्थान:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>आउटपुट फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>समाप्त (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>पुष्टि करें</translation>
    </message>
</context>
<context>
    <name>RejectsFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>RemoveStallsCommand</name>
    <message>
        <source>delete stall %1</source>
        <translation>स्टॉल %1 हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>delete %n stall(s)</source>
        <translation>
            <numerusform>%n स्टॉल हटाएँ</numerusform>
            <numerusform>%n स्टॉल हटाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>the event&apos;s number (see “events”)</source>
        <translation>कार्यक्रम का क्रमांक (देखें “events”)</translation>
    </message>
    <message>
        <source>Name the PDF file to write, once.</source>
        <translation>लिखी जाने वाली PDF फ़ाइल का नाम एक बार दें।</translation>
    </message>
    <message>
        <source>--event ID is required.</source>
        <translation>--event ID आवश्यक है।</translation>
    </message>
    <message>
        <source>“%1” is not an event number.</source>
        <translation>“%1” कार्यक्रम क्रमांक नहीं है।</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2).</source>
        <translation>%1 लिखी गई (पृष्ठ: %2)।</translation>
    </message>
    <message>
        <source>print the conclave report for the District Export Promotion Committee as PDF: invitations and attendance, first-time participants, nominations, stalls, the district&apos;s exports and targets, decisions and follow-ups</source>
        <translation>जिला निर्यात प्रोत्साहन समिति के लिए सम्मेलन प्रतिवेदन PDF में प्रिंट करें: आमंत्रण और उपस्थिति, पहली बार भाग लेने वाले, नामांकन, स्टॉल, जनपद का निर्यात और लक्ष्य, निर्णय और अनुवर्ती कार्यवाही</translation>
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
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is saved as a backup first, so a restore can itself be undone by restoring that copy.</source>
        <translation>वह बैकअप चुनें जिस पर लौटना है। डेटाबेस अभी जैसा है, उसे पहले बैकअप के रूप में सहेजा जाता है, इसलिए उस प्रति को पुनर्स्थापित करके पुनर्स्थापना को भी पलटा जा सकता है।</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>पुनर्स्थापित करें (&amp;R)</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>बनाने की तिथि</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
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
        <source>unreadable</source>
        <translation>पढ़ने योग्य नहीं</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>पुनर्स्थापना से पहले</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>There are no backups yet in %1.</source>
        <translation>%1 में अभी कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>Backups are kept in %1.</source>
        <translation>बैकअप %1 में रखे जाते हैं।</translation>
    </message>
</context>
<context>
    <name>RowSnapshot</name>
    <message>
        <source>What was deleted could not be put back: %1</source>
        <translation>हटाया गया डेटा वापस नहीं लाया जा सका: %1</translation>
    </message>
</context>
<context>
    <name>SectorRepository</name>
    <message>
        <source>The category “%1” could not be saved: %2</source>
        <translation>श्रेणी “%1” सहेजी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>ईमेल से भेजें</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>पत्र (&amp;L):</translation>
    </message>
    <message>
        <source>Not replied after &amp;days:</source>
        <translation>उत्तर नहीं आया, इतने दिन बाद (&amp;D):</translation>
    </message>
    <message>
        <source>Send &amp;again to those who were sent it</source>
        <translation>जिन्हें भेजा जा चुका है उन्हें भी फिर भेजें (&amp;A)</translation>
    </message>
    <message>
        <source>Edit the te&amp;mplate…</source>
        <translation>टेम्पलेट बदलें (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry the failed</source>
        <translation>विफल हुए फिर भेजें (&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>रोकें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>मेल सर्वर का पासवर्ड</translation>
    </message>
    <message>
        <source>Will get it: %1 · no e-mail address: %2 · sent it before: %3 · failed last time: %4</source>
        <translation>इन्हें जाएगा: %1 · ईमेल पता नहीं: %2 · पहले भेजा जा चुका: %3 · पिछली बार विफल: %4</translation>
    </message>
    <message>
        <source>Through %1, port %2 (%3), from %4.</source>
        <translation>%1 से, पोर्ट %2 (%3), भेजने वाला %4।</translation>
    </message>
    <message>
        <source>Logs in as %1.</source>
        <translation>%1 के रूप में लॉग इन होगा।</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>भेजा जाएगा</translation>
    </message>
    <message>
        <source>Will be sent again (failed before: %1)</source>
        <translation>फिर भेजा जाएगा (पहले विफल: %1)</translation>
    </message>
    <message>
        <source>No e-mail address: skipped</source>
        <translation>ईमेल पता नहीं: छोड़ा गया</translation>
    </message>
    <message>
        <source>Sent on %1: skipped</source>
        <translation>%1 को भेजा गया: छोड़ा गया</translation>
    </message>
    <message>
        <source>Select an invitee to see every attempt to e-mail them.</source>
        <translation>किसी आमंत्रित व्यक्ति को ईमेल भेजने के सभी प्रयास देखने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>%1: not e-mailed yet.</source>
        <translation>%1: अभी तक ईमेल नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>%1, letter %2:</source>
        <translation>%1, पत्रांक %2:</translation>
    </message>
    <message>
        <source>It will be kept in the desktop&apos;s keyring once the mail server takes it.</source>
        <translation>मेल सर्वर के इसे स्वीकार करते ही यह डेस्कटॉप की कीरिंग में सहेज लिया जाएगा।</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>%2 पर %1 का पासवर्ड:</translation>
    </message>
    <message>
        <source>The templates have unknown fields: %1. Correct them with “Edit the template…” first.</source>
        <translation>टेम्पलेट में अज्ञात फ़ील्ड हैं: %1। पहले इन्हें “टेम्पलेट बदलें…” से ठीक करें।</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Sent, letter %1</source>
        <translation>भेजा गया, पत्रांक %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <source>Sent: %1 · failed: %2 · skipped: %3</source>
        <translation>भेजे गए: %1 · विफल: %2 · छोड़े गए: %3</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(रोका गया)</translation>
    </message>
    <message>
        <source>Stop sending and close?</source>
        <translation>भेजना रोककर बंद करें?</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>रोकें और बंद करें</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>क्या होगा</translation>
    </message>
    <message>
        <source>Send by e-mail: %1</source>
        <translation>ईमेल से भेजें: %1</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Password for the office server</source>
        <translation>कार्यालय सर्वर का पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>Sammelan keeps the password only while it runs, to connect again if the connection is lost; it is never written to disk.</source>
        <translation>सम्मेलन पासवर्ड को केवल अपने चलते रहने तक याद रखता है, ताकि कनेक्शन टूटने पर फिर से जुड़ सके; वह कभी डिस्क पर नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>जुड़ें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>SetHallCommand</name>
    <message>
        <source>set the hall to %1 m × %2 m</source>
        <translation>हॉल %1 मी × %2 मी करें</translation>
    </message>
</context>
<context>
    <name>SetStatusCommand</name>
    <message numerus="yes">
        <source>mark %n invitee(s) as %1</source>
        <translation>
            <numerusform>%n आमंत्रित व्यक्ति को “%1” करें</numerusform>
            <numerusform>%n आमंत्रित व्यक्तियों को “%1” करें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Language and numbers</source>
        <translation>भाषा और अंक</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Show and print numbers with &amp;Devanagari digits (०१२३) in Hindi</source>
        <translation>हिन्दी में संख्याएँ देवनागरी अंकों (०१२३) में दिखाएँ और प्रिंट करें (&amp;D)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>&amp;Keep the newest automatic backups:</source>
        <translation>सबसे नए स्वचालित बैकअप रखें (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>सामान्य (&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;xchange rates</source>
        <translation>विनिमय दरें (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>कार्यालय (&amp;O)</translation>
    </message>
    <message>
        <source>The letterhead of this database&apos;s letters, lists and certificates, in both languages.</source>
        <translation>इस डेटाबेस के पत्रों, सूचियों और प्रमाण-पत्रों का लेटरहेड, दोनों भाषाओं में।</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>कार्यालय का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>District Industries Centre, Gorakhpur</source>
        <translation>जिला उद्योग केंद्र, गोरखपुर</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>जिला (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता (&amp;A):</translation>
    </message>
    <message>
        <source>Signing o&amp;fficer:</source>
        <translation>हस्ताक्षरकर्ता अधिकारी (&amp;F):</translation>
    </message>
    <message>
        <source>Designa&amp;tion:</source>
        <translation>पद (&amp;T):</translation>
    </message>
    <message>
        <source>Deputy Commissioner Industries</source>
        <translation>उपायुक्त उद्योग</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>दूरभाष (&amp;P):</translation>
    </message>
    <message>
        <source>Office e-&amp;mail:</source>
        <translation>कार्यालय का ईमेल (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>लोगो (&amp;L):</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>चित्र चुनें…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Signat&amp;ure:</source>
        <translation>हस्ताक्षर (&amp;U):</translation>
    </message>
    <message>
        <source>Letter num&amp;bers:</source>
        <translation>पत्रांक (&amp;B):</translation>
    </message>
    <message>
        <source>{n}: the running serial of the financial year · {year}: the financial year (2025-26). For example: जि.उ.के./निर्यात/{n}/{year}</source>
        <translation>{n}: वित्तीय वर्ष का चालू क्रमांक · {year}: वित्तीय वर्ष (2025-26)। उदाहरण: जि.उ.के./निर्यात/{n}/{year}</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <source>The office&apos;s mail server, through which invitations go by e-mail. The password is kept in the desktop&apos;s keyring, never in a file.</source>
        <translation>कार्यालय का मेल सर्वर, जिससे आमंत्रण ईमेल द्वारा जाते हैं। पासवर्ड डेस्कटॉप की कीरिंग में रखा जाता है, किसी फ़ाइल में कभी नहीं।</translation>
    </message>
    <message>
        <source>Mail se&amp;rver:</source>
        <translation>मेल सर्वर (&amp;R):</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>सुरक्षा (&amp;Y):</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>पोर्ट (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड (&amp;W):</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;address:</source>
        <translation>भेजने वाले का पता (&amp;A):</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name:</source>
        <translation>भेजने वाले का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>A password is kept in the desktop&apos;s keyring.</source>
        <translation>डेस्कटॉप की कीरिंग में एक पासवर्ड रखा है।</translation>
    </message>
    <message>
        <source>No password is kept yet: enter it to keep it in the desktop&apos;s keyring.</source>
        <translation>अभी कोई पासवर्ड नहीं रखा है: डेस्कटॉप की कीरिंग में रखने के लिए इसे भरें।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>चित्र चुनें</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>चित्र (%1)</translation>
    </message>
    <message>
        <source>The first letter of this year: %1</source>
        <translation>इस वर्ष का पहला पत्र: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>सेटिंग्स सहेजी नहीं जा सकीं</translation>
    </message>
    <message>
        <source>The password is kept in the desktop&apos;s keyring.</source>
        <translation>पासवर्ड डेस्कटॉप की कीरिंग में रख दिया गया है।</translation>
    </message>
    <message>
        <source>This desk (recorded with every change and check-in made here)</source>
        <translation>यह डेस्क (यहाँ किए हर बदलाव और आगमन के साथ दर्ज होता है)</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;name:</source>
        <translation>इस डेस्क का नाम (&amp;N):</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>सेटिंग सहेजी नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>SingleBadgeDialog</name>
    <message>
        <source>Print badge</source>
        <translation>बैज प्रिंट करें</translation>
    </message>
    <message>
        <source>Correct the texts if needed: the badge is printed as shown, the register is not changed.</source>
        <translation>ज़रूरत हो तो पाठ ठीक करें: बैज जैसा दिख रहा है वैसा ही प्रिंट होगा, पंजिका नहीं बदलेगी।</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Designation:</source>
        <translation>पद (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>उद्यम (&amp;E):</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>क्षेत्र (&amp;C):</translation>
    </message>
    <message>
        <source>S&amp;tall no.:</source>
        <translation>स्टॉल सं. (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Print the badge on the default printer</source>
        <translation>बैज डिफ़ॉल्ट प्रिंटर पर प्रिंट करें</translation>
    </message>
    <message>
        <source>P&amp;rint to…</source>
        <translation>प्रिंटर चुनकर प्रिंट करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the printer and its settings</source>
        <translation>प्रिंटर और उसकी सेटिंग्स चुनें</translation>
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
        <source>Type the name to print on the badge.</source>
        <translation>बैज पर प्रिंट होने वाला नाम लिखें।</translation>
    </message>
    <message>
        <source>This badge was printed before, last on %1.</source>
        <translation>यह बैज पहले प्रिंट हो चुका है, अंतिम बार %1 को।</translation>
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
        <source>Badge: %1</source>
        <translation>बैज: %1</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (सर्वर का उत्तर: %2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>The mail library could not be started.</source>
        <translation>मेल लाइब्रेरी शुरू नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Cancelled while sending: the server may or may not have the message.</source>
        <translation>भेजते समय रद्द किया गया: हो सकता है सर्वर को संदेश मिला हो, हो सकता है न मिला हो।</translation>
    </message>
    <message>
        <source>The mail server %1 was not found (is the name right, is the computer online?).</source>
        <translation>मेल सर्वर %1 नहीं मिला (क्या नाम सही है, क्या कंप्यूटर इंटरनेट से जुड़ा है?)।</translation>
    </message>
    <message>
        <source>The mail server %1 did not accept a connection on port %2.</source>
        <translation>मेल सर्वर %1 ने पोर्ट %2 पर कनेक्शन स्वीकार नहीं किया।</translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation>मेल सर्वर ने समय पर उत्तर नहीं दिया।</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>मेल सर्वर ने उपयोगकर्ता नाम या पासवर्ड अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The mail server does not offer STARTTLS: choose another security setting.</source>
        <translation>मेल सर्वर STARTTLS नहीं देता: सुरक्षा की कोई दूसरी सेटिंग चुनें।</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>मेल सर्वर ने संदेश अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost while sending.</source>
        <translation>भेजते समय मेल सर्वर से कनेक्शन टूट गया।</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (पोर्ट 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (पोर्ट 465)</translation>
    </message>
    <message>
        <source>STARTTLS when the server offers it</source>
        <translation>सर्वर दे तो STARTTLS</translation>
    </message>
    <message>
        <source>None (a mail relay in the office)</source>
        <translation>कोई नहीं (कार्यालय के भीतर का मेल रिले)</translation>
    </message>
    <message>
        <source>No mail server is set: enter it in Settings › E-mail.</source>
        <translation>कोई मेल सर्वर नहीं दिया गया: इसे सेटिंग्स › ईमेल में भरें।</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be between 1 and 65535.</source>
        <translation>मेल सर्वर का पोर्ट 1 से 65535 के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>No sender address is set: enter the office&apos;s e-mail address in Settings › E-mail.</source>
        <translation>भेजने वाले का पता नहीं दिया गया: कार्यालय का ईमेल पता सेटिंग्स › ईमेल में भरें।</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>भेजने वाले का पता: %1</translation>
    </message>
    <message>
        <source>“%1” is not a mail server: write it as smtp://HOST:PORT or smtps://HOST:PORT.</source>
        <translation>“%1” मेल सर्वर नहीं है: इसे smtp://HOST:PORT या smtps://HOST:PORT के रूप में लिखें।</translation>
    </message>
    <message>
        <source>The e-mail settings could not be saved: %1</source>
        <translation>ईमेल सेटिंग्स सहेजी नहीं जा सकीं: %1</translation>
    </message>
</context>
<context>
    <name>SqliteBulkWriter</name>
    <message>
        <source>An earlier row could not be written.</source>
        <translation>एक पिछली पंक्ति लिखी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>StallCommands</name>
    <message>
        <source>the event whose stalls to print</source>
        <translation>वह कार्यक्रम जिसके स्टॉल प्रिंट करने हैं</translation>
    </message>
    <message>
        <source>Name the PDF file to write.</source>
        <translation>लिखने के लिए PDF फ़ाइल बताएँ।</translation>
    </message>
    <message>
        <source>--event ID is required (see “sammelan-cli events”).</source>
        <translation>--event ID आवश्यक है (देखें “sammelan-cli events”)।</translation>
    </message>
    <message>
        <source>There is no event %1 (see “sammelan-cli events”).</source>
        <translation>कार्यक्रम %1 नहीं है (देखें “sammelan-cli events”)।</translation>
    </message>
    <message>
        <source>Stall layout — %1</source>
        <translation>स्टॉल विन्यास — %1</translation>
    </message>
    <message numerus="yes">
        <source>printed %n stall(s) to %1</source>
        <translation>
            <numerusform>%n स्टॉल %1 में प्रिंट हुआ</numerusform>
            <numerusform>%n स्टॉल %1 में प्रिंट हुए</numerusform>
        </translation>
    </message>
    <message>
        <source>print the floor plan and the stall list to a PDF</source>
        <translation>स्टॉल विन्यास और स्टॉल सूची PDF में प्रिंट करें</translation>
    </message>
</context>
<context>
    <name>StallEditor</name>
    <message>
        <source>A stall needs a code, such as A-01.</source>
        <translation>स्टॉल का एक कोड होना चाहिए, जैसे A-01।</translation>
    </message>
    <message>
        <source>There is already a stall %1.</source>
        <translation>स्टॉल %1 पहले से है।</translation>
    </message>
    <message>
        <source>There is no free space of %1 left in the hall.</source>
        <translation>हॉल में %1 की खाली जगह नहीं बची है।</translation>
    </message>
    <message>
        <source>add stall %1</source>
        <translation>स्टॉल %1 जोड़ें</translation>
    </message>
    <message>
        <source>There is no free space left in the hall for a copy of %1.</source>
        <translation>हॉल में %1 की प्रति के लिए खाली जगह नहीं बची है।</translation>
    </message>
    <message numerus="yes">
        <source>duplicate %n stall(s)</source>
        <translation>
            <numerusform>%n स्टॉल की प्रति बनाएँ</numerusform>
            <numerusform>%n स्टॉल की प्रतियाँ बनाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete stalls</source>
        <translation>स्टॉल हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected stalls are allotted. Delete them all?</source>
        <translation>
            <numerusform>चुने गए स्टॉल में से %n आवंटित है। क्या सभी हटाएँ?</numerusform>
            <numerusform>चुने गए स्टॉल में से %n आवंटित हैं। क्या सभी हटाएँ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Choose “Replace the stalls there are now”, or move them first.</source>
        <translation>“अभी के स्टॉल बदल दें” चुनें, या पहले उन्हें खिसकाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>generate %n stall(s)</source>
        <translation>
            <numerusform>%n स्टॉल बनाएँ</numerusform>
            <numerusform>%n स्टॉल बनाएँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stall(s) placed.</source>
        <translation>
            <numerusform>%n स्टॉल रखा गया।</numerusform>
            <numerusform>%n स्टॉल रखे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Stall %1 is blocked; set it free first.</source>
        <translation>स्टॉल %1 अवरुद्ध है; पहले इसे रिक्त करें।</translation>
    </message>
    <message>
        <source>This enterprise already holds stall %1. Tick “Allow an enterprise more than one stall” to give it another.</source>
        <translation>इस उद्यम के पास पहले से स्टॉल %1 है। इसे दूसरा देने के लिए “एक उद्यम को कई स्टॉल दिए जा सकें” चुनें।</translation>
    </message>
    <message>
        <source>Stall %1 allotted.</source>
        <translation>स्टॉल %1 आवंटित हुआ।</translation>
    </message>
    <message>
        <source>Stall %1 is free again.</source>
        <translation>स्टॉल %1 फिर से रिक्त है।</translation>
    </message>
</context>
<context>
    <name>StallGeometry</name>
    <message>
        <source>Stall %1 would overlap stall %2.</source>
        <translation>स्टॉल %1 स्टॉल %2 पर चढ़ जाएगा।</translation>
    </message>
    <message>
        <source>Stall code: %1</source>
        <translation>स्टॉल कोड: %1</translation>
    </message>
    <message>
        <source>Stall %1, notes: %2</source>
        <translation>स्टॉल %1, टिप्पणी: %2</translation>
    </message>
    <message>
        <source>A stall is at least %1 wide and deep.</source>
        <translation>स्टॉल कम से कम %1 चौड़ा और गहरा होता है।</translation>
    </message>
    <message>
        <source>Stall %1 would stand outside the hall (%2).</source>
        <translation>स्टॉल %1 हॉल (%2) के बाहर चला जाएगा।</translation>
    </message>
    <message>
        <source>m</source>
        <comment>metres, the unit after every length of a hall or stall</comment>
        <translation>मी</translation>
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>A length: the number, then the unit (the same word as &quot;m&quot; alone).</extracomment>
        <translation>%1 मी</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>Width × depth, each already with its unit (&quot;3.0 m × 2.5 m&quot;).</extracomment>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>StallPlan</name>
    <message>
        <source>no category</source>
        <translation>कोई श्रेणी नहीं</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>allotted, no category</source>
        <translation>आवंटित, श्रेणी नहीं</translation>
    </message>
</context>
<context>
    <name>StallPropertiesPanel</name>
    <message>
        <source>&amp;Code:</source>
        <translation>कोड (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>चौड़ाई (&amp;W):</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>गहराई (&amp;P):</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>श्रेणी (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>स्थिति (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Allotted to:</source>
        <translation>आवंटित (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>टिप्पणी (&amp;N):</translation>
    </message>
    <message>
        <source>Stall %1</source>
        <translation>स्टॉल %1</translation>
    </message>
    <message>
        <source>No stall selected</source>
        <translation>कोई स्टॉल नहीं चुना गया</translation>
    </message>
    <message numerus="yes">
        <source>%n stalls selected</source>
        <translation>
            <numerusform>%n स्टॉल चुना गया</numerusform>
            <numerusform>%n स्टॉल चुने गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a stall to see and change it, or drag across several.</source>
        <translation>किसी स्टॉल पर क्लिक करें, उसका विवरण यहाँ दिखेगा और बदला जा सकेगा; कई स्टॉल चुनने के लिए उन पर से खींचें।</translation>
    </message>
    <message>
        <source>Arrange lines them up or spaces them evenly; Delete removes them.</source>
        <translation>“व्यवस्थित करें” उन्हें एक सीध में या बराबर दूरी पर रखता है; “हटाएँ” उन्हें हटा देता है।</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>(free)</source>
        <translation>(रिक्त)</translation>
    </message>
</context>
<context>
    <name>StallReport</name>
    <message>
        <source>Printed on %1 at %2</source>
        <translation>%1 को %2 बजे मुद्रित</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>स्टॉल</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>उद्यम</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <source>%1 — stall list</source>
        <translation>%1 — स्टॉल सूची</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>Stall layout</source>
        <translation>स्टॉल विन्यास</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Hall %1 · %2 · printed %3</source>
        <translation>हॉल %1 · %2 · प्रिंट %3</translation>
    </message>
    <message numerus="yes">
        <source>%n stall(s)</source>
        <translation>
            <numerusform>%n स्टॉल</numerusform>
            <numerusform>%n स्टॉल</numerusform>
        </translation>
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
    <name>StallsPage</name>
    <message>
        <source>Save the plan as a picture</source>
        <translation>विन्यास को चित्र के रूप में सहेजें</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>विन्यास %1 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Stall layout — %1</source>
        <translation>स्टॉल विन्यास — %1</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>विन्यास प्रिंट करें</translation>
    </message>
    <message>
        <source>The plan and the stall list were saved as %1.</source>
        <translation>विन्यास और स्टॉल सूची %1 के रूप में सहेजे गए।</translation>
    </message>
    <message>
        <source>stall-plan</source>
        <translation>स्टॉल-विन्यास</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Stalls</source>
        <translation>स्टॉल</translation>
    </message>
    <message>
        <source>&amp;Hall…</source>
        <translation>हॉल (&amp;H)…</translation>
    </message>
    <message>
        <source>The hall&apos;s name and size</source>
        <translation>हॉल का नाम और आकार</translation>
    </message>
    <message>
        <source>&amp;Add stall</source>
        <translation>स्टॉल जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Add a stall in a free place (Insert)</source>
        <translation>खाली जगह में स्टॉल जोड़ें (Insert)</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>बनाएँ (&amp;G)…</translation>
    </message>
    <message>
        <source>Place a number of stalls in rows with aisles</source>
        <translation>गलियारों के साथ पंक्तियों में कई स्टॉल रखें</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>प्रति बनाएँ (&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected stalls into free places (Ctrl+D)</source>
        <translation>चुने गए स्टॉल की प्रति खाली जगहों में बनाएँ (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected stalls (Del)</source>
        <translation>चुने गए स्टॉल हटाएँ (Del)</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>बाएँ मिलाएँ</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>दाएँ मिलाएँ</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>ऊपर मिलाएँ</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>नीचे मिलाएँ</translation>
    </message>
    <message>
        <source>Space across</source>
        <translation>बराबर दूरी (आड़ी)</translation>
    </message>
    <message>
        <source>Equal gaps from left to right between the selected stalls</source>
        <translation>चुने गए स्टॉल के बीच बाएँ से दाएँ बराबर दूरी</translation>
    </message>
    <message>
        <source>Space down</source>
        <translation>बराबर दूरी (खड़ी)</translation>
    </message>
    <message>
        <source>Equal gaps from top to bottom between the selected stalls</source>
        <translation>चुने गए स्टॉल के बीच ऊपर से नीचे बराबर दूरी</translation>
    </message>
    <message>
        <source>Show the grid and snap stalls to it (Ctrl+G)</source>
        <translation>ग्रिड दिखाएँ और स्टॉल उस पर जमाएँ (Ctrl+G)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>बड़ा करें</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>छोटा करें</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>पूरा दिखाएँ (&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole hall (Ctrl+0)</source>
        <translation>पूरा हॉल दिखाएँ (Ctrl+0)</translation>
    </message>
    <message>
        <source>Save as &amp;picture…</source>
        <translation>चित्र के रूप में सहेजें (&amp;P)…</translation>
    </message>
    <message>
        <source>category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें (&amp;D)…</translation>
    </message>
    <message>
        <source>The plan with its legend, then the stall list, as a PDF (Ctrl+Shift+P)</source>
        <translation>संकेत सहित विन्यास, फिर स्टॉल सूची, PDF के रूप में (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the plan with its legend, then the stall list (Ctrl+P)</source>
        <translation>संकेत सहित विन्यास, फिर स्टॉल सूची प्रिंट करें (Ctrl+P)</translation>
    </message>
    <message>
        <source>A&amp;rrange</source>
        <translation>व्यवस्थित करें (&amp;R)</translation>
    </message>
    <message>
        <source>Align the selected stalls or space them evenly</source>
        <translation>चुने गए स्टॉल एक सीध में लाएँ या बराबर दूरी पर रखें</translation>
    </message>
    <message>
        <source>&amp;Snap to %1</source>
        <translation>%1 पर जमाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>बड़ा करें (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>छोटा करें (Ctrl+-)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save the plan as a picture, or with the stall list as a PDF</source>
        <translation>विन्यास को चित्र के रूप में, या स्टॉल सूची के साथ PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>रंग इसके अनुसार (&amp;B):</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file holds no table: it is empty.</source>
        <translation>फ़ाइल में कोई तालिका नहीं है: यह खाली है।</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>%1 is too large to be a list of invitees.</source>
        <translation>%1 आमंत्रित व्यक्तियों की सूची होने के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>The file is damaged: it is not valid UTF-16 text.</source>
        <translation>फ़ाइल क्षतिग्रस्त है: यह मान्य UTF-16 पाठ नहीं है।</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so Hindi in it would be lost. In Excel save it as “CSV UTF-8” or “Unicode Text”; in LibreOffice choose UTF-8.</source>
        <translation>फ़ाइल UTF-8 पाठ नहीं है, इसलिए इसकी हिन्दी खो जाएगी। Excel में इसे “CSV UTF-8” या “Unicode Text” के रूप में सहेजें; LibreOffice में UTF-8 चुनें।</translation>
    </message>
    <message>
        <source>The file is not a text table (it holds binary data).</source>
        <translation>फ़ाइल पाठ तालिका नहीं है (इसमें बाइनरी डेटा है)।</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>अर्धविराम</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>अल्पविराम</translation>
    </message>
    <message>
        <source>CSV (%1, %2)</source>
        <translation>CSV (%1, %2)</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel (XLSX) file.</source>
        <translation>%1 पढ़ने योग्य Excel (XLSX) फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (XLSX) that Sammelan can read.</source>
        <translation>%1 ऐसी Excel वर्कबुक (XLSX) नहीं है जिसे सम्मेलन पढ़ सके।</translation>
    </message>
    <message>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
    <message>
        <source>The file cannot be read to its end.</source>
        <translation>फ़ाइल अंत तक पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Line %1: a cell holds more than %L2 characters; Sammelan reads cells of at most %L2 characters.</source>
        <translation>पंक्ति %1: एक खाने में %L2 से अधिक वर्ण हैं; सम्मेलन अधिकतम %L2 वर्णों वाले खाने ही पढ़ता है।</translation>
    </message>
    <message>
        <source>Line %1 has more than %L2 cells; Sammelan reads at most %L2 columns.</source>
        <translation>पंक्ति %1 में %L2 से अधिक खाने हैं; सम्मेलन अधिकतम %L2 कॉलम पढ़ता है।</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell opens here and is never closed (a &quot; is missing).</source>
        <translation>पंक्ति %1: उद्धरण चिह्न से शुरू हुआ खाना यहाँ खुलता है और कभी बंद नहीं होता (एक &quot; छूटा है)।</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell opens here and runs on for more than %L2 characters: a closing &quot; is probably missing.</source>
        <translation>पंक्ति %1: उद्धरण चिह्न से शुरू हुआ खाना यहाँ खुलता है और %L2 से अधिक वर्णों तक चलता जाता है: शायद बंद करने वाला &quot; छूटा है।</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell opens here and closes only on line %2, so the lines up to there were read into this one row; a closing &quot; is probably missing on line %1.</source>
        <translation>पंक्ति %1: उद्धरण चिह्न से शुरू हुआ खाना यहाँ खुलता है और पंक्ति %2 पर जाकर बंद होता है, इसलिए वहाँ तक की पंक्तियाँ इसी एक पंक्ति में पढ़ी गईं; शायद पंक्ति %1 पर बंद करने वाला &quot; छूटा है।</translation>
    </message>
    <message>
        <source>Line %1: the cell %2 has text after its closing quote; a &quot; inside a cell is written twice (&quot;&quot;).</source>
        <translation>पंक्ति %1: खाने %2 में बंद करने वाले उद्धरण चिह्न के बाद भी पाठ है; खाने के भीतर &quot; दो बार (&quot;&quot;) लिखा जाता है।</translation>
    </message>
    <message>
        <source>a quoted cell runs from line %1 to line %2</source>
        <translation>उद्धरण चिह्न वाला एक खाना पंक्ति %1 से पंक्ति %2 तक चलता है</translation>
    </message>
    <message>
        <source>Line %1: the row holds more than %L2 characters; Sammelan reads rows of at most %L2 characters.</source>
        <translation>पंक्ति %1: इस पंक्ति में %L2 से अधिक वर्ण हैं; सम्मेलन अधिकतम %L2 वर्णों वाली पंक्तियाँ ही पढ़ता है।</translation>
    </message>
    <message>
        <source>%1 is refused: it holds more text than Sammelan reads from one workbook (%L2 pieces of text or %L3 characters).</source>
        <translation>%1 अस्वीकार की गई: इसमें उससे अधिक पाठ है जितना सम्मेलन एक वर्कबुक से पढ़ता है (%L2 पाठ-अंश या %L3 वर्ण)।</translation>
    </message>
    <message>
        <source>%1 is refused: it has a row %L2, beyond a spreadsheet&apos;s last row (%L3).</source>
        <translation>%1 अस्वीकार की गई: इसमें पंक्ति %L2 है, जो स्प्रेडशीट की अंतिम पंक्ति (%L3) से आगे है।</translation>
    </message>
    <message>
        <source>%1 is refused: part of it would unpack to more than %L2 MB from %L3 KB, out of all proportion for a spreadsheet (a “zip bomb”).</source>
        <translation>%1 अस्वीकार की गई: इसका एक भाग %L3 KB से खुलकर %L2 MB से अधिक हो जाता, जो किसी स्प्रेडशीट के लिए बेहद असंगत है (एक “ज़िप बम”)।</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be unpacked.</source>
        <translation>%1 क्षतिग्रस्त है: इसका एक भाग खोला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>%1 is refused: a cell holds more than %L2 characters; Sammelan reads cells of at most %L2 characters.</source>
        <translation>%1 अस्वीकार की गई: एक खाने में %L2 से अधिक वर्ण हैं; सम्मेलन अधिकतम %L2 वर्णों वाले खाने ही पढ़ता है।</translation>
    </message>
    <message>
        <source>%1 is refused: it names the cell %2, beyond a spreadsheet&apos;s last cell (XFD1048576).</source>
        <translation>%1 अस्वीकार की गई: इसमें खाना %2 है, जो स्प्रेडशीट के अंतिम खाने (XFD1048576) से आगे है।</translation>
    </message>
    <message>
        <source>%1 is refused: a cell of row %L2 lies beyond a spreadsheet&apos;s last column (XFD).</source>
        <translation>%1 अस्वीकार की गई: पंक्ति %L2 का एक खाना स्प्रेडशीट के अंतिम कॉलम (XFD) से आगे है।</translation>
    </message>
    <message>
        <source>%1 is refused: row %L2 has a value in column %3, and Sammelan reads at most %L4 columns (A to %5).</source>
        <translation>%1 अस्वीकार की गई: पंक्ति %L2 में कॉलम %3 में मान है, और सम्मेलन अधिकतम %L4 कॉलम (A से %5) पढ़ता है।</translation>
    </message>
    <message>
        <source>%1 is refused: its cells hold more than %L2 characters in all, more than Sammelan reads from one workbook.</source>
        <translation>%1 अस्वीकार की गई: इसके खानों में कुल मिलाकर %L2 से अधिक वर्ण हैं, जो सम्मेलन द्वारा एक वर्कबुक से पढ़े जाने वाले पाठ से अधिक है।</translation>
    </message>
    <message>
        <source>%1 is refused: row %L2 holds more than %L3 characters; Sammelan reads rows of at most %L3 characters.</source>
        <translation>%1 अस्वीकार की गई: पंक्ति %L2 में %L3 से अधिक वर्ण हैं; सम्मेलन अधिकतम %L3 वर्णों वाली पंक्तियाँ ही पढ़ता है।</translation>
    </message>
    <message>
        <source>The workbook</source>
        <translation>वर्कबुक</translation>
    </message>
</context>
<context>
    <name>TargetTexts</name>
    <message>
        <source>All exports</source>
        <translation>कुल निर्यात</translation>
    </message>
    <message>
        <source>target reached (%1)</source>
        <translation>लक्ष्य प्राप्त (%1)</translation>
    </message>
    <message>
        <source>%1 of the target reached</source>
        <translation>लक्ष्य का %1 प्राप्त</translation>
    </message>
    <message>
        <source>no figures before this year to measure from</source>
        <translation>इस वर्ष से पहले के आँकड़े नहीं, जिनसे मापा जाए</translation>
    </message>
    <message>
        <source>no figure in %1 to grow from</source>
        <translation>%1 में कोई आँकड़ा नहीं, जिससे वृद्धि गिनी जाए</translation>
    </message>
    <message>
        <source>already above the target in %1</source>
        <translation>%1 में ही लक्ष्य से ऊपर</translation>
    </message>
    <message numerus="yes">
        <source>needs %1 growth a year from %2 (%n year(s))</source>
        <translation>
            <numerusform>%2 से हर वर्ष %1 वृद्धि आवश्यक (%n वर्ष)</numerusform>
            <numerusform>%2 से हर वर्ष %1 वृद्धि आवश्यक (%n वर्ष)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Templates</source>
        <translation>टेम्पलेट</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>टेम्पलेट (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>विषय (&amp;S):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>पाठ (&amp;X):</translation>
    </message>
    <message>
        <source>SMS template &amp;id:</source>
        <translation>एसएमएस टेम्पलेट आईडी (&amp;I):</translation>
    </message>
    <message>
        <source>The id the bulk-SMS service registered this text under (DLT); it goes into the SMS file.</source>
        <translation>वह आईडी जिससे बल्क एसएमएस सेवा ने यह पाठ पंजीकृत किया है (DLT); यह एसएमएस फ़ाइल में जाती है।</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>फ़ील्ड (&amp;F):</translation>
    </message>
    <message>
        <source>Insert the fiel&amp;d</source>
        <translation>फ़ील्ड डालें (&amp;D)</translation>
    </message>
    <message>
        <source>Double-click a field to insert it where the cursor is.</source>
        <translation>कर्सर की जगह पर डालने के लिए फ़ील्ड पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>&amp;Restore the default</source>
        <translation>डिफ़ॉल्ट वापस लाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>सहेजें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Unknown fields: %1. They would print as they stand: correct them or insert fields from the list.</source>
        <translation>अज्ञात फ़ील्ड: %1। वे जैसे हैं वैसे ही छप जाएँगे: इन्हें ठीक करें या सूची से फ़ील्ड डालें।</translation>
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation>टेम्पलेट सहेजे नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>The templates could not be saved</source>
        <translation>टेम्पलेट सहेजे नहीं जा सके</translation>
    </message>
    <message>
        <source>Close without saving the changes to the templates?</source>
        <translation>टेम्पलेट के बदलाव सहेजे बिना बंद करें?</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>बदलाव छोड़ दें</translation>
    </message>
    <message>
        <source>Preview for %1; the number is given when the letter is printed or sent.</source>
        <translation>%1 के लिए पूर्वावलोकन; पत्रांक पत्र प्रिंट करते या भेजते समय दिया जाता है।</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>विषय: %1</translation>
    </message>
    <message>
        <source>Templates: %1</source>
        <translation>टेम्पलेट: %1</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>टेम्पलेट सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The template could not be reset: %1</source>
        <translation>टेम्पलेट डिफ़ॉल्ट पर नहीं लौटाया जा सका: %1</translation>
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
        <source>This GSTIN&apos;s last character does not match: check it for a typing mistake.</source>
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
    <message>
        <source>This is %L1 characters long; at most %L2 are allowed.</source>
        <translation>इसमें %L1 वर्ण हैं; अधिकतम %L2 की अनुमति है।</translation>
    </message>
    <message>
        <source>This must be one line, without tabs, line breaks or other control characters.</source>
        <translation>यह एक ही पंक्ति में होना चाहिए, बिना टैब, पंक्ति-विराम या अन्य नियंत्रण वर्णों के।</translation>
    </message>
    <message>
        <source>This holds a control character that is not text; remove it.</source>
        <translation>इसमें एक नियंत्रण वर्ण है जो पाठ नहीं है; उसे हटाएँ।</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>अंग्रेज़ी में नाम</translation>
    </message>
    <message>
        <source>Name in Hindi</source>
        <translation>हिन्दी में नाम</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>आयोजक</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <source>Waiting for a stall (%1): drag one onto a stall</source>
        <translation>स्टॉल की प्रतीक्षा में (%1): किसी को स्टॉल पर खींचकर छोड़ें</translation>
    </message>
    <message>
        <source>Waiting for a stall (%1 of %2 shown): drag one onto a stall</source>
        <translation>स्टॉल की प्रतीक्षा में (%2 में से %1 दिख रहे): किसी को स्टॉल पर खींचकर छोड़ें</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>खोजें…</translation>
    </message>
    <message>
        <source>Search by enterprise, name or mobile</source>
        <translation>उद्यम, नाम या मोबाइल से खोजें</translation>
    </message>
    <message>
        <source>Search the waiting list</source>
        <translation>प्रतीक्षा सूची में खोजें</translation>
    </message>
    <message>
        <source>Allow an enterprise more than one stall</source>
        <translation>एक उद्यम को कई स्टॉल दिए जा सकें</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
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
</context>
<context>
    <name>WhoExports</name>
    <message>
        <source>their figures: ₹%1 crore, latest %2</source>
        <translation>उनके आँकड़े: ₹%1 करोड़, नवीनतम %2</translation>
    </message>
    <message>
        <source>makes a product the district exports there</source>
        <translation>ऐसा उत्पाद बनाते हैं जो जनपद वहाँ निर्यात करता है</translation>
    </message>
    <message>
        <source>makes %1</source>
        <translation>%1 बनाते हैं</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>निर्यातक</translation>
    </message>
    <message>
        <source>exporter with an IEC</source>
        <translation>आईईसी वाले निर्यातक</translation>
    </message>
</context>
<context>
    <name>WhoExportsDialog</name>
    <message>
        <source>Who exports to %1?</source>
        <translation>%1 को कौन निर्यात करता है?</translation>
    </message>
    <message>
        <source>Who exports %1?</source>
        <translation>%1 का निर्यात कौन करता है?</translation>
    </message>
    <message>
        <source>No invitee has an IEC or says they export. Add the IEC on the invitees&apos; forms.</source>
        <translation>किसी आमंत्रित व्यक्ति का आईईसी नहीं है और न कोई निर्यात करता है। आमंत्रित व्यक्तियों के फ़ॉर्म में आईईसी जोड़ें।</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s exporters among the invitees: %n with figures or products for %1 first (ticked), then the others with an IEC or who export.</source>
        <translation>
            <numerusform>आमंत्रित व्यक्तियों में जनपद के निर्यातक: पहले %1 के आँकड़ों या उत्पादों वाला %n (चिह्नित), फिर आईईसी वाले या निर्यात करने वाले अन्य।</numerusform>
            <numerusform>आमंत्रित व्यक्तियों में जनपद के निर्यातक: पहले %1 के आँकड़ों या उत्पादों वाले %n (चिह्नित), फिर आईईसी वाले या निर्यात करने वाले अन्य।</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>उद्यम</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल नंबर</translation>
    </message>
    <message>
        <source>IEC</source>
        <translation>आईईसी</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>In&amp;vite to:</source>
        <translation>इसमें आमंत्रित करें (&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Invite the ticked ones</source>
        <translation>चिह्नित को आमंत्रित करें (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>सूची कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Nobody was invited: the change could not be saved.</source>
        <translation>कोई आमंत्रित नहीं हुआ: बदलाव सहेजा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Invited %1 to %2; %3 were already invited or further along.</source>
        <translation>%1 को %2 में आमंत्रित किया; %3 पहले से आमंत्रित थे या आगे की स्थिति में थे।</translation>
    </message>
    <message>
        <source>Invited %1 to %2.</source>
        <translation>%1 को %2 में आमंत्रित किया।</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Copied %1 exporters: paste them into a spreadsheet.</source>
        <translation>%1 निर्यातक कॉपी किए गए: इन्हें स्प्रेडशीट में चिपकाएँ।</translation>
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>बदलाव सहेजा नहीं जा सका।</translation>
    </message>
</context>
</TS>
