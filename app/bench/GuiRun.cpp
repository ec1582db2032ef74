#include "GuiRun.h"

#include "BenchKeyStore.h"
#include "BenchWorkspaces.h"
#include "PaintWaiter.h"
#include "ProcessMemory.h"

#include "AppController.h"
#include "AreaPage.h"
#include "MainWindow.h"
#include "billing/BillingArea.h"
#include "clients/ClientsPage.h"
#include "crypto/PassphraseSlot.h"
#include "pipeline/PipelineArea.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <cstdio>
#include <cstring>

namespace md::bench {

namespace {

template <typename T> T* named(const QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

AreaPage* areaOf(QWidget* widget) {
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<AreaPage*>(w))
            return area;
    }
    return nullptr;
}

// The floor of the unlock: a bare window with a 1,000-row table view, from
// building its model to its paint.
double bareWindowMs(PaintWaiter& waiter) {
    QWidget* window = nullptr;
    const double ms = waiter.measure(
        [&] {
            auto* model = new QStandardItemModel(1000, 4);
            for (int row = 0; row < 1000; ++row) {
                model->setItem(row, 0, new QStandardItem(QStringLiteral("Client %1").arg(row)));
                model->setItem(row, 1,
                               new QStandardItem(QStringLiteral("client%1@example.org").arg(row)));
                model->setItem(row, 2,
                               new QStandardItem(QStringLiteral("Organisation %1").arg(row % 97)));
                model->setItem(row, 3, new QStandardItem(QStringLiteral("active")));
            }
            window = new QWidget;
            auto* view = new QTableView(window);
            model->setParent(view);
            view->setModel(model);
            (new QVBoxLayout(window))->addWidget(view);
            window->resize(1180, 760);
            window->show();
        },
        nullptr);
    delete window;
    return ms;
}

// One GUI run: the figures' samples in `samples`, false with a message on a
// failure to find or show something.
class GuiRun final {
public:
    GuiRun(AppController& controller, BenchKeyStore& keyStore, const GuiRunOptions& options)
        : m_controller(controller)
        , m_keyStore(keyStore)
        , m_window(*controller.mainWindow())
        , m_options(options) {}

    bool run(SecureBytes key, QJsonObject* samples);
    QString error() const { return m_error; }

private:
    bool record(const QString& name, double ms) {
        if (ms < 0) {
            m_error = QStringLiteral("%1: nothing was shown within the time limit").arg(name);
            return false;
        }
        m_samples.insert(name, ms);
        return true;
    }
    bool unlock(SecureBytes key);
    bool showAreas();
    bool interact();
    bool searchKeystroke();
    void show(AreaPage* area) {
        m_window.setCurrentArea(area);
        m_waiter.settle();
    }

    AppController& m_controller;
    BenchKeyStore& m_keyStore;
    MainWindow& m_window;
    GuiRunOptions m_options;
    PaintWaiter m_waiter;
    QJsonObject m_samples;
    QList<AreaPage*> m_areas;
    QStringList m_titles;
    QString m_error;
};

bool GuiRun::run(SecureBytes key, QJsonObject* samples) {
    m_controller.start(m_options.workspaceDir);
    m_waiter.settle();
    if (!m_keyStore.hasPendingRead()) {
        m_error = QStringLiteral("the window did not ask for the key");
        return false;
    }
    // Measured with the locked window already on screen, as the app has it.
    if (!record(QStringLiteral("bare window"), bareWindowMs(m_waiter)) || !unlock(std::move(key)) ||
        !showAreas() || !interact())
        return false;
    const ProcessMemory memory = processMemory();
    if (memory.residentMiB)
        m_samples.insert(QStringLiteral("resident MiB"), *memory.residentMiB);
    if (memory.peakMiB)
        m_samples.insert(QStringLiteral("peak MiB"), *memory.peakMiB);
    *samples = m_samples;
    samples->insert(QStringLiteral("areas"), QJsonArray::fromStringList(m_titles));
    return true;
}

bool GuiRun::unlock(SecureBytes key) {
    ClientsPage* clients = m_window.clientsPage();
    auto* table = clients ? named<QTableView>(clients, "clientTableView") : nullptr;
    if (!table) {
        m_error = QStringLiteral("no client list");
        return false;
    }
    // From the key in hand to the client list painted with its rows.
    const double ms = m_waiter.measure(
        [&] { m_keyStore.deliver(std::move(key)); }, table->viewport(),
        [&] { return m_window.isShowingWorkspace() && table->model()->rowCount() > 0; });
    return record(QStringLiteral("unlock"), ms);
}

bool GuiRun::showAreas() {
    auto* list = named<QListWidget>(&m_window, "areaListWidget");
    auto* stack = named<QStackedWidget>(&m_window, "areaStackedWidget");
    // The stack also holds pages that are not areas (the search results).
    if (!list || !stack || stack->count() < list->count()) {
        m_error = QStringLiteral("no area list");
        return false;
    }
    for (int i = 0; i < list->count(); ++i) {
        m_areas.append(qobject_cast<AreaPage*>(stack->widget(i)));
        m_titles.append(list->item(i)->text().remove(QLatin1Char('&')));
    }
    // The first area is the one the unlock showed.
    for (int i = 1; i < m_areas.size(); ++i) {
        AreaPage* area = m_areas.at(i);
        if (!record(QStringLiteral("first show: ") + m_titles.at(i),
                    m_waiter.measure([&] { m_window.setCurrentArea(area); }, area)))
            return false;
    }
    for (int i = 0; i < m_areas.size(); ++i) {
        AreaPage* area = m_areas.at(i);
        show(m_areas.at((i + 1) % m_areas.size()));
        if (!record(QStringLiteral("repeat show: ") + m_titles.at(i),
                    m_waiter.measure([&] { m_window.setCurrentArea(area); }, area)))
            return false;
    }
    return true;
}

bool GuiRun::interact() {
    ClientsPage* clients = m_window.clientsPage();
    auto* filter = named<QLineEdit>(clients, "clientFilterLineEdit");
    auto* table = named<QTableView>(clients, "clientTableView");
    auto* calendar = named<QWidget>(&m_window, "calendarPage");
    auto* pipeline = m_window.findChild<PipelineArea*>();
    auto* billing = m_window.findChild<BillingArea*>();
    if (!filter || !table || !calendar || !pipeline || !billing) {
        m_error = QStringLiteral("a widget of the interactions is missing");
        return false;
    }

    show(clients);
    filter->setFocus();
    for (QWidget* decoration : filter->findChildren<QWidget*>())
        m_waiter.ignorePaintsOf(decoration); // the clear button's fade-in

    if (!record(QStringLiteral("filter keystroke"),
                // The whole page: the line edit shows the letter even when the
                // rows stay the same.
                m_waiter.measure([&] { QTest::keyClick(filter, Qt::Key_A); }, clients)))
        return false;
    filter->clear();
    m_waiter.settle();
    const int row = std::min(3, table->model()->rowCount() - 1);
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    if (!record(
            QStringLiteral("open client"),
            m_waiter.measure(
                [&] { QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center()); },
                clients)))
        return false;

    show(areaOf(calendar));
    const auto step = [&](const char* viewButton, const QString& name) {
        auto* view = named<QAbstractButton>(calendar, viewButton);
        auto* next = named<QAbstractButton>(calendar, "nextButton");
        if (!view || !next) {
            m_error = QStringLiteral("no calendar buttons");
            return false;
        }
        view->click();
        m_waiter.settle();
        return record(name, m_waiter.measure([&] { next->click(); }, calendar));
    };
    if (!step("weekViewButton", QStringLiteral("calendar week step")) ||
        !step("monthViewButton", QStringLiteral("calendar month step")))
        return false;

    show(pipeline);
    if (m_options.engagementId > 0 &&
        !record(
            QStringLiteral("open engagement"),
            m_waiter.measure([&] { pipeline->openEngagement(m_options.engagementId); }, pipeline)))
        return false;
    show(billing);
    if (m_options.invoiceId > 0 &&
        !record(QStringLiteral("open invoice"),
                m_waiter.measure([&] { billing->selectInvoice(m_options.invoiceId); }, billing)))
        return false;
    return searchKeystroke();
}

bool GuiRun::searchKeystroke() {
    auto* search = named<QLineEdit>(&m_window, "searchLineEdit");
    auto* results = named<QWidget>(&m_window, "searchResultsPage");
    if (!search || !results) {
        m_error = QStringLiteral("no search field");
        return false;
    }
    // A word of many session notes: the index's longest lists.
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("feedbac"));
    m_waiter.settle();
    for (QWidget* decoration : search->findChildren<QWidget*>())
        m_waiter.ignorePaintsOf(decoration);
    const bool recorded =
        record(QStringLiteral("search keystroke"),
               m_waiter.measure([&] { QTest::keyClick(search, Qt::Key_K); }, results));
    search->clear();
    m_waiter.settle();
    return recorded;
}

} // namespace

int runGuiChild(const GuiRunOptions& options) {
    QTemporaryDir scratch;
    Settings settings(QDir(scratch.path()).filePath(QStringLiteral("settings.ini")));
    BenchKeyStore keyStore;

    // The key derivation happens here, before anything is measured.
    auto sidecar = Workspace::readSidecar(options.workspaceDir);
    if (!sidecar || sidecar->passphraseSlots.isEmpty()) {
        std::fprintf(stderr, "mentordesk-bench: no workspace in %s\n",
                     qPrintable(options.workspaceDir));
        return 1;
    }
    const SecureBytes passphrase(reinterpret_cast<const unsigned char*>(kBenchPassphrase),
                                 std::strlen(kBenchPassphrase));
    auto key = unwrapKey(sidecar->passphraseSlots.first(), passphrase);
    if (!key) {
        std::fprintf(stderr, "mentordesk-bench: %s\n", qPrintable(key.message()));
        return 1;
    }

    QJsonObject samples;
    {
        AppController controller(keyStore, settings);
        GuiRun run(controller, keyStore, options);
        if (!run.run(std::move(key.value()), &samples)) {
            std::fprintf(stderr, "mentordesk-bench: GUI run: %s\n", qPrintable(run.error()));
            return 1;
        }
    }
    const QByteArray json = QJsonDocument(samples).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}

} // namespace md::bench
