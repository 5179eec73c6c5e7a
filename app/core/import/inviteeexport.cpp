#include "inviteeexport.h"

#include "events/eventrepository.h"
#include "import/csvwriter.h"
#include "import/formulaguard.h"
#include "import/inviteeimport.h"
#include "import/tablereader.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "storage/outputpath.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>

InviteeExport::Format InviteeExport::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? Format::Xlsx
                                                                                           : Format::Csv;
}

QString InviteeExport::statusWord(InvitationStatus status)
{
    return status == InvitationStatus::NotInvited ? QStringLiteral("not yet invited")
                                                  : InvitationStatuses::key(status);
}

QString InviteeExport::exporterWord(ExporterStatus status)
{
    switch (status) {
    case ExporterStatus::Direct: return QStringLiteral("direct exporter");
    case ExporterStatus::ThroughMerchant: return QStringLiteral("exports through a merchant exporter");
    case ExporterStatus::NotExporting: break;
    }
    return QStringLiteral("not yet exporting");
}

InviteeExport::Sheet InviteeExport::build(const InviteeFilter &filter, const InviteeSort &sort,
                                          const QString &connection)
{
    const QList<FieldSpec> fields = InviteeImport::fields();
    Sheet sheet;
    for (int f = InviteeImport::Name; f <= InviteeImport::Notes; ++f)
        sheet.headers << fields.at(f).names.constFirst();
    const bool withStatus = filter.eventId != 0;
    if (withStatus)
        sheet.headers << fields.at(InviteeImport::Status).names.constFirst()
                      << fields.at(InviteeImport::NominatedTo).names.constFirst();
    sheet.numericColumns = {InviteeImport::ExportShare};

    QHash<qint64, QString> eventNames;
    for (const Event &e : EventRepository(connection).all())
        eventNames.insert(e.id, e.name(QStringLiteral("en")));
    InviteeRepository repository(connection);
    InviteeListQuery listQuery(connection);
    const QList<InviteeRow> rows = listQuery.list(filter, sort);
    sheet.rows.reserve(rows.size());
    for (const InviteeRow &r : rows) {
        // The row carries what the list shows; the rest of the record comes with find().
        const auto v = repository.find(r.id);
        if (!v)
            continue;
        QStringList cells{v->name, v->designation, v->enterprise, r.sectorEn, v->mobile, v->altPhone,
                          v->email, v->address, v->pin, v->gstin, v->udyam, v->iec,
                          exporterWord(v->exporterStatus),
                          v->exportShare < 0 ? QString() : QString::number(v->exportShare), v->notes};
        if (withStatus)
            cells << statusWord(r.status)
                  << (r.status == InvitationStatus::Nominated ? eventNames.value(r.nominatedEventId) : QString());
        sheet.rows << cells;
    }
    return sheet;
}

bool InviteeExport::writeXlsx(const QString &path, const Sheet &sheet, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString refused = OutputPath::refusal(path); !refused.isEmpty())
        return fail(refused);
    // libxlsxwriter writes the file itself, private to this user (0600): the workbook is made
    // beside the target under a temporary name, checked, and renamed into place, which gives
    // it the permissions a CSV file gets (OutputPath::replace) and never leaves half a workbook
    // under the real name.
    QTemporaryFile temp(OutputPath::temporaryTemplate(path));
    if (!temp.open())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), temp.errorString()));
    temp.close();
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(tempName.constData(), &options);
    if (!workbook)
        return fail(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, "Invitees");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (int c = 0; c < sheet.headers.size(); ++c)
        worksheet_write_string(worksheet, 0, lxw_col_t(c), sheet.headers.at(c).toUtf8().constData(), bold);
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString &value = row.at(c);
            if (value.isEmpty())
                continue;
            // Text stays text (a mobile never becomes 9.8E9); a number column holds numbers.
            // Text is guarded as in CSV, so the import gives back exactly what was written.
            if (sheet.numericColumns.contains(c))
                worksheet_write_number(worksheet, lxw_row_t(r + 1), lxw_col_t(c), value.toDouble(), nullptr);
            else
                worksheet_write_string(worksheet, lxw_row_t(r + 1), lxw_col_t(c),
                                       FormulaGuard::protect(value).toUtf8().constData(), nullptr);
        }
    }
    worksheet_freeze_panes(worksheet, 1, 0);
    worksheet_set_column(worksheet, 0, lxw_col_t(sheet.headers.size() - 1), 18, nullptr);
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return fail(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
    // libxlsxwriter does not notice every failed write: with a full disk it can report success for
    // a workbook whose sheet lost its last rows (its own temporary files were cut short). Read it
    // back and count the rows before it takes the real name.
    qsizetype expected = 0;
    for (const QStringList &row : sheet.rows)
        expected += std::any_of(row.cbegin(), row.cend(), [](const QString &c) { return !c.isEmpty(); });
    QString why;
    qsizetype found = -1;
    if (const auto source = TableReader::openXlsx(temp.fileName(), &why)) {
        QStringList row;
        int number = 0;
        for (found = 0; source->next(&row, &number);)
            ++found;
        if (!source->error().isEmpty())
            found = -1;
    }
    if (found != expected)
        return fail(tr("%1 could not be written completely (is the disk full?).").arg(QDir::toNativeSeparators(path)));
    temp.setAutoRemove(false); // replace() renames it, or removes it on failure
    return OutputPath::replace(temp.fileName(), path, error);
}

int InviteeExport::write(const QString &path, const InviteeFilter &filter, const InviteeSort &sort,
                         QString *error, const QString &connection)
{
    const Sheet sheet = build(filter, sort, connection);
    const bool ok = formatFor(path) == Format::Xlsx ? writeXlsx(path, sheet, error)
                                                   : CsvWriter::write(path, sheet.headers, sheet.rows, error);
    return ok ? int(sheet.rows.size()) : -1;
}
