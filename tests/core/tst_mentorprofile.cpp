// The mentor profile: stored inside the encrypted workspace under "profile.*"
// keys, read back after reopening, with images checked before saving.
#include "TemporaryWorkspace.h"
#include "storage/Database.h"
#include "storage/MentorProfileRepository.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace md;

namespace {

QByteArray png(QColor color) {
    QImage image(64, 32, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestMentorProfile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyAtFirst();
    void roundTripSurvivesReopening();
    void storedUnderProfileKeys();
    void refusesBadImages();
};

void TestMentorProfile::emptyAtFirst() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    MentorProfileRepository repository(ws->database());
    const auto profile = repository.load();
    QVERIFY(profile.ok());
    QVERIFY(profile->isEmpty());
}

void TestMentorProfile::roundTripSurvivesReopening() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    MentorProfile profile;
    profile.name = QStringLiteral("  Jonas Brandt ");
    profile.businessName = QStringLiteral("Brandt Career Mentoring");
    profile.address = QStringLiteral("Lindenstraße 12\n10969 Berlin");
    profile.taxId = QStringLiteral("DE123456789");
    profile.email = QStringLiteral("jonas@example.org");
    profile.phone = QStringLiteral("+49 30 1234567");
    profile.logoImage = png(Qt::darkBlue);
    profile.signatureImage = png(Qt::black);
    {
        MentorProfileRepository repository(ws->database());
        QSignalSpy changed(&repository, &MentorProfileRepository::profileChanged);
        QVERIFY(repository.save(profile).ok());
        QCOMPARE(changed.count(), 1);
    }
    QVERIFY2(ws.reopen(), qPrintable(ws.error()));
    MentorProfileRepository repository(ws->database());
    const auto loaded = repository.load();
    QVERIFY(loaded.ok());
    profile.name = profile.name.trimmed();
    QCOMPARE(*loaded, profile);

    // Clearing a field clears it.
    MentorProfile changed = *loaded;
    changed.logoImage.clear();
    changed.phone.clear();
    QVERIFY(repository.save(changed).ok());
    QCOMPARE(*repository.load(), changed);
}

void TestMentorProfile::storedUnderProfileKeys() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    MentorProfile profile;
    profile.name = QStringLiteral("Jonas Brandt");
    QVERIFY(MentorProfileRepository(ws->database()).save(profile).ok());
    QSqlQuery query(ws->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT key FROM workspace_settings WHERE key LIKE "
                                      "'profile.%' ORDER BY key")));
    QStringList keys;
    while (query.next())
        keys << query.value(0).toString();
    QCOMPARE(keys, QStringList({"profile.address", "profile.business_name", "profile.email",
                                "profile.logo", "profile.name", "profile.phone",
                                "profile.signature", "profile.tax_id"}));
}

void TestMentorProfile::refusesBadImages() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    MentorProfileRepository repository(ws->database());
    MentorProfile profile;
    profile.name = QStringLiteral("Jonas Brandt");
    profile.logoImage = "not an image";
    QCOMPARE(repository.save(profile).code(), ErrorCode::InvalidInput);
    profile.logoImage.clear();
    profile.signatureImage = QByteArray(MentorProfileRepository::kMaxImageBytes + 1, 'x');
    QCOMPARE(repository.save(profile).code(), ErrorCode::InvalidInput);
    QVERIFY(repository.load()->isEmpty()); // nothing half-saved
}

QTEST_MAIN(TestMentorProfile)
#include "tst_mentorprofile.moc"
