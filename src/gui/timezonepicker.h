#pragma once
// A searchable IANA time-zone picker: an editable combo box listing every
// zone as "(UTC+05:30) Asia/Kolkata"; typing any part ("kolk", "+05:30",
// "new_y") narrows the list. Defaults to the system zone.

#include <QComboBox>
#include <QTimeZone>

namespace cs {

class TimeZonePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit TimeZonePicker(QWidget *parent = nullptr);

    QTimeZone zone() const { return m_zone; }
    // Selects `zone`; returns false (and keeps the current one) if it is not listed.
    bool setZone(const QTimeZone &zone);

    // "(UTC+05:30) Asia/Kolkata" with the offset in force now.
    static QString zoneLabel(const QTimeZone &zone);

Q_SIGNALS:
    void zoneChanged(const QTimeZone &zone);

private:
    void populate();
    void commitEditedText();
    void selectIndex(int index);

    QTimeZone m_zone;
};

} // namespace cs
