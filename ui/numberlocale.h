#pragma once

class QDateEdit;
class QWidget;

// Widgets that write numbers or dates themselves (spin boxes, date fields, progress bars) in
// the digits the user chose (Settings › Devanagari digits), now and after every change of the
// language or of that setting: they get LanguageManager::numberLocale().
namespace NumberLocale {
void follow(QWidget *widget);
// A date field as every dialog writes dates (LanguageManager::dateFormat(), "24-09-2021"), in
// those digits; its calendar names months and days in the language.
void setUpDateEdit(QDateEdit *edit);
} // namespace NumberLocale
