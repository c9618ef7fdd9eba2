#include "CaseActionDialog.h"

#include "CaseDialogParts.h"
#include "complaints/CaseDetail.h"
#include "core/Formats.h"
#include "core/Vocabulary.h"
#include "widgets/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace kefu::ui {

using complaints::ActionInput;
using complaints::ActionResult;
using complaints::CaseAction;
using complaints::ComplaintService;

namespace {

bool needsAmount(const QString &resolution)
{
    return resolution == resolutionTypeId(ResolutionType::Refund) ||
           resolution == resolutionTypeId(ResolutionType::Coupon) ||
           resolution == resolutionTypeId(ResolutionType::Compensation);
}

// A choice among ids: a first empty "choose" entry, then each id with its name.
template<typename E>
QComboBox *idCombo(const QString &objectName, int count, QString (*id)(E), QString (*name)(E), const QString &current,
                   QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(CaseActionDialog::tr("Choose…"), QString());
    for (int i = 0; i < count; ++i)
        combo->addItem(caseparts::capitalised(name(E(i))), id(E(i)));
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

} // namespace

CaseActionFacts CaseActionFacts::of(const complaints::CaseDetail &detail)
{
    CaseActionFacts facts;
    facts.caseId = detail.id;
    facts.summary = detail.state.summary;
    facts.state = detail.state.state;
    facts.owner = detail.state.owner;
    facts.level = detail.state.level;
    facts.contactAttempts = detail.state.contactAttempts;
    facts.rootCause = detail.state.rootCause;
    facts.resolution = detail.state.resolution;
    facts.amount = detail.state.amount;
    facts.lastEvent = detail.lastEvent;
    return facts;
}

QString CaseActionDialog::levelTitle(int level)
{
    switch (level) {
    case 1:
        return tr("Level 1 · front line");
    case 2:
        return tr("Level 2 · senior / QA");
    case 3:
        return tr("Level 3 · manager");
    }
    return tr("Level %1").arg(level);
}

CaseActionDialog::CaseActionDialog(CaseAction action, const CaseActionFacts &facts, const QStringList &owners,
                                   QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_facts(facts)
{
    setObjectName(QStringLiteral("caseActionDialog"));
    const QString step = ComplaintService::actionTitle(action).remove(QStringLiteral("…"));
    setWindowTitle(tr("%1 — %2").arg(step, facts.caseId));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caseparts::createHeading(step, this));
    QLabel *caseLine = caseparts::createMutedLabel(QStringLiteral("caseActionCase"), this);
    QStringList about{facts.caseId};
    if (!facts.summary.isEmpty())
        about << facts.summary;
    about << complaints::CaseRules::stateTitle(facts.state) << tr("level %1").arg(facts.level)
          << (facts.owner.isEmpty() ? tr("no owner yet") : tr("owner %1").arg(facts.owner));
    caseLine->setText(about.join(tr(" · ")));
    layout->addWidget(caseLine);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("caseActionInfo"));
    m_info->setWordWrap(true);
    m_info->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(m_info);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    QString info;
    switch (action) {
    case CaseAction::Assign:
        info = facts.owner.isEmpty() ? tr("Give the case to the person who will see it through.")
                                     : tr("Give the case to another owner. %1 owns it now; the change counts as a "
                                          "transfer.")
                                           .arg(facts.owner);
        m_owner = addOwner(tr("New &owner:"), owners, tr("who takes the case"));
        addNote(tr("&Note:"), tr("optional: why the case changes hands"));
        break;
    case CaseAction::Acknowledge:
        info = tr("Take the case: it needs an owner, and the customer should hear that the complaint was received.");
        m_owner = addOwner(tr("&Owner:"), owners, tr("who takes the case"));
        m_owner->setEditText(facts.owner);
        addNote(tr("&Note:"), tr("optional"));
        break;
    case CaseAction::Investigate:
        if (facts.state == QLatin1String("proposed")) {
            info = tr("Withdraw the offer: the case goes back to investigating.");
            addNote(tr("&Note:"), tr("optional: why the offer is withdrawn"));
        } else if (facts.state == QLatin1String("awaiting_feedback")) {
            info = tr("The customer refused the offer: the case goes back to investigating.");
            addNote(tr("&Note:"), tr("optional: what the customer said"));
        } else {
            info = tr("Start establishing the cause; ask other departments where needed.");
            addNote(tr("&Note:"), tr("optional"));
        }
        break;
    case CaseAction::Propose: {
        info = tr("The cause found and the resolution offered to the customer. A refund, a coupon or a "
                  "compensation needs its amount.");
        m_rootCause = idCombo<RootCause>(QStringLiteral("caseActionRootCause"), RootCauseCount, rootCauseId,
                                         rootCauseName, facts.rootCause, this);
        m_form->addRow(tr("Root &cause:"), m_rootCause);
        m_resolution = idCombo<ResolutionType>(QStringLiteral("caseActionResolution"), ResolutionTypeCount,
                                               resolutionTypeId, resolutionTypeName, facts.resolution, this);
        m_form->addRow(tr("&Resolution:"), m_resolution);
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("caseActionAmount"));
        // Digits with up to two decimals: the amount is stored as written, never below 0.
        m_amount->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^[0-9]{0,9}([.][0-9]{0,2})?$")), m_amount));
        m_amount->setText(facts.amount);
        m_amount->setMaximumWidth(m_amount->fontMetrics().horizontalAdvance(QStringLiteral("0000000000.00")) + 24);
        m_form->addRow(tr("&Amount:"), m_amount);
        addNote(tr("&Note:"), tr("optional: what was agreed, who was asked"));
        connect(m_rootCause, &QComboBox::currentIndexChanged, this, &CaseActionDialog::updateState);
        connect(m_resolution, &QComboBox::currentIndexChanged, this, &CaseActionDialog::updateState);
        connect(m_amount, &QLineEdit::textChanged, this, &CaseActionDialog::updateState);
        break;
    }
    case CaseAction::SendForConfirmation: {
        QString offer;
        if (const auto type = resolutionTypeFromId(facts.resolution)) {
            offer = caseparts::capitalised(resolutionTypeName(*type));
            if (!facts.amount.isEmpty())
                offer = tr("%1 of %2").arg(offer, format::number(facts.amount.toDouble(), 2));
        }
        info = (offer.isEmpty() ? QString() : tr("Offer: %1.").arg(offer) + QLatin1Char(' ')) +
               tr("Ask the customer to accept it. While the case waits for the customer, its resolve clock "
                  "stands still.");
        addNote(tr("&Note:"), tr("optional: how the customer was asked"));
        break;
    }
    case CaseAction::ContactAttempt:
        info = tr("Record an attempt to reach the customer, answered or not (%n attempt(s) so far). Closing a "
                  "case as unreachable needs at least two.",
                  nullptr, facts.contactAttempts);
        addNote(tr("&What happened:"), tr("e.g. no answer, phone switched off, reached and told the status"));
        break;
    case CaseAction::Note:
        info = tr("A note in the case's history; it cannot be changed later.");
        addNote(tr("&Note:"), QString());
        break;
    case CaseAction::Close:
        info = tr("Close the case with the customer's feedback.");
        m_feedback = idCombo<CustomerFeedback>(QStringLiteral("caseActionFeedback"), CustomerFeedbackCount,
                                               customerFeedbackId, customerFeedbackName, QString(), this);
        m_form->addRow(tr("Customer's &feedback:"), m_feedback);
        m_feedbackInfo = new QLabel(this);
        m_feedbackInfo->setObjectName(QStringLiteral("caseActionFeedbackInfo"));
        m_feedbackInfo->setWordWrap(true);
        m_form->addRow(QString(), m_feedbackInfo);
        addNote(tr("&Note:"), tr("optional"));
        connect(m_feedback, &QComboBox::currentIndexChanged, this, &CaseActionDialog::updateCloseInfo);
        updateCloseInfo();
        break;
    case CaseAction::Reject:
        info = tr("End the case as an invalid complaint. The reason stays in the case's history.");
        addNote(tr("&Reason:"), tr("why the complaint is invalid"));
        break;
    case CaseAction::Reopen:
        info = tr("The case goes back to investigating and counts as reopened.");
        addNote(tr("&Reason:"), tr("why the case is reopened, e.g. the customer called back"));
        break;
    case CaseAction::Escalate:
        info = tr("Raise the case to a higher level; the owner may change with it.");
        m_level = new QComboBox(this);
        m_level->setObjectName(QStringLiteral("caseActionLevel"));
        for (int level = facts.level + 1; level <= 3; ++level)
            m_level->addItem(levelTitle(level), level);
        m_level->setEnabled(m_level->count() > 0);
        m_form->addRow(tr("New &level:"), m_level);
        m_owner = addOwner(tr("New &owner:"), owners,
                           facts.owner.isEmpty() ? tr("optional") : tr("optional: %1 keeps it").arg(facts.owner));
        addNote(tr("&Note:"), tr("optional: why the case is escalated"));
        break;
    }
    m_info->setText(info);

    m_error = createErrorLabel(QStringLiteral("caseActionError"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(step, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("caseActionOk"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("caseActionCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseActionDialog::reject);
    layout->addWidget(buttons);

    if (m_owner)
        connect(m_owner, &QComboBox::currentTextChanged, this, &CaseActionDialog::updateState);
    if (m_note)
        connect(m_note, &QPlainTextEdit::textChanged, this, &CaseActionDialog::updateState);
    updateState();
    setMinimumWidth(520);
}

QComboBox *CaseActionDialog::addOwner(const QString &label, const QStringList &owners, const QString &placeholder)
{
    QComboBox *combo = caseparts::createNameCombo(QStringLiteral("caseActionOwner"), owners, placeholder, this);
    m_form->addRow(label, combo);
    return combo;
}

void CaseActionDialog::addNote(const QString &label, const QString &placeholder)
{
    m_note = caseparts::createNoteEdit(QStringLiteral("caseActionNote"), placeholder, this);
    m_noteLabel = new QLabel(label, this);
    m_noteLabel->setBuddy(m_note);
    m_form->addRow(m_noteLabel, m_note);
}

void CaseActionDialog::updateCloseInfo()
{
    const QString feedback = m_feedback->currentData().toString();
    QString text;
    bool overrideNote = false;
    if (feedback == customerFeedbackId(CustomerFeedback::Unreachable)) {
        text = tr("%n contact attempt(s) recorded; closing as unreachable needs at least two.", nullptr,
                  m_facts.contactAttempts);
    } else if (feedback == customerFeedbackId(CustomerFeedback::Unsatisfied) && m_facts.level < 2) {
        overrideNote = true;
        text = tr("The case is at level %1. Closing with an unsatisfied customer below level 2 needs a supervisor's "
                  "override note, and only a team lead or an administrator may give one. Otherwise escalate the "
                  "case first.")
                   .arg(m_facts.level);
    }
    m_feedbackInfo->setText(text);
    m_feedbackInfo->setVisible(!text.isEmpty());
    m_noteLabel->setText(overrideNote ? tr("&Override note:") : tr("&Note:"));
    m_note->setPlaceholderText(overrideNote ? tr("why the case may close without escalation") : tr("optional"));
    updateState();
}

ActionInput CaseActionDialog::input() const
{
    ActionInput in;
    in.action = m_action;
    if (m_note)
        in.note = m_note->toPlainText().trimmed();
    if (m_owner)
        in.owner = m_owner->currentText().trimmed();
    if (m_rootCause)
        in.rootCause = m_rootCause->currentData().toString();
    if (m_resolution) {
        in.resolution = m_resolution->currentData().toString();
        bool ok = false;
        const double amount = m_amount->text().toDouble(&ok);
        if (needsAmount(in.resolution) && ok)
            in.amount = QString::number(amount, 'f', 2);
    }
    if (m_feedback)
        in.feedback = m_feedback->currentData().toString();
    if (m_level)
        in.level = m_level->currentData().toInt();
    return in;
}

QString CaseActionDialog::missing() const
{
    const ActionInput in = input();
    QStringList missing;
    switch (m_action) {
    case CaseAction::Assign:
        if (in.owner.isEmpty())
            missing << tr("Name the new owner.");
        else if (in.owner == m_facts.owner)
            missing << tr("%1 owns the case already: name another owner.").arg(in.owner);
        break;
    case CaseAction::Acknowledge:
        if (in.owner.isEmpty())
            missing << tr("Name the owner who takes the case.");
        break;
    case CaseAction::Propose:
        if (in.rootCause.isEmpty())
            missing << tr("Choose the root cause.");
        if (in.resolution.isEmpty())
            missing << tr("Choose the resolution type.");
        else if (needsAmount(in.resolution) && in.amount.isEmpty())
            missing << (m_amount->text().trimmed().isEmpty()
                            ? tr("Enter the amount: a refund, a coupon or a compensation needs one.")
                            : tr("The amount is not a number: write it like 120.50."));
        break;
    case CaseAction::ContactAttempt:
        if (in.note.isEmpty())
            missing << tr("Say what happened when the customer was called or written to.");
        break;
    case CaseAction::Note:
        if (in.note.isEmpty())
            missing << tr("Write the note.");
        break;
    case CaseAction::Close:
        if (in.feedback.isEmpty())
            missing << tr("Choose the customer's feedback.");
        else if (in.feedback == customerFeedbackId(CustomerFeedback::Unreachable) && m_facts.contactAttempts < 2)
            missing << tr("Record at least two contact attempts before closing as unreachable (%n so far).", nullptr,
                          m_facts.contactAttempts);
        else if (in.feedback == customerFeedbackId(CustomerFeedback::Unsatisfied) && m_facts.level < 2 &&
                 in.note.isEmpty())
            missing << tr("Write the override note, or escalate the case to level 2 first.");
        break;
    case CaseAction::Reject:
        if (in.note.isEmpty())
            missing << tr("Give the reason the complaint is invalid.");
        break;
    case CaseAction::Reopen:
        if (in.note.isEmpty())
            missing << tr("Say why the case is reopened.");
        break;
    case CaseAction::Escalate:
        if (in.level <= m_facts.level)
            missing << tr("The case is at the highest level already.");
        break;
    case CaseAction::Investigate:
    case CaseAction::SendForConfirmation:
        break;
    }
    return missing.join(QLatin1Char(' '));
}

void CaseActionDialog::updateState()
{
    if (!m_ok)
        return; // still building
    if (m_amount) {
        const bool amount = needsAmount(m_resolution->currentData().toString());
        m_amount->setEnabled(amount);
        m_amount->setPlaceholderText(amount ? tr("e.g. 120.50") : tr("only for a refund, coupon or compensation"));
    }
    const QString why = m_blocked.isEmpty() ? missing() : m_blocked;
    m_ok->setEnabled(why.isEmpty());
    // A refusal stays on screen until the person changes something.
    m_error->setText(why);
}

void CaseActionDialog::showMessage(const QString &message)
{
    m_error->setText(message);
}

void CaseActionDialog::actOnAccept(const Store &store, const Session &session, std::optional<qint64> now)
{
    m_writer = {&store, session, now};
    m_blocked = caseparts::whyNot(store, session, ComplaintService::permissionFor(m_action));
    updateState();
}

void CaseActionDialog::accept()
{
    if (!isComplete() || !m_blocked.isEmpty())
        return;
    if (!m_writer.isSet()) {
        QDialog::accept();
        return;
    }
    m_result = m_writer.service().act(m_facts.caseId, m_facts.lastEvent, input(), m_writer.at());
    switch (m_result->status) {
    case ActionResult::Status::Done:
        m_facts.lastEvent = m_result->lastEvent;
        QDialog::accept();
        return;
    case ActionResult::Status::Stale:
        m_blocked = m_result->message;
        updateState();
        return;
    case ActionResult::Status::Refused:
    case ActionResult::Status::Failed:
        showMessage(m_result->message);
        return;
    }
}

std::optional<ActionResult> CaseActionDialog::run(const Store &store, const Session &session, CaseAction action,
                                                  const CaseActionFacts &facts, const QStringList &owners,
                                                  QWidget *parent, std::optional<qint64> now)
{
    CaseActionDialog dialog(action, facts, owners, parent);
    dialog.actOnAccept(store, session, now);
    dialog.exec();
    return dialog.actionResult();
}

} // namespace kefu::ui
