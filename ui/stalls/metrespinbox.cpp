#include "metrespinbox.h"

#include "text/languagemanager.h"
#include "stalls/stallgeometry.h"

#include <QEvent>

namespace {
// Devanagari (or any other) decimal digits as 0-9, for Qt's parser.
QString latinDigits(QString text)
{
    for (QChar &c : text)
        if (c.isDigit() && c.unicode() > 0x7f)
            c = QChar(u'0' + c.digitValue());
    return text;
}
} // namespace

MetreSpinBox::MetreSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setDecimals(1);
    setSingleStep(StallGeometry::Grid);
    // The digit setting changes no translation, so no LanguageChange comes for it.
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &MetreSpinBox::retranslate);
    retranslate();
}

QString MetreSpinBox::textFromValue(double value) const
{
    QString text = LanguageManager::number(value, decimals());
    text.remove(LanguageManager::instance()->locale().groupSeparator());
    return text;
}

double MetreSpinBox::valueFromText(const QString &text) const
{
    return QDoubleSpinBox::valueFromText(latinDigits(text));
}

QValidator::State MetreSpinBox::validate(QString &text, int &pos) const
{
    // Checked as Latin digits; what the person typed stays as typed.
    QString latin = latinDigits(text);
    return QDoubleSpinBox::validate(latin, pos);
}

void MetreSpinBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDoubleSpinBox::changeEvent(event);
}

void MetreSpinBox::retranslate()
{
    // Setting the suffix also writes the value again, in the digits now chosen.
    setSuffix(QLatin1Char(' ') + StallGeometry::unit());
}
