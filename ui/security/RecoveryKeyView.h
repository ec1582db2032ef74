#pragma once

#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "export/RecoveryKeyDocument.h"

#include <QWidget>

#include <chrono>

class QCheckBox;
class QLabel;
class QPagedPaintDevice;
class QPushButton;

namespace md {

// Shows a freshly made recovery key once: large, fixed-pitch and selectable,
// with Copy (the clipboard is cleared again after a minute), Save as PDF
// (owner-only, written in one go, no temporary copy elsewhere) and Print, and
// the confirmation "I have stored my recovery key somewhere safe" that the
// wizard and the new-key dialog require.
class RecoveryKeyView final : public QWidget {
    Q_OBJECT
public:
    explicit RecoveryKeyView(QWidget* parent = nullptr);
    ~RecoveryKeyView() override;

    // `formattedKey` as RecoveryKey::format makes it. The view keeps it in
    // secure memory until clear() or destruction, for printing. The printed
    // page is dated by `clock`, which must outlive the view.
    void setKey(SecureBytes formattedKey, const QString& workspaceDir, const QString& workspaceId,
                int cipherPageSize, const Clock& clock);
    // Forgets the key and empties the label; unticks the confirmation.
    void clear();
    bool isConfirmed() const;

    // The printable page as HTML (tests read it; print() renders it).
    QString printableHtml() const;
    // Renders the page (RecoveryKeyDocument, in the one DocumentLayout) onto
    // a printer or PDF writer, without any dialog.
    Status printTo(QPagedPaintDevice* device) const;
    // Writes the page as a PDF readable by the mentor's account only (0600).
    Status savePdf(const QString& path) const;
    // How long a copied key stays on the clipboard (a minute; tests shorten it).
    void setClipboardLifetime(std::chrono::milliseconds lifetime) {
        m_clipboardLifetime = lifetime;
    }

Q_SIGNALS:
    void confirmedChanged(bool confirmed);

private:
    void print();
    void choosePdfFile();
    void copyToClipboard();
    QString keyForDisplay() const;
    RecoveryKeyDocument::Input documentInput() const;

    QLabel* m_keyLabel = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_savePdfButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_noteLabel = nullptr; // what Copy or Save did
    QCheckBox* m_confirmCheckBox = nullptr;
    SecureBytes m_key;
    QString m_workspaceDir;
    QString m_workspaceId;
    int m_cipherPageSize = 4096;
    const Clock* m_clock = nullptr; // given with the key
    std::chrono::milliseconds m_clipboardLifetime;
};

} // namespace md
