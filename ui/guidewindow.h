#pragma once

#include <QDialog>

class QTextBrowser;

// Help › Guide (F1): the everyday tasks, step by step, in the language shown (it follows a
// language switch). Not modal: it stays open beside the window while the clerk works.
class GuideWindow final : public QDialog
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // The guide's resource for a language (":/guide/guide-hi.html").
    static QString source(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    QTextBrowser *m_browser;
};
