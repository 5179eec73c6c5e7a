// The Sammelan schema, one migration per version. Never edit a shipped step: add a new one.
//
// Types and syntax stay portable to PostgreSQL where that costs nothing (TEXT, INTEGER, REAL,
// partial and expression unique indexes); dates are ISO 8601 text, times are UTC ISO 8601 text.
// CHECK constraints avoid "x IN (a, b, c)": SQLite evaluates such a list through a temporary
// b-tree opened for every row written, which made bulk imports a third slower.

#include "storage/database.h"
#include "storage/databaseerrors.h"
#include "invitees/inviteerepository.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QList<Migration> buildMigrations()
{
    Migration v1;
    v1.toVersion = 1;
    v1.statements = QStringList{
        // Product categories / sectors: shared by invitees, stalls and export records.
        QStringLiteral(
            "CREATE TABLE sectors ("
            " id INTEGER PRIMARY KEY,"
            " name_en TEXT NOT NULL CHECK (name_en <> ''),"
            " name_hi TEXT NOT NULL DEFAULT '',"
            " color TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX sectors_name_en ON sectors (lower(name_en))"),

        QStringLiteral(
            "CREATE TABLE events ("
            " id INTEGER PRIMARY KEY,"
            " name_en TEXT NOT NULL DEFAULT '',"
            " name_hi TEXT NOT NULL DEFAULT '',"
            " start_date TEXT NOT NULL,"
            " end_date TEXT NOT NULL,"
            " venue TEXT NOT NULL DEFAULT '',"
            " organiser TEXT NOT NULL DEFAULT '',"
            " notes TEXT NOT NULL DEFAULT '',"
            " is_demo INTEGER NOT NULL DEFAULT 0,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " CHECK (name_en <> '' OR name_hi <> ''),"
            " CHECK (end_date >= start_date))"),

        QStringLiteral(
            "CREATE TABLE invitees ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL CHECK (name <> ''),"
            " designation TEXT NOT NULL DEFAULT '',"
            " enterprise TEXT NOT NULL DEFAULT '',"
            " sector_id INTEGER REFERENCES sectors (id) ON DELETE SET NULL,"
            " mobile TEXT NOT NULL CHECK (length(mobile) = 10),"
            " alt_phone TEXT NOT NULL DEFAULT '',"
            " email TEXT,"             // NULL when absent, so the unique index ignores it
            " address TEXT NOT NULL DEFAULT '',"
            " pin TEXT NOT NULL DEFAULT '',"
            " gstin TEXT,"             // NULL when absent
            " udyam TEXT,"             // NULL when absent
            " iec TEXT NOT NULL DEFAULT '',"
            // 0 not yet exporting, 1 direct exporter, 2 exports through a merchant exporter
            " exporter_status INTEGER NOT NULL DEFAULT 0 CHECK (exporter_status BETWEEN 0 AND 2),"
            " export_share INTEGER CHECK (export_share BETWEEN 0 AND 100),"
            " notes TEXT NOT NULL DEFAULT '',"
            // Folded copy of the searchable fields (see textfold.h), so search is one LIKE.
            " search_text TEXT NOT NULL DEFAULT '',"
            " is_demo INTEGER NOT NULL DEFAULT 0,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX invitees_mobile ON invitees (mobile)"),
        QStringLiteral("CREATE UNIQUE INDEX invitees_gstin ON invitees (gstin) WHERE gstin IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX invitees_udyam ON invitees (udyam) WHERE udyam IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX invitees_email ON invitees (lower(email)) WHERE email IS NOT NULL"),
        // The list sorts by name unless told otherwise: walking this index gives the first
        // screen without sorting every invitee. (Other sort keys and the sector filter scan;
        // every further index would slow large imports down.)
        QStringLiteral("CREATE INDEX invitees_name ON invitees (lower(name))"),

        // One row per event and invitee; the current status and when it last changed.
        QStringLiteral(
            "CREATE TABLE invitations ("
            " id INTEGER PRIMARY KEY,"
            " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
            " invitee_id INTEGER NOT NULL REFERENCES invitees (id) ON DELETE CASCADE,"
            " status TEXT NOT NULL DEFAULT 'not_invited' CHECK (status = 'not_invited'"
            "  OR status = 'invited' OR status = 'confirmed' OR status = 'declined'"
            "  OR status = 'attended' OR status = 'nominated'),"
            " nominated_event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,"
            " status_changed_at TEXT NOT NULL,"
            " UNIQUE (event_id, invitee_id))"),
        QStringLiteral("CREATE INDEX invitations_invitee ON invitations (invitee_id)"),
        QStringLiteral("CREATE INDEX invitations_event_status ON invitations (event_id, status)"),
        // Every status change, with its time: the history behind invitations.status.
        QStringLiteral(
            "CREATE TABLE invitation_changes ("
            " id INTEGER PRIMARY KEY,"
            " invitation_id INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,"
            " status TEXT NOT NULL,"
            " nominated_event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,"
            " changed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX invitation_changes_invitation ON invitation_changes (invitation_id)"),

        QStringLiteral(
            "CREATE TABLE halls ("
            " id INTEGER PRIMARY KEY,"
            " event_id INTEGER NOT NULL UNIQUE REFERENCES events (id) ON DELETE CASCADE,"
            " name TEXT NOT NULL DEFAULT '',"
            " width_m REAL NOT NULL CHECK (width_m > 0),"
            " depth_m REAL NOT NULL CHECK (depth_m > 0))"),

        QStringLiteral(
            "CREATE TABLE stalls ("
            " id INTEGER PRIMARY KEY,"
            " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
            " code TEXT NOT NULL CHECK (code <> ''),"
            " x_m REAL NOT NULL DEFAULT 0,"
            " y_m REAL NOT NULL DEFAULT 0,"
            " width_m REAL NOT NULL CHECK (width_m > 0),"
            " depth_m REAL NOT NULL CHECK (depth_m > 0),"
            " sector_id INTEGER REFERENCES sectors (id) ON DELETE SET NULL,"
            " status TEXT NOT NULL DEFAULT 'free' CHECK (status = 'free' OR status = 'reserved'"
            "  OR status = 'allotted' OR status = 'blocked'),"
            " invitee_id INTEGER REFERENCES invitees (id) ON DELETE SET NULL,"
            " notes TEXT NOT NULL DEFAULT '',"
            " UNIQUE (event_id, code))"),
        QStringLiteral("CREATE INDEX stalls_invitee ON stalls (invitee_id)"),

        // Financial year by its first calendar year: 2020 is 2020-21.
        QStringLiteral(
            "CREATE TABLE export_records ("
            " id INTEGER PRIMARY KEY,"
            " fy_start INTEGER NOT NULL CHECK (fy_start BETWEEN 1947 AND 2200),"
            " country_code TEXT NOT NULL CHECK (length(country_code) = 2),"
            " sector_id INTEGER REFERENCES sectors (id) ON DELETE RESTRICT,"
            " value_crore REAL NOT NULL CHECK (value_crore >= 0),"
            " value_usd_million REAL CHECK (value_usd_million >= 0),"
            " is_demo INTEGER NOT NULL DEFAULT 0)"),
        // A NULL product category still counts once per year and country.
        QStringLiteral("CREATE UNIQUE INDEX export_records_key"
                       " ON export_records (fy_start, country_code, coalesce(sector_id, 0))"),

        // Per-database settings (district name, office), so a file carries its own letterhead.
        QStringLiteral(
            "CREATE TABLE settings ("
            " key TEXT PRIMARY KEY,"
            " value TEXT NOT NULL)"),
    };
    // Version 2: invitees are found across scripts. search_text gains the phonetic key of the
    // name (see InviteeRepository::searchText), recomputed here for every invitee.
    Migration v2;
    v2.toVersion = 2;
    // The list walks the name index in order; with search_text in the index entries, a search
    // is checked there, without reading the rows (with every field filled, five times the
    // pages), and a count scans only this narrow index.
    v2.statements = QStringList{QStringLiteral("DROP INDEX invitees_name"),
                                QStringLiteral("CREATE INDEX invitees_name ON invitees (lower(name), search_text)")};
    v2.code = [](QSqlDatabase &db, QString *error) {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        QSqlQuery write(db);
        if (!read.exec(QStringLiteral("SELECT id, name, enterprise, mobile, email, gstin FROM invitees"))
            || !write.prepare(QStringLiteral("UPDATE invitees SET search_text = ? WHERE id = ?"))) {
            *error = DatabaseErrors::describe(read.lastError().isValid() ? read.lastError() : write.lastError());
            return false;
        }
        while (read.next()) {
            Invitee v;
            v.name = read.value(1).toString();
            v.enterprise = read.value(2).toString();
            v.mobile = read.value(3).toString();
            v.email = read.value(4).toString();
            v.gstin = read.value(5).toString();
            write.bindValue(0, InviteeRepository::searchText(v));
            write.bindValue(1, read.value(0));
            if (!write.exec()) {
                *error = DatabaseErrors::describe(write.lastError());
                return false;
            }
        }
        return true;
    };
    // Version 3: check-ins per day. A conclave of two days checks its guests in each day;
    // the invitation's status says "attended" from the first. One row per event, person and
    // day: two desks scanning one badge at the same moment write it once.
    Migration v3;
    v3.toVersion = 3;
    v3.statements = QStringList{
        QStringLiteral(
            "CREATE TABLE checkins ("
            " id INTEGER PRIMARY KEY,"
            " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
            " invitee_id INTEGER NOT NULL REFERENCES invitees (id) ON DELETE CASCADE,"
            " day TEXT NOT NULL,"            // the desk's date, ISO 8601
            " checked_in_at TEXT NOT NULL,"  // UTC ISO 8601
            " desk TEXT NOT NULL DEFAULT '',"
            " UNIQUE (event_id, invitee_id, day))"),
        QStringLiteral("CREATE INDEX checkins_event_day ON checkins (event_id, day)"),
        QStringLiteral("CREATE INDEX checkins_invitee ON checkins (invitee_id)"),
        // Those already marked attended arrived on the day their status changed.
        QStringLiteral("INSERT INTO checkins (event_id, invitee_id, day, checked_in_at)"
                       " SELECT event_id, invitee_id, substr(status_changed_at, 1, 10), status_changed_at"
                       " FROM invitations WHERE status = 'attended'"),
    };
    // Version 4: badges remember that they were printed. Pre-printed badges were printed again
    // on the day and thrown away; one row per badge printed (or saved as PDF), so the print
    // dialog can say "already printed on 20 Sep" and offer only the missing ones.
    Migration v4;
    v4.toVersion = 4;
    v4.statements = QStringList{
        QStringLiteral(
            "CREATE TABLE badge_prints ("
            " id INTEGER PRIMARY KEY,"
            " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
            " invitee_id INTEGER NOT NULL REFERENCES invitees (id) ON DELETE CASCADE,"
            " printed_at TEXT NOT NULL,"     // UTC ISO 8601
            " layout TEXT NOT NULL DEFAULT '',"  // a6, 8up, a6-single
            " desk TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX badge_prints_event ON badge_prints (event_id, invitee_id)"),
        QStringLiteral("CREATE INDEX badge_prints_invitee ON badge_prints (invitee_id)"),
    };
    // Version 5: the office's correspondence (issue 17). Letters and certificates issued, each
    // numbered once (the number and date are kept: printing again reuses them); every dispatch of
    // a letter (printed, posted, each e-mail attempt with the server's reply, WhatsApp, SMS); the
    // templates of letters and messages per event and language; and the secret that signs
    // certificate numbers, made here once per database.
    //
    // The register is the office's record: a deleted event or invitee leaves its letters in it
    // (ON DELETE SET NULL; the addressee and event are kept as text).
    Migration v5;
    v5.toVersion = 5;
    v5.statements = QStringList{
        QStringLiteral(
            "CREATE TABLE letters ("
            " id INTEGER PRIMARY KEY,"
            " kind TEXT NOT NULL CHECK (kind = 'invitation' OR kind = 'reminder'"
            "  OR kind = 'certificate' OR kind = 'exhibitor_certificate'),"
            // Letters (invitations, reminders) share one running serial per financial year,
            // certificates have their own.
            " series TEXT NOT NULL CHECK (series = 'letter' OR series = 'certificate'),"
            " fy_start INTEGER NOT NULL CHECK (fy_start BETWEEN 1947 AND 2200),"
            " serial INTEGER NOT NULL CHECK (serial > 0),"
            " number TEXT NOT NULL CHECK (number <> ''),"
            " event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,"
            " invitee_id INTEGER REFERENCES invitees (id) ON DELETE SET NULL,"
            " issued_on TEXT NOT NULL,"          // the letter's date, ISO 8601
            " language TEXT NOT NULL DEFAULT '',"
            " addressee TEXT NOT NULL DEFAULT '',"  // as issued: name, designation, enterprise
            " subject TEXT NOT NULL DEFAULT '',"
            " event_name TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"         // UTC ISO 8601
            " desk TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX letters_number ON letters (number)"),
        QStringLiteral("CREATE UNIQUE INDEX letters_serial ON letters (series, fy_start, serial)"),
        // One letter of a kind per event and invitee: the number is given once.
        QStringLiteral("CREATE UNIQUE INDEX letters_once ON letters (kind, event_id, invitee_id)"),
        QStringLiteral("CREATE INDEX letters_invitee ON letters (invitee_id)"),
        QStringLiteral("CREATE INDEX letters_event ON letters (event_id, kind)"),
        QStringLiteral(
            "CREATE TABLE letter_dispatches ("
            " id INTEGER PRIMARY KEY,"
            " letter_id INTEGER NOT NULL REFERENCES letters (id) ON DELETE CASCADE,"
            " channel TEXT NOT NULL CHECK (channel = 'print' OR channel = 'post' OR channel = 'email'"
            "  OR channel = 'whatsapp' OR channel = 'sms'),"
            " address TEXT NOT NULL DEFAULT '',"  // the e-mail address or mobile number used
            " ok INTEGER NOT NULL DEFAULT 1 CHECK (ok = 0 OR ok = 1),"
            " reply TEXT NOT NULL DEFAULT '',"    // the mail server's reply, or why it failed
            " at TEXT NOT NULL,"                  // UTC ISO 8601
            " desk TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX letter_dispatches_letter ON letter_dispatches (letter_id, channel)"),
        QStringLiteral(
            "CREATE TABLE letter_templates ("
            " id INTEGER PRIMARY KEY,"
            " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL CHECK (kind = 'invitation' OR kind = 'reminder' OR kind = 'email'"
            "  OR kind = 'reminder_email' OR kind = 'message'),"
            " language TEXT NOT NULL CHECK (language = 'en' OR language = 'hi'),"
            " subject TEXT NOT NULL DEFAULT '',"
            " body TEXT NOT NULL DEFAULT '',"
            " template_id TEXT NOT NULL DEFAULT '',"  // bulk SMS: the registered (DLT) template id
            " updated_at TEXT NOT NULL,"
            " UNIQUE (event_id, kind, language))"),
    };
    v5.code = [](QSqlDatabase &db, QString *error) {
        // 256 random bits from the system's generator; a secret already there is kept (a file
        // restored into a newer program must keep verifying).
        QByteArray secret(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                             reinterpret_cast<quint32 *>(secret.data() + secret.size()));
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"))) {
            *error = DatabaseErrors::describe(q.lastError());
            return false;
        }
        q.addBindValue(QStringLiteral("certificate_secret"));
        q.addBindValue(QString::fromLatin1(secret.toHex()));
        if (!q.exec()) {
            *error = DatabaseErrors::describe(q.lastError());
            return false;
        }
        return true;
    };

    // Version 6: export data as the government keeps it (issue 18). Export records gain the
    // ITC(HS) code, quantity and unit, which currency was given (the other follows from the
    // year's exchange rate) and the exporter's IEC; a record is then one per year, country,
    // product, code and exporter. New tables: the yearly exchange rates, the HS chapters a
    // product sits under, targets per financial year, and the conclave report's typed text.
    Migration v6;
    v6.toVersion = 6;
    v6.statements = QStringList{
        // 2, 4, 6 or 8 digits; '' when not given.
        QStringLiteral("ALTER TABLE export_records ADD COLUMN hs_code TEXT NOT NULL DEFAULT ''"
                       " CHECK (hs_code = '' OR length(hs_code) = 2 OR length(hs_code) = 4"
                       " OR length(hs_code) = 6 OR length(hs_code) = 8)"),
        QStringLiteral("ALTER TABLE export_records ADD COLUMN quantity REAL CHECK (quantity >= 0)"),
        QStringLiteral("ALTER TABLE export_records ADD COLUMN unit TEXT NOT NULL DEFAULT ''"),
        // 0: only US$ was given; value_crore then holds 0 and the rupees follow from the rate.
        QStringLiteral("ALTER TABLE export_records ADD COLUMN inr_given INTEGER NOT NULL DEFAULT 1"
                       " CHECK (inr_given = 0 OR inr_given = 1)"),
        // The exporter by IEC, not by invitee id: the firm's figure stays its own when the
        // invitee is deleted, and a file that names exporters by IEC needs no invitee first.
        QStringLiteral("ALTER TABLE export_records ADD COLUMN exporter_iec TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("DROP INDEX export_records_key"),
        QStringLiteral("CREATE UNIQUE INDEX export_records_key ON export_records"
                       " (fy_start, country_code, coalesce(sector_id, 0), hs_code, exporter_iec)"),

        // ₹ per US$ for a financial year (the RBI reference rate, as the user enters it).
        QStringLiteral(
            "CREATE TABLE exchange_rates ("
            " fy_start INTEGER PRIMARY KEY CHECK (fy_start BETWEEN 1947 AND 2200),"
            " inr_per_usd REAL NOT NULL CHECK (inr_per_usd > 0),"
            " note TEXT NOT NULL DEFAULT '')"),

        // The HS chapters a product (sector) sits under, as the user set them; a product without
        // rows here is classified by its name (see HsChapters::guess).
        QStringLiteral(
            "CREATE TABLE product_chapters ("
            " sector_id INTEGER NOT NULL REFERENCES sectors (id) ON DELETE CASCADE,"
            " chapter TEXT NOT NULL CHECK (length(chapter) = 2),"
            " PRIMARY KEY (sector_id, chapter))"),

        // The District Export Action Plan's targets, ₹ crore: overall (no country, no product),
        // for one country or for one product.
        QStringLiteral(
            "CREATE TABLE export_targets ("
            " id INTEGER PRIMARY KEY,"
            " fy_start INTEGER NOT NULL CHECK (fy_start BETWEEN 1947 AND 2200),"
            " country_code TEXT NOT NULL DEFAULT '',"
            " sector_id INTEGER REFERENCES sectors (id) ON DELETE CASCADE,"
            " target_crore REAL NOT NULL CHECK (target_crore > 0),"
            " CHECK (country_code = '' OR sector_id IS NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX export_targets_key"
                       " ON export_targets (fy_start, country_code, coalesce(sector_id, 0))"),

        // What the committee decided at a conclave and what follows, typed for its report.
        QStringLiteral(
            "CREATE TABLE conclave_reports ("
            " event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,"
            " decisions TEXT NOT NULL DEFAULT '',"
            " follow_ups TEXT NOT NULL DEFAULT '',"
            " updated_at TEXT NOT NULL)"),
    };
    // Version 7: several desks on one database. No desk silently overwrites another's work.
    //
    // The pattern, for every table whose rows people edit (and every such table added later):
    //   version      INTEGER NOT NULL DEFAULT 1  — raised by one with every write of the row;
    //   changed_at   TEXT NOT NULL DEFAULT ''    — UTC ISO 8601 time of the last write;
    //   changed_desk TEXT NOT NULL DEFAULT ''    — the desk that made it (Settings: this desk's name);
    //   changed_user TEXT NOT NULL DEFAULT ''    — the login (OS user, or the server's current_user).
    // A repository reads the version with the record and writes "UPDATE … WHERE id = :id AND
    // version = :version" (SqlRow::update's extra WHERE; deletes the same): no row changed means
    // another desk wrote first, and the repository reports a Conflict with the row as it is now
    // (storage/rowversion.h). Each write also adds a line to `changes` (who, when, which fields,
    // old → new), in the same transaction, so an invitee's history says who changed what.
    // Version 6's export_targets follow the pattern; its other tables are keyed by what they
    // hold (exchange_rates by year, product_chapters by product and chapter, conclave_reports by
    // event) and written whole, the last writer's row standing, as a setting is. Version 5's
    // letter templates are written whole the same way; its letters and dispatches are a register
    // that is only added to (a letter's number is given once, by a unique index).
    Migration v7;
    v7.toVersion = 7;
    for (const char *table : {"events", "invitees", "invitations", "stalls", "halls", "export_records", "sectors",
                              "export_targets"}) {
        const QString name = QLatin1String(table);
        v7.statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(name)
                      << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''").arg(name)
                      << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_desk TEXT NOT NULL DEFAULT ''").arg(name)
                      << QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_user TEXT NOT NULL DEFAULT ''").arg(name);
    }
    v7.statements << QStringLiteral("UPDATE events SET changed_at = updated_at")
                  << QStringLiteral("UPDATE invitees SET changed_at = updated_at")
                  << QStringLiteral("UPDATE invitations SET changed_at = status_changed_at")
                  << QStringLiteral(
                         "CREATE TABLE changes ("
                         " id INTEGER PRIMARY KEY,"
                         " table_name TEXT NOT NULL,"
                         " row_id INTEGER NOT NULL,"
                         // insert, update, delete, restore (an undone delete)
                         " action TEXT NOT NULL,"
                         " changed_at TEXT NOT NULL,"  // UTC ISO 8601
                         " desk TEXT NOT NULL DEFAULT '',"
                         " user_name TEXT NOT NULL DEFAULT '',"
                         // One line per field: "column: old → new" (see ChangeLog)
                         " summary TEXT NOT NULL DEFAULT '')")
                  << QStringLiteral("CREATE INDEX changes_row ON changes (table_name, row_id)")
                  // The status history so far becomes the start of the changes (desk unknown).
                  << QStringLiteral("INSERT INTO changes (table_name, row_id, action, changed_at, summary)"
                                    " SELECT 'invitations', invitation_id, 'update', changed_at, 'status: ' || status"
                                    " FROM invitation_changes ORDER BY id");
    return {v1, v2, v3, v4, v5, v6, v7};
}

} // namespace

const QList<Migration> &Database::migrations()
{
    static const QList<Migration> steps = buildMigrations();
    return steps;
}

int Database::currentVersion()
{
    return migrations().constLast().toVersion;
}
