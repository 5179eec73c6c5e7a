#pragma once

#include <QFont>
#include <QStringList>

// The fonts Sammelan ships inside the program (Noto Sans and Noto Sans Devanagari from Debian's
// fonts-noto-core, embedded at build time), so Hindi never depends on what fontconfig happens
// to pick and never shows as boxes.
namespace Fonts {
// Registers the embedded fonts with QFontDatabase; safe to call more than once.
bool load();
// The families for text that may be Hindi or English: Latin first, Devanagari as fallback.
QStringList families();
// A font of `pointSize` with those families.
QFont uiFont(qreal pointSize = 10);
// Drops Qt's "OpenType support missing for "Noto Sans", script 11" warnings: Qt tries the Latin
// font first for Devanagari text and then falls back to Noto Sans Devanagari, as intended.
void quietFallbackWarnings();
} // namespace Fonts
