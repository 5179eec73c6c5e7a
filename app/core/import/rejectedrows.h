#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
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

// Takes the rejected rows of a streamed import one at a time, as they are found, so that a
// file of a million bad rows is never held in memory. start() comes first, finish() before the
// import commits; false from any of them stops the import, which then changes nothing. add()
// may be called from another thread than start() and finish(), never at the same time.
class RejectSink
{
public:
    virtual ~RejectSink() = default;
    virtual bool start(const QStringList &headers) = 0;
    virtual bool add(const RejectedRow &row) = 0;
    virtual bool finish() = 0;
    // Why the last call failed, translated.
    QString error() const { return m_error; }

protected:
    QString m_error;
};

// The rejected rows as a CSV file like writeRejects() writes, built up a row at a time in a
// temporary file that takes the real name only in finish(): a failed import leaves no file.
class RejectsFile final : public RejectSink
{
    Q_DECLARE_TR_FUNCTIONS(RejectsFile)
public:
    explicit RejectsFile(const QString &path);
    bool start(const QStringList &headers) override;
    bool add(const RejectedRow &row) override;
    bool finish() override;

private:
    bool write(const QByteArray &bytes);
    QSaveFile m_file;
    qsizetype m_width = 0;
};

} // namespace ImportReport
