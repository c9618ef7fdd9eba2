#pragma once

#include "auth/Session.h"
#include "importing/Importer.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWizard>

#include <functional>
#include <memory>

class QMessageBox;

namespace kefu {
class Store;
}

namespace kefu::ui {

class ImportSourcePage;
class ImportPreviewPage;
class ImportProgressPage;
class ImportSummaryPage;

// File ▸ Import…: choose the kind of data and the file, see how its header maps to the kind's
// columns and its first rows, import it on a worker thread (with its own store connection) behind
// a progress bar that can cancel, and read the summary with every problem and its line. An import
// is one transaction: a cancel or an abort writes nothing. Without Permission::ImportData the first
// page says why and nothing can be chosen.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, PreviewPageId, ProgressPageId, SummaryPageId };

    ImportWizard(Store &store, const Session &session, QWidget *parent = nullptr);
    // Cancels a running import and waits for its worker: it reads through the store's file.
    ~ImportWizard() override;

    // What the first page holds; for tests and for the window that opens the wizard on a file.
    void setSource(importing::Kind kind, const QString &path);
    importing::ImportOptions options() const;

    bool isImporting() const;
    // The last import's result (default-constructed before the first one ends).
    const importing::ImportSummary &summary() const { return m_summary; }

    // For tests: called on the worker thread with every progress report, before the request to
    // cancel is read. A test may block in it to cancel at a known point of the import.
    void setWorkerProgressHook(std::function<void(double fraction)> hook);

    void reject() override;

signals:
    // An import was committed: what the window shows may have changed.
    void imported(const kefu::importing::ImportSummary &summary);

private:
    friend class ImportProgressPage;

    void startImport();
    void requestCancel();
    void importFinished();

    struct WorkerState;

    Store &m_store;
    Session m_session;
    ImportSourcePage *m_sourcePage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportProgressPage *m_progressPage = nullptr;
    ImportSummaryPage *m_summaryPage = nullptr;
    std::shared_ptr<WorkerState> m_worker;
    QFutureWatcher<importing::ImportSummary> m_watcher;
    importing::ImportSummary m_summary;
    std::function<void(double)> m_hook;
    QPointer<QMessageBox> m_stopBox;
    bool m_closeWhenStopped = false;
};

} // namespace kefu::ui
