#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace md {

// Key material in libsodium guarded memory: locked against swapping, fenced by
// guard pages, and wiped when released. Move-only, so a key is never copied
// into an ordinary heap buffer by accident. Use view() only for calls that
// consume the bytes immediately (encryption, sqlite3_key).
class SecureBytes final {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    // Copies and then wipes the given buffer (e.g. a passphrase typed into a
    // QByteArray) so the plain copy does not outlive the call.
    static SecureBytes takeFrom(QByteArray& plain);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const {
        return {reinterpret_cast<const char*>(m_data), qsizetype(m_size)};
    }

    // Lower-case hexadecimal, still in secure memory.
    SecureBytes toHex() const;
    // Parses hexadecimal digits; returns an empty buffer on any non-hex input.
    static SecureBytes fromHex(QByteArrayView hex);

    bool equals(const SecureBytes& other) const;
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a plain buffer that held secret bytes (sodium_memzero cannot be
// optimised away, unlike memset).
void wipe(QByteArray& plain);

} // namespace md
