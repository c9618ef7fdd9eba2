#include "NewCaseDialog.h"

#include "CaseDialogParts.h"
#include "core/Formats.h"
#include "core/Vocabulary.h"
#include "store/Store.h"
#include "widgets/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace kefu::ui {

using complaints::ComplaintService;
using complaints::NewCase;
using complaints::SlaHours;

namespace {

const QStringList &priorities()
{
    static const QStringList list{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")};
    return list;
}

QString hoursText(double hours)
{
    return NewCaseDialog::tr("%1 h").arg(format::number(hours, hours == std::floor(hours) ? 0 : 1));
}

QLabel *sectionCaption(const QString &text, QWidget *parent)
{
    auto *caption = new QLabel(text, parent);
    QFont font = caption->font();
    font.setBold(true);
    caption->setFont(font);
    caption->setContentsMargins(0, 6, 0, 0);
    return caption;
}

} // namespace

QString NewCaseDialog::priorityTitle(const QString &priority)
{
    if (priority == QLatin1String("P1"))
        return tr("P1 · urgent");
    if (priority == QLatin1String("P2"))
        return tr("P2 · high");
    if (priority == QLatin1String("P3"))
        return tr("P3 · normal");
    return priority;
}

QString NewCaseDialog::priorityMeaning(const QString &priority, const SlaHours &hours)
{
    const QString ack = hoursText(hours.acknowledge.at(size_t(SlaHours::priorityIndex(priority))));
    const QString resolve = hoursText(hours.resolve.at(size_t(SlaHours::priorityIndex(priority))));
    if (priority == QLatin1String("P1"))
        return tr("Urgent: safety, legal or media. Acknowledge within %1, resolve within %2.").arg(ack, resolve);
    if (priority == QLatin1String("P2"))
        return tr("High. Acknowledge within %1, resolve within %2.").arg(ack, resolve);
    return tr("Normal. Acknowledge within %1, resolve within %2.").arg(ack, resolve);
}

NewCaseDialog::NewCaseDialog(const complaints::CaseChoices &choices, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("New complaint"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caseparts::createHeading(tr("New complaint"), this));
    QLabel *intro = caseparts::createMutedLabel(QStringLiteral("newCaseIntro"), this);
    intro->setText(tr("A complaint is a case: it gets an owner, a clock by its priority and an ending with the "
                      "customer's feedback."));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(sectionCaption(tr("Customer"), this));
    m_conversation = new QLineEdit(this);
    m_conversation->setObjectName(QStringLiteral("newCaseConversation"));
    m_conversation->setPlaceholderText(tr("optional: the conversation it came from"));
    form->addRow(tr("Con&versation:"), m_conversation);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("newCaseChannel"));
    m_channel->addItem(tr("—"), QString());
    for (const Channel c : AllChannels)
        m_channel->addItem(caseparts::capitalised(channelName(c)), channelId(c));
    form->addRow(tr("C&hannel:"), m_channel);
    m_customer = new QLineEdit(this);
    m_customer->setObjectName(QStringLiteral("newCaseCustomer"));
    m_customer->setPlaceholderText(tr("the platform's customer id"));
    form->addRow(tr("C&ustomer:"), m_customer);
    m_order = new QLineEdit(this);
    m_order->setObjectName(QStringLiteral("newCaseOrder"));
    m_order->setPlaceholderText(tr("optional"));
    form->addRow(tr("O&rder:"), m_order);
    m_agent = new QLineEdit(this);
    m_agent->setObjectName(QStringLiteral("newCaseAgent"));
    m_agent->setPlaceholderText(tr("optional: the id of the agent the complaint is about"));
    form->addRow(tr("A&gent:"), m_agent);

    form->addRow(sectionCaption(tr("Complaint"), this));
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("newCaseSummary"));
    m_summary->setPlaceholderText(tr("what the customer complains about, in one line"));
    form->addRow(tr("&Summary:"), m_summary);
    m_category =
        caseparts::createNameCombo(QStringLiteral("newCaseCategory"), choices.categories, tr("optional"), this);
    form->addRow(tr("Ca&tegory:"), m_category);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("newCasePriority"));
    for (const QString &p : priorities())
        m_priority->addItem(priorityTitle(p), p);
    m_priority->setCurrentIndex(m_priority->findData(QStringLiteral("P3")));
    form->addRow(tr("&Priority:"), m_priority);
    m_priorityMeaning = caseparts::createMutedLabel(QStringLiteral("newCasePriorityMeaning"), this);
    form->addRow(QString(), m_priorityMeaning);
    m_description = caseparts::createNoteEdit(QStringLiteral("newCaseDescription"),
                                              tr("optional: what happened, what the customer asks for"), this);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    m_owner = caseparts::createNameCombo(QStringLiteral("newCaseOwner"), choices.owners,
                                         tr("optional: who takes the case"), this);
    form->addRow(tr("&Owner:"), m_owner);
    layout->addLayout(form);

    m_error = createErrorLabel(QStringLiteral("newCaseError"), this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Open the complaint"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("newCaseOk"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("newCaseCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    layout->addWidget(buttons);

    connect(m_summary, &QLineEdit::textChanged, this, &NewCaseDialog::updateState);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &NewCaseDialog::updatePriorityMeaning);
    updatePriorityMeaning();
    updateState();
    m_summary->setFocus();
    setMinimumWidth(560);
}

void NewCaseDialog::prefill(const NewCase &values)
{
    auto fill = [](QLineEdit *edit, const QString &value) {
        if (!value.isEmpty())
            edit->setText(value);
    };
    if (!values.conversationId.isEmpty()) {
        m_conversation->setText(values.conversationId);
        m_conversation->setReadOnly(true);
        QPalette readOnly = m_conversation->palette();
        readOnly.setColor(QPalette::Base, readOnly.color(QPalette::Window));
        m_conversation->setPalette(readOnly);
        m_conversation->setToolTip(tr("The conversation the complaint is opened from."));
    }
    if (const int channel = m_channel->findData(values.channel); channel >= 0 && !values.channel.isEmpty())
        m_channel->setCurrentIndex(channel);
    fill(m_customer, values.customerId);
    fill(m_order, values.orderId);
    fill(m_agent, values.agentId);
    fill(m_summary, values.summary);
    if (!values.category.isEmpty())
        m_category->setEditText(values.category);
    if (const int priority = m_priority->findData(values.priority); priority >= 0)
        m_priority->setCurrentIndex(priority);
    if (!values.description.isEmpty())
        m_description->setPlainText(values.description);
    if (!values.owner.isEmpty())
        m_owner->setEditText(values.owner);
    updateState();
}

void NewCaseDialog::setSlaHours(const SlaHours &hours)
{
    m_hours = hours;
    updatePriorityMeaning();
}

NewCase NewCaseDialog::newCase() const
{
    NewCase c;
    c.channel = m_channel->currentData().toString();
    c.customerId = m_customer->text().trimmed();
    c.orderId = m_order->text().trimmed();
    c.category = m_category->currentText().trimmed();
    c.priority = m_priority->currentData().toString();
    c.summary = m_summary->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.owner = m_owner->currentText().trimmed();
    c.agentId = m_agent->text().trimmed();
    c.conversationId = m_conversation->text().trimmed();
    return c;
}

QString NewCaseDialog::missing() const
{
    return m_summary->text().trimmed().isEmpty() ? tr("Write a one-line summary of the complaint.") : QString();
}

void NewCaseDialog::updatePriorityMeaning()
{
    m_priorityMeaning->setText(priorityMeaning(m_priority->currentData().toString(), m_hours));
}

void NewCaseDialog::updateState()
{
    const QString why = m_blocked.isEmpty() ? missing() : m_blocked;
    m_ok->setEnabled(why.isEmpty());
    m_error->setText(why);
}

void NewCaseDialog::createOnAccept(const Store &store, const Session &session, std::optional<qint64> now)
{
    m_writer = {&store, session, now};
    m_blocked = caseparts::whyNot(store, session, Permission::RecordComplaints);
    updateState();
}

void NewCaseDialog::accept()
{
    if (!isComplete() || !m_blocked.isEmpty())
        return;
    if (!m_writer.isSet()) {
        QDialog::accept();
        return;
    }
    NewCase c = newCase();
    c.createdAt = m_writer.at();
    QString error;
    const std::optional<QString> id = m_writer.service().create(c, &error);
    if (!id) {
        m_error->setText(error);
        return;
    }
    m_createdId = *id;
    emit caseCreated(m_createdId);
    QDialog::accept();
}

std::optional<QString> NewCaseDialog::createCase(const Store &store, const Session &session, const NewCase &prefill,
                                                 QWidget *parent, std::optional<qint64> now)
{
    QSqlDatabase db = store.database();
    NewCaseDialog dialog(complaints::CaseChoices::read(db), parent);
    dialog.setSlaHours(SlaHours::read(db));
    dialog.prefill(prefill);
    dialog.createOnAccept(store, session, now);
    if (dialog.exec() != QDialog::Accepted || dialog.createdCaseId().isEmpty())
        return std::nullopt;
    return dialog.createdCaseId();
}

} // namespace kefu::ui
