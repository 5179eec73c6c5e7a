#include "printinviteesdialog.h"
#include "ui_printinviteesdialog.h"

#include "report/badgeprintrepository.h"
#include "documentprinting.h"
#include "undo/errorchannel.h"
#include "events/eventrepository.h"
#include "invitees/inviteelistquery.h"
#include "text/languagemanager.h"
#include "messageboxes.h"
#include "report/reportrenderer.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>

namespace {
const QString SettingsGroup = QStringLiteral("printing/invitees");
const QString GeometryKey = QStringLiteral("geometry");
// The list layout and the badge layout used last, each on its own: Print… opens on the one,
// Badges… on the other.
const QString ListLayoutKey = QStringLiteral("listLayout");
const QString BadgeLayoutKey = QStringLiteral("badgeLayout");
const QString ZoomKey = QStringLiteral("zoom");
const QString ColumnsKey = QStringLiteral("columns");
const QString OrientationKey = QStringLiteral("orientation");
const QString PdfFolderKey = QStringLiteral("printing/pdfFolder");

// Zoom steps of the preview; 0 and -1 are "fit width" and "whole page".
const QList<int> ZoomSteps{0, -1, 50, 75, 100, 125, 150, 200, 300};
// The layout menu holds the list layouts (their InviteeReportLayout) and then the badge
// layouts, as BadgeData + their BadgeLayout.
constexpr int BadgeData = 100;
const QString BadgeKeyPrefix = QStringLiteral("badges-");
// Laying out this many rows takes long enough to show a busy cursor.
constexpr int BusyRows = 2000;

// "Gorakhpur Export Conclave" -> "gorakhpur-export-conclave", for file names.
QString slug(const QString &text)
{
    QString out;
    for (const QChar ch : text.toLower()) {
        if (ch.isLetterOrNumber() && ch.unicode() < 0x80)
            out += ch;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    return out;
}
} // namespace

PrintInviteesDialog::PrintInviteesDialog(const InviteeFilter &filter, const InviteeSort &sort, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PrintInviteesDialog>()), m_preview(new QLabel), m_filter(filter),
      m_sort(sort)
{
    m_ui->setupUi(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_ui->previewArea->setWidget(m_preview);
    m_ui->previewArea->setBackgroundRole(QPalette::Dark);
    m_ui->previewArea->viewport()->installEventFilter(this);

    for (InviteeReportLayout layout : InviteeReport::layouts())
        m_ui->layoutCombo->addItem(QString(), int(layout));
    for (BadgeLayout layout : BadgeReport::layouts())
        m_ui->layoutCombo->addItem(QString(), BadgeData + int(layout));
    m_ui->orientationCombo->addItem(QString(), int(QPageLayout::Portrait));
    m_ui->orientationCombo->addItem(QString(), int(QPageLayout::Landscape));
    for (int step : ZoomSteps)
        m_ui->zoomCombo->addItem(QString(), step);
    for (InviteeColumn column : InviteeReport::allColumns()) {
        auto *item = new QListWidgetItem(m_ui->columnList);
        item->setData(Qt::UserRole, int(column));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    for (InvitationStatus status : InvitationStatuses::all()) {
        auto *item = new QListWidgetItem(m_ui->statusList);
        item->setData(Qt::UserRole, int(status));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Six short lines: no scrolling, and the columns keep the room that is left.
    m_ui->statusList->setMaximumHeight(m_ui->statusList->sizeHintForRow(0) * m_ui->statusList->count()
                                       + 2 * m_ui->statusList->frameWidth() + 4);

    m_event = EventRepository().find(filter.eventId);
    // The days of an event of several days: a register for each.
    m_ui->dayCombo->addItem(QString(), QDate());
    if (m_event)
        for (QDate day = m_event->startDate; day.isValid() && day <= m_event->endDate; day = day.addDays(1))
            m_ui->dayCombo->addItem(QString(), day);
    m_statusesFromPage = !filter.statuses.isEmpty();
    setStatuses(m_statusesFromPage ? filter.statuses : defaultStatuses(false));
    m_ui->onlySelectedCheck->hide(); // until chooseBadges() is given a selection
    QFont countFont = m_ui->countLabel->font();
    countFont.setBold(true);
    m_ui->countLabel->setFont(countFont);
    m_ui->printedLabel->hide();
    m_ui->onlyNewCheck->hide();
    retranslateUi();

    QSettings settings;
    settings.beginGroup(SettingsGroup);
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    // Print… opens on a list layout, whatever was printed last.
    const QString listKey = settings.value(ListLayoutKey).toString();
    selectLayoutKey(listKey.startsWith(BadgeKeyPrefix) ? QString() : listKey);
    const int zoomIndex = m_ui->zoomCombo->findData(settings.value(ZoomKey, 0).toInt());
    m_ui->zoomCombo->setCurrentIndex(qMax(0, zoomIndex));
    settings.endGroup();
    loadLayoutChoices();
    reloadRows();

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0); // several changes in one go: one layout
    connect(&m_rebuildTimer, &QTimer::timeout, this, &PrintInviteesDialog::rebuild);

    connect(m_ui->layoutCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool badges = badgeLayout().has_value();
        QSettings().setValue(SettingsGroup + QLatin1Char('/') + (badges ? BadgeLayoutKey : ListLayoutKey),
                             currentLayoutKey());
        loadLayoutChoices();
        if (badges != m_badgeMode) {
            // From a list to badges or back: the other mode's statuses, unless the page or the
            // user chose some.
            m_badgeMode = badges;
            if (!m_statusesFromPage && !m_statusesChosen) {
                setStatuses(defaultStatuses(badges));
                reloadRows();
            } else {
                applyRowChoices();
            }
        }
        scheduleRebuild();
    });
    connect(m_ui->statusList, &QListWidget::itemChanged, this, [this] {
        m_statusesChosen = true;
        reloadRows();
    });
    connect(m_ui->dayCombo, &QComboBox::currentIndexChanged, this, &PrintInviteesDialog::scheduleRebuild);
    connect(m_ui->countsByDayCheck, &QCheckBox::toggled, this, &PrintInviteesDialog::scheduleRebuild);
    connect(m_ui->onlyNewCheck, &QCheckBox::toggled, this, &PrintInviteesDialog::setOnlyNew);
    connect(m_ui->orientationCombo, &QComboBox::currentIndexChanged, this, [this] {
        saveLayoutChoices();
        scheduleRebuild();
    });
    connect(m_ui->columnList, &QListWidget::itemChanged, this, [this] {
        saveLayoutChoices();
        scheduleRebuild();
    });
    connect(m_ui->defaultColumnsButton, &QPushButton::clicked, this, [this] {
        setCheckedColumns(InviteeReport::defaultColumns(currentLayout()));
        saveLayoutChoices();
        scheduleRebuild();
    });
    connect(m_ui->onlySelectedCheck, &QCheckBox::toggled, this, &PrintInviteesDialog::setOnlySelected);
    connect(m_ui->pageSpin, &QSpinBox::valueChanged, this, [this] {
        updateNavigation();
        updatePreview();
    });
    connect(m_ui->previousButton, &QToolButton::clicked, this, &PrintInviteesDialog::previousPage);
    connect(m_ui->nextButton, &QToolButton::clicked, this, &PrintInviteesDialog::nextPage);
    connect(m_ui->zoomCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(SettingsGroup + QLatin1Char('/') + ZoomKey, zoom());
        updatePreview();
    });
    connect(m_ui->zoomInButton, &QToolButton::clicked, this, &PrintInviteesDialog::zoomIn);
    connect(m_ui->zoomOutButton, &QToolButton::clicked, this, &PrintInviteesDialog::zoomOut);
    connect(m_ui->printButton, &QPushButton::clicked, this, &PrintInviteesDialog::printWithDialog);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &PrintInviteesDialog::saveWithDialog);

    // Page keys turn pages wherever the focus is; the usual keys print, save and zoom.
    const QList<QPair<QKeySequence, void (PrintInviteesDialog::*)()>> keys{
        {QKeySequence::MoveToNextPage, &PrintInviteesDialog::nextPage},
        {QKeySequence::MoveToPreviousPage, &PrintInviteesDialog::previousPage},
        {QKeySequence::ZoomIn, &PrintInviteesDialog::zoomIn},
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), &PrintInviteesDialog::zoomIn},
        {QKeySequence::ZoomOut, &PrintInviteesDialog::zoomOut},
        {QKeySequence::Print, &PrintInviteesDialog::printWithDialog},
        {QKeySequence::Save, &PrintInviteesDialog::saveWithDialog},
    };
    for (const auto &key : keys)
        connect(new QShortcut(key.first, this), &QShortcut::activated, this, key.second);

    m_settingUp = false;
    rebuild();
}

PrintInviteesDialog::~PrintInviteesDialog() = default;

InviteeReportLayout PrintInviteesDialog::currentLayout() const
{
    const int data = m_ui->layoutCombo->currentData().toInt();
    return data >= BadgeData ? InviteeReportLayout::List : InviteeReportLayout(data);
}

std::optional<BadgeLayout> PrintInviteesDialog::badgeLayout() const
{
    const int data = m_ui->layoutCombo->currentData().toInt();
    if (data < BadgeData)
        return std::nullopt;
    return BadgeLayout(data - BadgeData);
}

QString PrintInviteesDialog::currentLayoutKey() const
{
    if (const auto badges = badgeLayout())
        return BadgeKeyPrefix + BadgeReport::layoutKey(*badges);
    return InviteeReport::layoutKey(currentLayout());
}

void PrintInviteesDialog::selectLayoutKey(const QString &key)
{
    int data = int(InviteeReportLayout::List);
    if (key.startsWith(BadgeKeyPrefix)) {
        if (const auto badges = BadgeReport::layoutFromKey(key.mid(BadgeKeyPrefix.size())))
            data = BadgeData + int(*badges);
    } else if (const auto layout = InviteeReport::layoutFromKey(key)) {
        data = int(*layout);
    }
    m_ui->layoutCombo->setCurrentIndex(qMax(0, m_ui->layoutCombo->findData(data)));
}

void PrintInviteesDialog::chooseBadges(const QList<qint64> &onlyIds)
{
    m_selectedIds = onlyIds;
    m_ui->onlySelectedCheck->setVisible(!onlyIds.isEmpty());
    {
        const QSignalBlocker blocker(m_ui->onlySelectedCheck);
        m_ui->onlySelectedCheck->setChecked(!onlyIds.isEmpty());
    }
    retranslateUi();
    const QString key = QSettings().value(SettingsGroup + QLatin1Char('/') + BadgeLayoutKey).toString();
    if (!badgeLayout())
        selectLayoutKey(key.startsWith(BadgeKeyPrefix) ? key : BadgeKeyPrefix + BadgeReport::layoutKey(BadgeLayout::A6));
    setOnlySelected(!onlyIds.isEmpty());
    rebuild();
}

void PrintInviteesDialog::setOnlySelected(bool only)
{
    if (m_ui->onlySelectedCheck->isChecked() != only) {
        const QSignalBlocker blocker(m_ui->onlySelectedCheck);
        m_ui->onlySelectedCheck->setChecked(only);
    }
    applyRowChoices();
}

void PrintInviteesDialog::setOnlyNew(bool only)
{
    m_onlyNewChosen = true;
    if (m_ui->onlyNewCheck->isChecked() != only) {
        const QSignalBlocker blocker(m_ui->onlyNewCheck);
        m_ui->onlyNewCheck->setChecked(only);
    }
    applyRowChoices();
}

QList<InvitationStatus> PrintInviteesDialog::defaultStatuses(bool badges)
{
    return badges ? InvitationStatuses::expected() : InvitationStatuses::listedByDefault();
}

QList<InvitationStatus> PrintInviteesDialog::statuses() const
{
    QList<InvitationStatus> statuses;
    for (int i = 0; i < m_ui->statusList->count(); ++i) {
        const QListWidgetItem *item = m_ui->statusList->item(i);
        if (item->checkState() == Qt::Checked)
            statuses << InvitationStatus(item->data(Qt::UserRole).toInt());
    }
    return statuses;
}

void PrintInviteesDialog::setStatuses(const QList<InvitationStatus> &statuses)
{
    {
        const QSignalBlocker blocker(m_ui->statusList);
        for (int i = 0; i < m_ui->statusList->count(); ++i) {
            QListWidgetItem *item = m_ui->statusList->item(i);
            item->setCheckState(statuses.contains(InvitationStatus(item->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                                     : Qt::Unchecked);
        }
    }
    if (!m_settingUp)
        reloadRows();
}

QDate PrintInviteesDialog::day() const
{
    if (badgeLayout() || currentLayout() != InviteeReportLayout::Register || m_ui->dayCombo->isHidden())
        return {};
    return m_ui->dayCombo->currentData().toDate();
}

void PrintInviteesDialog::reloadRows()
{
    // The event's invitees at the statuses ticked, in the page's order: an event's printout holds
    // its invitations, not everyone in the database.
    m_filter.statuses = statuses();
    m_allRows.clear();
    m_printed.clear();
    QString error;
    if (m_event && !m_filter.statuses.isEmpty()) {
        const bool busy = !m_settingUp;
        if (busy)
            QApplication::setOverrideCursor(Qt::WaitCursor);
        m_allRows = InviteeListQuery().list(m_filter, m_sort);
        m_printed = BadgePrintRepository().lastPrinted(m_event->id, &error);
        if (busy)
            QApplication::restoreOverrideCursor();
    }
    m_ui->printedLabel->setProperty("readError", error);
    applyRowChoices();
}

void PrintInviteesDialog::applyRowChoices()
{
    m_rows = m_allRows;
    const bool onlySelected = m_ui->onlySelectedCheck->isChecked() && !m_selectedIds.isEmpty();
    if (onlySelected) {
        const QSet<qint64> keep(m_selectedIds.cbegin(), m_selectedIds.cend());
        m_rows.removeIf([&](const InviteeRow &row) { return !keep.contains(row.id); });
    }
    // Badges printed before: say how many and when, and offer only the others (at first, when
    // some were printed, unless the user picked the rows: a lost badge is printed again).
    int already = 0;
    QDateTime last;
    if (m_badgeMode)
        for (const InviteeRow &row : std::as_const(m_rows))
            if (BadgeReport::getsBadge(row.status) && m_printed.contains(row.id)) {
                ++already;
                last = qMax(last, m_printed.value(row.id));
            }
    const QString readError = m_ui->printedLabel->property("readError").toString();
    m_ui->printedLabel->setText(!readError.isEmpty() ? readError
                                : already            ? BadgeReport::alreadyPrintedNote(already, last)
                                                     : QString());
    m_ui->printedLabel->setVisible(m_badgeMode && (already || !readError.isEmpty()));
    m_ui->onlyNewCheck->setVisible(m_badgeMode && already);
    if (!m_onlyNewChosen) {
        const QSignalBlocker blocker(m_ui->onlyNewCheck);
        m_ui->onlyNewCheck->setChecked(already > 0 && !onlySelected);
    }
    if (m_badgeMode && already && m_ui->onlyNewCheck->isChecked())
        m_rows.removeIf([this](const InviteeRow &row) { return m_printed.contains(row.id); });
    scheduleRebuild();
}

void PrintInviteesDialog::recordBadgesPrinted(int first, int last)
{
    if (!badgeLayout() || !m_event)
        return;
    QList<qint64> ids;
    for (int page = qMax(0, first); page <= last && page < m_document.pageCount(); ++page)
        for (const ReportPlacement &placed : m_document.pages.at(page).placements)
            if (placed.kind == ReportPlacement::Kind::Row && placed.index >= 0 && placed.index < m_badgeIds.size())
                ids << m_badgeIds.at(placed.index);
    QString error;
    const QDateTime now = QDateTime::currentDateTime();
    if (!BadgePrintRepository().record(m_event->id, ids, BadgeReport::layoutKey(*badgeLayout()), now, &error)) {
        // The badges are on paper; that the note is missing must not go unsaid.
        m_ui->statusLabel->setText(error);
        ErrorChannel::instance()->report(error);
        return;
    }
    for (qint64 id : std::as_const(ids))
        m_printed.insert(id, now);
}

InviteeReportOptions PrintInviteesDialog::options() const
{
    InviteeReportOptions options;
    options.layout = currentLayout();
    options.columns = checkedColumns();
    options.orientation = QPageLayout::Orientation(m_ui->orientationCombo->currentData().toInt());
    options.day = day();
    options.countsByDay = !m_ui->countsByDayCheck->isHidden() && m_ui->countsByDayCheck->isChecked();
    return options;
}

QList<InviteeColumn> PrintInviteesDialog::checkedColumns() const
{
    QList<InviteeColumn> columns;
    for (int i = 0; i < m_ui->columnList->count(); ++i) {
        const QListWidgetItem *item = m_ui->columnList->item(i);
        if (item->checkState() == Qt::Checked)
            columns << InviteeColumn(item->data(Qt::UserRole).toInt());
    }
    return columns;
}

void PrintInviteesDialog::setCheckedColumns(const QList<InviteeColumn> &columns)
{
    const QSignalBlocker blocker(m_ui->columnList);
    for (int i = 0; i < m_ui->columnList->count(); ++i) {
        QListWidgetItem *item = m_ui->columnList->item(i);
        item->setCheckState(columns.contains(InviteeColumn(item->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    }
}

// Each layout keeps its own columns and orientation: a register wants a signature column, a
// list with e-mail addresses may want landscape.
void PrintInviteesDialog::loadLayoutChoices()
{
    QSettings settings;
    // Badges have no columns and are always A4 portrait.
    const bool badges = badgeLayout().has_value();
    m_ui->columnList->setEnabled(!badges);
    m_ui->defaultColumnsButton->setEnabled(!badges);
    m_ui->orientationCombo->setEnabled(!badges);
    // Days matter for an event of several days: a register per day, counts per day.
    const bool severalDays = m_event && m_event->endDate > m_event->startDate;
    const bool registerLayout = !badges && currentLayout() == InviteeReportLayout::Register;
    m_ui->dayLabel->setVisible(severalDays && registerLayout);
    m_ui->dayCombo->setVisible(severalDays && registerLayout);
    m_ui->countsByDayCheck->setVisible(severalDays && !badges);
    settings.beginGroup(SettingsGroup + QLatin1Char('/') + currentLayoutKey());
    QList<InviteeColumn> columns;
    if (settings.contains(ColumnsKey)) {
        for (const QString &key : settings.value(ColumnsKey).toStringList())
            if (const auto column = InviteeReport::columnFromKey(key))
                columns << *column;
    }
    if (columns.isEmpty())
        columns = InviteeReport::defaultColumns(currentLayout());
    setCheckedColumns(columns);
    const QSignalBlocker blocker(m_ui->orientationCombo);
    const int orientation = settings.value(OrientationKey, int(QPageLayout::Portrait)).toInt();
    m_ui->orientationCombo->setCurrentIndex(qMax(0, m_ui->orientationCombo->findData(orientation)));
}

void PrintInviteesDialog::saveLayoutChoices() const
{
    if (m_settingUp || badgeLayout())
        return;
    QSettings settings;
    settings.beginGroup(SettingsGroup + QLatin1Char('/') + currentLayoutKey());
    QStringList keys;
    for (InviteeColumn column : checkedColumns())
        keys << InviteeReport::columnKey(column);
    settings.setValue(ColumnsKey, keys);
    settings.setValue(OrientationKey, m_ui->orientationCombo->currentData().toInt());
}

void PrintInviteesDialog::scheduleRebuild()
{
    if (!m_settingUp)
        m_rebuildTimer.start();
}

void PrintInviteesDialog::rebuild()
{
    m_rebuildTimer.stop();
    const int page = currentPage();
    QString problem;
    if (!m_event)
        problem = tr("Choose an event first: the list is printed for one event.");
    else if (m_filter.statuses.isEmpty())
        problem = tr("Tick at least one status to print.");
    else if (checkedColumns().isEmpty() && !badgeLayout())
        problem = tr("Tick at least one column to print.");
    m_badgeIds.clear();
    if (problem.isEmpty() && badgeLayout()) {
        const BadgeReport::Result badges = BadgeReport::build(*m_event, InviteeReport::officeLine(), m_rows, *badgeLayout());
        m_document = badges.document;
        m_badgeIds = badges.inviteeIds;
        m_ui->countLabel->setText(LanguageManager::digits(tr("%Ln badge(s) will be printed.", nullptr, badges.badges)));
        QString summary = tr("Badges: %1 · pages: %2").arg(LanguageManager::number(badges.badges),
                                                           LanguageManager::number(m_document.pageCount()));
        if (badges.skipped)
            summary += QLatin1Char('\n') + tr("No badge for %1 not invited or declined.").arg(LanguageManager::number(badges.skipped));
        const QString filter = InviteeReport::filterSummary(m_filter);
        if (!filter.isEmpty())
            summary += QLatin1Char('\n') + filter;
        m_ui->summaryLabel->setText(summary);
    } else if (problem.isEmpty()) {
        const bool busy = m_rows.size() > BusyRows;
        if (busy)
            QApplication::setOverrideCursor(Qt::WaitCursor);
        InviteeReportOptions chosen = options();
        if (chosen.countsByDay)
            chosen.dayCounts = InviteeReport::dayCounts(m_event->id);
        m_document = InviteeReport::build(*m_event, InviteeReport::officeLine(), m_rows, m_filter, chosen);
        if (busy)
            QApplication::restoreOverrideCursor();
        m_ui->countLabel->setText(
            LanguageManager::digits(tr("%Ln invitee(s) will be printed.", nullptr, m_document.rowCount)));
        const QLocale locale;
        QString summary = tr("Invitees: %1 · pages: %2").arg(locale.toString(m_document.rowCount),
                                                             locale.toString(m_document.pageCount()));
        const QString filter = InviteeReport::filterSummary(m_filter);
        if (!filter.isEmpty())
            summary += QLatin1Char('\n') + filter;
        m_ui->summaryLabel->setText(summary);
    } else {
        m_document = ReportDocument();
        m_ui->countLabel->clear();
        m_ui->summaryLabel->setText(problem);
    }
    m_ui->printButton->setEnabled(m_document.pageCount() > 0);
    m_ui->savePdfButton->setEnabled(m_document.pageCount() > 0);
    {
        const QSignalBlocker blocker(m_ui->pageSpin);
        m_ui->pageSpin->setMaximum(qMax(1, m_document.pageCount()));
        m_ui->pageSpin->setValue(qBound(1, page + 1, qMax(1, m_document.pageCount())));
    }
    updateNavigation();
    updatePreview();
}

int PrintInviteesDialog::currentPage() const
{
    return m_ui->pageSpin->value() - 1;
}

void PrintInviteesDialog::setCurrentPage(int page)
{
    m_ui->pageSpin->setValue(page + 1);
}

void PrintInviteesDialog::nextPage()
{
    setCurrentPage(currentPage() + 1);
}

void PrintInviteesDialog::previousPage()
{
    setCurrentPage(currentPage() - 1);
}

int PrintInviteesDialog::zoom() const
{
    return m_ui->zoomCombo->currentData().toInt();
}

void PrintInviteesDialog::setZoom(int zoom)
{
    const int index = m_ui->zoomCombo->findData(zoom);
    if (index >= 0)
        m_ui->zoomCombo->setCurrentIndex(index);
}

// Zooming in from "fit width" or "whole page" goes to the next step above what is shown.
void PrintInviteesDialog::zoomIn()
{
    const int shown = qRound(previewDpi() * 100 / logicalDpiX());
    for (int step : ZoomSteps)
        if (step > shown + 2) {
            setZoom(step);
            return;
        }
}

void PrintInviteesDialog::zoomOut()
{
    const int shown = qRound(previewDpi() * 100 / logicalDpiX());
    for (auto it = ZoomSteps.crbegin(); it != ZoomSteps.crend(); ++it)
        if (*it > 0 && *it < shown - 2) {
            setZoom(*it);
            return;
        }
}

qreal PrintInviteesDialog::previewDpi() const
{
    const QSizeF page = m_document.pageSize.isValid() ? m_document.pageSize : QSizeF(595.28, 841.89);
    const QSize room = m_ui->previewArea->viewport()->size() - QSize(24, 24);
    qreal dpi = logicalDpiX() * zoom() / 100.0;
    if (zoom() == 0)
        dpi = room.width() / page.width() * 72;
    else if (zoom() < 0)
        dpi = qMin(room.width() / page.width(), room.height() / page.height()) * 72;
    return qBound<qreal>(20, dpi, 600);
}

void PrintInviteesDialog::updatePreview()
{
    if (m_document.pages.isEmpty()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(m_ui->summaryLabel->text());
        m_preview->adjustSize();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QImage image = ReportRenderer::renderPage(m_document, currentPage(), previewDpi() * ratio);
    image.setDevicePixelRatio(ratio);
    m_preview->setPixmap(QPixmap::fromImage(image));
    m_preview->adjustSize();
}

void PrintInviteesDialog::updateNavigation()
{
    const int count = m_document.pageCount();
    m_ui->pageCountLabel->setText(tr("of %1").arg(QLocale().toString(qMax(1, count))));
    m_ui->previousButton->setEnabled(currentPage() > 0);
    m_ui->nextButton->setEnabled(currentPage() + 1 < count);
    m_ui->pageSpin->setEnabled(count > 1);
}

bool PrintInviteesDialog::saveAsPdf(const QString &fileName, QString *error)
{
    QProgressDialog progress(tr("Saving the PDF…"), tr("Cancel"), 0, m_document.pageCount(), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(800);
    const bool saved = ReportRenderer::writePdf(m_document, fileName, error, [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    if (saved) // a PDF of badges is printed elsewhere: they count as printed
        recordBadgesPrinted(0, m_document.pageCount() - 1);
    return saved;
}

bool PrintInviteesDialog::print(QPrinter *printer, QString *error)
{
    if (!DocumentPrinting::print(this, m_document, printer, currentPage(), error))
        return false;
    const auto pages = DocumentPrinting::pageRange(m_document, *printer, currentPage());
    recordBadgesPrinted(pages.first, pages.second);
    return true;
}

void PrintInviteesDialog::printWithDialog()
{
    QPair<int, int> pages;
    const QString sent = DocumentPrinting::printWithDialog(this, m_document, currentPage(), &pages);
    if (sent.isEmpty())
        return;
    m_ui->statusLabel->setText(sent);
    recordBadgesPrinted(pages.first, pages.second);
}

void PrintInviteesDialog::saveWithDialog()
{
    if (m_document.pages.isEmpty())
        return;
    QSettings settings;
    const QString folder = settings.value(PdfFolderKey,
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString name = slug(m_event->nameEn);
    if (name.isEmpty())
        name = QStringLiteral("event-%1").arg(m_event->id);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.pdf").arg(currentLayoutKey(), name));
    QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!saveAsPdf(path, &error)) {
        MessageBoxes::warn(this, tr("The PDF could not be saved"), error);
        return;
    }
    settings.setValue(PdfFolderKey, QFileInfo(path).absolutePath());
    m_ui->statusLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void PrintInviteesDialog::retranslateUi()
{
    for (int i = 0; i < m_ui->layoutCombo->count(); ++i) {
        const int data = m_ui->layoutCombo->itemData(i).toInt();
        m_ui->layoutCombo->setItemText(i, data >= BadgeData ? BadgeReport::layoutName(BadgeLayout(data - BadgeData))
                                                            : InviteeReport::layoutName(InviteeReportLayout(data)));
    }
    m_ui->orientationCombo->setItemText(0, tr("Portrait"));
    m_ui->orientationCombo->setItemText(1, tr("Landscape"));
    const QLocale locale;
    for (int i = 0; i < m_ui->zoomCombo->count(); ++i) {
        const int step = m_ui->zoomCombo->itemData(i).toInt();
        m_ui->zoomCombo->setItemText(i, step == 0   ? tr("Fit width")
                                        : step < 0 ? tr("Whole page")
                                                   : tr("%1%", "zoom").arg(locale.toString(step)));
    }
    {
        const QSignalBlocker blocker(m_ui->columnList);
        for (int i = 0; i < m_ui->columnList->count(); ++i) {
            QListWidgetItem *item = m_ui->columnList->item(i);
            item->setText(InviteeReport::columnTitle(InviteeColumn(item->data(Qt::UserRole).toInt())));
        }
    }
    m_ui->onlySelectedCheck->setText(tr("Only the selected invitees (%1)").arg(QLocale().toString(int(m_selectedIds.size()))));
    {
        const QSignalBlocker blocker(m_ui->statusList);
        for (int i = 0; i < m_ui->statusList->count(); ++i) {
            QListWidgetItem *item = m_ui->statusList->item(i);
            QString name = InvitationStatuses::displayName(InvitationStatus(item->data(Qt::UserRole).toInt()));
            if (!name.isEmpty())
                name[0] = name.at(0).toUpper();
            item->setText(name);
        }
    }
    m_ui->dayCombo->setItemText(0, tr("The whole event"));
    for (int i = 1; i < m_ui->dayCombo->count() && m_event; ++i)
        m_ui->dayCombo->setItemText(i, InviteeReport::dayHeading(*m_event, m_ui->dayCombo->itemData(i).toDate()));
    if (m_event)
        setWindowTitle(tr("Print invitees: %1").arg(m_event->name(LanguageManager::currentLanguage())));
    updateNavigation();
}

void PrintInviteesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        applyRowChoices(); // the note on badges printed before
        rebuild(); // the printout follows the program's language
    }
    QDialog::changeEvent(event);
}

// "Fit width" and "whole page" follow the preview's size.
bool PrintInviteesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->previewArea->viewport() && event->type() == QEvent::Resize && zoom() <= 0
        && !m_settingUp)
        updatePreview();
    return QDialog::eventFilter(watched, event);
}

void PrintInviteesDialog::done(int result)
{
    QSettings().setValue(SettingsGroup + QLatin1Char('/') + GeometryKey, saveGeometry());
    QDialog::done(result);
}
