// The SQLite archive's writing half (archivefile.cpp opens it and reads):
// storing fetched pages, and training the dictionary that compresses the
// raw JSON once enough of it has come in as text.
#include "archivefileimpl.h"
#include "rawcodec.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace cs {

using archivefile::ArchiveText;
using archivefile::shown;

namespace {

// Raw JSON rows stay text until this many calls can train a dictionary.
constexpr qint64 kTrainAfterRows = 2000;

} // namespace

void ArchiveFile::setRawCompression(RawCompression compression)
{
    if (d->readOnly || compression == d->compression)
        return;
    d->compression = compression;
    d->setMeta("raw_storage", compression == RawCompression::Text ? u"text"_s : u"zstd"_s);
    d->encoder = compression == RawCompression::Zstd && d->dictionaryId > 0
        ? std::make_unique<RawEncoder>(d->dictionary, d->dictionaryId) : std::make_unique<RawEncoder>();
}

bool ArchiveFile::storePage(const ParsedPage &page, int offsetMinutes, qint64 fetchedAtUtc, StorePageResult *result,
                            QString *error)
{
    if (d->readOnly)
        return d->fail(error, ArchiveText::tr("The archive %1 is open read-only.").arg(shown(d->path)));
    StorePageResult counts;
    counts.records.resize(page.records.size());
    if (!d->db.exec("BEGIN IMMEDIATE"))
        return d->fail(error, d->dbError());
    sqlite::Statement existing(d->db, "SELECT c.row, c.raw_hash, r.raw_json IS NOT NULL FROM calls c "
                                      "LEFT JOIN raw_records r ON r.row = c.row WHERE c.session_id = ?1");
    for (size_t i = 0; i < page.records.size(); ++i) {
        const CallFields &call = page.records[i];
        if (call.sessionId.empty() || call.raw.empty())
            continue;
        existing.bind(1, call.sessionId);
        qint64 row = -1;
        bool same = false;
        if (existing.step() == SQLITE_ROW) {
            row = existing.columnInt(0);
            same = existing.columnInt(1) == rawcodec::rawHash(call.raw);
            if (!same && existing.columnInt(2))
                --d->textRows;
        }
        existing.reset();
        StorePageResult::Stored &stored = counts.records[i];
        if (same) {
            ++counts.unchanged;
            stored.key = row;
            continue;
        }
        stored.written = true;
        if (!d->writer->write(row, call, offsetMinutes, fetchedAtUtc, *d->encoder, &stored.key)) {
            const QString message = d->dbError();
            d->rollbackPage();
            return d->fail(error, message);
        }
        if (!d->encoder->compresses())
            ++d->textRows;
        ++(row < 0 ? counts.added : counts.changed);
    }
    if (counts.added > 0 && !d->setMeta("record_count", QString::number(d->records + counts.added))) {
        const QString message = d->dbError();
        d->rollbackPage();
        return d->fail(error, message);
    }
    if (!d->db.exec("COMMIT")) {
        const QString message = d->dbError();
        d->rollbackPage();
        return d->fail(error, message);
    }
    d->records += counts.added;
    if (result)
        *result = counts;
    if (d->compression == RawCompression::Zstd && d->dictionaryId == 0 && d->textRows >= kTrainAfterRows)
        return d->trainDictionary(error);
    return true;
}

// A page's transaction undone: so are the labels it added.
void ArchiveFile::Impl::rollbackPage()
{
    db.exec("ROLLBACK");
    writer->forgetLabels();
}

// Trains a dictionary on the text rows, then compresses them with it: from
// then on every page is stored compressed.
bool ArchiveFile::Impl::trainDictionary(QString *error)
{
    std::vector<std::string> samples;
    {
        sqlite::Statement select(db, "SELECT raw_json FROM raw_records WHERE raw_json IS NOT NULL ORDER BY row LIMIT 4000");
        while (select.isValid() && select.step() == SQLITE_ROW)
            samples.emplace_back(select.columnText(0));
    }
    std::vector<std::string_view> views(samples.begin(), samples.end());
    const QByteArray trained = rawcodec::trainDictionary(views);
    if (trained.isEmpty())
        return true;   // too little or too uniform to train on: stay text for now
    if (!db.exec("BEGIN"))
        return fail(error, dbError());
    sqlite::Statement insert(db, "INSERT INTO raw_dictionaries (dictionary, samples, created_at) VALUES (?1, ?2, ?3)");
    insert.bindBlob(1, std::string_view(trained.constData(), size_t(trained.size())));
    insert.bind(2, qint64(samples.size()));
    insert.bind(3, QDateTime::currentSecsSinceEpoch());
    if (!insert.isValid() || insert.step() != SQLITE_DONE) {
        db.exec("ROLLBACK");
        return fail(error, dbError());
    }
    const qint64 id = sqlite3_last_insert_rowid(db.handle());
    rawcodec::Compressor compressor(trained);
    sqlite::Statement select(db, "SELECT row, raw_json FROM raw_records WHERE raw_json IS NOT NULL");
    sqlite::Statement update(db, "UPDATE raw_records SET raw_json = NULL, raw_zstd = ?2, raw_dictionary = ?3 WHERE row = ?1");
    std::vector<std::pair<qint64, std::string>> compressed;
    std::string buffer;
    while (select.isValid() && select.step() == SQLITE_ROW) {
        if (compressor.compress(select.columnText(1), &buffer))
            compressed.emplace_back(select.columnInt(0), buffer);
    }
    for (const auto &[row, bytes] : compressed) {
        update.bind(1, row);
        update.bindBlob(2, bytes);
        update.bind(3, id);
        if (update.step() != SQLITE_DONE) {
            db.exec("ROLLBACK");
            return fail(error, dbError());
        }
        update.reset();
    }
    if (!db.exec("COMMIT"))
        return fail(error, dbError());
    dictionaryId = id;
    dictionary = trained;
    textRows -= qint64(compressed.size());
    encoder = std::make_unique<RawEncoder>(dictionary, dictionaryId);
    return true;
}

} // namespace cs
