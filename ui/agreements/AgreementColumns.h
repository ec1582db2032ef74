#pragma once

class QTableView;

namespace md {

// Sizes the columns of the agreement list to what each can say, and keeps
// the list from scrolling sideways beside the preview: the title takes the
// room left and is the only text cut short (with "…", whole in a tooltip);
// when even that does not fit, the end date and then the verification
// column are hidden (the details beside the list show both), and shown
// again when the list is wide enough (ui::keepListBesideEditor). Texts never
// wrap.
void fitAgreementColumns(QTableView* view);

} // namespace md
