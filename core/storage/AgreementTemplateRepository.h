#pragma once

#include "agreements/Agreement.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QObject>

namespace md {

class Database;

// Template versions. A version is never changed: saving a template adds the
// next version, and agreements refer to the version they were made from. The
// built-in texts are added as version 1 the first time a kind and language
// is asked for.
class AgreementTemplateRepository final : public QObject {
    Q_OBJECT
public:
    AgreementTemplateRepository(Database& database, const Clock& clock, QObject* parent = nullptr);

    // The newest version for a kind and language; seeds the built-in text
    // when there is none. NotFound when no built-in exists for the language.
    Result<AgreementTemplate> latest(AgreementKind kind, const QString& language);
    Result<AgreementTemplate> get(qint64 id) const;
    // Every version, oldest first.
    Result<QList<AgreementTemplate>> versions(AgreementKind kind, const QString& language) const;
    // Saves `edited` (kind, language, title, body, confidentiality flag) as
    // the next version and returns it.
    Result<AgreementTemplate> addVersion(const AgreementTemplate& edited);

Q_SIGNALS:
    void versionAdded(const md::AgreementTemplate& version);

private:
    Result<AgreementTemplate> insert(const AgreementTemplate& version, bool builtIn);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace md
