#!/usr/bin/env python3
"""A real SMTP server for Sammelan's mail tests (Debian's python3-aiosmtpd), on 127.0.0.1.

    smtpserver.py --maildir DIR [--refuse ADDRESS]... [--drop ADDRESS]... [--user U --password P]

Listens on a free port and prints it as the first line on stdout. Every message it accepts is
written to DIR as NNN.eml (the raw bytes) and NNN.json (the envelope, and the message as
Python's email package reads it: decoded headers, parts, attachments saved as NNN-NAME).
--refuse answers RCPT TO for that address with 550; --drop closes the connection after the
client has sent the whole message, before answering it (a server that dies mid-send).
"""
import argparse
import asyncio
import email
import email.header
import email.policy
import json
import os
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, args):
        self.args = args
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.args.refuse:
            return '550 5.1.1 <%s>: Recipient address rejected: User unknown' % address
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        if any(r.lower() in self.args.drop for r in envelope.rcpt_tos):
            server.transport.abort()
            return '421 gone'
        self.count += 1
        stem = os.path.join(self.args.maildir, '%03d' % self.count)
        raw = envelope.original_content or envelope.content
        with open(stem + '.eml', 'wb') as f:
            f.write(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            info = {
                'content_type': part.get_content_type(),
                'charset': part.get_content_charset(),
                'transfer_encoding': part.get('Content-Transfer-Encoding', ''),
                'disposition': part.get_content_disposition(),
                'filename': part.get_filename(),
            }
            payload = part.get_payload(decode=True) or b''
            info['size'] = len(payload)
            if info['filename']:
                path = stem + '-' + os.path.basename(info['filename'])
                with open(path, 'wb') as f:
                    f.write(payload)
                info['saved'] = path
            else:
                info['text'] = payload.decode(info['charset'] or 'ascii', 'replace')
            parts.append(info)
        # Decoded as RFC 2047 says (whitespace between adjacent encoded words dropped), which is
        # how mail programs show them; the policy's parser keeps it in address headers.
        decoded = {}
        for key, value in email.message_from_bytes(raw, policy=email.policy.compat32).items():
            decoded[key] = str(email.header.make_header(email.header.decode_header(value)))
        summary = {
            'decoded_headers': decoded,
            'mail_from': envelope.mail_from,
            'rcpt_tos': envelope.rcpt_tos,
            'login': session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None,
            'headers': {k: str(v) for k, v in msg.items()},
            'raw_header_lines': [l.decode('ascii', 'replace') for l in raw.split(b'\r\n\r\n', 1)[0].split(b'\r\n')],
            'parts': parts,
        }
        with open(stem + '.json', 'w', encoding='utf-8') as f:
            json.dump(summary, f, ensure_ascii=False, indent=1)
        return '250 2.0.0 Ok: queued as SMN%03d' % self.count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--maildir', required=True)
    parser.add_argument('--refuse', action='append', default=[])
    parser.add_argument('--drop', action='append', default=[])
    parser.add_argument('--user')
    parser.add_argument('--password')
    args = parser.parse_args()
    args.refuse = [a.lower() for a in args.refuse]
    args.drop = [a.lower() for a in args.drop]
    os.makedirs(args.maildir, exist_ok=True)
    handler = Handler(args)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user
              and auth_data.password.decode() == args.password)
        # handled=False: aiosmtpd answers a refusal with 535 itself (True would leave it unanswered).
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    def factory():
        if args.user:
            return SMTP(handler, hostname='sammelan-test', auth_require_tls=False, auth_required=True,
                        authenticator=authenticator)
        return SMTP(handler, hostname='sammelan-test')

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(factory, host='127.0.0.1', port=0))
    print(server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    main()
