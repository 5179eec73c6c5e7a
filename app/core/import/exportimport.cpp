#include "exportimport.h"

#include "changenotifier.h"
#include "databaseerrors.h"
#include "exportrepository.h"
#include "exports/countries.h"
#include "import/formulaguard.h"
#include "sectorrepository.h"
#include "textfold.h"
#include "transaction.h"
#include "validators.h"

#include <QHash>
#include <QSqlError>

QList<FieldSpec> ExportImport::fields()
{
    return {
        {QStringLiteral("year"), {QStringLiteral("year"), QStringLiteral("financial year"), QStringLiteral("fy"),
                                  QStringLiteral("वर्ष"), QStringLiteral("वित्तीय वर्ष")}, true},
        {QStringLiteral("country"), {QStringLiteral("country"), QStringLiteral("destination"), QStringLiteral("देश")}, true},
        {QStringLiteral("product"), {QStringLiteral("product"), QStringLiteral("product category"), QStringLiteral("category"),
                                     QStringLiteral("sector"), QStringLiteral("उत्पाद"), QStringLiteral("श्रेणी"),
                                     QStringLiteral("क्षेत्र")}, false},
        {QStringLiteral("value"), {QStringLiteral("value"), QStringLiteral("value crore"), QStringLiteral("value (₹ crore)"),
                                   QStringLiteral("₹ crore"), QStringLiteral("crore"), QStringLiteral("मूल्य"),
                                   QStringLiteral("निर्यात मूल्य")}, true},
        {QStringLiteral("usd"), {QStringLiteral("value usd million"), QStringLiteral("usd million"), QStringLiteral("us$ million"),
                                 QStringLiteral("usd")}, false},
    };
}

double ExportImport::parseValue(const QString &text)
{
    QString t;
    for (const QChar c : TextFold::latinDigits(text.trimmed())) {
        if (c == u',' || c == u' ' || c == QChar(0x20b9)) // grouping commas, spaces, ₹
            continue;
        t += c;
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && value >= 0 && std::isfinite(value) ? value : -1;
}

std::optional<ExportImport::Result> ExportImport::import(
    const Table &table, QString *error,
    const std::function<bool(const QStringList &, const QList<Rejected> &)> &keepRejects, const QString &connection)
{
    auto fail = [&](const QString &why) -> std::optional<Result> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const ColumnMapping mapping = ColumnMapper::map(table.headers, fields());
    if (!mapping.duplicateColumns.isEmpty())
        return fail(ColumnMapper::duplicateProblem(table.headers, mapping));
    QStringList missing;
    for (int f : {Year, Country, Value})
        if (mapping.column(f) < 0)
            missing << fields().at(f).names.constFirst();
    if (!missing.isEmpty())
        return fail(tr("The file lacks the column(s) %1 (in Hindi: वर्ष, देश, मूल्य). Its columns are: %2")
                        .arg(missing.join(QStringLiteral(", ")), table.headers.join(QStringLiteral(", "))));

    Result result;
    QSqlDatabase db = QSqlDatabase::database(connection);
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(tr("The import could not be saved: %1 Nothing was changed.").arg(transaction.errorText()));
        QSignalBlocker quiet(ChangeNotifier::instance());
        ExportRepository repository(connection);
        SectorRepository sectors(connection);
        QHash<QString, qint64> sectorIds;
        QString why;
        for (int i = 0; i < table.rows.size(); ++i) {
            const QStringList &cells = table.rows.at(i);
            auto cell = [&](int field) {
                return mapping.column(field) >= 0 ? FormulaGuard::restore(cells.value(mapping.column(field))).trimmed()
                                                  : QString();
            };
            const RowIssue issue = table.issues.value(i);
            if (!issue.problem.isEmpty()) {
                result.rejects << Rejected{table.rowNumbers.value(i, i + 2), cells, issue.problem};
                ++result.rejected;
                continue;
            }
            QStringList problems;
            const int year = ExportRecord::parseFinancialYear(cell(Year));
            if (!year)
                problems << tr("year: “%1” is not a financial year such as 2020-21").arg(cell(Year));
            const auto country = Countries::instance().find(cell(Country));
            if (!country)
                problems << tr("country: “%1” is not a country of ISO 3166-1 (write its name or code, such as Egypt or EG)")
                                .arg(cell(Country));
            const double value = parseValue(cell(Value));
            if (value < 0)
                problems << tr("value: “%1” is not a number of ₹ crore (0 or more)").arg(cell(Value));
            double usd = -1;
            if (!cell(ValueUsd).isEmpty() && (usd = parseValue(cell(ValueUsd))) < 0)
                problems << tr("US$ million: “%1” is not a number (0 or more)").arg(cell(ValueUsd));
            const FieldCheck productCheck = Validators::line(cell(Product));
            if (!productCheck.ok)
                problems << tr("product: %1").arg(productCheck.reason);
            if (!problems.isEmpty()) {
                if (!issue.note.isEmpty())
                    problems << issue.note;
                result.rejects << Rejected{table.rowNumbers.value(i, i + 2), cells, problems.join(QStringLiteral("; "))};
                ++result.rejected;
                continue;
            }
            ExportRecord r;
            r.fyStart = year;
            r.countryCode = country->alpha2;
            const QString product = productCheck.value;
            if (!product.isEmpty()) {
                const QString key = product.toCaseFolded();
                if (!sectorIds.contains(key)) {
                    // The same name in another spelling or number is the same product.
                    const SectorRepository::Match m = sectors.match(product);
                    bool created = false;
                    const qint64 id = m.id ? m.id : sectors.resolve(product, &created, &why);
                    if (!id)
                        return fail(why);
                    if (created)
                        result.createdProducts << product;
                    else if (!m.exact)
                        result.matchedProducts << QStringLiteral("%1 → %2").arg(product, m.name);
                    sectorIds.insert(key, id);
                }
                r.sectorId = sectorIds.value(key);
            }
            r.valueCrore = value;
            r.valueUsdMillion = usd;
            const qint64 existing = repository.idOf(r.fyStart, r.countryCode, r.sectorId);
            if (existing) {
                const ExportRecord before = *repository.find(existing);
                r.id = existing;
                if (before.valueCrore == r.valueCrore && before.valueUsdMillion == r.valueUsdMillion) {
                    ++result.skipped;
                    continue;
                }
                r.isDemo = false; // a real figure replaces a demo one
                if (!repository.update(r, &why))
                    return fail(why);
                result.updatedBefore << before;
                ++result.updated;
            } else {
                const qint64 id = repository.insert(r, &why);
                if (!id)
                    return fail(why);
                result.insertedIds << id;
                ++result.imported;
            }
        }
        if (keepRejects && !keepRejects(table.headers, result.rejects))
            return fail(tr("The rejected rows could not be kept; nothing was imported."));
        if (!transaction.commit())
            return fail(tr("The import could not be saved: %1 Nothing was changed.").arg(transaction.errorText()));
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return result;
}

bool ExportImport::revert(const Result &result, QString *error, const QString &connection)
{
    const bool ok = Transaction::run(QSqlDatabase::database(connection), error,
                                     tr("The import could not be undone: %1"), [&] {
        QSignalBlocker quiet(ChangeNotifier::instance());
        ExportRepository repository(connection);
        // Back over the versions the import left (one write each): a figure another desk
        // changed since is not undone silently.
        QHash<qint64, qint64> inserted;
        for (qint64 id : result.insertedIds)
            inserted.insert(id, 1);
        QList<ExportRecord> before = result.updatedBefore;
        for (ExportRecord &r : before)
            r.version = r.version > 0 ? r.version + 1 : 0;
        return repository.remove(result.insertedIds, error, inserted) && repository.updateAll(before, error);
    });
    if (!ok)
        return false;
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return true;
}

QString ExportImport::summaryLine(const Result &result)
{
    return ImportReport::summaryLine(result.imported, result.updated, result.skipped, result.rejected);
}
