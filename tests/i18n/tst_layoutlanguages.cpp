// At 1024×700 every area of the window and the main dialogs show their
// labels and buttons whole, in the longest of the translated languages and
// in a pseudo-translation that makes every string of MentorDesk 40 % longer.
// (The longest language is measured on the catalogues as merged: each
// message counts its translation, or its English source while unfinished.)

#include "../ui/UiTestHelpers.h"
#include "AppController.h"
#include "AreaPage.h"
#include "FakeKeyStore.h"
#include "I18nTestData.h"
#include "LayoutCheck.h"
#include "MainWindow.h"
#include "TemporaryWorkspace.h"
#include "agreements/MentorProfileDialog.h"
#include "agreements/NewAgreementDialog.h"
#include "agreements/TemplateEditorDialog.h"
#include "billing/BillingDetailsDialog.h"
#include "billing/BusinessSettingsDialog.h"
#include "calendar/SessionEditorDialog.h"
#include "clients/ImportClientsDialog.h"
#include "demo/DemoGenerator.h"
#include "i18n/DocumentLanguage.h"
#include "pipeline/NewEngagementDialog.h"
#include "security/ChangePassphraseDialog.h"
#include "security/UnlockDialog.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLayout>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace md;
using test::child;
using test::click;
using test::typeInto;

namespace {

constexpr QSize kScreen(1024, 700);

void settle() {
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// MentorDesk's strings 40 % longer (Qt's own are left alone: shortcut names
// must stay what QKeySequence parses). The added letters go at the end, so
// placeholders, mnemonics and markup stay intact: glued to a single word, as
// words of their own after a sentence.
class PseudoTranslator final : public QTranslator {
public:
    explicit PseudoTranslator(const QTranslator& english)
        : m_english(english) {}
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        const QByteArray name(context);
        if (!name.startsWith("md::") && name != "main")
            return {};
        QString text = m_english.translate(context, source, disambiguation, n);
        if (text.isEmpty())
            text = QString::fromUtf8(source);
        if (text.trimmed().isEmpty())
            return text;
        const qsizetype extra = qsizetype(std::ceil(text.size() * 0.4));
        QString padding(extra, QLatin1Char('x'));
        // A sentence grows by longer and more words, never by one word of 50
        // letters: its padding comes as words of at most 12 letters (the
        // spaces count towards the 40 %).
        if (text.contains(QLatin1Char(' ')) && extra > 3) {
            for (qsizetype i = 0; i < extra; i += 13)
                padding[i] = QLatin1Char(' ');
        }
        return text + padding;
    }

private:
    const QTranslator& m_english;
};

// The catalogue whose texts are longest in total, of those merged.
QString longestLanguage() {
    QString longest = QStringLiteral("de");
    qint64 longestSize = 0;
    for (const QString& code : DocumentLanguage::codes()) {
        if (code == QLatin1String("en"))
            continue;
        QFile file(test::sourceDir() + QStringLiteral("/translations/mentordesk_%1.ts").arg(code));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QXmlStreamReader xml(&file);
        qint64 size = 0;
        qint64 source = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText().size();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                size += finished && !text.isEmpty() ? text.size() : source;
            }
        }
        if (size > longestSize) {
            longest = code;
            longestSize = size;
        }
    }
    return longest;
}

// Opens every tab of `page` and selects the first row of every list.
void openEverythingIn(QWidget* page) {
    for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
        }
    }
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !view->model() || !view->selectionModel() ||
            view->model()->rowCount() == 0)
            continue;
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        settle();
    }
}

} // namespace

class TestLayoutLanguages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everythingFits_data();
    void everythingFits();

private:
    // Every problem of the window's areas (each tab in turn) and dialogs.
    // `windowSize` gets what is wrong with the window's size, if anything.
    QStringList problemsIn(AppController& controller, Settings& settings, const QString& dir,
                           bool pseudo, QString* windowSize);
    QString m_workspaceDir;
    QTemporaryDir m_root;
};

void TestLayoutLanguages::initTestCase() {
    setDefaultKdfStrength(KdfStrength::Fast);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/mentordesk_en.qm")));
    test::TemporaryWorkspace tw;
    QVERIFY2(tw.isValid(), qPrintable(tw.error()));
    DemoSize size;
    size.clients = 6;
    size.sessions = 60;
    size.invoices = 8;
    const Result<DemoReport> demo = generateDemo(tw.workspace(), size);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    tw.close();
    // The workspace outlives its TemporaryWorkspace: copied to our folder.
    QVERIFY(m_root.isValid());
    m_workspaceDir = m_root.filePath(QStringLiteral("workspace"));
    QVERIFY(QDir().mkpath(m_workspaceDir));
    for (const QFileInfo& file : QDir(tw.directory()).entryInfoList(QDir::Files | QDir::Hidden))
        QVERIFY(QFile::copy(file.filePath(), m_workspaceDir + u'/' + file.fileName()));
}

void TestLayoutLanguages::everythingFits_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pseudo");
    QTest::newRow("longest language") << longestLanguage() << false;
    QTest::newRow("pseudo-translation, 40% longer") << QStringLiteral("en") << true;
    if (test::cataloguesComplete()) {
        for (const QString& code : DocumentLanguage::codes())
            QTest::newRow(qPrintable(code)) << code << false;
    }
}

QStringList TestLayoutLanguages::problemsIn(AppController& controller, Settings& settings,
                                            const QString& dir, bool pseudo, QString* windowSize) {
    QStringList problems;
    const auto check = [&](const QString& where, const QWidget* root) {
        for (const QString& problem : test::cutTexts(root, pseudo))
            problems << where + QStringLiteral(": ") + problem;
    };
    MainWindow* window = controller.mainWindow();
    window->resize(kScreen);
    settle();
    if (window->width() > kScreen.width() || window->height() > kScreen.height()) {
        *windowSize = QStringLiteral("the window is %1×%2 at the least")
                          .arg(window->width())
                          .arg(window->height());
        // Name the widest pages and what in them is widest, to know where to look.
        for (QWidget* widget : window->findChildren<QWidget*>()) {
            if (widget->minimumSizeHint().width() > kScreen.width() / 3 &&
                widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly).isEmpty() == false) {
                bool childIsAsWide = false;
                for (QWidget* c : widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
                    childIsAsWide |=
                        c->minimumSizeHint().width() >= widget->minimumSizeHint().width() - 40;
                if (!childIsAsWide)
                    *windowSize +=
                        QStringLiteral("; %1 needs %2 px")
                            .arg(widget->objectName().isEmpty()
                                     ? QString::fromLatin1(widget->metaObject()->className())
                                     : widget->objectName())
                            .arg(widget->minimumSizeHint().width());
            }
        }
    }
    auto* areas = child<QListWidget>(window, "areaListWidget");
    if (!areas)
        return {QStringLiteral("no areaListWidget")};
    for (int row = 0; row < areas->count(); ++row) {
        areas->setCurrentRow(row);
        settle();
        QWidget* page = window->currentArea();
        if (!page)
            continue;
        openEverythingIn(page);
        const QString area = areas->item(row)->text();
        check(area, window);
        // Each tab on its own, as it is looked at.
        for (QTabWidget* tabs : page->findChildren<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                settle();
                check(area + QStringLiteral(" › ") + tabs->tabText(i), window);
            }
        }
    }

    Workspace& ws = *controller.workspace();
    qint64 clientId = 0;
    if (auto clients = ws.clients().list(); clients && !clients->isEmpty())
        clientId = clients->first().id;
    const QList<std::pair<QString, std::function<QDialog*()>>> dialogs = {
        {QStringLiteral("Preferences"),
         [&] {
             return new PreferencesDialog(settings, &ws.settings(), dir, window);
         }},
        {QStringLiteral("Mentor profile"),
         [&] {
             return new MentorProfileDialog(ws, window);
         }},
        {QStringLiteral("New agreement"),
         [&] {
             return new NewAgreementDialog(ws, 0, window);
         }},
        {QStringLiteral("Template editor"),
         [&] {
             return new TemplateEditorDialog(ws.agreements(), window);
         }},
        {QStringLiteral("Business settings"),
         [&] {
             return new BusinessSettingsDialog(ws, window);
         }},
        {QStringLiteral("Billing details"),
         [&] {
             return new BillingDetailsDialog(ws, clientId, window);
         }},
        {QStringLiteral("New engagement"),
         [&] {
             return new NewEngagementDialog(ws.engagements(), ws.clients(), clientId, window);
         }},
        {QStringLiteral("Session editor"),
         [&] {
             return new SessionEditorDialog(ws, window);
         }},
        {QStringLiteral("Import clients"),
         [&] {
             return new ImportClientsDialog(ws.clients(), window);
         }},
        {QStringLiteral("Change passphrase"),
         [&] {
             return new ChangePassphraseDialog(&ws, window);
         }},
    };
    for (const auto& [name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        settle();
        const QSize least = dialog->minimumSizeHint();
        if (least.width() > kScreen.width() || least.height() > kScreen.height())
            problems << QStringLiteral("%1: needs %2×%3 at the least")
                            .arg(name)
                            .arg(least.width())
                            .arg(least.height());
        check(name, dialog.get());
        dialog->hide();
    }
    return problems;
}

void TestLayoutLanguages::everythingFits() {
    QFETCH(QString, language);
    QFETCH(bool, pseudo);

    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/mentordesk_en.qm")));
    QTranslator catalogue;
    PseudoTranslator lengthened(english);
    QCoreApplication::installTranslator(&english);
    if (pseudo) {
        QCoreApplication::installTranslator(&lengthened);
    } else if (language != QLatin1String("en")) {
        QVERIFY2(catalogue.load(QStringLiteral(":/i18n/mentordesk_") + language),
                 qPrintable(language));
        QCoreApplication::installTranslator(&catalogue);
    }
    QLocale::setDefault(DocumentLanguage::locale(language));
    const auto uninstall = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&lengthened);
        QCoreApplication::removeTranslator(&catalogue);
        QCoreApplication::removeTranslator(&english);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    });

    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    test::FakeKeyStore keyStore;
    AppController controller(keyStore, settings);
    controller.start(m_workspaceDir);
    QTRY_VERIFY(controller.unlockDialog());
    QStringList problems;
    for (const QString& problem : test::cutTexts(controller.unlockDialog(), pseudo))
        problems << QStringLiteral("Unlock: ") + problem;
    typeInto(child<QLineEdit>(controller.unlockDialog(), "passphraseLineEdit"),
             QString::fromLatin1(test::TemporaryWorkspace::kPassphrase));
    click(child<QAbstractButton>(controller.unlockDialog(), "unlockButton"));
    QTRY_VERIFY(controller.workspace());
    QString windowSize;
    problems += problemsIn(controller, settings, m_workspaceDir, pseudo, &windowSize);
    problems.removeDuplicates();
    QVERIFY2(windowSize.isEmpty(), qPrintable(windowSize));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) cut off in %2:\n")
                            .arg(problems.size())
                            .arg(pseudo ? QStringLiteral("the pseudo-translation") : language) +
                        problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLayoutLanguages)
#include "tst_layoutlanguages.moc"
