#include "clients/ImportPreviewModel.h"

namespace md {

void ImportPreviewModel::setPlan(const ImportPlan& plan) {
    beginResetModel();
    m_rows = plan.rows;
    endResetModel();
}

void ImportPreviewModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const ImportPlan::Row& row = m_rows.at(index.row());
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case NameColumn:
        return row.client.fullName;
    case EmailColumn:
        return row.client.email;
    case OrganisationColumn:
        return row.client.organisation;
    case ActionColumn:
        switch (row.action) {
        case ImportPlan::Action::Add:
            return tr("Add");
        case ImportPlan::Action::Merge:
            return tr("Merge (%1)").arg(row.duplicateReason);
        case ImportPlan::Action::Skip:
            return tr("Skip (%1)").arg(row.duplicateReason);
        }
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case OrganisationColumn:
        return tr("Organisation");
    case ActionColumn:
        return tr("What happens");
    }
    return {};
}

void ColumnMappingModel::setTable(const ImportTable& table, const ColumnMapping& mapping) {
    beginResetModel();
    m_headers = table.headers;
    m_mapping = mapping;
    m_samples.clear();
    for (int column = 0; column < m_headers.size(); ++column) {
        QString sample;
        for (const ImportRecord& record : table.records) {
            sample = record.fields.value(column).simplified();
            if (!sample.isEmpty())
                break;
        }
        m_samples.append(sample.left(60));
    }
    endResetModel();
}

void ColumnMappingModel::clear() {
    beginResetModel();
    m_headers.clear();
    m_samples.clear();
    m_mapping = {};
    endResetModel();
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    if (index.column() == FieldColumn) {
        if (role == FieldRole || role == Qt::EditRole)
            return int(m_mapping.field(row));
        if (role == Qt::DisplayRole)
            return ColumnMapping::label(m_mapping.field(row));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    return index.column() == HeaderColumn ? m_headers.at(row) : m_samples.value(row);
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != FieldColumn ||
        (role != Qt::EditRole && role != FieldRole))
        return false;
    const auto field = ImportField(value.toInt());
    if (field == m_mapping.field(index.row()))
        return true;
    m_mapping.setField(index.row(), field);
    Q_EMIT dataChanged(index, index);
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn:
        return tr("Column in the file");
    case SampleColumn:
        return tr("First value");
    case FieldColumn:
        return tr("Imported as");
    }
    return {};
}

} // namespace md
