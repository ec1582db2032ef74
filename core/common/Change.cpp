#include "common/Change.h"

#include <algorithm>

namespace md {

ChangeSet ChangeSet::externalChange() {
    ChangeSet set;
    set.m_external = true;
    return set;
}

void ChangeSet::add(RecordKind kind, ChangeOp op, qint64 id) {
    const Change change{kind, op, id};
    if (!m_changes.contains(change))
        m_changes.append(change);
}

void ChangeSet::merge(const ChangeSet& other) {
    m_external = m_external || other.m_external;
    for (const Change& change : other.m_changes)
        add(change.kind, change.op, change.id);
}

bool ChangeSet::touches(RecordKind kind) const {
    return m_external || std::any_of(m_changes.cbegin(), m_changes.cend(),
                                     [kind](const Change& c) { return c.kind == kind; });
}

bool ChangeSet::touchesAny(std::initializer_list<RecordKind> kinds) const {
    return std::any_of(kinds.begin(), kinds.end(), [this](RecordKind k) { return touches(k); });
}

QSet<qint64> ChangeSet::ids(RecordKind kind) const {
    QSet<qint64> found;
    for (const Change& change : m_changes)
        if (change.kind == kind)
            found.insert(change.id);
    return found;
}

QSet<qint64> ChangeSet::ids(RecordKind kind, ChangeOp op) const {
    QSet<qint64> found;
    for (const Change& change : m_changes)
        if (change.kind == kind && change.op == op)
            found.insert(change.id);
    return found;
}

bool ChangeSet::removed(RecordKind kind, qint64 id) const {
    bool gone = false;
    for (const Change& change : m_changes) {
        if (change.kind != kind || change.id != id)
            continue;
        gone = change.op == ChangeOp::Removed;
    }
    return gone;
}

} // namespace md
