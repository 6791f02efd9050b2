// Translations are real and complete:
//  - every catalogue in translations/ (English plural forms aside) is brought
//    up to date with the code by lupdate, into a temporary copy, and must then
//    have no unfinished message: a new tr() string without a translation fails
//    here, and the failure lists it (scripts/update-translations.sh, then translate);
//  - every translation keeps the source's placeholders and mnemonic, and plural
//    messages have all the language's forms;
//  - at run time the language's catalogue and Qt's own load together, a
//    language without a catalogue gets English throughout, and an incomplete
//    catalogue never displaces the English plural forms.

#include "translations.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms;   // one for a plain message, the plural forms otherwise
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = Message{context, {}, xml.attributes().value(u"numerus"_s) == u"yes", false, {}};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(u"type"_s);
            if (type == u"vanished" || type == u"obsolete")
                continue;
            current.unfinished = type == u"unfinished";
            if (!current.numerus)
                current.forms = {xml.readElementText()};
            messages.append(current);
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%L?(\\d+|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found.insert(m.captured(0).remove(u'L'));
    return found;
}

bool hasMnemonic(const QString &text)
{
    return QString(text).remove(u"&&"_s).contains(u'&');
}

QString sourceDir()
{
    return qEnvironmentVariable("CALLSCOPE_SOURCE_DIR");
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { removeTranslators(); }
    void cleanup() { removeTranslators(); }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("ts");
        const QDir dir(sourceDir() + u"/translations"_s);
        const QStringList files = dir.entryList({u"callscope_*.ts"_s}, QDir::Files);
        QVERIFY(files.contains(u"callscope_de.ts"_s));
        QVERIFY(files.contains(u"callscope_fr.ts"_s));
        for (const QString &file : files) {
            if (file != u"callscope_en.ts")   // English plural forms only
                QTest::newRow(qPrintable(file.section(u'_', 1).section(u'.', 0, 0))) << dir.filePath(file);
        }
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, ts);
        // Bring a copy up to date with the code, as scripts/update-translations.sh would.
        QTemporaryDir temp;
        const QString copy = temp.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.start(qEnvironmentVariable("CALLSCOPE_LUPDATE"),
                      {u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"src"_s, u"ui"_s, u"-ts"_s, copy});
        QVERIFY2(lupdate.waitForFinished(120000) && lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        QStringList unfinished;
        QStringList wrong;
        for (const Message &m : messages) {
            const bool empty = std::any_of(m.forms.begin(), m.forms.end(), [](const QString &f) { return f.isEmpty(); });
            if (m.unfinished || m.forms.isEmpty() || empty) {
                unfinished.append(m.context + u" | "_s + m.source);
                continue;
            }
            if (m.numerus && m.forms.size() != 2)   // German and French: singular and plural
                wrong.append(u"%1 | %2: %3 plural forms"_s.arg(m.context, m.source).arg(m.forms.size()));
            for (const QString &form : m.forms) {
                QSet<QString> expected = placeholders(m.source);
                QSet<QString> got = placeholders(form);
                if (m.numerus) {   // a singular form may spell the number out
                    expected.remove(u"%n"_s);
                    got.remove(u"%n"_s);
                }
                if (expected != got)
                    wrong.append(u"%1 | %2: placeholders differ in \"%3\""_s.arg(m.context, m.source, form));
                if (hasMnemonic(m.source) != hasMnemonic(form))
                    wrong.append(u"%1 | %2: mnemonic (&) missing or extra in \"%3\""_s.arg(m.context, m.source, form));
            }
        }
        const QString language = QString::fromLatin1(QTest::currentDataTag());
        qInfo("%s: %lld messages, %lld finished, %lld unfinished", qPrintable(language), qlonglong(messages.size()),
              qlonglong(messages.size() - unfinished.size()), qlonglong(unfinished.size()));
        for (const QString &line : std::as_const(unfinished))
            qInfo("unfinished (%s): %s", qPrintable(language), qPrintable(line));
        for (const QString &line : std::as_const(wrong))
            qInfo("wrong (%s): %s", qPrintable(language), qPrintable(line));
        QVERIFY2(unfinished.isEmpty(), "run scripts/update-translations.sh and translate the messages listed above");
        QVERIFY2(wrong.isEmpty(), "fix the translations listed above");
    }

    void englishPluralsAreComplete()
    {
        // callscope_en.ts holds the English forms of every tr("%n ...(s)", n):
        // a new plural string without them would read "1 call(s)" in English.
        QTemporaryDir temp;
        const QString copy = temp.filePath(u"callscope_en.ts"_s);
        QVERIFY(QFile::copy(sourceDir() + u"/translations/callscope_en.ts"_s, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.start(qEnvironmentVariable("CALLSCOPE_LUPDATE"), {u"-silent"_s, u"-pluralonly"_s, u"-no-obsolete"_s,
                                                                   u"-locations"_s, u"none"_s, u"src"_s, u"ui"_s, u"-ts"_s, copy});
        QVERIFY2(lupdate.waitForFinished(120000) && lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Message &m : messages) {
            if (m.unfinished || m.forms.size() != 2 || m.forms.contains(QString()))
                missing.append(m.context + u" | "_s + m.source);
        }
        for (const QString &line : std::as_const(missing))
            qInfo("English plural forms missing: %s", qPrintable(line));
        QVERIFY2(missing.isEmpty(), "run scripts/update-translations.sh (it fills the English plural forms)");
        QVERIFY(messages.size() > 20);
    }

    void germanLoadsWithQtsOwn()
    {
        QCOMPARE(cs::installTranslations(*QCoreApplication::instance(), QLocale(u"de_DE"_s)), u"de"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "%Ln call(s) loaded", nullptr, 1), u"1 Anruf geladen"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "%Ln call(s) loaded", nullptr, 2), u"2 Anrufe geladen"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "&File"), u"&Datei"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);   // qtbase_de
    }

    void frenchPluralsCountZeroAsSingular()
    {
        QCOMPARE(cs::installTranslations(*QCoreApplication::instance(), QLocale(u"fr_FR"_s)), u"fr"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "%Ln call(s) loaded", nullptr, 0), u"0 appel chargé"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "%Ln call(s) loaded", nullptr, 1), u"1 appel chargé"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "%Ln call(s) loaded", nullptr, 2), u"2 appels chargés"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);   // qtbase_fr
    }

    void languageWithoutCatalogueIsEnglishThroughout()
    {
        QCOMPARE(cs::installTranslations(*QCoreApplication::instance(), QLocale(u"es_ES"_s)), u"en"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "%Ln call(s) loaded", nullptr, 1), u"1 call loaded"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "%Ln call(s) loaded", nullptr, 3), u"3 calls loaded"_s);
        // No Spanish Qt dialogs in an English window.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    void incompleteCatalogueKeepsEnglishPlurals()
    {
        // A German catalogue that lacks the plural message (and has one other).
        QTemporaryDir dir;
        QFile ts(dir.filePath(u"callscope_de.ts"_s));
        QVERIFY(ts.open(QIODevice::WriteOnly));
        ts.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"de_DE\">\n"
                 "<context><name>cs::MainWindow</name><message><source>&amp;File</source>"
                 "<translation>&amp;Datei</translation></message></context></TS>\n");
        ts.close();
        QProcess lrelease;
        lrelease.start(qEnvironmentVariable("CALLSCOPE_LRELEASE"), {u"-silent"_s, ts.fileName()});
        QVERIFY(lrelease.waitForFinished(60000) && lrelease.exitCode() == 0);

        QCOMPARE(cs::installTranslations(*QCoreApplication::instance(), QLocale(u"de_DE"_s), dir.path()), u"de"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "&File"), u"&Datei"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "%Ln call(s) loaded", nullptr, 1), u"1 call loaded"_s);
        QCOMPARE(QCoreApplication::translate("cs::MainWindow", "%Ln call(s) loaded", nullptr, 2), u"2 calls loaded"_s);
    }

private:
    static void removeTranslators()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
