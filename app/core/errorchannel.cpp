#include "errorchannel.h"

ErrorChannel *ErrorChannel::instance()
{
    static ErrorChannel channel;
    return &channel;
}
