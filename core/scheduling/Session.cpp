#include "scheduling/Session.h"

#include <QCoreApplication>
#include <QUuid>

namespace md {

QString sessionFormatKey(SessionFormat format) {
    switch (format) {
    case SessionFormat::InPerson:
        return QStringLiteral("in_person");
    case SessionFormat::Video:
        return QStringLiteral("video");
    case SessionFormat::Phone:
        return QStringLiteral("phone");
    }
    return QStringLiteral("video");
}

bool sessionFormatFromKey(const QString& key, SessionFormat* format) {
    for (SessionFormat candidate : allSessionFormats()) {
        if (sessionFormatKey(candidate) == key) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

QString sessionFormatLabel(SessionFormat format) {
    switch (format) {
    case SessionFormat::InPerson:
        return QCoreApplication::translate("md::Session", "In person");
    case SessionFormat::Video:
        return QCoreApplication::translate("md::Session", "Video call");
    case SessionFormat::Phone:
        return QCoreApplication::translate("md::Session", "Phone call");
    }
    return {};
}

QList<SessionFormat> allSessionFormats() {
    return {SessionFormat::InPerson, SessionFormat::Video, SessionFormat::Phone};
}

QString sessionStatusKey(SessionStatus status) {
    switch (status) {
    case SessionStatus::Planned:
        return QStringLiteral("planned");
    case SessionStatus::Held:
        return QStringLiteral("held");
    case SessionStatus::CancelledByClient:
        return QStringLiteral("cancelled_client");
    case SessionStatus::CancelledByMentor:
        return QStringLiteral("cancelled_mentor");
    case SessionStatus::NoShow:
        return QStringLiteral("no_show");
    }
    return QStringLiteral("planned");
}

bool sessionStatusFromKey(const QString& key, SessionStatus* status) {
    for (SessionStatus candidate : allSessionStatuses()) {
        if (sessionStatusKey(candidate) == key) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString sessionStatusLabel(SessionStatus status) {
    switch (status) {
    case SessionStatus::Planned:
        return QCoreApplication::translate("md::Session", "Planned");
    case SessionStatus::Held:
        return QCoreApplication::translate("md::Session", "Held");
    case SessionStatus::CancelledByClient:
        return QCoreApplication::translate("md::Session", "Cancelled by the client");
    case SessionStatus::CancelledByMentor:
        return QCoreApplication::translate("md::Session", "Cancelled by the mentor");
    case SessionStatus::NoShow:
        return QCoreApplication::translate("md::Session", "No-show");
    }
    return {};
}

QList<SessionStatus> allSessionStatuses() {
    return {SessionStatus::Planned, SessionStatus::Held, SessionStatus::CancelledByClient,
            SessionStatus::CancelledByMentor, SessionStatus::NoShow};
}

bool statusNeedsStart(SessionStatus status) {
    return status == SessionStatus::Held || status == SessionStatus::NoShow;
}

bool isCancelledStatus(SessionStatus status) {
    return status == SessionStatus::CancelledByClient || status == SessionStatus::CancelledByMentor;
}

QDateTime cancellationTimeToStore(const Session& session, bool wasCancelled,
                                  const QDateTime& storedUtc, const QDateTime& nowUtc) {
    if (!session.isCancelled())
        return {};
    if (session.cancelledUtc.isValid())
        return session.cancelledUtc.toUTC();
    // A session cancelled before its time was recorded stays unknown: stamping
    // it now, after its start, would make it late.
    if (wasCancelled)
        return storedUtc.isValid() ? storedUtc.toUTC() : QDateTime();
    return nowUtc.toUTC();
}

QString newSessionUid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@mentordesk");
}

} // namespace md
