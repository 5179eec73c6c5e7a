#include "waitinglist.h"

#include "text/languagemanager.h"
#include "stallview.h"
#include "text/textfold.h"

#include <QApplication>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {
const QString AllowMoreKey = QStringLiteral("stalls/allowMoreThanOne");
constexpr int NameRole = Qt::UserRole + 1;      // the person, under the enterprise
constexpr int SearchRole = Qt::UserRole + 2;    // folded enterprise, name and mobile

// Enterprise above, the person below in grey; both elided to the list's width, so nothing is
// cut off and no sideways scrolling is needed. The whole entry is in the tooltip.
class WaitingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        // A small width: the list then makes every row as wide as itself.
        return QSize(40, 2 * metrics.lineSpacing() + 6);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const QString first = o.text;
        o.text.clear();
        QStyle *style = o.widget ? o.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
        const QRect area = option.rect.adjusted(4, 3, -4, -3);
        const QFontMetrics metrics(option.font);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        painter->save();
        painter->setFont(option.font);
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(area.left(), area.top(), area.width(), metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(first, Qt::ElideRight, area.width()));
        const QString second = index.data(NameRole).toString();
        if (!second.isEmpty()) {
            if (!selected)
                painter->setPen(option.palette.color(group, QPalette::PlaceholderText));
            painter->drawText(QRect(area.left(), area.top() + metrics.lineSpacing(), area.width(), metrics.lineSpacing()),
                              Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(second, Qt::ElideRight, area.width()));
        }
        painter->restore();
    }
};
} // namespace

// The list itself: two lines an invitee (enterprise, then name), never wider than the panel.
// Drag one onto a stall to allot it; drop a stall here (Ctrl+drag from the plan) to free it.
class WaitingListView final : public QListWidget
{
    Q_OBJECT
public:
    static inline const QString InviteeMime = QStringLiteral("application/x-sammelan-invitee");

    explicit WaitingListView(QWidget *parent = nullptr);

signals:
    void freeRequested(qint64 stallId);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

WaitingListView::WaitingListView(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setItemDelegate(new WaitingDelegate(this));
}

QStringList WaitingListView::mimeTypes() const
{
    return {InviteeMime};
}

QMimeData *WaitingListView::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(InviteeMime, QByteArray::number(items.constFirst()->data(Qt::UserRole).toLongLong()));
    data->setText(items.constFirst()->toolTip());
    return data;
}

void WaitingListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(StallView::StallMime))
        event->acceptProposedAction();
    else
        QListWidget::dragEnterEvent(event);
}

void WaitingListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(StallView::StallMime))
        event->acceptProposedAction();
    else
        event->ignore();
}

void WaitingListView::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasFormat(StallView::StallMime)) {
        emit freeRequested(event->mimeData()->data(StallView::StallMime).toLongLong());
        event->acceptProposedAction();
    }
}

WaitingList::WaitingList(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    auto *list = new WaitingListView(this);
    m_list = list;
    m_allowMore = new QCheckBox(this);
    m_allowMore->setChecked(QSettings().value(AllowMoreKey, false).toBool());
    // The check box's words wrap in a label of their own: on one line they made the list at
    // least 250 pixels wide, taken from the plan on a small screen. Clicking them ticks the box.
    m_allowMoreLabel = new QLabel(this);
    m_allowMoreLabel->setWordWrap(true);
    m_allowMoreLabel->setBuddy(m_allowMore);
    m_allowMoreLabel->installEventFilter(this);
    auto *allowRow = new QHBoxLayout;
    allowRow->addWidget(m_allowMore, 0, Qt::AlignTop);
    allowRow->addWidget(m_allowMoreLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(allowRow);
    connect(m_allowMore, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(AllowMoreKey, on); });
    connect(m_search, &QLineEdit::textChanged, this, &WaitingList::applySearch);
    connect(list, &WaitingListView::freeRequested, this, &WaitingList::freeRequested);
    // Counts are numbers: they follow the digit setting, which sends no LanguageChange.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &WaitingList::retranslateUi);
    retranslateUi();
}

QString WaitingList::displayName(const StallRepository::Holder &holder)
{
    return holder.enterprise.isEmpty() ? holder.name : QStringLiteral("%1 — %2").arg(holder.enterprise, holder.name);
}

void WaitingList::setHolders(const QList<StallRepository::Holder> &holders)
{
    m_holders = holders;
    m_list->clear();
    for (const StallRepository::Holder &h : holders) {
        auto *item = new QListWidgetItem(h.enterprise.isEmpty() ? h.name : h.enterprise, m_list);
        item->setData(Qt::UserRole, h.inviteeId);
        item->setData(NameRole, h.enterprise.isEmpty() ? QString() : h.name);
        item->setData(SearchRole, TextFold::fold(QStringList{h.enterprise, h.name, h.mobile}.join(QLatin1Char(' '))));
        item->setToolTip(h.mobile.isEmpty() ? displayName(h) : QStringLiteral("%1\n%2").arg(displayName(h), h.mobile));
    }
    applySearch();
}

bool WaitingList::allowMoreThanOne() const
{
    return m_allowMore->isChecked();
}

void WaitingList::applySearch()
{
    const QString query = TextFold::fold(m_search->text());
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!query.isEmpty() && !item->data(SearchRole).toString().contains(query));
    }
    retranslateUi();
}

void WaitingList::retranslateUi()
{
    int shown = 0;
    for (int i = 0; i < m_list->count(); ++i)
        shown += m_list->item(i)->isHidden() ? 0 : 1;
    const int all = int(m_holders.size());
    m_title->setText(shown == all ? tr("Waiting for a stall (%1): drag one onto a stall").arg(LanguageManager::number(all))
                                  : tr("Waiting for a stall (%1 of %2 shown): drag one onto a stall")
                                        .arg(LanguageManager::number(shown), LanguageManager::number(all)));
    // Short, so that it is not cut off in a narrow list; the tooltip says what is searched.
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setToolTip(tr("Search by enterprise, name or mobile"));
    m_search->setAccessibleName(tr("Search the waiting list"));
    m_allowMoreLabel->setText(tr("Allow an enterprise more than one stall"));
    m_allowMore->setAccessibleName(m_allowMoreLabel->text());
}

bool WaitingList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_allowMoreLabel && event->type() == QEvent::MouseButtonRelease) {
        m_allowMore->toggle();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void WaitingList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

#include "waitinglist.moc"
