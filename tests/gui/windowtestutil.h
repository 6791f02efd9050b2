#pragma once
// What the tests that drive the main window share: the window's Fetch button,
// found as a user finds it (by its label), and the 2024 dates and UTC
// seconds their mock data lives in.

#include <QDateTime>
#include <QPushButton>
#include <QTimeZone>
#include <QWidget>

namespace cs::windowtest {

inline QDateTime wall(int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

inline qint64 utc(int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return wall(month, day, hour, minute, second).toSecsSinceEpoch();
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
