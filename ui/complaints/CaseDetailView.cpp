#include "CaseDetailView.h"

#include "complaints/CaseListModel.h"
#include "core/Formats.h"
#include "core/Vocabulary.h"
#include "widgets/ElidedLabel.h"
#include "widgets/RatingColours.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kefu::ui {

using complaints::CaseAction;
using complaints::CaseDetail;
using complaints::ComplaintService;

namespace {

constexpr int ActionsPerRow = 4;

QTreeWidget *makeTree(QWidget *parent, const char *objectName)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(objectName));
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString stateName(const QString &state)
{
    return complaints::CaseDetail::valueText(QStringLiteral("state"), state);
}

QString channelText(const QString &id)
{
    if (const auto c = channelFromId(id))
        return channelName(*c);
    return id;
}

} // namespace

CaseDetailView::CaseDetailView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("caseDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("caseHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("caseFacts"));
    m_facts->setWordWrap(true);
    layout->addWidget(m_facts);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("caseClock"));
    m_clock->setWordWrap(true);
    layout->addWidget(m_clock);
    // The buttons of the allowed actions, four to a row.
    m_actions = new QGridLayout;
    m_actions->setSpacing(6);
    layout->addLayout(m_actions);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_timeline = makeTree(m_tabs, "caseTimeline");
    m_timeline->setColumnCount(3);
    m_timeline->setIndentation(0);
    m_tabs->addTab(m_timeline, QString());
    m_fieldsPage = new QWidget(m_tabs);
    m_fields = new QFormLayout(m_fieldsPage);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_tabs->addTab(m_fieldsPage, QString());
    m_conversations = makeTree(m_tabs, "caseConversations");
    m_conversations->setColumnCount(5);
    m_tabs->addTab(m_conversations, QString());
    m_otherCases = makeTree(m_tabs, "customerCases");
    m_otherCases->setColumnCount(4);
    connect(m_otherCases, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit caseActivated(item->data(0, Qt::UserRole).toString()); });
    m_tabs->addTab(m_otherCases, QString());
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void CaseDetailView::retranslate()
{
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What changed")});
    m_conversations->setHeaderLabels({tr("Conversation"), tr("Channel"), tr("Arrived"), tr("Agent"), tr("Order")});
    m_otherCases->setHeaderLabels({tr("Case"), tr("Created"), tr("State"), tr("Summary")});
    rebuild();
}

QList<CaseAction> CaseDetailView::offeredActions() const
{
    QList<CaseAction> out;
    if (!m_detail)
        return out;
    // An agent records notes and contact attempts on the cases about them (the service checks it too).
    const bool agent = !m_session.isSingleUser() && m_session.role() == Role::Agent;
    for (const CaseAction a : ComplaintService::allowedActions(m_detail->state.state)) {
        if (!m_session.can(ComplaintService::permissionFor(a)))
            continue;
        if (agent && m_detail->agentId != m_session.agentId())
            continue;
        out << a;
    }
    return out;
}

QPushButton *CaseDetailView::actionButton(CaseAction action) const
{
    for (QPushButton *b : m_actionButtons) {
        if (b->property("action").toInt() == int(action))
            return b;
    }
    return nullptr;
}

void CaseDetailView::showCase(const std::optional<CaseDetail> &detail, qint64 now)
{
    m_detail = detail;
    m_message.clear();
    m_now = now;
    rebuild();
}

void CaseDetailView::showMessage(const QString &message)
{
    m_detail.reset();
    m_message = message;
    rebuild();
}

void CaseDetailView::setNow(qint64 now)
{
    m_now = now;
    showClock();
}

void CaseDetailView::showClock()
{
    if (!m_detail) {
        m_clock->clear();
        return;
    }
    const complaints::CaseClock c = m_detail->clock.at(m_detail->facts, m_now);
    const Rating rating = complaints::CaseListModel::timeLeftRating(c, m_now);
    QString text;
    if (c.ended) {
        QStringList verdicts;
        if (c.acknowledgeMet)
            verdicts << (*c.acknowledgeMet ? tr("acknowledged in time") : tr("acknowledged late"));
        if (c.resolveMet)
            verdicts << (*c.resolveMet ? tr("resolved in time") : tr("resolved late"));
        text = verdicts.isEmpty() ? tr("Ended.") : tr("Ended: %1.").arg(verdicts.join(tr(", ")));
    } else {
        text = tr("%1 — due %2")
                   .arg(complaints::CaseListModel::timeLeftText(c, m_now), format::dateTime(c.due(), m_zone));
        if (c.acknowledgeMet)
            text += QStringLiteral(" · ") +
                    (*c.acknowledgeMet ? tr("acknowledged in time") : tr("acknowledged late"));
    }
    m_clock->setText(text);
    QPalette palette = this->palette();
    if (rating != Rating::None)
        palette.setColor(QPalette::WindowText, RatingColours::of(rating));
    m_clock->setPalette(palette);
    m_clock->setToolTip(rating == Rating::None ? QString()
                                               : RatingColours::describe(rating, rating == Rating::Off
                                                                                     ? complaints::CaseListModel::overdueMeaning()
                                                                                     : complaints::CaseListModel::nearDueMeaning()));
}

void CaseDetailView::rebuild()
{
    for (QPushButton *b : std::as_const(m_actionButtons)) {
        // Out of the grid at once (the new buttons take the same cells); deleted later, since a click on
        // one of them may have led here.
        m_actions->removeWidget(b);
        b->hide();
        b->deleteLater();
    }
    m_actionButtons.clear();
    m_timeline->clear();
    m_conversations->clear();
    m_otherCases->clear();
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Details"));
    m_tabs->setTabText(2, tr("Conversations"));
    m_tabs->setTabText(3, tr("Customer's other cases"));
    if (!m_detail) {
        m_heading->setText(m_message.isEmpty() ? tr("No case chosen") : tr("The case could not be read"));
        m_facts->setText(m_message.isEmpty() ? tr("Choose a case in the list to see its timeline and act on it.")
                                             : m_message);
        m_clock->clear();
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    const CaseDetail &d = *m_detail;
    const complaints::CaseState &s = d.state;
    m_heading->setText(tr("%1 · %2").arg(d.id, s.summary.isEmpty() ? tr("(no summary)") : s.summary));
    QStringList facts;
    facts << stateName(s.state) << s.priority << tr("level %1").arg(s.level);
    facts << (s.owner.isEmpty() ? tr("no owner") : tr("owner %1").arg(s.owner));
    if (!s.category.isEmpty())
        facts << s.category;
    if (s.reopenCount > 0)
        facts << tr("reopened %n time(s)", nullptr, s.reopenCount);
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    showClock();

    int shortcut = 1;
    for (const CaseAction a : offeredActions()) {
        auto *b = new QPushButton(ComplaintService::actionTitle(a), this);
        b->setObjectName(QStringLiteral("caseAction%1").arg(int(a)));
        b->setProperty("action", int(a));
        if (shortcut <= 9) {
            b->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_0 + shortcut)));
            b->setToolTip(tr("Alt+Shift+%1").arg(shortcut));
            ++shortcut;
        }
        connect(b, &QPushButton::clicked, this, [this, a] { emit actionRequested(a); });
        m_actions->addWidget(b, int(m_actionButtons.size()) / ActionsPerRow, int(m_actionButtons.size()) % ActionsPerRow);
        m_actionButtons << b;
    }
    if (m_actionButtons.isEmpty()) {
        auto *none = new QPushButton(tr("No action"), this);
        none->setEnabled(false);
        none->setToolTip(s.state == QLatin1String("rejected")
                             ? tr("A rejected case has ended.")
                             : tr("Your role may read this case but not act on it."));
        m_actions->addWidget(none, 0, 0);
        m_actionButtons << none;
    }

    // One line per event (when, who, what changed); its note below it, across the columns.
    for (const complaints::TimelineEntry &t : d.timeline) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, format::dateTime(t.event.at, m_zone));
        item->setToolTip(0, format::dateTimeSeconds(t.event.at, m_zone));
        item->setText(1, t.event.actor);
        item->setText(2, CaseDetail::describe(t.event));
        if (!t.event.note.isEmpty()) {
            auto *note = new QTreeWidgetItem(item);
            note->setText(0, t.event.note);
            note->setToolTip(0, t.event.note);
            note->setFirstColumnSpanned(true);
            note->setForeground(0, palette().brush(QPalette::PlaceholderText));
            item->setExpanded(true);
        }
    }
    m_timeline->scrollToBottom();
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);

    auto field = [&](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *v = new QLabel(value, m_fieldsPage);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(label, v);
    };
    field(tr("Created:"), format::dateTime(d.createdAt, m_zone));
    field(tr("Channel:"), channelText(d.channel));
    field(tr("Customer:"), d.customerId);
    field(tr("Order:"), d.orderId);
    field(tr("Agent:"), d.agentId.isEmpty() ? QString()
                                            : (d.agentName.isEmpty() ? d.agentId
                                                                     : tr("%1 (%2)").arg(d.agentName, d.agentId)) +
                                                  (d.team.isEmpty() ? QString() : tr(", team %1").arg(d.team)));
    field(tr("Root cause:"), s.rootCause.isEmpty() ? QString() : CaseDetail::valueText(QStringLiteral("root_cause"), s.rootCause));
    field(tr("Resolution:"),
          s.resolution.isEmpty() ? QString() : CaseDetail::valueText(QStringLiteral("resolution_type"), s.resolution));
    field(tr("Amount:"), s.amount);
    field(tr("Customer feedback:"),
          s.feedback.isEmpty() ? QString() : CaseDetail::valueText(QStringLiteral("customer_feedback"), s.feedback));
    field(tr("Reject reason:"), s.rejectReason);
    field(tr("Contact attempts:"), s.contactAttempts > 0 ? format::count(s.contactAttempts) : QString());
    field(tr("Transfers:"), s.transfers > 0 ? format::count(s.transfers) : QString());
    field(tr("Acknowledged:"), s.acknowledgedAt >= 0 ? format::dateTime(s.acknowledgedAt, m_zone) : QString());
    field(tr("Closed:"), s.closedAt >= 0 ? format::dateTime(s.closedAt, m_zone) : QString());
    field(tr("Customer's time:"),
          d.facts.awaitingSeconds > 0 ? format::duration(double(d.facts.awaitingSeconds)) : QString());
    field(tr("Description:"), d.description);

    for (const complaints::LinkedConversation &c : d.conversations) {
        auto *item = new QTreeWidgetItem(m_conversations);
        item->setText(0, c.id);
        item->setText(1, channelText(c.channel));
        item->setText(2, format::dateTime(c.arrivedAt, m_zone));
        item->setText(3, c.agentName.isEmpty() ? c.agentId : c.agentName);
        item->setText(4, c.orderId);
        if (c.openedFrom) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int col = 0; col < 5; ++col)
                item->setFont(col, bold);
            item->setToolTip(0, tr("The case was opened from this conversation."));
        }
    }
    m_conversations->resizeColumnToContents(0);
    m_conversations->resizeColumnToContents(2);
    m_tabs->setTabText(2, tr("Conversations (%1)").arg(d.conversations.size()));

    for (const complaints::OtherCase &o : d.otherCases) {
        auto *item = new QTreeWidgetItem(m_otherCases);
        item->setText(0, o.id);
        item->setData(0, Qt::UserRole, o.id);
        item->setText(1, format::date(QDateTime::fromSecsSinceEpoch(o.createdAt, m_zone).date()));
        item->setText(2, stateName(o.state));
        item->setText(3, o.summary);
        item->setToolTip(0, tr("Double-click or press Enter to open this case."));
    }
    m_otherCases->resizeColumnToContents(0);
    m_otherCases->resizeColumnToContents(1);
    m_tabs->setTabText(3, tr("Customer's other cases (%1)").arg(d.otherCases.size()));
}

} // namespace kefu::ui
