#pragma once
// An inline message strip (like KMessageWidget): errors and warnings appear
// in the window, next to what they concern, instead of in a modal box or
// nowhere. Colours come from the palette; the icon from the style.

#include <QFrame>
#include <functional>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace cs {

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // Adds a button to the current message (removed by the next showMessage).
    QToolButton *addButton(const QString &text, std::function<void()> onClick);
    void dismiss();

    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void dismissed();

private:
    void clearButtons();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};

} // namespace cs
