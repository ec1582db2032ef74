// The demo generator's set-up and its clients: profiles, engagements and
// their agreements. Sessions and the work of the stages are in
// DemoSessions.cpp, billing in DemoInvoices.cpp.
#include "demo/DemoWriter.h"

#include "agreements/AgreementService.h"
#include "billing/BillingService.h"
#include "clients/ClientService.h"
#include "demo/DemoClock.h"
#include "pipeline/EngagementService.h"
#include "settings/SettingsService.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace md {

namespace {

// How many sessions an engagement in each state has, relative to the others:
// one in its first stage has had an introduction, one in maintenance a long
// history.
double sessionWeight(PipelineState state) {
    switch (state) {
    case PipelineState::ProfileAgreement:
        return 0.15;
    case PipelineState::Needs:
        return 0.35;
    case PipelineState::Goals:
        return 0.55;
    case PipelineState::ActionPlan:
        return 0.9;
    case PipelineState::Evaluation:
        return 1.2;
    case PipelineState::Maintenance:
        return 1.6;
    case PipelineState::Completed:
        return 1.3;
    case PipelineState::ClosedEarly:
        return 0.5;
    }
    return 1.0;
}

QByteArray png(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A handwriting-like stroke, as the signature pad draws one.
QByteArray signatureImage(int variant) {
    QImage image(360, 120, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x14, 0x24, 0x5c), 3, Qt::SolidLine, Qt::RoundCap));
    QPainterPath path(QPointF(16, 80));
    for (int x = 16; x < 344; x += 5)
        path.lineTo(x,
                    64 + 30 * std::sin((x + variant * 41) / 19.0) * std::cos(x / (53.0 + variant)));
    painter.drawPath(path);
    painter.end();
    return png(image);
}

// A small grey "scan" of a signed page: a few lines of text-like bars and a
// signature. Small on purpose (a few kilobytes): it is stored per agreement.
QByteArray scanImage() {
    QImage image(210, 297, QImage::Format_Grayscale8);
    image.fill(0xf4);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x60, 0x60, 0x60));
    for (int y = 30; y < 220; y += 9)
        painter.drawRect(20, y, 150 + (y * 7) % 20, 3);
    painter.setPen(QPen(QColor(0x20, 0x20, 0x40), 2));
    painter.drawLine(30, 260, 90, 250);
    painter.drawLine(90, 250, 110, 265);
    painter.drawLine(120, 262, 180, 248);
    painter.end();
    return png(image);
}

} // namespace

DemoWriter::DemoWriter(Workspace& workspace, const DemoSize& size, DemoReport& report)
    : m_workspace(workspace)
    , m_size(size)
    , m_report(report)
    , m_clock(dynamic_cast<const DemoClock*>(&workspace.clock()))
    , m_realNow((m_clock ? m_clock->base() : workspace.clock()).nowUtc())
    , m_zone("Europe/Berlin")
    , m_random(size.seed)
    , m_texts(m_random) {}

void DemoWriter::at(const QDateTime& utc) {
    if (m_clock)
        m_clock->setNow(std::min(utc.toUTC(), m_realNow));
}

Status DemoWriter::setUp() {
    for (int i = 0; i < 6; ++i)
        m_signatures << signatureImage(i);
    m_scan = scanImage();

    const QDateTime opened = m_realNow.addDays(-3 * 365 - 30);
    at(opened);
    const DemoTexts::Person mentor = m_texts.person();
    m_mentorName = mentor.fullName;
    MentorProfile profile;
    profile.name = mentor.fullName;
    profile.businessName =
        mentor.fullName.section(QLatin1Char(' '), -1) + QStringLiteral(" Career Mentoring");
    profile.address = QStringLiteral("Lindenallee %1\n10%2 Berlin\nGermany")
                          .arg(m_texts.between(1, 80))
                          .arg(m_texts.between(115, 999));
    profile.email = mentor.email;
    profile.phone = mentor.phone;
    profile.taxId = QStringLiteral("DE%1").arg(m_texts.between(100000000, 999999999));
    if (Status saved = m_workspace.settings().saveMentorProfile(profile); !saved)
        return saved;

    Result<BusinessSettings> business = m_workspace.settings().businessSettings();
    if (!business)
        return business.error();
    business->currency = QStringLiteral("EUR");
    business->taxMode = TaxMode::Vat;
    business->standardRateBasisPoints = 1900;
    business->reducedRateBasisPoints = 700;
    business->paymentTermsDays = 14;
    business->sessionPriceMinor = 15000;
    business->bankAccountHolder = profile.businessName;
    business->bankName = QStringLiteral("Demo Bank Berlin");
    business->iban = QStringLiteral("DE89370400440532013000"); // the standard example IBAN
    business->lateCancellationChargeable = true;
    business->noShowChargeable = true;
    business->cancellationPolicyText =
        QStringLiteral("Sessions cancelled less than 24 hours ahead are charged in full.");
    if (Status saved = m_workspace.settings().saveBusinessSettings(*business); !saved)
        return saved;

    // The price list: the single session first (unbilled sessions are billed
    // at the first active one), packages, a retainer and a retired entry.
    BillingService& billing = m_workspace.billing();
    struct Entry {
        OfferingKind kind;
        const char* name;
        qint64 price;
        int sessions;
        int months;
        bool active;
    };
    const Entry entries[] = {
        {OfferingKind::SingleSession, "Mentoring session (60 min)", 15000, 1, 0, true},
        {OfferingKind::Package, "Package of 5 sessions", 69000, 5, 6, true},
        {OfferingKind::Package, "Package of 10 sessions", 129000, 10, 12, true},
        {OfferingKind::Retainer, "Monthly check-in retainer", 40000, 1, 0, true},
        {OfferingKind::SingleSession, "Introductory session (30 min)", 6000, 1, 0, false},
    };
    for (const Entry& entry : entries) {
        Offering offering;
        offering.kind = entry.kind;
        offering.name = QString::fromUtf8(entry.name);
        offering.price = Money(entry.price, QStringLiteral("EUR"));
        offering.taxRateBasisPoints = 1900;
        offering.sessionCount = entry.sessions;
        offering.validityMonths = entry.months;
        Result<Offering> added = billing.addOffering(offering);
        if (!added)
            return added.error();
        if (!entry.active) {
            if (Status off = billing.setOfferingActive(added->id, false); !off)
                return off;
        }
        if (entry.kind == OfferingKind::SingleSession && m_sessionOffering == 0)
            m_sessionOffering = added->id;
        if (entry.kind == OfferingKind::Package)
            m_packageOfferings << added->id;
    }
    return {};
}

QList<DemoClientPlan> DemoWriter::plan(int clients, int sessions) {
    static const struct {
        PipelineState state;
        int weight;
    } kStates[] = {
        {PipelineState::ProfileAgreement, 8},
        {PipelineState::Needs, 7},
        {PipelineState::Goals, 7},
        {PipelineState::ActionPlan, 10},
        {PipelineState::Evaluation, 6},
        {PipelineState::Maintenance, 7},
        {PipelineState::Completed, 40},
        {PipelineState::ClosedEarly, 15},
    };
    int total = 0;
    for (const auto& s : kStates)
        total += s.weight;

    QList<DemoClientPlan> plans(clients);
    QList<DemoEngagementPlan*> all;
    const QList<PipelineState> states = allOf<PipelineState>();
    for (int i = 0; i < clients; ++i) {
        DemoClientPlan& client = plans[i];
        client.archived = m_texts.chance(8);
        const int count = m_texts.chance(30) ? 2 : 1;
        for (int e = 0; e < count; ++e) {
            DemoEngagementPlan engagement;
            if (e + 1 < count) {
                engagement.state = PipelineState::Completed; // followed up
            } else if (i < states.size()) {
                engagement.state = states.at(i); // every state, even at a tiny size
            } else {
                int roll = m_texts.between(0, total - 1);
                for (const auto& s : kStates) {
                    if ((roll -= s.weight) < 0) {
                        engagement.state = s.state;
                        break;
                    }
                }
            }
            const int cadence = m_texts.between(0, 9);
            engagement.cadence = cadence < 3   ? Cadence::Weekly
                                 : cadence < 8 ? Cadence::Biweekly
                                               : Cadence::Monthly;
            if (engagement.state == PipelineState::Maintenance)
                engagement.cadence = Cadence::Monthly;
            engagement.package = m_texts.chance(15);
            client.engagements << engagement;
        }
        // An archived client has nothing open.
        if (client.archived && !isFinal(client.engagements.last().state) && i >= states.size())
            client.engagements.last().state = PipelineState::Completed;
    }
    for (DemoClientPlan& client : plans)
        for (DemoEngagementPlan& engagement : client.engagements)
            all << &engagement;

    // Share the sessions by weight, largest remainder first, so that the
    // total is exactly what was asked for.
    QList<double> shares;
    double sum = 0;
    for (const DemoEngagementPlan* engagement : all) {
        const double w = sessionWeight(engagement->state) * (0.5 + m_texts.between(0, 100) / 100.0);
        shares << w;
        sum += w;
    }
    int assigned = 0;
    QList<QPair<double, int>> remainders;
    for (int i = 0; i < all.size(); ++i) {
        const double exact = sum > 0 ? sessions * shares.at(i) / sum : 0;
        all[i]->sessions = int(std::floor(exact));
        assigned += all[i]->sessions;
        remainders << qMakePair(exact - std::floor(exact), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int k = 0; assigned < sessions && !remainders.isEmpty(); ++k, ++assigned)
        all[remainders.at(k % remainders.size()).second]->sessions += 1;
    return plans;
}

Status DemoWriter::writeClient(const DemoClientPlan& plan) {
    const DemoTexts::Person person = m_texts.person();
    Client client;
    client.fullName = person.fullName;
    client.preferredName = person.preferredName;
    client.email = person.email;
    client.phone = m_texts.chance(80) ? person.phone : QString();
    client.organisation = m_texts.organisation();
    client.role = m_texts.role();
    client.timeZone = person.timeZone;
    client.referralSource = m_texts.referral();
    client.background = m_texts.background(person, client.role, client.organisation);
    client.strengths = m_texts.strengths();
    client.weaknesses = m_texts.weaknesses();
    client.aspirations = m_texts.aspirations(person);
    client.keepDoing = m_texts.keepDoing();
    client.startDoing = m_texts.startDoing();
    client.stopDoing = m_texts.stopDoing();
    client.tags = m_texts.tags();
    const PipelineState last = plan.engagements.last().state;
    client.status = isFinal(last)                             ? ClientStatus::Former
                    : last == PipelineState::ProfileAgreement ? ClientStatus::Prospect
                                                              : ClientStatus::Active;

    // The newest engagement's schedule decides when the older one ended;
    // they are written oldest first, as the history happened.
    const int count = int(plan.engagements.size());
    QList<DemoSchedule> schedules(count);
    QDateTime endBefore;
    for (int e = count - 1; e >= 0; --e) {
        schedules[e] = schedule(plan.engagements.at(e), endBefore);
        endBefore =
            QDateTime(schedules[e].start.addDays(-m_texts.between(20, 90)), QTime(12, 0), m_zone);
    }

    const QDate firstDay = schedules.first().start.addDays(-m_texts.between(14, 40));
    at(QDateTime(firstDay, QTime(11, 0), m_zone).toUTC());
    Result<Client> added = m_workspace.clients().add(client);
    if (!added)
        return added.error();
    const qint64 clientId = added->id;
    m_clientIds << clientId;
    ++m_report.clients;

    qint64 previous = 0;
    for (int e = 0; e < count; ++e) {
        qint64 id = 0;
        if (Status written = writeEngagement(clientId, person, plan.engagements.at(e),
                                             schedules.at(e), previous, &id);
            !written)
            return written;
        previous = id;
    }
    if (plan.archived) {
        const DemoSchedule& last = schedules.last();
        const QDate lastDay = last.planned.isEmpty() ? last.start : last.planned.last().date();
        at(QDateTime(lastDay.addDays(60), QTime(9, 0), m_zone).toUTC());
        if (Status archived = m_workspace.clients().setArchived(clientId, true); !archived)
            return archived;
    }
    return {};
}

Status DemoWriter::writeEngagement(qint64 clientId, const DemoTexts::Person& person,
                                   const DemoEngagementPlan& plan, const DemoSchedule& schedule,
                                   qint64 previousId, qint64* engagementId) {
    EngagementService& engagements = m_workspace.engagements();
    const QDateTime begun = QDateTime(schedule.start, QTime(9, 0), m_zone).toUTC();
    at(begun.addDays(-10));
    Engagement engagement;
    if (previousId != 0) {
        Result<Engagement> followUp = engagements.startFollowUp(previousId);
        if (!followUp)
            return followUp.error();
        engagement = *followUp;
    } else {
        engagement.clientId = clientId;
        engagement.title = m_texts.engagementTitle();
        engagement.cadence = plan.cadence;
        engagement.format = allOf<EngagementFormat>().at(m_texts.between(0, 3));
        engagement.feeNote = m_texts.feeNote();
    }
    engagement.startDate = schedule.start;
    engagement.profileNotes = m_texts.profileNotes(person);
    engagement.plannedSessions = std::max(1, int(schedule.planned.size()));
    if (previousId == 0) {
        Result<Engagement> added =
            engagements.addEngagement(engagement, QStringLiteral("First conversation by phone"));
        if (!added)
            return added.error();
        engagement = *added;
    } else if (Result<Engagement> saved = engagements.updateEngagement(engagement); !saved) {
        return saved.error();
    }
    *engagementId = engagement.id;
    ++m_report.engagements;

    // Every engagement past its first stage has its signed agreement; in
    // the first stage some are signed, some drafts, some not started.
    const bool signs = plan.state != PipelineState::ProfileAgreement || m_texts.chance(35);
    if (signs) {
        if (Status signedOne = signAgreement(engagement.id, person.fullName, begun); !signedOne)
            return signedOne;
    } else if (m_texts.chance(50)) {
        at(begun.addDays(-3));
        Result<Agreement> draft = m_workspace.agreements().createDraft(engagement.id);
        if (!draft)
            return draft.error();
        ++m_report.agreements;
    }

    QList<QDateTime> times;
    if (Status written = writeSessions(engagement.id, person, plan, schedule, &times); !written)
        return written;
    if (Status worked = writeWork(engagement.id, plan, schedule, times); !worked)
        return worked;
    if (plan.package && !times.isEmpty() && times.first().toUTC() < m_realNow)
        m_packages << PackagePlan{engagement.id, times.first().date()};
    return {};
}

Status DemoWriter::signAgreement(qint64 engagementId, const QString& menteeName,
                                 const QDateTime& when) {
    AgreementService& agreements = m_workspace.agreements();
    at(when.addDays(-4));
    AgreementCreateOptions options;
    options.endDate = when.date().addMonths(AgreementService::kDefaultTermMonths);
    Result<Agreement> draft = agreements.createDraft(engagementId, options);
    if (!draft)
        return draft.error();
    ++m_report.agreements;
    at(when.addDays(-2));
    // Most mentees sign the printout; a third sign on the mentor's tablet.
    if (m_texts.chance(65)) {
        Result<Agreement> signedOne =
            agreements.signOnPaper(draft->id, QStringLiteral("signed-agreement.png"), m_scan);
        return signedOne ? Status() : Status(signedOne.error());
    }
    const OnScreenSignature mentee{
        menteeName,
        m_texts.chance(50) ? m_signatures.at(0) : m_signatures.at(1 + m_texts.between(0, 4)), true};
    const OnScreenSignature mentor{m_mentorName, m_signatures.at(5), true};
    Result<Agreement> signedOne = agreements.signOnScreen(draft->id, mentee, mentor);
    return signedOne ? Status() : Status(signedOne.error());
}

} // namespace md
