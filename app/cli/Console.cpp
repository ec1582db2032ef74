#include "Console.h"

#include <cstdio>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace md::cli {

namespace {

constexpr int kEndOfInput = -1;
constexpr int kReadError = -2;

int readByte() {
    unsigned char c = 0;
#ifdef Q_OS_WIN
    const int n = _read(_fileno(stdin), &c, 1);
#else
    ssize_t n = 0;
    do {
        n = ::read(STDIN_FILENO, &c, 1);
    } while (n < 0 && errno == EINTR);
#endif
    if (n == 1)
        return c;
    return n == 0 ? kEndOfInput : kReadError;
}

#ifdef Q_OS_WIN

// Turns console echo off while a secret is typed.
class EchoOff final {
public:
    EchoOff() {
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_changed = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
    }
    ~EchoOff() {
        if (m_changed)
            SetConsoleMode(m_handle, m_mode);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
    bool m_changed = false;
};

#else

// The terminal settings to restore if the user interrupts a prompt: without
// this, Ctrl+C at "Passphrase:" would leave the shell with echo switched off.
termios g_savedTermios{};
volatile std::sig_atomic_t g_echoIsOff = 0;

extern "C" void restoreEchoAndReraise(int signalNumber) {
    if (g_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios); // async-signal-safe
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

class EchoOff final {
public:
    EchoOff() {
        if (tcgetattr(STDIN_FILENO, &g_savedTermios) != 0)
            return;
        termios quiet = g_savedTermios;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        for (int i = 0; i < kSignalCount; ++i) {
            struct sigaction action {};
            action.sa_handler = restoreEchoAndReraise;
            sigemptyset(&action.sa_mask);
            sigaction(kSignals[i], &action, &m_previous[i]);
        }
        g_echoIsOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0 ? 1 : 0;
    }
    ~EchoOff() {
        if (g_echoIsOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
        g_echoIsOff = 0;
        for (int i = 0; i < kSignalCount; ++i)
            sigaction(kSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    static constexpr int kSignalCount = 4;
    static constexpr int kSignals[kSignalCount] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction m_previous[kSignalCount] {};
};

#endif

// Standard output or error, written unbuffered through TerminalSafeText.
class TerminalSafeDevice final : public QIODevice {
public:
    explicit TerminalSafeDevice(int descriptor)
        : m_descriptor(descriptor) {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    ~TerminalSafeDevice() override { writeAll(m_text.finish()); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override {
        writeAll(m_text.filter(QByteArrayView(data, size)));
        return size;
    }

private:
    void writeAll(const QByteArray& bytes) {
        qsizetype done = 0;
        while (done < bytes.size()) {
#ifdef Q_OS_WIN
            const int n =
                _write(m_descriptor, bytes.constData() + done, unsigned(bytes.size() - done));
#else
            const ssize_t n =
                ::write(m_descriptor, bytes.constData() + done, std::size_t(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
#endif
            if (n <= 0)
                return; // a closed pipe: nothing more can be shown
            done += n;
        }
    }

    int m_descriptor;
    TerminalSafeText m_text;
};

bool stdinIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

} // namespace

QByteArray TerminalSafeText::filter(QByteArrayView utf8) {
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending + utf8.toByteArray();
        m_pending.clear();
        utf8 = joined;
    }
    const char* in = utf8.data();
    const qsizetype size = utf8.size();
    QByteArray out;
    out.reserve(size);
    const auto escape = [&out](unsigned code) {
        out += "\\u00";
        out += "0123456789abcdef"[(code >> 4) & 0xF];
        out += "0123456789abcdef"[code & 0xF];
    };
    // Runs of harmless bytes (nearly all of them) are copied at once.
    qsizetype run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(in[i]);
        if ((c >= 0x20 && c != 0x7F && c != 0xC2) || c == '\t' || c == '\n')
            continue;
        out.append(in + run, i - run);
        run = i;
        if (c == 0xC2) {
            // U+0080..U+009F (C1 controls) are C2 80..C2 9F in UTF-8.
            if (i + 1 >= size) {
                m_pending = QByteArray(1, char(c));
                return out;
            }
            const auto next = static_cast<unsigned char>(in[i + 1]);
            if (next >= 0x80 && next <= 0x9F) {
                escape(next);
                ++i;
                run = i + 1;
            }
            continue; // any other C2 sequence starts the next run
        }
        escape(c);
        run = i + 1;
    }
    out.append(in + run, size - run);
    return out;
}

QByteArray TerminalSafeText::finish() {
    QByteArray rest = m_pending;
    m_pending.clear();
    return rest;
}

Console::Console()
    : m_outDevice(std::make_unique<TerminalSafeDevice>(1))
    , m_errDevice(std::make_unique<TerminalSafeDevice>(2))
    , m_out(m_outDevice.get())
    , m_err(m_errDevice.get())
    , m_interactive(stdinIsTerminal()) {
#ifdef Q_OS_WIN
    // The console would otherwise show UTF-8 output (and read input) in the
    // legacy code page, garbling names such as "Zoë".
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
#endif
}

Console::~Console() {
    m_out.flush();
    m_err.flush();
}

Result<SecureBytes> Console::readSecretLine(const QString& prompt) {
    m_out.flush();
    std::optional<EchoOff> echoOff;
    if (m_interactive) {
        // Echo goes off before the prompt appears, so nothing typed in answer
        // to the prompt can ever be echoed.
        echoOff.emplace();
        m_err << prompt;
        m_err.flush();
    }

    // Grown by hand so that every buffer the secret passed through is wiped:
    // QByteArray's own reallocation would leave old copies in freed memory.
    QByteArray line;
    line.reserve(256);
    bool gotAnything = false;
    int c = 0;
    while ((c = readByte()) >= 0) {
        gotAnything = true;
        if (c == '\n')
            break;
        if (line.size() == line.capacity()) {
            QByteArray bigger;
            bigger.reserve(line.capacity() * 2);
            bigger.append(line.constData(), line.size());
            wipe(line);
            line.swap(bigger);
        }
        line.append(char(c));
    }
    if (line.endsWith('\r')) { // a line ending from Windows
        line[line.size() - 1] = '\0';
        line.chop(1);
    }

    if (m_interactive) {
        echoOff.reset();
        m_err << '\n';
        m_err.flush();
    }
    if (c == kReadError) {
        wipe(line);
        return makeError(ErrorCode::Io, tr("Could not read from standard input."));
    }
    if (!gotAnything)
        return makeError(ErrorCode::InvalidInput,
                         tr("Standard input ended before a line was read."));
    return SecureBytes::takeFrom(line);
}

void Console::writeSecretLine(const SecureBytes& secret) {
    m_out.flush();
    std::fwrite(secret.data(), 1, secret.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace md::cli
