#include "numberlocale.h"

#include "text/languagemanager.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QSpinBox>
#include <QTableView>

namespace {

void applyTo(QWidget *widget)
{
    widget->setLocale(LanguageManager::numberLocale());
}

// The calendar's words (month and day names) come from the language's locale; its numbers
// (days, the year) from the number locale, which for Devanagari digits is Marathi and must not
// name months. Qt has no API for a calendar's digits: its day view and year box are reached by
// the object names Qt gives them, and left as they are should a later Qt rename them.
void applyToCalendar(QCalendarWidget *calendar)
{
    const QLocale numbers = LanguageManager::numberLocale();
    const QLocale words = LanguageManager::instance()->locale();
    if (auto *days = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview")))
        days->setLocale(numbers);
    if (auto *year = calendar->findChild<QSpinBox *>(QStringLiteral("qt_calendar_yearedit")))
        year->setLocale(numbers);
    // The day view names the weekdays: one letter each is the same in Hindi and Marathi.
    calendar->setHorizontalHeaderFormat(numbers == words ? QCalendarWidget::ShortDayNames
                                                         : QCalendarWidget::SingleLetterDayNames);
    calendar->setLocale(words);
    // The navigation bar (month name, year) is redrawn on a locale change only.
    QEvent changed(QEvent::LocaleChange);
    QCoreApplication::sendEvent(calendar, &changed);
}

void applyToDateEdit(QDateEdit *edit)
{
    applyTo(edit);
    edit->setDisplayFormat(LanguageManager::dateFormat());
    if (edit->calendarPopup())
        if (QCalendarWidget *calendar = edit->calendarWidget())
            applyToCalendar(calendar);
}

} // namespace

namespace NumberLocale {

void follow(QWidget *widget)
{
    applyTo(widget);
    QObject::connect(LanguageManager::instance(), &LanguageManager::languageChanged, widget,
                     [widget] { applyTo(widget); });
}

void setUpDateEdit(QDateEdit *edit)
{
    applyToDateEdit(edit);
    QObject::connect(LanguageManager::instance(), &LanguageManager::languageChanged, edit,
                     [edit] { applyToDateEdit(edit); });
}

} // namespace NumberLocale
