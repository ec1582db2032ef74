#include "ProcessMemory.h"

#include <QFile>

namespace md::bench {

ProcessMemory processMemory() {
    ProcessMemory memory;
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return memory;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const auto kib = [&line](const char* key) -> std::optional<double> {
            if (!line.startsWith(key))
                return std::nullopt;
            bool ok = false;
            const double value =
                line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toDouble(&ok);
            return ok ? std::optional<double>(value / 1024.0) : std::nullopt;
        };
        if (auto v = kib("VmRSS:"))
            memory.residentMiB = v;
        if (auto v = kib("VmHWM:"))
            memory.peakMiB = v;
    }
#endif
    return memory;
}

} // namespace md::bench
