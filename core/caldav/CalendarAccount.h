#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace md {

// The mentor's CalDAV account as stored in the workspace (the password is
// read on its own, into secure memory: CalendarSyncService).
struct CalendarAccount {
    QUrl serverUrl; // as the mentor gave it
    QString user;
    QUrl calendarHomeUrl; // found by discovery
    QUrl calendarUrl;     // the calendar MentorDesk publishes to
    // SUMMARY "Mentoring session" plus the client's initials, or plus the
    // preferred name when the mentor chose so.
    bool summaryUsesPreferredName = false;
    QList<QUrl> busyCalendars;    // other calendars read as busy times
    bool busyTitlesShown = false; // their events' titles, or just "Busy"
    QString syncToken;
    QDateTime connectedUtc;
    QDateTime lastSyncUtc; // invalid before the first sync that reached the server
    QString lastError;     // in words; empty when the last sync went through
};

// One object MentorDesk put on the server.
struct PublishedObject {
    QString objectKey; // "series:<id>" or "session:<id>"
    QUrl url;
    QString uid;
    QByteArray etag;
    // What MentorDesk last wrote there (empty when not known): a change on
    // the server is told from one made in MentorDesk against it, and an
    // object queued again without a change is not sent again.
    QByteArray ics;
};

// One object waiting to be sent.
struct OutboxEntry {
    qint64 id = 0;
    QString objectKey;
    int attempts = 0;
    QString lastError;
};

// What the calendar area and `calendar status` show.
struct CalendarSyncStatus {
    bool connected = false;
    QUrl serverUrl;
    QString user;
    QUrl calendarUrl;
    QDateTime lastSyncUtc;
    int pendingChanges = 0;
    // Events changed or deleted on the server, waiting for the mentor's choice.
    int differences = 0;
    QString lastError;
};

} // namespace md
