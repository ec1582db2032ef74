#include "EngineBench.h"

#include "BareDatabase.h"

#include <QElapsedTimer>
#include <QFile>

namespace md::bench {

bool runEngineWorkload(const QString& path, const QByteArray& keyHex,
                       const QList<BenchCommand>& commands, EngineRun* run, QString* error) {
    *run = {};
    QElapsedTimer total;
    total.start();
    for (const BenchCommand& command : commands) {
        BareDatabase db;
        if (!db.open(path, keyHex)) {
            *error = QStringLiteral("%1: %2").arg(path, db.error());
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        for (const BareQuery& query : command.queries) {
            if (db.readAll(query.sql, query.binds) < 0) {
                *error = QStringLiteral("%1: %2").arg(command.name, db.error());
                return false;
            }
        }
        run->queryMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    run->totalMs = double(total.nsecsElapsed()) / 1e6;
    return true;
}

bool exportPlainCopy(const QString& path, const QByteArray& keyHex, const QString& plainPath,
                     QString* error) {
    const QString partial = plainPath + QStringLiteral(".partial");
    QFile::remove(partial);
    BareDatabase db;
    if (!db.open(path, keyHex)) {
        *error = db.error();
        return false;
    }
    QByteArray target = partial.toUtf8();
    target.replace('\'', "''");
    const bool ok = db.exec("ATTACH DATABASE '" + target + "' AS plaintext KEY ''") &&
                    db.exec("PRAGMA plaintext.page_size = 4096") &&
                    db.exec("SELECT sqlcipher_export('plaintext')") &&
                    db.exec("DETACH DATABASE plaintext");
    if (!ok) {
        *error = db.error();
        return false;
    }
    db.close();
    QFile::remove(plainPath);
    if (!QFile::rename(partial, plainPath)) {
        *error = QStringLiteral("could not rename %1").arg(partial);
        return false;
    }
    return true;
}

} // namespace md::bench
