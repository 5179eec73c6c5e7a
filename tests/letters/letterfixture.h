#pragma once

#include "testdb.h"
#include "events/eventrepository.h"
#include "invitees/invitationrepository.h"
#include "invitees/inviteerepository.h"
#include "letters/officedetails.h"
#include "stalls/stallrepository.h"

#include <QImage>
#include <QBuffer>
#include <QTest>

// A small conclave for the letters' tests: one event of two days and six invitees, two of them
// with Hindi names, at every status that matters, one with a stall.
struct LetterFixture {
    TestDb db;
    Event event;
    qint64 ramesh = 0; // invited, e-mail, English
    qint64 seema = 0;  // confirmed, e-mail, Hindi name
    qint64 anil = 0;   // invited, no e-mail
    qint64 priya = 0;  // declined
    qint64 mohan = 0;  // attended, stall A-01
    qint64 kiran = 0;  // attended, Hindi name, no stall

    LetterFixture()
    {
        event.nameEn = QStringLiteral("Gorakhpur Export Conclave");
        event.nameHi = QStringLiteral("गोरखपुर निर्यात सम्मेलन");
        event.startDate = QDate(2025, 9, 24);
        event.endDate = QDate(2025, 9, 25);
        event.venue = QStringLiteral("Udyog Bhawan, Gorakhpur");
        QString error;
        event.id = EventRepository().insert(event, &error);
        if (!event.id)
            qFatal("fixture: %s", qPrintable(error));
        ramesh = add(QStringLiteral("Ramesh Kumar"), QStringLiteral("Director"), QStringLiteral("Kumar Exports"),
                     QStringLiteral("9876500001"), QStringLiteral("ramesh@example.in"), InvitationStatus::Invited);
        seema = add(QStringLiteral("सीमा वर्मा"), QStringLiteral("निदेशक"), QStringLiteral("वर्मा हस्तशिल्प"),
                    QStringLiteral("9876500002"), QStringLiteral("seema@example.in"), InvitationStatus::Confirmed);
        anil = add(QStringLiteral("Anil Gupta"), QStringLiteral("Partner"), QStringLiteral("Gupta Textiles"),
                   QStringLiteral("9876500003"), QString(), InvitationStatus::Invited);
        priya = add(QStringLiteral("Priya Singh"), QStringLiteral("Proprietor"), QStringLiteral("Singh Foods"),
                    QStringLiteral("9876500004"), QStringLiteral("priya@example.in"), InvitationStatus::Declined);
        mohan = add(QStringLiteral("Mohan Lal"), QStringLiteral("Proprietor"), QStringLiteral("Lal Terracotta"),
                    QStringLiteral("9876500005"), QStringLiteral("mohan@example.in"), InvitationStatus::Attended);
        kiran = add(QStringLiteral("किरण देवी"), QString(), QStringLiteral("देवी कालीन उद्योग"),
                    QStringLiteral("9876500006"), QStringLiteral("kiran@example.in"), InvitationStatus::Attended);
        Hall hall;
        hall.eventId = event.id;
        if (!StallRepository().setHall(hall, &error))
            qFatal("fixture: %s", qPrintable(error));
        Stall stall;
        stall.eventId = event.id;
        stall.code = QStringLiteral("A-01");
        stall.status = StallStatus::Allotted;
        stall.inviteeId = mohan;
        if (!StallRepository().insert(stall, &error))
            qFatal("fixture: %s", qPrintable(error));
    }

    qint64 add(const QString &name, const QString &designation, const QString &enterprise, const QString &mobile,
               const QString &email, InvitationStatus status)
    {
        Invitee v;
        v.name = name;
        v.designation = designation;
        v.enterprise = enterprise;
        v.mobile = mobile;
        v.email = email;
        v.address = QStringLiteral("12 Civil Lines\nGorakhpur");
        v.pin = QStringLiteral("273001");
        QString error;
        const qint64 id = InviteeRepository().insert(v, &error);
        if (!id || !InvitationRepository().setStatus(event.id, id, status, 0, &error))
            qFatal("fixture: %s", qPrintable(error));
        return id;
    }

    // The office of a real DIC, with a logo and a signature.
    static OfficeDetails office()
    {
        OfficeDetails o;
        o.name = {QStringLiteral("District Industries Centre, Gorakhpur"), QStringLiteral("जिला उद्योग केंद्र, गोरखपुर")};
        o.district = {QStringLiteral("Gorakhpur"), QStringLiteral("गोरखपुर")};
        o.address = {QStringLiteral("Udyog Bhawan, Civil Lines"), QStringLiteral("उद्योग भवन, सिविल लाइंस")};
        o.phone = QStringLiteral("0551-2333444");
        o.email = QStringLiteral("dic.gorakhpur@example.in");
        o.officerName = {QStringLiteral("Anil Kumar Singh"), QStringLiteral("अनिल कुमार सिंह")};
        o.officerDesignation = {QStringLiteral("Deputy Commissioner Industries"), QStringLiteral("उपायुक्त उद्योग")};
        o.numberPattern = QStringLiteral("जि.उ.के./निर्यात/{n}/{year}");
        o.logoPng = png(QColor(0x1f, 0x4e, 0x79));
        o.signaturePng = png(QColor(0x10, 0x20, 0x60));
        return o;
    }

    static QByteArray png(const QColor &color)
    {
        QImage image(120, 60, QImage::Format_ARGB32);
        image.fill(color);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
};
