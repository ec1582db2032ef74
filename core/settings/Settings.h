#pragma once

#include "settings/ThemeChoice.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace md {

// Typed application settings with all defaults in one table (Settings.cpp).
// Nothing secret is ever stored here. Widgets use these accessors, never raw
// QSettings keys. Tests construct one on a temporary file.
class Settings final : public QObject {
    Q_OBJECT
public:
    enum class Key {
        LastWorkspace,      // QString: folder of the last opened workspace
        IdleLockMinutes,    // int: lock after this many idle minutes; 0 = never
        MainWindowGeometry, // QByteArray
        MainWindowState,    // QByteArray
        Language,           // QString: an interfaceLanguages() code; empty = system
        BackupFolder,       // QString: where backups go; empty = beside the workspace
        BackupKeepDaily,    // int: automatic backups kept, one per day
        BackupKeepWeekly,   // int: … one per week
        BackupKeepMonthly,  // int: … one per month
        SidebarCollapsed,   // bool: the main window's areas shown as icons only
        Theme,              // QString: themeChoiceKey(), "system" by default
    };
    Q_ENUM(Key)

    // The application-wide instance (QSettings in the usual platform place).
    static Settings& instance();
    // A settings object on a given INI file, for tests.
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    static QVariant defaultValue(Key key);

    QString lastWorkspace() const { return value(Key::LastWorkspace).toString(); }
    void setLastWorkspace(const QString& dir) { setValue(Key::LastWorkspace, dir); }
    int idleLockMinutes() const { return value(Key::IdleLockMinutes).toInt(); }
    void setIdleLockMinutes(int minutes) { setValue(Key::IdleLockMinutes, minutes); }
    QByteArray mainWindowGeometry() const { return value(Key::MainWindowGeometry).toByteArray(); }
    void setMainWindowGeometry(const QByteArray& g) { setValue(Key::MainWindowGeometry, g); }
    QByteArray mainWindowState() const { return value(Key::MainWindowState).toByteArray(); }
    void setMainWindowState(const QByteArray& s) { setValue(Key::MainWindowState, s); }
    // The chosen interface language's code, or empty for the system's (also
    // when the file holds a language MentorDesk has no catalogue for).
    QString interfaceLanguage() const;
    // Refuses (returns false, stores nothing) a code not in interfaceLanguages().
    bool setInterfaceLanguage(const QString& code);
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

Q_SIGNALS:
    void changed(md::Settings::Key key);

private:
    Settings();
    static QString keyName(Key key);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace md
