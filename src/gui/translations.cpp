#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cs {

QString installTranslations(QCoreApplication &app, const QLocale &locale, const QString &catalogueDir)
{
    // Translators installed later are asked first: English plurals go in
    // first, so they answer only what the language's catalogue does not.
    auto *english = new QTranslator(&app);
    if (english->load(u"callscope_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(english);

    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, u"callscope"_s, u"_"_s, catalogueDir) || ours->language().startsWith(u"en")) {
        delete ours;
        return u"en"_s;   // no catalogue: all English, Qt's dialogs too
    }
    QCoreApplication::installTranslator(ours);
    // Qt's dialogs and context menus in the same language as ours, never in another.
    const QString language = ours->language();
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        // Installed after ours, so asked first: harmless, the contexts never overlap.
    } else {
        delete qt;
    }
    return QLocale(language).name().section(u'_', 0, 0);
}

} // namespace cs
