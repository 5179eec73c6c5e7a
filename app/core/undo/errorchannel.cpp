#include "undo/errorchannel.h"

ErrorChannel *ErrorChannel::instance()
{
    static ErrorChannel channel;
    return &channel;
}
