#include "crypto/PassphraseSlot.h"
#include "crypto/KeyGroupSearch.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <sodium.h>

#include <atomic>
#include <cstring>

namespace md {

namespace {

static_assert(crypto_pwhash_OPSLIMIT_MIN >= PassphraseSlot::kMinOpsLimit &&
                  crypto_pwhash_OPSLIMIT_INTERACTIVE <= PassphraseSlot::kMaxOpsLimit &&
                  crypto_pwhash_OPSLIMIT_SENSITIVE <= PassphraseSlot::kMaxOpsLimit,
              "the slots MentorDesk writes must be ones it reads");
static_assert(crypto_pwhash_MEMLIMIT_MIN >= PassphraseSlot::kMinMemLimit &&
                  crypto_pwhash_MEMLIMIT_SENSITIVE <= PassphraseSlot::kMaxMemLimit,
              "the slots MentorDesk writes must be ones it reads");

bool costIsAccepted(const PassphraseSlot& slot) {
    return slot.opsLimit >= PassphraseSlot::kMinOpsLimit &&
           slot.opsLimit <= PassphraseSlot::kMaxOpsLimit &&
           slot.memLimit >= PassphraseSlot::kMinMemLimit &&
           slot.memLimit <= PassphraseSlot::kMaxMemLimit;
}

std::atomic<KdfStrength> g_defaultStrength{KdfStrength::Interactive};

constexpr char kKdfName[] = "argon2id13";
constexpr char kCipherName[] = "xchacha20poly1305-ietf";
constexpr unsigned char kAssociatedData[] = "MentorDesk data key v1";

} // namespace

KdfStrength defaultKdfStrength() {
    return g_defaultStrength.load();
}
void setDefaultKdfStrength(KdfStrength strength) {
    g_defaultStrength.store(strength);
}

QJsonObject PassphraseSlot::toJson() const {
    QJsonObject json{
        {QStringLiteral("kdf"), QLatin1String(kKdfName)},
        {QStringLiteral("opsLimit"), QString::number(opsLimit)},
        {QStringLiteral("memLimit"), QString::number(memLimit)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("cipher"), QLatin1String(kCipherName)},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("wrappedKey"), QString::fromLatin1(ciphertext.toBase64())},
    };
    if (pending)
        json.insert(QStringLiteral("pending"), true);
    return json;
}

Result<PassphraseSlot> PassphraseSlot::fromJson(const QJsonObject& json) {
    PassphraseSlot slot;
    bool opsOk = false;
    bool memOk = false;
    slot.opsLimit = json.value(QStringLiteral("opsLimit")).toString().toULongLong(&opsOk);
    slot.memLimit = json.value(QStringLiteral("memLimit")).toString().toULongLong(&memOk);
    slot.salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1());
    slot.nonce = QByteArray::fromBase64(json.value(QStringLiteral("nonce")).toString().toLatin1());
    slot.ciphertext =
        QByteArray::fromBase64(json.value(QStringLiteral("wrappedKey")).toString().toLatin1());
    slot.pending = json.value(QStringLiteral("pending")).toBool(false);
    if (json.value(QStringLiteral("kdf")).toString() != QLatin1String(kKdfName) ||
        json.value(QStringLiteral("cipher")).toString() != QLatin1String(kCipherName) || !opsOk ||
        !memOk || slot.salt.size() != crypto_pwhash_SALTBYTES ||
        slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        slot.ciphertext.size() != 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return makeError(
            ErrorCode::Corrupted,
            PassphraseSlot::tr(
                "The workspace file holds a passphrase entry MentorDesk cannot read."));
    if (!costIsAccepted(slot))
        return makeError(
            ErrorCode::Corrupted,
            PassphraseSlot::tr("The workspace file asks for a passphrase check MentorDesk does not "
                               "accept (Argon2id with %1 passes over %2 KiB; allowed are %3 to %4 "
                               "passes over %5 KiB to %6 MiB). The file may have been damaged or "
                               "altered: unlock with the recovery key, which sets it right.")
                .arg(slot.opsLimit)
                .arg(slot.memLimit / 1024)
                .arg(kMinOpsLimit)
                .arg(kMaxOpsLimit)
                .arg(kMinMemLimit / 1024)
                .arg(kMaxMemLimit / (1024 * 1024)));
    return slot;
}

namespace {

Result<SecureBytes> deriveWrappingKey(const SecureBytes& passphrase, const QByteArray& salt,
                                      quint64 opsLimit, quint64 memLimit) {
    SecureBytes wrappingKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(wrappingKey.data(), wrappingKey.size(),
                      reinterpret_cast<const char*>(passphrase.data()), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), opsLimit,
                      std::size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(
            ErrorCode::Crypto,
            PassphraseSlot::tr("Not enough memory to derive the key from the passphrase."));
    return wrappingKey;
}

} // namespace

Result<PassphraseSlot> wrapKey(const SecureBytes& key, const SecureBytes& passphrase,
                               KdfStrength strength) {
    ensureSodium();
    PassphraseSlot slot;
    // INTERACTIVE limits (2 passes, 64 MiB) take about half a second here.
    slot.opsLimit = strength == KdfStrength::Fast ? crypto_pwhash_OPSLIMIT_MIN
                                                  : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    slot.memLimit = strength == KdfStrength::Fast ? crypto_pwhash_MEMLIMIT_MIN
                                                  : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), std::size_t(slot.salt.size()));
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), std::size_t(slot.nonce.size()));

    auto wrappingKey = deriveWrappingKey(passphrase, slot.salt, slot.opsLimit, slot.memLimit);
    if (!wrappingKey)
        return wrappingKey.error();
    slot.ciphertext.resize(qsizetype(key.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.ciphertext.data()), &written, key.data(), key.size(),
        kAssociatedData, sizeof kAssociatedData - 1, nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), wrappingKey->data());
    slot.ciphertext.resize(qsizetype(written));
    return slot;
}

Result<SecureBytes> unwrapKey(const PassphraseSlot& slot, const SecureBytes& passphrase) {
    ensureSodium();
    if (slot.ciphertext.size() <= crypto_aead_xchacha20poly1305_ietf_ABYTES ||
        slot.salt.size() != crypto_pwhash_SALTBYTES ||
        slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES || !costIsAccepted(slot))
        return makeError(ErrorCode::Corrupted,
                         PassphraseSlot::tr("The stored key entry is damaged."));
    auto wrappingKey = deriveWrappingKey(passphrase, slot.salt, slot.opsLimit, slot.memLimit);
    if (!wrappingKey)
        return wrappingKey.error();
    SecureBytes key(std::size_t(slot.ciphertext.size()) -
                    crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &written, nullptr,
            reinterpret_cast<const unsigned char*>(slot.ciphertext.constData()),
            std::size_t(slot.ciphertext.size()), kAssociatedData, sizeof kAssociatedData - 1,
            reinterpret_cast<const unsigned char*>(slot.nonce.constData()),
            wrappingKey->data()) != 0)
        return makeError(ErrorCode::WrongKey, PassphraseSlot::tr("The passphrase is not correct."));
    return key;
}

namespace {
// Keyed BLAKE2b with a fixed context string: a public value that identifies
// the key without helping anyone guess it.
constexpr unsigned char kFingerprintContext[] = "MentorDesk key fingerprint v1...";
constexpr std::size_t kFingerprintBytes = 16;

void fingerprintInto(unsigned char* digest, const unsigned char* key, std::size_t keySize) {
    crypto_generichash(digest, kFingerprintBytes, kFingerprintContext,
                       sizeof kFingerprintContext - 1, key, keySize);
}
} // namespace

QByteArray keyFingerprint(const SecureBytes& key) {
    ensureSodium();
    unsigned char digest[kFingerprintBytes];
    fingerprintInto(digest, key.data(), key.size());
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
}

int singleDifferingKeyGroup(const SecureBytes& key, const QList<QByteArray>& fingerprints) {
    ensureSodium();
    QList<QByteArray> wanted;
    for (const QByteArray& hex : fingerprints) {
        const QByteArray raw = QByteArray::fromHex(hex);
        if (raw.size() == qsizetype(kFingerprintBytes))
            wanted.append(raw);
    }
    if (wanted.isEmpty() || key.size() % 2 != 0)
        return 0;
    // The candidates live in guarded memory like the key itself.
    SecureBytes candidate(key.data(), key.size());
    unsigned char digest[kFingerprintBytes];
    const std::size_t groups = key.size() / 2;
    for (std::size_t group = 0; group < groups; ++group) {
        unsigned char* first = candidate.data() + 2 * group;
        const unsigned original = (unsigned(first[0]) << 8) | first[1];
        for (unsigned value = 0; value <= 0xFFFF; ++value) {
            if (value == original)
                continue;
            first[0] = static_cast<unsigned char>(value >> 8);
            first[1] = static_cast<unsigned char>(value & 0xFF);
            fingerprintInto(digest, candidate.data(), candidate.size());
            for (const QByteArray& raw : std::as_const(wanted))
                if (std::memcmp(digest, raw.constData(), kFingerprintBytes) == 0) {
                    sodium_memzero(digest, sizeof digest);
                    return int(group) + 1;
                }
        }
        first[0] = static_cast<unsigned char>(original >> 8);
        first[1] = static_cast<unsigned char>(original & 0xFF);
    }
    sodium_memzero(digest, sizeof digest);
    return 0;
}

} // namespace md
