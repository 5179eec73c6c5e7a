#pragma once

#include "report/conclavereport.h"

#include <QImage>
#include <QSizeF>

class QChart;

// Draws the charts of a report (ReportChart) with Qt Charts, in the look of the export charts:
// the same palette, fonts and number locale. The picture is laid out at about 1.7 pixels per
// point, so its 9-point labels print at about 9 points, and drawn 2.5 times over: some 300 dpi.
class ReportCharts final
{
public:
    static QImage render(const ReportChart &chart, const QSizeF &points);
    // The renderer to hand to ConclaveReport::build.
    static ReportChartRenderer renderer() { return &ReportCharts::render; }
    // The chart itself (the caller owns it), for tests and the screen.
    static QChart *create(const ReportChart &chart);
};
