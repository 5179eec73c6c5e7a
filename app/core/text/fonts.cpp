#include "text/fonts.h"

#include <QFontDatabase>
#include <QtGlobal>

namespace Fonts {

bool load()
{
    static const bool loaded = [] {
        bool ok = true;
        for (const char *file : {":/fonts/NotoSans-Regular.ttf", ":/fonts/NotoSans-Bold.ttf",
                                 ":/fonts/NotoSansDevanagari-Regular.ttf",
                                 ":/fonts/NotoSansDevanagari-Bold.ttf"})
            ok = QFontDatabase::addApplicationFont(QString::fromLatin1(file)) >= 0 && ok;
        return ok;
    }();
    return loaded;
}

QStringList families()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Devanagari")};
}

QFont uiFont(qreal pointSize)
{
    QFont font;
    font.setFamilies(families());
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace Fonts

namespace Fonts {

void quietFallbackWarnings()
{
    static const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtWarningMsg && message.trimmed().startsWith(QLatin1String("OpenType support missing for")))
                return;
            if (previous)
                previous(type, context, message);
        });
}

} // namespace Fonts
