// Placeholders in agreement templates: found, filled, escaped, and every
// unknown or empty one reported by name before anything is generated.
#include "agreements/AgreementContext.h"
#include "agreements/BuiltInTemplates.h"
#include "agreements/TemplateRenderer.h"

#include <QTest>

using namespace md;

class TestTemplateRenderer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsPlaceholders();
    void rendersAndEscapes();
    void reportsProblems_data();
    void reportsProblems();
    void builtInTemplatesUseOnlyKnownPlaceholders_data();
    void builtInTemplatesUseOnlyKnownPlaceholders();
    void builtInTemplatesRenderCompletely();
    void contextValues();
};

void TestTemplateRenderer::findsPlaceholders() {
    const QString html = QStringLiteral("<p>{{client.full_name}} and {{ mentor.name }}, "
                                        "{{client.full_name}} again; {{Not.valid}} {single}</p>");
    QCOMPARE(TemplateRenderer::placeholdersIn(html),
             QStringList({QStringLiteral("client.full_name"), QStringLiteral("mentor.name")}));
}

void TestTemplateRenderer::rendersAndEscapes() {
    const QHash<QString, QString> values{
        {QStringLiteral("client.full_name"), QStringLiteral("Zoë <O'Brien> & Co")},
        {QStringLiteral("mentor.address"), QStringLiteral("Line 1\nLine 2")}};
    const auto rendered = TemplateRenderer::render(
        QStringLiteral("<p>Dear {{ client.full_name }},</p><p>{{mentor.address}}</p>"), values);
    QVERIFY2(rendered.ok(), qPrintable(rendered.message()));
    QCOMPARE(*rendered, QStringLiteral("<p>Dear Zoë &lt;O'Brien&gt; &amp; Co,</p>"
                                       "<p>Line 1<br>Line 2</p>"));
}

void TestTemplateRenderer::reportsProblems_data() {
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QStringList>("empty");
    QTest::newRow("unknown") << QStringLiteral("{{client.shoe_size}}")
                             << QStringList{QStringLiteral("client.shoe_size")} << QStringList{};
    QTest::newRow("empty") << QStringLiteral("{{client.phone}}") << QStringList{}
                           << QStringList{QStringLiteral("client.phone")};
    QTest::newRow("blank is empty") << QStringLiteral("{{client.role}}") << QStringList{}
                                    << QStringList{QStringLiteral("client.role")};
    QTest::newRow("both, each named once")
        << QStringLiteral("{{a.b}} {{client.phone}} {{a.b}} {{client.full_name}} {{c.d}}")
        << QStringList{QStringLiteral("a.b"), QStringLiteral("c.d")}
        << QStringList{QStringLiteral("client.phone")};
    // Text in double braces that is no placeholder is never printed as it is.
    QTest::newRow("wrong case") << QStringLiteral("<p>Dear {{Client.Name}},</p>")
                                << QStringList{QStringLiteral("Client.Name")} << QStringList{};
    QTest::newRow("space inside name")
        << QStringLiteral("{{client.full_name}} {{ client full name }}")
        << QStringList{QStringLiteral("client full name")} << QStringList{};
    QTest::newRow("tags inside") << QStringLiteral("{{<b>Mentor</b>.name}}")
                                 << QStringList{QStringLiteral("Mentor.name")} << QStringList{};
    QTest::newRow("unclosed") << QStringLiteral("<p>{{client.full_name</p>")
                              << QStringList{QStringLiteral("client.full_name")} << QStringList{};
    QTest::newRow("empty braces") << QStringLiteral("<p>{{}}</p>") << QStringList{QString()}
                                  << QStringList{};
    QTest::newRow("known and malformed, each once")
        << QStringLiteral("{{a.b}} {{Client.Name}} {{client.phone}} {{Client.Name}}")
        << QStringList{QStringLiteral("a.b"), QStringLiteral("Client.Name")}
        << QStringList{QStringLiteral("client.phone")};
}

void TestTemplateRenderer::reportsProblems() {
    QFETCH(QString, html);
    QFETCH(QStringList, unknown);
    QFETCH(QStringList, empty);
    const QHash<QString, QString> values{{QStringLiteral("client.full_name"), QStringLiteral("A")},
                                         {QStringLiteral("client.phone"), QString()},
                                         {QStringLiteral("client.role"), QStringLiteral("  ")}};
    const auto problems = TemplateRenderer::check(html, values);
    QCOMPARE(problems.unknown, unknown);
    QCOMPARE(problems.empty, empty);

    const auto rendered = TemplateRenderer::render(html, values);
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.code(), ErrorCode::InvalidInput);
    for (const QString& name : unknown + empty)
        QVERIFY2(rendered.message().contains(QStringLiteral("{{%1}}").arg(name)),
                 qPrintable(rendered.message()));
}

void TestTemplateRenderer::builtInTemplatesUseOnlyKnownPlaceholders_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("mentoring") << int(AgreementKind::Mentoring);
    QTest::newRow("confidentiality") << int(AgreementKind::Confidentiality);
}

void TestTemplateRenderer::builtInTemplatesUseOnlyKnownPlaceholders() {
    QFETCH(int, kind);
    const auto tmpl = BuiltInTemplates::get(AgreementKind(kind), QStringLiteral("en"));
    QVERIFY(tmpl.has_value());
    QVERIFY(!tmpl->title.isEmpty());
    QVERIFY(tmpl->hasConfidentialityTerms);
    QStringList catalog;
    for (const PlaceholderInfo& info : placeholderCatalog()) {
        catalog << info.name;
        QVERIFY(!info.description.isEmpty());
    }
    const QStringList used = TemplateRenderer::placeholdersIn(tmpl->bodyHtml);
    QVERIFY(used.contains(QStringLiteral("client.full_name")));
    QVERIFY(used.contains(QStringLiteral("mentor.name")));
    for (const QString& name : used)
        QVERIFY2(catalog.contains(name), qPrintable(name));
    QCOMPARE(BuiltInTemplates::languages(AgreementKind(kind)).value(0), QStringLiteral("en"));
    QCOMPARE(BuiltInTemplates::bestLanguage(AgreementKind(kind), QStringLiteral("xx_YY")),
             QStringLiteral("en"));
}

void TestTemplateRenderer::builtInTemplatesRenderCompletely() {
    AgreementContext context;
    context.mentor.name = QStringLiteral("Jonas Brandt");
    context.mentor.businessName = QStringLiteral("Brandt Career Mentoring");
    context.mentor.address = QStringLiteral("Lindenstraße 12\n10969 Berlin");
    context.mentor.email = QStringLiteral("jonas@example.org");
    context.client.fullName = QStringLiteral("Amara Okonkwo");
    context.client.email = QStringLiteral("amara@example.org");
    context.engagement.title = QStringLiteral("First leadership role");
    context.engagement.plannedSessions = 6;
    context.engagement.cadence = Cadence::Monthly;
    context.engagement.format = EngagementFormat::InPerson;
    context.engagement.feeNote = QStringLiteral("EUR 150 per session");
    context.today = QDate(2026, 3, 2);

    const auto mentoring = BuiltInTemplates::get(AgreementKind::Mentoring, QStringLiteral("en"));
    const auto rendered =
        TemplateRenderer::render(mentoring->bodyHtml, context.placeholderValues());
    QVERIFY2(rendered.ok(), qPrintable(rendered.message()));
    QVERIFY(!rendered->contains(QStringLiteral("{{")));
    QVERIFY(rendered->contains(QStringLiteral("Amara Okonkwo")));
    QVERIFY(rendered->contains(QStringLiteral("6 sessions, held once a month")));
    QVERIFY(rendered->contains(QStringLiteral("take place in person")));
    QVERIFY(rendered->contains(QStringLiteral("2 March 2026")));
    QVERIFY(rendered->contains(QStringLiteral("Confidentiality")));

    // A profile without an e-mail address is named, not left blank.
    context.mentor.email.clear();
    context.engagement.plannedSessions = 0;
    const auto missing = TemplateRenderer::render(mentoring->bodyHtml, context.placeholderValues());
    QVERIFY(!missing.ok());
    QVERIFY(missing.message().contains(QStringLiteral("{{mentor.email}}")));
    QVERIFY(missing.message().contains(QStringLiteral("{{engagement.planned_sessions}}")));
}

void TestTemplateRenderer::contextValues() {
    AgreementContext context;
    context.engagement.cadence = Cadence::Biweekly;
    context.engagement.format = EngagementFormat::Video;
    context.terms.confidentialityYears = 5;
    const auto values = context.placeholderValues();
    QCOMPARE(values.value(QStringLiteral("engagement.cadence")), QStringLiteral("every two weeks"));
    QCOMPARE(values.value(QStringLiteral("engagement.format")), QStringLiteral("by video call"));
    QCOMPARE(values.value(QStringLiteral("terms.confidentiality_years")), QStringLiteral("5"));
    QVERIFY(values.value(QStringLiteral("agreement.end_date")).isEmpty());
    QCOMPARE(values.size(), placeholderCatalog().size());
}

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
