#pragma once

#include "agreements/Agreement.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace md {

class Database;

// Template versions. A version is never changed: saving a template adds the
// next version, and agreements refer to the version they were made from.
// The built-in texts become version 1 when an agreement is first made from
// them or an edited version is first saved (seed(), always inside a write):
// reading never stores anything.
class AgreementTemplateRepository final {
    Q_DECLARE_TR_FUNCTIONS(md::AgreementTemplateRepository)
public:
    AgreementTemplateRepository(Database& database, const Clock& clock);

    // The newest stored version for a kind and language; nullopt when none
    // was stored yet.
    Result<std::optional<AgreementTemplate>> latestStored(AgreementKind kind,
                                                          const QString& language) const;
    // The newest version, or the built-in text (id 0, version 1) when none
    // is stored yet. NotFound when no built-in exists for the language.
    Result<AgreementTemplate> latest(AgreementKind kind, const QString& language) const;
    // The newest stored version; stores the built-in text as version 1 first
    // when there is none. A write: call inside the unit of work that needs it.
    Result<AgreementTemplate> seed(AgreementKind kind, const QString& language);
    Result<AgreementTemplate> get(qint64 id) const;
    // Every stored version, oldest first.
    Result<QList<AgreementTemplate>> versions(AgreementKind kind, const QString& language) const;
    // Saves `edited` (kind, language, title, body, confidentiality flag) as
    // the next version and returns it. Stores version 1 (the built-in text)
    // first when none is stored yet.
    Result<AgreementTemplate> addVersion(const AgreementTemplate& edited);

private:
    Result<AgreementTemplate> insert(const AgreementTemplate& version, bool builtIn);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
