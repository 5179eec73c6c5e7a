#pragma once

#include "storage/database.h"
#include "invitees/inviteelist.h"

#include <QCoreApplication>

// Sending the register out: CSV (UTF-8 with BOM, injection-safe) or XLSX (libxlsxwriter), with
// the import's English column names, so that exporting and importing again gives the same
// records. With an event, its status (and the event a person is nominated to) is included.
class InviteeExport final
{
    Q_DECLARE_TR_FUNCTIONS(InviteeExport)
public:
    enum class Format { Csv, Xlsx };
    static Format formatFor(const QString &path); // by suffix: .xlsx, else CSV

    struct Sheet {
        QStringList headers;
        QList<QStringList> rows;
        QList<int> numericColumns; // written as numbers in XLSX
    };
    static Sheet build(const InviteeFilter &filter, const InviteeSort &sort = {},
                       const QString &connection = Database::defaultConnectionName());
    // Returns the number of invitees written, or -1 with `error`.
    static int write(const QString &path, const InviteeFilter &filter, const InviteeSort &sort,
                     QString *error, const QString &connection = Database::defaultConnectionName());
    static bool writeXlsx(const QString &path, const Sheet &sheet, QString *error);

    // Untranslated words the import understands.
    static QString statusWord(InvitationStatus status);
    static QString exporterWord(ExporterStatus status);
};
