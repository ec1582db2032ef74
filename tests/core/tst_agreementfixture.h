#pragma once

// Shared set-up for the agreement tests: an encrypted temporary workspace with
// a mentor profile, one client and one engagement, and the workspace's own
// AgreementService (so every view listening to the workspace hears of what a
// test does through it).
#include "TemporaryWorkspace.h"
#include "agreements/AgreementService.h"
#include "clients/ClientService.h"
#include "domain/Client.h"
#include "pipeline/Engagement.h"
#include "settings/SettingsService.h"
#include "storage/Database.h"
#include "storage/EngagementRepository.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

namespace md::test {

class AgreementFixture final {
public:
    static constexpr const char* kClientName = "Amara Okonkwo-Lindqvist";

    AgreementFixture() {
        if (!m_workspace.isValid()) {
            m_error = m_workspace.error();
            return;
        }
        Workspace& ws = m_workspace.workspace();

        MentorProfile profile;
        profile.name = QStringLiteral("Jonas Brandt");
        profile.businessName = QStringLiteral("Brandt Career Mentoring");
        profile.address = QStringLiteral("Lindenstraße 12\n10969 Berlin\nGermany");
        profile.email = QStringLiteral("jonas@brandt-mentoring.example");
        profile.phone = QStringLiteral("+49 30 1234567");
        profile.taxId = QStringLiteral("DE123456789");
        if (Status saved = ws.settings().saveMentorProfile(profile); !saved) {
            m_error = saved.message();
            return;
        }

        Client client;
        client.fullName = QString::fromLatin1(kClientName);
        client.email = QStringLiteral("amara@example.org");
        Result<Client> added = ws.clients().add(client);
        if (!added) {
            m_error = added.message();
            return;
        }
        m_clientId = added->id;

        Result<qint64> engagement = addEngagement(m_clientId);
        if (!engagement) {
            m_error = engagement.message();
            return;
        }
        m_engagementId = *engagement;
    }

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    TemporaryWorkspace& temporary() { return m_workspace; }
    Workspace& workspace() { return m_workspace.workspace(); }
    Database& database() { return m_workspace.workspace().database(); }
    FakeClock& clock() { return m_workspace.clock(); }
    AgreementService& service() { return m_workspace.workspace().agreements(); }
    SettingsService& settings() { return m_workspace.workspace().settings(); }
    qint64 clientId() const { return m_clientId; }
    qint64 engagementId() const { return m_engagementId; }

    Result<qint64> addEngagement(qint64 clientId, int plannedSessions = 8) {
        EngagementRepository engagements(database(), clock());
        Engagement engagement;
        engagement.clientId = clientId;
        engagement.title = QStringLiteral("Stepping into a first leadership role");
        engagement.startDate = QDate(2026, 3, 9);
        engagement.plannedSessions = plannedSessions;
        engagement.profileNotes = QStringLiteral("Eight years as a senior engineer; wants to lead "
                                                 "a team within a year.");
        engagement.cadence = Cadence::Biweekly;
        engagement.format = EngagementFormat::Video;
        engagement.feeNote = QStringLiteral("EUR 1,400 for the programme, invoiced in two "
                                            "instalments");
        Result<Engagement> added = engagements.add(engagement);
        if (!added)
            return added.error();
        return added->id;
    }

    // A handwriting-like stroke, as the signature pad would produce it.
    static QByteArray signaturePng(int variant = 0) {
        QImage image(480, 160, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x10, 0x20, 0x60), 4, Qt::SolidLine, Qt::RoundCap));
        QPainterPath path(QPointF(20, 110));
        for (int x = 20; x < 460; x += 6)
            path.lineTo(x, 90 + 40 * std::sin((x + variant * 37) / 23.0) * std::cos(x / 71.0));
        painter.drawPath(path);
        painter.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }

    Result<Agreement> signedOnScreen(AgreementKind kind = AgreementKind::Mentoring) {
        AgreementService::CreateOptions options;
        options.kind = kind;
        Result<Agreement> draft = service().createDraft(m_engagementId, options);
        if (!draft)
            return draft;
        return service().signOnScreen(draft->id,
                                      {QString::fromLatin1(kClientName), signaturePng(0), true},
                                      {QStringLiteral("Jonas Brandt"), signaturePng(1), true});
    }

    // Runs SQL directly, as an attacker with the key could.
    bool exec(const QString& sql, const QVariantList& values = {}, QString* error = nullptr) {
        QSqlQuery query(database().connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        const bool ok = query.exec();
        if (error)
            *error = query.lastError().text();
        return ok;
    }

    QByteArray blob(const QString& sql, qint64 id) {
        QSqlQuery query(database().connection());
        query.prepare(sql);
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0).toByteArray();
    }

    // pdftotext output of PDF bytes ("" when the tool is missing).
    static QString pdfText(const QByteArray& pdf) {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QTemporaryDir dir;
        if (tool.isEmpty() || !dir.isValid())
            return {};
        QFile file(dir.filePath(QStringLiteral("a.pdf")));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(pdf);
        file.close();
        QProcess process;
        process.start(tool, {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
        process.waitForFinished(30000);
        // NFKC turns typographic ligatures ("ﬁ") back into letters.
        return QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
    }

private:
    TemporaryWorkspace m_workspace;
    qint64 m_clientId = 0;
    qint64 m_engagementId = 0;
    QString m_error;
};

} // namespace md::test
