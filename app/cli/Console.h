#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QTextStream>

namespace md::cli {

// The CLI's standard streams. Text goes through QTextStream (UTF-8); secrets
// never do: they are read byte by byte from the standard input descriptor
// (no stdio buffer keeps a copy) straight into SecureBytes, and written with
// writeSecretLine() without passing through a QString.
class Console final {
    Q_DECLARE_TR_FUNCTIONS(md::cli::Console)
public:
    Console();
    ~Console();
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // True when standard input is a terminal: secrets are then prompted for on
    // standard error with echo off. Otherwise each secret is one line of input.
    bool isInteractive() const { return m_interactive; }

    // Reads one line (without its line ending). On a terminal `prompt` is shown
    // on standard error and the typed characters are not echoed. Fails with
    // InvalidInput at the end of input before any character was read.
    Result<SecureBytes> readSecretLine(const QString& prompt);

    // Writes `secret` and a newline to standard output, flushing text first.
    void writeSecretLine(const SecureBytes& secret);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_interactive = false;
};

} // namespace md::cli
