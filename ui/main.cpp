// sammelan: the desktop program. Wiring only: application, fonts, language, database, window.
#include "storage/appinfo.h"
#include "conflictdialog.h"
#include "storage/database.h"
#include "databasesession.h"
#include "text/fonts.h"
#include "text/languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::initialise();
    Fonts::quietFallbackWarnings();
    Fonts::load();
    QApplication::setFont(Fonts::uiFont(QApplication::font().pointSizeF()));
    const QSettings settings;
    LanguageManager::instance()->setLanguage(
        LanguageManager::initialLanguage(settings.value(LanguageManager::SettingsKey).toString()));
    LanguageManager::instance()->setNativeDigits(settings.value(LanguageManager::NativeDigitsKey, false).toBool());

    // `sammelan FILE.db` (the file manager's "Open with") opens that database, and
    // `sammelan postgresql://clerk@server/sammelan` the office server's.
    const QStringList arguments = QApplication::arguments().mid(1);
    const QString requested = arguments.isEmpty() || arguments.constFirst().startsWith(QLatin1Char('-'))
                                  ? QString()
                                  : arguments.constFirst();

    // An edit whose row changed at another desk asks what to do (Reload theirs / Keep mine).
    ConflictDialog::install();
    MainWindow window;
    // Shown first, so questions at start (the demo offer, a missing file) sit on the window.
    window.show();
    if (!window.session()->openAtStart(requested))
        return 1;
    const int code = app.exec();
    // The last connection out folds the -wal into the file and removes it.
    Database::close();
    return code;
}
