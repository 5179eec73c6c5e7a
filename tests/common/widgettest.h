#pragma once

#include <QTest>
#include <QWidget>

// Helpers for widget tests.
namespace WidgetTest {

// QTest::keyClicks aborts on non-Latin-1 text: Devanagari is sent one character at a time, as
// an input method commits it.
inline void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child widget named %s", name);
    return w;
}

} // namespace WidgetTest
