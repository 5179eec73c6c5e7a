#pragma once

#include "invitees/invitee.h"

#include "invitees/inviteelist.h"

#include <QDate>
#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

// The check-in desk at the door: one big box takes a scanned badge (the scanner types the QR
// code and Enter) or a typed name or mobile. A badge checks its holder in at once; a name shows
// the matches to pick from. The result shows large, green when checked in, blue when already
// in (with the time), red for a declined, uninvited or unknown code. Walk-ins are added on the
// spot; counts of expected, arrived and remaining stay in view. Works without any network.
class CheckinPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CheckinPage(QUndoStack *undoStack, QWidget *parent = nullptr);

    enum class Outcome { None, CheckedIn, AlreadyIn, Declined, NotInvited, WrongEvent, Unknown, Matches, NotSaved };
    Outcome lastOutcome() const { return m_outcome; }
    QLineEdit *input() const { return m_input; }
    QListWidget *matches() const { return m_matches; }
    // "Print badge…" on the result: shown for the guest just checked in (a walk-in above all).
    QPushButton *printBadgeButton() const { return m_printBadgeButton; }
    QString resultText() const;
    QString countsText() const;
    // The day the desk checks in for: the computer's date unless set (tests, a desk whose clock
    // is wrong).
    QDate day() const { return m_day.isValid() ? m_day : QDate::currentDate(); }
    void setDay(const QDate &day)
    {
        m_day = day;
        refreshCounts();
    }

public slots:
    void setCurrentEvent(qint64 eventId);
    // What Enter in the box does: a code checks in, text searches.
    void submit();
    void checkIn(qint64 inviteeId, bool evenIfNotExpected = false);
    void addWalkIn();
    void undoLastCheckIn();
    // The badge of the guest shown, printed at the desk: its texts editable, one A6 badge.
    void printBadge();

protected:
    void changeEvent(QEvent *event) override;
    // Arrow keys in the box move through the list of matches: the box never loses the focus.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The desk is ready to scan as soon as it is shown.
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void showResult(Outcome outcome, const QString &title, const QString &detail, qint64 inviteeId = 0);
    void refreshCounts();
    QString describe(qint64 inviteeId) const;
    void showMatches(const QString &query, const QList<InviteeRow> &rows);
    // The event lasts more than one day: arrivals are counted per day.
    bool isSeveralDays() const;
    // After every check-in (or its refusal): an empty box with the focus, for the next guest.
    void readyForNext();

    QUndoStack *m_undoStack;
    qint64 m_eventId = 0;
    Outcome m_outcome = Outcome::None;
    qint64 m_shownInvitee = 0;
    QDate m_day;
    int m_lastCheckInIndex = -1; // undo stack index right after our last check-in

    QLabel *m_title;
    QLabel *m_counts;
    QLineEdit *m_input;
    QFrame *m_card;
    QLabel *m_resultTitle;
    QLabel *m_resultDetail;
    QPushButton *m_anywayButton;
    QPushButton *m_printBadgeButton;
    QListWidget *m_matches;
    QLabel *m_matchesHint;
    QString m_matchesQuery;     // the text the list of matches was found for
    bool m_matchChosen = false; // an arrow key picked a row of that list
    QPushButton *m_walkInButton;
    QPushButton *m_undoButton;
    QPushButton *m_fullScreenButton;
};
