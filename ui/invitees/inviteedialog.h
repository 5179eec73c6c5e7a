#pragma once

#include "invitees/invitee.h"
#include "invitees/inviteevalidator.h"

#include <QDialog>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QWidget;

namespace Ui {
class InviteeDialog;
}

// The invitee form. Every field is checked as it is typed with the shared rules; the reason shows
// under the field in the current language and Save stays disabled while any field is invalid.
// On Save it looks for another record with the same mobile, GSTIN, Udyam number or email and,
// if there is one, names it and offers to open it instead. It writes nothing itself: the
// caller's saver (setSaver) does.
class InviteeDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit InviteeDialog(const QString &connection, QWidget *parent = nullptr);
    ~InviteeDialog() override;

    void setInvitee(const Invitee &invitee);
    // Shows the invitee's status and its history for this event.
    void setEvent(qint64 eventId);

    // The invitee as it will be stored (normalised); sectorId is resolved from sectorName() by
    // the caller, since a new sector name creates a sector.
    Invitee invitee() const;
    QString sectorName() const;
    // The invitee with the sector as typed, found or created (the Invitees page and the
    // check-in desk's walk-in alike); nothing, with `error`, when the new sector cannot be saved.
    std::optional<Invitee> inviteeWithSector(QString *error) const;
    // The record the user chose to open instead of saving a duplicate (0: none).
    qint64 openInsteadId() const { return m_openInstead; }
    // Reasons per field, as shown.
    QMap<InviteeField, QString> problems() const;
    // Called on Save once the form is valid; the dialog closes only when it returns true (the
    // write succeeded), so a save that fails keeps what was typed on screen.
    void setSaver(std::function<bool()> saver) { m_saver = std::move(saver); }

public slots:
    void accept() override;
    // Asks first when something was typed (Cancel, Escape, the window's close button).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    InviteeInput input() const;
    bool isChanged() const;
    void revalidate();
    void markTouched(QWidget *field);
    void fillChoices();
    void showStatus();
    static QLabel *errorLabelUnder(QFormLayout *form, QWidget *field);

    std::unique_ptr<Ui::InviteeDialog> m_ui;
    QString m_connection;
    Invitee m_original;
    qint64 m_eventId = 0;
    qint64 m_openInstead = 0;
    bool m_showAll = false;                // after a Save attempt, show every problem
    bool m_sameNameConfirmed = false;      // "No, save a new person" was chosen
    std::function<bool()> m_saver;
    QHash<QWidget *, bool> m_touched;
    QMap<InviteeField, QLabel *> m_textErrors; // made in code, under the free-text fields
};
