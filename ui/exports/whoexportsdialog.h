#pragma once

#include "exports/exportstats.h"
#include "exports/whoexports.h"

#include "sectors/sector.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

// "Who exports there?": the district's exporters for a country, product or HS chapter of the
// export charts (WhoExports), the likeliest first and ticked, ready to be invited to an event
// such as a buyer-seller meet (one undo step) or copied as a list.
class WhoExportsDialog final : public QDialog
{
    Q_OBJECT
public:
    WhoExportsDialog(const QList<ExportRecord> &records, ExportStats::By by, const QString &key, const QString &name,
                     QUndoStack *undoStack, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *eventCombo() const { return m_event; }
    QPushButton *inviteButton() const { return m_invite; }
    const QList<WhoExports::Entry> &entries() const { return m_entries; }
    // The ticked invitees.
    QList<qint64> chosen() const;

public slots:
    // Invites the ticked ones to the chosen event; returns how many were invited.
    int invite();
    void copyList();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateButtons();
    QString productName(qint64 sectorId) const;

    QList<WhoExports::Entry> m_entries;
    QHash<qint64, Sector> m_sectors;
    ExportStats::By m_by;
    QString m_name;
    QUndoStack *m_undoStack;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_eventLabel;
    QComboBox *m_event;
    QPushButton *m_invite;
    QPushButton *m_copy;
    QPushButton *m_close;
    QLabel *m_result;
};
