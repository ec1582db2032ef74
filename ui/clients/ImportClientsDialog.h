#pragma once

#include "import/ClientImport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace md {

namespace Ui {
class ImportClientsDialog;
}

class ClientService;
class ColumnMappingModel;
class ImportPreviewModel;

// File > Import Clients: a CSV or vCard file, its columns matched to profile
// fields (editable), a preview of every record and what happens to it, the
// choice for duplicates, and the problems that stop the import, each with
// its line and column. Nothing is written until Import, and then all at once.
class ImportClientsDialog final : public QDialog {
    Q_OBJECT
public:
    ImportClientsDialog(ClientService& clients, QWidget* parent = nullptr);
    ~ImportClientsDialog() override;

    // Reads a file (also what Choose File does); false with the reason shown.
    bool loadFile(const QString& path);
    const std::optional<ImportPlan>& plan() const { return m_plan; }
    QString outcomeText() const { return m_outcome; }

    void accept() override;

private:
    void chooseFile();
    void replan();
    void showProblems(const Error& error, const QList<ImportProblem>& problems);

    ClientService& m_clients;
    std::unique_ptr<Ui::ImportClientsDialog> m_ui;
    ColumnMappingModel* m_mapping = nullptr;
    ImportPreviewModel* m_preview = nullptr;
    QPushButton* m_importButton = nullptr;
    QString m_path;
    std::optional<ImportTable> m_table;            // CSV
    std::optional<QList<ImportedContact>> m_cards; // vCard
    std::optional<ImportPlan> m_plan;
    QString m_outcome;
};

} // namespace md
