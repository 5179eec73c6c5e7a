// sammelan-cli: Sammelan without a window, for scripts and for checking a database.
#include "appinfo.h"
#include "cli.h"
#include "fonts.h"

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Printing and charts need a QGuiApplication (fonts, painting); the offscreen platform lets
    // the CLI run without any display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppInfo::initialise();
    Fonts::quietFallbackWarnings();
    Fonts::load();
    Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
