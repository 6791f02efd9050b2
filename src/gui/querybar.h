#pragma once
// The query bar above the table: range (with presets), time zone, the
// server-side filters, the request estimate, and Fetch / Cancel.
//
// The range is wall-clock time in the chosen zone: the date-time edits show
// naive values, and from()/to() return them as QDateTimes in zone().

#include "archiveledger.h"
#include "fetchspec.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QToolButton;

namespace cs {

class CoverageBar;
class TimeZonePicker;

class QueryBar : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Today, Yesterday, Last7Days, Last30Days, ThisMonth, LastMonth };
    Q_ENUM(Preset)

    explicit QueryBar(QWidget *parent = nullptr);

    QDateTime from() const;
    QDateTime to() const;
    QTimeZone zone() const;
    // `from` and `to` are read as wall-clock (their own zone is ignored).
    void setRange(const QDateTime &from, const QDateTime &to, const QTimeZone &zone);
    void applyPreset(Preset preset);
    // The range a preset stands for at `nowUtc`, as wall-clock in `zone`.
    static std::pair<QDateTime, QDateTime> presetRange(Preset preset, const QTimeZone &zone, const QDateTime &nowUtc);

    QStringList channels() const;
    QStringList queues() const;
    QString direction() const;          // "" (both), "Inbound" or "Outbound"

    // Range, zone and filters written into `spec` (which carries the connection).
    FetchSpec applyTo(FetchSpec spec) const;
    // The connection's spec, for the estimate shown before fetching.
    void setBaseSpec(const FetchSpec &spec);
    QString estimateText() const;

    // What the connection's archive holds of the range (empty: no archive).
    void setCoverage(const QList<CoverageSpan> &spans);
    CoverageBar *coverageBar() const { return m_coverage; }

    void setConnected(bool connected);
    void setFetching(bool fetching);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    QDateTimeEdit *fromEdit() const { return m_fromEdit; }
    TimeZonePicker *zonePicker() const { return m_zonePicker; }

Q_SIGNALS:
    void fetchRequested();
    void cancelRequested();
    void zoneChanged(const QTimeZone &zone);
    void queryChanged();

private:
    void buildLayout();
    void refreshHints();
    void refreshButtons();
    bool rangeIsValid() const;

    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QToolButton *m_presetButton;
    TimeZonePicker *m_zonePicker;
    QLabel *m_offsetLabel;
    QLineEdit *m_channelsEdit;
    QLineEdit *m_queuesEdit;
    QComboBox *m_directionCombo;
    QLabel *m_hintLabel;
    QPushButton *m_fetchButton;
    QPushButton *m_cancelButton;
    CoverageBar *m_coverage;
    FetchSpec m_baseSpec;
    bool m_connected = false;
    bool m_fetching = false;
};

} // namespace cs
