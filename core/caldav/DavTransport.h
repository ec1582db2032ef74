#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace md {

struct DavRequest {
    QByteArray method; // PROPFIND, REPORT, PUT, …
    QUrl url;
    QByteArray body;
    QByteArray contentType = "application/xml; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers; // Depth, If-Match, …
};

struct DavResponse {
    int status = 0;
    QByteArray body;
    QByteArray etag; // the ETag header, quotes kept; empty when none
    QUrl location;   // a redirect's target, resolved
    QUrl url;        // where the request went
};

// HTTP for CalDAV over Qt Network, with the account's user and password
// (Basic authentication, sent with every request so a wrong password is a
// plain 401 rather than a prompt).
//
// Only answers that mean "the request did not reach a CalDAV resource" are
// errors: the server unreachable (Io), a certificate problem (Crypto), a
// wrong user or password (WrongKey), an http:// address that is not on this
// computer (Refused). Every HTTP status, 4xx and 5xx included, comes back as
// a DavResponse for the caller to judge.
class DavTransport final {
    Q_DECLARE_TR_FUNCTIONS(md::DavTransport)
public:
    using Done = std::function<void(Result<DavResponse>)>;

    DavTransport();
    ~DavTransport();
    DavTransport(const DavTransport&) = delete;
    DavTransport& operator=(const DavTransport&) = delete;

    void setCredentials(const QString& user, const SecureBytes& password);
    // How long one request may take without any traffic (default 30 s).
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

    // Refused unless `url` is https://, or http:// to a loopback address
    // (the tests' local server): a password never travels in clear text.
    static Status checkSecure(const QUrl& url);

    // Sends and calls `done` from the event loop when the answer is in.
    void send(const DavRequest& request, Done done);
    // Sends and waits for the answer in a local event loop.
    Result<DavResponse> exchange(const DavRequest& request);

private:
    Result<DavResponse> finish(QNetworkReply* reply, const QUrl& url) const;

    std::unique_ptr<QNetworkAccessManager> m_manager;
    QString m_user;
    SecureBytes m_password;
    int m_timeoutMs = 30000;
};

} // namespace md
