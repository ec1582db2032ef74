#pragma once

#include "domain/Client.h"

#include <QString>
#include <QStringList>

namespace md {

// A person as another tool exported them (a CSV row, a vCard), before they
// become a client profile. Several addresses and numbers are kept in order,
// the preferred one first.
struct ImportedContact {
    int line = 0; // where the record starts in the file
    QString fullName;
    QString givenName;
    QString middleName;
    QString familyName;
    QString nickname;
    QStringList emails;
    QStringList phones;
    QString organisation;
    QString role;
    QString timeZone;
    QString source;
    QString note;
    QStringList tags;

    // The client profile: the full name (or the parts joined), the first
    // address and number; further ones are kept in the background notes.
    Client toClient() const;
};

} // namespace md
