#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What every import (invitees, export figures) reports the same way.
namespace ImportReport {

// A row that was not imported, and why, with its cells as they were in the file.
struct RejectedRow {
    int rowNumber = 0; // as the spreadsheet numbers it (the header is row 1)
    QStringList cells;
    QString reason;
};

// "imported N, updated U, skipped S, rejected R": the contract of sammelan-cli's import
// commands (scripts read it), never translated.
QString summaryLine(int imported, int updated, int skipped, int rejected);

// Writes the rejected rows as CSV: the file's own columns, then "reason". Never over `source`,
// the file they came from, nor any path OutputPath refuses.
bool writeRejects(const QString &path, const QStringList &headers, const QList<RejectedRow> &rows, QString *error,
                  const QString &source = QString());

} // namespace ImportReport
