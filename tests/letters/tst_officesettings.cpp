#include "letterfixture.h"
#include "text/languagemanager.h"
#include "letters/officedetails.h"
#include "mail/smtpsettings.h"
#include "settingsdialog.h"
#include "widgettest.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QSettings>
#include <QSqlQuery>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>

using namespace WidgetTest;

// Settings › Office and E-mail: the letterhead in both languages saved in the database, a bad
// pattern refused with the dialog kept open, and the mail password never in a file (where no
// keyring runs, the dialog says it cannot be kept).
class TestOfficeSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void theOfficeIsSaved()
    {
        LetterFixture f;
        const OfficeDetails wanted = LetterFixture::office();
        SettingsDialog dialog;
        dialog.show();
        child<QLineEdit>(&dialog, "nameEnEdit")->setText(wanted.name.en);
        typeText(child<QLineEdit>(&dialog, "nameHiEdit"), wanted.name.hi);
        child<QLineEdit>(&dialog, "districtEnEdit")->setText(wanted.district.en);
        child<QLineEdit>(&dialog, "districtHiEdit")->setText(wanted.district.hi);
        child<QPlainTextEdit>(&dialog, "addressEnEdit")->setPlainText(wanted.address.en);
        child<QPlainTextEdit>(&dialog, "addressHiEdit")->setPlainText(wanted.address.hi);
        child<QLineEdit>(&dialog, "officerEnEdit")->setText(wanted.officerName.en);
        child<QLineEdit>(&dialog, "officerHiEdit")->setText(wanted.officerName.hi);
        child<QLineEdit>(&dialog, "designationEnEdit")->setText(wanted.officerDesignation.en);
        child<QLineEdit>(&dialog, "designationHiEdit")->setText(wanted.officerDesignation.hi);
        child<QLineEdit>(&dialog, "phoneEdit")->setText(wanted.phone);
        child<QLineEdit>(&dialog, "officeEmailEdit")->setText(wanted.email);
        child<QLineEdit>(&dialog, "patternEdit")->setText(wanted.numberPattern);
        dialog.setLogo(wanted.logoPng);
        dialog.setSignature(wanted.signaturePng);
        QVERIFY(child<QLabel>(&dialog, "patternExample")->text().contains(QStringLiteral("जि.उ.के./निर्यात/1/")));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QVERIFY(OfficeDetails::load() == wanted);
        // Opened again: what was saved.
        SettingsDialog again;
        QCOMPARE(child<QLineEdit>(&again, "designationHiEdit")->text(), QStringLiteral("उपायुक्त उद्योग"));
        QCOMPARE(child<QLineEdit>(&again, "patternEdit")->text(), wanted.numberPattern);
    }

    void aBadPatternKeepsTheDialogOpen()
    {
        LetterFixture f;
        SettingsDialog dialog;
        dialog.show();
        child<QLineEdit>(&dialog, "nameEnEdit")->setText(QStringLiteral("DIC"));
        child<QLineEdit>(&dialog, "patternEdit")->setText(QStringLiteral("DIC/{year}"));
        QString said;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        dialog.accept();
        QVERIFY2(said.contains(QStringLiteral("{n}")), qPrintable(said));
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QTabWidget>(&dialog, "tabs")->currentWidget()->objectName(), QStringLiteral("officeTab"));
        QVERIFY(OfficeDetails::load().name.en.isEmpty()); // nothing of it written
    }

    void theMailServerAndNoPasswordInAFile()
    {
        LetterFixture f;
        SettingsDialog dialog;
        dialog.show();
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("smtp.example.gov.in"));
        child<QSpinBox>(&dialog, "portSpin")->setValue(465);
        auto *security = child<QComboBox>(&dialog, "securityCombo");
        security->setCurrentIndex(security->findData(SmtpSettings::securityKey(SmtpSettings::Security::Ssl)));
        child<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("dic.gorakhpur"));
        child<QLineEdit>(&dialog, "fromEdit")->setText(QStringLiteral("dic.gorakhpur@example.in"));
        const QString password = QStringLiteral("Gupt-%1").arg(QCoreApplication::applicationPid());
        child<QLineEdit>(&dialog, "passwordEdit")->setText(password);
        // No keyring runs here (ctest clears D-Bus): the dialog says so.
        // (The keyring is asked first, in an event loop of its own: answer the box whenever it comes.)
        QString said;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        answer.start();
        dialog.accept();
        answer.stop();
        QVERIFY2(said.contains(QStringLiteral("cannot be kept")), qPrintable(said));
        QVERIFY(dialog.keyringStatus().contains(QStringLiteral("cannot be kept")));
        const SmtpSettings saved = SmtpSettings::load();
        QCOMPARE(saved.host, QStringLiteral("smtp.example.gov.in"));
        QCOMPARE(saved.port, 465);
        QCOMPARE(saved.security, SmtpSettings::Security::Ssl);
        QCOMPARE(saved.user, QStringLiteral("dic.gorakhpur"));
        // Not in the database, not in any settings file.
        QSqlQuery q(QSqlDatabase::database(Database::defaultConnectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%") + password + QStringLiteral("%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QSettings().sync();
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

QTEST_MAIN(TestOfficeSettings)
#include "tst_officesettings.moc"
