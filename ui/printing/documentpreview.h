#pragma once

#include "report/reportdocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;
class QToolButton;

// A laid-out document shown page by page, as it will print: previous/next, the page number, zoom
// (fit width, whole page, percentages). The pages are the report engine's own rendering, so the
// preview is the PDF and the paper.
class DocumentPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentPreview(QWidget *parent = nullptr);

    // Shows `document` (kept by value), on the same page as before where it still exists. An
    // empty document shows `emptyText` instead.
    void setDocument(const ReportDocument &document, const QString &emptyText = QString());
    const ReportDocument &document() const { return m_document; }
    int currentPage() const; // 0-based
    void setCurrentPage(int page);
    // 0 fits the page's width, -1 the whole page, otherwise percent.
    int zoom() const;
    void setZoom(int zoom);
    QLabel *pageLabel() const { return m_page; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void updateNavigation();
    qreal dpi() const;

    ReportDocument m_document;
    QString m_emptyText;
    QToolButton *m_previous;
    QToolButton *m_next;
    QSpinBox *m_pageSpin;
    QLabel *m_pageCount;
    QComboBox *m_zoom;
    QScrollArea *m_area;
    QLabel *m_page;
};
