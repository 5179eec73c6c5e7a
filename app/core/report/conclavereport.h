#pragma once

#include "storage/database.h"
#include "events/event.h"
#include "exports/exportrecord.h"
#include "exports/exporttarget.h"
#include "invitees/inviteelist.h"
#include "report/conclavereportrepository.h"
#include "report/reportdocument.h"
#include "sectors/sector.h"
#include "stalls/stall.h"

#include <QCoreApplication>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QSet>
#include <functional>
#include <optional>

// A chart of a report, as data: categories, and one or more series of values over them. The
// report engine has no charts of its own; the caller lends a renderer (the program draws them
// with Qt Charts: ReportCharts in sammelan_charts), and the picture is placed at high
// resolution. Without one, the report keeps the tables, which carry every figure anyway.
struct ReportChart {
    enum class Kind {
        Bars,        // horizontal bars, first category at the top; one series, or several side by side
        StackedBars, // horizontal bars, the series stacked
        Columns,     // vertical bars by year, the series side by side (target and actual)
        Line,        // a line over the categories (years)
    };
    Kind kind = Kind::Bars;
    QString valueTitle;       // "₹ crore", "people"
    QStringList categories;
    QStringList series;
    QList<QList<double>> values; // values[series][category]
    QList<QColor> colors;        // per series; empty: the palette
};
// Draws `chart` for a picture `size` points large; returns the picture (any resolution, drawn
// at 300 dpi or so), or a null image.
using ReportChartRenderer = std::function<QImage(const ReportChart &chart, const QSizeF &size)>;

// Everything the conclave report says, read from the database in one go (ConclaveReport::gather)
// so that laying it out in either language reads nothing more.
struct ConclaveReportData {
    Event event;
    QList<InviteeRow> invitees;     // the event's invitations (not "not invited")
    QSet<qint64> earlierParticipants;
    QHash<qint64, Event> events;    // every event, for the nominations
    QHash<qint64, Sector> sectors;
    QList<Stall> stalls;
    bool hasHall = false;
    QList<ExportRecord> records;
    QList<ExportTarget> targets;
    ConclaveNotes notes;
    QString districtEn, districtHi; // from the settings
};

// The conclave report (सम्मेलन प्रतिवेदन) for the District Export Promotion Committee: the
// event, its dates, venue and organisers; invited, confirmed, attended and declined by sector
// and by block or tehsil, as tables and charts; first-time participants; those nominated to
// another event; stalls by category and occupancy; the district's exports (the latest year by
// country and by HS chapter, the trend, targets against actuals); the decisions and follow-ups
// typed in for it (or ruled space to write them). In the current language, figures in Indian
// grouping, laid out by the report engine so Hindi stays searchable in the PDF.
class ConclaveReport final
{
    Q_DECLARE_TR_FUNCTIONS(ConclaveReport)
public:
    // Reads what the report needs; nothing when there is no such event (with the reason).
    static std::optional<ConclaveReportData> gather(qint64 eventId,
                                                    const QString &connection = Database::defaultConnectionName(),
                                                    QString *error = nullptr);
    static ReportDocument build(const ConclaveReportData &data, const ReportChartRenderer &charts = {});

    // The block or tehsil an address names: a part that says so ("Block Pipraich", "तहसील
    // सहजनवा"), else the last part that is not the district, the state or a PIN code
    // ("Nathmalpur, Gorakhnath, Gorakhpur 273015" → "Gorakhnath"). Empty when none is left.
    static QString areaOf(const QString &address, const QStringList &districtNames);

    // "Conclave report" in the current language.
    static QString title();
    // The charts' colour for each invitation status in the attendance charts.
    static QColor statusColor(InvitationStatus status);
};
