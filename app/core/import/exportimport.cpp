#include "exportimport.h"

#include "undo/changenotifier.h"
#include "storage/databaseerrors.h"
#include "exports/exportrepository.h"
#include "exports/countries.h"
#include "exports/hschapters.h"
#include "exports/productchapterrepository.h"
#include "import/exporttablelayout.h"
#include "import/formulaguard.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"
#include "text/textfold.h"
#include "storage/transaction.h"
#include "text/validators.h"

#include <QHash>
#include <QSqlError>

QList<FieldSpec> ExportImport::fields()
{
    return ExportTableLayout::fields();
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
    using Layout = ExportTableLayout;
    auto fail = [&](const QString &why) -> std::optional<Result> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const Layout layout = Layout::analyse(table);
    if (!layout.mapping.duplicateColumns.isEmpty())
        return fail(ColumnMapper::duplicateProblem(layout.headers, layout.mapping));
    QStringList missing;
    if (layout.column(Layout::Year) < 0 && !layout.sideBySide() && !layout.defaultYear)
        missing << fields().at(Layout::Year).names.constFirst();
    if (layout.column(Layout::Country) < 0)
        missing << fields().at(Layout::Country).names.constFirst();
    if (!layout.hasValues())
        missing << QStringLiteral("value");
    if (!missing.isEmpty())
        return fail(tr("The file lacks the column(s) %1 (in Hindi: वर्ष, देश, मूल्य). Its columns are: %2")
                        .arg(missing.join(QStringLiteral(", ")), layout.headers.join(QStringLiteral(", "))));

    Result result;
    result.headers = layout.headers;
    result.layout = layout.description();
    QSqlDatabase db = QSqlDatabase::database(connection);
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return fail(tr("The import could not be saved: %1 Nothing was changed.").arg(transaction.errorText()));
        QSignalBlocker quiet(ChangeNotifier::instance());
        ExportRepository repository(connection);
        SectorRepository sectors(connection);
        // A row with an HS code and no product goes to the one product that sits under its
        // chapter, when only one does.
        QHash<QString, qint64> productOfChapter;
        {
            const QList<Sector> all = sectors.all();
            QHash<QString, int> claims;
            const QHash<qint64, QStringList> chapters = ProductChapterRepository(connection).effective(all);
            for (auto it = chapters.cbegin(); it != chapters.cend(); ++it)
                for (const QString &c : it.value()) {
                    ++claims[c];
                    productOfChapter.insert(c, it.key());
                }
            for (auto it = claims.cbegin(); it != claims.cend(); ++it)
                if (it.value() > 1)
                    productOfChapter.remove(it.key());
        }
        QHash<QString, qint64> sectorIds;
        QString why;
        // Rows before the header (titles, the scale) are not data.
        for (int i = layout.headerRow; i < table.rows.size(); ++i) {
            const QStringList &cells = table.rows.at(i);
            const int rowNumber = table.rowNumbers.value(i, i + 2);
            auto cell = [&](int column) {
                return column >= 0 ? FormulaGuard::restore(cells.value(column)).trimmed() : QString();
            };
            auto field = [&](Layout::Field f) { return cell(layout.column(f)); };
            const RowIssue issue = table.issues.value(i);
            if (!issue.problem.isEmpty()) {
                result.rejects << Rejected{rowNumber, cells, issue.problem};
                ++result.rejected;
                continue;
            }
            switch (layout.kind(cells)) {
            case Layout::RowKind::Total:
                result.passedOver << PassedOver{rowNumber, PassedOver::Total};
                continue;
            case Layout::RowKind::Note:
                result.passedOver << PassedOver{rowNumber, PassedOver::Note};
                continue;
            case Layout::RowKind::RepeatedHeader:
                result.passedOver << PassedOver{rowNumber, PassedOver::Header};
                continue;
            case Layout::RowKind::Data:
                break;
            }

            QStringList problems;
            int rowYear = 0;
            if (!layout.sideBySide()) {
                if (layout.column(Layout::Year) >= 0) {
                    rowYear = ExportRecord::parseFinancialYear(field(Layout::Year));
                    if (!rowYear && field(Layout::Year).isEmpty() && layout.defaultYear)
                        rowYear = layout.defaultYear;
                } else {
                    rowYear = layout.defaultYear;
                }
                if (!rowYear)
                    problems << tr("year: “%1” is not a financial year such as 2020-21").arg(field(Layout::Year));
            }
            const auto country = Layout::country(field(Layout::Country));
            if (!country)
                problems << tr("country: “%1” is not a country of ISO 3166-1 (write its name or code, such as Egypt or EG)")
                                .arg(field(Layout::Country));
            const FieldCheck productCheck = Validators::line(field(Layout::Product));
            if (!productCheck.ok)
                problems << tr("product: %1").arg(productCheck.reason);
            const FieldCheck code = HsChapters::checkCode(field(Layout::HsCode));
            if (!code.ok)
                problems << tr("HS code: %1").arg(code.reason);
            const FieldCheck iec = Validators::iec(field(Layout::Iec));
            if (!iec.ok)
                problems << tr("IEC: %1").arg(iec.reason);
            const FieldCheck unit = Validators::line(field(Layout::Unit), 20);
            if (!unit.ok)
                problems << tr("unit: %1").arg(unit.reason);

            // One figure per year: the row's own, or each year's cell side by side.
            QList<ExportRecord> figures;
            for (const Layout::YearColumns &y : layout.yearColumns) {
                const int year = y.fyStart ? y.fyStart : rowYear;
                const QString yearText = LanguageManager::digits(ExportRecord::financialYear(year));
                auto nil = [](const QString &text) {
                    static const QStringList dashes{QStringLiteral("-"), QStringLiteral("–"), QStringLiteral("—"),
                                                    QStringLiteral("na"), QStringLiteral("n.a."), QStringLiteral("nil")};
                    return text.isEmpty() || dashes.contains(text.toCaseFolded());
                };
                const QString inrText = cell(y.inr), usdText = cell(y.usd), quantityText = cell(y.quantity);
                // Side by side, an empty year is no figure; a row's own value is required.
                if (layout.sideBySide() && nil(inrText) && nil(usdText))
                    continue;
                ExportRecord r;
                r.fyStart = year;
                double inr = -1, usd = -1;
                if (nil(inrText) && nil(usdText)) {
                    problems << tr("value: the row has no figure in ₹ or US$");
                    continue;
                }
                if (y.inr >= 0 && !(y.usd >= 0 && nil(inrText))) {
                    inr = Layout::scaled(inrText, y.inrScale.exponent);
                    if (inr < 0) {
                        const QString scale = Layout::scaleName(y.inrScale);
                        problems << (layout.sideBySide()
                                         ? tr("%1: “%2” is not a number of %3 (0 or more)").arg(yearText, inrText, scale)
                                         : tr("value: “%1” is not a number of %2 (0 or more)").arg(inrText, scale));
                    }
                }
                if (y.usd >= 0 && !nil(usdText)) {
                    usd = Layout::scaled(usdText, y.usdScale.exponent);
                    if (usd < 0)
                        problems << tr("%1: “%2” is not a number of %3 (0 or more)")
                                        .arg(layout.sideBySide() ? yearText : tr("US$ value"), usdText,
                                             Layout::scaleName(y.usdScale));
                }
                if (!nil(quantityText)) {
                    r.quantity = Layout::scaled(quantityText, 0);
                    if (r.quantity < 0)
                        problems << tr("quantity: “%1” is not a number (0 or more)").arg(quantityText);
                }
                r.valueCrore = inr < 0 ? 0 : inr;
                r.inrDerived = inr < 0; // only US$ given: the rupees follow from the year's rate
                r.valueUsdMillion = usd;
                figures << r;
            }
            if (figures.isEmpty() && problems.isEmpty())
                problems << tr("value: the row has no figure in any year");
            if (!problems.isEmpty()) {
                if (!issue.note.isEmpty())
                    problems << issue.note;
                result.rejects << Rejected{rowNumber, cells, problems.join(QStringLiteral("; "))};
                ++result.rejected;
                continue;
            }

            qint64 sectorId = 0;
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
                sectorId = sectorIds.value(key);
            } else if (!code.value.isEmpty()) {
                sectorId = productOfChapter.value(code.value.left(2));
                if (sectorId) {
                    const QString line = QStringLiteral("%1 → %2").arg(code.value.left(2), sectors.find(sectorId)->nameEn);
                    if (!result.productsByChapter.contains(line))
                        result.productsByChapter << line;
                }
            }

            for (ExportRecord r : std::as_const(figures)) {
                r.countryCode = country->alpha2;
                r.sectorId = sectorId;
                r.hsCode = code.value;
                r.unit = unit.value;
                r.exporterIec = iec.value;
                const qint64 existing = repository.idOf(r);
                if (existing) {
                    const ExportRecord before = *repository.find(existing);
                    r.id = existing;
                    // The same figures as given (derived ones follow the rate, not the file).
                    const bool sameInr = before.inrDerived == r.inrDerived && (r.inrDerived || before.valueCrore == r.valueCrore);
                    const double beforeUsd = before.usdDerived ? -1 : before.valueUsdMillion;
                    if (sameInr && beforeUsd == r.valueUsdMillion && before.quantity == r.quantity && before.unit == r.unit) {
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
        }
        if (keepRejects && !keepRejects(layout.headers, result.rejects))
            return fail(tr("The rejected rows could not be kept; nothing was imported."));
        if (!transaction.commit())
            return fail(tr("The import could not be saved: %1 Nothing was changed.").arg(transaction.errorText()));
    }
    ChangeNotifier::instance()->announce(ChangeNotifier::Table::ExportRecords);
    return result;
}

QString ExportImport::passedOverText(const Result &result)
{
    if (result.passedOver.isEmpty())
        return {};
    QStringList totals, notes, headers;
    for (const PassedOver &p : result.passedOver)
        (p.kind == PassedOver::Total ? totals : p.kind == PassedOver::Note ? notes : headers)
            << LanguageManager::number(qint64(p.rowNumber));
    QStringList parts;
    if (!totals.isEmpty())
        parts << tr("totals on row(s) %1").arg(totals.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        parts << tr("notes on row(s) %1").arg(notes.join(QStringLiteral(", ")));
    if (!headers.isEmpty())
        parts << tr("the header repeated on row(s) %1").arg(headers.join(QStringLiteral(", ")));
    return tr("Passed over, not figures: %1.").arg(parts.join(QStringLiteral("; ")));
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
