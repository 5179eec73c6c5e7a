#include "databasesession.h"
#include "events/eventrepository.h"
#include "text/languagemanager.h"
#include "mainwindow.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// First start: the welcome offers the language before anything else (each in its own script),
// switches at once and remembers it, then the demo conclave or an empty start.
class TestWelcomeDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void firstStartAsksTheLanguageFirst()
    {
        MainWindow window;
        window.show();
        QString firstText;
        QStringList languages;
        QString demoButtonAfter;
        QTimer::singleShot(0, this, [&] {
            auto *welcome = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget());
            QVERIFY(welcome);
            for (QRadioButton *b : welcome->findChildren<QRadioButton *>())
                languages << b->text();
            welcome->languageButton(QStringLiteral("hi"))->click();
            QApplication::processEvents(); // the language change reaches the windows as an event
            for (QPushButton *b : welcome->findChildren<QPushButton *>())
                if (b->isDefault())
                    demoButtonAfter = b->text();
            welcome->accept(); // load the demo
        });
        QVERIFY(window.session()->openAtStart());
        QCOMPARE(languages, (QStringList{QStringLiteral("English"), QStringLiteral("हिन्दी")}));
        QCOMPARE(LanguageManager::currentLanguage(), QStringLiteral("hi"));
        QCOMPARE(QSettings().value(LanguageManager::SettingsKey).toString(), QStringLiteral("hi"));
        QCOMPARE(demoButtonAfter, QStringLiteral("डेमो लोड करें"));
        QVERIFY(EventRepository().count() >= 2);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
