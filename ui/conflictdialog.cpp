#include "conflictdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const ConflictNotice &notice, QWidget *parent)
    : QDialog(parent), m_notice(notice), m_title(new QLabel(this)), m_message(new QLabel(this)),
      m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("ConflictDialog"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_explanation->setObjectName(QStringLiteral("conflictExplanation"));
    for (QLabel *label : {m_title, m_message, m_explanation}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_keep = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    // A deleted row has nothing left to write over: the one button closes.
    m_keep->setVisible(!notice.deleted);
    m_reload->setDefault(true);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_choice = ConflictResolver::Choice::Reload;
        accept();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_choice = ConflictResolver::Choice::KeepMine;
        accept();
    });

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_message);
    texts->addWidget(m_explanation);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wide enough for a sentence with a few changed fields, narrow enough for 1,024 × 600.
    setMinimumWidth(420);
    setMaximumWidth(640);
    retranslateUi();
}

void ConflictDialog::retranslateUi()
{
    setWindowTitle(m_notice.title());
    m_title->setText(m_notice.deleted ? tr("This was deleted at another desk meanwhile.")
                                      : tr("This was changed at another desk meanwhile."));
    m_message->setText(m_notice.message());
    m_explanation->setText(m_notice.deleted
                               ? tr("Nothing of yours was saved.")
                               : tr("“Reload theirs” shows what is saved now; nothing of yours is written. "
                                    "“Keep mine” saves your change over theirs."));
    m_reload->setText(m_notice.deleted ? tr("&Close") : tr("&Reload theirs"));
    m_keep->setText(tr("&Keep mine"));
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConflictDialog::install()
{
    ConflictResolver::setHandler([](const ConflictNotice &notice) {
        QWidget *parent = QApplication::activeModalWidget();
        if (!parent)
            parent = QApplication::activeWindow();
        ConflictDialog dialog(notice, parent);
        dialog.exec();
        return dialog.choice();
    });
}
