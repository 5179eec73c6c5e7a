#pragma once

#include "stalls/stallrepository.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

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

    // The list itself: drag an invitee from it onto a stall; drop a stall on it to free it.
    QListWidget *list() const { return m_list; }
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
    QListWidget *m_list;
    QCheckBox *m_allowMore;
    QLabel *m_allowMoreLabel;
};
