#include "inviteeimport.h"

#include "changenotifier.h"
#include "eventrepository.h"
#include "import/csvwriter.h"
#include "inviteevalidator.h"
#include "sectorrepository.h"
#include "transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

QList<FieldSpec> InviteeImport::fields()
{
    auto spec = [](const char *key, std::initializer_list<const char *> english,
                   std::initializer_list<const char16_t *> hindi, bool required = false) {
        FieldSpec f;
        f.key = QString::fromLatin1(key);
        for (const char *name : english)
            f.names << QString::fromLatin1(name);
        for (const char16_t *name : hindi)
            f.names << QString::fromUtf16(name);
        f.required = required;
        return f;
    };
    // The first English name of each is the header the export writes.
    return {
        spec("name", {"name", "full name", "invitee", "invitee name", "entrepreneur", "entrepreneur name"},
             {u"नाम", u"उद्यमी", u"उद्यमी का नाम", u"आमंत्रित व्यक्ति"}, true),
        spec("designation", {"designation", "post", "title"}, {u"पद"}),
        spec("enterprise", {"enterprise", "firm", "company", "unit", "enterprise name", "organisation", "organization"},
             {u"उद्यम", u"फर्म", u"इकाई", u"उद्यम का नाम"}),
        spec("sector", {"sector", "category", "product", "product category"}, {u"क्षेत्र", u"श्रेणी", u"उत्पाद"}),
        spec("mobile", {"mobile", "mobile no", "mobile number", "mobile no.", "phone", "contact"},
             {u"मोबाइल", u"मोबाइल नंबर", u"मोबाइल नं", u"फ़ोन", u"फोन"}, true),
        spec("alternate phone", {"alternate phone", "alt phone", "phone 2", "landline", "phone"},
             {u"वैकल्पिक फ़ोन", u"वैकल्पिक फोन"}),
        spec("email", {"email", "e-mail", "email id", "mail"}, {u"ईमेल", u"ई-मेल"}),
        spec("address", {"address"}, {u"पता"}),
        spec("pin", {"pin", "pin code", "pincode", "postal code"}, {u"पिन कोड", u"पिन", u"पिनकोड"}),
        spec("gstin", {"gstin", "gst", "gst no", "gst number"}, {u"जीएसटीआईएन", u"जीएसटी"}),
        spec("udyam", {"udyam", "udyam number", "udyam no", "udyam registration", "udyam registration number"},
             {u"उद्यम पंजीकरण संख्या", u"उद्यम पंजीकरण"}),
        spec("iec", {"iec", "iec code", "iec no"}, {u"आईईसी"}),
        spec("exporter status", {"exporter status", "exporter"}, {u"निर्यातक स्थिति", u"निर्यातक"}),
        spec("export share", {"export share", "share exported", "export %", "export percent"},
             {u"निर्यात का हिस्सा"}),
        spec("notes", {"notes", "remarks", "remark", "note"}, {u"टिप्पणी"}),
        spec("status", {"status", "invitation status"}, {u"स्थिति", u"आमंत्रण स्थिति"}),
        spec("nominated to", {"nominated to"}, {u"नामित कार्यक्रम", u"नामित"}),
    };
}

QString InviteeImport::fieldTitle(int field)
{
    switch (field) {
    case Name: return tr("Name");
    case Designation: return tr("Designation");
    case Enterprise: return tr("Enterprise");
    case Sector: return tr("Sector");
    case Mobile: return tr("Mobile");
    case AltPhone: return tr("Alternate phone");
    case Email: return tr("Email");
    case Address: return tr("Address");
    case Pin: return tr("PIN code");
    case Gstin: return tr("GSTIN");
    case Udyam: return tr("Udyam number");
    case Iec: return tr("IEC");
    case Exporter: return tr("Exporter status");
    case ExportShare: return tr("Share exported");
    case Notes: return tr("Notes");
    case Status: return tr("Status");
    case NominatedTo: return tr("Nominated to");
    }
    return {};
}

QString InviteeImport::unneutralise(const QString &cell)
{
    if (cell.size() > 1 && cell.at(0) == QLatin1Char('\'')) {
        const QChar next = cell.at(1);
        if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-')
            || next == QLatin1Char('@') || next == QLatin1Char('\t') || next == QLatin1Char('\r')
            || next == QLatin1Char('\n'))
            return cell.mid(1);
    }
    return cell;
}

std::optional<ExporterStatus> InviteeImport::parseExporter(const QString &text)
{
    const QString t = text.simplified().toCaseFolded();
    if (t.isEmpty())
        return ExporterStatus::NotExporting;
    static const QHash<QString, ExporterStatus> words = {
        {QStringLiteral("not yet exporting"), ExporterStatus::NotExporting},
        {QStringLiteral("not exporting"), ExporterStatus::NotExporting},
        {QStringLiteral("none"), ExporterStatus::NotExporting},
        {QStringLiteral("no"), ExporterStatus::NotExporting},
        {QStringLiteral("अभी निर्यात नहीं"), ExporterStatus::NotExporting},
        {QStringLiteral("direct exporter"), ExporterStatus::Direct},
        {QStringLiteral("direct"), ExporterStatus::Direct},
        {QStringLiteral("yes"), ExporterStatus::Direct},
        {QStringLiteral("प्रत्यक्ष निर्यातक"), ExporterStatus::Direct},
        {QStringLiteral("exports through a merchant exporter"), ExporterStatus::ThroughMerchant},
        {QStringLiteral("merchant exporter"), ExporterStatus::ThroughMerchant},
        {QStringLiteral("through merchant exporter"), ExporterStatus::ThroughMerchant},
        {QStringLiteral("merchant"), ExporterStatus::ThroughMerchant},
        {QStringLiteral("मर्चेंट निर्यातक के माध्यम से निर्यात"), ExporterStatus::ThroughMerchant},
    };
    const auto it = words.constFind(t);
    if (it == words.constEnd())
        return std::nullopt;
    return it.value();
}

namespace {

struct KeyOwner {
    qint64 id = 0;   // an invitee already in the database
    int row = -1;    // or an earlier row of the file (index into plan.rows)
};

// The keys that identify a record, with the name of each for messages.
QList<QPair<QString, QString>> keysOf(const Invitee &v)
{
    QList<QPair<QString, QString>> keys;
    keys.append({QStringLiteral("m:") + v.mobile, InviteeValidator::fieldName(InviteeField::Mobile)});
    if (!v.gstin.isEmpty())
        keys.append({QStringLiteral("g:") + v.gstin, InviteeValidator::fieldName(InviteeField::Gstin)});
    if (!v.udyam.isEmpty())
        keys.append({QStringLiteral("u:") + v.udyam, InviteeValidator::fieldName(InviteeField::Udyam)});
    if (!v.email.isEmpty())
        keys.append({QStringLiteral("e:") + v.email.toLower(), InviteeValidator::fieldName(InviteeField::Email)});
    return keys;
}

// Fields of `row` that the file gave (non-empty, mapped) replace those of `base`.
Invitee merged(Invitee base, const Invitee &row, const QSet<int> &given)
{
    auto take = [&](int field, QString &target, const QString &value) {
        if (given.contains(field))
            target = value;
    };
    take(InviteeImport::Name, base.name, row.name);
    take(InviteeImport::Designation, base.designation, row.designation);
    take(InviteeImport::Enterprise, base.enterprise, row.enterprise);
    take(InviteeImport::Mobile, base.mobile, row.mobile);
    take(InviteeImport::AltPhone, base.altPhone, row.altPhone);
    take(InviteeImport::Email, base.email, row.email);
    take(InviteeImport::Address, base.address, row.address);
    take(InviteeImport::Pin, base.pin, row.pin);
    take(InviteeImport::Gstin, base.gstin, row.gstin);
    take(InviteeImport::Udyam, base.udyam, row.udyam);
    take(InviteeImport::Iec, base.iec, row.iec);
    take(InviteeImport::Notes, base.notes, row.notes);
    if (given.contains(InviteeImport::Exporter))
        base.exporterStatus = row.exporterStatus;
    if (given.contains(InviteeImport::ExportShare))
        base.exportShare = row.exportShare;
    return base;
}

} // namespace

std::optional<InviteeImport::Plan> InviteeImport::analyse(const Table &table, const ColumnMapping &mapping,
                                                          const Options &options, QString *error,
                                                          const QString &connection)
{
    if (mapping.column(Name) < 0) {
        if (error)
            *error = tr("The file has no name column (“name” or “नाम”). Its columns are: %1")
                         .arg(table.headers.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    Plan plan;
    InviteeRepository repository(connection);
    const InviteeRepository::Keys existing = repository.allKeys();
    // Every key, from the database and from rows planned so far, to its owner.
    QHash<QString, KeyOwner> owners;
    owners.reserve(existing.mobile.size() * 2 + table.rows.size() * 2);
    for (auto it = existing.mobile.cbegin(); it != existing.mobile.cend(); ++it)
        owners.insert(QStringLiteral("m:") + it.key(), {it.value(), -1});
    for (auto it = existing.gstin.cbegin(); it != existing.gstin.cend(); ++it)
        owners.insert(QStringLiteral("g:") + it.key(), {it.value(), -1});
    for (auto it = existing.udyam.cbegin(); it != existing.udyam.cend(); ++it)
        owners.insert(QStringLiteral("u:") + it.key(), {it.value(), -1});
    for (auto it = existing.email.cbegin(); it != existing.email.cend(); ++it)
        owners.insert(QStringLiteral("e:") + it.key(), {it.value(), -1});

    QHash<QString, qint64> eventsByName;
    if (options.eventId && mapping.column(NominatedTo) >= 0)
        for (const Event &e : EventRepository(connection).all()) {
            eventsByName.insert(e.nameEn.toCaseFolded(), e.id);
            eventsByName.insert(e.nameHi, e.id);
        }

    // A record the file updates twice: the second update builds on the first.
    QHash<qint64, int> plannedUpdateOf;
    plan.rows.reserve(table.rows.size());
    for (int index = 0; index < table.rows.size(); ++index) {
        const QStringList &cells = table.rows.at(index);
        auto cell = [&](int field) {
            const int column = mapping.column(field);
            return column >= 0 ? unneutralise(cells.value(column)) : QString();
        };
        QSet<int> given;
        for (int f = 0; f < FieldCount; ++f)
            if (mapping.column(f) >= 0 && !cells.value(mapping.column(f)).trimmed().isEmpty())
                given.insert(f);

        RowResult r;
        r.source = index;
        r.rowNumber = table.rowNumbers.value(index, index + 2);
        InviteeInput input;
        input.name = cell(Name);
        input.designation = cell(Designation);
        input.enterprise = cell(Enterprise);
        input.sector = cell(Sector);
        input.mobile = cell(Mobile);
        input.altPhone = cell(AltPhone);
        input.email = cell(Email);
        input.address = cell(Address);
        input.pin = cell(Pin);
        input.gstin = cell(Gstin);
        input.udyam = cell(Udyam);
        input.iec = cell(Iec);
        input.exportShare = cell(ExportShare);
        input.notes = cell(Notes);
        QStringList problems;
        if (const auto exporter = parseExporter(cell(Exporter)))
            input.exporterStatus = *exporter;
        else
            problems << tr("exporter status: “%1” is not one of: direct exporter, exports through a "
                           "merchant exporter, not yet exporting").arg(cell(Exporter).simplified());
        const InviteeValidation validation = InviteeValidator::validate(input);
        if (!validation.ok())
            problems.prepend(validation.summary());
        if (options.eventId && given.contains(Status)) {
            bool ok = false;
            r.status = InvitationStatuses::parse(cell(Status), &ok);
            if (ok) {
                r.hasStatus = true;
                if (r.status == InvitationStatus::Nominated)
                    r.nominatedEventId = eventsByName.value(cell(NominatedTo).simplified().toCaseFolded(),
                                                            eventsByName.value(cell(NominatedTo).simplified()));
            } else {
                problems << tr("status: “%1” is not one of: invited, confirmed, declined, attended, "
                               "nominated (or the Hindi words)").arg(cell(Status).simplified());
            }
        }
        if (!problems.isEmpty()) {
            r.action = Action::Reject;
            r.reason = problems.join(QStringLiteral("; "));
            ++plan.rejected;
            plan.rows << r;
            continue;
        }
        r.invitee = validation.invitee;
        r.sectorName = validation.sectorName;

        // Who else holds one of its keys?
        QSet<qint64> ids;
        int earlierRow = -1;
        QString matchedField;
        for (const auto &[key, fieldName] : keysOf(r.invitee)) {
            const auto it = owners.constFind(key);
            if (it == owners.constEnd())
                continue;
            if (matchedField.isEmpty())
                matchedField = fieldName;
            if (it->row >= 0)
                earlierRow = earlierRow < 0 ? it->row : qMin(earlierRow, it->row);
            else
                ids.insert(it->id);
        }
        auto describe = [&](qint64 id) {
            return tr("%1 (already registered)").arg(existing.names.value(id));
        };
        if (ids.isEmpty() && earlierRow < 0) {
            r.action = Action::Import;
            ++plan.imported;
            const int planned = int(plan.rows.size());
            for (const auto &[key, fieldName] : keysOf(r.invitee))
                owners.insert(key, {0, planned});
            plan.rows << r;
            continue;
        }
        if (ids.size() > 1 || (earlierRow >= 0 && !ids.isEmpty()
                               && plan.rows.at(earlierRow).existingId != *ids.cbegin())) {
            QStringList whom;
            for (qint64 id : std::as_const(ids))
                whom << existing.names.value(id);
            if (earlierRow >= 0)
                whom << tr("row %1").arg(plan.rows.at(earlierRow).rowNumber);
            r.action = Action::Reject;
            r.reason = tr("matches more than one record (%1): check which one is meant")
                           .arg(whom.join(QStringLiteral(", ")));
            ++plan.rejected;
            plan.rows << r;
            continue;
        }
        const QString whom = earlierRow >= 0 ? tr("row %1").arg(plan.rows.at(earlierRow).rowNumber)
                                             : describe(*ids.cbegin());
        if (options.onDuplicate == OnDuplicate::Skip) {
            r.action = Action::Skip;
            r.existingId = ids.isEmpty() ? 0 : *ids.cbegin();
            r.duplicateOfRow = earlierRow;
            r.reason = tr("same %1 as %2").arg(matchedField, whom);
            ++plan.skipped;
            plan.rows << r;
            continue;
        }
        // Update: the file's non-empty cells replace the record's values.
        if (earlierRow >= 0) {
            RowResult &target = plan.rows[earlierRow];
            target.invitee = merged(target.invitee, r.invitee, given);
            if (given.contains(Sector))
                target.sectorName = r.sectorName;
            r.duplicateOfRow = earlierRow;
            r.existingId = target.existingId;
            r.invitee = target.invitee;
        } else {
            r.existingId = *ids.cbegin();
            const auto earlier = plannedUpdateOf.constFind(r.existingId);
            const auto current = earlier != plannedUpdateOf.constEnd()
                                     ? std::optional<Invitee>(plan.rows.at(*earlier).invitee)
                                     : repository.find(r.existingId);
            if (!current) {
                r.action = Action::Reject;
                r.reason = tr("the matching record has just been deleted");
                ++plan.rejected;
                plan.rows << r;
                continue;
            }
            r.invitee = merged(*current, r.invitee, given);
            if (!given.contains(Sector))
                r.sectorName.clear(); // keep its sector
        }
        // The merged record must not take another record's key.
        QString conflict;
        for (const auto &[key, fieldName] : keysOf(r.invitee)) {
            const auto it = owners.constFind(key);
            if (it == owners.constEnd())
                continue;
            const bool sameRecord = (r.duplicateOfRow >= 0 && it->row == r.duplicateOfRow)
                                    || (r.existingId && it->id == r.existingId)
                                    || (r.existingId && it->row >= 0 && plan.rows.at(it->row).existingId == r.existingId);
            if (!sameRecord)
                conflict = tr("its %1 belongs to %2").arg(fieldName, it->row >= 0
                                                                          ? tr("row %1").arg(plan.rows.at(it->row).rowNumber)
                                                                          : existing.names.value(it->id));
        }
        if (!conflict.isEmpty()) {
            r.action = Action::Reject;
            r.reason = conflict;
            ++plan.rejected;
            plan.rows << r;
            continue;
        }
        r.action = Action::Update;
        r.reason = tr("updates %1").arg(whom);
        const int planned = int(plan.rows.size());
        if (r.existingId && r.duplicateOfRow < 0)
            plannedUpdateOf.insert(r.existingId, planned);
        for (const auto &[key, fieldName] : keysOf(r.invitee))
            if (!owners.contains(key))
                owners.insert(key, {r.existingId, r.existingId ? -1 : planned});
        ++plan.updated;
        plan.rows << r;
    }
    return plan;
}

std::optional<InviteeImport::Applied> InviteeImport::apply(const Plan &plan, const Options &options,
                                                           QString *error,
                                                           const std::function<bool(int, int)> &progress,
                                                           const QString &connection)
{
    auto fail = [&](const QString &why) -> std::optional<Applied> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QSqlDatabase db = QSqlDatabase::database(connection);
    Applied applied;
    applied.eventId = options.eventId;
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(tr("The database is busy; nothing was imported. Try again."));
        QSignalBlocker quiet(ChangeNotifier::instance());
        InviteeRepository repository(connection);
        InviteeRepository::BulkInserter inserter(connection);
        SectorRepository sectors(connection);
        QHash<QString, qint64> sectorIds;
        auto sectorId = [&](const QString &name) -> qint64 {
            if (name.isEmpty())
                return 0;
            const QString key = name.toCaseFolded();
            auto it = sectorIds.constFind(key);
            if (it != sectorIds.constEnd())
                return it.value();
            const bool devanagari = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
                return c.unicode() >= 0x0900 && c.unicode() <= 0x097f;
            });
            const qint64 id = sectors.ensure(name, devanagari ? name : QString());
            sectorIds.insert(key, id);
            return id;
        };

        // Rows that later rows of the file update are written once, with their merged values.
        QList<qint64> idOfRow(plan.rows.size(), 0);
        const int total = int(plan.rows.size());
        QString why;
        for (int i = 0; i < total; ++i) {
            const RowResult &r = plan.rows.at(i);
            if ((i % 500) == 0 && progress && !progress(i, total))
                return fail(tr("The import was cancelled; nothing was changed."));
            if (r.action == Action::Import) {
                Invitee v = r.invitee;
                v.sectorId = sectorId(r.sectorName);
                const qint64 id = inserter.insert(v, &why);
                if (!id)
                    return fail(tr("Row %1 could not be saved (%2); nothing was imported.").arg(r.rowNumber).arg(why));
                idOfRow[i] = id;
                applied.insertedIds << id;
            } else if (r.action == Action::Update) {
                if (r.duplicateOfRow >= 0) {
                    idOfRow[i] = idOfRow.at(r.duplicateOfRow);
                } else {
                    const auto before = repository.find(r.existingId);
                    Invitee v = r.invitee;
                    v.id = r.existingId;
                    if (!r.sectorName.isEmpty())
                        v.sectorId = sectorId(r.sectorName);
                    if (before && *before != v) {
                        if (!repository.update(v, &why))
                            return fail(tr("Row %1 could not be saved (%2); nothing was imported.").arg(r.rowNumber).arg(why));
                        applied.updatedBefore << *before;
                    }
                    idOfRow[i] = r.existingId;
                }
            } else {
                continue;
            }
            if (r.hasStatus && options.eventId) {
                const qint64 id = idOfRow.at(i);
                const InvitationState before = repository.invitationState(options.eventId, id);
                if (before.exists && before.status == r.status && before.nominatedEventId == r.nominatedEventId)
                    continue;
                if (!before.exists && r.status == InvitationStatus::NotInvited)
                    continue;
                const qint64 change = repository.setStatus(options.eventId, id, r.status, r.nominatedEventId, &why);
                if (!change)
                    return fail(tr("Row %1 could not be saved (%2); nothing was imported.").arg(r.rowNumber).arg(why));
                applied.statusChanges << Applied::StatusChange{id, before, change};
            }
        }
        if (progress && !progress(total, total))
            return fail(tr("The import was cancelled; nothing was changed."));
        if (!transaction.commit())
            return fail(tr("The import could not be saved; nothing was changed."));
    }
    ChangeNotifier::instance()->announceReset();
    return applied;
}

bool InviteeImport::revert(const Applied &applied, QString *error, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    {
        Transaction transaction(db);
        QSignalBlocker quiet(ChangeNotifier::instance());
        InviteeRepository repository(connection);
        for (auto it = applied.statusChanges.crbegin(); it != applied.statusChanges.crend(); ++it)
            if (!repository.restoreInvitation(applied.eventId, it->inviteeId, it->before, it->changeId, error))
                return false;
        if (!applied.insertedIds.isEmpty() && !repository.remove(applied.insertedIds, nullptr, error))
            return false;
        for (const Invitee &before : applied.updatedBefore)
            if (!repository.update(before, error))
                return false;
        if (!transaction.commit()) {
            if (error)
                *error = tr("The import could not be undone.");
            return false;
        }
    }
    ChangeNotifier::instance()->announceReset();
    return true;
}

QString InviteeImport::summaryLine(const Plan &plan)
{
    return QStringLiteral("imported %1, updated %2, skipped %3, rejected %4")
        .arg(plan.imported).arg(plan.updated).arg(plan.skipped).arg(plan.rejected);
}

bool InviteeImport::writeRejects(const QString &path, const Table &table, const Plan &plan, QString *error)
{
    QList<QStringList> rows;
    for (const RowResult &r : plan.rows) {
        if (r.action != Action::Reject)
            continue;
        QStringList row = table.rows.value(r.source);
        while (row.size() < table.headers.size())
            row << QString();
        row << r.reason;
        rows << row;
    }
    return CsvWriter::write(path, table.headers + QStringList{QStringLiteral("reason")}, rows, error);
}
