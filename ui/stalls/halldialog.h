#pragma once

#include "stalls/stall.h"

#include <QDialog>
#include <memory>

namespace Ui {
class HallDialog;
}

// The hall's name and size; refuses a size that would leave a stall outside.
class HallDialog final : public QDialog
{
    Q_OBJECT
public:
    HallDialog(const Hall &hall, const QList<Stall> &stalls, QWidget *parent = nullptr);
    ~HallDialog() override;
    Hall hall() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::HallDialog> m_ui;
    Hall m_hall;
    QList<Stall> m_stalls;
};
