// Renders every page of the main window and every dialog, in English and in Hindi, with the
// demo conclave, to PNG files: OUTDIR/en/events.png, OUTDIR/hi/events.png, ... Runs offscreen.
#include "connectserverdialog.h"
#include "conflictdialog.h"
#include "storage/database.h"
#include "databasesession.h"
#include "events/demodata.h"
#include "events/eventrepository.h"
#include "events/eventdialog.h"
#include "events/conclavereportdialog.h"
#include "exports/exportdialog.h"
#include "exports/exportspage.h"
#include "exports/exporttargetsdialog.h"
#include "exports/productchaptersdialog.h"
#include "exports/whoexportsdialog.h"
#include "exports/countries.h"
#include "sectors/sectorrepository.h"
#include "exports/exporttablemodel.h"
#include "text/fonts.h"
#include "guidewindow.h"
#include "invitees/importwizard.h"
#include "invitees/inviteedialog.h"
#include "letters/correspondence.h"
#include "letters/lettersdialog.h"
#include "letters/messagesdialog.h"
#include "letters/senddialog.h"
#include "letters/templatedialog.h"
#include "invitees/inviteerepository.h"
#include "text/languagemanager.h"
#include "mainwindow.h"
#include "printing/printinviteesdialog.h"
#include "restoredialog.h"
#include "serverpassworddialog.h"
#include "settingsdialog.h"
#include "stalls/stallrepository.h"
#include "stalls/generatedialog.h"
#include "stalls/halldialog.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cstdio>

namespace {
QString g_out;
QSize g_size(1024, 600);

void save(QWidget *w, const QString &language, const QString &name)
{
    QApplication::processEvents();
    const QString path = QStringLiteral("%1/%2/%3.png").arg(g_out, language, name);
    if (w->grab().save(path))
        std::printf("%s\n", qPrintable(path));
    else
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
}

void dialog(QWidget *w, const QString &language, const QString &name)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        std::fprintf(stderr, "%s was not shown\n", qPrintable(name));
    save(w, language, name);
    if (auto *tabs = w->findChild<QTabWidget *>()) {
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            save(w, language, QStringLiteral("%1-tab%2").arg(name).arg(i + 1));
        }
    }
    w->hide();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: sammelan-screenshots OUTDIR [WIDTHxHEIGHT]\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    if (argc > 2) {
        const QList<QByteArray> wh = QByteArray(argv[2]).split('x');
        if (wh.size() == 2)
            g_size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    Fonts::load();
    QApplication::setFont(Fonts::uiFont(QApplication::font().pointSizeF()));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("hi")}) {
        QDir().mkpath(g_out + QLatin1Char('/') + language);
        LanguageManager::instance()->setLanguage(language);
        // The demo as a user of this language loads it (its notes are written in their language).
        const QString db = home.filePath(QStringLiteral("demo-%1.db").arg(language));
        if (!Database::open(db, Database::Mode::CreateIfMissing).ok() || DemoData::load() != DemoData::Result::Loaded)
            return 1;
        Database::close();
        MainWindow window;
        window.resize(g_size);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.session()->open(db, Database::Mode::OpenExisting);
        const QStringList pages{QStringLiteral("events"), QStringLiteral("invitees"), QStringLiteral("stalls"),
                                QStringLiteral("exports"), QStringLiteral("checkin")};
        for (int i = 0; i < pages.size(); ++i) {
            window.showPage(i);
            QTest::qWait(50);
            save(&window, language, pages.at(i));
        }
        // The exports page's other charts: by HS chapter, against the targets.
        if (auto *exportsPage = window.findChild<ExportsPage *>()) {
            window.showPage(3);
            QComboBox *kind = exportsPage->chartKindCombo();
            for (const auto &[choice, name] : {std::pair{6, "exports-chapters"}, std::pair{8, "exports-targets"}}) {
                kind->setCurrentIndex(kind->findData(choice));
                exportsPage->rebuildChart();
                QTest::qWait(50);
                save(&window, language, QString::fromLatin1(name));
            }
            kind->setCurrentIndex(0);
            exportsPage->rebuildChart();
        }
        const Event event = EventRepository().all().constFirst();
        EventDialog eventDialog(&window);
        eventDialog.setEvent(event);
        dialog(&eventDialog, language, QStringLiteral("event-dialog"));
        InviteeDialog inviteeDialog(Database::defaultConnectionName(), &window);
        inviteeDialog.setInvitee(*InviteeRepository().find(1));
        inviteeDialog.setEvent(event.id);
        dialog(&inviteeDialog, language, QStringLiteral("invitee-dialog"));
        QUndoStack stack;
        ExportTableModel exports(&stack);
        ExportDialog exportDialog(&exports, 2020, &window);
        dialog(&exportDialog, language, QStringLiteral("export-dialog"));
        ExportTargetsDialog targets(&exports, &stack, &window);
        dialog(&targets, language, QStringLiteral("export-targets"));
        WhoExportsDialog who(exports.allRecords(), ExportStats::By::Country, QStringLiteral("US"),
                             Countries::instance().byCode(QStringLiteral("US"))->name(language), &stack, &window);
        dialog(&who, language, QStringLiteral("who-exports"));
        const auto garments = SectorRepository().findByName(QStringLiteral("Readymade garments"));
        ProductChaptersDialog chapters(*SectorRepository().find(garments), {}, &window);
        dialog(&chapters, language, QStringLiteral("product-chapters"));
        ConclaveReportDialog report(event, &window);
        dialog(&report, language, QStringLiteral("conclave-report"));
        SettingsDialog settings(&window);
        dialog(&settings, language, QStringLiteral("settings"));
        // A save refused because another desk changed the invitee meanwhile.
        const Invitee someone = *InviteeRepository().find(1);
        Invitee theirs = someone;
        theirs.mobile = QStringLiteral("9712345678");
        theirs.email = QStringLiteral("orders@example.in");
        Conflict<Invitee> conflict;
        conflict.id = someone.id;
        conflict.current = theirs;
        conflict.changed = ChangeStamp{someone.version + 1, QDateTime::currentDateTimeUtc().addSecs(-120),
                                       QStringLiteral("Desk 2"), QStringLiteral("anil")};
        ConflictDialog conflictDialog(InviteeRepository().notice(conflict, &someone), &window);
        dialog(&conflictDialog, language, QStringLiteral("conflict-dialog"));
        conflict.current.reset();
        ConflictDialog deletedDialog(InviteeRepository().notice(conflict, &someone), &window);
        dialog(&deletedDialog, language, QStringLiteral("conflict-deleted-dialog"));
        InviteeFilter filter;
        filter.eventId = event.id;
        PrintInviteesDialog print(filter, InviteeSort(), &window);
        print.resize(g_size);
        dialog(&print, language, QStringLiteral("print"));
        PrintInviteesDialog badges(filter, InviteeSort(), &window);
        badges.chooseBadges();
        badges.resize(g_size);
        dialog(&badges, language, QStringLiteral("print-badges"));
        // Letters (issue 17): the printouts with their preview, the templates, e-mail, messages.
        for (const auto &[kind, name] : QList<QPair<LettersDialog::Document, QString>>{
                 {LettersDialog::Document::Invitations, QStringLiteral("letters")},
                 {LettersDialog::Document::Reminders, QStringLiteral("letters-reminders")},
                 {LettersDialog::Document::Labels3x8, QStringLiteral("letters-labels")},
                 {LettersDialog::Document::Certificates, QStringLiteral("letters-certificates")},
                 {LettersDialog::Document::Register, QStringLiteral("letters-register")}}) {
            LettersDialog letters(event.id, {}, &window);
            letters.setDocumentKind(kind);
            letters.resize(g_size);
            dialog(&letters, language, name);
        }
        RecipientFilter recipients;
        recipients.eventId = event.id;
        recipients.statuses = Correspondence::defaultStatuses();
        const QList<InviteeRow> invited = Correspondence::recipients(recipients);
        TemplateDialog templates(event, invited, &window);
        templates.resize(g_size);
        dialog(&templates, language, QStringLiteral("letters-template"));
        templates.setKind(TemplateKind::Email);
        dialog(&templates, language, QStringLiteral("letters-template-email"));
        SendDialog send(event.id, {}, &window);
        dialog(&send, language, QStringLiteral("letters-send"));
        MessagesDialog messages(event.id, invited, &window);
        dialog(&messages, language, QStringLiteral("letters-messages"));
        ImportWizard wizard(&stack, event.id, &window);
        dialog(&wizard, language, QStringLiteral("import-wizard"));
        const Hall hall = StallRepository().hall(event.id).value_or(Hall{});
        HallDialog hallDialog(hall, StallRepository().stalls(event.id), &window);
        dialog(&hallDialog, language, QStringLiteral("hall-dialog"));
        GenerateDialog generate(hall, &window);
        dialog(&generate, language, QStringLiteral("generate-dialog"));
        RestoreDialog restore(db, &window);
        dialog(&restore, language, QStringLiteral("restore-dialog"));
        WelcomeDialog welcome(&window);
        dialog(&welcome, language, QStringLiteral("welcome"));
        GuideWindow guide(&window);
        dialog(&guide, language, QStringLiteral("guide"));
        ConnectServerDialog connect(&window);
        ServerAddress office;
        office.host = QStringLiteral("office-server");
        office.database = QStringLiteral("sammelan");
        office.user = QStringLiteral("clerk");
        connect.setAddress(office);
        dialog(&connect, language, QStringLiteral("connect-server"));
        ServerPasswordDialog password(&window);
        password.setMessage(DatabaseSession::tr("The office server %1 wants the password of the user %2.")
                                .arg(QStringLiteral("clerk@office-server/sammelan"), QStringLiteral("clerk")));
        dialog(&password, language, QStringLiteral("server-password"));
        Database::close();
    }
    return 0;
}
