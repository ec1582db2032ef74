#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace md {

// Every failure a caller may have to show to the user. The code lets callers
// branch (a wrong key is handled differently from a corrupt file); the message
// is already translated and written for the mentor, not for a developer.
enum class ErrorCode {
    InvalidInput,
    NotFound,
    WrongKey,
    Corrupted,
    NewerFormat,
    AlreadyExists,
    Io,
    Database,
    Keychain,
    KeychainUnavailable,
    Crypto,
    Locked,
    Refused,
    Conflict,
};

struct Error {
    ErrorCode code;
    QString message;
};

// A value or an error, in the spirit of std::expected (C++23), which g++ 12
// does not ship. Errors are values at every core API edge; exceptions never
// cross a module boundary.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    // By value, so that `for (auto& x : f().value())` does not dangle.
    T value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    // Likewise `for (auto& x : *f())`.
    T operator*() && { return std::get<0>(std::move(m_state)); }

    const Error& error() const { return std::get<1>(m_state); }
    ErrorCode code() const { return error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    QString message() const { return m_error.message; }

private:
    Error m_error{ErrorCode::InvalidInput, {}};
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message) {
    return Error{code, std::move(message)};
}

} // namespace md
