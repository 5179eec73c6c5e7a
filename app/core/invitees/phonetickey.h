#pragma once

#include <QString>

// A key under which a name is found whichever script it was typed in: "Geeta Nishad", "गीता
// निषाद" and "Gita Nishaad" all give "git nisad". Devanagari is first written in Latin letters by
// ICU's transliterator (Devanagari-Latin, Latin-ASCII), after the inherent vowels Hindi does not
// pronounce are dropped (schwa deletion: कमलेश → kamlesh, not kamalesha); then the usual spelling
// variants are folded on both sides: long and short vowels (ee/i, aa/a, oo/u), aspirates (kh/k,
// th/t, bh/b), sh/s, v/w, z/j, ph/f, x/ks, doubled letters, and a word's final "a".
//
// Keys are stored beside the name (InviteeRepository::searchText), so a search is the same one
// LIKE over one column it always was. Thread-safe.
namespace PhoneticKey {
// The key of `text`: one key per word, separated by single spaces (empty when nothing is left).
QString of(const QString &text);
} // namespace PhoneticKey
