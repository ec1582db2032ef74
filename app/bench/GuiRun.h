#pragma once

#include <QString>

namespace md::bench {

// What the parent passes to one GUI run (a child process of its own, so that
// every first show is a first show and the resident memory is the window's).
struct GuiRunOptions {
    QString workspaceDir;
    qint64 engagementId = 0;
    qint64 invoiceId = 0;
};

// Drives the real AppController and MainWindow offscreen: the unlock from the
// key in hand, first and repeat show of every area, a filter keystroke, a
// calendar week and month step, opening a client, an engagement and an
// invoice, the resident memory at the end, and the floor window. Prints one
// JSON object of samples on standard output; returns the exit code.
int runGuiChild(const GuiRunOptions& options);

} // namespace md::bench
