#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>
#include <QVarLengthArray>
#include <optional>

// Who holds each identifying key of an invitee (a mobile, GSTIN, Udyam number or email) while a
// file is checked: an invitee already in the database, or an earlier row of the file.
//
// Built for hundreds of thousands of keys: their text lies in one buffer and the table is open
// addressing with slots of 24 bytes, so a key costs about 70 bytes and a lookup allocates
// nothing. (A QHash with QString keys, sized from a guess at the file's rows, took 100 MiB and
// an eighth of an import's time for 100,000 rows.) A lookup in a table of that size waits for
// memory, not for the processor: a row's keys are prefetched together, so their waits overlap.
class KeyIndex final
{
public:
    struct Owner {
        qint64 id = 0; // an invitee in the database
        int row = -1;  // or an earlier row of the file (its index)
    };

    // A key as it is stored and compared, made once for its lookup and insert: the kind (the
    // same text as a mobile and as an email are different keys), then the text in UTF-8, in
    // lower case when `foldCase` (emails).
    class Key
    {
    public:
        Key() = default;
        Key(int kind, QStringView text, bool foldCase = false);
        QByteArrayView bytes() const { return QByteArrayView(m_bytes.constData(), m_bytes.size()); }
        quint64 hash() const { return m_hash; }

    private:
        QVarLengthArray<char, 40> m_bytes;
        quint64 m_hash = 0;
    };

    // Room for `keys` keys without growing.
    void reserve(qsizetype keys);
    qsizetype size() const { return m_size; }

    // Asks the processor to fetch the key's slot ahead of find() or insert().
    void prefetch(const Key &key) const;
    std::optional<Owner> find(const Key &key) const;
    // Adds the key with its owner; a key already held keeps its first owner.
    void insert(const Key &key, Owner owner);

private:
    struct Slot {
        quint64 hash;
        quint32 offset; // of the key's bytes in m_keys
        quint32 length; // 0: an empty slot
        qint64 owner;   // id (> 0), or -(row + 1)
    };
    qsizetype findSlot(const Key &key) const;
    void grow();

    QList<Slot> m_slots; // a power of two in size, at most half full
    QByteArray m_keys;
    qsizetype m_size = 0;
};
