#include "FaultyVfs.h"

#include "storage/SqliteInclude.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cstring>
#include <limits>

namespace md::test {

namespace {

struct Fault {
    bool armed = false;
    FaultyVfs::Target target = FaultyVfs::Target::AnyFile;
    int allowed = 0; // calls that still succeed
    int code = 0;
};

struct State {
    QMutex mutex;
    Fault writes;
    Fault syncs;
    bool diskLimited = false;
    qint64 bytesLeft = 0;
    int failures = 0;
};

State& state() {
    static State s;
    return s;
}

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;

// A file of the faulty VFS: the real file follows it in the same allocation.
struct FaultyFile {
    sqlite3_file base;
    sqlite3_file* real;
    FaultyVfs::Target kind;
};

bool hits(const Fault& fault, FaultyVfs::Target kind) {
    return fault.armed && (fault.target == FaultyVfs::Target::AnyFile || fault.target == kind);
}

// The SQLite code the call must fail with, or SQLITE_OK.
int injected(Fault& fault, FaultyVfs::Target kind) {
    if (!hits(fault, kind))
        return SQLITE_OK;
    if (fault.allowed > 0) {
        --fault.allowed;
        return SQLITE_OK;
    }
    ++state().failures;
    return fault.code;
}

sqlite3_file* realOf(sqlite3_file* file) {
    return reinterpret_cast<FaultyFile*>(file)->real;
}

FaultyVfs::Target kindOf(sqlite3_file* file) {
    return reinterpret_cast<FaultyFile*>(file)->kind;
}

int fClose(sqlite3_file* file) {
    sqlite3_file* real = realOf(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}

int fRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}

int fWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    {
        State& s = state();
        QMutexLocker lock(&s.mutex);
        if (const int rc = injected(s.writes, kindOf(file)); rc != SQLITE_OK)
            return rc;
        if (s.diskLimited) {
            if (s.bytesLeft < amount) {
                ++s.failures;
                return SQLITE_FULL;
            }
            s.bytesLeft -= amount;
        }
    }
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}

int fTruncate(sqlite3_file* file, sqlite3_int64 size) {
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}

int fSync(sqlite3_file* file, int flags) {
    {
        State& s = state();
        QMutexLocker lock(&s.mutex);
        if (const int rc = injected(s.syncs, kindOf(file)); rc != SQLITE_OK)
            return rc;
    }
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}

int fFileSize(sqlite3_file* file, sqlite3_int64* size) {
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int fLock(sqlite3_file* file, int level) {
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int fUnlock(sqlite3_file* file, int level) {
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int fCheckReservedLock(sqlite3_file* file, int* out) {
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}
int fFileControl(sqlite3_file* file, int op, void* arg) {
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int fSectorSize(sqlite3_file* file) {
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int fDeviceCharacteristics(sqlite3_file* file) {
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
int fShmMap(sqlite3_file* file, int page, int pageSize, int extend, void volatile** out) {
    return realOf(file)->pMethods->xShmMap(realOf(file), page, pageSize, extend, out);
}
int fShmLock(sqlite3_file* file, int offset, int n, int flags) {
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void fShmBarrier(sqlite3_file* file) {
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int fShmUnmap(sqlite3_file* file, int deleteFlag) {
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
int fFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, out);
}
int fUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer) {
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, pointer);
}

// One table per io_methods version, so SQLite never calls a method the real
// file does not have.
const sqlite3_io_methods* methodsFor(int version) {
    static const auto make = [](int v) {
        sqlite3_io_methods m{};
        m.iVersion = v;
        m.xClose = fClose;
        m.xRead = fRead;
        m.xWrite = fWrite;
        m.xTruncate = fTruncate;
        m.xSync = fSync;
        m.xFileSize = fFileSize;
        m.xLock = fLock;
        m.xUnlock = fUnlock;
        m.xCheckReservedLock = fCheckReservedLock;
        m.xFileControl = fFileControl;
        m.xSectorSize = fSectorSize;
        m.xDeviceCharacteristics = fDeviceCharacteristics;
        if (v >= 2) {
            m.xShmMap = fShmMap;
            m.xShmLock = fShmLock;
            m.xShmBarrier = fShmBarrier;
            m.xShmUnmap = fShmUnmap;
        }
        if (v >= 3) {
            m.xFetch = fFetch;
            m.xUnfetch = fUnfetch;
        }
        return m;
    };
    static const sqlite3_io_methods v1 = make(1), v2 = make(2), v3 = make(3);
    return version >= 3 ? &v3 : version == 2 ? &v2 : &v1;
}

int fOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* faulty = reinterpret_cast<FaultyFile*>(file);
    faulty->real = reinterpret_cast<sqlite3_file*>(faulty + 1);
    faulty->kind = (flags & SQLITE_OPEN_MAIN_DB) ? FaultyVfs::Target::MainDatabase
                   : (flags & SQLITE_OPEN_WAL)   ? FaultyVfs::Target::Wal
                                                 : FaultyVfs::Target::AnyFile;
    faulty->real->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, faulty->real, flags, outFlags);
    file->pMethods =
        faulty->real->pMethods ? methodsFor(faulty->real->pMethods->iVersion) : nullptr;
    return rc;
}

int fDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return g_real->xDelete(g_real, name, syncDir);
}
int fAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_real->xAccess(g_real, name, flags, out);
}
int fFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return g_real->xFullPathname(g_real, name, size, out);
}
void* fDlOpen(sqlite3_vfs*, const char* name) {
    return g_real->xDlOpen(g_real, name);
}
void fDlError(sqlite3_vfs*, int size, char* out) {
    g_real->xDlError(g_real, size, out);
}
void (*fDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return g_real->xDlSym(g_real, handle, symbol);
}
void fDlClose(sqlite3_vfs*, void* handle) {
    g_real->xDlClose(g_real, handle);
}
int fRandomness(sqlite3_vfs*, int size, char* out) {
    return g_real->xRandomness(g_real, size, out);
}
int fSleep(sqlite3_vfs*, int microseconds) {
    return g_real->xSleep(g_real, microseconds);
}
int fCurrentTime(sqlite3_vfs*, double* out) {
    return g_real->xCurrentTime(g_real, out);
}
int fGetLastError(sqlite3_vfs*, int size, char* out) {
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}
int fCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

bool FaultyVfs::install() {
    static const bool installed = [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (!g_real)
            return false;
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = std::min(g_real->iVersion, 2);
        g_vfs.szOsFile = int(sizeof(FaultyFile)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = "mentordesk-faulty";
        g_vfs.xOpen = fOpen;
        g_vfs.xDelete = fDelete;
        g_vfs.xAccess = fAccess;
        g_vfs.xFullPathname = fFullPathname;
        g_vfs.xDlOpen = fDlOpen;
        g_vfs.xDlError = fDlError;
        g_vfs.xDlSym = fDlSym;
        g_vfs.xDlClose = fDlClose;
        g_vfs.xRandomness = fRandomness;
        g_vfs.xSleep = fSleep;
        g_vfs.xCurrentTime = fCurrentTime;
        g_vfs.xGetLastError = fGetLastError;
        if (g_vfs.iVersion >= 2)
            g_vfs.xCurrentTimeInt64 = fCurrentTimeInt64;
        return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    }();
    return installed;
}

void FaultyVfs::failWrites(Target target, int afterWrites, int code) {
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.writes = Fault{true, target, afterWrites, code ? code : SQLITE_IOERR_WRITE};
}

void FaultyVfs::failSyncs(Target target, int afterSyncs, int code) {
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.syncs = Fault{true, target, afterSyncs, code ? code : SQLITE_IOERR_FSYNC};
}

void FaultyVfs::fillDisk(qint64 bytesLeft) {
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.diskLimited = true;
    s.bytesLeft = bytesLeft;
}

void FaultyVfs::reset() {
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.writes = Fault{};
    s.syncs = Fault{};
    s.diskLimited = false;
    s.bytesLeft = 0;
    s.failures = 0;
}

int FaultyVfs::failures() {
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.failures;
}

} // namespace md::test
