#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

#include <memory>

namespace md::cli {

// Makes UTF-8 text safe to show on a terminal: every control character
// except tab and line feed (C0, DEL, C1; a carriage return too) becomes its
// JSON escape "\u001b". Names are stored as typed, and an escape sequence in
// one must not retitle or repaint the mentor's terminal when it is printed.
// The escape is also what JSON itself would write, so JSON output stays
// valid JSON with the same values. Text may arrive in pieces: a UTF-8
// sequence split between two calls is held back until it is complete.
class TerminalSafeText final {
public:
    QByteArray filter(QByteArrayView utf8);
    // What is still held back (an incomplete sequence at the very end).
    QByteArray finish();

private:
    QByteArray m_pending;
};

// The CLI's standard streams. Text goes through QTextStream (UTF-8) and
// TerminalSafeText; secrets never do: they are read byte by byte from the
// standard input descriptor (no stdio buffer keeps a copy) straight into
// SecureBytes, and written with writeSecretLine() without passing through a
// QString.
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
    std::unique_ptr<QIODevice> m_outDevice;
    std::unique_ptr<QIODevice> m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
    bool m_interactive = false;
};

} // namespace md::cli
