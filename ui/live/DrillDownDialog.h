#pragma once

#include "live/DrillDown.h"
#include "live/DrillDownModel.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimeZone>

class QComboBox;
class QLabel;
class QTableView;

namespace kefu {
class Store;
}

namespace kefu::ui {

// The contacts behind a tile or a chart interval, read on a worker thread, with their outcome
// (answered within the threshold, late, abandoned, short abandon, waiting, in progress).
class DrillDownDialog final : public QDialog
{
    Q_OBJECT

public:
    using Outcome = live::DrillDownModel::Outcome;

    DrillDownDialog(const Store &store, const live::DrillDownQuery &query, const ServiceRules &rules,
                    const QTimeZone &zone, const QString &title, QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    // For tests: the rows once loaded.
    int rowCount() const;
    bool isLoaded() const { return m_loaded; }
    void setOutcomeFilter(Outcome outcome);

signals:
    void loaded();

private:
    void showResult();

    QFutureWatcher<std::pair<std::optional<live::DrillDownResult>, QString>> m_watcher;
    QLabel *m_summary = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
    live::DrillDownModel *m_model = nullptr;
    live::OutcomeFilter *m_proxy = nullptr;
    QTimeZone m_zone;
    bool m_loaded = false;
};

} // namespace kefu::ui
