#pragma once

#include "import/ClientImport.h"

#include <QAbstractTableModel>

namespace md {

// The rows of an import plan, for the preview: what each record of the file
// becomes (added, merged into whom, skipped and why).
class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        NameColumn,
        EmailColumn,
        OrganisationColumn,
        ActionColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const ImportPlan& plan);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportPlan::Row> m_rows;
};

// The columns of a CSV file and the profile field each goes to; the field is
// editable (a combo box in the view).
class ColumnMappingModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HeaderColumn, SampleColumn, FieldColumn, ColumnCount };
    static constexpr int FieldRole = Qt::UserRole + 1; // ImportField as int

    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const ImportTable& table, const ColumnMapping& mapping);
    void clear();
    const ColumnMapping& mapping() const { return m_mapping; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mappingChanged();

private:
    QStringList m_headers;
    QStringList m_samples;
    ColumnMapping m_mapping;
};

} // namespace md
