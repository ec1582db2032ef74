#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace md {

// Where a client stands with the mentor. The storage keys are fixed; labels are
// translated separately (clientStatusLabel).
enum class ClientStatus { Prospect, Active, Paused, Former };

QString clientStatusKey(ClientStatus status);
bool clientStatusFromKey(const QString& key, ClientStatus* status);
QString clientStatusLabel(ClientStatus status);
QList<ClientStatus> allClientStatuses();

// A mentee profile, as the mentor keeps it.
struct Client {
    qint64 id = 0; // 0 until stored
    QString fullName;
    QString preferredName;
    QString email;
    QString phone;
    QString organisation;
    QString role;
    QString timeZone;       // IANA id, e.g. "Europe/Berlin"; empty = the mentor's own
    QString referralSource; // how they found the mentor
    // The language of the client's agreements, invoices and summaries, one of
    // DocumentLanguage::codes(); empty = the mentor's document language.
    QString documentLanguage;
    QString background;
    QString strengths;
    QString weaknesses;
    QString aspirations;
    QString keepDoing;
    QString startDoing;
    QString stopDoing;
    QStringList tags;
    ClientStatus status = ClientStatus::Prospect;
    bool archived = false;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    // Set once the client was erased: the row is then only the anonymous
    // label their kept invoices point to.
    QDateTime erasedUtc;

    bool isErased() const { return erasedUtc.isValid(); }
    QString displayName() const { return preferredName.isEmpty() ? fullName : preferredName; }
};

// What the client list shows of a client: no profile texts, so a list of
// thousands of clients holds a few hundred bytes per row and is read from
// the covering index clients_list alone.
struct ClientListRow {
    qint64 id = 0;
    QString fullName;
    QString preferredName;
    QString email;
    QString organisation;
    QString role;
    QStringList tags;
    ClientStatus status = ClientStatus::Prospect;
    bool archived = false;
    QDateTime updatedUtc;
};

// Which clients a list holds.
struct ClientFilter {
    bool includeArchived = false;
};

} // namespace md
