#include "storage/SqlCipherResult.h"

#include "common/FaultInjection.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqliteInclude.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>

namespace md {

namespace {

QMetaType metaTypeForDeclared(const char* declared) {
    const QByteArray type = QByteArray(declared ? declared : "").toUpper();
    if (type.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (type.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver) {}

SqlCipherResult::~SqlCipherResult() {
    finalize();
}

sqlite3* SqlCipherResult::db() const {
    return static_cast<const SqlCipherDriver*>(driver())->connection();
}

void SqlCipherResult::finalize() {
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_rows.clear();
    m_firstCachedRow = 0;
    m_exhausted = true;
}

bool SqlCipherResult::reset(const QString& query) {
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query) {
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!driver() || !driver()->isOpen() || !db()) {
        setLastError(
            QSqlError(QStringLiteral("The database is not open."), {}, QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    m_sql = sql;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db(), sql.constData(), int(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setLastError(makeSqliteError(db(), QStringLiteral("Could not prepare the statement"),
                                     QSqlError::StatementError, rc));
        finalize();
        return false;
    }
    if (tail && *tail) {
        const QByteArray rest = QByteArray(tail).trimmed();
        if (!rest.isEmpty() && rest != ";") {
            setLastError(QSqlError(QStringLiteral("Could not prepare the statement"),
                                   QStringLiteral("Only one statement can be run at a time."),
                                   QSqlError::StatementError));
            finalize();
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::bindValues() {
    const QVariantList values = boundValues();
    const int expected = m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
    if (values.size() != expected) {
        setLastError(QSqlError(
            QStringLiteral("Parameter count mismatch"),
            QStringLiteral("%1 values bound, %2 expected").arg(values.size()).arg(expected),
            QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULongLong:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(m_stmt, index, qint64(value.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, index, bytes.constData(),
                                         sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QByteArray text =
                    value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
                rc =
                    sqlite3_bind_text64(m_stmt, index, text.constData(),
                                        sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc =
                    sqlite3_bind_text64(m_stmt, index, text.constData(),
                                        sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setLastError(makeSqliteError(db(), QStringLiteral("Could not bind a value"),
                                         QSqlError::StatementError, rc));
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec() {
    if (!m_stmt) {
        setLastError(
            QSqlError(QStringLiteral("No statement prepared"), {}, QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rows.clear();
    m_firstCachedRow = 0;
    m_exhausted = false;
    m_rowsAffected = -1;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!bindValues())
        return false;
    if (const int injected = FaultInjection::statementFault(m_sql)) {
        setLastError(QSqlError(QStringLiteral("Could not run the statement"),
                               QString::fromUtf8(sqlite3_errstr(injected)),
                               QSqlError::StatementError, QString::number(injected)));
        return false;
    }
    buildRecord();
    // Step once now so that errors (constraints, triggers) surface from exec()
    // and a statement without result columns runs to completion here.
    setLastError(QSqlError());
    if (!stepOneRow() && lastError().isValid())
        return false;
    setSelect(m_record.count() > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::stepOneRow() {
    if (m_exhausted || !m_stmt)
        return false;
    const int row = m_firstCachedRow + int(m_rows.size());
    if (const int injected = FaultInjection::stepFault(m_sql, row)) {
        m_exhausted = true;
        setLastError(QSqlError(QStringLiteral("Could not run the statement"),
                               QString::fromUtf8(sqlite3_errstr(injected)),
                               QSqlError::StatementError, QString::number(injected)));
        sqlite3_reset(m_stmt);
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        QVariantList row;
        const int columns = sqlite3_column_count(m_stmt);
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(columnValue(c));
        m_rows.append(row);
        return true;
    }
    m_exhausted = true;
    if (rc == SQLITE_DONE) {
        m_rowsAffected = sqlite3_changes(db());
        m_lastInsertId = sqlite3_last_insert_rowid(db());
        setLastError(QSqlError());
        sqlite3_reset(m_stmt); // releases read locks early
        return false;
    }
    setLastError(makeSqliteError(db(), QStringLiteral("Could not run the statement"),
                                 QSqlError::StatementError, rc));
    sqlite3_reset(m_stmt);
    return false;
}

QVariant SqlCipherResult::columnValue(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_stmt, column)));
    }
    case SQLITE_NULL:
        return QVariant(m_record.field(column).metaType());
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)));
    }
    }
}

void SqlCipherResult::buildRecord() {
    m_record.clear();
    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, c));
        const char* table = sqlite3_column_table_name(m_stmt, c);
        QSqlField field(name, metaTypeForDeclared(sqlite3_column_decltype(m_stmt, c)),
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
}

bool SqlCipherResult::fetch(int index) {
    if (index < 0 || !isActive() || !isSelect())
        return false;
    if (index < m_firstCachedRow)
        return false; // forward-only query: earlier rows are gone
    while (m_firstCachedRow + m_rows.size() <= index) {
        if (m_exhausted)
            return false;
        if (isForwardOnly() && !m_rows.isEmpty()) {
            m_firstCachedRow += int(m_rows.size());
            m_rows.clear();
        }
        if (!stepOneRow())
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst() {
    return fetch(0);
}

bool SqlCipherResult::fetchLast() {
    if (!isActive() || !isSelect())
        return false;
    while (!m_exhausted) {
        if (isForwardOnly() && m_rows.size() > 1) {
            m_firstCachedRow += int(m_rows.size()) - 1;
            m_rows.remove(0, m_rows.size() - 1);
        }
        if (!stepOneRow())
            break;
    }
    if (m_rows.isEmpty())
        return false;
    setAt(m_firstCachedRow + int(m_rows.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int field) {
    const int row = at() - m_firstCachedRow;
    if (row < 0 || row >= m_rows.size() || field < 0 || field >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(field);
}

bool SqlCipherResult::isNull(int field) {
    return data(field).isNull();
}

QVariant SqlCipherResult::lastInsertId() const {
    return m_lastInsertId ? QVariant(m_lastInsertId) : QVariant();
}

void SqlCipherResult::detachFromResultSet() {
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_exhausted = true;
}

} // namespace md
