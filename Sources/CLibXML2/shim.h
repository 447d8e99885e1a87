// libxml2's HTML parser and tree, from Debian's libxml2-dev (the saved-page reader in VerityDocument).
// Debian builds libxml2 with ICU, whose headers clash with the copy of ICU inside Foundation; nothing here uses the
// ICU converter that encoding.h declares with them (only pointers to its handler structure), so it is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
