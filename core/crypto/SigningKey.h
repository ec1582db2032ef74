#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace md {

// An Ed25519 key pair (RFC 8032, libsodium's crypto_sign_*). The secret part
// lives in guarded memory; the public part is plain: it is meant to be given
// away so that others can check what was signed.
class SigningKey final {
    Q_DECLARE_TR_FUNCTIONS(md::SigningKey)
public:
    static constexpr int kSeedSize = 32;
    static constexpr int kSecretKeySize = 64; // libsodium layout: seed || public key
    static constexpr int kPublicKeySize = 32;
    static constexpr int kSignatureSize = 64;

    SigningKey() = default;

    // A new random key pair.
    static SigningKey generate();
    // The key pair that the 32-byte seed (RFC 8032 "secret key") determines.
    static Result<SigningKey> fromSeed(const SecureBytes& seed);
    // From libsodium's 64-byte secret key; refuses one whose public half does
    // not belong to its seed (a damaged or tampered stored key).
    static Result<SigningKey> fromSecretKey(const SecureBytes& secretKey);

    bool isNull() const { return m_secret.isEmpty(); }
    const QByteArray& publicKey() const { return m_public; }
    const SecureBytes& secretKey() const { return m_secret; }

    // Detached signature over `message` (64 bytes).
    QByteArray sign(QByteArrayView message) const;

    // Checks a detached signature; false for any malformed input.
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

    // The raw public key as a PEM "PUBLIC KEY" (X.509 SubjectPublicKeyInfo,
    // RFC 8410), which OpenSSL and most tools read.
    static QByteArray publicKeyPem(QByteArrayView publicKey);
    // Reads such a PEM back into the raw 32 bytes; empty on malformed input.
    static QByteArray publicKeyFromPem(QByteArrayView pem);
    // A short, human-comparable fingerprint of a public key: the first 16
    // bytes of its SHA-256 in hex groups of four ("1a2b 3c4d ...").
    static QString fingerprint(QByteArrayView publicKey);

private:
    SecureBytes m_secret;
    QByteArray m_public;
};

} // namespace md
