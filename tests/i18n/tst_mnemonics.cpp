#include "connectserverdialog.h"
#include "storage/database.h"
#include "events/demodata.h"
#include "events/eventrepository.h"
#include "events/eventdialog.h"
#include "events/conclavereportdialog.h"
#include "exports/exportdialog.h"
#include "exports/exporttargetsdialog.h"
#include "exports/whoexportsdialog.h"
#include "exports/exporttablemodel.h"
#include "invitees/importwizard.h"
#include "invitees/inviteedialog.h"
#include "text/languagemanager.h"
#include "letters/lettersdialog.h"
#include "letters/messagesdialog.h"
#include "letters/senddialog.h"
#include "letters/templatedialog.h"
#include "mainwindow.h"
#include "printing/printinviteesdialog.h"
#include "restoredialog.h"
#include "serverpassworddialog.h"
#include "settingsdialog.h"
#include "stalls/generatedialog.h"
#include "stalls/halldialog.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <functional>

namespace {
// The shortcut letters (Alt+letter) of what is visible in `top`: labels with a buddy, buttons,
// group boxes, tabs, the menu bar. Two of one letter: Alt+letter goes to the first only.
QMap<QString, QStringList> mnemonics(QWidget *top)
{
    QMap<QString, QStringList> byKey;
    static const QRegularExpression marker(QStringLiteral("&([^&\\s])"));
    auto add = [&](const QString &text) {
        QString plain = text;
        plain.replace(QStringLiteral("&&"), QString());
        const auto m = marker.match(plain);
        if (m.hasMatch())
            byKey[m.captured(1).toLower()] << text;
    };
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title());
        else if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *a : bar->actions())
                add(a->text());
    }
    return byKey;
}

QStringList clashes(QWidget *top, const QString &where)
{
    QStringList found;
    const auto byKey = mnemonics(top);
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it->size() > 1)
            found << QStringLiteral("%1: %2 share “%3”").arg(where, it->join(QStringLiteral(" / ")), it.key());
    return found;
}

// Each tab of each tab widget shown in turn, since only the current one's labels are visible.
QStringList clashesOnEveryTab(QWidget *top, const QString &where)
{
    QStringList found = clashes(top, where);
    for (QTabWidget *tabs : top->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            found << clashes(top, where + QStringLiteral(" [") + tabs->tabText(i) + QLatin1Char(']'));
        }
    for (QStackedWidget *stack : top->findChildren<QStackedWidget *>())
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            found << clashes(top, where + QStringLiteral(" [page %1]").arg(i + 1));
        }
    found.removeDuplicates();
    return found;
}
} // namespace

// In one window, no two visible labels or buttons share a shortcut letter (Alt+letter), in
// English and in Hindi: "मोबाइल नंबर" and "ईमेल" were both M, "श्रेणी" and "आवंटित" both T.
class TestMnemonics : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    qint64 m_event = 0;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDb>();
        QString error;
        QCOMPARE(DemoData::load(Database::defaultConnectionName(), &error), DemoData::Result::Loaded);
        m_event = EventRepository().all().constFirst().id;
    }
    void cleanupTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        m_db.reset();
    }

    void noSharedLetters_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Hindi") << "hi";
    }
    void noSharedLetters()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        QStringList problems;
        auto check = [&](QWidget *w, const QString &name) {
            w->show();
            QApplication::processEvents();
            problems << clashesOnEveryTab(w, name);
            w->hide();
        };
        {
            MainWindow window;
            window.show();
            problems << clashes(&window, QStringLiteral("main window menu bar"));
            // Each page in turn, with the toolbar.
            for (int page = 0; page < MainWindow::PageCount; ++page) {
                window.showPage(page);
                QApplication::processEvents();
                problems << clashes(&window, QStringLiteral("main window, page %1").arg(page + 1));
            }
        }
        EventDialog eventDialog;
        eventDialog.setEvent(*EventRepository().find(m_event));
        check(&eventDialog, QStringLiteral("event dialog"));
        InviteeDialog inviteeDialog(Database::defaultConnectionName());
        inviteeDialog.setInvitee(Invitee{});
        check(&inviteeDialog, QStringLiteral("invitee dialog"));
        QUndoStack exportStack;
        ExportTableModel exports(&exportStack);
        ExportDialog exportDialog(&exports, 2020);
        check(&exportDialog, QStringLiteral("export figure dialog"));
        SettingsDialog settings;
        check(&settings, QStringLiteral("settings"));
        ExportTargetsDialog targets(&exports, &exportStack);
        check(&targets, QStringLiteral("export targets"));
        WhoExportsDialog who(exports.allRecords(), ExportStats::By::Country, QStringLiteral("US"), QStringLiteral("US"),
                             &exportStack);
        check(&who, QStringLiteral("who exports"));
        ConclaveReportDialog report(*EventRepository().find(m_event));
        check(&report, QStringLiteral("conclave report"));
        InviteeFilter filter;
        filter.eventId = m_event;
        PrintInviteesDialog print(filter, InviteeSort());
        check(&print, QStringLiteral("print dialog"));
        Hall hall;
        hall.eventId = m_event;
        HallDialog hallDialog(hall, {});
        check(&hallDialog, QStringLiteral("hall dialog"));
        GenerateDialog generate(hall);
        check(&generate, QStringLiteral("generate dialog"));
        RestoreDialog restore(m_db->path);
        check(&restore, QStringLiteral("restore dialog"));
        ConnectServerDialog connect;
        check(&connect, QStringLiteral("connect to office server"));
        ServerPasswordDialog password;
        check(&password, QStringLiteral("server password"));
        QUndoStack stack;
        ImportWizard wizard(&stack, m_event);
        check(&wizard, QStringLiteral("import wizard"));
        // Letters (issue 17): each document's options, each template kind.
        for (auto kind : {LettersDialog::Document::Invitations, LettersDialog::Document::Reminders,
                          LettersDialog::Document::Labels2x7, LettersDialog::Document::Certificates}) {
            LettersDialog letters(m_event, {1, 2});
            letters.setDocumentKind(kind);
            check(&letters, QStringLiteral("letters dialog %1").arg(int(kind)));
        }
        for (TemplateKind kind : LetterTemplate::kinds()) {
            TemplateDialog templates(*EventRepository().find(m_event), {});
            templates.setKind(kind);
            check(&templates, QStringLiteral("template dialog %1").arg(LetterTemplate::kindKey(kind)));
        }
        SendDialog send(m_event, {});
        check(&send, QStringLiteral("send dialog"));
        send.setKind(LetterKind::Reminder);
        check(&send, QStringLiteral("send dialog, reminders"));
        MessagesDialog messages(m_event, {});
        check(&messages, QStringLiteral("messages dialog"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
