#pragma once

#include <QCompleter>

// Completes country names as they are typed, in the current language and in English, matching
// anywhere in the name ("arab" finds United Arab Emirates).
class CountryCompleter final : public QCompleter
{
    Q_OBJECT
public:
    explicit CountryCompleter(QObject *parent = nullptr);
};
