#include "FeedStatus.h"

#include "store/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace kefu::live {

void FeedSilence::observe(const std::optional<FeedWatermark> &watermark, qint64 wallNow)
{
    if (!watermark) {
        m_seen = false;
        return;
    }
    if (!m_seen)
        m_movedAt = std::min(wallNow, watermark->writtenAt);
    else if (watermark->asOf != m_last.asOf || watermark->writtenAt != m_last.writtenAt
             || watermark->source != m_last.source)
        m_movedAt = wallNow;
    m_seen = true;
    m_last = *watermark;
}

qint64 FeedSilence::silentSeconds(qint64 wallNow) const
{
    return m_seen ? std::max<qint64>(0, wallNow - m_movedAt) : 0;
}

namespace feed {

std::optional<FeedWatermark> latest(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT source, as_of, written_at, speed, note FROM feed_status"
                                  " ORDER BY written_at DESC, as_of DESC LIMIT 1"))
        || !q.exec()) {
        if (error)
            *error = sql::errorText(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    FeedWatermark w;
    w.source = q.value(0).toString();
    w.asOf = q.value(1).toLongLong();
    w.writtenAt = q.value(2).toLongLong();
    w.speed = q.value(3).toDouble();
    w.note = q.value(4).toString();
    return w;
}

bool write(QSqlDatabase &db, const FeedWatermark &watermark, QString *error)
{
    return sql::exec(db,
                     QStringLiteral("INSERT INTO feed_status(source, as_of, written_at, speed, note) VALUES (?, ?, ?, ?, ?)"
                                    " ON CONFLICT(source) DO UPDATE SET as_of = excluded.as_of,"
                                    " written_at = excluded.written_at, speed = excluded.speed, note = excluded.note"),
                     {watermark.source, watermark.asOf, watermark.writtenAt, watermark.speed,
                      watermark.note.isEmpty() ? QVariant() : QVariant(watermark.note)},
                     error);
}

qint64 storeNow(QSqlDatabase &db, qint64 wallNow)
{
    const std::optional<FeedWatermark> w = latest(db);
    return w ? w->asOf : wallNow;
}

} // namespace feed

} // namespace kefu::live
