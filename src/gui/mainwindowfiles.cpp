// MainWindow: opening and saving snapshots, exporting CSV, recent files and
// drag and drop. The session runs the file work as jobs; the window chooses
// the files, shows the progress and tells how it went.
#include "mainwindow.h"
#include "mainwindowactions.h"

#include "calltablemodel.h"
#include "calltableview.h"
#include "drilldownwidget.h"
#include "exportdialog.h"
#include "fetchprogresswidget.h"
#include "messagebar.h"
#include "querybar.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace cs {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = u"files/recent"_s;
const QString kLastDirKey = u"files/lastDirectory"_s;
const QString kCompressionKey = u"files/snapshotCompression"_s;

QString snapshotFilter()
{
    return QCoreApplication::translate("MainWindow", "CallScope snapshots (*.callscope);;All files (*)");
}

// Saving offers both ways to keep the raw JSON: as text, which any SQLite
// tool reads (json_extract works), or compressed with zstd, about a fifth of the size.
QString portableFilter()
{
    return QCoreApplication::translate("MainWindow", "CallScope snapshot, portable: raw JSON as text (*.callscope)");
}

QString compactFilter()
{
    return QCoreApplication::translate("MainWindow", "CallScope snapshot, compact: raw JSON compressed (*.callscope)");
}

QString lastDirectory()
{
    return QSettings().value(kLastDirKey, QDir::homePath()).toString();
}

bool isSnapshotPath(const QString &path)
{
    return path.endsWith(u".callscope"_s, Qt::CaseInsensitive);
}

// The export's texts keep the context they were translated in.
struct ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ExportRunner)
};
} // namespace

// --- opening ------------------------------------------------------------------

void MainWindow::chooseSnapshotToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Snapshot"), lastDirectory(), snapshotFilter());
    if (!path.isEmpty())
        openSnapshot(path);
}

void MainWindow::openSnapshot(const QString &path)
{
    if (m_session->isBusy()) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("Cannot open %1 now: cancel or wait for the running fetch or file operation first.")
                                    .arg(QFileInfo(path).fileName()));
        return;
    }
    if (!QFileInfo(path).isFile()) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("%1 does not exist or is not a file.").arg(path));
        return;
    }
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    m_messages->dismiss();
    QString error;
    if (!m_session->openSnapshot(path, &error))
        m_messages->showMessage(MessageBar::Kind::Error, error);
}

void MainWindow::onFileJobStarted(Session::FileJob kind, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    switch (kind) {
    case Session::FileJob::Open:
        m_fileProgress = createProgressDialog(tr("Opening %1…").arg(name));
        break;
    case Session::FileJob::Save:
        m_fileProgress = createProgressDialog(tr("Saving %1…").arg(name));
        m_fileProgress->setMaximum(store().size());
        break;
    case Session::FileJob::Export:
        m_fileProgress = createProgressDialog(
            ExportRunner::tr("Exporting %1 calls to %2…", nullptr, m_exportCalls).arg(QLocale().toString(m_exportCalls), name));
        m_fileProgress->setWindowTitle(ExportRunner::tr("Export CSV"));
        m_fileProgress->setMaximum(m_exportCalls);
        break;
    case Session::FileJob::None:
        return;
    }
    connect(m_fileProgress, &QProgressDialog::canceled, m_session, &Session::cancelFileJob);
    updatePlaceholder();
}

void MainWindow::onSnapshotOpened(const SnapshotInfo &, qint64 records)
{
    if (m_fileProgress)
        m_fileProgress->setMaximum(int(std::min<qint64>(records, std::numeric_limits<int>::max())));
}

void MainWindow::onFileJobFinished(Session::FileJob kind, bool ok, bool cancelled, const QString &error,
                                   const QString &path)
{
    if (m_fileProgress) {
        m_fileProgress->hide();   // so a message shown now is not behind it
        m_fileProgress->close();
    }
    const QString name = QFileInfo(path).fileName();
    switch (kind) {
    case Session::FileJob::Open:
        if (ok)
            onSnapshotLoaded(path);
        else if (cancelled)
            m_messages->showMessage(MessageBar::Kind::Information, tr("Opening %1 was cancelled.").arg(name));
        else
            m_messages->showMessage(MessageBar::Kind::Error, tr("Could not open %1: %2").arg(name, error));
        break;
    case Session::FileJob::Save:
        if (ok) {
            addRecentFile(path);
            m_messages->showMessage(MessageBar::Kind::Information,
                                    tr("Saved %n call(s) to %1.", nullptr, store().size()).arg(name));
        } else if (cancelled) {
            m_messages->showMessage(MessageBar::Kind::Information, tr("Saving was cancelled; %1 was not written.").arg(name));
        } else {
            m_messages->showMessage(MessageBar::Kind::Error, tr("Could not save %1: %2").arg(name, error));
        }
        break;
    case Session::FileJob::Export:
        m_messages->showMessage(ok ? MessageBar::Kind::Information : MessageBar::Kind::Error,
                                exportSummary(m_exportKind, ok, cancelled, error, path, m_exportCalls));
        break;
    case Session::FileJob::None:
        break;
    }
}

void MainWindow::onSnapshotLoaded(const QString &path)
{
    const SnapshotInfo &info = m_session->snapshotInfo();
    const QTimeZone zone(info.zoneId.toUtf8());
    const QDateTime from = QDateTime::fromString(info.rangeFrom, u"yyyy-MM-dd HH:mm:ss"_s);
    const QDateTime to = QDateTime::fromString(info.rangeTo, u"yyyy-MM-dd HH:mm:ss"_s);
    if (zone.isValid() && from.isValid() && to.isValid())
        m_queryBar->setRange(from, to, zone);   // so "Fetch" would ask for the same again
    m_progress->clear();
    addRecentFile(path);
    if (info.partial) {
        QStringList missing;
        for (const SnapshotWindow &w : info.missingWindows())
            missing.append(tr("%1 to %2").arg(w.window.startDate(), w.window.endDate()));
        QString text = tr("%1 is a partial snapshot (%2).").arg(QFileInfo(path).fileName(), info.partialReason);
        if (!missing.isEmpty())
            text += u' ' + tr("Missing: %1.").arg(missing.join(u"; "_s));
        m_messages->showMessage(MessageBar::Kind::Warning, text);
    }
}

// --- saving -------------------------------------------------------------------

void MainWindow::chooseSnapshotToSave()
{
    if (store().size() == 0)
        return;
    const SnapshotInfo info = m_session->currentSnapshotInfo();
    QString suggested = u"calls %1 to %2"_s.arg(info.rangeFrom.left(10), info.rangeTo.left(10));
    if (info.partial)
        suggested += tr(" (partial)");
    const QString start = QDir(lastDirectory()).filePath(suggested + u".callscope"_s);
    QSettings settings;
    QString chosen = settings.value(kCompressionKey).toString() == u"zstd"_s ? compactFilter() : portableFilter();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Snapshot"), start,
                                                portableFilter() + u";;"_s + compactFilter(), &chosen);
    if (path.isEmpty())
        return;
    if (!isSnapshotPath(path))
        path += u".callscope"_s;
    const bool compact = chosen == compactFilter();
    settings.setValue(kLastDirKey, QFileInfo(path).absolutePath());
    settings.setValue(kCompressionKey, compact ? u"zstd"_s : u"text"_s);
    QString error;
    if (!m_session->saveSnapshot(path, &error, compact ? RawCompression::Zstd : RawCompression::Text))
        m_messages->showMessage(MessageBar::Kind::Error, error);
}

// --- exporting ----------------------------------------------------------------

std::vector<CallColumn> MainWindow::visibleColumnsInOrder() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    std::vector<CallColumn> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < int(CallColumn::Count) && !header->isSectionHidden(logical))
            columns.push_back(CallColumn(logical));
    }
    return columns;
}

void MainWindow::exportCsv()
{
    CallTableModel *model = m_session->callModel();
    if (m_session->isBusy() || model->shownCount() == 0)
        return;
    model->flushPendingRows();
    const std::vector<CallColumn> columns = visibleColumnsInOrder();
    ExportDialog dialog(model->shownCount(), int(columns.size()), model->timeZone(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    request.rows = model->view().rows();
    request.options.columns = columns;
    m_exportCalls = int(std::min<size_t>(request.rows.size(), std::numeric_limits<int>::max()));
    m_exportKind = request.kind;
    QString error;
    if (!m_session->exportCsv(std::move(request), &error))
        m_messages->showMessage(MessageBar::Kind::Error, error);
}

// --- shared -------------------------------------------------------------------

QProgressDialog *MainWindow::createProgressDialog(const QString &label)
{
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    dialog->setWindowTitle(tr("CallScope"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);   // quick jobs finish without a flash of a dialog
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QStringList MainWindow::recentFiles() const
{
    // A snapshot moved or deleted since is dropped from the list for good.
    QSettings settings;
    const QStringList stored = settings.value(kRecentKey).toStringList();
    QStringList files;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile())
            files.append(path);
    }
    if (files.size() != stored.size())
        settings.setValue(kRecentKey, files);
    return files;
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isSnapshotPath(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop returns: the drag source should not wait on us.
    QMetaObject::invokeMethod(this, [this, path] { openSnapshot(path); }, Qt::QueuedConnection);
}

} // namespace cs
