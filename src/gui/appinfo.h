#pragma once
// Who CallScope is to the desktop: one reverse-DNS id for the .desktop file,
// the AppStream metainfo, the icon, the MIME type's default handler and the
// single-instance socket. The values come from the top-level CMakeLists.txt,
// which also writes them into packaging/.

#include <QString>

namespace cs::appinfo {

inline QString id() { return QStringLiteral(CALLSCOPE_APP_ID); }
inline QString version() { return QStringLiteral(CALLSCOPE_VERSION); }
inline QString homepage() { return QStringLiteral(CALLSCOPE_HOMEPAGE); }
inline QString license() { return QStringLiteral(CALLSCOPE_LICENSE); }   // SPDX

} // namespace cs::appinfo
