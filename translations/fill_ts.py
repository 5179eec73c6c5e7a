#!/usr/bin/env python3
"""Fills translations of a Qt .ts file.

    translations/fill_ts.py translations/sammelan_hi.ts SOURCE...

Each SOURCE is either a .ts file (its finished translations are taken, e.g. the other side of a
merge) or a TSV file of lines 'source<TAB>translation' or 'Context::source<TAB>translation'
(\\n stands for a line break; plural forms are separated by ' || '). Only messages that exist in
the target are filled; it prints the messages that are still unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def load_table(paths):
    table = {}
    for path in paths:
        if path.endswith('.ts'):
            for ctx in ET.parse(path).getroot().iter('context'):
                name = ctx.find('name').text
                for m in ctx.iter('message'):
                    tr = m.find('translation')
                    if tr is None or tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
                        continue
                    forms = [f.text or '' for f in tr.findall('numerusform')]
                    value = ' || '.join(forms) if forms else (tr.text or '')
                    if value:
                        table[f"{name}::{m.find('source').text}"] = value
            continue
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            src, tr = line.split('\t', 1)
            table[src.replace('\\n', '\n')] = tr.replace('\\n', '\n')
    return table


def main():
    target, sources = sys.argv[1], sys.argv[2:]
    table = load_table(sources)
    tree = ET.parse(target)
    missing = []
    for ctx in tree.getroot().iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            src = m.find('source').text
            tr = m.find('translation')
            value = table.get(f'{name}::{src}', table.get(src))
            if value is None:
                if tr.get('type') == 'unfinished':
                    missing.append(f'{name}::{src}')
                continue
            if m.get('numerus') == 'yes':
                for f in list(tr):
                    tr.remove(f)
                tr.text = None
                for form in value.split(' || '):
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                tr.text = value
            tr.attrib.pop('type', None)
    ET.indent(tree, space='    ')
    with open(target, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8')
        f.write(b'\n')
    for key in missing:
        print('unfinished:', repr(key))
    print(f'{len(missing)} unfinished')


if __name__ == '__main__':
    main()
