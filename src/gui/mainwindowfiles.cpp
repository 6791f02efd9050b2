// MainWindow: opening and saving snapshots, exporting CSV, recent files and
// drag and drop. The file work itself runs off the GUI thread (snapshotjobs,
// exportjob); while it runs the store is left alone (no fetch, no open).
#include "mainwindow.h"
#include "mainwindowactions.h"

#include "calltablemodel.h"
#include "calltableview.h"
#include "drilldownwidget.h"
#include "exportdialog.h"
#include "exportrunner.h"
#include "fetchcontroller.h"
#include "fetchprogresswidget.h"
#include "fetchsnapshot.h"
#include "messagebar.h"
#include "querybar.h"
#include "snapshotjobs.h"

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

QString snapshotFilter()
{
    return QCoreApplication::translate("MainWindow", "CallScope snapshots (*.callscope);;All files (*)");
}

QString lastDirectory()
{
    return QSettings().value(kLastDirKey, QDir::homePath()).toString();
}

bool isSnapshotPath(const QString &path)
{
    return path.endsWith(u".callscope"_s, Qt::CaseInsensitive);
}
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
    if (isBusy()) {
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
    // Keep what is shown aside: if the file turns out to be bad, it comes back.
    m_previous.clear();
    m_previous.swap(m_store);
    m_model->resetFromStore();
    m_drillDown->clear();
    m_loadingPath = QFileInfo(path).absoluteFilePath();
    m_expectedRecords = 0;
    beginFileJob();
    m_fileProgress = createProgressDialog(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    connect(m_fileProgress, &QProgressDialog::canceled, m_loadJob, &SnapshotLoadJob::cancel);
    m_loadJob->start(m_loadingPath);
    updatePlaceholder();
}

void MainWindow::onSnapshotOpened(const SnapshotInfo &info, qint64 records)
{
    m_openedInfo = info;
    m_expectedRecords = records;
    const QTimeZone zone(info.zoneId.toUtf8());
    if (zone.isValid())
        m_model->setTimeZone(zone);
    // The count is the file's word: reserve no more than its size can hold
    // at a realistic 512 bytes a record (the store grows past that if needed).
    const qint64 plausible = std::min(records, QFileInfo(m_loadingPath).size() / 512);
    m_store.reserve(int(std::min<qint64>(plausible, std::numeric_limits<int>::max())));
    if (m_fileProgress)
        m_fileProgress->setMaximum(int(std::min<qint64>(records, std::numeric_limits<int>::max())));
}

void MainWindow::onSnapshotBatch()
{
    if (m_fileProgress && m_expectedRecords > 0)
        m_fileProgress->setValue(std::min(m_store.size(), m_fileProgress->maximum()));
}

void MainWindow::onSnapshotLoadFinished(bool ok, bool cancelled, const QString &error)
{
    endFileJob();
    const QString name = QFileInfo(m_loadingPath).fileName();
    if (!ok) {
        // Put back what was shown before: nothing already loaded is lost.
        m_store.swap(m_previous);
        m_previous.clear();
        m_model->resetFromStore();
        if (cancelled)
            m_messages->showMessage(MessageBar::Kind::Information, tr("Opening %1 was cancelled.").arg(name));
        else
            m_messages->showMessage(MessageBar::Kind::Error,
                                    tr("Could not open %1: %2").arg(name, error));
        updateTitle();
        updatePlaceholder();
        updateActions();
        return;
    }
    m_previous.clear();
    m_model->flushPendingRows();
    m_snapshotPath = m_loadingPath;
    m_haveFetched = false;
    m_partial = m_openedInfo.partial;
    m_progress->clear();
    const QTimeZone zone(m_openedInfo.zoneId.toUtf8());
    const QDateTime from = QDateTime::fromString(m_openedInfo.rangeFrom, u"yyyy-MM-dd HH:mm:ss"_s);
    const QDateTime to = QDateTime::fromString(m_openedInfo.rangeTo, u"yyyy-MM-dd HH:mm:ss"_s);
    if (zone.isValid() && from.isValid() && to.isValid())
        m_queryBar->setRange(from, to, zone);   // so "Fetch" would ask for the same again
    addRecentFile(m_snapshotPath);
    if (m_partial) {
        QStringList missing;
        for (const SnapshotWindow &w : m_openedInfo.missingWindows())
            missing.append(tr("%1 to %2").arg(w.window.startDate(), w.window.endDate()));
        QString text = tr("%1 is a partial snapshot (%2).").arg(name, m_openedInfo.partialReason);
        if (!missing.isEmpty())
            text += u' ' + tr("Missing: %1.").arg(missing.join(u"; "_s));
        m_messages->showMessage(MessageBar::Kind::Warning, text);
    }
    updateTitle();
    updatePlaceholder();
    updateActions();
}

// --- saving -------------------------------------------------------------------

SnapshotInfo MainWindow::currentSnapshotInfo() const
{
    if (!m_snapshotPath.isEmpty())
        return m_openedInfo;
    return snapshotInfoFor(m_lastSpec, m_fetch->lastOutcome());
}

void MainWindow::chooseSnapshotToSave()
{
    if (m_store.size() == 0)
        return;
    const SnapshotInfo info = currentSnapshotInfo();
    QString suggested = u"calls %1 to %2"_s.arg(info.rangeFrom.left(10), info.rangeTo.left(10));
    if (info.partial)
        suggested += tr(" (partial)");
    const QString start = QDir(lastDirectory()).filePath(suggested + u".callscope"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Snapshot"), start, snapshotFilter());
    if (path.isEmpty())
        return;
    if (!isSnapshotPath(path))
        path += u".callscope"_s;
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    saveSnapshotTo(path);
}

void MainWindow::saveSnapshotTo(const QString &path)
{
    if (isBusy() || m_store.size() == 0)
        return;
    beginFileJob();
    m_fileProgress = createProgressDialog(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    m_fileProgress->setMaximum(m_store.size());
    connect(m_saveJob, &SnapshotSaveJob::progress, m_fileProgress, [this](qint64 done, qint64) {
        if (m_fileProgress)
            m_fileProgress->setValue(int(done));
    });
    connect(m_fileProgress, &QProgressDialog::canceled, m_saveJob, &SnapshotSaveJob::cancel);
    m_saveJob->start(&m_store, currentSnapshotInfo(), path);
}

void MainWindow::onSnapshotSaved(bool ok, bool cancelled, const QString &error, const QString &path)
{
    endFileJob();
    const QString name = QFileInfo(path).fileName();
    if (ok) {
        addRecentFile(path);
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Saved %n call(s) to %1.", nullptr, m_store.size()).arg(name));
    } else if (cancelled) {
        m_messages->showMessage(MessageBar::Kind::Information, tr("Saving was cancelled; %1 was not written.").arg(name));
    } else {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Could not save %1: %2").arg(name, error));
    }
    updateActions();
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
    if (isBusy() || m_model->shownCount() == 0)
        return;
    m_model->flushPendingRows();
    const std::vector<CallColumn> columns = visibleColumnsInOrder();
    ExportDialog dialog(m_model->shownCount(), int(columns.size()), m_model->timeZone(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    request.rows = m_model->view().rows();
    request.options.columns = columns;
    beginFileJob();
    runExportWithProgress(this, &m_store, std::move(request), [this](bool ok, const QString &message) {
        endFileJob();
        m_messages->showMessage(ok ? MessageBar::Kind::Information : MessageBar::Kind::Error, message);
    });
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

void MainWindow::beginFileJob()
{
    ++m_fileJobs;
    updateActions();
}

void MainWindow::endFileJob()
{
    m_fileJobs = std::max(0, m_fileJobs - 1);
    if (m_fileProgress && m_fileJobs == 0)
        m_fileProgress->close();
    updateActions();
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
