#pragma once
// The opt-in blocks of a record (FACTS.md: sent only when the request's
// `selectedFields` names them), each as its JSON text exactly as the server
// sent it, minified: for exports that show them beside other columns.

#include <QStringList>
#include <array>
#include <string>
#include <string_view>

namespace cs {

// In the order of the documented `selectedFields` values.
inline constexpr std::array<std::string_view, 6> kOptInBlocks{
    "skills", "customerinfo", "userleveltags", "sessionleveltags", "campaigninfo", "snoozeinfo"};

using OptInBlockTexts = std::array<std::string, kOptInBlocks.size()>;

// Empty strings for blocks the record does not carry (or unusable JSON).
// Keys match in any case (the API is not consistent about it).
OptInBlockTexts optInBlocks(std::string_view rawJson);

QStringList optInBlockColumnNames();

} // namespace cs
