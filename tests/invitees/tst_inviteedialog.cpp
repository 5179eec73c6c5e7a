#include "widgettest.h"
#include "invitees/inviteerepository.h"
#include "invitees/inviteedialog.h"
#include "text/languagemanager.h"
#include "testdb.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

using WidgetTest::child;

namespace {
// A field's reason is on screen (its line is always there, empty when all is well).
bool shown(const QLabel *error)
{
    return error->isVisible() && !error->text().isEmpty();
}
} // namespace
using WidgetTest::typeText;

class TestInviteeDialog : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;

private slots:
    void initTestCase() { QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"))); }
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup() { m_db.reset(); }

    void fieldErrorsShowAsYouType_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("good");
        QTest::newRow("mobile") << "mobileEdit" << "mobileError" << "98390" << "10 digits" << "+91 98390 12345";
        QTest::newRow("mobile start") << "mobileEdit" << "mobileError" << "5839012345" << "6, 7, 8 or 9" << "09415012345";
        QTest::newRow("email") << "emailEdit" << "emailError" << "alok@" << "email address" << "alok@example.in";
        QTest::newRow("pin") << "pinEdit" << "pinError" << "073015" << "6 digits" << "273015";
        QTest::newRow("gstin") << "gstinEdit" << "gstinError" << "09AAPFU0939F1ZV" << "last character" << "27AAPFU0939F1ZV";
        QTest::newRow("udyam") << "udyamEdit" << "udyamError" << "UDYAM-UP-2-1" << "UDYAM-UP-29-0001234" << "udyam-up-29-0007890";
        QTest::newRow("iec") << "iecEdit" << "iecError" << "AAF" << "10 characters" << "AAFCP4821K";
    }
    // A reason that appears under a field never moves the fields below it: a click aimed at
    // the next field lands there.
    void reasonsDoNotMoveTheFields()
    {
        InviteeDialog dialog(Database::defaultConnectionName());
        dialog.setInvitee(Invitee{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *email = child<QLineEdit>(&dialog, "emailEdit");
        auto *pin = child<QLineEdit>(&dialog, "pinEdit");
        const QPoint emailAt = email->mapTo(&dialog, QPoint());
        const QPoint pinAt = pin->mapTo(&dialog, QPoint());
        QTest::keyClicks(child<QLineEdit>(&dialog, "mobileEdit"), QStringLiteral("98390"));
        QVERIFY(shown(child<QLabel>(&dialog, "mobileError")));

        QTest::keyClicks(email, QStringLiteral("alok@"));
        QVERIFY(shown(child<QLabel>(&dialog, "emailError")));
        QApplication::processEvents();
        QCOMPARE(email->mapTo(&dialog, QPoint()), emailAt);
        QCOMPARE(pin->mapTo(&dialog, QPoint()), pinAt);
    }

    // Cancel (or Escape) on a form with something typed asks first; on an untouched form it
    // just closes.
    void cancelAsksWhenChanged()
    {
        {
            InviteeDialog dialog(Database::defaultConnectionName());
            dialog.setInvitee(Invitee{});
            dialog.show();
            dialog.reject();
            QVERIFY(!dialog.isVisible());
        }
        InviteeDialog dialog(Database::defaultConnectionName());
        dialog.setInvitee(Invitee{});
        dialog.show();
        typeText(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("गीता निषाद"));
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box != nullptr;
            if (box)
                box->reject(); // keep the form
        });
        dialog.reject();
        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("गीता निषाद"));
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QLatin1String("Discard"))
                    b->click();
        });
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void fieldErrorsShowAsYouType()
    {
        QFETCH(QString, field);
        QFETCH(QString, errorLabel);
        QFETCH(QString, bad);
        QFETCH(QString, reason);
        QFETCH(QString, good);
        InviteeDialog dialog(Database::defaultConnectionName());
        dialog.setInvitee(Invitee{});
        dialog.show();
        auto *save = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // name and mobile are required
        // A fresh form shows no red text before anything is typed.
        QVERIFY(!shown(child<QLabel>(&dialog, "mobileError")));
        typeText(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("आलोक त्रिपाठी"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "mobileEdit"), QStringLiteral("9839012345"));
        QVERIFY(save->isEnabled());

        auto *edit = child<QLineEdit>(&dialog, qPrintable(field));
        edit->clear();
        QTest::keyClicks(edit, bad);
        auto *error = child<QLabel>(&dialog, qPrintable(errorLabel));
        QVERIFY(shown(error));
        QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
        QVERIFY(!save->isEnabled());
        edit->clear();
        QTest::keyClicks(edit, good);
        QVERIFY(!shown(error));
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.invitee().name, QStringLiteral("आलोक त्रिपाठी"));
    }

    // Issue 13: the free-text fields have limits too, and say so under themselves.
    void freeTextFieldsShowTheirReason()
    {
        InviteeDialog dialog(Database::defaultConnectionName());
        dialog.setInvitee(Invitee{});
        dialog.show();
        auto *save = child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save);
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Sunita Yadav"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "mobileEdit"), QStringLiteral("8090123456"));
        QVERIFY(save->isEnabled());

        auto *designation = child<QLineEdit>(&dialog, "designationEdit");
        QTest::keyClicks(designation, QString(201, QLatin1Char('d')));
        auto *designationError = child<QLabel>(&dialog, "designationError");
        QVERIFY(shown(designationError));
        QCOMPARE(designationError->text(), QStringLiteral("This is 201 characters long; at most 200 are allowed."));
        QVERIFY(!save->isEnabled());
        QTest::keyClick(designation, Qt::Key_Backspace);
        QVERIFY(!shown(designationError));
        QVERIFY(save->isEnabled());

        auto *address = child<QPlainTextEdit>(&dialog, "addressEdit");
        address->setPlainText(QStringLiteral("Shop 5,\nGIDA") + QChar(0x1b));
        auto *addressError = child<QLabel>(&dialog, "addressError");
        QVERIFY(shown(addressError));
        QVERIFY(!save->isEnabled());
        address->setPlainText(QStringLiteral("Shop 5,\nGIDA"));
        QVERIFY(!shown(addressError));
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.invitee().address, QStringLiteral("Shop 5,\nGIDA"));
    }

    void storesNormalisedValues()
    {
        InviteeDialog dialog(Database::defaultConnectionName());
        dialog.setInvitee(Invitee{});
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("  Sunita   Yadav "));
        QTest::keyClicks(child<QLineEdit>(&dialog, "mobileEdit"), QStringLiteral("+91 80901-23456"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "udyamEdit"), QStringLiteral("udyam-up-29-0007890"));
        child<QSpinBox>(&dialog, "shareSpin")->setValue(35);
        child<QComboBox>(&dialog, "sectorCombo")->setCurrentText(QStringLiteral("Textile"));
        const Invitee v = dialog.invitee();
        QCOMPARE(v.name, QStringLiteral("Sunita Yadav"));
        QCOMPARE(v.mobile, QStringLiteral("8090123456"));
        QCOMPARE(v.udyam, QStringLiteral("UDYAM-UP-29-0007890"));
        QCOMPARE(v.exportShare, 35);
        QCOMPARE(dialog.sectorName(), QStringLiteral("Textile"));
    }

    void duplicateOffersTheExistingRecord()
    {
        Invitee existing;
        existing.name = QStringLiteral("Farhan Siddiqui");
        existing.enterprise = QStringLiteral("Gorakh Meditech Ltd");
        existing.mobile = QStringLiteral("9415012345");
        existing.email = QStringLiteral("farhan@example.in");
        const qint64 id = InviteeRepository().insert(existing);

        InviteeDialog dialog(Database::defaultConnectionName());
        dialog.setInvitee(Invitee{});
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("F. Siddiqui"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "mobileEdit"), QStringLiteral("7007001234"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("FARHAN@example.in"));
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shown = box->text();
            box->defaultButton()->click(); // "Open Farhan Siddiqui"
        });
        dialog.accept();
        QVERIFY2(shown.contains(QLatin1String("Farhan Siddiqui (Gorakh Meditech Ltd)")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("email")));
        QCOMPARE(dialog.openInsteadId(), id);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(InviteeRepository().count(), 1); // nothing written
    }

    void editingShowsExistingProblems()
    {
        // A record imported before a rule tightened shows its problem when opened.
        Invitee v;
        v.id = 0;
        v.name = QStringLiteral("Old record");
        v.mobile = QStringLiteral("9415012345");
        v.pin = QStringLiteral("07301");
        v.id = InviteeRepository().insert(v);
        InviteeDialog dialog(Database::defaultConnectionName());
        dialog.setInvitee(*InviteeRepository().find(v.id));
        dialog.show();
        QVERIFY(shown(child<QLabel>(&dialog, "pinError")));
        QVERIFY(!child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save)->isEnabled());
    }

    void hindiTexts()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("hi")));
        InviteeDialog dialog(Database::defaultConnectionName());
        dialog.setInvitee(Invitee{});
        QTest::keyClicks(child<QLineEdit>(&dialog, "mobileEdit"), QStringLiteral("98390"));
        QCOMPARE(child<QLabel>(&dialog, "mobileError")->text(), QStringLiteral("मोबाइल नंबर में 10 अंक होते हैं; इसमें 5 हैं।"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("नया आमंत्रित व्यक्ति"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestInviteeDialog)
#include "tst_inviteedialog.moc"
