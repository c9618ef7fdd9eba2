// QA forms and reviews (issue 6) in the models: versions are immutable and a review keeps its version, an
// unchanged save writes nothing, validation and permissions, review entry scored as ReviewScorer scores it
// (checked against hand-computed values), the links of a review, the review list's filters and the audit log.

#include "TestSupport.h"

#include "auth/AuditLog.h"
#include "exporting/ExportSource.h"
#include "qa/QaForms.h"
#include "qa/QaReviews.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <set>

Q_DECLARE_METATYPE(kefu::qa::Form)
Q_DECLARE_METATYPE(std::optional<double>)

using namespace kefu;
using namespace kefu::qa;

namespace {

const QTimeZone shanghai("Asia/Shanghai");

qint64 at(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), shanghai).toSecsSinceEpoch();
}

// Section 开场 (weight 2): 问候 binary ×1; 共情 5-point ×3, may be N/A.
// Section 合规 (weight 1): 信息准确 3-point ×1, critical; 推荐 binary ×2, may be N/A.
Form sampleForm()
{
    Form form;
    form.sections = {
        {QStringLiteral("开场"),
         2.0,
         {{0, QStringLiteral("问候"), 1.0, Scale::Binary, false, false},
          {0, QStringLiteral("共情"), 3.0, Scale::FivePoint, true, false}}},
        {QStringLiteral("合规"),
         1.0,
         {{0, QStringLiteral("信息准确"), 1.0, Scale::ThreePoint, false, true},
          {0, QStringLiteral("推荐"), 2.0, Scale::Binary, true, false}}},
    };
    return form;
}

// The answers to the four items of a loaded sample form, in their order.
QList<Answer> answersFor(const Form &form, std::optional<double> a1, std::optional<double> a2, std::optional<double> a3,
                         std::optional<double> a4)
{
    const std::optional<double> values[] = {a1, a2, a3, a4};
    QList<Answer> answers;
    int n = 0;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items)
            answers << Answer{item.id, values[n++]};
    }
    return answers;
}

qint64 auditCount(QSqlDatabase db, const QString &kind)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = ?"), {kind}).toLongLong();
}

} // namespace

class TestQaForms : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsAndLoadsAForm();
    void sharesOfTheItems();
    void editingCreatesANewVersionAndOldReviewsKeepTheirs();
    void unchangedSaveWritesNothing();
    void renameWritesNoVersion();
    void aSaveOnAStaleVersionIsRefused();
    void validation_data();
    void validation();
    void duplicateNamesAreRefused();
    void permissions();
    void retireAndReactivate();
    void defaultForm();

    void reviewScoresAsTheScorer_data();
    void reviewScoresAsTheScorer();
    void reviewAnswersAreRequired();
    void reviewLinks_data();
    void reviewLinks();
    void reviewIdsCountPerDay();
    void scoreSoFar();

    void listFilters();
    void listPagesNewestFirst();
    void agentsSeeTheirOwnReviews();
    void importedReviewsListAndOpen();
    void listModel();
    void exportWritesEveryMatchingReview();
    void auditRows();

private:
    QSqlDatabase db() const { return m_store->database(); }
    qint64 createSample(const QString &name = QStringLiteral("会话质检"));
    SavedReview addReview(qint64 versionId, const QString &agent, const QString &conversation,
                          const QList<Answer> &answers, qint64 reviewedAt, const Session &session,
                          const QString &complaint = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Session m_qa = Session::signedIn(3, QStringLiteral("zhao"), Role::Qa);
    Session m_lead = Session::signedIn(2, QStringLiteral("li"), Role::Lead, {}, QStringLiteral("一组"));
    Session m_trainer = Session::signedIn(4, QStringLiteral("sun"), Role::Trainer);
    Session m_agent = Session::signedIn(5, QStringLiteral("a001"), Role::Agent, QStringLiteral("A001"));
    Session m_admin = Session::signedIn(1, QStringLiteral("wang"), Role::Admin);
};

void TestQaForms::init()
{
    static int serial = 0;
    m_store = test::createStore(m_dir, QStringLiteral("qa-%1.sqlite").arg(++serial));
    QVERIFY(m_store);
    QVERIFY(sql::exec(db(), QStringLiteral("INSERT INTO teams(name) VALUES ('一组'), ('二组')")));
    QVERIFY(sql::exec(db(), QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A001', '张三', '一组'),"
                                           " ('A002', '李四', '二组'), ('A003', '王五', '一组')")));
    const qint64 t = at(2026, 3, 2, 10);
    for (const auto &[id, agent] : {std::pair{"C1", "A001"}, {"C2", "A002"}, {"C3", "A001"}, {"C4", "A003"}}) {
        QVERIFY(sql::exec(db(),
                          QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at,"
                                         " ended_at) VALUES (?, 'chat', ?, ?, ?, ?)"),
                          {QString::fromLatin1(id), QString::fromLatin1(agent), t, t + 10, t + 300}));
    }
    QVERIFY(sql::exec(db(),
                      QStringLiteral("INSERT INTO conversations(id, channel, arrived_at, abandoned_at)"
                                     " VALUES ('C9', 'phone', ?, ?)"),
                      {t, t + 40}));
    QVERIFY(sql::exec(db(), QStringLiteral("INSERT INTO complaints(id, created_at, agent_id) VALUES ('P1', ?, 'A001')"),
                      {t}));
}

void TestQaForms::cleanup()
{
    m_store.reset();
}

qint64 TestQaForms::createSample(const QString &name)
{
    FormSaveResult result;
    QString error;
    if (!QaForms(db()).create(m_qa, name, sampleForm(), &result, &error))
        qWarning("createSample: %s", qPrintable(error));
    return result.formId;
}

SavedReview TestQaForms::addReview(qint64 versionId, const QString &agent, const QString &conversation,
                                   const QList<Answer> &answers, qint64 reviewedAt, const Session &session,
                                   const QString &complaint)
{
    NewReview review;
    review.agentId = agent;
    review.conversationId = conversation;
    review.complaintId = complaint;
    review.formVersionId = versionId;
    review.answers = answers;
    review.reviewedAt = reviewedAt;
    SavedReview saved;
    QString error;
    if (!QaReviews(db(), shanghai).add(session, review, &saved, &error))
        qWarning("addReview: %s", qPrintable(error));
    return saved;
}

void TestQaForms::createsAndLoadsAForm()
{
    QaForms forms(db());
    QVERIFY(!forms.hasForms());
    FormSaveResult result;
    QString error;
    QVERIFY2(forms.create(m_qa, QStringLiteral("  会话质检  "), sampleForm(), &result, &error), qPrintable(error));
    QVERIFY(result.changed);
    QCOMPARE(result.version, 1);
    QVERIFY(forms.hasForms());

    const QList<FormSummary> list = forms.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().name, QStringLiteral("会话质检"));
    QCOMPARE(list.first().version, 1);
    QCOMPARE(list.first().itemCount, 4);
    QCOMPARE(list.first().createdBy, QStringLiteral("zhao"));
    QVERIFY(list.first().active);

    const std::optional<FormVersion> v = forms.latest(result.formId, &error);
    QVERIFY2(v, qPrintable(error));
    QCOMPARE(v->versionId, result.versionId);
    QVERIFY(v->latest);
    QCOMPARE(v->sectionIds.size(), 2);
    QCOMPARE(v->form.sections.size(), 2);
    QCOMPARE(v->form.sections.at(0).title, QStringLiteral("开场"));
    QCOMPARE(v->form.sections.at(0).weight, 2.0);
    const FormItem &empathy = v->form.sections.at(0).items.at(1);
    QCOMPARE(empathy.text, QStringLiteral("共情"));
    QCOMPARE(empathy.weight, 3.0);
    QCOMPARE(empathy.scale, Scale::FivePoint);
    QVERIFY(empathy.allowNotApplicable);
    QVERIFY(!empathy.critical);
    QVERIFY(v->form.sections.at(1).items.at(0).critical);
    QCOMPARE(v->form.sections.at(1).items.at(0).scale, Scale::ThreePoint);
    QVERIFY(empathy.id > 0);
    QVERIFY(QaForms::sameContent(v->form, sampleForm()));
    // Positions are stored 1, 2, … in the order of the form.
    QCOMPARE(sql::scalar(db(),
                         QStringLiteral("SELECT group_concat(position) FROM (SELECT position FROM qa_form_items"
                                        " WHERE section_id = ? ORDER BY id)"),
                         {v->sectionIds.at(1)})
                 .toString(),
             QStringLiteral("1,2"));
    QCOMPARE(scaleId(Scale::ThreePoint), QStringLiteral("3-point"));
    QCOMPARE(scaleFromId(QStringLiteral("5-POINT")), std::optional<Scale>(Scale::FivePoint));
    QVERIFY(!scaleFromId(QStringLiteral("7-point")));
}

void TestQaForms::sharesOfTheItems()
{
    // Weights 2×1, 2×3, 1×1, 1×2 of a total of 11.
    const QList<QList<double>> shares = QaForms::shares(sampleForm());
    QCOMPARE(shares.size(), 2);
    QVERIFY(qAbs(shares[0][0] - 2.0 / 11) < 1e-12);
    QVERIFY(qAbs(shares[0][1] - 6.0 / 11) < 1e-12);
    QVERIFY(qAbs(shares[1][0] - 1.0 / 11) < 1e-12);
    QVERIFY(qAbs(shares[1][1] - 2.0 / 11) < 1e-12);
    // A section of weight 0 (critical items only) has no share.
    Form form = sampleForm();
    form.sections[1].weight = 0;
    const QList<QList<double>> without = QaForms::shares(form);
    QCOMPARE(without[1][0], 0.0);
    QVERIFY(qAbs(without[0][1] - 0.75) < 1e-12);
}

void TestQaForms::editingCreatesANewVersionAndOldReviewsKeepTheirs()
{
    QaForms forms(db());
    const qint64 formId = createSample();
    const FormVersion v1 = *forms.latest(formId);
    // A review on version 1: 问候 1, 共情 4, 信息准确 2, 推荐 1 → (200 + 450 + 100 + 200) / 11.
    const SavedReview old = addReview(v1.versionId, QStringLiteral("A001"), QStringLiteral("C1"),
                                      answersFor(v1.form, 1, 4, 2, 1), at(2026, 3, 2, 15), m_qa);
    QVERIFY(!old.id.isEmpty());
    QVERIFY(qAbs(old.score - 950.0 / 11.0) < 1e-9);

    // Version 2: 共情 weighs 1, a new item, 推荐 goes.
    Form edited = v1.form;
    edited.sections[0].items[1].weight = 1;
    edited.sections[1].items.removeLast();
    edited.sections[1].items << FormItem{0, QStringLiteral("结束语"), 1, Scale::Binary, false, false};
    const qint64 sectionsBefore = test::count(db(), QStringLiteral("qa_form_sections"));
    FormSaveResult result;
    QString error;
    QVERIFY2(forms.save(m_qa, formId, v1.versionId, QStringLiteral("会话质检"), edited, &result, &error),
             qPrintable(error));
    QVERIFY(result.changed);
    QVERIFY(result.newVersion);
    QVERIFY(!result.renamed);
    QCOMPARE(result.version, 2);
    QVERIFY(result.versionId != v1.versionId);
    QCOMPARE(test::count(db(), QStringLiteral("qa_form_versions")), 2);
    QCOMPARE(test::count(db(), QStringLiteral("qa_form_sections")), sectionsBefore + 2);
    QCOMPARE(forms.list().first().version, 2);
    QCOMPARE(forms.versions(formId).size(), 2);
    QCOMPARE(forms.versions(formId).first().version, 2);
    QCOMPARE(forms.versions(formId).last().reviews, 1);

    // Version 1 is as it was; it is no longer the latest.
    const std::optional<FormVersion> again = forms.load(v1.versionId);
    QVERIFY(again);
    QVERIFY(!again->latest);
    QVERIFY(QaForms::sameContent(again->form, v1.form));
    QCOMPARE(again->form.sections[0].items[1].id, v1.form.sections[0].items[1].id);

    // The old review opens with version 1 and its answers score as stored.
    const std::optional<ReviewDetails> details = QaReviews(db(), shanghai).details(m_qa, old.id, &error);
    QVERIFY2(details, qPrintable(error));
    QCOMPARE(details->review.formVersionId, v1.versionId);
    QCOMPARE(details->review.formVersion, 1);
    QVERIFY(details->form);
    QCOMPARE(details->form->version, 1);
    QCOMPARE(details->answers.size(), 4);
    const ReviewScore rescored = ReviewScorer::score(details->form->form, details->answers);
    QVERIFY2(rescored.ok, qPrintable(rescored.error));
    QCOMPARE(rescored.score, details->review.score);

    // A review on version 2 uses its items: 问候 1, 共情 3 (50, ×2), 信息准确 1 (50), 结束语 0:
    // (2×100 + 2×50 + 1×50 + 1×0) / 6 = 58.33…
    const FormVersion v2 = *forms.latest(formId);
    QList<Answer> answers;
    const double values[] = {1, 3, 1, 0};
    int n = 0;
    for (const FormSection &s : v2.form.sections)
        for (const FormItem &i : s.items)
            answers << Answer{i.id, values[n++]};
    const SavedReview fresh =
        addReview(v2.versionId, QStringLiteral("A002"), QStringLiteral("C2"), answers, at(2026, 3, 3, 9), m_qa);
    QVERIFY(qAbs(fresh.score - 350.0 / 6.0) < 1e-9);
    // Answers of version 1 do not fit version 2.
    NewReview wrong;
    wrong.agentId = QStringLiteral("A001");
    wrong.conversationId = QStringLiteral("C3");
    wrong.formVersionId = v2.versionId;
    wrong.answers = answersFor(v1.form, 1, 4, 2, 1);
    QVERIFY(!QaReviews(db(), shanghai).add(m_qa, wrong, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("is not answered")), qPrintable(error));
}

void TestQaForms::unchangedSaveWritesNothing()
{
    QaForms forms(db());
    const qint64 formId = createSample();
    const FormVersion v1 = *forms.latest(formId);
    const qint64 versions = test::count(db(), QStringLiteral("qa_form_versions"));
    const qint64 items = test::count(db(), QStringLiteral("qa_form_items"));
    const qint64 audits = test::count(db(), QStringLiteral("audit_log"));
    // The same content, with blanks around the texts and the ids of the loaded version.
    Form same = v1.form;
    same.sections[0].title = QStringLiteral(" 开场 ");
    same.sections[1].items[0].text += QStringLiteral("  ");
    FormSaveResult result;
    QString error;
    QVERIFY2(forms.save(m_qa, formId, v1.versionId, QStringLiteral("会话质检 "), same, &result, &error),
             qPrintable(error));
    QVERIFY(!result.changed);
    QCOMPARE(result.versionId, v1.versionId);
    QCOMPARE(result.version, 1);
    QCOMPARE(test::count(db(), QStringLiteral("qa_form_versions")), versions);
    QCOMPARE(test::count(db(), QStringLiteral("qa_form_items")), items);
    QCOMPARE(test::count(db(), QStringLiteral("audit_log")), audits);
    // Moving an item is a change.
    Form moved = v1.form;
    moved.sections[0].items.swapItemsAt(0, 1);
    QVERIFY(!QaForms::sameContent(moved, v1.form));
    QVERIFY(forms.save(m_qa, formId, v1.versionId, QStringLiteral("会话质检"), moved, &result, &error));
    QCOMPARE(result.version, 2);
    QCOMPARE(forms.latest(formId)->form.sections[0].items[0].text, QStringLiteral("共情"));
}

void TestQaForms::renameWritesNoVersion()
{
    QaForms forms(db());
    const qint64 formId = createSample();
    QString error;
    QVERIFY2(forms.rename(m_qa, formId, QStringLiteral("电话质检"), &error), qPrintable(error));
    QCOMPARE(forms.list().first().name, QStringLiteral("电话质检"));
    QCOMPARE(forms.list().first().version, 1);
    QCOMPARE(auditCount(db(), QStringLiteral("qa.form.rename")), 1);
    QCOMPARE(auditCount(db(), QStringLiteral("qa.form.save")), 0);
    // Rename and edit at once: one save, both recorded.
    const FormVersion v1 = *forms.latest(formId);
    Form edited = v1.form;
    edited.sections[1].weight = 3;
    FormSaveResult result;
    QVERIFY(forms.save(m_qa, formId, v1.versionId, QStringLiteral("会话质检 2026"), edited, &result, &error));
    QVERIFY(result.renamed);
    QVERIFY(result.newVersion);
    QCOMPARE(auditCount(db(), QStringLiteral("qa.form.rename")), 2);
    QCOMPARE(auditCount(db(), QStringLiteral("qa.form.save")), 1);
    QVERIFY(!forms.rename(m_qa, formId, QStringLiteral("  "), &error));
    QCOMPARE(error, QStringLiteral("The form needs a name."));
}

void TestQaForms::aSaveOnAStaleVersionIsRefused()
{
    QaForms forms(db());
    const qint64 formId = createSample();
    const FormVersion v1 = *forms.latest(formId);
    Form edited = v1.form;
    edited.sections[0].weight = 5;
    QString error;
    QVERIFY(forms.save(m_lead, formId, v1.versionId, v1.name, edited, nullptr, &error));
    Form other = v1.form;
    other.sections[1].weight = 5;
    QVERIFY(!forms.save(m_qa, formId, v1.versionId, v1.name, other, nullptr, &error));
    QCOMPARE(error, QStringLiteral("li saved version 2 of \"会话质检\" meanwhile. Revert to see it, then make your "
                                   "changes again."));
    QCOMPARE(test::count(db(), QStringLiteral("qa_form_versions")), 2);
}

void TestQaForms::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Form>("form");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty name") << QStringLiteral(" ") << sampleForm() << QStringLiteral("The form needs a name.");
    QTest::newRow("long name") << QString(101, QLatin1Char('x')) << sampleForm()
                               << QStringLiteral("The name of a form can have at most 100 characters.");
    QTest::newRow("no sections") << QStringLiteral("f") << Form{}
                                 << QStringLiteral("The form has no items: add a section and at least one item to it.");
    Form emptySection = sampleForm();
    emptySection.sections[1].items.clear();
    QTest::newRow("section without items")
        << QStringLiteral("f") << emptySection
        << QStringLiteral("The section \"合规\" has no items: add one or remove the section.");
    Form untitled = sampleForm();
    untitled.sections[1].title = QStringLiteral("  ");
    QTest::newRow("untitled section") << QStringLiteral("f") << untitled << QStringLiteral("Section 2 needs a title.");
    Form noText = sampleForm();
    noText.sections[0].items[1].text.clear();
    QTest::newRow("item without text") << QStringLiteral("f") << noText
                                       << QStringLiteral("Item 2 of the section \"开场\" needs a text.");
    Form negative = sampleForm();
    negative.sections[0].items[0].weight = -1;
    QTest::newRow("negative item weight")
        << QStringLiteral("f") << negative << QStringLiteral("The weight of the item \"问候\" must be 0 or more.");
    Form negativeSection = sampleForm();
    negativeSection.sections[1].weight = -0.5;
    QTest::newRow("negative section weight") << QStringLiteral("f") << negativeSection
                                             << QStringLiteral("The weight of the section \"合规\" must be 0 or more.");
    Form nan = sampleForm();
    nan.sections[1].weight = std::nan("");
    QTest::newRow("NaN weight") << QStringLiteral("f") << nan
                                << QStringLiteral("The weight of the section \"合规\" must be 0 or more.");
    Form zero = sampleForm();
    zero.sections[0].weight = 0;
    zero.sections[1].items[0].weight = 0;
    zero.sections[1].items[1].weight = 0;
    QTest::newRow("all weights 0")
        << QStringLiteral("f") << zero
        << QStringLiteral("No item counts towards the score: every item or its section has the weight 0. Give at least "
                          "one item and its section a weight above 0.");
    // A section of weight 0 with critical items only is fine beside one that counts.
    Form redLine = sampleForm();
    redLine.sections[1].weight = 0;
    QTest::newRow("critical-only section of weight 0") << QStringLiteral("f") << redLine << QString();
}

void TestQaForms::validation()
{
    QFETCH(QString, name);
    QFETCH(Form, form);
    QFETCH(QString, message);
    QCOMPARE(QaForms::validate(name, form), message);
    QString error;
    FormSaveResult result;
    const bool created = QaForms(db()).create(m_qa, name, form, &result, &error);
    QCOMPARE(created, message.isEmpty());
    if (!created) {
        QCOMPARE(error, message);
        QCOMPARE(test::count(db(), QStringLiteral("qa_forms")), 0);
    }
    // Saving an existing form validates the same way and leaves it as it was.
    const qint64 formId = created ? result.formId : createSample();
    if (!created) {
        QVERIFY(!QaForms(db()).save(m_qa, formId, 0, name, form, nullptr, &error));
        QCOMPARE(error, message);
        QCOMPARE(QaForms(db()).latest(formId)->version, 1);
    }
}

void TestQaForms::duplicateNamesAreRefused()
{
    createSample(QStringLiteral("Chat QA"));
    const qint64 other = createSample(QStringLiteral("Phone QA"));
    QString error;
    QVERIFY(!QaForms(db()).create(m_qa, QStringLiteral("chat qa"), sampleForm(), nullptr, &error));
    QCOMPARE(error, QStringLiteral("There is a QA form named \"chat qa\" already."));
    QVERIFY(!QaForms(db()).rename(m_qa, other, QStringLiteral("Chat QA"), &error));
    QCOMPARE(error, QStringLiteral("There is a QA form named \"Chat QA\" already."));
}

void TestQaForms::permissions()
{
    QaForms forms(db());
    QString error;
    for (const Session &session : {m_agent, m_trainer, m_admin}) {
        QVERIFY(!forms.create(session, QStringLiteral("x"), sampleForm(), nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Permission denied: %1").arg(session.userName())), qPrintable(error));
        QVERIFY(error.endsWith(QStringLiteral("may not edit QA forms.")));
    }
    QVERIFY(!forms.createDefaultForm(m_trainer, nullptr, &error));
    QCOMPARE(test::count(db(), QStringLiteral("qa_forms")), 0);
    // A lead and QA staff may; so may the one person of a single-user store.
    QVERIFY(forms.create(m_lead, QStringLiteral("lead's"), sampleForm(), nullptr, &error));
    QVERIFY(forms.create(Session::singleUser(), QStringLiteral("mine"), sampleForm(), nullptr, &error));
    const qint64 formId = createSample();
    const FormVersion v1 = *forms.latest(formId);
    Form edited = v1.form;
    edited.sections[0].weight = 9;
    QVERIFY(!forms.save(m_agent, formId, 0, v1.name, edited, nullptr, &error));
    QVERIFY(!forms.rename(m_trainer, formId, QStringLiteral("y"), &error));
    QVERIFY(!forms.setActive(m_agent, formId, false, &error));
    QCOMPARE(forms.latest(formId)->version, 1);
    QVERIFY(forms.list().last().active);

    // Entering reviews: QA staff and leads, nobody else.
    QList<Answer> answers = answersFor(v1.form, 1, 5, 2, 1);
    for (const Session &session : {m_agent, m_trainer, m_admin}) {
        NewReview review{QStringLiteral("A001"), QStringLiteral("C1"), {}, v1.versionId, answers, {}, 0};
        QVERIFY(!QaReviews(db(), shanghai).add(session, review, nullptr, &error));
        QVERIFY(error.endsWith(QStringLiteral("may not enter QA reviews.")));
    }
    QCOMPARE(test::count(db(), QStringLiteral("qa_reviews")), 0);
    QVERIFY(!addReview(v1.versionId, QStringLiteral("A001"), QStringLiteral("C1"), answers, 0, m_lead).id.isEmpty());
}

void TestQaForms::retireAndReactivate()
{
    QaForms forms(db());
    const qint64 formId = createSample();
    createSample(QStringLiteral("其他"));
    const FormVersion v1 = *forms.latest(formId);
    QString error;
    QVERIFY2(forms.setActive(m_qa, formId, false, &error), qPrintable(error));
    QCOMPARE(forms.list().size(), 2);
    QCOMPARE(forms.list(true).size(), 1);
    QCOMPARE(forms.list(true).first().name, QStringLiteral("其他"));
    QVERIFY(!forms.latest(formId)->active);
    // Retiring twice records once.
    QVERIFY(forms.setActive(m_qa, formId, false, &error));
    QCOMPARE(auditCount(db(), QStringLiteral("qa.form.retire")), 1);
    // No new review with a retired form.
    NewReview review{
        QStringLiteral("A001"), QStringLiteral("C1"), {}, v1.versionId, answersFor(v1.form, 1, 5, 2, 1), {}, 0};
    QVERIFY(!QaReviews(db(), shanghai).add(m_qa, review, nullptr, &error));
    QCOMPARE(error, QStringLiteral("The form \"会话质检\" is retired: enter reviews with an active form."));
    QVERIFY(forms.setActive(m_qa, formId, true, &error));
    QCOMPARE(auditCount(db(), QStringLiteral("qa.form.reactivate")), 1);
    QVERIFY2(QaReviews(db(), shanghai).add(m_qa, review, nullptr, &error), qPrintable(error));
    QVERIFY(!forms.setActive(m_qa, 999, false, &error));
    QCOMPARE(error, QStringLiteral("There is no QA form 999."));
}

void TestQaForms::defaultForm()
{
    QaForms forms(db());
    QCOMPARE(QaForms::validate(QaForms::defaultFormName(), QaForms::defaultForm()), QString());
    FormSaveResult result;
    QString error;
    QVERIFY2(forms.createDefaultForm(m_qa, &result, &error), qPrintable(error));
    QVERIFY(result.changed);
    const FormVersion v = *forms.latest(result.formId);
    QCOMPARE(v.name, QStringLiteral("客服质检表"));
    QStringList titles;
    for (const FormSection &s : v.form.sections)
        titles << s.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("开场与礼貌"), QStringLiteral("问题理解"), QStringLiteral("解决方案"),
                                  QStringLiteral("合规"), QStringLiteral("结束语")}));
    int critical = 0;
    for (const FormItem &item : v.form.sections[3].items)
        critical += item.critical ? 1 : 0;
    QVERIFY(critical >= 2);
    QVERIFY(v.form.sections[3].items[0].text.contains(QStringLiteral("泄露客户信息")));
    // Every scale is used, and N/A somewhere.
    std::set<int> scales;
    bool na = false;
    for (const FormSection &s : v.form.sections)
        for (const FormItem &i : s.items) {
            scales.insert(int(i.scale));
            na = na || i.allowNotApplicable;
        }
    QCOMPARE(scales.size(), size_t(3));
    QVERIFY(na);
    // A store with a form keeps it.
    QVERIFY(forms.createDefaultForm(m_qa, &result, &error));
    QVERIFY(!result.changed);
    QCOMPARE(test::count(db(), QStringLiteral("qa_forms")), 1);
}

void TestQaForms::reviewScoresAsTheScorer_data()
{
    QTest::addColumn<QList<std::optional<double>>>("values");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("autoFail");
    // 问候 (2×1 = 2), 共情 (2×3 = 6), 信息准确 (1×1 = 1), 推荐 (1×2 = 2).
    // 1 → 100, N/A, 1 of 0–2 → 50, 0 → 0: (200 + 50 + 0) / (2 + 1 + 2) = 50.
    QTest::newRow("N/A drops out") << QList<std::optional<double>>{1, std::nullopt, 1, 0} << 50.0 << false;
    // 0, 2 of 1–5 → 25, 2 → 100, N/A: (0 + 150 + 100) / (2 + 6 + 1) = 27.77…
    QTest::newRow("scales") << QList<std::optional<double>>{0, 2, 2, std::nullopt} << 250.0 / 9.0 << false;
    // docs/qa-forms.md: 1 → 100, 4 of 1–5 → 75, 1 of 0–2 → 50, 1 → 100: (200 + 450 + 50 + 200) / 11 = 81.8…
    QTest::newRow("the guide's example") << QList<std::optional<double>>{1, 4, 1, 1} << 900.0 / 11.0 << false;
    // The critical 信息准确 at 0 fails the review, however good the rest.
    QTest::newRow("failed critical item") << QList<std::optional<double>>{1, 5, 0, 1} << 0.0 << true;
}

void TestQaForms::reviewScoresAsTheScorer()
{
    QFETCH(QList<std::optional<double>>, values);
    QFETCH(double, expected);
    QFETCH(bool, autoFail);
    const qint64 formId = createSample();
    const FormVersion v = *QaForms(db()).latest(formId);
    const QList<Answer> answers = answersFor(v.form, values[0], values[1], values[2], values[3]);
    const ReviewScore scorer = ReviewScorer::score(v.form, answers);
    QVERIFY(scorer.ok);
    QVERIFY(qAbs(scorer.score - expected) < 1e-9);

    NewReview review{QStringLiteral("A001"),         QStringLiteral("C1"),  {}, v.versionId, answers,
                     QStringLiteral("  语气生硬  "), at(2026, 3, 4, 11, 30)};
    SavedReview saved;
    QString error;
    QVERIFY2(QaReviews(db(), shanghai).add(m_qa, review, &saved, &error), qPrintable(error));
    QCOMPARE(saved.id, QStringLiteral("QA-20260304-0001"));
    QCOMPARE(saved.score, scorer.score);
    QCOMPARE(saved.autoFail, autoFail);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT agent_id, reviewed_at, score, auto_fail, reviewer, conversation_id, complaint_id,"
                             " notes, form_version_id FROM qa_reviews WHERE id = ?"));
    q.addBindValue(saved.id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("A001"));
    QCOMPARE(q.value(1).toLongLong(), at(2026, 3, 4, 11, 30));
    QCOMPARE(q.value(2).toDouble(), scorer.score);
    QCOMPARE(q.value(3).toInt(), autoFail ? 1 : 0);
    QCOMPARE(q.value(4).toString(), QStringLiteral("zhao"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("C1"));
    QVERIFY(q.value(6).isNull());
    QCOMPARE(q.value(7).toString(), QStringLiteral("语气生硬"));
    QCOMPARE(q.value(8).toLongLong(), v.versionId);
    q.finish();
    // One answer row per item; N/A is NULL.
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT count(*) FROM qa_review_answers WHERE review_id = ?"), {saved.id})
                 .toInt(),
             4);
    QCOMPARE(sql::scalar(db(),
                         QStringLiteral("SELECT count(*) FROM qa_review_answers WHERE review_id = ?"
                                        " AND value IS NULL"),
                         {saved.id})
                 .toInt(),
             int(std::count(values.cbegin(), values.cend(), std::nullopt)));
}

void TestQaForms::reviewAnswersAreRequired()
{
    const qint64 formId = createSample();
    const FormVersion v = *QaForms(db()).latest(formId);
    QList<Answer> answers = answersFor(v.form, 1, 4, 2, 1);
    answers.removeAt(1);
    NewReview review{QStringLiteral("A001"), QStringLiteral("C1"), {}, v.versionId, answers, {}, 0};
    QString error;
    QVERIFY(!QaReviews(db(), shanghai).add(m_qa, review, nullptr, &error));
    QCOMPARE(error, QStringLiteral("\"共情\" is not answered."));
    // N/A where the form does not allow it.
    review.answers = answersFor(v.form, std::nullopt, 4, 2, 1);
    QVERIFY(!QaReviews(db(), shanghai).add(m_qa, review, nullptr, &error));
    QCOMPARE(error, QStringLiteral("\"问候\" cannot be marked not applicable."));
    // A value off the scale.
    review.answers = answersFor(v.form, 1, 6, 2, 1);
    QVERIFY(!QaReviews(db(), shanghai).add(m_qa, review, nullptr, &error));
    QVERIFY2(error.startsWith(QStringLiteral("\"共情\": 6 is not a value of its scale")), qPrintable(error));
    review.formVersionId = 4711;
    QVERIFY(!QaReviews(db(), shanghai).add(m_qa, review, nullptr, &error));
    QCOMPARE(error, QStringLiteral("There is no QA form version 4711."));
    QCOMPARE(test::count(db(), QStringLiteral("qa_reviews")), 0);
    QCOMPARE(test::count(db(), QStringLiteral("qa_review_answers")), 0);
}

void TestQaForms::reviewLinks_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("complaint");
    QTest::addColumn<QString>("message");
    QTest::newRow("conversation") << QStringLiteral("A001") << QStringLiteral("C1") << QStringLiteral("")
                                  << QStringLiteral("");
    QTest::newRow("complaint only") << QStringLiteral("A001") << QStringLiteral("") << QStringLiteral("P1")
                                    << QStringLiteral("");
    // A case linked to an agent is reviewed against that agent.
    QTest::newRow("complaint of another agent") << QStringLiteral("A002") << QStringLiteral("") << QStringLiteral("P1")
                                                << QStringLiteral("The complaint P1 concerns A001, not A002.");
    QTest::newRow("both") << QStringLiteral("A001") << QStringLiteral("C3") << QStringLiteral("P1")
                          << QStringLiteral("");
    QTest::newRow("no agent") << QStringLiteral(" ") << QStringLiteral("C1") << QStringLiteral("")
                              << QStringLiteral("Choose the agent to review.");
    QTest::newRow("neither") << QStringLiteral("A001") << QStringLiteral("") << QStringLiteral(" ")
                             << QStringLiteral(
                                    "Give the conversation or the complaint that the review is about (at least one).");
    QTest::newRow("unknown agent") << QStringLiteral("A404") << QStringLiteral("C1") << QStringLiteral("")
                                   << QStringLiteral("There is no agent with the id A404.");
    QTest::newRow("unknown conversation") << QStringLiteral("A001") << QStringLiteral("C404") << QStringLiteral("")
                                          << QStringLiteral("There is no conversation C404.");
    QTest::newRow("someone else's conversation")
        << QStringLiteral("A001") << QStringLiteral("C2") << QStringLiteral("")
        << QStringLiteral("The conversation C2 was handled by A002, not by A001.");
    QTest::newRow("unanswered conversation")
        << QStringLiteral("A001") << QStringLiteral("C9") << QStringLiteral("")
        << QStringLiteral("The conversation C9 was not answered by an agent: there is nothing to review.");
    QTest::newRow("unknown complaint") << QStringLiteral("A001") << QStringLiteral("") << QStringLiteral("P404")
                                       << QStringLiteral("There is no complaint P404.");
}

void TestQaForms::reviewLinks()
{
    QFETCH(QString, agent);
    QFETCH(QString, conversation);
    QFETCH(QString, complaint);
    QFETCH(QString, message);
    const qint64 formId = createSample();
    const FormVersion v = *QaForms(db()).latest(formId);
    NewReview review{agent, conversation, complaint, v.versionId, answersFor(v.form, 1, 4, 2, 1), {}, 0};
    QString error;
    const bool added = QaReviews(db(), shanghai).add(m_qa, review, nullptr, &error);
    QCOMPARE(error, message);
    QCOMPARE(added, message.isEmpty());
    QCOMPARE(test::count(db(), QStringLiteral("qa_reviews")), added ? 1 : 0);
    QCOMPARE(auditCount(db(), QStringLiteral("qa.review.add")), added ? 1 : 0);
}

void TestQaForms::reviewIdsCountPerDay()
{
    const qint64 formId = createSample();
    const FormVersion v = *QaForms(db()).latest(formId);
    const QList<Answer> answers = answersFor(v.form, 1, 4, 2, 1);
    // 23:30 on 4 March in Shanghai is still 4 March there (15:30 UTC).
    QCOMPARE(
        addReview(v.versionId, QStringLiteral("A001"), QStringLiteral("C1"), answers, at(2026, 3, 4, 23, 30), m_qa).id,
        QStringLiteral("QA-20260304-0001"));
    QCOMPARE(addReview(v.versionId, QStringLiteral("A002"), QStringLiteral("C2"), answers, at(2026, 3, 4, 8), m_qa).id,
             QStringLiteral("QA-20260304-0002"));
    QCOMPARE(
        addReview(v.versionId, QStringLiteral("A001"), QStringLiteral("C1"), answers, at(2026, 3, 5, 0, 10), m_qa).id,
        QStringLiteral("QA-20260305-0001"));
    // Imported ids of another pattern do not get in the way.
    QVERIFY(sql::exec(db(), QStringLiteral("INSERT INTO qa_reviews(id, agent_id, reviewed_at, score) VALUES"
                                           " ('QA-20260305-x7', 'A001', 0, 80), ('QA-20260305-0041', 'A001', 0, 80)")));
    QCOMPARE(addReview(v.versionId, QStringLiteral("A001"), QStringLiteral("C1"), answers, at(2026, 3, 5, 9), m_qa).id,
             QStringLiteral("QA-20260305-0042"));
}

void TestQaForms::scoreSoFar()
{
    const qint64 formId = createSample();
    const FormVersion v = *QaForms(db()).latest(formId);
    const QList<Answer> all = answersFor(v.form, 1, 4, 1, 0);
    QVERIFY(!QaReviews::scoreSoFar(v.form, {}).ok);
    // Only 问候 (100) and 共情 (75, ×6 against ×2): (200 + 450) / 8.
    const ReviewScore two = QaReviews::scoreSoFar(v.form, all.mid(0, 2));
    QVERIFY(two.ok);
    QCOMPARE(two.score, 650.0 / 8.0);
    // A failed critical item shows at once.
    const ReviewScore failed = QaReviews::scoreSoFar(v.form, {all[0], Answer{all[2].itemId, 0.0}});
    QVERIFY(failed.ok);
    QVERIFY(failed.autoFail);
    QCOMPARE(failed.score, 0.0);
    // Complete, it is the scorer's score.
    QCOMPARE(QaReviews::scoreSoFar(v.form, all).score, ReviewScorer::score(v.form, all).score);
}

void TestQaForms::listFilters()
{
    QaForms forms(db());
    const qint64 chat = createSample(QStringLiteral("Chat"));
    const qint64 phone = createSample(QStringLiteral("Phone"));
    const FormVersion c = *forms.latest(chat);
    const FormVersion p = *forms.latest(phone);
    // 1: A001 on 2 March, 100; 2: A002 on 3 March, 50 (phone form, lead); 3: A001 on 5 March, auto-fail;
    // 4: A003 on 5 March, 27.8.
    addReview(c.versionId, QStringLiteral("A001"), QStringLiteral("C1"), answersFor(c.form, 1, 5, 2, 1),
              at(2026, 3, 2, 16), m_qa);
    addReview(p.versionId, QStringLiteral("A002"), QStringLiteral("C2"), answersFor(p.form, 1, std::nullopt, 1, 0),
              at(2026, 3, 3, 10), m_lead);
    addReview(c.versionId, QStringLiteral("A001"), QStringLiteral("C3"), answersFor(c.form, 1, 5, 0, 1),
              at(2026, 3, 5, 9), m_qa, QStringLiteral("P1"));
    addReview(c.versionId, QStringLiteral("A003"), QStringLiteral("C4"), answersFor(c.form, 0, 2, 2, std::nullopt),
              at(2026, 3, 5, 23, 59), m_qa);
    QCOMPARE(test::count(db(), QStringLiteral("qa_reviews")), 4);

    const QaReviews reviews(db(), shanghai);
    auto ids = [&](const ReviewFilter &filter) {
        QList<ReviewRow> rows;
        QString error;
        if (!reviews.query(m_qa, filter, 100, std::nullopt, &rows, &error))
            qWarning("%s", qPrintable(error));
        QStringList list;
        for (const ReviewRow &r : rows)
            list << r.agentId + QLatin1Char('@') +
                        QString::number(QDateTime::fromSecsSinceEpoch(r.reviewedAt, shanghai).date().day());
        if (reviews.count(m_qa, filter).value_or(-1) != rows.size())
            list << QStringLiteral("count differs");
        return list.join(QLatin1Char(' '));
    };
    ReviewFilter f;
    QCOMPARE(ids(f), QStringLiteral("A003@5 A001@5 A002@3 A001@2"));
    // Period: local days, both included; 23:59 on 5 March is in it.
    f.from = QDate(2026, 3, 3);
    f.to = QDate(2026, 3, 5);
    QCOMPARE(ids(f), QStringLiteral("A003@5 A001@5 A002@3"));
    f.to = QDate(2026, 3, 4);
    QCOMPARE(ids(f), QStringLiteral("A002@3"));
    f = {};
    f.agentId = QStringLiteral("A001");
    QCOMPARE(ids(f), QStringLiteral("A001@5 A001@2"));
    f = {};
    f.team = QStringLiteral("一组");
    QCOMPARE(ids(f), QStringLiteral("A003@5 A001@5 A001@2"));
    f = {};
    f.reviewer = QStringLiteral("li");
    QCOMPARE(ids(f), QStringLiteral("A002@3"));
    f = {};
    f.formId = phone;
    QCOMPARE(ids(f), QStringLiteral("A002@3"));
    f = {};
    f.autoFailOnly = true;
    QCOMPARE(ids(f), QStringLiteral("A001@5"));
    // Scores as they count: the auto-fail is 0.
    f = {};
    f.minScore = 50;
    QCOMPARE(ids(f), QStringLiteral("A002@3 A001@2"));
    f.maxScore = 99.5;
    QCOMPARE(ids(f), QStringLiteral("A002@3"));
    f = {};
    f.maxScore = 30;
    QCOMPARE(ids(f), QStringLiteral("A003@5 A001@5"));
    // Filters combine.
    f.team = QStringLiteral("一组");
    f.autoFailOnly = true;
    f.formId = chat;
    QCOMPARE(ids(f), QStringLiteral("A001@5"));

    // What the pickers offer.
    const ReviewChoices choices = reviews.choices(m_qa);
    QCOMPARE(choices.agents.size(), 3);
    QCOMPARE(choices.agents.first().name, QStringLiteral("张三"));
    QCOMPARE(choices.teams, (QStringList{QStringLiteral("一组"), QStringLiteral("二组")}));
    QCOMPARE(choices.reviewers, (QStringList{QStringLiteral("li"), QStringLiteral("zhao")}));
    QCOMPARE(choices.forms.size(), 2);

    // A row has what the list shows.
    QList<ReviewRow> rows;
    QString error;
    f = {};
    f.autoFailOnly = true;
    QVERIFY(reviews.query(m_qa, f, 10, std::nullopt, &rows, &error));
    QCOMPARE(rows.size(), 1);
    const ReviewRow &r = rows.first();
    QCOMPARE(r.agentName, QStringLiteral("张三"));
    QCOMPARE(r.team, QStringLiteral("一组"));
    QCOMPARE(r.formName, QStringLiteral("Chat"));
    QCOMPARE(r.formVersion, 1);
    QCOMPARE(r.complaintId, QStringLiteral("P1"));
    QCOMPARE(r.conversationId, QStringLiteral("C3"));
    QCOMPARE(r.answerCount, 4);
    QVERIFY(r.autoFail);
    QCOMPARE(r.countedScore(), 0.0);
}

void TestQaForms::listPagesNewestFirst()
{
    const FormVersion v = *QaForms(db()).latest(createSample());
    const QList<Answer> answers = answersFor(v.form, 1, 4, 2, 1);
    // Seven reviews, three of them at the same second: the id orders those.
    for (int i = 0; i < 7; ++i)
        addReview(v.versionId, QStringLiteral("A001"), QStringLiteral("C1"), answers, at(2026, 3, 2, 9 + qMin(i, 4)),
                  m_qa);
    const QaReviews reviews(db(), shanghai);
    QStringList seen;
    std::optional<ReviewCursor> after;
    for (int page = 0; page < 10; ++page) {
        QList<ReviewRow> rows;
        QString error;
        QVERIFY2(reviews.query(m_qa, {}, 3, after, &rows, &error), qPrintable(error));
        for (const ReviewRow &r : rows)
            seen << r.id;
        if (rows.size() < 3)
            break;
        after = ReviewCursor{rows.last().reviewedAt, rows.last().id};
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("QA-20260302-0007"), QStringLiteral("QA-20260302-0006"),
                                QStringLiteral("QA-20260302-0005"), QStringLiteral("QA-20260302-0004"),
                                QStringLiteral("QA-20260302-0003"), QStringLiteral("QA-20260302-0002"),
                                QStringLiteral("QA-20260302-0001")}));
}

void TestQaForms::agentsSeeTheirOwnReviews()
{
    const FormVersion v = *QaForms(db()).latest(createSample());
    const SavedReview own = addReview(v.versionId, QStringLiteral("A001"), QStringLiteral("C1"),
                                      answersFor(v.form, 1, 4, 2, 1), at(2026, 3, 2, 9), m_qa);
    const SavedReview other = addReview(v.versionId, QStringLiteral("A002"), QStringLiteral("C2"),
                                        answersFor(v.form, 1, 4, 2, 1), at(2026, 3, 2, 10), m_qa);
    const QaReviews reviews(db(), shanghai);
    QList<ReviewRow> rows;
    QString error;
    QVERIFY(reviews.query(m_agent, {}, 10, std::nullopt, &rows, &error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, own.id);
    // Asking for someone else gives nothing.
    ReviewFilter f;
    f.agentId = QStringLiteral("A002");
    QVERIFY(reviews.query(m_agent, f, 10, std::nullopt, &rows, &error));
    QVERIFY(rows.isEmpty());
    QVERIFY(reviews.details(m_agent, own.id, &error));
    QVERIFY(!reviews.details(m_agent, other.id, &error));
    QCOMPARE(error, QStringLiteral("You may see your own QA reviews only."));
    QCOMPARE(reviews.choices(m_agent).agents.size(), 1);
    // A trainer sees every agent.
    QVERIFY(reviews.query(m_trainer, {}, 10, std::nullopt, &rows, &error));
    QCOMPARE(rows.size(), 2);
}

void TestQaForms::importedReviewsListAndOpen()
{
    // As the importer writes them: no form, no answers.
    QVERIFY(sql::exec(db(),
                      QStringLiteral("INSERT INTO qa_reviews(id, agent_id, reviewed_at, score, auto_fail,"
                                     " reviewer, conversation_id, notes) VALUES"
                                     " ('Q1', 'A001', ?, 87.5, 0, '钱质检', 'C1', '好'),"
                                     " ('Q2', 'A002', ?, 72, 1, NULL, NULL, NULL)"),
                      {at(2026, 3, 1, 10), at(2026, 3, 1, 11)}));
    const QaReviews reviews(db(), shanghai);
    QList<ReviewRow> rows;
    QString error;
    QVERIFY(reviews.query(m_qa, {}, 10, std::nullopt, &rows, &error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].id, QStringLiteral("Q2"));
    QCOMPARE(rows[0].formVersionId, 0);
    QCOMPARE(rows[0].answerCount, 0);
    QCOMPARE(rows[0].score, 72.0);
    QCOMPARE(rows[0].countedScore(), 0.0);
    QCOMPARE(ReviewListModel::cellText(rows[0], ReviewListModel::ScoreColumn, shanghai), QStringLiteral("0.0"));
    QCOMPARE(ReviewListModel::cellText(rows[0], ReviewListModel::FormColumn, shanghai), QStringLiteral("(imported)"));
    QCOMPARE(ReviewListModel::cellText(rows[1], ReviewListModel::AgentColumn, shanghai), QStringLiteral("A001 · 张三"));
    QCOMPARE(ReviewListModel::cellText(rows[1], ReviewListModel::ReviewedAtColumn, shanghai),
             QStringLiteral("2026-03-01 10:00"));
    const std::optional<ReviewDetails> d = reviews.details(m_qa, QStringLiteral("Q1"), &error);
    QVERIFY2(d, qPrintable(error));
    QVERIFY(!d->form);
    QVERIFY(d->answers.isEmpty());
    QCOMPARE(d->review.reviewer, QStringLiteral("钱质检"));
    // A form filter leaves them out; the others keep them.
    ReviewFilter f;
    f.formId = createSample();
    QCOMPARE(reviews.count(m_qa, f), std::optional<qint64>(0));
    f = {};
    f.autoFailOnly = true;
    QCOMPARE(reviews.count(m_qa, f), std::optional<qint64>(1));
}

void TestQaForms::listModel()
{
    ReviewListModel model(shanghai);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const FormVersion v = *QaForms(db()).latest(createSample());
    addReview(v.versionId, QStringLiteral("A001"), QStringLiteral("C1"), answersFor(v.form, 1, 5, 0, 1),
              at(2026, 3, 2, 9), m_qa, QStringLiteral("P1"));
    addReview(v.versionId, QStringLiteral("A002"), QStringLiteral("C2"), answersFor(v.form, 1, 5, 2, 1),
              at(2026, 3, 2, 10), m_qa);
    QList<ReviewRow> rows;
    QString error;
    QVERIFY(QaReviews(db(), shanghai).query(m_qa, {}, 1, std::nullopt, &rows, &error));
    model.setRows(rows);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(QaReviews(db(), shanghai)
                .query(m_qa, {}, 1, ReviewCursor{rows.last().reviewedAt, rows.last().id}, &rows, &error));
    model.appendRows(rows);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ReviewListModel::ColumnCount));
    QCOMPARE(model.headerData(ReviewListModel::LinkColumn, Qt::Horizontal).toString(),
             QStringLiteral("Conversation / complaint"));
    QCOMPARE(model.index(0, ReviewListModel::ScoreColumn).data().toString(), QStringLiteral("100.0"));
    QCOMPARE(model.index(1, ReviewListModel::AutoFailColumn).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model.index(1, ReviewListModel::LinkColumn).data().toString(), QStringLiteral("C1 / P1"));
    QCOMPARE(model.index(1, ReviewListModel::FormColumn).data().toString(), QStringLiteral("会话质检 v1"));
    QCOMPARE(model.index(1, 0).data(Qt::UserRole).toString(), QStringLiteral("QA-20260302-0001"));
    QCOMPARE(model.rowOf(QStringLiteral("QA-20260302-0001")), 1);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestQaForms::exportWritesEveryMatchingReview()
{
    const FormVersion v = *QaForms(db()).latest(createSample());
    for (int day = 1; day <= 5; ++day)
        addReview(v.versionId, day % 2 ? QStringLiteral("A001") : QStringLiteral("A002"),
                  day % 2 ? QStringLiteral("C1") : QStringLiteral("C2"), answersFor(v.form, 1, 4, 2, 1),
                  at(2026, 3, day, 10), m_qa);
    ReviewFilter f;
    f.agentId = QStringLiteral("A001");
    const QString path = m_dir.filePath(QStringLiteral("qa-export.csv"));
    const io::ExportResult result =
        io::exportTable(db(), QaReviews::exportSource(m_qa, f, shanghai), path, io::TableWriter::Format::Csv);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("QA-20260305-0001")));
    QVERIFY(!text.contains(QStringLiteral("QA-20260304-0001")));
    QVERIFY(text.contains(QStringLiteral("Reviewed at (Asia/Shanghai)")));
    QCOMPARE(auditCount(db(), QStringLiteral("qa.review.export")), 1);
    QVERIFY(sql::scalar(db(), QStringLiteral("SELECT after_value FROM audit_log WHERE kind = 'qa.review.export'"))
                .toString()
                .contains(QStringLiteral("\"agent\":\"A001\"")));
    // An agent may export their own; without ExportData nobody may (every role has it today).
    const io::ExportResult own =
        io::exportTable(db(), QaReviews::exportSource(m_agent, {}, shanghai), m_dir.filePath(QStringLiteral("own.csv")),
                        io::TableWriter::Format::Csv);
    QVERIFY(own.ok);
    QCOMPARE(own.rows, 3);
}

void TestQaForms::auditRows()
{
    QaForms forms(db());
    const qint64 formId = createSample();
    const FormVersion v1 = *forms.latest(formId);
    Form edited = v1.form;
    edited.sections[0].weight = 4;
    QString error;
    QVERIFY(forms.save(m_lead, formId, v1.versionId, v1.name, edited, nullptr, &error));
    QVERIFY(forms.setActive(m_lead, formId, false, &error));
    QVERIFY(forms.setActive(m_lead, formId, true, &error));
    const FormVersion v2 = *forms.latest(formId);
    const SavedReview saved = addReview(v2.versionId, QStringLiteral("A001"), QStringLiteral("C1"),
                                        answersFor(v2.form, 1, 4, 2, 1), at(2026, 3, 2, 9), m_qa);

    AuditFilter filter;
    filter.kind = QStringLiteral("qa.");
    QList<AuditEntry> entries;
    QVERIFY2(audit::query(db(), m_admin, filter, 50, 0, &entries, &error), qPrintable(error));
    QStringList kinds;
    for (const AuditEntry &e : std::as_const(entries))
        kinds.prepend(e.kind + QLatin1Char(':') + e.userName);
    QCOMPARE(kinds, (QStringList{QStringLiteral("qa.form.create:zhao"), QStringLiteral("qa.form.save:li"),
                                 QStringLiteral("qa.form.retire:li"), QStringLiteral("qa.form.reactivate:li"),
                                 QStringLiteral("qa.review.add:zhao")}));
    const AuditEntry &save = entries.at(3);
    QCOMPARE(save.entity, QStringLiteral("qa_form"));
    QCOMPARE(save.entityId, QString::number(formId));
    QVERIFY(save.before.contains(QStringLiteral("\"version\":1")));
    QVERIFY(save.after.contains(QStringLiteral("\"version\":2")));
    const AuditEntry &review = entries.at(0);
    QCOMPARE(review.entity, QStringLiteral("qa_review"));
    QCOMPARE(review.entityId, saved.id);
    QVERIFY(review.after.contains(QStringLiteral("\"agent_id\":\"A001\"")));
    QVERIFY(review.after.contains(QStringLiteral("\"form_version\":2")));
    QVERIFY(review.after.contains(QStringLiteral("\"conversation_id\":\"C1\"")));
}

QTEST_GUILESS_MAIN(TestQaForms)

#include "tst_qaforms.moc"
