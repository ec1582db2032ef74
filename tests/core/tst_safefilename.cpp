// File and folder names made from what the mentor typed (a client's name, an
// invoice number) are accepted by every file system: the characters Windows
// refuses are replaced, trailing dots go, long names are capped, and a name
// with nothing left still gets one.

#include "common/SafeFileName.h"

#include <QTest>

using namespace md;

class TestSafeFileName final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replacesEachRunOfForbiddenCharacters() {
        QCOMPARE(safeFileName(QStringLiteral("RE/2026/001"), u"-", QStringLiteral("x")),
                 QStringLiteral("RE-2026-001"));
        QCOMPARE(safeFileName(QStringLiteral("A: \"B\" <c>|d*?e\\f"), u"_", QStringLiteral("x")),
                 QStringLiteral("A_ _B_ _c_d_e_f"));
        QCOMPARE(safeFileName(QStringLiteral("tab\there\nline"), u" ", QStringLiteral("x")),
                 QStringLiteral("tab here line"));
    }

    void keepsLettersOfEveryScript() {
        const QString name = QStringLiteral("Zoë Müller – São Paulo 北京");
        QCOMPARE(safeFileName(name, u"_", QStringLiteral("x")), name);
    }

    void dropsTrailingDotsAndCapsTheLength() {
        QCOMPARE(safeFileName(QStringLiteral("Acme Inc..."), u"_", QStringLiteral("x")),
                 QStringLiteral("Acme Inc"));
        const QString capped = safeFileName(QString(300, u'a'), u"_", QStringLiteral("x"));
        QCOMPARE(capped.size(), 120);
    }

    void nothingLeftBecomesTheFallback() {
        QCOMPARE(safeFileName(QStringLiteral(" ... "), u"_", QStringLiteral("document")),
                 QStringLiteral("document"));
        QCOMPARE(safeFileName(QStringLiteral("///"), u" ", QStringLiteral("export")),
                 QStringLiteral("export"));
        QCOMPARE(safeFileName(QString(), u"_", QStringLiteral("document")),
                 QStringLiteral("document"));
    }
};

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
