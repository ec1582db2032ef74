#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace md {

// The two kinds of document MentorDesk generates. Storage keys are fixed
// ("mentoring", "confidentiality"); labels are translated.
enum class AgreementKind { Mentoring, Confidentiality };

QString agreementKindKey(AgreementKind kind);
std::optional<AgreementKind> agreementKindFromKey(const QString& key);
QString agreementKindLabel(AgreementKind kind);

// A draft can still be edited and deleted; a signed agreement is frozen (the
// database refuses any change to it).
enum class AgreementState { Draft, Signed };
QString agreementStateKey(AgreementState state);
QString agreementStateLabel(AgreementState state);

enum class SigningMethod { None, OnScreen, OnPaper };
QString signingMethodKey(SigningMethod method);
SigningMethod signingMethodFromKey(const QString& key);

// Who signs. Keys "mentee" and "mentor".
enum class SignerRole { Mentee, Mentor };
QString signerRoleKey(SignerRole role);
std::optional<SignerRole> signerRoleFromKey(const QString& key);
QString signerRoleLabel(SignerRole role);

// One version of a template. Versions are immutable: saving an edited
// template adds a version, and each agreement remembers the one it came from.
struct AgreementTemplate {
    qint64 id = 0;
    AgreementKind kind = AgreementKind::Mentoring;
    QString language = QStringLiteral("en");
    int version = 0;
    QString title;
    QString bodyHtml; // with {{placeholders}}
    bool hasConfidentialityTerms = true;
    bool builtIn = false;
    QDateTime createdUtc;
};

struct Agreement {
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 engagementId = 0;
    qint64 templateId = 0;
    AgreementKind kind = AgreementKind::Mentoring;
    QString language = QStringLiteral("en");
    QString title;
    QString bodyHtml; // placeholders resolved; editable while a draft
    bool hasConfidentialityTerms = true;
    AgreementState state = AgreementState::Draft;
    SigningMethod method = SigningMethod::None;
    qint64 amendsId = 0; // the agreement this one amends; 0 = none
    QDate endDate;       // invalid = open-ended
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDateTime signedUtc;

    bool isSigned() const { return state == AgreementState::Signed; }
    // "AGR-00007": the number printed on every page.
    QString number() const;
    // SHA-256 of the agreement's text (bodyHtml as UTF-8), hex. The footer
    // shows its start, so a paper copy can be matched to the stored record.
    QByteArray textSha256() const;
    // The first 16 bytes of textSha256() in groups of four hex digits.
    QString fingerprint() const;
};

// Which agreements a list shows.
struct AgreementFilter {
    qint64 clientId = 0;     // 0 = all
    qint64 engagementId = 0; // 0 = all
};

// One row of an agreement list: the agreement without its text (bodyHtml is
// empty, so neither textSha256() nor fingerprint() mean anything here: get()
// the agreement for those), and its client's name as lists show it.
struct AgreementListRow {
    Agreement agreement;
    QString clientName;
};

// An engagement an agreement can be generated for, as the "new agreement"
// choice shows it.
struct AgreementEngagementChoice {
    qint64 engagementId = 0;
    qint64 clientId = 0;
    QString clientName; // Client::displayName()
    QString title;      // the engagement's title
};

// A signature given on screen.
struct AgreementSignature {
    SignerRole role = SignerRole::Mentee;
    QString fullName;    // as typed by the signer
    QByteArray imagePng; // the drawn signature, PNG
    bool consent = false;
    QDateTime signedUtc;
    // The signer's name as the workspace had it when signing (the client's
    // full name, the mentor profile's name); empty for signatures made
    // before it was kept.
    QString nameOnRecord;
    // The typed name differs from nameOnRecord and the mentor confirmed that
    // it is the name this signer signs with.
    bool nameDifferenceConfirmed = false;
};

// A paper original scanned after signing by hand (PDF or image).
// MentorDesk stores it as attached: the handwritten signatures on it are
// never checked.
struct AgreementScan {
    QString fileName;
    QString mediaType; // application/pdf, image/png, image/jpeg
    QByteArray content;
    QDate
        signedOn; // the day the paper was signed, as the mentor gave it; invalid before it was kept
};

// What signing froze: the exact PDF, the manifest that describes it, and the
// Ed25519 signature over the manifest's bytes.
struct AgreementSeal {
    qint64 agreementId = 0;
    QByteArray pdf;
    QByteArray manifest;  // canonical JSON (CanonicalJson)
    QByteArray signature; // 64 bytes, raw
    QByteArray publicKey; // 32 bytes, raw: the workspace key that signed
    QDateTime sealedUtc;
};

} // namespace md
