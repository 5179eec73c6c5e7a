#include "letterfixture.h"
#include "letters/documentlanguage.h"
#include "letters/lettertemplate.h"
#include "storage/rowsnapshot.h"
#include "text/textfold.h"

#include <QRegularExpression>

// Templates: the fields, unknown ones flagged, filling, the Hindi and English defaults, and one
// template per event, kind and language kept in the database.
class TestLetterTemplate : public QObject
{
    Q_OBJECT

    static QStringList fieldsIn(const QString &text)
    {
        QStringList found;
        static const QRegularExpression field(QStringLiteral("\\{[^{}\\s]*\\}"));
        for (const auto &m : field.globalMatch(text))
            if (!found.contains(m.captured()))
                found << m.captured();
        found.sort();
        return found;
    }

private slots:
    void theFieldsOfTheIssue()
    {
        QCOMPARE(LetterTemplate::fields(),
                 (QStringList{QStringLiteral("{name}"), QStringLiteral("{designation}"), QStringLiteral("{enterprise}"),
                              QStringLiteral("{address}"), QStringLiteral("{event}"), QStringLiteral("{dates}"),
                              QStringLiteral("{venue}"), QStringLiteral("{stall}"), QStringLiteral("{letter_no}"),
                              QStringLiteral("{date}")}));
        for (const QString &field : LetterTemplate::fields())
            QVERIFY2(!LetterTemplate::fieldDescription(field).isEmpty(), qPrintable(field));
    }

    void unknownFieldsAreFlagged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("unknown");
        QTest::newRow("none") << QStringLiteral("Dear {name}, {event} on {dates}.") << QStringList{};
        QTest::newRow("misspelt") << QStringLiteral("Dear {nmae}, {event}") << QStringList{QStringLiteral("{nmae}")};
        QTest::newRow("each once, in order")
            << QStringLiteral("{x} {name} {y} {x}") << QStringList{QStringLiteral("{x}"), QStringLiteral("{y}")};
        QTest::newRow("Hindi word") << QStringLiteral("{नाम} आमंत्रण") << QStringList{QStringLiteral("{नाम}")};
        QTest::newRow("empty braces") << QStringLiteral("a {} b") << QStringList{QStringLiteral("{}")};
    }
    void unknownFieldsAreFlagged()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, unknown);
        QCOMPARE(LetterTemplate::unknownFields(text), unknown);
        LetterTemplate t;
        t.subject = QStringLiteral("{subj}");
        t.body = text;
        QStringList both{QStringLiteral("{subj}")};
        both << unknown;
        QCOMPARE(t.unknownFields(), both);
    }

    void fillReplacesFieldsAndKeepsTheRest()
    {
        const QHash<QString, QString> values{{QStringLiteral("{name}"), QStringLiteral("सीमा {event}")},
                                             {QStringLiteral("{event}"), QStringLiteral("Conclave")}};
        // A value is not read again for fields (a name with braces stays as typed).
        QCOMPARE(LetterTemplate::fill(QStringLiteral("Dear {name}, {event}. {nmae}"), values),
                 QStringLiteral("Dear सीमा {event}, Conclave. {nmae}"));
    }

    void valuesForAnInvitee()
    {
        LetterFixture f;
        InviteeRow row;
        row.name = QStringLiteral("Ramesh Kumar");
        row.address = QStringLiteral("12 Civil Lines\n\nGorakhpur");
        row.pin = QStringLiteral("273001");
        row.stallCode = QStringLiteral("A-01");
        const auto en = TemplateValues::forInvitee(row, f.event, DocumentLanguage(QStringLiteral("en")),
                                                   QStringLiteral("7/2025-26"), QDate(2025, 9, 1));
        QCOMPARE(en.value(QStringLiteral("{address}")), QStringLiteral("12 Civil Lines, Gorakhpur – 273001"));
        QCOMPARE(en.value(QStringLiteral("{event}")), QStringLiteral("Gorakhpur Export Conclave"));
        QCOMPARE(en.value(QStringLiteral("{dates}")), QStringLiteral("24–25 September 2025"));
        QCOMPARE(en.value(QStringLiteral("{date}")), QStringLiteral("1 September 2025"));
        QCOMPARE(en.value(QStringLiteral("{stall}")), QStringLiteral("A-01"));
        QCOMPARE(en.value(QStringLiteral("{letter_no}")), QStringLiteral("7/2025-26"));
        QCOMPARE(en.size(), LetterTemplate::fields().size());
        // The event's Hindi name and Hindi month names in a Hindi letter.
        const auto hi = TemplateValues::forInvitee(row, f.event, DocumentLanguage(QStringLiteral("hi")),
                                                   QStringLiteral("7/2025-26"), QDate(2025, 9, 1));
        QCOMPARE(hi.value(QStringLiteral("{event}")), QStringLiteral("गोरखपुर निर्यात सम्मेलन"));
        QCOMPARE(hi.value(QStringLiteral("{dates}")), QStringLiteral("24–25 सितंबर 2025"));
    }

    // A clerk can print on the first day: every kind has a default in both languages, in the
    // right script, using only known fields, the Hindi one with the same fields as the English.
    void defaultsInHindiAndEnglish_data()
    {
        QTest::addColumn<int>("kind");
        for (TemplateKind kind : LetterTemplate::kinds())
            QTest::newRow(qPrintable(LetterTemplate::kindKey(kind))) << int(kind);
    }
    void defaultsInHindiAndEnglish()
    {
        QFETCH(int, kind);
        const LetterTemplate en = LetterTemplate::defaultFor(TemplateKind(kind), QStringLiteral("en"));
        const LetterTemplate hi = LetterTemplate::defaultFor(TemplateKind(kind), QStringLiteral("hi"));
        QVERIFY(en.isDefault && hi.isDefault);
        QVERIFY(!en.body.isEmpty());
        QVERIFY(en.unknownFields().isEmpty());
        QVERIFY(hi.unknownFields().isEmpty());
        QVERIFY2(!TextFold::hasDevanagari(en.body), qPrintable(en.body));
        QVERIFY2(TextFold::hasDevanagari(hi.body), qPrintable(hi.body)); // translated, not the English
        QCOMPARE(fieldsIn(hi.subject + hi.body), fieldsIn(en.subject + en.body));
        QCOMPARE(hi.subject.isEmpty(), en.subject.isEmpty());
        QVERIFY(en.validate().isEmpty());
        QVERIFY(hi.validate().isEmpty());
    }

    void hindiInvitationAsTheIssueWordsIt()
    {
        const LetterTemplate hi = LetterTemplate::defaultFor(TemplateKind::Invitation, QStringLiteral("hi"));
        QVERIFY2(hi.subject.endsWith(QStringLiteral("में प्रतिभाग हेतु आमंत्रण")), qPrintable(hi.subject));
        QVERIFY2(hi.body.startsWith(QStringLiteral("महोदय/महोदया,")), qPrintable(hi.body));
    }

    void oneTemplatePerEventKindAndLanguage()
    {
        LetterFixture f;
        TemplateRepository repo;
        QVERIFY(repo.get(f.event.id, TemplateKind::Invitation, QStringLiteral("hi")).isDefault);
        LetterTemplate mine = LetterTemplate::defaultFor(TemplateKind::Invitation, QStringLiteral("hi"));
        mine.subject = QStringLiteral("{event} हेतु विशेष आमंत्रण");
        mine.body = QStringLiteral("आदरणीय {name},\n\nविशेष पाठ।");
        QString error;
        QVERIFY2(repo.save(f.event.id, mine, &error), qPrintable(error));
        const LetterTemplate back = repo.get(f.event.id, TemplateKind::Invitation, QStringLiteral("hi"));
        QVERIFY(!back.isDefault);
        QCOMPARE(back, mine);
        // The other language, the other kinds and other events keep their defaults.
        QVERIFY(repo.get(f.event.id, TemplateKind::Invitation, QStringLiteral("en")).isDefault);
        QVERIFY(repo.get(f.event.id, TemplateKind::Reminder, QStringLiteral("hi")).isDefault);
        Event other = f.event;
        other.nameEn = QStringLiteral("Another");
        other.id = EventRepository().insert(other, &error);
        QVERIFY(repo.get(other.id, TemplateKind::Invitation, QStringLiteral("hi")).isDefault);
        // Saving again replaces it.
        mine.body = QStringLiteral("नया पाठ {name}");
        QVERIFY(repo.save(f.event.id, mine, &error));
        QCOMPARE(repo.get(f.event.id, TemplateKind::Invitation, QStringLiteral("hi")).body, mine.body);
        QVERIFY(repo.reset(f.event.id, TemplateKind::Invitation, QStringLiteral("hi"), &error));
        QVERIFY(repo.get(f.event.id, TemplateKind::Invitation, QStringLiteral("hi")).isDefault);
    }

    void badTemplatesAreRefusedWithAReason()
    {
        LetterFixture f;
        TemplateRepository repo;
        LetterTemplate t = LetterTemplate::defaultFor(TemplateKind::Invitation, QStringLiteral("en"));
        t.body = QStringLiteral("   ");
        QString error;
        QVERIFY(!repo.save(f.event.id, t, &error));
        QVERIFY(!error.isEmpty());
        t.body = QStringLiteral("x").repeated(LetterTemplate::MaxBodyLength + 1);
        QVERIFY(!repo.save(f.event.id, t, &error));
        t = LetterTemplate::defaultFor(TemplateKind::Invitation, QStringLiteral("en"));
        t.subject = QStringLiteral("two\nlines");
        QVERIFY(!repo.save(f.event.id, t, &error));
        QVERIFY(repo.get(f.event.id, TemplateKind::Invitation, QStringLiteral("en")).isDefault); // nothing written
    }

    // An event deleted by mistake comes back with its templates on Undo.
    void templatesComeBackWithTheirEvent()
    {
        LetterFixture f;
        LetterTemplate mine = LetterTemplate::defaultFor(TemplateKind::Message, QStringLiteral("en"));
        mine.body = QStringLiteral("Hello {name}");
        mine.templateId = QStringLiteral("1107161234567890123");
        QString error;
        QVERIFY(TemplateRepository().save(f.event.id, mine, &error));
        RowSnapshot snapshot;
        QVERIFY2(EventRepository().remove(f.event.id, &snapshot, &error), qPrintable(error));
        QVERIFY(TemplateRepository().get(f.event.id, TemplateKind::Message, QStringLiteral("en")).isDefault);
        QVERIFY2(EventRepository().restore(snapshot, &error), qPrintable(error));
        QCOMPARE(TemplateRepository().get(f.event.id, TemplateKind::Message, QStringLiteral("en")), mine);
    }
};

QTEST_GUILESS_MAIN(TestLetterTemplate)
#include "tst_lettertemplate.moc"
