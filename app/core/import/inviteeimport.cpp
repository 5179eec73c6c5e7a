#include "inviteeimport.h"

#include "undo/changenotifier.h"
#include "events/eventrepository.h"
#include "import/csvwriter.h"
#include "import/formulaguard.h"
#include "invitees/inviteevalidator.h"
#include "sectors/sectorrepository.h"
#include "text/textfold.h"
#include "storage/transaction.h"

#include "import/boundedqueue.h"
#include "import/keyindex.h"
#include "storage/bulkwriter.h"
#include "storage/database.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteebulkloader.h"
#include "invitees/inviteerepository.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QThread>
#include <QVarLengthArray>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

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
    return FormulaGuard::restore(cell);
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

// From this many rows an import is a large load: its new rows are written with the indexes
// dropped and rebuilt after them, into an SQLite file through a rollback journal
// (Database::LoadJournal), and a server's statistics are refreshed after it.
constexpr int LargeLoad = 1000;

bool has(quint32 given, int field)
{
    return given & (1u << field);
}

// Whether a cell holds anything but spaces (without making a trimmed copy).
bool hasText(const QString &cell)
{
    for (const QChar c : cell)
        if (!c.isSpace())
            return true;
    return false;
}

// The identifying keys of an invitee as KeyIndex compares them (emails in lower case), each
// with the field it is of.
struct Key {
    InviteeField field;
    KeyIndex::Key key;
};

QVarLengthArray<Key, 4> keysOf(const Invitee &v)
{
    QVarLengthArray<Key, 4> keys;
    keys.append({InviteeField::Mobile, KeyIndex::Key(int(InviteeField::Mobile), v.mobile)});
    if (!v.gstin.isEmpty())
        keys.append({InviteeField::Gstin, KeyIndex::Key(int(InviteeField::Gstin), v.gstin)});
    if (!v.udyam.isEmpty())
        keys.append({InviteeField::Udyam, KeyIndex::Key(int(InviteeField::Udyam), v.udyam)});
    if (!v.email.isEmpty())
        keys.append({InviteeField::Email, KeyIndex::Key(int(InviteeField::Email), v.email, true)});
    return keys;
}

// The fields of `row` that the file gave replace those of `base`.
Invitee merged(Invitee base, const Invitee &row, quint32 given)
{
    auto take = [&](int field, QString &target, const QString &value) {
        if (has(given, field))
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
    if (has(given, InviteeImport::Exporter))
        base.exporterStatus = row.exporterStatus;
    if (has(given, InviteeImport::ExportShare))
        base.exportShare = row.exportShare;
    return base;
}

// How many threads check rows at once (the caller's among them): the work is spread only where
// there are cores for it.
int checkingThreads()
{
    return qBound(1, QThread::idealThreadCount(), 4);
}

} // namespace

// Decides what each row of a file does, in two steps:
//  - check() looks at one row alone: validates it with the form's rules, reads its status and
//    makes its search text. It only reads what the constructor set, so rows are checked on
//    other threads, in any order.
//  - decide() takes the checked rows in file order, one after the other, and finds the record
//    (in the database or earlier in the file) that each one duplicates.
// Neither touches the database after construction.
class InviteeImport::Classifier
{
public:
    Classifier(const ColumnMapping &mapping, const Options &options, const QString &connection)
        : m_mapping(mapping), m_options(options)
    {
        const InviteeBulkLoader::Keys existing = InviteeBulkLoader(connection).allKeys();
        m_names = existing.names;
        m_keys.reserve(existing.mobile.size() + existing.gstin.size() + existing.udyam.size()
                       + existing.email.size());
        auto add = [&](InviteeField field, const QHash<QString, qint64> &keys, bool foldCase = false) {
            for (auto it = keys.cbegin(); it != keys.cend(); ++it)
                m_keys.insert(KeyIndex::Key(int(field), it.key(), foldCase), {it.value(), -1});
        };
        add(InviteeField::Mobile, existing.mobile);
        add(InviteeField::Gstin, existing.gstin);
        add(InviteeField::Udyam, existing.udyam);
        add(InviteeField::Email, existing.email, true);
        if (options.eventId && mapping.column(NominatedTo) >= 0)
            for (const Event &e : EventRepository(connection).all()) {
                m_events.insert(e.nameEn.toCaseFolded(), e.id);
                m_events.insert(e.nameHi, e.id);
            }
    }

    // The row alone: Reject with the reason, or Import (what decide() then makes of it).
    // `issue`: what the reader noticed about the row's form (an unclosed quote, say).
    RowResult check(const QStringList &cells, int index, int rowNumber, const RowIssue &issue) const
    {
        auto cell = [&](int field) {
            const int column = m_mapping.column(field);
            return column >= 0 ? unneutralise(cells.value(column)) : QString();
        };
        RowResult r;
        r.source = index;
        r.rowNumber = rowNumber;
        r.action = Action::Reject;
        // A row the reader could not take apart cleanly is not judged by its cells: they may
        // hold the rows after it.
        if (!issue.problem.isEmpty()) {
            r.reason = issue.problem;
            return r;
        }
        // Any other reason names the reader's note too, which may be the real cause.
        r.readerNote = issue.note;
        for (int f = 0; f < FieldCount; ++f)
            if (m_mapping.column(f) >= 0 && hasText(cells.value(m_mapping.column(f))))
                r.given |= 1u << f;

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
        const QString exporter = cell(Exporter);
        if (const auto status = parseExporter(exporter))
            input.exporterStatus = *status;
        else
            problems << tr("exporter status: “%1” is not one of: direct exporter, exports through a "
                           "merchant exporter, not yet exporting").arg(exporter.simplified());
        InviteeValidation validation = InviteeValidator::validate(input);
        if (!validation.ok())
            problems.prepend(validation.summary());
        if (m_options.eventId && has(r.given, Status)) {
            bool ok = false;
            const QString status = cell(Status);
            r.status = InvitationStatuses::parse(status, &ok);
            if (ok) {
                r.hasStatus = true;
                if (r.status == InvitationStatus::Nominated) {
                    const QString to = cell(NominatedTo).simplified();
                    r.nominatedEventId = m_events.value(to.toCaseFolded(), m_events.value(to));
                }
            } else {
                problems << tr("status: “%1” is not one of: invited, confirmed, declined, attended, "
                               "nominated (or the Hindi words)").arg(status.simplified());
            }
        }
        if (!problems.isEmpty()) {
            r.reason = withNote(problems.join(QStringLiteral("; ")), r);
            return r;
        }
        r.invitee = std::move(validation.invitee);
        r.sectorName = std::move(validation.sectorName);
        // The search text (with the name's phonetic key) is made here, where rows are checked
        // side by side, not on the thread that writes. decide() drops it from rows that are
        // not imported.
        r.searchText = InviteeRepository::searchText(r.invitee);
        r.action = Action::Import;
        return r;
    }

    // In file order: whom a checked row duplicates, and so whether it is imported, skipped,
    // updates a record, or is refused as ambiguous. Counts it.
    void decide(RowResult &r, Plan *counts)
    {
        Q_ASSERT(r.source == m_rowNumbers.size());
        m_rowNumbers << r.rowNumber;
        if (r.action == Action::Reject) {
            ++counts->rejected;
            return;
        }
        // Who else holds one of its keys?
        QVarLengthArray<qint64, 4> ids;
        int earlierRow = -1;
        QString matchedField;
        const auto keys = keysOf(r.invitee);
        for (const Key &key : keys)
            m_keys.prefetch(key.key); // the row's keys are fetched from memory side by side
        for (const Key &key : keys) {
            const auto owner = m_keys.find(key.key);
            if (!owner)
                continue;
            if (matchedField.isEmpty())
                matchedField = InviteeValidator::fieldName(key.field);
            if (owner->row >= 0)
                earlierRow = earlierRow < 0 ? owner->row : qMin(earlierRow, owner->row);
            else if (!ids.contains(owner->id))
                ids.append(owner->id);
        }
        if (ids.isEmpty() && earlierRow < 0) {
            r.action = Action::Import;
            ++counts->imported;
            for (const Key &key : keys)
                m_keys.insert(key.key, {0, r.source});
            return;
        }
        r.searchText.clear(); // only an imported row is written with it
        // Two records match (two in the database, or a row and another record): which is meant
        // cannot be told, and merging them would lose one.
        if (ids.size() > 1 || (earlierRow >= 0 && !ids.isEmpty())) {
            QStringList whom;
            for (qint64 id : std::as_const(ids))
                whom << m_names.value(id);
            if (earlierRow >= 0)
                whom << tr("row %1").arg(m_rowNumbers.value(earlierRow));
            r.action = Action::Reject;
            r.reason = withNote(tr("matches more than one record (%1): check which one is meant")
                                    .arg(whom.join(QStringLiteral(", "))),
                                r);
            ++counts->rejected;
            return;
        }
        const QString whom = earlierRow >= 0 ? tr("row %1").arg(m_rowNumbers.value(earlierRow))
                                             : tr("%1 (already registered)").arg(m_names.value(ids.first()));
        r.existingId = ids.isEmpty() ? 0 : ids.first();
        r.duplicateOfRow = earlierRow;
        if (m_options.onDuplicate == OnDuplicate::Skip) {
            r.action = Action::Skip;
            r.reason = tr("same %1 as %2").arg(matchedField, whom);
            ++counts->skipped;
            return;
        }
        // Update: the row's values replace the record's when it is written. Keys it adds
        // now point to that record as well.
        r.action = Action::Update;
        r.reason = tr("updates %1").arg(whom);
        for (const Key &key : keys)
            m_keys.insert(key.key, earlierRow >= 0 ? KeyIndex::Owner{0, earlierRow} : KeyIndex::Owner{r.existingId, -1});
        ++counts->updated;
    }

private:
    static QString withNote(const QString &reason, const RowResult &r)
    {
        return r.readerNote.isEmpty() ? reason : reason + QStringLiteral("; ") + r.readerNote;
    }

    ColumnMapping m_mapping;
    Options m_options;
    KeyIndex m_keys;
    QHash<qint64, QString> m_names;
    QHash<QString, qint64> m_events;
    QList<int> m_rowNumbers; // by row index
};

// Writes classified rows inside the caller's transaction, keeping what it changed for revert().
// New invitees go to the back-end's bulk writer (InviteeBulkLoader::BulkInserter), which on a
// server holds them back and sends them in batches: what else refers to them (their statuses,
// an update by a later row) is written after they are sent.
class InviteeImport::Writer
{
public:
    Writer(const Options &options, const QString &connection)
        : m_options(options), m_connection(connection), m_repository(connection), m_invitations(connection), m_loader(connection),
          m_sectors(connection)
    {
        m_applied.eventId = options.eventId;
        m_existing = m_repository.count();
    }

    bool write(const RowResult &r, QString *error)
    {
        while (m_idOfRow.size() <= r.source)
            m_idOfRow << 0;
        QString why;
        auto fail = [&](int rowNumber) {
            if (error)
                *error = rowNumber >= 0
                             ? tr("Row %1 could not be saved (%2); nothing was imported.").arg(rowNumber).arg(why)
                             : tr("The import could not be saved (%1); nothing was changed.").arg(why);
            return false;
        };
        if (r.action == Action::Import) {
            // A large load goes faster with the indexes built afterwards than kept up row by
            // row (bench_import measures it). The unique indexes check again when they are
            // built, in this same transaction.
            if (m_indexes.isEmpty() && ++m_inserted == LargeLoad && m_inserted >= m_existing) {
                if (!flush(&why))
                    return fail(m_failedRow);
                m_inserter.reset(); // its statement must not outlive the indexes it was made with
                m_smallCache.emplace(m_connection);
                m_indexes = m_loader.dropIndexes(&why);
                if (m_indexes.isEmpty())
                    return fail(r.rowNumber);
            }
            if (!m_inserter)
                m_inserter = std::make_unique<InviteeBulkLoader::BulkInserter>(m_connection);
            const qint64 sector = sectorId(r.sectorName, &why);
            if (!sector && !why.isEmpty())
                return fail(m_failedRow >= 0 ? m_failedRow : r.rowNumber);
            InviteeBulkLoader::BulkInserter::Extra extra;
            extra.searchText = r.searchText;
            extra.sectorId = sector;
            extra.tag = r.rowNumber;
            const qint64 id = m_inserter->insert(r.invitee, &why, extra);
            if (!id)
                return fail(m_inserter->failedTag() >= 0 ? m_inserter->failedTag() : r.rowNumber);
            m_applied.insertedIds << id;
            m_idOfRow[r.source] = id;
            // A new invitee had no invitation: its status is written once the row is (at once
            // on SQLite; after its batch is sent to a server).
            if (r.hasStatus && m_options.eventId && r.status != InvitationStatus::NotInvited)
                m_newStatuses.append({id, r.status, r.nominatedEventId, r.rowNumber});
            if (m_inserter->pending() == 0 && !writeNewStatuses(&why))
                return fail(m_failedRow);
            return true;
        }
        if (r.action != Action::Update)
            return true;
        // The new invitees held back go first: the record may be one of them, and on a server
        // nothing else may use the connection while their COPY is open.
        if (!flush(&why))
            return fail(m_failedRow);
        const qint64 id = r.duplicateOfRow >= 0 ? m_idOfRow.value(r.duplicateOfRow) : r.existingId;
        const auto before = m_repository.find(id);
        if (!before) {
            why = tr("the matching record is gone");
            return fail(r.rowNumber);
        }
        Invitee after = merged(*before, r.invitee, r.given);
        if (has(r.given, Sector)) {
            after.sectorId = sectorId(r.sectorName, &why);
            if (!after.sectorId && !why.isEmpty())
                return fail(r.rowNumber);
        }
        if (after != *before) {
            const auto written = m_repository.update(after, &why);
            if (!written)
                return fail(r.rowNumber);
            m_applied.versions.insert(id, written.version);
            // The first state is what revert() restores.
            if (!m_updated.contains(id)) {
                m_updated.insert(id);
                m_applied.updatedBefore << *before;
            }
        }
        m_idOfRow[r.source] = id;
        if (r.hasStatus && m_options.eventId) {
            const InvitationState state = m_invitations.invitationState(m_options.eventId, id);
            const bool same = state.exists ? state.status == r.status && state.nominatedEventId == r.nominatedEventId
                                           : r.status == InvitationStatus::NotInvited;
            if (!same) {
                const qint64 change = m_invitations.setStatus(m_options.eventId, id, r.status,
                                                             r.nominatedEventId, &why);
                if (!change)
                    return fail(r.rowNumber);
                m_applied.statusChanges << Applied::StatusChange{id, state, change,
                                                                 state.exists ? state.version + 1 : 1};
            }
        }
        return true;
    }

    // Sends the new invitees held back, and their statuses, so that the connection is free:
    // the wizard lets events run between rows, and they may read the database.
    bool settle(QString *error)
    {
        QString why;
        if (flush(&why))
            return true;
        if (error)
            *error = m_failedRow >= 0
                         ? tr("Row %1 could not be saved (%2); nothing was imported.").arg(m_failedRow).arg(why)
                         : tr("The import could not be saved (%1); nothing was changed.").arg(why);
        return false;
    }

    bool finish(QString *error)
    {
        if (!settle(error))
            return false;
        QString why;
        m_inserter.reset();
        if (!m_indexes.isEmpty() && !m_loader.recreateIndexes(m_indexes, &why)) {
            if (error)
                *error = tr("The import could not be saved (%1); nothing was changed.").arg(why);
            return false;
        }
        return true;
    }

    const Applied &applied() const { return m_applied; }

private:
    // Sends the new invitees held back, then their statuses. m_failedRow: the row refused.
    bool flush(QString *why)
    {
        m_failedRow = -1;
        if (m_inserter && !m_inserter->flush(why)) {
            m_failedRow = m_inserter->failedTag();
            return false;
        }
        return writeNewStatuses(why);
    }

    bool writeNewStatuses(QString *why)
    {
        for (const NewStatus &s : std::as_const(m_newStatuses)) {
            const qint64 change = m_invitations.setStatus(m_options.eventId, s.id, s.status, s.nominatedEventId, why);
            if (!change) {
                m_failedRow = s.rowNumber;
                return false;
            }
            m_applied.statusChanges << Applied::StatusChange{s.id, InvitationState{}, change, 1};
        }
        m_newStatuses.clear();
        return true;
    }

    // 0 for no name; 0 with `error` set when the new category could not be written. A name
    // that is not an existing category's: as the user chose (Options::sectorChoices), else the
    // close existing category, else a new one.
    qint64 sectorId(const QString &name, QString *error)
    {
        if (name.isEmpty())
            return 0;
        // Files name few categories, each on many rows: the name as written is looked up first.
        if (const auto it = m_sectorIdsAsWritten.constFind(name); it != m_sectorIdsAsWritten.constEnd())
            return it.value();
        const QString key = TextFold::fold(name);
        const auto it = m_sectorIds.constFind(key);
        if (it != m_sectorIds.constEnd()) {
            m_sectorIdsAsWritten.insert(name, it.value());
            return it.value();
        }
        // The categories are looked up (and perhaps one added) on the connection the new
        // invitees held back are sent on: they go first.
        if (!flush(error))
            return 0;
        qint64 id = 0;
        const auto choice = m_options.sectorChoices.constFind(key);
        const SectorRepository::Match m = m_sectors.match(name);
        if (m.exact) {
            id = m.id;
        } else if (choice != m_options.sectorChoices.constEnd() && *choice) {
            id = *choice;
            m_applied.matchedSectors << QStringLiteral("%1 → %2").arg(name.simplified(), SectorRepository(m_connection).find(id).value_or(::Sector{}).nameEn);
        } else if (choice == m_options.sectorChoices.constEnd() && m.id) {
            id = m.id;
            m_applied.matchedSectors << QStringLiteral("%1 → %2").arg(name.simplified(), m.name);
        } else {
            id = m_sectors.ensureNamed(name, error);
            if (id)
                m_applied.createdSectors << name.simplified();
        }
        if (id) {
            m_sectorIds.insert(key, id);
            m_sectorIdsAsWritten.insert(name, id);
        }
        return id;
    }

    struct NewStatus {
        qint64 id;
        InvitationStatus status;
        qint64 nominatedEventId;
        int rowNumber;
    };

    Options m_options;
    QString m_connection;
    InviteeRepository m_repository;
    InvitationRepository m_invitations;
    InviteeBulkLoader m_loader;
    SectorRepository m_sectors;
    std::optional<SmallCacheDuringLoad> m_smallCache; // for a large load (before m_inserter: outlives it)
    std::unique_ptr<InviteeBulkLoader::BulkInserter> m_inserter;
    QHash<QString, qint64> m_sectorIds;          // by folded name
    QHash<QString, qint64> m_sectorIdsAsWritten; // by the name as the file wrote it
    QList<qint64> m_idOfRow;
    QSet<qint64> m_updated;
    QStringList m_indexes;
    QList<NewStatus> m_newStatuses; // of rows the inserter holds back
    int m_inserted = 0;
    int m_existing = 0;
    int m_failedRow = -1;
    Applied m_applied;
};

std::optional<InviteeImport::Plan> InviteeImport::analyse(const Table &table, const ColumnMapping &mapping,
                                                          const Options &options, QString *error,
                                                          const QString &connection)
{
    const QString unusable = columnsProblem(table.headers, mapping);
    if (!unusable.isEmpty()) {
        if (error)
            *error = unusable;
        return std::nullopt;
    }
    Plan plan;
    Classifier classifier(mapping, options, connection);
    const int total = int(table.rows.size());
    plan.rows.resize(total);
    // Rows are checked side by side, a block at a time by whichever thread is free, then
    // decided in order on this one.
    RowResult *rows = plan.rows.data();
    constexpr int Block = 256;
    std::atomic<int> nextBlock{0};
    auto checkBlocks = [&] {
        for (;;) {
            const int first = nextBlock.fetch_add(1) * Block;
            if (first >= total)
                return;
            for (int i = first; i < qMin(total, first + Block); ++i)
                rows[i] = classifier.check(table.rows.at(i), i, table.rowNumbers.value(i, i + 2), table.issues.value(i));
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < checkingThreads() && t * Block < total; ++t)
        helpers.emplace_back(checkBlocks);
    checkBlocks();
    for (std::thread &t : helpers)
        t.join();
    for (int i = 0; i < total; ++i)
        classifier.decide(rows[i], &plan);
    findNewSectors(&plan, connection);
    return plan;
}

void InviteeImport::findNewSectors(Plan *plan, const QString &connection)
{
    plan->newSectors.clear();
    const SectorRepository sectors(connection);
    QHash<QString, int> index; // folded name → position in newSectors
    QSet<QString> known;
    for (const RowResult &r : std::as_const(plan->rows)) {
        if ((r.action != Action::Import && r.action != Action::Update) || r.sectorName.isEmpty())
            continue;
        const QString key = TextFold::fold(r.sectorName);
        if (known.contains(key))
            continue;
        if (const auto it = index.constFind(key); it != index.constEnd()) {
            ++plan->newSectors[*it].rows;
            continue;
        }
        const SectorRepository::Match m = sectors.match(r.sectorName);
        if (m.exact) {
            known.insert(key);
            continue;
        }
        index.insert(key, int(plan->newSectors.size()));
        plan->newSectors << Plan::NewSector{r.sectorName.simplified(), m.id, m.name, 1};
    }
}

namespace {
// After a committed import of many rows, the server plans the list's searches on the new rows
// (BulkWriter::refreshStatistics; nothing on SQLite). Of the invitees only search_text, which
// the searches are planned by: sampling every column took 0.9 s after 100,000 rows, this 0.2 s;
// the server's autovacuum brings the others up to date in the background.
void refreshStatisticsAfter(const InviteeImport::Plan &plan, const QString &connection)
{
    if (plan.imported + plan.updated >= LargeLoad)
        BulkWriter::refreshStatistics(connection, {QStringLiteral("invitees (search_text)"), QStringLiteral("invitations")});
}
} // namespace

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
    std::optional<Database::LoadJournal> journal;
    if (plan.imported + plan.updated >= LargeLoad)
        journal.emplace(connection);
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(tr("Nothing was imported: %1").arg(transaction.errorText()));
        QSignalBlocker quiet(ChangeNotifier::instance());
        Writer writer(options, connection);
        const int total = int(plan.rows.size());
        QString why;
        for (int i = 0; i < total; ++i) {
            if ((i % 500) == 0 && progress) {
                if (!writer.settle(&why))
                    return fail(why);
                if (!progress(i, total))
                    return fail(tr("The import was cancelled; nothing was changed."));
            }
            if (!writer.write(plan.rows.at(i), &why))
                return fail(why);
        }
        if (!writer.finish(&why))
            return fail(why);
        if (progress && !progress(total, total))
            return fail(tr("The import was cancelled; nothing was changed."));
        if (!transaction.commit())
            return fail(tr("The import could not be saved: %1 Nothing was changed.").arg(transaction.errorText()));
        applied = writer.applied();
    }
    refreshStatisticsAfter(plan, connection);
    ChangeNotifier::instance()->announceReset();
    return applied;
}

QString InviteeImport::columnsProblem(const QStringList &headers, const ColumnMapping &mapping)
{
    if (!mapping.duplicateColumns.isEmpty())
        return ColumnMapper::duplicateProblem(headers, mapping);
    if (mapping.column(Name) < 0)
        return tr("The file has no name column (“name” or “नाम”). Its columns are: %1")
            .arg(headers.join(QStringLiteral(", ")));
    return {};
}

std::optional<InviteeImport::StreamResult> InviteeImport::importSource(
    TableSource &source, const Options &options, QString *error, ImportReport::RejectSink *rejects,
    const QString &connection)
{
    auto fail = [&](const QString &why) -> std::optional<StreamResult> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const ColumnMapping mapping = mapColumns(source.headers());
    const QString unusable = columnsProblem(source.headers(), mapping);
    if (!unusable.isEmpty())
        return fail(unusable);
    const QString keepFailed = tr("The rejected rows could not be kept; nothing was imported.");
    if (rejects && !rejects->start(source.headers()))
        return fail(rejects->error() + QLatin1Char(' ') + keepFailed);

    // A pipeline of three threads handing over batches of rows through bounded queues, so a
    // large file is never held whole: one reads the file; one checks the rows (validation,
    // search text); this one decides, in file order, what each does (duplicates) and writes it.
    // Deciding here rather than with the checking keeps the three about equally busy: on two
    // cores the checking thread was the one the others waited for (bench_import: -70 ms of
    // 1,200 for 100,000 rows). check() only reads what the Classifier was made with, so the
    // two run side by side.
    struct Row {
        QStringList cells; // kept for the rejects file until the row is decided
        int number = 0;
        RowIssue issue;
        RowResult result;
    };
    using Batch = QList<Row>;
    BoundedQueue<Batch> read(4);
    BoundedQueue<Batch> checked(4);
    // Batches this thread is done with are freed on the reading thread, the least busy.
    std::mutex spentMutex;
    std::vector<Batch> spent;
    Classifier classifier(mapping, options, connection);

    std::thread reader([&] {
        // A small first batch lets the others start at once; later ones are larger.
        int batchSize = 64;
        Batch batch;
        batch.reserve(batchSize);
        QStringList cells;
        int number = 0;
        while (source.next(&cells, &number)) {
            batch.append(Row{std::move(cells), number, source.issue(), {}});
            cells = QStringList();
            if (batch.size() < batchSize)
                continue;
            std::vector<Batch> garbage;
            {
                std::lock_guard lock(spentMutex);
                garbage.swap(spent);
            }
            garbage.clear();
            if (!read.push(std::move(batch)))
                return;
            batchSize = 500;
            batch = Batch();
            batch.reserve(batchSize);
        }
        if (!batch.isEmpty())
            read.push(std::move(batch));
        read.finish();
    });
    std::thread checker([&] {
        int index = 0;
        while (std::optional<Batch> batch = read.pop()) {
            for (Row &row : *batch)
                row.result = classifier.check(row.cells, index++, row.number, row.issue);
            if (!checked.push(std::move(*batch)))
                return;
        }
        checked.finish();
    });
    const auto stopPipeline = qScopeGuard([&] {
        read.close();
        checked.close();
        reader.join();
        checker.join();
    });

    QSqlDatabase db = QSqlDatabase::database(connection);
    StreamResult result;
    Plan counts;
    // How many rows there are is only known at the end: the file's size tells whether it is long.
    std::optional<Database::LoadJournal> journal;
    if (source.estimatedRows() >= LargeLoad)
        journal.emplace(connection);
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(tr("Nothing was imported: %1").arg(transaction.errorText()));
        QSignalBlocker quiet(ChangeNotifier::instance());
        Writer writer(options, connection);
        QString why;
        while (std::optional<Batch> batch = checked.pop()) {
            for (Row &row : *batch) {
                classifier.decide(row.result, &counts);
                const RowResult &r = row.result;
                if (r.action == Action::Reject) {
                    // Kept as they are found, never held: in the rejects file (or on stderr).
                    if (rejects && !rejects->add(Rejected{r.rowNumber, row.cells, r.reason}))
                        return fail(rejects->error() + QLatin1Char(' ') + keepFailed);
                    continue;
                }
                if (!writer.write(r, &why))
                    return fail(why);
            }
            std::lock_guard lock(spentMutex);
            spent.push_back(std::move(*batch));
        }
        if (!source.error().isEmpty())
            return fail(source.error() + QLatin1Char(' ') + tr("Nothing was imported."));
        if (!writer.finish(&why))
            return fail(why);
        // The rejected rows are safe before anything is committed.
        if (rejects && !rejects->finish())
            return fail(rejects->error() + QLatin1Char(' ') + keepFailed);
        if (!transaction.commit())
            return fail(tr("The import could not be saved: %1 Nothing was changed.").arg(transaction.errorText()));
        result.applied = writer.applied();
    }
    result.plan = counts;
    refreshStatisticsAfter(counts, connection);
    ChangeNotifier::instance()->announceReset();
    return result;
}

bool InviteeImport::revert(const Applied &applied, QString *error, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    {
        Transaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = tr("The import could not be undone: %1").arg(transaction.errorText());
            return false;
        }
        QSignalBlocker quiet(ChangeNotifier::instance());
        InviteeRepository repository(connection);
        InvitationRepository invitations(connection);
        // Each row back over the version the import left it at: one that another desk changed
        // since is not undone silently (the undo is refused and says who changed it).
        QHash<qint64, qint64> statusVersions;
        for (auto it = applied.statusChanges.crbegin(); it != applied.statusChanges.crend(); ++it) {
            const qint64 expected = statusVersions.value(it->inviteeId, it->version ? it->version : -1);
            if (!invitations.restoreInvitation(applied.eventId, it->inviteeId, it->before, it->changeId, error, expected))
                return false;
            statusVersions.insert(it->inviteeId, expected < 0 ? -1 : (it->before.exists ? expected + 1 : 0));
        }
        QHash<qint64, qint64> insertedVersions;
        for (qint64 id : applied.insertedIds)
            insertedVersions.insert(id, applied.versions.value(id, 1));
        if (!applied.insertedIds.isEmpty() && !repository.remove(applied.insertedIds, nullptr, error, insertedVersions))
            return false;
        // A record the file added and a later row of it updated is gone with the rest.
        const QSet<qint64> removed(applied.insertedIds.cbegin(), applied.insertedIds.cend());
        for (Invitee before : applied.updatedBefore) {
            if (removed.contains(before.id))
                continue;
            before.version = applied.versions.value(before.id, 0);
            if (!repository.update(before, error))
                return false;
        }
        if (!transaction.commit()) {
            if (error)
                *error = tr("The import could not be undone: %1").arg(transaction.errorText());
            return false;
        }
    }
    ChangeNotifier::instance()->announceReset();
    return true;
}

QString InviteeImport::summaryLine(const Plan &plan)
{
    return ImportReport::summaryLine(plan.imported, plan.updated, plan.skipped, plan.rejected);
}

bool InviteeImport::writeRejects(const QString &path, const Table &table, const Plan &plan, QString *error,
                                 const QString &source)
{
    QList<Rejected> rows;
    for (const RowResult &r : plan.rows)
        if (r.action == Action::Reject)
            rows << Rejected{int(table.rowNumbers.value(r.source, r.source + 2)), table.rows.value(r.source), r.reason};
    return ImportReport::writeRejects(path, table.headers, rows, error, source);
}
