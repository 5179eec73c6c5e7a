// sammelan-cli: Sammelan without a window, for scripts and for checking a database.
#include "storage/appinfo.h"
#include "cli.h"
#include "text/fonts.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // Printing needs a QGuiApplication (fonts, painting), and Qt Charts a QApplication (a chart
    // is a graphics widget; the conclave report draws its charts with it); the offscreen
    // platform lets the CLI run without any display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    bool charts = false;
    for (int i = 1; i < argc; ++i)
        charts = charts || qstrcmp(argv[i], "chart") == 0 || qstrcmp(argv[i], "report") == 0;
    std::unique_ptr<QGuiApplication> app(charts ? new QApplication(argc, argv) : new QGuiApplication(argc, argv));
    AppInfo::initialise();
    Fonts::quietFallbackWarnings();
    Fonts::load();
    Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
