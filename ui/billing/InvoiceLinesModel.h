#pragma once

#include "billing/BusinessSettings.h"
#include "billing/Invoice.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

namespace md {

// The lines of the invoice being edited. Each row keeps what was typed in
// its cells, what that means (parsed by the core's rules as it is typed:
// InvoiceMath, Money, TaxRates) and where the line comes from (a session, a
// package, a retainer month), which rides along unseen so that editing the
// text keeps what the line bills. The editor reads lines() and never the
// cells' text.
class InvoiceLinesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DescriptionColumn, QuantityColumn, PriceColumn, RateColumn, AmountColumn };
    static constexpr int kColumnCount = 5;

    explicit InvoiceLinesModel(QObject* parent = nullptr);

    // The currency prices are read in and the rates a name stands for.
    void setSettings(const BusinessSettings& settings);
    void setLines(const QList<InvoiceLine>& lines);
    // Appends a line; returns its row.
    int appendLine(const InvoiceLine& line);
    void removeLine(int row);
    // Sets the tax rate of a row (a pick from the rate menu).
    void setRate(int row, int basisPoints);
    // The rate of a row, when what is typed there is a rate.
    std::optional<int> rateAt(int row) const;
    // Sessions billed by the lines (so they are not added twice).
    QSet<qint64> sessionIds() const;
    // The lines as typed, completely empty rows left out, or an error naming
    // the first bad cell.
    Result<QList<InvoiceLine>> lines() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        InvoiceLine line; // the description, the origin and the valid numbers
        QString quantityText;
        QString priceText;
        QString rateText;
        QString quantityError; // empty = valid
        QString priceError;
        QString rateError;
        bool isEmpty() const;
    };

    Row rowFor(const InvoiceLine& line) const;
    void parseQuantity(Row& row) const;
    void parsePrice(Row& row) const;
    void parseRate(Row& row) const;

    BusinessSettings m_settings;
    QList<Row> m_rows;
};

} // namespace md
