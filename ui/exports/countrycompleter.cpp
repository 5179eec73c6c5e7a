#include "countrycompleter.h"

#include "exports/countries.h"
#include "text/languagemanager.h"

#include <QStringListModel>

CountryCompleter::CountryCompleter(QObject *parent)
    : QCompleter(new QStringListModel(Countries::instance().completions(LanguageManager::currentLanguage())), parent)
{
    model()->setParent(this);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}
