#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

QrCode::QrCode(const QString &text)
{
    const QByteArray data = text.toUtf8();
    // Level M keeps a badge readable when a corner is bent or smudged.
    QRcode *code = QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return;
    m_size = code->width;
    m_modules.reserve(m_size * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_modules << bool(code->data[i] & 1);
    QRcode_free(code);
}

QImage QrCode::image(int scale) const
{
    constexpr int Quiet = 4;
    const int side = (m_size + 2 * Quiet) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.fill(1); // white (the colour table of Format_Mono: 0 black, 1 white after setColor)
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (dark(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + Quiet) * scale + dx, (y + Quiet) * scale + dy, 0);
    return image;
}
