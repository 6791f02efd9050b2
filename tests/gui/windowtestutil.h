#pragma once
// What the tests that drive the main window share: their test environment,
// the mock server at the real budget of 60 requests a minute, the window's
// Fetch button, found as a user finds it (by its label), and the 2024 dates
// and UTC seconds their mock data lives in.

#include "fetchclock.h"
#include "mockserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QWidget>
#include <memory>

namespace cs::windowtest {

inline QDateTime wall(int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

inline qint64 utc(int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return wall(month, day, hour, minute, second).toSecsSinceEpoch();
}

// Settings, data and keyring of the test's own (QStandardPaths' test mode,
// the application named `application`, settings cleared, session memory for
// secrets: never a real keyring), in US English.
inline void setUpEnvironment(const QString &application)
{
    qputenv("CALLSCOPE_NO_KEYRING", "1");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CallScopeTests"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// The mock a window fetches from: pages of 50 (many pages: rows visibly
// stream in), `latencyMs` per request, and the budget every real account
// has, 60 requests a minute, kept by the test's compressed `clock` (the one
// the window's Session gets). Listening, or null.
inline std::unique_ptr<mock::MockServer> startMock(const FetchClockPtr &clock, const mock::DatasetSpec &data,
                                                   int latencyMs = 20)
{
    mock::MockConfig config;
    config.pageCap = 50;
    config.latencyMs = latencyMs;
    config.clockMs = [clock] { return clock->monotonicMs(); };
    config.rateLimitPerMinute = 60;
    auto server = std::make_unique<mock::MockServer>(config, data);
    if (!server->listen())
        return nullptr;
    return server;
}

inline QPushButton *fetchButton(QWidget *queryBar)
{
    const auto buttons = queryBar->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("&Fetch"))
            return button;
    }
    return nullptr;
}

} // namespace cs::windowtest
