#pragma once

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

// The first thing a new user sees: the language first (English or हिन्दी, switched at once),
// then whether to load the demo conclave or start with an empty database.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    // Accepted with the demo, or rejected (start empty).
    bool demoChosen() const { return result() == QDialog::Accepted; }
    QRadioButton *languageButton(const QString &language) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_languageLabel;
    QButtonGroup *m_languages;
    QLabel *m_text;
    QPushButton *m_demoButton;
    QPushButton *m_emptyButton;
};
