#pragma once

#include "agreements/Agreement.h"

#include <QByteArray>
#include <QDialog>
#include <QPointer>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace md {

class Workspace;

// "Signed on paper": the mentor chooses the scan of the paper original, sees
// it (the image, or a PDF's first page) beside the agreement's number and
// fingerprint, and gives the day it was signed by hand, within the days the
// service accepts. Recording freezes the agreement; the dialog says so once,
// and that the scan is attached, not checked.
class PaperSigningDialog final : public QDialog {
    Q_OBJECT
public:
    PaperSigningDialog(Workspace& workspace, const Agreement& agreement, QWidget* parent = nullptr);

    // The signed agreement after accept().
    const Agreement& signedAgreement() const { return m_signed; }

    // Opens the file dialog in the start folder, with no name filled in.
    void chooseScan();
    void accept() override;

private:
    void loadScan(const QString& path);
    void updateButtons();

    QPointer<Workspace> m_workspace;
    Agreement m_agreement;
    Agreement m_signed;
    QString m_path;
    QByteArray m_content;
    QLineEdit* m_file = nullptr;
    QLabel* m_preview = nullptr;
    QDateEdit* m_signedOn = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace md
