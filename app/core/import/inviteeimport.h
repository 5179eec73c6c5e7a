#pragma once

#include "import/rejectedrows.h"
#include "storage/database.h"
#include "import/columnmapper.h"
#include "import/tablereader.h"
#include "invitees/invitee.h"
#include "invitees/invitationrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

// Bringing a list of invitees in from a table (CSV/TSV/XLSX), in two steps:
// analyse() validates every row with the same rules as the form and finds duplicates (against
// the database and earlier rows of the file) without writing anything; apply() writes the
// plan in one transaction, and can be cancelled (rolled back) from its progress callback.
// revert() undoes an applied import exactly (for Edit → Undo).
class InviteeImport final
{
    Q_DECLARE_TR_FUNCTIONS(InviteeImport)
public:
    enum Field {
        Name, Designation, Enterprise, Sector, Mobile, AltPhone, Email, Address, Pin, Gstin, Udyam,
        Iec, Exporter, ExportShare, Notes, Status, NominatedTo, FieldCount
    };
    // Header names understood (English first: the export writes the first one), case and
    // punctuation ignored.
    static QList<FieldSpec> fields();
    static QString fieldTitle(int field); // translated, for the wizard
    static ColumnMapping mapColumns(const QStringList &headers) { return ColumnMapper::map(headers, fields()); }

    enum class OnDuplicate { Skip, Update };
    struct Options {
        qint64 eventId = 0; // statuses apply to this event; 0: the status column is ignored
        OnDuplicate onDuplicate = OnDuplicate::Skip;
        // Category names the file gives that are not an existing category, as the user decided
        // (TextFold::fold(name) → the existing sector to use, or 0: add it as a new one). A name
        // not listed goes to the close existing category if there is one (SectorRepository::
        // resolve), else becomes a new one.
        QHash<QString, qint64> sectorChoices;
    };

    enum class Action { Import, Update, Skip, Reject };
    struct RowResult {
        int source = 0;     // index of the data row (Table::rows)
        int rowNumber = 0;  // as the spreadsheet shows it
        Action action = Action::Reject;
        QString reason;     // translated: why rejected, or what it duplicates
        Invitee invitee;    // the row, normalised (an Update merges it into the record when written)
        quint32 given = 0;  // bit per Field: the row has a value for it (an Update writes only those)
        QString sectorName;
        QString searchText; // Import: invitees.search_text, made while checking (not on the writing thread)
        QString readerNote; // what the reader noticed about the row's form (added to a reason to refuse it)
        qint64 existingId = 0;   // Update/Skip: the record it matches
        int duplicateOfRow = -1; // Update/Skip of an earlier row of the file: that row's index
        bool hasStatus = false;
        InvitationStatus status = InvitationStatus::NotInvited;
        qint64 nominatedEventId = 0;
    };
    struct Plan {
        QList<RowResult> rows;
        int imported = 0, updated = 0, skipped = 0, rejected = 0;
        // The category names of rows to be written that are not an existing category's: each
        // with the close existing one, if any, for the user to choose (use it, or add a new one).
        struct NewSector {
            QString name;
            qint64 closeId = 0;
            QString closeName;
            int rows = 0;
        };
        QList<NewSector> newSectors;
    };
    // Fills plan.newSectors from the rows to be written (analyse() does it; call it again when
    // rows were corrected).
    static void findNewSectors(Plan *plan, const QString &connection = Database::defaultConnectionName());

    // Why a file with these headers cannot be imported at all (no name column, a known column
    // named twice), or empty.
    static QString columnsProblem(const QStringList &headers, const ColumnMapping &mapping);

    // `error` explains a table that cannot be imported at all (see columnsProblem()).
    static std::optional<Plan> analyse(const Table &table, const ColumnMapping &mapping,
                                       const Options &options, QString *error,
                                       const QString &connection = Database::defaultConnectionName());

    // What apply() changed, so that revert() can take it back.
    struct Applied {
        QList<qint64> insertedIds;
        QList<Invitee> updatedBefore;
        struct StatusChange {
            qint64 inviteeId;
            InvitationState before;
            qint64 changeId;
            qint64 version = 0; // the invitation's version after the change
        };
        QList<StatusChange> statusChanges;
        // By invitee id: the version the import left each row it wrote at (1 for a new one when
        // absent), so revert() refuses to undo over a desk that changed one since.
        QHash<qint64, qint64> versions;
        qint64 eventId = 0;
        QStringList createdSectors; // categories the import added (the CLI lists them)
        QStringList matchedSectors; // "Textile → Textiles": names put in a close existing category
    };
    // progress(done, total) is called every few hundred rows; returning false cancels.
    static std::optional<Applied> apply(const Plan &plan, const Options &options, QString *error,
                                        const std::function<bool(int, int)> &progress = {},
                                        const QString &connection = Database::defaultConnectionName());
    static bool revert(const Applied &applied, QString *error,
                       const QString &connection = Database::defaultConnectionName());

    // The command-line import: reads, checks and writes row by row (reading on one thread,
    // checking on a second while the calling one writes), so a large file is never held whole.
    // Everything is one transaction. `rejects` receives the rejected rows as they are found (on
    // the calling thread), and is finished before the transaction is committed; a failure of
    // either rolls the import back.
    using Rejected = ImportReport::RejectedRow;
    struct StreamResult {
        Plan plan; // counts; rows are not kept
        Applied applied;
    };
    static std::optional<StreamResult> importSource(
        TableSource &source, const Options &options, QString *error, ImportReport::RejectSink *rejects = nullptr,
        const QString &connection = Database::defaultConnectionName());

    // "imported N, updated U, skipped S, rejected R": scripts read this line; never translated.
    static QString summaryLine(const Plan &plan);
    // The rejected rows as they were, plus a "reason" column; never over `source`, the file read.
    static bool writeRejects(const QString &path, const Table &table, const Plan &plan, QString *error,
                             const QString &source = QString());

    // Words for the status and exporter columns, in English or Hindi.
    static std::optional<ExporterStatus> parseExporter(const QString &text);
    // A cell that an export neutralised ('=...) back to what it was (FormulaGuard::restore).
    static QString unneutralise(const QString &cell);

private:
    class Classifier;
    class Writer;
};
