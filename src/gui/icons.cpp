#include "icons.h"

#include "appinfo.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace cs {

namespace {
QIcon fromResources(const QString &prefix, const QString &name, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (const int size : sizes) {
        const QString path = u"%1/%2x%2/%3.png"_s.arg(prefix).arg(size).arg(name);
        if (QFile::exists(path))
            icon.addFile(path, QSize(size, size));
    }
    return icon;
}
} // namespace

QIcon themeIcon(const QString &name)
{
    return QIcon::fromTheme(name, fromResources(u":/icons/actions"_s, name, {16, 24, 32, 48}));
}

QIcon appIcon()
{
    return fromResources(u":/icons/app"_s, appinfo::id(), {16, 24, 32, 48, 64, 128, 256});
}

} // namespace cs
