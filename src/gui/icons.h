#pragma once
// Icons: the action icons come from the desktop's icon theme (freedesktop
// names), with fallbacks bundled in the resources for a bare desktop or a
// theme that lacks one. The application icon is always CallScope's own.

#include <QIcon>

namespace cs {

QIcon themeIcon(const QString &name);   // e.g. "document-open"
QIcon appIcon();

} // namespace cs
