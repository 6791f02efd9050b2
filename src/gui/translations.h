#pragma once
// Loads Qt's own translations and CallScope's for the user's language (and
// the English plural forms, so that "1 call" never reads "1 call(s)").

class QCoreApplication;

namespace cs {

void installTranslations(QCoreApplication &app);

} // namespace cs
