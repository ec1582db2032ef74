#pragma once

#include "agreements/Agreement.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <optional>

namespace md {

class Database;

// Stores agreements, their on-screen signatures, paper scans and seals.
// Drafts may be edited and deleted; freeze() turns a draft into a signed
// agreement, after which the database's triggers refuse every change.
// Internal to core: AgreementService runs each write in its unit of work
// and announces it.
class AgreementRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::AgreementRepository)
public:
    AgreementRepository(Database& database, const Clock& clock);

    // Inserts a draft; returns it with id and times set.
    Result<Agreement> addDraft(const Agreement& draft);
    // Saves title, text, end date and the confidentiality flag of a draft.
    // Refused when the agreement is signed.
    Result<Agreement> updateDraft(const Agreement& draft);
    // Deletes a draft. Refused when the agreement is signed.
    Status removeDraft(qint64 id);

    Result<Agreement> get(qint64 id) const;
    // Newest first.
    Result<QList<Agreement>> list(const AgreementFilter& filter = {}) const;
    // The same rows without their text, with the client's name: one query
    // shaped for the list, whose size does not depend on the agreements' length.
    Result<QList<AgreementListRow>> listRows() const;
    // The ids of list()'s agreements (newest first), each with whether it is
    // signed: what a check of every agreement needs before it reads each one,
    // without holding every text at once.
    Result<QList<std::pair<qint64, bool>>> signedStates() const;
    Result<QList<AgreementSignature>> signatures(qint64 agreementId) const;
    Result<std::optional<AgreementScan>> scan(qint64 agreementId) const;
    Result<std::optional<AgreementSeal>> seal(qint64 agreementId) const;

    // Stores signatures (on screen) or the scan (on paper) and the seal, and
    // marks the agreement signed. Call inside Database::transaction together
    // with the audit log entry.
    Status freeze(const Agreement& agreement, SigningMethod method, const QDateTime& signedUtc,
                  const QList<AgreementSignature>& signatures,
                  const std::optional<AgreementScan>& scan, const AgreementSeal& seal);

    // True when the engagement has a signed agreement whose text includes
    // confidentiality terms (the pipeline's stage-1 gate).
    Result<bool> hasSignedConfidentialityTerms(qint64 engagementId) const;
    // Signed agreements whose end date lies in [from, to] and that no signed
    // amendment has replaced, soonest first.
    Result<QList<Agreement>> signedEndingBetween(const QDate& from, const QDate& to) const;
    // The SELECT of signedEndingBetween() and its values, for tests that
    // check its query plan.
    struct Statement {
        QString sql;
        QVariantList values;
    };
    static Statement endingStatement(const QDate& from, const QDate& to);
    // The SELECT of listRows(), for the same tests.
    static QString listSql();
    // Every engagement with its client's display name, newest start first.
    Result<QList<AgreementEngagementChoice>> engagementChoices() const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
