// The QA dialogs (issue 6), driven as QA staff drive them: editing a form and saving it makes a new
// version, a review entered through the item buttons is stored with the score ReviewScorer gives, the
// review list's filters narrow its rows. KEFUDESK_QA_SHOTS=/dir writes screenshots of the dialogs there.
#include "TestSupport.h"

#include "shell/Gui.h"
#include "demo/DemoGenerator.h"
#include "qa/QaForms.h"
#include "qa/QaFormsDialog.h"
#include "qa/QaReviewDialog.h"
#include "qa/QaReviews.h"
#include "qa/QaReviewsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kefu;
using namespace kefu::ui;

namespace {

// Section 开场 (weight 2): 问候 binary ×1; 共情 5-point ×3, may be N/A.
// Section 合规 (weight 1): 信息准确 3-point ×1, critical; 推荐 binary ×2, may be N/A.
qa::Form sampleForm()
{
    qa::Form form;
    form.sections = {
        {QStringLiteral("开场"),
         2.0,
         {{0, QStringLiteral("问候"), 1.0, qa::Scale::Binary, false, false},
          {0, QStringLiteral("共情"), 3.0, qa::Scale::FivePoint, true, false}}},
        {QStringLiteral("合规"),
         1.0,
         {{0, QStringLiteral("信息准确"), 1.0, qa::Scale::ThreePoint, false, true},
          {0, QStringLiteral("推荐"), 2.0, qa::Scale::Binary, true, false}}},
    };
    return form;
}

QTreeWidgetItem *findNode(QTreeWidget *tree, const QString &text)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

// The open message box named name, or nullptr.
QMessageBox *openBox(QWidget *root, const QString &name)
{
    for (QMessageBox *box : root->findChildren<QMessageBox *>(name)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

// English plurals come from translations/kefudesk_en.ts; until a new "%n item(s)" has its entry there, the
// source text shows. Either is accepted: "3 reviews" / "3 review(s)", "1 item" / "1 item(s)".
bool samePlural(const QString &actual, const QString &expected)
{
    QString plural = actual, singular = actual;
    plural.replace(QStringLiteral("(s)"), QStringLiteral("s"));
    singular.remove(QStringLiteral("(s)"));
    return actual == expected || plural == expected || singular == expected;
}

} // namespace

#define QCOMPARE_PLURAL(actual, expected)                                                                              \
    QVERIFY2(samePlural((actual), (expected)), qPrintable(QStringLiteral("\"%1\" is not \"%2\"").arg(actual, expected)))

class TestQaDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void formsEditorSavesANewVersion();
    void formsEditorStructureAndKeys();
    void formsEditorValidates();
    void formsEditorNewFormAndRetire();
    void formsEditorAsksBeforeDiscarding();
    void formsEditorIsReadOnlyWithoutPermission();

    void reviewEntryStoresTheScore();
    void reviewEntryShowsAutoFail();
    void reviewEntryRefusesWhatTheModelRefuses();
    void reviewEntryAsksBeforeClosing();
    void reviewEntryWithoutPermission();

    void reviewListFiltersNarrowTheRows();
    void reviewListOpensAReview();
    void reviewListNewReview();
    void reviewListForAnAgent();
    void reviewListExports();

    void screenshots_data();
    void screenshots();

private:
    QSqlDatabase db() const { return m_store->database(); }
    qint64 daysAgo(int days, int hour) const;
    void addReview(const QString &agent, const QString &conversation, std::optional<double> a1,
                   std::optional<double> a2, std::optional<double> a3, std::optional<double> a4, qint64 at,
                   const Session &session);
    static void waitLoaded(QaReviewsDialog &dialog);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_formId = 0;
    Session m_qa = Session::signedIn(3, QStringLiteral("zhao"), Role::Qa);
    Session m_lead = Session::signedIn(2, QStringLiteral("li"), Role::Lead);
    Session m_trainer = Session::signedIn(4, QStringLiteral("sun"), Role::Trainer);
    Session m_agent = Session::signedIn(5, QStringLiteral("a001"), Role::Agent, QStringLiteral("A001"));
};

void TestQaDialogs::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("KefuDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_qadialogs"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

void TestQaDialogs::init()
{
    static int serial = 0;
    m_store = test::createStore(m_dir, QStringLiteral("qa-%1.sqlite").arg(++serial));
    QVERIFY(m_store);
    QVERIFY(sql::exec(db(), QStringLiteral("INSERT INTO teams(name) VALUES ('一组'), ('二组')")));
    QVERIFY(sql::exec(db(), QStringLiteral("INSERT INTO agents(id, name, team) VALUES ('A001', '张三', '一组'),"
                                           " ('A002', '李四', '二组'), ('A003', '王五', '一组')")));
    const qint64 t = daysAgo(3, 10);
    for (const auto &[id, agent] : {std::pair{"C1", "A001"}, {"C2", "A002"}, {"C3", "A001"}, {"C4", "A003"}}) {
        QVERIFY(sql::exec(db(),
                          QStringLiteral("INSERT INTO conversations(id, channel, agent_id, arrived_at, answered_at,"
                                         " ended_at) VALUES (?, 'chat', ?, ?, ?, ?)"),
                          {QString::fromLatin1(id), QString::fromLatin1(agent), t, t + 10, t + 300}));
    }
    QVERIFY(sql::exec(db(), QStringLiteral("INSERT INTO complaints(id, created_at, agent_id) VALUES ('P1', ?, 'A002')"),
                      {t}));
    qa::FormSaveResult result;
    QString error;
    QVERIFY2(qa::QaForms(db()).create(m_qa, QStringLiteral("会话质检"), sampleForm(), &result, &error),
             qPrintable(error));
    m_formId = result.formId;
}

void TestQaDialogs::cleanup()
{
    m_store.reset();
}

qint64 TestQaDialogs::daysAgo(int days, int hour) const
{
    const QTimeZone zone = m_store->timeZone();
    const QDate day = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(-days);
    return QDateTime(day, QTime(hour, 0), zone).toSecsSinceEpoch();
}

void TestQaDialogs::addReview(const QString &agent, const QString &conversation, std::optional<double> a1,
                              std::optional<double> a2, std::optional<double> a3, std::optional<double> a4, qint64 at,
                              const Session &session)
{
    const qa::FormVersion v = *qa::QaForms(db()).latest(m_formId);
    const std::optional<double> values[] = {a1, a2, a3, a4};
    qa::NewReview review;
    review.agentId = agent;
    review.conversationId = conversation;
    review.formVersionId = v.versionId;
    review.reviewedAt = at;
    int n = 0;
    for (const qa::FormSection &s : v.form.sections)
        for (const qa::FormItem &i : s.items)
            review.answers << qa::Answer{i.id, values[n++]};
    QString error;
    QVERIFY2(qa::QaReviews(db(), m_store->timeZone()).add(session, review, nullptr, &error), qPrintable(error));
}

void TestQaDialogs::waitLoaded(QaReviewsDialog &dialog)
{
    QTRY_VERIFY(!dialog.isLoading());
}

// ---------------------------------------------------------------------------------------------
// The forms editor.

void TestQaDialogs::formsEditorSavesANewVersion()
{
    QaFormsDialog dialog(*m_store, m_qa);
    dialog.show();
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormsList"));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormItems"));
    auto *weight = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("qaFormsWeightEdit"));
    auto *scale = dialog.findChild<QComboBox *>(QStringLiteral("qaFormsScaleEdit"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("qaFormsSaveButton"));
    QVERIFY(list && tree && weight && scale && save);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("会话质检"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("v1"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Active"));
    QCOMPARE(dialog.currentFormId(), m_formId);
    // The shares: 2, 6, 1 and 2 of 11.
    QTreeWidgetItem *empathy = findNode(tree, QStringLiteral("共情"));
    QVERIFY(empathy);
    QCOMPARE(empathy->text(QaFormsDialog::ShareColumn), QStringLiteral("54.5 %"));
    QCOMPARE(empathy->text(QaFormsDialog::ScaleColumn), QStringLiteral("5-point (1–5)"));
    QCOMPARE(empathy->text(QaFormsDialog::NotApplicableColumn), QStringLiteral("Yes"));
    QCOMPARE(findNode(tree, QStringLiteral("信息准确"))->text(QaFormsDialog::CriticalColumn),
             QStringLiteral("Critical"));
    QCOMPARE(findNode(tree, QStringLiteral("开场"))->text(QaFormsDialog::ShareColumn), QStringLiteral("72.7 %"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.isModified());

    // 共情 weighs 1 and becomes a 3-point item: 2, 2, 1, 2 of 7.
    tree->setCurrentItem(empathy);
    weight->setValue(1);
    scale->setCurrentIndex(scale->findData(int(qa::Scale::ThreePoint)));
    QCOMPARE(empathy->text(QaFormsDialog::WeightColumn), QStringLiteral("1"));
    QCOMPARE(empathy->text(QaFormsDialog::ShareColumn), QStringLiteral("28.6 %"));
    QCOMPARE(empathy->text(QaFormsDialog::ScaleColumn), QStringLiteral("3-point (0–2)"));
    QVERIFY(dialog.isModified());
    QVERIFY(dialog.isWindowModified());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    const qa::FormVersion v2 = *qa::QaForms(db()).latest(m_formId);
    QCOMPARE(v2.version, 2);
    QCOMPARE(v2.form.sections[0].items[1].weight, 1.0);
    QCOMPARE(v2.form.sections[0].items[1].scale, qa::Scale::ThreePoint);
    QCOMPARE(test::count(db(), QStringLiteral("qa_form_versions")), 2);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("v2"));
    QCOMPARE(dialog.currentVersionId(), v2.versionId);
    QVERIFY(!dialog.isModified());
    QVERIFY(!save->isEnabled());
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("qaFormsStatus"));
    QCOMPARE(status->text(), QStringLiteral("Saved version 2 of \"会话质检\"; reviews entered before keep version 1."));
    // Saving again writes nothing.
    QVERIFY(dialog.save());
    QCOMPARE(status->text(), QStringLiteral("Nothing to save: the form is as saved."));
    QCOMPARE(test::count(db(), QStringLiteral("qa_form_versions")), 2);

    // Version 1 can still be looked at, read-only.
    auto *version = dialog.findChild<QComboBox *>(QStringLiteral("qaFormVersion"));
    QCOMPARE(version->count(), 2);
    QCOMPARE(version->itemText(0), QStringLiteral("v2 (latest)"));
    version->setCurrentIndex(1);
    emit version->activated(1);
    QVERIFY(!dialog.isEditable());
    QCOMPARE(findNode(tree, QStringLiteral("共情"))->text(QaFormsDialog::WeightColumn), QStringLiteral("3"));
    QVERIFY(!weight->isEnabled());
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("qaFormVersionInfo"))->text().contains(QStringLiteral("read-only")));
}

void TestQaDialogs::formsEditorStructureAndKeys()
{
    QaFormsDialog dialog(*m_store, m_qa);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormItems"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("qaFormsTitleEdit"));
    auto *critical = dialog.findChild<QCheckBox *>(QStringLiteral("qaFormsCriticalEdit"));
    auto *na = dialog.findChild<QCheckBox *>(QStringLiteral("qaFormsNotApplicableEdit"));
    QVERIFY(tree && title && critical && na);

    // A new section after 合规, named by typing; its first item too.
    tree->setCurrentItem(findNode(tree, QStringLiteral("推荐")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qaFormsAddSectionButton")), Qt::LeftButton);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QVERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("Closing"));
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Closing"));
    tree->setCurrentItem(tree->topLevelItem(2)->child(0));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Says goodbye"));
    QTest::mouseClick(na, Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qaFormsAddItemButton")), Qt::LeftButton);
    QTest::keyClicks(title, QStringLiteral("Offers help"));
    QTest::mouseClick(critical, Qt::LeftButton);
    QCOMPARE(tree->topLevelItem(2)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(2)->child(1)->text(QaFormsDialog::CriticalColumn), QStringLiteral("Critical"));

    // Ctrl+Up moves "Offers help" above "Says goodbye"; Ctrl+Up on the section moves it above 合规.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(0), QStringLiteral("Offers help"));
    tree->setCurrentItem(tree->topLevelItem(2));
    QTest::keyClick(tree, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Closing"));
    QTest::keyClick(tree, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Closing"));
    // Del removes 问候.
    tree->setCurrentItem(findNode(tree, QStringLiteral("问候")));
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(!findNode(tree, QStringLiteral("问候")));
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("共情"));

    // Ctrl+S saves.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    const qa::FormVersion v2 = *qa::QaForms(db()).latest(m_formId);
    QCOMPARE(v2.version, 2);
    QCOMPARE(v2.form.sections.size(), 3);
    QCOMPARE(v2.form.sections[0].items.size(), 1);
    const qa::FormSection &closing = v2.form.sections[2];
    QCOMPARE(closing.title, QStringLiteral("Closing"));
    QCOMPARE(closing.items.size(), 2);
    QCOMPARE(closing.items[0].text, QStringLiteral("Offers help"));
    QVERIFY(closing.items[0].critical);
    QCOMPARE(closing.items[1].text, QStringLiteral("Says goodbye"));
    QVERIFY(closing.items[1].allowNotApplicable);
    QVERIFY(!closing.items[1].critical);
}

void TestQaDialogs::formsEditorValidates()
{
    QaFormsDialog dialog(*m_store, m_qa);
    dialog.show();
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormItems"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("qaFormsTitleEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("qaFormsError"));
    tree->setCurrentItem(findNode(tree, QStringLiteral("合规")));
    title->clear();
    QTest::keyClicks(title, QStringLiteral(" "));
    QVERIFY(!dialog.save());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Section 2 needs a title."));
    QCOMPARE(test::count(db(), QStringLiteral("qa_form_versions")), 1);
    // Every weight 0.
    title->setText(QStringLiteral("合规"));
    emit title->textEdited(title->text());
    auto *weight = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("qaFormsWeightEdit"));
    weight->setValue(0);
    tree->setCurrentItem(findNode(tree, QStringLiteral("开场")));
    weight->setValue(0);
    QCOMPARE(findNode(tree, QStringLiteral("共情"))->text(QaFormsDialog::ShareColumn), QStringLiteral("0.0 %"));
    QVERIFY(!dialog.save());
    QVERIFY(error->text().startsWith(QStringLiteral("No item counts towards the score")));
    // Revert forgets it all.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qaFormsRevertButton")), Qt::LeftButton);
    QVERIFY(!dialog.isModified());
    QVERIFY(!error->isVisible());
    QCOMPARE(findNode(tree, QStringLiteral("开场"))->text(QaFormsDialog::WeightColumn), QStringLiteral("2"));
}

void TestQaDialogs::formsEditorNewFormAndRetire()
{
    QaFormsDialog dialog(*m_store, m_qa);
    QSignalSpy changed(&dialog, &QaFormsDialog::formsChanged);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormsList"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("qaFormName"));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormItems"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("qaFormsTitleEdit"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qaFormsNewButton")), Qt::LeftButton);
    QCOMPARE(dialog.currentFormId(), 0);
    QVERIFY(dialog.isModified());
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Phone QA"));
    tree->setCurrentItem(tree->topLevelItem(0));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Greeting"));
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Says the company name"));
    QVERIFY(dialog.save());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(list->topLevelItemCount(), 2);
    const QList<qa::FormSummary> forms = qa::QaForms(db()).list();
    QCOMPARE(forms.first().name, QStringLiteral("Phone QA"));
    QCOMPARE(forms.first().version, 1);
    QCOMPARE(dialog.currentFormId(), forms.first().formId);
    QCOMPARE(qa::QaForms(db()).latest(forms.first().formId)->form.sections[0].items[0].text,
             QStringLiteral("Says the company name"));

    // Retire it: it stays in the list, marked.
    auto *retire = dialog.findChild<QPushButton *>(QStringLiteral("qaFormsRetireButton"));
    QCOMPARE(retire->text(), QStringLiteral("Re&tire"));
    QTest::mouseClick(retire, Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!qa::QaForms(db()).latest(forms.first().formId)->active);
    QCOMPARE(list->currentItem()->text(2), QStringLiteral("Retired"));
    QCOMPARE(retire->text(), QStringLiteral("Reac&tivate"));
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("qaFormVersionInfo"))->text().contains(QStringLiteral("retired")));
    QTest::mouseClick(retire, Qt::LeftButton);
    QVERIFY(qa::QaForms(db()).latest(forms.first().formId)->active);
}

void TestQaDialogs::formsEditorAsksBeforeDiscarding()
{
    {
        qa::FormSaveResult result;
        QString error;
        QVERIFY(qa::QaForms(db()).create(m_qa, QStringLiteral("其他"), sampleForm(), &result, &error));
    }
    QaFormsDialog dialog(*m_store, m_qa);
    dialog.show();
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormsList"));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormItems"));
    QCOMPARE(list->topLevelItemCount(), 2);
    dialog.selectForm(m_formId);
    tree->setCurrentItem(findNode(tree, QStringLiteral("问候")));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("qaFormsWeightEdit"))->setValue(4);
    QVERIFY(dialog.isModified());

    // Choosing the other form asks; Cancel stays.
    QTreeWidgetItem *other = list->findItems(QStringLiteral("其他"), Qt::MatchExactly).first();
    list->setCurrentItem(other);
    QMessageBox *box = openBox(&dialog, QStringLiteral("qaFormsUnsavedBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(dialog.currentFormId(), m_formId);
    QVERIFY(dialog.isModified());
    QCOMPARE(list->currentItem()->text(0), QStringLiteral("会话质检"));

    // Closing asks too; Save saves and closes.
    dialog.reject();
    box = openBox(&dialog, QStringLiteral("qaFormsUnsavedBox"));
    QVERIFY(box);
    QVERIFY(dialog.isVisible());
    QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(qa::QaForms(db()).latest(m_formId)->version, 2);
    QCOMPARE(qa::QaForms(db()).latest(m_formId)->form.sections[0].items[0].weight, 4.0);

    // Discard closes without saving.
    dialog.show();
    tree->setCurrentItem(findNode(tree, QStringLiteral("问候")));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("qaFormsWeightEdit"))->setValue(7);
    dialog.reject();
    box = openBox(&dialog, QStringLiteral("qaFormsUnsavedBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(qa::QaForms(db()).latest(m_formId)->version, 2);
}

void TestQaDialogs::formsEditorIsReadOnlyWithoutPermission()
{
    QaFormsDialog dialog(*m_store, m_trainer);
    dialog.show();
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("qaFormsNotice"));
    QCOMPARE(notice->text(), QStringLiteral("Only Team lead or QA may edit QA forms. You can look at the forms here, "
                                            "but not change them."));
    QVERIFY(!dialog.isEditable());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("qaFormsSaveButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("qaFormsNewButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("qaFormsRetireButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("qaFormsTitleEdit"))->isEnabled());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("qaFormName"))->isReadOnly());
    // The form is shown all the same.
    QVERIFY(findNode(dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormItems")), QStringLiteral("共情")));
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("qaFormsError"))->text(),
             QStringLiteral("Only Team lead or QA may edit QA forms."));
    QCOMPARE(test::count(db(), QStringLiteral("qa_form_versions")), 1);
}

// ---------------------------------------------------------------------------------------------
// Review entry.

void TestQaDialogs::reviewEntryStoresTheScore()
{
    QaReviewDialog dialog(*m_store, m_qa);
    QSignalSpy saved(&dialog, &QaReviewDialog::reviewSaved);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const qa::FormVersion v = *qa::QaForms(db()).latest(m_formId);
    QCOMPARE(dialog.formVersionId(), v.versionId);
    auto *form = dialog.findChild<QComboBox *>(QStringLiteral("qaReviewForm"));
    QCOMPARE(form->currentText(), QStringLiteral("会话质检 v1"));
    // The conversation brings its agent.
    auto *conversation = dialog.findChild<QLineEdit *>(QStringLiteral("qaReviewConversation"));
    conversation->setFocus();
    QTest::keyClicks(conversation, QStringLiteral("C1"));
    QTest::keyClick(conversation, Qt::Key_Tab);
    QVERIFY(!conversation->hasFocus());
    QCOMPARE(dialog.agentId(), QStringLiteral("A001"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("qaReviewLinkHint"))->text(),
             QStringLiteral("Handled by A001 · 张三."));

    const qint64 greeting = v.form.sections[0].items[0].id, empathy = v.form.sections[0].items[1].id,
                 accuracy = v.form.sections[1].items[0].id, upsell = v.form.sections[1].items[1].id;
    auto click = [&](const QString &name) {
        auto *button = dialog.findChild<QRadioButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    };
    auto *score = dialog.findChild<QLabel *>(QStringLiteral("qaReviewScore"));
    auto *progress = dialog.findChild<QLabel *>(QStringLiteral("qaReviewProgress"));
    QCOMPARE(score->text(), QStringLiteral("—"));
    QCOMPARE_PLURAL(progress->text(), QStringLiteral("0 of 4 items answered"));
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("qaAnswer_%1_na").arg(greeting)));
    click(QStringLiteral("qaAnswer_%1_1").arg(greeting));
    QCOMPARE(score->text(), QStringLiteral("100.0"));
    click(QStringLiteral("qaAnswer_%1_na").arg(empathy));
    click(QStringLiteral("qaAnswer_%1_1").arg(accuracy));
    // So far 问候 100 (×2), 信息准确 50 (×1): 250 / 3.
    QCOMPARE(score->text(), QStringLiteral("83.3"));
    QCOMPARE_PLURAL(progress->text(), QStringLiteral("3 of 4 items answered"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("qaReviewNotes")), QStringLiteral("ok"));

    // Save is refused until every item is answered.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qaReviewSaveButton")), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("qaReviewError"));
    QVERIFY(error->isVisible());
    // The English singular reads "1 item is still open, …" (translations/kefudesk_en.ts).
    QCOMPARE(error->text(), QStringLiteral("Answer every item before saving: 1 item is still open, \"推荐\"."));
    QVERIFY(dialog.isVisible());
    QCOMPARE(test::count(db(), QStringLiteral("qa_reviews")), 0);

    // 推荐 fails: (200 + 50 + 0) / (2 + 1 + 2) = 50.
    click(QStringLiteral("qaAnswer_%1_0").arg(upsell));
    QCOMPARE(score->text(), QStringLiteral("50.0"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qaReviewSaveButton")), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    const QString id = saved.first().first().toString();
    QCOMPARE(dialog.savedReview().id, id);
    QVERIFY(id.startsWith(QStringLiteral("QA-")));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT agent_id, score, auto_fail, reviewer, conversation_id, notes, form_version_id"
                             " FROM qa_reviews WHERE id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("A001"));
    QCOMPARE(q.value(1).toDouble(), 50.0);
    QCOMPARE(q.value(2).toInt(), 0);
    QCOMPARE(q.value(3).toString(), QStringLiteral("zhao"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("C1"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("ok"));
    QCOMPARE(q.value(6).toLongLong(), v.versionId);
    q.finish();
    QCOMPARE(
        sql::scalar(db(), QStringLiteral("SELECT count(*) FROM qa_review_answers WHERE review_id = ?"), {id}).toInt(),
        4);
    QVERIFY(sql::scalar(db(), QStringLiteral("SELECT value FROM qa_review_answers WHERE review_id = ? AND item_id = ?"),
                        {id, empathy})
                .isNull());
}

void TestQaDialogs::reviewEntryShowsAutoFail()
{
    QaReviewDialog dialog(*m_store, m_qa);
    dialog.show();
    dialog.preset(QStringLiteral("A002"), QStringLiteral("C2"), QStringLiteral("P1"));
    const qa::FormVersion v = *qa::QaForms(db()).latest(m_formId);
    auto *autoFail = dialog.findChild<QLabel *>(QStringLiteral("qaReviewAutoFail"));
    QVERIFY(dialog.answer(v.form.sections[0].items[0].id, 1));
    QVERIFY(dialog.answer(v.form.sections[0].items[1].id, 5));
    QVERIFY(!autoFail->isVisible());
    QVERIFY(dialog.answer(v.form.sections[1].items[0].id, 0));
    QVERIFY(autoFail->isVisible());
    QCOMPARE_PLURAL(autoFail->text(),
                    QStringLiteral("Auto-fail: 1 critical item failed (信息准确), so the review scores 0."));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("qaReviewScore"))->text(), QStringLiteral("0.0"));
    QVERIFY(dialog.answer(v.form.sections[1].items[1].id, std::nullopt));
    QVERIFY(dialog.save());
    QCOMPARE(
        sql::scalar(db(), QStringLiteral("SELECT score || '/' || auto_fail || '/' || complaint_id FROM qa_reviews"))
            .toString(),
        QStringLiteral("0.0/1/P1"));
    // Not-applicable where the form does not allow it: no such button.
    QaReviewDialog other(*m_store, m_qa);
    QVERIFY(!other.answer(v.form.sections[0].items[0].id, std::nullopt));
}

void TestQaDialogs::reviewEntryRefusesWhatTheModelRefuses()
{
    QaReviewDialog dialog(*m_store, m_qa);
    dialog.show();
    dialog.preset(QStringLiteral("A001"), QStringLiteral("C2"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("qaReviewLinkHint"))->text(),
             QStringLiteral("Handled by A002 · 李四, not by the agent chosen."));
    const qa::FormVersion v = *qa::QaForms(db()).latest(m_formId);
    for (const qa::FormSection &s : v.form.sections)
        for (const qa::FormItem &i : s.items)
            QVERIFY(dialog.answer(i.id, 1));
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("qaReviewError"))->text(),
             QStringLiteral("The conversation C2 was handled by A002, not by A001."));
    QVERIFY(dialog.isVisible());
    // Neither a conversation nor a complaint.
    dialog.preset(QStringLiteral("A001"));
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("qaReviewError"))->text(),
             QStringLiteral("Give the conversation or the complaint that the review is about (at least one)."));
    QCOMPARE(test::count(db(), QStringLiteral("qa_reviews")), 0);
}

void TestQaDialogs::reviewEntryAsksBeforeClosing()
{
    QaReviewDialog dialog(*m_store, m_qa);
    dialog.show();
    // Nothing answered: closes at once.
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    dialog.show();
    const qa::FormVersion v = *qa::QaForms(db()).latest(m_formId);
    QVERIFY(dialog.answer(v.form.sections[0].items[0].id, 1));
    QVERIFY(dialog.hasUnsavedInput());
    dialog.reject();
    QMessageBox *box = openBox(&dialog, QStringLiteral("qaReviewUnsavedBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.answers().size(), 1);
    // The window's close button asks the same.
    dialog.close();
    QVERIFY(dialog.isVisible());
    box = openBox(&dialog, QStringLiteral("qaReviewUnsavedBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(test::count(db(), QStringLiteral("qa_reviews")), 0);
}

void TestQaDialogs::reviewEntryWithoutPermission()
{
    QaReviewDialog dialog(*m_store, m_trainer);
    dialog.show();
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("qaReviewNotice"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Only Team lead or QA may enter QA reviews."));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("qaReviewSaveButton"))->isEnabled());
    const qa::FormVersion v = *qa::QaForms(db()).latest(m_formId);
    QVERIFY(!dialog.answer(v.form.sections[0].items[0].id, 1));
    QVERIFY(!dialog.save());
}

// ---------------------------------------------------------------------------------------------
// The review list.

void TestQaDialogs::reviewListFiltersNarrowTheRows()
{
    addReview(QStringLiteral("A001"), QStringLiteral("C1"), 1, 5, 2, 1, daysAgo(1, 10), m_qa);              // 100
    addReview(QStringLiteral("A002"), QStringLiteral("C2"), 1, std::nullopt, 1, 0, daysAgo(2, 10), m_lead); // 50
    addReview(QStringLiteral("A001"), QStringLiteral("C3"), 1, 5, 0, 1, daysAgo(3, 10), m_qa);              // auto-fail
    addReview(QStringLiteral("A003"), QStringLiteral("C4"), 0, 2, 2, std::nullopt, daysAgo(40, 10), m_qa);  // old
    QaReviewsDialog dialog(*m_store, m_qa);
    dialog.show();
    waitLoaded(dialog);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("qaReviewsTable"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("qaReviewsStatus"));
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(dialog.matchCount(), 3);
    const QStringList sentences = status->text().split(QStringLiteral(". "));
    QCOMPARE(sentences.size(), 2);
    QCOMPARE_PLURAL(sentences[0], QStringLiteral("3 reviews match the filters"));
    QCOMPARE_PLURAL(sentences[1], QStringLiteral("Mean score 50.0; 1 auto-fail."));
    // Newest first.
    QCOMPARE(dialog.model()->review(0).agentId, QStringLiteral("A001"));
    QCOMPARE(dialog.model()->index(0, qa::ReviewListModel::ScoreColumn).data().toString(), QStringLiteral("100.0"));

    // The agent picker.
    auto *agent = dialog.findChild<QComboBox *>(QStringLiteral("qaReviewsAgent"));
    agent->setCurrentIndex(agent->findData(QStringLiteral("A001")));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    waitLoaded(dialog);
    // Auto-fail only.
    auto *autoFail = dialog.findChild<QCheckBox *>(QStringLiteral("qaReviewsAutoFailOnly"));
    QTest::mouseClick(autoFail, Qt::LeftButton, {}, QPoint(8, autoFail->height() / 2));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    waitLoaded(dialog);
    QCOMPARE(dialog.model()->review(0).conversationId, QStringLiteral("C3"));
    QCOMPARE(dialog.model()->index(0, qa::ReviewListModel::AutoFailColumn).data().toString(), QStringLiteral("Yes"));

    // Reset, then a team, a reviewer, a score range and the period.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qaReviewsResetButton")), Qt::LeftButton);
    waitLoaded(dialog);
    QCOMPARE(table->model()->rowCount(), 3);
    auto *team = dialog.findChild<QComboBox *>(QStringLiteral("qaReviewsTeam"));
    team->setCurrentIndex(team->findData(QStringLiteral("二组")));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    waitLoaded(dialog);
    team->setCurrentIndex(0);
    auto *reviewer = dialog.findChild<QComboBox *>(QStringLiteral("qaReviewsReviewer"));
    QCOMPARE(reviewer->count(), 3);
    reviewer->setCurrentIndex(reviewer->findData(QStringLiteral("zhao")));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    waitLoaded(dialog);
    reviewer->setCurrentIndex(0);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("qaReviewsMinScore"))->setValue(40);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("qaReviewsMaxScore"))->setValue(60);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    waitLoaded(dialog);
    QCOMPARE(dialog.model()->review(0).agentId, QStringLiteral("A002"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qaReviewsResetButton")), Qt::LeftButton);
    waitLoaded(dialog);
    auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("qaReviewsFrom"));
    from->setDate(from->date().addDays(-30));
    QTRY_COMPARE(table->model()->rowCount(), 4);
    // setFilter describes the same.
    qa::ReviewFilter f = dialog.filter();
    QCOMPARE(f.agentId, QString());
    f.formId = m_formId;
    f.agentId = QStringLiteral("A003");
    dialog.setFilter(f);
    waitLoaded(dialog);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(dialog.filter().agentId, QStringLiteral("A003"));
}

void TestQaDialogs::reviewListOpensAReview()
{
    addReview(QStringLiteral("A001"), QStringLiteral("C1"), 1, std::nullopt, 0, 1, daysAgo(1, 10), m_qa);
    QVERIFY(sql::exec(db(),
                      QStringLiteral("INSERT INTO qa_reviews(id, agent_id, reviewed_at, score, auto_fail,"
                                     " reviewer) VALUES ('IMP-1', 'A002', ?, 88, 0, '钱')"),
                      {daysAgo(2, 9)}));
    QaReviewsDialog dialog(*m_store, m_qa);
    dialog.show();
    waitLoaded(dialog);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("qaReviewsTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(dialog.model()->index(1, qa::ReviewListModel::FormColumn).data().toString(), QStringLiteral("(imported)"));
    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("qaReviewsOpenButton"));
    QVERIFY(!open->isEnabled());
    table->selectRow(0);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QDialog *details = nullptr;
    for (QDialog *d : dialog.findChildren<QDialog *>(QStringLiteral("qaReviewDetailsDialog")))
        if (d->isVisible())
            details = d;
    QVERIFY(details);
    auto *answers = details->findChild<QTreeWidget *>(QStringLiteral("qaReviewAnswers"));
    QVERIFY(answers);
    QCOMPARE(answers->topLevelItemCount(), 2);
    QTreeWidgetItem *accuracy = findNode(answers, QStringLiteral("信息准确 (critical)"));
    QVERIFY(accuracy);
    QCOMPARE(accuracy->text(1), QStringLiteral("0 · not met"));
    QCOMPARE(accuracy->text(2), QStringLiteral("0"));
    QCOMPARE(findNode(answers, QStringLiteral("共情"))->text(1), QStringLiteral("N/A"));
    QCOMPARE(findNode(answers, QStringLiteral("问候"))->text(1), QStringLiteral("Pass"));
    QCOMPARE(findNode(answers, QStringLiteral("问候"))->text(2), QStringLiteral("100"));
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("qaReviewDetailsScore"))
                ->text()
                .contains(QStringLiteral("auto-fail")));
    details->close();
    QTRY_VERIFY(dialog.findChildren<QDialog *>(QStringLiteral("qaReviewDetailsDialog")).isEmpty());

    // An imported review has its score only.
    dialog.openReview(QStringLiteral("IMP-1"));
    details = dialog.findChild<QDialog *>(QStringLiteral("qaReviewDetailsDialog"));
    QVERIFY(details);
    QVERIFY(!details->findChild<QTreeWidget *>(QStringLiteral("qaReviewAnswers")));
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("qaReviewNoAnswers")));
    QCOMPARE(details->findChild<QLabel *>(QStringLiteral("qaReviewDetailsScore"))->text(), QStringLiteral("88.0"));
    details->close();
}

void TestQaDialogs::reviewListNewReview()
{
    QaReviewsDialog dialog(*m_store, m_qa);
    QSignalSpy added(&dialog, &QaReviewsDialog::reviewAdded);
    dialog.show();
    waitLoaded(dialog);
    QCOMPARE(dialog.model()->rowCount(), 0);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("qaReviewsStatus"));
    QCOMPARE(status->text(), QStringLiteral("No review matches the filters."));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("qaReviewsNewButton")), Qt::LeftButton);
    QaReviewDialog *entry = nullptr;
    for (QaReviewDialog *d : dialog.findChildren<QaReviewDialog *>())
        if (d->isVisible())
            entry = d;
    QVERIFY(entry);
    entry->preset(QString(), QString(), QStringLiteral("P1"));
    entry->setAgent(QStringLiteral("A002"));
    const qa::FormVersion v = *qa::QaForms(db()).latest(m_formId);
    for (const qa::FormSection &s : v.form.sections)
        for (const qa::FormItem &i : s.items)
            QVERIFY(entry->answer(i.id, qa::ReviewScorer::highest(i.scale)));
    QTest::mouseClick(entry->findChild<QPushButton *>(QStringLiteral("qaReviewSaveButton")), Qt::LeftButton);
    QCOMPARE(added.count(), 1);
    waitLoaded(dialog);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->review(0).complaintId, QStringLiteral("P1"));
    QCOMPARE(dialog.model()->review(0).score, 100.0);
    // The new review is selected.
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("qaReviewsTable"));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().data(Qt::UserRole).toString(),
             added.first().first().toString());
}

void TestQaDialogs::reviewListForAnAgent()
{
    addReview(QStringLiteral("A001"), QStringLiteral("C1"), 1, 5, 2, 1, daysAgo(1, 10), m_qa);
    addReview(QStringLiteral("A002"), QStringLiteral("C2"), 1, 5, 2, 1, daysAgo(1, 11), m_qa);
    QaReviewsDialog dialog(*m_store, m_agent);
    dialog.show();
    waitLoaded(dialog);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->review(0).agentId, QStringLiteral("A001"));
    auto *newButton = dialog.findChild<QPushButton *>(QStringLiteral("qaReviewsNewButton"));
    QVERIFY(!newButton->isEnabled());
    QCOMPARE(newButton->toolTip(), QStringLiteral("Only Team lead or QA may enter QA reviews."));
    QVERIFY(!dialog.newReview());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("qaReviewsStatus"))
                ->text()
                .contains(QStringLiteral("You see your own reviews only.")));
}

void TestQaDialogs::reviewListExports()
{
    addReview(QStringLiteral("A001"), QStringLiteral("C1"), 1, 5, 2, 1, daysAgo(1, 10), m_qa);
    addReview(QStringLiteral("A002"), QStringLiteral("C2"), 1, 5, 2, 1, daysAgo(1, 11), m_qa);
    QaReviewsDialog dialog(*m_store, m_lead);
    dialog.show();
    waitLoaded(dialog);
    qa::ReviewFilter f = dialog.filter();
    f.agentId = QStringLiteral("A002");
    dialog.setFilter(f);
    waitLoaded(dialog);
    int rows = 0;
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("reviews.xlsx"));
    QVERIFY2(dialog.exportTo(path, &rows, &error), qPrintable(error));
    QCOMPARE(rows, 1);
    QVERIFY(QFile::exists(path));
    QCOMPARE(
        sql::scalar(db(), QStringLiteral("SELECT user_name FROM audit_log WHERE kind = 'qa.review.export'")).toString(),
        QStringLiteral("li"));
    QVERIFY(
        dialog.findChild<QLabel *>(QStringLiteral("qaReviewsStatus"))->text().contains(QStringLiteral("reviews.xlsx")));
}

// ---------------------------------------------------------------------------------------------

void TestQaDialogs::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestQaDialogs::screenshots()
{
    QFETCH(QString, language);
    QCOMPARE(applyLanguage(language), language);
    QTemporaryDir scratch;
    const QString folder =
        qEnvironmentVariableIsSet("KEFUDESK_QA_SHOTS") ? qEnvironmentVariable("KEFUDESK_QA_SHOTS") : scratch.path();
    QVERIFY(QDir().mkpath(folder));
    auto grab = [&](QWidget &w, const QString &name) {
        QApplication::processEvents();
        const QImage image = w.grab().toImage();
        QVERIFY(!image.isNull());
        const QString file = QDir(folder).filePath(QStringLiteral("qa-%1-%2.png").arg(name, language));
        QVERIFY2(image.save(file), qPrintable(file));
    };
    qa::FormSaveResult defaultForm;
    {
        QString error;
        QVERIFY(qa::QaForms(db()).createDefaultForm(m_qa, &defaultForm, &error)); // a store with a form keeps it
        QVERIFY(!defaultForm.changed);
        QVERIFY(qa::QaForms(db()).create(m_qa, qa::QaForms::defaultFormName(), qa::QaForms::defaultForm(), &defaultForm,
                                         &error));
    }
    addReview(QStringLiteral("A001"), QStringLiteral("C1"), 1, 5, 2, 1, daysAgo(1, 10), m_qa);
    addReview(QStringLiteral("A002"), QStringLiteral("C2"), 1, std::nullopt, 1, 0, daysAgo(2, 15), m_lead);
    addReview(QStringLiteral("A001"), QStringLiteral("C3"), 1, 4, 0, 1, daysAgo(3, 11), m_qa);
    {
        QaFormsDialog dialog(*m_store, m_qa);
        dialog.show();
        dialog.selectForm(defaultForm.formId);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("qaFormItems"));
        tree->setCurrentItem(findNode(tree, QStringLiteral("未泄露客户信息")));
        grab(dialog, QStringLiteral("forms"));
        QaFormsDialog readOnly(*m_store, m_trainer);
        readOnly.show();
        grab(readOnly, QStringLiteral("forms-readonly"));
    }
    {
        QaReviewDialog dialog(*m_store, m_qa);
        dialog.show();
        QVERIFY(dialog.setFormVersion(defaultForm.versionId));
        dialog.preset(QString(), QStringLiteral("C1"));
        const qa::FormVersion v = *qa::QaForms(db()).load(defaultForm.versionId);
        int n = 0;
        for (const qa::FormSection &s : v.form.sections)
            for (const qa::FormItem &i : s.items)
                if (++n <= 9)
                    dialog.answer(i.id, qa::ReviewScorer::highest(i.scale) - (n % 3 == 0 ? 1 : 0));
        dialog.findChild<QPushButton *>(QStringLiteral("qaReviewSaveButton"))->click();
        grab(dialog, QStringLiteral("review"));
        for (const qa::FormSection &s : v.form.sections)
            for (const qa::FormItem &i : s.items)
                if (i.critical)
                    dialog.answer(i.id, 0);
        grab(dialog, QStringLiteral("review-autofail"));
    }
    {
        QaReviewsDialog dialog(*m_store, m_qa);
        dialog.show();
        waitLoaded(dialog);
        grab(dialog, QStringLiteral("reviews"));
        dialog.findChild<QTableView *>(QStringLiteral("qaReviewsTable"))->selectRow(0);
        dialog.openReview(dialog.model()->review(2).id);
        QDialog *details = dialog.findChild<QDialog *>(QStringLiteral("qaReviewDetailsDialog"));
        QVERIFY(details);
        grab(*details, QStringLiteral("review-details"));
    }
    // With screenshots asked for, the dialogs on a small demo store too: its form has two versions and a
    // red-line section of weight 0, its reviews have no answers.
    if (qEnvironmentVariableIsSet("KEFUDESK_QA_SHOTS")) {
        auto demo = test::createStore(m_dir, QStringLiteral("demo-%1.sqlite").arg(language));
        QVERIFY(demo);
        DemoOptions options;
        options.days = 21;
        options.agents = 12;
        DemoGenerator generator(demo->database(), demo->timeZone(), options);
        QString error;
        QVERIFY2(generator.run({}, &error), qPrintable(error));
        QaFormsDialog forms(*demo, m_lead);
        forms.show();
        grab(forms, QStringLiteral("demo-forms"));
        QaReviewsDialog reviews(*demo, m_lead);
        reviews.show();
        waitLoaded(reviews);
        QVERIFY(reviews.model()->rowCount() > 0);
        grab(reviews, QStringLiteral("demo-reviews"));
        reviews.openReview(reviews.model()->review(0).id);
        QDialog *details = reviews.findChild<QDialog *>(QStringLiteral("qaReviewDetailsDialog"));
        QVERIFY(details);
        grab(*details, QStringLiteral("demo-review-details"));
        QaReviewDialog entry(*demo, m_lead);
        entry.show();
        grab(entry, QStringLiteral("demo-review"));
    }
    QCOMPARE(applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
}

QTEST_MAIN(TestQaDialogs)

#include "tst_qadialogs.moc"
