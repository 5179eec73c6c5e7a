#include "exporttablemodel.h"

#include "undo/changenotifier.h"
#include "exports/exportrepository.h"
#include "exports/countries.h"
#include "exports/exporterrepository.h"
#include "exports/hschapters.h"
#include "exports/exportcommands.h"
#include "import/exportimport.h"
#include "import/tablereader.h"
#include "text/languagemanager.h"
#include "sectors/sectorrepository.h"

#include <QColor>
#include <QFont>
#include <QRegularExpression>
#include <QUndoStack>

ExportTableModel::ExportTableModel(QUndoStack *undoStack, const QString &connection, QObject *parent)
    : QAbstractTableModel(parent), m_undoStack(undoStack), m_connection(connection)
{
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this, [this](ChangeNotifier::Table table) {
        // Invitees: an exporter's name beside their IEC.
        if (table == ChangeNotifier::Table::ExportRecords || table == ChangeNotifier::Table::Sectors
            || table == ChangeNotifier::Table::Invitees)
            reload();
    });
    connect(ChangeNotifier::instance(), &ChangeNotifier::reset, this, &ExportTableModel::reload);
    // Names and numbers follow the language.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] {
        if (!m_shown.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    });
    reload();
}

void ExportTableModel::reload()
{
    if (!QSqlDatabase::database(m_connection, false).isOpen()) {
        beginResetModel();
        m_all.clear();
        m_shown.clear();
        m_sectors.clear();
        m_exporters.clear();
        endResetModel();
        return;
    }
    m_sectors.clear();
    for (const Sector &s : SectorRepository(m_connection).all())
        m_sectors.insert(s.id, s);
    m_exporters = ExporterRepository(m_connection).namesByIec();
    m_all = ExportRepository(m_connection).all();
    QList<ExportRecord> shown;
    for (const ExportRecord &r : std::as_const(m_all))
        if (!m_year || r.fyStart == m_year)
            shown << r;
    // The same rows in the same order (an edited cell): update in place, so the selection and
    // the current cell stay where the user left them.
    const bool sameRows = shown.size() == m_shown.size()
        && std::equal(shown.cbegin(), shown.cend(), m_shown.cbegin(),
                      [](const ExportRecord &a, const ExportRecord &b) { return a.id == b.id; });
    if (sameRows) {
        m_shown = shown;
        if (!m_shown.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_shown = shown;
    endResetModel();
}

void ExportTableModel::setYear(int fyStart)
{
    if (m_year == fyStart)
        return;
    m_year = fyStart;
    beginResetModel();
    m_shown.clear();
    for (const ExportRecord &r : std::as_const(m_all))
        if (!m_year || r.fyStart == m_year)
            m_shown << r;
    endResetModel();
}

int ExportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ExportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ExportTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_shown.size(); ++i)
        if (m_shown.at(i).id == id)
            return i;
    return -1;
}

QString ExportTableModel::productName(qint64 sectorId) const
{
    const auto it = m_sectors.constFind(sectorId);
    return it == m_sectors.cend() ? QString() : it->name(LanguageManager::currentLanguage());
}

QString ExportTableModel::exporterName(const QString &iec) const
{
    if (iec.isEmpty())
        return {};
    const QString name = m_exporters.value(iec);
    return name.isEmpty() ? iec : QStringLiteral("%1 (%2)").arg(name, iec);
}

int ExportTableModel::withoutRate(int fyStart) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [fyStart](const ExportRecord &r) {
        return r.inrUnknown() && (!fyStart || r.fyStart == fyStart);
    }));
}

namespace {
// A quantity as people write it: 1,200 without needless decimals.
QString quantityText(double quantity, bool forEditing)
{
    const bool whole = std::floor(quantity) == quantity;
    return forEditing ? TableReader::numberText(quantity) : LanguageManager::number(quantity, whole ? 0 : 2);
}
} // namespace

QVariant ExportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const ExportRecord &r = m_shown.at(index.row());
    const QString language = LanguageManager::currentLanguage();
    const auto country = Countries::instance().byCode(r.countryCode);
    const QString fy = LanguageManager::digits(ExportRecord::financialYear(r.fyStart));
    switch (role) {
    case IdRole:
        return r.id;
    case SectorIdRole:
        return r.sectorId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case YearColumn: return fy;
        case CountryColumn: return country ? country->name(language) : r.countryCode;
        case ProductColumn: return r.sectorId ? productName(r.sectorId) : QStringLiteral("—");
        case ValueColumn:
            if (r.inrUnknown())
                return QStringLiteral("?");
            return (r.inrDerived ? QStringLiteral("≈ ") : QString()) + LanguageManager::number(r.valueCrore, 2);
        case UsdColumn:
            if (r.valueUsdMillion < 0)
                return QStringLiteral("—");
            return (r.usdDerived ? QStringLiteral("≈ ") : QString()) + LanguageManager::number(r.valueUsdMillion, 2);
        case HsColumn: return r.hsCode.isEmpty() ? QStringLiteral("—") : LanguageManager::digits(r.hsCode);
        case QuantityColumn:
            if (r.quantity < 0)
                return QStringLiteral("—");
            return r.unit.isEmpty() ? quantityText(r.quantity, false)
                                    : QStringLiteral("%1 %2").arg(quantityText(r.quantity, false), r.unit);
        case ExporterColumn: return r.exporterIec.isEmpty() ? QStringLiteral("—") : exporterName(r.exporterIec);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case YearColumn: return ExportRecord::financialYear(r.fyStart);
        case CountryColumn: return country ? country->name(language) : r.countryCode;
        case ProductColumn: return r.sectorId;
        case ValueColumn: return r.inrDerived ? QString() : QString::number(r.valueCrore, 'f', 2);
        case UsdColumn: return r.valueUsdMillion < 0 || r.usdDerived ? QString() : QString::number(r.valueUsdMillion, 'f', 2);
        case HsColumn: return r.hsCode;
        case QuantityColumn:
            return r.quantity < 0 ? QString()
                                  : QStringLiteral("%1 %2").arg(quantityText(r.quantity, true), r.unit).trimmed();
        case ExporterColumn: return r.exporterIec;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case YearColumn: return r.fyStart;
        case CountryColumn: return country ? country->name(language) : r.countryCode;
        case ProductColumn: return productName(r.sectorId);
        case ValueColumn: return r.valueCrore;
        case UsdColumn: return r.valueUsdMillion;
        case HsColumn: return r.hsCode;
        case QuantityColumn: return r.quantity;
        case ExporterColumn: return exporterName(r.exporterIec);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == UsdColumn || index.column() == QuantityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // Derived figures in grey: they follow from the other currency, nobody gave them.
        if ((index.column() == ValueColumn && r.inrDerived) || (index.column() == UsdColumn && r.usdDerived))
            return QColor(0x70, 0x70, 0x70);
        break;
    case Qt::ToolTipRole: {
        QString tip;
        const QString rate = LanguageManager::number(r.rate, 2);
        if (index.column() == CountryColumn && country)
            tip = QStringLiteral("%1 (%2, %3)").arg(country->officialEn, country->alpha2, country->alpha3);
        else if (index.column() == ValueColumn && r.inrUnknown())
            tip = tr("Given in US$ only, and %1 has no exchange rate yet: set it in Settings › Exchange rates. "
                     "Until then the figure counts as ₹0.").arg(fy);
        else if (index.column() == ValueColumn && r.inrDerived)
            tip = tr("Derived from US$ %1 million at ₹%2 per US$, the rate for %3.")
                      .arg(LanguageManager::number(r.valueUsdMillion, 2), rate, fy);
        else if (index.column() == UsdColumn && r.usdDerived)
            tip = tr("Derived from ₹%1 crore at ₹%2 per US$, the rate for %3.")
                      .arg(LanguageManager::number(r.valueCrore, 2), rate, fy);
        else if (index.column() == ValueColumn && r.usdDerived)
            tip = tr("Given; US$ %1 million at ₹%2 per US$, the rate for %3.")
                      .arg(LanguageManager::number(r.valueUsdMillion, 2), rate, fy);
        else if (index.column() == ValueColumn || index.column() == UsdColumn)
            tip = tr("Given");
        else if (index.column() == HsColumn && !r.chapter.isEmpty())
            tip = r.hsCode.isEmpty() ? tr("Counted under %1, the product's HS chapter(s).")
                                           .arg(HsChapters::instance().label(r.chapter, language, true))
                                     : HsChapters::instance().label(r.chapter, language, true);
        if (r.isDemo)
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Demo figure: replace it with the real one.");
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (r.isDemo) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    }
    return {};
}

QVariant ExportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == ValueColumn || section == UsdColumn)
            return tr("≈ in grey: derived from the other currency at the year's exchange rate (Settings › Exchange rates)");
        if (section == HsColumn)
            return tr("ITC(HS) code: 2, 4, 6 or 8 digits");
        if (section == ExporterColumn)
            return tr("The exporter's IEC; the invitee holding it is named");
        return {};
    }
    switch (section) {
    case YearColumn: return tr("Financial year");
    case CountryColumn: return tr("Country");
    case ProductColumn: return tr("Product");
    case ValueColumn: return tr("₹ crore");
    case UsdColumn: return tr("US$ million");
    case HsColumn: return tr("HS code");
    case QuantityColumn: return tr("Quantity");
    case ExporterColumn: return tr("Exporter");
    }
    return {};
}

Qt::ItemFlags ExportTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QString ExportTableModel::problemWith(const ExportRecord &r) const
{
    if (!ExportRecord::isFinancialYear(r.fyStart))
        return LanguageManager::digits(tr("Write the financial year as in 2020-21."));
    if (!Countries::instance().byCode(r.countryCode))
        return tr("Choose a country of the list (its name in English or Hindi, or its code such as EG).");
    if (!(r.valueCrore >= 0))
        return tr("The value in ₹ crore is a number, 0 or more.");
    if (r.inrDerived && r.valueUsdMillion < 0)
        return tr("Give the value in ₹ crore or in US$ million.");
    if (!HsChapters::checkCode(r.hsCode).ok)
        return HsChapters::checkCode(r.hsCode).reason;
    const qint64 other = ExportRepository(m_connection).idOf(r);
    if (other && other != r.id) {
        const auto country = Countries::instance().byCode(r.countryCode);
        const QString language = LanguageManager::currentLanguage();
        return tr("There is already a figure for %1, %2, %3: change that one instead.")
            .arg(LanguageManager::digits(ExportRecord::financialYear(r.fyStart)), country->name(language),
                 r.sectorId ? productName(r.sectorId) : tr("no product"));
    }
    return {};
}

bool ExportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_shown.size())
        return false;
    const ExportRecord before = m_shown.at(index.row());
    ExportRecord after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case YearColumn:
        after.fyStart = ExportRecord::parseFinancialYear(text);
        if (!after.fyStart) {
            emit editRefused(tr("“%1” is not a financial year: write it as in %2.")
                                 .arg(text, LanguageManager::digits(QStringLiteral("2020-21"))));
            return false;
        }
        break;
    case CountryColumn: {
        const auto country = Countries::instance().find(text);
        if (!country) {
            emit editRefused(tr("“%1” is not a country of the list: write its name in English or Hindi, or its code such as EG.").arg(text));
            return false;
        }
        after.countryCode = country->alpha2;
        break;
    }
    case ProductColumn:
        after.sectorId = value.toLongLong();
        break;
    case ValueColumn:
        if (text.isEmpty()) {
            // Only the US$ figure given: the rupees follow from the year's rate.
            if (before.valueUsdMillion < 0 || before.usdDerived) {
                emit editRefused(tr("Give the value in ₹ crore or in US$ million: one of them is needed."));
                return false;
            }
            after.inrDerived = true;
            break;
        }
        after.valueCrore = ExportImport::parseValue(text);
        after.inrDerived = false;
        if (after.valueCrore < 0) {
            emit editRefused(tr("“%1” is not a value in ₹ crore: write a number, 0 or more.").arg(text));
            return false;
        }
        if (before.usdDerived)
            after.valueUsdMillion = -1; // it follows the new rupee figure
        break;
    case UsdColumn:
        if (text.isEmpty() && before.inrDerived) {
            emit editRefused(tr("Give the value in ₹ crore or in US$ million: one of them is needed."));
            return false;
        }
        after.valueUsdMillion = text.isEmpty() ? -1 : ExportImport::parseValue(text);
        after.usdDerived = false;
        if (!text.isEmpty() && after.valueUsdMillion < 0) {
            emit editRefused(tr("“%1” is not a value in US$ million: write a number, 0 or more, or leave it empty.").arg(text));
            return false;
        }
        break;
    case HsColumn: {
        const FieldCheck code = HsChapters::checkCode(text == QStringLiteral("—") ? QString() : text);
        if (!code.ok) {
            emit editRefused(code.reason);
            return false;
        }
        after.hsCode = code.value;
        break;
    }
    case QuantityColumn: {
        // "1200 KGS", "1,200", or empty.
        static const QRegularExpression form(QStringLiteral("^([0-9०-९.,\\s]*[0-9०-९])\\s*([^0-9०-९]*)$"));
        if (text.isEmpty()) {
            after.quantity = -1;
            after.unit.clear();
            break;
        }
        const auto m = form.match(text);
        const double quantity = m.hasMatch() ? ExportImport::parseValue(m.captured(1)) : -1;
        const FieldCheck unit = Validators::line(m.captured(2), 20);
        if (quantity < 0 || !unit.ok) {
            emit editRefused(tr("“%1” is not a quantity: write a number and its unit, such as 1200 KGS.").arg(text));
            return false;
        }
        after.quantity = quantity;
        after.unit = unit.value.toUpper();
        break;
    }
    case ExporterColumn: {
        const FieldCheck iec = Validators::iec(text == QStringLiteral("—") ? QString() : text);
        if (!iec.ok) {
            emit editRefused(iec.reason);
            return false;
        }
        after.exporterIec = iec.value;
        break;
    }
    default:
        return false;
    }
    if (after.fyStart == before.fyStart && after.countryCode == before.countryCode && after.sectorId == before.sectorId
        && after.valueCrore == before.valueCrore && after.valueUsdMillion == before.valueUsdMillion
        && after.inrDerived == before.inrDerived && after.usdDerived == before.usdDerived
        && after.hsCode == before.hsCode && after.quantity == before.quantity && after.unit == before.unit
        && after.exporterIec == before.exporterIec)
        return true;
    after.isDemo = false; // edited by hand: a real figure now
    if (const QString problem = problemWith(after); !problem.isEmpty()) {
        emit editRefused(problem);
        return false;
    }
    auto *command = new EditExportCommand(m_connection, before, after);
    // Refused (the figure changed at another desk and the person chose theirs, or the write
    // failed): the cell keeps what is saved.
    if (m_undoStack)
        return pushWritten(m_undoStack, command);
    command->redo();
    const bool written = !command->failed();
    delete command;
    return written;
}
