#include "documentpreview.h"

#include "text/languagemanager.h"
#include "report/reportrenderer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QList<int> ZoomSteps{0, -1, 50, 75, 100, 125, 150, 200};
}

DocumentPreview::DocumentPreview(QWidget *parent)
    : QWidget(parent), m_previous(new QToolButton(this)), m_next(new QToolButton(this)), m_pageSpin(new QSpinBox(this)),
      m_pageCount(new QLabel(this)), m_zoom(new QComboBox(this)), m_area(new QScrollArea(this)), m_page(new QLabel)
{
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_pageSpin->setMinimum(1);
    m_pageSpin->setObjectName(QStringLiteral("previewPageSpin"));
    for (int step : ZoomSteps)
        m_zoom->addItem(QString(), step);
    m_page->setObjectName(QStringLiteral("previewPage"));
    m_page->setAlignment(Qt::AlignCenter);
    m_page->setWordWrap(true);
    m_area->setWidget(m_page);
    m_area->setWidgetResizable(false);
    m_area->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_area->setBackgroundRole(QPalette::Dark);
    m_area->viewport()->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_pageSpin);
    bar->addWidget(m_pageCount);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_zoom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_area, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { setCurrentPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setCurrentPage(currentPage() + 1); });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this] {
        updateNavigation();
        render();
    });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &DocumentPreview::render);
    retranslateUi();
    updateNavigation();
}

void DocumentPreview::setDocument(const ReportDocument &document, const QString &emptyText)
{
    const int page = currentPage();
    m_document = document;
    m_emptyText = emptyText;
    {
        const QSignalBlocker blocker(m_pageSpin);
        m_pageSpin->setMaximum(qMax(1, m_document.pageCount()));
        m_pageSpin->setValue(qBound(1, page + 1, qMax(1, m_document.pageCount())));
    }
    updateNavigation();
    render();
}

int DocumentPreview::currentPage() const
{
    return m_pageSpin->value() - 1;
}

void DocumentPreview::setCurrentPage(int page)
{
    m_pageSpin->setValue(page + 1);
}

int DocumentPreview::zoom() const
{
    return m_zoom->currentData().toInt();
}

void DocumentPreview::setZoom(int zoom)
{
    const int index = m_zoom->findData(zoom);
    if (index >= 0)
        m_zoom->setCurrentIndex(index);
}

qreal DocumentPreview::dpi() const
{
    const QSizeF page = m_document.pageSize.isValid() ? m_document.pageSize : QSizeF(595.28, 841.89);
    const QSize room = m_area->viewport()->size() - QSize(16, 16);
    qreal dpi = logicalDpiX() * zoom() / 100.0;
    if (zoom() == 0)
        dpi = room.width() / page.width() * 72;
    else if (zoom() < 0)
        dpi = qMin(room.width() / page.width(), room.height() / page.height()) * 72;
    return qBound<qreal>(20, dpi, 400);
}

void DocumentPreview::render()
{
    if (m_document.pages.isEmpty()) {
        m_page->setPixmap(QPixmap());
        m_page->setText(m_emptyText);
        m_page->setFixedWidth(qMax(200, m_area->viewport()->width() - 16));
        m_page->adjustSize();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QImage image = ReportRenderer::renderPage(m_document, currentPage(), dpi() * ratio);
    image.setDevicePixelRatio(ratio);
    m_page->setMinimumWidth(0);
    m_page->setMaximumWidth(QWIDGETSIZE_MAX);
    m_page->setPixmap(QPixmap::fromImage(image));
    m_page->adjustSize();
}

void DocumentPreview::updateNavigation()
{
    const int count = m_document.pageCount();
    m_pageCount->setText(tr("of %1").arg(LanguageManager::number(qMax(1, count))));
    m_previous->setEnabled(currentPage() > 0);
    m_next->setEnabled(currentPage() + 1 < count);
    m_pageSpin->setEnabled(count > 1);
}

void DocumentPreview::retranslateUi()
{
    m_previous->setToolTip(tr("Previous page"));
    m_next->setToolTip(tr("Next page"));
    for (int i = 0; i < m_zoom->count(); ++i) {
        const int step = m_zoom->itemData(i).toInt();
        m_zoom->setItemText(i, step == 0   ? tr("Fit width")
                               : step < 0 ? tr("Whole page")
                                          : tr("%1%", "zoom").arg(LanguageManager::number(step)));
    }
    updateNavigation();
}

void DocumentPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool DocumentPreview::eventFilter(QObject *watched, QEvent *event)
{
    // "Fit width" and "whole page" follow the preview's size.
    if (watched == m_area->viewport() && event->type() == QEvent::Resize && zoom() <= 0)
        render();
    return QWidget::eventFilter(watched, event);
}
