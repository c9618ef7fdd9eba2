#include "QaReviewsDialog.h"

#include "users/PermissionLabels.h"
#include "QaReviewDialog.h"
#include "QaTexts.h"
#include "core/Formats.h"
#include "widgets/TableExport.h"
#include "store/StoreWorker.h"
#include "widgets/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kefu::ui {

// What one read on the worker brings back.
struct ReviewListLoad
{
    int generation = 0;
    bool append = false;
    QList<qa::ReviewRow> rows;
    std::optional<qa::ReviewSummary> summary;
    std::optional<qa::ReviewChoices> choices;
    QString error;
};

namespace {

// The answers of one review, read-only.
QDialog *createDetailsDialog(const qa::ReviewDetails &d, const QTimeZone &zone, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("qaReviewDetailsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QaReviewsDialog::tr("QA review %1").arg(d.review.id));
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    auto value = [dialog](const QString &text, const QString &name = {}) {
        auto *label = new QLabel(text, dialog);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        if (!name.isEmpty())
            label->setObjectName(name);
        return label;
    };
    const qa::ReviewRow &r = d.review;
    form->addRow(QaReviewsDialog::tr("Review:"), value(r.id));
    form->addRow(QaReviewsDialog::tr("Reviewed at:"),
                 value(qa::ReviewListModel::cellText(r, qa::ReviewListModel::ReviewedAtColumn, zone)));
    form->addRow(QaReviewsDialog::tr("Agent:"),
                 value(qa::ReviewListModel::cellText(r, qa::ReviewListModel::AgentColumn, zone)));
    if (!r.team.isEmpty())
        form->addRow(QaReviewsDialog::tr("Team:"), value(r.team));
    form->addRow(QaReviewsDialog::tr("Reviewer:"), value(r.reviewer));
    if (!r.conversationId.isEmpty())
        form->addRow(QaReviewsDialog::tr("Conversation:"), value(r.conversationId));
    if (!r.complaintId.isEmpty())
        form->addRow(QaReviewsDialog::tr("Complaint:"), value(r.complaintId));
    form->addRow(QaReviewsDialog::tr("Form:"), value(d.form ? QaTexts::formTitle(d.form->name, d.form->version)
                                                            : QaReviewsDialog::tr("none (imported)")));
    QString score = format::number(r.countedScore(), format::ScoreDecimals);
    if (r.autoFail)
        score = r.score != 0 ? QaReviewsDialog::tr("%1 — auto-fail: a critical item failed (recorded as %2)")
                                   .arg(score, format::number(r.score, format::ScoreDecimals))
                             : QaReviewsDialog::tr("%1 — auto-fail: a critical item failed").arg(score);
    QLabel *scoreLabel = value(score, QStringLiteral("qaReviewDetailsScore"));
    QFont bold = scoreLabel->font();
    bold.setBold(true);
    scoreLabel->setFont(bold);
    if (r.autoFail) {
        QPalette red = scoreLabel->palette();
        red.setColor(QPalette::WindowText, errorColour(dialog->palette()));
        scoreLabel->setPalette(red);
    }
    form->addRow(QaReviewsDialog::tr("Score:"), scoreLabel);
    layout->addLayout(form);

    if (d.form && !d.answers.isEmpty()) {
        auto *tree = new QTreeWidget(dialog);
        tree->setObjectName(QStringLiteral("qaReviewAnswers"));
        tree->setHeaderLabels({QaReviewsDialog::tr("Item"), QaReviewsDialog::tr("Answer"),
                               QaReviewsDialog::tr("Points"), QaReviewsDialog::tr("Share")});
        tree->headerItem()->setToolTip(2, QaReviewsDialog::tr("The answer on 0–100"));
        tree->setUniformRowHeights(true);
        tree->setAlternatingRowColors(true);
        tree->header()->setStretchLastSection(false);
        tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < 4; ++c)
            tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        QHash<qint64, std::optional<double>> answers;
        for (const qa::Answer &a : d.answers)
            answers.insert(a.itemId, a.value);
        const QList<QList<double>> shares = qa::QaForms::shares(d.form->form);
        const QColor red = errorColour(dialog->palette());
        for (int s = 0; s < d.form->form.sections.size(); ++s) {
            const qa::FormSection &section = d.form->form.sections.at(s);
            auto *sectionNode = new QTreeWidgetItem(tree, {section.title});
            QFont font = sectionNode->font(0);
            font.setBold(true);
            sectionNode->setFont(0, font);
            for (int i = 0; i < section.items.size(); ++i) {
                const qa::FormItem &item = section.items.at(i);
                auto *node = new QTreeWidgetItem(sectionNode);
                node->setText(0, item.critical ? QaReviewsDialog::tr("%1 (critical)").arg(item.text) : item.text);
                if (!answers.contains(item.id)) {
                    node->setText(1, QaReviewsDialog::tr("not answered"));
                } else {
                    const std::optional<double> v = answers.value(item.id);
                    node->setText(1, QaTexts::answerText(item.scale, v));
                    const std::optional<double> points = qa::QaReviews::points(item, v);
                    node->setText(2, format::number(points, 0));
                    if (item.critical && v && *v == qa::ReviewScorer::lowest(item.scale)) {
                        for (int c = 0; c < 3; ++c)
                            node->setForeground(c, red);
                    }
                }
                node->setText(3, QaTexts::share(shares.at(s).at(i)));
                node->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                node->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
        tree->expandAll();
        layout->addWidget(tree, 1);
    } else {
        auto *none = new QLabel(QaReviewsDialog::tr("Only the score of this review is known: its answers were not "
                                                    "recorded (it was imported from a file, for example)."),
                                dialog);
        none->setObjectName(QStringLiteral("qaReviewNoAnswers"));
        none->setWordWrap(true);
        none->setContentsMargins(0, 8, 0, 8);
        layout->addWidget(none);
    }
    if (!r.notes.isEmpty()) {
        layout->addWidget(new QLabel(QaReviewsDialog::tr("Notes:"), dialog));
        auto *notes = new QPlainTextEdit(r.notes, dialog);
        notes->setObjectName(QStringLiteral("qaReviewDetailsNotes"));
        notes->setReadOnly(true);
        notes->setMaximumHeight(notes->fontMetrics().lineSpacing() * 4 + 12);
        layout->addWidget(notes);
    }
    if (d.answers.isEmpty())
        layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(720, d.answers.isEmpty() ? 360 : 620);
    return dialog;
}

// The agent id a filter combo means: the picked agent, else what was typed; empty for everyone.
QString agentOf(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int index = combo->findText(text);
    return index >= 0 ? combo->itemData(index).toString() : text;
}

} // namespace

QaReviewsDialog::QaReviewsDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("qaReviewsDialog"));
    setWindowTitle(tr("QA reviews"));
    m_pool.setMaxThreadCount(1);
    m_watcher = new QFutureWatcher<ReviewListLoad>(this);
    connect(m_watcher, &QFutureWatcher<ReviewListLoad>::finished, this, &QaReviewsDialog::finished);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &QaReviewsDialog::reload);
    const QTimeZone zone = store.timeZone();

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(8);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("qaReviewsFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("qaReviewsTo"));
    const QString periodTip =
        tr("Both days included, counted in the store's time zone (%1).").arg(QString::fromUtf8(zone.id()));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setToolTip(periodTip);
    }
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("qaReviewsAgent"));
    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    m_agent->lineEdit()->setPlaceholderText(tr("All agents"));
    m_agent->setMinimumContentsLength(14);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *completer = new QCompleter(m_agent->model(), m_agent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_agent->setCompleter(completer);
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("qaReviewsTeam"));
    m_reviewer = new QComboBox(this);
    m_reviewer->setObjectName(QStringLiteral("qaReviewsReviewer"));
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("qaReviewsForm"));
    for (QComboBox *combo : {m_team, m_reviewer, m_form}) {
        combo->setMinimumContentsLength(12);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_team->addItem(tr("All teams"), QString());
    m_reviewer->addItem(tr("All reviewers"), QString());
    m_form->addItem(tr("All forms"), 0);
    m_minScore = new QDoubleSpinBox(this);
    m_minScore->setObjectName(QStringLiteral("qaReviewsMinScore"));
    m_maxScore = new QDoubleSpinBox(this);
    m_maxScore->setObjectName(QStringLiteral("qaReviewsMaxScore"));
    for (QDoubleSpinBox *spin : {m_minScore, m_maxScore}) {
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setToolTip(tr("The score as the agent metrics count it: a review with a failed critical item counts "
                            "as 0. Both ends included."));
    }
    m_maxScore->setValue(100);
    m_autoFailOnly = new QCheckBox(tr("A&uto-fail only"), this);
    m_autoFailOnly->setObjectName(QStringLiteral("qaReviewsAutoFailOnly"));
    m_reset = new QPushButton(tr("Reset filters"), this);
    m_reset->setObjectName(QStringLiteral("qaReviewsResetButton"));
    m_reset->setAutoDefault(false);

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    auto *scores = new QHBoxLayout;
    scores->addWidget(m_minScore);
    scores->addWidget(new QLabel(tr("to"), this));
    scores->addWidget(m_maxScore);
    scores->addStretch(1);
    filters->addWidget(label(tr("&Period:"), m_from), 0, 0);
    filters->addLayout(period, 0, 1);
    filters->addWidget(label(tr("A&gent:"), m_agent), 0, 2);
    filters->addWidget(m_agent, 0, 3);
    filters->addWidget(label(tr("&Team:"), m_team), 0, 4);
    filters->addWidget(m_team, 0, 5);
    filters->addWidget(label(tr("&Reviewer:"), m_reviewer), 0, 6);
    filters->addWidget(m_reviewer, 0, 7);
    filters->addWidget(label(tr("&Score:"), m_minScore), 1, 0);
    filters->addLayout(scores, 1, 1);
    filters->addWidget(label(tr("&Form:"), m_form), 1, 2);
    filters->addWidget(m_form, 1, 3);
    filters->addWidget(m_autoFailOnly, 1, 4, 1, 2);
    filters->addWidget(m_reset, 1, 7, Qt::AlignRight);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    filters->setColumnStretch(7, 1);
    layout->addLayout(filters);

    m_model = new qa::ReviewListModel(zone, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("qaReviewsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(qa::ReviewListModel::ReviewedAtColumn, digit * 17);
    header->resizeSection(qa::ReviewListModel::AgentColumn, digit * 14);
    header->resizeSection(qa::ReviewListModel::TeamColumn, digit * 10);
    header->resizeSection(qa::ReviewListModel::ScoreColumn, digit * 8);
    header->resizeSection(qa::ReviewListModel::AutoFailColumn, digit * 9);
    header->resizeSection(qa::ReviewListModel::FormColumn, digit * 18);
    header->resizeSection(qa::ReviewListModel::ReviewerColumn, digit * 10);
    header->resizeSection(qa::ReviewListModel::LinkColumn, digit * 23);
    header->resizeSection(qa::ReviewListModel::IdColumn, digit * 17);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("qaReviewsStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    m_more = new QPushButton(tr("Show &more"), this);
    m_more->setObjectName(QStringLiteral("qaReviewsMoreButton"));
    m_new = new QPushButton(tr("&New review…"), this);
    m_new->setObjectName(QStringLiteral("qaReviewsNewButton"));
    m_open = new QPushButton(tr("&Open…"), this);
    m_open->setObjectName(QStringLiteral("qaReviewsOpenButton"));
    m_open->setToolTip(tr("Show the answers of the selected review (Enter, double-click)"));
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("qaReviewsExportButton"));
    for (QPushButton *button : {m_more, m_new, m_open, m_export}) {
        button->setAutoDefault(false);
        bottom->addWidget(button);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    const bool mayEnter = session.can(Permission::EnterQaReviews) && !store.isReadOnly();
    m_new->setEnabled(mayEnter);
    m_new->setToolTip(mayEnter             ? tr("Score an agent's conversation or complaint with a QA form")
                      : store.isReadOnly() ? tr("The store is open read-only.")
                                           : PermissionLabels::onlyRolesMay(Permission::EnterQaReviews));
    const bool mayExport = session.can(Permission::ExportData);
    m_export->setEnabled(mayExport);
    m_export->setToolTip(mayExport ? tr("Write every review that matches the filters to a CSV file or an Excel "
                                        "workbook; the export is recorded in the audit log.")
                                   : PermissionLabels::onlyRolesMay(Permission::ExportData));

    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_to->date() < date)
            m_to->setDate(date);
        scheduleReload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_from->date() > date)
            m_from->setDate(date);
        scheduleReload();
    });
    connect(m_agent, &QComboBox::currentIndexChanged, this, &QaReviewsDialog::scheduleReload);
    connect(m_agent->lineEdit(), &QLineEdit::editingFinished, this, &QaReviewsDialog::scheduleReload);
    for (QComboBox *combo : {m_team, m_reviewer, m_form})
        connect(combo, &QComboBox::currentIndexChanged, this, &QaReviewsDialog::scheduleReload);
    connect(m_minScore, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_maxScore->value() < value)
            m_maxScore->setValue(value);
        scheduleReload();
    });
    connect(m_maxScore, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_minScore->value() > value)
            m_minScore->setValue(value);
        scheduleReload();
    });
    connect(m_autoFailOnly, &QCheckBox::toggled, this, &QaReviewsDialog::scheduleReload);
    connect(m_reset, &QPushButton::clicked, this, &QaReviewsDialog::resetFilters);
    connect(m_more, &QPushButton::clicked, this, &QaReviewsDialog::loadMore);
    connect(m_new, &QPushButton::clicked, this, [this] { newReview(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openReview(selectedId()); });
    connect(m_export, &QPushButton::clicked, this, &QaReviewsDialog::exportReviews);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openReview(selectedId()); });
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] { openReview(selectedId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QaReviewsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QaReviewsDialog::updateButtons);

    start(false, true);
    resize(1180, 640);
}

QaReviewsDialog::~QaReviewsDialog()
{
    // A read under way holds a connection to the store: let it end before the dialog goes.
    m_pool.waitForDone();
}

qa::ReviewFilter QaReviewsDialog::filter() const
{
    qa::ReviewFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.agentId = agentOf(m_agent);
    f.team = m_team->currentData().toString();
    f.reviewer = m_reviewer->currentData().toString();
    f.formId = m_form->currentData().toLongLong();
    f.autoFailOnly = m_autoFailOnly->isChecked();
    if (m_minScore->value() > 0)
        f.minScore = m_minScore->value();
    if (m_maxScore->value() < 100)
        f.maxScore = m_maxScore->value();
    return f;
}

void QaReviewsDialog::setFilter(const qa::ReviewFilter &f)
{
    m_filling = true;
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_agent), b4(m_team), b5(m_reviewer), b6(m_form), b7(m_minScore),
            b8(m_maxScore), b9(m_autoFailOnly);
        if (f.from.isValid())
            m_from->setDate(f.from);
        if (f.to.isValid())
            m_to->setDate(f.to);
        const int agent = m_agent->findData(f.agentId);
        if (f.agentId.isEmpty()) {
            m_agent->setCurrentIndex(-1);
            m_agent->setEditText(QString());
        } else if (agent >= 0) {
            m_agent->setCurrentIndex(agent);
        } else {
            m_agent->setEditText(f.agentId);
        }
        auto choose = [](QComboBox *combo, const QVariant &value, const QString &text) {
            int index = combo->findData(value);
            if (index < 0) {
                combo->addItem(text, value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        };
        choose(m_team, f.team, f.team);
        choose(m_reviewer, f.reviewer, f.reviewer);
        choose(m_form, f.formId, QString::number(f.formId));
        m_minScore->setValue(f.minScore.value_or(0));
        m_maxScore->setValue(f.maxScore.value_or(100));
        m_autoFailOnly->setChecked(f.autoFailOnly);
    }
    m_filling = false;
    reload();
}

void QaReviewsDialog::resetFilters()
{
    qa::ReviewFilter f;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_store.timeZone()).date();
    f.from = today.addDays(-29);
    f.to = today;
    setFilter(f);
}

void QaReviewsDialog::scheduleReload()
{
    if (!m_filling)
        m_reloadTimer->start();
}

void QaReviewsDialog::reload()
{
    m_reloadTimer->stop();
    start(false, false);
}

bool QaReviewsDialog::canLoadMore() const
{
    return !m_loading && !m_complete && m_error.isEmpty();
}

void QaReviewsDialog::loadMore()
{
    if (canLoadMore())
        start(true, false);
}

void QaReviewsDialog::start(bool append, bool withChoices)
{
    const int generation = ++m_generation;
    const StoreConnection::Source source = StoreConnection::sourceOf(m_store.database());
    const Session session = m_session;
    const qa::ReviewFilter f = filter();
    const QTimeZone zone = m_store.timeZone();
    std::optional<qa::ReviewCursor> after;
    if (append && m_model->rowCount() > 0) {
        const qa::ReviewRow last = m_model->review(m_model->rowCount() - 1);
        after = qa::ReviewCursor{last.reviewedAt, last.id};
    }
    m_loading = true;
    updateStatus();
    ReviewListLoad load;
    load.generation = generation;
    load.append = append;
    m_watcher->setFuture(runOnWorker(
        source,
        [load, session, f, zone, after, append, withChoices](QSqlDatabase &db) mutable {
            const qa::QaReviews reviews(db, zone);
            if (withChoices)
                load.choices = reviews.choices(session);
            if (!reviews.query(session, f, PageSize, after, &load.rows, &load.error))
                return load;
            if (!append) {
                load.summary = reviews.summary(session, f, &load.error);
                if (!load.summary)
                    load.rows.clear();
            }
            return load;
        },
        [load](const QString &reason) mutable {
            load.error = reason;
            return load;
        },
        &m_pool));
}

void QaReviewsDialog::finished()
{
    const ReviewListLoad load = m_watcher->result();
    if (load.generation != m_generation)
        return;
    m_loading = false;
    if (load.choices)
        fillChoices(*load.choices);
    m_error = load.error;
    if (m_error.isEmpty()) {
        if (load.append) {
            m_model->appendRows(load.rows);
        } else {
            m_summary = load.summary.value_or(qa::ReviewSummary{});
            m_model->setRows(load.rows);
        }
        m_complete = load.rows.size() < PageSize || m_model->rowCount() >= m_summary.count;
    } else if (!load.append) {
        m_model->setRows({});
        m_summary = {};
    }
    if (!m_selectAfterLoad.isEmpty()) {
        const int row = m_model->rowOf(m_selectAfterLoad);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
        m_selectAfterLoad.clear();
    }
    updateStatus();
    updateButtons();
    emit loaded();
}

void QaReviewsDialog::fillChoices(const qa::ReviewChoices &choices)
{
    m_filling = true;
    const qa::ReviewFilter current = filter();
    {
        const QSignalBlocker b1(m_agent), b2(m_team), b3(m_reviewer), b4(m_form);
        m_agent->clear();
        for (const qa::ReviewChoices::Agent &agent : choices.agents)
            m_agent->addItem(tr("%1 · %2").arg(agent.id, agent.name), agent.id);
        const int agent = m_agent->findData(current.agentId);
        m_agent->setCurrentIndex(agent);
        if (agent < 0)
            m_agent->setEditText(current.agentId);
        m_team->clear();
        m_team->addItem(tr("All teams"), QString());
        for (const QString &team : choices.teams)
            m_team->addItem(team, team);
        m_team->setCurrentIndex(qMax(0, m_team->findData(current.team)));
        m_reviewer->clear();
        m_reviewer->addItem(tr("All reviewers"), QString());
        for (const QString &reviewer : choices.reviewers)
            m_reviewer->addItem(reviewer, reviewer);
        m_reviewer->setCurrentIndex(qMax(0, m_reviewer->findData(current.reviewer)));
        m_form->clear();
        m_form->addItem(tr("All forms"), 0);
        for (const qa::FormSummary &form : choices.forms)
            m_form->addItem(form.active ? form.name : tr("%1 (retired)").arg(form.name), form.formId);
        m_form->setCurrentIndex(qMax(0, m_form->findData(current.formId)));
    }
    m_filling = false;
}

void QaReviewsDialog::updateStatus()
{
    QString text;
    if (m_loading && m_model->rowCount() == 0) {
        text = tr("Reading the reviews…");
    } else if (!m_error.isEmpty()) {
        text = tr("The reviews could not be read: %1").arg(m_error);
    } else {
        const int rows = m_model->rowCount();
        if (m_summary.count == 0)
            text = tr("No review matches the filters.");
        else if (rows < m_summary.count)
            text = tr("The newest %1 of %n reviews that match the filters are shown.", nullptr, int(m_summary.count))
                       .arg(rows);
        else
            text = tr("%n review(s) match the filters.", nullptr, int(m_summary.count));
        if (m_summary.meanScore)
            text += QLatin1Char(' ') + tr("Mean score %1; %n auto-fail(s).", nullptr, int(m_summary.autoFails))
                                           .arg(format::number(*m_summary.meanScore, format::ScoreDecimals));
    }
    if (!m_session.can(Permission::ViewAllScorecards))
        text += QLatin1Char(' ') + tr("You see your own reviews only.");
    if (!m_lastExport.isEmpty())
        text += QLatin1Char('\n') + m_lastExport;
    m_status->setText(text);
    m_more->setVisible(!m_complete && m_error.isEmpty());
    m_more->setEnabled(canLoadMore());
}

void QaReviewsDialog::updateButtons()
{
    m_open->setEnabled(!selectedId().isEmpty());
}

QString QaReviewsDialog::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->review(rows.constFirst().row()).id;
}

void QaReviewsDialog::openReview(const QString &reviewId)
{
    if (reviewId.isEmpty())
        return;
    QString error;
    const std::optional<qa::ReviewDetails> details =
        qa::QaReviews(m_store.database(), m_store.timeZone()).details(m_session, reviewId, &error);
    if (!details) {
        m_status->setText(error);
        return;
    }
    QDialog *dialog = createDetailsDialog(*details, m_store.timeZone(), this);
    dialog->open();
}

QaReviewDialog *QaReviewsDialog::newReview()
{
    if (!m_session.can(Permission::EnterQaReviews) || m_store.isReadOnly())
        return nullptr;
    auto *dialog = new QaReviewDialog(m_store, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString agent = filter().agentId;
    if (!agent.isEmpty())
        dialog->setAgent(agent);
    connect(dialog, &QaReviewDialog::reviewSaved, this, [this](const QString &id) {
        m_selectAfterLoad = id;
        m_lastExport.clear();
        // The new review is today's: make sure the period shows it.
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_store.timeZone()).date();
        {
            const QSignalBlocker b1(m_from), b2(m_to);
            if (m_to->date() < today)
                m_to->setDate(today);
            if (m_from->date() > today)
                m_from->setDate(today);
        }
        start(false, true);
        emit reviewAdded(id);
    });
    dialog->open();
    return dialog;
}

bool QaReviewsDialog::exportTo(const QString &path, int *rows, QString *error)
{
    if (rows)
        *rows = 0;
    if (!m_session.require(Permission::ExportData, error))
        return false;
    io::TableWriter::Format format = io::TableWriter::Format::Csv;
    const QString file = TableExport::resolvePath(path, format, &format);
    const io::ExportResult result =
        TableExport::run(this, tr("Export the QA reviews"), m_store.database(),
                         qa::QaReviews::exportSource(m_session, filter(), m_store.timeZone()), file, format);
    if (!result.ok) {
        if (error)
            *error = result.cancelled ? tr("The export was cancelled.") : result.error;
        return false;
    }
    if (rows)
        *rows = int(result.rows);
    m_lastExport = TableExport::summary(result);
    updateStatus();
    return true;
}

void QaReviewsDialog::exportReviews()
{
    if (!m_session.can(Permission::ExportData))
        return;
    const QString suggestion =
        QStringLiteral("qa-reviews-%1")
            .arg(QDateTime::currentDateTimeUtc().toTimeZone(m_store.timeZone()).toString(QStringLiteral("yyyyMMdd")));
    const io::ExportResult result =
        TableExport::exportTable(this, tr("Export the QA reviews"), suggestion, m_store.database(),
                                 qa::QaReviews::exportSource(m_session, filter(), m_store.timeZone()));
    if (result.ok) {
        m_lastExport = TableExport::summary(result);
        updateStatus();
    }
}

} // namespace kefu::ui
