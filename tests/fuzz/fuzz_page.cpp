// libFuzzer: a response body through the page parser and the record extractor,
// then into the store, and the same bytes as one record through the drill-down
// (the pretty-printer and the key/value tree read hostile JSON too).
#include "calldetail.h"
#include "recordparser.h"
#include "recordstore.h"

#include <QByteArray>
#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto page = cs::parsePage(body);
    if (!page->ok() && (!page->records.empty() || !page->issues.empty()))
        __builtin_trap();   // a damaged page must never hand out records
    cs::RecordStore store;
    store.append(*page, 0);
    for (int row = 0; row < store.size(); ++row)
        (void)store.handleSeconds(cs::RowId(row));

    const std::string_view raw(body.constData(), size_t(body.size()));
    cs::RecordParser parser;
    cs::CallFields record;
    if (parser.parse(raw, record))
        store.append(record, 0);
    (void)cs::prettyJson(raw);
    (void)cs::buildKeyValueTree(raw, {QStringLiteral("metaInfo"), QStringLiteral("customerInfo")});
    (void)cs::buildCallTree(raw, QTimeZone::utc(), 0);
    return 0;
}
