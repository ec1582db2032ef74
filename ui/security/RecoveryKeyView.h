#pragma once

#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "export/RecoveryKeyDocument.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPagedPaintDevice;
class QPushButton;

namespace md {

// Shows a freshly made recovery key once: large, fixed-pitch and selectable,
// with a Print button and the confirmation "I have stored my recovery key
// somewhere safe" that the wizard and the new-key dialog require.
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

Q_SIGNALS:
    void confirmedChanged(bool confirmed);

private:
    void print();
    QString keyForDisplay() const;
    RecoveryKeyDocument::Input documentInput() const;

    QLabel* m_keyLabel = nullptr;
    QPushButton* m_printButton = nullptr;
    QCheckBox* m_confirmCheckBox = nullptr;
    SecureBytes m_key;
    QString m_workspaceDir;
    QString m_workspaceId;
    int m_cipherPageSize = 4096;
    const Clock* m_clock = nullptr; // given with the key
};

} // namespace md
