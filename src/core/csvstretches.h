#pragma once
// A CSV export of many rows on two threads: a helper formats every other
// stretch of rows while the caller formats the rest and writes every stretch
// in order. An export of a million rows is bound by formatting (~300 MB/s
// on one core for the export as shown), not by the disk.

#include "recordstore.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace cs::csvstretches {

// Rows a thread formats at a time: ~2 MB of text, written in one go.
constexpr size_t kStretchRows = 8192;

// Formats odd stretches on a thread of its own (see writeInStretches()).
template <class Formatter>
class StretchHelper
{
public:
    explicit StretchHelper(std::unique_ptr<Formatter> formatter)
        : m_formatter(std::move(formatter)), m_thread([this] { run(); })
    {
    }
    ~StretchHelper()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    void start(const RowId *begin, const RowId *end)
    {
        {
            std::lock_guard lock(m_mutex);
            m_begin = begin;
            m_end = end;
            m_ready = false;
            m_pending = true;
        }
        m_wake.notify_all();
    }
    // The stretch's text, once formatted.
    const QByteArray &result()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_ready; });
        return *m_text;
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_pending || m_quit; });
            if (m_quit)
                return;
            m_pending = false;
            const RowId *begin = m_begin, *end = m_end;
            lock.unlock();
            QByteArray *text = &m_formatter->format(begin, end);
            lock.lock();
            m_text = text;
            m_ready = true;
            m_wake.notify_all();
        }
    }

    std::unique_ptr<Formatter> m_formatter;
    QByteArray *m_text = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    const RowId *m_begin = nullptr;
    const RowId *m_end = nullptr;
    bool m_pending = false;
    bool m_ready = false;
    bool m_quit = false;
    std::thread m_thread;   // last: starts once the rest is ready
};


// Writes the rows' text in order. `make()` gives a formatter (its own writer
// and caches; the store is only read) with QByteArray &format(begin, end);
// the helper thread gets a second one. progress(rowsDone) after each pair of
// stretches; false cancels. fail(reason) is called with the device's error
// string, or an empty one for a cancel.
template <class Make, class Progress, class Fail>
bool writeInStretches(const std::vector<RowId> &rows, QIODevice *out, Make make, const Progress &progress,
                      const Fail &fail)
{
    using Formatter = typename decltype(make())::element_type;
    auto write = [&](const QByteArray &text) {
        if (out->write(text.constData(), text.size()) == text.size())
            return true;
        fail(out->errorString());
        return false;
    };
    std::unique_ptr<Formatter> own = make();
    // A second thread only where there is more than a stretch to share.
    std::optional<StretchHelper<Formatter>> helper;
    if (rows.size() > 2 * kStretchRows)
        helper.emplace(make());
    const RowId *const data = rows.data();
    const size_t step = helper ? 2 * kStretchRows : kStretchRows;
    for (size_t first = 0; first < rows.size(); first += step) {
        const size_t mine = std::min(first + kStretchRows, rows.size());
        const size_t theirs = helper ? std::min(mine + kStretchRows, rows.size()) : mine;
        if (theirs > mine)
            helper->start(data + mine, data + theirs);
        const bool ok = write(own->format(data + first, data + mine));
        if (theirs > mine) {
            const QByteArray &text = helper->result();   // waited for even after a failed write: it reads `rows`
            if (ok && !write(text))
                return false;
        }
        if (!ok)
            return false;
        if (!progress(qint64(theirs))) {
            fail(QString());
            return false;
        }
    }
    return true;
}

} // namespace cs::csvstretches
