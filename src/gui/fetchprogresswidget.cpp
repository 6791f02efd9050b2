#include "fetchprogresswidget.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

constexpr int kMaxNotices = 500;   // a long fetch must not grow this without bound

QString shortDuration(double seconds)
{
    const int total = int(std::ceil(seconds));
    if (total >= 3600)
        return u"%1:%2:%3"_s.arg(total / 3600).arg(total / 60 % 60, 2, 10, QLatin1Char('0')).arg(total % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

FetchProgressWidget::FetchProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_text(new QLabel(this))
    , m_partialBadge(new QLabel(tr("Partial"), this))
    , m_noticesButton(new QToolButton(this))
{
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_bar->setAccessibleName(tr("Fetch progress"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The badge uses the palette's highlight pair so it reads in any theme.
    m_partialBadge->setAutoFillBackground(true);
    m_partialBadge->setBackgroundRole(QPalette::Highlight);
    m_partialBadge->setForegroundRole(QPalette::HighlightedText);
    const int padding = style()->pixelMetric(QStyle::PM_ButtonMargin) / 2;
    m_partialBadge->setContentsMargins(padding * 2, padding / 2, padding * 2, padding / 2);
    QFont bold = m_partialBadge->font();
    bold.setBold(true);
    m_partialBadge->setFont(bold);
    m_partialBadge->setToolTip(tr("Not every request window was loaded: the table and charts show only part of the range."));
    m_partialBadge->hide();

    m_noticesButton->setAutoRaise(true);
    m_noticesButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    m_noticesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_noticesButton->hide();
    connect(m_noticesButton, &QToolButton::clicked, this, &FetchProgressWidget::showNotices);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_noticesButton);
    layout->addWidget(m_partialBadge);

    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &FetchProgressWidget::tickWait);
    clear();
}

void FetchProgressWidget::clear()
{
    m_running = false;
    m_progress = {};
    m_archived = -1;
    m_gaps = 0;
    m_waitLeft = 0;
    m_waitTimer.stop();
    m_notices.clear();
    m_followed.clear();
    m_followedProgress.clear();
    m_bar->hide();
    m_partialBadge->hide();
    m_noticesButton->hide();
    m_text->clear();
}

void FetchProgressWidget::setArchived(qint64 calls, int gaps)
{
    m_archived = calls;
    m_gaps = gaps;
    refreshText();
}

void FetchProgressWidget::fetchStarted(int windowsTotal)
{
    const qint64 archived = m_archived;
    const int gaps = m_gaps;
    clear();
    m_archived = archived;   // the archive's part of this fetch stays in the line
    m_gaps = gaps;
    m_running = true;
    m_progress.windowsTotal = windowsTotal;
    m_bar->setRange(0, std::max(1, windowsTotal));
    m_bar->setValue(0);
    m_bar->show();
    refreshText();
}

void FetchProgressWidget::setProgress(const FetchProgress &progress)
{
    m_progress = progress;
    m_bar->setRange(0, std::max(1, progress.windowsTotal));
    m_bar->setValue(progress.windowsDone);
    m_waitLeft = progress.rateLimitWaitSeconds;
    if (m_waitLeft > 0 && !m_waitTimer.isActive())
        m_waitTimer.start();
    else if (m_waitLeft <= 0)
        m_waitTimer.stop();
    refreshText();
}

void FetchProgressWidget::setFollowing(const QString &holder, const QString &progress)
{
    m_followed = holder;
    m_followedProgress = progress;
    m_running = false;
    m_bar->setRange(0, 0);   // busy: the holder's windows are not this window's
    m_bar->show();
    refreshText();
}

void FetchProgressWidget::tickWait()
{
    m_waitLeft = std::max(0, m_waitLeft - 1);
    if (m_waitLeft == 0)
        m_waitTimer.stop();
    refreshText();
}

void FetchProgressWidget::refreshText()
{
    if (!m_running && !m_followed.isEmpty()) {
        QString text = tr("%1 is fetching this account; new calls appear as they are committed").arg(m_followed);
        if (!m_followedProgress.isEmpty())
            text += tr(" (%1)").arg(m_followedProgress);
        m_text->setText(text);
        return;
    }
    if (!m_running) {
        if (m_archived > 0)   // the archive is read, the server not asked yet
            m_text->setText(tr("%1 calls from the archive · %n gap(s) to fetch", nullptr, m_gaps)
                                .arg(QLocale().toString(m_archived)));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 of %2 windows · %3 records · %4 requests")
                       .arg(m_progress.windowsDone)
                       .arg(m_progress.windowsTotal)
                       .arg(locale.toString(m_progress.recordsReceived), locale.toString(m_progress.requests));
    if (m_archived > 0)
        text = tr("%1 calls from the archive · fetching %n gap(s): ", nullptr, m_gaps).arg(locale.toString(m_archived)) + text;
    if (m_progress.retries > 0)
        text += tr(" · %n retries", nullptr, m_progress.retries);
    if (m_waitLeft > 0)
        text += tr(" · waiting %n s for the request budget", nullptr, m_waitLeft);
    else if (m_progress.etaSeconds >= 0)
        text += tr(" · about %1 left").arg(shortDuration(m_progress.etaSeconds));
    m_text->setText(text);
}

void FetchProgressWidget::addNotice(const QString &message)
{
    if (m_notices.size() >= kMaxNotices)
        m_notices.removeFirst();
    m_notices.append(message);
    m_noticesButton->setText(tr("%n notice(s)", nullptr, int(m_notices.size())));
    m_noticesButton->setToolTip(message);
    m_noticesButton->show();
}

void FetchProgressWidget::fetchFinished(const FetchOutcome &outcome, int rowsLoaded)
{
    m_running = false;
    m_waitTimer.stop();
    m_bar->hide();
    const QLocale locale;
    int complete = 0;
    for (const WindowStatus &window : outcome.windows)
        complete += window.complete ? 1 : 0;
    const int total = int(outcome.windows.size());
    QString calls = tr("%n call(s) loaded", nullptr, rowsLoaded);
    if (m_archived > 0)
        calls += tr(" (%1 from the archive)").arg(locale.toString(m_archived));
    const QString requests = tr("%n request(s)", nullptr, outcome.requests);
    switch (outcome.status) {
    case FetchOutcome::Status::Complete:
        if (m_archived >= 0 && outcome.requests == 0 && total == 0)
            m_text->setText(tr("%1 · the archive holds the whole range: nothing to fetch").arg(calls));
        else
            m_text->setText(tr("%1 · %2 · %3").arg(calls, tr("%n window(s)", nullptr, total), requests));
        m_partialBadge->hide();
        break;
    case FetchOutcome::Status::Cancelled:
        m_text->setText(total > 0 ? tr("Cancelled · %1 · %2 of %3 windows complete").arg(calls).arg(complete).arg(total)
                                  : tr("Cancelled · %1").arg(calls));
        m_partialBadge->show();
        break;
    case FetchOutcome::Status::Failed:
        m_text->setText(total > 0 ? tr("Failed · %1 · %2 of %3 windows complete").arg(calls).arg(complete).arg(total)
                                  : tr("Failed · %1").arg(calls));
        m_partialBadge->show();
        break;
    }
}

bool FetchProgressWidget::isPartial() const
{
    return !m_partialBadge->isHidden();
}

QString FetchProgressWidget::statusText() const
{
    return m_text->text();
}

void FetchProgressWidget::showNotices()
{
    // A small non-modal window: the fetch goes on while the user reads.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Fetch notices"));
    auto *text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    text->setPlainText(m_notices.join(u'\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 20);
    dialog->show();
}

} // namespace cs
