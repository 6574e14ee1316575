#ifndef TOLK_CLIBXML2_SHIM_H
#define TOLK_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Foundation on Linux ships its own ICU; libxml2's ICU bridge headers clash with it.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

/// Swift 6 rejects the global function pointer `xmlFree`; call it through this wrapper.
static inline void tolk_xml_free(void *pointer) { xmlFree(pointer); }
#endif
