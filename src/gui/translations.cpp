#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must not be used inside a namespace.
static void initEnglishPlurals()
{
    Q_INIT_RESOURCE(english_plurals);
}

namespace cs {

void installTranslations(QCoreApplication &app)
{
    initEnglishPlurals();
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), u"callscope"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else if (ours->load(u"callscope_en"_s, u":/i18n"_s))   // C or an untranslated language: English plurals
        QCoreApplication::installTranslator(ours);
}

} // namespace cs
