#pragma once

#include "events/event.h"
#include "invitees/inviteelist.h"
#include "letters/lettertemplate.h"

#include <QDialog>
#include <QHash>
#include <QTimer>
#include <memory>

class QWidget;

namespace Ui {
class TemplateDialog;
}

// Letters › Templates: the event's letters and messages, each kind in Hindi and English, edited
// with a live preview (the letter as it prints, the e-mail or message as it goes) for a sample
// invitee. Fields are inserted from a list; unknown ones are flagged as they are typed. Every
// template edited is saved together on Save; one not saved by the office is the default.
class TemplateDialog final : public QDialog
{
    Q_OBJECT
public:
    // `samples`: invitees to preview with (the first of the template's language is used).
    TemplateDialog(const Event &event, const QList<InviteeRow> &samples, QWidget *parent = nullptr);
    ~TemplateDialog() override;

    void setKind(TemplateKind kind);
    TemplateKind kind() const;
    void setLanguage(const QString &language);
    QString language() const;

    // The template shown, as edited.
    LetterTemplate currentTemplate() const;
    QStringList unknownFields() const { return currentTemplate().unknownFields(); }
    // Inserts a field where the cursor was last (the subject or the text).
    void insertField(const QString &field);
    void restoreDefault();
    // Saves every template changed; false with a reason (the dialog stays open).
    bool save(QString *error = nullptr);
    bool hasChanges() const;
    // What the preview shows: the letter or the message filled for the sample.
    const class ReportDocument &letterPreview() const;
    QString messagePreview() const;

public slots:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Key = QPair<int, QString>; // kind, language
    void retranslateUi();
    void keepEdits();
    void showTemplate();
    void updatePreview();
    InviteeRow sample(const QString &language) const;

    std::unique_ptr<Ui::TemplateDialog> m_ui;
    Event m_event;
    QList<InviteeRow> m_samples;
    QHash<Key, LetterTemplate> m_saved;  // as in the database (or the default)
    QHash<Key, LetterTemplate> m_edited; // as edited
    Key m_shown;
    QWidget *m_lastEditor = nullptr;
    QTimer m_previewTimer;
    bool m_loading = false;
};
