#include "connectiondialog.h"

#include <QLayout>

#include "archive.h"
#include "archivefactory.h"
#include "archivelocationedit.h"
#include "profiletester.h"
#include "ui_connectiondialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace cs {

namespace {

QUrl hostFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // People paste "platform.kore.ai": assume the secure scheme.
    return QUrl(trimmed.contains(u"://") ? trimmed : u"https://"_s + trimmed, QUrl::TolerantMode);
}

void setMessageColor(QWidget *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

const QColor kErrorColor(0xc6, 0x28, 0x28);
const QColor kSuccessColor(0x2e, 0x7d, 0x32);

} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_tester = new ProfileTester(this);
    m_tester->setObjectName(u"profileTester"_s);
    setupCombos();
    // Room for the wrapped keyring note and every row without squeezing either.
    resize(size().expandedTo(sizeHint()));
    m_ui->testBusy->hide();
    m_ui->insecureWarningLabel->hide();
    setMessageColor(m_ui->validationLabel, kErrorColor);
    setMessageColor(m_ui->insecureWarningLabel, kErrorColor);
    m_ui->validationLabel->setTextFormat(Qt::PlainText);
    m_ui->testResultLabel->setTextFormat(Qt::PlainText);
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setDefault(true);

    loadEntries();
    connectSignals();
    updateKeyringStatus();

    const QString last = m_store->lastUsedName();
    if (m_entries.isEmpty()) {
        addProfile();
    } else {
        rebuildList(m_entries.first().id);
        if (!last.isEmpty())
            selectProfile(last);
    }
    m_ui->hostEdit->setFocus();
}

ConnectionDialog::~ConnectionDialog()
{
    for (Entry &entry : m_entries) {
        entry.token.fill('\0');
        entry.clientSecret.fill('\0');
    }
}

void ConnectionDialog::setupCombos()
{
    m_ui->endpointCombo->addItem(tr("Call details (calldetails)"), int(Endpoint::CallDetails));
    m_ui->endpointCombo->addItem(tr("Interaction details (interactionDetails)"), int(Endpoint::InteractionDetails));
    m_ui->pagingCombo->addItem(tr("Automatic (detect how the server counts)"), int(PagingMode::Auto));
    m_ui->pagingCombo->addItem(tr("Offset counts records"), int(PagingMode::Records));
    m_ui->pagingCombo->addItem(tr("Offset counts pages"), int(PagingMode::Pages));
    setupSelectedFields();
    setupArchiveRow();
}

// The archive rows (ArchiveLocationEdit) in the requests group, after the opt-in data.
void ConnectionDialog::setupArchiveRow()
{
    m_archive = new ArchiveLocationEdit(m_ui->requestsGroup);
    m_archive->insertInto(m_ui->requestsForm, 3);
    connect(m_archive, &ArchiveLocationEdit::passwordEdited, this, [this](const QString &text) {
        Entry *entry = currentEntry();
        if (m_showingEntry || !entry)
            return;
        entry->databasePassword = text.toUtf8();
        entry->databasePasswordEdited = true;
    });
    connect(m_archive, &ArchiveLocationEdit::locationEdited, this, &ConnectionDialog::readForm);
}

void ConnectionDialog::showArchiveDefault()
{
    const Entry *entry = currentEntry();
    if (!entry)
        return;
    const ConnectionProfile &p = entry->profile;
    const QUrl host = p.host.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_archive->setDefaultLocation(defaultArchivePath({host.toString(), p.accountId, p.appId, endpointPath(p.endpoint)}));
}

void ConnectionDialog::connectSignals()
{
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ConnectionDialog::onCurrentRowChanged);
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_ui->duplicateProfileButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_ui->renameProfileButton, &QPushButton::clicked, this, &ConnectionDialog::renameProfile);
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);

    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->accountIdEdit, m_ui->appIdEdit, m_ui->clientIdEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::readForm);
    for (QLineEdit *edit : {m_ui->clientSecretEdit, m_ui->tokenEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::onSecretEdited);
    for (QComboBox *combo : {m_ui->endpointCombo, m_ui->pagingCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::readForm);
    connect(m_ui->requestBudgetSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::readForm);
    for (QCheckBox *check : std::as_const(m_fieldChecks))
        connect(check, &QCheckBox::toggled, this, &ConnectionDialog::readForm);
    connect(m_ui->allowInsecureCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_ui->insecureWarningLabel->setVisible(checked);
        readForm();
    });
    connect(m_ui->clientAuthRadio, &QRadioButton::toggled, this, &ConnectionDialog::updateAuthMode);
    connect(m_ui->showSecretCheck, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->clientSecretEdit->setEchoMode(mode);
        m_ui->tokenEdit->setEchoMode(mode);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_tester, &ProfileTester::refused, this, &ConnectionDialog::showTestRefused);
    connect(m_tester, &ProfileTester::started, this, &ConnectionDialog::showTestRunning);
    connect(m_tester, &ProfileTester::finished, this, &ConnectionDialog::showTestResult);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_store, &ProfileStore::keyringStateChanged, this, &ConnectionDialog::updateKeyringStatus);
}

// ---- entries ----

void ConnectionDialog::loadEntries()
{
    const QList<ConnectionProfile> profiles = m_store->list();
    for (const ConnectionProfile &profile : profiles) {
        Entry entry;
        entry.id = m_nextId++;
        entry.profile = profile;
        entry.storedName = profile.name;
        m_entries.append(entry);
        loadSecret(m_entries.last());
        const quint64 id = entry.id;
        QPointer<ConnectionDialog> self(this);
        m_store->readDatabasePassword(profile.name, [self, id](bool ok, QByteArray password, const QString &) {
            Entry *loaded = self ? self->entryById(id) : nullptr;
            if (loaded && ok && !loaded->databasePasswordEdited) {
                loaded->databasePassword = password;
                if (loaded->id == self->m_currentId) {
                    self->m_showingEntry = true;
                    self->m_archive->setPassword(QString::fromUtf8(password));
                    self->m_showingEntry = false;
                }
            }
            password.fill('\0');
        });
    }
}

void ConnectionDialog::loadSecret(Entry &entry)
{
    entry.secretPending = true;
    const quint64 id = entry.id;
    QPointer<ConnectionDialog> self(this);
    m_store->readSecret(entry.storedName, [self, id](bool ok, QByteArray secret, const QString &error) {
        Entry *loaded = self ? self->entryById(id) : nullptr;
        if (loaded) {
            loaded->secretPending = false;
            if (!ok) {
                loaded->secretError = error;
            } else if (!loaded->secretEdited) {
                QByteArray &target = loaded->profile.auth == ConnectionProfile::Auth::Token ? loaded->token
                                                                                           : loaded->clientSecret;
                target = secret;
                if (loaded->id == self->m_currentId) {
                    // Only the secret field: the user may be typing in another one.
                    QLineEdit *edit = loaded->profile.auth == ConnectionProfile::Auth::Token ? self->m_ui->tokenEdit
                                                                                             : self->m_ui->clientSecretEdit;
                    self->m_showingEntry = true;
                    edit->setText(QString::fromUtf8(secret));
                    self->m_showingEntry = false;
                }
            }
            self->validate();
        }
        secret.fill('\0');
    });
}

ConnectionDialog::Entry *ConnectionDialog::entryById(quint64 id)
{
    for (Entry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

ConnectionDialog::Entry *ConnectionDialog::currentEntry()
{
    return entryById(m_currentId);
}

const ConnectionDialog::Entry *ConnectionDialog::currentEntry() const
{
    return const_cast<ConnectionDialog *>(this)->entryById(m_currentId);
}

void ConnectionDialog::addEntry(Entry entry, bool select)
{
    entry.id = m_nextId++;
    m_entries.append(entry);
    rebuildList(select ? entry.id : m_currentId);
}

void ConnectionDialog::rebuildList(quint64 selectId)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    int selectRow = m_entries.isEmpty() ? -1 : 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(entry.profile.isDemo ? tr("%1 (demo)").arg(entry.profile.name)
                                                              : entry.profile.name,
                                         m_ui->profileList);
        item->setData(Qt::UserRole, entry.id);
        if (entry.id == selectId)
            selectRow = m_ui->profileList->count() - 1;
    }
    m_ui->profileList->setCurrentRow(selectRow);
    onCurrentRowChanged();
}

void ConnectionDialog::onCurrentRowChanged()
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    const quint64 id = item ? item->data(Qt::UserRole).toULongLong() : 0;
    if (id != m_currentId) {
        // A result about another profile would mislead.
        m_tester->cancel();
        m_ui->testBusy->hide();
        m_ui->testButton->setEnabled(true);
        m_ui->testResultLabel->clear();
    }
    m_currentId = id;
    const Entry *entry = currentEntry();
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->serverGroup), static_cast<QWidget *>(m_ui->authGroup),
                            static_cast<QWidget *>(m_ui->requestsGroup), static_cast<QWidget *>(m_ui->testButton),
                            static_cast<QWidget *>(m_ui->duplicateProfileButton),
                            static_cast<QWidget *>(m_ui->renameProfileButton),
                            static_cast<QWidget *>(m_ui->deleteProfileButton)})
        widget->setEnabled(entry != nullptr);
    if (entry)
        showEntry(*entry);
    validate();
}

void ConnectionDialog::showEntry(const Entry &entry)
{
    m_showingEntry = true;
    const ConnectionProfile &profile = entry.profile;
    m_ui->hostEdit->setText(profile.host.toString());
    m_ui->accountIdEdit->setText(profile.accountId);
    m_ui->appIdEdit->setText(profile.appId);
    m_ui->endpointCombo->setCurrentIndex(m_ui->endpointCombo->findData(int(profile.endpoint)));
    m_ui->clientAuthRadio->setChecked(profile.auth == ConnectionProfile::Auth::Client);
    m_ui->tokenAuthRadio->setChecked(profile.auth == ConnectionProfile::Auth::Token);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->clientSecretEdit->setText(QString::fromUtf8(entry.clientSecret));
    m_ui->tokenEdit->setText(QString::fromUtf8(entry.token));
    m_ui->requestBudgetSpin->setValue(profile.requestsPerMinute);
    m_ui->pagingCombo->setCurrentIndex(m_ui->pagingCombo->findData(int(profile.paging)));
    for (QCheckBox *check : std::as_const(m_fieldChecks))
        check->setChecked(profile.selectedFields.contains(check->property("field").toString()));
    m_ui->allowInsecureCheck->setChecked(profile.allowInsecureHttp);
    m_ui->insecureWarningLabel->setVisible(profile.allowInsecureHttp);
    m_archive->setKeep(profile.keepArchive);
    m_archive->setLocation(profile.archivePath);
    m_archive->setPassword(QString::fromUtf8(entry.databasePassword));
    m_ui->authStack->setCurrentWidget(profile.auth == ConnectionProfile::Auth::Token ? m_ui->tokenPage
                                                                                     : m_ui->clientPage);
    m_showingEntry = false;
    showArchiveDefault();
}

void ConnectionDialog::setupSelectedFields()
{
    const QStringList labels = {tr("&Skills"), tr("C&ustomer info"), tr("User ta&gs"),
                                tr("Session tag&s"), tr("Ca&mpaign info"), tr("S&nooze info")};
    const QStringList fields = allSelectedFields();
    auto *grid = new QGridLayout(m_ui->selectedFieldsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < fields.size(); ++i) {
        auto *check = new QCheckBox(labels.value(i), m_ui->selectedFieldsBox);
        check->setObjectName(u"field_"_s + fields[i]);
        check->setProperty("field", fields[i]);
        check->setChecked(true);
        grid->addWidget(check, i / 3, i % 3);
        m_fieldChecks.append(check);
    }
    m_ui->selectedFieldsLabel->setBuddy(m_fieldChecks.value(0));
}

void ConnectionDialog::readForm()
{
    Entry *entry = currentEntry();
    if (m_showingEntry || !entry)
        return;
    ConnectionProfile &profile = entry->profile;
    profile.host = hostFromText(m_ui->hostEdit->text());
    profile.accountId = m_ui->accountIdEdit->text().trimmed();
    profile.appId = m_ui->appIdEdit->text().trimmed();
    profile.endpoint = Endpoint(m_ui->endpointCombo->currentData().toInt());
    profile.auth = m_ui->tokenAuthRadio->isChecked() ? ConnectionProfile::Auth::Token : ConnectionProfile::Auth::Client;
    profile.clientId = m_ui->clientIdEdit->text().trimmed();
    profile.requestsPerMinute = m_ui->requestBudgetSpin->value();
    profile.paging = PagingMode(m_ui->pagingCombo->currentData().toInt());
    profile.selectedFields.clear();
    for (QCheckBox *check : std::as_const(m_fieldChecks))
        if (check->isChecked())
            profile.selectedFields.append(check->property("field").toString());
    profile.allowInsecureHttp = m_ui->allowInsecureCheck->isChecked();
    profile.keepArchive = m_archive->keep();
    QString uriPassword;
    profile.archivePath = m_archive->location(&uriPassword);
    if (!uriPassword.isEmpty()) {   // never into the settings; the field gets it when editing ends
        entry->databasePassword = uriPassword.toUtf8();
        entry->databasePasswordEdited = true;
    }
    showArchiveDefault();
    validate();
}

void ConnectionDialog::onSecretEdited()
{
    Entry *entry = currentEntry();
    if (m_showingEntry || !entry)
        return;
    entry->token = m_ui->tokenEdit->text().trimmed().toUtf8();
    entry->clientSecret = m_ui->clientSecretEdit->text().toUtf8();
    entry->secretEdited = true;
    entry->secretError.clear();
    validate();
}

void ConnectionDialog::updateAuthMode()
{
    const bool token = m_ui->tokenAuthRadio->isChecked();
    m_ui->authStack->setCurrentWidget(token ? m_ui->tokenPage : m_ui->clientPage);
    readForm();
}

void ConnectionDialog::updateKeyringStatus()
{
    m_ui->keyringStatusLabel->setText(m_store->keyringStatusText());
    const bool unavailable = m_store->keyringState() == ProfileStore::KeyringState::Unavailable;
    QFont font = m_ui->keyringStatusLabel->font();
    font.setBold(unavailable);
    m_ui->keyringStatusLabel->setFont(font);
    // The message can arrive after the dialog got its size, and wraps to more
    // lines in some languages: grow so that it is never cut off.
    growToFitText();
}

void ConnectionDialog::growToFitText()
{
    if (QLayout *top = layout(); top && top->hasHeightForWidth()) {
        top->activate();
        const int needed = top->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

// ---- validation ----

std::optional<Credentials> ConnectionDialog::credentialsOf(const Entry &entry)
{
    const Credentials credentials = entry.profile.auth == ConnectionProfile::Auth::Token
        ? Credentials::fromToken(entry.token)
        : Credentials::fromClient(entry.profile.clientId, entry.clientSecret);
    if (!credentials.isValid())
        return std::nullopt;
    return credentials;
}

QString ConnectionDialog::problemOf(const Entry &entry) const
{
    const ConnectionProfile &profile = entry.profile;
    if (const QString problem = profileNameProblem(profile.name); !problem.isEmpty())
        return problem;
    for (const Entry &other : m_entries) {
        if (other.id != entry.id && other.profile.name.compare(profile.name, Qt::CaseInsensitive) == 0)
            return tr("Another profile is already named \"%1\".").arg(profile.name);
    }
    FetchSpec spec = applyProfile(profile, FetchSpec());
    spec.from = spec.to = QDateTime::currentDateTimeUtc();   // the range is chosen elsewhere
    if (const QString problem = spec.validate(); !problem.isEmpty())
        return problem;

    const bool token = profile.auth == ConnectionProfile::Auth::Token;
    if (!token && profile.clientId.isEmpty())
        return tr("Enter the Client ID.");
    if ((token ? entry.token : entry.clientSecret).isEmpty()) {
        if (entry.secretPending)
            return tr("Reading the secret from the keyring…");
        if (!entry.secretError.isEmpty())
            return tr("%1 Enter the secret again.").arg(entry.secretError);
        return token ? tr("Enter the JWT.") : tr("Enter the Client Secret.");
    }
    if (token && entry.token.count('.') != 2)
        return tr("The JWT does not look like a token (three parts separated by dots).");
    return {};
}

void ConnectionDialog::validate()
{
    const Entry *entry = currentEntry();
    const QString problem = entry ? problemOf(*entry) : tr("Add a profile to connect.");
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(problem.isEmpty() && !m_saving);
}

QString ConnectionDialog::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        for (const Entry &entry : m_entries) {
            if (entry.profile.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + u' ' + QString::number(n);
    return name;
}

// ---- public API ----

void ConnectionDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        const Entry *entry = entryById(m_ui->profileList->item(row)->data(Qt::UserRole).toULongLong());
        if (entry && entry->profile.name == name) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
}

ConnectionProfile ConnectionDialog::profile() const
{
    const Entry *entry = currentEntry();
    return entry ? entry->profile : ConnectionProfile();
}

std::optional<Credentials> ConnectionDialog::credentials() const
{
    const Entry *entry = currentEntry();
    return entry ? credentialsOf(*entry) : std::nullopt;
}

bool ConnectionDialog::isBusy() const
{
    if (m_saving)
        return true;
    for (const Entry &entry : m_entries) {
        if (entry.secretPending)
            return true;
    }
    return false;
}

// ---- profile list actions ----

void ConnectionDialog::addProfile()
{
    Entry entry;
    entry.profile.name = uniqueName(tr("New profile"));
    entry.profile.host = QUrl(u"https://platform.kore.ai"_s);
    addEntry(entry, true);
    m_ui->hostEdit->setFocus();
}

void ConnectionDialog::duplicateProfile()
{
    const Entry *source = currentEntry();
    if (!source)
        return;
    Entry copy = *source;
    copy.profile.name = uniqueName(tr("%1 (copy)").arg(source->profile.name));
    copy.profile.isDemo = false;
    copy.storedName.clear();
    copy.secretEdited = true;   // the copy's secret is saved under its own name
    addEntry(copy, true);
}

void ConnectionDialog::renameProfile()
{
    Entry *entry = currentEntry();
    if (!entry)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename profile"), tr("New &name:"), QLineEdit::Normal,
                                               entry->profile.name, &ok);
    entry = currentEntry();   // the dialog ran an event loop
    if (!ok || !entry)
        return;
    // An unusable name is shown inline by validate() and blocks OK.
    entry->profile.name = name;
    rebuildList(entry->id);
}

void ConnectionDialog::deleteProfile()
{
    const Entry *entry = currentEntry();
    if (!entry)
        return;
    if (!entry->storedName.isEmpty())
        m_deletedNames.append(entry->storedName);
    const int row = m_ui->profileList->currentRow();
    m_entries.removeIf([id = entry->id](const Entry &candidate) { return candidate.id == id; });
    const int next = std::min<int>(row, int(m_entries.size()) - 1);
    rebuildList(next >= 0 ? m_entries.at(next).id : 0);
}

// ---- test connection ----

void ConnectionDialog::testConnection()
{
    readForm();
    if (const Entry *entry = currentEntry())
        m_tester->test(entry->profile, credentialsOf(*entry), entry->databasePassword);
}

void ConnectionDialog::showTestRefused(const QString &reason)
{
    setMessageColor(m_ui->testResultLabel, kErrorColor);
    m_ui->testResultLabel->setText(reason);
}

void ConnectionDialog::showTestRunning(const QString &message)
{
    m_ui->testButton->setEnabled(false);
    m_ui->testBusy->show();
    m_ui->testResultLabel->setPalette(QPalette());
    m_ui->testResultLabel->setText(message);
}

void ConnectionDialog::showTestResult(bool ok, const QString &message)
{
    m_ui->testBusy->hide();
    m_ui->testButton->setEnabled(currentEntry() != nullptr);
    setMessageColor(m_ui->testResultLabel, ok ? kSuccessColor : kErrorColor);
    m_ui->testResultLabel->setText(message);
    growToFitText();   // up to four lines: never cut off
}

// ---- OK / Cancel ----

void ConnectionDialog::accept()
{
    if (!m_saving)
        saveAll();
}

void ConnectionDialog::reject()
{
    m_tester->cancel();
    QDialog::reject();
}

void ConnectionDialog::saveAll()
{
    readForm();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!problemOf(entry).isEmpty()) {
            selectProfile(entry.profile.name);
            validate();
            return;
        }
    }
    if (!currentEntry())
        return;
    m_tester->cancel();
    m_saving = true;
    m_saveErrors.clear();
    setEnabled(false);

    // Removals first, so a profile renamed onto a deleted one's name survives.
    QStringList removals = m_deletedNames;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.storedName.isEmpty() && entry.storedName != entry.profile.name)
            removals.append(entry.storedName);
    }
    for (const QString &name : std::as_const(removals))
        m_store->remove(name);

    m_pendingSaves = 1;   // released below, so a synchronous callback cannot finish early
    QPointer<ConnectionDialog> self(this);
    auto done = [self](bool ok, const QString &error) {
        if (!self)
            return;
        if (!ok)
            self->m_saveErrors.append(error);
        if (--self->m_pendingSaves == 0)
            self->finishSave();
    };
    for (const Entry &entry : std::as_const(m_entries)) {
        m_store->save(entry.profile);
        if (entry.databasePasswordEdited || entry.storedName != entry.profile.name) {
            ++m_pendingSaves;
            m_store->writeDatabasePassword(entry.profile.name,
                                           isServerArchive(entry.profile.archivePath) ? entry.databasePassword
                                                                                      : QByteArray(),
                                           done);
        }
        const bool secretNeedsWrite = entry.secretEdited || entry.storedName != entry.profile.name;
        if (!secretNeedsWrite)
            continue;
        ++m_pendingSaves;
        const bool token = entry.profile.auth == ConnectionProfile::Auth::Token;
        m_store->writeSecret(entry.profile.name, token ? entry.token : entry.clientSecret, done);
    }
    done(true, QString());
}

void ConnectionDialog::finishSave()
{
    m_saving = false;
    setEnabled(true);
    m_deletedNames.clear();
    for (Entry &entry : m_entries) {
        entry.storedName = entry.profile.name;
        // After a keyring failure every secret is written again on the next OK.
        entry.secretEdited = entry.secretEdited && !m_saveErrors.isEmpty();
        entry.databasePasswordEdited = entry.databasePasswordEdited && !m_saveErrors.isEmpty();
    }
    if (!m_saveErrors.isEmpty()) {
        // Settings are saved; only the keyring failed. Stay open so nothing is lost silently.
        m_ui->validationLabel->setText(m_saveErrors.join(u'\n'));
        m_ui->validationLabel->show();
        return;
    }
    if (const Entry *entry = currentEntry())
        m_store->setLastUsedName(entry->profile.name);
    QDialog::accept();
}

} // namespace cs
