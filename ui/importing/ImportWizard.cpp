#include "ImportWizard.h"

#include "users/PermissionLabels.h"
#include "store/StoreWorker.h"
#include "widgets/ElidedLabel.h"
#include "widgets/ErrorLabel.h"
#include "core/Formats.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace kefu::ui {

using namespace kefu::importing;

namespace {

const QString LastFolderKey = QStringLiteral("ui/importFolder");
constexpr int PollIntervalMs = 100;
constexpr int ProgressSteps = 1000;

QString columnWithAlias(const ColumnInfo &info)
{
    return QStringLiteral("%1 (%2)").arg(QLatin1String(info.name), QString::fromUtf8(info.alias));
}

// Greyed text for what is shown but not used: ignored columns, hints.
QColor mutedColour(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QLabel *mutedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QTableWidget *readOnlyTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

} // namespace

// What the worker thread and the window share: the progress read, and the request to cancel.
struct ImportWizard::WorkerState
{
    std::atomic<int> permille = 0;
    std::atomic<bool> cancel = false;
    std::function<void(double)> hook;
};

// ---------------------------------------------------------------------------------------------
// 1. What to import: the kind, the file, its encoding and what to do with bad rows.

class ImportSourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportSourcePage(bool allowed, QWidget *parent);

    bool isComplete() const override;

    Kind kind() const { return static_cast<Kind>(m_kind->currentData().toInt()); }
    QString path() const;
    QString encoding() const { return m_encoding->currentData().toString(); }
    OnError onError() const { return m_skip->isChecked() ? OnError::Skip : OnError::Abort; }
    void setSource(Kind kind, const QString &path);

private:
    void updateKind();
    void updateFile();
    void browse();

    bool m_allowed;
    QComboBox *m_kind = nullptr;
    QLabel *m_required = nullptr;
    QLabel *m_optional = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_fileError = nullptr;
    QComboBox *m_encoding = nullptr;
    QRadioButton *m_abort = nullptr;
    QRadioButton *m_skip = nullptr;
};

ImportSourcePage::ImportSourcePage(bool allowed, QWidget *parent)
    : QWizardPage(parent)
    , m_allowed(allowed)
{
    setObjectName(QStringLiteral("importSourcePage"));
    setTitle(tr("Choose what to import"));
    setSubTitle(tr("One file of one kind. Headers may be in English or Chinese; the order of the columns does "
                   "not matter."));

    auto *layout = new QVBoxLayout(this);
    auto *refusal = createErrorLabel(QStringLiteral("importRefusal"), this, 0);
    refusal->setText(allowed ? QString() : PermissionLabels::onlyRolesMay(Permission::ImportData));
    refusal->setVisible(!allowed);
    layout->addWidget(refusal);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (const KindInfo &info : kinds())
        m_kind->addItem(kindTitle(info.kind), int(info.kind));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(Kind::Conversations))));
    auto *kindLabel = new QLabel(tr("&Kind of data:"), this);
    kindLabel->setBuddy(m_kind);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addStretch(1);
    grid->addWidget(kindLabel, row, 0);
    grid->addLayout(kindRow, row++, 1);

    m_required = new QLabel(this);
    m_required->setObjectName(QStringLiteral("importRequiredColumns"));
    m_required->setWordWrap(true);
    m_required->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_optional = mutedLabel(QStringLiteral("importOptionalColumns"), this);
    m_optional->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *columns = new QVBoxLayout;
    columns->setSpacing(2);
    columns->addWidget(m_required);
    columns->addWidget(m_optional);
    grid->addLayout(columns, row++, 1);
    grid->setRowMinimumHeight(row++, 6);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setClearButtonEnabled(true);
    m_file->setPlaceholderText(tr("A CSV, TSV or XLSX file"));
    auto *browseButton = new QPushButton(tr("Bro&wse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    browseButton->setAutoDefault(false);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    grid->addWidget(fileLabel, row, 0);
    grid->addLayout(fileRow, row++, 1);
    m_fileError = createErrorLabel(QStringLiteral("importFileError"), this, 1);
    grid->addWidget(m_fileError, row++, 1);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Automatic (detect)"), QString());
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("UTF-16 (with a byte order mark)"), QStringLiteral("UTF-16"));
    m_encoding->addItem(tr("GB18030 / GBK (Excel on Chinese Windows)"), QStringLiteral("GB18030"));
    m_encoding->setToolTip(tr("How the text of a CSV file is encoded. Automatic recognises UTF-8, UTF-16 with a "
                              "byte order mark and GB18030. XLSX files need no choice."));
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addStretch(1);
    grid->addWidget(encodingLabel, row, 0);
    grid->addLayout(encodingRow, row++, 1);
    layout->addLayout(grid);
    layout->addSpacing(6);

    auto *badRows = new QGroupBox(tr("When some rows are bad"), this);
    badRows->setObjectName(QStringLiteral("importOnErrorGroup"));
    auto *badLayout = new QVBoxLayout(badRows);
    m_abort = new QRadioButton(tr("Import n&othing (abort) and list the problems"), badRows);
    m_abort->setObjectName(QStringLiteral("importAbortOnError"));
    m_skip = new QRadioButton(badRows);
    m_skip->setObjectName(QStringLiteral("importSkipBadRows"));
    m_abort->setChecked(true);
    badLayout->addWidget(m_abort);
    badLayout->addWidget(m_skip);
    layout->addWidget(badRows);
    layout->addStretch(1);
    if (!allowed) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_file, browseButton, m_encoding, badRows})
            w->setEnabled(false);
    }

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportSourcePage::updateKind);
    connect(m_file, &QLineEdit::textChanged, this, &ImportSourcePage::updateFile);
    connect(browseButton, &QPushButton::clicked, this, &ImportSourcePage::browse);
    updateKind();
    updateFile();
}

QString ImportSourcePage::path() const
{
    QString text = m_file->text().trimmed();
    // A path copied from a file manager often comes quoted.
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

bool ImportSourcePage::isComplete() const
{
    const QFileInfo file(path());
    return m_allowed && !path().isEmpty() && file.isFile() && file.isReadable();
}

void ImportSourcePage::setSource(Kind kind, const QString &path)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
    m_file->setText(QDir::toNativeSeparators(path));
}

void ImportSourcePage::updateKind()
{
    QStringList required;
    QStringList optional;
    for (const ColumnInfo &info : columnsOf(kind()))
        (info.required ? required : optional) << columnWithAlias(info);
    m_required->setText(required.isEmpty()
                            ? tr("Every column is optional.")
                            : tr("The first row must name these columns: %1.").arg(required.join(tr(", "))));
    m_optional->setText(optional.isEmpty() ? QString() : tr("Also read: %1.").arg(optional.join(tr(", "))));
    m_optional->setVisible(!optional.isEmpty());
}

void ImportSourcePage::updateFile()
{
    const QString file = path();
    const QFileInfo info(file);
    if (file.isEmpty() || info.isFile())
        m_fileError->clear();
    else if (info.isDir())
        m_fileError->setText(tr("%1 is a folder; choose a file.").arg(QDir::toNativeSeparators(file)));
    else
        m_fileError->setText(tr("There is no file %1.").arg(QDir::toNativeSeparators(file)));
    m_skip->setText(file.isEmpty() || !info.isFile()
                        ? tr("Import the &good rows and write the bad ones, with their reasons, to a .rejects.csv "
                             "file beside it")
                        : tr("Import the &good rows and write the bad ones, with their reasons, to %1")
                              .arg(info.fileName() + QStringLiteral(".rejects.csv")));
    emit completeChanged();
}

void ImportSourcePage::browse()
{
    QString folder = QFileInfo(path()).absolutePath();
    if (path().isEmpty() || !QFileInfo(folder).isDir())
        folder = QSettings().value(LastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), folder,
                                                        tr("Tables (*.csv *.tsv *.txt *.xlsx)") + QStringLiteral(";;") +
                                                            tr("All files (*)"));
    if (chosen.isEmpty())
        return;
    QSettings().setValue(LastFolderKey, QFileInfo(chosen).absolutePath());
    m_file->setText(QDir::toNativeSeparators(chosen));
}

// ---------------------------------------------------------------------------------------------
// 2. What the importer will see: format, encoding, the header mapped to columns, the first rows.

class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(QWidget *parent);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showPreview();

    QFutureWatcher<ImportPreview> m_watcher;
    bool m_loaded = false;
    ImportPreview m_preview;
    QString m_encodingChosen;
    QLabel *m_detected = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_rowsCaption = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_ignored = nullptr;
};

ImportPreviewPage::ImportPreviewPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check the file"));
    setSubTitle(tr("How the file's columns are read, and its first rows. Nothing is written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *layout = new QVBoxLayout(this);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detected);
    m_error = createErrorLabel(QStringLiteral("importPreviewError"), this, 0);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);
    m_missing = createErrorLabel(QStringLiteral("importMissingColumns"), this, 0);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_missing);
    m_rowsCaption = new QLabel(this);
    m_rowsCaption->setObjectName(QStringLiteral("importPreviewCaption"));
    layout->addWidget(m_rowsCaption);
    m_table = readOnlyTable(QStringLiteral("importPreviewTable"), this);
    m_rowsCaption->setBuddy(m_table);
    layout->addWidget(m_table, 1);
    m_ignored = mutedLabel(QStringLiteral("importIgnoredColumns"), this);
    layout->addWidget(m_ignored);

    connect(&m_watcher, &QFutureWatcher<ImportPreview>::finished, this, [this] {
        m_preview = m_watcher.result();
        m_loaded = true;
        showPreview();
    });
}

void ImportPreviewPage::initializePage()
{
    const ImportOptions options = static_cast<ImportWizard *>(wizard())->options();
    m_loaded = false;
    m_preview = ImportPreview();
    m_encodingChosen = options.encoding;
    m_detected->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(options.path)));
    m_error->clear();
    m_error->hide();
    m_missing->clear();
    m_missing->hide();
    m_rowsCaption->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_ignored->clear();
    m_ignored->hide();
    emit completeChanged();
    // Reads the file only, no store: a large workbook must not freeze the window while it opens.
    m_watcher.setFuture(QtConcurrent::run([kind = options.kind, path = options.path, encoding = options.encoding] {
        return preview(kind, path, encoding);
    }));
}

bool ImportPreviewPage::isComplete() const
{
    return m_loaded && m_preview.error.isEmpty() && m_preview.missingRequired.isEmpty() && !m_preview.columns.isEmpty();
}

void ImportPreviewPage::showPreview()
{
    if (!m_preview.error.isEmpty()) {
        m_detected->setText(tr("The file cannot be read as a table."));
        m_error->setText(m_preview.error);
        m_error->show();
        emit completeChanged();
        return;
    }

    QString detected;
    const QString encoding = m_encodingChosen.isEmpty() ? tr("%1 (detected)").arg(m_preview.encoding)
                                                        : tr("%1 (as chosen)").arg(m_preview.encoding);
    if (m_preview.separator == '\t')
        detected = tr("Format: %1 · Encoding: %2 · Separator: tab").arg(m_preview.format, encoding);
    else if (m_preview.separator == ',')
        detected = tr("Format: %1 · Encoding: %2 · Separator: comma").arg(m_preview.format, encoding);
    else
        detected = tr("Format: %1 (first sheet)").arg(m_preview.format);
    m_detected->setText(detected);

    if (!m_preview.missingRequired.isEmpty()) {
        m_missing->setText(tr("The file lacks required columns: %1. Add them to its first row (in English or "
                              "Chinese) and choose it again.")
                               .arg(m_preview.missingRequired.join(tr(", "))));
        m_missing->show();
    }

    const QColor muted = mutedColour(palette());
    const qsizetype columnCount = m_preview.columns.size();
    m_table->setColumnCount(int(columnCount));
    m_table->setRowCount(int(m_preview.rows.size()));
    QStringList ignored;
    for (qsizetype c = 0; c < columnCount; ++c) {
        const ColumnMatch &match = m_preview.columns.at(c);
        auto *item = new QTableWidgetItem;
        if (match.column.isEmpty()) {
            ignored << match.header;
            item->setText(tr("%1 (ignored)").arg(match.header));
            item->setForeground(muted);
            item->setToolTip(
                tr("No column of this kind is called “%1”: the column is not imported.").arg(match.header));
        } else {
            const bool same = match.header.trimmed().compare(match.column, Qt::CaseInsensitive) == 0;
            item->setText(same ? match.column : tr("%1 → %2").arg(match.header.trimmed(), match.column));
            item->setToolTip(tr("The file's column “%1” fills %2.").arg(match.header, match.column));
        }
        m_table->setHorizontalHeaderItem(int(c), item);
    }
    for (qsizetype r = 0; r < m_preview.rows.size(); ++r) {
        const QStringList &row = m_preview.rows.at(r);
        const qint64 line = r < m_preview.lines.size() ? m_preview.lines.at(r) : 0;
        m_table->setVerticalHeaderItem(int(r), new QTableWidgetItem(line > 0 ? QString::number(line) : QString()));
        for (qsizetype c = 0; c < columnCount && c < row.size(); ++c) {
            auto *item = new QTableWidgetItem(row.at(c));
            if (m_preview.columns.at(c).column.isEmpty())
                item->setForeground(muted);
            m_table->setItem(int(r), int(c), item);
        }
    }
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 32;
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 8, widest));
    m_rowsCaption->setText(
        m_preview.rows.isEmpty()
            ? tr("The file has a header but no rows.")
            : tr("The first %n rows (numbered by their line in the file):", nullptr, int(m_preview.rows.size())));
    if (!ignored.isEmpty()) {
        m_ignored->setText(tr("Ignored: %1. No column of this kind has these names; they are not imported.")
                               .arg(ignored.join(tr(", "))));
        m_ignored->show();
    }
    emit completeChanged();
}

// ---------------------------------------------------------------------------------------------
// 3. The import itself, on a worker thread.

class ImportProgressPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_done; }

    void started(const QString &fileName);
    void stopping();
    void finished();

private:
    void poll();

    ImportWizard *m_wizard;
    bool m_done = false;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_note = nullptr;
    QTimer m_timer;
};

ImportProgressPage::ImportProgressPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("The file is read, checked and written in one transaction."));

    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("importProgressText"));
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    auto *row = new QHBoxLayout;
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, ProgressSteps);
    m_bar->setValue(0);
    row->addWidget(m_bar, 1);
    m_cancel = new QPushButton(tr("&Stop import"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setAutoDefault(false);
    m_cancel->setToolTip(tr("Stop reading the file; the store stays as it was."));
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_note = mutedLabel(QStringLiteral("importProgressNote"), this);
    m_note->setText(tr("Nothing is kept until the whole file has been read and checked: stopping, or a crash, "
                       "leaves the store as it was before the import."));
    layout->addWidget(m_note);
    layout->addStretch(1);

    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ImportProgressPage::poll);
    connect(m_cancel, &QPushButton::clicked, wizard, &ImportWizard::requestCancel);
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_wizard->startImport();
}

void ImportProgressPage::started(const QString &fileName)
{
    m_label->setText(tr("Importing %1…").arg(fileName));
    m_timer.start();
}

void ImportProgressPage::stopping()
{
    m_cancel->setEnabled(false);
    m_label->setText(tr("Stopping the import; the store is being left as it was…"));
}

void ImportProgressPage::finished()
{
    m_timer.stop();
    poll();
    m_done = true;
    m_cancel->setEnabled(false);
    emit completeChanged();
}

void ImportProgressPage::poll()
{
    if (m_wizard->m_worker)
        m_bar->setValue(m_wizard->m_worker->permille.load());
}

// ---------------------------------------------------------------------------------------------
// 4. What happened: the counts, the problems with their lines, where the rejected rows went.

class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(QWidget *parent);

    void setSummary(const ImportSummary &summary, const ImportOptions &options);

private:
    void copyProblems();
    void openRejectsFolder();

    ImportSummary m_summary;
    QLabel *m_headline = nullptr;
    QLabel *m_fatal = nullptr;
    QWidget *m_counts = nullptr;
    QHash<QString, QLabel *> m_values;
    QLabel *m_unknown = nullptr;
    QWidget *m_rejects = nullptr;
    ElidedLabel *m_rejectsPath = nullptr;
    QWidget *m_problems = nullptr;
    QLabel *m_problemsCaption = nullptr;
    QTableWidget *m_problemTable = nullptr;
    QLabel *m_more = nullptr;
};

ImportSummaryPage::ImportSummaryPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import did, and every problem with its line in the file."));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("importSummaryHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);
    m_fatal = createErrorLabel(QStringLiteral("importFatalError"), this, 0);
    m_fatal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fatal);

    m_counts = new QWidget(this);
    auto *grid = new QGridLayout(m_counts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setColumnMinimumWidth(2, 24); // between the two pairs of columns
    const QList<std::pair<QString, QString>> counts = {
        {QStringLiteral("importRowsRead"), tr("Rows read:")},
        {QStringLiteral("importInserted"), tr("Inserted:")},
        {QStringLiteral("importUpdated"), tr("Updated:")},
        {QStringLiteral("importUnchanged"), tr("Unchanged:")},
        {QStringLiteral("importRejected"), tr("Rejected:")},
        {QStringLiteral("importAgentsCreated"), tr("Agents created:")},
    };
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const int row = int(i % 3);
        const int column = int(i / 3) * 3;
        grid->addWidget(new QLabel(counts.at(i).second, m_counts), row, column);
        auto *value = new QLabel(m_counts);
        value->setObjectName(counts.at(i).first);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("000,000,000")));
        grid->addWidget(value, row, column + 1);
        m_values.insert(counts.at(i).first, value);
    }
    grid->setColumnStretch(5, 1);
    layout->addWidget(m_counts);

    m_unknown = mutedLabel(QStringLiteral("importUnknownColumns"), this);
    layout->addWidget(m_unknown);

    m_rejects = new QWidget(this);
    auto *rejectsRow = new QHBoxLayout(m_rejects);
    rejectsRow->setContentsMargins(0, 0, 0, 0);
    rejectsRow->addWidget(new QLabel(tr("Rejected rows and their reasons:"), m_rejects));
    m_rejectsPath = new ElidedLabel(m_rejects);
    m_rejectsPath->setObjectName(QStringLiteral("importRejectsPath"));
    rejectsRow->addWidget(m_rejectsPath, 1);
    auto *openFolder = new QPushButton(tr("&Open folder"), m_rejects);
    openFolder->setObjectName(QStringLiteral("importOpenFolder"));
    openFolder->setAutoDefault(false);
    rejectsRow->addWidget(openFolder);
    layout->addWidget(m_rejects);

    m_problems = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(m_problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemsTop = new QHBoxLayout;
    m_problemsCaption = new QLabel(m_problems);
    m_problemsCaption->setObjectName(QStringLiteral("importProblemsCaption"));
    problemsTop->addWidget(m_problemsCaption, 1);
    auto *copy = new QPushButton(tr("Cop&y problems"), m_problems);
    copy->setObjectName(QStringLiteral("importCopyProblems"));
    copy->setAutoDefault(false);
    copy->setToolTip(tr("Copy every listed problem as FILE:LINE: column: reason, one per line."));
    problemsTop->addWidget(copy);
    problemsLayout->addLayout(problemsTop);
    m_problemTable = readOnlyTable(QStringLiteral("importProblems"), m_problems);
    m_problemTable->setColumnCount(3);
    m_problemTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_problemTable->verticalHeader()->hide();
    m_problemTable->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_problemTable->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_problemTable->setColumnWidth(0, digit * 10);
    m_problemTable->setColumnWidth(1, digit * 18);
    m_problemsCaption->setBuddy(m_problemTable);
    problemsLayout->addWidget(m_problemTable, 1);
    m_more = mutedLabel(QStringLiteral("importProblemsMore"), m_problems);
    problemsLayout->addWidget(m_more);
    layout->addWidget(m_problems, 1);
    layout->addStretch(0);

    connect(copy, &QPushButton::clicked, this, &ImportSummaryPage::copyProblems);
    connect(openFolder, &QPushButton::clicked, this, &ImportSummaryPage::openRejectsFolder);
}

void ImportSummaryPage::setSummary(const ImportSummary &summary, const ImportOptions &options)
{
    m_summary = summary;
    const QString fileName = QFileInfo(options.path).fileName();
    if (summary.cancelled)
        m_headline->setText(tr("The import of %1 was stopped. Nothing was written to the store.").arg(fileName));
    else if (!summary.ok)
        m_headline->setText(tr("%1 was not imported. Nothing was written to the store.").arg(fileName));
    else if (summary.rejected > 0)
        m_headline->setText(
            tr("%1 was imported, except %n bad rows.", nullptr, int(qMin<qint64>(summary.rejected, INT_MAX)))
                .arg(fileName));
    else
        m_headline->setText(tr("%1 was imported.").arg(fileName));

    QString fatal = summary.cancelled ? QString() : summary.fatalError;
    // The importer's own words name the command line's option; here the choice is on the first page.
    if (!summary.ok && !summary.cancelled && summary.rejected > 0 && options.onError == OnError::Abort)
        fatal = tr("%n rows are bad, so nothing was imported. Correct them and import the file again; or choose "
                   "“Import another file…”, then “Import the good rows…” to import the others and write the bad ones "
                   "to %1.",
                   nullptr, int(qMin<qint64>(summary.rejected, INT_MAX)))
                    .arg(QFileInfo(options.path).fileName() + QStringLiteral(".rejects.csv"));
    m_fatal->setText(fatal);
    m_fatal->setVisible(!m_fatal->text().isEmpty());

    m_counts->setVisible(summary.ok);
    m_values.value(QStringLiteral("importRowsRead"))->setText(format::count(summary.rows));
    m_values.value(QStringLiteral("importInserted"))->setText(format::count(summary.inserted));
    m_values.value(QStringLiteral("importUpdated"))->setText(format::count(summary.updated));
    m_values.value(QStringLiteral("importUnchanged"))->setText(format::count(summary.unchanged));
    m_values.value(QStringLiteral("importRejected"))->setText(format::count(summary.rejected));
    m_values.value(QStringLiteral("importAgentsCreated"))->setText(format::count(summary.agentsCreated));

    m_unknown->setText(summary.unknownColumns.isEmpty()
                           ? QString()
                           : tr("Ignored columns (no column of this kind has their names): %1.")
                                 .arg(summary.unknownColumns.join(tr(", "))));
    m_unknown->setVisible(!summary.unknownColumns.isEmpty() && !summary.cancelled);

    m_rejectsPath->setText(QDir::toNativeSeparators(summary.rejectsPath));
    m_rejects->setVisible(!summary.rejectsPath.isEmpty());

    const bool hasProblems = summary.problemCount > 0 && !summary.cancelled;
    m_problems->setVisible(hasProblems);
    m_problemsCaption->setText(tr("&Problems (%1):").arg(format::count(summary.problemCount)));
    m_problemTable->setRowCount(int(summary.problems.size()));
    for (qsizetype i = 0; i < summary.problems.size(); ++i) {
        const ImportProblem &problem = summary.problems.at(i);
        auto *line = new QTableWidgetItem(problem.line > 0 ? QString::number(problem.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problemTable->setItem(int(i), 0, line);
        m_problemTable->setItem(int(i), 1, new QTableWidgetItem(problem.column));
        auto *reason = new QTableWidgetItem(problem.reason);
        reason->setToolTip(problem.reason);
        m_problemTable->setItem(int(i), 2, reason);
    }
    const qint64 unlisted = summary.problemCount - summary.problems.size();
    m_more->setText(unlisted > 0 ? tr("… and %1 more, not listed.").arg(format::count(unlisted)) : QString());
    m_more->setVisible(unlisted > 0);
}

void ImportSummaryPage::copyProblems()
{
    QStringList lines;
    for (const ImportProblem &problem : std::as_const(m_summary.problems))
        lines << problem.text();
    const qint64 unlisted = m_summary.problemCount - m_summary.problems.size();
    if (unlisted > 0)
        lines << tr("… and %1 more, not listed.").arg(format::count(unlisted));
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ImportSummaryPage::openRejectsFolder()
{
    const QString folder = QFileInfo(m_summary.rejectsPath).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::information(
            this, tr("Open folder"),
            tr("The rejected rows are in %1.").arg(QDir::toNativeSeparators(m_summary.rejectsPath)));
}

// ---------------------------------------------------------------------------------------------

ImportWizard::ImportWizard(Store &store, const Session &session, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CustomButton1, tr("Import &another file…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("importAnotherButton"));

    m_sourcePage = new ImportSourcePage(session.can(Permission::ImportData), this);
    m_previewPage = new ImportPreviewPage(this);
    m_progressPage = new ImportProgressPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setPage(SourcePageId, m_sourcePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(SourcePageId);

    connect(&m_watcher, &QFutureWatcher<ImportSummary>::finished, this, &ImportWizard::importFinished);
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { setOption(QWizard::HaveCustomButton1, id == SummaryPageId); });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1 && !isImporting())
            restart();
    });
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    if (m_worker)
        m_worker->cancel = true;
    m_watcher.waitForFinished();
}

void ImportWizard::setSource(Kind kind, const QString &path)
{
    m_sourcePage->setSource(kind, path);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.kind = m_sourcePage->kind();
    options.path = m_sourcePage->path();
    options.encoding = m_sourcePage->encoding();
    options.onError = m_sourcePage->onError();
    return options;
}

bool ImportWizard::isImporting() const
{
    return m_worker && !m_progressPage->isComplete();
}

void ImportWizard::setWorkerProgressHook(std::function<void(double)> hook)
{
    m_hook = std::move(hook);
}

void ImportWizard::startImport()
{
    m_worker = std::make_shared<WorkerState>();
    m_worker->hook = m_hook;
    m_closeWhenStopped = false;
    const ImportOptions importOptions = options();
    m_progressPage->started(QFileInfo(importOptions.path).fileName());
    // Read on this thread: the store's own connection belongs to it.
    const QTimeZone zone = m_store.timeZone();
    const Session session = m_session;
    const std::shared_ptr<WorkerState> state = m_worker;
    m_watcher.setFuture(runOnWorker(
        m_store,
        [session, zone, importOptions, state](QSqlDatabase &db) {
            Importer importer(db, session, zone);
            return importer.run(importOptions, [state](double fraction) {
                state->permille = qBound(0, qRound(fraction * ProgressSteps), ProgressSteps);
                if (state->hook)
                    state->hook(fraction);
                return !state->cancel.load();
            });
        },
        [](const QString &reason) {
            ImportSummary failed;
            failed.fatalError = reason;
            return failed;
        }));
}

void ImportWizard::requestCancel()
{
    if (!isImporting())
        return;
    m_worker->cancel = true;
    m_progressPage->stopping();
}

void ImportWizard::importFinished()
{
    m_summary = m_watcher.result();
    m_progressPage->finished();
    delete m_stopBox.data();
    if (m_summary.ok)
        emit imported(m_summary);
    // A stop that came after the import's last chance to cancel finds it saved: then the summary
    // says so instead of the wizard closing as if nothing had been written.
    if (m_closeWhenStopped && !m_summary.ok) {
        QWizard::reject();
        return;
    }
    m_closeWhenStopped = false;
    m_summaryPage->setSummary(m_summary, options());
    next();
}

void ImportWizard::reject()
{
    if (!isImporting()) {
        QWizard::reject();
        return;
    }
    if (m_closeWhenStopped || m_stopBox)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop the import?"),
                                tr("The import is still running. Stop it and close? Nothing of this file will be "
                                   "written to the store."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("importStopBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = box->addButton(tr("&Stop and close"), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("importStopAndClose"));
    QPushButton *keep = box->addButton(tr("&Continue importing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("importContinue"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(stop, &QPushButton::clicked, this, [this] {
        if (!isImporting()) {
            QWizard::reject();
            return;
        }
        m_closeWhenStopped = true;
        requestCancel();
    });
    m_stopBox = box;
    box->open();
}

} // namespace kefu::ui

#include "ImportWizard.moc"
