#pragma once

#include <QImage>
#include <QList>
#include <QString>

// A QR code (libqrencode) as a square of modules, to paint on screen, in a PDF or on a badge.
class QrCode final
{
public:
    explicit QrCode(const QString &text);
    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // A black-on-white image with a four-module quiet zone, `scale` pixels per module.
    QImage image(int scale = 8) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};
