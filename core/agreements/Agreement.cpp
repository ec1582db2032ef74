#include "agreements/Agreement.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace md {

QString agreementKindKey(AgreementKind kind) {
    switch (kind) {
    case AgreementKind::Mentoring:
        return QStringLiteral("mentoring");
    case AgreementKind::Confidentiality:
        return QStringLiteral("confidentiality");
    }
    return {};
}

std::optional<AgreementKind> agreementKindFromKey(const QString& key) {
    for (AgreementKind kind : {AgreementKind::Mentoring, AgreementKind::Confidentiality}) {
        if (agreementKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString agreementKindLabel(AgreementKind kind) {
    switch (kind) {
    case AgreementKind::Mentoring:
        return QCoreApplication::translate("md::Agreement", "Mentoring agreement");
    case AgreementKind::Confidentiality:
        return QCoreApplication::translate("md::Agreement", "Confidentiality agreement");
    }
    return {};
}

QString agreementStateKey(AgreementState state) {
    return state == AgreementState::Signed ? QStringLiteral("signed") : QStringLiteral("draft");
}

QString agreementStateLabel(AgreementState state) {
    return state == AgreementState::Signed ? QCoreApplication::translate("md::Agreement", "Signed")
                                           : QCoreApplication::translate("md::Agreement", "Draft");
}

QString signingMethodKey(SigningMethod method) {
    switch (method) {
    case SigningMethod::None:
        return {};
    case SigningMethod::OnScreen:
        return QStringLiteral("on_screen");
    case SigningMethod::OnPaper:
        return QStringLiteral("on_paper");
    }
    return {};
}

SigningMethod signingMethodFromKey(const QString& key) {
    if (key == QLatin1String("on_screen"))
        return SigningMethod::OnScreen;
    if (key == QLatin1String("on_paper"))
        return SigningMethod::OnPaper;
    return SigningMethod::None;
}

QString signerRoleKey(SignerRole role) {
    return role == SignerRole::Mentee ? QStringLiteral("mentee") : QStringLiteral("mentor");
}

std::optional<SignerRole> signerRoleFromKey(const QString& key) {
    if (key == QLatin1String("mentee"))
        return SignerRole::Mentee;
    if (key == QLatin1String("mentor"))
        return SignerRole::Mentor;
    return std::nullopt;
}

QString signerRoleLabel(SignerRole role) {
    return role == SignerRole::Mentee ? QCoreApplication::translate("md::Agreement", "Mentee")
                                      : QCoreApplication::translate("md::Agreement", "Mentor");
}

QString Agreement::number() const {
    return QStringLiteral("AGR-%1").arg(id, 5, 10, QLatin1Char('0'));
}

QByteArray Agreement::textSha256() const {
    return QCryptographicHash::hash(bodyHtml.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString Agreement::fingerprint() const {
    const QByteArray hex = textSha256().left(32);
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace md
