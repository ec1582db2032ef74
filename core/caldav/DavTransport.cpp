#include "caldav/DavTransport.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>

#include <memory>
#include <optional>

namespace md {

namespace {

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

DavTransport::DavTransport()
    : m_manager(std::make_unique<QNetworkAccessManager>()) {}

DavTransport::~DavTransport() = default;

void DavTransport::setCredentials(const QString& user, const SecureBytes& password) {
    m_user = user;
    m_password = SecureBytes(password.data(), password.size());
}

Status DavTransport::checkSecure(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The server address is not valid; give it as "
                                                     "https://calendar.example.com/."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return makeError(ErrorCode::Refused,
                         tr("MentorDesk connects to calendar servers only over a secure "
                            "connection, so that your password is never sent in clear text. "
                            "Use the server's https:// address."));
    return makeError(ErrorCode::InvalidInput, tr("The server address must start with https://."));
}

void DavTransport::send(const DavRequest& request, Done done) {
    if (Status secure = checkSecure(request.url); !secure) {
        done(secure.error());
        return;
    }
    QNetworkRequest http(request.url);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setTransferTimeout(m_timeoutMs);
    // Every CalDAV server answers without cookies or caches; none are kept.
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto& [header, value] : request.headers)
        http.setRawHeader(header, value);
    if (!m_user.isEmpty()) {
        // Qt keeps header values in plain QByteArrays; the password is
        // copied out of secure memory only for the request being built.
        QByteArray credentials = m_user.toUtf8() + ':' + m_password.view().toByteArray();
        http.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        credentials.fill('\0');
    }
    QNetworkReply* reply = m_manager->sendCustomRequest(http, request.method, request.body);
    const QUrl url = request.url;
    QObject::connect(reply, &QNetworkReply::finished, m_manager.get(),
                     [this, reply, url, done = std::move(done)]() {
                         reply->deleteLater();
                         done(finish(reply, url));
                     });
}

Result<DavResponse> DavTransport::exchange(const DavRequest& request) {
    // The answer may come after this call returned (the thread's event loops
    // were told to quit: a background sync stopped by locking), so the
    // callback holds its own reference to where the answer goes.
    auto answer = std::make_shared<std::optional<Result<DavResponse>>>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    send(request, [answer, waiting](Result<DavResponse> result) {
        answer->emplace(std::move(result));
        if (waiting)
            waiting->quit();
    });
    if (!answer->has_value())
        loop.exec(); // returns at once when the thread is stopping
    if (!answer->has_value())
        return makeError(ErrorCode::Io,
                         tr("The calendar sync was stopped before %1 answered. Changes wait "
                            "in the workspace and go out on the next sync.")
                             .arg(request.url.host()));
    return std::move(answer->value());
}

Result<DavResponse> DavTransport::finish(QNetworkReply* reply, const QUrl& url) const {
    const QString server = url.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (status == 401)
        return makeError(
            ErrorCode::WrongKey,
            tr("The calendar server %1 did not accept the user name or password.").arg(server));
    if (status == 0) {
        switch (error) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            return makeError(ErrorCode::Crypto,
                             tr("The secure connection to %1 failed: its certificate is not "
                                "valid or not trusted (%2). Check the address; if it is "
                                "right, the server's administrator must renew or fix the "
                                "certificate.")
                                 .arg(server, reply->errorString()));
        default:
            return makeError(ErrorCode::Io,
                             tr("The calendar server %1 cannot be reached (%2). Changes wait "
                                "in the workspace and go out on the next sync.")
                                 .arg(server, reply->errorString()));
        }
    }
    DavResponse response;
    response.status = status;
    response.url = url;
    response.body = reply->readAll();
    response.etag = reply->rawHeader("ETag");
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        response.location = url.resolved(QUrl::fromEncoded(location));
    return response;
}

} // namespace md
