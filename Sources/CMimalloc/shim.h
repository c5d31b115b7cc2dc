#ifndef SSPWIKI_MIMALLOC_SHIM_H
#define SSPWIKI_MIMALLOC_SHIM_H
#include <mimalloc.h>
#endif
