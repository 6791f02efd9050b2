#include "timezonepicker.h"

#include <QCompleter>
#include <QDateTime>
#include <QLineEdit>
#include <QStandardItemModel>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

QString utcOffsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return u"UTC%1%2:%3"_s.arg(QChar(offsetSeconds < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TimeZonePicker::TimeZonePicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setMaxVisibleItems(20);
    setToolTip(tr("Time zone of the range and of every time shown. Type to search, e.g. \"Kolkata\" or \"+05:30\"."));
    lineEdit()->setPlaceholderText(tr("Search time zones"));
    populate();

    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    setCompleter(completer);

    connect(this, &QComboBox::activated, this, &TimeZonePicker::selectIndex);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        selectIndex(findText(text));
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &TimeZonePicker::commitEditedText);

    setZone(QTimeZone::systemTimeZone());
}

QString TimeZonePicker::zoneLabel(const QTimeZone &zone)
{
    const int offset = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    return u"(%1) %2"_s.arg(utcOffsetText(offset), QString::fromUtf8(zone.id()));
}

void TimeZonePicker::populate()
{
    struct Entry { int offset; QByteArray id; };
    std::vector<Entry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    entries.reserve(size_t(ids.size()));
    for (const QByteArray &id : ids) {
        const QTimeZone zone(id);
        if (zone.isValid())
            entries.push_back({zone.offsetFromUtc(now), id});
    }
    // West to east, like a map; alphabetical within one offset.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.offset != b.offset ? a.offset < b.offset : a.id < b.id;
    });
    for (const Entry &entry : entries)
        addItem(u"(%1) %2"_s.arg(utcOffsetText(entry.offset), QString::fromUtf8(entry.id)), entry.id);
}

bool TimeZonePicker::setZone(const QTimeZone &zone)
{
    QByteArray id = zone.id();
    int index = findData(id);
    if (index < 0 && zone == QTimeZone::systemTimeZone()) {
        // The system zone may be an alias not listed under that name (e.g. "localtime").
        index = findData(QTimeZone::systemTimeZoneId());
    }
    if (index < 0)
        index = findData("UTC"_ba);
    if (index < 0)
        return false;
    selectIndex(index);
    return itemData(index).toByteArray() == id;
}

void TimeZonePicker::commitEditedText()
{
    // Accept the typed text when it names exactly one entry (or an exact id);
    // otherwise fall back to the current zone so the box never shows a zone
    // that is not in use.
    const QString text = lineEdit()->text().trimmed();
    int index = findText(text, Qt::MatchFixedString);
    if (index < 0)
        index = findData(text.toUtf8());
    if (index < 0) {
        int matches = 0;
        for (int i = 0; i < count() && matches < 2; ++i) {
            if (itemText(i).contains(text, Qt::CaseInsensitive)) {
                index = i;
                ++matches;
            }
        }
        if (matches != 1)
            index = -1;
    }
    if (index >= 0)
        selectIndex(index);
    else
        setCurrentIndex(findData(m_zone.id()));
}

void TimeZonePicker::selectIndex(int index)
{
    if (index < 0 || index >= count())
        return;
    setCurrentIndex(index);
    const QTimeZone zone(itemData(index).toByteArray());
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    Q_EMIT zoneChanged(m_zone);
}

} // namespace cs
