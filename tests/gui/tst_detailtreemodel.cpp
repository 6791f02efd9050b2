// The drill-down's tree model under QAbstractItemModelTester (Fatal: any
// inconsistency aborts): the spec's sample records, a nested call with
// consults and joins, a key/value tree, hand-built deep trees, and resets
// while a view is attached. The model must mirror its DetailNode tree exactly.

#include "calldetail.h"
#include "detailtreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace cs;
using Kind = DetailNode::Kind;

namespace {

QByteArray specRecord(int index)
{
    QFile file(QStringLiteral(CALLSCOPE_TEST_DATA "/spec_sample_response.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the spec sample");
    const QJsonArray data = QJsonDocument::fromJson(file.readAll()).object().value(u"data").toArray();
    return QJsonDocument(data.at(index).toObject()).toJson(QJsonDocument::Compact);
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

// A queue with two agents who did not respond, and an agent who consulted
// one colleague and had a supervisor join: four levels below the root.
const QByteArray kNestedCall = R"({"sessionId":"s1","finalStatus":"CLOSED","dispositions":["Resolved"],
    "destinations":[{"destinationType":"QueueEntry","queueName":"Sales","EnterTime":"2024-01-01T10:00:00",
        "nonRespondingAgents":[{"name":"Ann","assignedAt":"2024-01-01T10:00:05","nonResponseEvent":"Ignored"},
                               {"agentId":"u-bob","nonResponseEvent":"Supervisor Reassigned"}],
        "respondingAgent":{"name":"Carl","status":"Answered","assignedAt":"2024-01-01T10:00:40",
            "acceptedTime":"2024-01-01T10:00:45","interactionDuration":120,
            "consultingAgents":[{"name":"Dora","assignedAt":"2024-01-01T10:02:00","acceptedTime":"2024-01-01T10:02:10",
                                 "consultingEndTime":"2024-01-01T10:03:20","isMerged":true}],
            "JoinedUsers":[{"agentId":"u-sup","name":"Sue Supervisor","joinedAt":"2024-01-01T10:04:00",
                            "end":"2024-01-01T10:05:30"}]}},
        {"destinationType":"AgentSegment","name":"Eve","interactionDuration":30}]})"_ba;

DetailNode callTree(const QByteArray &json)
{
    QString error;
    DetailNode root = buildCallTree(view(json), QTimeZone::utc(), 0, &error);
    if (!error.isEmpty())
        qFatal("unexpected error: %s", qPrintable(error));
    return root;
}

DetailNode leaf(const QString &label, const QString &value = {}, Kind kind = Kind::Field)
{
    DetailNode node;
    node.label = label;
    node.value = value;
    node.kind = kind;
    return node;
}

// A hand-built tree `depth` levels deep, `width` children per node.
DetailNode synthetic(int depth, int width, const QString &prefix = u"n"_s)
{
    DetailNode node = leaf(prefix, u"value of "_s + prefix, depth % 2 ? Kind::Section : Kind::Agent);
    if (depth > 0) {
        for (int i = 0; i < width; ++i)
            node.children.append(synthetic(depth - 1, width, prefix + u'.' + QString::number(i)));
    }
    return node;
}

int nodeCount(const DetailNode &node)
{
    int count = int(node.children.size());
    for (const DetailNode &child : node.children)
        count += nodeCount(child);
    return count;
}

// A model index whose DisplayRole in the field column starts with `prefix`
// (depth-first), or an invalid one.
QModelIndex findLabel(const QAbstractItemModel &model, const QString &prefix, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, DetailTreeModel::FieldColumn, parent);
        if (index.data().toString().startsWith(prefix))
            return index;
        if (const QModelIndex found = findLabel(model, prefix, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class TestDetailTreeModel : public QObject
{
    Q_OBJECT

private:
    // Walks model and tree together: every node is one row, in order, with
    // its label, value, kind and tool tip, a parent that leads back, and no
    // children under the value column.
    void compareSubtree(const DetailTreeModel &model, const QModelIndex &parent, const DetailNode &node)
    {
        QCOMPARE(model.rowCount(parent), int(node.children.size()));
        QCOMPARE(model.columnCount(parent), int(DetailTreeModel::ColumnCount));
        for (int row = 0; row < int(node.children.size()); ++row) {
            const DetailNode &expected = node.children.at(row);
            const QModelIndex field = model.index(row, DetailTreeModel::FieldColumn, parent);
            const QModelIndex value = model.index(row, DetailTreeModel::ValueColumn, parent);
            QVERIFY(field.isValid() && value.isValid());
            QCOMPARE(model.parent(field), parent);
            QCOMPARE(model.parent(value), parent);
            QCOMPARE(field.data().toString(), expected.label);
            QCOMPARE(value.data().toString(), expected.value);
            QCOMPARE(field.data(DetailTreeModel::KindRole).toInt(), int(expected.kind));
            QCOMPARE(model.node(field), &expected);   // `node` is inside model.root()
            QCOMPARE(model.node(value), &expected);
            if (!expected.toolTip.isEmpty())
                QCOMPARE(value.data(Qt::ToolTipRole).toString(), expected.toolTip);
            QCOMPARE(model.rowCount(value), 0);   // children hang off the first column only
            QVERIFY(!model.index(0, 0, value).isValid());
            const bool leafNode = expected.children.isEmpty();
            QCOMPARE(bool(model.flags(field) & Qt::ItemNeverHasChildren), leafNode);
            QVERIFY(model.flags(field) & Qt::ItemIsSelectable);
            QVERIFY(!(model.flags(field) & Qt::ItemIsEditable));
            compareSubtree(model, field, expected);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(!model.index(int(node.children.size()), 0, parent).isValid());
        QVERIFY(!model.index(-1, 0, parent).isValid());
        QVERIFY(!model.index(0, DetailTreeModel::ColumnCount, parent).isValid());
    }

private Q_SLOTS:
    void specSampleRecords_data()
    {
        QTest::addColumn<int>("record");
        QTest::addColumn<QString>("agent");   // "" for the bot-only record
        QTest::newRow("bot only") << 0 << QString();
        QTest::newRow("campaign, agent notes") << 1 << u"Agent: John Steve"_s;
        QTest::newRow("queue wait") << 2 << u"Agent: John Steve"_s;
    }

    void specSampleRecords()
    {
        QFETCH(int, record);
        QFETCH(QString, agent);
        DetailTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);

        const DetailNode root = callTree(specRecord(record));
        model.setRoot(root);
        compareSubtree(model, {}, model.root());
        QVERIFY(findLabel(model, u"Destinations"_s).isValid());
        QVERIFY(findLabel(model, u"Outcome"_s).isValid());
        const QModelIndex found = findLabel(model, agent.isEmpty() ? u"<none>"_s : agent);
        QCOMPARE(found.isValid(), !agent.isEmpty());
        if (found.isValid()) {
            QCOMPARE(found.data(DetailTreeModel::KindRole).toInt(), int(Kind::Agent));
            QVERIFY(model.rowCount(found) > 0);   // talk, hold, times...
            QVERIFY(!found.data(Qt::DecorationRole).isNull());   // agents carry an icon
        }
    }

    void nestedCallWithConsultsAndJoins()
    {
        DetailTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRoot(callTree(kNestedCall));
        compareSubtree(model, {}, model.root());

        const QModelIndex queue = findLabel(model, u"Queue: Sales"_s);
        const QModelIndex carl = findLabel(model, u"Agent: Carl"_s);
        const QModelIndex dora = findLabel(model, u"Consulted: Dora"_s);
        const QModelIndex sue = findLabel(model, u"Joined: Sue Supervisor"_s);
        const QModelIndex ann = findLabel(model, u"Did not respond: Ann"_s);
        QVERIFY(queue.isValid() && carl.isValid() && dora.isValid() && sue.isValid() && ann.isValid());
        QCOMPARE(carl.parent(), queue);
        QCOMPARE(dora.parent(), carl);
        QCOMPARE(sue.parent(), carl);
        QCOMPARE(ann.parent(), queue);
        QCOMPARE(dora.data(DetailTreeModel::KindRole).toInt(), int(Kind::Consulting));
        QCOMPARE(sue.data(DetailTreeModel::KindRole).toInt(), int(Kind::Joined));
        QCOMPARE(ann.data(DetailTreeModel::KindRole).toInt(), int(Kind::NonResponding));
        QCOMPARE(sue.siblingAtColumn(DetailTreeModel::ValueColumn).data().toString(), u"for 0:01:30"_s);
        QVERIFY(sue.data(Qt::ToolTipRole).toString().contains(u"u-sup"));
        // The direct transfer to Eve is a second destination, after the queue.
        const QModelIndex eve = findLabel(model, u"Agent: Eve"_s);
        QVERIFY(eve.isValid());
        QModelIndex hop = eve;
        while (hop.isValid() && hop.parent() != queue.parent())
            hop = hop.parent();
        QVERIFY(hop.isValid());
        QVERIFY(hop.row() > queue.row());
    }

    void keyValueTree()
    {
        DetailTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QString error;
        const QByteArray json = R"({"metaInfo":{"caller":"+1234","nested":{"deeper":{"deepest":[1,2,{"x":"y"}]}}},
            "userleveltags":[{"name":"tier","value":"gold"},{"name":"lang","value":"fr"}],"csatScore":4})"_ba;
        model.setRoot(buildKeyValueTree(view(json), {u"metaInfo"_s, u"userleveltags"_s, u"csatScore"_s}, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        compareSubtree(model, {}, model.root());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex deepest = findLabel(model, u"deepest"_s);
        QVERIFY(deepest.isValid());
        QCOMPARE(model.rowCount(deepest), 3);
        QCOMPARE(deepest.parent().parent().parent(), model.index(0, 0));
    }

    void deepAndWideTrees()
    {
        DetailTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        DetailNode root;
        root.children.append(synthetic(6, 3));         // 1 + 3 + ... + 729 nodes
        root.children.append(synthetic(1, 200, u"wide"_s));
        model.setRoot(root);
        compareSubtree(model, {}, model.root());
        QCOMPARE(nodeCount(model.root()), 1093 + 201);
        const QModelIndex deep = findLabel(model, u"n.2.1.0.2.1.0"_s);
        QVERIFY(deep.isValid());
        int depth = 0;
        for (QModelIndex up = deep; up.isValid(); up = up.parent())
            ++depth;
        QCOMPARE(depth, 7);
    }

    void longAndMultiLineValuesGetATooltip()
    {
        DetailTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        DetailNode root;
        root.children.append(leaf(u"short"_s, u"fits"_s));
        root.children.append(leaf(u"long"_s, QString(60, u'x')));
        root.children.append(leaf(u"lines"_s, u"one\ntwo"_s));
        DetailNode withTip = leaf(u"tip"_s, u"v"_s);
        withTip.toolTip = u"own tip"_s;
        root.children.append(withTip);
        model.setRoot(root);
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).isNull());
        QCOMPARE(model.index(1, 1).data(Qt::ToolTipRole).toString(), QString(60, u'x'));
        QCOMPARE(model.index(2, 1).data(Qt::ToolTipRole).toString(), u"one\ntwo"_s);
        QCOMPARE(model.index(3, 0).data(Qt::ToolTipRole).toString(), u"own tip"_s);
        QVERIFY(model.index(0, 0).data(Qt::DecorationRole).isNull());   // plain fields: no icon
        QCOMPARE(model.headerData(DetailTreeModel::FieldColumn, Qt::Horizontal).toString(), u"Field"_s);
        QCOMPARE(model.headerData(DetailTreeModel::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }

    void foreignAndInvalidIndexes()
    {
        DetailTreeModel model;
        DetailTreeModel other;
        model.setRoot(callTree(kNestedCall));
        other.setRoot(callTree(kNestedCall));
        QCOMPARE(model.node(QModelIndex()), nullptr);
        QCOMPARE(model.node(other.index(0, 0)), nullptr);   // same shape, other model
        QVERIFY(!model.data(QModelIndex()).isValid());
        QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
        QCOMPARE(model.parent(QModelIndex()), QModelIndex());
    }

    // A view stays attached while the drill-down swaps records (resets) and
    // clears: the tester and the view see consistent trees throughout.
    void resetsWithAViewAttached()
    {
        DetailTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTreeView tree;
        tree.setModel(&model);
        tree.resize(600, 400);
        tree.show();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        for (int round = 0; round < 3; ++round) {
            for (int record = 0; record < 3; ++record) {
                model.setRoot(callTree(specRecord(record)));
                tree.expandAll();
                tree.setCurrentIndex(findLabel(model, u"Outcome"_s));
                QVERIFY(tree.currentIndex().isValid());
                QVERIFY(!tree.grab().isNull());
            }
            model.setRoot(callTree(kNestedCall));
            tree.expandAll();
            const QModelIndex dora = findLabel(model, u"Consulted: Dora"_s);
            tree.setCurrentIndex(dora);
            QVERIFY(tree.isExpanded(dora.parent()));
            QVERIFY(tree.visualRect(dora).isValid());
            model.clear();
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(!tree.currentIndex().isValid());
        }
        QCOMPARE(resets.size(), 3 * 5);
    }
};

QTEST_MAIN(TestDetailTreeModel)
#include "tst_detailtreemodel.moc"
