#pragma once
// Loads CallScope's catalogue for the user's language, Qt's own (qtbase) for
// the same language, and under both the English plural forms, so that a
// message a catalogue lacks still reads "1 call", never "1 call(s)".

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace cs {

// Returns the language installed ("de", "fr"), or "en" when none matched.
// `catalogueDir` is where callscope_<lang>.qm files are (the resources by default).
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale(),
                            const QString &catalogueDir = QStringLiteral(":/i18n"));

} // namespace cs
