#!/usr/bin/env python3
"""Fills the English plural forms of translations/sammelan_en.ts.

    translations/fill_en_plurals.py translations/sammelan_en.ts

English needs a catalogue only for tr("... %n stall(s)", nullptr, n): without one Qt shows the
"(s)". Each unfinished plural message gets its singular ("(s)" dropped) and plural ("(s)" -> "s")
form; the few that need other words are listed below. Run after update_translations.
"""
import sys
import xml.etree.ElementTree as ET

SPECIAL = {
    '%n stalls selected': ('%n stall selected', '%n stalls selected'),
    '%n of the selected stalls are allotted. Delete them all?':
        ('%n of the selected stalls is allotted. Delete them all?',
         '%n of the selected stalls are allotted. Delete them all?'),
    '%Ln of these badges were already printed (last on %1).':
        ('%Ln of these badges was already printed (last on %1).',
         '%Ln of these badges were already printed (last on %1).'),
}


def main():
    path = sys.argv[1]
    tree = ET.parse(path)
    filled = 0
    for m in tree.getroot().iter('message'):
        tr = m.find('translation')
        if m.get('numerus') != 'yes' or tr.get('type') != 'unfinished':
            continue
        source = m.find('source').text
        forms = SPECIAL.get(source, (source.replace('(s)', ''), source.replace('(s)', 's')))
        for f in list(tr):
            tr.remove(f)
        tr.text = None
        del tr.attrib['type']
        for form in forms:
            ET.SubElement(tr, 'numerusform').text = form
        filled += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{filled} plural messages filled')


if __name__ == '__main__':
    main()
