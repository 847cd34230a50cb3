#ifndef PRFAQ_CCMARK_SHIM_H
#define PRFAQ_CCMARK_SHIM_H
#include <cmark.h>
#include <string.h>
#endif
