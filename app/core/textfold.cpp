#include "textfold.h"

namespace TextFold {

QString fold(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_C).toCaseFolded();
    out.replace(QChar(0x0970), QLatin1Char('0')); // DEVANAGARI ABBREVIATION SIGN
    return out.simplified();
}

QString likePattern(const QString &query)
{
    QString folded = fold(query);
    folded.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    folded.replace(QLatin1Char('%'), QLatin1String("\\%"));
    folded.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + folded + QLatin1Char('%');
}

} // namespace TextFold
