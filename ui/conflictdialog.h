#pragma once

#include "storage/conflictresolver.h"

#include <QDialog>

class QLabel;
class QPushButton;

// The question a conflict asks (see ConflictResolver): what another desk changed, when and at
// which desk ("Anil at Desk 2 changed this invitee at 10:02: mobile 98… → 97…"), and what to do:
// "Reload theirs" (the default: nothing is written, the form or page shows what is there now)
// or "Keep mine" (this desk's change is written over theirs, deliberately). A row that was
// deleted can only be closed.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const ConflictNotice &notice, QWidget *parent = nullptr);

    ConflictResolver::Choice choice() const { return m_choice; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }
    QLabel *messageLabel() const { return m_message; }

    // Makes every conflict of this program ask with this dialog, over the active window.
    static void install();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ConflictNotice m_notice;
    ConflictResolver::Choice m_choice = ConflictResolver::Choice::Reload;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_explanation;
    QPushButton *m_reload;
    QPushButton *m_keep;
};
