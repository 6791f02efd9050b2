#pragma once
// The main window's actions (private to the mainwindow*.cpp files).

#include "mainwindow.h"

#include <QAction>
#include <QMenu>

namespace cs {

struct MainWindow::Actions
{
    QAction *connection = nullptr;
    QAction *demo = nullptr;
    QAction *open = nullptr;
    QMenu *recent = nullptr;
    QAction *clearRecent = nullptr;
    QAction *save = nullptr;
    QAction *exportCsv = nullptr;
    QAction *quit = nullptr;
    QAction *copy = nullptr;
    QAction *find = nullptr;
    QAction *fetch = nullptr;
    QAction *cancel = nullptr;
    QAction *showCalls = nullptr;
    QAction *showCharts = nullptr;
    QAction *resetColumns = nullptr;
    QAction *userGuide = nullptr;
    QAction *about = nullptr;
};

} // namespace cs
