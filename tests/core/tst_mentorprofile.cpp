// The mentor profile, read and saved through the workspace's SettingsService:
// stored inside the encrypted workspace under "profile.*" keys, read back
// after reopening, with images checked before saving; a save is announced.
#include "TemporaryWorkspace.h"
#include "common/ChangeNotifier.h"
#include "settings/SettingsService.h"
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
    const auto profile = ws->settings().mentorProfile();
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
        QSignalSpy changed(&ws->changes(), &ChangeNotifier::changed);
        QVERIFY(ws->settings().saveMentorProfile(profile).ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(0).value<ChangeSet>().touches(RecordKind::MentorProfile));
    }
    QVERIFY2(ws.reopen(), qPrintable(ws.error()));
    SettingsService& settings = ws->settings();
    const auto loaded = settings.mentorProfile();
    QVERIFY(loaded.ok());
    profile.name = profile.name.trimmed();
    QCOMPARE(*loaded, profile);

    // Clearing a field clears it.
    MentorProfile changed = *loaded;
    changed.logoImage.clear();
    changed.phone.clear();
    QVERIFY(settings.saveMentorProfile(changed).ok());
    QCOMPARE(*settings.mentorProfile(), changed);
}

void TestMentorProfile::storedUnderProfileKeys() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    MentorProfile profile;
    profile.name = QStringLiteral("Jonas Brandt");
    QVERIFY(ws->settings().saveMentorProfile(profile).ok());
    QSqlQuery query(ws->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT key FROM workspace_settings WHERE key LIKE "
                                      "'profile.%' ORDER BY key")));
    QStringList keys;
    while (query.next())
        keys << query.value(0).toString();
    QCOMPARE(keys, QStringList({"profile.address", "profile.business_name", "profile.country",
                                "profile.email", "profile.language", "profile.logo", "profile.name",
                                "profile.phone", "profile.signature", "profile.tax_id"}));
}

void TestMentorProfile::refusesBadImages() {
    test::TemporaryWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    SettingsService& settings = ws->settings();
    QSignalSpy changed(&ws->changes(), &ChangeNotifier::changed);
    MentorProfile profile;
    profile.name = QStringLiteral("Jonas Brandt");
    profile.logoImage = "not an image";
    QCOMPARE(settings.saveMentorProfile(profile).code(), ErrorCode::InvalidInput);
    profile.logoImage.clear();
    profile.signatureImage = QByteArray(MentorProfileRepository::kMaxImageBytes + 1, 'x');
    QCOMPARE(settings.saveMentorProfile(profile).code(), ErrorCode::InvalidInput);
    QVERIFY(settings.mentorProfile()->isEmpty()); // nothing half-saved
    QCOMPARE(changed.count(), 0);                 // and nothing announced
}

QTEST_MAIN(TestMentorProfile)
#include "tst_mentorprofile.moc"
