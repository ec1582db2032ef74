#include "crypto/SecureBytes.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace md {

SecureBytes::SecureBytes(std::size_t size) {
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc(); // out of locked memory: nothing sensible can continue
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::SecureBytes(const unsigned char* data, std::size_t size)
    : SecureBytes(size) {
    if (size)
        std::copy(data, data + size, m_data);
}

SecureBytes::~SecureBytes() {
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size) {
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::takeFrom(QByteArray& plain) {
    SecureBytes bytes(reinterpret_cast<const unsigned char*>(plain.constData()),
                      std::size_t(plain.size()));
    wipe(plain);
    return bytes;
}

SecureBytes SecureBytes::toHex() const {
    SecureBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), m_data, m_size);
    SecureBytes trimmed(hex.data(), m_size * 2); // drop the terminating NUL
    return trimmed;
}

SecureBytes SecureBytes::fromHex(QByteArrayView hex) {
    if (hex.size() % 2 != 0)
        return {};
    SecureBytes bin(std::size_t(hex.size() / 2));
    std::size_t written = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(bin.data(), bin.size(), hex.data(), std::size_t(hex.size()), nullptr,
                       &written, &end) != 0 ||
        written != bin.size() || end != hex.data() + hex.size())
        return {};
    return bin;
}

bool SecureBytes::equals(const SecureBytes& other) const {
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::clear() {
    if (m_data)
        sodium_free(m_data); // sodium_free wipes before releasing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray& plain) {
    if (!plain.isEmpty()) {
        plain.detach();
        sodium_memzero(plain.data(), std::size_t(plain.size()));
    }
    plain.clear();
}

} // namespace md
