#include "EngineBench.h"

#include "BareDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

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

bool measureSearchIndexShare(const QString& plainPath, const QString& scratchDir, double* percent,
                             QString* error) {
    const QString copy = QDir(scratchDir).filePath(QStringLiteral("without-index.db"));
    QFile::remove(copy);
    if (!QFile::copy(plainPath, copy)) {
        *error = QStringLiteral("could not copy %1").arg(plainPath);
        return false;
    }
    BareDatabase db;
    if (!db.open(copy, {})) {
        *error = db.error();
        return false;
    }
    const QByteArrayList tables =
        db.value("SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table' AND "
                 "name LIKE 'search\\_%' ESCAPE '\\' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
            .toByteArray()
            .split(' ');
    for (const QByteArray& table : std::as_const(tables)) {
        if (!db.exec("DROP TABLE \"" + table + "\"")) {
            *error = db.error();
            return false;
        }
    }
    if (tables.value(0).isEmpty() || !db.exec("VACUUM")) {
        *error = tables.value(0).isEmpty() ? QStringLiteral("no search index in %1").arg(plainPath)
                                           : db.error();
        return false;
    }
    db.close();
    const double with = double(QFileInfo(plainPath).size());
    const double without = double(QFileInfo(copy).size());
    QFile::remove(copy);
    *percent = without > 0 ? (with - without) * 100.0 / without : 0;
    return true;
}

} // namespace md::bench
