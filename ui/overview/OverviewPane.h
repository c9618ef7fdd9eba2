#pragma once

#include "widgets/Pane.h"
#include "store/StoreSummary.h"

#include <QFutureWatcher>
#include <QHash>

class QLabel;
class QGridLayout;

namespace kefu {
class Store;
}

namespace kefu::ui {

class ElidedLabel;

// The store at a glance: file, mode, time zone, schema, rows of the main tables and the span of
// the history. Everything that needs a query is read on a worker thread.
class OverviewPane final : public Pane
{
    Q_OBJECT

public:
    struct Data
    {
        StoreSummary summary;
        int schemaVersion = -1;
        qint64 fileBytes = 0;
    };

    explicit OverviewPane(Store &store, QWidget *parent = nullptr);
    ~OverviewPane() override;

    bool isReady() const override { return m_ready; }
    void reload() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void showData();
    void loaded();

    Store &m_store;
    QFutureWatcher<Data> m_watcher;
    Data m_data;
    bool m_loaded = false;
    bool m_ready = false;
    bool m_reloadPending = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_modeBadge = nullptr;
    QLabel *m_status = nullptr;
    struct Tile
    {
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *note = nullptr;
    };
    Tile m_contactsTile, m_agentsTile, m_complaintsTile, m_scriptsTile;
    QLabel *m_storeCardTitle = nullptr;
    QLabel *m_historyCardTitle = nullptr;
    QLabel *m_tablesCardTitle = nullptr;
    QHash<QString, QLabel *> m_fieldCaptions; // field id -> caption
    QHash<QString, QLabel *> m_fieldValues;   // field id -> value
    QHash<QString, QLabel *> m_tableCaptions; // table -> caption
    QHash<QString, QLabel *> m_tableValues;   // table -> row count
    QLabel *m_historyHint = nullptr;
    ElidedLabel *m_folder = nullptr;
};

} // namespace kefu::ui
