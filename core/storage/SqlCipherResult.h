#pragma once

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace md {

class SqlCipherDriver;

// One prepared statement. Rows are read lazily from SQLite and kept so that
// models can seek backwards; a forward-only query keeps just the current row.
class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QSqlRecord record() const override { return m_record; }
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;
    QVariant handle() const override { return {}; }

private:
    sqlite3* db() const;
    void finalize();
    bool bindValues();
    bool stepOneRow();
    void buildRecord();
    QVariant columnValue(int column) const;

    sqlite3_stmt* m_stmt = nullptr;
    QByteArray m_sql;
    QSqlRecord m_record;
    QList<QVariantList> m_rows;
    int m_firstCachedRow = 0;
    bool m_exhausted = true;
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

} // namespace md
