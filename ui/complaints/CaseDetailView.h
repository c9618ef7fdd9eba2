#pragma once

#include "auth/Session.h"
#include "complaints/CaseDetail.h"
#include "complaints/ComplaintService.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace kefu::ui {

// One case in the complaints pane: its heading and clock, the buttons of the actions allowed from its
// state (and permitted to the person), and tabs for the timeline built from its events, its fields,
// the customer's conversations and the customer's other cases. It shows what it is given; the pane
// reads the case and carries out the actions.
class CaseDetailView final : public QWidget
{
    Q_OBJECT

public:
    CaseDetailView(const Session &session, QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    // Shows detail (nothing: the empty state with hint).
    void showCase(const std::optional<complaints::CaseDetail> &detail, qint64 now);
    // Shows a message instead of a case (a read that failed).
    void showMessage(const QString &message);
    // Moves the clock line to now.
    void setNow(qint64 now);
    const std::optional<complaints::CaseDetail> &detail() const { return m_detail; }
    // The actions offered now, in the order of their buttons (for tests).
    QList<complaints::CaseAction> offeredActions() const;
    QPushButton *actionButton(complaints::CaseAction action) const;
    QTreeWidget *timeline() const { return m_timeline; }
    void retranslate();

signals:
    void actionRequested(kefu::complaints::CaseAction action);
    void caseActivated(const QString &caseId);

private:
    void rebuild();
    void showClock();

    Session m_session;
    QTimeZone m_zone;
    qint64 m_now = 0;
    std::optional<complaints::CaseDetail> m_detail;
    QString m_message;

    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_clock = nullptr;
    QGridLayout *m_actions = nullptr;
    QList<QPushButton *> m_actionButtons;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QWidget *m_fieldsPage = nullptr;
    QFormLayout *m_fields = nullptr;
    QTreeWidget *m_conversations = nullptr;
    QTreeWidget *m_otherCases = nullptr;
};

} // namespace kefu::ui
