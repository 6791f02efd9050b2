#include "userguide.h"

#include "appinfo.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cs {

namespace {
struct UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)
};

// The guide in the user's language where there is one (German, French),
// found as QTranslator finds the catalogue; English otherwise.
QString guidePath()
{
    for (const QString &language : QLocale().uiLanguages()) {
        const QString code = QLocale(language).name().section(u'_', 0, 0);
        if (code == u"en" || code == u"C")
            break;
        const QString path = u":/doc/user-guide.%1.md"_s.arg(code);
        if (QFile::exists(path))
            return path;
    }
    return u":/doc/user-guide.md"_s;
}
} // namespace

void showUserGuide(QWidget *parent)
{
    // One guide window per main window: F1 again brings it to the front.
    auto *dialog = parent->findChild<QDialog *>(u"userGuide"_s, Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new QDialog(parent, Qt::Window);
        dialog->setObjectName(u"userGuide"_s);
        dialog->setWindowTitle(UserGuide::tr("CallScope User Guide"));
        auto *browser = new QTextBrowser;
        browser->setObjectName(u"userGuideText"_s);
        browser->setOpenExternalLinks(true);
        QFile file(guidePath());
        if (file.open(QIODevice::ReadOnly))
            browser->setMarkdown(QString::fromUtf8(file.readAll()));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(browser);
        layout->addWidget(buttons);
        dialog->resize(760, 680);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void showAboutDialog(QWidget *parent)
{
    const QString text =
        u"<h3>CallScope %1</h3><p>%2</p><p>%3</p><p><a href=\"%4\">%4</a></p><p>%5</p>"_s.arg(
            appinfo::version().toHtmlEscaped(),
            UserGuide::tr("Browse, drill into, chart and export the calls of the Kore.ai XO Contact Center "
                          "Call Details API.").toHtmlEscaped(),
            UserGuide::tr("License: %1. CallScope comes with absolutely no warranty.")
                .arg(u"<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU GPL 3.0 or later</a>"_s),
            appinfo::homepage(),
            UserGuide::tr("Built with Qt %1; running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    QMessageBox::about(parent, UserGuide::tr("About CallScope"), text);
}

} // namespace cs
