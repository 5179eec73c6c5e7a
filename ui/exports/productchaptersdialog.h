#pragma once

#include "sectors/sector.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// The HS chapters a product sits under ("Readymade garments": 61, 62), for the charts by
// chapter. Shows what the product's name suggests (HsChapters::guess) and the chapters' names
// as they are typed; empty goes back to the suggestion.
class ProductChaptersDialog final : public QDialog
{
    Q_OBJECT
public:
    ProductChaptersDialog(const Sector &product, const QStringList &chosen, QWidget *parent = nullptr);

    QLineEdit *chaptersEdit() const { return m_edit; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *namesLabel() const { return m_names; }
    // The chapters typed, or nothing when one of them is not a chapter.
    std::optional<QStringList> chapters() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();

    Sector m_product;
    QStringList m_guess;
    QLabel *m_intro;
    QLineEdit *m_edit;
    QLabel *m_names;
    QPushButton *m_save;
    QPushButton *m_cancel;
};
