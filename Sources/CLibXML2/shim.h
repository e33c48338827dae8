#ifndef DIPLOGRAPH_CLIBXML2_SHIM_H
#define DIPLOGRAPH_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU; its headers would pull system ICU headers that clash with the
   toolchain's own ICU used by Foundation. Switch that off before any other libxml2 header. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>

/* xmlFree is a C global function pointer: calling it from Swift 6 is a concurrency error. */
static inline void diplograph_xml_free(void *p) { xmlFree(p); }
#endif
