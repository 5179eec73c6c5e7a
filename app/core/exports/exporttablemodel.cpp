#include "exporttablemodel.h"

#include "changenotifier.h"
#include "exportrepository.h"
#include "exports/countries.h"
#include "exports/exportcommands.h"
#include "import/exportimport.h"
#include "languagemanager.h"
#include "sectorrepository.h"

#include <QFont>
#include <QUndoStack>

ExportTableModel::ExportTableModel(QUndoStack *undoStack, const QString &connection, QObject *parent)
    : QAbstractTableModel(parent), m_undoStack(undoStack), m_connection(connection)
{
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this, [this](ChangeNotifier::Table table) {
        if (table == ChangeNotifier::Table::ExportRecords || table == ChangeNotifier::Table::Sectors)
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
        endResetModel();
        return;
    }
    m_sectors.clear();
    for (const Sector &s : SectorRepository(m_connection).all())
        m_sectors.insert(s.id, s);
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

QVariant ExportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const ExportRecord &r = m_shown.at(index.row());
    const QString language = LanguageManager::currentLanguage();
    const auto country = Countries::instance().byCode(r.countryCode);
    switch (role) {
    case IdRole:
        return r.id;
    case SectorIdRole:
        return r.sectorId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case YearColumn: return LanguageManager::digits(ExportRecord::financialYear(r.fyStart));
        case CountryColumn: return country ? country->name(language) : r.countryCode;
        case ProductColumn: return r.sectorId ? productName(r.sectorId) : QStringLiteral("—");
        case ValueColumn: return LanguageManager::number(r.valueCrore, 2);
        case UsdColumn: return r.valueUsdMillion < 0 ? QStringLiteral("—") : LanguageManager::number(r.valueUsdMillion, 2);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case YearColumn: return ExportRecord::financialYear(r.fyStart);
        case CountryColumn: return country ? country->name(language) : r.countryCode;
        case ProductColumn: return r.sectorId;
        case ValueColumn: return QString::number(r.valueCrore, 'f', 2);
        case UsdColumn: return r.valueUsdMillion < 0 ? QString() : QString::number(r.valueUsdMillion, 'f', 2);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case YearColumn: return r.fyStart;
        case CountryColumn: return country ? country->name(language) : r.countryCode;
        case ProductColumn: return productName(r.sectorId);
        case ValueColumn: return r.valueCrore;
        case UsdColumn: return r.valueUsdMillion;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == UsdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: {
        QString tip;
        if (index.column() == CountryColumn && country)
            tip = QStringLiteral("%1 (%2, %3)").arg(country->officialEn, country->alpha2, country->alpha3);
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case YearColumn: return tr("Financial year");
    case CountryColumn: return tr("Country");
    case ProductColumn: return tr("Product");
    case ValueColumn: return tr("₹ crore");
    case UsdColumn: return tr("US$ million");
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
    const qint64 other = ExportRepository(m_connection).idOf(r.fyStart, r.countryCode, r.sectorId);
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
        after.valueCrore = ExportImport::parseValue(text);
        if (after.valueCrore < 0) {
            emit editRefused(tr("“%1” is not a value in ₹ crore: write a number, 0 or more.").arg(text));
            return false;
        }
        break;
    case UsdColumn:
        after.valueUsdMillion = text.isEmpty() ? -1 : ExportImport::parseValue(text);
        if (!text.isEmpty() && after.valueUsdMillion < 0) {
            emit editRefused(tr("“%1” is not a value in US$ million: write a number, 0 or more, or leave it empty.").arg(text));
            return false;
        }
        break;
    default:
        return false;
    }
    if (after.fyStart == before.fyStart && after.countryCode == before.countryCode && after.sectorId == before.sectorId
        && after.valueCrore == before.valueCrore && after.valueUsdMillion == before.valueUsdMillion)
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
