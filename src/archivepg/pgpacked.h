#pragma once
// Decoding the `packed` column of the team archive's calls (schema version 2,
// pgschema.h): every typed column a load reads, in one text cell.

#include "archive.h"

#include <string_view>

namespace cs::pgpacked {

// Fills every field of `call` but its key from `packed`. False when the text
// is not what the server's generated column makes (a damaged or foreign row):
// nothing it holds is trusted beyond its bounds.
bool decode(std::string_view packed, ArchivedCall &call);

} // namespace cs::pgpacked
