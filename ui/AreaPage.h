#pragma once

#include <QWidget>

namespace md {

class Workspace;

// One area of the main window (Clients now; Pipeline, Dashboard, Calendar,
// Agreements and Billing later). The main window hands every area the open
// workspace, or nullptr when it locks: an area must then drop every model
// row, form field and cached value it holds.
class AreaPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setWorkspace(Workspace* workspace) = 0;
    // Edit > Find: put the keyboard focus into the area's filter. An area
    // without a filter of its own leaves it to the workspace search.
    virtual void focusFilter() { Q_EMIT searchWanted(); }

Q_SIGNALS:
    // A transient message for the status bar ("Saved Jane Doe.").
    void statusMessage(const QString& message);
    // A short permanent summary for the status bar ("12 clients").
    void summaryChanged(const QString& summary);
    // Find was asked for where the area has no filter of its own.
    void searchWanted();
};

} // namespace md
