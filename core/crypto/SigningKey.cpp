#include "crypto/SigningKey.h"

#include "crypto/Sodium.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace md {

namespace {

// DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410, section 4):
// SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING (33 bytes) }.
const QByteArray& spkiPrefix() {
    static const QByteArray prefix = QByteArray::fromHex("302a300506032b6570032100");
    return prefix;
}

const unsigned char* bytes(QByteArrayView view) {
    return reinterpret_cast<const unsigned char*>(view.data());
}

Error keyError(const QString& message) {
    return makeError(ErrorCode::Crypto, message);
}

} // namespace

SigningKey SigningKey::generate() {
    ensureSodium();
    SigningKey key;
    key.m_secret = SecureBytes(kSecretKeySize);
    key.m_public = QByteArray(kPublicKeySize, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.m_public.data()), key.m_secret.data());
    return key;
}

Result<SigningKey> SigningKey::fromSeed(const SecureBytes& seed) {
    ensureSodium();
    if (seed.size() != std::size_t(kSeedSize))
        return keyError(tr("An Ed25519 seed must be 32 bytes long."));
    SigningKey key;
    key.m_secret = SecureBytes(kSecretKeySize);
    key.m_public = QByteArray(kPublicKeySize, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(key.m_public.data()),
                             key.m_secret.data(), seed.data());
    return key;
}

Result<SigningKey> SigningKey::fromSecretKey(const SecureBytes& secretKey) {
    if (secretKey.size() != std::size_t(kSecretKeySize))
        return keyError(tr("The stored signing key has the wrong length."));
    SecureBytes seed(secretKey.data(), kSeedSize);
    Result<SigningKey> key = fromSeed(seed);
    if (!key)
        return key;
    // The second half of libsodium's secret key is the public key; a mismatch
    // means the stored key was damaged or altered.
    const QByteArrayView storedPublic(reinterpret_cast<const char*>(secretKey.data()) + kSeedSize,
                                      kPublicKeySize);
    if (storedPublic != QByteArrayView(key->publicKey()))
        return keyError(tr("The stored signing key is damaged: its two halves do not match."));
    return key;
}

QByteArray SigningKey::sign(QByteArrayView message) const {
    if (isNull())
        return {};
    QByteArray signature(kSignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         bytes(message), std::size_t(message.size()), m_secret.data());
    return signature;
}

bool SigningKey::verify(QByteArrayView publicKey, QByteArrayView message,
                        QByteArrayView signature) {
    ensureSodium();
    if (publicKey.size() != kPublicKeySize || signature.size() != kSignatureSize)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       std::size_t(message.size()), bytes(publicKey)) == 0;
}

QByteArray SigningKey::publicKeyPem(QByteArrayView publicKey) {
    const QByteArray der = spkiPrefix() + publicKey.toByteArray();
    return "-----BEGIN PUBLIC KEY-----\n" + der.toBase64() + "\n-----END PUBLIC KEY-----\n";
}

QByteArray SigningKey::publicKeyFromPem(QByteArrayView pem) {
    QByteArray text = pem.toByteArray();
    const QByteArray begin = "-----BEGIN PUBLIC KEY-----";
    const QByteArray end = "-----END PUBLIC KEY-----";
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from)
        return {};
    const QByteArray base64 = text.mid(from + begin.size(), to - from - begin.size()).simplified();
    auto decoded = QByteArray::fromBase64Encoding(base64.split(' ').join(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != spkiPrefix().size() + kPublicKeySize ||
        !decoded.decoded.startsWith(spkiPrefix()))
        return {};
    return decoded.decoded.mid(spkiPrefix().size());
}

QString SigningKey::fingerprint(QByteArrayView publicKey) {
    const QByteArray hex =
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace md
