#include "templatedialog.h"
#include "ui_templatedialog.h"

#include "undo/errorchannel.h"
#include "text/languagemanager.h"
#include "letters/correspondence.h"
#include "letters/documentlanguage.h"
#include "messageboxes.h"
#include "printing/documentpreview.h"
#include "storage/transaction.h"

#include <QEvent>
#include <QSettings>

namespace {
const QString GeometryKey = QStringLiteral("letters/templates/geometry");
}

TemplateDialog::TemplateDialog(const Event &event, const QList<InviteeRow> &samples, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TemplateDialog>()), m_event(event), m_samples(samples)
{
    m_ui->setupUi(this);
    for (TemplateKind kind : LetterTemplate::kinds())
        m_ui->kindCombo->addItem(QString(), int(kind));
    for (const QString &language : LanguageManager::availableLanguages())
        m_ui->languageCombo->addItem(LanguageManager::nativeName(language), language);
    for (const QString &field : LetterTemplate::fields()) {
        auto *item = new QListWidgetItem(m_ui->fieldList);
        item->setData(Qt::UserRole, field);
    }
    m_ui->warningLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->subjectEdit->installEventFilter(this);
    m_ui->bodyEdit->installEventFilter(this);
    m_lastEditor = m_ui->bodyEdit;
    m_ui->subjectEdit->setMaxLength(LetterTemplate::MaxSubjectLength);
    m_ui->templateIdEdit->setMaxLength(100);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(LanguageManager::currentLanguage())));
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150); // the preview follows typing without laying out every key
    connect(&m_previewTimer, &QTimer::timeout, this, &TemplateDialog::updatePreview);
    auto edited = [this] {
        if (m_loading)
            return;
        m_edited.insert(m_shown, currentTemplate());
        m_ui->warningLabel->setText(unknownFields().isEmpty()
                                        ? QString()
                                        : tr("Unknown fields: %1. They would print as they stand: correct them or "
                                             "insert fields from the list.")
                                              .arg(unknownFields().join(QStringLiteral(", "))));
        m_previewTimer.start();
    };
    connect(m_ui->subjectEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_ui->templateIdEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &TemplateDialog::showTemplate);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &TemplateDialog::showTemplate);
    connect(m_ui->fieldList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertField(item->data(Qt::UserRole).toString()); });
    connect(m_ui->insertButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->fieldList->currentItem())
            insertField(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->defaultButton, &QPushButton::clicked, this, &TemplateDialog::restoreDefault);
    retranslateUi();
    showTemplate();
}

TemplateDialog::~TemplateDialog() = default;

void TemplateDialog::setKind(TemplateKind kind)
{
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(int(kind))));
}

TemplateKind TemplateDialog::kind() const
{
    return TemplateKind(m_ui->kindCombo->currentData().toInt());
}

void TemplateDialog::setLanguage(const QString &language)
{
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(language)));
}

QString TemplateDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

LetterTemplate TemplateDialog::currentTemplate() const
{
    LetterTemplate t = m_saved.value(m_shown);
    t.kind = TemplateKind(m_shown.first);
    t.language = m_shown.second;
    t.subject = LetterTemplate::hasSubject(t.kind) ? m_ui->subjectEdit->text() : QString();
    t.body = m_ui->bodyEdit->toPlainText();
    t.templateId = t.kind == TemplateKind::Message ? m_ui->templateIdEdit->text() : QString();
    return t;
}

void TemplateDialog::showTemplate()
{
    const Key key(int(kind()), language());
    m_shown = key;
    if (!m_saved.contains(key))
        m_saved.insert(key, TemplateRepository().get(m_event.id, kind(), language()));
    const LetterTemplate t = m_edited.value(key, m_saved.value(key));
    m_loading = true;
    const bool subject = LetterTemplate::hasSubject(kind());
    m_ui->subjectLabel->setVisible(subject);
    m_ui->subjectEdit->setVisible(subject);
    m_ui->subjectEdit->setText(t.subject);
    m_ui->bodyEdit->setPlainText(t.body);
    const bool message = kind() == TemplateKind::Message;
    m_ui->templateIdLabel->setVisible(message);
    m_ui->templateIdEdit->setVisible(message);
    m_ui->templateIdEdit->setText(t.templateId);
    m_loading = false;
    m_ui->warningLabel->setText(t.unknownFields().isEmpty()
                                    ? QString()
                                    : tr("Unknown fields: %1. They would print as they stand: correct them or "
                                         "insert fields from the list.")
                                          .arg(t.unknownFields().join(QStringLiteral(", "))));
    // Hindi text in a Hindi template reads right to the eye in the editor's own font.
    updatePreview();
}

void TemplateDialog::insertField(const QString &field)
{
    if (m_lastEditor == m_ui->subjectEdit && m_ui->subjectEdit->isVisible()) {
        m_ui->subjectEdit->insert(field);
        m_ui->subjectEdit->setFocus();
    } else {
        m_ui->bodyEdit->insertPlainText(field);
        m_ui->bodyEdit->setFocus();
    }
}

void TemplateDialog::restoreDefault()
{
    const LetterTemplate def = LetterTemplate::defaultFor(kind(), language());
    m_ui->subjectEdit->setText(def.subject);
    m_ui->bodyEdit->setPlainText(def.body);
    m_ui->templateIdEdit->clear();
}

bool TemplateDialog::hasChanges() const
{
    for (auto it = m_edited.cbegin(); it != m_edited.cend(); ++it)
        if (!(it.value() == m_saved.value(it.key())))
            return true;
    return false;
}

bool TemplateDialog::save(QString *error)
{
    QList<LetterTemplate> changed;
    for (auto it = m_edited.cbegin(); it != m_edited.cend(); ++it)
        if (!(it.value() == m_saved.value(it.key())))
            changed << it.value();
    for (const LetterTemplate &t : std::as_const(changed))
        if (const QString why = t.validate(); !why.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1 (%2): %3").arg(LetterTemplate::kindName(t.kind), LanguageManager::nativeName(t.language), why);
            return false;
        }
    const bool ok = Transaction::run(QSqlDatabase::database(Database::defaultConnectionName()), error,
                                     tr("The templates could not be saved: %1"), [&] {
                                         for (const LetterTemplate &t : std::as_const(changed)) {
                                             // Back to the default text: the office's own is removed.
                                             const LetterTemplate def = LetterTemplate::defaultFor(t.kind, t.language);
                                             const bool isDefault = t == def;
                                             if (isDefault ? !TemplateRepository().reset(m_event.id, t.kind, t.language, error)
                                                           : !TemplateRepository().save(m_event.id, t, error))
                                                 return false;
                                         }
                                         return true;
                                     });
    if (ok)
        for (const LetterTemplate &t : std::as_const(changed))
            m_saved.insert(Key(int(t.kind), t.language), t);
    return ok;
}

void TemplateDialog::accept()
{
    QString error;
    if (!save(&error)) {
        MessageBoxes::warn(this, tr("The templates could not be saved"), error);
        return; // the form stays open with everything typed
    }
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::accept();
}

void TemplateDialog::reject()
{
    if (hasChanges()
        && !MessageBoxes::confirm(this, tr("Templates"), tr("Close without saving the changes to the templates?"),
                                  tr("Discard the changes")))
        return;
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::reject();
}

InviteeRow TemplateDialog::sample(const QString &language) const
{
    for (const InviteeRow &row : m_samples)
        if (DocumentLanguage::forName(row.name) == language)
            return row;
    if (!m_samples.isEmpty())
        return m_samples.constFirst();
    // No invitee to show: someone made up, in the template's language.
    InviteeRow row;
    const bool hindi = language == QLatin1String("hi");
    row.name = hindi ? QStringLiteral("राम प्रसाद") : QStringLiteral("Ram Prasad");
    row.designation = hindi ? QStringLiteral("प्रोप्राइटर") : QStringLiteral("Proprietor");
    row.enterprise = hindi ? QStringLiteral("प्रसाद टेराकोटा उद्योग") : QStringLiteral("Prasad Terracotta Industries");
    row.address = hindi ? QStringLiteral("औरंगाबाद, गोरखपुर") : QStringLiteral("Aurangabad, Gorakhpur");
    row.pin = QStringLiteral("273001");
    row.mobile = QStringLiteral("9415000000");
    return row;
}

const ReportDocument &TemplateDialog::letterPreview() const
{
    return m_ui->letterPreview->document();
}

QString TemplateDialog::messagePreview() const
{
    return m_ui->messagePreview->toPlainText();
}

void TemplateDialog::updatePreview()
{
    m_previewTimer.stop();
    const LetterTemplate t = currentTemplate();
    const InviteeRow row = sample(t.language);
    m_ui->previewLabel->setText(tr("Preview for %1; the number is given when the letter is printed or sent.").arg(row.name));
    if (LetterTemplate::isLetter(t.kind)) {
        m_ui->previewStack->setCurrentWidget(m_ui->letterPreview);
        m_ui->letterPreview->setDocument(Correspondence::sampleLetter(m_event, t, row));
    } else {
        m_ui->previewStack->setCurrentWidget(m_ui->messagePreview);
        const QString number = DocumentLanguage(t.language).translate("LetterReport", "(given on printing)");
        const auto [subject, text] = Correspondence::fill(t, m_event, row, number, QDate::currentDate());
        m_ui->messagePreview->setPlainText(
            LetterTemplate::hasSubject(t.kind) ? tr("Subject: %1").arg(subject) + QStringLiteral("\n\n") + text
                                               : text.simplified());
    }
}

bool TemplateDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_ui->subjectEdit || watched == m_ui->bodyEdit))
        m_lastEditor = static_cast<QWidget *>(watched);
    return QDialog::eventFilter(watched, event);
}

void TemplateDialog::retranslateUi()
{
    for (int i = 0; i < m_ui->kindCombo->count(); ++i)
        m_ui->kindCombo->setItemText(i, LetterTemplate::kindName(TemplateKind(m_ui->kindCombo->itemData(i).toInt())));
    for (int i = 0; i < m_ui->fieldList->count(); ++i) {
        QListWidgetItem *item = m_ui->fieldList->item(i);
        const QString field = item->data(Qt::UserRole).toString();
        item->setText(QStringLiteral("%1  —  %2").arg(field, LetterTemplate::fieldDescription(field)));
    }
    setWindowTitle(tr("Templates: %1").arg(m_event.name(LanguageManager::currentLanguage())));
}

void TemplateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        updatePreview();
    }
    QDialog::changeEvent(event);
}
