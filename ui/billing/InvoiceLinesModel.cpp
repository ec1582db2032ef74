#include "billing/InvoiceLinesModel.h"

#include "billing/TaxRates.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace md {

namespace {
// The background of a cell whose text means nothing yet.
const QColor kInvalidCell(0xf6, 0xd5, 0xd5);
} // namespace

InvoiceLinesModel::InvoiceLinesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

bool InvoiceLinesModel::Row::isEmpty() const {
    // A new line shows a price of 0: untouched, it is still nothing typed.
    const bool noPrice =
        priceText.trimmed().isEmpty() || (priceError.isEmpty() && line.unitPriceMinor == 0);
    return line.description.trimmed().isEmpty() && noPrice;
}

void InvoiceLinesModel::setSettings(const BusinessSettings& settings) {
    beginResetModel();
    m_settings = settings;
    // Prices are read in the currency, and rate names stand for its rates.
    for (Row& row : m_rows) {
        parsePrice(row);
        parseRate(row);
    }
    endResetModel();
}

InvoiceLinesModel::Row InvoiceLinesModel::rowFor(const InvoiceLine& line) const {
    Row row;
    row.line = line;
    row.quantityText = InvoiceMath::formatQuantity(line.quantityMilli);
    row.priceText = Money(line.unitPriceMinor, m_settings.currency).formatForInput();
    row.rateText = InvoiceMath::formatRatePercent(line.taxRateBasisPoints);
    return row;
}

void InvoiceLinesModel::setLines(const QList<InvoiceLine>& lines) {
    beginResetModel();
    m_rows.clear();
    for (const InvoiceLine& line : lines)
        m_rows.append(rowFor(line));
    endResetModel();
}

int InvoiceLinesModel::appendLine(const InvoiceLine& line) {
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(rowFor(line));
    endInsertRows();
    return row;
}

void InvoiceLinesModel::removeLine(int row) {
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void InvoiceLinesModel::setRate(int row, int basisPoints) {
    setData(index(row, RateColumn), InvoiceMath::formatRatePercent(basisPoints));
}

std::optional<int> InvoiceLinesModel::rateAt(int row) const {
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).rateError.isEmpty())
        return std::nullopt;
    return m_rows.at(row).line.taxRateBasisPoints;
}

QSet<qint64> InvoiceLinesModel::sessionIds() const {
    QSet<qint64> ids;
    for (const Row& row : m_rows)
        if (row.line.sessionId > 0)
            ids.insert(row.line.sessionId);
    return ids;
}

void InvoiceLinesModel::parseQuantity(Row& row) const {
    auto quantity = InvoiceMath::parseQuantity(row.quantityText, true);
    row.quantityError = quantity.message();
    if (quantity)
        row.line.quantityMilli = *quantity;
}

void InvoiceLinesModel::parsePrice(Row& row) const {
    auto price = Money::parseInput(row.priceText, m_settings.currency, QLocale(), true);
    row.priceError = price.message();
    if (price)
        row.line.unitPriceMinor = price->minorUnits();
}

void InvoiceLinesModel::parseRate(Row& row) const {
    // A percentage, or a rate of the settings by name ("reduced"); nothing
    // typed is not a rate.
    auto rate = row.rateText.trimmed().isEmpty() ? InvoiceMath::parseRatePercent(row.rateText)
                                                 : TaxRates::parse(row.rateText, m_settings);
    row.rateError = rate.message();
    if (rate) {
        row.line.taxRateBasisPoints = *rate;
        row.rateText = InvoiceMath::formatRatePercent(*rate);
    }
}

Result<QList<InvoiceLine>> InvoiceLinesModel::lines() const {
    QList<InvoiceLine> result;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        // A completely empty row is ignored rather than an error.
        if (row.isEmpty())
            continue;
        InvoiceLine line = row.line;
        line.description = line.description.trimmed();
        if (line.description.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1 needs a description.").arg(i + 1));
        for (const QString& error : {row.quantityError, row.priceError, row.rateError}) {
            if (!error.isEmpty())
                return makeError(ErrorCode::InvalidInput, tr("Line %1: %2").arg(i + 1).arg(error));
        }
        result.append(line);
    }
    return result;
}

int InvoiceLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant InvoiceLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    // A valid price shows as an amount ("150,00 €", "€150.00") and is edited
    // in the locale's plain form ("150,00").
    if (role == Qt::DisplayRole && column == PriceColumn && row.priceError.isEmpty() &&
        !row.priceText.trimmed().isEmpty())
        return Money(row.line.unitPriceMinor, m_settings.currency).format(QLocale());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case DescriptionColumn:
            return row.line.description;
        case QuantityColumn:
            return row.quantityText;
        case PriceColumn:
            return row.priceText;
        case RateColumn:
            return row.rateText;
        case AmountColumn:
            if (!row.quantityError.isEmpty() || !row.priceError.isEmpty() ||
                !row.rateError.isEmpty())
                return QString();
            return Money(row.line.amounts().net, m_settings.currency).format(QLocale());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return int((column == DescriptionColumn ? Qt::AlignLeft : Qt::AlignRight) |
                   Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const QString error = column == QuantityColumn ? row.quantityError
                              : column == PriceColumn  ? row.priceError
                              : column == RateColumn   ? row.rateError
                                                       : QString();
        return error.isEmpty() ? QVariant() : QVariant(QBrush(kInvalidCell));
    }
    case Qt::ToolTipRole:
        return column == QuantityColumn ? row.quantityError
               : column == PriceColumn  ? row.priceError
               : column == RateColumn   ? row.rateError
                                        : QVariant();
    default:
        return {};
    }
}

bool InvoiceLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    Row& row = m_rows[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case DescriptionColumn:
        row.line.description = text;
        break;
    case QuantityColumn:
        row.quantityText = text;
        parseQuantity(row);
        break;
    case PriceColumn:
        row.priceText = text;
        parsePrice(row);
        break;
    case RateColumn:
        row.rateText = text;
        parseRate(row);
        break;
    default:
        return false;
    }
    // The amount follows every number of its row.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), kColumnCount - 1));
    return true;
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == AmountColumn ? base : base | Qt::ItemIsEditable;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Quantity");
    case PriceColumn:
        return tr("Unit price (%1)").arg(m_settings.currency);
    case RateColumn:
        return tr("Tax %");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace md
