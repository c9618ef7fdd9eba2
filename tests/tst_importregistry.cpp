// The registry of import kinds: every kind of shared/spec/data-formats.md is registered exactly once,
// by its slice, with the columns and Chinese aliases the spec gives, in the order the command line
// and the import wizard list them.

#include "importing/Importer.h"
#include "importing/KindRegistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace kefu::importing;

namespace {

struct SpecColumn
{
    QString name;
    QString alias;
    std::optional<bool> required; // only the tables of the spec say which columns are required
};

// The kinds of data-formats.md, id → columns in the spec's order. A section is "## id (名称)" or
// "## a (…) and b (…)"; its columns are a table ("| column | alias | required | … |") or prose
// ("name (别名: …), …"), a shared section's prose starting with "id:".
QMap<QString, QList<SpecColumn>> specKinds()
{
    QFile file(QStringLiteral(KEFUDESK_SPEC_DIR "/data-formats.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression named(QStringLiteral("(?:^|[\\s,])([a-z_]+) \\(([^,:;)]+)"));
    static const QRegularExpression tableRow(QStringLiteral("^\\|\\s*([a-z_]+)\\s*\\|\\s*([^|]+?)\\s*\\|\\s*([^|]+?)\\s*\\|"));

    QMap<QString, QList<SpecColumn>> kinds;
    for (const QString &section : text.split(QStringLiteral("\n## "))) {
        const QString heading = section.section(QLatin1Char('\n'), 0, 0);
        QStringList ids;
        for (const QRegularExpressionMatch &m : named.globalMatch(heading))
            ids << m.captured(1);
        if (ids.isEmpty())
            continue; // general rules, exports
        const QString body = section.section(QLatin1Char('\n'), 1);
        for (const QString &id : ids) {
            QList<SpecColumn> columns;
            if (body.contains(QLatin1String("| column |"))) {
                for (const QString &line : body.split(QLatin1Char('\n'))) {
                    const QRegularExpressionMatch m = tableRow.match(line);
                    if (m.hasMatch() && m.captured(1) != QLatin1String("column"))
                        columns.append({m.captured(1), m.captured(2), m.captured(3) == QLatin1String("yes")});
                }
            } else {
                for (QString paragraph : body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
                    paragraph = paragraph.trimmed();
                    const QString prefix = id + QLatin1Char(':');
                    if (ids.size() > 1) {
                        if (!paragraph.startsWith(prefix))
                            continue;
                        paragraph = paragraph.mid(prefix.size());
                    }
                    for (const QRegularExpressionMatch &m : named.globalMatch(paragraph))
                        columns.append({m.captured(1), m.captured(2).trimmed(), std::nullopt});
                    break;
                }
            }
            kinds.insert(id, columns);
        }
    }
    return kinds;
}

} // namespace

Q_DECLARE_METATYPE(QList<SpecColumn>)

class TestImportRegistry : public QObject
{
    Q_OBJECT

private slots:
    void everyKindOnceInOrder()
    {
        const std::vector<ImportKind> &registered = registeredKinds();
        QCOMPARE(int(registered.size()), KindCount);
        QSet<QString> ids;
        for (int i = 0; i < KindCount; ++i) {
            const ImportKind &k = registered[size_t(i)];
            QCOMPARE(int(k.kind), i);
            QVERIFY2(!ids.contains(QLatin1String(k.id)), k.id);
            ids.insert(QLatin1String(k.id));
            QCOMPARE(&importKind(k.kind), &k);
            QVERIFY(!kindTitle(k.kind).isEmpty());
            QVERIFY(k.makeWriter);
            QVERIFY(k.makeWriter(QTimeZone::utc()) != nullptr);
            QVERIFY(kindFromId(QLatin1String(k.id)) == k.kind);
        }
        // The order of the command line's list and the wizard's kinds.
        QStringList order;
        for (const KindInfo &info : kinds())
            order << QLatin1String(info.id);
        QCOMPARE(order, QStringList({QStringLiteral("agents"), QStringLiteral("conversations"),
                                     QStringLiteral("agent_states"), QStringLiteral("shifts"),
                                     QStringLiteral("qa_reviews"), QStringLiteral("complaints"),
                                     QStringLiteral("complaint_events"), QStringLiteral("scripts")}));
    }

    void specKindsAreRegistered_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<SpecColumn>>("columns");
        const QMap<QString, QList<SpecColumn>> spec = specKinds();
        QCOMPARE(spec.size(), 8); // the parse found every section
        for (auto it = spec.cbegin(); it != spec.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
    }

    void specKindsAreRegistered()
    {
        QFETCH(QString, id);
        QFETCH(QList<SpecColumn>, columns);
        QVERIFY(!columns.isEmpty());
        int found = 0;
        for (const ImportKind &k : registeredKinds()) {
            if (id != QLatin1String(k.id))
                continue;
            ++found;
            QStringList registered, specified;
            for (const ColumnInfo &c : k.columns)
                registered << QStringLiteral("%1 (%2)").arg(QLatin1String(c.name), QString::fromUtf8(c.alias));
            for (const SpecColumn &c : columns)
                specified << QStringLiteral("%1 (%2)").arg(c.name, c.alias);
            QCOMPARE(registered, specified);
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (columns.at(c).required)
                    QVERIFY2(k.columns.at(c).required == *columns.at(c).required, k.columns.at(c).name);
            }
            // The public view of the registry gives the same columns.
            QCOMPARE(columnsOf(k.kind).size(), k.columns.size());
        }
        QCOMPARE(found, 1);
    }

    void noKindBeyondTheSpec()
    {
        const QMap<QString, QList<SpecColumn>> spec = specKinds();
        for (const ImportKind &k : registeredKinds())
            QVERIFY2(spec.contains(QLatin1String(k.id)), k.id);
    }
};

QTEST_GUILESS_MAIN(TestImportRegistry)
#include "tst_importregistry.moc"
