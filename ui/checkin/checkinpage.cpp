#include "checkinpage.h"

#include "undo/writecommand.h"
#include "undo/changenotifier.h"
#include "storage/appinfo.h"
#include "checkin/checkincode.h"
#include "checkin/checkincommand.h"
#include "checkin/checkinrepository.h"
#include "storage/database.h"
#include "undo/errorchannel.h"
#include "events/eventrepository.h"
#include "invitees/inviteecommands.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteelistquery.h"
#include "invitees/inviteerepository.h"
#include "invitees/inviteedialog.h"
#include "text/languagemanager.h"
#include "printing/singlebadgedialog.h"
#include "sectors/sectorrepository.h"
#include "stalls/stallrepository.h"

#include <QEvent>
#include <QKeyEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString Connection = Database::defaultConnectionName();
constexpr int MaxMatches = 12;

QString cardStyle(const char *border, const char *background)
{
    return QStringLiteral("#checkinCard { border: 3px solid %1; border-radius: 8px; background: %2; }")
        .arg(QLatin1String(border), QLatin1String(background));
}
} // namespace

CheckinPage::CheckinPage(QUndoStack *undoStack, QWidget *parent) : QWidget(parent), m_undoStack(undoStack)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_counts = new QLabel(this);
    QFont countsFont = m_counts->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.6);
    m_counts->setFont(countsFont);

    m_input = new QLineEdit(this);
    QFont inputFont = m_input->font();
    inputFont.setPointSizeF(inputFont.pointSizeF() * 1.8);
    m_input->setFont(inputFont);
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::returnPressed, this, &CheckinPage::submit);
    // New text is a new search: a row picked for the old one is no longer chosen.
    connect(m_input, &QLineEdit::textEdited, this, [this] {
        m_matchChosen = false;
        m_matches->setCurrentRow(-1);
    });

    m_card = new QFrame(this);
    m_card->setObjectName(QStringLiteral("checkinCard"));
    m_resultTitle = new QLabel(m_card);
    QFont resultFont = m_resultTitle->font();
    resultFont.setPointSizeF(resultFont.pointSizeF() * 2.4);
    resultFont.setBold(true);
    m_resultTitle->setFont(resultFont);
    m_resultTitle->setWordWrap(true);
    m_resultDetail = new QLabel(m_card);
    QFont detailFont = m_resultDetail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 1.4);
    m_resultDetail->setFont(detailFont);
    m_resultDetail->setWordWrap(true);
    m_anywayButton = new QPushButton(m_card);
    m_anywayButton->hide();
    connect(m_anywayButton, &QPushButton::clicked, this, [this] {
        if (m_shownInvitee)
            checkIn(m_shownInvitee, true);
    });
    m_printBadgeButton = new QPushButton(m_card);
    m_printBadgeButton->hide();
    connect(m_printBadgeButton, &QPushButton::clicked, this, &CheckinPage::printBadge);
    auto *cardButtons = new QHBoxLayout;
    cardButtons->addWidget(m_anywayButton);
    cardButtons->addWidget(m_printBadgeButton);
    cardButtons->addStretch();
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_resultTitle);
    cardLayout->addWidget(m_resultDetail);
    cardLayout->addLayout(cardButtons);
    m_card->hide();

    // Everything typed at the desk goes into the box: nothing else on the page takes the
    // focus (a list with the focus once took "Geeta" as a search in the list and checked in
    // the highlighted Meera on Enter). The list is chosen from by a click, or by the arrow
    // keys in the box and Enter.
    m_matches = new QListWidget(this);
    m_matches->setFont(detailFont);
    m_matches->setFocusPolicy(Qt::NoFocus);
    m_matches->hide();
    connect(m_matches, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            checkIn(id);
    });
    m_matchesHint = new QLabel(this);
    m_matchesHint->setWordWrap(true);
    m_matchesHint->hide();

    m_walkInButton = new QPushButton(this);
    m_undoButton = new QPushButton(this);
    m_fullScreenButton = new QPushButton(this);
    for (QPushButton *b : {m_walkInButton, m_undoButton, m_fullScreenButton, m_anywayButton, m_printBadgeButton})
        b->setFocusPolicy(Qt::NoFocus); // reached by click or Alt+letter; typing stays in the box
    m_undoButton->setEnabled(false);
    connect(m_walkInButton, &QPushButton::clicked, this, &CheckinPage::addWalkIn);
    connect(m_undoButton, &QPushButton::clicked, this, &CheckinPage::undoLastCheckIn);
    connect(m_fullScreenButton, &QPushButton::clicked, this, [this] {
        QWidget *w = window();
        w->isFullScreen() ? w->showNormal() : w->showFullScreen();
    });
    auto *fullScreen = new QShortcut(QKeySequence(Qt::Key_F11), this);
    fullScreen->setContext(Qt::WidgetWithChildrenShortcut);
    connect(fullScreen, &QShortcut::activated, m_fullScreenButton, &QPushButton::click);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this](int index) {
        m_undoButton->setEnabled(m_lastCheckInIndex >= 0 && index == m_lastCheckInIndex);
    });
    connect(ChangeNotifier::instance(), &ChangeNotifier::changed, this, [this](ChangeNotifier::Table table) {
        if (table == ChangeNotifier::Table::Invitations || table == ChangeNotifier::Table::Invitees)
            refreshCounts();
    });
    connect(ChangeNotifier::instance(), &ChangeNotifier::reset, this, &CheckinPage::refreshCounts);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_fullScreenButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_walkInButton);
    buttons->addWidget(m_undoButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addSpacing(8);
    layout->addWidget(m_input);
    layout->addWidget(m_card);
    layout->addWidget(m_matchesHint);
    layout->addWidget(m_matches, 1);
    layout->addStretch();
    layout->addLayout(buttons);
    setFocusProxy(m_input);
    retranslateUi();
}

void CheckinPage::setCurrentEvent(qint64 eventId)
{
    m_eventId = eventId;
    m_card->hide();
    m_matches->hide();
    m_matchesHint->hide();
    m_outcome = Outcome::None;
    retranslateUi();
}

QString CheckinPage::resultText() const
{
    return m_resultTitle->text() + QLatin1Char('\n') + m_resultDetail->text();
}

QString CheckinPage::countsText() const
{
    return m_counts->text();
}

void CheckinPage::refreshCounts()
{
    if (!m_eventId || !Database::isOpen(Connection)) {
        m_counts->clear();
        return;
    }
    const auto counts = CheckinRepository(Connection).statusCounts(m_eventId);
    int expected = 0;
    for (const InvitationStatus status : InvitationStatuses::expected())
        expected += counts.value(status);
    if (isSeveralDays()) {
        // Each day has its own arrivals; "attended" counts everyone who came on any day.
        const QDate today = day();
        const auto event = EventRepository(Connection).find(m_eventId);
        const int arrived = CheckinRepository(Connection).count(m_eventId, today);
        const int day = int(event->startDate.daysTo(today)) + 1;
        const int days = int(event->startDate.daysTo(event->endDate)) + 1;
        const QString dayText = day >= 1 && day <= days
                                    ? tr("Day %1 of %2").arg(LanguageManager::number(day), LanguageManager::number(days))
                                    : LanguageManager::digits(QLocale().toString(today, QLocale::ShortFormat));
        m_counts->setText(tr("%1 · Expected %2 · Arrived today %3 · Remaining %4 · Came on any day %5")
                              .arg(dayText, LanguageManager::number(expected), LanguageManager::number(arrived),
                                   LanguageManager::number(qMax(0, expected - arrived)),
                                   LanguageManager::number(counts.value(InvitationStatus::Attended))));
        return;
    }
    const int arrived = counts.value(InvitationStatus::Attended);
    m_counts->setText(tr("Expected %1 · Arrived %2 · Remaining %3")
                          .arg(LanguageManager::number(expected), LanguageManager::number(arrived),
                               LanguageManager::number(qMax(0, expected - arrived))));
}

QString CheckinPage::describe(qint64 inviteeId) const
{
    const auto v = InviteeRepository(Connection).find(inviteeId);
    if (!v)
        return {};
    QStringList parts;
    if (!v->enterprise.isEmpty())
        parts << v->enterprise;
    if (v->sectorId)
        if (const auto s = SectorRepository(Connection).find(v->sectorId))
            parts << s->name(LanguageManager::currentLanguage());
    // Straight to the stall: a search of the register by mobile would cost a scan of it.
    if (const QStringList stalls = StallRepository(Connection).codesHeldBy(m_eventId, inviteeId); !stalls.isEmpty())
        parts << tr("stall %1").arg(stalls.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

void CheckinPage::showResult(Outcome outcome, const QString &title, const QString &detail, qint64 inviteeId)
{
    m_outcome = outcome;
    m_shownInvitee = inviteeId;
    m_resultTitle->setText(title);
    m_resultDetail->setText(detail);
    switch (outcome) {
    case Outcome::CheckedIn:
        m_card->setStyleSheet(cardStyle("#2e7d32", "#e8f5e9"));
        break;
    case Outcome::AlreadyIn:
        m_card->setStyleSheet(cardStyle("#1565c0", "#e3f2fd"));
        break;
    default:
        m_card->setStyleSheet(cardStyle("#b00020", "#fdecea"));
        break;
    }
    const bool anyway = outcome == Outcome::Declined || outcome == Outcome::NotInvited;
    m_anywayButton->setVisible(anyway);
    // Someone who is in may need a badge printed here: a walk-in, a badge left at home.
    m_printBadgeButton->setVisible(inviteeId && (outcome == Outcome::CheckedIn || outcome == Outcome::AlreadyIn));
    m_card->show();
    m_matches->hide();
    m_matchesHint->hide();
}

void CheckinPage::readyForNext()
{
    m_input->clear();
    m_input->setFocus();
    m_matchChosen = false;
}

bool CheckinPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress && m_matches->isVisible()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int rows = m_matches->count();
        int row = m_matches->currentRow();
        switch (key) {
        case Qt::Key_Down: row = row < 0 ? 0 : row + 1; break;
        case Qt::Key_Up: row = row < 0 ? rows - 1 : row - 1; break;
        case Qt::Key_PageDown: row = rows - 1; break;
        case Qt::Key_PageUp: row = 0; break;
        default: return QWidget::eventFilter(watched, event);
        }
        row = qBound(0, row, rows - 1);
        // The "more: type more" line is not a person.
        while (row > 0 && !m_matches->item(row)->data(Qt::UserRole).toLongLong())
            --row;
        m_matches->setCurrentRow(row);
        m_matchChosen = m_input->text().trimmed() == m_matchesQuery;
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CheckinPage::submit()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty() || !m_eventId)
        return;
    // Enter on a row picked with the arrow keys for this very text: that person.
    if (m_matches->isVisible() && m_matchChosen && text == m_matchesQuery) {
        if (QListWidgetItem *item = m_matches->currentItem())
            if (const qint64 id = item->data(Qt::UserRole).toLongLong()) {
                checkIn(id);
                return;
            }
    }
    m_input->selectAll(); // the next scan or name replaces it
    if (CheckinCode::looksLikeCode(text)) {
        const auto code = CheckinCode::decode(text);
        if (!code || !InviteeRepository(Connection).find(code->inviteeId)) {
            showResult(Outcome::Unknown, tr("Unknown badge"),
                       tr("This code is not a Sammelan badge of this register (%1). Ask for the name "
                          "and type it instead.").arg(text));
            return;
        }
        if (code->eventId != m_eventId) {
            const auto other = EventRepository(Connection).find(code->eventId);
            showResult(Outcome::WrongEvent, tr("Badge of another event"),
                       tr("This badge is for %1.").arg(other ? other->name(LanguageManager::currentLanguage())
                                                             : tr("an event that no longer exists")));
            return;
        }
        checkIn(code->inviteeId);
        return;
    }
    // A name or a mobile, in either script: one match checks in; several wait for a choice.
    InviteeFilter filter;
    filter.eventId = m_eventId;
    filter.search = text;
    const QList<InviteeRow> rows = InviteeListQuery(Connection).list(filter, {}, 0, MaxMatches + 1);
    if (rows.isEmpty()) {
        showResult(Outcome::Unknown, tr("Not found"),
                   tr("Nobody in the register matches “%1”. Add a walk-in if the person is welcome.").arg(text));
        return;
    }
    if (rows.size() == 1) {
        checkIn(rows.first().id);
        return;
    }
    showMatches(text, rows);
}

void CheckinPage::showMatches(const QString &query, const QList<InviteeRow> &rows)
{
    m_outcome = Outcome::Matches;
    m_card->hide();
    m_matches->clear();
    for (const InviteeRow &row : rows.mid(0, MaxMatches)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 — %3 (%4)")
                                             .arg(row.name, row.enterprise, row.mobile,
                                                  InvitationStatuses::displayName(row.status)),
                                         m_matches);
        item->setData(Qt::UserRole, row.id);
    }
    if (rows.size() > MaxMatches)
        m_matches->addItem(tr("… more: type more of the name"));
    // Nobody is highlighted: Enter alone must never check in a person nobody chose.
    m_matches->setCurrentRow(-1);
    m_matchesQuery = query;
    m_matchChosen = false;
    m_matchesHint->setText(tr("Several people match “%1”. Click the right one, or choose with ↑ ↓ and "
                              "press Enter.").arg(query));
    m_matchesHint->show();
    m_matches->show();
    m_input->setFocus();
}

void CheckinPage::checkIn(qint64 inviteeId, bool evenIfNotExpected)
{
    InviteeRepository repository(Connection);
    InvitationRepository invitations(Connection);
    const auto invitee = repository.find(inviteeId);
    if (!invitee || !m_eventId)
        return;
    const InvitationState state = invitations.invitationState(m_eventId, inviteeId);
    const QString detail = describe(inviteeId);
    const bool severalDays = isSeveralDays();
    const QDate today = day();
    auto alreadyIn = [&](const QDateTime &at, const QString &desk) {
        const QString time = LanguageManager::digits(at.toString(QStringLiteral("HH:mm")));
        QString text = severalDays ? tr("Already in today, since %1.").arg(time)
                                   : tr("Already checked in at %1.").arg(time);
        if (!desk.isEmpty() && desk != AppInfo::deskName())
            text += QLatin1Char(' ') + tr("(desk: %1)").arg(desk);
        showResult(Outcome::AlreadyIn, invitee->name, text + QLatin1Char('\n') + detail, inviteeId);
        readyForNext();
    };
    if (const auto existing = CheckinRepository(Connection).find(m_eventId, inviteeId, today)) {
        alreadyIn(existing->at, existing->desk);
        return;
    }
    // Marked "attended" by hand (or on an earlier day of a one-day event): already in.
    if (state.status == InvitationStatus::Attended && !severalDays) {
        // The desk that marked it, where known (every write records its desk).
        const auto stamp = RowVersion::read(QSqlDatabase::database(Connection), QStringLiteral("invitations"), state.id);
        alreadyIn(QDateTime::fromString(state.changedAt, Qt::ISODate).toLocalTime(), stamp ? stamp->desk : QString());
        return;
    }
    const bool expected = InvitationStatuses::expected().contains(state.status);
    if (!expected && !evenIfNotExpected) {
        const bool declined = state.status == InvitationStatus::Declined;
        showResult(declined ? Outcome::Declined : Outcome::NotInvited, invitee->name,
                   (declined ? tr("Declined the invitation.") : tr("Not invited to this event."))
                       + QLatin1Char('\n') + detail,
                   inviteeId);
        readyForNext();
        return;
    }
    // One undo step and one write, whatever it takes to get there (a declined guest is
    // confirmed first). "Welcome" only once the write is in the file.
    QList<InvitationStatus> steps;
    if (!expected)
        steps << (state.status == InvitationStatus::Declined ? InvitationStatus::Confirmed
                                                             : InvitationStatus::Invited);
    steps << InvitationStatus::Attended;
    CheckInCommand::Outcome outcome;
    m_undoStack->push(new CheckInCommand(Connection, m_eventId, inviteeId, today, steps, invitee->name,
                                         AppInfo::deskName(), &outcome));
    switch (outcome.kind) {
    case CheckInCommand::Outcome::AlreadyIn: // another desk, a moment ago
        alreadyIn(outcome.at, outcome.desk);
        return;
    case CheckInCommand::Outcome::Failed:
    case CheckInCommand::Outcome::None:
        showResult(Outcome::NotSaved, invitee->name,
                   tr("Not checked in: the check-in could not be saved. Try again.") + QLatin1Char('\n') + detail,
                   inviteeId);
        readyForNext();
        return;
    case CheckInCommand::Outcome::CheckedIn:
        break;
    }
    m_lastCheckInIndex = m_undoStack->index();
    m_undoButton->setEnabled(true);
    showResult(Outcome::CheckedIn, invitee->name,
               tr("Welcome! Checked in at %1.")
                       .arg(LanguageManager::digits(QTime::currentTime().toString(QStringLiteral("HH:mm"))))
                   + QLatin1Char('\n') + detail,
               inviteeId);
    readyForNext();
}

bool CheckinPage::isSeveralDays() const
{
    const auto event = EventRepository(Connection).find(m_eventId);
    return event && event->endDate > event->startDate;
}

void CheckinPage::addWalkIn()
{
    if (!m_eventId)
        return;
    InviteeDialog dialog(Connection, this);
    dialog.setWindowTitle(tr("Walk-in"));
    dialog.setInvitee(Invitee{});
    Invitee v;
    qint64 newId = 0;
    dialog.setSaver([&] {
        QString error;
        const auto complete = dialog.inviteeWithSector(&error);
        if (!complete) {
            ErrorChannel::instance()->report(error);
            return false;
        }
        v = *complete;
        auto *add = new AddInviteeCommand(Connection, v, m_eventId, InvitationStatus::Attended);
        add->checkInOn(day(), AppInfo::deskName());
        const auto *command = pushKept(m_undoStack, add);
        newId = command ? command->inviteeId() : 0;
        return command != nullptr; // on failure the window has said why; the form stays open
    });
    const int result = dialog.exec();
    if (dialog.openInsteadId()) {
        checkIn(dialog.openInsteadId(), true); // already in the register: just check in
        return;
    }
    if (result != QDialog::Accepted)
        return;
    m_lastCheckInIndex = m_undoStack->index();
    showResult(Outcome::CheckedIn, v.name, tr("Walk-in added and checked in."), newId);
    m_input->setFocus();
}

void CheckinPage::printBadge()
{
    const auto event = EventRepository(Connection).find(m_eventId);
    const auto row = m_shownInvitee ? SingleBadgeDialog::rowFor(m_eventId, m_shownInvitee) : std::nullopt;
    if (event && row) {
        SingleBadgeDialog dialog(*event, *row, this);
        dialog.exec();
    }
    m_input->setFocus();
}

void CheckinPage::undoLastCheckIn()
{
    if (m_lastCheckInIndex >= 0 && m_undoStack->index() == m_lastCheckInIndex) {
        m_undoStack->undo();
        m_lastCheckInIndex = -1;
        showResult(Outcome::None, tr("Check-in taken back"), QString());
        m_card->setStyleSheet(cardStyle("#757575", "#f5f5f5"));
    }
    m_input->setFocus();
}

void CheckinPage::retranslateUi()
{
    const auto event = m_eventId && Database::isOpen(Connection) ? EventRepository(Connection).find(m_eventId)
                                                                  : std::nullopt;
    m_title->setText(event ? tr("Check-in desk — %1").arg(event->name(LanguageManager::currentLanguage()))
                           : tr("Check-in desk (choose an event)"));
    m_input->setPlaceholderText(tr("Scan a badge, or type a name or mobile and press Enter"));
    m_walkInButton->setText(tr("Add a &walk-in…"));
    m_undoButton->setText(tr("&Undo the last check-in"));
    m_fullScreenButton->setText(tr("Full screen (F11)"));
    m_anywayButton->setText(tr("Check in &anyway"));
    m_printBadgeButton->setText(tr("Print &badge…"));
    refreshCounts();
}

void CheckinPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_input->setFocus();
}

void CheckinPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
