#include "guidewindow.h"

#include "text/languagemanager.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
const QString GeometryKey = QStringLiteral("guide/geometry");
}

GuideWindow::GuideWindow(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 560);
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
    connect(this, &QDialog::finished, this, [this] { QSettings().setValue(GeometryKey, saveGeometry()); });
    load();
}

QString GuideWindow::source(const QString &language)
{
    return QStringLiteral(":/guide/guide-%1.html").arg(language == QLatin1String("hi") ? language : QStringLiteral("en"));
}

void GuideWindow::load()
{
    QFile file(source(LanguageManager::currentLanguage()));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
    setWindowTitle(tr("Sammelan guide"));
    if (auto *close = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}
