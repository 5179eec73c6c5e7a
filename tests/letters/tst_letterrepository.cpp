#include "letterfixture.h"
#include "letters/letterrepository.h"
#include "storage/rowsnapshot.h"
#include "storage/settingsrepository.h"

#include <QSqlQuery>

// The letters issued: numbers given once and kept, a running serial per financial year in the
// office's pattern, certificates numbered apart, every dispatch noted, the register kept when an
// invitee or event is deleted, and the version 5 migration.
class TestLetterRepository : public QObject
{
    Q_OBJECT

    static int count(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    static QList<LetterRequest> requests(const QList<qint64> &ids)
    {
        QList<LetterRequest> out;
        for (qint64 id : ids)
            out << LetterRequest{id, QStringLiteral("en"), QStringLiteral("Someone"), QStringLiteral("Invitation")};
        return out;
    }

private slots:
    void numbersAreGivenOnceAndKept()
    {
        LetterFixture f;
        QString error;
        QVERIFY(f.office().save(Database::defaultConnectionName(), &error));
        const LetterRepository repo;
        const QDate day(2025, 8, 1);
        const auto first = repo.issue(LetterKind::Invitation, f.event, requests({f.ramesh, f.seema}), day, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(first.value(f.ramesh).number, QStringLiteral("जि.उ.के./निर्यात/1/2025-26"));
        QCOMPARE(first.value(f.seema).number, QStringLiteral("जि.उ.के./निर्यात/2/2025-26"));
        // Printing again, days later and with someone new: the two keep number and date.
        const auto again = repo.issue(LetterKind::Invitation, f.event, requests({f.anil, f.seema, f.ramesh}),
                                      day.addDays(5), &error);
        QCOMPARE(again.value(f.ramesh).number, first.value(f.ramesh).number);
        QCOMPARE(again.value(f.ramesh).issuedOn, day);
        QCOMPARE(again.value(f.ramesh).id, first.value(f.ramesh).id);
        QCOMPARE(again.value(f.seema).number, first.value(f.seema).number);
        QCOMPARE(again.value(f.anil).number, QStringLiteral("जि.उ.के./निर्यात/3/2025-26"));
        QCOMPARE(again.value(f.anil).issuedOn, day.addDays(5));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM letters")), 3);
        QCOMPARE(repo.issued(LetterKind::Invitation, f.event.id).size(), 3);
        // A reminder is a letter of its own, in the same running series.
        const auto reminder = repo.issue(LetterKind::Reminder, f.event, requests({f.ramesh}), day.addDays(9), &error);
        QCOMPARE(reminder.value(f.ramesh).number, QStringLiteral("जि.उ.के./निर्यात/4/2025-26"));
    }

    void aRunningSerialPerFinancialYear()
    {
        LetterFixture f;
        QString error;
        const LetterRepository repo;
        // No pattern set: the default.
        const auto march = repo.issue(LetterKind::Invitation, f.event, requests({f.ramesh, f.seema}), QDate(2025, 3, 31), &error);
        const auto april = repo.issue(LetterKind::Invitation, f.event, requests({f.anil}), QDate(2025, 4, 1), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(march.value(f.seema).number, QStringLiteral("2/2024-25"));
        QCOMPARE(march.value(f.seema).fyStart, 2024);
        QCOMPARE(april.value(f.anil).number, QStringLiteral("1/2025-26"));
        QCOMPARE(april.value(f.anil).serial, 1);
    }

    void certificatesHaveTheirOwnSignedSeries()
    {
        LetterFixture f;
        QString error;
        const LetterRepository repo;
        repo.issue(LetterKind::Invitation, f.event, requests({f.ramesh}), QDate(2025, 9, 1), &error);
        const auto certificates = repo.issue(LetterKind::Certificate, f.event, requests({f.mohan, f.kiran}),
                                             QDate(2025, 9, 26), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString number = certificates.value(f.mohan).number;
        QVERIFY2(number.startsWith(QStringLiteral("SC-2025-00001-")), qPrintable(number));
        QVERIFY(certificates.value(f.kiran).number.startsWith(QStringLiteral("SC-2025-00002-")));
        const QByteArray secret = repo.certificateSecret(&error);
        QCOMPARE(secret.size(), 32);
        QVERIFY(CertificateNumbers::isSigned(secret, number));
        const auto found = repo.findByNumber(number);
        QVERIFY(found);
        QCOMPARE(found->inviteeId, f.mohan);
        QCOMPARE(found->kind, LetterKind::Certificate);
        QCOMPARE(found->eventName, f.event.nameEn);
        // An exhibitor's certificate is another kind: the same person may have both.
        const auto exhibitor = repo.issue(LetterKind::ExhibitorCertificate, f.event, requests({f.mohan}), QDate(2025, 9, 26), &error);
        QVERIFY(exhibitor.value(f.mohan).number.startsWith(QStringLiteral("SC-2025-00003-")));
    }

    // A pattern changed during the year that repeats a number: refused, nothing written.
    void aRepeatedNumberIsRefused()
    {
        LetterFixture f;
        QString error;
        OfficeDetails office = f.office();
        office.numberPattern = QStringLiteral("DIC/{n}");
        QVERIFY(office.save(Database::defaultConnectionName(), &error));
        const LetterRepository repo;
        repo.issue(LetterKind::Invitation, f.event, requests({f.ramesh}), QDate(2025, 3, 1), &error);
        QVERIFY(error.isEmpty());
        const auto refused = repo.issue(LetterKind::Invitation, f.event, requests({f.seema, f.anil}), QDate(2025, 5, 1), &error);
        QVERIFY(refused.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("DIC/1")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM letters")), 1);
    }

    void everyDispatchIsInTheRegister()
    {
        LetterFixture f;
        QString error;
        const LetterRepository repo;
        const auto letters = repo.issue(LetterKind::Invitation, f.event, requests({f.ramesh, f.seema}), QDate(2025, 9, 1), &error);
        const qint64 r = letters.value(f.ramesh).id;
        const qint64 s = letters.value(f.seema).id;
        QVERIFY(repo.recordDispatches({LetterDispatch{r, DispatchChannel::Print, {}, true, {}, {}},
                                       LetterDispatch{r, DispatchChannel::Email, QStringLiteral("ramesh@example.in"), false,
                                                      QStringLiteral("550 unknown user"), QDateTime(QDate(2025, 9, 1), QTime(10, 0))},
                                       LetterDispatch{r, DispatchChannel::Email, QStringLiteral("ramesh@example.in"), true,
                                                      QStringLiteral("250 queued"), QDateTime(QDate(2025, 9, 2), QTime(10, 0))},
                                       LetterDispatch{s, DispatchChannel::Email, QStringLiteral("seema@example.in"), false,
                                                      QStringLiteral("550 unknown user"), {}}},
                                      &error));
        const QList<DispatchRegisterRow> rows = repo.dispatchRegister(f.event.id, &error);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).letter.inviteeId, f.ramesh);
        QCOMPARE(rows.at(0).channels, (QList<DispatchChannel>{DispatchChannel::Print, DispatchChannel::Email}));
        QCOMPARE(rows.at(1).channels, QList<DispatchChannel>{}); // a failed e-mail did not send it
        // Attempts per invitee, newest first, with the server's reply.
        const auto attempts = repo.attempts(LetterKind::Invitation, f.event.id, DispatchChannel::Email, &error);
        QCOMPARE(attempts.value(f.ramesh).size(), 2);
        QVERIFY(attempts.value(f.ramesh).at(0).ok);
        QCOMPARE(attempts.value(f.ramesh).at(1).reply, QStringLiteral("550 unknown user"));
        QCOMPARE(attempts.value(f.ramesh).at(1).at, QDateTime(QDate(2025, 9, 1), QTime(10, 0)));
        QVERIFY(!attempts.value(f.seema).at(0).ok);
        // The register of every event holds them too.
        QCOMPARE(repo.dispatchRegister(0, &error).size(), 2);
    }

    // The register is the office's record: deleting an invitee or the event keeps its letters;
    // Undo links them again.
    void theRegisterOutlivesDeletes()
    {
        LetterFixture f;
        QString error;
        const LetterRepository repo;
        const auto letters = repo.issue(LetterKind::Invitation, f.event, requests({f.ramesh}), QDate(2025, 9, 1), &error);
        RowSnapshot snapshot;
        QVERIFY2(InviteeRepository().remove({f.ramesh}, &snapshot, &error), qPrintable(error));
        auto kept = repo.findByNumber(letters.value(f.ramesh).number);
        QVERIFY(kept);
        QCOMPARE(kept->inviteeId, 0);
        QCOMPARE(kept->addressee, QStringLiteral("Someone"));
        QVERIFY2(InviteeRepository().restore(snapshot, &error), qPrintable(error));
        QCOMPARE(repo.findByNumber(letters.value(f.ramesh).number)->inviteeId, f.ramesh);

        RowSnapshot eventSnapshot;
        QVERIFY2(EventRepository().remove(f.event.id, &eventSnapshot, &error), qPrintable(error));
        QCOMPARE(repo.findByNumber(letters.value(f.ramesh).number)->eventId, 0);
        QCOMPARE(repo.dispatchRegister(0).size(), 1);
        QVERIFY2(EventRepository().restore(eventSnapshot, &error), qPrintable(error));
        QCOMPARE(repo.findByNumber(letters.value(f.ramesh).number)->eventId, f.event.id);
        QVERIFY(Database::check().isEmpty());
    }

    // A file of version 4 gains the tables and its own secret; every database has another.
    void versionFiveFromFour()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        QVERIFY(Database::open(path, Database::Mode::CreateIfMissing, Database::defaultConnectionName(),
                               Database::migrations().mid(0, 4)).ok());
        QCOMPARE(Database::schemaVersion(), 4);
        Database::close();
        const auto result = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.fromVersion, 4);
        QVERIFY(Database::schemaVersion() >= 5);
        for (const QString &table : {QStringLiteral("letters"), QStringLiteral("letter_dispatches"),
                                     QStringLiteral("letter_templates")})
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(table)), 1);
        const QString secret = SettingsRepository().value(QStringLiteral("certificate_secret"));
        QCOMPARE(secret.size(), 64);
        Database::close();

        const QString other = dir.filePath(QStringLiteral("other.db"));
        QVERIFY(Database::open(other, Database::Mode::CreateIfMissing).ok());
        QVERIFY(SettingsRepository().value(QStringLiteral("certificate_secret")) != secret);
        Database::close();
    }
};

QTEST_GUILESS_MAIN(TestLetterRepository)
#include "tst_letterrepository.moc"
#include "invitees/inviteerepository.h"
