#include "productchaptersdialog.h"

#include "undo/errorchannel.h"
#include "exports/hschapters.h"
#include "exports/productchapterrepository.h"
#include "text/languagemanager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

ProductChaptersDialog::ProductChaptersDialog(const Sector &product, const QStringList &chosen, QWidget *parent)
    : QDialog(parent), m_product(product), m_guess(ProductChapterRepository::guess(product))
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_edit = new QLineEdit(chosen.join(QStringLiteral(", ")), this);
    m_names = new QLabel(this);
    m_names->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setDefault(true);
    m_cancel = new QPushButton(this);
    connect(m_save, &QPushButton::clicked, this, &ProductChaptersDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &ProductChaptersDialog::check);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_edit);
    layout->addWidget(m_names);
    layout->addStretch();
    layout->addLayout(buttons);
    resize(520, 260);
    retranslateUi();
}

void ProductChaptersDialog::retranslateUi()
{
    const QString language = LanguageManager::currentLanguage();
    setWindowTitle(tr("HS chapters of %1").arg(m_product.name(language)));
    m_intro->setText(m_guess.isEmpty()
                         ? tr("The 2-digit HS chapters %1 sits under, separated by commas. Its name suggests none.")
                               .arg(m_product.name(language))
                         : tr("The 2-digit HS chapters %1 sits under, separated by commas. Left empty, its name "
                              "suggests %2.").arg(m_product.name(language), m_guess.join(QStringLiteral(", "))));
    m_edit->setPlaceholderText(m_guess.isEmpty() ? tr("such as 61, 62") : m_guess.join(QStringLiteral(", ")));
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    check();
}

void ProductChaptersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

std::optional<QStringList> ProductChaptersDialog::chapters() const
{
    QStringList out;
    for (QString part : m_edit->text().split(QRegularExpression(QStringLiteral("[,;\\s+/]+")), Qt::SkipEmptyParts)) {
        for (QChar &c : part)
            if (c.isDigit() && c.unicode() > 0x7f)
                c = QChar(u'0' + c.digitValue());
        if (part.size() == 1)
            part.prepend(QLatin1Char('0'));
        if (!HsChapters::instance().find(part))
            return std::nullopt;
        if (!out.contains(part))
            out << part;
    }
    return out;
}

void ProductChaptersDialog::check()
{
    const QString language = LanguageManager::currentLanguage();
    const auto list = chapters();
    if (!list) {
        m_names->setText(tr("Write chapter numbers from 01 to 99, such as 61, 62."));
        m_names->setStyleSheet(QStringLiteral("color: #b00020"));
        m_save->setEnabled(false);
        return;
    }
    QStringList names;
    for (const QString &c : list->isEmpty() ? m_guess : *list)
        names << HsChapters::instance().label(c, language, true);
    m_names->setStyleSheet(QString());
    m_names->setText(names.isEmpty() ? tr("Not classified: its figures count as “not classified” in the charts by chapter.")
                                     : names.join(QLatin1Char('\n')));
    m_save->setEnabled(true);
}

void ProductChaptersDialog::accept()
{
    const auto list = chapters();
    if (!list)
        return;
    QString error;
    if (!ProductChapterRepository().set(m_product.id, *list, &error)) {
        ErrorChannel::instance()->report(error);
        return;
    }
    QDialog::accept();
}
