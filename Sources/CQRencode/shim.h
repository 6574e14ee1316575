#ifndef TOLK_CQRENCODE_SHIM_H
#define TOLK_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
