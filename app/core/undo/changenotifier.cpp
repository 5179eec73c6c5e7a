#include "undo/changenotifier.h"

ChangeNotifier *ChangeNotifier::instance()
{
    static ChangeNotifier notifier;
    return &notifier;
}
