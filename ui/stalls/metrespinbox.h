#pragma once

#include <QDoubleSpinBox>

// A length in metres as the stalls page writes it: the language's unit word ("m", "मी") and,
// when Devanagari digits are chosen, "३.५ मी"; typing either kind of digit works. Follows a
// language or digit switch at once.
class MetreSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit MetreSpinBox(QWidget *parent = nullptr);

protected:
    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};
