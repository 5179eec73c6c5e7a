#include "letterfixture.h"
#include "text/languagemanager.h"
#include "letters/templatedialog.h"
#include "report/reportdocument.h"
#include "widgettest.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace WidgetTest;

// The template dialog: the preview follows the text, fields are inserted from the list, unknown
// ones flagged as typed, every template edited saved together, the default restored.
class TestTemplateDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static QString text(const ReportDocument &doc)
    {
        QString out;
        for (const ReportPage &page : doc.pages)
            for (const ReportItem &item : page.items)
                if (item.type == ReportItem::Type::Text && item.text)
                    out += item.text->text + QLatin1Char('\n');
        return out;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void livePreviewAndFields()
    {
        LetterFixture f;
        InviteeRow ramesh;
        ramesh.id = f.ramesh;
        ramesh.name = QStringLiteral("Ramesh Kumar");
        TemplateDialog dialog(f.event, {ramesh});
        dialog.setKind(TemplateKind::Invitation);
        dialog.setLanguage(QStringLiteral("en"));
        dialog.show();
        QVERIFY(text(dialog.letterPreview()).contains(QStringLiteral("Invitation to take part in Gorakhpur Export Conclave")));
        auto *body = child<QPlainTextEdit>(&dialog, "bodyEdit");
        body->setPlainText(QStringLiteral("Dear "));
        body->moveCursor(QTextCursor::End);
        body->setFocus();
        dialog.insertField(QStringLiteral("{name}"));
        QCOMPARE(body->toPlainText(), QStringLiteral("Dear {name}"));
        typeText(body, QStringLiteral(", welcome to {venu}"));
        QTRY_VERIFY(text(dialog.letterPreview()).contains(QStringLiteral("Dear Ramesh Kumar, welcome to {venu}")));
        QCOMPARE(dialog.unknownFields(), QStringList{QStringLiteral("{venu}")});
        QVERIFY(child<QLabel>(&dialog, "warningLabel")->text().contains(QStringLiteral("{venu}")));
        // Double-clicking (activating) a field in the list inserts it too.
        auto *fields = child<QListWidget>(&dialog, "fieldList");
        emit fields->itemActivated(fields->item(LetterTemplate::fields().indexOf(QStringLiteral("{venue}"))));
        QVERIFY(body->toPlainText().endsWith(QStringLiteral("{venu}{venue}")));
    }

    void everyEditedTemplateIsSaved()
    {
        LetterFixture f;
        TemplateDialog dialog(f.event, {});
        dialog.setKind(TemplateKind::Invitation);
        dialog.setLanguage(QStringLiteral("hi"));
        child<QLineEdit>(&dialog, "subjectEdit")->setText(QStringLiteral("{event} हेतु सादर आमंत्रण"));
        dialog.setKind(TemplateKind::Message);
        QVERIFY(child<QLineEdit>(&dialog, "templateIdEdit")->isVisibleTo(&dialog));
        QVERIFY(!child<QLineEdit>(&dialog, "subjectEdit")->isVisibleTo(&dialog));
        child<QLineEdit>(&dialog, "templateIdEdit")->setText(QStringLiteral("1107161234567890123"));
        QTRY_VERIFY(dialog.messagePreview().contains(QStringLiteral("गोरखपुर निर्यात सम्मेलन")));
        // Back to the letter: the edit is still there.
        dialog.setKind(TemplateKind::Invitation);
        QCOMPARE(child<QLineEdit>(&dialog, "subjectEdit")->text(), QStringLiteral("{event} हेतु सादर आमंत्रण"));
        QVERIFY(dialog.hasChanges());
        QString error;
        QVERIFY2(dialog.save(&error), qPrintable(error));
        QCOMPARE(TemplateRepository().get(f.event.id, TemplateKind::Invitation, QStringLiteral("hi")).subject,
                 QStringLiteral("{event} हेतु सादर आमंत्रण"));
        QCOMPARE(TemplateRepository().get(f.event.id, TemplateKind::Message, QStringLiteral("hi")).templateId,
                 QStringLiteral("1107161234567890123"));
        QVERIFY(TemplateRepository().get(f.event.id, TemplateKind::Invitation, QStringLiteral("en")).isDefault);
        QVERIFY(!dialog.hasChanges());
        // Back to the default: the office's own text is removed.
        dialog.restoreDefault();
        QVERIFY(dialog.save(&error));
        QVERIFY(TemplateRepository().get(f.event.id, TemplateKind::Invitation, QStringLiteral("hi")).isDefault);
    }

    void anEmptyTextIsNotSaved()
    {
        LetterFixture f;
        TemplateDialog dialog(f.event, {});
        dialog.setKind(TemplateKind::Email);
        child<QPlainTextEdit>(&dialog, "bodyEdit")->clear();
        QString error;
        QVERIFY(!dialog.save(&error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        QVERIFY(TemplateRepository().get(f.event.id, TemplateKind::Email, QStringLiteral("en")).isDefault);
    }
};

QTEST_MAIN(TestTemplateDialog)
#include "tst_templatedialog.moc"
