#include "settings/Settings.h"

#include "settings/InterfaceLanguage.h"

namespace md {

namespace {
struct Entry {
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

// The one table of keys and defaults.
const QList<Entry>& entries() {
    static const QList<Entry> table = {
        {Settings::Key::LastWorkspace, "workspace/last", QString()},
        {Settings::Key::IdleLockMinutes, "security/idleLockMinutes", 10},
        {Settings::Key::MainWindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::MainWindowState, "window/state", QByteArray()},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::BackupFolder, "backup/folder", QString()},
        {Settings::Key::BackupKeepDaily, "backup/keepDaily", 7},
        {Settings::Key::BackupKeepWeekly, "backup/keepWeekly", 4},
        {Settings::Key::BackupKeepMonthly, "backup/keepMonthly", 12},
        {Settings::Key::SidebarCollapsed, "window/sidebarCollapsed", false},
        {Settings::Key::Theme, "ui/theme", QStringLiteral("system")},
    };
    return table;
}

const Entry& entryFor(Settings::Key key) {
    for (const Entry& entry : entries()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

Settings& Settings::instance() {
    static Settings settings;
    return settings;
}

QString Settings::keyName(Key key) {
    return QString::fromLatin1(entryFor(key).name);
}

QVariant Settings::defaultValue(Key key) {
    return entryFor(key).defaultValue;
}

QVariant Settings::value(Key key) const {
    const QVariant stored = m_settings->value(keyName(key), defaultValue(key));
    const QMetaType type = defaultValue(key).metaType();
    QVariant converted = stored;
    if (type.isValid() && converted.canConvert(type))
        converted.convert(type);
    return converted;
}

void Settings::setValue(Key key, const QVariant& value) {
    if (m_settings->value(keyName(key)) == value)
        return;
    m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

QString Settings::interfaceLanguage() const {
    const QString code = value(Key::Language).toString();
    return isInterfaceLanguage(code) ? code : QString();
}

bool Settings::setInterfaceLanguage(const QString& code) {
    if (!code.isEmpty() && !isInterfaceLanguage(code))
        return false;
    setValue(Key::Language, code);
    return true;
}

ThemeChoice Settings::theme() const {
    return themeChoiceFromKey(value(Key::Theme).toString()).value_or(ThemeChoice::System);
}

void Settings::setTheme(ThemeChoice theme) {
    setValue(Key::Theme, themeChoiceKey(theme));
}

} // namespace md
