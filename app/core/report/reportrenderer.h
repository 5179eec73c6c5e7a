#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QImage>
#include <functional>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
typedef struct _cairo cairo_t;

// Replays a ReportDocument: onto Cairo's PDF surface (text stays text, with its Unicode, so
// Hindi is searchable and copyable), onto Cairo image surfaces (preview pages) and, through
// those images, onto any QPagedPaintDevice such as a QPrinter. Every output draws the same
// display list, so the preview shows exactly what prints.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    // Called after each page; return false to stop (the output is then abandoned).
    using Progress = std::function<bool(int pagesDone, int pageCount)>;

    // Writes the whole document as PDF. The file is replaced only when everything was written;
    // the paths OutputPath refuses (the open database, its backups, ...) are never written.
    static bool writePdf(const ReportDocument &document, const QString &fileName,
                         QString *error = nullptr, const Progress &progress = {});
    static bool writePdf(const ReportDocument &document, QIODevice *device, QString *error = nullptr,
                         const Progress &progress = {});

    // One page as an image at `dpi` (white paper).
    static QImage renderPage(const ReportDocument &document, int page, qreal dpi);

    // Paints pages `first`..`last` (0-based, inclusive) onto `device` page by page, as images at
    // the device's resolution (at most `maxDpi`), in horizontal bands so memory stays small
    // even at 1200 dpi. The page is scaled to fit the device's page, keeping its proportions.
    static bool print(const ReportDocument &document, QPagedPaintDevice *device, int first, int last,
                      QString *error = nullptr, const Progress &progress = {}, qreal maxDpi = 600);

    // Draws one page with Cairo in points (the caller sets up any scaling).
    static void replay(cairo_t *cr, const ReportPage &page);
};
