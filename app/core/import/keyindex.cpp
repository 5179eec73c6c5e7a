#include "import/keyindex.h"

#include <QHashFunctions>
#include <QString>

#include <cstring>

namespace {
// A 64-bit hash of a short byte string (8 bytes at a time, each mixed in by multiplication,
// then MurmurHash3's finaliser), seeded per process like Qt's own hashes.
quint64 hashBytes(const char *data, qsizetype size)
{
    static const quint64 seed = quint64(qGlobalQHashSeed()) * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL;
    quint64 h = seed ^ (quint64(size) * 0xff51afd7ed558ccdULL);
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        h = (h ^ word) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    if (i < size) {
        quint64 word = 0;
        std::memcpy(&word, data + i, size_t(size - i));
        h = (h ^ word) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
} // namespace

KeyIndex::Key::Key(int kind, QStringView text, bool foldCase)
{
    m_bytes.resize(text.size() + 1);
    m_bytes[0] = char(kind);
    qsizetype n = 1;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            // Not ASCII (no valid key is; it is compared exactly all the same).
            const QByteArray utf8 = (foldCase ? text.toString().toLower() : text.toString()).toUtf8();
            m_bytes.resize(utf8.size() + 1);
            std::memcpy(m_bytes.data() + 1, utf8.constData(), size_t(utf8.size()));
            n = m_bytes.size();
            break;
        }
        m_bytes[n++] = char(foldCase && u >= 'A' && u <= 'Z' ? u - 'A' + 'a' : u);
    }
    m_hash = hashBytes(m_bytes.constData(), n);
}

void KeyIndex::reserve(qsizetype keys)
{
    while (m_slots.size() < 2 * keys)
        grow();
}

void KeyIndex::prefetch(const Key &key) const
{
    if (!m_slots.isEmpty())
        __builtin_prefetch(m_slots.constData() + (qsizetype(key.hash()) & (m_slots.size() - 1)));
}

qsizetype KeyIndex::findSlot(const Key &key) const
{
    const QByteArrayView bytes = key.bytes();
    const qsizetype mask = m_slots.size() - 1;
    for (qsizetype i = qsizetype(key.hash()) & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots.at(i);
        if (s.length == 0)
            return i;
        if (s.hash == key.hash() && s.length == quint32(bytes.size())
            && std::memcmp(m_keys.constData() + s.offset, bytes.data(), size_t(bytes.size())) == 0)
            return i;
    }
}

std::optional<KeyIndex::Owner> KeyIndex::find(const Key &key) const
{
    if (m_slots.isEmpty())
        return std::nullopt;
    const Slot &s = m_slots.at(findSlot(key));
    if (s.length == 0)
        return std::nullopt;
    return s.owner > 0 ? Owner{s.owner, -1} : Owner{0, int(-s.owner - 1)};
}

void KeyIndex::insert(const Key &key, Owner owner)
{
    if (2 * (m_size + 1) > m_slots.size())
        grow();
    Slot &s = m_slots[findSlot(key)];
    if (s.length != 0)
        return;
    const QByteArrayView bytes = key.bytes();
    s.hash = key.hash();
    s.offset = quint32(m_keys.size());
    s.length = quint32(bytes.size());
    s.owner = owner.row >= 0 ? -(qint64(owner.row) + 1) : owner.id;
    m_keys.append(bytes.data(), bytes.size());
    ++m_size;
}

void KeyIndex::grow()
{
    const QList<Slot> old = std::exchange(m_slots, QList<Slot>(qMax<qsizetype>(64, m_slots.size() * 2), Slot{0, 0, 0, 0}));
    const qsizetype mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.length == 0)
            continue;
        qsizetype i = qsizetype(s.hash) & mask;
        while (m_slots.at(i).length != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}
