#include "clients/ImportClientsDialog.h"

#include "ui_ImportClientsDialog.h"

#include "UiStyle.h"
#include "clients/ClientService.h"
#include "clients/ImportPreviewModel.h"
#include "import/VCardReader.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>

namespace md {

namespace {

// The field of a column, chosen from a list of every profile field.
class FieldDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        auto* box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("importFieldComboBox"));
        for (ImportField field : ColumnMapping::allFields())
            box->addItem(ColumnMapping::label(field), int(field));
        // Committed at once, so the preview follows each choice.
        connect(box, &QComboBox::activated, this,
                [this, box] { Q_EMIT const_cast<FieldDelegate*>(this)->commitData(box); });
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(box->findData(index.data(ColumnMappingModel::FieldRole)));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(),
                       ColumnMappingModel::FieldRole);
    }
};

constexpr int kProblemsShown = 12;

} // namespace

ImportClientsDialog::ImportClientsDialog(ClientService& clients, QWidget* parent)
    : QDialog(parent)
    , m_clients(clients)
    , m_ui(std::make_unique<Ui::ImportClientsDialog>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importClientsDialog"));
    resize(820, 620);
    m_mapping = new ColumnMappingModel(this);
    m_preview = new ImportPreviewModel(this);
    m_ui->mappingTableView->setModel(m_mapping);
    m_ui->mappingTableView->setItemDelegateForColumn(ColumnMappingModel::FieldColumn,
                                                     new FieldDelegate(m_ui->mappingTableView));
    m_ui->mappingTableView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_ui->previewTableView->setModel(m_preview);
    for (QTableView* view : {m_ui->mappingTableView, m_ui->previewTableView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
    }
    m_ui->previewTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ui::styleAsSecondary(m_ui->fileLabel);
    ui::styleAsError(m_ui->problemsLabel);
    m_ui->fileLabel->setText(tr("Choose a CSV or vCard file exported from your contacts or a "
                                "spreadsheet."));
    m_importButton = m_ui->importButtonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_ui->mappingGroupBox->hide();
    m_ui->previewGroupBox->hide();

    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &ImportClientsDialog::chooseFile);
    connect(m_mapping, &ColumnMappingModel::mappingChanged, this, &ImportClientsDialog::replan);
    connect(m_ui->mergeRadioButton, &QRadioButton::toggled, this, &ImportClientsDialog::replan);
    connect(m_ui->importButtonBox, &QDialogButtonBox::accepted, this, &ImportClientsDialog::accept);
    connect(m_ui->importButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportClientsDialog::~ImportClientsDialog() = default;

void ImportClientsDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Clients"), QDir::homePath(),
        tr("Contacts (*.csv *.vcf *.vcard *.txt);;CSV files (*.csv);;vCard files (*.vcf *.vcard)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportClientsDialog::loadFile(const QString& path) {
    m_path = path;
    m_table.reset();
    m_cards.reset();
    m_plan.reset();
    m_mapping->clear();
    m_preview->clear();
    m_ui->fileLabel->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > CsvReader::kMaxFileBytes) {
        showProblems(makeError(ErrorCode::Io,
                               file.isOpen()
                                   ? tr("The file is larger than %1 MB.")
                                         .arg(CsvReader::kMaxFileBytes / (1024 * 1024))
                                   : tr("Could not read the file: %1").arg(file.errorString())),
                     {});
        return false;
    }
    const QByteArray bytes = file.readAll();
    QList<ImportProblem> problems;
    if (ClientImport::formatOf(path, bytes) == ClientImport::Format::VCard) {
        Result<QList<ImportedContact>> cards = VCardReader::read(bytes, &problems);
        if (!cards) {
            showProblems(cards.error(), problems);
            return false;
        }
        m_cards = cards.value();
        m_ui->mappingGroupBox->hide();
    } else {
        Result<ImportTable> table = ClientImport::readCsv(bytes, &problems);
        if (!table) {
            showProblems(table.error(), problems);
            return false;
        }
        m_table = table.value();
        m_mapping->setTable(*m_table, ColumnMapping::guess(m_table->headers));
        m_ui->mappingTableView->resizeColumnsToContents();
        m_ui->mappingGroupBox->show();
    }
    m_ui->previewGroupBox->show();
    replan();
    return m_plan.has_value();
}

void ImportClientsDialog::showProblems(const Error& error, const QList<ImportProblem>& problems) {
    QStringList lines{error.message};
    for (qsizetype i = 1; i < qMin<qsizetype>(problems.size(), kProblemsShown); ++i)
        lines.append(problems.at(i).describe());
    if (problems.size() > kProblemsShown)
        lines.append(tr("… and %n more.", nullptr, int(problems.size() - kProblemsShown)));
    ui::setErrorText(m_ui->problemsLabel, lines.join(QLatin1Char('\n')));
    m_importButton->setEnabled(false);
}

void ImportClientsDialog::replan() {
    m_plan.reset();
    QList<ImportProblem> problems;
    QList<ImportedContact> contacts;
    if (m_table) {
        Result<QList<ImportedContact>> read =
            ClientImport::contactsOf(*m_table, m_mapping->mapping(), &problems);
        if (!read) {
            m_preview->clear();
            showProblems(read.error(), problems);
            return;
        }
        contacts = read.value();
    } else if (m_cards) {
        contacts = *m_cards;
    } else {
        return;
    }
    const ClientImport::Duplicates duplicates = m_ui->mergeRadioButton->isChecked()
                                                    ? ClientImport::Duplicates::Merge
                                                    : ClientImport::Duplicates::Skip;
    Result<ImportPlan> plan = ClientImport::plan(contacts, m_clients, duplicates, &problems);
    if (!plan) {
        m_preview->clear();
        m_ui->summaryLabel->clear();
        showProblems(plan.error(), problems);
        return;
    }
    m_plan = plan.value();
    m_preview->setPlan(*m_plan);
    m_ui->previewTableView->resizeColumnsToContents();
    ui::setErrorText(m_ui->problemsLabel, {});
    const int adds = m_plan->count(ImportPlan::Action::Add);
    const int merges = m_plan->count(ImportPlan::Action::Merge);
    m_ui->summaryLabel->setText(tr("%1 to add, %2 to merge, %3 to skip.")
                                    .arg(adds)
                                    .arg(merges)
                                    .arg(m_plan->count(ImportPlan::Action::Skip)));
    m_importButton->setEnabled(adds + merges > 0);
}

void ImportClientsDialog::accept() {
    if (!m_plan)
        return;
    Result<ClientService::ImportOutcome> done = m_clients.importClients(*m_plan);
    if (!done) {
        showProblems(done.error(), {});
        return;
    }
    m_outcome = tr("Imported from %1: %2 added, %3 merged, %4 skipped.")
                    .arg(QFileInfo(m_path).fileName())
                    .arg(done->added)
                    .arg(done->merged)
                    .arg(done->skipped);
    QDialog::accept();
}

} // namespace md
