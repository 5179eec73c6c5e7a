#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;

// A copy of the rows a delete will remove (or change through ON DELETE SET NULL), taken just
// before the delete, so that undo can put back exactly what was there, ids included.
//
// Table, column and condition texts are code constants of the repositories, never user input;
// values always travel as bound parameters.
class RowSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(RowSnapshot)
public:
    // Rows of `table` matching `where` (for example "event_id = ?"), to be inserted again.
    bool captureRows(QSqlDatabase &db, const QString &table, const QString &where,
                     const QVariantList &binds, QString *error = nullptr);
    // The value of `column` in rows matching `where`, to be set again by id: for references
    // that the delete will null rather than remove.
    bool captureColumn(QSqlDatabase &db, const QString &table, const QString &column,
                       const QString &where, const QVariantList &binds, QString *error = nullptr);

    // Inserts captured rows in capture order (parents first), then resets captured columns.
    // Runs inside the caller's transaction.
    bool restore(QSqlDatabase &db, QString *error = nullptr) const;
    // The same as a transaction of its own (the undo of a delete).
    bool restoreCommitted(const QString &connection, QString *error = nullptr) const;

    bool isEmpty() const { return m_rowSets.isEmpty() && m_columns.isEmpty(); }
    int rowCount(const QString &table) const;
    // The ids of the captured rows of `table` (for the changes log of a restore).
    QList<qint64> ids(const QString &table) const;

private:
    struct RowSet {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };
    struct ColumnSet {
        QString table;
        QString column;
        QList<QPair<qint64, QVariant>> values; // id, value
    };
    QList<RowSet> m_rowSets;
    QList<ColumnSet> m_columns;
};
