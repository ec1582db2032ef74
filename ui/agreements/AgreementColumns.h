#pragma once

#include <QObject>

class QTableView;

namespace md {

// Sizes the columns of the agreement list to what each can say, and keeps
// the list from scrolling sideways beside the preview: the title takes the
// room left and is the only text cut short (with "…", whole in a tooltip);
// when even that does not fit, the end date and then the verification
// column are hidden (the details beside the list show both), and shown
// again when the list is wide enough. Texts never wrap.
class AgreementColumns final : public QObject {
    Q_OBJECT
public:
    explicit AgreementColumns(QTableView* view);

    // Fits the columns to the view's current width.
    void fit();
    // The least width of a column that shows every text it can hold whole.
    int wantedWidth(int column) const;
    // The narrowest the title gets before columns are hidden.
    int leastTitleWidth() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void measure();

    QTableView* m_view;
    QList<int> m_wanted;
};

} // namespace md
