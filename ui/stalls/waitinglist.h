#pragma once

#include "stallrepository.h"

#include <QListWidget>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

// The list itself: two lines an invitee (enterprise, then name), never wider than the panel.
// Drag one onto a stall to allot it; drop a stall here (Ctrl+drag from the plan) to free it.
class WaitingListView final : public QListWidget
{
    Q_OBJECT
public:
    static inline const QString InviteeMime = QStringLiteral("application/x-sammelan-invitee");

    explicit WaitingListView(QWidget *parent = nullptr);

signals:
    void freeRequested(qint64 stallId);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

// The confirmed invitees of the event who hold no stall yet, with a search box (enterprise,
// name or mobile, in either script) and the choice to let one enterprise hold several stalls.
class WaitingList final : public QWidget
{
    Q_OBJECT
public:
    explicit WaitingList(QWidget *parent = nullptr);

    void setHolders(const QList<StallRepository::Holder> &holders);
    // Everyone waiting, whatever the search shows.
    const QList<StallRepository::Holder> &holders() const { return m_holders; }
    // How the list and the holder choice name an invitee: "Enterprise — Name", or the name.
    static QString displayName(const StallRepository::Holder &holder);

    WaitingListView *list() const { return m_list; }
    QLineEdit *searchBox() const { return m_search; }
    bool allowMoreThanOne() const;

signals:
    void freeRequested(qint64 stallId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applySearch();

    QList<StallRepository::Holder> m_holders;
    QLabel *m_title;
    QLineEdit *m_search;
    WaitingListView *m_list;
    QCheckBox *m_allowMore;
    QLabel *m_allowMoreLabel;
};
