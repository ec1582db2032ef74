#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;

namespace md {

class BillingService;

// The engagement page's package credits: each package sold to the engagement
// ("5 of 8 used, valid until …") and the warnings when credits run out or
// expire. Hidden when the engagement has no package.
class EngagementPackagesWidget final : public QWidget {
    Q_OBJECT
public:
    explicit EngagementPackagesWidget(QWidget* parent = nullptr);

    void setBilling(BillingService* billing);
    // The engagement shown on the page; 0 for none.
    void showEngagement(qint64 engagementId);

    QListWidget* packagesList() const { return m_packages; }

private:
    void reload();

    QPointer<BillingService> m_billing;
    qint64 m_engagementId = 0;
    QLabel* m_heading = nullptr;
    QListWidget* m_packages = nullptr;
};

} // namespace md
