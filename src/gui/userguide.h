#pragma once
// Help → CallScope User Guide (F1) and Help → About CallScope. The guide is
// docs/user-guide.md (and .de.md, .fr.md), compiled into the resources (and
// installed with the package), shown in a window of its own so it works with
// no browser.

class QWidget;

namespace cs {

void showUserGuide(QWidget *parent);
void showAboutDialog(QWidget *parent);

} // namespace cs
