#pragma once

#include "stalls/stall.h"

#include <QDialog>
#include <memory>

namespace Ui {
class GenerateDialog;
}

// "Generate stalls": how many, their size and the aisles between rows; says as you type how
// many fit in the hall.
class GenerateDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GenerateDialog(const Hall &hall, QWidget *parent = nullptr);
    ~GenerateDialog() override;

    int count() const;
    double stallWidth() const;
    double stallDepth() const;
    double aisle() const;
    bool replaceExisting() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFit();
    std::unique_ptr<Ui::GenerateDialog> m_ui;
    Hall m_hall;
};
