#pragma once
// A slim strip above the table that tells what the fetch is doing: windows
// done of total, records, requests, the rate-limit wait (counting down) and
// an ETA; afterwards a one-line summary, a "Partial" badge when rows are
// missing, and the fetch's notices behind a small button.

#include "fetchengine.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace cs {

class FetchProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FetchProgressWidget(QWidget *parent = nullptr);

    // The archive already held `calls` of the range; `gaps` intervals are fetched next.
    void setArchived(qint64 calls, int gaps);
    void fetchStarted(int windowsTotal);
    void setProgress(const FetchProgress &progress);
    // Another instance fetches the account into the team archive; this
    // window shows what it commits (`progress`: the holder's own text).
    void setFollowing(const QString &holder, const QString &progress);
    void addNotice(const QString &message);
    // `rowsLoaded` is what the table holds (after de-duplication).
    void fetchFinished(const FetchOutcome &outcome, int rowsLoaded);
    void clear();

    bool isPartial() const;
    QString statusText() const;
    QStringList notices() const { return m_notices; }

private:
    void refreshText();
    void tickWait();
    void showNotices();

    QProgressBar *m_bar;
    QLabel *m_text;
    QLabel *m_partialBadge;
    QToolButton *m_noticesButton;
    QTimer m_waitTimer;
    FetchProgress m_progress;
    int m_waitLeft = 0;
    bool m_running = false;
    QStringList m_notices;
    qint64 m_archived = -1;       // -1: no archive in this fetch
    int m_gaps = 0;
    QString m_followed;           // the holder this window follows ("" = none)
    QString m_followedProgress;
};

} // namespace cs
