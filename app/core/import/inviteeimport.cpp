#include "inviteeimport.h"

#include "changenotifier.h"
#include "eventrepository.h"
#include "import/csvwriter.h"
#include "import/formulaguard.h"
#include "inviteevalidator.h"
#include "sectorrepository.h"
#include "textfold.h"
#include "transaction.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QVarLengthArray>
#include <QSqlDatabase>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

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

struct KeyOwner {
    qint64 id = 0;   // an invitee already in the database
    int row = -1;    // or an earlier row of the file (index of its RowResult)
};

// A key that identifies a record: which field, and its value as compared.
struct Key {
    InviteeField field;
    QString value;
    bool operator==(const Key &o) const { return field == o.field && value == o.value; }
};
size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.field), key.value);
}

QVarLengthArray<Key, 4> keysOf(const Invitee &v)
{
    QVarLengthArray<Key, 4> keys;
    keys.append({InviteeField::Mobile, v.mobile});
    if (!v.gstin.isEmpty())
        keys.append({InviteeField::Gstin, v.gstin});
    if (!v.udyam.isEmpty())
        keys.append({InviteeField::Udyam, v.udyam});
    if (!v.email.isEmpty())
        keys.append({InviteeField::Email, v.email.toLower()});
    return keys;
}

bool has(quint32 given, int field)
{
    return given & (1u << field);
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

} // namespace

// Decides, row by row and in file order, what each row does: validates it and finds the
// record (in the database or earlier in the file) that it duplicates. Touches no database
// after construction, so it may run on another thread than the writer.
class InviteeImport::Classifier
{
public:
    Classifier(const ColumnMapping &mapping, const Options &options, const QString &connection)
        : m_mapping(mapping), m_options(options)
    {
        InviteeRepository repository(connection);
        const InviteeRepository::Keys existing = repository.allKeys();
        m_names = existing.names;
        m_owners.reserve(existing.mobile.size() * 2);
        for (auto it = existing.mobile.cbegin(); it != existing.mobile.cend(); ++it)
            m_owners.insert({InviteeField::Mobile, it.key()}, {it.value(), -1});
        for (auto it = existing.gstin.cbegin(); it != existing.gstin.cend(); ++it)
            m_owners.insert({InviteeField::Gstin, it.key()}, {it.value(), -1});
        for (auto it = existing.udyam.cbegin(); it != existing.udyam.cend(); ++it)
            m_owners.insert({InviteeField::Udyam, it.key()}, {it.value(), -1});
        for (auto it = existing.email.cbegin(); it != existing.email.cend(); ++it)
            m_owners.insert({InviteeField::Email, it.key()}, {it.value(), -1});
        if (options.eventId && mapping.column(NominatedTo) >= 0)
            for (const Event &e : EventRepository(connection).all()) {
                m_events.insert(e.nameEn.toCaseFolded(), e.id);
                m_events.insert(e.nameHi, e.id);
            }
    }

    // Room for the keys of about `rows` more rows (a mobile, and often a GSTIN, Udyam number or
    // email each): growing the table as it fills rehashes it again and again.
    void expectRows(qsizetype rows) { m_owners.reserve(m_owners.size() + rows * 3); }

    // Row numbers of earlier results, for messages ("same mobile as row 4").
    void remember(const RowResult &r) { m_rowNumbers << r.rowNumber; }

    // `issue`: what the reader noticed about the row's form (an unclosed quote, say).
    RowResult classify(const QStringList &cells, int index, int rowNumber, const RowIssue &issue, Plan *counts)
    {
        auto cell = [&](int field) {
            const int column = m_mapping.column(field);
            return column >= 0 ? unneutralise(cells.value(column)) : QString();
        };
        RowResult r;
        r.source = index;
        r.rowNumber = rowNumber;
        // A row the reader could not take apart cleanly is not judged by its cells: they may
        // hold the rows after it.
        if (!issue.problem.isEmpty())
            return reject(r, issue.problem, counts);
        // Any other reason names the reader's note too, which may be the real cause.
        auto rejectRow = [&](const QString &reason) -> RowResult & {
            return reject(r, issue.note.isEmpty() ? reason : reason + QStringLiteral("; ") + issue.note, counts);
        };
        for (int f = 0; f < FieldCount; ++f)
            if (m_mapping.column(f) >= 0 && !cells.value(m_mapping.column(f)).trimmed().isEmpty())
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
        if (const auto exporter = parseExporter(cell(Exporter)))
            input.exporterStatus = *exporter;
        else
            problems << tr("exporter status: “%1” is not one of: direct exporter, exports through a "
                           "merchant exporter, not yet exporting").arg(cell(Exporter).simplified());
        const InviteeValidation validation = InviteeValidator::validate(input);
        if (!validation.ok())
            problems.prepend(validation.summary());
        if (m_options.eventId && has(r.given, Status)) {
            bool ok = false;
            r.status = InvitationStatuses::parse(cell(Status), &ok);
            if (ok) {
                r.hasStatus = true;
                if (r.status == InvitationStatus::Nominated) {
                    const QString to = cell(NominatedTo).simplified();
                    r.nominatedEventId = m_events.value(to.toCaseFolded(), m_events.value(to));
                }
            } else {
                problems << tr("status: “%1” is not one of: invited, confirmed, declined, attended, "
                               "nominated (or the Hindi words)").arg(cell(Status).simplified());
            }
        }
        if (!problems.isEmpty())
            return rejectRow(problems.join(QStringLiteral("; ")));
        r.invitee = validation.invitee;
        r.sectorName = validation.sectorName;

        // Who else holds one of its keys?
        QSet<qint64> ids;
        int earlierRow = -1;
        QString matchedField;
        const auto keys = keysOf(r.invitee);
        for (const Key &key : keys) {
            const auto it = m_owners.constFind(key);
            if (it == m_owners.constEnd())
                continue;
            if (matchedField.isEmpty())
                matchedField = InviteeValidator::fieldName(key.field);
            if (it->row >= 0)
                earlierRow = earlierRow < 0 ? it->row : qMin(earlierRow, it->row);
            else
                ids.insert(it->id);
        }
        if (ids.isEmpty() && earlierRow < 0) {
            r.action = Action::Import;
            // The search text (with the name's phonetic key) is made here, on the thread that
            // reads and checks, not on the one that writes.
            r.searchText = InviteeRepository::searchText(r.invitee);
            ++counts->imported;
            for (const Key &key : keys)
                m_owners.insert(key, {0, index});
            return r;
        }
        // Two records match (two in the database, or a row and another record): which is meant
        // cannot be told, and merging them would lose one.
        if (ids.size() > 1 || (earlierRow >= 0 && !ids.isEmpty())) {
            QStringList whom;
            for (qint64 id : std::as_const(ids))
                whom << m_names.value(id);
            if (earlierRow >= 0)
                whom << tr("row %1").arg(m_rowNumbers.value(earlierRow));
            return rejectRow(tr("matches more than one record (%1): check which one is meant")
                                 .arg(whom.join(QStringLiteral(", "))));
        }
        const QString whom = earlierRow >= 0 ? tr("row %1").arg(m_rowNumbers.value(earlierRow))
                                             : tr("%1 (already registered)").arg(m_names.value(*ids.cbegin()));
        r.existingId = ids.isEmpty() ? 0 : *ids.cbegin();
        r.duplicateOfRow = earlierRow;
        if (m_options.onDuplicate == OnDuplicate::Skip) {
            r.action = Action::Skip;
            r.reason = tr("same %1 as %2").arg(matchedField, whom);
            ++counts->skipped;
            return r;
        }
        // Update: the row's values replace the record's when it is written. Keys it adds
        // now point to that record as well.
        r.action = Action::Update;
        r.reason = tr("updates %1").arg(whom);
        for (const Key &key : keys)
            if (!m_owners.contains(key))
                m_owners.insert(key, earlierRow >= 0 ? KeyOwner{0, earlierRow} : KeyOwner{r.existingId, -1});
        ++counts->updated;
        return r;
    }

private:
    RowResult &reject(RowResult &r, const QString &reason, Plan *counts)
    {
        r.action = Action::Reject;
        r.reason = reason;
        ++counts->rejected;
        return r;
    }

    ColumnMapping m_mapping;
    Options m_options;
    QHash<Key, KeyOwner> m_owners;
    QHash<qint64, QString> m_names;
    QHash<QString, qint64> m_events;
    QList<int> m_rowNumbers; // by result index
};

// Writes classified rows inside the caller's transaction, keeping what it changed for revert().
class InviteeImport::Writer
{
public:
    Writer(const Options &options, const QString &connection)
        : m_options(options), m_connection(connection), m_repository(connection),
          m_sectors(connection)
    {
        m_applied.eventId = options.eventId;
        m_existing = m_repository.count();
    }

    bool write(const RowResult &r, QString *error)
    {
        while (m_idOfRow.size() <= r.source)
            m_idOfRow << 0;
        qint64 id = 0;
        QString why;
        auto fail = [&] {
            if (error)
                *error = tr("Row %1 could not be saved (%2); nothing was imported.").arg(r.rowNumber).arg(why);
            return false;
        };
        if (r.action == Action::Import) {
            // A large load goes faster with the indexes built afterwards than kept up row by
            // row (bench_import measures it). The unique indexes check again when they are
            // built, in this same transaction.
            if (m_indexes.isEmpty() && ++m_inserted == BulkThreshold && m_inserted >= m_existing) {
                m_inserter.reset();
                m_indexes = m_repository.dropIndexes(&why);
                if (m_indexes.isEmpty())
                    return fail();
            }
            if (!m_inserter)
                m_inserter = std::make_unique<InviteeRepository::BulkInserter>(m_connection);
            Invitee v = r.invitee;
            v.sectorId = sectorId(r.sectorName, &why);
            if (!v.sectorId && !why.isEmpty())
                return fail();
            id = m_inserter->insert(v, &why, r.searchText);
            if (!id)
                return fail();
            m_applied.insertedIds << id;
        } else if (r.action == Action::Update) {
            id = r.duplicateOfRow >= 0 ? m_idOfRow.value(r.duplicateOfRow) : r.existingId;
            const auto before = m_repository.find(id);
            if (!before) {
                why = tr("the matching record is gone");
                return fail();
            }
            Invitee after = merged(*before, r.invitee, r.given);
            if (has(r.given, Sector)) {
                after.sectorId = sectorId(r.sectorName, &why);
                if (!after.sectorId && !why.isEmpty())
                    return fail();
            }
            if (after != *before) {
                const auto written = m_repository.update(after, &why);
                if (!written)
                    return fail();
                m_applied.versions.insert(id, written.version);
                // The first state is what revert() restores.
                if (!m_updated.contains(id)) {
                    m_updated.insert(id);
                    m_applied.updatedBefore << *before;
                }
            }
        } else {
            return true;
        }
        m_idOfRow[r.source] = id;
        if (r.hasStatus && m_options.eventId) {
            const InvitationState before = m_repository.invitationState(m_options.eventId, id);
            const bool same = before.exists ? before.status == r.status && before.nominatedEventId == r.nominatedEventId
                                            : r.status == InvitationStatus::NotInvited;
            if (!same) {
                const qint64 change = m_repository.setStatus(m_options.eventId, id, r.status,
                                                             r.nominatedEventId, &why);
                if (!change)
                    return fail();
                m_applied.statusChanges << Applied::StatusChange{id, before, change,
                                                                 before.exists ? before.version + 1 : 1};
            }
        }
        return true;
    }

    bool finish(QString *error)
    {
        m_inserter.reset();
        QString why;
        if (!m_indexes.isEmpty() && !m_repository.recreateIndexes(m_indexes, &why)) {
            if (error)
                *error = tr("The import could not be saved (%1); nothing was changed.").arg(why);
            return false;
        }
        return true;
    }

    const Applied &applied() const { return m_applied; }

private:
    static constexpr int BulkThreshold = 1000;

    // 0 for no name; 0 with `error` set when the new category could not be written. A name
    // that is not an existing category's: as the user chose (Options::sectorChoices), else the
    // close existing category, else a new one.
    qint64 sectorId(const QString &name, QString *error)
    {
        if (name.isEmpty())
            return 0;
        const QString key = TextFold::fold(name);
        const auto it = m_sectorIds.constFind(key);
        if (it != m_sectorIds.constEnd())
            return it.value();
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
        if (id)
            m_sectorIds.insert(key, id);
        return id;
    }

    Options m_options;
    QString m_connection;
    InviteeRepository m_repository;
    SectorRepository m_sectors;
    std::unique_ptr<InviteeRepository::BulkInserter> m_inserter;
    QHash<QString, qint64> m_sectorIds;
    QList<qint64> m_idOfRow;
    QSet<qint64> m_updated;
    QStringList m_indexes;
    int m_inserted = 0;
    int m_existing = 0;
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
    classifier.expectRows(table.rows.size());
    plan.rows.reserve(table.rows.size());
    for (int index = 0; index < table.rows.size(); ++index) {
        plan.rows << classifier.classify(table.rows.at(index), index, table.rowNumbers.value(index, index + 2),
                                         table.issues.value(index), &plan);
        classifier.remember(plan.rows.constLast());
    }
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
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(tr("Nothing was imported: %1").arg(transaction.errorText()));
        QSignalBlocker quiet(ChangeNotifier::instance());
        Writer writer(options, connection);
        const int total = int(plan.rows.size());
        QString why;
        for (int i = 0; i < total; ++i) {
            if ((i % 500) == 0 && progress && !progress(i, total))
                return fail(tr("The import was cancelled; nothing was changed."));
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

    // Reading and checking run on a second thread and hand over batches of rows; this thread
    // writes them. The queue is bounded so a fast reader cannot fill the memory. Rejected rows
    // go straight to `rejects` from the reading thread, so they are never held either.
    struct Batch {
        QList<RowResult> rows;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> queue;
    // Batches the writer is done with: the reading thread frees them, which takes the writer,
    // the slower of the two, a twentieth of its time.
    std::deque<Batch> spent;
    bool done = false;
    bool stop = false;
    bool rejectsFailed = false;
    Plan counts;
    Classifier classifier(mapping, options, connection);
    classifier.expectRows(source.estimatedRows());
    std::thread reader([&] {
        // A small first batch lets the writer start at once; later ones are larger.
        int batchSize = 100;
        Batch batch;
        QStringList row;
        int number = 0;
        int index = 0;
        Plan local;
        auto hand = [&] {
            std::deque<Batch> garbage;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return queue.size() < 4 || stop; });
                if (stop)
                    return false;
                queue.push_back(std::move(batch));
                batch = Batch();
                garbage.swap(spent);
                changed.notify_all();
            }
            return true; // `garbage` is freed here, on this thread, outside the lock
        };
        bool failed = false;
        while (source.next(&row, &number)) {
            RowResult r = classifier.classify(row, index++, number, source.issue(), &local);
            classifier.remember(r);
            if (r.action == Action::Reject) {
                if (rejects && !rejects->add(Rejected{r.rowNumber, row, r.reason})) {
                    failed = true;
                    break;
                }
                continue; // nothing for the writer
            }
            batch.rows << std::move(r);
            if (batch.rows.size() == batchSize) {
                if (!hand())
                    break;
                batchSize = 1000;
            }
        }
        if (!batch.rows.isEmpty())
            hand();
        std::lock_guard lock(mutex);
        counts = local;
        rejectsFailed = failed;
        done = true;
        changed.notify_all();
    });
    const auto joinReader = qScopeGuard([&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        reader.join();
    });

    QSqlDatabase db = QSqlDatabase::database(connection);
    StreamResult result;
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(tr("Nothing was imported: %1").arg(transaction.errorText()));
        QSignalBlocker quiet(ChangeNotifier::instance());
        Writer writer(options, connection);
        QString why;
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !queue.empty() || done; });
                if (queue.empty())
                    break;
                batch = std::move(queue.front());
                queue.pop_front();
                changed.notify_all();
            }
            for (const RowResult &r : std::as_const(batch.rows))
                if (!writer.write(r, &why))
                    return fail(why);
            std::lock_guard lock(mutex);
            spent.push_back(std::move(batch));
        }
        if (!source.error().isEmpty())
            return fail(source.error() + QLatin1Char(' ') + tr("Nothing was imported."));
        {
            std::lock_guard lock(mutex);
            if (rejectsFailed)
                return fail(rejects->error() + QLatin1Char(' ') + keepFailed);
        }
        if (!writer.finish(&why))
            return fail(why);
        // The rejected rows are safe before anything is committed.
        if (rejects && !rejects->finish())
            return fail(rejects->error() + QLatin1Char(' ') + keepFailed);
        if (!transaction.commit())
            return fail(tr("The import could not be saved: %1 Nothing was changed.").arg(transaction.errorText()));
        result.applied = writer.applied();
    }
    {
        std::lock_guard lock(mutex);
        result.plan = counts;
    }
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
        // Each row back over the version the import left it at: one that another desk changed
        // since is not undone silently (the undo is refused and says who changed it).
        QHash<qint64, qint64> statusVersions;
        for (auto it = applied.statusChanges.crbegin(); it != applied.statusChanges.crend(); ++it) {
            const qint64 expected = statusVersions.value(it->inviteeId, it->version ? it->version : -1);
            if (!repository.restoreInvitation(applied.eventId, it->inviteeId, it->before, it->changeId, error, expected))
                return false;
            statusVersions.insert(it->inviteeId, expected < 0 ? -1 : (it->before.exists ? expected + 1 : 0));
        }
        QHash<qint64, qint64> insertedVersions;
        for (qint64 id : applied.insertedIds)
            insertedVersions.insert(id, applied.versions.value(id, 1));
        if (!applied.insertedIds.isEmpty() && !repository.remove(applied.insertedIds, nullptr, error, insertedVersions))
            return false;
        for (Invitee before : applied.updatedBefore) {
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
