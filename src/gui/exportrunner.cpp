#include "exportrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <limits>

namespace cs {

namespace {

// lupdate takes the context from the qualified call (ExportRunner::tr), which a
// free tr() helper would not give it.
struct ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ExportRunner)
};

QString summary(ExportKind kind, bool ok, bool cancelled, const QString &error, const QString &path, int calls)
{
    if (cancelled)
        return ExportRunner::tr("Export cancelled; no file was written");
    if (!ok)
        return error;
    // `calls` also picks the translation's plural form.
    const QString count = QLocale().toString(calls);
    const QString shownPath = QDir::toNativeSeparators(path);
    return kind == ExportKind::View ? ExportRunner::tr("Exported %1 calls to %2", nullptr, calls).arg(count, shownPath)
                                    : ExportRunner::tr("Exported the agent segments of %1 calls to %2", nullptr, calls).arg(count, shownPath);
}

} // namespace

void runExportWithProgress(QWidget *parent, const RecordStore *store, ExportRequest request,
                           std::function<void(bool ok, const QString &message)> done)
{
    // QProgressDialog takes an int range; the row count is far below it in practice.
    const int total = int(std::min<size_t>(request.rows.size(), std::numeric_limits<int>::max()));
    const ExportKind kind = request.kind;

    auto *dialog = new QProgressDialog(parent);
    dialog->setWindowTitle(ExportRunner::tr("Export CSV"));
    dialog->setLabelText(ExportRunner::tr("Exporting %1 calls to %2…", nullptr, total)
                              .arg(QLocale().toString(total), QFileInfo(request.path).fileName()));
    dialog->setCancelButtonText(ExportRunner::tr("Cancel"));
    dialog->setRange(0, total);
    // We close it ourselves when the job reports; reaching the maximum must not.
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    dialog->setWindowModality(Qt::WindowModal);

    // A child of the dialog: destroying the parent window cancels and waits.
    auto *job = new ExportJob(dialog);
    QObject::connect(job, &ExportJob::progress, dialog, [dialog](qint64 rowsDone, qint64) {
        if (!dialog->wasCanceled())
            dialog->setValue(int(std::min<qint64>(rowsDone, dialog->maximum())));
    });
    QObject::connect(dialog, &QProgressDialog::canceled, job, &ExportJob::cancel);
    QObject::connect(dialog, &QDialog::rejected, job, &ExportJob::cancel);   // Escape
    QObject::connect(job, &ExportJob::finished, dialog,
                     [dialog, kind, total, done = std::move(done)](bool ok, bool cancelled, const QString &error,
                                                                   const QString &path) {
                         dialog->hide();   // so a message box shown by `done` is not behind it
                         dialog->deleteLater();
                         if (done)
                             done(ok, summary(kind, ok, cancelled, error, path, total));
                     });
    dialog->open();
    job->start(store, std::move(request));
}

} // namespace cs
