// The complaint dialogs (issue 12), driven as a person drives them: each step of a case asks exactly what
// complaints.md requires (OK stays disabled, with what is missing, until it is given) and hands back ids,
// not names; acting through the dialog shows the service's refusals inline; a new case is opened by hand or
// from a drill-down's contact, linked to the conversation. KEFUDESK_COMPLAINT_SHOTS=/dir writes
// screenshots of the dialogs there.
#include "TestSupport.h"

#include "complaints/CaseActionDialog.h"
#include "complaints/CaseDetail.h"
#include "complaints/NewCaseDialog.h"
#include "live/DrillDownDialog.h"
#include "shell/Gui.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kefu;
using namespace kefu::ui;
using complaints::ActionInput;
using complaints::ActionResult;
using complaints::CaseAction;
using complaints::ComplaintService;
using complaints::NewCase;

Q_DECLARE_METATYPE(kefu::complaints::CaseAction)

namespace {

const QStringList AllFields{QStringLiteral("caseActionOwner"),      QStringLiteral("caseActionRootCause"),
                            QStringLiteral("caseActionResolution"), QStringLiteral("caseActionAmount"),
                            QStringLiteral("caseActionFeedback"),   QStringLiteral("caseActionLevel"),
                            QStringLiteral("caseActionNote")};

// The input fields a dialog has, by object name.
QStringList fieldsOf(const QDialog &dialog)
{
    QStringList present;
    for (const QString &name : AllFields) {
        if (dialog.findChild<QWidget *>(name))
            present << name;
    }
    return present;
}

QPushButton *okOf(const QDialog &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("caseActionOk"));
}

QString errorOf(const QDialog &dialog, const QString &name = QStringLiteral("caseActionError"))
{
    auto *label = dialog.findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no error label>");
}

void choose(QComboBox *combo, const QVariant &data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void typeNote(const QDialog &dialog, const QString &text)
{
    auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("caseActionNote"));
    QVERIFY(note);
    note->setPlainText(text);
}

void typeOwner(const QDialog &dialog, const QString &text)
{
    auto *owner = dialog.findChild<QComboBox *>(QStringLiteral("caseActionOwner"));
    QVERIFY(owner);
    owner->setEditText(text);
}

CaseActionFacts facts(const QString &state, const QString &owner = {}, int level = 1, int attempts = 0)
{
    CaseActionFacts f;
    f.caseId = QStringLiteral("C-20261120-0007");
    f.summary = QStringLiteral("快递三天未到");
    f.state = state;
    f.owner = owner;
    f.level = level;
    f.contactAttempts = attempts;
    return f;
}

} // namespace

class TestComplaintDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachStepAsksForItsFields_data();
    void eachStepAsksForItsFields();
    void titleNamesTheStepAndTheCase();
    void assignNeedsAnotherOwner();
    void acknowledgeTakesTheCurrentOwner();
    void proposeNeedsAnAmountOnlyForRefundCouponCompensation_data();
    void proposeNeedsAnAmountOnlyForRefundCouponCompensation();
    void proposeAmountIsANumberOfTwoDecimals();
    void notesAndReasonsAreRequiredWhereTheStepNeedsThem_data();
    void notesAndReasonsAreRequiredWhereTheStepNeedsThem();
    void closeUnreachableNeedsTwoContactAttempts();
    void closeUnsatisfiedBelowLevelTwoNeedsAnOverrideNote();
    void escalateOffersOnlyHigherLevels();

    void actingThroughTheDialogWalksTheCase();
    void refusalsShowInTheDialog();
    void staleCaseBlocksTheDialog();
    void withoutPermissionOkIsDisabled();

    void newCaseFromAConversation();
    void newCaseCreatesAndShowsRefusals();
    void newCaseWithoutPermission();

    void drillDownOpensAComplaint();
    void drillDownWithoutPermission();

    void screenshots_data();
    void screenshots();

private:
    QSqlDatabase db() const { return m_store->database(); }
    QString openCase(const QString &owner = {});
    std::optional<complaints::CaseDetail> load(const QString &id) const;
    // A dialog for action on the stored case id that acts as session at `at`, shown.
    std::unique_ptr<CaseActionDialog> actingDialog(CaseAction action, const QString &id, const Session &session,
                                                   qint64 at) const;
    ActionResult act(const QString &id, ActionInput in, qint64 at);
    // The day's contacts as the queue pane's drill-down shows them to session, loaded (nothing on a timeout).
    std::unique_ptr<DrillDownDialog> drillDown(const Session &session) const;
    QString column(const QString &id, const QString &name) const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const qint64 t0 = 1'795'600'000; // 2026-11-24
    int m_serial = 0;
    Session m_qa = Session::signedIn(3, QStringLiteral("zhao"), Role::Qa);
    Session m_lead = Session::signedIn(2, QStringLiteral("li"), Role::Lead);
    Session m_trainer = Session::signedIn(4, QStringLiteral("sun"), Role::Trainer);
};

void TestComplaintDialogs::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KefuDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_complaintdialogs"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

void TestComplaintDialogs::init()
{
    m_store = test::createStore(m_dir, QStringLiteral("complaints-%1.sqlite").arg(++m_serial));
    QVERIFY(m_store);
    QVERIFY(sql::exec(db(), QStringLiteral("INSERT INTO teams(name) VALUES ('一组')")));
    QVERIFY(sql::exec(db(), QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A001', '张三', '一组'),"
                                           " ('A002', '李四', '一组')")));
    // Two contacts of the day: an answered phone call about an order, a chat still waiting.
    QVERIFY(sql::exec(db(),
                      QStringLiteral("INSERT INTO conversations(id, channel, queue, customer_id, order_id, category,"
                                     " agent_id, arrived_at, answered_at, ended_at)"
                                     " VALUES ('CV1', 'phone', 'after-sales', 'CU-88', 'O-2026-551', '物流', 'A002',"
                                     " ?, ?, ?)"),
                      {t0 + 100, t0 + 110, t0 + 400}));
    QVERIFY(sql::exec(db(),
                      QStringLiteral("INSERT INTO conversations(id, channel, customer_id, arrived_at)"
                                     " VALUES ('CV2', 'chat', 'CU-12', ?)"),
                      {t0 + 200}));
}

void TestComplaintDialogs::cleanup()
{
    m_store.reset();
}

QString TestComplaintDialogs::openCase(const QString &owner)
{
    NewCase c;
    c.createdAt = t0;
    c.summary = QStringLiteral("快递三天未到");
    c.category = QStringLiteral("物流");
    c.owner = owner;
    QString error;
    const auto id = ComplaintService(db(), m_lead, m_store->timeZone()).create(c, &error);
    if (!id)
        qWarning("create: %s", qPrintable(error));
    return id.value_or(QString());
}

std::optional<complaints::CaseDetail> TestComplaintDialogs::load(const QString &id) const
{
    QSqlDatabase d = db();
    QString error;
    auto detail = complaints::CaseDetail::load(d, id, t0 + 86400, &error);
    if (!detail)
        qWarning("load %s: %s", qPrintable(id), qPrintable(error));
    return detail;
}

std::unique_ptr<CaseActionDialog> TestComplaintDialogs::actingDialog(CaseAction action, const QString &id,
                                                                     const Session &session, qint64 at) const
{
    const auto detail = load(id);
    if (!detail)
        return nullptr;
    auto dialog =
        std::make_unique<CaseActionDialog>(action, CaseActionFacts::of(*detail), QStringList{QStringLiteral("李娜")});
    dialog->actOnAccept(*m_store, session, at);
    dialog->show();
    return dialog;
}

std::unique_ptr<DrillDownDialog> TestComplaintDialogs::drillDown(const Session &session) const
{
    live::DrillDownQuery query;
    query.fromUtc = t0;
    query.toUtc = t0 + 86400;
    query.now = t0 + 3600;
    auto drill = std::make_unique<DrillDownDialog>(*m_store, session, query, ServiceRules{}, m_store->timeZone(),
                                                   QStringLiteral("contacts"));
    drill->setAttribute(Qt::WA_DeleteOnClose, false);
    drill->show();
    QSignalSpy loaded(drill.get(), &DrillDownDialog::loaded);
    if (!drill->isLoaded() && !loaded.wait(5000))
        return nullptr;
    return drill;
}

ActionResult TestComplaintDialogs::act(const QString &id, ActionInput in, qint64 at)
{
    ComplaintService service(db(), m_lead, m_store->timeZone());
    const ActionResult r = service.act(id, service.lastEventId(id), in, at);
    if (!r.ok())
        qWarning("act on %s: %s", qPrintable(id), qPrintable(r.message));
    return r;
}

QString TestComplaintDialogs::column(const QString &id, const QString &name) const
{
    return sql::scalar(db(), QStringLiteral("SELECT %1 FROM complaints WHERE id = ?").arg(name), {id}).toString();
}

void TestComplaintDialogs::eachStepAsksForItsFields_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<bool>("okAtOnce"); // nothing is required beyond what the case has
    const QString owner = QStringLiteral("caseActionOwner"), note = QStringLiteral("caseActionNote");
    QTest::newRow("assign") << CaseAction::Assign << "acknowledged" << QStringList{owner, note} << false;
    QTest::newRow("acknowledge") << CaseAction::Acknowledge << "new" << QStringList{owner, note} << true;
    QTest::newRow("investigate") << CaseAction::Investigate << "acknowledged" << QStringList{note} << true;
    QTest::newRow("propose") << CaseAction::Propose << "investigating"
                             << QStringList{QStringLiteral("caseActionRootCause"),
                                            QStringLiteral("caseActionResolution"), QStringLiteral("caseActionAmount"),
                                            note}
                             << false;
    QTest::newRow("send") << CaseAction::SendForConfirmation << "proposed" << QStringList{note} << true;
    QTest::newRow("contact") << CaseAction::ContactAttempt << "awaiting_feedback" << QStringList{note} << false;
    QTest::newRow("note") << CaseAction::Note << "closed" << QStringList{note} << false;
    QTest::newRow("close") << CaseAction::Close << "awaiting_feedback"
                           << QStringList{QStringLiteral("caseActionFeedback"), note} << false;
    QTest::newRow("reject") << CaseAction::Reject << "new" << QStringList{note} << false;
    QTest::newRow("reopen") << CaseAction::Reopen << "closed" << QStringList{note} << false;
    QTest::newRow("escalate") << CaseAction::Escalate << "investigating"
                              << QStringList{owner, QStringLiteral("caseActionLevel"), note} << true;
}

void TestComplaintDialogs::eachStepAsksForItsFields()
{
    QFETCH(CaseAction, action);
    QFETCH(QString, state);
    QFETCH(QStringList, fields);
    QFETCH(bool, okAtOnce);
    QStringList expected = fields;
    std::sort(expected.begin(), expected.end());
    CaseActionDialog dialog(action, facts(state, QStringLiteral("李娜")), {QStringLiteral("王芳")});
    QStringList present = fieldsOf(dialog);
    std::sort(present.begin(), present.end());
    QCOMPARE(present, expected);
    QCOMPARE(okOf(dialog)->isEnabled(), okAtOnce);
    QCOMPARE(dialog.isComplete(), okAtOnce);
    // Whatever is missing is said in the dialog.
    QCOMPARE(errorOf(dialog).isEmpty(), okAtOnce);
    QCOMPARE(dialog.input().action, action);
}

void TestComplaintDialogs::titleNamesTheStepAndTheCase()
{
    CaseActionDialog dialog(CaseAction::Propose, facts(QStringLiteral("investigating")));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("C-20261120-0007")));
    QVERIFY(
        dialog.windowTitle().contains(ComplaintService::actionTitle(CaseAction::Propose).remove(QStringLiteral("…"))));
}

void TestComplaintDialogs::assignNeedsAnotherOwner()
{
    CaseActionDialog dialog(CaseAction::Assign, facts(QStringLiteral("acknowledged"), QStringLiteral("李娜")),
                            {QStringLiteral("李娜"), QStringLiteral("王芳")});
    auto *owner = dialog.findChild<QComboBox *>(QStringLiteral("caseActionOwner"));
    QVERIFY(owner->findText(QStringLiteral("王芳")) >= 0); // the known owners are offered
    QVERIFY(!okOf(dialog)->isEnabled());
    typeOwner(dialog, QStringLiteral("李娜"));
    QVERIFY(!okOf(dialog)->isEnabled());
    QVERIFY(errorOf(dialog).contains(QStringLiteral("李娜")));
    typeOwner(dialog, QStringLiteral(" 王芳 "));
    QVERIFY(okOf(dialog)->isEnabled());
    QVERIFY(errorOf(dialog).isEmpty());
    typeNote(dialog, QStringLiteral("李娜休假"));
    const ActionInput in = dialog.input();
    QCOMPARE(in.action, CaseAction::Assign);
    QCOMPARE(in.owner, QStringLiteral("王芳"));
    QCOMPARE(in.note, QStringLiteral("李娜休假"));
}

void TestComplaintDialogs::acknowledgeTakesTheCurrentOwner()
{
    {
        CaseActionDialog dialog(CaseAction::Acknowledge, facts(QStringLiteral("new"), QStringLiteral("李娜")));
        QVERIFY(okOf(dialog)->isEnabled());
        QCOMPARE(dialog.input().owner, QStringLiteral("李娜"));
    }
    CaseActionDialog dialog(CaseAction::Acknowledge, facts(QStringLiteral("new")));
    QVERIFY(!okOf(dialog)->isEnabled());
    QVERIFY(!errorOf(dialog).isEmpty());
    typeOwner(dialog, QStringLiteral("王芳"));
    QVERIFY(okOf(dialog)->isEnabled());
    QCOMPARE(dialog.input().owner, QStringLiteral("王芳"));
}

void TestComplaintDialogs::proposeNeedsAnAmountOnlyForRefundCouponCompensation_data()
{
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<bool>("needsAmount");
    for (int i = 0; i < ResolutionTypeCount; ++i) {
        const ResolutionType type = ResolutionType(i);
        QTest::newRow(qPrintable(resolutionTypeId(type)))
            << resolutionTypeId(type)
            << (type == ResolutionType::Refund || type == ResolutionType::Coupon ||
                type == ResolutionType::Compensation);
    }
}

void TestComplaintDialogs::proposeNeedsAnAmountOnlyForRefundCouponCompensation()
{
    QFETCH(QString, resolution);
    QFETCH(bool, needsAmount);
    CaseActionDialog dialog(CaseAction::Propose, facts(QStringLiteral("investigating"), QStringLiteral("李娜")));
    auto *cause = dialog.findChild<QComboBox *>(QStringLiteral("caseActionRootCause"));
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("caseActionResolution"));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("caseActionAmount"));
    QVERIFY(cause && type && amount);
    // Every root cause and resolution type is offered by its name, with its id as the item's data.
    QCOMPARE(cause->count(), RootCauseCount + 1);
    QCOMPARE(type->count(), ResolutionTypeCount + 1);
    QCOMPARE(cause->itemData(cause->findData(QStringLiteral("after_sales"))).toString(), QStringLiteral("after_sales"));
    QCOMPARE(cause->itemText(cause->findData(QStringLiteral("after_sales"))).toLower(),
             rootCauseName(RootCause::AfterSales).toLower());
    choose(cause, QStringLiteral("logistics"));
    QVERIFY(!okOf(dialog)->isEnabled()); // no resolution yet
    choose(type, resolution);
    QCOMPARE(amount->isEnabled(), needsAmount);
    QCOMPARE(okOf(dialog)->isEnabled(), !needsAmount);
    if (needsAmount) {
        QVERIFY(errorOf(dialog).contains(QStringLiteral("amount")));
        QTest::keyClicks(amount, QStringLiteral("120.5"));
        QVERIFY(okOf(dialog)->isEnabled());
    }
    const ActionInput in = dialog.input();
    QCOMPARE(in.action, CaseAction::Propose);
    QCOMPARE(in.rootCause, QStringLiteral("logistics"));
    QCOMPARE(in.resolution, resolution);
    QCOMPARE(in.amount, needsAmount ? QStringLiteral("120.50") : QString());
}

void TestComplaintDialogs::proposeAmountIsANumberOfTwoDecimals()
{
    CaseActionFacts f = facts(QStringLiteral("investigating"), QStringLiteral("李娜"));
    // An offer withdrawn before is offered again.
    f.rootCause = QStringLiteral("product_quality");
    f.resolution = QStringLiteral("refund");
    f.amount = QStringLiteral("80.00");
    CaseActionDialog dialog(CaseAction::Propose, f);
    QVERIFY(okOf(dialog)->isEnabled());
    QCOMPARE(dialog.input().amount, QStringLiteral("80.00"));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("caseActionAmount"));
    amount->clear();
    QVERIFY(!okOf(dialog)->isEnabled());
    // No sign, no letters, no third decimal.
    QTest::keyClicks(amount, QStringLiteral("-1x2.345"));
    QCOMPARE(amount->text(), QStringLiteral("12.34"));
    QCOMPARE(dialog.input().amount, QStringLiteral("12.34"));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("."));
    QVERIFY(!okOf(dialog)->isEnabled());
    QVERIFY(errorOf(dialog).contains(QStringLiteral("not a number")));
    amount->setText(QStringLiteral("0"));
    QVERIFY(okOf(dialog)->isEnabled());
    QCOMPARE(dialog.input().amount, QStringLiteral("0.00"));
}

void TestComplaintDialogs::notesAndReasonsAreRequiredWhereTheStepNeedsThem_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<QString>("state");
    QTest::newRow("contact attempt") << CaseAction::ContactAttempt << "awaiting_feedback";
    QTest::newRow("note") << CaseAction::Note << "investigating";
    QTest::newRow("reject") << CaseAction::Reject << "new";
    QTest::newRow("reopen") << CaseAction::Reopen << "closed";
}

void TestComplaintDialogs::notesAndReasonsAreRequiredWhereTheStepNeedsThem()
{
    QFETCH(CaseAction, action);
    QFETCH(QString, state);
    CaseActionDialog dialog(action, facts(state, QStringLiteral("李娜")));
    QVERIFY(!okOf(dialog)->isEnabled());
    typeNote(dialog, QStringLiteral("   "));
    QVERIFY(!okOf(dialog)->isEnabled());
    typeNote(dialog, QStringLiteral(" 关机 "));
    QVERIFY(okOf(dialog)->isEnabled());
    QVERIFY(errorOf(dialog).isEmpty());
    QCOMPARE(dialog.input().note, QStringLiteral("关机"));
}

void TestComplaintDialogs::closeUnreachableNeedsTwoContactAttempts()
{
    for (const int attempts : {0, 1, 2}) {
        CaseActionDialog dialog(CaseAction::Close,
                                facts(QStringLiteral("awaiting_feedback"), QStringLiteral("李娜"), 1, attempts));
        auto *feedback = dialog.findChild<QComboBox *>(QStringLiteral("caseActionFeedback"));
        QCOMPARE(feedback->count(), CustomerFeedbackCount + 1);
        choose(feedback, QStringLiteral("unreachable"));
        auto *info = dialog.findChild<QLabel *>(QStringLiteral("caseActionFeedbackInfo"));
        QVERIFY(info->text().contains(QString::number(attempts)));
        QCOMPARE(okOf(dialog)->isEnabled(), attempts >= 2);
        QCOMPARE(errorOf(dialog).contains(QStringLiteral("two contact attempts")), attempts < 2);
        QCOMPARE(dialog.input().feedback, QStringLiteral("unreachable"));
    }
    CaseActionDialog dialog(CaseAction::Close, facts(QStringLiteral("awaiting_feedback"), QStringLiteral("李娜")));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("caseActionFeedback")), QStringLiteral("satisfied"));
    QVERIFY(okOf(dialog)->isEnabled());
    QCOMPARE(dialog.input().feedback, QStringLiteral("satisfied"));
}

void TestComplaintDialogs::closeUnsatisfiedBelowLevelTwoNeedsAnOverrideNote()
{
    {
        CaseActionDialog dialog(CaseAction::Close, facts(QStringLiteral("awaiting_feedback"), QStringLiteral("李娜")));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("caseActionFeedback")), QStringLiteral("unsatisfied"));
        QVERIFY(!okOf(dialog)->isEnabled());
        // Who may override is said before anyone tries.
        const QString info = dialog.findChild<QLabel *>(QStringLiteral("caseActionFeedbackInfo"))->text();
        QVERIFY(info.contains(QStringLiteral("team lead")));
        QVERIFY(errorOf(dialog).contains(QStringLiteral("override note")));
        typeNote(dialog, QStringLiteral("客户诉求超出政策，主管同意结案"));
        QVERIFY(okOf(dialog)->isEnabled());
        QCOMPARE(dialog.input().note, QStringLiteral("客户诉求超出政策，主管同意结案"));
    }
    CaseActionDialog dialog(CaseAction::Close, facts(QStringLiteral("awaiting_feedback"), QStringLiteral("李娜"), 2));
    choose(dialog.findChild<QComboBox *>(QStringLiteral("caseActionFeedback")), QStringLiteral("unsatisfied"));
    QVERIFY(okOf(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("caseActionFeedbackInfo"))->isVisibleTo(&dialog));
}

void TestComplaintDialogs::escalateOffersOnlyHigherLevels()
{
    const QList<QList<int>> offered{{2, 3}, {3}, {}};
    for (int current = 1; current <= 3; ++current) {
        CaseActionDialog dialog(CaseAction::Escalate,
                                facts(QStringLiteral("investigating"), QStringLiteral("李娜"), current),
                                {QStringLiteral("王芳")});
        auto *level = dialog.findChild<QComboBox *>(QStringLiteral("caseActionLevel"));
        QList<int> levels;
        for (int i = 0; i < level->count(); ++i)
            levels << level->itemData(i).toInt();
        QCOMPARE(levels, offered.at(current - 1));
        QCOMPARE(okOf(dialog)->isEnabled(), current < 3);
        QCOMPARE(errorOf(dialog).isEmpty(), current < 3);
        if (current == 1) {
            QCOMPARE(dialog.input().level, 2);
            QCOMPARE(dialog.input().owner, QString()); // the owner stays
            choose(level, 3);
            typeOwner(dialog, QStringLiteral("王芳"));
            QCOMPARE(dialog.input().level, 3);
            QCOMPARE(dialog.input().owner, QStringLiteral("王芳"));
        }
    }
}

void TestComplaintDialogs::actingThroughTheDialogWalksTheCase()
{
    const QString id = openCase();
    QVERIFY(!id.isEmpty());
    auto step = [&](CaseAction action, const std::function<void(CaseActionDialog &)> &fill, qint64 at) {
        const auto shown = actingDialog(action, id, m_lead, at);
        QVERIFY(shown);
        CaseActionDialog &dialog = *shown;
        fill(dialog);
        QVERIFY2(okOf(dialog)->isEnabled(), qPrintable(errorOf(dialog)));
        okOf(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.actionResult());
        QVERIFY2(dialog.actionResult()->ok(), qPrintable(dialog.actionResult()->message));
    };
    step(
        CaseAction::Acknowledge, [](CaseActionDialog &d) { typeOwner(d, QStringLiteral("李娜")); }, t0 + 600);
    QCOMPARE(column(id, QStringLiteral("state")), QStringLiteral("acknowledged"));
    QCOMPARE(column(id, QStringLiteral("owner")), QStringLiteral("李娜"));
    step(
        CaseAction::Investigate, [](CaseActionDialog &) {}, t0 + 700);
    step(
        CaseAction::Propose,
        [](CaseActionDialog &d) {
            choose(d.findChild<QComboBox *>(QStringLiteral("caseActionRootCause")), QStringLiteral("logistics"));
            choose(d.findChild<QComboBox *>(QStringLiteral("caseActionResolution")), QStringLiteral("coupon"));
            QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("caseActionAmount")), QStringLiteral("20"));
        },
        t0 + 3600);
    QCOMPARE(column(id, QStringLiteral("state")), QStringLiteral("proposed"));
    QCOMPARE(column(id, QStringLiteral("root_cause")), QStringLiteral("logistics"));
    QCOMPARE(column(id, QStringLiteral("resolution_type")), QStringLiteral("coupon"));
    QCOMPARE(column(id, QStringLiteral("amount")).toDouble(), 20.0);
    step(
        CaseAction::SendForConfirmation, [](CaseActionDialog &) {}, t0 + 4000);
    step(
        CaseAction::ContactAttempt, [](CaseActionDialog &d) { typeNote(d, QStringLiteral("无人接听")); }, t0 + 5000);
    step(
        CaseAction::Close,
        [](CaseActionDialog &d) {
            choose(d.findChild<QComboBox *>(QStringLiteral("caseActionFeedback")), QStringLiteral("satisfied"));
        },
        t0 + 9000);
    QCOMPARE(column(id, QStringLiteral("state")), QStringLiteral("closed"));
    QCOMPARE(column(id, QStringLiteral("customer_feedback")), QStringLiteral("satisfied"));
    QCOMPARE(column(id, QStringLiteral("contact_attempts")), QStringLiteral("1"));
    QCOMPARE(sql::scalar(db(),
                         QStringLiteral("SELECT note FROM complaint_events WHERE complaint_id = ? AND"
                                        " kind = 'contact_attempt'"),
                         {id})
                 .toString(),
             QStringLiteral("无人接听"));
}

void TestComplaintDialogs::refusalsShowInTheDialog()
{
    // A QA person may move cases, but the override of an unsatisfied close below level 2 is a team lead's.
    const QString id = openCase(QStringLiteral("李娜"));
    ActionInput in;
    in.action = CaseAction::Acknowledge;
    QVERIFY(act(id, in, t0 + 60).ok());
    in.action = CaseAction::Investigate;
    QVERIFY(act(id, in, t0 + 120).ok());
    in.action = CaseAction::Propose;
    in.rootCause = QStringLiteral("logistics");
    in.resolution = QStringLiteral("explanation");
    QVERIFY(act(id, in, t0 + 180).ok());
    in.action = CaseAction::SendForConfirmation;
    QVERIFY(act(id, in, t0 + 240).ok());
    const qint64 events = test::count(db(), QStringLiteral("complaint_events"));

    const auto shown = actingDialog(CaseAction::Close, id, m_qa, t0 + 300);
    QVERIFY(shown);
    CaseActionDialog &dialog = *shown;
    choose(dialog.findChild<QComboBox *>(QStringLiteral("caseActionFeedback")), QStringLiteral("unsatisfied"));
    typeNote(dialog, QStringLiteral("我来结案"));
    okOf(dialog)->click();
    QVERIFY(dialog.isVisible()); // stays open
    QVERIFY(dialog.actionResult());
    QCOMPARE(dialog.actionResult()->status, ActionResult::Status::Refused);
    QCOMPARE(errorOf(dialog), dialog.actionResult()->message);
    QVERIFY(errorOf(dialog).contains(QStringLiteral("team lead")));
    QVERIFY(okOf(dialog)->isEnabled()); // the person may change the feedback and try again
    QCOMPARE(test::count(db(), QStringLiteral("complaint_events")), events);
    QCOMPARE(column(id, QStringLiteral("state")), QStringLiteral("awaiting_feedback"));
    // Satisfied after all: done.
    choose(dialog.findChild<QComboBox *>(QStringLiteral("caseActionFeedback")), QStringLiteral("satisfied"));
    okOf(dialog)->click();
    QVERIFY(dialog.actionResult()->ok());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(column(id, QStringLiteral("state")), QStringLiteral("closed"));
}

void TestComplaintDialogs::staleCaseBlocksTheDialog()
{
    const QString id = openCase(QStringLiteral("李娜"));
    const auto shown = actingDialog(CaseAction::Acknowledge, id, m_qa, t0 + 300);
    QVERIFY(shown);
    CaseActionDialog &dialog = *shown;
    // Another desktop notes the case meanwhile.
    ActionInput note;
    note.action = CaseAction::Note;
    note.note = QStringLiteral("客户又来电");
    QVERIFY(act(id, note, t0 + 200).ok());
    okOf(dialog)->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.actionResult()->status, ActionResult::Status::Stale);
    QVERIFY(errorOf(dialog).contains(QStringLiteral("by li"))); // who changed it
    QVERIFY(!okOf(dialog)->isEnabled());
    QCOMPARE(column(id, QStringLiteral("state")), QStringLiteral("new"));
}

void TestComplaintDialogs::withoutPermissionOkIsDisabled()
{
    const QString id = openCase(QStringLiteral("李娜"));
    const auto shown = actingDialog(CaseAction::Note, id, m_trainer, t0 + 300);
    QVERIFY(shown);
    CaseActionDialog &dialog = *shown;
    typeNote(dialog, QStringLiteral("培训师的备注"));
    QVERIFY(!okOf(dialog)->isEnabled());
    QVERIFY(errorOf(dialog).startsWith(QStringLiteral("Only")));
    dialog.accept(); // even called directly, nothing is written
    QCOMPARE(test::count(db(), QStringLiteral("complaint_events WHERE kind = 'note'")), 0);
}

void TestComplaintDialogs::newCaseFromAConversation()
{
    NewCaseDialog dialog({{QStringLiteral("王芳")}, {QStringLiteral("物流"), QStringLiteral("售后")}});
    NewCase from;
    from.channel = QStringLiteral("phone");
    from.customerId = QStringLiteral("CU-88");
    from.orderId = QStringLiteral("O-2026-551");
    from.category = QStringLiteral("物流");
    from.agentId = QStringLiteral("A002");
    from.conversationId = QStringLiteral("CV1");
    dialog.prefill(from);
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("newCaseOk"));
    QVERIFY(!ok->isEnabled()); // a summary is needed
    QVERIFY(!errorOf(dialog, QStringLiteral("newCaseError")).isEmpty());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("newCaseConversation"))->isReadOnly());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("newCaseCustomer"))->isReadOnly());
    auto *priority = dialog.findChild<QComboBox *>(QStringLiteral("newCasePriority"));
    QCOMPARE(priority->currentData().toString(), QStringLiteral("P3"));
    choose(priority, QStringLiteral("P1"));
    // What P1 means, with its hours.
    const QString meaning = dialog.findChild<QLabel *>(QStringLiteral("newCasePriorityMeaning"))->text();
    QVERIFY(meaning.contains(QStringLiteral("safety")));
    QVERIFY(meaning.contains(QStringLiteral("1 h")));
    // QTest::keyClicks types ASCII only: Chinese text is set.
    dialog.findChild<QLineEdit *>(QStringLiteral("newCaseSummary"))->setText(QStringLiteral("快递三天未到"));
    QVERIFY(ok->isEnabled());
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("newCaseDescription"))
        ->setPlainText(QStringLiteral("客户要求退款"));
    dialog.findChild<QComboBox *>(QStringLiteral("newCaseOwner"))->setEditText(QStringLiteral("王芳"));
    const NewCase c = dialog.newCase();
    QCOMPARE(c.channel, QStringLiteral("phone"));
    QCOMPARE(c.customerId, QStringLiteral("CU-88"));
    QCOMPARE(c.orderId, QStringLiteral("O-2026-551"));
    QCOMPARE(c.category, QStringLiteral("物流"));
    QCOMPARE(c.priority, QStringLiteral("P1"));
    QCOMPARE(c.summary, QStringLiteral("快递三天未到"));
    QCOMPARE(c.description, QStringLiteral("客户要求退款"));
    QCOMPARE(c.owner, QStringLiteral("王芳"));
    QCOMPARE(c.agentId, QStringLiteral("A002"));
    QCOMPARE(c.conversationId, QStringLiteral("CV1"));
    QVERIFY(c.id.isEmpty());
    // By hand: the conversation may be typed.
    NewCaseDialog byHand;
    QVERIFY(!byHand.findChild<QLineEdit *>(QStringLiteral("newCaseConversation"))->isReadOnly());
    QCOMPARE(byHand.newCase().channel, QString());
}

void TestComplaintDialogs::newCaseCreatesAndShowsRefusals()
{
    NewCaseDialog dialog;
    dialog.createOnAccept(*m_store, m_qa, t0 + 1000);
    dialog.show();
    QSignalSpy created(&dialog, &NewCaseDialog::caseCreated);
    dialog.findChild<QLineEdit *>(QStringLiteral("newCaseSummary"))->setText(QStringLiteral("态度差"));
    // An agent the store does not know: the store refuses, the dialog says so and stays open.
    dialog.findChild<QLineEdit *>(QStringLiteral("newCaseAgent"))->setText(QStringLiteral("A999"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("newCaseOk"));
    ok->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(!errorOf(dialog, QStringLiteral("newCaseError")).isEmpty());
    QCOMPARE(created.count(), 0);
    QCOMPARE(test::count(db(), QStringLiteral("complaints")), 0);
    dialog.findChild<QLineEdit *>(QStringLiteral("newCaseAgent"))->setText(QStringLiteral("A001"));
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(created.count(), 1);
    const QString id = created.first().first().toString();
    QCOMPARE(dialog.createdCaseId(), id);
    QCOMPARE(column(id, QStringLiteral("summary")), QStringLiteral("态度差"));
    QCOMPARE(column(id, QStringLiteral("agent_id")), QStringLiteral("A001"));
    QCOMPARE(column(id, QStringLiteral("created_at")).toLongLong(), t0 + 1000);
    QCOMPARE(column(id, QStringLiteral("priority")), QStringLiteral("P3"));
}

void TestComplaintDialogs::newCaseWithoutPermission()
{
    NewCaseDialog dialog;
    dialog.createOnAccept(*m_store, m_trainer, t0);
    dialog.findChild<QLineEdit *>(QStringLiteral("newCaseSummary"))->setText(QStringLiteral("态度差"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("newCaseOk"))->isEnabled());
    QVERIFY(errorOf(dialog, QStringLiteral("newCaseError")).startsWith(QStringLiteral("Only")));
    dialog.accept();
    QCOMPARE(test::count(db(), QStringLiteral("complaints")), 0);
}

void TestComplaintDialogs::drillDownOpensAComplaint()
{
    const auto loaded = drillDown(m_qa);
    QVERIFY(loaded);
    DrillDownDialog &drill = *loaded;
    QCOMPARE(drill.rowCount(), 2);
    auto *button = drill.findChild<QPushButton *>(QStringLiteral("drillDownOpenComplaint"));
    auto *table = drill.findChild<QTableView *>(QStringLiteral("drillDownTable"));
    QVERIFY(button && table);
    QVERIFY(!button->isEnabled()); // nothing selected
    // The same action is in the table's context menu, with a shortcut.
    QAction *action = drill.findChild<QAction *>(QStringLiteral("drillDownOpenComplaintAction"));
    QVERIFY(action);
    QVERIFY(table->actions().contains(action));
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(!action->shortcut().isEmpty());
    table->selectRow(0); // CV1, the first to arrive
    QVERIFY(button->isEnabled());
    // Filtered out of view, the contact is no longer there to open a case from.
    drill.setOutcomeFilter(live::DrillDownModel::Waiting);
    QVERIFY(!button->isEnabled());
    drill.setOutcomeFilter(live::DrillDownModel::AnyOutcome);
    table->selectRow(0);
    QVERIFY(button->isEnabled());
    QSignalSpy opened(&drill, &DrillDownDialog::complaintOpened);
    button->click();
    auto *dialog = drill.findChild<NewCaseDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("newCaseConversation"))->isReadOnly());
    const NewCase shown = dialog->newCase();
    QCOMPARE(shown.conversationId, QStringLiteral("CV1"));
    QCOMPARE(shown.channel, QStringLiteral("phone"));
    QCOMPARE(shown.customerId, QStringLiteral("CU-88"));
    QCOMPARE(shown.orderId, QStringLiteral("O-2026-551"));
    QCOMPARE(shown.category, QStringLiteral("物流"));
    QCOMPARE(shown.agentId, QStringLiteral("A002"));
    dialog->findChild<QLineEdit *>(QStringLiteral("newCaseSummary"))->setText(QStringLiteral("快递三天未到"));
    dialog->findChild<QPushButton *>(QStringLiteral("newCaseOk"))->click();
    QCOMPARE(opened.count(), 1);
    const QString id = opened.first().first().toString();
    QCOMPARE(test::count(db(), QStringLiteral("complaints")), 1);
    QCOMPARE(column(id, QStringLiteral("conversation_id")), QStringLiteral("CV1"));
    QCOMPARE(column(id, QStringLiteral("customer_id")), QStringLiteral("CU-88"));
    QCOMPARE(column(id, QStringLiteral("order_id")), QStringLiteral("O-2026-551"));
    QCOMPARE(column(id, QStringLiteral("agent_id")), QStringLiteral("A002"));
    QCOMPARE(column(id, QStringLiteral("channel")), QStringLiteral("phone"));
    QCOMPARE(column(id, QStringLiteral("category")), QStringLiteral("物流"));
    QCOMPARE(column(id, QStringLiteral("summary")), QStringLiteral("快递三天未到"));
    QCOMPARE(
        sql::scalar(db(), QStringLiteral("SELECT actor FROM complaint_events WHERE complaint_id = ?"), {id}).toString(),
        QStringLiteral("zhao"));
    // The drill-down says which case was opened.
    QVERIFY(drill.findChild<QLabel *>(QStringLiteral("drillDownStatus"))->text().contains(id));
    // The second contact has no order or agent: the case has none either.
    table->selectRow(1);
    QVERIFY(drill.selectedContact());
    QCOMPARE(drill.selectedContact()->id, QStringLiteral("CV2"));
    // The shortcut opens it too.
    auto shownCaseDialog = [&drill]() -> NewCaseDialog * {
        for (NewCaseDialog *d : drill.findChildren<NewCaseDialog *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    };
    QVERIFY(!shownCaseDialog());
    drill.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&drill));
    QTest::keySequence(&drill, action->shortcut());
    NewCaseDialog *second = shownCaseDialog();
    QVERIFY(second);
    // Until a key goes without them, the application's modifiers stay Ctrl+Shift (and would change what a
    // later click selects).
    QTest::keyClick(second, Qt::Key_Shift);
    QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::NoModifier);
    QCOMPARE(second->newCase().orderId, QString());
    QCOMPARE(second->newCase().agentId, QString());
    QCOMPARE(second->newCase().customerId, QStringLiteral("CU-12"));
    QCOMPARE(second->newCase().channel, QStringLiteral("chat"));
    second->reject();
}

void TestComplaintDialogs::drillDownWithoutPermission()
{
    const auto loaded = drillDown(m_trainer);
    QVERIFY(loaded);
    DrillDownDialog &drill = *loaded;
    drill.findChild<QTableView *>(QStringLiteral("drillDownTable"))->selectRow(0);
    QVERIFY(drill.selectedContact());
    auto *button = drill.findChild<QPushButton *>(QStringLiteral("drillDownOpenComplaint"));
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().startsWith(QStringLiteral("Only")));
    QVERIFY(!drill.openComplaint());
}

void TestComplaintDialogs::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestComplaintDialogs::screenshots()
{
    QFETCH(QString, language);
    QCOMPARE(applyLanguage(language), language);
    QTemporaryDir scratch;
    const QString folder = qEnvironmentVariableIsSet("KEFUDESK_COMPLAINT_SHOTS")
                               ? qEnvironmentVariable("KEFUDESK_COMPLAINT_SHOTS")
                               : scratch.path();
    QVERIFY(QDir().mkpath(folder));
    auto grab = [&](QDialog &w, const QString &name) {
        w.show();
        if (name != QLatin1String("drilldown"))
            w.adjustSize();
        QApplication::processEvents();
        const QImage image = w.grab().toImage();
        QVERIFY(!image.isNull());
        const QString file = QDir(folder).filePath(QStringLiteral("complaint-%1-%2.png").arg(name, language));
        QVERIFY2(image.save(file), qPrintable(file));
    };
    const QStringList owners{QStringLiteral("李娜"), QStringLiteral("王芳")};
    {
        CaseActionDialog dialog(CaseAction::Propose, facts(QStringLiteral("investigating"), QStringLiteral("李娜")),
                                owners);
        choose(dialog.findChild<QComboBox *>(QStringLiteral("caseActionRootCause")), QStringLiteral("logistics"));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("caseActionResolution")), QStringLiteral("coupon"));
        grab(dialog, QStringLiteral("propose-no-amount"));
        dialog.findChild<QLineEdit *>(QStringLiteral("caseActionAmount"))->setText(QStringLiteral("20"));
        typeNote(dialog, QStringLiteral("快递延误，补发 20 元优惠券，客户电话中已同意"));
        grab(dialog, QStringLiteral("propose"));
    }
    {
        CaseActionDialog dialog(CaseAction::Close,
                                facts(QStringLiteral("awaiting_feedback"), QStringLiteral("李娜"), 1, 1), owners);
        choose(dialog.findChild<QComboBox *>(QStringLiteral("caseActionFeedback")), QStringLiteral("unreachable"));
        grab(dialog, QStringLiteral("close-unreachable"));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("caseActionFeedback")), QStringLiteral("unsatisfied"));
        grab(dialog, QStringLiteral("close-unsatisfied"));
    }
    for (const auto &[action, state] : {std::pair{CaseAction::Assign, "acknowledged"},
                                        {CaseAction::Acknowledge, "new"},
                                        {CaseAction::Investigate, "awaiting_feedback"},
                                        {CaseAction::SendForConfirmation, "proposed"},
                                        {CaseAction::ContactAttempt, "awaiting_feedback"},
                                        {CaseAction::Note, "investigating"},
                                        {CaseAction::Reject, "new"},
                                        {CaseAction::Reopen, "closed"},
                                        {CaseAction::Escalate, "investigating"}}) {
        CaseActionFacts f = facts(QString::fromLatin1(state), QStringLiteral("李娜"));
        f.resolution = QStringLiteral("coupon");
        f.amount = QStringLiteral("20.00");
        CaseActionDialog dialog(action, f, owners);
        grab(dialog, QStringLiteral("action-%1").arg(int(action)));
    }
    {
        NewCaseDialog dialog({owners, {QStringLiteral("物流"), QStringLiteral("售后")}});
        NewCase from;
        from.channel = QStringLiteral("phone");
        from.customerId = QStringLiteral("CU-88");
        from.orderId = QStringLiteral("O-2026-551");
        from.category = QStringLiteral("物流");
        from.agentId = QStringLiteral("A002");
        from.conversationId = QStringLiteral("CV1");
        dialog.prefill(from);
        grab(dialog, QStringLiteral("new"));
    }
    {
        const auto loaded = drillDown(m_qa);
        QVERIFY(loaded);
        DrillDownDialog &drill = *loaded;
        drill.findChild<QTableView *>(QStringLiteral("drillDownTable"))->selectRow(0);
        NewCaseDialog *dialog = drill.openComplaint();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("newCaseSummary"))->setText(QStringLiteral("快递三天未到"));
        dialog->findChild<QPushButton *>(QStringLiteral("newCaseOk"))->click();
        grab(drill, QStringLiteral("drilldown"));
    }
    QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

QTEST_MAIN(TestComplaintDialogs)

#include "tst_complaintdialogs.moc"
